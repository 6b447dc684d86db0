"""Round 12, where an organisation's name ends: `غير` and a definite adjective go on describing what a
body fights; a common head's definite words name a body when a purpose or the nation's adjective follows
them; a utility is named by its region; a company named by its own word and its trade, and a university
named by a place, end before their country's adjective."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.discovery import PLACES
from tests.parsing.discovered import names, organisations

# The gazetteer's one-word places that these texts' adjectives are made of.
_PLACES = PLACES | frozenset(map(normalize, ("إسبانيا", "السويد")))


def _organisations_among(text, places=_PLACES):
    return names(text, "ORG", places=places)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال جهاز مكافحة الهجرة غير الشرعية إن",
            "جهاز مكافحة الهجرة غير الشرعية",
            id="what-an-agency-fights",
        ),
        pytest.param(
            "وقالت لجنة مكافحة الكسب غير المشروع إن",
            "لجنة مكافحة الكسب غير المشروع",
            id="illicit-gain",
        ),
        pytest.param(
            "وقالت الهيئة العامة لمكافحة الهجرة غير الشرعية إن",
            "الهيئة العامة لمكافحة الهجرة غير الشرعية",
            id="inside-a-purpose",
        ),
    ],
)
def test_a_negated_adjective_goes_on_describing_what_the_body_fights(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت الهيئة العليا للانتخابات غير المعترف بها إن", "الهيئة العليا للانتخابات", id="clause"),
        pytest.param(
            "وقالت الهيئة الوطنية لحقوق الإنسان غير الحكومية إن", "الهيئة الوطنية لحقوق الإنسان", id="own-kind"
        ),
    ],
)
def test_a_negated_adjective_that_describes_the_body_is_no_part_of_its_name(text, name):
    assert organisations(text) == [name]


def test_a_negated_adjective_after_a_ministry_s_own_words_is_no_part_of_it():
    assert organisations("وقالت وزارة الداخلية غير المعنية بالأمر إن") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "خصصت الدولة عبر صندوق التضامن والضمان للجماعات المحلية غلافا ماليا",
            "صندوق التضامن والضمان للجماعات المحلية",
            id="fund-and-purpose",
        ),
        pytest.param(
            "شركات يملكها جهاز الخدمة الوطنية للقوات المسلحة",
            "جهاز الخدمة الوطنية للقوات المسلحة",
            id="agency-and-purpose",
        ),
        pytest.param("عبر صندوق المعونة الوطنية بدل تثبيت الأسعار", "صندوق المعونة الوطنية", id="the-nation-s"),
    ],
)
def test_a_common_head_s_definite_words_name_a_body_before_a_purpose_or_the_nation(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("واستمرت حركة النقل لليوم الثاني", id="a-time"),
        pytest.param("وفتحت غرفة العمليات للطوارئ أبوابها", id="a-room"),
        pytest.param("وأقفلت غرفة العمليات الوطنية", id="the-nation-s-room"),
        pytest.param("ووضعت اللجنة صندوق الاقتراع للناخبين", id="one-word-and-whom-for"),
        pytest.param("وقدم بنك الدم للمستشفى", id="one-word"),
    ],
)
def test_a_common_head_with_a_time_or_as_a_room_names_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وردت شركة مياه اليرموك بأن الانقطاعات", "شركة مياه اليرموك", id="water"),
        pytest.param("وقالت مؤسسة كهرباء الريف إن", "مؤسسة كهرباء الريف", id="power"),
    ],
)
def test_a_utility_is_named_by_the_region_it_supplies(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس شركة مياه الشرب إن", id="what-the-water-is-for"),
        pytest.param("وتملك الحكومة شركة نفط الكويت", id="a-country-unread"),
        pytest.param("وقالت شركة مياه المدينة إن", id="a-town-s"),
        pytest.param("وقالت شركة نفط الوطنية إن", id="an-adjective"),
    ],
)
def test_a_utility_with_no_region_names_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "تحالف يضم شركة الأهرام للمقاولات المصرية سيتولى التنفيذ",
            ("الأهرام",),
            "شركة الأهرام للمقاولات",
            id="egyptian",
        ),
        pytest.param(
            "وقعت شركة النيل لأنظمة التحكم المصرية بالشراكة مع",
            ("النيل",),
            "شركة النيل لأنظمة التحكم",
            id="two-words-of-trade",
        ),
        pytest.param(
            "وقعت شركة قطر للاستثمارات الرياضية اتفاقا",
            ("قطر",),
            "شركة قطر للاستثمارات الرياضية",
            id="of-sport-not-of-riyadh",
        ),
    ],
)
def test_a_company_named_by_its_trade_ends_before_its_country(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بشراكة مع جامعة غرناطة الإسبانية. وأوضح", "جامعة غرناطة", id="spanish"),
        pytest.param("الباحث في جامعة لوليو السويدية، إن", "جامعة لوليو", id="swedish"),
        pytest.param("طلاب جامعة نواكشوط العصرية يواصلون", "جامعة نواكشوط العصرية", id="own-adjective"),
    ],
)
def test_a_university_named_by_a_place_ends_before_its_country(text, name):
    assert _organisations_among(text) == [name]


def test_a_university_described_by_a_nationality_has_no_name():
    assert _organisations_among("وقعت الوزارة اتفاقا مع جامعة إسبانية في مدريد") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وتتولى شركة تسويق النفط بيع الخام", "شركة تسويق النفط", id="oil-marketing"),
        pytest.param("بالشراكة مع شركة تطوير العقبة، تعمل", "شركة تطوير العقبة", id="a-region-unread"),
    ],
)
def test_a_company_is_named_by_the_work_it_does(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت شركة نفط إن", id="no-definite-word"),
        pytest.param("وأسس رجل الأعمال شركة إنتاج الأفلام السينمائية", id="a-kind-described"),
        pytest.param("وأسست الحكومة شركة لتطوير القطاع", id="a-purpose"),
    ],
)
def test_a_company_of_a_trade_alone_has_no_name(text):
    assert organisations(text) == []
