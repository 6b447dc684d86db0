"""People of round 12: counts and tasks that are no names, name shapes of the Maghreb and the Gulf."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize
from tests.parsing.discovered import people


def people_beside_known(text, known):
    """The PERSON names discovered in `text`, as written, when the gazetteer knows the names in `known`
    (as written, with their kinds)."""
    tokens = tokenize(text)
    taken = {}
    for name, kind in known.items():
        start = text.index(name)
        taken |= {i: kind for i, token in enumerate(tokens) if start <= token.start < start + len(name)}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "ويتابع في الملف، إلى جانب الرئيس السابق، ثلاثة مستشارين جماعيين وتقني بالجماعة ومقاول، بتهم",
            id="a-count",
        ),
        pytest.param("ثم يتولى حلها بمساعدة معلمين آخرين في القاهرة", id="others"),
    ],
)
def test_a_count_or_others_is_no_name(text):
    assert people(text) == []


def test_a_given_name_made_of_fa_and_other_stays():
    assert people("وقال منسق الحملة فاخر دعاس إن الحملة رصدت") == ["فاخر دعاس"]


def test_a_second_task_of_a_body_after_wa_is_no_name():
    text = "بحسب المهندس أحمد محمد الشامسي، مدير إدارة الصرف الصحي وتصريف مياه الأمطار في البلدية."
    assert people(text) == ["أحمد محمد الشامسي"]


def test_a_given_name_of_a_verbal_nouns_shape_after_wa_stays():
    assert people("ثلاثة مرشحين، بينهم محمد العلي وتوفيق الراشدي") == ["محمد العلي", "وتوفيق الراشدي"]
