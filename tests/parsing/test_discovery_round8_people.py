"""People of round 8: the name a body's leader has after `بقيادة`/`برئاسة`, names read to their last word
(a definite middle name, a family name before `الذي`, a known town as a family name, a role noun before
a preposition), and phrases read as names before (the sentence after a role set off between commas,
"but he", "more than", a name inside a longer one)."""

import pytest

from articles.parsing.words import tokenize
from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وكان وفد من الصندوق برئاسة إرنستو راميريز ريغو قد زار بيروت", "إرنستو راميريز ريغو", id="chaired-by"
        ),
        pytest.param("وصل وفد برئاسة خليل الحية إلى القاهرة", "خليل الحية", id="delegation"),
        pytest.param("قوات الدعم السريع بقيادة محمد حمدان دقلو، التي", "محمد حمدان دقلو", id="led-by"),
        pytest.param("وأوضحت الوزارة، التي يرأسها أحمد التوفيق، في بلاغ لها", "أحمد التوفيق", id="which-he-heads"),
    ],
)
def test_a_name_after_led_by_is_the_leaders(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتقوم الشركة بقيادة مشاريع في منطقة الخليج", id="leading-projects"),
        pytest.param("قرض بقيادة تجمع من المقرضين الدوليين", id="consortium"),
        pytest.param("وفاز برئاسة بلدية بوبيني بفارق كبير", id="chair-of-a-council"),
        pytest.param("وحضر الاجتماع برئاسة اللجنة الأولمبية الوطنية", id="definite-body"),
        pytest.param("لجنة يرأسها ضابط أميركي وتضم خبراء", id="an-officer"),
    ],
)
def test_led_by_a_body_or_a_thing_names_no_one(text):
    assert people(text) == []


def test_the_leader_after_a_body_in_a_role_is_no_holder_of_the_role():
    text = "ودعا المتحدث باسم حركة جيش تحرير السودان بقيادة عبد الواحد محمد نور، التي تسيطر على طويلة"
    assert people(text) == ["عبد الواحد محمد نور"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال وزير التربية الوطنية محمد الصغير سعداوي إن ولاية", "محمد الصغير سعداوي", id="saghir"),
        pytest.param("يقول مدير العنابر الدكتور عمر الطيب النور إن المستشفى", "عمر الطيب النور", id="then-al-noun"),
        pytest.param("وقال الخبير الاقتصادي معز الحاج منصور إن تونس", "معز الحاج منصور", id="hajj"),
        pytest.param("مثل الشاب مجتبى حسن الأمين الذي يعمل في مطعم", "مجتبى حسن الأمين", id="before-who"),
        pytest.param("وقال المحلل السياسي ماهر الشاكر الذي يتابع الملف إن", "ماهر الشاكر", id="family-before-who"),
        pytest.param("إلى وزير التعليم العالي عزمي محافظة حول الأسس", "عزمي محافظة", id="role-noun-family"),
    ],
)
def test_a_name_is_read_to_its_last_word(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال محمد الصغير إن الوضع", "محمد الصغير", id="saghir-last"),
        pytest.param("وقال الوزير محمد الأمين، إن", "محمد الأمين", id="amin-last"),
        pytest.param("وقال المدير حسن النية التي أبداها الطرف الآخر", None, id="everyday-before-which"),
        pytest.param("والتقى الوزير خالد محافظة البصرة أمس", None, id="governorate-in-construct"),
    ],
)
def test_a_name_stops_where_the_words_after_it_are_the_sentences(text, name):
    assert people(text) == ([name] if name else [])


def _known_places(text, *words):
    tokens = tokenize(text)
    return {i: "LOC" for i, token in enumerate(tokens) if token.raw in words}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال المدير العام لمجموعة طنجة المتوسط، المهدي التازي الوزاني، إن الميناء",
            "المهدي التازي الوزاني",
            id="second-family-name",
        ),
        pytest.param(
            "وقال رئيس جمعية الأطلس للمهاجرين في ألميريا، عبد السلام الوزاني، إن الخطاب",
            "عبد السلام الوزاني",
            id="after-abd",
        ),
    ],
)
def test_a_known_town_of_a_family_names_shape_ends_a_name(text, name):
    assert people(text, taken=_known_places(text, "الوزاني")) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المدير العام محمد علي في الوزاني، إن", id="after-a-preposition"),
        pytest.param("وقال المدير العام محمد علي الوزاني والخيام إن", id="a-list-of-towns"),
        pytest.param("وقال المدير العام محمد علي إن الوزاني، تعرضت", id="another-clause"),
    ],
)
def test_a_known_town_elsewhere_stays_a_town(text):
    found = people(text, taken=_known_places(text, "الوزاني"))
    assert all("الوزاني" not in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "أعلن الفريق أسامة ربيع، رئيس هيئة قناة السويس، ارتفاع إيرادات القناة خلال", id="aside-then-object"
        ),
        pytest.param('إن السلطة "تعمل على توفير بدل إيجار للعائلات النازحة"، لكنه أقر بأن الأزمة', id="but-he"),
        pytest.param("بأن عناصر القوات المساعدة والدرك الملكي اعترضت أكثر من 300 شخص", id="more-than"),
    ],
)
def test_the_sentences_words_after_a_role_are_no_name(text):
    assert all(name not in ("ارتفاع إيرادات", "لكنه أقر", "اعترضت أكثر") for name in people(text))


def test_an_aside_role_still_lets_a_given_name_open_after_its_comma():
    text = "وقال أحمد سالم، رئيس جمعية التجار، محمود عيسى إن الأسواق"
    assert "محمود عيسى" in people(text)


def test_a_name_inside_a_longer_one_is_the_same_person():
    text = "وأفادت الوكالة بأن القتيل يدعى حسن علي فقيه، وهو مزارع من البلدة."
    assert people(text) == ["حسن علي فقيه"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وفي شوارع الرديف، يقول التاجر الهادي العبيدي إن المدينة", "الهادي العبيدي", id="trader"),
        pytest.param("وهي أسعار وصفها المواطن الهادي العياري، وهو متقاعد", "الهادي العياري", id="citizen"),
    ],
)
def test_a_definite_given_name_and_a_family_name_in_al_i_after_a_trade(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المسؤول الحبيب التونسي، إن الاتفاق", id="a-nation"),
        pytest.param("وقال التاجر الطيب العراقي في السوق إن", id="no-clause-end"),
    ],
)
def test_a_definite_given_name_before_a_nationality_opens_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال رئيس النادي هشام آيت منا، في تصريح", "هشام آيت منا", id="ait-menna"),
        pytest.param("ويرجع البحار عادل بن عمر، من قليبية، ذلك إلى", "عادل بن عمر", id="sailor"),
        pytest.param("وحصلت التلميذة ليندة أوعلي، من ثانوية عميروش، على", "ليندة أوعلي", id="pupil"),
    ],
)
def test_names_after_trades_and_connectors(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال إن الوسيط الأمريكي نقل الرسالة", id="mediator"),
        pytest.param("وأكد أن التلميذ يحتاج إلى دعم", id="pupil"),
        pytest.param("وقالت المصادر منه إن", id="particle"),
    ],
)
def test_trades_and_particles_alone_name_no_one(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("برئاسة النائب إبراهيم كنعان مشروع القانون الذي أحالته", "إبراهيم كنعان", id="object-before-who"),
        pytest.param("إن الحكم رضوان جيد حرم الفريق من فوز", None, id="rank-after-a-verb"),
    ],
)
def test_a_verbs_object_after_a_name_is_not_read_into_it(text, name):
    assert people(text) == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقالت أم عمر النجار، وهي نازحة من حي الشجاعية", "أم عمر النجار", id="mother-of"),
        pytest.param("ويقيم محمود أبو الهيجاء، 58 عاماً، مع أسرته", "محمود أبو الهيجاء", id="age-between-commas"),
        pytest.param("وقال المتحدث باسم الجيش أحمد الخبيل (أبو خولة)، إن", "أحمد الخبيل", id="nickname-in-brackets"),
        pytest.param("وقال الفاعل الجمعوي رشيد الحموشي، رئيس جمعية الشباب، إن", "رشيد الحموشي", id="everyday-given"),
    ],
)
def test_a_kunya_an_age_or_a_nickname_marks_a_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("سواء كان محمد أم أحمد", id="or"),
        pytest.param("وفي عام 2015، 30 عاماً، بعد الحرب", id="years-after-a-date"),
        pytest.param("وقال الوزير محمد الحكومة (الجديدة) إن", id="bracket-after-a-noun"),
        pytest.param("وقال الأمين العام أمل الحكومة، رئيس", id="everyday-given-no-nisba"),
    ],
)
def test_or_years_and_brackets_alone_mark_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وفي حي نزال، قال صاحب مخبز أبو خليل الحوراني إن المواطنين", "أبو خليل الحوراني", id="baker"),
        pytest.param("ويقول صاحبة متجر سعاد الخطيب إن الزبائن", "سعاد الخطيب", id="shopkeeper"),
    ],
)
def test_the_owner_of_a_shop_a_speaker_describes_is_named_after_it(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال صاحب الشركة إن الأسعار", id="definite"),
        pytest.param("وقال صاحب محل أحمد إن", id="everyday-one-word"),
        pytest.param("ويقول صاحب مطعم في الحي إن الزبائن", id="no-name"),
    ],
)
def test_an_owner_without_a_name_names_no_one(text):
    assert people(text) == []
