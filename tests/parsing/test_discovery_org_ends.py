"""Where a discovered organisation's name ends: a second body joined by و, a purpose that goes on
after `عن` or opens with `من أجل`, a known place after `في` that belongs to the name; and a port named
with its kind (`ميناء الدقم للصيد البحري`)."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize
from tests.parsing.discovered import names, organisations


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param(
            "فيما موّلت الوكالة الفرنسية للتنمية وبنك الاستثمار الأوروبي جانباً كبيراً من الأعمال",
            "الوكالة الفرنسية للتنمية",
            id="bank",
        ),
        pytest.param(
            "وقدمت المؤسسة الوطنية للنفط ووزارة الطاقة الليبية خطة جديدة",
            "المؤسسة الوطنية للنفط",
            id="ministry",
        ),
    ],
)
def test_a_second_body_joined_by_and_is_not_part_of_the_first(text, first):
    assert organisations(text)[0] == first


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت الهيئة الوطنية للتحكيم واختبارات القطن إن الموسم", "الهيئة الوطنية للتحكيم واختبارات القطن"),
        ("وأعلن صندوق التنمية وإعادة الإعمار بدء الأعمال", "صندوق التنمية وإعادة الإعمار"),
    ],
)
def test_a_joined_noun_that_heads_no_body_stays_in_the_name(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقالت اللجنة الوطنية للإفراج عن المعتقلين إن 17 ناشطاً غادروا السجون",
            "اللجنة الوطنية للإفراج عن المعتقلين",
            id="release",
        ),
        pytest.param(
            "وطالبت الرابطة التونسية للدفاع عن حقوق الإنسان بالتحقيق",
            "الرابطة التونسية للدفاع عن حقوق الإنسان",
            id="defence",
        ),
        pytest.param(
            "وقالت الشركة الوطنية للتنقيب عن النفط إن الحفر بدأ", "الشركة الوطنية للتنقيب عن النفط", id="exploration"
        ),
    ],
)
def test_a_purpose_goes_on_after_the_preposition_its_noun_takes(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأعلنت الهيئة العليا للانتخابات عن موعد الاقتراع", id="announced"),
        pytest.param("وكشفت اللجنة الوطنية للإفراج عنه أمس", id="pronoun"),
    ],
)
def test_an_about_after_another_purpose_is_what_the_body_said(text):
    assert all(" عن" not in name for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'ورصدت الجمعية اللبنانية من أجل ديمقراطية الانتخابات "لادي" 312 مخالفة',
            "الجمعية اللبنانية من أجل ديمقراطية الانتخابات",
            id="association",
        ),
        pytest.param(
            "ورأى الباحث بمركز السياسات من أجل الجنوب الجديد، رشيد الإدريسي، أن",
            "بمركز السياسات من أجل الجنوب الجديد",
            id="institute",
        ),
    ],
)
def test_a_purpose_may_open_with_for_the_sake_of(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتعمل اللجنة الوطنية من أجل ذلك منذ أشهر", id="that"),
        pytest.param("واجتمعت الهيئة العامة من أجل مناقشة", id="phrase ends"),
        pytest.param("ويعمل المركز من أجل الحوار", id="no adjective"),
    ],
)
def test_for_the_sake_of_without_a_noun_and_its_definite_word_names_no_purpose(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "جوبا – أعلنت وزارة النفط في جنوب السودان، الثلاثاء، استئناف الضخ",
            ("جنوب", "السودان"),
            "وزارة النفط في جنوب السودان",
            id="ministry",
        ),
        pytest.param(
            'وقالت رابطة صناعة النفط في كردستان "أبيكور" إن أعضاءها',
            ("كردستان",),
            "رابطة صناعة النفط في كردستان",
            id="association of an industry",
        ),
        pytest.param(
            "وقال رئيس جمعية مربي الجاموس في الجبايش حسن كاظم إن",
            ("الجبايش",),
            "جمعية مربي الجاموس في الجبايش",
            id="breeders",
        ),
        pytest.param("وأصدرت جمعية المصارف في لبنان بياناً", ("لبنان",), "جمعية المصارف في لبنان", id="one word"),
    ],
)
def test_a_body_without_its_country_takes_the_known_place_after_in(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وقالت وزارة الخارجية العراقية في بغداد إن", ("بغداد",), "وزارة الخارجية العراقية", id="adjective"
        ),
        pytest.param(
            "وأعلنت الهيئة المستقلة للانتخاب في الأردن النتائج",
            ("الأردن",),
            "الهيئة المستقلة للانتخاب",
            id="purpose",
        ),
        pytest.param(
            "وقالت هيئة الطيران المدني الدولية في مونتريال إن", ("مونتريال",), "هيئة الطيران المدني الدولية", id="rank"
        ),
    ],
)
def test_a_body_named_with_its_country_or_purpose_stops_before_in(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وارتفعت حركة الملاحة في مضيق هرمز", ("مضيق", "هرمز"), id="common head"),
        pytest.param("وقالت وزارة الصحة في بيان إن", (), id="no place"),
        pytest.param("وانتشرت قوات الأمن في عدن", ("عدن",), id="troops"),
        pytest.param("وقال حزب البعث في سوريا إن", ("سوريا",), id="party"),
    ],
)
def test_in_and_a_place_after_other_bodies_names_none(text, known):
    assert all(" في " not in name for name in organisations(text, known))


def test_a_body_named_by_its_own_words_stops_before_in_and_a_place():
    text = "وقالت وزارة الثروة الزراعية والسمكية وموارد المياه في سلطنة عمان إن"
    assert organisations(text, ("سلطنة", "عمان")) == ["وزارة الثروة الزراعية والسمكية وموارد المياه"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقالت وزارة الفلاحة والموارد المائية إن المفاوضات", "وزارة الفلاحة والموارد المائية", id="agriculture"
        ),
        pytest.param("وأعلنت نقابة الصيادين المستقلة إضراباً", "نقابة الصيادين المستقلة", id="plural trade"),
    ],
)
def test_a_trade_in_construct_after_the_head_is_what_the_body_runs(text, name):
    assert organisations(text) == [name]


def test_a_title_after_a_body_still_ends_it():
    assert organisations("وقال رئيس مجلس الوزراء الشيخ محمد إن") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقالت وزارة الفلاحة والموارد المائية والصيد البحري التونسية إن المفاوضات",
            "وزارة الفلاحة والموارد المائية والصيد البحري التونسية",
            id="tunisia",
        ),
        pytest.param(
            "وتؤكد وزارة الصيد والبنى التحتية البحرية والمينائية الجزائرية أنها فرضت",
            "وزارة الصيد والبنى التحتية البحرية والمينائية الجزائرية",
            id="ports",
        ),
    ],
)
def test_a_ministry_of_many_portfolios_runs_on_to_its_country(text, name):
    assert organisations(text) == [name]


def test_a_long_run_of_definite_words_without_a_country_is_cut_at_five():
    text = "وقالت وزارة الصيد والبنى التحتية البحرية والمينائية الجديدة الكبرى أمس"
    assert organisations(text) == ["وزارة الصيد والبنى التحتية البحرية والمينائية"]


def places(text, known=()):
    """The LOC names discovered in `text`; the words in `known` (as written) are places the gazetteer knows."""
    tokens = tokenize(text)
    return names(text, "LOC", {i: "LOC" for i, token in enumerate(tokens) if token.raw in known})


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وقال إن ميناء الدقم للصيد البحري سيحتضن مصنعاً",
            ("ميناء", "الدقم"),
            "ميناء الدقم للصيد البحري",
            id="known port",
        ),
        pytest.param(
            "ويعمل ميناء الزاوية للصيد البحري منذ عقود", (), "ميناء الزاوية للصيد البحري", id="port of its own"
        ),
        pytest.param("ووصلت السفينة إلى ميناء حمد للحاويات أمس", ("ميناء", "حمد"), "ميناء حمد للحاويات", id="box"),
    ],
)
def test_a_fishing_or_container_port_is_named_with_its_kind(text, known, name):
    assert name in places(text, known)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("يراهن الرئيس على ميناء بربرة لانتزاع اعتراف دولي", ("ميناء", "بربرة"), id="purpose of the text"),
        pytest.param("وصدّر ميناء الدقم للصين شحنة", ("ميناء", "الدقم"), id="to whom"),
    ],
)
def test_other_purposes_after_a_port_are_no_part_of_its_name(text, known):
    assert places(text, known) == []


def test_management_or_movement_after_and_goes_on_with_the_purpose():
    text = "وقالت الشركة العربية للاستثمار وإدارة المشاريع إن الأرباح"
    assert organisations(text) == ["الشركة العربية للاستثمار وإدارة المشاريع"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ويعمل المجلس الوطني من أجل تحقيق المصالحة", id="verbal noun"),
        pytest.param("وتعمل الهيئة العليا من أجل التوصل إلى اتفاق", id="definite verbal noun"),
        pytest.param("وتسعى المنظمة الدولية من أجل دعم اللاجئين", id="support"),
    ],
)
def test_for_the_sake_of_an_action_is_what_a_body_works_for(text):
    assert organisations(text) == []


def test_a_company_signs_for_the_sake_of_something_and_keeps_its_name():
    text = "ووقعت الحكومة مع شركة توتال من أجل الحقل الجديد"
    tokens = tokenize(text)
    taken = {i: "ORG" for i, token in enumerate(tokens) if token.raw == "توتال"}
    assert [d for d in discover(tokens, taken) if d.kind == "ORG"] == []
