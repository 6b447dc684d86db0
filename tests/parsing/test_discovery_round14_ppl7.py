"""People of round 14: what is never a person's name (a determiner, a feminine plural, a sentence's verb
and a site's noun set off as a person is), and where a European or American name ends (before a word of
three consonants, a verbal noun or a verb)."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.entities import Gazetteer, extract
from articles.parsing.given_names import GIVEN_NAMES, WESTERN_GIVEN_NAMES
from tests.parsing.discovered import organisations, people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ولم يصدر عن العداءة أي تعليق علني حتى الآن", id="any"),
        pytest.param("وقال الوزير جميع المشاريع متوقفة", id="all"),
        pytest.param("وأكد المدير معظم الموظفين عادوا", id="most"),
    ],
)
def test_a_determiner_or_a_quantifier_opens_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأظهرت بيانات عرضها المدير العام للشركة", id="data"),
        pytest.param(
            "وأوضح العالم أن الفريق استخدم تحليل الحمض النووي وتسجيلات نداءات التزاوج للتأكد", id="and-recordings"
        ),
    ],
)
def test_a_feminine_plural_opens_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال فرحات حشاد إن الاتحاد", "فرحات حشاد", id="given-name-in-at"),
        pytest.param(
            "وقال وزير العمل والضمان الاجتماعي ودات إيشيكهان في تصريحات صحفية إن", "ودات إيشيكهان", id="four-letters"
        ),
    ],
)
def test_a_given_name_in_at_still_opens_a_name(text, name):
    assert people(text) == [name]


def test_a_verb_and_a_site_before_one_of_are_no_person():
    assert people("أعاد متحف بيرغامون، أحد أشهر متاحف ألمانيا، فتح جناحه الشمالي أمام الزوار") == []


def test_a_name_opening_a_sentence_before_one_of_is_still_a_person():
    assert people("فاطمة الزهراني، إحدى سكان الحي، قالت إن المياه انقطعت") == ["فاطمة الزهراني"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأعلن وزير الهجرة يوهان فورشيل رفع منحة العودة", "يوهان فورشيل", id="raising"),
        pytest.param("وأكد الرئيس إيمانويل ماكرون دعم بلاده للخطة", "إيمانويل ماكرون", id="support"),
    ],
)
def test_a_western_name_ends_before_a_word_of_three_consonants(text, name):
    assert people(text) == [name]


def test_an_arab_name_goes_on_to_a_word_of_three_consonants():
    assert people("وقال النائب محمد بمب مكت إن الحكومة") == ["محمد بمب مكت"]


@pytest.mark.parametrize("word", ["يوهان", "لويس", "والتر", "تاتيانا"])
def test_a_european_given_name_is_a_western_one(word):
    assert normalize(word) in WESTERN_GIVEN_NAMES


@pytest.mark.parametrize("word", ["محمد", "كمال", "إبراهيم", "إدريس"])
def test_a_name_arabs_bear_is_no_western_one(word):
    assert normalize(word) in GIVEN_NAMES
    assert normalize(word) not in WESTERN_GIVEN_NAMES


# A gazetteer that knows a country, a town and a militia by one word each, as the real one does.
KNOWN = Gazetteer(
    [
        (1, "مونتينيغرو", True, "LOC"),
        (2, "عدن", True, "LOC"),
        (3, "فاغنر", True, "ORG"),
        (4, "غزة", True, "LOC"),
        (5, "يونيسف", True, "ORG"),
    ]
)


def _found(text):
    return sorted((f.name or f.surface_forms[0], f.kind) for f in extract(text, KNOWN))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأعلن رئيس الوزراء لويس مونتينيغرو حالة التأهب القصوى", "لويس مونتينيغرو", id="country"),
        pytest.param("وقال العقيد المتقاعد فارح عدن حرسي إن الحركة", "فارح عدن حرسي", id="town-inside"),
        pytest.param("وأوضحت يوليا فاغنر، أمينة قسم الآثار في المتحف، أن", "يوليا فاغنر", id="body"),
    ],
)
def test_a_known_one_word_place_or_body_after_a_given_name_is_a_family_name(text, name):
    assert _found(text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("ودعا إلى وقف الحرب على غزة فوراً", ("غزة", "LOC"), id="preposition-like-a-name"),
        pytest.param("وقال المتحدث باسم يونيسف إن الأطفال", ("يونيسف", "ORG"), id="in-the-name-of"),
        pytest.param("وقال الوزير عون مونتينيغرو إن", ("مونتينيغرو", "LOC"), id="everyday-given-name"),
    ],
)
def test_a_known_word_after_a_preposition_or_an_everyday_name_stays_known(text, known):
    assert known in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('وقال العقيد المتقاعد فارح عدن حرسي لموقع "الصومال الجديد" إن', "فارح عدن حرسي", id="site"),
        pytest.param('وقال المزارع سالم عبيد الحربي لصحيفة "الرياض" إن', "سالم عبيد الحربي", id="newspaper"),
    ],
)
def test_a_name_ends_before_the_outlet_its_bearer_spoke_to(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وشكرت المفوضة تاتيانا موسكالكوفا الجانب الإماراتي على جهوده", "تاتيانا موسكالكوفا", id="object"),
        pytest.param("وقال المدرب دانيال كيبروتو للصحفيين إن الفريق", "دانيال كيبروتو", id="to-the-journalists"),
    ],
)
def test_a_western_given_and_family_name_ends_before_a_definite_word(text, name):
    assert people(text) == [name]


def test_a_western_given_name_with_an_arabic_second_name_goes_on_to_the_family_name():
    assert people("وقالت الطالبة سارة فيصل العنزي إن") == ["سارة فيصل العنزي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وشكرت مفوضة حقوق الإنسان تاتيانا موسكالكوفا الجانب الإماراتي", "تاتيانا موسكالكوفا", id="commissioner"
        ),
        pytest.param("بعد قرار أصدرته القاضية نادين الخوري يلزم المصرف", "نادين الخوري", id="judge"),
    ],
)
def test_a_feminine_title_introduces_a_name(text, name):
    assert people(text) == [name]


def test_the_aid_is_no_feminine_title():
    assert people("وصلت المساعدة والدرك الملكي إلى القرية") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وجرى التوقيع في مضيف الشيخ عبد الرحمن الحاج العزاوي في ناحية", "عبد الرحمن الحاج العزاوي", id="hajj"
        ),
        pytest.param("وقال الشيخ عبد الله الأمين ولد بوبكر إن", "عبد الله الأمين ولد بوبكر", id="amin"),
    ],
)
def test_a_middle_name_in_al_follows_a_compound_given_name_of_servant_of(text, name):
    assert people(text) == [name]


def test_the_kurdish_hama_is_a_given_name_and_the_title_after_it_a_second_one():
    assert normalize("حمه") in GIVEN_NAMES
    assert people("وقالت عضو المجلس شيرين عمر حمه أمين إن المشاريع") == ["شيرين عمر حمه أمين"]


def test_a_breeder_in_construct_introduces_a_name():
    assert people('قال مربي الجاموس جبار عويد الفرطوسي لـ"المسلة" إنه فقد') == ["جبار عويد الفرطوسي"]


def test_an_association_of_breeders_keeps_them_in_its_name():
    assert organisations("وقال رئيس جمعية مربي الجاموس في الجبايش إن", known=("الجبايش",)) == [
        "جمعية مربي الجاموس في الجبايش"
    ]


def test_a_known_town_that_is_a_given_name_opens_a_government_heads_name():
    gazetteer = Gazetteer([(1, "أولف", True, "LOC"), (2, "السويد", True, "LOC")])
    found = sorted(
        (f.name or f.surface_forms[0], f.kind)
        for f in extract("تنتهجها حكومة أولف كريسترسون بدعم من السويد", gazetteer)
    )
    assert found == [("أولف كريسترسون", "PERSON"), ("السويد", "LOC")]


def test_a_known_town_that_is_a_given_name_stays_a_town_before_a_particle():
    gazetteer = Gazetteer([(1, "أولف", True, "LOC")])
    assert [(f.name or f.surface_forms[0], f.kind) for f in extract("وصل الوفد إلى أولف في الجنوب", gazetteer)] == [
        ("أولف", "LOC")
    ]


def test_a_government_names_its_head_by_a_given_name_and_a_family_name():
    assert people("في ظل سياسة تنتهجها حكومة أولف كريسترسون بدعم من الحزب") == ["أولف كريسترسون"]


def test_a_government_and_one_given_name_name_nobody():
    assert people("وكانت حكومة مصطفى أمام الضغوط") == []


def test_van_without_its_hamza_after_a_given_name_is_a_name_particle():
    assert people("وقال الرئيس النمساوي ألكسندر فان دير بيلين إن الحديقة") == ["ألكسندر فان دير بيلين"]


def test_fa_inna_after_a_word_is_no_particle():
    assert people("وإذا تأخر الدفع فإن الشركة ستلجأ إلى القضاء") == []


def test_a_known_surname_after_a_particle_is_read_into_the_longer_name():
    gazetteer = Gazetteer([(1, "جانيت يلين", True, "PERSON"), (1, "يلين", False, "PERSON")])
    text = "وهنأ الرئيس النمساوي ألكسندر فان دير بيلين العاملين في الحديقة"
    assert [(f.name, f.kind) for f in extract(text, gazetteer)] == [("ألكسندر فان دير بيلين", "PERSON")]


def test_a_known_surname_stays_known_elsewhere():
    gazetteer = Gazetteer([(1, "جانيت يلين", True, "PERSON"), (1, "يلين", False, "PERSON")])
    assert [f.entity_id for f in extract("وقالت يلين إن الاقتصاد قوي", gazetteer)] == [1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وحل ثانيا ومواطنه جوزيف نغيتيتش.", "جوزيف نغيتيتش", id="his-compatriot"),
        pytest.param("محطمة الرقم السابق لمواطنتها بريجيد كوسغي.", "بريجيد كوسغي", id="to-her-compatriot"),
    ],
)
def test_a_compatriot_with_a_pronoun_introduces_a_name_as_kin_do(text, name):
    assert people(text) == [name]


def test_a_feminine_kin_noun_behind_a_preposition_and_before_a_pronoun_is_still_kin():
    assert people("وقدم الشكر لزوجته سلمى الحسيني على") == ["سلمى الحسيني"]


def test_compatriots_in_the_plural_introduce_nobody():
    assert people("ويحرص المواطنون على حماية مواطنيهم من الأخطار") == []


def test_a_japanese_ministers_name_ends_before_whom_he_told():
    assert people("وقال وزير الزراعة شينجيرو كويزومي للصحفيين في طوكيو إن") == ["شينجيرو كويزومي"]


def test_wali_between_a_given_name_and_a_family_name_is_a_second_given_name():
    assert people("لزعيم الحركة نور ولي محسود، وهو ما لم تؤكده") == ["نور ولي محسود"]


def test_the_crown_princes_title_is_no_second_given_name():
    assert people("واستقبل الأمير محمد بن سلمان ولي العهد السعودي الوفد") == ["محمد بن سلمان"]
