"""People of round 10: no person made of nouns in construct after a role."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("مع إعفاء العامل وصاحب العمل من الغرامات المترتبة", id="and-owner-of-the-work"),
        pytest.param('ما وصفه بـ"تحميل العامل كلفة أخطاء الكفيل"، داعياً', id="cost-of-mistakes"),
        pytest.param("وأكد وزير الزراعة واستصلاح الأراضي أن الوزارة", id="and-verbal-noun-plural-in-i"),
        pytest.param("من نقص اليد العاملة المتخصصة في تسلق النخيل وغلاء أسعار الأسمدة.", id="and-rise-of-prices"),
    ],
)
def test_nouns_in_construct_after_a_role_are_no_person(text):
    assert people(text) == []


def test_a_verb_and_its_object_after_a_known_place_are_no_person():
    text = "إن البنوك العاملة في فلسطين تواجه أزمة تكدس فائض الشيكل، بعدما"
    assert people(text, taken={4: "LOC"}) == []  # فلسطين, as the gazetteer knows it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال عضو المجلس وصفي العاصي إن", "وصفي العاصي", id="unlisted-given-name-and-nisba"),
        pytest.param("وقال المدرب منجي الصغير إن", "منجي الصغير", id="family-name-that-is-an-adjective"),
        pytest.param("قال القيادي أركان العلياوي، إن", "أركان العلياوي", id="given-name-of-verbal-noun-shape"),
        pytest.param("وقال مدير المركز سيف الظاهري إن", "سيف الظاهري", id="unlisted-given-name"),
        pytest.param("وقال الباحث حنا عطا الله إن", "حنا عطا الله", id="name-of-god-ends-it"),
    ],
)
def test_a_name_after_a_role_with_a_family_name_stays(text, name):
    assert people(text) == [name]
