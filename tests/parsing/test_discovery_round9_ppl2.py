"""People of round 9, second wave: where a name after a role ends, before the object of the verb
that the role's holder is the subject of."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "برفقة الفرقة بقيادة المايسترو عدنان فتح الله باقة من أشهر أغانيها", "عدنان فتح الله", id="bouquet-of"
        ),
        pytest.param("وقدم المخرج سامر خالد حداد مجموعة من الأفلام القصيرة", "سامر خالد حداد", id="group-of"),
        pytest.param("وتسلم الوزير ياسين مراد عددا من الطلبات", "ياسين مراد", id="a-number-of"),
    ],
)
def test_a_name_ends_before_a_quantity_and_min(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المزارع محمود باقة إن الموسم جيد", "محمود باقة", id="family-name-without-min"),
        pytest.param("وقال الباحث عمر حسن من جامعة دمشق إن", "عمر حسن", id="min-after-the-family-name"),
    ],
)
def test_a_name_with_no_quantity_before_min_is_whole(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "ويرى الباحث في المركز سمير العبد الله أن رفع العقوبات شرط", "سمير العبد الله", id="servant-of-god-alone"
        ),
        pytest.param(
            "ويقول محمد العبد الله الحمادي، وهو مزارع من بلدة الشحيل", "محمد العبد الله الحمادي", id="and-family-name"
        ),
        pytest.param("وقال المدير فيصل العثمان فخرو، في بيان", "فيصل العثمان فخرو", id="family-name-without-al"),
    ],
)
def test_a_forefather_with_the_article_stays_in_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الوزير خالد العمر سنة، إن", "خالد العمر", id="everyday-forefather"),
        pytest.param("وقال المدير فيصل العثمان مجدداً، إن", "فيصل العثمان", id="tanween-after"),
    ],
)
def test_a_word_after_a_forefather_that_ends_no_name_stays_out(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وتابع وزير شؤون الكهرباء ياسر بن إبراهيم حميدان سير أعمال الصيانة ميدانياً",
            "ياسر بن إبراهيم حميدان",
            id="object-after-family-name",
        ),
    ],
)
def test_a_lineage_of_four_words_ends_at_its_family_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("واستقبل الوزير يوسف بن عبد الحسين خلف في مكتبه", "يوسف بن عبد الحسين خلف", id="compound-father"),
        pytest.param(
            "وقال الشيخ محمد بن سعود بن خالد آل سعود إن", "محمد بن سعود بن خالد آل سعود", id="lineage-goes-on"
        ),
    ],
)
def test_a_lineage_that_goes_on_by_a_compound_or_son_of_is_whole(text, name):
    assert people(text) == [name]
