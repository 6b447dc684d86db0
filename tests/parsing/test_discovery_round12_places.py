"""Round 12 places: villages named after a sheikh (`قرية الشيخ فضل`, `عزبة الشيخ علي`), camps on `معسكر`
and lists of facilities a word of their own shows to be names (`معسكرات الرديس وجوري ودبة بوسين`), Egypt's
and Sudan's districts and Morocco's villages listed after their dual or plural (`مركزي طما وجهينة`,
`محليتي مدني الكبرى والحصاحيصا`, `دواوير أولاد الطيب وسيدي حرازم`), a Gulf ruler's name with its article
(`شارع الشيخ جابر الأحمد الصباح`), a road's side and a container terminal."""

import pytest

from tests.parsing.discovered import written_places


def test_a_direction_with_its_own_waw_is_no_next_name_of_a_list():
    assert written_places("في منطقتي الجزائر والعشار وسط المدينة", ("الجزائر",)) == ["العشار"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("بالقرب من قرية الشيخ فضل التابعة لمركز بني مزار", ["الشيخ فضل"], id="before-where-it-lies"),
        pytest.param("وفي قرية الشيخ فضل بمحافظة المنيا، يقول", ["الشيخ فضل"], id="before-its-province"),
        pytest.param("وقالت إحدى سكان حي الشيخ عثمان، إن", ["الشيخ عثمان"], id="a-quarter"),
        pytest.param("وفي قرية الشيخ أبو حسن، قال", ["الشيخ أبو حسن"], id="after-a-connector"),
        pytest.param("وقالت الحاجة سعدية، من عزبة الشيخ علي، إن", ["عزبة الشيخ علي"], id="a-hamlet-keeps-its-noun"),
        pytest.param("خاصة في نجع الشيخ عيسى وقرية أخرى", ["نجع الشيخ عيسى"], id="a-nag-keeps-its-noun"),
    ],
)
def test_a_village_named_after_a_sheikh_is_a_place(text, names):
    assert written_places(text, ()) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ثم زار قرية الشيخ.", id="no-name-after-him"),
        pytest.param("وصل إلى قرية الشيخ وابنه", id="a-conjunction-after-him"),
        pytest.param("وقعت الاتفاقية مع مدينة الملك عبدالعزيز للعلوم والتقنية", id="a-king-names-an-institute"),
    ],
)
def test_a_sheikh_without_a_name_after_a_village_names_no_place(text):
    assert written_places(text, ()) == []
