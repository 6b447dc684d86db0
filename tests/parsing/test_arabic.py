import pytest

from articles.parsing import discovery
from articles.parsing.arabic import clitic_forms, clitic_stems, fold_persian, normalize, written_forms
from articles.parsing.dump import parse_dump


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("مُوَالٍ", "موال", id="tashkeel-stripped"),
        pytest.param("الرَّئِيسُ", "الرييس", id="shadda-and-hamza-on-ya-folded"),
        pytest.param("تـــونس", "تونس", id="tatweel-stripped"),
        pytest.param("أحمد إبراهيم آل ٱلعراق", "احمد ابراهيم ال العراق", id="alef-forms-folded"),
        pytest.param("مستشفى", "مستشفي", id="alef-maqsura-to-ya"),
        pytest.param("الأمیرکیة", "الاميركيه", id="persian-ya-and-kaf-folded"),
        pytest.param("الحكومة", "الحكومه", id="ta-marbuta-to-ha"),
        pytest.param("٢٠٢٤ و۱۲", "2024 و12", id="arabic-indic-and-persian-digits"),
        pytest.param("بغداد\u00a0\u2009 وواشنطن", "بغداد وواشنطن", id="nbsp-and-thin-space"),
        pytest.param('“رويترز” «داعش» "حماس"', "رويترز داعش حماس", id="quotes-dropped"),
        pytest.param("العراق: الحرب، والسلام؟!", "العراق الحرب والسلام", id="punctuation-dropped"),
        pytest.param("Reuters", "reuters", id="latin-case-folded"),
    ],
)
def test_normalize_folds_what_readers_take_for_the_same(written, expected):
    assert normalize(written) == expected


@pytest.mark.parametrize(
    "word", ["والعراق", "بالعراق", "للعراق", "فالعراق", "وبالعراق", "وللعراق", "كالعراق", "العراق"]
)
def test_clitic_stems_of_a_prefixed_word_include_the_bare_name(word):
    assert "العراق" in clitic_stems(normalize(word))


@pytest.mark.parametrize(("word", "stem"), [("للجنة", "اللجنة"), ("وللاذقية", "اللاذقية"), ("للواء", "اللواء")])
def test_l_before_a_definite_word_in_l_drops_the_articles_l_too(word, stem):
    assert stem in clitic_stems(word)
    assert word in clitic_forms(stem)


def test_l_before_an_indefinite_word_in_l_is_still_read_as_it():
    assert {"لجنة", "الجنة"} <= set(clitic_stems("للجنة"))  # ل + لجنة, ل + الجنة


def test_clitic_stems_keep_the_word_itself_first():
    assert clitic_stems("وزير")[0] == "وزير"


def test_clitic_stems_never_strip_to_a_single_letter():
    assert clitic_stems("ول") == ("ول",)


def test_fold_persian_changes_only_persian_letters():
    assert fold_persian("الأمیرکیة فی") == "الأميركية في"


def test_written_forms_hold_exactly_the_words_with_a_listed_stem(seed_bytes):
    lists = [discovery.TITLES, discovery.ROLE_NOUNS, discovery.INSTITUTES, discovery.FACILITIES, discovery.ORG_HEADS]
    listed = {word for words in lists for word in words}
    # The seeds' words, and every listed word behind every clitic (and behind some that are none).
    seeds = ("000_c729addcbd090b77.txt", "002_6b8f8232c79e6353.txt", "003_071eff8cf92bc83d.txt")
    probes = {word for name in seeds for story in parse_dump(seed_bytes(name)).articles for word in story.body.split()}
    probes = {normalize(word) for word in probes} | {
        prefix + base
        for word in listed
        for base in (word, "ال" + word, word[1:], word[2:])
        for prefix in ("", "و", "ف", "ب", "ك", "ل", "لل", "ول", "وب", "فب", "ولل", "بال", "وبال")
    }
    for words in lists:
        forms = written_forms(words)
        assert {key for key in probes if any(stem in words for stem in clitic_stems(key))} == forms & probes


# Two and three letters (checked), ل and ال first, several words.
KEYS_SHORT_AND_LONG = ["اب", "ام", "لب", "ال", "الي", "كي", "عمان", "لبنان", "الليطاني", "العراق", "المقاومة الاسلامية"]


@pytest.mark.parametrize("article", [False, True], ids=["name", "search-word"])
@pytest.mark.parametrize("key", KEYS_SHORT_AND_LONG)
def test_clitic_forms_of_long_keys_built_unchecked_are_those_the_stems_check_keeps(key, article):
    # Keys of four letters or more skip the check against clitic_stems; the check would keep them all.
    candidates = []
    for base in [key, "ال" + key] if article else [key]:
        for conjunction in ("", "و", "ف"):
            for preposition in ("", "ب", "ك", "ل"):
                candidates.append(conjunction + preposition + base)
                if preposition == "ل" and base.startswith("ال"):
                    candidates.append(conjunction + "لل" + base[2:])
                    if base.startswith("الل"):
                        candidates.append(conjunction + "ل" + base[2:])
    expected = {key} | {form for form in candidates if key in clitic_stems(form)}
    assert set(clitic_forms.__wrapped__(key, article=article)) == expected
