"""The gazetteer's data of round 14 (gaz26), read through the whole fixture as the importer reads it: the real
people, bodies and places of the breadth pass found in the phrasing news gives them, other spellings of names
already in the file as their aliases, and Upper Egypt's `الصعيد` read only where the words around it make it
the region ("level" elsewhere: `على الصعيد الدولي`)."""

import pytest

from articles.parsing.arabic import normalize


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param("وقال رئيس وزراء السويد أولف كريسترسون إن", "PERSON", "أولف كريسترسون", id="a-nordic-head"),
        pytest.param("وأعلن الرئيس النمساوي ألكسندر فان دير بيلين", "PERSON", "ألكسندر فان دير بيلين", id="austria"),
        pytest.param("قال وزير الدفاع الياباني شينجيرو كويزومي", "PERSON", "شينجيرو كويزومي", id="japan"),
        pytest.param("وقال فلاديمير ميدينسكي رئيس الوفد الروسي", "PERSON", "فلاديمير ميدينسكي", id="russia"),
        pytest.param("وأكد رئيس الوزراء البرتغالي لويس مونتينيغرو", "PERSON", "لويس مونتينيغرو", id="portugal"),
        pytest.param("وانتشرت قوات من الدرك الوطني التشادي في محيط", "ORG", "الدرك الوطني التشادي", id="chad"),
        pytest.param("وزار الوفد متحف بيرغامون في برلين", "LOC", "متحف بيرغامون", id="a-museum"),
        pytest.param(
            "وقالت المراكز الأمريكية لمكافحة الأمراض والوقاية منها",
            "ORG",
            "المراكز الأمريكية لمكافحة الأمراض والوقاية منها",
            id="an-agency",
        ),
        pytest.param("ويدرس في جامعة كويمبرا البرتغالية", "ORG", "جامعة كويمبرا", id="a-university"),
        pytest.param("في حي روزنغورد بمدينة مالمو جنوب السويد", "LOC", "مالمو", id="a-swedish-city"),
        pytest.param("وفاز مرشحوه في مقاطعات كوردوبا وسانتا في ومندوسا", "LOC", "سانتا في", id="argentinas-provinces"),
        pytest.param("عينات من 30 موقعا تمتد من ثول شمال جدة", "LOC", "ثول", id="thuwal"),
        pytest.param("وتوقف الضخ في حقل التيم جنوب دير الزور", "LOC", "حقل التيم", id="an-oil-field"),
        pytest.param("وارتفع منسوب المياه خلف سد القرعون", "LOC", "سد القرعون", id="a-dam"),
        pytest.param(
            "النائب عن الدائرة الرابعة في المحافظة الشمالية", "LOC", "المحافظة الشمالية البحرينية", id="bahrain"
        ),
    ],
)
def test_the_breadth_pass_finds_real_names_in_news_phrasing(text, kind, name, found, owners):
    (entity,) = owners[normalize(name)]
    assert entity[1] == kind
    assert (kind, entity[0]) in found(text)


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        pytest.param("أنجمينا", "نجامينا", id="ndjamena"),
        pytest.param("غوتنبرغ", "يوتيبوري", id="gothenburg"),
        pytest.param("غرونينغن", "خرونينغن", id="groningen"),
        pytest.param("أوترخت", "أوتريخت", id="utrecht"),
        pytest.param("باطومي", "باتومي", id="batumi"),
        pytest.param("منفذ التنف", "معبر التنف", id="a-crossing-by-its-iraqi-noun"),
        pytest.param("ميتي فريدريكسن", "ميته فريدريكسن", id="a-danish-prime-minister"),
    ],
)
def test_another_spelling_of_a_known_name_is_an_alias_not_a_second_entity(spelling, canonical, owners):
    assert owners[normalize(spelling)] == owners[normalize(canonical)]
    assert len(owners[normalize(spelling)]) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأوضح أن محافظات الصعيد استحوذت على 17 مقعدا", id="after-a-plural-head-noun"),
        pytest.param("رحلات من محافظات القاهرة الكبرى والصعيد.", id="in-a-list-of-places"),
        pytest.param("وشهدت قرى شمال الصعيد سيولا", id="after-a-compass-word"),
    ],
)
def test_upper_egypt_is_read_where_the_words_around_it_make_it_a_place(text, found):
    assert ("LOC", normalize("صعيد مصر")) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وعلى الصعيد الإنساني، قال رئيس فرع الهلال", id="on-the-humanitarian-level"),
        pytest.param("وتعمل الوزارة على الصعيد الوطني لخفض الأسعار", id="on-the-national-level"),
    ],
)
def test_the_word_level_is_no_place(text, found):
    assert not [name for kind, name in found(text) if kind == "LOC"]


def test_a_given_name_after_a_pilgrims_title_is_no_khartoum_district(found):
    # `الحاج يوسف` is Khartoum North's district only under its head noun: the title and a given name open
    # a person's name as often in the tuning texts (12 `الحاج` + given name, one district).
    assert ("LOC", normalize("منطقة الحاج يوسف")) not in found("وقال الحاج يوسف أحمد إن الأسعار ارتفعت")
