"""Organisations the discovery learnt in round 5: an institute's adjective before what it does,
an institute named after its founder, a foundation's name in quotes."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وترى الباحثة في مركز الجزيرة العربية لدراسات السياحة أن",
            "مركز الجزيرة العربية لدراسات السياحة",
            id="purpose in construct",
        ),
        pytest.param(
            'وترى الباحثة في "مركز الجزيرة العربية لدراسات السياحة" الدكتورة نورة',
            "مركز الجزيرة العربية لدراسات السياحة",
            id="in quotes",
        ),
    ],
)
def test_an_institutes_adjective_before_what_it_does_is_part_of_its_name(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("نقل إلى مركز الشرطة المحلي لتلقي العلاج", "مركز الشرطة المحلي", id="an action done there"),
        pytest.param("زار معهد التراث الشعبي لأول مرة", "معهد التراث الشعبي", id="no purpose"),
    ],
)
def test_an_institutes_adjective_before_an_action_or_a_particle_ends_its_name(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "إلى جانب سوق للمشاريع تدعمه مؤسسة عبد المحسن القطان.",
            "مؤسسة عبد المحسن القطان",
            id="definite family name",
        ),
        pytest.param("وقالت مؤسسة عبد الحميد شومان إن", "مؤسسة عبد الحميد شومان", id="family name alone"),
        pytest.param("قال مدير مؤسسة عبد الله للتنمية", "مؤسسة عبد الله للتنمية", id="and what it does"),
    ],
)
def test_an_institute_named_after_its_founder_is_a_body(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت إن مؤسسة عبد الله قدمت الدعم للأسر", id="a verb after the name"),
        pytest.param("مؤسسة عبد الله التابعة للحكومة", id="a description after the name"),
        pytest.param("في مركز عبد الله الذي افتتح", id="a relative after the name"),
    ],
)
def test_an_institute_before_a_name_that_goes_on_with_a_verb_or_description_names_no_founder(text):
    assert organisations(text) == []


def test_a_foundations_name_in_quotes_is_the_body():
    text = 'وقالت منسقة البرامج في مؤسسة "فيلم لاب فلسطين" المنظِّمة للمهرجان'
    assert organisations(text) == ["فيلم لاب فلسطين"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وأكد أن المؤسسة "لن تتراجع" عن قرارها', id="the foundation speaks"),
        pytest.param('ووصف المسؤول المؤسسة بأنها "مؤسسة فاشلة" أمس', id="a quoted description"),
    ],
)
def test_a_quote_after_a_definite_foundation_is_what_it_says(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('من بينها "مجموعة العرجاني"، جانباً كبيراً', "مجموعة العرجاني", id="a group"),
        pytest.param('بالشراكة مع "اتحاد المقاولين"، بقيمة تتجاوز', "اتحاد المقاولين", id="a union"),
        pytest.param(
            'شكّلت ما سمّته "اللجنة القانونية العليا" لإدارة الشؤون المدنية',
            "اللجنة القانونية العليا",
            id="a definite head and two adjectives",
        ),
    ],
)
def test_a_bodys_name_quoted_whole_from_its_head_is_the_body(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقالت "لجنة التحقيق" إن الأدلة', id="a head and a verbal noun"),
        pytest.param('قال إن "المجلس الجديد" لن ينجح', id="a description"),
        pytest.param('وقالت "اللجنة الوطنية"، الاثنين، إن', id="a definite head and one adjective"),
        pytest.param('في إطار "اللجنة العسكرية العليا" المشتركة بين البلدين', id="a definite word after the quote"),
        pytest.param('ورفع المتظاهرون شعار "جبهة واحدة" أمس', id="an indefinite word"),
    ],
)
def test_a_quoted_head_that_is_a_term_or_a_description_names_no_body(text):
    assert organisations(text) == []


def test_a_national_body_with_what_it_does_is_named_with_its_country_after_fi():
    text = "وقالت النقابة الوطنية لسائقي الشاحنات في مالي إن الإضراب مستمر"
    assert organisations(text, ("مالي",)) == ["النقابة الوطنية لسائقي الشاحنات في مالي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت الهيئة العليا للانتخابات في تونس إن", "الهيئة العليا للانتخابات", id="not a national body"),
        pytest.param(
            "وقالت النقابة الوطنية لسائقي الشاحنات في اجتماع إن",
            "النقابة الوطنية لسائقي الشاحنات",
            id="no known place after في",
        ),
    ],
)
def test_a_body_that_is_not_national_or_not_followed_by_a_known_place_stops_at_what_it_does(text, name):
    assert organisations(text, ("تونس",)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("في جامعة مصطفى كمال، البروفيسور أورهان تشليك", "جامعة مصطفى كمال", id="before a comma"),
        pytest.param("وقالت جامعة مصطفى كمال إن", "جامعة مصطفى كمال", id="before a particle"),
    ],
)
def test_a_university_named_after_a_person_takes_his_family_name(text, name):
    assert organisations(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أعلنت جامعة حمد تعليق الدراسة", "جامعة حمد", id="a noun goes on"),
        pytest.param("وقالت جامعة بيرزيت وطلابها إن", "جامعة بيرزيت", id="no given name"),
    ],
)
def test_a_university_before_a_word_that_goes_on_is_named_by_one_word(text, name):
    assert organisations(text) == [name]
