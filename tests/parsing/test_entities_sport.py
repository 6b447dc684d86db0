"""Sport pages: clubs named bare in a sport story (`الوحدات`, `السلط`), read only after a word of the game
(`_clubs_in_context`), and continents inside a competition's name (`دوري أبطال آسيا`), which are no mention."""

import pytest

from articles.parsing.entities import Gazetteer
from tests.parsing.discovered import names, people

WEHDAT, FAISALY, SALT_CLUB, SALT, RAMTHA_CLUB, RAMTHA, HUSSEIN, ITTIHAD, FATEH, SHABAB_JORDAN = range(81, 91)
JORDAN, ASIA, EU, PRISONERS, AFRICA = range(91, 96)
SPORT = Gazetteer(
    [
        (WEHDAT, "نادي الوحدات", True, "ORG"),
        (FAISALY, "النادي الفيصلي", True, "ORG"),
        (SALT_CLUB, "نادي السلط", True, "ORG"),
        (SALT, "السلط", True, "LOC"),
        (RAMTHA_CLUB, "نادي الرمثا", True, "ORG"),
        (RAMTHA, "الرمثا", True, "LOC"),
        (HUSSEIN, "نادي الحسين إربد", True, "ORG"),
        (HUSSEIN, "الحسين إربد", False, "ORG"),
        (ITTIHAD, "نادي الاتحاد", True, "ORG"),
        (FATEH, "نادي الفتح", True, "ORG"),
        (SHABAB_JORDAN, "نادي شباب الأردن", True, "ORG"),
        (JORDAN, "الأردن", True, "LOC"),
        (ASIA, "آسيا", True, "LOC"),
        (AFRICA, "أفريقيا", True, "LOC"),
        (EU, "الاتحاد الأوروبي", True, "ORG"),
        (PRISONERS, "نادي الأسير", True, "ORG"),
    ]
)
# Two words of the game make a story about sport.
MATCH = " في المباراة التي جرت ضمن منافسات الدوري."


def found(text):
    return [(m.entity_id, m.surface) for m in SPORT.find(text)]


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("قلب فريق الوحدات تأخره إلى فوز" + MATCH, WEHDAT, "الوحدات", id="after-team"),
        pytest.param("وقال مدرب الوحدات إن فريقه عانى" + MATCH, WEHDAT, "الوحدات", id="after-coach"),
        pytest.param("وأهدى الفوز لجماهير الوحدات" + MATCH, WEHDAT, "الوحدات", id="after-fans-with-a-clitic"),
        pytest.param("بالفوز على غريمه التقليدي الفيصلي" + MATCH, FAISALY, "الفيصلي", id="after-rival-and-adjective"),
        pytest.param("وفي الجولة فاز الاتحاد على الفتح" + MATCH, ITTIHAD, "الاتحاد", id="result-verb-and-preposition"),
        pytest.param("وفي الجولة فاز الاتحاد على الفتح" + MATCH, FATEH, "الفتح", id="opponent-of-a-club"),
        pytest.param("ويستعد لمواجهة الفيصلي الأسبوع المقبل" + MATCH, FAISALY, "الفيصلي", id="after-a-meeting"),
        pytest.param("وتعادل الحسين إربد مع الرمثا سلبيا" + MATCH, RAMTHA_CLUB, "الرمثا", id="town-as-opponent"),
        pytest.param("فيما فاز السلط على شباب الأردن" + MATCH, SALT_CLUB, "السلط", id="town-as-winner"),
        pytest.param("فيما فاز السلط على شباب الأردن" + MATCH, SHABAB_JORDAN, "شباب الأردن", id="two-words-opponent"),
    ],
)
def test_a_bare_club_name_is_the_club_after_a_word_of_the_game(text, entity, surface):
    assert (entity, surface) in found(text)


def test_a_town_read_as_its_club_is_no_mention_of_the_town():
    assert (SALT, "السلط") not in found("فيما فاز السلط على شباب الأردن" + MATCH)
    assert (JORDAN, "الأردن") not in found("فيما فاز السلط على شباب الأردن" + MATCH)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قلب فريق الوحدات تأخره إلى فوز ثمين", id="no-sport-story"),
        pytest.param("وانتشرت الوحدات العسكرية في المدينة" + MATCH, id="units-without-a-cue"),
        pytest.param("وقال مدرب الاتحاد الأوروبي إن" + MATCH, id="inside-a-longer-name"),
        pytest.param("وقال الفريق الوحدات إن" + MATCH, id="definite-cue-is-a-rank"),
        pytest.param("وفاز الاتحاد بثلاثة مقاعد في الانتخابات" + MATCH, id="result-verb-without-an-opponent"),
        pytest.param("وقال فريق الأسير إن" + MATCH, id="another-kind-of-club"),
    ],
)
def test_a_bare_club_name_without_a_word_of_the_game_is_no_club(text):
    assert not {WEHDAT, ITTIHAD, PRISONERS} & {entity for entity, _ in found(text)}


def test_a_town_stays_a_town_where_no_word_of_the_game_makes_it_the_club():
    assert (RAMTHA, "الرمثا") in found("على ملعب الأمير هاشم في الرمثا" + MATCH)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ويستعد للمشاركة في دوري أبطال آسيا الأسبوع المقبل", id="champions-league"),
        pytest.param("والملعب جاهز لاستقبال كأس أمم أفريقيا", id="cup-of-nations"),
        pytest.param("وتستعد لنهائيات كأس آسيا في الدوحة", id="continental-cup"),
    ],
)
def test_a_continent_in_a_competitions_name_is_no_mention(text):
    assert [entity for entity, _ in found(text) if entity in (ASIA, AFRICA)] == []


def test_a_continent_outside_a_competitions_name_is_a_place():
    assert (ASIA, "آسيا") in found("حقق المنتخب إنجازا جديدا في آسيا")
    assert (AFRICA, "أفريقيا") in found("ويبقى من أكبر ديربيات أفريقيا")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("احتسبها الحكم أدهم مخادمة بعد العودة إلى الفيديو", "أدهم مخادمة", id="referee"),
        pytest.param("وقال حارسه محمد الشناوي إن الفريق جاهز", "محمد الشناوي", id="keeper-with-pronoun"),
        pytest.param("وأشرك مدربه لاعبه زكريا دراوي في الشوط الثاني", "زكريا دراوي", id="player-with-pronoun"),
        pytest.param(
            "بعد إلغاء هدف للمدافع أيمن يحيى بداعي التسلل بعد العودة", "أيمن يحيى", id="offside-ends-the-name"
        ),
        pytest.param("وسجل المهاجم أيوب عبد اللاوي هدفا في الدقيقة 20", "أيوب عبد اللاوي", id="goal-ends-the-name"),
    ],
)
def test_a_player_or_referee_is_named_after_his_trade(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("تغلب المنتخب على نظيره العراقي بهدفين مقابل هدف في المباراة", id="score-line"),
        pytest.param("وقال إن الحكم العسكري انتهى في البلاد", id="rule-not-referee"),
        pytest.param("ويرى أن البديل الوحيد هو الحوار", id="alternative-not-substitute"),
    ],
)
def test_no_person_in_a_score_line_or_a_trade_word_used_otherwise(text):
    assert people(text) == []


def test_a_referee_is_named_only_by_a_given_name_or_after_his_nationality():
    assert people("وحمل المدرب نبيل الكوكي الحكم مسؤولية الخسارة") == ["نبيل الكوكي"]
    assert people("واحتج اللاعبون على الحكم الإسباني أليخاندرو هيرنانديز بعد إلغاء الهدف") == ["أليخاندرو هيرنانديز"]


def test_a_club_named_by_a_nationality_is_not_read_bare():
    clubs = Gazetteer([(1, "النادي المصري", True, "ORG"), (2, "مصر", True, "LOC"), (3, "نادي الترجي", True, "ORG")])
    text = "وفاز الترجي على منافسه المصري في المباراة ضمن الدوري"
    assert 3 in [m.entity_id for m in clubs.find(text)]
    assert 1 not in [m.entity_id for m in clubs.find(text)]


@pytest.mark.parametrize(
    ("text", "stadium"),
    [
        pytest.param("تعادلا على ملعب الأمير هاشم في الرمثا", "ملعب الأمير هاشم", id="prince"),
        pytest.param("فاز على ملعب عمر حمادي ببولوغين، وتعادل", "ملعب عمر حمادي", id="name-then-its-town"),
        pytest.param("بهدف لمثله على ملعب ثامر في السالمية.", "ملعب ثامر", id="one-name-word"),
        pytest.param("ستشهد قمة مثيرة على ملعب 5 جويلية الأولمبي.", "ملعب 5 جويلية الأولمبي", id="date-and-olympic"),
        pytest.param("مساء الجمعة على ملعب المملكة أرينا، ضمن", "ملعب المملكة أرينا", id="arena"),
        pytest.param("وأقيمت المباراة على ستاد الشهيد حملاوي بقسنطينة", "ستاد الشهيد حملاوي", id="martyr"),
        pytest.param("على ملعب 8 ماي 1945 بسطيف", "ملعب 8 ماي 1945", id="date-with-year"),
    ],
)
def test_a_stadium_is_named_with_its_head(text, stadium):
    assert names(text, "LOC") == [stadium]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وافتتح ملعب كرة القدم الجديد في القرية", id="football-pitch"),
        pytest.param("ولعب الأطفال في ملعب خماسي قرب المدرسة", id="five-a-side"),
        pytest.param("ونزل اللاعبون إلى ملعب المباراة قبل البداية", id="the-matchs-pitch"),
        pytest.param("وحجز ملعب تنس في النادي", id="tennis-court"),
        pytest.param("وقال إن ملعبه جاهز", id="with-a-pronoun"),
        pytest.param("وأصبح الحي ملعبا للصراعات", id="figurative"),
        pytest.param("وقال إن ملعب السياسة مفتوح", id="figurative-definite"),
    ],
)
def test_a_pitch_of_any_kind_is_no_stadium(text):
    assert names(text, "LOC") == []


@pytest.mark.parametrize(
    ("text", "scorer"),
    [
        pytest.param("قبل أن يعادل البديل عدي القرا النتيجة للوحدات", "عدي القرا", id="substitute-equalises"),
        pytest.param("ثم يمنحه محمد أبو زريق هدف الفوز من ركلة جزاء", "محمد أبو زريق", id="gives-the-winner"),
        pytest.param("بينما عادل الرجاء عن طريق نوفل الزرهوني في الدقيقة 71", "نوفل الزرهوني", id="by-way-of"),
        pytest.param("ثم أضاف سالم الدوسري الهدف الثالث بتسديدة", "سالم الدوسري", id="adds-the-third"),
        pytest.param("وقلص ساديو ماني الفارق للنصر", "ساديو ماني", id="narrows-the-gap"),
        pytest.param("وافتتح البرازيلي مالكوم التسجيل للهلال", "مالكوم", id="one-word-after-nationality"),
    ],
)
def test_a_scorer_is_named_between_the_verb_and_what_he_scored(text, scorer):
    assert people(text) == [scorer]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وسجل الاقتصاد نموا كبيرا هذا العام", id="no-goal"),
        pytest.param("وأضاف أن الهدف هو التهدئة", id="said-that"),
        pytest.param("وأضاف بيان الهدف من الزيارة", id="one-word-alone"),
        pytest.param("وتم ذلك عن طريق البنك المركزي في الدقيقة", id="by-way-of-a-body"),
        pytest.param("وأدرك المسؤولون التعادل", id="definite-subject"),
    ],
)
def test_a_verb_of_scoring_without_a_player_names_no_one(text):
    assert people(text) == []


def test_a_clubs_name_in_two_countries_is_the_one_of_the_country_the_story_writes():
    clubs = Gazetteer(
        [
            (1, "النادي الأهلي", True, "ORG"),
            (2, "النادي الأهلي السعودي", True, "ORG"),
            (2, "الأهلي السعودي", False, "ORG"),
        ]
    )
    saudi = "وتعادل الأهلي مع التعاون في الجولة من الدوري السعودي للمحترفين بعد المباراة"
    egyptian = "وتعادل الأهلي مع الزمالك في الجولة من الدوري الممتاز بعد المباراة"
    assert [m.entity_id for m in clubs.find(saudi)] == [2]
    assert [m.entity_id for m in clubs.find(egyptian)] == [1]


def test_a_town_is_its_club_at_the_bottom_of_the_table_but_not_in_a_meeting():
    towns = Gazetteer(
        [
            (1, "نادي الكويت", True, "ORG"),
            (2, "الكويت", True, "LOC"),
            (3, "نادي الجليل", True, "ORG"),
            (4, "الجليل", True, "LOC"),
        ]
    )
    assert 3 in [m.entity_id for m in towns.find("فيما يتذيل الجليل الترتيب" + MATCH)]
    assert [m.entity_id for m in towns.find("ويستعد المنتخب لمواجهة الكويت" + MATCH)] == [2]


def test_a_teams_nickname_is_no_person():
    assert people("وقال مساعد مدرب أسود الرافدين أن المنتخب خاض المباراة") == []


def test_a_clubs_country_is_the_one_the_story_writes_most():
    clubs = Gazetteer(
        [(1, "نادي النصر", True, "ORG"), (2, "نادي النصر الإماراتي", True, "ORG"), (3, "نادي العين", True, "ORG")]
    )
    text = "خسر النصر أمام العين الإماراتي في دوري الأبطال بعد مباراة الدوري السعودي وكأس الملك السعودي"
    assert 2 not in [m.entity_id for m in clubs.find(text)]


def test_a_town_read_once_as_its_club_is_its_club_in_a_meeting_later():
    towns = Gazetteer([(1, "نادي السلط", True, "ORG"), (2, "السلط", True, "LOC")])
    text = "فاز السلط على منافسه في المباراة ضمن الدوري، ويستعد لمواجهة السلط"
    assert [m.entity_id for m in towns.find(text)] == [1, 1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المشجع عمر الحوامدة، وهو طالب، إن الجمهور سعيد", "عمر الحوامدة", id="fan"),
        pytest.param("فيما طالب المناصر كريم آيت علي، من بلدية عزازقة، برحيل المدرب", "كريم آيت علي", id="supporter"),
        pytest.param(
            "وحضر المباراة الناخب الوطني السويسري فلاديمير بيتكوفيتش، في إطار", "فلاديمير بيتكوفيتش", id="selector"
        ),
    ],
)
def test_a_fan_or_the_national_coach_is_named_after_his_standing(text, name):
    assert people(text) == [name]


def test_a_fan_or_a_voter_without_a_name_is_no_one():
    assert people("ويرى الناخب الأمريكي أن الاقتصاد أهم") == []
    assert people("وقال المشجع إن الفريق خذله") == []
