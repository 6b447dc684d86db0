"""Round 10 places, second wave: plains, beaches and forests named by a word of their own after their
noun (`سهل بيتوين`, `غابة أكفادو`), as markets and gates are; not the ordinary phrases on those nouns
(`شاطئ البحر`, `سهل الاستخدام`, `أمر سهل نسبيا`, `غابة زيتون`)."""

import pytest

from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("نقلوا إلى مخيم في سهل بيتوين، قال مسؤول", ["سهل بيتوين"], id="plain"),
        pytest.param("أحيلوا بعد حريق غابة أكفادو، وأحيلوا إلى القضاء", ["غابة أكفادو"], id="forest"),
        pytest.param("جرفت الأمواج قارباً قرب شاطئ بوجعفر، ونجا الصيادون", ["شاطئ بوجعفر"], id="beach"),
        pytest.param("تمتد غابة زيتون في الجنوب", [], id="forest-of-a-tree"),
        pytest.param("جلسوا على شاطئ البحر في المساء", [], id="the-sea-shore"),
        pytest.param("التطبيق سهل الاستخدام للجميع", [], id="easy-to-use"),
        pytest.param("وهو أمر سهل نسبيا في هذه الظروف", [], id="easy-before-an-adverb"),
        pytest.param("لم يكن الطريق سهلاً عليهم", [], id="easy-with-tanween"),
        pytest.param("سهل عملية انتقال اللاجئين إلى الشمال", [], id="facilitated-a-noun-in-construct"),
    ],
)
def test_landform_named_by_a_word_of_its_own(text, names):
    assert written_places(text) == names
