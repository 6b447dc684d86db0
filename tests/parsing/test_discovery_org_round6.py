"""Organisations the discovery learnt in round 6: a town hall of a known town, a local body's town
after ب, general directorates and prosecution offices, hospitals named after a ruler or a town's
quarter; and what is no body: a party's organs, a meeting's adjective, the verb's object after a
body's purpose."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize
from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بلدية مسقط تبدأ توسعة الطريق", "بلدية مسقط", id="subject"),
        pytest.param("بعد أن جمّدت بلدية إيلات حسابات الميناء", "بلدية إيلات", id="after a verb"),
        pytest.param("قال مدير عام الطرق ببلدية مسقط إن", "ببلدية مسقط", id="inside a director's role"),
    ],
)
def test_the_town_hall_of_a_known_town_is_a_body(text, name):
    assert organisations(text, known=("مسقط", "إيلات")) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس بلدية عرسال فايز الحجيري إن", id="the mayor's title"),
        pytest.param("فيما طالب المناصر كريم، من بلدية عزازقة، برحيل المدرب", id="from the commune"),
        pytest.param("في حقل قرب بلدية قجال يتابع الفلاح", id="near the commune"),
        pytest.param("بلدية بوبيني تعلن", id="an unknown town"),
    ],
)
def test_a_town_hall_in_a_title_or_after_a_preposition_is_no_body(text):
    assert organisations(text, known=("عرسال", "عزازقة", "قجال")) == []


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        pytest.param(
            "برنامج ترميم المنازل الذي تنفذه جمعية البر الخيرية بحائل",
            "جمعية البر الخيرية بحائل",
            "بحائل",
            id="charity",
        ),
        pytest.param(
            "وأعلن الاتحاد الجهوي للشغل بصفاقس الإضراب", "الاتحاد الجهوي للشغل بصفاقس", "بصفاقس", id="regional union"
        ),
        pytest.param(
            "وأعلنت الإدارة العامة للتعليم بمكة تعليق الدراسة",
            "الإدارة العامة للتعليم بمكة",
            "بمكة",
            id="general directorate",
        ),
        pytest.param("ومنها مستشفى الملك فهد العام بجدة", "مستشفى الملك فهد العام بجدة", "بجدة", id="hospital"),
        pytest.param(
            "وقالت شركة مياه الشرب والصرف الصحي بالجيزة إن",
            "شركة مياه الشرب والصرف الصحي بالجيزة",
            "بالجيزة",
            id="a utility, a town with the article",
        ),
    ],
)
def test_a_local_bodys_town_after_b_is_part_of_its_name(text, name, town):
    assert organisations(text, known=(town,)) == [name]


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        pytest.param(
            "وقال مركز الأطلسي للدراسات الاستراتيجية بأكادير إن",
            "مركز الأطلسي للدراسات الاستراتيجية",
            "بأكادير",
            id="an institute with a name of its own",
        ),
        pytest.param(
            "وطالبت المنظمة التونسية للأطباء الشبان بسوسة بالحوار",
            "المنظمة التونسية للأطباء الشبان",
            "بسوسة",
            id="a national body",
        ),
        pytest.param(
            "وقال مركز الدرعية للدراسات الإقليمية بالرياض إن",
            "مركز الدرعية للدراسات الإقليمية",
            "بالرياض",
            id="regional studies, no regional body",
        ),
        pytest.param("وأعلنت جمعية البر الخيرية، بحائل، توزيع", "جمعية البر الخيرية", "بحائل", id="after a comma"),
    ],
)
def test_a_town_after_a_body_with_a_name_of_its_own_is_where_it_sits(text, name, town):
    assert organisations(text, known=(town,)) == [name]


def test_a_known_hospital_and_its_town_after_b_is_that_towns_hospital():
    text = "وقال إن مستشفى السلطان قابوس بصلالة استقبل"
    tokens = tokenize(text)
    taken = {2: "ORG", 3: "ORG", 4: "ORG", 5: "LOC"}
    found = [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, taken)]
    assert found == ["مستشفى السلطان قابوس بصلالة"]


def test_a_known_university_and_its_town_after_b_stays_the_known_body():
    text = "ويرى أستاذ الاقتصاد في جامعة الأزهر بغزة حاتم عاشور"
    tokens = tokenize(text)
    taken = {4: "ORG", 5: "ORG", 6: "LOC"}
    assert [d for d in discover(tokens, taken) if d.kind == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وبحسب أرقام الإدارة العامة للجمارك الصينية فإن", "الإدارة العامة للجمارك الصينية", id="customs"),
        pytest.param(
            "وأضاف أن الإدارة العامة لمكافحة الفساد تتبعت",
            "الإدارة العامة لمكافحة الفساد",
            id="purpose in construct",
        ),
        pytest.param("وقضت نيابة الأموال العامة بحفظ القضية", "نيابة الأموال العامة", id="prosecution"),
        pytest.param(
            "رئيس نيابة الجرائم المالية وغسل الأموال المستشار",
            "نيابة الجرائم المالية وغسل الأموال",
            id="prosecution in a role",
        ),
    ],
)
def test_a_general_directorate_or_a_prosecution_office_is_a_body(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت الإدارة الأمريكية للصحفيين إن", id="a government"),
        pytest.param("وقررت الإدارة العامة للشركة رفع الأجور", id="a company's management"),
        pytest.param("وألقى الكلمة نيابة عن الرئيس", id="on behalf of"),
        pytest.param("وقال عضو الهيئة الرئاسية للحزب إن", id="a party's organ"),
        pytest.param("وانعقد المجلس الوطني للحزب أمس", id="a party's council"),
        pytest.param("بعد اجتماع الهيئة الإدارية الوطنية للاتحاد أمس", id="a union's board"),
    ],
)
def test_a_government_a_company_board_or_a_partys_organ_is_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "ربط الطوارئ بمستشفى الشيخ زايد التخصصي وغيره", "بمستشفى الشيخ زايد التخصصي", id="a ruler and its kind"
        ),
        pytest.param("ومنها مستشفى شرق جدة", "مستشفى شرق جدة", id="a town's east"),
    ],
)
def test_a_hospital_named_after_a_ruler_or_a_towns_quarter_is_a_body(text, name):
    assert organisations(text, known=("جدة",)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("خلال جلسة مجلس الوزراء الأسبوعية في رام الله", "", id="a weekly meeting"),
        pytest.param(
            "كما دعت الهيئة العامة للطيران المدني المسافرين عبر المطار",
            "الهيئة العامة للطيران المدني",
            id="the verb's object",
        ),
        pytest.param(
            "وقالت الجمعية الوطنية للأطباء البيطريين إن",
            "الجمعية الوطنية للأطباء البيطريين",
            id="a plural adjective of origin goes on",
        ),
    ],
)
def test_a_meetings_adjective_or_the_verbs_object_ends_a_body(text, name):
    assert organisations(text) == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "ومنها مركز الوكرة الصحي ومركز معيذر الصحي", ["مركز الوكرة الصحي", "ومركز معيذر الصحي"], id="centres"
        ),
        pytest.param("ورفع تجمع جدة الصحي الأول حالة الطوارئ", ["تجمع جدة الصحي الأول"], id="a numbered cluster"),
        pytest.param("نقل المصاب إلى مركز صحي قريب", [], id="any health centre"),
        pytest.param("نقل إلى مركز صحي تابع للوزارة", [], id="an indefinite adjective"),
    ],
)
def test_a_health_centre_named_by_its_town_is_a_body(text, names):
    assert organisations(text, known=("الوكرة", "جدة")) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("الفرقة التابعة لدائرة الفنون الموسيقية إلى", ["لدائرة الفنون الموسيقية"], id="adjective"),
        pytest.param(
            "التابع لدائرة الثقافة والسياحة في أبوظبي", ["لدائرة الثقافة والسياحة في أبوظبي"], id="two nouns and a seat"
        ),
        pytest.param("وفق أرقام دائرة الإحصاءات العامة", ["دائرة الإحصاءات العامة"], id="general"),
        pytest.param("باتت المدينة في دائرة الخطر", [], id="a figure of speech"),
        pytest.param("وخرج المواطن من دائرة الفقر المدقع", [], id="a figure of speech and its adjective"),
        pytest.param("فاز عن دائرة صفاقس الجنوبية", [], id="an electoral district"),
    ],
)
def test_a_department_is_a_definite_noun_and_its_adjective_or_a_second_noun(text, names):
    assert organisations(text, known=("أبوظبي",)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("قال صاحب دار الندى للنشر إن", ["دار الندى للنشر"], id="what it does"),
        pytest.param("وقالت مديرة دار الآداب رنا إدريس إن", ["دار الآداب"], id="after its director"),
        pytest.param("وقال مدير دار الأيتام في المدينة", [], id="a house of care"),
        pytest.param("وقال صاحب دار نشر صغيرة", [], id="any publisher"),
        pytest.param("وغنت على مسرح دار الأوبرا المصرية", [], id="no title, no purpose"),
    ],
)
def test_a_publishing_house_is_named_by_what_it_does_or_after_its_directors_title(text, names):
    assert organisations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("الكويت – أيدت محكمة التمييز الحكم", ["محكمة التمييز"], id="cassation"),
        pytest.param("وطعن أمام محكمة النقض", ["محكمة النقض"], id="cassation, Egypt's word"),
        pytest.param(
            "قضت المحكمة الكبرى الجنائية الرابعة بالسجن", ["المحكمة الكبرى الجنائية الرابعة"], id="numbered chamber"
        ),
        pytest.param("وقضت المحكمة الجنائية الأولى ببراءته", ["المحكمة الجنائية الأولى"], id="chamber of a kind"),
        pytest.param("وأحالت القضية إلى محكمة الاستئناف", [], id="any court of appeal"),
        pytest.param("وقضت المحكمة الجنائية بسجنه", [], id="a kind without its number"),
    ],
)
def test_a_court_of_cassation_or_a_numbered_chamber_is_a_body(text, names):
    assert organisations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "ودعت قيادة شرطة محافظة ظفار السائقين", ["قيادة شرطة محافظة ظفار"], id="police command of a province"
        ),
        pytest.param("وقالت شرطة محافظة ظفار إن", ["شرطة محافظة ظفار"], id="the police alone"),
        pytest.param("وأعلنت قيادة الجيش أن", [], id="an army's command"),
    ],
)
def test_a_command_over_a_citys_police_is_part_of_its_name(text, names):
    assert organisations(text, known=("محافظة", "ظفار")) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("تناقش لجنة المال والموازنة برئاسة النائب", ["لجنة المال والموازنة"], id="committee"),
        pytest.param("وأعلن جهاز الإسعاف والطوارئ عن نقل ثلاثة جرحى", ["جهاز الإسعاف والطوارئ"], id="service"),
        pytest.param("تراجعت حركة البيع والشراء في السوق", [], id="an ordinary noun"),
        pytest.param("في غرفة النوم والمعيشة", [], id="a room"),
    ],
)
def test_a_committee_or_service_named_by_two_joined_nouns_is_a_body(text, names):
    assert organisations(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وقال رئيس نقابة بحارة الصيد التقليدي إن", ["نقابة بحارة الصيد التقليدي"], id="union"),
        pytest.param("وأعلنت رابطة موظفي الإدارة العامة أنها ستضرب", ["رابطة موظفي الإدارة العامة"], id="league"),
        pytest.param("وقالت رابطة صناعة النفط في كردستان إن", ["رابطة صناعة النفط في كردستان"], id="and its seat"),
        pytest.param("وقالت رابطة صناعة النفط في أبيكور إن", [], id="before an unknown seat"),
    ],
)
def test_a_union_named_by_its_members_in_construct_is_a_body(text, names):
    assert organisations(text, known=("كردستان",)) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في مركز المدينة وقضاء الحويجة", id="town centre"),
        pytest.param("وصلت التعزيزات إلى مركز المحافظة الإداري", id="province seat"),
    ],
)
def test_a_towns_centre_is_no_institute(text):
    assert organisations(text, known=("الحويجة",)) == []
