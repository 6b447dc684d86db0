"""Round 7 organisation rules: schools named with their kind, hospitals named by one word of their own, a
ruler or whom they treat, and chambers named by their firms, their emergency or the city after `في`."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.discovery import PLACES, discover
from articles.parsing.words import tokenize
from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("من بينها ثانوية المجر للبنين وأخرى", ("المجر",), "ثانوية المجر للبنين", id="pupils"),
        pytest.param("من بينها مدرسة الفاروق الابتدائية. وساطة", (), "مدرسة الفاروق الابتدائية", id="kind"),
        pytest.param("أن مدرسة الخيام الرسمية لم تفتح أبوابها", (), "مدرسة الخيام الرسمية", id="public school"),
        pytest.param(
            "معلمة في مدرسة شهداء الزاوية الابتدائية، إن", (), "مدرسة شهداء الزاوية الابتدائية", id="construct"
        ),
        pytest.param("اشتكى معلم في ثانوية جودت الهاشمي يدعى رامي", (), "ثانوية جودت الهاشمي", id="founder"),
        pytest.param('ضد "أكاديمية الواحة الدولية"، مؤكدين', (), "أكاديمية الواحة الدولية", id="quoted"),
    ],
)
def test_a_school_is_named_with_its_kind_or_after_a_person(text, known, name):
    assert organisations(text, known=known) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن مدرسة ثانوية بمنطقة الجهراء أغلقت",
        "وتعمل مدرسة خاصة في منطقة ند الشبا",
        "وأضاف أن مدرسة محمد أغلقت أبوابها",
        "ولها أهمية ثانوية في الخطة",
        "تعطيل الدوام في 14 مدرسة الأسبوع الماضي",
    ],
)
def test_a_school_without_a_kind_or_a_person_names_none(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("نقلت المرضى إلى مستشفى الضمان ومراكز صحية", "مستشفى الضمان", id="a word of its own"),
        pytest.param("من بينها مستشفى الأميري ومستشفى آخر", "مستشفى الأميري", id="nisba"),
        pytest.param("وافتتاح وحدة في مستشفى القلب، إضافة إلى", "مستشفى القلب", id="what it treats"),
        pytest.param("وأفاد مستشفى الإمام الخميني باستقبال", "مستشفى الإمام الخميني", id="an imam"),
        pytest.param("في المستشفى الجهوي الحسن الثاني أثناء", "المستشفى الجهوي الحسن الثاني", id="a region's"),
        pytest.param("من مستشفى مفيد للأطفال، إن", "مستشفى مفيد للأطفال", id="its patients"),
    ],
)
def test_a_hospital_is_named_by_a_word_a_ruler_or_whom_it_treats(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ونقل إلى مستشفى الأطفال في المدينة",
        "ونقل إلى مستشفى المخيم بعد الهجوم",
        "ونقل إلى مستشفى الجيش الميداني",
        "في المستشفى الجهوي بأكادير",
        "ونقل إلى مستشفى الدكتور في المدينة",
        "ونقل إلى مستشفى الدكتور ناصر عدرة في المدينة",
    ],
)
def test_a_hospital_of_any_kind_or_place_names_none(text):
    assert organisations(text) == []


def test_a_known_hospital_and_its_kind_after_it_is_one_name():
    text = "افتتاح مستشفى ابن سينا التعليمي في الموصل"
    tokens = tokenize(text)
    taken = {1: "ORG", 2: "ORG", 3: "ORG", 6: "LOC"}
    found = [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, taken)]
    assert found == ["مستشفى ابن سينا التعليمي"]


def test_a_known_hospital_and_an_ordinary_word_after_it_stays_the_known_body():
    text = "افتتاح مستشفى ابن سينا الأسبوع الماضي"
    tokens = tokenize(text)
    assert discover(tokens, {1: "ORG", 2: "ORG", 3: "ORG"}) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("وتشير تقديرات غرفة التجارة في إسطنبول إلى", ("إسطنبول",), "غرفة التجارة في إسطنبول", id="in"),
        pytest.param(
            "وقال رئيس غرفة التجارة والصناعة والزراعة في طرابلس إن",
            ("طرابلس",),
            "غرفة التجارة والصناعة والزراعة في طرابلس",
            id="three trades",
        ),
        pytest.param("بحسب غرفة المنشآت الفندقية. وقال", (), "غرفة المنشآت الفندقية", id="firms"),
        pytest.param("وقالت ناشطة في غرفة طوارئ طويلة، إن", (), "غرفة طوارئ طويلة", id="emergency room"),
    ],
)
def test_a_chamber_is_named_by_its_firms_its_city_or_its_emergency(text, known, name):
    assert organisations(text, known=known) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وأنشأ المتطوعون غرفة طوارئ ميدانية في الحي",
        "وأنشأ المتطوعون غرفة طوارئ مشتركة مع الصليب",
        "وعقد الاجتماع في غرفة العمليات المشتركة أمس",
        "وقالت غرفة التجارة في البلاد إن",
        "وتضم غرفة المنشآت عددا من الفنادق",
    ],
)
def test_a_room_or_a_chamber_with_no_city_names_none(text):
    assert organisations(text) == []


def _known_and_found(text, known):
    """What discovery finds in `text` where the words at the indices `known` are one body the gazetteer knows."""
    tokens = tokenize(text)
    found = discover(tokens, dict.fromkeys(known, "ORG"), PLACES | {normalize("كينيا")})
    return [text[tokens[d.first].start : tokens[d.last].end] for d in found]


def test_a_second_field_joined_to_a_known_bodys_purpose_is_part_of_its_name():
    text = "أعلن المعهد الوطني للإحصاء والتعداد في الأرجنتين أن"
    assert _known_and_found(text, (1, 2, 3)) == ["المعهد الوطني للإحصاء والتعداد"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("بيانات المعهد الوطني للإحصاء والبنك المركزي", (1, 2, 3), id="another body"),
        pytest.param("بيانات المعهد الوطني للإحصاء والحكومة", (1, 2, 3), id="the government"),
        pytest.param("أمام المجلس الأعلى للقضاء والسلطة التنفيذية", (1, 2, 3), id="a noun and its adjective"),
        pytest.param("المدرج على قائمة لليونسكو والواقعة في", (3,), id="the known name behind a clitic"),
    ],
)
def test_another_noun_after_a_known_bodys_purpose_stays_outside_it(text, known):
    assert _known_and_found(text, known) == []


def test_a_known_red_cross_and_a_countrys_adjective_is_that_countrys_society():
    assert _known_and_found("وفق ما أعلن الصليب الأحمر الكيني. وقال", (3, 4)) == ["الصليب الأحمر الكيني"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقال الصليب الأحمر الدولي إن", (1, 2), id="international"),
        pytest.param("وقال الصليب الأحمر إن الوضع", (1, 2), id="alone"),
        pytest.param("وقالت الأمم المتحدة الأمريكية", (1, 2), id="another body"),
    ],
)
def test_a_known_red_cross_without_a_country_stays_the_known_body(text, known):
    assert _known_and_found(text, known) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("مشروع أنجزها صندوق تمويل الاستقرار في المناطق", "صندوق تمويل الاستقرار", id="finance"),
        pytest.param("عبر صندوق دعم الطالب، قائلاً", "صندوق دعم الطالب", id="whom it pays for"),
    ],
)
def test_a_fund_is_named_by_what_it_pays_for(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ووضع الناخبون أوراقهم في صندوق الاقتراع الشفاف",
        "وجمعوا المال في صندوق تبرعات المسجد الكبير",
        "وقال مجلس الوزراء الشيخ محمد إن",
    ],
)
def test_a_box_or_a_title_after_a_body_names_no_fund(text):
    assert organisations(text) == []
