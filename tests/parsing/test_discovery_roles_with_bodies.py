"""A role that names a body in quotes or its seat before the person's name: the name after it is read."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "taken", "name"),
    [
        pytest.param(
            'قال مدير فندق "بوابة الأنباط" خالد سليمان النوافلة إن نسبة',
            {},
            "خالد سليمان النوافلة",
            id="noun-and-quote",
        ),
        pytest.param(
            'ويرى الباحث في مركز "بيروت للدراسات الاستراتيجية" وسام خير الدين أن المؤسسة',
            {4: "LOC"},
            "وسام خير الدين",
            id="quote-after-an-institute",
        ),
        pytest.param(
            'وقال مدير شركة "زرين كل" للتعبئة والتصدير، مهدي صادقي فر، إن',
            {},
            "مهدي صادقي فر",
            id="quote-and-purpose",
        ),
        pytest.param(
            'ويرى المحلل في شركة "غلف إنرجي إنسايتس" ومقرها لندن، رامي فواز النقيب، أن',
            {8: "LOC"},
            "رامي فواز النقيب",
            id="based-in",
        ),
        pytest.param(
            "ويرى الباحث في مركز دراسات المياه، ومقره طهران، رضا نوري، أن",
            {7: "LOC"},
            "رضا نوري",
            id="based-in-after-a-comma",
        ),
    ],
)
def test_a_body_in_quotes_or_its_seat_inside_a_role_leaves_the_name_after_it(text, taken, name):
    assert people(text, taken) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقال المدير خالد "الوضع صعب" في', id="given-name-before-a-quote"),
        pytest.param('وقال مدير فندق "بوابة الأنباط". خالد سليمان النوافلة إن', id="sentence-ends-after-the-quote"),
        pytest.param('وقال مدير فندق "بوابة الأنباط" إن نسبة الإشغال', id="no-name-after-the-quote"),
    ],
)
def test_no_person_after_a_quote_that_ends_the_role_or_follows_a_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وقال المتحدث باسم يونيسف جيمس إلدر إن محطة", ["جيمس إلدر"], id="given-name-after-the-body"),
        pytest.param("وقال المتحدث باسم يونيسف إن محطة", [], id="no-name"),
        pytest.param("وقال المتحدث باسم يونيسف كريم الحسن إن", [], id="everyday-given-name"),
    ],
)
def test_one_unknown_word_of_a_body_inside_a_role_needs_a_given_name_after_it(text, names):
    assert people(text) == names
