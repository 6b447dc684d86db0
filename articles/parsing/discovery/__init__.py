"""Names the gazetteer does not know, found the way Arabic news introduces them.

A person is named next to a title or role, before it (`وزير الدفاع الأميركي لويد أوستن`,
`المتحدث باسم الجيش العراقي اللواء يحيى رسول`, `السفيرة الأميركية لدى العراق، ألينا رومانوفسكي`)
or after it, set off by a comma (`مارك كيميت، مساعد وزير الخارجية`, `توماس إيريك، كبير الباحثين`).
An organisation is a head noun of institution followed by its definite words (`وكالة الاستخبارات
والتحقيقات الاتحادية`, `وزارة الخارجية العراقية`).

The rules prefer silence to a wrong name: a name needs two words of its own, stops at every
particle, verb, time word, punctuation or known name, and never starts with the article ال (which
is how role words and nationality adjectives are told from names). What they find is stored as
`discovered`, for a curator to confirm.

The rules live by the kind of name they find: `people`, `places` (named facilities and settlements),
`organisations`; `common` holds the word lists and tests more than one kind uses, and `core` the two
passes over a text that call them (bodies and places first, then people).
"""

from articles.parsing.discovery.common import (
    CLOSING_QUOTES,
    FACILITIES,
    INSTITUTES,
    LOC,
    OPENING_QUOTES,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACES,
    PREPOSITIONS_LIKE_NAMES,
    ROLE_NOUNS,
    SENTENCE_ENDS,
    TITLES,
    Discovered,
    demonym,
    demonym_place,
    head_stem,
)
from articles.parsing.discovery.core import QUOTES, discover
from articles.parsing.discovery.organisations import NATIONAL_BODIES
from articles.parsing.discovery.people import (
    family_name_of_a_known_word,
    given_name_of_a_known_word,
    longer_name,
    surname_after_a_particle,
)

__all__ = [
    "CLOSING_QUOTES",
    "FACILITIES",
    "INSTITUTES",
    "LOC",
    "NATIONAL_BODIES",
    "OPENING_QUOTES",
    "ORG",
    "ORG_HEADS",
    "PERSON",
    "PLACES",
    "PREPOSITIONS_LIKE_NAMES",
    "QUOTES",
    "ROLE_NOUNS",
    "SENTENCE_ENDS",
    "TITLES",
    "Discovered",
    "demonym",
    "demonym_place",
    "discover",
    "family_name_of_a_known_word",
    "given_name_of_a_known_word",
    "head_stem",
    "longer_name",
    "surname_after_a_particle",
]
