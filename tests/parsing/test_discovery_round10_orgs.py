"""Round 10 organisation rules: a city's or region's municipality (`أمانة`) and a Saudi region's
governorate (`إمارة`) are named by their known place; a body ends before a municipality or a plural of
bodies listed after it with و."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize
from tests.parsing.discovered import organisations, organisations_beside_known_bodies


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وقالت أمانة منطقة عسير إنها دفعت بأكثر من 300 معدة",
            ("منطقة", "عسير"),
            "أمانة منطقة عسير",
            id="region-known-whole",
        ),
        pytest.param("أوضحت أمانة محافظة جدة أنها جهزت", ("جدة",), "أمانة محافظة جدة", id="province-word-then-city"),
        pytest.param("مؤكداً أن أمانة بغداد ستفتتح مطلع العام المقبل", ("بغداد",), "أمانة بغداد", id="city"),
        pytest.param("وأنها تدرس مع أمانة عمّان الكبرى تخصيص مواقف", ("عمّان",), "أمانة عمّان الكبرى", id="greater"),
        pytest.param("وكيل إمارة منطقة الرياض الدكتور", ("منطقة", "الرياض"), "إمارة منطقة الرياض", id="governorate"),
        pytest.param(
            "حضر الاستقبال وكيل إمارة المنطقة الشرقية الدكتور خالد", (), "إمارة المنطقة الشرقية", id="side-region"
        ),
    ],
)
def test_a_municipality_or_governorate_is_named_by_its_known_place(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وقال إنه أدى عمله بكل أمانة طوال سنوات", (), id="trust"),
        pytest.param("وعضوية المستشارين عبدالله الشمري، وأمانة سر عادل الرشيدي.", (), id="secretary-of-a-court"),
        pytest.param("وقالت إمارة دبي إنها", ("دبي",), id="an-emirate-is-a-place"),
        pytest.param("وتقع إمارة الشارقة شمال دبي", ("الشارقة", "دبي"), id="emirate-then-place"),
        pytest.param("وتعمل أمانة المنطقة على", (), id="the-region-unnamed"),
        pytest.param("أمانة صفاقس وسوسة", ("صفاقس", "وسوسة"), id="listed-places"),
    ],
)
def test_trust_or_an_emirate_is_no_municipality(text, known):
    assert organisations(text, known) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "أن المحافظة تعمل مع وزارة التنمية الاجتماعية ولجان الزكاة على توفير بدل إيجار",
            "وزارة التنمية الاجتماعية",
            id="committees",
        ),
        pytest.param(
            "وكانت الهيئة العامة للطرق وأمانة العاصمة المقدسة قد أطلقتا خطة",
            "الهيئة العامة للطرق",
            id="municipality-after-a-purpose",
        ),
        pytest.param(
            "بالتنسيق مع وزارة الشؤون الاجتماعية وجمعيات المجتمع المدني في المدينة",
            "وزارة الشؤون الاجتماعية",
            id="associations",
        ),
    ],
)
def test_a_body_ends_before_a_municipality_or_plural_of_bodies_listed_after_it(text, name):
    assert organisations(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقالت نقابة أصحاب المعاصر ومنتجي الزيتون إن", "نقابة أصحاب المعاصر ومنتجي الزيتون", id="producers"
        ),
        pytest.param(
            "وقالت وزارة الشؤون البلدية والقروية والإسكان إن", "وزارة الشؤون البلدية والقروية والإسكان", id="portfolios"
        ),
        pytest.param("وأعلن صندوق التنمية وإعادة الإعمار أن", "صندوق التنمية وإعادة الإعمار", id="joined-purpose"),
    ],
)
def test_a_noun_joined_by_wa_that_heads_no_body_stays_in_the_name(text, name):
    assert organisations(text) == [name]


def test_a_company_named_the_trust_keeps_its_article():
    text = 'بينها شركة "النجم الساطع للصرافة" وشركة "الأمانة للتحويلات"، بتهمة'
    tokens = tokenize(text)
    assert [_written_name(text, tokens, d) for d in discover(tokens, {})] == [
        "النجم الساطع للصرافة",
        "الأمانة للتحويلات",
    ]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("وأعلنت جمعية مزارعي المانجو بجازان أن", ("بجازان",), "جمعية مزارعي المانجو بجازان", id="members"),
        pytest.param(
            "وقالت مديرية الدفاع المدني بجازان إن", ("بجازان",), "مديرية الدفاع المدني بجازان", id="directorate"
        ),
    ],
)
def test_an_association_or_directorate_of_two_words_is_named_with_its_town(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وفي مديرية المعلا بعدن قال", ("المعلا", "بعدن"), id="district-and-town"),
        pytest.param("وقالت مديرية الزراعة بالمحافظة إن", (), id="no-known-town"),
        pytest.param("وتعمل مديرية الدفاع المدني على", (), id="no-town"),
        pytest.param("وقالت لجنة المتابعة الأهلية بصور إن", ("بصور",), id="a-committee"),
    ],
)
def test_a_district_or_an_unseated_directorate_is_no_body(text, known):
    assert organisations(text, known) == []


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("وفي مركز الإيواء المقام في نادي جنين الرياضي، يقول", ("جنين",), "نادي جنين الرياضي", id="town"),
        pytest.param("وقال رئيس نادي الوداد الرياضي إن", (), "نادي الوداد الرياضي", id="own-word"),
        pytest.param("وقال نادي الجزيرة الرياضي الثقافي إن", (), "نادي الجزيرة الرياضي الثقافي", id="two-kinds"),
    ],
)
def test_a_club_is_named_by_its_town_or_word_and_its_kind(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وانضم إلى نادي القراءة في المدينة", id="no-kind"),
        pytest.param("ونظم النادي الرياضي بطولة", id="the-club"),
        pytest.param("لعب في نادي كبير الرياضي", id="adjective-no-name"),
    ],
)
def test_a_club_without_a_name_and_kind_is_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وفي مركز الإيواء المقام في المدرسة يقول", id="set-up"),
        pytest.param("وقال مجلس الأمن المنعقد في نيويورك إن", id="meeting"),
    ],
)
def test_a_participle_of_where_a_body_sits_is_no_part_of_its_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "مع هيئة الربط الكهربائي لدول مجلس التعاون الخليجي عبر",
            ["هيئة الربط الكهربائي لدول مجلس التعاون الخليجي"],
            id="agency-of-the-council",
        ),
        pytest.param("وصدرت شركة النفط الوطنية لدول مجلس التعاون الخليجي", ["شركة النفط الوطنية"], id="company-sold"),
        pytest.param(
            "وأعلنت الهيئة العامة للطيران لدول مجلس التعاون الخليجي", ["الهيئة العامة للطيران"], id="definite"
        ),
    ],
)
def test_a_gulf_agency_is_named_for_the_member_states_of_a_known_council(text, names):
    assert organisations_beside_known_bodies(text, ("مجلس التعاون الخليجي",)) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "فيما مدد المركز الوطني للأرصاد التنبيه الأحمر حتى مساء الجمعة.", "المركز الوطني للأرصاد", id="object"
        ),
        pytest.param("وقالت الهيئة العامة للتعليم التقني إن", "الهيئة العامة للتعليم التقني", id="adjective"),
        pytest.param("وقال المجلس الأعلى للتعليم والتدريب إن", "المجلس الأعلى للتعليم والتدريب", id="joined"),
        pytest.param(
            "وقالت اللجنة التنفيذية لمنظمة التحرير الفلسطينية إن",
            "اللجنة التنفيذية لمنظمة التحرير الفلسطينية",
            id="in-construct",
        ),
    ],
)
def test_a_purpose_ends_before_a_definite_verbal_noun_after_a_definite_word(text, name):
    assert organisations(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "رحّبت وزارة الخارجية والهجرة وشؤون المصريين بالخارج بقرار التمديد",
            "وزارة الخارجية والهجرة وشؤون المصريين بالخارج",
            id="ministry",
        ),
        pytest.param(
            "وقالت مؤسسة الحسن الثاني للمغاربة المقيمين بالخارج إن",
            "مؤسسة الحسن الثاني للمغاربة المقيمين بالخارج",
            id="purpose",
        ),
        pytest.param("وتعمل الهيئة العامة للاستثمار بالخارج على", "الهيئة العامة للاستثمار", id="where-it-works"),
        pytest.param(
            "وقالت الهيئة العامة للاستثمار إن المستثمرين بالخارج", "الهيئة العامة للاستثمار", id="people-after-a-verb"
        ),
    ],
)
def test_abroad_after_a_people_is_part_of_the_body_that_serves_them(text, name):
    assert organisations(text) == [name]
