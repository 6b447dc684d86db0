"""Places named by everyday words (round 10): a town spelt as an adjective is the adjective right after
a definite noun (`التساقطات المطرية`, "rainfall", not Cairo's Matariya; `النقوش النبطية`, `العمال المهرة`),
and a municipality (`بلدية الخيام`) names its town as a place's head noun does."""

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


NABATIEH, MAHRA = 101, 102
ADJECTIVES = Gazetteer(
    [(NABATIEH, "النبطية", True, "LOC"), (MAHRA, "محافظة المهرة", True, "LOC"), (MAHRA, "المهرة", False, "LOC")]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("معرض عن النقوش النبطية والدادانية", [], id="nabataean"),
        pytest.param("هاجر كثير من العمال المهرة إلى تركيا", [], id="skilled"),
        pytest.param("يتنقل التلاميذ إلى مرجعيون والنبطية يوميا", [NABATIEH], id="listed"),
        pytest.param("وقصفت مسيرة النبطية أمس", [NABATIEH], id="after-an-indefinite-noun"),
        pytest.param("ويربط الطريق النبطية بصيدا", [NABATIEH], id="object-after-a-masculine-subject"),
        pytest.param("وصلت الأمطار إلى المهرة", [MAHRA], id="after-a-preposition"),
    ],
)
def test_a_town_spelt_as_an_adjective_right_after_a_definite_noun_is_the_adjective(text, found):
    assert [m.entity_id for m in ADJECTIVES.find(text)] == found
