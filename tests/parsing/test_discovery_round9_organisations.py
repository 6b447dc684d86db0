"""Round 9 organisation rules: courts named by their city and kind, bodies named by what they fight or
regulate, schools named by a word of their own, and words that end a body's name or belong to it."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("وقضت محكمة برلين الإقليمية بسجنه", ("برلين",), "محكمة برلين الإقليمية", id="regional"),
        pytest.param("وأدانته محكمة أبوظبي الجزائية أمس", ("أبوظبي",), "محكمة أبوظبي الجزائية", id="criminal"),
        pytest.param(
            "أصدرت المحكمة الابتدائية بتونس حكما", ("بتونس",), "المحكمة الابتدائية بتونس", id="first instance"
        ),
        pytest.param("وأيدت محكمة الاستئناف بتونس الحكم", ("بتونس",), "محكمة الاستئناف بتونس", id="appeal with ب"),
        pytest.param("وأيدت محكمة الاستئناف في صفاقس الحكم", ("صفاقس",), "محكمة الاستئناف في صفاقس", id="appeal in"),
    ],
)
def test_a_court_is_named_by_its_city_and_its_kind(text, known, name):
    assert organisations(text, known=known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقالت محكمة دبي إن الدعوى", ("دبي",), id="city alone: the courthouse as often"),
        pytest.param("ونظرت محكمة برلين القضية", ("برلين",), id="no kind after the city"),
        pytest.param("ورفعت القضية إلى محكمة الاستئناف أمس", (), id="any court of appeal"),
        pytest.param("وصدر الحكم عن محكمة الاستئناف بسرعة", (), id="ب on no known city"),
        pytest.param("وقفة أمام محاكم صفاقس وسوسة وقابس وبنزرت", ("صفاقس", "وسوسة", "وقابس", "وبنزرت"), id="list"),
        pytest.param("وأمام محكمة صفاقس وسوسة الابتدائية", ("صفاقس", "وسوسة"), id="list before a kind"),
    ],
)
def test_no_court_is_named_without_one_city_and_its_kind(text, known):
    assert organisations(text, known=known) == []


def test_a_citys_body_is_named_by_one_city_not_a_list():
    assert organisations("وقالت شرطة دبي إن", known=("دبي",)) == ["شرطة دبي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("كشفت نيابة مكافحة الجرائم الاقتصادية عن", "نيابة مكافحة الجرائم الاقتصادية", id="prosecution"),
        pytest.param("وتمكنت إدارة مكافحة الجرائم الإلكترونية من", "إدارة مكافحة الجرائم الإلكترونية", id="department"),
        pytest.param("وقالت مديرية مكافحة الإجرام في البصرة", "مديرية مكافحة الإجرام", id="directorate"),
        pytest.param("وقالت لجنة مكافحة الفساد إن", "لجنة مكافحة الفساد", id="committee"),
    ],
)
def test_a_body_is_named_by_what_it_fights(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وتدخلت قوات مكافحة الشغب لتفريق المحتجين",  # troops of a kind
        "وتعمل الحكومة على مكافحة الفساد",  # no head
        "وقالت لجنة مكافحة إن",  # nothing fought
    ],
)
def test_fighting_names_no_troops_or_bare_verbal_noun(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأعلنت وحدة تنسيق القبول الموحد، مساء أمس", "وحدة تنسيق القبول الموحد", id="unit"),
        pytest.param("وقالت هيئة تنظيم سوق العمل إن", "هيئة تنظيم سوق العمل", id="two nouns in construct"),
        pytest.param("وقالت هيئة تنظيم الاتصالات في قطر", "هيئة تنظيم الاتصالات", id="stops before the place"),
        pytest.param("وأطلقت وكالة تنمية الشاي الكينية", "وكالة تنمية الشاي الكينية", id="with its country"),
    ],
)
def test_an_agency_is_named_by_what_it_regulates_or_runs(text, name):
    assert organisations(text, known=("قطر",)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت وحدة الصف الوطني",  # unity
        "بيع وحدة سكنية جديدة",  # a flat
        "وقالت لجنة تنظيم المؤتمر",  # any organising committee
        "وقال مجلس تطوير المناهج",  # a council of a plan
        "وزرع الأطباء جهاز تنظيم الضربات",  # a device
    ],
)
def test_no_agency_without_a_head_that_runs_things(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال مدير ثانوية المأمون، إن الطلاب", "ثانوية المأمون", id="secondary"),
        pytest.param("وحصلت طالبة في مدرسة اليوبيل نتائج متقدمة", "مدرسة اليوبيل", id="school"),
        pytest.param(
            "وأضرب المعلمون بإعدادية المسيرة الخضراء، احتجاجا", "بإعدادية المسيرة الخضراء", id="with adjective"
        ),
        pytest.param("وقال أستاذ في ثانوية ابن خلدون التأهيلية إن", "ثانوية ابن خلدون التأهيلية", id="qualifying"),
    ],
)
def test_a_school_is_named_by_a_word_of_its_own(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وبنيت مدرسة القرية قبل عامين",  # the village's school
        "وتخرجت من مدرسة التمريض العام الماضي",  # what it teaches
        "وهي مدرسة ثانوية المستوى",  # ثانوية an adjective
        "وحصل على شهادة إعدادية المدرسة",  # ثانوية, إعدادية an adjective after a certificate
        "وتقدم لامتحانات الثانوية العامة",  # the exam
        "وقال مدير مدرسة البنات الجديدة",  # girls' school
    ],
)
def test_no_school_is_named_by_its_place_kind_or_subject(text):
    assert organisations(text) == []


def test_a_councils_courtesy_is_no_part_of_its_name():
    assert organisations("وقرر رفع توصياته إلى مجلس الوزراء الموقر. وأوضح") == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("درس في جامعة بروكسل الحرة. وقال", ("بروكسل",), "جامعة بروكسل الحرة", id="free"),
        pytest.param("وقالت جامعة القدس المفتوحة إن", ("القدس",), "جامعة القدس المفتوحة", id="open"),
    ],
)
def test_a_universitys_free_or_open_ends_its_name(text, known, name):
    assert organisations(text, known=known) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقالت نقابة الممرضات والممرضين في لبنان إن", "نقابة الممرضات والممرضين في لبنان", id="paired members"
        ),
        pytest.param(
            "وأضربت نقابة الأطباء والصيادلة وأطباء الأسنان في كينيا أمس",
            "نقابة الأطباء والصيادلة وأطباء الأسنان في كينيا",
            id="joined members",
        ),
        pytest.param("وقالت جمعية المصارف في لبنان إن", "جمعية المصارف في لبنان", id="one word"),
    ],
)
def test_a_union_keeps_the_place_it_sits_in(text, name):
    assert organisations(text, known=("لبنان", "كينيا")) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت هيئة تنظيم الاتصالات في قطر", "هيئة تنظيم الاتصالات", id="authority"),
        pytest.param("وقالت وزارة الثروة الزراعية والسمكية في لبنان", "وزارة الثروة الزراعية والسمكية", id="ministry"),
        pytest.param("وقالت نقابة المحامين التونسية في لبنان", "نقابة المحامين التونسية", id="a country already"),
    ],
)
def test_other_bodies_named_by_their_own_words_stop_before_the_place(text, name):
    assert organisations(text, known=("لبنان", "قطر")) == [name]
