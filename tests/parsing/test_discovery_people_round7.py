"""People of round 7: a person "who is called" so, a name a role sets off between commas, given names of
South Asia, Latin America, East Asia and the Horn of Africa; and the phrases read as names before (a verb
and its object, a preposition, "and its surroundings", a site's name inside a role)."""

import pytest

from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "فيما اشتكى معلم في ثانوية جودت الهاشمي يدعى رامي الحلبي من أن الزيادة", "رامي الحلبي", id="called"
        ),
        pytest.param("وقال أحد سكان حي المنصورة، ويدعى نبيل الصبيحي، إن الحر", "نبيل الصبيحي", id="and-called"),
        pytest.param("وقال تاجر من مدينة تربت، يدعى عبد الغفور بلوش، إن الحدود", "عبد الغفور بلوش", id="after-a-town"),
        pytest.param("قالت صاحبة مقهى تدعى لتيبرهان هايلي إن العائلات", "لتيبرهان هايلي", id="she-not-the-cafe"),
        pytest.param("وروى أحد الناجين، ويدعى أبيبي تاديسي، ويبلغ من العمر 19 عاماً", "أبيبي تاديسي", id="then-and"),
    ],
)
def test_a_person_who_is_called_so(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('حجز عبر حسابات باسم شركة تدعى "المرجان للتطوير العقاري"، تبين', id="quoted-company"),
        pytest.param("وصلنا إلى قرية صغيرة تدعى عين الحمرا، وهناك", id="village"),
        pytest.param("وافتتح موقع يدعى سوق الخميس قرب المدينة", id="masculine-site"),
        pytest.param("يدعى إلى اجتماع طارئ في الرياض", id="invited"),
    ],
)
def test_a_body_or_place_that_is_called_so_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال عمدة كينييبا، سيدي بيه كاني، إن البلدية", "سيدي بيه كاني", id="unknown-town"),
        pytest.param("وقال مسؤول محلي في أرليت، عيسى ماهامان، إن السكان", "عيسى ماهامان", id="local-official"),
        pytest.param("وقال مدير تربية قضاء سنجار، خضر إلياس حسو، إن أكثر", "خضر إلياس حسو", id="long-role"),
        pytest.param("وقال الناشط الجمعوي في حي لا كاستيلان، كريم العياشي، إن الشباب", "كريم العياشي", id="quarter"),
        pytest.param("وأشار مدير موقع أورانغ، يوسف محمد بشارة، إلى أن حصة", "يوسف محمد بشارة", id="site-in-role"),
        pytest.param(
            "وقال رئيس اتحاد نقابات عمال تركيا (ترك-إيش)، أرغون أتالاي، إن خط", "أرغون أتالاي", id="bracketed"
        ),
    ],
)
def test_a_role_sets_its_holders_name_off_between_commas(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال مسؤول أمريكي، رفيع المستوى، إن واشنطن", id="aside-of-standing"),
        pytest.param("وقال مسؤول في الشركة، طلب عدم الكشف عن اسمه، إن أرامكو", id="anonymous"),
        pytest.param("وقال المتحدث باسم الوزارة، صباح الاثنين، إن الوزارة", id="time"),
        pytest.param("وقالت ناشطة في غرفة طوارئ طويلة، فضلت الاكتفاء باسمها", id="room-name"),
        pytest.param("وقال المدير العام لصندوق التنمية وإعادة إعمار ليبيا، خلال جولة، إن", id="body-goes-on"),
    ],
)
def test_an_aside_or_a_sites_name_after_a_role_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وكان بين أفراد الطاقم القبطان راجيش مينون من ولاية كيرالا", "راجيش مينون", id="indian"),
        pytest.param("وقال رئيس النقابة باتريسيو تابيا للصحفيين في مدينة", "باتريسيو تابيا", id="chilean"),
        pytest.param("وقالت ربة المنزل سيلفينا غوميز إن الأسعار", "سيلفينا غوميز", id="argentine"),
        pytest.param("ويرى الباحث في مركز كارنيغي للشرق الأوسط مهند الحاج علي أن الحدود", "مهند الحاج علي", id="hajj"),
    ],
)
def test_given_names_of_more_regions_open_a_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("والمرشد يأخذ الزبائن إلى محلات بعينها", id="verb-and-object"),
        pytest.param("الخطوط الجوية القطرية تعزز أسطولها بـ 60 طائرة جديدة", id="verb-and-pronoun"),
        pytest.param('للملتقى الدولي للفلاحة بالمغرب بمدينة مكناس، تحت شعار "الماء والفلاحة"', id="under"),
        pytest.param("في منطقة حوش السيد علي ومحيطها، بعد ليلة", id="and-its-surroundings"),
    ],
)
def test_a_phrase_after_a_role_is_no_person(text):
    assert people(text) == []


def test_a_given_name_opening_on_ya_or_ta_is_still_a_name():
    assert people("وقال الوزير يزن الخطيب إن") == ["يزن الخطيب"]
    assert people("وقال المدرب تامر حسني إن") == ["تامر حسني"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("قال مهندس في الشركة، فضّل الاكتفاء باسمه الأول سالم، إن المخزون", "سالم", id="his-first-name"),
        pytest.param("وقالت ناشطة، فضلت الاكتفاء باسمها الأول سلمى، إن الناس", "سلمى", id="her-first-name"),
        pytest.param("وقالت سلمى، وهي طالبة في كلية الطب بالرباط، إن جيلنا", "سلمى", id="said-she-a-student"),
        pytest.param("وفي ساحة المستشفى، كانت منية، وهي ربة بيت قدمت من القيروان", "منية", id="was-a-housewife"),
    ],
)
def test_a_person_known_by_a_first_name_alone(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال كريم، وهو طالب في الجامعة، إن", id="everyday-given-name"),
        pytest.param("وقالت الحكومة، وهي صاحبة القرار، إن", id="a-body"),
        pytest.param("احتفظ الفريق باسمه الأول، ولم يغيره", id="its-first-name"),
    ],
)
def test_one_word_with_no_first_name_cue_is_no_person(text):
    assert people(text) == []


def test_a_given_name_after_a_long_role_opens_its_holders_name():
    text = 'ويرى الباحث في معهد دول الخليج العربية في واشنطن حسين إبيش أن "الخليج لا يختار"'
    assert people(text, taken={8: "LOC"}) == ["حسين إبيش"]
    assert people("وقال مدير مصلحة مياه بلديات الساحل منذر شبلاق أن شبكات") == ["منذر شبلاق"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال مدير مؤسسة كهرباء عدن، المهندس فضل عوض باعباد، إن العجز", id="name-word-before"),
        pytest.param("وقال رئيس جامعة محمد الخامس في الرباط إن الجامعة", id="body-named-after"),
        pytest.param("وقال مدير مستشفى حمد العام إن المستشفى", id="hospital-named-after"),
    ],
)
def test_a_given_name_inside_a_long_role_is_no_holders_name(text):
    assert people(text) == []
