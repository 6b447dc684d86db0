"""Places (round 14): a known place that is a word of another kind where it stands (a person's family name
after a given name, an accusative adjective, an adjective of a definite noun, a noun in construct in a list),
and where a facility's name ends (a power station's energy, a national park, the river in a valley)."""

import pytest

from articles.parsing.entities import Gazetteer, extract

ADEN, MONTENEGRO, RUSSIA, LIBYA, TARIA, RUTBA, EGYPT, ANNABA, LEBANON, WAZZANI, ZAPORIZHZHIA = range(301, 312)
GAZETTEER = Gazetteer(
    [
        (ADEN, "عدن", True, "LOC"),
        (MONTENEGRO, "الجبل الأسود", True, "LOC"),
        (MONTENEGRO, "مونتينيغرو", False, "LOC"),
        (RUSSIA, "روسيا", True, "LOC"),
        (LIBYA, "ليبيا", True, "LOC"),
        (TARIA, "طاريا", True, "LOC"),
        (RUTBA, "الرطبة", True, "LOC"),
        (RUTBA, "قضاء الرطبة", False, "LOC"),
        (EGYPT, "مصر", True, "LOC"),
        (ANNABA, "عنابة", True, "LOC"),
        (LEBANON, "لبنان", True, "LOC"),
        (WAZZANI, "الوزاني", True, "LOC"),
        (ZAPORIZHZHIA, "محطة زابوريجيا", True, "LOC"),
    ]
)


def places(text: str) -> list[int | str]:
    """The places found in `text`: a known one's id, a discovered one's name."""
    return [item.entity_id or item.name for item in extract(text, GAZETTEER) if item.kind == "LOC"]


def people(text: str) -> list[str]:
    return [item.name for item in extract(text, GAZETTEER) if item.kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأعلن رئيس الوزراء لويس مونتينيغرو حالة التأهب القصوى", id="portuguese-pm"),
        pytest.param("وقال العقيد المتقاعد فارح عدن حرسي إن الحرب طويلة", id="somali-colonel"),
        pytest.param("وقالت لمياء الوزاني، الباحثة في مركز السياسات", id="a-family-name-of-a-river"),
    ],
)
def test_a_place_right_after_a_given_name_is_the_persons_family_name(text):
    assert places(text) == []


def test_the_person_whose_family_name_is_a_place_is_read_whole():
    assert people("وأعلن رئيس الوزراء لويس مونتينيغرو حالة التأهب القصوى") == ["لويس مونتينيغرو"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("لا يعوض أي نقص في حصة مصر من مياه النيل", [EGYPT], id="an-everyday-given-name"),
        pytest.param("مطالبا بالضغط على لبنان للانسحاب", [LEBANON], id="the-preposition-ala"),
        pytest.param("من قسم الفيزياء بجامعة باجي مختار بعنابة", [ANNABA], id="a-place-behind-a-clitic"),
        pytest.param("وصل وزير الخارجية إلى عدن أمس", [ADEN], id="after-a-preposition"),
    ],
)
def test_a_place_after_a_name_that_is_a_word_or_behind_a_clitic_stays_a_place(text, found):
    assert places(text) == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وعقد المحافظ اجتماعاً طارئاً مع وجهاء المدينة", id="an-emergency-meeting"),
        pytest.param("حفتر يستقبل وفداً عسكرياً روسياً في الرجمة", id="a-russian-delegation"),
        pytest.param("رصدت الطائرة زورقاً ليبياً يطلق النار", id="a-libyan-boat"),
    ],
)
def test_a_word_with_the_accusative_tanween_is_no_place(text):
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("وصل الوفد إلى روسيا الأسبوع الماضي", [RUSSIA], id="russia"),
        pytest.param("وصلت القافلة إلى طاريا في البقاع", [TARIA], id="taria-unvowelled"),
    ],
)
def test_the_same_places_without_tanween_are_places(text, found):
    assert places(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("أعلن مركز إنعاش الأهوار والأراضي الرطبة العراقية", [], id="the-wetlands"),
        pytest.param("قال أحد أهالي قضاء الرطبة، إن الشاحنات تنتظر", [RUTBA], id="the-district"),
        pytest.param("وصلت القافلة إلى الرطبة أمس", [RUTBA], id="after-a-preposition"),
    ],
)
def test_rutba_after_a_definite_noun_is_the_adjective_wet(text, found):
    assert places(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("وأن الرماد غطى حقول الأرز وأسطح المنازل في القرى", [], id="rice-fields-and-roofs"),
        pytest.param("إضافة إلى مخيمي بلاطة وعسكر اللذين يعانيان", ["بلاطة", "وعسكر"], id="the-pairs-relative"),
        pytest.param("عبر معبري أرقين وقسطل البريين بعد", ["أرقين", "وقسطل"], id="a-dual-adjective"),
    ],
)
def test_a_listed_word_in_construct_with_a_definite_noun_is_no_facility_name(text, found):
    assert [item.name for item in extract(text, GAZETTEER) if item.kind == "LOC"] == [
        {"بلاطة": "مخيم بلاطة", "وعسكر": "مخيم عسكر", "أرقين": "معبر أرقين", "وقسطل": "معبر قسطل"}[name]
        for name in found
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "انقطاع الكهرباء عن محطة زابوريجيا للطاقة النووية، الأكبر في القارة",
            ["محطة زابوريجيا للطاقة النووية"],
            id="a-known-station",
        ),
        pytest.param(
            "افتتحت الحكومة محطة بنبان للطاقة الشمسية جنوبي البلاد",
            ["محطة بنبان للطاقة الشمسية"],
            id="an-unknown-station",
        ),
        pytest.param("قصفت المسيرات محطة زابوريجيا لتوليد الكهرباء", [ZAPORIZHZHIA], id="another-purpose"),
        pytest.param("أنشأت الشركة محطة تحلية للطاقة الشمسية", [], id="a-kind-of-station"),
    ],
)
def test_a_power_station_is_named_with_the_energy_it_makes(text, found):
    assert places(text) == found


def test_a_national_park_keeps_its_adjective():
    assert places("اكتشف الباحثون نوعا جديدا في حديقة رانومافانا الوطنية") == ["حديقة رانومافانا الوطنية"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("اندفعت الحرائق عبر وادي نهر طومسون خلال الليل.", ["نهر طومسون"], id="a-rivers-valley"),
        pytest.param("ارتفع منسوب المياه في حوض نهر تانا حتى", ["نهر تانا"], id="a-rivers-basin"),
        pytest.param("تراجع المخزون في بحيرة سد كاراكايا أدنى مستوى", ["سد كاراكايا"], id="a-dams-lake"),
        pytest.param("امتلأ سد وادي ضيقة بعد الأمطار", ["سد وادي ضيقة"], id="a-dam-named-after-its-wadi"),
    ],
)
def test_a_valley_basin_or_lake_is_named_by_the_river_or_dam_in_it(text, found):
    assert places(text) == found


COASTS = Gazetteer(
    [
        (1, "الساحل الغربي اليمني", True, "LOC"),
        (1, "الساحل الغربي", False, "LOC"),
        (2, "الساحل الشمالي", True, "LOC"),
        (3, "تركيا", True, "LOC"),
        (4, "الحديدة", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("نقلت البوابة من الساحل الغربي لتركيا.", [3], id="the-coast-of-a-country"),
        pytest.param("ناقلة قادمة من الساحل الغربي للمملكة، وأن", [], id="the-coast-of-the-kingdom"),
        pytest.param("خفض التصعيد في الحديدة والساحل الغربي، والإفراج", [4, 1], id="yemens-west-coast"),
        pytest.param("مشروع رأس الحكمة على الساحل الشمالي، الذي", [2], id="egypts-north-coast"),
    ],
)
def test_a_coast_of_the_place_after_it_is_no_region_of_that_name(text, found):
    assert [item.entity_id for item in extract(text, COASTS)] == found
