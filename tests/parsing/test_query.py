import pytest

from articles.parsing import parse_dump
from articles.parsing.arabic import clitic_forms, clitic_stems, normalize
from articles.parsing.query import Phrase, Query, QueryError, parse_query, phrase_at, query_key


def _words(*words):
    return Phrase(tuple(words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("بغداد", Query(((_words("بغداد"),),)), id="one-word"),
        pytest.param("العراق  سوريا", Query(((_words("عراق"),), (_words("سوريا"),))), id="space-is-and"),
        pytest.param('"الحكومة العراقية"', Query(((_words("حكومه", "العراقيه"),),)), id="phrase-normalised"),
        pytest.param("«الحكومة العراقية»", Query(((_words("حكومه", "العراقيه"),),)), id="arabic-quote-marks"),
        pytest.param("العراق -داعش", Query(((_words("عراق"),),), (_words("داعش"),)), id="minus-excludes"),
        pytest.param(
            'العراق -"تنظيم الدولة"', Query(((_words("عراق"),),), (_words("تنظيم", "الدوله"),)), id="minus-phrase"
        ),
        pytest.param(
            "بغداد OR دمشق سوريا",
            Query(((_words("بغداد"), _words("دمشق")), (_words("سوريا"),))),
            id="or-binds-tighter-than-space",
        ),
        pytest.param("بغداد أو دمشق", Query(((_words("بغداد"), _words("دمشق")),)), id="arabic-or"),
        pytest.param('"بغداد أو دمشق"', Query(((_words("بغداد", "او", "دمشق"),),)), id="or-inside-quotes-is-a-word"),
        pytest.param(
            "بغداد or دمشق", Query(((_words("بغداد"),), (_words("or"),), (_words("دمشق"),))), id="lower-or-is-a-word"
        ),
        pytest.param("F-16", Query(((_words("f", "16"),),)), id="word-split-by-punctuation-is-a-phrase"),
        pytest.param("العراق ، سوريا", Query(((_words("عراق"),), (_words("سوريا"),))), id="stray-punctuation-ignored"),
        pytest.param("العراق العراق", Query(((_words("عراق"),),)), id="repeated-word-once"),
        pytest.param("والعراق", Query(((_words("عراق"),),)), id="clitics-and-article-taken-off"),
    ],
)
def test_query_is_read(text, expected):
    assert parse_query(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "empty query: type at least one word", id="empty"),
        pytest.param(" ، ", "empty query: type at least one word", id="punctuation-only"),
        pytest.param(
            '"الحكومة العراقية',
            'unclosed quote at character 1: add the closing " or remove this one',
            id="unclosed-quote",
        ),
        pytest.param(
            'العراق "', 'unclosed quote at character 8: add the closing " or remove this one', id="lone-quote"
        ),
        pytest.param('""', 'empty phrase: put words between the quotes, e.g. "الحكومة العراقية"', id="empty-phrase"),
        pytest.param("العراق -", 'a minus must stand right before a word or a "phrase": -word', id="lone-minus"),
        pytest.param(
            "العراق - داعش", 'a minus must stand right before a word or a "phrase": -word', id="minus-then-space"
        ),
        pytest.param("-داعش", "only excluded words: add a word to look for, e.g. العراق -داعش", id="only-excluded"),
        pytest.param("OR بغداد", "OR needs a word on each side, e.g. بغداد OR دمشق", id="or-first"),
        pytest.param("بغداد OR", "OR needs a word on each side, e.g. بغداد OR دمشق", id="or-last"),
        pytest.param("بغداد OR OR دمشق", "OR needs a word on each side, e.g. بغداد OR دمشق", id="or-twice"),
        pytest.param(
            "بغداد OR -دمشق", "an excluded word cannot take OR: remove the minus from -دمشق", id="or-before-minus"
        ),
        pytest.param(
            "العراق -بغداد OR دمشق",
            "an excluded word cannot take OR: write the alternatives without a minus",
            id="or-after-minus",
        ),
    ],
)
def test_bad_query_raises_one_line_saying_what_to_do(text, message):
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert str(raised.value) == message


def test_query_error_is_a_value_error():
    assert issubclass(QueryError, ValueError)


@pytest.mark.parametrize(
    ("typed", "looked_up"),
    [
        pytest.param("والعراق", "عراق", id="wa-al"),
        pytest.param("بالعراق", "عراق", id="bi-al"),
        pytest.param("للعراق", "عراق", id="li-al-written-lil"),
        pytest.param("وللعراق", "عراق", id="wa-lil"),
        pytest.param("الانسحاب", "انسحاب", id="article"),  # انسحاب القوات: definite, no article
        pytest.param("الله", "الله", id="two-letters-behind-the-article-kept"),  # not له
        pytest.param("الذي", "الذي", id="relative-pronoun-kept"),
        pytest.param("وبغداد", "وبغداد", id="clitic-without-article-kept-as-typed"),
        pytest.param("وزير", "وزير", id="word-starting-with-waw-kept"),
        pytest.param("والي", "والي", id="too-short-behind-article-kept"),  # not و + الي (إلى)
    ],
)
def test_query_key_takes_clitics_and_the_article_off(typed, looked_up):
    assert query_key(typed) == looked_up


def test_clitic_forms_of_the_article_form_are_its_written_forms():
    assert set(clitic_forms("العراق", article=True)) >= {
        "العراق",
        "والعراق",
        "بالعراق",
        "للعراق",
        "فالعراق",
        "وللعراق",
        "وبالعراق",
    }


def test_clitic_forms_of_a_bare_word_include_its_article_forms():
    assert set(clitic_forms("عراق", article=True)) >= {"عراق", "وعراق", "بعراق", "لعراق", "العراق", "والعراق", "للعراق"}


def test_clitic_forms_invert_clitic_stems_over_the_seed_vocabulary(seed_bytes):
    # Every word of the seeds is among the forms of each of its stems: the query side (forms)
    # and the one definition of clitics (clitic_stems) agree.
    words = {
        word
        for name in ("000_c729addcbd090b77.txt", "002_6b8f8232c79e6353.txt", "003_071eff8cf92bc83d.txt")
        for article in parse_dump(seed_bytes(name)).articles
        for word in normalize(article.body).split()
    }
    missing = [
        (word, stem) for word in words for stem in clitic_stems(word) if word not in clitic_forms(stem, article=True)
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("keys", "phrase", "start", "expected"),
    [
        pytest.param(["قالت", "للحكومه", "العراقيه"], ("الحكومه", "العراقيه"), 1, True, id="first-word-with-clitic"),
        pytest.param(["الحكومه", "والعراقيه"], ("الحكومه", "العراقيه"), 0, False, id="later-word-as-typed"),
        pytest.param(["العراقيه", "الحكومه"], ("الحكومه", "العراقيه"), 0, False, id="order-counts"),
        pytest.param(["الحكومه"], ("الحكومه", "العراقيه"), 0, False, id="runs-past-the-end"),
    ],
)
def test_phrase_at_applies_the_databases_rule(keys, phrase, start, expected):
    assert phrase_at(Phrase(phrase), keys, start) is expected
