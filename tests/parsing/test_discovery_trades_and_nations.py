"""People introduced by a trade of sport, culture or the street, or by a nationality alone."""

import pytest

from articles.parsing.arabic import normalize
from tests.parsing.discovered import people as discovered_people

# One-word place names, as the gazetteer gives them: what a nationality adjective is made of.
PLACES = frozenset(
    map(
        normalize,
        ["إثيوبيا", "كينيا", "الأردن", "فرنسا", "الجزائر", "الإمارات", "فلسطين", "الدنمارك", "نابلس", "طرابلس"],
    )
)


def people(text):
    return discovered_people(text, places=PLACES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وهو ما يعزوه النائب إبراهيم الطراونة إلى غياب السكن", "إبراهيم الطراونة", id="ended-by-to"),
        pytest.param("وقال المدرب عماد الخطيب في المؤتمر الصحفي", "عماد الخطيب", id="coach"),
        pytest.param("وقال مدرب الوحدات عماد الخطيب في المؤتمر الصحفي", "عماد الخطيب", id="coach-in-construct"),
        pytest.param("وقال الصراف محمد الفيتوري، الذي يعمل قرب السوق", "محمد الفيتوري", id="money-changer"),
        pytest.param("احتفلت عائلة الشاب ياسين حمداني، وهو بائع خضار", "ياسين حمداني", id="young-man"),
        pytest.param("بالفيلم الوثائقي للمخرجة الشابة سلمى الطويل، ابنة المخيم", "سلمى الطويل", id="director"),
    ],
)
def test_a_trade_of_sport_culture_or_the_street_introduces_a_name(text, name):
    assert people(text) == [name]


def test_a_preposition_with_a_noun_and_pronoun_ends_the_name():
    text = "ويشارك في المسابقة المخرج الفلسطيني الدنماركي مهدي فليفل بفيلمه الروائي الجديد"
    assert people(text) == ["مهدي فليفل"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "متقدماً على الإثيوبي ديريبا ميرغا ومواطنه جوزيف نغيتيتش.",
            ["ديريبا ميرغا", "جوزيف نغيتيتش"],
            id="after-a-preposition",
        ),
        pytest.param("وحلت ثانية الإثيوبية تيغيست أسيفا بزمن ساعتين", ["تيغيست أسيفا"], id="after-an-ordinary-word"),
        pytest.param("وقال الأردني رامي الحسن إن الورشة تبدأ غدا", ["رامي الحسن"], id="speaker-after-a-nationality"),
        pytest.param("ثم فازت على الكينية بياتريس شيبكويتش في السباق", ["بياتريس شيبكويتش"], id="feminine"),
    ],
)
def test_a_nationality_standing_for_a_person_introduces_the_name_after_it(text, names):
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وأضاف النابلسي: "خسرت مدخرات عشر سنوات', id="family-name-that-is-a-nationality"),
        pytest.param('بدأت مجموعة "جي 42" الإماراتية أعمال البناء', id="describes-a-quoted-name"),
        pytest.param("ترك الشريط بين مدينة وجدة وبلدة مغنية الجزائرية خالياً إلا من دوريات", id="describes-a-town"),
        pytest.param('وأكد في مقابلة مع صحيفة "لوبينيون" الفرنسية أن بلاده لن تعود', id="said-that"),
        pytest.param("وقال مسؤول في الجانب التركي حسن الظن بالمفاوضات", id="after-a-definite-noun"),
        pytest.param("وقدم الإيرانيون مقترحا جديدا للوسطاء", id="plural-is-a-people"),
    ],
)
def test_a_nationality_that_describes_or_names_a_people_introduces_nobody(text):
    assert people(text) == []


def test_a_family_name_that_is_a_nationality_introduces_nothing_after_its_comma():
    assert people("ويروي أيوب الطرابلسي، طبيب مقيم في اختصاص الجراحة") == ["أيوب الطرابلسي"]


def test_a_nationality_after_a_quoted_word_describes_it():
    assert people('وقال إن "الحل" الأمريكي لن ينجح') == []


def test_as_for_opens_a_sentence_on_the_person_a_trade_after_the_comma_describes():
    assert people("يدرس فيه أشقاؤه. أما خالد العمري، طالب الهندسة في جامعة العلوم") == ["خالد العمري"]


def test_as_for_is_no_part_of_a_name():
    assert people("أما الحكومة، فقد أعلنت أن الخطة جاهزة") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("بالمجمع، تنتظر سعاد أبو شمالة (58 عاماً) دورها", ["سعاد أبو شمالة"], id="age-after-a-verb"),
        pytest.param("وقتل الطفل محمد أحمد الخطيب (7 أعوام) في القصف", ["محمد أحمد الخطيب"], id="age-after-a-trade"),
        pytest.param("بلغ عمر المبنى (40 عاما) وفق المهندسين", [], id="age-of-a-building"),
        pytest.param("ارتفع الدين العام (20 عاما) متتالية", [], id="no-given-name"),
    ],
)
def test_an_age_in_brackets_makes_a_person_of_the_name_before_it_from_its_given_name(text, names):
    assert people(text) == names


def test_general_after_an_indefinite_title_is_part_of_the_role():
    text = "قال مدير عام الهيئة العامة للمعابر والحدود نظمي مهنا إن طواقم الهيئة جاهزة"
    assert people(text) == ["نظمي مهنا"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أعلن الرئيس التشيلي غابرييل بوريك حالة الطوارئ في الإقليم", "غابرييل بوريك", id="object"),
        pytest.param("وقال الوزير محمد أسامة الخطيب إن الخطة جاهزة", "محمد أسامة الخطيب", id="given-name-in-a"),
    ],
)
def test_a_feminine_noun_in_construct_after_two_name_words_is_the_verb_object(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "وفي إربد، استقبلت الطالبة ليان الزعبي خبر قبولها في كلية", ["ليان الزعبي"], id="given-name-in-lam"
        ),
        pytest.param("يقدمها المنتج الأردني رامي الحسن بالشراكة مع الهيئة", ["رامي الحسن"], id="ended-by-bi-al"),
        pytest.param("لإقليم سيدي بنور، يقف بوشعيب الحمري، وهو فلاح في الخمسين", ["بوشعيب الحمري"], id="no-opener"),
        pytest.param("وتقول إحدى الضحايا، سهام عبد العال، وهي معلمة متقاعدة", ["سهام عبد العال"], id="after-an-aside"),
        pytest.param("وقال المهندس المشرف على المشروع يوسف بنعمر إن العمال", ["يوسف بنعمر"], id="ala-is-no-ali"),
        pytest.param("غير أن الدكتور سيدي محمد ولد اعل سالم، الباحث في المعهد", ["سيدي محمد ولد اعل سالم"], id="title"),
    ],
)
def test_a_given_name_says_where_a_name_starts_inside_a_role_or_before_its_description(text, names):
    assert people(text) == names


def test_a_purpose_after_lam_is_still_no_name():
    assert people("وقال رئيس الهيئة لبحث فرص التعاون مع الشركات") == []
