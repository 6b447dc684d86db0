"""Round 12 places: villages named after a sheikh (`قرية الشيخ فضل`, `عزبة الشيخ علي`), camps on `معسكر`
and lists of facilities a word of their own shows to be names (`معسكرات الرديس وجوري ودبة بوسين`), Egypt's
and Sudan's districts and Morocco's villages listed after their dual or plural (`مركزي طما وجهينة`,
`محليتي مدني الكبرى والحصاحيصا`, `دواوير أولاد الطيب وسيدي حرازم`), a Gulf ruler's name with its article
(`شارع الشيخ جابر الأحمد الصباح`), a road's side and a container terminal."""

import pytest

from tests.parsing.discovered import written_places


def test_a_direction_with_its_own_waw_is_no_next_name_of_a_list():
    assert written_places("في منطقتي الجزائر والعشار وسط المدينة", ("الجزائر",)) == ["العشار"]
