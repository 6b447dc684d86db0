"""Round 8 organisation rules: where a hospital's or a school's name ends, a department's country, and
words that look like a body's but are none (`شبكة منظمة`, `مجلس الوزراء الأسبوع`)."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "known", "people", "name"),
    [
        pytest.param(
            "نقل إلى مستشفى النو التعليمي بأم درمان أمس",
            ("بأم", "درمان"),
            (),
            "مستشفى النو التعليمي",
            id="a name of its own",
        ),
        pytest.param("جراح في مستشفى العودة بمخيم جباليا، إن", ("بمخيم", "جباليا"), (), "مستشفى العودة", id="a word"),
        pytest.param(
            "وصل إلى مستشفى الملك فهد العام بجدة أمس", ("بجدة",), (), "مستشفى الملك فهد العام بجدة", id="a king's"
        ),
        pytest.param(
            "نقل إلى مستشفى زايد الخير بالعين أمس",
            ("بالعين",),
            ("زايد", "الخير"),
            "مستشفى زايد الخير بالعين",
            id="a person's",
        ),
    ],
)
def test_a_hospital_ends_with_its_town_only_when_it_bears_a_persons_name(text, known, people, name):
    assert organisations(text, known=known, people=people) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال مدير مستشفى حيس الريفي الدكتور خالد", "مستشفى حيس الريفي", id="rural"),
        pytest.param("من مدرسة جرجا الثانوية بنات في المركز", "مدرسة جرجا الثانوية بنات", id="girls"),
        pytest.param(
            "من مدرسة المنصورة الثانوية العسكرية بنين في المركز",
            "مدرسة المنصورة الثانوية العسكرية بنين",
            id="two kinds and boys",
        ),
    ],
)
def test_a_hospitals_or_schools_kind_and_pupils_end_its_name(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت إن مدرسة ثانوية بنات أغلقت",  # no name of its own
        "طلاب مدرسة المنصورة الثانوية بنوا سوراً",  # a verb, no pupils
    ],
)
def test_pupils_complete_only_a_named_school(text):
    assert all("بن" not in name.split()[-1] for name in organisations(text))


def test_a_departments_country_closes_its_name():
    assert organisations("وقالت دائرة الأرصاد الجوية الأردنية إن المنخفض") == ["دائرة الأرصاد الجوية الأردنية"]


def test_a_department_without_a_country_ends_at_its_adjective():
    assert organisations("وقالت دائرة الأرصاد الجوية إن المنخفض العميق") == ["دائرة الأرصاد الجوية"]


@pytest.mark.parametrize(
    "text",
    [
        "المدانين شكلوا شبكة منظمة تتولى إدخال المواد المخدرة مخبأة",
        "لمكافحة عصابات منظمة تدير تهريب البشر",
        "خلال اجتماع لمجلس الوزراء الأسبوع الماضي، بتشديد العقوبات",
        "وقرر مجلس الوزراء الشهر الماضي رفع الرسوم",
    ],
)
def test_an_organised_thing_or_a_time_after_a_head_names_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت منظمة الصحة العالمية إن الوباء", "منظمة الصحة العالمية", id="a verb before"),
        pytest.param("بتمويل من شبكة، منظمة العفو الدولية، إن", "منظمة العفو الدولية", id="a comma between"),
        pytest.param("وقرر مجلس الوزراء الأردني الأسبوع الماضي", "مجلس الوزراء الأردني", id="a time after the name"),
    ],
)
def test_a_body_stays_named_beside_those_words(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "اختتم منتدى الاستثمار السوري السعودي أعماله في دمشق",
        "على هامش منتدى الأعمال الأردني العراقي في عمان",
        "وفي منتدى الموانئ الخليجية الذي عقد أمس",
    ],
)
def test_a_forum_of_a_trade_is_an_event_not_a_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال منتدى الاستراتيجيات الأردني في تقرير", "منتدى الاستراتيجيات الأردني", id="a think tank"),
        pytest.param("وأعلن منتدى الإنقاذ الصومالي رفضه", "منتدى الإنقاذ الصومالي", id="a coalition"),
    ],
)
def test_a_forum_named_by_its_cause_or_country_is_a_body(text, name):
    assert organisations(text) == [name]


def test_a_town_hall_behind_the_preposition_bi_is_the_commune():
    assert organisations("نقلت إلى دار الشباب ببلدية أقبو، حيث تكفلت", known=("أقبو",)) == []


def test_a_town_hall_that_acts_is_a_body():
    assert organisations("وأعلنت بلدية أقبو، أمس، عن", known=("أقبو",)) == ["بلدية أقبو"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("دعا النائب في اللجنة المالية النيابية مصطفى", "اللجنة المالية النيابية", id="definite"),
        pytest.param("وقالت اللجنة القانونية البرلمانية إن", "اللجنة القانونية البرلمانية", id="parliamentary"),
        pytest.param("وقالت لجنة النزاهة النيابية إن", "لجنة النزاهة النيابية", id="indefinite"),
    ],
)
def test_a_committee_of_parliament_is_named_by_what_it_oversees(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize("text", ["وقالت اللجنة النيابية إن الملف", "وطالبت اللجنة المالية بإلغاء القرار"])
def test_a_committee_without_its_field_or_parliament_is_none(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "إلى أن وفداً من مجلس دير الزور المدني سيلتقي", ("دير", "الزور"), "مجلس دير الزور المدني", id="civil"
        ),
        pytest.param("وقال مجلس منبج العسكري إن", ("منبج",), "مجلس منبج العسكري", id="military"),
    ],
)
def test_a_towns_civil_or_military_council_is_a_body(text, known, name):
    assert organisations(text, known=known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقال مجلس دمشق الجديد إن", ("دمشق",), id="described"),
        pytest.param("في مجلس دمشق، العسكري أكد", ("دمشق",), id="comma"),
    ],
)
def test_a_council_and_a_town_without_its_kind_is_none(text, known):
    assert organisations(text, known=known) == []


def test_a_schools_country_ends_its_name():
    assert organisations("وقال مدير مدرسة النيلين السودانية في حي فيصل") == ["مدرسة النيلين السودانية"]


@pytest.mark.parametrize(
    "text",
    ["الموظف في شركة للخدمات اللوجستية، قادراً", "وأسس هيئة للرقابة المالية العام الماضي"],
)
def test_a_head_straight_before_its_purpose_names_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت شركة دلمون للأنظمة الذكية إن", "شركة دلمون للأنظمة الذكية", id="a name, then the purpose"),
        pytest.param("وأعلنت الهيئة الوطنية للانتخابات أن", "الهيئة الوطنية للانتخابات", id="definite"),
    ],
)
def test_a_body_named_before_its_purpose_stays(text, name):
    assert organisations(text) == [name]
