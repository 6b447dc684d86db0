"""Round 9 places: regions named by everyday words where the words around them make them places
(`محافظات الصعيد والدلتا`, `دول الساحل`, `أمير المنطقة الشرقية`); the verb `وأدى` is no wadi."""

import pytest

from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("التي شهدتها محافظات الصعيد والدلتا خلال السنوات", ["الصعيد", "الدلتا"], id="listed"),
        pytest.param("يرفع الطلب على رحلات الصعيد", ["الصعيد"], id="in-construct"),
        pytest.param("الصعيد يزاحم العاصمة", ["الصعيد"], id="subject"),
        pytest.param("يعود إلى حقول الدلتا.. والفلاحون", ["الدلتا"], id="delta"),
    ],
)
def test_egypts_regions_are_places(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وعلى الصعيد الدبلوماسي، قال كبير مستشاري", id="level-with-adjective"),
        pytest.param("على الصعيد نفسه أكد الوزير", id="same-level"),
        pytest.param("وعلى هذا الصعيد قال", id="this-level"),
        pytest.param("على الصعيد، قال", id="after-a-preposition"),
    ],
)
def test_the_level_is_no_region(text):
    assert written_places(text) == []


def test_the_sahel_is_named_by_its_states():
    assert written_places("يؤهلها لأن تكون بوابة تجارية نحو دول الساحل، عبر الطريق") == ["الساحل"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("الموانئ على الساحل الشرقي للبلاد", id="coast"),
        pytest.param("وتردي الكهرباء في مدن الساحل، في تصعيد", id="coastal-towns"),
        pytest.param("كما أعلن تحالف دول الساحل أنه", id="alliance"),
    ],
)
def test_the_coast_and_the_alliance_are_no_sahel(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("أمير المنطقة الشرقية يستقبل سفير اليابان لدى المملكة", ["المنطقة الشرقية"], id="emir"),
        pytest.param("ويستقبل المجمع مرضى من المنطقة الشرقية في السعودية", ["المنطقة الشرقية"], id="saudi-named"),
    ],
)
def test_the_eastern_province_of_a_saudi_story_is_a_place(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("توغلت الدبابات في المنطقة الشرقية من المدينة", id="part-of-a-town"),
        pytest.param("قصفت المدفعية المنطقة الشرقية لخان يونس في السعودية", id="part-with-lam"),
        pytest.param("وسيطر الجيش على المنطقة الشرقية بعد معارك", id="no-saudi-story"),
    ],
)
def test_an_eastern_part_is_no_province(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأدى اليمين كل من السفراء", id="took-the-oath"),
        pytest.param("وأدى تبادل إطلاق النار إلى مقتل اثنين", id="led-to"),
    ],
)
def test_the_verb_adda_is_no_wadi(text):
    assert written_places(text) == []


def test_a_wadi_is_still_a_place():
    assert written_places("السيول في وادي بني خروص") == ["وادي بني خروص"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("موزعين على 1450 قاعة امتحان في مختلف المحافظات", id="exam-hall"),
        pytest.param("عقد اللقاء في قاعة اجتماعات.", id="meeting-room"),
        pytest.param("في سوق يعد من أكثر أسواق الاتصالات تشبعاً", id="verb-after-market"),
        pytest.param("قرب مطار يقع جنوب العاصمة", id="verb-after-airport"),
    ],
)
def test_a_facility_noun_before_an_ordinary_word_or_a_verb_names_nothing(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("في قاعة الكوليزي بالعاصمة", ["قاعة الكوليزي"], id="named-hall"),
        pytest.param("تجمع الباعة في سوق مويلح.", ["سوق مويلح"], id="named-market"),
    ],
)
def test_a_facility_named_by_a_word_of_its_own_is_still_found(text, names):
    assert written_places(text) == names


def test_a_facility_named_after_a_wadi_ends_before_the_next_facility_of_its_list():
    text = "لا سيما سد وادي ضيقة وسد وادي الخوض، ما سيعزز"
    assert written_places(text) == ["سد وادي ضيقة", "سد وادي الخوض"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("نقلت في بث حي مباشر من القاعة", id="live-broadcast"),
        pytest.param("زراعة كبد من متبرع حي باستخدام الجراحة الروبوتية", id="living-donor"),
        pytest.param("يتكاثر كل كائن حي دقيق في الماء", id="living-being"),
    ],
)
def test_live_is_no_quarter(text):
    assert written_places(text) == []


def test_a_quarter_after_a_noun_in_construct_is_still_named():
    assert written_places("وقال سكان حي الشجاعية إن") == ["الشجاعية"]


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "في مناطق الزعفرانية والدورة والبلديات تجاوز",
            ("الزعفرانية",),
            ["الدورة", "البلديات"],
            id="known-first",
        ),
        pytest.param("في مدن بغداد والبصرة والعمارة.", ("بغداد", "والبصرة"), ["العمارة"], id="known-two"),
    ],
)
def test_definite_words_listed_with_a_known_place_after_a_plural_are_places(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("في مناطق النزاع والحروب", (), id="no-known-place"),
        pytest.param("في محافظات بغداد والجنوب", ("بغداد",), id="side-of-the-country"),
        pytest.param("في مدن دمشق والساحل", ("دمشق",), id="coast"),
    ],
)
def test_a_plurals_list_with_no_known_place_or_with_a_side_names_no_more(text, known):
    assert written_places(text, known) == []


def test_a_facility_listed_with_a_known_place_after_a_plural_is_read_as_a_facility():
    text = "بحيث تحصل مناطق رفيديا والمخفية وشارع القدس على المياه"
    assert written_places(text, ("رفيديا", "القدس")) == ["المخفية", "شارع القدس"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("بحث التعاون بين الرياض والمنطقة الشرقية", ["المنطقة الشرقية"], id="behind-wa"),
        pytest.param("وافتتح مصنعا بالمنطقة الشرقية في السعودية", [], id="behind-ba-left-alone"),
    ],
)
def test_the_eastern_province_is_written_without_its_clitic(text, names):
    assert written_places(text) == names
