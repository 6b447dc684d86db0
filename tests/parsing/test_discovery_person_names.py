"""Where a discovered person's name starts and ends: given names as the evidence."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المدير العام للشركة محمد الأمين ولد بوبكر إن", "محمد الأمين ولد بوبكر", id="al-amin-ould"),
        pytest.param("وقال عمر الأمين بابكر، وهو مستورد أدوية", "عمر الأمين بابكر", id="al-amin-and-a-word"),
        pytest.param("وقال العميد، الأستاذ محمد الحبيب الصكلي، إن", "محمد الحبيب الصكلي", id="al-habib-and-nisba"),
        pytest.param("ويرى الدكتور فرج المبروك الزوي، أستاذ القانون", "فرج المبروك الزوي", id="al-mabrouk"),
    ],
)
def test_a_definite_given_name_second_in_a_compound_is_inside_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الوزير محمد الأمين، إن", "محمد الأمين", id="ends-on-it"),
        pytest.param("وقال الوزير محمد الأمين العام للحزب إن", None, id="followed-by-a-definite-word"),
        pytest.param("وقال المهندس ماهر الحبيب الطاهر إن", None, id="first-word-no-given-name"),
    ],
)
def test_a_definite_given_name_that_no_name_word_follows_ends_or_breaks_the_name(text, name):
    assert people(text) == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وكان وزير الزراعة خالد الحنيفات قد أعلن عن برنامج", ["خالد الحنيفات"], id="given-name"),
        pytest.param("وكان وزير الزراعة تأجيل الانتخابات قد أعلن", [], id="verbal-noun"),
        pytest.param("وكان وزير الزراعة كريم الخطيب قد أعلن", [], id="everyday-given-name"),
    ],
)
def test_qad_ends_a_two_word_name_that_opens_on_a_given_name(text, names):
    assert people(text) == names


def test_a_professor_is_a_rank_before_a_name():
    assert people("رأى أستاذ الهندسة المدنية في الجامعة، البروفيسور أورهان تشليك، أن") == ["أورهان تشليك"]


def test_a_verb_of_talking_names_its_speaker_before_a_role():
    assert people("يتحدث محمد لمين ولد الشيخ، رئيس الجمعية، عن") == ["محمد لمين ولد الشيخ"]


def test_agriculture_is_no_title():
    text = "وطالب الاتحاد وزارة الفلاحة والموارد المائية التونسية بتعويض البحارة المتضررين وتشديد الرقابة على"
    assert people(text) == []


def test_a_farmer_is_still_a_title():
    assert people("وقال الفلاح عبد الستار المسعودي إن") == ["عبد الستار المسعودي"]


def test_the_minister_of_agriculture_still_introduces_his_name():
    assert people("وقال وزير الفلاحة عز الدين بن علي إن") == ["عز الدين بن علي"]
