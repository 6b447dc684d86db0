"""Gulf, Egyptian, Mauritanian and Lebanese towns whose bare name is an everyday word (`HOMOGRAPH_PLACES`,
session 10): `الحد`, `الكامل`, `الليث`, `الخبر`, `الصف`, `النعمة`, `عاليه`, `بريدة`, `مليحة` and `روي` only
in a list of places or after a head noun, `القوز` and `الخور` after a preposition too; and `قريات` (Oman),
`العامرة` (Tunisia), the camps `البقعة` and `اليرموك`, and Kuwait's `الخيران` and `الوفرة`, in a list or after a
head noun."""

import pytest

from articles.parsing.entities import Gazetteer

HIDD, MUHARRAQ, QALALI, KAMIL, LAITH, RABIGH, QUNFUDHAH, KHOBAR, DAMMAM = 81, 82, 83, 84, 85, 86, 87, 88, 89
SAFF, ATFIH, NEMA, KIFFA, ALEY, CHOUF, BURAIDAH, UNAIZAH, MLEIHA, DHAID = 90, 91, 92, 93, 94, 95, 96, 97, 98, 99
QUOZ, KHOR, RUWI, WATTAYAH = 100, 101, 102, 103
QURAYYAT, AMERAT, AMRA, JEBENIANA, BAQAA, YARMOUK, AIN_HELWEH = 104, 105, 106, 107, 108, 109, 110
KHIRAN, WAFRA, MUTLAA = 111, 112, 113
PLACES = Gazetteer(
    [
        (HIDD, "مدينة الحد", True, "LOC"),
        (HIDD, "الحد", False, "LOC"),
        (MUHARRAQ, "المحرق", True, "LOC"),
        (QALALI, "قلالي", True, "LOC"),
        (KAMIL, "محافظة الكامل", True, "LOC"),
        (KAMIL, "الكامل", False, "LOC"),
        (LAITH, "محافظة الليث", True, "LOC"),
        (LAITH, "الليث", False, "LOC"),
        (RABIGH, "رابغ", True, "LOC"),
        (QUNFUDHAH, "القنفذة", True, "LOC"),
        (KHOBAR, "مدينة الخبر", True, "LOC"),
        (KHOBAR, "الخبر", False, "LOC"),
        (DAMMAM, "الدمام", True, "LOC"),
        (SAFF, "مركز الصف", True, "LOC"),
        (SAFF, "الصف", False, "LOC"),
        (ATFIH, "أطفيح", True, "LOC"),
        (NEMA, "مدينة النعمة", True, "LOC"),
        (NEMA, "النعمة", False, "LOC"),
        (KIFFA, "كيفة", True, "LOC"),
        (ALEY, "قضاء عاليه", True, "LOC"),
        (ALEY, "عاليه", False, "LOC"),
        (CHOUF, "الشوف", True, "LOC"),
        (BURAIDAH, "مدينة بريدة", True, "LOC"),
        (BURAIDAH, "بريدة", False, "LOC"),
        (UNAIZAH, "عنيزة", True, "LOC"),
        (MLEIHA, "منطقة مليحة", True, "LOC"),
        (MLEIHA, "مليحة", False, "LOC"),
        (DHAID, "الذيد", True, "LOC"),
        (QUOZ, "منطقة القوز", True, "LOC"),
        (QUOZ, "القوز", False, "LOC"),
        (KHOR, "مدينة الخور", True, "LOC"),
        (KHOR, "الخور", False, "LOC"),
        (RUWI, "منطقة روي", True, "LOC"),
        (RUWI, "روي", False, "LOC"),
        (WATTAYAH, "الوطية", True, "LOC"),
        (QURAYYAT, "ولاية قريات", True, "LOC"),
        (QURAYYAT, "قريات", False, "LOC"),
        (AMERAT, "العامرات", True, "LOC"),
        (AMRA, "مدينة العامرة", True, "LOC"),
        (AMRA, "العامرة", False, "LOC"),
        (JEBENIANA, "جبنيانة", True, "LOC"),
        (BAQAA, "مخيم البقعة", True, "LOC"),
        (BAQAA, "البقعة", False, "LOC"),
        (YARMOUK, "مخيم اليرموك", True, "LOC"),
        (YARMOUK, "اليرموك", False, "LOC"),
        (AIN_HELWEH, "عين الحلوة", True, "LOC"),
        (KHIRAN, "منطقة الخيران", True, "LOC"),
        (KHIRAN, "الخيران", False, "LOC"),
        (WAFRA, "منطقة الوفرة", True, "LOC"),
        (WAFRA, "الوفرة", False, "LOC"),
        (MUTLAA, "المطلاع", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("وتشمل محافظات جدة ورابغ والكامل والليث والقنفذة", KAMIL, "والكامل", id="whole-in-a-list"),
        pytest.param("وتشمل محافظات جدة ورابغ والكامل والليث والقنفذة", LAITH, "والليث", id="lion-in-a-list"),
        pytest.param("وانقطع التيار عن أجزاء من الحد وقلالي", HIDD, "الحد", id="limit-before-a-known-place"),
        pytest.param("ويطالب صيادو المحرق والحد بالرقابة", HIDD, "والحد", id="limit-after-a-known-place"),
        pytest.param("وتوقفت الحافلات بين الدمام والخبر", KHOBAR, "والخبر", id="news-in-a-list"),
        pytest.param("ويغذي الخط قرى أطفيح والصف", SAFF, "والصف", id="row-in-a-list"),
        pytest.param("ويشتكي المواطن في كيفة والنعمة من العطش", NEMA, "والنعمة", id="blessing-in-a-list"),
        pytest.param("وقالت معلمة متقاعدة من منطقة عاليه إن", ALEY, "عاليه", id="high-after-a-head-noun"),
        pytest.param("وانتخابات في الشوف وعاليه", ALEY, "وعاليه", id="high-in-a-list"),
        pytest.param("وتعادل الفريقان بين عنيزة وبريدة", BURAIDAH, "وبريدة", id="his-mail-in-a-list"),
        pytest.param("وضبطت الشرطة مركبات في الذيد ومليحة", MLEIHA, "ومليحة", id="pretty-in-a-list"),
        pytest.param("ويربط الطريق الوطية وروي", RUWI, "وروي", id="told-in-a-list"),
        pytest.param("وقالت إنها تسكن في القوز منذ سنوات", QUOZ, "القوز", id="dune-after-a-preposition"),
        pytest.param("ولا يضطر المريض في الخور إلى السفر", KHOR, "الخور", id="creek-after-a-preposition"),
        pytest.param("ويسلكه الموظفون القادمون من العامرات وقريات", QURAYYAT, "وقريات", id="hamlets-in-a-list"),
        pytest.param("في مخيمات حقول الزيتون بمنطقتي العامرة وجبنيانة", AMRA, "العامرة", id="thriving-before-a-place"),
        pytest.param("وعيادات في مخيمات مثل عين الحلوة والبقعة واليرموك", BAQAA, "والبقعة", id="spot-in-a-list"),
        pytest.param("وعيادات في مخيمات مثل عين الحلوة والبقعة واليرموك", YARMOUK, "واليرموك", id="battle-in-a-list"),
        pytest.param("وتطرح قسائم في المطلاع والخيران", KHIRAN, "والخيران", id="good-ones-in-a-list"),
        pytest.param("ومزارع الوفرة والمطلاع", WAFRA, "الوفرة", id="abundance-before-a-place"),
    ],
)
def test_a_gulf_town_named_by_an_everyday_word_is_read_in_a_place_context(text, entity, surface):
    assert (entity, surface) in [(m.entity_id, m.surface) for m in PLACES.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("مع ضمان الحد الأدنى من الخدمات", id="the-minimum"),
        pytest.param("وتوقفت الصادرات بالكامل منذ أشهر", id="entirely"),
        pytest.param("ودعا إلى الالتزام الكامل بالقرار", id="full"),
        pytest.param("وفاز الليث الأبيض على ضيفه", id="the-lion"),
        pytest.param("وجاء في الخبر أن الوزير استقال", id="in-the-news"),
        pytest.param("وجلس الوزير في الصف الأول", id="the-first-row"),
        pytest.param("وشكر الله على النعمة", id="the-blessing"),
        pytest.param("وسجلت الأسعار مستويات عالية", id="high"),
        pytest.param("وأرسل الوثائق عبر بريده الإلكتروني", id="his-mail"),
        pytest.param("وظهرت في الصورة فتاة مليحة الوجه", id="pretty"),
        pytest.param("وروى شهود عيان أن القصف استمر", id="he-told"),
        pytest.param("وأصاب الخور عزائم الجنود", id="weakness"),
        pytest.param("وتنتشر قريات صغيرة على ضفتي الوادي", id="hamlets"),
        pytest.param("وبقيت المائدة العامرة رمزا للكرم", id="thriving"),
        pytest.param("وتعد هذه البقعة الجغرافية الأفقر", id="the-spot"),
        pytest.param("وانتصر المسلمون في معركة اليرموك", id="the-battle"),
        pytest.param("وتتمتع البلاد بالوفرة المالية", id="abundance"),
        pytest.param("وقال إن الخيران من أبناء البلد كثيرون", id="the-good-ones"),
    ],
)
def test_the_everyday_sense_of_a_gulf_town_name_is_no_place(text):
    assert [m.entity_id for m in PLACES.find(text)] == []
