"""Speakers named right after a verb of speech, with a given name as the evidence that a name starts."""

import pytest

from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES
from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ويقول جمال الزغير، صاحب محجر في بني نعيم", "جمال الزغير", id="family-name-and-comma"),
        pytest.param("وقال آرام محمد صالح، وهو مدرس لغة إنجليزية", "آرام محمد صالح", id="kurdish-given-name"),
        pytest.param("ويقول الحبيب بن سالم الجربي، بحّار من جزر قرقنة", "الحبيب بن سالم الجربي", id="definite-given"),
        pytest.param("وترى فاطمة عبدي نور، أستاذة العلوم السياسية", "فاطمة عبدي نور", id="somali"),
        pytest.param("وقال محمد الفيتوري إن الدولار", "محمد الفيتوري", id="said-that"),
        pytest.param("وقال كريم نصر الله إن الأهالي", "كريم نصر الله", id="everyday-given-name-after-the-verb"),
    ],
)
def test_a_given_name_right_after_a_verb_of_speech_opens_the_speakers_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الصراف أبو سامر الدقاق إن الناس", "أبو سامر الدقاق", id="trade-and-kunya"),
        pytest.param("وقال الدليل السياحي مروان عيد الحسنات إن الزوار", "مروان عيد الحسنات", id="two-word-trade"),
    ],
)
def test_a_given_name_after_a_description_the_rules_do_not_know_opens_the_speakers_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال مصدر أمني، إن القوات", id="no-given-name"),
        pytest.param("وقال كريم إن الأرقام", id="given-name-alone"),
        pytest.param("وقال محمد علي في حديث", id="name-not-ended"),
        pytest.param("وصل محمد علي إلى بغداد", id="verb-of-arrival-and-a-preposition"),
        pytest.param("وأكد البيان أمل الحكومة، في", id="everyday-name-after-a-description"),
        pytest.param("وأكد البيان الختامي للقمة سعيد، في", id="too-long-a-description"),
        pytest.param("وقال المصدر، سامي الحسن", id="comma-inside-the-description"),
        pytest.param("وأعلنت وزارة سعيد الحسن،", id="indefinite-word-before"),
    ],
)
def test_a_verb_of_speech_without_a_given_name_that_ends_as_a_name_names_nobody(text):
    assert people(text) == []


def test_a_known_word_after_the_verb_is_not_read_as_a_speaker():
    assert people("وقال جمال الزغير، صاحب محجر", {1: "LOC"}) == []


def test_everyday_given_names_are_given_names():
    assert EVERYDAY_NAMES <= GIVEN_NAMES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ياسين حمداني، وهو بائع خضار أوقف قبل عام", id="vegetable-seller"),
        pytest.param("وتقول أمينة إسحاق آدم، وهي بائعة شاي فرت من حي الجمارك", id="tea-seller"),
        pytest.param("ويقول موسى كوليبالي، سائق دراجة نارية أجرة في حي", id="motorbike-driver"),
    ],
)
def test_the_noun_a_trade_in_construct_takes_is_no_name(text):
    assert all(name.split()[0] not in ("خضار", "شاي", "دراجة") for name in people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال بائع الموز آدم عثمان إن", "آدم عثمان", id="banana-seller"),
        pytest.param("وقال سائق الشاحنة أبو محمد إن", "أبو محمد", id="lorry-driver"),
    ],
)
def test_a_name_after_a_trade_and_its_definite_noun_is_a_person(text, name):
    assert people(text) == [name]


def test_a_speaker_named_by_the_end_of_an_earlier_name_is_no_new_person():
    text = "وقال الباحث في الشؤون السودانية، هشام عوض الكريم، إن المعركة حاسمة. وأضاف عوض الكريم أن الجيش"
    assert people(text) == ["هشام عوض الكريم"]
