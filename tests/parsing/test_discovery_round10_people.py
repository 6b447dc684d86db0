"""People of round 10: no person made of nouns in construct after a role."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("مع إعفاء العامل وصاحب العمل من الغرامات المترتبة", id="and-owner-of-the-work"),
        pytest.param('ما وصفه بـ"تحميل العامل كلفة أخطاء الكفيل"، داعياً', id="cost-of-mistakes"),
        pytest.param("وأكد وزير الزراعة واستصلاح الأراضي أن الوزارة", id="and-verbal-noun-plural-in-i"),
        pytest.param("من نقص اليد العاملة المتخصصة في تسلق النخيل وغلاء أسعار الأسمدة.", id="and-rise-of-prices"),
    ],
)
def test_nouns_in_construct_after_a_role_are_no_person(text):
    assert people(text) == []


def test_a_verb_and_its_object_after_a_known_place_are_no_person():
    text = "إن البنوك العاملة في فلسطين تواجه أزمة تكدس فائض الشيكل، بعدما"
    assert people(text, taken={4: "LOC"}) == []  # فلسطين, as the gazetteer knows it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال عضو المجلس وصفي العاصي إن", "وصفي العاصي", id="unlisted-given-name-and-nisba"),
        pytest.param("وقال المدرب منجي الصغير إن", "منجي الصغير", id="family-name-that-is-an-adjective"),
        pytest.param("قال القيادي أركان العلياوي، إن", "أركان العلياوي", id="given-name-of-verbal-noun-shape"),
        pytest.param("وقال مدير المركز سيف الظاهري إن", "سيف الظاهري", id="unlisted-given-name"),
        pytest.param("وقال الباحث حنا عطا الله إن", "حنا عطا الله", id="name-of-god-ends-it"),
    ],
)
def test_a_name_after_a_role_with_a_family_name_stays(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت أم صالح، وهي ربة منزل من حي القاهرة، إن", "أم صالح", id="then-comma"),
        pytest.param("وقالت أم محمد إن الخيام غرقت", "أم محمد", id="then-in"),
    ],
)
def test_a_speaker_known_by_her_sons_name_is_a_person(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال أم محمد رفض الطلب", id="no-clause-end"),
        pytest.param("قال أم الكرامة، إن", id="definite-after-umm"),
    ],
)
def test_umm_that_no_clause_ends_after_a_given_name_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال عضو لجنة الدفاع عن أراضي سلوان فخري أبو دياب إن", "فخري أبو دياب", id="everyday-name-then-abu"
        ),
        pytest.param("وقال عضو لجنة الدفاع عن أراضي سلوان صالح بن علي إن", "صالح بن علي", id="everyday-name-then-bin"),
    ],
)
def test_an_everyday_given_name_before_a_connector_opens_a_name_after_a_role(text, name):
    assert people(text, taken={6: "LOC"}) == [name]  # سلوان, as the gazetteer knows it


def test_an_everyday_given_name_alone_after_an_unread_role_opens_no_name():
    text = "وقال عضو لجنة الدفاع عن أراضي سلوان فخري دياب إن"
    assert people(text, taken={6: "LOC"}) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("أكد صاحب معصرة النور بالحنشة، منير القلال، أن المعاصر جهزت", "منير القلال", id="shop-name"),
        pytest.param("وقال صاحب مطعم صغير في السوق، ناصر الجعبري، إن", "ناصر الجعبري", id="shop-described"),
    ],
)
def test_an_owner_names_who_commas_set_off_after_his_business(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أكد صاحب معصرة النور بالحنشة، أن المعاصر جهزت نفسها", id="no-name"),
        pytest.param("أكد صاحب معصرة في الساحل، طلب عدم ذكر اسمه، أن", id="aside"),
    ],
)
def test_an_owner_with_no_given_name_set_off_names_nobody(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("قال الحاج السعيد بوخالفة، البالغ من العمر 74 عاماً، إنه", "السعيد بوخالفة", id="after-a-rank"),
        pytest.param("وقال الفلاح السعيد بن علي إن", "السعيد بن علي", id="after-a-trade"),
    ],
)
def test_al_said_with_the_article_opens_a_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال الحاج السعيد إن الموسم جيد", id="alone"),
        pytest.param("تمنى لهم العيد السعيد وأضاف", id="happy-feast"),
    ],
)
def test_al_said_with_no_name_after_it_is_an_adjective(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت الحاجة سعدية عبد التواب، من عزبة الشيخ علي، إن", "سعدية عبد التواب", id="saadia"),
        pytest.param("وأوضح كرار الساعدي أن", "كرار الساعدي", id="karrar"),
        pytest.param("وأوضح ميثم الحلفي أن", "ميثم الحلفي", id="maytham"),
    ],
)
def test_given_names_the_lists_lacked_open_a_speakers_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأكد القرار سيف الحسم أن", id="sword-after-a-description"),
        pytest.param("وأكد البيان وسيم الملامح أن", id="handsome-after-a-description"),
    ],
)
def test_given_names_that_are_everyday_words_need_a_speakers_verb_right_before(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("إلى جانب تمثال الملك رمسيس الثاني في البهو العظيم", "رمسيس الثاني", id="pharaoh"),
        pytest.param("وقال البابا ليو الرابع عشر إن", "ليو الرابع عشر", id="pope-teen-ordinal"),
    ],
)
def test_a_monarch_is_named_by_one_name_and_a_regnal_number(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("منذ عهد الملك الثاني في المملكة", id="ordinal-of-the-king"),
        pytest.param("وقال الوزير خالد الثاني في الترتيب", id="no-monarch"),
        pytest.param("قاعة الملك فهد الكبرى", id="no-ordinal"),
    ],
)
def test_an_ordinal_without_a_monarch_and_his_name_is_no_regnal_number(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال المدرس المتقاعد غسان الحموي من مدينة اللاذقية إن", "غسان الحموي", id="after-a-description"),
        pytest.param('وقال المربي خالد سعدون الكعبي لـ"المسلة" إن', "خالد سعدون الكعبي", id="lam-of-a-paper"),
        pytest.param("وقال غسان الحموي في تصريح صحفي إن", "غسان الحموي", id="fi-a-statement"),
    ],
)
def test_a_preposition_ends_a_speakers_name_that_opens_on_a_given_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأضاف حسن الظن في الناس", id="everyday-given-name"),
        pytest.param("وقال غسان في تصريح صحفي إن", id="one-word"),
    ],
)
def test_a_preposition_after_no_sure_name_ends_none(text):
    assert people(text) == []


def test_a_given_name_that_is_a_time_word_stands_between_a_given_name_and_a_family_name():
    text = "وقال النائب عن محافظة البصرة هاشم صباح الكناني، في تصريح إن"
    assert people(text, taken={4: "LOC"}) == ["هاشم صباح الكناني"]  # محافظة البصرة, as the gazetteer knows it


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال الوزير هاشم صباح اليوم إن", id="morning-then-today"),
        pytest.param("وقال الوزير أمل صباح البصراوي إن", id="everyday-given-name-before"),
    ],
)
def test_a_time_word_with_no_family_name_after_it_is_no_fathers_name(text):
    assert "صباح" not in " ".join(people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'دعا وزير النقل واللوجستيك عبد الصمد قيوح الطرفين إلى "تغليب المصلحة"', "عبد الصمد قيوح", id="two-parties"
        ),
        pytest.param("ودعا المبعوث خالد سالم البلدين إلى الحوار", "خالد سالم", id="two-countries"),
    ],
)
def test_a_dual_after_a_name_is_the_verbs_object(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الوزير عبد الله الحسين إن", "عبد الله الحسين", id="al-husayn"),
        pytest.param("وقال النائب حسين المحادين إن", "حسين المحادين", id="longer-family-name-in-in"),
    ],
)
def test_a_family_name_in_in_that_is_no_dual_ends_the_name(text, name):
    assert people(text) == [name]
