"""Round 11 places: an unknown word in a list of known places with no noun before it (`في رانية وكلار
وحلبجة`, `في صفاقس وقفصة وسوسة والكاف،`)."""

import pytest

from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            'وقال إن "المدارس في رانية وكلار وحلبجة مغلقة بالكامل',
            ("وكلار", "وحلبجة"),
            ["رانية"],
            id="first-after-its-preposition",
        ),
        pytest.param(
            "إلى إعطاء الحويجة والزاب والرياض حصة أكبر",
            ("الحويجة", "والرياض"),
            ["الزاب"],
            id="between-two-known",
        ),
        pytest.param(
            "لا تراعي مناطقهم في تازة وبشير وطوز خورماتو، مشيراً",
            ("تازة", "وطوز", "خورماتو"),
            ["بشير"],
            id="before-a-known-name-of-two-words",
        ),
        pytest.param(
            "وقدمت عروض في صفاقس وقفصة وسوسة والكاف، إضافة إلى عروض",
            ("صفاقس", "وقفصة", "وسوسة"),
            ["الكاف"],
            id="last-where-the-phrase-ends",
        ),
    ],
)
def test_an_unknown_word_listed_with_known_places_is_a_place(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param(
            "الأوضاع في قطاع غزة والسودان والملاحة في البحر الأحمر",
            ("غزة", "والسودان"),
            id="clause-goes-on",
        ),
        pytest.param(
            "بساتينها في الفاو والسيبة ونزحت نحو البصرة",
            ("الفاو", "والسيبة", "البصرة"),
            id="a-verb",
        ),
        pytest.param(
            'في بغداد والبصرة، ستضمن "الأمن',
            ("بغداد", "والبصرة"),
            id="behind-a-comma-only",
        ),
        pytest.param("في الموصل وكركوك والخارج.", ("الموصل", "وكركوك"), id="abroad"),
        pytest.param("في حلب وحمص وغيرها.", ("حلب", "وحمص"), id="and-others"),
        pytest.param(
            "في جماعات واويزغت وتنانت بعد",
            ("واويزغت", "وتنانت"),
            id="the-plural-before-the-list",
        ),
        pytest.param(
            "مدينة الفاشر، عاصمة ولاية شمال دارفور، في",
            ("الفاشر", "ولاية", "شمال", "دارفور"),
            id="apposition",
        ),
        pytest.param("المدارس في رانية وكلار مغلقة", ("وكلار",), id="one-known-place"),
    ],
)
def test_a_word_beside_known_places_is_no_place_of_the_list(text, known):
    assert written_places(text, known) == []


def test_a_side_alone_ending_a_list_of_known_places_is_a_province():
    text = "في مراكز التجميع بكفر الشيخ والبحيرة والدقهلية والشرقية، بسعر افتتاحي"
    assert written_places(text, ("بكفر", "الشيخ", "والبحيرة", "والدقهلية")) == ["الشرقية"]
