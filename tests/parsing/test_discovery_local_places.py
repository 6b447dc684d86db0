"""Local public works and places named after their head noun: roads, tunnels, stations, wells,
plants, parks; streets and bases named after people; a head noun before a known place or person
keeps the whole name."""

import pytest

from tests.parsing.discovered import names


def places(text, known=(), people=()):
    """The LOC names in `text`; the words in `known` (as written) are places the gazetteer knows, those
    in `people` its people."""
    from articles.parsing.words import tokenize

    taken = {i: "LOC" for i, token in enumerate(tokenize(text)) if token.raw in known}
    taken |= {i: "PERSON" for i, token in enumerate(tokenize(text)) if token.raw in people}
    return names(text, "LOC", taken)


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("داعياً إلى سلوك طريق مسقط السريع خلال فترة التنفيذ", ("مسقط",), "طريق مسقط السريع", id="known"),
        pytest.param("رياح نشطة على طريق الساحل الدولي.", (), "طريق الساحل الدولي", id="definite"),
        pytest.param("مرور الخط أسفل طريق الكريمات الصحراوي، وهو", (), "طريق الكريمات الصحراوي", id="desert"),
    ],
)
def test_a_road_is_named_with_its_kind(text, known, name):
    assert places(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وتقدم الترجي مبكراً عن طريق مهاجمه الجزائري", (), id="by means of"),
        pytest.param("تمويل مشروع طريق التنمية الذي يربط", (), id="a project"),
        pytest.param("السفن عبر طريق رأس الرجاء الصالح، ثم", ("رأس", "الرجاء", "الصالح"), id="a route"),
        pytest.param("على طريق الهجرة عبر المحيط", (), id="a way"),
    ],
)
def test_a_road_without_its_kind_is_no_name(text, known):
    assert places(text, known) == []


@pytest.mark.parametrize(
    ("text", "known", "people", "name"),
    [
        pytest.param("لا سيما نفق الملك عبدالله ونفق", (), (), "نفق الملك عبدالله", id="honorific"),
        pytest.param("في ظل الازدحام على شارع الشيخ محمد بن زايد.", (), (), "شارع الشيخ محمد بن زايد", id="unknown"),
        pytest.param(
            "الازدحام على شارع الشيخ محمد بن زايد.",
            (),
            ("محمد", "بن", "زايد"),
            "شارع الشيخ محمد بن زايد",
            id="known person",
        ),
        pytest.param(
            "التي تنطلق من قاعدة الملك عبدالله الثاني الجوية في الزرقاء",
            (),
            (),
            "قاعدة الملك عبدالله الثاني الجوية",
            id="ordinal and kind",
        ),
        pytest.param("أمام فرع المصرف في شارع عمر المختار، وأمام", (), (), "شارع عمر المختار", id="given name"),
        pytest.param("بمقر المنظمة في ساحة محمد علي بالعاصمة، على", (), (), "ساحة محمد علي", id="before a preposition"),
        pytest.param("في شارع جمال عبد الناصر وسط", (), (), "شارع جمال عبد الناصر", id="everyday given name"),
        pytest.param("أغلقت الشرطة طريق الملك فهد السريع أمس", (), (), "طريق الملك فهد السريع", id="road"),
    ],
)
def test_a_street_or_building_named_after_a_person_keeps_its_noun(text, known, people, name):
    assert places(text, known, people) == [name]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("لا سيما نفق فلسطين اللذين غمرتهما المياه", ("فلسطين",), "نفق فلسطين", id="tunnel"),
        pytest.param("ومنها محطة مترو البرشاء، وهو مطلب", ("البرشاء",), "محطة مترو البرشاء", id="metro"),
        pytest.param("ومنها محطة حافلات الغبيبة ومحطة", (), "محطة حافلات الغبيبة", id="bus"),
        pytest.param("ومنها محطة مول الإمارات، بحيث", ("الإمارات",), "محطة مول الإمارات", id="after a mall"),
        pytest.param("وتزود بتمويل خط ناقل جديد من بئر دير شرف.", ("دير", "شرف"), "بئر دير شرف", id="well"),
        pytest.param("وأوضحت المؤسسة أن معمل دير عمار في الشمال", (), "معمل دير عمار", id="plant"),
        pytest.param("بعد تفريغ حمولة باخرة في معمل الزهراني.", (), "معمل الزهراني", id="nisba"),
        pytest.param("في محيط شارع الزرقطوني.", (), "شارع الزرقطوني", id="street nisba"),
        pytest.param("تحصل على المياه شارع عين سارة على مدى", (), "شارع عين سارة", id="two words"),
        pytest.param("وإنشاء ممرات للمشاة في حديقة الصفاء بولاية طاقة", (), "حديقة الصفاء", id="park"),
        pytest.param("شكاوى أهالي عزبة أبو شلبي التابعة لمركز أطفيح", ("أطفيح",), "عزبة أبو شلبي", id="hamlet"),
        pytest.param("وقال في كلمته في قاعة الشعب الكبرى إن", (), "قاعة الشعب الكبرى", id="hall"),
        pytest.param("فوضى توزيع البطاقات أمام قاعة الكوليزي، وقال", (), "قاعة الكوليزي", id="hall nisba"),
        pytest.param("معرض في متحف قطر الوطني، الذي يروي", ("قطر",), "متحف قطر الوطني", id="museum"),
        pytest.param("الازدحام اليومي على شارع الاتحاد وشارع", (), "شارع الاتحاد", id="street of a union"),
        pytest.param(
            "بحفل في قصر رام الله الثقافي، وتبلغ", ("رام", "الله"), "قصر رام الله الثقافي", id="cultural palace"
        ),
    ],
)
def test_a_facility_noun_keeps_the_name_after_it(text, known, name):
    assert places(text, known)[:1] == [name]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("ويقول صاحب مخيم سياحي في الجبل", (), id="tourist camp"),
        pytest.param("نجم عن عطل فني في محطة تحويل رئيسية قرب عراد", ("عراد",), id="substation"),
        pytest.param("الاتفاق على إنشاء مصفاة مشتركة بين البلدين", (), id="joint refinery"),
        pytest.param("تفكيك معمل لإنتاج الكبتاغون في ريف", (), id="workshop"),
        pytest.param("تشغيل معمل سيدي بنور بطاقة", ("سيدي", "بنور"), id="a towns plant"),
        pytest.param("حفر بئر عميقة في القرية", (), id="well"),
        pytest.param("لعب الأطفال في حديقة المنزل", (), id="garden"),
        pytest.param("تظهر كثبان رملية على الطريق", (), id="dunes"),
        pytest.param("تقع محطة مترو الأنفاق قرب", (), id="underground"),
        pytest.param("وعلق الملف في نفق مظلم منذ سنوات", (), id="dark tunnel"),
        pytest.param("والمشروع مُوّل بقرض من البنك", (), id="financed"),
        pytest.param("توقف العمل في معمل الإسمنت منذ أيام", (), id="cement plant"),
        pytest.param("وصلت القطع إلى متحف مغلق منذ سنوات", (), id="closed museum"),
        pytest.param("عقدت الجلسة في قاعة المحكمة أمس", (), id="court room"),
        pytest.param("وقالت لأنصارها في ساحة البلدية: هذه", (), id="town hall square"),
        pytest.param("وفي ساحة الاستعجالي بمستشفى فرحات حشاد، كانت", (), id="emergency yard"),
        pytest.param("عقد الاجتماع في قاعة المؤتمرات الكبرى أمس", (), id="conference hall"),
        pytest.param("عقد الاجتماع في قاعة البرلمان أمس", (), id="parliament hall"),
        pytest.param("دخلت البلاد نفق الأزمة منذ سنوات", (), id="tunnel of speech"),
        pytest.param("تتحرك كثبان الرمال نحو القرى", (), id="sand dunes"),
        pytest.param("يمتد شارع جميل وواسع وسط المدينة", (), id="a fine street"),
    ],
)
def test_a_facility_noun_with_an_adjective_or_no_name_is_no_name(text, known):
    assert places(text, known) == []


def test_two_known_facilities_listed_are_two_names():
    text = "ودخل الباقون براً عبر منفذ المزيونة ومنفذ صرفيت إلى جانب"
    assert places(text, ("المزيونة", "ومنفذ", "صرفيت")) == ["منفذ المزيونة"]


def test_a_halls_quoted_name_is_left_to_the_quote():
    assert places('معالم أبرزها قاعة "مرايا" للحفلات، المصنفة') == []


def test_a_rulers_palace_is_his_not_named_after_him():
    assert places("استقبله في قصر الملك سلمان بالرياض", people=("الملك", "سلمان")) == []


def _written(text, known=()):
    """The LOC names as extract() writes them: a town named after a ruler with its noun."""
    from articles.parsing.discovery import discover
    from articles.parsing.words import tokenize

    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw in known}
    return [
        f"{d.head} {text[tokens[d.first].start : tokens[d.last].end]}"
        if d.head
        else text[tokens[d.first].start : tokens[d.last].end]
        for d in discover(tokens, taken)
        if d.kind == "LOC"
    ]


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param("محطتي تحويل في المحرق ومدينة سلمان قبل الصيف", ("المحرق",), "مدينة سلمان", id="listed"),
        pytest.param("وقع الحادث في مدينة زايد، وقال", (), "مدينة زايد", id="comma"),
    ],
)
def test_a_town_named_after_a_ruler_keeps_its_noun(text, known, name):
    assert _written(text, known) == [name]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("في محطات الضخ قرب مدينة علي صبيح أدت إلى", [], id="two words"),
        pytest.param("في مدينة طبرق شرق ليبيا", ["طبرق"], id="no given name"),
    ],
)
def test_other_towns_are_named_without_their_noun(text, found):
    assert _written(text) == found


def test_a_city_on_the_edge_is_no_town():
    assert _written("العريش.. مدينة على حافة الحرب تتحول") == []
