"""Places whose bare name is an everyday word, read only where the words around them make them a place
(`HOMOGRAPH_PLACES`): the Libyan, Egyptian, Bahraini, Eritrean and Hajj places of round 5, and a
place's head noun in construct (`بمنطقة الزبير`)."""

import pytest

from articles.parsing.entities import Gazetteer

ZUBAIR, JANZOUR, ZAWIYA, TAJOURA, MOHANDESSIN, GHARBIA, BEHEIRA, DAKAHLIA = 51, 52, 53, 54, 55, 56, 57, 58
SITRA, RIFFA, MINA, ARAFAT, MECCA, DESOUK, ASSAB, JADIDA, MARRAKESH = 59, 60, 61, 62, 63, 64, 65, 66, 67
AL_BAB, MANBIJ, MAYADIN, BUKAMAL, HADATH, HARET_HREIK = 68, 69, 70, 71, 72, 73
PLACES = Gazetteer(
    [
        (ZUBAIR, "قضاء الزبير", True, "LOC"),
        (ZUBAIR, "الزبير", False, "LOC"),
        (JANZOUR, "مدينة جنزور", True, "LOC"),
        (JANZOUR, "جنزور", False, "LOC"),
        (ZAWIYA, "مدينة الزاوية", True, "LOC"),
        (ZAWIYA, "الزاوية", False, "LOC"),
        (TAJOURA, "تاجوراء", True, "LOC"),
        (MOHANDESSIN, "حي المهندسين", True, "LOC"),
        (MOHANDESSIN, "المهندسين", False, "LOC"),
        (GHARBIA, "محافظة الغربية", True, "LOC"),
        (GHARBIA, "الغربية", False, "LOC"),
        (BEHEIRA, "محافظة البحيرة", True, "LOC"),
        (BEHEIRA, "البحيرة", False, "LOC"),
        (DAKAHLIA, "الدقهلية", True, "LOC"),
        (SITRA, "جزيرة سترة", True, "LOC"),
        (SITRA, "سترة", False, "LOC"),
        (RIFFA, "الرفاع", True, "LOC"),
        (MINA, "مشعر منى", True, "LOC"),
        (MINA, "منى", False, "LOC"),
        (ARAFAT, "جبل عرفات", True, "LOC"),
        (ARAFAT, "عرفات", False, "LOC"),
        (MECCA, "مكة المكرمة", True, "LOC"),
        (DESOUK, "مدينة دسوق", True, "LOC"),
        (DESOUK, "دسوق", False, "LOC"),
        (ASSAB, "مدينة عصب", True, "LOC"),
        (ASSAB, "عصب", False, "LOC"),
        (JADIDA, "مدينة الجديدة", True, "LOC"),
        (JADIDA, "الجديدة", False, "LOC"),
        (MARRAKESH, "مراكش", True, "LOC"),
        (AL_BAB, "مدينة الباب", True, "LOC"),
        (AL_BAB, "الباب", False, "LOC"),
        (MANBIJ, "منبج", True, "LOC"),
        (MAYADIN, "مدينة الميادين", True, "LOC"),
        (MAYADIN, "الميادين", False, "LOC"),
        (BUKAMAL, "البوكمال", True, "LOC"),
        (HADATH, "بلدة الحدث", True, "LOC"),
        (HADATH, "الحدث", False, "LOC"),
        (HARET_HREIK, "حارة حريك", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("وأغلقت الشركة مصنعها بمنطقة الزبير أمس", ZUBAIR, "الزبير", id="after-a-head-noun-with-a-clitic"),
        pytest.param("وصولا إلى منطقة المهندسين في الجيزة", MOHANDESSIN, "المهندسين", id="weak-after-a-head-noun"),
        pytest.param("وقالت إنها ترشحت على رأس قائمة في جنزور", JANZOUR, "جنزور", id="after-a-preposition"),
        pytest.param("وشملت الانتخابات جنزور وتاجوراء والزاوية", ZAWIYA, "والزاوية", id="weak-in-a-list"),
        pytest.param("وشملت الانتخابات جنزور وتاجوراء والزاوية", JANZOUR, "جنزور", id="before-a-known-place"),
        pytest.param("وتتركز الزراعة في الدقهلية والبحيرة والغربية", BEHEIRA, "والبحيرة", id="weak-lake-in-a-list"),
        pytest.param("وتتركز الزراعة في الدقهلية والبحيرة والغربية", GHARBIA, "والغربية", id="weak-list-goes-on"),
        pytest.param("وفي سترة، قال الصياد إن الموسم سيئ", SITRA, "سترة", id="island-after-a-preposition"),
        pytest.param("وافتتحت مراكز صحية في الرفاع وسترة", SITRA, "وسترة", id="island-in-a-list"),
        pytest.param("ومستشفيات في مكة المكرمة ومنى وعرفات", MINA, "ومنى", id="weak-given-name-in-a-list"),
        pytest.param("ومستشفيات في مكة المكرمة ومنى وعرفات", ARAFAT, "وعرفات", id="weak-surname-in-a-list"),
        pytest.param("وأقيم المزاد العلني في دسوق أمس", DESOUK, "دسوق", id="town-after-a-preposition"),
        pytest.param("ووصلت السفينة إلى عصب فجرا", ASSAB, "عصب", id="port-after-a-preposition"),
        pytest.param("وتزود المحطة مراكش والجديدة بالماء", JADIDA, "والجديدة", id="weak-adjective-in-a-list"),
        pytest.param("وتقدمت الفصائل في ريف الباب الشرقي", AL_BAB, "الباب", id="door-after-countryside"),
        pytest.param("وانسحبت القوات من منبج والباب", AL_BAB, "والباب", id="door-in-a-list"),
        pytest.param("وقصفت الطائرات البوكمال والميادين", MAYADIN, "والميادين", id="squares-in-a-list"),
        pytest.param("وطالت الغارات حارة حريك والحدث", HADATH, "والحدث", id="event-in-a-list"),
    ],
)
def test_a_bare_place_name_that_is_an_everyday_word_is_read_in_a_place_context(text, entity, surface):
    assert (entity, surface) in [(m.entity_id, m.surface) for m in PLACES.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال إن المنطقة الغربية تشهد أمطارا", id="adjective-after-a-definite-head-noun"),
        pytest.param("وطالبت الدول الغربية بوقف القتال", id="western"),
        pytest.param("ونظر إلى المسألة من الزاوية الأمنية", id="angle-after-a-preposition"),
        pytest.param("ووقف الطفل في الزاوية يبكي", id="corner-after-a-preposition"),
        pytest.param("وقالت نقابة المهندسين إن الأجور متدنية", id="engineers"),
        pytest.param("ونفق السمك في البحيرة بسبب التلوث", id="lake-after-a-preposition"),
        pytest.param("وطلب مني الانتظار حتى الصباح", id="from-me"),
        pytest.param("وزار الوفد ضريح الرئيس الراحل عرفات", id="surname-after-a-title"),
        pytest.param("وانتقلت الوزارات إلى العاصمة الجديدة", id="new"),
        pytest.param("وظهر المسلح يرتدي سترة واقية", id="vest"),
        pytest.param("ويبقى النفط عصب الاقتصاد الليبي", id="backbone"),
        pytest.param("ونقلت الشاحنات الخيام والبحيرة مغلقة", id="weak-after-no-place"),
        pytest.param("وقال إن الاتفاق يفتح الباب أمام الاستثمار", id="door"),
        pytest.param("واحتشد المتظاهرون في الساحات والميادين", id="squares"),
        pytest.param("وقال مراسل الميادين إن القصف استمر", id="tv-channel"),
        pytest.param("وتابع العالم الحدث باهتمام", id="event"),
    ],
)
def test_the_everyday_sense_of_such_a_name_is_no_place(text):
    assert [m.entity_id for m in PLACES.find(text)] == []
