import pytest

from articles.parsing.keywords import split_tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        pytest.param("الولایات المتحدة فی العراق", ["الولايات المتحدة في العراق"], id="phrase-with-fi-kept-whole-000"),
        pytest.param(
            "القوات الأمیرکیة مهمة التحالف", ["القوات الأميركية", "مهمة التحالف"], id="adjective-then-construct-003"
        ),
        pytest.param("ملفات ملفات ملفات", ["ملفات"], id="repeated-tag-once"),
        pytest.param(
            "واشنطن وبغداد التحالف الدولي", ["واشنطن وبغداد", "التحالف الدولي"], id="conjunct-pair-then-new-tag"
        ),
        pytest.param(
            "القوات الأمنية العراقية العراق", ["القوات الأمنية العراقية", "العراق"], id="nisba-chain-ends-at-a-noun"
        ),
        pytest.param("العراق، سوريا، داعش", ["العراق", "سوريا", "داعش"], id="comma-separated"),
        pytest.param("العراق | سوريا", ["العراق", "سوريا"], id="pipe-separated"),
        pytest.param("التحالف الدولي التحالف الدولی", ["التحالف الدولي"], id="duplicate-judged-on-normalised-form"),
        pytest.param("", [], id="empty-line"),
    ],
)
def test_keyword_line_is_split_into_tags(line, tags):
    assert list(split_tags(line)) == tags
