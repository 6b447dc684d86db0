"""Places named by everyday words (round 10): Cairo's `المطرية` is "rainy" right after a definite noun
(`التساقطات المطرية`), and a municipality (`بلدية الخيام`) names its town as a place's head noun does."""

import pytest

from articles.parsing.entities import Gazetteer

MATARIYA = 81
RAINY = Gazetteer([(MATARIYA, "حي المطرية", True, "LOC"), (MATARIYA, "المطرية", False, "LOC")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("وتوقعت الأرصاد استمرار التساقطات المطرية في الشمال", [], id="rainfall"),
        pytest.param("ورفعت الأمانة جاهزيتها للحالة المطرية المتوقعة", [], id="the-rainy-spell"),
        pytest.param("انتقل الفريق إلى المطرية في القاهرة", [MATARIYA], id="after-a-preposition"),
        pytest.param("وفي حي المطرية سقط", [MATARIYA], id="with-its-noun"),
    ],
)
def test_rainy_after_a_definite_noun_is_no_matariya(text, found):
    assert [m.entity_id for m in RAINY.find(text)] == found


KHIAM = 91
TOWNS = Gazetteer([(KHIAM, "بلدة الخيام", True, "LOC"), (KHIAM, "الخيام", False, "LOC")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("ويقول رئيس بلدية الخيام عباس عواضة إن", [KHIAM], id="municipality"),
        pytest.param("ووزعت البلدية الخيام على النازحين", [], id="the-municipality-gave-tents"),
        pytest.param("ويعيش النازحون في الخيام منذ أشهر", [], id="in-the-tents"),
    ],
)
def test_a_municipality_names_its_town(text, found):
    assert [m.entity_id for m in TOWNS.find(text)] == found
