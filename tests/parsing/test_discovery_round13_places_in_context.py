"""Places read in context (round 13): a place the gazetteer has only with its head noun (`مدينة ينبع`,
`محافظة الوجه`, `حي الطالبية`) is named bare where the words around it make it a place: in a list with a
known place, or after the head noun of an area."""

import pytest

from articles.parsing.entities import Gazetteer, extract

YANBU, WAJH, JUBAIL, JEDDAH, TALBIYA, WUSTA, DHOFAR, SHAMIYA, OMDURMAN, BAHRI, UMLUJ = range(201, 212)
HEADED = Gazetteer(
    [
        (YANBU, "مدينة ينبع", True, "LOC"),
        (WAJH, "محافظة الوجه", True, "LOC"),
        (JUBAIL, "الجبيل", True, "LOC"),
        (JEDDAH, "جدة", True, "LOC"),
        (UMLUJ, "أملج", True, "LOC"),
        (TALBIYA, "حي الطالبية", True, "LOC"),
        (WUSTA, "محافظة الوسطى", True, "LOC"),
        (DHOFAR, "ظفار", True, "LOC"),
        (SHAMIYA, "قضاء الشامية", True, "LOC"),
        (OMDURMAN, "أم درمان", True, "LOC"),
        (BAHRI, "الخرطوم بحري", True, "LOC"),
        (BAHRI, "محلية بحري", False, "LOC"),
    ]
)


def found(text: str) -> list[int]:
    return [m.entity_id for m in HEADED.find(text)]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param("تشمل مصانع في الجبيل وينبع.", [JUBAIL, YANBU], id="listed-after-a-known-place"),
        pytest.param("مشاريع مماثلة في ينبع والجبيل.", [YANBU, JUBAIL], id="listed-before-a-known-place"),
        pytest.param("تمتد من جدة إلى الوجه وأملج", [JEDDAH, WAJH, UMLUJ], id="definite-before-and-a-place"),
        pytest.param("لدى أقاربها في منطقة الطالبية.", [TALBIYA], id="after-an-area-noun"),
        pytest.param("في محافظتي الوسطى وظفار", [WUSTA, DHOFAR], id="after-a-dual-area-noun"),
        pytest.param("يعود السكان إلى أم درمان وبحري.", [OMDURMAN, BAHRI], id="locality-listed"),
        pytest.param("مستشفى بسعة 100 سرير في منطقة بحري.", [BAHRI], id="locality-after-an-area-noun"),
    ],
)
def test_a_place_the_file_has_with_its_head_noun_is_read_bare_in_a_place_context(text, entities):
    assert found(text) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param("الماء ينبع من الأرض", [], id="the-verb"),
        pytest.param("في ينبع الأمل من جديد", [], id="after-a-preposition-alone"),
        pytest.param("ونظر إلى الوجه المتعب", [], id="the-face"),
        pytest.param("وكانت الطالبية تدرس", [], id="the-student"),
        pytest.param("وقال أحد سكان بلدة الطالبية إن", [], id="after-a-town-noun-discovery-reads-it"),
        pytest.param("وصل الوفد إلى الجبيل والوجه الآخر للأزمة", [JUBAIL], id="a-definite-word-goes-on"),
        pytest.param("عادت الفرق الوسطى إلى ظفار", [DHOFAR], id="adjective-of-a-definite-noun"),
        pytest.param("في منطقة الشامية بطرابلس", [], id="a-district-name-is-no-bare-name"),
        pytest.param("بحري وجوي وبري", [], id="naval"),
    ],
)
def test_a_bare_name_of_a_headed_place_elsewhere_is_a_word(text, entities):
    assert found(text) == entities


DAYS = Gazetteer(
    [
        (1, "بيروت", True, "LOC"),
        (2, "مدينة الأربعاء", True, "LOC"),
        (3, "ولاية صباح", True, "LOC"),
        (4, "مدينة عيسى", True, "LOC"),
        (5, "ولاية الشمالية", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بيروت والأربعاء المقبل", id="a-weekday"),
        pytest.param("وصل إلى بيروت وصباح اليوم التالي", id="morning"),
        pytest.param("زار بيروت وعيسى ابنه", id="a-given-name"),
        pytest.param("في مناطق بيروت والشمالية", id="a-side-adjective"),
    ],
)
def test_words_of_time_given_names_and_side_adjectives_are_never_bare_names(text):
    assert [m.entity_id for m in DAYS.find(text)] == [1]


CHANNEL, GEZIRA, KHARTOUM, SENNAR, LAMPEDUSA = range(301, 306)
OUTLET = Gazetteer(
    [
        (CHANNEL, "قناة الجزيرة", True, "ORG"),
        (CHANNEL, "الجزيرة", False, "ORG"),
        (GEZIRA, "ولاية الجزيرة", True, "LOC"),
        (KHARTOUM, "الخرطوم", True, "LOC"),
        (SENNAR, "سنار", True, "LOC"),
        (LAMPEDUSA, "لامبيدوزا", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param("نازح من الخرطوم والجزيرة مؤكداً أن", [KHARTOUM, GEZIRA], id="listed-after-a-place"),
        pytest.param("معظمهم من ولايتي الجزيرة وسنار", [GEZIRA, SENNAR], id="after-a-dual-area-noun"),
        pytest.param("ودعت السكان في ولايتي سنار والجزيرة إلى الابتعاد", [SENNAR, GEZIRA], id="before-ila"),
        pytest.param("وقال مراسل الجزيرة في الخرطوم", [CHANNEL, KHARTOUM], id="the-channel-cued"),
        pytest.param("وصل المهاجرون إلى لامبيدوزا ونشرت قطع بحرية جنوب الجزيرة", [LAMPEDUSA], id="south-of-the-island"),
        pytest.param("ويعيش المزارعون في الجزيرة منذ قرون", [], id="uncued-alone"),
    ],
)
def test_an_outlets_bare_name_uncued_is_the_place_of_that_name_in_a_place_context(text, entities):
    assert [m.entity_id for m in OUTLET.find(text)] == entities


MASHHAD, TYRE, KHIAM = range(401, 404)
WEAK = Gazetteer(
    [
        (MASHHAD, "مدينة مشهد", True, "LOC"),
        (MASHHAD, "مشهد", False, "LOC"),
        (TYRE, "قضاء صور", True, "LOC"),
        (TYRE, "صور", False, "LOC"),
        (KHIAM, "بلدة الخيام", True, "LOC"),
        (KHIAM, "الخيام", False, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param("السفارة في طهران والقنصلية في مشهد.", [MASHHAD], id="in-at-a-sentence-end"),
        pytest.param("وبحسب تجار في مشهد، تبقى الإمارات", [MASHHAD], id="in-before-a-comma"),
        pytest.param('أهون من الإيجار في صور".', [TYRE], id="in-before-a-closing-quote"),
        pytest.param("وجاء ذلك في مشهد مؤثر", [], id="in-a-moving-scene"),
        pytest.param("ونشرت الوزارة ذلك في صور التقطتها", [], id="in-pictures-it-took"),
        pytest.param("ونشرت الوزارة ذلك بصور.", [], id="with-pictures"),
        pytest.param("ويعيش النازحون في الخيام.", [], id="in-the-tents"),
        pytest.param("وتحولت الشوارع إلى صور.", [], id="into-pictures"),
    ],
)
def test_a_weak_homograph_after_in_at_a_phrase_end_is_the_place(text, entities):
    assert [m.entity_id for m in WEAK.find(text)] == entities


SAUDI, JORDAN, UAE, CAIRO, WEST_BANK, NILE = range(501, 507)
ADJECTIVES = Gazetteer(
    [
        (SAUDI, "السعودية", True, "LOC"),
        (JORDAN, "الأردن", True, "LOC"),
        (UAE, "الإمارات العربية المتحدة", True, "LOC"),
        (CAIRO, "القاهرة", True, "LOC"),
        (WEST_BANK, "الضفة الغربية", True, "LOC"),
        (NILE, "النيل", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param('بشراكة مع شركة "أكوا باور" السعودية.', [], id="after-a-quoted-name"),
        pytest.param("نسقت الوزارة مع السلطات الأردنية والسعودية لتسهيل", [], id="joined-to-a-nationality"),
        pytest.param("بين الإمارات العربية المتحدة والسعودية", [UAE, SAUDI], id="joined-to-a-state"),
        pytest.param('وقال "إن السعودية ستشارك"', [SAUDI], id="inside-quotes"),
        pytest.param('أعلنت المؤسسة حالة "القوة القاهرة" على الصادرات', [], id="force-majeure"),
        pytest.param("بسبب ظروف قاهرة", [], id="compelling-circumstances"),
        pytest.param("وصل الوفد إلى القاهرة أمس", [CAIRO], id="cairo"),
        pytest.param("وفي قرية على الضفة الغربية للنيل، يقول", [NILE], id="the-nile-s-west-bank"),
        pytest.param("عززت الوحدات مواقعها على الضفة الغربية للنهر،", [], id="the-river-s-west-bank"),
        pytest.param("اقتحمت القوات مدنا في الضفة الغربية لليوم الثالث", [WEST_BANK], id="the-west-bank"),
        pytest.param("الضفة الغربية لنهر الأردن", [WEST_BANK, JORDAN], id="west-of-the-jordan-river"),
    ],
)
def test_a_place_name_used_as_an_adjective_or_a_common_noun_names_no_place(text, entities):
    assert [m.entity_id for m in ADJECTIVES.find(text)] == entities


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وشارك الأطفال في مخيم صيفي نظمته البلدية", id="summer-camp"),
        pytest.param("ووضع في سجن انفرادي لمدة شهر", id="solitary-confinement"),
        pytest.param("وأقيم مخيم عشوائي قرب الطريق", id="makeshift-camp"),
        pytest.param("ونقل إلى سجن مركزي", id="central-prison"),
        pytest.param("وافتتح ملعب شعبي في الحي", id="a-public-pitch"),
        pytest.param("وتجري المباراة على ملعب مغلق", id="a-closed-pitch"),
    ],
)
def test_a_facility_noun_before_an_indefinite_adjective_of_its_kind_names_no_place(text):
    assert extract(text, Gazetteer([])) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وصل النازحون إلى معبر أدري", "معبر أدري", id="a-crossing-named-in-i"),
        pytest.param("في مخيم ميتشي للاجئين", "مخيم ميتشي", id="a-camp-named-in-i"),
    ],
)
def test_a_facility_named_by_a_word_in_i_is_still_a_place(text, name):
    assert [found.name for found in extract(text, Gazetteer([]))] == [name]


SITRA, AKER, MUHARRAQ = range(601, 604)
AREAS = Gazetteer(
    [
        (SITRA, "جزيرة سترة", True, "LOC"),
        (SITRA, "سترة", False, "LOC"),
        (AKER, "قرية العكر", True, "LOC"),
        (MUHARRAQ, "المحرق", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        pytest.param("بما يخدم مناطق سترة والعكر", [SITRA, AKER], id="after-areas"),
        pytest.param("في منطقتي سترة والمحرق", [SITRA, MUHARRAQ], id="after-two-areas"),
        pytest.param("ستر الله المناطق سترة جميلة", [], id="definite-areas-describe"),
    ],
)
def test_the_plural_and_dual_of_area_name_the_places_after_them(text, entities):
    assert [m.entity_id for m in AREAS.find(text)] == entities
