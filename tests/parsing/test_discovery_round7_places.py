"""Round 7 places: a settlement's name of one word ends before a compass adverb, the unit it lies in,
a quote or the next name of a list; towns given as examples after a plural of settlements
(`قرى مثل X وY`)."""

import pytest

from articles.parsing.entities import Gazetteer
from tests.parsing.discovered import written_places


def test_two_quarters_after_a_dual_are_named_without_their_noun():
    assert written_places("في حيي أبوسليم وصلاح الدين.", ("وصلاح", "الدين")) == ["أبوسليم"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("فيما تصل أعداد أقل إلى منطقة سيلا جنوباً.", ["سيلا"], id="compass-adverb"),
        pytest.param("لضوء السنكروترون في بلدة علان بمحافظة البلقاء، خط", ["علان"], id="unit-after"),
        pytest.param('إن المنفذين في منطقتي ماشكيل وجيواني "سيغيران حياة', ["ماشكيل", "جيواني"], id="dual-quote"),
        pytest.param("لافتاً إلى أن مدينتي لاجيادو وإستريلا من بين الأكثر تضرراً.", ["لاجيادو", "إستريلا"], id="dual"),
    ],
)
def test_a_settlements_name_of_one_word_ends_before_what_closes_it(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأقامت السلطات منطقة عازلة جنوباً", id="adjective-then-adverb"),
        pytest.param("وهي آخر مدينة كبرى بمحافظة البلقاء", id="adjective-then-unit"),
        pytest.param("في حي سكني جديد بمدينة", id="residential"),
    ],
)
def test_an_adjective_after_a_settlement_noun_is_still_no_name(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "توزعوا على قرى ساحلية صغيرة مثل اللوزة والصيادة، بانتظار", (), ["اللوزة", "الصيادة"], id="villages"
        ),
        pytest.param("نزح الآلاف إلى مخيمات داخل البلاد مثل فرشانة وميتشي.", (), ["فرشانة", "ميتشي"], id="camps"),
        pytest.param("أن قرى جنوب الجبل، مثل كوجو وتل قصب، لا تزال", (), ["كوجو", "تل قصب"], id="comma-connector"),
        pytest.param("إلى مدن أرخص مثل قونية وسامسون.", ("قونية",), ["سامسون"], id="with-a-known-one"),
    ],
)
def test_towns_given_as_examples_after_a_plural_of_settlements_are_places(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في مناطق مزدحمة مثل الأسواق والمستشفيات", id="kinds-of-place"),
        pytest.param("إلى مدن مثل العاصمة والشمال", id="wholes"),
        pytest.param("في قرى مثل هذه القرية", id="demonstrative"),
        pytest.param("يعيش في قرى صغيرة مثل غيره من الفلاحين", id="like-him"),
        pytest.param("زار مدنا مثل بيروت.", id="one-example"),
        pytest.param("قالت الوزارة مثل ما قاله الرئيس", id="no-plural"),
    ],
)
def test_examples_that_are_no_towns_or_no_list_are_no_places(text):
    assert written_places(text) == []


NEMA, KIFFA, ARAFAT, TEVRAGH_ZEINA = 91, 92, 93, 94
HOMOGRAPHS = Gazetteer(
    [
        (NEMA, "مدينة النعمة", True, "LOC"),
        (NEMA, "النعمة", False, "LOC"),
        (KIFFA, "كيفة", True, "LOC"),
        (ARAFAT, "مقاطعة عرفات", True, "LOC"),
        (ARAFAT, "عرفات", False, "LOC"),
        (TEVRAGH_ZEINA, "تفرغ زينة", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("والطالب القادم من كيفة أو النعمة لا يستطيع", NEMA, "النعمة", id="or-after-a-place"),
        pytest.param('دفع إيجار غرفة في تفرغ زينة أو عرفات".', ARAFAT, "عرفات", id="or-after-two-words"),
    ],
)
def test_a_place_named_as_the_other_of_a_choice_after_or_is_read_as_the_place(text, entity, surface):
    assert (entity, surface) in [(m.entity_id, m.surface) for m in HOMOGRAPHS.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("هل هي النقمة أو النعمة في رأيه", id="no-place-before"),
        pytest.param("سافر إلى كيفة، أو النعمة كما قال", id="comma-between"),
        pytest.param("وصل إلى كيفة أو بالنعمة", id="with-a-clitic"),
        pytest.param("نشكر الله على النعمة", id="alone"),
    ],
)
def test_the_everyday_word_after_or_is_no_place_without_a_known_place_right_before(text):
    assert NEMA not in [m.entity_id for m in HOMOGRAPHS.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "أغلبها على طريق الدائري وطريق الملك فهد بن عبد العزيز.", "طريق الملك فهد بن عبد العزيز", id="king"
        ),
        pytest.param("قطع طريق الأمير محمد بن سلمان قرب المدينة", "طريق الأمير محمد بن سلمان", id="prince-then-where"),
        pytest.param("الذي يخفف الضغط عن طريق محمد القاسم السريع.", "طريق محمد القاسم السريع", id="person-with-kind"),
        pytest.param("افتتح نفق الملك عبدالله قرب المدينة", "نفق الملك عبدالله", id="tunnel-then-where"),
    ],
)
def test_a_road_named_after_a_ruler_or_a_person_with_its_kind_is_a_place(text, name):
    assert written_places(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وصلت الرسالة عن طريق الملك عبدالله الثاني شخصيا", id="by-way-of-the-king"),
        pytest.param("وتم ذلك عن طريق محمد علي، مدير الشركة", id="by-way-of-a-man"),
        pytest.param("يسير على طريق محمد علي وأبنائه", id="a-mans-way"),
    ],
)
def test_the_way_of_a_ruler_or_a_person_is_no_road(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("سقطت قذائف على أطراف بلدتي القصر والهرمل، ما دفع", "القصر", id="palace"),
        pytest.param("وقالت إنها من بلدة السد، وإن", "السد", id="dam"),
    ],
)
def test_a_town_named_by_a_facilitys_noun_keeps_its_article(text, name):
    assert written_places(text)[0] == name


def test_a_facility_keeps_its_noun_without_a_clitic():
    assert written_places("وصل الوفد بقصر الشعب في دمشق") == ["قصر الشعب"]
