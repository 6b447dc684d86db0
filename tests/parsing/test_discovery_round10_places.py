"""Round 10 places: the quarters of old towns (`حارة العقر`, `حارتي الدمج والحواشين`), prisons listed after
their dual (`سجني مجدو وريمون`), a pair's second name of two words before its relative (`مخيمي طولكرم ونور
شمس اللذين`), mosques named by one definite word (`مسجد الرحمن`), a future verb after a ruler's name
(`طريق الملك عبدالعزيز سيدخل`), provinces listed after their dual or plural (`ولايتي بارا وماتو غروسو`) and
waterworks named after their kind (`محطة مياه الصف`), and roundabouts (`دوار القبة`) and Moroccan villages (`دوار
آيت الطالب`) on `دوار`."""

import pytest

from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "إعادة تأهيل حارة العقر وحارة السويق أسهمت في", (), ["حارة العقر", "حارة السويق"], id="one-by-one"
        ),
        pytest.param(
            "هدم 14 بناية سكنية في حارتي الدمج والحواشين، وسط الدخان",
            (),
            ["حارة الدمج", "حارة الحواشين"],
            id="dual",
        ),
        pytest.param(
            "رممت 37 منزلاً في حارات السلايمة وتل الرميدة وجابر، بهدف تثبيت السكان",
            ("وتل", "الرميدة"),
            ["حارة السلايمة", "حارة جابر"],
            id="plural-with-a-known-place-of-its-own",
        ),
    ],
)
def test_the_quarters_of_an_old_town_are_places(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ضربت موجة حارة الأسبوع الماضي مكة", id="hot-after-a-feminine-noun"),
        pytest.param("تشهد البلاد أجواء حارة الأسبوع المقبل", id="hot-after-a-plural"),
        pytest.param("وطالبت نقابة بحارة الصيد بالتعويض", id="sailors"),
        pytest.param("ويعيش البحارة في حارة الصيادين", id="a-quarter-of-a-trade"),
        pytest.param("تجولنا في حارات المدينة والمخيم", id="plural-of-nouns"),
    ],
)
def test_hot_and_sailors_are_no_quarter(text):
    assert written_places(text) == []


def test_prisons_are_listed_after_their_dual():
    assert written_places("المعتقلين في سجني مجدو وريمون، مطالبة الوسطاء") == ["سجن مجدو", "سجن ريمون"]


def test_the_plural_of_prisons_lists_whose_they_are_not_which():
    assert written_places("يقبعون في سجون الاحتلال والسجون الأخرى") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "ومنعت عودة السكان إلى مخيمي طولكرم ونور شمس اللذين يشهدان",
            ["مخيم طولكرم", "مخيم نور شمس"],
            id="relative-closes-the-pair",
        ),
        pytest.param("ومنعت عودة السكان إلى مخيمي طولكرم ونور شمس يشهدان", [], id="no-relative-no-second-word"),
    ],
)
def test_a_pairs_second_name_of_two_words_ends_at_its_relative(text, names):
    assert written_places(text, ("طولكرم",)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وأدى صلاة الجمعة بمسجد الرحمن في قرية", ["مسجد الرحمن"], id="with-a-clitic"),
        pytest.param("ترميم جامع القرويين ومسجد السنة بالرباط، حيث", ["مسجد السنة"], id="listed"),
        pytest.param("خطيب مسجد السلام في جيبوتي قال", ["مسجد السلام"], id="in-construct"),
    ],
)
def test_a_mosque_is_named_by_one_definite_word(text, names):
    assert written_places(text, ("بالرباط", "جيبوتي")) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أمام مسجد العزبة والمدرسة", id="the-hamlets-mosque"),
        pytest.param("وصلى في مسجد القرية القديم", id="the-villages-mosque"),
        pytest.param("يفتتح مسجد مصر الكبير", id="a-known-country"),
        pytest.param("الأقصى مسجد إسلامي خالص", id="adjective"),
        pytest.param("أغلقت أكثر من ألفي مسجد لأسباب تتعلق", id="counted"),
    ],
)
def test_a_mosque_of_a_place_or_of_a_kind_is_no_name(text):
    assert written_places(text, ("مصر",)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("أن طريق الملك عبدالعزيز سيدخل الخدمة", ["طريق الملك عبدالعزيز"], id="road"),
        pytest.param("أن مطار الملك عبدالعزيز ستصله الرحلات", ["مطار الملك عبدالعزيز"], id="airport"),
        pytest.param("وافتتح شارع الشيخ محمد بن زايد أمس", ["شارع الشيخ محمد بن زايد"], id="a-connector-reads-on"),
    ],
)
def test_a_future_verb_ends_the_name_after_an_honorific(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("وتتصدر ولايات بسكرة وتوقرت في إنتاج التمور", ("بسكرة",), ["توقرت"], id="plural-with-a-known-one"),
        pytest.param("في ولايتي بارا وماتو غروسو بالبرازيل", ("وماتو", "غروسو", "بالبرازيل"), ["بارا"], id="dual"),
    ],
)
def test_provinces_are_listed_after_their_dual_or_plural(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("ولايات الشمال والوسط الشرقي", (), id="sides-of-a-country"),
        pytest.param("اعتقل في ولايات مختلفة، وصدرت بحقه", (), id="of-a-kind"),
        pytest.param(
            "ستزود السكان في ولايتي بومرداس والجزائر وجزء من ولاية تيزي",
            ("بومرداس", "والجزائر", "تيزي"),
            id="a-part-ends-the-list",
        ),
    ],
)
def test_what_follows_provinces_without_naming_them_is_no_province(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وقال إن محطة مياه الصف، والذي يخدم", ["محطة مياه الصف"], id="named"),
        pytest.param("وأعلن توقف محطة مياه المنارة عن العمل", ["محطة مياه المنارة"], id="named-before-a-preposition"),
        pytest.param("وافتتح المحافظ محطة مياه الشرب الجديدة", [], id="drinking-water"),
        pytest.param("وأنشأت الشركة محطة مياه البحر", [], id="sea-water"),
    ],
)
def test_a_waterworks_is_named_after_its_kind(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وقع الحادث قرب دوار القبة.", ["دوار القبة"], id="roundabout-definite"),
        pytest.param("ووقف المحتجون عند دوار إيليا. ثم", ["دوار إيليا"], id="roundabout-of-its-own"),
        pytest.param("انهار 60 منزلا في دوار آيت الطالب، مطالباً", ["آيت الطالب"], id="moroccan-village"),
        pytest.param("وقال أحد سكان دوار أولاد حدو إن المياه", ["أولاد حدو"], id="moroccan-village-of-a-tribe"),
    ],
)
def test_a_roundabout_keeps_its_noun_and_a_moroccan_village_is_named_alone(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأصيب الراكب بدوار البحر", id="seasickness"),
        pytest.param("وشعر اللاعب بدوار شديد في رأسه", id="dizziness"),
        pytest.param("وأصيب بدوار وغثيان", id="dizziness-and-nausea"),
    ],
)
def test_dizziness_is_no_roundabout(text):
    assert written_places(text) == []


def test_a_douar_before_a_known_village_is_that_village():
    assert written_places("لكن في دوار إيغيل، القريب من مركز الزلزال", ("إيغيل",)) == []
