"""`make_corpus`: a deterministic synthetic corpus in the seeds' format, with its ground truth."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.corpus import Corpus, write_corpus
from articles.parsing import parse_dump


def test_same_seed_gives_the_same_corpus_and_another_seed_another():
    first = [text for _, text, _, _ in Corpus(30, seed=7).dumps()]
    assert first == [text for _, text, _, _ in Corpus(30, seed=7).dumps()]
    assert first != [text for _, text, _, _ in Corpus(30, seed=8).dumps()]


def test_every_generated_dump_parses_with_a_body_and_a_source():
    for _, text, _, _ in Corpus(200, seed=1).dumps():
        dump = parse_dump(text.encode())
        assert all(story.body and story.sources for story in dump.articles)


def test_generated_corpus_has_every_shape_the_seeds_have():
    stories = [story for _, text, _, _ in Corpus(300, seed=2).dumps() for story in parse_dump(text.encode()).articles]
    assert any(story.title_inferred for story in stories)
    assert any(story.published_date for story in stories)
    assert any(not story.published_date for story in stories)
    assert any(story.segment for story in stories)  # appended stories
    assert any(story.keywords for story in stories)
    assert any(link.kind == "similar" for story in stories for link in story.links)


def test_duplicate_rates_are_what_was_asked_and_the_ground_truth_names_them(tmp_path):
    truth = write_corpus(tmp_path, Corpus(2000, seed=3, dup_rate=0.1, near_dup_rate=0.05))
    assert 150 <= len(truth["exact_duplicates"]) <= 250
    assert 60 <= len(truth["near_duplicates"]) <= 140
    for copy, original in truth["exact_duplicates"].items():
        assert (tmp_path / "dumps" / copy).read_bytes() == (tmp_path / "dumps" / original).read_bytes()
    for copy, original in list(truth["near_duplicates"].items())[:20]:
        assert (tmp_path / "dumps" / copy).read_bytes() != (tmp_path / "dumps" / original).read_bytes()
    assert json.loads((tmp_path / "ground_truth.json").read_text())["files"] == 2000
    assert len(list((tmp_path / "dumps").rglob("*.txt"))) == 2000


def test_generated_stories_name_gazetteer_entities_and_introduce_new_people():
    text = "".join(text for _, text, _, _ in Corpus(50, seed=4).dumps())
    assert "المتحدث باسم" in text or "محافظ المدينة" in text
    assert "الولايات المتحدة" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--files", "0"], "at least 1"),
        (["--files", "5", "--dup-rate", "0.7", "--near-dup-rate", "0.5"], "more than 1"),
    ],
)
def test_command_refuses_impossible_requests(tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("make_corpus", "--out", str(tmp_path), *args)
