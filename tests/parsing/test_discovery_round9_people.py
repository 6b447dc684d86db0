"""People of round 9: Gulf protocol news. A name after an honorific (`سعادة`, `معالي`), a lineage of
two `بن` and its family, a Kuwaiti name of forefathers in ال, and a family name before an office;
the words that end a name (ب and a verbal noun, "some", a blessing)."""

import pytest

from articles.parsing.discovery.people import longer_name
from articles.parsing.words import tokenize
from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأدى اليمين سعادة سعيد راشد الهاجري سفيراً للدولة", "سعيد راشد الهاجري", id="excellency"),
        pytest.param("، وسعادة مريم خليفة الكعبي سفيرة لدى إيران", "مريم خليفة الكعبي", id="and-excellency"),
        pytest.param(
            "وحضر الجلسة سعادة السيد غانم بن فضل البوعينين وزير شؤون المجلس", "غانم بن فضل البوعينين", id="mister"
        ),
        pytest.param("بحضور معالي خليفة شاهين المرر وزير دولة", "خليفة شاهين المرر", id="maali"),
    ],
)
def test_an_honorific_introduces_the_name_after_it(text, name):
    assert people(text) == [name]


def test_an_honorific_is_no_word_of_the_name_a_role_sets_off():
    text = "رئيس ديوان الرئاسة، ومعالي محمد بن عبدالله القرقاوي وزير شؤون مجلس الوزراء"
    assert people(text) == ["محمد بن عبدالله القرقاوي"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وعبر عن سعادة الناس بالقرار الجديد", id="happiness"),
        pytest.param("وشعر الأهالي بسعادة كبيرة بعد الافتتاح", id="with-happiness"),
        pytest.param("وتحدث عن سمو الأخلاق في العمل", id="loftiness"),
    ],
)
def test_an_honorific_without_a_given_name_names_no_one(text):
    assert people(text) == []


def test_an_honorific_that_is_a_family_name_stays_in_the_name():
    assert people("ودعا الزعيم أنطون سعادة إلى الوحدة") == ["أنطون سعادة"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وسعادة الشيخ خالد بن أحمد بن سلمان آل خليفة وزير الديوان الملكي.",
            "خالد بن أحمد بن سلمان آل خليفة",
            id="two-sons-and-family",
        ),
        pytest.param(
            "إيضاحات من الشيخ عبدالله بن حمد بن عبدالله العطية وزير البلدية، الذي أكد",
            "عبدالله بن حمد بن عبدالله العطية",
            id="two-sons-and-family-name",
        ),
        pytest.param(
            "وضم الوفد الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني، ووزير الدولة",
            "محمد بن عبد الرحمن بن جاسم آل ثاني",
            id="seven-words",
        ),
    ],
)
def test_a_gulf_lineage_is_read_to_its_family(text, name):
    assert people(text) == [name]


def test_a_lineage_the_gazetteer_knows_part_of_goes_on_to_its_family():
    tokens = tokenize("الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني، ووزير")
    assert longer_name(tokens, 1, 4, {k: "PERSON" for k in range(1, 5)}) == (1, 8)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "ووزير الديوان الأميري الشيخ محمد عبدالله المبارك الصباح، ورئيس المراسم",
            "محمد عبدالله المبارك الصباح",
            id="grandfather",
        ),
        pytest.param("ورئيس المراسم الشيخ خالد العبدالله الصباح.", "خالد العبدالله الصباح", id="father"),
        pytest.param("ضم الشيخ طلال فهد الأحمد الصباح، وبحث معه", "طلال فهد الأحمد الصباح", id="after-a-given-name"),
    ],
)
def test_a_kuwaiti_name_is_read_through_its_forefathers(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "مرسوم بتعيين الشيخ نواف سعود ناصر الصباح رئيساً تنفيذياً للمؤسسة",
            "نواف سعود ناصر الصباح",
            id="office-with-tanween",
        ),
        pytest.param("ومعالي الشيخ سالم بن ناصر المرر وزير دولة", "سالم بن ناصر المرر", id="indefinite-title"),
    ],
)
def test_a_family_name_before_an_office_ends_the_name(text, name):
    assert people(text) == [name]


def test_a_definite_title_after_a_name_is_the_next_persons():
    assert people("واستقبل الوزير محمد علي السفير الأمريكي") == ["محمد علي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("رحّب النائب عن المدينة حبيب الله دهمرده بتعيين بيجار، وقال", "حبيب الله دهمرده", id="tafil"),
        pytest.param("طالب العضو صادق عيد آل رحمة بإشراك غرفة التجارة", "صادق عيد آل رحمة", id="ifal"),
        pytest.param("انتقد النائب حميد رسائي بعض التعيينات، معتبراً", "حميد رسائي", id="some"),
    ],
)
def test_what_a_person_did_after_the_name_is_no_part_of_it(text, name):
    assert people(text) == [name]


def test_a_hadhrami_family_name_in_ba_stays_in_the_name():
    assert people("وقال المهندس ماجد سالم باعباد إن المحطة") == ["ماجد سالم باعباد"]


def test_a_blessing_after_a_rulers_title_names_no_one():
    assert people("أمام حاكم دبي رعاه الله، وذلك بحضور الوزراء") == []


def test_a_given_name_in_al_before_a_preposition_is_the_family_name():
    text = "يقدمها المنتج الأردني رامي الحسن بالشراكة مع الهيئة الملكية"
    assert people(text) == ["رامي الحسن"]


def test_past_five_words_only_the_lineage_goes_on():
    text = "استقبل الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، في مكتبه"
    assert people(text) == ["سعود بن نايف بن عبدالعزيز"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أكد رئيس الحكومة وعد بإدراج مشروع قانون تصحيح الرواتب", id="promised-to-add"),
        pytest.param("كان يدير مكتباً للاستشارات الأكاديمية يحمل اسم الشركة في بلدية", id="present-verb"),
        pytest.param("جلالة الملك المعظم يتسلم أوراق اعتماد عدد من السفراء", id="derived-present-verb"),
    ],
)
def test_a_verb_after_a_role_opens_no_name(text):
    assert people(text) == []


def test_a_given_name_opening_on_ta_with_a_long_vowel_opens_a_name():
    assert people("وقال الوزير تميم القحطاني إن") == ["تميم القحطاني"]
