"""How good extraction is: precision, recall and F1 against hand-annotated gold files.

A gold file lists, per story of a dump (file and segment), every entity the story names (exhaustive:
anything else found is a false positive) and the entities it must not have (those of the story glued
to it). A gold name may be any spelling the entity is known by: the canonical name or an alias. A
gold entity's own `aliases`, the spellings its annotator accepts (`مصدر` for `شركة مصدر`), count as
its name: until 2026-11-25 they were ignored, and a right answer spelt as an alias was scored both
missed and spurious.

A leading class noun is not part of a name (`OPTIONAL_HEADS`): `حي الشجاعية` and `الشجاعية`, `شركة الصفوة`
and `الصفوة`, `نادي الهلال` and `الهلال` are one entity each, as the guidelines already make `محافظة الحديدة`
and `الحديدة` one. The gold sets' annotators wrote such names both ways, so a right answer could be
scored both missed and spurious. Since 2026-12-06 the scorer takes the noun as optional on both sides;
`strict=True` (`evaluate_entities --strict`) scores names as written, as before.
"""

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from articles.entities import load_gazetteer
from articles.models import Entity, EntityAlias
from articles.parsing import DumpError, parse_dump
from articles.parsing.arabic import normalize
from articles.parsing.entities import Gazetteer, extract, story_text

KINDS = ("PERSON", "ORG", "LOC")
# Nouns of a place's or a body's class that news writes before its name or leaves out.
_PLACE_HEADS = ("حي", "حارة", "منطقة", "بلدة", "قرية", "مدينة", "محافظة", "ولاية")
_BODY_HEADS = ("شركة", "نادي", "قناة", "صحيفة", "جريدة", "مجلة")
OPTIONAL_HEADS = frozenset(normalize(noun) for noun in (*_PLACE_HEADS, *_BODY_HEADS))


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class GoldEntity:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()  # other spellings the annotator accepts for it

    @property
    def keys(self) -> set[str]:
        return {normalize(name) for name in (self.name, *self.aliases)}


@dataclass(frozen=True)
class GoldStory:
    file: Path
    segment: int
    entities: tuple[GoldEntity, ...]
    absent: tuple[GoldEntity, ...]


@dataclass
class Tally:
    correct: int = 0  # found and in the gold list
    found: int = 0
    gold: int = 0
    recalled: int = 0  # gold entries found

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    def __iadd__(self, other: "Tally") -> "Tally":
        self.correct += other.correct
        self.found += other.found
        self.gold += other.gold
        self.recalled += other.recalled
        return self

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    stories: int = 0
    by_kind: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    errors: list[str] = field(default_factory=list)  # one line per miss, spurious find or forbidden find

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.by_kind.values():
            total += tally
        return total

    def table(self) -> str:
        lines = [f"{'kind':<8}{'gold':>6}{'found':>7}{'correct':>9}{'precision':>11}{'recall':>8}{'F1':>7}"]
        for label, tally in [*self.by_kind.items(), ("all", self.overall)]:
            lines.append(
                f"{label:<8}{tally.gold:>6}{tally.found:>7}{tally.correct:>9}"
                f"{tally.precision:>11.3f}{tally.recall:>8.3f}{tally.f1:>7.3f}"
            )
        return "\n".join(lines)


def pooled(evaluations: list[Evaluation]) -> Evaluation:
    """Several gold files scored as one: counts added, so each entity weighs the same."""
    total = Evaluation()
    for evaluation in evaluations:
        total.stories += evaluation.stories
        for kind, tally in evaluation.by_kind.items():
            total.by_kind[kind] += tally
        total.errors += evaluation.errors
    return total


def load_gold(path: str | Path) -> list[GoldStory]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            GoldStory(
                file=path.parent / item["file"],
                segment=int(item["segment"]),
                entities=tuple(_gold_entity(e) for e in item["entities"]),
                absent=tuple(_gold_entity(e) for e in item.get("absent", ())),
            )
            for item in data["articles"]
        ]
    except OSError as error:
        raise GoldError(f"{path}: cannot read: {error.strerror or error}") from error
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}: not JSON: {error}") from error
    except (KeyError, TypeError, ValueError) as error:
        raise GoldError(f"{path}: expected {{'articles': [{{file, segment, entities, absent}}]}}: {error}") from error


def _gold_entity(item: dict) -> GoldEntity:
    if item["kind"] not in KINDS:
        raise ValueError(f"unknown kind {item['kind']!r}")
    return GoldEntity(item["name"], item["kind"], tuple(item.get("aliases", ())))


def evaluate(gold_path: str | Path, gazetteer: Gazetteer | None = None, *, strict: bool = False) -> Evaluation:
    """Run extraction on every story of the gold file and score it against the annotation.

    strict: a name with and without its class noun (`OPTIONAL_HEADS`) are two names.
    """
    stories = load_gold(gold_path)
    if not strict:
        stories = [_without_heads(story) for story in stories]
    gazetteer = gazetteer or load_gazetteer()
    known, labels = _entity_names()
    widen = (lambda keys: keys) if strict else _bare_too
    evaluation = Evaluation()
    parsed = {}
    for story in stories:
        if story.file not in parsed:
            try:
                parsed[story.file] = parse_dump(story.file.read_bytes())
            except (OSError, DumpError) as error:
                raise GoldError(f"{story.file}: cannot read the dump: {error}") from error
        articles = {article.segment: article for article in parsed[story.file].articles}
        if story.segment not in articles:
            raise GoldError(f"{story.file}: has no story {story.segment}")
        article = articles[story.segment]
        found = extract(story_text(article), gazetteer)
        predicted = [
            (item.kind, widen(known.get(item.entity_id, {item.key[0]})), item.name or labels.get(item.entity_id, "?"))
            for item in found
        ]
        _score(story, predicted, evaluation)
    return evaluation


def _bare_too(keys: set[str]) -> set[str]:
    """The normalised names, and each without a leading class noun: `حي الشجاعية` also as `الشجاعية`."""
    bare = set(keys)
    for key in keys:
        head, _, rest = key.partition(" ")
        if rest and head in OPTIONAL_HEADS:
            bare.add(rest)
    return bare


def _without_heads(story: GoldStory) -> GoldStory:
    """The story with every gold name's bare form among its accepted spellings."""

    def widen(entity: GoldEntity) -> GoldEntity:
        extra = _bare_too(entity.keys) - entity.keys
        return replace(entity, aliases=(*entity.aliases, *sorted(extra))) if extra else entity

    return replace(
        story, entities=tuple(widen(e) for e in story.entities), absent=tuple(widen(e) for e in story.absent)
    )


def _score(story: GoldStory, predicted: list[tuple[str, set[str], str]], evaluation: Evaluation) -> None:
    where = f"{story.file.name}#{story.segment}"
    evaluation.stories += 1
    for gold in story.entities:
        tally = evaluation.by_kind[gold.kind]
        tally.gold += 1
        if any(kind == gold.kind and gold.keys & keys for kind, keys, _ in predicted):
            tally.recalled += 1
        else:
            evaluation.errors.append(f"{where}: missed {gold.name} ({gold.kind})")
    for kind, keys, label in predicted:
        tally = evaluation.by_kind.setdefault(kind, Tally())
        tally.found += 1
        if any(gold.kind == kind and gold.keys & keys for gold in story.entities):
            tally.correct += 1
        elif any(gold.kind == kind and gold.keys & keys for gold in story.absent):
            evaluation.errors.append(f"{where}: must not have {label} ({kind}), which belongs to the other story")
        else:
            evaluation.errors.append(f"{where}: spurious {label} ({kind})")


def _entity_names() -> tuple[dict[int, set[str]], dict[int, str]]:
    """Every normalised spelling of every entity (its name and aliases), and its name to print."""
    keys: dict[int, set[str]] = {}
    labels: dict[int, str] = {}
    for pk, name, key in Entity.objects.values_list("id", "name", "normalized_name"):
        keys[pk] = {key}
        labels[pk] = name
    for pk, key in EntityAlias.objects.values_list("entity_id", "normalized_name"):
        keys.setdefault(pk, set()).add(key)
    return keys, labels
