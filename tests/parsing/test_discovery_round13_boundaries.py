"""Round 13, where a name ends: two known names side by side stay two when the second opens on a
preposition; a person's name ends before a word with a pronoun or a verbal noun, and after the title
`المختار` or a country, not with them; a body's name ends before a title and a given name or "the two
parties", and goes on to a Jordanian district's name; a power station keeps what it burns, an airport
of two foreign words its kind, and a hospital named by its town the nation that built it."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from tests.parsing.discovered import organisations, people, written_places

PLACES = Gazetteer(
    [
        (1, "القرن الأفريقي", True, "LOC"),
        (2, "الخرطوم", True, "LOC"),
        (3, "الخليج", True, "LOC"),
        (4, "الصين", True, "LOC"),
        (5, "تونس", True, "LOC"),
    ]
)


def _names(text, gazetteer=PLACES):
    return sorted((f.name or f.surface_forms[0], f.kind) for f in extract(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        pytest.param(
            "ويرى الباحث في مركز دراسات القرن الأفريقي بالخرطوم أن الحرب",
            "مركز دراسات القرن الأفريقي",
            "بالخرطوم",
            id="preposition-and-article",
        ),
        pytest.param(
            "ويرى الباحث في مركز دراسات القرن الأفريقي بتونس أن الحرب",
            "مركز دراسات القرن الأفريقي",
            "بتونس",
            id="preposition-before-a-one-word-place",
        ),
    ],
)
def test_a_known_place_after_a_preposition_is_no_part_of_the_body_named_by_the_place_before(text, body, place):
    assert _names(text) == sorted([(body, "ORG"), (place, "LOC")])


def test_two_known_places_joined_by_and_still_name_one_body():
    text = "وقال الباحث في مركز الخليج والصين للأبحاث إن"
    assert ("مركز الخليج والصين للأبحاث", "ORG") in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ونقلت الوكالة عن رئيسة المنظمة شينا أنصاري قولها إن الجفاف", "شينا أنصاري", id="her-saying"),
        pytest.param("ونقلت الوكالة عن المتحدث العسكري يحيى سريع قوله إن", "يحيى سريع", id="his-saying"),
        pytest.param("وقال سائق الأجرة بوبكر كوليبالي لمراسلنا إنه ينتظر", "بوبكر كوليبالي", id="to-our-correspondent"),
        pytest.param("وأكد المدير العام سامي حداد رأيهما في المسألة", "سامي حداد", id="their-two-view"),
    ],
)
def test_a_word_with_her_or_our_pronoun_ends_a_person_s_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت الطالبة مها خالد إن", "مها خالد", id="given-name-in-ha"),
        pytest.param("وقالت المعلمة لانا عيسى إن", "لانا عيسى", id="given-name-in-na"),
    ],
)
def test_a_given_name_that_ends_like_a_pronoun_is_still_a_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وأعلن مدير المستشفى الدكتور وسيم عكاري تركيب محطة شمسية بقدرة 600 كيلوواط", "وسيم عكاري", id="taf3il"
        ),
        pytest.param("وأعلن وزير الدفاع علي حسن انسحاب القوات من المدينة", "علي حسن", id="infi3al"),
        pytest.param("وأكد الوزير سامر حداد استخدام الأموال في المشاريع", "سامر حداد", id="istif3al"),
    ],
)
def test_a_verbal_noun_without_the_article_after_a_name_is_the_verb_s_object(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الوزير توفيق علي توفيق إن", "توفيق علي توفيق", id="given-name-of-the-shape"),
        pytest.param("وقال اللاعب محمد تشليك إن", "محمد تشليك", id="second-word"),
    ],
)
def test_a_name_word_of_a_verbal_noun_s_shape_stays_in_the_name(text, name):
    assert people(text) == [name]


def test_the_mukhtar_before_a_given_name_is_his_title():
    assert people("ويقول المختار علي سرور إن مهندسي المجلس أنهوا مسح الأضرار") == ["علي سرور"]


def test_al_mukhtar_before_walad_is_a_mauritanian_given_name():
    assert people("وقال الوزير الأول المختار ولد اجاي إن") == ["المختار ولد اجاي"]


def test_a_strong_homograph_country_after_its_president_is_no_part_of_his_name():
    benin = Gazetteer([(1, "بنين", True, "LOC"), (2, "نيامي", True, "LOC")])
    assert _names("وكان رئيس بنين باتريس تالون قد اتهم نيامي", benin) == [
        ("باتريس تالون", "PERSON"),
        ("بنين", "LOC"),
        ("نيامي", "LOC"),
    ]


def test_a_strong_homograph_after_another_noun_stays_a_word():
    benin = Gazetteer([(1, "بنين", True, "LOC"), (2, "نيامي", True, "LOC")])
    assert _names("وافتتحت مدرسة بنين جديدة في نيامي", benin) == [("نيامي", "LOC")]


def test_a_title_before_a_given_name_ends_a_purpose_that_ended_on_a_known_place():
    text = "وقال مدير الشركة العامة لكهرباء حلب المهندس محمود الشيخ إن"
    assert organisations(text, known=("حلب",)) == ["الشركة العامة لكهرباء حلب"]


def test_a_trade_in_a_purpose_is_still_the_purpose_s():
    text = "وتؤكد الباحثة في المعهد الوطني لعلوم وتكنولوجيا البحار، أن القياسات"
    assert organisations(text) == ["المعهد الوطني لعلوم وتكنولوجيا البحار"]


@pytest.mark.parametrize("both", ["الطرفين", "الجانبين", "البلدين"])
def test_the_two_parties_after_a_body_are_whom_it_calls_on(both):
    text = f"فيما دعت الهيئة المستقلة لحقوق الإنسان {both} إلى حوار عاجل"
    assert organisations(text) == ["الهيئة المستقلة لحقوق الإنسان"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "إذ تشير أرقام مديرية التربية والتعليم للواء ماركا إلى أن",
            "مديرية التربية والتعليم للواء ماركا",
            id="district-name",
        ),
        pytest.param(
            "وقال مدير الإدارة العامة للواء الرمثا إن", "الإدارة العامة للواء الرمثا", id="district-with-article"
        ),
    ],
)
def test_a_body_of_a_jordanian_district_ends_with_the_district_s_name(text, name):
    assert organisations(text) == [name]


def test_a_brigade_s_number_is_no_district_name():
    assert organisations("وقوات تابعة للواء 444 قتال") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("مع عودة محطة حلب الحرارية إلى العمل", "محطة حلب الحرارية", id="known-place"),
        pytest.param("وتوقفت محطة قري الحرارية عن العمل", "محطة قري الحرارية", id="word-of-its-own"),
        pytest.param("في محطة الرميلة الغازية قرب المدينة", "محطة الرميلة الغازية", id="gas"),
    ],
)
def test_a_power_station_is_named_with_what_it_burns(text, name):
    assert written_places(text, known=("حلب", "الرميلة")) == [name]


def test_a_foreign_airport_s_two_words_end_at_its_kind():
    assert written_places("فيما أغلق مطار سالغادو فيلهو الدولي حتى إشعار آخر") == ["مطار سالغادو فيلهو الدولي"]


def test_an_airport_s_second_word_without_its_kind_after_it_is_no_part_of_its_name():
    assert written_places("وهبطت الطائرة في مطار تشكالوفسكي قرب العاصمة الروسية") == ["مطار تشكالوفسكي"]


def test_a_hospital_named_by_its_town_keeps_the_nation_that_built_it():
    assert organisations("وقال مدير مستشفى الفاشر السعودي، الطبيب عمر سليمان", known=("الفاشر",)) == [
        "مستشفى الفاشر السعودي"
    ]


def test_a_feminine_adjective_after_a_hospital_s_town_describes_the_town():
    assert organisations("ونقل إلى مستشفى طرابلس اللبنانية", known=("طرابلس",)) == ["مستشفى طرابلس"]


def test_an_egyptian_village_s_compass_word_at_the_clause_s_end_is_its_name_s():
    text = "إرسال قوافل طبية إلى قريتي الرديسية والكلح شرق، ورفع درجة الاستعداد"
    assert written_places(text) == ["الرديسية", "الكلح شرق"]


def test_a_compass_word_before_a_place_says_where_the_village_lies():
    assert written_places("في قرية الكلح شرق المدينة، قال") == ["الكلح"]


UN = Gazetteer([(1, "الأمم المتحدة", True, "ORG"), (2, "ليبيا", True, "LOC"), (3, "لبنان", True, "LOC")])


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        pytest.param(
            "مشيراً إلى تقارير بعثة الأمم المتحدة المستقلة لتقصي الحقائق في ليبيا.",
            "بعثة الأمم المتحدة المستقلة لتقصي الحقائق في ليبيا",
            id="independent-fact-finding",
        ),
        pytest.param(
            "وقالت بعثة الأمم المتحدة المؤقتة في لبنان إن", "بعثة الأمم المتحدة المؤقتة في لبنان", id="interim"
        ),
    ],
)
def test_an_agency_s_mandate_between_the_known_body_and_its_purpose_is_its_name_s(text, agency):
    assert (agency, "ORG") in _names(text, UN)
    assert ("الأمم المتحدة", "ORG") not in _names(text, UN)


def test_an_adjective_of_no_mandate_after_the_known_body_names_no_agency():
    assert ("الأمم المتحدة", "ORG") in _names("وقالت بعثة الأمم المتحدة الجديدة إن", UN)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ونقلت الصحيفة عن الوزير سليم خوري تأكيده أن الحكومة", "سليم خوري", id="with-his"),
        pytest.param("وترأس رئيس الوزراء جعفر حسان اجتماعا لمجلس الوزراء", "جعفر حسان", id="accusative"),
        pytest.param("وترأس رئيس الوزراء جعفر حسان اجتماعاً لمجلس الوزراء", "جعفر حسان", id="accusative-marked"),
    ],
)
def test_a_verbal_noun_in_the_accusative_or_with_a_pronoun_ends_the_name_too(text, name):
    assert people(text) == [name]


def test_a_given_name_that_ends_in_alif_is_no_accusative():
    assert people("وقالت المدربة إيفانا سميث إن") == ["إيفانا سميث"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وكشف مدير الدفاع المدني محمود عابد تفاصيل الحادث", "محمود عابد", id="details"),
        pytest.param("وعرض الوزير سامي حداد مشاريع الوزارة الجديدة", "سامي حداد", id="projects"),
    ],
)
def test_a_broken_plural_in_construct_after_a_name_is_the_verb_s_object(text, name):
    assert people(text) == [name]


def test_a_family_name_of_a_plural_s_shape_stays_in_the_name():
    assert people("وقال المهندس محمد علي حدادين إن") == ["محمد علي حدادين"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وتقول الموظفة سهى عبد الرحمن بصوت منخفض إن", "سهى عبد الرحمن", id="participle"),
        pytest.param("وقال الوزير سامي حداد بشكل واضح إن", "سامي حداد", id="faa3il"),
    ],
)
def test_a_preposition_s_noun_and_its_masculine_adjective_end_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المهندس محمد علي بركات حسن إن", "محمد علي بركات حسن", id="given-name-after"),
        pytest.param("وقال المهندس علي حسن بشير محمود إن", "علي حسن بشير محمود", id="given-name-in-ba"),
    ],
)
def test_a_name_word_in_ba_before_a_given_name_stays_in_the_name(text, name):
    assert people(text) == [name]


def test_an_everyday_given_name_and_a_forefather_s_name_in_al_are_a_name_before_the_verb_s_object():
    assert people("وقدم الوزير حسن الأحمد شرحا مفصلا عن المشروع") == ["حسن الأحمد"]


def test_an_everyday_given_name_before_an_ordinary_definite_noun_is_no_name():
    assert people("وقال الوزير إن جمال الطبيعة يجذب السياح") == []


@pytest.mark.parametrize("addressee", ["السلطات", "الحكومة", "الجهات"])
def test_whom_a_body_calls_on_after_its_purpose_is_no_part_of_its_name(addressee):
    text = f"ودعت الجمعية الوطنية لحقوق الإنسان {addressee} إلى الإفراج عن المعتقلين"
    assert organisations(text) == ["الجمعية الوطنية لحقوق الإنسان"]


def test_an_addressee_word_that_completes_a_purpose_stays_in_it():
    assert organisations("وقال المركز الأردني لدعم المجتمع المدني إن") == ["المركز الأردني لدعم المجتمع المدني"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المحلل سامي نادر لوسائل الإعلام إن", "سامي نادر", id="to-the-media"),
        pytest.param("وأكد الخبير كريم بيطار لموقع الحرة أن", "كريم بيطار", id="to-a-site"),
    ],
)
def test_whom_a_speaker_told_ends_the_speaker_s_name(text, name):
    assert people(text) == [name]


def test_words_that_open_on_no_given_name_before_la_and_a_noun_in_construct_are_no_name():
    text = "تعهدت بتوظيف 600 شاب من المنطقة في الشركات العاملة بالحقل وصرف مستحقات متأخرة لحرس المنشآت النفطية."
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ويقول الطالب عمر خالد متحسرا إن", "عمر خالد", id="mutafa33il"),
        pytest.param("ويؤكد المزارع سالم العبدالله مبتسما أن", "سالم العبدالله", id="mufta3il"),
        pytest.param("وأضاف التاجر حسن رضا مؤكدا أن", "حسن رضا", id="mufa33il"),
        pytest.param("ويقول الشاب محمد علي ضاحكا إن", "محمد علي", id="faa3il"),
    ],
)
def test_a_participle_in_the_accusative_says_how_and_ends_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المبعوث ستافان دي ميستورا إن", "ستافان دي ميستورا", id="long-vowel-inside"),
        pytest.param("وقال زعيم المعارضة التشادية سيكسيه ماسرا إن", "سيكسيه ماسرا", id="second-word"),
    ],
)
def test_a_foreign_name_in_alif_stays_in_the_name(text, name):
    assert people(text) == [name]
