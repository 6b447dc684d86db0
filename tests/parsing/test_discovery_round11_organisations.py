"""Round 11 organisation rules: a service directorate keeps its known place after `في`; a fund named
after a known place goes on to a second known place joined by و; a company named after a known place
keeps its own adjective before its trade, or ends with `المالية` / `القابضة`."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "تجمع المعلمون أمام مبنى مديرية التربية في السليمانية، رافعين لافتات",
            ("السليمانية",),
            "مديرية التربية في السليمانية",
            id="one-word-service",
        ),
        pytest.param(
            "وقالت مديرية الموارد المائية في دير الزور، إن منسوب الفرات انخفض",
            ("دير", "الزور"),
            "مديرية الموارد المائية في دير الزور",
            id="service-and-adjective",
        ),
    ],
)
def test_a_service_directorate_keeps_its_known_place(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وصلت التعزيزات إلى مديرية الوازعية في تعز صباح الأحد", ("تعز",), id="yemeni-district"),
        pytest.param("وقالت مديرية المدينة في بغداد", ("بغداد",), id="no-service"),
        pytest.param("وقالت مديرية التربية في بيان إن", (), id="in-a-statement"),
    ],
)
def test_a_directorate_not_of_a_service_takes_no_place(text, known):
    assert organisations(text, known) == []


def test_a_general_directorate_stops_before_the_country():
    text = "وقالت المديرية العامة للطيران المدني في لبنان إن"
    assert organisations(text, ("لبنان",)) == ["المديرية العامة للطيران المدني"]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وقال مدير صندوق إعمار سنجار وسهل نينوى إن",
            ("سنجار", "وسهل", "نينوى"),
            "صندوق إعمار سنجار وسهل نينوى",
            id="fund-of-two-places",
        ),
        pytest.param(
            "وأعلن صندوق إعمار سنجار ونينوى عن",
            ("سنجار", "ونينوى"),
            "صندوق إعمار سنجار ونينوى",
            id="one-word-places",
        ),
    ],
)
def test_a_body_named_after_a_known_place_goes_on_to_a_second_joined_by_and(text, known, name):
    assert organisations(text, known) == [name]


def test_a_body_joined_after_the_place_is_no_part_of_the_name():
    text = "وأعلن صندوق إعمار سنجار والحكومة العراقية عن خطة"
    assert organisations(text, ("سنجار",)) == ["صندوق إعمار سنجار"]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وأشار إلى أن شركة الفرات الذهبي للمقاولات، المتهمة من خصوم الحزب",
            ("الفرات",),
            "شركة الفرات الذهبي للمقاولات",
            id="own-adjective-then-trade",
        ),
        pytest.param(
            "ويرى المحلل عبدالله الجبلي، من شركة الرياض المالية، أن الطروحات",
            ("الرياض",),
            "شركة الرياض المالية",
            id="brokerage",
        ),
        pytest.param(
            "واستحوذت شركة البحرين القابضة على حصة",
            ("البحرين",),
            "شركة البحرين القابضة",
            id="holding",
        ),
    ],
)
def test_a_company_named_after_a_known_place_keeps_its_own_words(text, known, name):
    assert organisations(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وتحدث عن أزمة لبنان المالية الخانقة", ("لبنان",), id="a-country-s-finances"),
        pytest.param("وقالت وزارة مصر المالية", ("مصر",), id="no-company-head"),
        pytest.param("وقعت شركة الكويت السعودي للتجارة", ("الكويت",), id="a-nationality-adjective"),
    ],
)
def test_a_place_s_finances_or_nationality_name_no_company(text, known):
    assert organisations(text, known) == []
