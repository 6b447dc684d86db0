"""People of round 12: counts and tasks that are no names, name shapes of the Maghreb and the Gulf."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.discovery import PLACES, discover
from articles.parsing.discovery.core import _nationality_noun
from articles.parsing.entities import Gazetteer, _written_name, extract
from articles.parsing.given_names import GIVEN_NAMES
from articles.parsing.words import tokenize
from tests.parsing.discovered import people


def people_beside_known(text, known):
    """The PERSON names discovered in `text`, as written, when the gazetteer knows the names in `known`
    (as written, with their kinds)."""
    tokens = tokenize(text)
    taken = {}
    for name, kind in known.items():
        start = text.index(name)
        taken |= {i: kind for i, token in enumerate(tokens) if start <= token.start < start + len(name)}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "ويتابع في الملف، إلى جانب الرئيس السابق، ثلاثة مستشارين جماعيين وتقني بالجماعة ومقاول، بتهم",
            id="a-count",
        ),
        pytest.param("ثم يتولى حلها بمساعدة معلمين آخرين في القاهرة", id="others"),
    ],
)
def test_a_count_or_others_is_no_name(text):
    assert people(text) == []


def test_a_given_name_made_of_fa_and_other_stays():
    assert people("وقال منسق الحملة فاخر دعاس إن الحملة رصدت") == ["فاخر دعاس"]


def test_a_second_task_of_a_body_after_wa_is_no_name():
    text = "بحسب المهندس أحمد محمد الشامسي، مدير إدارة الصرف الصحي وتصريف مياه الأمطار في البلدية."
    assert people(text) == ["أحمد محمد الشامسي"]


def test_a_given_name_of_a_verbal_nouns_shape_after_wa_stays():
    assert people("ثلاثة مرشحين، بينهم محمد العلي وتوفيق الراشدي") == ["محمد العلي", "وتوفيق الراشدي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المدير العام لصندوق التنمية، بالقاسم حفتر، خلال جولة", "بالقاسم حفتر", id="given-name"),
        pytest.param("وقال عميد المحامين بوبكر بالثابت، في كلمة أمام المحتجين", "بوبكر بالثابت", id="family-comma"),
        pytest.param("وأوضح الرئيس التنفيذي للمؤسسة فيصل بالطيور أن صندوق", "فيصل بالطيور", id="family-said-that"),
    ],
)
def test_a_maghrebi_name_in_bal_is_read(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("فيما رحب السفير لدى البحرين أوري دافيد بالخطوة، واصفاً إياها", id="feminine-noun"),
        pytest.param("وقال الوزير سعيد بالمناسبة، إن", id="everyday-given-name"),
    ],
)
def test_a_prepositions_noun_after_a_given_name_is_no_family_name(text):
    assert all(" بال" not in name for name in people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال مدرب الوداد محمد أمين بنهاشم في الندوة الصحفية", "محمد أمين بنهاشم", id="amin"),
        pytest.param("وقال المدرب محمد أمين عمورة إن", "محمد أمين عمورة", id="amin-said-that"),
    ],
)
def test_a_title_that_is_a_given_name_second_after_a_given_name_is_a_name_word(text, name):
    assert people(text) == [name]


def test_amin_after_a_comma_still_opens_a_role():
    assert people("وقال محمد العلي، أمين عام الحزب، إن") == ["محمد العلي"]


def test_fatima_al_zahra_is_a_compound_given_name_before_a_known_place_as_family_name():
    text = "غير أن النائبة عن فريق التجمع الوطني للأحرار، فاطمة الزهراء الوزاني، نبهت إلى أن"
    assert people_beside_known(text, {"الوزاني": "LOC"}) == ["فاطمة الزهراء الوزاني"]


def test_a_definite_middle_name_third_after_two_given_names_goes_on():
    text = "وفي السياق ذاته، وصل رئيس الوزراء النيجري علي محمد الأمين زين إلى موسكو، الخميس"
    assert people(text) == ["علي محمد الأمين زين"]


def test_a_family_name_after_a_known_name_of_given_names_alone_makes_a_longer_name():
    known = Gazetteer([(1, "علي عباس", True, "PERSON"), (2, "نينوى", True, "LOC")])
    text = "وقال مدير فرع الوزارة في نينوى علي عباس الجهاكير إن العائلات"
    assert [(f.entity_id, f.name) for f in extract(text, known) if f.kind == "PERSON"] == [(None, "علي عباس الجهاكير")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال علي عباس الوزير إن", id="title-after"),
        pytest.param("وقال علي عباس الأحد، إن", id="day-after"),
    ],
)
def test_no_title_or_time_word_makes_a_known_name_longer(text):
    known = Gazetteer([(1, "علي عباس", True, "PERSON")])
    assert [(f.entity_id, f.name) for f in extract(text, known) if f.kind == "PERSON"] == [(1, "")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أما جاره الطاهر العيادي فقرر بيع نصف قطيعه", "الطاهر العيادي", id="kin-then-definite-first-name"),
        pytest.param("أما الخبير الفلاحي أكلي موسوني فيرى أن الموسم", "أكلي موسوني", id="description"),
    ],
)
def test_the_fa_that_answers_as_for_ends_the_topics_name(text, name):
    assert people(text) == [name]


def test_a_given_name_in_fa_after_as_for_is_no_answer():
    assert people("أما الوزير محمد فيصل الحربي، فقد أكد") == ["محمد فيصل الحربي"]


def test_as_for_sets_off_a_name_of_everyday_words_before_a_comma_and_a_title():
    text = 'أما حسن الطيب، مدير المبيعات في فندق "قصر طيبة" بالبر الغربي، فقال'
    assert people(text) == ["حسن الطيب"]


def test_an_everyday_given_name_and_a_definite_word_before_a_title_without_as_for_is_no_name():
    assert people("وقال إن حسن الطيب، مدير المبيعات") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("فيما عُين منصور بيجار محافظاً لسيستان وبلوشستان", "منصور بيجار", id="after-a-verb"),
        pytest.param("محافظاً لكردستان، ورضا رحماني محافظاً لأذربيجان الغربية", "رضا رحماني", id="second-of-a-list"),
        pytest.param(
            "ورضا رحماني محافظاً لأذربيجان، ومحمد آشوري تازياني محافظاً لهرمزكان", "محمد آشوري تازياني", id="three"
        ),
    ],
)
def test_the_name_before_an_office_with_tanween_is_a_persons(text, name):
    assert name in people_beside_known(text, {})


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في المجلس المؤلف من 24 عضواً", id="a-count"),
        pytest.param("أن يكون المحافظ خادماً للناس لا ممثلاً", id="a-noun"),
    ],
)
def test_no_given_name_before_an_office_with_tanween_names_nobody(text):
    assert people(text) == []


def test_the_second_aged_person_of_a_list_after_wa_is_read_without_it():
    text = "ومن بين المصابين محمود جمال عبد الفتاح (24 عاماً) ورمضان سيد خلف (31 عاماً)، وحالتهما مستقرة"
    assert people_beside_known(text, {}) == ["محمود جمال عبد الفتاح", "رمضان سيد خلف"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في القضية المتهم فيها بتلقي أموال من المواطنين", id="bi-tafaul-of-weak-root"),
        pytest.param("فإن المتهم الرئيسي، ويدعى خالد م. (46 عاماً)، أدار", id="who-is-called"),
        pytest.param("بمصادرة حسابات المتهم وبدفع تعويضات لـ43 طرفاً مدنياً.", id="wa-bi-noun"),
    ],
)
def test_no_name_opens_on_a_prepositions_verbal_noun_or_who_is_called(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "ويرأس الوفد الحكومي وكيل وزارة حقوق الإنسان اليمنية يحيى كزمان، فيما يرأس",
            "يحيى كزمان",
            id="undersecretary",
        ),
        pytest.param(
            "قضت المحكمة بالسجن المشدد 15 عاماً على المتهم هشام عبد الحميد الدسوقي، المعروف إعلامياً",
            "هشام عبد الحميد الدسوقي",
            id="the-accused",
        ),
        pytest.param(
            "وأدانت المحكمة المتهم الأول سيد عبد التواب حمدان، مالك العقار، بتهم",
            "سيد عبد التواب حمدان",
            id="the-first-accused",
        ),
        pytest.param(
            'وقالت المقيمة في منطقة الجداف، سارة منصور الكتبي، لـ"الخليج" إن', "سارة منصور الكتبي", id="resident"
        ),
    ],
)
def test_an_undersecretary_an_accused_or_a_resident_introduces_a_name(text, name):
    assert people(text) == [name]


def test_the_accused_before_a_verb_names_nobody():
    assert people("بدأ المتهم نشاطه عام 2021 بصرف الأرباح") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "من جانبها، أشادت عضو مجلس النواب عن الدائرة الرابعة زينب عبدالأمير بسير العمل، مطالبة",
            "زينب عبدالأمير",
            id="praised-the-progress",
        ),
        pytest.param("وقال الأمين العام محمد نبيل بنعبد الله، إن", "محمد نبيل بنعبد الله", id="family-name-in-ben"),
    ],
)
def test_bi_and_a_noun_in_construct_ends_a_name_of_two_words(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("بغداد/المسلة: فاز عقيل مفتن برئاسة اللجنة الأولمبية الوطنية", "عقيل مفتن", id="the-chair"),
        pytest.param("فيما فاز سرمد عبد الإله بمنصب الأمين العام للجنة.", "سرمد عبد الإله", id="the-office"),
    ],
)
def test_the_winner_of_a_prize_or_an_office_is_named_after_the_verb(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("فيما فاز السلط على شباب الأردن 3-0", id="a-team"),
        pytest.param('فيما فازت "سينوبك" برقعة استكشافية قرب حقل عكاز', id="a-company"),
    ],
)
def test_a_winner_that_opens_on_no_given_name_is_nobody(text):
    assert people(text) == []


def test_a_given_name_in_wa_after_a_bodys_purpose_opens_a_name_not_a_second_purpose():
    text = 'وقال الكاتب العام للجامعة العامة للنقل وجيه الزيدي إن "نسبة نجاح الإضراب'
    assert people(text) == ["وجيه الزيدي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "غير أن تاجراً للمواد الغذائية في سوق الجملة بالمدينة، فرج الزليطني، يقول إن",
            "فرج الزليطني",
            id="speech-verb",
        ),
        pytest.param(
            'وقال عامل إغاثة في منظمة "أرض الخير" الصومالية غير الحكومية، عبد الرزاق محمد أفرح، إن فرقه',
            "عبد الرزاق محمد أفرح",
            id="said-that",
        ),
        pytest.param("ويشير مختار قرية كوجو، ناصر قاسم، إلى أن نحو نصف", "ناصر قاسم", id="preposition-and-that"),
        pytest.param("بحسب المتحدث العسكري، يحيى سريع، قد أعلن أن", "يحيى سريع", id="qad"),
    ],
)
def test_a_name_set_off_between_commas_before_the_predicate_is_a_persons(text, name):
    assert people(text) == [name]


def test_an_elative_set_off_between_commas_is_no_name():
    assert people("وفي صفاقس، أكبر جهة منتجة، يقول منير الشعبوني إن") == ["منير الشعبوني"]


@pytest.mark.parametrize("word", ["عبدالواحد", "عبدالأمير", "عبدالجبار", "عبدالسلام"])
def test_servant_of_a_name_of_god_or_an_imam_written_as_one_word_is_a_given_name(word):
    assert normalize(word) in GIVEN_NAMES


def test_a_known_family_name_after_a_glued_servant_name_is_another_man():
    known = Gazetteer([(1, "هاكان فيدان", True, "PERSON"), (1, "فيدان", False, "PERSON")])
    text = 'ووقع الاتفاقية عن الجانب التركي عبدالواحد فيدان المدير العام لشركة "بوتاش".'
    assert [(f.entity_id, f.name) for f in extract(text, known) if f.kind == "PERSON"] == [(None, "عبدالواحد فيدان")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'ووقع الاتفاقية عن الجانب التركي عبدالواحد فيدان المدير العام لشركة "بوتاش".',
            "عبدالواحد فيدان",
            id="director-general",
        ),
        pytest.param(
            "وعن الجانب العماني حامد بن محمد النعماني الرئيس التنفيذي لشركة عمان للغاز",
            "حامد بن محمد النعماني",
            id="chief-executive",
        ),
    ],
)
def test_an_executives_title_with_its_qualifier_after_a_name_sets_it_off(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قيس سعيد يقيل الرئيس المدير العام لشركة الفولاذ", id="a-second-man"),
        pytest.param("وشهد مجمع الرئيس رفيق الحريري إقبالا", id="named-after"),
    ],
)
def test_a_presidents_title_without_its_qualifier_after_words_names_none_of_them(text):
    assert all(name not in ("قيس سعيد يقيل", "وشهد مجمع") for name in people(text))


@pytest.mark.parametrize(
    ("text", "known", "name"),
    [
        pytest.param(
            "وفاز الممثل السوري فارس الحلو بجائزة أفضل ممثل، فيما تحصلت التونسية مريم بن حميدة على جائزة",
            {},
            "مريم بن حميدة",
            id="after-a-verb",
        ),
        pytest.param("وحلت الكينية بريسكا جيبتو، فيما حلت", {}, "بريسكا جيبتو", id="after-another-verb"),
    ],
)
def test_a_nationality_before_a_given_name_after_an_indefinite_word_stands_for_a_person(text, known, name):
    tokens = tokenize(text)
    taken = {}
    for word, kind in known.items():
        start = text.index(word)
        taken |= {i: kind for i, token in enumerate(tokens) if start <= token.start < start + len(word)}
    found = [_written_name(text, tokens, d) for d in discover(tokens, taken, PLACES | {"كينيا"}) if d.kind == "PERSON"]
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ثم وصل الجانب التونسي محمد", id="after-a-definite-noun"),
        pytest.param("ثم وصل وفداً تونسياً التونسي محمد", id="after-tanween"),
        pytest.param("ثم وصلت صحيفة لوبينيون التونسية سامية", id="after-a-name-word"),
        pytest.param("ثم وصل أمس التونسي أمل", id="before-an-everyday-given-name"),
    ],
)
def test_a_nationality_that_may_describe_the_word_before_it_is_no_noun(text):
    tokens = tokenize(text)
    adjective = next(i for i, token in enumerate(tokens) if token.key.startswith("التونسي"))
    assert not _nationality_noun(tokens, adjective, PLACES)


def test_a_field_of_study_ending_in_alif_maqsura_after_a_professors_title_is_no_name():
    text = 'وقالت الدكتورة منى سليمان العربي، أستاذة أمراض الكلى بكلية الطب في جامعة سوهاج، لـ"الوطن"، إن'
    assert people(text) == ["منى سليمان العربي"]


def test_a_family_name_in_alif_maqsura_after_a_given_name_stays():
    assert people("وقال المهندس بدر عبد العاطى، إن") == ["بدر عبد العاطى"]
