"""Round 11 venue rules: theatres (`مسرح السلام`, `المسرح القومي`), a cultural space in quotes, squares on
`ميدان`, markets after their gate, Iraqi numbered streets and streets named after a known body; and
national teams (ORG) named by their country or nationality, whose country is then no place of its own."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize
from tests.parsing.discovered import organisations, written_places

_VENUE_NOUNS = ("مسرح", "المسرح", "فضاء", "ميدان", "الميدان", "سوق", "شارع")


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("ويقام حفل الافتتاح على مسرح الجمهورية بالقاهرة", ("بالقاهرة",), "مسرح الجمهورية", id="theatre"),
        pytest.param("وتعرض المسرحية ومسرح السلام بشارع القصر", (), "مسرح السلام", id="theatre-after-and"),
        pytest.param("فيما تقام العروض في المسرح القومي بالعتبة", (), "المسرح القومي", id="national-theatre"),
        pytest.param("وقدم الفنانون عرضا بالمسرح الوطني في بغداد", ("بغداد",), "المسرح الوطني", id="theatre-in-city"),
        pytest.param(
            "واختتمت الدورة في المسرح البلدي بتونس مساء السبت", ("بتونس",), "المسرح البلدي بتونس", id="municipal-town"
        ),
        pytest.param('وتقام لقاءات في فضاء "الحمراء" وسط العاصمة', (), "فضاء الحمراء", id="space-quoted"),
        pytest.param("وقال إن المرور في ميدان الرماية صعب", (), "ميدان الرماية", id="square"),
        pytest.param("وقال تاجر يعمل قرب ميدان الشهداء، إن الدولار", (), "ميدان الشهداء", id="square-plural-name"),
        pytest.param("وقال بائع في سوق باب السراي، إنه بكى", (), "سوق باب السراي", id="market-gate"),
        pytest.param(
            "افتتاح جسر جديد على شارع الـ 60 متري في الحلة", ("الحلة",), "شارع الـ 60 متري", id="street-width"
        ),
        pytest.param("وأغلقت القوات شارع 14 تموز في بغداد", ("بغداد",), "شارع 14 تموز", id="street-date"),
    ],
)
def test_a_venue_is_named_by_its_noun_and_name(text, known, name):
    assert name in written_places(text, known)


def test_a_street_is_named_after_the_known_body_it_leads_to():
    text = "ومسرح السلام بشارع القصر العيني، فيما"
    tokens = tokenize(text)
    taken = {i: "ORG" for i, token in enumerate(tokens) if token.raw in ("القصر", "العيني")}
    places = [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "LOC"]
    assert places == ["مسرح السلام", "شارع القصر العيني"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("ووصلت الشرطة إلى مسرح الجريمة بعد ساعة", (), id="crime-scene"),
        pytest.param("وتحولت المدينة إلى مسرح العمليات العسكرية", (), id="theatre-of-war"),
        pytest.param("ويهتم المهرجان بمسرح العرائس وفنونه", (), id="puppet-theatre-a-kind"),
        pytest.param("وقال إن المسرح المصري يعيش أزمة", (), id="the-art-of-a-land"),
        pytest.param("وقال إن المسرح الحديث يعيش أزمة", (), id="an-adjective-of-art"),
        pytest.param("وشدد على دور المسرح في المجتمع", (), id="theatre-alone"),
        pytest.param("ويعمل في فضاء مفتوح للسينما", (), id="an-open-space"),
        pytest.param("وأبلى الجنود بلاء حسنا في ميدان القتال", (), id="battlefield"),
        pytest.param("وله خبرة طويلة في ميدان التعليم", (), id="field-of-work"),
        pytest.param("وقال إن الطلب في سوق باب رزق للعاطلين", (), id="gate-of-an-idiom"),
        pytest.param("وقطعت الشاحنة شارع 5 كيلومترات", (), id="a-length-is-no-number"),
        pytest.param("وأغلقت الشرطة شارع 60 في المدينة", (), id="a-bare-number"),
    ],
)
def test_an_ordinary_venue_noun_names_no_place(text, known):
    assert not [name for name in written_places(text, known) if name.startswith(_VENUE_NOUNS)]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "المباراتين أمام منتخب السويد ومنتخب الكاميرون", ("السويد", "الكاميرون"), "منتخب السويد", id="country"
        ),
        pytest.param(
            "أمام منتخب السويد ومنتخب الكاميرون خلال", ("السويد", "الكاميرون"), "ومنتخب الكاميرون", id="listed"
        ),
        pytest.param("التي سيخوضها المنتخب الجزائري أمام", (), "المنتخب الجزائري", id="nationality"),
        pytest.param("وقال المدرب السابق للمنتخب الأردني إن", (), "للمنتخب الأردني", id="nationality-after-lam"),
        pytest.param("وخسر المنتخب الأولمبي العراقي أمس", (), "المنتخب الأولمبي العراقي", id="which-team"),
        pytest.param("بدأ منتخب كوريا الجنوبية معسكره", ("كوريا", "الجنوبية"), "منتخب كوريا الجنوبية", id="two-words"),
    ],
)
def test_a_national_team_is_named_by_its_country_or_nationality(text, known, name):
    assert name in organisations(text, known)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقال إن المنتخب الوطني سيخوض مباراة", (), id="national-team-unnamed"),
        pytest.param("وقال إن المنتخب سيخوض مباراة", (), id="team-alone"),
        pytest.param("وفاز منتخب بلاده على الضيوف", (), id="his-country"),
        pytest.param("وفاز منتخب قوي على الضيوف", (), id="adjective"),
        pytest.param("وقال إن المنتخب الأول سيخوض", (), id="first-team"),
    ],
)
def test_a_team_without_its_country_is_no_body(text, known):
    assert not [name for name in organisations(text, known) if "منتخب" in name]


def test_a_team_is_written_without_its_clitics_and_replaces_its_country():
    text = "وقال مدرب للمنتخب الأردني إن مباراته ومنتخب الكاميرون صعبة"
    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw == "الكاميرون"}
    found = [(_written_name(text, tokens, d), d.kind) for d in discover(tokens, taken)]
    assert found == [("المنتخب الأردني", "ORG"), ("منتخب الكاميرون", "ORG")]
