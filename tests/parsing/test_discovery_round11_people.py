"""People of round 11: where a found name ends before the words of the sentence that follow it."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "عزا المتحدث باسم الوزارة أحمد موسى التراجع إلى انخفاض الإمدادات", "أحمد موسى", id="tafaul-decline"
        ),
        pytest.param("وقال المدير سامي خليل الارتفاع إلى", "سامي خليل", id="iftial-rise"),
        pytest.param("وحمّل النائب رامي حداد الاستثمار في الطاقة", "رامي حداد", id="istifal-investment"),
    ],
)
def test_a_derived_verbal_noun_after_two_name_words_ends_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الباحث عبد التواب منصور إن", "عبد التواب منصور", id="after-servant-of"),
        pytest.param("وقال الوزير أحمد التوفيق إن", "أحمد التوفيق", id="second-word-taf3il"),
        pytest.param("وقال الأكاديمي محمد عمر التجاني إن", "محمد عمر التجاني", id="nisba-of-that-shape"),
    ],
)
def test_a_family_name_of_a_verbal_nouns_shape_stays(text, name):
    assert people(text) == [name]


def test_a_past_verb_in_alif_maqsura_after_a_foreign_name_ends_it():
    text = "إلا أن الحارس مارسيلو غراوهي تصدى لتسديدة رونالدو."
    assert people(text) == ["مارسيلو غراوهي"]


def test_a_family_name_of_three_words_goes_on_to_the_clause_end():
    assert people("وقال المدرب ماركوس باولو تيري إن") == ["ماركوس باولو تيري"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وافتتح المهاجم أيوب الزياني باب التسجيل للوداد في الدقيقة 23", "أيوب الزياني", id="then-noun"),
        pytest.param("ثم أضاف سالم الدوسري الهدف الثالث", "سالم الدوسري", id="then-the-goal"),
        pytest.param("عادل الرجاء عن طريق نوفل الزرهوني في الدقيقة 71", "نوفل الزرهوني", id="by-way-of"),
    ],
)
def test_a_scorers_family_name_in_al_i_ends_his_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وعندما يغلق الخصم المساحات يصبح الفريق بلا حلول".', id="rank-homograph-team"),
        pytest.param("وبقي العقيد بدون رواتب منذ أشهر.", id="without-after-a-rank"),
    ],
)
def test_without_opens_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "taken", "name"),
    [
        pytest.param(
            "وقالت لمياء الوزاني، الباحثة في المركز، إن", {2: "LOC"}, "لمياء الوزاني", id="family-named-after-a-town"
        ),
        pytest.param("وقال نقيب أصحاب المحطات، نهار السعيدات، إن", None, "نهار السعيدات", id="set-off-everyday-word"),
        pytest.param("وقال خير الدين دبية، أحد منسقي الحملة، إن", None, "خير الدين دبية", id="compound-with-al-din"),
        pytest.param("وقال الأب يوحنا جرجس إن", None, "يوحنا جرجس", id="christian"),
    ],
)
def test_given_names_the_lists_lacked_open_a_name(text, taken, name):
    assert people(text, taken=taken) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأكد البيان نظير الجهود المبذولة،", id="counterpart"),
        pytest.param("وأكد التقرير خير الأمثلة على ذلك،", id="good"),
        pytest.param("وأوضح الوزير وسيلة الدفع الجديدة،", id="means"),
    ],
)
def test_given_names_that_are_everyday_words_open_no_name_after_a_description(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وطالب النائب عن المحافظة أحمد الجربا الحكومة بتوفير فرص عمل", "أحمد الجربا", id="family-name-in-al"
        ),
        pytest.param("وناشد رئيس الجمعية الشيخ رائد دعنا السلطات السعودية زيادة الحصة", "رائد دعنا", id="two-words"),
    ],
)
def test_whom_a_person_calls_on_ends_his_name(text, name):
    assert people(text) == [name]


def test_the_government_after_a_role_is_no_name():
    assert people("وطالب رئيس الوزراء الحكومة بالتدخل") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وتحدث المطران نجيب ميخائيل موسى عن يوم تاريخي", "نجيب ميخائيل موسى", id="archbishop"),
        pytest.param("أما المستثمرة نوال القحطاني، التي شاركت في الاكتتاب", "نوال القحطاني", id="investor"),
        pytest.param(
            "وجائزة للمستعرب الإسباني لويس ميغيل كانييادا من جامعة غرناطة", "لويس ميغيل كانييادا", id="arabist"
        ),
        pytest.param("إلى المفكر اللبناني رضوان السيد، تقديرا", "رضوان السيد", id="thinker"),
    ],
)
def test_clergy_thinkers_and_investors_introduce_a_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقتل الجندي الإسرائيلي في المعارك.", id="soldier-and-nationality"),
        pytest.param("وأصيب الضابط المسؤول عن الحاجز بجروح.", id="officer-and-adjective"),
        pytest.param('إن "القوانين الجديدة تضمن للمستثمر تحويل أرباحه وحماية أمواله".', id="the-investor-in-general"),
    ],
)
def test_a_soldier_or_an_investor_without_a_name_is_no_person(text):
    assert people(text) == []


def test_a_question_asked_indirectly_after_a_role_and_its_body_is_no_name():
    # `الأحمال` has the shape of a verbal noun and ends a name; what comes before it is still no name.
    assert people("وسنستضيف مدير الشركة لنعرف أين تذهب الأحمال") == []
