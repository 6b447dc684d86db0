"""Organisations the discovery learnt in round 4: federations with what they do,
bodies named after a known place or person and what they do, embassies in a known city."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "لكن الكونفدرالية العامة لعمال موريتانيا حذّرت من إضراب",
            ("موريتانيا",),
            "الكونفدرالية العامة لعمال موريتانيا",
            id="confederation",
        ),
        pytest.param(
            "وقال رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع إن",
            (),
            "الجامعة الملكية المغربية لكرة القدم",
            id="federation (Maghreb)",
        ),
        pytest.param(
            "وقالت الجامعة العامة للتعليم الثانوي إن", (), "الجامعة العامة للتعليم الثانوي", id="Tunisian union"
        ),
    ],
)
def test_a_federation_with_what_it_does_is_a_body(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس الجامعة الدكتور بسام بدران إن", id="a university's head"),
        pytest.param("وتضررت الشبكة الكهربائية في المدينة", id="power grid"),
        pytest.param("وعادت الحركة التجارية كما كانت", id="movement"),
        pytest.param("وستكون الشبكة الجديدة للنقل جاهزة", id="new"),
        pytest.param("وقدمت الجامعة الأمريكية للطلاب منحاً", id="what a university gave"),
        pytest.param("وتصاعد القصف على الجبهة الجنوبية للبنان", id="front"),
        pytest.param("وتضررت الشبكة الكهربائية للمدينة", id="grid"),
    ],
)
def test_those_nouns_without_a_purpose_name_no_body(text):
    assert organisations(text) == []


def test_a_definite_body_for_the_people_of_a_known_place_is_named_with_it():
    text = "وقالت اللجنة العليا لإعمار غزة إن"
    assert organisations(text, ("غزة",)) == ["اللجنة العليا لإعمار غزة"]


def test_a_place_right_after_a_definite_body_is_whom_it_serves():
    assert organisations("وقدمت الهيئة الوطنية لغزة مساعدات", ("لغزة",)) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وأن فريقاً من وكالة الإمارات للفضاء سيتولى التحليل", ("الإمارات",), "وكالة الإمارات للفضاء", id="agency"
        ),
        pytest.param("وقالت هيئة دبي للطرق والمواصلات إن", ("دبي",), "هيئة دبي للطرق والمواصلات", id="authority"),
        pytest.param("وأعلنت مؤسسة قطر للتربية والعلوم أمس", ("قطر",), "مؤسسة قطر للتربية والعلوم", id="foundation"),
    ],
)
def test_a_body_named_after_a_known_place_and_what_it_does_is_one_organisation(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("فتح جبهة لبنان لإسناد غزة", ("لبنان", "غزة"), id="front"),
        pytest.param("ودعت لجنة مصر لتجاوز الأزمة", ("مصر",), id="committee"),
        pytest.param("وزار وفد شركة بغداد أمس", ("بغداد",), id="no purpose"),
    ],
)
def test_other_heads_before_a_known_place_and_a_purpose_name_no_body(text, known):
    assert organisations(text, known) == []


def test_an_institute_named_after_a_known_person_with_what_it_does_is_one_organisation():
    text = "دبي (وام) أعلن مركز محمد بن راشد للفضاء نجاح الإطلاق"
    assert organisations(text, people=("محمد", "بن", "راشد")) == ["مركز محمد بن راشد للفضاء"]


def test_an_institute_before_a_known_person_without_a_purpose_names_no_body():
    assert organisations("وقال مدير مركز محمد بن راشد إن", people=("محمد", "بن", "راشد")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وفي بلدية القليعة المجاورة، قال المواطن", None, id="neighbouring"),
        pytest.param("وقالت بلدية إسطنبول الكبرى إن", "بلدية إسطنبول الكبرى", id="greater"),
    ],
)
def test_a_town_hall_takes_an_adjective_of_its_name_not_a_description(text, name):
    assert organisations(text, ("القليعة", "إسطنبول")) == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "مضيفاً أن سفارة الفلبين في الرياض تكفلت بتذاكر",
            ("الفلبين", "الرياض"),
            "سفارة الفلبين في الرياض",
            id="embassy",
        ),
        pytest.param("وقالت قنصلية مصر في جدة إن", ("مصر", "جدة"), "قنصلية مصر في جدة", id="consulate"),
    ],
)
def test_an_embassy_of_a_known_country_in_a_known_city_is_a_body(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وتظاهروا أمام سفارة الفلبين أمس", ("الفلبين",), id="no city"),
        pytest.param("وقالت السفارة الأمريكية في بغداد إن", ("بغداد",), id="definite"),
        pytest.param("وافتتحت سفارة جديدة في الرياض", ("الرياض",), id="unnamed"),
    ],
)
def test_an_embassy_without_its_country_and_city_is_no_body(text, known):
    assert organisations(text, known) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'بممثلي شركة "بترودار للعمليات" وشركة "النيل الكبرى للبترول"، واتفق',
            "النيل الكبرى للبترول",
            id="second quoted company",
        ),
        pytest.param('من مكتب "أطلس للهندسة المعمارية"، أن التصميم', "أطلس للهندسة المعمارية", id="firm"),
        pytest.param('رئيس جمعية "بحارة الجنوب" المحلية، إن', "بحارة الجنوب", id="association"),
        pytest.param('قال مدير فندق "بوابة الأنباط" خالد', "بوابة الأنباط", id="hotel"),
        pytest.param('في مواجهة لائحة "بيروت مدينتي" ولوائح مستقلة', "بيروت مدينتي", id="electoral list"),
    ],
)
def test_a_name_in_quotes_after_a_firm_association_hotel_or_list_is_an_organisation(text, name):
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقال الحزب "تراجع كثيراً بعد سقوط النظام"', id="speech after a body"),
        pytest.param('وقال مدير الفندق: "لم تتجاوز النسبة 40"', id="speech"),
        pytest.param('ونشر مكتب "في غزة أيضاً" بياناً', id="phrase"),
    ],
)
def test_a_quoted_phrase_after_those_nouns_is_no_name(text):
    assert organisations(text) == []


def test_a_quote_after_a_definite_association_is_what_it_says():
    assert organisations('مؤكداً أن الجمعية "استنفدت كل وسائل الحوار".') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وهو ما يعزوه رئيس لجنة التربية والتعليم النيابية السابق", "لجنة التربية والتعليم النيابية"),
        ("وقالت لجنة الأمن والدفاع النيابية في بيان", "لجنة الأمن والدفاع النيابية"),
        ("وطالبت لجنة النزاهة البرلمانية بفتح تحقيق", "لجنة النزاهة البرلمانية"),
    ],
)
def test_a_committee_of_parliament_is_named_up_to_its_adjective(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "أن 11 مستشفى فقط من أصل 36 ما زالت تعمل",
        "وصار أمامنا خيار الموازي أو جامعة خاصة في عمان",
        "وقالت الكتل النيابية إن الجلسة تأجلت",
    ],
)
def test_a_counted_or_described_head_and_a_bare_adjective_of_parliament_name_no_body(text):
    assert organisations(text) == []
