"""Round 14, organisations not found at all: a party named by one word of its own, a union or association
named by the people it gathers, and a town's office, council or faculty named by what it does and the town."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بينما وصفت النائبة عن حزب الخضر لمياء قدور القرار", "حزب الخضر", id="before-a-person"),
        pytest.param("وكانت الوزيرة، من حزب الحرية الذي يتزعمه فيلدرز، قد أعلنت", "حزب الحرية", id="before-who"),
        pytest.param("وقال المتحدث باسم حزب الإنصاف، محمد يحيى، إن", "حزب الإنصاف", id="before-a-comma"),
        pytest.param("إدراج القيادي في حزب الإصلاح محمد قحطان", "حزب الإصلاح", id="a-verbal-noun-as-name"),
    ],
)
def test_a_party_is_named_by_one_word_of_its_own(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وصوت حزب الأغلبية ضد المشروع", id="the-majority-s-party"),
        pytest.param("وانتقد حزب السلطة قرار المحكمة", id="the-party-of-power"),
        pytest.param("وقال حزب الرئيس إنه سيقاطع", id="a-title"),
    ],
)
def test_a_party_of_the_majority_or_of_power_is_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال حسن مغنية، رئيس جمعية المودعين، للإعلام إن", "جمعية المودعين", id="depositors"),
        pytest.param("داعياً نقابة المهندسين إلى مراجعة الشهادات", "نقابة المهندسين", id="engineers"),
        pytest.param("وكانت جمعية المعلمين قد نظمت اعتصاماً", "جمعية المعلمين", id="teachers"),
        pytest.param("ودعت رابطة المستأجرين إلى الإضراب", "رابطة المستأجرين", id="tenants"),
        pytest.param("وقال نقيب المحامين إن نقابة المحامين ترفض", "نقابة المحامين", id="after-its-head-s-title"),
    ],
)
def test_a_union_is_named_by_the_people_it_gathers(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أما نقابة العاملين في الوظيفة العمومية فقد أعلنت", id="before-in-and-no-known-place"),
        pytest.param("وعقد اتحاد الطرفين اجتماعاً", id="a-dual"),
        pytest.param("وأصدرت هيئة المحلفين حكمها", id="a-jury"),
        pytest.param("وتفرق تجمع المحتجين بعد الظهر", id="a-crowd"),
        pytest.param("ونقلت جمعية خيرية المساعدات", id="an-indefinite-adjective"),
    ],
)
def test_no_union_without_a_plural_of_people_or_with_its_name_unfinished(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وأكد مدير مكتب انتخابات نينوى أن المكتب افتتح", "مكتب انتخابات نينوى", id="election-office"),
        pytest.param("وجمع من أعضاء مجلس عشائر ديالى.", "مجلس عشائر ديالى", id="tribal-council"),
        pytest.param("من جهته، دعا مجلس مسلمي بلجيكا الطلاب إلى", "مجلس مسلمي بلجيكا", id="muslims-council"),
    ],
)
def test_an_office_or_council_is_named_by_its_work_and_its_known_town(text, name):
    place = name.split()[-1]
    assert organisations(text, known=(place,)) == [name]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("وأكد مدير مكتب انتخابات في نينوى أن", "نينوى", id="a-preposition-before-the-town"),
        pytest.param("وقال مكتب محافظ البصرة إن", "البصرة", id="a-person-s-office"),
        pytest.param("وقالت مصادر في مكتب انتخابات إن العدد", "", id="no-town"),
    ],
)
def test_no_office_of_a_town_without_a_noun_in_construct_with_the_known_town(text, place):
    assert organisations(text, known=(place,)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بعد قرار يلزم بنك الأرز التجاري بتسديد وديعة", "بنك الأرز التجاري", id="commercial-bank"),
        pytest.param("شمل القرار مصرف النخيل الإسلامي ومصرفاً آخر", "مصرف النخيل الإسلامي", id="islamic-bank"),
        pytest.param("ستذهب الحصيلة إلى المساهم البائع، مجموعة العطار القابضة.", "مجموعة العطار القابضة", id="holding"),
    ],
)
def test_a_bank_or_group_is_named_by_a_word_of_its_own_and_its_kind(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأضاف أن بنك الأهداف العسكرية يتسع", id="a-bank-of-targets"),
        pytest.param("وانضمت مجموعة العمل المالية إلى", id="a-group-s-finances-are-no-holding"),
        pytest.param("وقال إن مجموعة الشركات القابضة تتوسع", id="a-plural-before-the-kind"),
    ],
)
def test_no_firm_without_its_kind_or_with_a_plural_of_firms(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال مدير عام وزارة الصحة بولاية الجزيرة، إن", "وزارة الصحة بولاية الجزيرة", id="sudan-state"),
        pytest.param("أعلنت وزارة التربية بإقليم كردستان أن", "وزارة التربية بإقليم كردستان", id="region"),
    ],
)
def test_a_state_s_ministry_is_named_with_the_state_after_its_preposition(text, name):
    tokens_of_place = name.split()[-2:]
    assert organisations(text, known=tuple(tokens_of_place)) == [name]


def test_a_ministry_before_a_town_on_its_preposition_is_no_state_s():
    assert organisations("وقالت وزارة الصحة بغزة إن", known=("بغزة",)) == []
