"""People of round 13: given names of every region, on text the rules were never tuned on."""

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES
from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال رمطان بلعيد إن المحصول تراجع", "رمطان بلعيد", id="maghreb"),
        pytest.param("وقالت فطومة بوزيان إن الماء انقطع", "فطومة بوزيان", id="maghreb-woman"),
        pytest.param("وقال محمدن ولد سيدي إن الحزب سيقاطع", "محمدن ولد سيدي", id="mauritania"),
        pytest.param("وقال ماهامات صالح إن القافلة وصلت", "ماهامات صالح", id="sahel"),
        pytest.param("وقال ديميكي ميكونين إن المحادثات مستمرة", "ديميكي ميكونين", id="horn"),
        pytest.param("وقالت نرجس كاظمي إن السلطات منعت التجمع", "نرجس كاظمي", id="iran"),
        pytest.param("وقال أوزغور أوزيل إن الحزب سيطعن", "أوزغور أوزيل", id="turkey"),
        pytest.param("وقال شيخموس أحمد إن المخيم يحتاج", "شيخموس أحمد", id="kurdistan"),
        pytest.param("وقال جاويد أختر إن الحكومة ستدعم", "جاويد أختر", id="pakistan"),
        pytest.param("وقال فرانشيسكو لوتشيانو إن الوكالة", "فرانشيسكو لوتشيانو", id="italy"),
        pytest.param("وقال يورغن شتاينر إن الشركة", "يورغن شتاينر", id="germany"),
        pytest.param("وقال فولوديمير كوفال إن القصف", "فولوديمير كوفال", id="ukraine"),
        pytest.param("وقال يسرائيل زيف إن الجيش", "يسرائيل زيف", id="israel"),
        pytest.param("وقال جيروم مارتينيز إن البنك", "جيروم مارتينيز", id="americas"),
        pytest.param("وقال خلدون الحمصي إن الأسعار", "خلدون الحمصي", id="levant"),
    ],
)
def test_a_given_name_of_any_region_opens_a_speakers_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "word",
    # Words first, names second: "now", "a thousand", "especially", "it is pointed out", "ladies", "my father",
    # "to a secretary", two agencies, two towns, "the light".
    ["آلان", "ألفا", "سيما", "يشار", "سيداتي", "آبي", "لامين", "سانا", "إيرينا", "داريا", "ليما", "إلنور"],
)
def test_a_spelling_that_is_an_everyday_word_first_is_no_given_name(word):
    assert normalize(word) not in GIVEN_NAMES


@pytest.mark.parametrize("word", ["عون", "جاد", "وحيد", "عرفان", "محفوظ", "خيري", "نزيه", "منصف", "بشارة"])
def test_a_name_that_is_an_everyday_word_too_counts_only_after_a_verb_of_speech(word):
    assert normalize(word) in GIVEN_NAMES
    assert normalize(word) in EVERYDAY_NAMES


def test_an_everyday_name_after_a_description_opens_no_name():
    assert people("وأكد البيان عون الحكومة للمزارعين، في") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال عز الدين المقدسي إن الحصار مستمر", "عز الدين المقدسي", id="glory-of-the-faith"),
        pytest.param("وأضاف شمس الدين الكيلاني أن الأسعار", "شمس الدين الكيلاني", id="sun-of-the-faith"),
        pytest.param("وقال فتح الله كولن إن الحركة", "فتح الله كولن", id="opening-of-god"),
        pytest.param("وقالت عطاء الرحمن حسيني إن المدرسة", "عطاء الرحمن حسيني", id="gift-of-the-merciful"),
    ],
)
def test_a_compound_given_name_opens_a_speakers_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال عز المقدسي إن الحصار مستمر", id="half-alone"),
        pytest.param("وفي أحياء المزة وركن الدين والميدان تجاوز", id="a-quarter-of-damascus"),
        pytest.param("وأكد البيان فخر المدينة بأبنائها، في", id="pride-of-the-city"),
    ],
)
def test_the_first_half_of_a_compound_alone_opens_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال مدير المؤسسة، المهندس فضل عوض باعباد، إن العجز كبير. وأوضح باعباد أن الشحنات تأخرت",
            "فضل عوض باعباد",
            id="everyday-given-name-before-the-fathers",
        ),
        pytest.param(
            "في سوق العطارين، أعاد أبو محمد القباني فتح محل والده. يقول القباني الذي أمضى عمره هنا",
            "أبو محمد القباني",
            id="kunya",
        ),
        pytest.param(
            "واضطر المقدسي خالد الرجبي إلى هدم الطابق. ويقول الرجبي إن البلدية رفضت",
            "خالد الرجبي",
            id="after-a-description",
        ),
    ],
)
def test_a_family_name_said_alone_after_a_verb_of_speech_finds_the_whole_name(text, name):
    assert people(text) == [name]


def test_a_family_name_said_alone_ends_a_name_that_ran_on_past_it():
    text = 'عن رئيسة المنظمة شينا أنصاري قولها إن "الجفاف مستمر". وأضافت أنصاري أن الحكومة خصصت'
    assert people(text) == ["شينا أنصاري"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وقال محمد عزام الخطيب التميمي إن الأوقاف ترفض. وأضاف الخطيب أن الحراس",
            "محمد عزام الخطيب التميمي",
            id="a-second-family-name",
        ),
        pytest.param(
            "وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن بلاده تدعم. وأضاف لولا أن",
            "لويس إيناسيو لولا دا سيلفا",
            id="a-particle",
        ),
        pytest.param(
            "ووصل محمد عزام الخطيب التميمي إلى القدس. وقال الخطيب إن الأوقاف",
            None,
            id="no-name-found-where-it-may-go-on",
        ),
    ],
)
def test_a_family_name_said_alone_cuts_no_name_that_goes_on_as_names_do(text, name):
    assert people(text) == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ورأى أن عودة الإنتاج بطيئة. وعاد الإنتاج إلى التوقف", id="everyday-given-name"),
        pytest.param("ردت على مصادر النيران. وأكدت مصادر في البلدة أن", id="preposition"),
        pytest.param("بيرام يدعو أنصاره للتظاهر. ودعا أنصاره إلى الهدوء", id="noun-with-pronoun"),
    ],
)
def test_a_word_said_alone_finds_no_name_where_no_given_name_opens_one(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وتحالف عزم بزعامة مثنى السامرائي، انعكس الخلاف", "مثنى السامرائي", id="under-the-leadership"),
        pytest.param("حزب تقدم بزعامة محمد الحلبوسي وتحالف عزم", "محمد الحلبوسي", id="family-name-then-wa"),
        pytest.param("والحركة التي يتزعمها عبد الواحد محمد نور، رفضت", "عبد الواحد محمد نور", id="which-he-leads"),
        pytest.param("ورغم سقوط نظام بشار الأسد في ديسمبر الماضي", "بشار الأسد", id="regime"),
        pytest.param("بعد ساعات من مقتل عبد الغني الككلي، المعروف بغنيوة", "عبد الغني الككلي", id="killing"),
    ],
)
def test_a_leader_regime_or_death_in_construct_with_a_name_introduces_a_person(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وبطولة نظام كمال الأجسام في دبي", id="everyday-given-name-after-regime"),
        pytest.param("بعد مقتل جندي في الهجوم", id="no-given-name"),
        pytest.param("حزب تقدم بزعامة محمد علي وتحالف عزم", id="no-family-name-before-wa"),
    ],
)
def test_a_regime_or_leader_word_without_a_closed_name_introduces_no_one(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ويقول المختار علي سرور إن مهندسي المجلس أنهوا", "علي سرور", id="headman-speaks"),
        pytest.param("وقال المختار محمد عيسى الخطيب إن البلدة", "محمد عيسى الخطيب", id="headman-long-name"),
        pytest.param("وقال حمادي ولد سيدي المختار إن الحزب", "حمادي ولد سيدي المختار", id="given-name-last"),
    ],
)
def test_the_headman_before_a_given_name_is_a_title_kept_out_of_the_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ويضيف ابنها محمود الذي يرافقها: نسمع كل يوم", "محمود", id="relative"),
        pytest.param("وقالت ابنتها فاطمة إن الماء انقطع", "فاطمة", id="said-that"),
    ],
)
def test_kin_with_a_pronoun_name_a_relative_by_one_given_name(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال شقيقه أمل إن", id="everyday-given-name"),
        pytest.param("وقتل شقيقه محمد في القصف", id="clause-goes-on"),
    ],
)
def test_kin_before_a_given_name_that_no_clause_end_closes_name_no_one(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "ومرشحة الحزب الأستاذة السالكة بنت محمد الأمين، فيما تدعم الحركة",
            "السالكة بنت محمد الأمين",
            id="mauritania-after-a-title",
        ),
        pytest.param("وقال الأستاذ التيجاني ولد محمد إن الحزب", "التيجاني ولد محمد", id="sahel-after-a-title"),
    ],
)
def test_a_given_name_with_the_article_of_algeria_or_mauritania_opens_a_name_after_a_title(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("في حي بابا عمرو، يقف أبو أحمد الدالاتي مع أبنائه الثلاثة", "أبو أحمد الدالاتي", id="preposition"),
        pytest.param("وأعاد أبو صبحي النوري الذي يعمل في السوق فتح محله", "أبو صبحي النوري", id="relative"),
    ],
)
def test_a_kunya_and_a_family_name_is_a_mans_name_wherever_it_stands(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("نسبة الإنجاز في سد أبو منصور الجديد بلغت", id="a-dam"),
        pytest.param("إعادة بناء سدي أبو منصور والبلاد على وادي درنة", id="a-second-place-after-wa"),
        pytest.param("عبر معبر كرم أبو سالم الحدودي إلى غزة", id="a-crossing"),
        pytest.param("تحدث أبو أمل الحكومة في", id="everyday-given-name"),
    ],
)
def test_a_kunya_after_a_places_noun_or_before_no_family_name_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ونقلت الصحيفة عن إيفان فيدوروف قوله إن المدينة صمدت", "إيفان فيدوروف", id="no-role"),
        pytest.param(
            "ونقلت الوكالة عن رئيسة المنظمة الإيرانية شينا أنصاري قولها إن الجفاف مستمر",
            "شينا أنصاري",
            id="the-role-ran-on-into-the-saying",
        ),
        pytest.param(
            "ونقلت القناة عن وزير المالية محمد يسر برنية قوله إن المصرف", "محمد يسر برنية", id="definite-role"
        ),
    ],
)
def test_the_name_quoted_as_saying_ends_before_qawluhu(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ونقل عنه قوله إن الاتفاق", id="pronoun"),
        pytest.param("ونقلت الوكالة عن مصادر مطلعة قولها إن", id="sources"),
        pytest.param("ونقلت عن أمل الحكومة قولها. وقال", id="everyday-given-name"),
    ],
)
def test_quoted_as_saying_without_a_given_name_names_no_one(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال تيموثي لندركينغ إن واشنطن تدعم الحل", "تيموثي لندركينغ", id="english"),
        pytest.param("وقالت يلدز تكين إن الحكومة", "يلدز تكين", id="turkish"),
    ],
)
def test_more_given_names_of_europe_the_americas_and_turkey_open_a_speakers_name(text, name):
    assert people(text) == [name]


def test_a_system_named_by_an_everyday_given_name_after_regime_is_no_person():
    assert people("وبدأ تطبيق نظام ساهر المروري في المدينة") == []
