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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("قضت محكمة في معسكر عوفر، غرب رام الله", ["معسكر عوفر"], id="a-word-of-its-own"),
        pytest.param("وتستضيف جيبوتي معسكر ليمونييه، القاعدة الأميركية", ["معسكر ليمونييه"], id="a-base"),
    ],
)
def test_a_camp_is_named_by_a_word_of_its_own(text, names):
    assert written_places(text, ("جيبوتي",)) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بسبب ارتباطه بمعسكر إعدادي في جدة", id="a-kind-of-camp"),
        pytest.param("وانضم إلى معسكر المنتخب في تركيا", id="a-team-s-camp"),
        pytest.param("ينضم إلى معسكر المعارضة في البرلمان", id="a-side-s-camp"),
    ],
)
def test_a_camp_s_team_side_or_kind_names_no_place(text):
    assert written_places(text, ()) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "بينهم اللاجئون في معسكرات الرديس وجوري ودبة بوسين.",
            (),
            ["الرديس", "جوري", "دبة بوسين"],
            id="a-definite-name-beside-words-of-their-own",
        ),
        pytest.param(
            "في مراكز بمدينة أدري ومعسكرات فرشنا وأبوتنقي، بدعم من", ("وأبوتنقي",), ["فرشنا"], id="beside-a-known-camp"
        ),
        pytest.param(
            "فيما ستزود مخيمات بلاطة وعسكر والعين بصهاريج إضافية",
            ("بلاطة", "والعين"),
            ["مخيم بلاطة", "مخيم عسكر", "مخيم العين"],
            id="camps-named-as-towns-are",
        ),
    ],
)
def test_a_plural_of_facilities_lists_names_when_a_word_of_its_own_is_among_them(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param(
            "ومطارات مراكش وفاس ووجدة وأكادير", ("مراكش", "وفاس", "ووجدة", "وأكادير"), id="the-towns-airports"
        ),
        pytest.param("في مخيمات النازحين والمهجرين", (), id="kinds-of-camp"),
        pytest.param("في مخيمات الشمال ومخيمات الجنوب", (), id="a-second-plural"),
        pytest.param("تعتمد على موانئ جيبوتي، وتدفع سنويا", ("جيبوتي",), id="a-new-clause-after-the-comma"),
    ],
)
def test_a_plural_of_facilities_before_known_towns_or_definite_words_lists_no_names(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("إن نتائج المسح في مركزي طما وجهينة، كشفت", ("طما",), ["جهينة"], id="egypt-s-districts"),
        pytest.param("في مركزي الصف وأطفيح، موضحا", ("وأطفيح",), ["الصف"], id="before-a-known-district"),
        pytest.param(
            "في محليتي مدني الكبرى والحصاحيصا منذ أغسطس", ("والحصاحيصا",), ["مدني الكبرى"], id="sudan-s-localities"
        ),
        pytest.param(
            "صفقات تهيئة الطرق بدواوير أولاد الطيب وسيدي حرازم وأولاد بوعلي خلال الولاية",
            (),
            ["أولاد الطيب", "سيدي حرازم", "أولاد بوعلي"],
            id="morocco-s-villages",
        ),
    ],
)
def test_districts_and_villages_are_listed_after_their_dual_or_plural(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("لعب دورا مركزي في مصر والسودان", ("مصر", "والسودان"), id="central"),
        pytest.param("وأنشأ بنك مركزي جديد في البلاد", (), id="central-without-a-known-place"),
        pytest.param("تعيش في دواوير نائية وفقيرة", (), id="villages-described"),
    ],
)
def test_an_adjective_of_the_same_shape_lists_no_places(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "إنجاز 70% من مشروع تطوير شارع الشيخ جابر الأحمد الصباح بلغت",
            ["شارع الشيخ جابر الأحمد الصباح"],
            id="the-father-s-and-the-family-s-names",
        ),
        pytest.param("في شارع الشيخ زايد الجديد", ["شارع الشيخ زايد"], id="an-adjective-is-no-name"),
        pytest.param("أمام شارع الشيخ زايد الرئيسي", ["شارع الشيخ زايد"], id="a-nisba-is-no-name"),
    ],
)
def test_a_gulf_ruler_s_name_keeps_its_definite_father_s_and_family_s_names(text, names):
    assert written_places(text, ()) == names


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "إثر تصادم على طريق الصعيد الصحراوي الغربي، بالقرب", (), ["طريق الصعيد الصحراوي الغربي"], id="a-road-s-side"
        ),
        pytest.param("على طريق الكريمات الصحراوي الجديد", (), ["طريق الكريمات الصحراوي"], id="no-other-adjective"),
        pytest.param(
            "ورست السفينة على محطة عدن للحاويات في المعلا", ("عدن",), ["محطة عدن للحاويات"], id="a-container-terminal"
        ),
        pytest.param("في محطة عدن للكهرباء", ("عدن",), ["محطة عدن"], id="no-other-purpose"),
    ],
)
def test_a_road_keeps_its_side_and_a_terminal_its_containers(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("يعمل في شركة سياحة بمنطقة السد في الدوحة، إن", ("الدوحة",), ["السد"], id="in-a-known-town"),
        pytest.param("افتتاح محطة بمنطقة الحمام في محافظة مطروح", ("مطروح",), ["الحمام"], id="in-a-province"),
        pytest.param("اشتباكات في منطقة الطينة قرب الحدود", (), ["الطينة"], id="near-another-place"),
    ],
)
def test_an_area_s_definite_name_is_a_place_where_the_text_says_where_it_lies(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("تواصل القتال في منطقة العمليات شمال سوريا", ("سوريا",), id="operations"),
        pytest.param("وتتصاعد الاشتباكات في منطقة النزاع في السودان", ("السودان",), id="conflict"),
        pytest.param("سقط اللاعب داخل منطقة الجزاء في الدقيقة 80", (), id="the-penalty-area"),
        pytest.param("وتقع منطقة الاستثمار في مصر", ("مصر",), id="a-verbal-noun"),
        pytest.param("وتسكن في منطقة الطالبية منذ سنوات", (), id="nothing-says-where"),
    ],
)
def test_an_area_of_a_kind_or_an_area_not_located_names_no_place(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param('وفي حي "كرفور" بمقاطعة عرفات، اصطفت', ["كرفور"], id="a-quarter"),
        pytest.param(
            'في الأحياء الشمالية وحي "فيليكس بيات" حيث تقطن جاليات', ["فيليكس بيات"], id="behind-a-conjunction"
        ),
    ],
)
def test_a_quoted_name_after_a_town_s_noun_is_the_town(text, names):
    assert written_places(text, ()) == names


def test_a_quoted_word_after_a_province_s_noun_may_be_a_mandate():
    assert written_places('ومجلس الأمن يمدد ولاية "مينورسو" عاماً', ()) == []


def test_a_dual_s_definite_nisba_is_a_name_as_its_adjective_would_be_dual():
    text = "بينهم طلبة سوريون في مخيمي الزعتري والأزرق، لافتاً"
    assert written_places(text, ()) == ["مخيم الزعتري", "مخيم الأزرق"]


def test_a_dual_before_nisbas_alone_lists_no_names():
    assert written_places("في حقلي النفطي والغازي", ()) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("إن خطة مرورية لمنطقة ميدان الرماية، مشيرا", (), ["ميدان الرماية"], id="a-facility-reads-itself"),
        pytest.param(
            "من قرية البو عجيل في قضاء المدحتية", (), ["البو عجيل", "المدحتية"], id="an-iraqi-tribe-s-village"
        ),
        pytest.param("إن الموصل كانت وستبقى مدينة لكل العراقيين", (), [], id="for-all"),
        pytest.param(
            "حصر أصول الوقف في محافظات الوجه القبلي واستثمارها", ("الوجه", "القبلي"), [], id="a-verbal-noun-and-pronoun"
        ),
        pytest.param("في مدينتي الرياض وأبها", ("الرياض",), ["أبها"], id="a-name-in-ha"),
    ],
)
def test_a_settlement_s_noun_before_a_facility_a_quantity_or_a_verbal_noun_names_none(text, known, names):
    assert written_places(text, known) == names
