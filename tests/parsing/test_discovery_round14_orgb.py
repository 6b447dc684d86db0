"""Round 14, where a body's name ends: a participle with its own preposition, a stance toward others, or
a definite word that cannot agree with the feminine adjective before it ends the name; a quoted body
keeps its article though its first word is a place's noun."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from tests.parsing.discovered import organisations

NOTHING = Gazetteer([(1, "تونس", True, "LOC")])


def _orgs(text, gazetteer=NOTHING):
    return sorted(f.name or f.surface_forms[0] for f in extract(text, gazetteer) if f.kind == "ORG")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "وقال رئيس مؤسسة التراث الثقافي البروسي المشرفة على متاحف العاصمة إن الافتتاح قريب",
            "مؤسسة التراث الثقافي البروسي",
            id="participle-and-على",
        ),
        pytest.param(
            "وقالت هيئة الطيران المدني الوطنية المسؤولة عن المطارات إن الرحلات عادت",
            "هيئة الطيران المدني الوطنية",
            id="participle-and-عن",
        ),
        pytest.param(
            "وقالت هيئة النقل البحري الوطنية المشرفة عليه إن العمل انتهى",
            "هيئة النقل البحري الوطنية",
            id="participle-and-a-preposition-with-its-pronoun",
        ),
        pytest.param(
            "وحضر وفد من حزب المساواة الشعبية والديمقراطية المؤيد للأكراد المؤتمر",
            "حزب المساواة الشعبية والديمقراطية",
            id="stance-toward-a-people",
        ),
    ],
)
def test_a_description_after_the_body_is_no_part_of_its_name(text, body):
    assert organisations(text) == [body]


def test_a_participle_without_its_own_preposition_stays_in_the_name():
    text = "وأعلنت المفوضية العليا المستقلة للانتخابات موعد الاقتراع"
    assert organisations(text) == ["المفوضية العليا المستقلة للانتخابات"]


def test_a_plural_of_people_before_a_preposition_stays_in_the_name():
    text = "وتشكو جمعية الصيادين المحترفين من دخول قوارب أجنبية"
    assert "المحترفين" in " ".join(organisations(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "حددت شركة الرواسي للخدمات اللوجستية المتكاملة النطاق السعري لطرح أسهمها",
            "شركة الرواسي للخدمات اللوجستية المتكاملة",
            id="object-after-a-purpose",
        ),
        pytest.param(
            "أعلنت الهيئة العامة للرقابة المالية الانتهاء من التحقيق",
            "الهيئة العامة للرقابة المالية",
            id="verbal-noun-after-a-nisba",
        ),
    ],
)
def test_a_masculine_noun_after_a_feminine_adjective_starts_a_new_phrase(text, body):
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "وتعمل الشركة الوطنية للخدمات البحرية الكويتي في الميناء",
            "الشركة الوطنية للخدمات البحرية الكويتي",
            id="a-masculine-nisba-may-describe-the-head",
        ),
        pytest.param(
            "وقالت الشركة الوطنية للصناعات البتروكيماوية المتحدة إن الإنتاج ارتفع",
            "الشركة الوطنية للصناعات البتروكيماوية المتحدة",
            id="a-second-feminine-adjective",
        ),
    ],
)
def test_words_that_can_agree_with_the_adjective_go_on(text, body):
    assert organisations(text) == [body]


def test_an_adjective_in_construct_with_a_plural_is_let_through():
    from articles.parsing.discovery.common import _new_phrase_after_adjective
    from articles.parsing.words import tokenize

    tokens = tokenize("البعثة المتكاملة المتعددة الأبعاد")
    assert not _new_phrase_after_adjective(tokens, 3)
    tokens = tokenize("للخدمات اللوجستية المتكاملة النطاق")
    assert _new_phrase_after_adjective(tokens, 3)


def test_a_noun_in_taa_marbuta_lets_a_masculine_adjective_follow():
    from articles.parsing.discovery.common import _new_phrase_after_adjective
    from articles.parsing.words import tokenize

    tokens = tokenize("مستشفى الثورة العام")
    assert not _new_phrase_after_adjective(tokens, 2)


def test_a_quoted_company_keeps_its_article_though_its_first_word_is_a_places_noun():
    text = 'وكانت شركة "الجزيرة الخضراء للنقل البري" قد أعلنت استعدادها لتسيير الشاحنات'
    assert _orgs(text) == ["الجزيرة الخضراء للنقل البري"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "أعلنت مجموعة زين بيع حصة من شركة الأبراج الخليجية للبنية التحتية إلى تحالف",
            "شركة الأبراج الخليجية للبنية التحتية",
            id="a-region",
        ),
        pytest.param(
            "وتشمل القائمة مصرف الهدى ومصرف الشرق الأوسط العراقي للاستثمار في بغداد",
            "مصرف الشرق الأوسط العراقي للاستثمار",
            id="a-country",
        ),
    ],
)
def test_a_company_named_with_its_nation_goes_on_with_its_trade(text, body):
    assert body in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "ضمن برنامج القروض الذي يقدمه بنك التنمية العماني للصيادين الحرفيين",
            "بنك التنمية العماني",
            id="people-it-serves",
        ),
        pytest.param(
            "وحققت شركة الأسمنت الأردنية للمرة الأولى منذ سنوات أرباحا",
            "شركة الأسمنت الأردنية",
            id="a-time",
        ),
    ],
)
def test_a_companys_nation_ends_its_name_before_whom_or_what_it_serves(text, body):
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "طالبت النقابة العامة للعاملين في المناجم والتعدين بحصة أكبر من الأرباح",
            "النقابة العامة للعاملين في المناجم والتعدين",
            id="في-and-two-fields",
        ),
        pytest.param(
            "وقعت النقابة العامة للعاملين بالبترول اتفاقا مع الوزارة",
            "النقابة العامة للعاملين بالبترول",
            id="ب-and-the-field",
        ),
    ],
)
def test_a_union_of_workers_is_named_by_the_field_they_work_in(text, body):
    assert organisations(text) == [body]


def test_workers_before_a_place_without_the_article_end_there():
    text = "وقالت النقابة العامة للعاملين في مصر إن الأجور تأخرت"
    assert organisations(text) == ["النقابة العامة للعاملين"]


def test_a_feminine_nisba_of_the_shape_of_a_verbal_noun_goes_on_in_a_purpose():
    text = "وتعمل الشركة الوطنية للبنية التحتية في المنطقة"
    assert organisations(text) == ["الشركة الوطنية للبنية التحتية"]


def test_a_verbal_noun_after_a_purpose_still_ends_it():
    text = "مدد المركز الوطني للأرصاد التنبيه الأحمر حتى المساء"
    assert organisations(text) == ["المركز الوطني للأرصاد"]


def test_saint_ends_no_name():
    text = "وقال الأستاذ في جامعة سان ماركوس الوطنية إن الفريق عثر على أوان"
    assert organisations(text) == ["جامعة سان ماركوس الوطنية"]


KNOWN_BODIES = Gazetteer(
    [
        (1, "جامعة طوكيو", True, "ORG"),
        (2, "إتش إس بي سي", True, "ORG"),
        (3, "حماس", True, "ORG"),
        (4, "السعودية", True, "LOC"),
        (5, "جامعة دمشق", True, "ORG"),
    ]
)


def test_a_known_university_goes_on_with_the_field_it_teaches():
    text = "وقال الأستاذ في جامعة طوكيو للزراعة هيروشي ماتسودا إن السياسة فشلت"
    assert "جامعة طوكيو للزراعة" in _orgs(text, KNOWN_BODIES)


def test_a_known_university_stops_before_whom_it_serves():
    text = "وقدمت جامعة دمشق للطلاب منحا جديدة"
    assert "جامعة دمشق" in _orgs(text, KNOWN_BODIES)


def test_a_quote_that_goes_on_after_a_known_body_with_its_country_names_its_arm():
    text = 'وعينت الشركة "إتش إس بي سي العربية السعودية" مستشارا ماليا'
    assert _orgs(text, KNOWN_BODIES) == ["إتش إس بي سي العربية السعودية"]


def test_a_quote_that_goes_on_after_a_known_body_with_a_verb_is_speech():
    text = 'ورفع المتظاهرون لافتة "حماس تنتصر" أمس'
    assert _orgs(text, KNOWN_BODIES) == ["حماس"]


def test_a_known_body_in_quotes_alone_stays_itself():
    text = 'وعينت الشركة "إتش إس بي سي" مستشارا ماليا'
    assert _orgs(text, KNOWN_BODIES) == ["إتش إس بي سي"]
