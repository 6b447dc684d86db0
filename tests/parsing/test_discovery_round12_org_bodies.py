"""Round 12, bodies found whole: inspectorates, coordinating offices, troupes and units named by an
adjective and a purpose; offices named by the affairs they handle; a league of people named by whose
they are; a known company's sister named by its trade; and the bodies that are only organs of another."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.discovery import PLACES
from tests.parsing.discovered import names, organisations, organisations_beside_known_bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "بعد تقارير لجان المفتشية العامة للإدارة الترابية. وكانت",
            "المفتشية العامة للإدارة الترابية",
            id="inspectorate",
        ),
        pytest.param(
            "وقال المتحدث باسم المنسقية العامة للنازحين واللاجئين، إن",
            "المنسقية العامة للنازحين واللاجئين",
            id="coordination",
        ),
        pytest.param(
            "وكانت الفرقة الوطنية للشرطة القضائية قد باشرت الأبحاث",
            "الفرقة الوطنية للشرطة القضائية",
            id="brigade",
        ),
        pytest.param(
            "وتستضيف المحافظة، بحسب الوحدة التنفيذية لإدارة مخيمات النازحين، أكثر من",
            "الوحدة التنفيذية لإدارة مخيمات النازحين",
            id="executive-unit",
        ),
    ],
)
def test_an_inspectorate_troupe_or_unit_is_named_by_its_adjective_and_purpose(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقادت الفرقة الرابعة للجيش الهجوم على المدينة", id="a-division"),
        pytest.param("ودعا الرئيس إلى الوحدة الوطنية للبلاد", id="unity"),
        pytest.param("وقالت الفرقة الموسيقية إن", id="no-purpose"),
    ],
)
def test_a_division_or_unity_is_no_troupe_or_unit(text):
    assert all(not name.startswith(("الفرقة الرابعة ل", "الوحدة")) for name in organisations(text))
    assert "الفرقة الموسيقية" not in organisations(text)


def test_a_troupe_named_by_its_purpose_ends_before_its_town():
    text = "وأنتجته الفرقة الوطنية للتمثيل في بغداد عام 1980"
    assert organisations(text, ("بغداد",)) == ["الفرقة الوطنية للتمثيل"]


def test_a_national_union_keeps_the_country_it_serves():
    text = "وقالت النقابة الوطنية لسائقي الشاحنات في مالي إن"
    assert organisations(text, ("مالي",)) == ["النقابة الوطنية لسائقي الشاحنات في مالي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("رئيس ما يسمى لجنة شؤون الأسرى عبدالقادر المرتضى، الذي", "لجنة شؤون الأسرى", id="committee"),
        pytest.param("المشترك بين مكتب شؤون النازحين واللاجئين في", "مكتب شؤون النازحين واللاجئين", id="office"),
    ],
)
def test_an_office_is_named_by_the_affairs_it_handles(text, name):
    assert organisations(text) == [name]


def test_running_affairs_is_no_office():
    assert organisations("على أن تتولى لجنة من التكنوقراط إدارة شؤون القطاع لمدة عام") == []


def test_an_office_is_named_with_its_country():
    places = PLACES | {normalize("بلجيكا")}
    assert names("وقال مكتب الهجرة البلجيكي إن الطلبات", "ORG", places=places) == ["مكتب الهجرة البلجيكي"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأكد مكتب المحافظ في بيان أن", id="a-governor-s"),
        pytest.param("وقال مدير مكتب الجمعية في غزة إن", id="a-body-s-room"),
        pytest.param("ونقلت الوكالة عن مكتب رئيس الوزراء أن", id="a-premier-s"),
    ],
)
def test_a_person_s_or_a_body_s_office_is_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وفي مدينة تعز، نظمت رابطة أمهات المختطفين وقفة احتجاجية", "رابطة أمهات المختطفين", id="mothers"),
        pytest.param("وطالبت نقابة عمال النظافة بزيادة الأجور", "نقابة عمال النظافة", id="workers"),
    ],
)
def test_a_league_is_named_by_the_people_it_gathers(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال اتحاد كرة القدم إن", id="a-sport"),
        pytest.param("وطالبت نقابة حماية البيئة بوقف", id="no-people"),
    ],
)
def test_a_union_of_a_trade_alone_is_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "فيما تملك شركة سابك للاستثمارات الصناعية حصة",
            ("شركة سابك",),
            "شركة سابك للاستثمارات الصناعية",
            id="sister-company",
        ),
        pytest.param(
            'بالتحالف مع شركة "هيونداي للهندسة والإنشاءات" الكورية، فيما',
            ('شركة "هيونداي',),
            "شركة هيونداي للهندسة والإنشاءات",
            id="quoted",
        ),
    ],
)
def test_a_known_company_s_sister_is_named_by_its_trade(text, known, name):
    assert organisations_beside_known_bodies(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقعت مجموعة stc لتطوير شبكة الألياف الضوئية", ("مجموعة stc",), id="a-deal"),
        pytest.param("تظاهرات أمام شركة نفط البصرة للمطالبة بالتعيين", ("شركة نفط البصرة",), id="a-protest"),
        pytest.param("حذرت وكالة فيتش للتصنيف الائتماني من", ("وكالة فيتش",), id="an-agency"),
    ],
)
def test_a_known_company_and_what_it_does_is_no_other_company(text, known):
    assert organisations_beside_known_bodies(text, known) == []


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وافق المجلس التنفيذي لصندوق النقد الدولي على", ("لصندوق النقد الدولي",), id="of-a-fund"),
        pytest.param("وقال المكتب السياسي لجماعة أنصار الله إن", ("لجماعة أنصار الله",), id="of-a-movement"),
        pytest.param("وصادقت الهيئة العامة للكنيست على", ("للكنيست",), id="of-a-parliament"),
    ],
)
def test_an_organ_of_a_known_body_is_no_body_of_its_own(text, known):
    assert organisations_beside_known_bodies(text, known) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("إن المجلس الرئاسي للحكومة الجديدة سيقوده", id="of-the-government"),
        pytest.param("وقال في كلمة أمام الجمعية العمومية للغرفة، إن", id="of-the-chamber"),
    ],
)
def test_an_organ_of_a_body_named_before_is_no_body_of_its_own(text):
    assert organisations(text) == []


def test_a_council_of_the_state_is_a_body():
    assert organisations("وطالب عضو المجلس الأعلى للدولة بالتحقيق") == ["المجلس الأعلى للدولة"]


def test_a_given_name_in_waw_after_a_purpose_is_the_officer_s():
    text = "وقال الكاتب العام للجامعة العامة للنقل وجيه الزيدي إن نسبة النجاح"
    assert organisations(text) == ["للجامعة العامة للنقل"]


def test_a_definite_field_after_an_institute_s_adjective_is_its_purpose():
    text = "وقال آدم دريس، من مركز الدراسات الأفريقية للتنمية في جامعة الخرطوم"
    assert organisations(text)[0] == "مركز الدراسات الأفريقية للتنمية"


def test_a_definite_body_deals_with_affairs_after_lishuun():
    text = "في كمين نصبته المديرية العامة لشؤون المخدرات والمؤثرات العقلية التابعة للوزارة"
    assert organisations(text) == ["المديرية العامة لشؤون المخدرات والمؤثرات العقلية"]


def test_a_minister_s_portfolio_after_lishuun_is_no_body():
    assert organisations("وقال وزير الدولة لشؤون الطاقة إن") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("قرب المصفاة التابعة لشركة الزاوية لتكرير النفط.", "لشركة الزاوية لتكرير النفط", id="refining"),
        pytest.param("تتولى شركة الريان لتقنيات الملاعب، وهي", "شركة الريان لتقنيات الملاعب", id="stadiums"),
    ],
)
def test_a_company_is_named_by_a_definite_word_and_the_work_it_does(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت شركة السعودية لتطوير المشاريع إن", id="a-nationality"),
        pytest.param("وقالت شركة الكهرباء لأن الشبكة متهالكة", id="a-clause"),
    ],
)
def test_a_company_s_definite_word_before_no_work_names_none(text):
    assert organisations(text) == []


def test_a_union_of_a_known_body_s_people_is_named_with_the_body():
    text = "وقال رئيس اتحاد طلبة جامعة مؤتة إن"
    assert organisations_beside_known_bodies(text, ("جامعة مؤتة",)) == ["اتحاد طلبة جامعة مؤتة"]


def test_an_institute_is_named_by_two_foreign_words_and_its_purpose():
    text = "قالت الخبيرة في معهد نوفايا إيفراسيا للدراسات، ناتاليا غوريلوفا"
    assert organisations(text) == ["معهد نوفايا إيفراسيا للدراسات"]


def test_an_institute_s_word_and_an_adjective_before_a_purpose_name_none():
    assert organisations("وقال مركز أبحاث جديد للدراسات إن") == []


def test_an_event_s_committee_is_no_body_of_its_own():
    assert organisations("فيما اختارت اللجنة العليا للمعرض الأديب الراحل") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أزمة تتجاوز جامعة واحدة", id="one"),
        pytest.param("وانتقل إلى جامعة أخرى في المدينة", id="another"),
    ],
)
def test_a_university_counted_has_no_name(text):
    assert organisations(text) == []


def test_a_forum_of_the_markets_is_an_event():
    assert organisations("واختتم منتدى الأسواق المالية أعماله") == []
