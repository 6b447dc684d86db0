"""Round 13, organisations on unseen text: which bodies of state a story names bare are names, and the
general ways news introduces a body's name: in quotes after what it is, told to an outlet, a town's council."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أكد في خطاب أمام الجمعية الوطنية الشهر الماضي أن", "الجمعية الوطنية", id="national-assembly"),
        pytest.param("صادقت الجمعية الوطنية في موريتانيا، مساء الاثنين", "الجمعية الوطنية", id="before-its-country"),
        pytest.param("وأكد الوزير، أمام مجلس المستشارين، أن الحكومة", "مجلس المستشارين", id="upper-house"),
        pytest.param("وكان ديوان المحاسبة قد قدر في تقريره السنوي", "ديوان المحاسبة", id="audit-bureau"),
        pytest.param("وأحيلت إلى الجمعية الوطنية إلى جانب", "الجمعية الوطنية", id="before-a-preposition"),
    ],
)
def test_a_parliament_or_audit_bureau_named_bare_is_read_as_written(text, name):
    assert [f.name for f in extract(text, Gazetteer([]))] == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وكشفت تحقيقات النيابة العامة أن المتهمين أداروا مجموعات", id="prosecution"),
        pytest.param("وأخطرت الشرطة للنيابة العامة لتولي التحقيق", id="prosecution-behind-a-clitic"),
        pytest.param("نشر 800 عنصر من الشرطة والحرس الوطني لتأمين العملية", id="national-guard"),
    ],
)
def test_a_bare_prosecution_or_national_guard_is_no_name(text):
    assert extract(text, Gazetteer([])) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس الجمعية الوطنية للمصدرين الجزائريين إن", id="an-association-with-its-purpose"),
        pytest.param("صادقت الجمعية الوطنية الموريتانية على القانون", id="its-country-s-adjective"),
    ],
)
def test_a_national_assembly_goes_on_into_a_longer_name(text):
    assert "الجمعية الوطنية" not in organisations(text)
