"""Round 12, institutions named by their kind: a bare parliament goes to the country whose adjective a story
writes when it names no country, and is read bare where it tells none; the bodies of justice and security
that a country's news names bare (`مكتب النائب العام`, `الدرك الوطني`, `المجلس الرئاسي`) are read as written."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from tests.parsing.discovered import organisations

EGYPT, LIBYA, SUDAN, EGYPTIAN_HOUSE, LIBYAN_HOUSE = 31, 32, 33, 34, 35
HOUSES = Gazetteer(
    [
        (EGYPT, "مصر", True, "LOC"),
        (LIBYA, "ليبيا", True, "LOC"),
        (SUDAN, "السودان", True, "LOC"),
        (EGYPTIAN_HOUSE, "مجلس النواب المصري", True, "ORG"),
        (LIBYAN_HOUSE, "مجلس النواب الليبي", True, "ORG"),
    ]
)


def houses(text):
    return [m.entity_id for m in HOUSES.find(text) if m.entity_id in (EGYPTIAN_HOUSE, LIBYAN_HOUSE)]


def test_a_bare_parliament_of_a_story_that_names_no_country_is_that_of_the_adjective_it_writes():
    text = "وارتفع سعر الجنيه المصري أمس. وقال عضو مجلس النواب عن دائرة جرجا إن الأسعار ارتفعت"
    assert houses(text) == [EGYPTIAN_HOUSE]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قال الخبير المصري إن النفط الليبي يتراجع، وقال عضو مجلس النواب إن", id="adjectives-tied"),
        pytest.param(
            "قال الجيش السوداني والمسؤول السوداني والخبير المصري إن عضو مجلس النواب", id="another-nationality-first"
        ),
        pytest.param("وقال رئيس مجلس النواب إن الجلسة تأجلت", id="no-adjective"),
    ],
)
def test_a_bare_parliament_goes_to_no_country_when_the_adjectives_tell_none(text):
    assert houses(text) == []


def test_a_named_country_still_comes_before_the_adjectives():
    text = "وصوّت مجلس النواب في ليبيا على القانون بعد مداخلة الخبير المصري والوزير المصري"
    assert houses(text) == [LIBYAN_HOUSE]


def test_a_bare_parliament_of_a_story_that_tells_no_country_is_read_as_written():
    found = extract("وقال رئيس مجلس النواب إن الجلسة تأجلت", HOUSES)
    assert [(f.entity_id, f.name) for f in found] == [(None, "مجلس النواب")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأوضح مكتب النائب العام، في بيان، أن", "مكتب النائب العام", id="attorney-general-s-office"),
        pytest.param("بعد تحقيق باشرته مصالح الضبطية القضائية للدرك الوطني.", "الدرك الوطني", id="gendarmerie"),
        pytest.param("مشيراً إلى أن المجلس الرئاسي لم يصدر أي موقف", "المجلس الرئاسي", id="presidential-council"),
        pytest.param("مواجهات بين قوات الجيش الوطني التابعة للحكومة", "الجيش الوطني", id="national-army"),
        pytest.param("وأفادت مصادر بأن عناصر القوات المساعدة اعترضت", "القوات المساعدة", id="auxiliary-forces"),
    ],
)
def test_a_body_of_justice_or_security_named_bare_is_read_as_written(text, name):
    assert [f.name for f in extract(text, Gazetteer([]))] == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقال الحرس الوطني السوداني إن", (), id="another-country-s-adjective"),
        pytest.param("وأحيلوا على النيابة العامة بتطوان.", ("بتطوان",), id="a-seat"),
        pytest.param("قال المتحدث باسم مجلس الشورى للحركة إن", (), id="a-movement-s-organ"),
        pytest.param("وقال رئيس أركان الجيش الوطني الشعبي إن", (), id="a-longer-army-s-name"),
        pytest.param("وأمر النائب العام بحبس المتهمين", (), id="the-attorney-general-himself"),
        pytest.param("اعتبرتها النيابة العمومية نشرا لأخبار زائفة", (), id="tunisia-s-prosecution"),
        pytest.param("وتعاملت فرق الدفاع المدني مع البلاغات", (), id="civil-defence-teams"),
    ],
)
def test_a_bare_body_goes_on_into_a_longer_name_or_is_none(text, known):
    bare = {"النيابة العامة", "الحرس الوطني", "مجلس الشورى", "النائب العام", "النيابة العمومية", "الدفاع المدني"}
    bare |= {"الجيش الوطني"}
    assert not bare & set(organisations(text, known))


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("نقلوا إلى مستشفى أم المصريين ومستشفى الهرم، بعد", (), "مستشفى أم المصريين", id="kunya"),
        pytest.param("وقال مدرس بمدرسة بني سليمان الإعدادية، إن", (), "بمدرسة بني سليمان الإعدادية", id="lineage"),
        pytest.param("وافتتح مستشفى دار الشفاء قسماً جديداً", (), "مستشفى دار الشفاء", id="house"),
        pytest.param(
            "افتتحت مركزاً في مدرسة الشهيد عمر الثانوية لاستيعاب الحالات", (), "مدرسة الشهيد عمر الثانوية", id="martyr"
        ),
        pytest.param("استقبلت في مستشفى طويلة أكثر من 600 طفل", (), "مستشفى طويلة", id="feminine-town"),
        pytest.param(
            "تدشين الامتحانات من مدرسة بورتسودان الثانوية القديمة، إن",
            ("بورتسودان",),
            "مدرسة بورتسودان الثانوية القديمة",
            id="old-school",
        ),
    ],
)
def test_a_hospital_or_school_keeps_the_whole_of_its_name(text, known, name):
    assert organisations(text, known)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("هل ينقل إلى مستشفى أم المركز الصحي", id="or-another-facility"),
        pytest.param("وزار الوزير مدرسة الشهيد صباحا", id="a-martyr-with-no-name"),
        pytest.param("وأنشأت الوزارة مدرسة خاصة للبنات", id="a-school-s-adjective"),
        pytest.param("ونقل إلى مستشفى جامعة الخرطوم", id="a-noun-in-construct"),
    ],
)
def test_a_facility_noun_and_a_word_that_names_nothing_make_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال أستاذ بالمدرسة الوطنية العليا للري بالبليدة، إن", "المدرسة الوطنية العليا للري", id="national"
        ),
        pytest.param("ودرس في المدرسة العليا للأساتذة ببوزريعة", "المدرسة العليا للأساتذة", id="higher"),
    ],
)
def test_a_national_or_higher_school_is_named_by_what_it_teaches(text, name):
    assert [f.name for f in extract(text, Gazetteer([])) if f.kind == "ORG"] == [name]


@pytest.mark.parametrize("text", ["ونقل إلى المدرسة الابتدائية للبنات", "وعادت المدرسة الوطنية إلى العمل"])
def test_a_school_of_a_kind_or_with_no_teaching_is_no_higher_school(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بالتعاون مع شركة تاون جاس، وأن العمل", "تاون جاس", id="egyptian-gas"),
        pytest.param("وقعت شركة سيتي جروب اتفاقا", "سيتي جروب", id="egyptian-group"),
        pytest.param("وقال محلل في شركة كامكو إنفست، إن", "كامكو إنفست", id="invest"),
    ],
)
def test_a_coined_company_closed_by_an_english_trade_word_in_egyptian_spelling_is_named(text, name):
    assert organisations(text) == [name]


def test_a_trade_word_alone_after_a_company_s_noun_names_none():
    assert organisations("وقال إن شركة جاس الملف") == []


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("العميد الأسبق لكلية التخطيط العمراني بجامعة القاهرة، أن", ("القاهرة",), id="bi-jami-at"),
        pytest.param("من كلية العلوم الاجتماعية في جامعة وهران، أن", ("وهران",), id="fi-jami-at"),
        pytest.param("الطالبة في كلية الهندسة بالجامعة الهاشمية، إنها", (), id="the-university-and-its-adjective"),
    ],
)
def test_a_faculty_with_its_university_named_after_it_is_no_body_of_its_own(text, known):
    assert not [name for name in organisations(text, known) if "كلية" in name]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "من كلية العلوم الزراعية والغذائية في الجامعة، إن", (), "كلية العلوم الزراعية والغذائية", id="the-story-s"
        ),
        pytest.param("وقال عميد كلية الطب بسوسة، إن", ("بسوسة",), "كلية الطب بسوسة", id="its-city"),
    ],
)
def test_a_faculty_named_alone_or_with_its_city_is_a_body(text, known, name):
    assert organisations(text, known) == [name]


SPAIN = Gazetteer([(41, "إسبانيا", True, "LOC"), (42, "حولي", True, "LOC")])


def test_a_university_of_an_indefinite_nationality_is_any_such_university():
    assert [f.name for f in extract("بشراكة مع جامعة إسبانية لإطلاق ماستر", SPAIN)] == []


def test_a_town_hall_of_a_known_town_shaped_as_a_nationality_is_still_named():
    assert [f.name for f in extract("وقالت بلدية حولي إن", SPAIN)] == ["بلدية حولي"]
