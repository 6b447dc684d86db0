"""Round 13, organisations on unseen text: which bodies of state a story names bare are names, and the
general ways news introduces a body's name: in quotes after what it is, told to an outlet, a town's council."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أكد في خطاب أمام الجمعية الوطنية الشهر الماضي أن", "الجمعية الوطنية", id="national-assembly"),
        pytest.param("صادقت الجمعية الوطنية في موريتانيا، مساء الاثنين", "الجمعية الوطنية", id="before-its-country"),
        pytest.param("وأكد الوزير، أمام مجلس المستشارين، أن الحكومة", "مجلس المستشارين", id="upper-house"),
        pytest.param("وكان ديوان المحاسبة قد قدر في تقريره السنوي", "ديوان المحاسبة", id="audit-bureau"),
        pytest.param("وأحيلت إلى الجمعية الوطنية إلى جانب", "الجمعية الوطنية", id="before-a-preposition"),
        pytest.param("وقال إن الجمعية الوطنية لم تصادق بعد", "الجمعية الوطنية", id="before-a-particle"),
        pytest.param("وأخطرت الشرطة ديوان المحاسبة لتولي التدقيق", "ديوان المحاسبة", id="before-an-action"),
    ],
)
def test_a_parliament_or_audit_bureau_named_bare_is_read_as_written(text, name):
    assert [f.name for f in extract(text, Gazetteer([]))] == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وكشفت تحقيقات النيابة العامة أن المتهمين أداروا مجموعات", id="prosecution"),
        pytest.param("وأخطرت الشرطة للنيابة العامة لتولي التحقيق", id="prosecution-behind-a-clitic"),
        pytest.param("نشر 800 عنصر من الشرطة والحرس الوطني لتأمين العملية", id="national-guard"),
    ],
)
def test_a_bare_prosecution_or_national_guard_is_no_name(text):
    assert extract(text, Gazetteer([])) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس الجمعية الوطنية للمصدرين الجزائريين إن", id="an-association-with-its-purpose"),
        pytest.param("صادقت الجمعية الوطنية الموريتانية على القانون", id="its-country-s-adjective"),
        pytest.param("ورصدت الجمعية الوطنية لضحايا حوادث السير ارتفاعاً", id="whom-it-serves"),
    ],
)
def test_a_national_assembly_goes_on_into_a_longer_name(text):
    assert "الجمعية الوطنية" not in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('وقالت الطويل لـ"الحدث" بعد العرض: "ما كنت', "الحدث", id="a-time-after-it"),
        pytest.param('روى المواطن محند أمقران سعدي لـ"النهار" كيف قضى الليلة', "النهار", id="how-after-it"),
        pytest.param(
            'وقالت فاطمة، وهي أم لخمسة أطفال وصلت من حي الدرجة الأولى، لـ"دارفور24": "خرجنا بعد',
            "دارفور24",
            id="a-colon-after-it",
        ),
        pytest.param('وفي تعليق لـ"المسلة" قال الخبير', "المسلة", id="in-a-comment"),
    ],
)
def test_a_quoted_name_told_after_a_verb_of_telling_is_an_outlet(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('دعا الرئيس لـ"وقف الحرب" فوراً', id="a-verb-of-calling"),
        pytest.param('قال إن الحكومة تسعى لـ"تحقيق الاستقرار" في البلاد', id="reported-words-after-that"),
        pytest.param('تتهم أديس أبابا بالسعي لـ"احتلال عصب".. وتوتر', id="no-verb-of-telling"),
        pytest.param('قال الوزير. ويسعى الحزب لـ"تحقيق الاستقرار" في', id="another-sentence"),
    ],
)
def test_a_quote_after_li_is_no_outlet_without_telling_in_its_clause(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('تدعم حركة "إيرا" الحقوقية التي يتزعمها النائب', "إيرا", id="movement"),
        pytest.param('استجابة لدعوات أطلقتها حركة "جيل زد 212" عبر منصة', "جيل زد 212", id="movement-with-a-number"),
        pytest.param('وطالبت رابطة "أهالي ضحايا درنة"، في بيان، بنشر', "أهالي ضحايا درنة", id="league"),
        pytest.param('فيما قدمت تعاونية "تيفاوين" النسوية من إقليم', "تيفاوين", id="cooperative"),
        pytest.param('إن الدراسة، التي نشرتها دورية "نيتشر"، تشير', "نيتشر", id="journal"),
        pytest.param('وقّع اتفاقاً مع منظمة "بناء من أجل السلام"، وهي منظمة', "بناء من أجل السلام", id="a-preposition"),
        pytest.param('ووثقت منظمة "إس أو إس ميديتيرانيه" الإنسانية غرق قارب', "إس أو إس ميديتيرانيه", id="letters"),
        pytest.param('قادها صندوق "بي إي في" السعودي بمشاركة', "بي إي في", id="letters-of-a-fund"),
    ],
)
def test_a_quoted_name_after_the_noun_of_what_it_is_is_the_body(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'ودفعت الأزمة اتحاد التعاونيات الزراعية "جيه إيه زين نوه" إلى رفع', "جيه إيه زين نوه", id="two-words"
        ),
        pytest.param('فيما رحبت به جمعية المصدرين "سياررا" التي تضم', "سياررا", id="one-word"),
        pytest.param('لتقديم فواتير إلى شركة التأمين "إيه أو كا" وصناديق أخرى', "إيه أو كا", id="company"),
    ],
)
def test_a_quoted_name_after_a_head_and_its_description_is_the_body_alone(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('أعلنت هيئة الانتخابات "تأجيل الاقتراع" إلى موعد آخر', id="what-the-body-did"),
        pytest.param('وقالت وزارة الخارجية "ترفض التدخل" في شؤونها', id="a-ministry-s-words"),
        pytest.param('أطلقت الجمعية حملة "لا حج بلا تصريح" في', id="a-campaign-s-slogan"),
        pytest.param('وقال إن الحركة "استنفدت كل وسائل الحوار"', id="the-body-named-before"),
    ],
)
def test_a_quote_after_a_body_that_is_no_name_of_it(text):
    assert not {"تأجيل الاقتراع", "ترفض التدخل", "لا حج بلا تصريح", "استنفدت كل وسائل الحوار"} & set(
        organisations(text)
    )


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("وقال عضو المجلس البلدي أوباري، الطاهر", ("أوباري",), "المجلس البلدي أوباري", id="bare-town"),
        pytest.param("وقال رئيس المجلس البلدي زوارة، معاذ", ("زوارة",), "المجلس البلدي زوارة", id="bare-town-2"),
        pytest.param("وتركزت الأنظار على المجلس البلدي لبيروت، حيث", ("لبيروت",), "المجلس البلدي لبيروت", id="li"),
        pytest.param("وقال المجلس المحلي منبج إن", ("منبج",), "المجلس المحلي منبج", id="local-council"),
    ],
)
def test_a_council_of_a_kind_is_named_by_the_town_right_after_it(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وأضاف عضو المجلس البلدي في درنة عبد السلام", ("درنة",), id="where-it-sits"),
        pytest.param("وعقد المجلس البلدي جلسة طارئة مساء", (), id="the-story-s-council"),
        pytest.param("وانتخب المجلس البلدي صفاقس وسوسة", ("صفاقس", "وسوسة"), id="several-towns"),
    ],
)
def test_a_council_of_a_kind_without_its_town_right_after_is_no_name(text, known):
    assert organisations(text, known) == []
