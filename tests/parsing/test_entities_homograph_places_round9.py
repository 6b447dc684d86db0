"""Towns whose bare name is an everyday word (`HOMOGRAPH_PLACES`, round 9): Oman's `خصب`, `طاقة`, `عبري`,
`الداخلية` and `الظاهرة`, Chad's `أدري`, Darfur's `كتم`, Yemen's `الحزم`, `إب` and `اللحية`, Egypt's `رشيد` and
the Emirates' `العين`, read only in a list of places or after a head noun; a head noun's dual or plural
(`ولايتي`, `مديريات`), `ثم` after a known place and a compass word before a known place make the context too."""

import pytest

from articles.parsing.entities import Gazetteer

KHASAB, DIBBA, TAQAH, SALALAH, IBRI, NIZWA, ADRE, ABECHE, KUTUM, MELLIT = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
HAZM, MARIB, IBB, DHAMAR, LUHAYYAH, BAJIL, ROSETTA, DAMIETTA, AIN, DUBAI = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
DAKHILIYAH, DHAHIRAH, BATINAH, ZARQA, AMMAN, KISWAH, DAMASCUS = 21, 22, 23, 24, 25, 26, 27
JADIDA, CAIRO, BOUMERDES = 28, 29, 30
AMARAH, NASIRIYAH, WAU, MALAKAL, MOHAMMEDIA, CASABLANCA, ZUHRAH, HARAM, GIZA = 31, 32, 33, 34, 35, 36, 37, 38, 39
KNOWN = (DUBAI, DAMASCUS, AMMAN, CAIRO, BOUMERDES, NASIRIYAH, MALAKAL, CASABLANCA, GIZA)
PLACES = Gazetteer(
    [
        (KHASAB, "خصب العمانية", True, "LOC"),
        (KHASAB, "خصب", False, "LOC"),
        (DIBBA, "دبا", True, "LOC"),
        (TAQAH, "ولاية طاقة", True, "LOC"),
        (TAQAH, "طاقة", False, "LOC"),
        (SALALAH, "صلالة", True, "LOC"),
        (IBRI, "عبري العمانية", True, "LOC"),
        (IBRI, "عبري", False, "LOC"),
        (NIZWA, "نزوى", True, "LOC"),
        (ADRE, "مدينة أدري", True, "LOC"),
        (ADRE, "أدري", False, "LOC"),
        (ABECHE, "أبشة", True, "LOC"),
        (KUTUM, "مدينة كتم", True, "LOC"),
        (KUTUM, "كتم", False, "LOC"),
        (MELLIT, "مليط", True, "LOC"),
        (HAZM, "مدينة الحزم", True, "LOC"),
        (HAZM, "الحزم", False, "LOC"),
        (MARIB, "مأرب", True, "LOC"),
        (IBB, "محافظة إب", True, "LOC"),
        (IBB, "إب", False, "LOC"),
        (DHAMAR, "ذمار", True, "LOC"),
        (LUHAYYAH, "مديرية اللحية", True, "LOC"),
        (LUHAYYAH, "اللحية", False, "LOC"),
        (BAJIL, "باجل", True, "LOC"),
        (ROSETTA, "مدينة رشيد", True, "LOC"),
        (ROSETTA, "رشيد", False, "LOC"),
        (DAMIETTA, "دمياط", True, "LOC"),
        (AIN, "مدينة العين", True, "LOC"),
        (AIN, "العين", False, "LOC"),
        (DUBAI, "دبي", True, "LOC"),
        (DAKHILIYAH, "محافظة الداخلية العمانية", True, "LOC"),
        (DAKHILIYAH, "الداخلية", False, "LOC"),
        (DHAHIRAH, "محافظة الظاهرة", True, "LOC"),
        (DHAHIRAH, "الظاهرة", False, "LOC"),
        (BATINAH, "شمال الباطنة", True, "LOC"),
        (ZARQA, "محافظة الزرقاء", True, "LOC"),
        (ZARQA, "الزرقاء", False, "LOC"),
        (AMMAN, "عمان", True, "LOC"),
        (KISWAH, "مدينة الكسوة", True, "LOC"),
        (KISWAH, "الكسوة", False, "LOC"),
        (DAMASCUS, "دمشق", True, "LOC"),
        (JADIDA, "مدينة الجديدة", True, "LOC"),
        (JADIDA, "الجديدة", False, "LOC"),
        (CAIRO, "القاهرة", True, "LOC"),
        (BOUMERDES, "ولاية بومرداس", True, "LOC"),
        (AMARAH, "مدينة العمارة", True, "LOC"),
        (AMARAH, "العمارة", False, "LOC"),
        (NASIRIYAH, "الناصرية", True, "LOC"),
        (WAU, "مدينة واو", True, "LOC"),
        (WAU, "واو", False, "LOC"),
        (MALAKAL, "ملكال", True, "LOC"),
        (MOHAMMEDIA, "مدينة المحمدية", True, "LOC"),
        (MOHAMMEDIA, "المحمدية", False, "LOC"),
        (CASABLANCA, "الدار البيضاء", True, "LOC"),
        (ZUHRAH, "مديرية الزهرة", True, "LOC"),
        (ZUHRAH, "الزهرة", False, "LOC"),
        (HARAM, "حي الهرم", True, "LOC"),
        (HARAM, "الهرم", False, "LOC"),
        (GIZA, "الجيزة", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("وأضاف أن خصب ودبا ستحظى بالأولوية", KHASAB, "خصب", id="fertile-before-a-place"),
        pytest.param("والحملات مستمرة في صلالة وطاقة وغيرها", TAQAH, "وطاقة", id="energy-in-a-list"),
        pytest.param("بلاغات عن تجمعات مياه في ولايتي نزوى وعبري", IBRI, "وعبري", id="hebrew-in-a-list"),
        pytest.param("ونزح الآلاف إلى أبشة وأدري", ADRE, "وأدري", id="i-know-in-a-list"),
        pytest.param("فك الحصار من جهة مليط وكتم", KUTUM, "وكتم", id="silencing-in-a-list"),
        pytest.param("واشتدت المعارك بين مأرب والحزم", HAZM, "والحزم", id="firmness-in-a-list"),
        pytest.param("سيرتفع سعر الدقيق في صنعاء وذمار وإب", IBB, "وإب", id="ibb-in-a-list"),
        pytest.param("معظمها في مديريات الزهرة واللحية وباجل", LUHAYYAH, "واللحية", id="beard-before-a-place"),
        pytest.param("في النيل وفرعيه رشيد ودمياط", ROSETTA, "رشيد", id="given-name-before-a-place"),
        pytest.param("وردت البلاغات من عملاء في العين ودبي", AIN, "العين", id="eye-before-a-place"),
        pytest.param("أمطار في محافظات شمال الباطنة والداخلية", DAKHILIYAH, "والداخلية", id="interior-in-a-list"),
        pytest.param("جريان الأودية في محافظتي الداخلية والظاهرة", DAKHILIYAH, "الداخلية", id="interior-after-a-dual"),
        pytest.param("جريان الأودية في محافظتي الداخلية والظاهرة", DHAHIRAH, "والظاهرة", id="phenomenon-after-a-dual"),
        pytest.param("تلتها العاصمة عمان ثم الزرقاء بينما", ZARQA, "الزرقاء", id="blue-after-then"),
        pytest.param("غارات على مواقع في محيط الكسوة جنوب دمشق", KISWAH, "الكسوة", id="covering-before-a-compass"),
        pytest.param("لنقل الضحايا بين الناصرية والعمارة", AMARAH, "والعمارة", id="architecture-in-a-list"),
        pytest.param("واعتقال صحفيين في واو وملكال", WAU, "واو", id="letter-before-a-place"),
        pytest.param("أمطار في الدار البيضاء والمحمدية", MOHAMMEDIA, "والمحمدية", id="muhammadan-in-a-list"),
        pytest.param("معظمها في مديريات الزهرة واللحية وباجل", ZUHRAH, "الزهرة", id="flower-after-a-plural"),
        pytest.param("وهو موظف يسكن في منطقة الهرم", HARAM, "الهرم", id="pyramid-after-a-head-noun"),
    ],
)
def test_a_town_named_by_an_everyday_word_is_read_in_a_place_context(text, entity, surface):
    assert (entity, surface) in [(m.entity_id, m.surface) for m in PLACES.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتعد الأرض خصب للزراعة", id="fertile"),
        pytest.param("وقال إن مصادر طاقة بديلة ستدخل الخدمة", id="energy"),
        pytest.param("ونشرت الصحف عبري وعربي", id="hebrew"),
        pytest.param("وقال لا أدري ماذا سيحدث", id="i-know"),
        pytest.param("واتهم الحكومة بكتم الأصوات", id="silencing"),
        pytest.param("وانطلقت عاصفة الحزم عام 2015", id="firmness"),
        pytest.param("وافتتح المعرض في حي باب توما", id="door-after-a-head-noun"),
        pytest.param("وأغلقت الممرات بين عدن وباب المندب", id="door-after-a-place"),
        pytest.param("وقال إنه أطلق اللحية منذ سنوات", id="beard"),
        pytest.param("وقال رشيد إن الحكومة ستتدخل", id="given-name"),
        pytest.param("وأصيب في العين اليمنى", id="eye"),
        pytest.param("وقالت وزارة الداخلية في بيان", id="interior-ministry"),
        pytest.param("وأكد وزيرا الخارجية والداخلية", id="interior-minister"),
        pytest.param("ورصد العلماء الظاهرة في دبي", id="phenomenon"),
        pytest.param("وزار عمان ثم عاد إلى بلاده", id="then-a-verb"),
        pytest.param("والسماء الزرقاء فوق دمشق", id="blue"),
        pytest.param("محطة تحلية بولاية بومرداس، بطاقة إنتاجية تبلغ", id="capacity-after-a-place"),
        pytest.param("نقل الوزارات إلى مقارها الجديدة شرقي القاهرة", id="new-before-a-compass"),
        pytest.param("ودرس العمارة في جامعة بغداد", id="architecture"),
        pytest.param("وتبدأ الكلمة بحرف واو", id="letter"),
        pytest.param("ودرس السيرة المحمدية في الأزهر", id="muhammadan"),
        pytest.param("وأهداها الزهرة الحمراء", id="flower"),
        pytest.param("ويقف على رأس الهرم الإداري", id="pyramid"),
    ],
)
def test_the_everyday_sense_of_a_town_name_is_no_place(text):
    assert [m.entity_id for m in PLACES.find(text) if m.entity_id not in KNOWN] == []
