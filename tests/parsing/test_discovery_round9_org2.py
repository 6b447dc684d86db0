"""Round 9, second wave, organisation rules: a body ends before a known body listed after it with و; a
joint committee or council of two states is named by their two adjectives; a quoted company by its word
and its line of business; an office of a known body by that body and its purpose."""

import pytest

from tests.parsing.discovered import organisations, organisations_beside_known_bodies


@pytest.mark.parametrize(
    ("text", "bodies", "name"),
    [
        pytest.param(
            "وقالت الرابطة التونسية للدفاع عن حقوق الإنسان والاتحاد العام التونسي للشغل إن",
            ("والاتحاد العام التونسي للشغل",),
            "الرابطة التونسية للدفاع عن حقوق الإنسان",
            id="a union after a league",
        ),
        pytest.param(
            "ودعت الهيئة الوطنية للمحامين ووزارة العدل إلى",
            ("ووزارة العدل",),
            "الهيئة الوطنية للمحامين",
            id="a ministry after a bar",
        ),
    ],
)
def test_a_body_ends_before_a_known_body_listed_after_it(text, bodies, name):
    assert organisations_beside_known_bodies(text, bodies) == [name]


def test_a_known_word_inside_a_purpose_stays_in_the_name():
    text = "وقالت الهيئة الوطنية للتجارة والصناعة إن"
    assert organisations_beside_known_bodies(text, ("والصناعة",)) == ["الهيئة الوطنية للتجارة والصناعة"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وعقدت اللجنة البحرينية التركية المشتركة اجتماعها",
            "اللجنة البحرينية التركية المشتركة",
            id="joint",
        ),
        pytest.param(
            "اجتماع اللجنة الاستراتيجية العليا التركية القطرية اليوم",
            "اللجنة الاستراتيجية العليا التركية القطرية",
            id="two adjectives of kind first",
        ),
        pytest.param(
            "وبحث المجلس التنسيقي السعودي الكويتي سبل التعاون", "المجلس التنسيقي السعودي الكويتي", id="council"
        ),
    ],
)
def test_a_joint_body_is_named_by_the_adjectives_of_its_two_states(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت اللجنة الأولمبية الكويتية إن", id="one state's adjective describes"),
        pytest.param("وقالت اللجنة التركية التركية إن", id="the same state twice"),
        pytest.param("أصدرت اللجنة بيانا باسم الحكومة التركية القطرية", id="no definite head before"),
    ],
)
def test_no_joint_body_without_two_states(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('بقيادة صندوق "سنابل للاستثمار" ومشاركة', "سنابل للاستثمار", id="a fund's line of business"),
        pytest.param('صاحب مجمع "بوراس للأشغال الكبرى"، بثمانية', "بوراس للأشغال الكبرى", id="a group's"),
        pytest.param('ومذكرة تفاهم مع "برزان القابضة" القطرية.', "برزان القابضة", id="holding"),
    ],
)
def test_a_quoted_company_is_named_by_its_word_and_its_business(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('رفعوا شعار "نعم للسلام" في المسيرة', id="a slogan"),
        pytest.param('وأطلق صندوق "مبادرة" لدعم الأسر', id="one quoted word, its purpose outside"),
        pytest.param('وقال إن "الشركة القابضة" تملك', id="the holding, with the article"),
    ],
)
def test_no_quoted_company_without_a_word_of_its_own_and_a_firm(text):
    assert organisations(text) == []


def test_an_office_of_a_known_body_is_named_with_it_and_its_purpose():
    text = "وقال مكتب الأمم المتحدة لحقوق الإنسان إن"
    assert organisations_beside_known_bodies(text, ("الأمم المتحدة",)) == ["مكتب الأمم المتحدة لحقوق الإنسان"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال مكتب الأمم المتحدة في بغداد إن", id="where the office is"),
        pytest.param("وأعلن المكتب الأمم المتحدة لحقوق الإنسان", id="the article: no noun in construct"),
        pytest.param("وقال مدير الأمم المتحدة لحقوق الإنسان", id="no agency's noun"),
    ],
)
def test_no_office_is_named_without_its_noun_and_a_purpose(text):
    assert organisations_beside_known_bodies(text, ("الأمم المتحدة",)) == []
