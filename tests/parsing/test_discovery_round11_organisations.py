"""Round 11 organisation rules: a service directorate, a coordination body and a known body's mission keep
their known place after `في`; a fund named after a known place goes on to a second known place joined by
و; a company named after a known place keeps its own adjective before its trade, or ends with `المالية` /
`القابضة`; a side of the country (`الجنوب`) ends a body's name as a known place does."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize
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


def test_a_directorate_of_two_services_is_named():
    text = "بحسب مديرية الشؤون الاجتماعية والعمل في المحافظة، فإن"
    assert organisations(text) == ["مديرية الشؤون الاجتماعية والعمل"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بحسب مديرية الشؤون الاجتماعية في المحافظة، فإن", id="one-service-any-town-s"),
        pytest.param("وزار مديرية المعلا الشرقية والغربية", id="no-service"),
    ],
)
def test_a_directorate_of_one_service_or_of_none_is_not_named(text):
    assert organisations(text) == []


def test_a_coordination_body_keeps_its_known_place():
    text = "وأفاد المتحدث باسم تنسيقية النازحين واللاجئين في دارفور، آدم رجال، بأن"
    assert organisations(text, ("دارفور",)) == ["تنسيقية النازحين واللاجئين في دارفور"]


@pytest.mark.parametrize(
    ("text", "bodies", "known", "name"),
    [
        pytest.param(
            "وكانت بعثة الاتحاد الأوروبي في القدس قد زارت الحي",
            ("الاتحاد الأوروبي",),
            ("القدس",),
            "بعثة الاتحاد الأوروبي في القدس",
            id="mission-and-place",
        ),
        pytest.param(
            "وقالت بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال إن",
            ("الاتحاد الأفريقي",),
            ("الصومال",),
            "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال",
            id="mission-purpose-and-place",
        ),
    ],
)
def test_a_known_body_s_mission_keeps_the_place_it_serves(text, bodies, known, name):
    assert organisations_beside_known_bodies_and_places(text, bodies, known) == [name]


@pytest.mark.parametrize(
    ("text", "bodies", "known"),
    [
        pytest.param("ودعت بعثة الاتحاد الأوروبي إلى الحوار", ("الاتحاد الأوروبي",), (), id="no-place"),
        pytest.param(
            "وتصل بعثة صندوق النقد الدولي لإتمام المراجعة الخامسة",
            ("صندوق النقد الدولي",),
            (),
            id="a-visit-s-delegation",
        ),
        pytest.param(
            "وقالت بعثة الاتحاد الأوروبي، في القدس، إن", ("الاتحاد الأوروبي",), ("القدس",), id="place-set-apart"
        ),
        pytest.param(
            "وزار مكتب الاتحاد الأوروبي في القدس الحي", ("الاتحاد الأوروبي",), ("القدس",), id="an-office-somewhere"
        ),
    ],
)
def test_a_mission_without_a_place_or_an_office_somewhere_is_not_named(text, bodies, known):
    assert organisations_beside_known_bodies_and_places(text, bodies, known) == []


def organisations_beside_known_bodies_and_places(text, bodies, places):
    """The ORG names discovered in `text`, when the gazetteer knows the bodies and the places given."""
    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw in places}
    for body in bodies:
        start = text.index(body)
        taken |= {i: "ORG" for i, token in enumerate(tokens) if start <= token.start < start + len(body)}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت شركة نفط الجنوب إن الصادرات ارتفعت", "شركة نفط الجنوب", id="one-noun-and-side"),
        pytest.param(
            "وسنستضيف مدير شركة توزيع كهرباء الجنوب لنعرف", "شركة توزيع كهرباء الجنوب", id="two-nouns-and-side"
        ),
        pytest.param(
            "وقالت نقابة صيادي الأسماك في الجنوب، إن", "نقابة صيادي الأسماك في الجنوب", id="union-in-the-south"
        ),
    ],
)
def test_a_side_of_the_country_ends_a_body_s_name(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتعمل جمعية المزارعين في الجنوب منذ سنوات", id="one-word-union-in-the-south"),
        pytest.param("ووصل وفد نقابة المعلمين إلى الجنوب", id="went-south"),
        pytest.param("بعد أن نقلت شركة نفط الجنوب الأفريقي", id="side-described-further"),
    ],
)
def test_a_side_of_the_country_after_a_plain_body_names_none(text):
    # Round 14: `نقابة المعلمين` alone is a union's name; the side is still no part of any.
    assert not any("الجنوب" in name for name in organisations(text))
