"""A known person's name inside another man's longer one: the longer name is read, the known one not."""

import pytest

from articles.parsing.entities import Gazetteer, extract

KNOWN = Gazetteer(
    [
        (1, "كريم سعيد", True, "PERSON"),
        (2, "أحمد سمير", True, "PERSON"),
        (3, "حسن نصر الله", True, "PERSON"),
        (3, "نصر الله", False, "PERSON"),
        (4, "جعفر حسان", True, "PERSON"),
        (5, "صدام حفتر", True, "PERSON"),
        (6, "محمد بن سلمان", True, "PERSON"),
        (6, "بن سلمان", False, "PERSON"),
    ]
)


def people(text):
    return [(found.entity_id, found.name) for found in extract(text, KNOWN) if found.kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال النائب عن الاتحاد الوطني الكردستاني، ريبوار كريم سعيد، إن", "ريبوار كريم سعيد", id="given-name-before"
        ),
        pytest.param(
            "وقال أحمد سمير الشناوي، عضو شعبة المستوردين بالغرفة التجارية", "أحمد سمير الشناوي", id="family-after"
        ),
        pytest.param("وقال المهندس كريم نصر الله إن الأهالي", "كريم نصر الله", id="alias-of-two-words"),
    ],
)
def test_a_given_name_or_a_family_name_around_a_known_person_makes_another_man(text, name):
    assert people(text) == [(None, name)]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وكلّف مدير مكتبه جعفر حسان بتشكيل حكومة جديدة", 4, id="his-office"),
        pytest.param("قراراً بتعيين نجله صدام حفتر نائباً له", 5, id="his-son"),
        pytest.param("وقال كريم سعيد إن الأرقام", 1, id="speech-verb"),
        pytest.param("وقال رئيس الحكومة، كريم سعيد، إن", 1, id="after-comma"),
        pytest.param("وقال أحمد سمير المصري إن", 2, id="nationality-after"),
    ],
)
def test_a_known_person_stands_where_no_name_word_extends_it(text, known):
    assert people(text) == [(known, "")]


def test_a_known_son_of_alias_still_reads_into_the_longer_name():
    assert people("برئاسة رئيس المجلس أحمد بن سلمان المسلم، تعديلات") == [(None, "أحمد بن سلمان المسلم")]
