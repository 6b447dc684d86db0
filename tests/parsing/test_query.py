import pytest

from articles.parsing import parse_dump
from articles.parsing.arabic import clitic_forms, clitic_stems, normalize
from articles.parsing.query import Phrase, Query, QueryError, index_terms, parse_query, phrase_at, query_key


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


def _seed_words(seed_bytes) -> list[list[str]]:
    return [
        normalize(article.body).split()
        for name in ("000_c729addcbd090b77.txt", "002_6b8f8232c79e6353.txt", "003_071eff8cf92bc83d.txt")
        for article in parse_dump(seed_bytes(name)).articles
    ]


def test_clitic_forms_are_exactly_the_words_with_that_stem_over_the_seed_vocabulary(seed_bytes):
    # The query side (forms, which SQLite and the snippets match) and the index side (stems, which
    # PostgreSQL's terms hold) must find the same words, or the two databases answer differently.
    vocabulary = {word for words in _seed_words(seed_bytes) for word in words}
    having: dict[str, set[str]] = {}
    for word in vocabulary:
        for stem in clitic_stems(word):
            having.setdefault(stem, set()).add(word)
    keys = set(having) | {query_key(word) for word in vocabulary}
    differ = {
        key: (set(clitic_forms(key, article=True)) & vocabulary) ^ having.get(key, set())
        for key in keys
        if (set(clitic_forms(key, article=True)) & vocabulary) != having.get(key, set())
    }
    assert differ == {}


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        pytest.param("الالتزام", "الالتزام", id="root-alif-lam-behind-the-article"),
        pytest.param("الألمانية", "بالألمانية", id="root-alif-lam-behind-a-clitic"),
        pytest.param("الإله", "الإله", id="short-root-alif-lam"),
    ],
)
def test_a_word_whose_root_begins_with_alif_lam_finds_itself(typed, written):
    # ال of the root taken for the article left the key without the reader's article: the typed
    # word did not find the same word in a text.
    assert normalize(written) in clitic_forms(query_key(normalize(typed)), article=True)


def test_index_terms_are_each_words_stems_and_the_pairs_it_starts():
    assert index_terms(["قال", "والعراق", "قديم"], "|") == [
        (0, "قال"),
        (0, "قال والعراق"),
        (1, "والعراق"),
        (1, "العراق"),
        (1, "عراق"),
        (1, "والعراق قديم"),
        (1, "العراق قديم"),
        (1, "عراق قديم"),
        (2, "قديم"),
    ]


def test_index_terms_make_no_pair_across_a_gap():
    assert index_terms(["حلب", "|", "دمشق"], "|") == [(0, "حلب"), (2, "دمشق")]


@pytest.mark.parametrize(
    ("words", "terms"),
    [
        pytest.param(("عراق",), ("عراق",), id="one-word-its-key"),
        pytest.param(("حكومه", "العراقيه"), ("حكومه العراقيه",), id="two-words-one-pair"),
        pytest.param(
            ("حكومه", "العراقيه", "الجديده"), ("حكومه العراقيه", "العراقيه الجديده"), id="three-words-two-pairs"
        ),
    ],
)
def test_phrase_terms_are_its_pairs_the_first_word_by_its_key(words, terms):
    assert Phrase(words).terms() == terms


def test_index_terms_hold_a_phrase_exactly_where_phrase_at_finds_it_over_the_seeds(seed_bytes):
    # PostgreSQL matches a phrase's terms at consecutive places; SQLite and the snippets match
    # phrase_at. Every phrase of the seeds (each stem of its first word), and the same words out
    # of order, must get one answer from both.
    checked = 0
    for words in _seed_words(seed_bytes):
        held = set(index_terms(words, "|"))
        for start in range(len(words) - 2):
            following = words[start + 1 : start + 3]
            for stem in clitic_stems(words[start]):
                for phrase in (
                    Phrase((stem, *following[:1])),
                    Phrase((stem, *following)),
                    Phrase((stem, *reversed(following))),
                ):
                    by_terms = all((start + at, term) in held for at, term in enumerate(phrase.terms()))
                    assert by_terms is phrase_at(phrase, words, start), (phrase, start)
                    checked += 1
    assert checked > 1000


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
