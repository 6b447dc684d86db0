"""Round 8 places: a list of settlements closed by its و; an adjective that is part of a settlement's
name (`حي شيحا الغربي`, `منطقة القصر الصغير`); mines; facility nouns that are verbal nouns or take a
participle or a quantity (`لسد جزء من`, `قاعة ملحقة بمسجد`, `بسجن عدد من`)."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize
from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "في منطقتي أبوسليم وصلاح الدين، أسفرت عن مقتل ثلاثة", ("وصلاح", "الدين"), ["أبوسليم"], id="known-last"
        ),
        pytest.param("في بلدتي المزرعة وولغا، تقرر أن", (), ["المزرعة", "ولغا"], id="unknown-last"),
    ],
)
def test_a_list_of_settlements_ends_with_its_name_joined_by_waw(text, known, names):
    assert written_places(text, known) == names


def test_names_listed_by_commas_before_the_waw_are_still_read():
    assert written_places("في قرى كوجو، سيبا وتل قصب") == ["كوجو", "سيبا", "تل قصب"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("خلال حفل التسليم في حي شيحا الغربي، إن المرحلة", ["شيحا الغربي"], id="quarter-side"),
        pytest.param("وحدة سكنية جديدة في منطقة شيحا الغربية، وإن", ["شيحا الغربية"], id="area-side"),
        pytest.param("صاحب الشقة في حي الصداقة الجديدة رفع الإيجار", ["الصداقة الجديدة"], id="definite-new"),
        pytest.param("الاكتظاظ الذي تعرفه منطقة القصر الصغير في أوقات الذروة.", ["القصر الصغير"], id="area-small"),
        pytest.param("وصلوا إلى قرية دير سامت العليا أمس", ["دير سامت العليا"], id="village-upper"),
    ],
)
def test_an_adjective_of_size_or_side_is_part_of_a_settlements_name(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("قصفت المدفعية بلدة كفرحمام الجنوبية فجر اليوم", ["كفرحمام"], id="town-side-describes"),
        pytest.param("في منطقة سلماباد الصناعية.", ["سلماباد"], id="industrial"),
        pytest.param("في منطقة الحدود الجديدة", [], id="ordinary-noun"),
        pytest.param("في منطقة الشمال الكبير", [], id="side-of-country"),
        pytest.param("في منطقة الجنوبي الكبير", [], id="nisba"),
    ],
)
def test_other_adjectives_after_a_settlement_stay_out_of_its_name(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("تنفذ توسعة في منجم الشيدية جنوبي المملكة", ["منجم الشيدية"], id="definite"),
        pytest.param("لاستغلال منجم أرليت.", ["منجم أرليت"], id="known-town"),
        pytest.param("لاستغلال منجم إيمورارين، أحد أكبر", ["منجم إيمورارين"], id="indefinite"),
    ],
)
def test_a_mine_is_named_by_a_word_of_its_own(text, names):
    assert written_places(text, ("أرليت",)) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("يعمل في منجم ذهب في الصحراء", id="gold"),
        pytest.param("عمال منجم الفوسفات في المدينة", id="phosphate"),
        pytest.param("أكبر منجم للنحاس في العالم", id="purpose"),
    ],
)
def test_a_mine_of_what_is_dug_has_no_name(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('إن الزيادة "ضرورية لسد جزء من العجز المالي"', id="dam-part"),
        pytest.param('إن القطاع "سدّ الفراغ لسنوات حين غابت الدولة".', id="dam-gap"),
        pytest.param("أصدرت المحكمة أحكاماً بسجن عدد من المسؤولين السابقين", id="prison-count"),
        pytest.param("ويقيم مع أسرته في قاعة ملحقة بمسجد في البلدة.", id="hall-annexed"),
        pytest.param("نقلوا إلى محطة مهجورة بلا كهرباء.", id="station-deserted"),
    ],
)
def test_a_facility_noun_before_a_quantity_a_gap_or_a_participle_names_nothing(text):
    assert written_places(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("بدأ بناء سد الروصيرص على النيل", ["سد الروصيرص"], id="dam"),
        pytest.param("وصل إلى جزيرة مصيرة أمس", ["جزيرة مصيرة"], id="island-weak-letter"),
        pytest.param("عند محطة منوبة في المدينة", ["محطة منوبة"], id="station-weak-letter"),
        pytest.param("أغلقت السلطات سجن المرناقية أمس", ["سجن المرناقية"], id="prison"),
    ],
)
def test_facilities_named_by_a_word_of_their_own_are_still_found(text, names):
    assert written_places(text) == names


def test_a_facilitys_name_of_two_words_joined_by_a_hyphen_is_one_name():
    assert written_places("عودة الإنتاج في منجم لولو-غونكوتو بعد عام") == ["منجم لولو-غونكوتو"]


def test_a_mine_with_a_quoted_name_is_left_to_the_quoted_name():
    assert written_places('التوسعة الجديدة في منجم "قلب الأغلاس" قرب المدينة') == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("في أحياء الحسكة، بدعم من اللجنة الدولية", ("الحسكة",), [], id="known-then-comma"),
        pytest.param("في أحياء العزيزية، بدعم من اللجنة الدولية", (), [], id="unknown-then-comma"),
    ],
)
def test_a_word_after_a_comma_that_no_name_follows_is_no_name_of_the_list(text, known, names):
    assert written_places(text, known) == names


def test_names_listed_by_commas_are_read_when_the_list_goes_on():
    assert written_places("في قرى كوجو، سيبا، حردان وتل قصب") == ["كوجو", "سيبا", "حردان", "تل قصب"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وهي أكبر منطقة لإنتاج الأرز في البلاد", id="producing"),
        pytest.param("أقيمت منطقة لاستقبال النازحين قرب الحدود", id="receiving"),
        pytest.param("خصصت مدينة لتخزين الحبوب", id="storing"),
    ],
)
def test_a_settlement_noun_before_what_it_is_for_names_nothing(text):
    assert written_places(text) == []


def test_a_settlements_name_that_begins_like_a_purpose_is_still_read_before_an_adjective():
    assert written_places("في مدينة لاهاي الهولندية") == ["لاهاي"]


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("إن حقلي الرميلة ومجنون رفعا إنتاجهما", (), ["الرميلة", "مجنون"], id="dual-fields-then-verb"),
        pytest.param(
            "يحرق الغاز في حقول الرميلة ومجنون وغرب القرنة.", ("وغرب", "القرنة"), ["الرميلة", "مجنون"], id="plural"
        ),
        pytest.param("عبر ميناءي داكار وأبيدجان، وتمر الشاحنات", ("داكار", "وأبيدجان"), [], id="ports-of-known-towns"),
        pytest.param("عبر ميناءي بربرة وكسمايو إلى", (), ["بربرة", "كسمايو"], id="ports"),
    ],
)
def test_fields_and_ports_listed_after_their_plural_are_written_by_their_names(text, known, names):
    assert written_places(text, known) == names


def test_camps_listed_after_their_plural_keep_their_noun():
    assert written_places("إن مخيمات فرشانا وميتشي في إقليم وداي") == ["مخيم فرشانا", "مخيم ميتشي"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في حقول القمح والشعير", id="crops"),
        pytest.param("إغلاق حقول النفط والغاز", id="oil-and-gas"),
        pytest.param("بين موانئ الدولة ومناطقها الصناعية", id="whose-ports"),
    ],
)
def test_a_plural_of_fields_before_definite_nouns_alone_names_none(text):
    assert written_places(text) == []


def test_a_dual_names_two_and_no_more():
    assert written_places("عبر ميناءي بربرة وكسمايو، وتمر الشاحنات") == ["بربرة", "كسمايو"]


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param("إلى مخيمي طولكرم ونور شمس في المدينة", ("طولكرم",), [], id="second-word-of-a-name"),
        pytest.param("عبر معبري المصنع والعريضة، في إطار", (), ["معبر المصنع", "معبر العريضة"], id="definite-dual"),
        pytest.param("على موانئ جيبوتي، وتدفع سنوياً", ("جيبوتي",), [], id="a-countrys-ports"),
        pytest.param(
            "للسفن القادمة من موانئ آسيا والمتجهة إلى أوروبا", ("آسيا", "أوروبا"), [], id="ports-then-participle"
        ),
    ],
)
def test_lists_after_a_dual_or_plural_facility_noun_stay_as_they_were(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "وقطع حركة المرور على الطريق الرابطة بين الحمامات وقرنبالية.", (), ["الحمامات", "قرنبالية"], id="two"
        ),
        pytest.param("وإغلاق الطريق الرابط بين إزمير وأورلا.", ("إزمير",), ["أورلا"], id="known-first"),
        pytest.param(
            "قطع الطريق الدولي الرابط بين العمارة والبصرة لأكثر من ست ساعات", ("والبصرة",), ["العمارة"], id="then-for"
        ),
        pytest.param("على الطريق الواصل بين الخليل وبني نعيم، تصطف", ("الخليل",), ["بني نعيم"], id="connector"),
    ],
)
def test_a_road_linking_two_places_names_them(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("على الخطوط الرابطة بين باريس وكل من ليون ومرسيليا", ("باريس", "ليون"), id="each-of"),
        pytest.param("الطريق الرابط بين المدينة ومنطقة الحوبان بعد إغلاق", (), id="the-city"),
        pytest.param("الطريق الساحلي الرابط بين طرابلس والحدود التونسية، وأجبرت", ("طرابلس",), id="the-border"),
        pytest.param("ويعزز الرابط بين التعليم والسوق", (), id="no-places-then-noun"),
        pytest.param("الرابط بين الفقر والبطالة الذي", (), id="abstract-then-relative"),
    ],
)
def test_a_link_between_what_are_no_two_places_names_nothing(text, known):
    assert written_places(text, known) == []


def test_a_league_is_still_read_as_a_body_where_it_links_no_places():
    tokens = tokenize("وطالبت الرابطة التونسية للدفاع عن حقوق الإنسان بالتحقيق")
    assert [d.kind for d in discover(tokens, {})] == ["ORG"]
