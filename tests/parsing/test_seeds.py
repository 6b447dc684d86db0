"""Each seed dump, parsed from its bytes, gives what a careful curator records, field by field."""

import pytest

from articles.parsing import parse_dump
from tests.seed_expectations import SCALAR_FIELDS, SEEDS

CASES = [
    pytest.param(name, segment, expected, id=f"{name[:3]}-{segment}") for (name, segment), expected in SEEDS.items()
]


def _article(seed_bytes, name, segment):
    return parse_dump(seed_bytes(name)).articles[segment]


def test_the_five_seeds_hold_nine_articles(seed_bytes):
    names = sorted({name for name, _ in SEEDS})
    assert sum(len(parse_dump(seed_bytes(name)).articles) for name in names) == 9


@pytest.mark.parametrize(("name", "segment", "expected"), CASES)
@pytest.mark.parametrize("field", SCALAR_FIELDS)
def test_seed_article_field_is_read(seed_bytes, name, segment, expected, field):
    assert getattr(_article(seed_bytes, name, segment), field) == expected[field]


@pytest.mark.parametrize(("name", "segment", "expected"), CASES)
def test_seed_article_sources_have_their_roles(seed_bytes, name, segment, expected):
    article = _article(seed_bytes, name, segment)
    assert [(source.name, source.role) for source in article.sources] == expected["sources"]


@pytest.mark.parametrize(("name", "segment", "expected"), CASES)
def test_seed_article_keywords_are_split_and_deduplicated(seed_bytes, name, segment, expected):
    assert list(_article(seed_bytes, name, segment).keywords) == expected["keywords"]


@pytest.mark.parametrize(("name", "segment", "expected"), CASES)
def test_seed_article_links_are_read_by_kind_in_order(seed_bytes, name, segment, expected):
    links = _article(seed_bytes, name, segment).links
    by_kind = {kind: [link.headline for link in links if link.kind == kind] for kind in {link.kind for link in links}}
    assert by_kind == expected["links"]


@pytest.mark.parametrize(("name", "segment", "expected"), CASES)
def test_seed_article_body_is_the_story_without_furniture(seed_bytes, name, segment, expected):
    body = _article(seed_bytes, name, segment).body
    assert body.startswith(expected["body_starts"])
    assert body.endswith(expected["body_ends"])
    assert body.count("\n\n") + 1 == expected["paragraphs"]
    for text in expected.get("body_contains", []):
        assert text in body
    for text in expected.get("body_lacks", []):
        assert text not in body


@pytest.mark.parametrize("name", sorted({name for name, _ in SEEDS}))
def test_segments_keep_every_line_of_the_dump(seed_bytes, name):
    data = seed_bytes(name)
    lines = [line for article in parse_dump(data).articles for line in article.raw_text.splitlines()]
    assert sorted(lines) == sorted(data.decode("utf-8").splitlines())


def test_appended_story_raw_text_starts_at_its_marker(seed_bytes):
    appended = _article(seed_bytes, "002_6b8f8232c79e6353.txt", 1)
    assert appended.raw_text.startswith("إقرأ أيضاً:\nويتكوف: حققنا")


def test_similar_bullets_after_the_appended_story_stay_in_the_host_raw_text(seed_bytes):
    host, appended = parse_dump(seed_bytes("004_531aee5e3cc5c08f.txt")).articles
    assert "مقالات مشابهة" in host.raw_text
    assert "مقالات مشابهة" not in appended.raw_text
