import pytest

from articles.parsing.arabic import clitic_stems, fold_persian, normalize


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


def test_clitic_stems_keep_the_word_itself_first():
    assert clitic_stems("وزير")[0] == "وزير"


def test_clitic_stems_never_strip_to_a_single_letter():
    assert clitic_stems("ول") == ("ول",)


def test_fold_persian_changes_only_persian_letters():
    assert fold_persian("الأمیرکیة فی") == "الأميركية في"
