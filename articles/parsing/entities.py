"""Finding known names (a gazetteer) in Arabic text: one pass of an Aho–Corasick automaton.

Matching is on the normalised form of DESIGN.md, whole words only, with the clitics Arabic writes
onto a name's first word (`والعراق`, `بالعراق`, `للعراق`), longest match first: `المقاومة الإسلامية
في العراق` is one name, not a name with `العراق` inside it. A nationality adjective (`الإيرانية`) is
another word than the state (`إيران`), so whole-word matching leaves it alone.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

import ahocorasick

from articles.parsing.arabic import clitic_forms, clitic_stems, normalize, written_forms
from articles.parsing.discovery import (
    CLOSING_QUOTES,
    FACILITIES,
    LOC,
    NATIONAL_BODIES,
    OPENING_QUOTES,
    ORG,
    PERSON,
    PLACES,
    PREPOSITIONS_LIKE_NAMES,
    QUOTES,
    SENTENCE_ENDS,
    Discovered,
    demonym,
    demonym_place,
    discover,
    family_name_of_a_known_word,
    given_name_of_a_known_word,
    head_stem,
    longer_name,
    surname_after_a_particle,
)
from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES
from articles.parsing.words import Token, tokenize

# "Son of", "daughter of": the name after one is a father's, inside another person's lineage.
_LINEAGE = frozenset(normalize(word) for word in ("بن", "ابن", "بنت"))


class Name(NamedTuple):
    """One spelling of an entity, as the gazetteer is built from."""

    entity_id: int
    spelling: str
    canonical: bool = False  # the entity's own name, not an alias
    kind: str = ""  # PERSON / ORG / LOC


@dataclass(frozen=True)
class Match:
    entity_id: int
    start: int  # offsets in the text searched
    end: int
    surface: str  # as written, clitics included
    first_word: int = field(default=0, compare=False)  # token indices, inclusive
    last_word: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Mentions:
    entity_id: int
    count: int
    surface_forms: tuple[str, ...]  # distinct, in order of appearance
    first_offset: int


class Gazetteer:
    """Names of entities, compiled once; `find` is a single pass over the text."""

    def __init__(self, names: Iterable[tuple]):
        """names: `Name`s, or tuples in its order (entity id, spelling, canonical, kind)."""
        owners: dict[str, dict[int, bool]] = {}
        self.kinds: dict[int, str] = {}
        self._given: dict[int, set[str]] = {}  # a known person's first words: `حسن` of `حسن نصر الله`
        weak: set[tuple[str, int]] = set()
        places: set[str] = set()
        marked: dict[str, list[tuple[str, int]]] = {}
        for entity_id, spelling, canonical, kind in (Name(*name) for name in names):
            key = normalize(spelling)
            if not key:
                continue
            if not canonical and " " not in key and _marks(spelling):
                marked.setdefault(key, []).append((_marks(spelling), entity_id))
            if kind == LOC and " " not in key and key not in HOMOGRAPH_PLACES:
                places.add(key)  # not `مالي`: `المالي` is "financial" far more often than "Malian"
            owners.setdefault(key, {})
            owners[key][entity_id] = owners[key].get(entity_id, False) or canonical
            self.kinds.setdefault(entity_id, kind)
            if kind == PERSON and not canonical and _is_nisba(key):
                weak.add((key, entity_id))
            if kind == PERSON and " " in key and canonical:
                # The canonical name's: not `نصر` of the alias `نصر الله`, a family name.
                self._given.setdefault(entity_id, set()).add(key.split(" ", 1)[0])
        # One-word place names: what tells `التركي` (of Turkey) from `المائية` (of water).
        self.places = frozenset(places) or PLACES
        # Values are packed into C integers, not tuples: a worker that reads a tuple shared with the
        # importer writes its reference count, and the page holding it is copied into the worker.
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.size = 0
        self._homograph_owners: dict[str, int] = {}
        # A written form two names share goes to the one that needs fewer clitic letters to make it:
        # `كسلا` is Kassala, not ك + `سلا` (Salé), whichever of them the database lists first.
        forms: dict[str, tuple[int, int]] = {}
        for key, entities in owners.items():
            entity_id = self._owner(entities)
            if entity_id is None:
                continue
            if key in HOMOGRAPH_PLACES and self.kinds.get(entity_id) == LOC:
                self._homograph_owners[key] = entity_id  # read in context only, never by the automaton
                continue
            words = key.count(" ") + 1
            value = _pack(entity_id, words, (key, entity_id) in weak)
            for spelling in _cases(key, owners):
                for form in clitic_forms(spelling):
                    added = len(form) - len(spelling)
                    if form not in forms or added <= forms[form][0]:
                        forms[form] = (added, value)
            self.size += 1
        for form, (_, value) in forms.items():
            # Spaces around the key make every hit a whole-word hit in the spaced text.
            self._automaton.add_word(f" {form} ", value)
        if self.size:
            self._automaton.make_automaton()
        # Places the file has only with their head noun (`مدينة ينبع`, `منطقة الطالبية`): the bare name is read
        # as a weak homograph, where the words around it make it a place.
        self._headed = _headed_places(owners, self.kinds, self._owner)
        self._homograph_owners.update(self._headed)
        self._homograph_forms = _HOMOGRAPH_FORMS | written_forms(self._headed) if self._headed else _HOMOGRAPH_FORMS
        # `ولاية الجزيرة`: the place an outlet's bare name (`الجزيرة`) names where no word of the trade cues it.
        self._cued_places = _headed_places(owners, self.kinds, self._owner, _CUED_NAMES)
        # `وجدة` (Oujda) is also و + `جدة` (Jeddah): one-word places spelt و and another place's name.
        self._conjoined: dict[str, tuple[int, int]] = {}
        for key in places:
            if key.startswith("و") and key[1:] in places:
                own, other = self._owner(owners[key]), self._owner(owners[key[1:]])
                if own is not None and other is not None and own != other:
                    self._conjoined[key] = (own, other)
        self._bodies, self._body_countries = _national_bodies(owners, self.kinds, self.places, marked)
        self._clubs, self._club_ids = _clubs(owners, self.kinds, self._owner, self.places)
        self._club_variants = _club_variants(self._clubs, self.places)
        self._club_forms = written_forms({bare.split(" ", 1)[0] for bare in self._clubs})
        # `عُمان` (Oman) and `عمان` (Amman) have one key: the alias written with its vowel names its own
        # entity where the text writes that vowel, or where the story names that entity otherwise.
        self._marked: dict[int, list[tuple[str, int]]] = {}
        for key, forms in marked.items():
            owner = self._owner(owners[key])
            for form, entity_id in forms:
                if owner is not None and owner != entity_id:
                    self._marked.setdefault(owner, []).append((form, entity_id))

    @staticmethod
    def _owner(entities: dict[int, bool]) -> int | None:
        """The one entity a spelling names: the only one, or the one whose own name it is.

        A spelling two entities share only as an alias is ambiguous and matches neither.
        """
        if len(entities) == 1:
            return next(iter(entities))
        canonical = [entity_id for entity_id, is_canonical in entities.items() if is_canonical]
        return canonical[0] if len(canonical) == 1 else None

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest first, in order of appearance."""
        return self.find_in(text, tokenize(text))

    def find_in(self, text: str, tokens: list[Token]) -> list[Match]:
        if not self.size or not tokens:
            return []
        spaced = " " + " ".join(token.key for token in tokens) + " "
        # Position in `spaced` of each word's first character → word index.
        word_at: dict[int, int] = {}
        position = 1
        for index, token in enumerate(tokens):
            word_at[position] = index
            position += len(token.key) + 1
        candidates = []
        for end, value in self._automaton.iter(spaced):
            entity_id, words, is_weak = _unpack(value)
            # `end` is the trailing space; walk back over the key to its first word.
            first = word_at[_start_of(spaced, end, words)]
            if first and tokens[first - 1].key in _LINEAGE and self.kinds.get(entity_id) == PERSON:
                continue  # `محمد بن سلمان بن عبدالعزيز`: the king named as the crown prince's father
            candidates.append((words, first, entity_id, is_weak))
        taken = [False] * len(tokens)
        chosen = []
        for words, first, entity_id, is_weak in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if any(taken[first : first + words]):
                continue
            taken[first : first + words] = [True] * words
            chosen.append((first, first + words - 1, entity_id, is_weak))
        # A family name that is also an adjective (`السوداني`) names the person only beside the full name.
        strong = {entity_id for *_, entity_id, is_weak in chosen if not is_weak}
        chosen = [span for span in chosen if not span[3] or (span[2] in strong and not _adjective_use(tokens, span[0]))]
        uncued = [span[0] for span in chosen if span[0] == span[1] and _uncued_outlet(tokens, span[0])]
        chosen = [
            span
            for span in chosen
            if span[0] != span[1]
            or not (
                _opens_idiom(tokens, span[0])
                or span[0] in uncued
                or _country_as_adjective(tokens, span[0], self.places)
                or _adjective_of_a_noun(tokens, span[0])
                or (self.kinds.get(span[2]) == LOC and _nisba_place_as_adjective(tokens, span[0]))
                or _in_competition_name(tokens, span[0])
                or (self.kinds.get(span[2]) == LOC and _accusative(tokens[span[0]]))
            )
        ]
        chosen = [
            span
            for span in chosen
            if not self._another_of_the_family(tokens, span)
            and not _riverbank(tokens, span)
            and not _side_of_a_place(tokens, span)
            and not self._family_name_of_a_place(tokens, span, chosen)
        ]
        if self._marked:
            chosen = self._homographs(tokens, chosen)
        if self._conjoined:
            chosen = self._conjoined_places(tokens, chosen)
        if self._homograph_owners:
            chosen += self._places_in_context(tokens, chosen, taken)
        if uncued and self._cued_places:
            chosen += self._outlets_as_places(tokens, chosen, uncued)
        if self._bodies:
            chosen += self._bodies_named_bare(tokens, chosen, taken)
        if self._clubs:
            chosen = self._clubs_in_context(tokens, chosen)
        return sorted(
            (_match(text, tokens, first, last, entity_id) for first, last, entity_id, _ in chosen),
            key=lambda match: match.start,
        )

    def _another_of_the_family(self, tokens: list[Token], span: tuple) -> bool:
        """`هادي نصر الله`, `إريك ترامب`: a known person's family name right after a given name that is
        none of his is another person of that family, not him."""
        first, _, entity_id, _ = span
        if first == 0 or self.kinds.get(entity_id) != PERSON or tokens[first].after_break or tokens[first].after_comma:
            return False
        own = self._given.get(entity_id, ())
        if tokens[first].key in own:
            return False  # the match opens on his own given name: his full name
        before = tokens[first - 1]
        if before.raw in PREPOSITIONS_LIKE_NAMES:
            return False  # `على بن غفير`: normalised, على is the name علي
        return before.key in GIVEN_NAMES and before.key not in EVERYDAY_NAMES and before.key not in own

    def _family_name_of_a_place(self, tokens: list[Token], span: tuple, chosen: list) -> bool:
        """`لويس مونتينيغرو`, `فارح عدن حرسي`, `لمياء الوزاني`: a one-word place right after a given name is
        the person's family name (8 of the 8 such places in the 44 tuning sets' story text), as a place would
        follow a noun, a verb or a preposition. Not a given name that is an everyday word too (`حصة مصر`, "the
        share of", `نجاح الفاو`), the preposition `على` folded to `علي`, nor a place behind a clitic
        (`مختار بعنابة`, "of Annaba", `سد سيدي سالم بولاية باجة`)."""
        first, last, entity_id, _ = span
        if first != last or first == 0 or self.kinds.get(entity_id) != LOC:
            return False
        token = tokens[first]
        if token.after_break or token.after_comma or token.key not in self.places:
            return False
        before = tokens[first - 1]
        if before.key not in GIVEN_NAMES or before.key in EVERYDAY_NAMES or before.raw in PREPOSITIONS_LIKE_NAMES:
            return False
        return not any(other[0] <= first - 1 <= other[1] for other in chosen)

    def _homographs(self, tokens: list[Token], chosen: list) -> list:
        """A one-word name that a marked alias of another entity shares (`عمان`): that entity's where the
        word carries the alias's vowel (`عُمان`), or, unvowelled, where the story names it otherwise."""
        resolved = []
        for first, last, entity_id, is_weak in chosen:
            if first == last and entity_id in self._marked:
                written = _marks(tokens[first].raw)
                entity_id = next(
                    (other for form, other in self._marked[entity_id] if written.endswith(form)), entity_id
                )
            resolved.append((first, last, entity_id, is_weak))
        named = {entity_id for _, _, entity_id, _ in resolved}
        for n, (first, last, entity_id, is_weak) in enumerate(resolved):
            if first == last and entity_id in self._marked:
                reading = _unvowelled_reading(tokens[first].raw, self._marked[entity_id], named, entity_id)
                resolved[n] = (first, last, reading, is_weak)
        return resolved

    def _conjoined_places(self, tokens: list[Token], chosen: list) -> list:
        """`وجدة`: و and the other place (`جدة`) in a list of places (`الرياض وجدة والدمام`) or where
        the story names that place alone and not the first; else the place of that spelling (Oujda)."""
        if not any(first == last and tokens[first].key in self._conjoined for first, last, *_ in chosen):
            return chosen  # most texts
        named = {entity_id for first, last, entity_id, _ in chosen if tokens[first].key not in self._conjoined}
        place_ends = {last for _, last, entity_id, _ in chosen if self.kinds.get(entity_id) == LOC}
        resolved = []
        for first, last, entity_id, is_weak in chosen:
            if first == last and tokens[first].key in self._conjoined:
                own, other = self._conjoined[tokens[first].key]
                listed = first - 1 in place_ends and not tokens[first].after_break
                entity_id = other if listed or (other in named and own not in named) else own
            resolved.append((first, last, entity_id, is_weak))
        return resolved

    def _places_in_context(self, tokens: list[Token], chosen: list, taken: list[bool]) -> list:
        """A place whose name is an everyday word (`مالي`), where the words around it make it a place."""
        found = []
        places_at: dict[int, int] | None = None
        places_end: set[int] = set()
        for i in [i for i, token in enumerate(tokens) if token.key in self._homograph_forms]:  # most texts: none
            token = tokens[i]
            if taken[i]:
                continue
            key = next((stem for stem in clitic_stems(token.key) if stem in self._homograph_owners), None)
            if key is None or (token.definite and not key.startswith("ال")):
                continue  # a homograph the file does not have; `المالي`, the adjective
            entity_id = self._homograph_owners[key]
            if places_at is None:  # built for the texts that have a candidate
                places_at = {first: last for first, last, place, _ in chosen if self.kinds.get(place) == LOC}
                places_end = set(places_at.values())
            derived = key in self._headed
            if _reads_as_place(
                tokens, i, key, places_at, places_end, weak=key not in _STRONG_HOMOGRAPHS, derived=derived
            ):
                taken[i] = True
                places_end.add(i)  # `الرمادي وحديثة والقائم`: a list goes on
                found.append((i, i, entity_id, False))
        return found

    def _outlets_as_places(self, tokens: list[Token], chosen: list, uncued: list[int]) -> list:
        """An outlet's bare name that no word of the trade cues, read as the place of that name where the
        words around it make it one: `ولايتي الخرطوم والجزيرة`, `من ولايتي الجزيرة ونهر النيل`."""
        places_at = {first: last for first, last, place, _ in chosen if self.kinds.get(place) == LOC}
        places_end = set(places_at.values())
        found = []
        for i in uncued:
            key = next((stem for stem in clitic_stems(tokens[i].key) if stem in self._cued_places), None)
            if key is None or (i > 0 and tokens[i - 1].key in _COMPASS):
                continue  # `جنوب الجزيرة`: south of an island as often
            if _reads_as_place(tokens, i, key, places_at, places_end, derived=True):
                found.append((i, i, self._cued_places[key], False))
        return found

    def _bodies_named_bare(self, tokens: list[Token], chosen: list, taken: list[bool]) -> list:
        """`مجلس النواب` with no country: the body of the country the story names, if it names one.

        The story's country is the one whose body it also names in full, else the country it names
        most (the first named on a tie); a story that names none of them leaves the body alone.
        """
        found = []
        for i, token in enumerate(tokens):
            if taken[i] or token.key not in _BODY_HEAD_FORMS:
                continue
            bare = next((b for b in _BODY_WORDS if _words_at(tokens, i, b) and not any(taken[i : i + len(b)])), None)
            if bare is None:
                continue
            last = i + len(bare) - 1
            following = tokens[last + 1] if last + 1 < len(tokens) else None
            if following is not None and not following.after_break and demonym_place(following.key, self.places):
                continue  # `مجلس النواب التونسي`: another country's, which the gazetteer does not know
            by_country = self._bodies.get(" ".join(bare))
            if not by_country:
                continue
            body = _story_body(by_country, chosen, self._adjectives(tokens))
            if body is None and (country := self._country_by_adjective(tokens)) is not None:
                body = by_country.get(country)
            if body is not None:
                found.append((i, last, body, False))
        return found

    def _clubs_in_context(self, tokens: list[Token], chosen: list) -> list:
        """A club named bare (`الوحدات`, `النصر`, `السلط`) in a sport story where a word of the game stands
        before it (`فريق الوحدات`, `مدرب النصر`, `فاز السلط على`, `تعادل X مع الرمثا`). The bare name is an
        everyday word or a town, so the gazetteer has the club only as `نادي X` or `النادي X`; a town's name
        read as its club is no mention of the town."""
        keys = {token.key for token in tokens}
        if self._club_forms.isdisjoint(keys) or len(keys & _SPORT_WORDS) < _SPORT_MIN:
            return chosen  # most texts: no club's name, or no sport
        candidates = [i for i, token in enumerate(tokens) if token.key in self._club_forms]
        by_first = {span[0]: span for span in chosen}
        covered = {k for first, last, *_ in chosen for k in range(first, last + 1)}
        club_ends = {last for _, last, entity_id, _ in chosen if entity_id in self._club_ids}
        established: set[str] = set()
        for i in candidates:
            bare, last = self._bare_club_at(tokens, i)
            if bare is None or not self._free_or_town(range(i, last + 1), by_first, covered):
                continue  # inside a longer name (`الاتحاد الأوروبي`); a town (`السلط`) may yet be its club
            if not _club_cued(tokens, i, club_ends, town=i in covered and bare not in established):
                continue
            established.add(bare)  # `فاز السلط على` … `لمواجهة السلط`: the club again
            chosen = [span for span in chosen if not i <= span[0] <= last]
            chosen.append((i, last, self._club_of_story(bare, tokens), False))
            covered.update(range(i, last + 1))
            club_ends.add(last)
        return chosen

    def _club_of_story(self, bare: str, tokens: list[Token]) -> int:
        """`الأهلي` is Egypt's club, but the Saudi one (`الأهلي السعودي`) in a story whose adjective is
        Saudi: the country whose adjective (`السعودي`, `السعودية`) it writes most, strictly."""
        variants = self._club_variants.get(bare)
        if not variants:
            return self._clubs[bare]
        country = self._most_written_nationality(tokens)
        return next((club for place, club in variants if place == country), self._clubs[bare])

    def _most_written_nationality(self, tokens: list[Token]) -> str | None:
        """The place whose nationality adjective (`المصري`, `السعودية`) the text writes most, strictly."""
        counts = Counter(
            place for token in tokens if token.definite and (place := demonym_place(token.key, self.places))
        )
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _country_by_adjective(self, tokens: list[Token]) -> int | None:
        """The country of a story that names no country with the body, only its adjective: an Egyptian
        local story names its towns, `الجنيه المصري` and `عضو مجلس النواب عن دائرة جرجا`, not `مصر`."""
        place = self._most_written_nationality(tokens)
        return self._body_countries.get(place) if place is not None else None

    def _free_or_town(self, words: range, by_first: dict[int, tuple], covered: set[int]) -> bool:
        """No name covers these words but one-word towns (`السلط`, `الأردن` of `شباب الأردن`)."""
        for k in words:
            span = by_first.get(k)
            if k in covered and not (span and span[0] == span[1] and self.kinds.get(span[2]) == LOC):
                return False
        return True

    def _bare_club_at(self, tokens: list[Token], i: int) -> tuple[str | None, int]:
        """The bare club name that starts at word `i` behind its clitics (`للوحدات`, `وشباب الأردن`), and
        its last word."""
        following = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i + 1].after_break else None
        for stem in clitic_stems(tokens[i].key):
            if following is not None and (two := f"{stem} {following.key}") in self._clubs:
                return two, i + 1
            if stem in self._clubs:
                return stem, i
        return None, i

    def _adjectives(self, tokens: list[Token]) -> list[int]:
        """The countries with a national body whose adjective the story writes, once per use (`المغربية`)."""
        return [
            self._body_countries[place]
            for token in tokens
            if token.definite and (place := demonym_place(token.key, self.places)) in self._body_countries
        ]


# Place names that are everyday words: `مالي` ("financial"), `العقبة` ("the obstacle"), `صور` ("pictures").
# The gazetteer has each as an alias of its place (`جمهورية مالي`, `محافظة العقبة`, `قضاء صور`); the
# matcher reads it as that place only where the words around it make it one (`_reads_as_place`).
def _normalized(words: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in words.split())


# These are read after a preposition too (`في مالي`, `إلى الزرقاء`): that is how text names them.
_STRONG_HOMOGRAPHS = _normalized(
    "مالي بنين العقبة الزرقاء الجنينة الرديف الزبير العلمة ديرة جنزور سترة دسوق عصب القوز الخور"
)
# Those that ordinary text also puts after a preposition or a clitic: a noun (`في صور نشرتها`, "in
# pictures it published", `في مشهد مؤثر`, `بحجة أن`), a verb (`لتدمر`), a title or a family name (`مع
# القائم بالأعمال`, `عن القصير`), and the nouns and adjectives of the second line (`في الخيام`, "in the
# tents", `إلى سيول`, "into torrents", `بالأبيض`, "in white", `المطلة على البحر`, "overlooking the sea"),
# `في سعير` ("in a blaze"), `في بورصة` ("in a stock exchange"), `لم يزد` ("did not exceed"), and on
# the last line `من هذه الزاوية` ("from this angle"), `نقابة المهندسين` ("the engineers"), `الدول
# الغربية` ("Western"), `على البحيرة` ("on the lake"), `طلب مني` ("from me", as `منى` is written),
# `الرئيس عرفات`, `العاصمة الجديدة` ("new"), `يفتح الباب أمام` ("opens the door to"), `الساحات
# والميادين` ("the squares") and `الحدث` ("the event", and a TV channel as `الميادين` is).
# The Gulf, Egyptian, Mauritanian and Lebanese towns of the line after it are words too: `وروى` ("and
# told"), `الحد الأدنى` ("the minimum"), `بالكامل` ("entirely"), `الليث` ("the lion"), `في الخبر` ("in
# the news"), `الصف الأول` ("the first row"), `النعمة` ("the blessing"), `عالية` ("high", folded to
# `عاليه`), `عبر بريده` ("by his mail"), `مليحة` ("pretty"), `قريات` ("hamlets"), `العامرة` ("thriving"),
# `البقعة` ("the spot"), `اليرموك` (the battle and the river; the camp is meant in a list of camps), and
# Kuwait's `الخيران` ("the good ones") and `الوفرة` ("abundance"). So are Oman's `خصب` ("fertile"), `طاقة`
# ("energy"), `عبري` ("Hebrew"), the governorates `الداخلية` ("the interior", of `وزارة الداخلية`) and
# `الظاهرة` ("the phenomenon"), Chad's `أدري` ("I know"), Darfur's `كتم` ("silencing"), Yemen's `الحزم`
# ("firmness", of `عاصفة الحزم`), `إب` (August, `آب`, as folded) and `اللحية` ("the beard"), Egypt's
# `رشيد` (a given name) and the Emirates' `العين` ("the eye"); and Iraq's `العمارة` ("architecture"),
# South Sudan's `واو` (the letter), Morocco's `المحمدية` ("Muhammadan"), Yemen's `الزهرة` ("the flower")
# and Giza's `الهرم` ("the pyramid"); and Upper Egypt's `الصعيد` ("level": `على الصعيد الدولي`, which no
# head noun or list reads, against `محافظات الصعيد` and `القاهرة الكبرى والصعيد`).
# They are a place only after a compass word, a country noun or a place's head noun, or in a list of places.
_WEAK_HOMOGRAPHS = _normalized(
    """
    صور مشهد تدمر حديثة القائم القصير الأحمدي حجة
    الخيام الكسوة طويلة الأبيض سيول الحجر المهدية الجم بوري المطلة
    سعير بورصة يزد
    الزاوية المهندسين الغربية البحيرة منى عرفات الجديدة الباب الميادين الحدث
    روي الحد الكامل الليث الخبر الصف النعمة عاليه بريدة مليحة قريات العامرة البقعة اليرموك
    الخيران الوفرة
    خصب طاقة عبري أدري كتم الحزم رشيد إب اللحية العين الداخلية الظاهرة
    العمارة واو المحمدية الزهرة الهرم
    الصعيد
    """
)
HOMOGRAPH_PLACES = _STRONG_HOMOGRAPHS | _WEAK_HOMOGRAPHS
_HOMOGRAPH_FORMS = written_forms(HOMOGRAPH_PLACES)


def _word_forms(words: str) -> frozenset[str]:
    return written_forms(_normalized(words))


_COMPASS = _word_forms("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")
# `شمال مالي`, `دولة مالي`: a compass word or a country noun names the place after it.
_PLACE_HEADS = _COMPASS | _word_forms("وسط دولة جمهورية بلد ريف ضواحي")
# A name the file has only after its head noun is a place after a compass word or in a town's outskirts,
# not after `وسط` (`وسط المدينة`, "downtown") nor a country noun (`دولة القانون`).
_AROUND_A_PLACE = _COMPASS | _word_forms("ريف ضواحي")
# `بمنطقة الزبير`, `ميناء عصب`, `منطقة المهندسين`: the head noun of a place in construct with the name, when
# the file has the place under another head (`قضاء الزبير`). Only without its article: `المنطقة الغربية`
# is "the western region", an adjective after its noun.
# Their duals and plurals head a list of places: `ولايتي نزوى وعبري`, `مديريات الزهرة واللحية وباجل`.
_PLACE_HEAD_NOUNS = _word_forms(
    """
    منطقة مدينة بلدة قرية قضاء ناحية محافظة ولاية مديرية حي ميناء بلدية
    ولايتي محافظتي مديريتي قريتي بلدتي مدينتي ولايات محافظات مديريات بلدات
    منطقتي مناطق
    """
)
# `في مالي`, `أمام مالي`: an adjective (`دعم مالي`) never follows a preposition.
_PLACE_PREPOSITIONS = _word_forms("في إلى الى من عن نحو أمام داخل مع بين عبر حول تجاه لدى")
# Only where the name is no adjective, after a preposition or a word of vicinity: `مقارها الجديدة شرقي
# القاهرة` is "its new premises east of Cairo".
_BEFORE_A_SITE = _PLACE_PREPOSITIONS | _word_forms("محيط أطراف قرب بالقرب")


# Places the file has only after their head noun (`مدينة ينبع`, `محافظة الوجه`, `حي الطالبية`), as their
# bare name is an everyday word, a name or a town elsewhere too. A settlement's or a province's: Iraq's and
# Yemen's districts (`قضاء`, `ناحية`, `مديرية`) are named after a word or another place far more often than
# the text means them (`الصعيد`, `الخالدية`, `الزاب`, `الإصلاح`: 3 of the 14 readings in the tuning texts).
_HEADS_OF_NAMES = _normalized("مدينة بلدة قرية حي حارة منطقة محافظة ولاية محلية")
# Words of the time (`بيروت، صباح الأحد`, `وكان`), a side's adjective (`ماركا الشمالية`) and nouns of a place
# (`وسط المدينة`, `الميناء`), which text writes beside a place far more often than a town of that name.
_NOT_BARE_NAMES = _normalized(
    """
    صباح مساء الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت رمضان كان
    الشمالية الجنوبية الشرقية الغربية الشمالي الجنوبي الشرقي الغربي
    """
)
_PLACE_NOUNS = FACILITIES | _normalized("مدينة بلد ميناء ساحل منطقة حي قرية بلدة محطة")


def _headed_places(
    owners: dict[str, dict[int, bool]], kinds: dict[int, str], owner, names: frozenset[str] | None = None
) -> dict[str, int]:
    """The one-word names (`ينبع`) of the places the file lists only after their head noun (`مدينة ينبع`),
    each to its place: not a given name, nor a name another entity spells or two places share. With `names`,
    those names only, whoever else spells them (`الجزيرة` of `ولاية الجزيرة`, an outlet's too)."""
    found: dict[str, set[int]] = {}
    for key, entities in owners.items():
        head, _, bare = key.partition(" ")
        if head not in _HEADS_OF_NAMES or not bare or " " in bare or bare in HOMOGRAPH_PLACES:
            continue
        if names is not None and bare not in names:
            continue
        if names is None and (bare in owners or bare in GIVEN_NAMES or bare in _NOT_BARE_NAMES):
            continue
        if names is None and bare.removeprefix("ال") in _PLACE_NOUNS:
            continue
        entity_id = owner(entities)
        if entity_id is not None and kinds.get(entity_id) == LOC:
            found.setdefault(bare, set()).add(entity_id)
    return {bare: next(iter(ids)) for bare, ids in found.items() if len(ids) == 1}


# A bare name of a place the file has with its head noun is a place after the head noun of an area
# (`بمنطقة رفاعة`, `محافظتي الوسطى وظفار`, `مناطق سترة والعكر`): after a town's noun discovery reads the
# name itself (`بلدة الخالدية`), and a town of that name elsewhere is as likely as the file's.
_AREA_HEADS = _word_forms("منطقة محافظة ولاية محلية منطقتي محافظتي ولايتي مناطق محافظات ولايات محليات")


def _headed_name_stands_alone(tokens: list[Token], i: int) -> bool:
    """A bare name of a headed place is no adjective of the definite noun before it (`الضواحي الشرقية`,
    `المنطقة الشرقية`) nor the first word of a longer name (`والزاب الأسفل`, `والبحيرات المرة`)."""
    token = tokens[i]
    if (
        i > 0
        and not (token.after_break or token.after_comma)
        and tokens[i - 1].definite
        and not token.key.startswith("و")
    ):
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None or following.after_break or following.after_comma:
        return True
    return not (following.definite and following.key.startswith("ال"))  # not `إلى`, folded to `الي`


def _clitics(key: str, stem: str) -> str:
    """What stands before `stem` in the word `key`: `ب` of `بمالي`, `ل` of `للزرقاء` (the article's alef is
    not written after ل)."""
    return key[: -len(stem)] if key.endswith(stem) else key[: 1 - len(stem)]


def _reads_as_place(
    tokens: list[Token],
    i: int,
    key: str,
    places_at: dict[int, int],
    places_end: set[int],
    *,
    weak: bool = True,
    derived: bool = False,
) -> bool:
    """Word `i`, spelt `key` behind its clitics, names the place: after a compass word, a country
    noun or a place's head noun, its dual or plural (`شمال مالي`, `بمنطقة الزبير`, `ولايتي نزوى وعبري`), in a
    list of known places (`النيجر ومالي`, `مالي والنيجر`, `عمان ثم الزرقاء`), before a compass word and a
    known place (`في محيط الكسوة جنوب دمشق`), and but for the weak ones, after a preposition (`في مالي`,
    `لمالي`, `إلى الزرقاء`), at the start of a clause (`مالي تتهم`), or after a feminine noun that a
    masculine adjective cannot describe (`حكومة مالي`, not `دعم مالي`). An adjective follows a noun, so
    none of these places one (`السماء الزرقاء`).

    `derived`: a bare name of a place the file has only with its head noun (`ينبع` of `مدينة ينبع`), read
    only in a list with و, before a compass word and a place, after a compass word or an area's noun."""
    token = tokens[i]
    clitics = _clitics(token.key, key)
    if len(key) < _SHORT and clitics not in ("", "و"):
        return False  # `باب` ("door") is ب + `اب` (Ibb) too
    if weak and any(letter in clitics for letter in "بلك"):
        return False  # `بولاية بومرداس، بطاقة إنتاجية`: "with a capacity", not `وطاقة` of a list
    if derived and not _headed_name_stands_alone(tokens, i):
        return False
    # A place after a comma is a list's next item, or a dateline's day (`بيروت، الأربعاء`) or a clause.
    joined = clitics.startswith("و") or (token.after_comma and not derived)
    if i - 1 in places_end and joined and not token.after_break:
        return True  # `وساحل العاج ومالي`
    if not clitics and _or_after_place(tokens, i, places_end):
        return True  # `الطالب القادم من كيفة أو النعمة`, `في تفرغ زينة أو عرفات`
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        following is not None
        and i + 1 in places_at
        and not following.after_break
        and (following.key.startswith("و") or following.after_comma)
    ):
        return True  # `مالي والنيجر وبوركينا فاسو`
    if (
        following is not None
        and following.key in _COMPASS
        and i + 2 in places_at
        and not following.after_break
        and not following.after_comma
        and not tokens[i + 2].after_break
        and (i == 0 or token.after_break or token.after_comma or tokens[i - 1].key in _BEFORE_A_SITE)
    ):
        return True  # `الكسوة جنوب دمشق`
    before = tokens[i - 1] if i > 0 and not token.after_break and not token.after_comma else None
    if before is not None and derived:
        return not before.definite and (before.key in _AROUND_A_PLACE or before.key in _AREA_HEADS)
    if before is not None and before.key in _PLACE_HEADS:
        return True
    if before is not None and before.key in _PLACE_HEAD_NOUNS and not before.definite:
        return True
    if weak:
        # `والقنصلية في مشهد.`, `الإيجار في صور"`: "in" and no word after it to make it "in a scene", "in
        # pictures" (`في مشهد مؤثر`, `في صور نشرتها`); not `في الخيام،`, "in the tents".
        return (
            not clitics and not token.definite and before is not None and before.key in _IN and _ends_phrase(tokens, i)
        )
    if before is not None and before.key in _HEADS_OF_STATE and not token.definite:
        return True  # `وكان رئيس بنين باتريس تالون`: else the president's name would take the country's
    if any(letter in clitics for letter in "بل"):
        return True
    if i == 0 or token.after_break:
        return not token.definite  # `مالي تتهم`; but `العقبة الأكبر أمام`
    if before is None:
        return False
    if before.key in _PLACE_PREPOSITIONS:
        return True
    feminine = before.raw.endswith("ة") or (before.raw.endswith("ات") and len(before.key) >= 5)
    return key.endswith("ي") and feminine and not before.definite


_IN = _word_forms("في")


def _ends_phrase(tokens: list[Token], i: int) -> bool:
    """Word `i` ends its phrase: the text ends, or a break or a comma comes after it."""
    return i + 1 >= len(tokens) or tokens[i + 1].after_break or tokens[i + 1].after_comma


# Who a state has, in construct with its name: `رئيس مالي`, `سفير بنين`. "Financial" or "sons" follow none
# of these nouns; in the 41 tuning sets' texts the one strong homograph after them is a country.
_HEADS_OF_STATE = _word_forms("رئيس رئيسة سفير سفيرة")


_OR = normalize("أو")
# `عمان ثم الزرقاء`: a ranking goes on with ثم ("then") as a list goes on with و.
_THEN = normalize("ثم")
# A name of two letters (`إب`) is a stem of many words behind a preposition (`باب`, "door").
_SHORT = 3


def _or_after_place(tokens: list[Token], i: int, places_end: set[int]) -> bool:
    """Word `i` is the other place of a choice or a ranking: `أو` or `ثم` right after a known place, in
    one phrase (`من كيفة أو النعمة`, `عمان ثم الزرقاء`)."""
    if i < 2 or tokens[i].after_break or tokens[i].after_comma:
        return False
    conjunction = tokens[i - 1]
    if conjunction.after_break or conjunction.after_comma:
        return False
    return conjunction.key in (_OR, _THEN) and i - 2 in places_end


# Clubs by their bare name. The gazetteer has a club under `نادي X` or `النادي X` (`نادي الوحدات`,
# `النادي الفيصلي`, `نادي السلط`), never under a bare `X` that is an everyday word ("the units", "the
# crescent") or a town's name. In a sport story the bare name is the club after a word of the game.
_CLUB_HEADS = _normalized("نادي النادي")
# `نادي الأسير الفلسطيني` (the prisoners' society), `نادي باريس` (the creditors): clubs of another kind.
_NOT_CLUBS = frozenset(normalize(name) for name in ("الأسير", "الأسير الفلسطيني", "باريس"))
# A story is about sport when it writes two of these (`المباراة`, `الدوري`, `لاعب` …).
_SPORT_WORDS = _word_forms(
    """
    مباراة المباراة مباريات المباريات الدوري دوري لاعب اللاعب لاعبو لاعبي مدرب المدرب هدف الهدف أهداف
    بهدف بهدفين الملعب ملعب الجولة البطولة بطولة كأس المنتخب منتخب ركلة الشوط الصدارة الموسم التسلل
    """
)
_SPORT_MIN = 2  # distinct words
# `فريق الوحدات`, `لاعبو النصر`, `مدرب الفيصلي`, `جماهير الوحدات`, `غريمه النصر`, `في صفوف الهلال`,
# `شباك الفيصلي`: the word before a bare club name (in construct, without its article).
_CLUB_CUES = _word_forms(
    """
    فريق فريقي لاعب لاعبو لاعبي مدرب مدربي جماهير جمهور مشجعو مشجعي غريم غريمه منافس منافسه
    مضيف مضيفه ضيف ضيفه صفوف قميص شباك مرمى مهاجم مدافع حارس
    """
)
# `غريمه التقليدي الفيصلي`: an adjective of the rivalry between the cue and the club.
_RIVALRY = _normalized("التقليدي اللدود")
# `فاز الاتحاد على الفتح`, `تعادل الأهلي مع التعاون`, `خسر الشباب أمام القادسية`: a result's verb, the
# club and the opponent's preposition. `مواجهة الوحدات` and `يتذيل الجليل` need no preposition.
_RESULT_VERBS = _word_forms("فاز يفوز تعادل يتعادل خسر يخسر تغلب يتغلب هزم يهزم أقصى يقصي")
_MEETINGS = _word_forms("مواجهة لمواجهة يواجه واجه تواجه يلاقي لاقى ملاقاة")
_STANDINGS = _word_forms("يتصدر تصدر يتذيل تذيل")  # a town's club too: `يتذيل الجليل الترتيب`
_OPPONENT = _normalized("على مع أمام ضد")


def _clubs(
    owners: dict[str, dict[int, bool]], kinds: dict[int, str], owner, places: frozenset[str]
) -> tuple[dict[str, int], frozenset[int]]:
    """The bare names of the gazetteer's clubs (one or two words after `نادي`/`النادي`) → the club, and
    every club. Not a nationality (`المصري` of `النادي المصري`, `الصفاقسي`): `منافسه المصري` is "its
    Egyptian rival"."""
    clubs: dict[str, int] = {}
    for key, entities in owners.items():
        head, _, bare = key.partition(" ")
        if head not in _CLUB_HEADS or not bare or bare.count(" ") > 1 or bare in _NOT_CLUBS:
            continue
        if bare.endswith("ي") and demonym_place(bare, places) is not None:
            continue  # but `القادسية`, no adjective of Cádiz
        entity_id = owner(entities)
        if entity_id is not None and kinds.get(entity_id) == ORG:
            clubs.setdefault(bare, entity_id)
    return clubs, frozenset(clubs.values())


def _club_variants(clubs: dict[str, int], places: frozenset[str]) -> dict[str, list[tuple[str, int]]]:
    """Clubs of one bare name in two countries: `الأهلي` → [(`السعوديه`, the Saudi club)], where the file has
    `الأهلي السعودي` as another club than the bare name's."""
    variants: dict[str, list[tuple[str, int]]] = {}
    for bare, club in clubs.items():
        first, _, adjective = bare.partition(" ")
        if adjective and first in clubs and clubs[first] != club and (place := demonym_place(adjective, places)):
            variants.setdefault(first, []).append((place, club))
    return variants


def _club_cued(tokens: list[Token], i: int, club_ends: set[int], *, town: bool) -> bool:
    """Word `i` of a sport story is a bare club's name: after a word of the game, a result's verb
    followed by the opponent's preposition, or as the opponent of a club just named. A town or a
    country (`الكويت`) is its club only after a word of the game or in a result: `لمواجهة الكويت` is as
    often the national team."""
    token = tokens[i]
    if i == 0 or token.after_break:
        return False
    before = tokens[i - 1]
    if not token.after_comma:
        if before.key in _CLUB_CUES and not before.definite:
            return True
        if before.key in _RIVALRY and i > 1 and tokens[i - 2].key in _CLUB_CUES and not tokens[i - 2].definite:
            return True
        if (before.key in _MEETINGS and not town) or before.key in _STANDINGS:
            return True
        if before.key in _OPPONENT and i - 2 in club_ends:
            return True  # `فاز الاتحاد على الفتح`
    if i - 1 in club_ends and token.key.startswith("و"):
        return True  # `الهلال والنصر`
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        before.key in _RESULT_VERBS
        and not token.after_comma
        and following is not None
        and not following.after_break
        and following.key in _OPPONENT
    )


# `أبو` is declined: `قضاء أبي الخصيب` (genitive), `زار أبا ظبي` (accusative); a name is written
# in the nominative.
_ABU = normalize("أبو")
_ABU_CASES = tuple(normalize(word) for word in ("أبي", "أبا"))


def _cases(key: str, owners: dict) -> list[str]:
    """The name and its declined spellings, unless one of those is another name of its own."""
    words = key.split()
    if _ABU not in words[:-1]:
        return [key]
    declined = [" ".join(case if word == _ABU else word for word in words) for case in _ABU_CASES]
    return [key, *(spelling for spelling in declined if spelling not in owners)]


def _national_bodies(
    owners: dict, kinds: dict[int, str], places: frozenset[str], marked: dict[str, list[tuple[str, int]]]
) -> tuple[dict[str, dict[int, int]], dict[str, int]]:
    """`مجلس النواب` → {country entity: its `مجلس النواب <adjective>` entity}, read off the
    gazetteer's own names (`مجلس النواب الليبي` and the place `ليبيا` the adjective is made of); and
    the key of each such place → its entity. A place key that a vowelled alias gives to another entity
    (`عمان`: Amman, `عُمان`: Oman) gives the body to both: the story names the one it means."""
    place_entity = {
        key: entity_id
        for key, entities in owners.items()
        if key in places and (entity_id := Gazetteer._owner(entities)) is not None and kinds.get(entity_id) == LOC
    }
    bodies: dict[str, dict[int, int]] = {}
    countries: dict[str, int] = {}
    for key, entities in owners.items():
        bare, _, adjective = key.rpartition(" ")
        if bare not in NATIONAL_BODIES or (body := Gazetteer._owner(entities)) is None:
            continue
        place = demonym_place(adjective, places)
        if place is not None and place in place_entity:
            countries.setdefault(place, place_entity[place])
            for country in (place_entity[place], *(other for _, other in marked.get(place, ()))):
                bodies.setdefault(bare, {}).setdefault(country, body)
    return bodies, countries


_WORDS_BITS = 8  # a name of fewer than 128 words


def _pack(entity_id: int, words: int, weak: bool) -> int:
    if not 0 < words < 1 << (_WORDS_BITS - 1):
        raise ValueError(f"a gazetteer name of {words} words")
    return entity_id << _WORDS_BITS | words << 1 | weak


def _unpack(value: int) -> tuple[int, int, bool]:
    return value >> _WORDS_BITS, (value >> 1) & ((1 << (_WORDS_BITS - 1)) - 1), bool(value & 1)


def _match(text: str, tokens: list[Token], first: int, last: int, entity_id: int) -> Match:
    start, end = tokens[first].start, tokens[last].end
    return Match(entity_id, start, end, text[start:end], first, last)


_BODY_WORDS = sorted((tuple(bare.split()) for bare in NATIONAL_BODIES), key=len, reverse=True)
_BODY_HEAD_FORMS = written_forms({words[0] for words in _BODY_WORDS})


def _words_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """The words of a bare body's name from token `i`: the first behind clitics (`لمجلس`), the rest as they are."""
    if i + len(words) > len(tokens) or words[0] not in clitic_stems(tokens[i].key):
        return False
    return all(
        tokens[i + n].key == word and not tokens[i + n].after_break and not tokens[i + n].after_comma
        for n, word in enumerate(words[1:], 1)
    )


def _story_body(by_country: dict[int, int], chosen: list, adjectives: list[int]) -> int | None:
    """A tie between countries named as often goes to the one whose adjective the story uses most
    (`المغربية` in a Moroccan story that names `ليبيا` once in passing), then to the first named."""
    named = [entity_id for _, _, entity_id, _ in sorted(chosen)]
    bodies = set(by_country.values())
    in_full = next((entity_id for entity_id in named if entity_id in bodies), None)
    if in_full is not None:
        return in_full
    counts: dict[int, int] = {}
    for entity_id in named:  # in order of appearance: a tie goes to the first named
        if entity_id in by_country:
            counts[entity_id] = counts.get(entity_id, 0) + 1
    if not counts:
        return None
    most = max(counts.values())
    tied = [entity_id for entity_id, count in counts.items() if count == most]
    return by_country[max(tied, key=adjectives.count)]


_VOWELS = frozenset(map(chr, range(0x064B, 0x0653)))


def _marks(spelling: str) -> str:
    """A word as written with its vowel marks, without tatweel or a final case ending; "" if unvowelled."""
    word = spelling.replace("\u0640", "").rstrip("".join(_VOWELS))
    return word if any(char in _VOWELS for char in word) else ""


def _unvowelled_reading(raw: str, marked: Iterable[tuple[str, int]], named: set[int], entity_id: int) -> int:
    """An unvowelled homograph names the marked entity the story names otherwise (`سلطنة عمان`)."""
    if _marks(raw):
        return entity_id
    return next((other for _, other in marked if other in named), entity_id)


# One-word places that open an idiom with the next word: `مسقط رأسه` is "his birthplace", not Muscat.
_IDIOMS = {normalize("مسقط"): normalize("رأس")}
_IDIOM_FORMS = written_forms(_IDIOMS)


# A short name that an adjective after it makes an ordinary noun: `الضفة` is the West Bank in
# Palestinian news, but `الضفة الأخرى`, `الضفة الشمالية` are "the other bank", "the north bank".
_BEFORE_NO_ADJECTIVE = written_forms(_normalized("الضفة"))  # and `بالضفة`, `والضفة`


def _opens_idiom(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if tokens[index].key in _BEFORE_NO_ADJECTIVE:
        return following is not None and following.definite and not following.after_break
    if tokens[index].key not in _IDIOM_FORMS or index + 1 >= len(tokens) or tokens[index + 1].after_break:
        return False
    opener = next(stem for stem in clitic_stems(tokens[index].key) if stem in _IDIOMS)
    return tokens[index + 1].key.startswith(_IDIOMS[opener])


# A name that is an everyday word for everything but the outlet it names: bare `الجزيرة` is the
# channel where a word of the trade or of reporting stands before it (`مراسل الجزيرة`, `ذكرت الجزيرة`,
# `للجزيرة`), and elsewhere Sudan's Gezira (`مزارعو الجزيرة`) or an island (`الجزيرة الإيطالية`).
_CUED_NAMES = _normalized("الجزيرة")
_CUED_FORMS = written_forms(_CUED_NAMES)
_OUTLET_CUES = _word_forms("قناة شبكة مراسل مراسلة موقع برنامج ل ذكرت أفادت نقلت أوردت بثت نشرت وفق وفقا بحسب حسب")


def _uncued_outlet(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.key not in _CUED_FORMS:
        return False
    stem = next(stem for stem in clitic_stems(token.key) if stem in _CUED_NAMES)
    clitics = _clitics(token.key, stem)
    if "ل" in clitics:
        return False  # `للجزيرة`: said to the channel
    # Quotes and brackets may stand between: `لـ"الجزيرة"`.
    cued = index > 0 and not SENTENCE_ENDS.intersection(token.gap) and tokens[index - 1].key in _OUTLET_CUES
    return not cued


# A country whose name is also its feminine adjective: `السلطات السعودية` ("the Saudi authorities")
# names no country, as `السلطات الإيرانية` names no Iran. So Cairo's `المطرية` after a definite noun is
# "rainy" (`التساقطات المطرية`, `الحالة المطرية`; blind13, blind31) and Yemen's `المهرة` "skilled"
# (`العمال المهرة`, blind12); `من المطرية`, `محافظة المهرة` are the places. Iraq's `الرطبة` is "wet" there:
# `الأراضي الرطبة`, "the wetlands" (blind42; the town follows a preposition or its noun, `قضاء الرطبة`).
_ADJECTIVE_NAMES = _normalized("السعودية المطرية المهرة الرطبة")


def _country_as_adjective(tokens: list[Token], index: int, places: frozenset[str]) -> bool:
    """Also after a quoted name (`شركة "أكوا باور" السعودية`, 3 of 3 in the tuning texts) and joined to
    another nationality (`السلطات الأردنية والسعودية`, 1 of 1; not `الإمارات العربية المتحدة والسعودية`)."""
    token = tokens[index]
    if token.key in _ADJECTIVE_NAMES:
        return _adjective_use(tokens, index) or _after_a_quoted_name(token)
    if not (token.key.startswith("و") and token.key[1:] in _ADJECTIVE_NAMES) or index == 0:
        return False
    return not (token.after_break or token.after_comma) and demonym(tokens[index - 1].key, places)


def _after_a_quoted_name(token: Token) -> bool:
    """The word follows a closing quote: the quote is glued to the word before it, not to this one."""
    return token.gap[:1] in CLOSING_QUOTES and not token.gap[1:].strip()


# `الضفة الغربية للنيل`, `على الضفة الغربية للنهر`: a river's west bank (2 of 2 in the tuning texts), not the
# West Bank; but `الضفة الغربية لنهر الأردن` is.
_BANK = normalize("الضفة")
_SIDES_OF_A_BANK = _normalized("الغربية الشرقية")
_WATERS = _normalized("النهر نهر النيل الفرات دجلة القناة البحيرة الوادي")
_JORDAN = normalize("الأردن")


def _riverbank(tokens: list[Token], span: tuple) -> bool:
    if (following := _side_then_of(tokens, span, _BANK, _SIDES_OF_A_BANK)) is None:
        return False
    water = next((stem for stem in clitic_stems(following.key) if stem in _WATERS), None)
    after = span[1] + 2
    return water is not None and not (after < len(tokens) and tokens[after].key == _JORDAN)


def _side_then_of(tokens: list[Token], span: tuple, head: str, sides: frozenset[str]) -> Token | None:
    """The word in ل right after a two-word span of `head` and one of its `sides`, in the same line."""
    first, last = span[0], span[1]
    if last != first + 1 or last + 1 >= len(tokens) or head not in clitic_stems(tokens[first].key):
        return None
    following = tokens[last + 1]
    if tokens[last].key not in sides or following.after_break or not following.key.startswith("ل"):
        return None
    return following


# `الساحل الغربي لتركيا`, `على الساحل الغربي للسعودية`, `الساحل الشمالي لبيرو`: the coast of the place after ل,
# not Yemen's `الساحل الغربي` or Egypt's `الساحل الشمالي` (4 of 4 in the 44 tuning sets' texts; the regions
# themselves are written bare: `الحديدة والساحل الغربي`, `على الساحل الشمالي،`).
_COAST = normalize("الساحل")
_COAST_SIDES = _normalized("الغربي الشرقي الشمالي الجنوبي")


def _side_of_a_place(tokens: list[Token], span: tuple) -> bool:
    following = _side_then_of(tokens, span, _COAST, _COAST_SIDES)
    return following is not None and not following.after_comma and len(following.key) > 2


# A place's name that is an adjective after certain nouns: `القوة القاهرة` ("force majeure", of an oil
# field's exports or a contract), `ظروف قاهرة` ("compelling circumstances"), not Cairo.
_ADJECTIVE_AFTER = {normalize("القاهرة"): _normalized("القوة قوة الظروف ظروف")}


def _adjective_of_a_noun(tokens: list[Token], index: int) -> bool:
    nouns = _ADJECTIVE_AFTER.get(tokens[index].key)
    return nouns is not None and index > 0 and tokens[index - 1].key in nouns and not tokens[index].gap.strip()


# A town whose name has a nisba's shape is read as its adjective right after a definite noun it agrees
# with, a feminine one or a plural: `النقوش النبطية` ("Nabataean inscriptions", not Nabatieh, blind31),
# `الطائفة الإسماعيلية`. A town's name follows its noun without the article (`مدينة النبطية`), or و in a
# list (`صيدا والنبطية`); after a masculine noun it is an object (`ويربط الطريق الوطية وروي`).
_MIN_NISBA_NAME = 6  # letters: `ال`, a root of three, `يه`
_FUUL = 6  # letters of a definite plural of the shape فعول: `النقوش`, `البيوت`


def _nisba_place_as_adjective(tokens: list[Token], index: int) -> bool:
    key = tokens[index].key
    if not (key.startswith("ال") and key.endswith("يه") and len(key) >= _MIN_NISBA_NAME):
        return False
    if not _adjective_use(tokens, index):
        return False
    before = tokens[index - 1]
    noun = before.key
    plural = len(noun) == _FUUL and noun.startswith("ال") and noun[4] == "و"
    return before.raw.endswith(("ة", "ات")) or plural


# `دوري أبطال آسيا`, `كأس أمم أفريقيا`, `كأس آسيا`: a continent in a competition's name is no mention of it
# (a competition is an event, and names nothing). `كأس مصر` is left alone: a state's cup is hers.
_CONTINENTS = _normalized("آسيا أفريقيا إفريقيا أوروبا أوربا")
_CONTINENT_FORMS = written_forms(_CONTINENTS)
_COMPETITIONS = _word_forms("أبطال أمم كأس بطولة")


def _in_competition_name(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    return (
        token.key in _CONTINENT_FORMS
        and index > 0
        and not token.after_break
        and not token.after_comma
        and tokens[index - 1].key in _COMPETITIONS
    )


# A word with the accusative's tanween is an indefinite noun or adjective, never a place's name, which takes
# none: `اجتماعاً طارئاً` ("an emergency meeting", folded to Lebanon's `طاريا`), `وفداً عسكرياً روسياً`,
# `زورقاً ليبياً` ("a Libyan boat"): 4 of 4 such words in the 44 tuning sets.
_ACCUSATIVE_ENDS = ("\u064b", "\u064bا")


def _accusative(token: Token) -> bool:
    return token.raw.endswith(_ACCUSATIVE_ENDS)


def _is_nisba(key: str) -> bool:
    return " " not in key and key.startswith("ال") and key.endswith("ي")


def _adjective_use(tokens: list[Token], index: int) -> bool:
    """`الجيش السوداني`: a nisba right after a definite noun describes it; it names nobody."""
    return index > 0 and tokens[index - 1].definite and not tokens[index].after_break and not tokens[index].after_comma


def _start_of(spaced: str, end: int, words: int) -> int:
    position = end
    for _ in range(words):
        position = spaced.rfind(" ", 0, position)
    return position + 1


def count_mentions(matches: list[Match]) -> list[Mentions]:
    """Matches folded into one record per entity, in order of first appearance."""
    by_entity: dict[int, list[Match]] = {}
    for match in matches:
        by_entity.setdefault(match.entity_id, []).append(match)
    return [
        Mentions(
            entity_id=entity_id,
            count=len(found),
            surface_forms=tuple(dict.fromkeys(match.surface for match in found)),
            first_offset=found[0].start,
        )
        for entity_id, found in by_entity.items()
    ]


@dataclass(frozen=True)
class Found:
    """One entity in one text: a gazetteer entity (`entity_id`) or a discovered name (`entity_id` None)."""

    entity_id: int | None
    name: str  # a discovered name as first written, clitics off; "" for a gazetteer entity
    kind: str
    count: int
    surface_forms: tuple[str, ...]
    first_offset: int

    @property
    def key(self) -> tuple[str, str]:
        """A discovered entity's identity: normalised name and kind."""
        return normalize(self.name), self.kind


def extract(text: str, gazetteer: Gazetteer) -> list[Found]:
    """Every entity a text names: gazetteer names, introduced names, and their later family names."""
    tokens = tokenize(text)
    matches = gazetteer.find_in(text, tokens)
    taken = {k: gazetteer.kinds.get(m.entity_id, "") for m in matches for k in range(m.first_word, m.last_word + 1)}
    # Discovery may read over a known `بن X` into a longer name; if it finds none, `بن X` stands.
    sons = [m for m in matches if _son_of_alias(tokens, m, gazetteer.kinds)]
    readable = {k for m in sons for k in range(m.first_word, m.last_word + 1)}
    # It may read over a known person's name into a longer one, in the one span that would extend it:
    # `ريبوار كريم سعيد`, where `كريم سعيد` is known. Any other name it finds there is no better.
    longer = {}
    for m in matches:
        if m in sons or gazetteer.kinds.get(m.entity_id) != PERSON:
            continue
        if span := longer_name(tokens, m.first_word, m.last_word, taken):
            longer[span] = m
    longer_words = {k for m in longer.values() for k in range(m.first_word, m.last_word + 1)}
    readable |= longer_words
    # A place or a body known by one word may be a family name after a given name (`لويس مونتينيغرو`), or
    # a given name before a family name (`أولف كريسترسون`).
    readable |= {
        m.first_word
        for m in matches
        if m.first_word == m.last_word
        and (
            family_name_of_a_known_word(tokens, m.first_word, taken)
            or given_name_of_a_known_word(tokens, m.first_word, taken)
            or surname_after_a_particle(tokens, m.first_word, taken)
        )
    }
    # Spans of (first word, last word, identity); identity is an entity id or a discovered key.
    spans: list[tuple[int, int, object]] = [(m.first_word, m.last_word, m.entity_id) for m in matches]
    names: dict[tuple[str, str], str] = {}
    kinds: dict[object, str] = {m.entity_id: gazetteer.kinds.get(m.entity_id, "") for m in matches}
    known = {k: kind for k, kind in taken.items() if k not in readable}
    ends = {m.first_word - 1 for m in matches if _opens_on_preposition(tokens[m.first_word], gazetteer.places)}
    for found in discover(tokens, known, gazetteer.places, ends):
        reads_over = not longer_words.isdisjoint(range(found.first, found.last + 1))
        if reads_over and (found.first, found.last) not in longer and not _named_after_known(found, longer.values()):
            continue
        # An institute or a facility named after a place (`مركز الخليج للأبحاث`, `معبر رفح`)
        # replaces the place inside it.
        inside = {k for k in range(found.first, found.last + 1) if k in taken}
        if inside:
            spans = [span for span in spans if not (found.first <= span[0] and span[1] <= found.last)]
        name = _written_name(text, tokens, found)
        identity: object = (normalize(name), found.kind)
        if found.head and (known := _known_entity(gazetteer, name)) is not None:
            identity = known  # `معبري رفح وكرم أبو سالم`: `معبر رفح` is the gazetteer's
        else:
            names.setdefault(identity, name)
        kinds[identity] = found.kind
        spans.append((found.first, found.last, identity))
        taken.update(dict.fromkeys(range(found.first, found.last + 1), found.kind))
    spans = _short_forms_to_full_names(_bracketed_short_names(tokens, spans, kinds), kinds)
    spans += _family_names(tokens, spans, kinds, taken)
    if titles := _work_titles(tokens, gazetteer.places):
        spans = [span for span in spans if not any(first <= span[0] and span[1] <= last for first, last in titles)]
    by_identity: dict[object, list[tuple[int, int]]] = {}
    for first, last, identity in sorted(spans, key=lambda span: span[0]):
        by_identity.setdefault(identity, []).append((first, last))
    result = []
    for identity, found_spans in by_identity.items():
        surfaces = [text[tokens[first].start : tokens[last].end] for first, last in found_spans]
        result.append(
            Found(
                entity_id=identity if isinstance(identity, int) else None,
                name=names.get(identity, ""),
                kind=kinds[identity],
                count=len(found_spans),
                surface_forms=tuple(dict.fromkeys(surfaces)),
                first_offset=tokens[found_spans[0][0]].start,
            )
        )
    return result


# The title of a film, a book or a song names no place or person in it: `فيلم "ليلة في الطائف"`,
# `"ساعة الغروب في وهران" للجزائري يونس بن عمار`. A title is in quotes, after a noun of the work or
# before its author's nationality (`للمصرية`, `للجزائري`).
_WORKS = _word_forms(
    """فيلم فيلمه فيلمها أفلام رواية روايته روايتها روايات مسرحية مسرحيته أغنية أغنيته أغنيتها
    كتاب كتابه كتابها ديوان ديوانه ألبوم ألبومه مسلسل مسلسله قصيدة قصيدته لوحة لوحته عمل عمله"""
)
_MAX_TITLE = 8


def _work_titles(tokens: list[Token], places: frozenset[str]) -> list[tuple[int, int]]:
    """The first and last words of every quoted title of a work in the text."""
    titles = []
    for j in range(1, len(tokens)):
        gap = tokens[j].gap
        if OPENING_QUOTES.isdisjoint(gap) or SENTENCE_ENDS.intersection(gap):
            continue
        for e in range(j, min(j + _MAX_TITLE, len(tokens))):
            closing = tokens[e + 1].gap if e + 1 < len(tokens) else ""
            if e > j and (SENTENCE_ENDS.intersection(tokens[e].gap) or QUOTES.intersection(tokens[e].gap)):
                break
            if CLOSING_QUOTES.intersection(closing):
                after = tokens[e + 1] if e + 1 < len(tokens) else None
                by_author = after is not None and _of_a_nationality(after.key, places)
                if tokens[j - 1].key in _WORKS or by_author:
                    titles.append((j, e))
                break
    return titles


def _of_a_nationality(key: str, places: frozenset[str]) -> bool:
    """`للمصرية`, `للجزائري`: "by the Egyptian (woman)", as a title is credited to its author; not
    `للتعبئة` in `شركة "زرين كل" للتعبئة والتصدير`."""
    return key.startswith("لل") and demonym("ال" + key[2:], places)


# A preposition and the article on a name: `بالخرطوم`, `للجزائر`, `كالقاهرة`.
_PREPOSED_ARTICLES = ("بال", "لل", "كال")


def _opens_on_preposition(token: Token, places: frozenset[str]) -> bool:
    """The known name that begins with `token` is written after a preposition: `بالخرطوم`, `بتونس`
    (ب and a known place), not `بغداد`."""
    key = token.key
    return key.startswith(_PREPOSED_ARTICLES) or (key[:1] in "بلك" and key[1:] in places)


def _named_after_known(found: Discovered, people: Iterable[Match]) -> bool:
    """A place named after a known person, whose whole name it holds after its noun: `قاعدة الملك
    عبدالله الثاني الجوية`, where the person might have been read on into `الجوية`."""
    inside = [m for m in people if m.first_word <= found.last and found.first <= m.last_word]
    return found.kind == LOC and all(found.first < m.first_word and m.last_word <= found.last for m in inside)


_SON_OF = frozenset(normalize(word) for word in ("بن", "ابن"))


def _son_of_alias(tokens: list[Token], match: Match, kinds: dict[int, str]) -> bool:
    """A known `بن X` after a word that may be a given name: `أحمد بن سلمان المسلم` is another man."""
    first = tokens[match.first_word]
    return (
        kinds.get(match.entity_id) == PERSON
        and first.key in _SON_OF
        and match.first_word > 0
        and not (first.after_break or first.after_comma or tokens[match.first_word - 1].definite)
    )


def _known_entity(gazetteer: Gazetteer, name: str) -> int | None:
    """The gazetteer entity whose whole spelling `name` is, if any."""
    matches = gazetteer.find(name)
    return matches[0].entity_id if len(matches) == 1 and matches[0].surface == name else None


def _written_name(text: str, tokens: list[Token], found: Discovered) -> str:
    """The name as written, without a clitic glued onto its first word (`ووكالة` → `وكالة`); a
    facility listed after a dual or plural with its singular noun (`معبري أرقين وقسطل` → `معبر قسطل`)."""
    first = tokens[found.first]
    end = tokens[found.last].end
    if found.kind == PERSON:  # `وعبد اللطيف المكي` listed after another name: the و is no part of it
        return text[first.start + found.conjunction : end]
    if found.conjunction or found.head:  # `وولغا` in `بلدتي المزرعة وولغا`
        start = first.start + found.conjunction
        while start < end and "\u064b" <= text[start] <= "\u0652":
            start += 1
        name = " ".join(text[start:end].translate(_NO_QUOTES).split())
        return f"{found.head} {name}" if found.head else name
    head = head_stem(first.key)
    if head.startswith("ال") and first.key.endswith(head[1:]) and not first.key.endswith(head):
        # ل takes the article's alif (`للقوات` is ل + `القوات`), and its ل too before one (`للجنة`).
        return "ا" + text[first.start + len(first.key) - len(head) + 1 : end]
    if first.definite and first.key[: len(first.key) - len(head)].endswith("ال"):
        # `بلدتي القصر`: a town's article is its own, though `قصر` is a facility's noun; so is a quoted
        # company's (`شركة "الجزيرة الخضراء للنقل البري"`), though `جزيرة` is a place's.
        head = "ال" + head
    # `قاعدة "تركسوم"`: the quotes around a name are not part of it.
    return " ".join(text[first.start + len(first.key) - len(head) : end].translate(_NO_QUOTES).split())


_NO_QUOTES = str.maketrans("", "", '"“”«»')


def _short_forms_to_full_names(spans: list[tuple[int, int, object]], kinds: dict[object, str]) -> list:
    """`حقل السلحفاة` in a title and `حقل السلحفاة آحميم الكبير` in the body: a discovered name that
    begins another discovered name of the same kind is its short form, one entity."""
    discovered = [identity for identity in dict.fromkeys(span[2] for span in spans) if isinstance(identity, tuple)]
    full = {}
    for short in discovered:
        longer = [
            other
            for other in discovered
            if other != short and other[1] == short[1] and other[0].startswith(short[0] + " ")
        ]
        if len(longer) == 1:
            full[short] = longer[0]
    return [(first, last, full.get(identity, identity)) for first, last, identity in spans] if full else spans


def _bracketed_short_names(tokens: list[Token], spans: list[tuple[int, int, object]], kinds: dict) -> list:
    """`منظمة الأغذية والزراعة (الفاو)`: a word in brackets right after a body's name is that body's
    short name, where alone it would name a place or a person (`الفاو` is also an Iraqi port town).
    A body's name there is left as read: it may be the better reading of the same body."""
    body_ending_at = {last: identity for _, last, identity in spans if kinds.get(identity) == ORG}
    if not body_ending_at:
        return spans
    return [
        (first, last, body_ending_at[first - 1])
        if first == last and first - 1 in body_ending_at and kinds.get(identity) != ORG and _in_brackets(tokens, first)
        else (first, last, identity)
        for first, last, identity in spans
    ]


def _in_brackets(tokens: list[Token], index: int) -> bool:
    closes = index + 1 == len(tokens) or tokens[index + 1].gap.lstrip().startswith(")")
    return tokens[index].gap.strip() == "(" and closes


def _family_names(
    tokens: list[Token], spans: list[tuple[int, int, object]], kinds: dict[object, str], taken: dict[int, str]
) -> list[tuple[int, int, object]]:
    """A person named in full is named again by the last word of that name: `السوداني`, `ويتكوف`."""
    families: dict[str, set[object]] = {}
    first_seen: dict[object, int] = {}
    for first, last, identity in spans:
        if kinds.get(identity) == PERSON and last > first:
            families.setdefault(tokens[last].key, set()).add(identity)
            first_seen[identity] = min(first_seen.get(identity, first), first)
    # Two people with one family name in one text: the bare name could be either, so it is neither.
    owner = {family: next(iter(ids)) for family, ids in families.items() if len(ids) == 1 and len(family) > 2}
    found = []
    for index, token in enumerate(tokens):
        if index in taken:
            continue
        family = next((stem for stem in clitic_stems(token.key) if stem in owner), None)
        if family is None:
            continue
        identity = owner[family]
        if index > first_seen[identity] and not (_is_nisba(family) and _adjective_use(tokens, index)):
            found.append((index, index, identity))
    return found


def article_text(title: str, body: str, title_inferred: bool, dateline: str = "") -> str:
    """The text entities are read from: title and body; an inferred title is the body's own lead.

    dateline: the place a lead opened on (`الرباط – …`), which the parser takes out of the body but
    which is story text. It is read after the body, so offsets into `title + "\n\n" + body` hold.
    """
    text = body if title_inferred or not title else f"{title}\n\n{body}"
    return f"{text}\n\n{dateline}" if dateline else text


class Story(Protocol):
    """A parsed story or a stored article: what its entities are read from."""

    title: str
    body: str
    title_inferred: bool
    dateline_place: str
    dateline_in_lead: bool


def story_text(story: Story) -> str:
    """`article_text` of a story, with its dateline when the dateline opened the lead."""
    dateline = story.dateline_place if story.dateline_in_lead else ""
    return article_text(story.title, story.body, story.title_inferred, dateline)
