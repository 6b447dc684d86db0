"""People and places the gazetteer lacks: what is a name after a role, and what is only a phrase."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize


def discovered(text, taken=None, places=None):
    tokens = tokenize(text)
    found = discover(tokens, taken or {}, places) if places is not None else discover(tokens, taken or {})
    return [(d.kind, text[tokens[d.first].start : tokens[d.last].end]) for d in found]


def people(text, taken=None):
    return [name for kind, name in discovered(text, taken) if kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بلغ الإنتاج 3 ملايين طن خلال العام الماضي، بارتفاع يقارب 20 في المئة", id="year-is-no-title"),
        pytest.param("وتعيد الأزمة إلى الأذهان صيف العام الماضي، حين قرر البنك المركزي", id="year-comma"),
        pytest.param("برنامج إعادة الإعمار والتأهيل العام للمناطق المتضررة تبلغ كلفته 120 مليار", id="general"),
        pytest.param("بعد إعلان مديرية الأمن العام الأردنية ضبط مستودع في مدينة الرمثا", id="public-security"),
        pytest.param("وإلى جانب مصفاتي ميناء الأحمدي وميناء عبد الله", id="to-is-no-governor"),
    ],
)
def test_ordinary_words_after_a_word_that_only_looks_like_a_title_are_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المتحدث باسم الحكومة حين سئل عن الأزمة إن", id="when"),
        pytest.param("وقال المتحدث باسم الحكومة عندما سئل عن الأزمة إن", id="when-inda"),
        pytest.param("وقال رئيس الوزراء لما سئل عن الأزمة إن", id="lamma"),
        pytest.param("قال وزير الخارجية تبلغ كلفته 120 مليار دولار", id="verb-and-object-before-a-number"),
        pytest.param("وقال رئيس الهيئة قيمتها تبلغ مليار دولار", id="pronoun-ha"),
        pytest.param("أكد رئيس الوزراء بارتفاع يقارب 20 في المئة", id="bi-iftial"),
        pytest.param("أكد رئيس الوزراء باستخدام القوة", id="bi-istifal"),
        pytest.param("قال رئيس الهيئة مقارنة بمستوياتها قبل الأزمة", id="clitic-and-pronoun"),
        pytest.param("وأعلن رئيس الهيئة حزمة حوافز جديدة تشمل تخفيضاً", id="new-feminine"),
        pytest.param("وأعلن وزير المالية فائض يتجاوز 3 مليارات", id="noun-and-verb-before-a-number"),
    ],
)
def test_a_conjunction_a_verb_or_a_word_with_a_pronoun_after_a_role_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت وزيرة الخارجية النمساوية بياته ماينل-رايزينغر إن", "بياته ماينل-رايزينغر", id="ته"),
        pytest.param("وقال والي ولاية الخرطوم أحمد عثمان حمزة إن", "أحمد عثمان حمزة", id="governor"),
        pytest.param("وقال الناشط أدهم مصطفى إن", "أدهم مصطفى", id="name-ending-hm"),
    ],
)
def test_a_name_that_ends_like_a_pronoun_or_follows_a_real_title_is_still_a_person(text, name):
    assert name in people(text)


def test_a_name_with_a_family_name_in_al_may_come_before_a_number():
    assert people("فيما نال الأمين العام لحركة الشعب زهير المغزاوي 1.97 في المئة") == ["زهير المغزاوي"]
