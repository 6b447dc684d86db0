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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param('بالتعاون مع شركات عالمية بينها "شل" و"بي بي"، مؤكداً', ["شل", "بي بي"], id="among-them"),
        pytest.param('أن منافسة التطبيقات الذكية مثل "كريم" و"أوبر" قلصت دخله', ["كريم", "أوبر"], id="such-as"),
        pytest.param(
            'ويملك حصصاً في شركات عالمية من بينها "أوبر" و"نينتندو"، وهي', ["أوبر", "نينتندو"], id="from-among"
        ),
        pytest.param('تحتضن أكثر من 1400 شركة، بينها مصانع "رونو" للسيارات في', ["رونو"], id="right-after-the-plural"),
    ],
)
def test_quoted_names_listed_after_firms_plural_are_firms(text, names):
    assert organisations(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('باقة من أشهر أغانيها، مثل "الحب اللي كان" و"أنا بعشقك"، إلى', id="songs"),
        pytest.param('للإنفاق على برامج الحماية الاجتماعية مثل "تكافل وكرامة".', id="programmes"),
        pytest.param('وقالت الشركات. ومثل "كريم" يعمل', id="another-sentence"),
    ],
)
def test_quoted_names_listed_after_other_plurals_are_no_firms(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("رئيس منظمة بلادي لحقوق الإنسان، إن", "منظمة بلادي لحقوق الإنسان", id="organisation"),
        pytest.param("وقالت جمعية نور للتنمية إن", "جمعية نور للتنمية", id="association"),
        pytest.param("وقالت رابطة أمل للأمهات إن", "رابطة أمل للأمهات", id="league"),
    ],
)
def test_an_association_named_by_a_word_of_its_own_and_its_purpose(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأسست جمعية خيرية لرعاية الأيتام", id="a-nisba-adjective"),
        pytest.param("وهي منظمة مستقلة لحقوق الإنسان", id="a-participle"),
        pytest.param("تأسست جمعية جديدة للدفاع عن المستهلك", id="new"),
        pytest.param("وشكلت جمعية محلية لتنظيف الشاطئ", id="local"),
        pytest.param("وأسست جمعية بتمويل لرعاية الأيتام", id="a-means"),
    ],
)
def test_an_association_described_by_an_adjective_before_its_purpose_is_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("بحسب أرقام اتحاد بلديات الفيحاء الذي يضم", (), "اتحاد بلديات الفيحاء", id="a-region-s-name"),
        pytest.param("وقال رئيس اتحاد بلديات الهرمل علي", ("الهرمل",), "اتحاد بلديات الهرمل", id="a-known-town"),
    ],
)
def test_a_union_of_municipalities_is_named_by_its_region(text, known, name):
    assert organisations(text, known)[0] == name


def test_a_union_of_the_municipalities_of_a_region_named_before_is_no_name():
    assert organisations("وطالب اتحاد بلديات المنطقة بالمساعدة") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('مضيفاً أن "مؤسسة جهاد البناء" دفعت بدلات', "مؤسسة جهاد البناء", id="a-noun-in-construct"),
        pytest.param('وقال إن "صندوق دعم الطالب" أقر المنح', "صندوق دعم الطالب", id="what-it-pays-for"),
    ],
)
def test_a_body_quoted_whole_may_name_what_it_does_in_construct(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('في طرابلس وعكار من "حملة تحريض" ضدهم', id="an-indefinite-noun"),
        pytest.param('تصنيف جماعة الحوثي "منظمة إرهابية أجنبية" من', id="adjectives"),
    ],
)
def test_a_quoted_head_and_words_that_describe_it_are_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وأكد مرصد العراق الأخضر، وهو منظمة بيئية محلية، أن", ("العراق",), "مرصد العراق الأخضر", id="observatory"
        ),
        pytest.param("وقالت جمعية الصيادين، وهي إحدى الجمعيات الأهلية، إن", (), "جمعية الصيادين", id="one-of-them"),
    ],
)
def test_a_head_and_its_words_set_off_before_it_is_a_body_are_a_name(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أعلنت وزارة الصحة، وهي الجهة المسؤولة عن", id="no-body-s-noun"),
        pytest.param("وقال مدير مركز، وهو منظمة", id="a-head-alone"),
        pytest.param("وزار مركز المدينة في الصباح، وهو مركز", id="a-preposition-between"),
    ],
)
def test_a_phrase_before_it_is_is_no_body_without_a_body_s_noun_or_a_name(text):
    assert organisations(text) == []
