"""People of culture pages and local news: the cues that introduce them, where their names end, and
the phrases after a role that name nobody."""

import pytest

from articles.parsing.entities import Gazetteer, extract
from articles.parsing.words import tokenize
from tests.parsing.discovered import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ويرى الخبير الاقتصادي بجامعة طرابلس، د. فرج الشيباني، أن الدينار", "فرج الشيباني", id="dr-dot"),
        pytest.param(
            "وقال الأستاذ في الجامعة الأردنية، الدكتور سامر الحياري، إن", "سامر الحياري", id="rank-after-comma"
        ),
        pytest.param("وأعرب الملحن العراقي نصير شمة عن سعادته بعودة الفرقة", "نصير شمة", id="composer"),
        pytest.param("وأكد الناقد السينمائي الأردني ناجح حسن أن المهرجان", "ناجح حسن", id="critic"),
        pytest.param("فيما اختارت اللجنة الأديب الراحل نجيب محفوظ شخصية المعرض", "نجيب محفوظ", id="man-of-letters"),
        pytest.param("وشهدت الدورة تكريم الراحل فريد بوغدير، وعرض نسخة مرممة", "فريد بوغدير", id="the-late"),
        pytest.param("وقالت المستفيدة حصة العنزي، من سكان الحي، إن", "حصة العنزي", id="beneficiary"),
        pytest.param("وقال مختار البلدة محمد أحمد الخطيب إن الجنود", "محمد أحمد الخطيب", id="mukhtar"),
        pytest.param("الذي يرأسه رجل الأعمال إبراهيم العرجاني، إذ تتولى", "إبراهيم العرجاني", id="businessman"),
        pytest.param("وكان محمد العبار، مؤسس شركة إعمار العقارية، قد قال", "محمد العبار", id="founder"),
        pytest.param("في المقابل، انتقد جاويد أختر، سائق توصيل يعمل لدى شركة", "جاويد أختر", id="criticised"),
        pytest.param("وأكد جارها رمضان عبد العال، وهو مزارع، أن الأهالي", "رمضان عبد العال", id="her-neighbour"),
        pytest.param("ويقول عبد الرزاق حسين الطائي، الذي عمل أميناً للمكتبة", "عبد الرزاق حسين الطائي", id="abd-given"),
        pytest.param("وقال مطر الطاير، المدير العام لهيئة الطرق، إن", "مطر الطاير", id="gulf-given-name"),
        pytest.param("وقال مدير المكتب حافظ الراشد إن", "حافظ الراشد", id="definite-title-then-name"),
    ],
)
def test_a_cue_of_culture_or_local_life_introduces_a_person(text, name):
    assert people(text) == [name]


def test_a_mayor_of_a_known_town_introduces_a_person():
    assert people("قال عمدة باسكنو، سيدي ولد أحمد سالم، إن البلديات", taken={2: "LOC"}) == ["سيدي ولد أحمد سالم"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "بينما اشتكى الناشر عماد الدين الصياد، صاحب دار الندى للنشر، من أن", "عماد الدين الصياد", id="trade-surname"
        ),
        pytest.param(
            "تناقش اللجنة برئاسة النائب إبراهيم كنعان مشروع القانون الذي أحالته", "إبراهيم كنعان", id="object-after"
        ),
        pytest.param(
            "وطالب رئيس بلدية الخالدية الجديدة محمود المساعيد بتشديد الرقابة", "محمود المساعيد", id="surname-then-verb"
        ),
        pytest.param(
            "في احتفال حضره المحافظ عبد القادر الدخيل وممثلون عن المنظمة", "عبد القادر الدخيل", id="abd-surname"
        ),
        pytest.param("وقال وزير الزراعة البرازيلي كارلوس فافارو للصحفيين إن", "كارلوس فافارو", id="preposition-after"),
        pytest.param(
            "مع وزير التربية الوطنية والرياضة محمد سعد برادة، أسفرت عن", "محمد سعد برادة", id="ta-marbuta-surname"
        ),
        pytest.param(
            "وقال مدير عام الدائرة الشيخ محمد عزام الخطيب التميمي إن طواقم",
            "محمد عزام الخطيب التميمي",
            id="two-surnames",
        ),
        pytest.param("وقالت الباحثة المصرية نور الهدى صالح من جامعة القاهرة", "نور الهدى صالح", id="nur-al-huda"),
        pytest.param(
            "فيما نال فيلم ضفاف للمخرج أمجد أبو العلاء التانيت البرونزي، وسط تصفيق", "أمجد أبو العلاء", id="prize-after"
        ),
    ],
)
def test_a_name_ends_where_the_sentence_goes_on(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أيدت المحكمة حكم الاستئناف القاضي بحبس ثلاثة موظفين سابقين في وزارة الصحة", id="bi-habs"),
        pytest.param("أحيلوا إلى المدعي العام بموجب قانون سلطة المياه الذي يفرض عقوبات", id="bi-mujib"),
        pytest.param("وتقدم النائب عن دائرة أطفيح، بطلب إحاطة موجه إلى وزير الإسكان", id="bi-talab"),
        pytest.param("تتبعت مسار الأموال عبر محافظ إلكترونية وشركات صرافة.", id="wallets-adjective"),
        pytest.param("لأنها تملك ما لا تملكه دول أخرى: جيش كبير، وشرعية إسلامية، وعلاقات جيدة", id="big-is-adjective"),
        pytest.param("تغلب المنتخب على نظيره العراقي بهدفين مقابل هدف، في المباراة الودية", id="score"),
        pytest.param("إن المهرجان يحتاج إلى إدارة دائمة بدل تغيير الفريق كل عام.", id="every-year"),
        pytest.param("لا سيما نفق الملك عبدالله ونفق فلسطين اللذين غمرتهما المياه", id="tunnel-named-after"),
        pytest.param("ووصلت زوجته وأطفاله الستة إلى المخيم أمس", id="kin-without-given-name"),
        pytest.param("وبحث الوزير عودة اللاجئين السوريين إلى بلادهم", id="given-name-as-noun"),
        pytest.param("وقال مصدر الشركة، المسؤول عن الملف، إن", id="source-and-company"),
        pytest.param("ووقف رجل مسن أمام المخبز", id="a-man"),
        pytest.param("وأكدت الناشرة، مديرة دار الآداب، أن المعرض", id="director-of-a-house"),
        pytest.param("وبيّن الناطق الإعلامي باسم شركة مياه اليرموك أن الخطوط", id="company-of-a-river"),
        pytest.param("أكد مساعد مدرب أسود الرافدين أن المنتخب", id="coach-of-a-team"),
    ],
)
def test_phrases_after_a_role_or_a_word_like_one_name_nobody(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("وقال الوزير بلال حمدان إن", "بلال حمدان", id="b-given-name"),
        pytest.param("وقالت الدكتورة سيرين بن عمر، عضو المكتب الجهوي للمنظمة", "سيرين بن عمر", id="rank-no-kin"),
        pytest.param("وقالت الطبيبة نادية العلي، إن", "نادية العلي", id="iya-given-name"),
    ],
)
def test_names_that_open_like_those_phrases_still_stand(text, name):
    assert people(text) == [name]


def test_the_dot_of_doctor_ends_no_sentence():
    tokens = tokenize("قال د. فرج الشيباني. وأضاف")
    assert [token.after_break for token in tokens] == [False, False, False, False, True]


KNOWN = Gazetteer([(1, "عبدالعزيز بن سعد", True, "PERSON"), (2, "محمد مصطفى", True, "PERSON")])


def known_people(text):
    return [(found.entity_id, found.name) for found in extract(text, KNOWN) if found.kind == "PERSON"]


def test_a_lineage_past_a_known_name_is_a_longer_name():
    text = "دشن الأمير عبدالعزيز بن سعد بن عبدالعزيز، أمير منطقة حائل، المرحلة الثانية"
    assert known_people(text) == [(None, "عبدالعزيز بن سعد بن عبدالعزيز")]


def test_a_known_name_without_a_lineage_after_it_stands():
    assert known_people("دشن الأمير عبدالعزيز بن سعد، أمير منطقة حائل، المرحلة الثانية") == [(1, "")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            'وضمت القائمة رواية "مواسم الملح" للعُماني سالم بن علي الحارثي، و"حارس النهر" للعراقي حسن كاظم الجنابي، إضافة',
            ["سالم بن علي الحارثي", "حسن كاظم الجنابي"],
            id="by-a-nationality",
        ),
        pytest.param(
            'و"شارع الأفندية" للمصرية منى عبد الرحمن الشافعي، و"ظل النخلة"', ["منى عبد الرحمن الشافعي"], id="abd-after"
        ),
    ],
)
def test_a_work_by_a_writer_of_a_nationality_names_the_writer(text, names):
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وأشار النائب العام الدكتور علي بن فضل البوعينين في وقت سابق", "علي بن فضل البوعينين", id="bin-fadl"
        ),
        pytest.param("وقال وزير التعليم العالي الدكتور عزمي محافظة، في تصريح", "عزمي محافظة", id="governorate-surname"),
        pytest.param(
            "وقالت الخبيرة الدكتورة لولوة عبدالرحمن الخاجة، الأستاذة في جامعة", "لولوة عبدالرحمن الخاجة", id="gulf"
        ),
        pytest.param('وكانت رواية "قناع" للكاتب الفلسطيني باسم خندقجي قد فازت', "باسم خندقجي", id="basim"),
        pytest.param("قالت المعلمة في إحدى مدارس الوكالة، سهى أبو عيشة، إن الصفوف", "سهى أبو عيشة", id="one-of"),
        pytest.param('إن "المحافظ ريبوار طه يتعامل مع الموازنة"', "ريبوار طه", id="present-verb"),
        pytest.param("ويعزو الباحث أوموت دميرجي إقبال الخليجيين على المسيرات", "أوموت دميرجي", id="a-people-after"),
        pytest.param("قال الرئيس التنفيذي لباريك مارك بريستو إن الشركة", "مارك بريستو", id="of-an-unknown-body"),
    ],
)
def test_a_word_that_is_a_particle_or_a_role_elsewhere_is_a_name_here(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المتحدث باسم الحكومة إن", id="in-the-name-of"),
        pytest.param("وقال الوزير إن محافظة البصرة تحتاج", id="governorate"),
        pytest.param("وتحدث الباحث عن إحدى مدارس الوكالة في المخيم", id="one-of-the-schools"),
        pytest.param("وأعلنت الحكومة العراقية أن", id="adjective-after-a-body"),
        pytest.param("وقال المدير لمجلس الإدارة إن", id="of-a-board"),
    ],
)
def test_those_words_in_their_own_sense_name_nobody(text):
    assert people(text) == []


def test_one_more_name_word_after_a_role_and_a_known_name_makes_a_longer_name():
    text = "وقال وزير الأوقاف والشؤون الدينية محمد مصطفى نجم، خلال توديعه الحجاج"
    assert known_people(text) == [(None, "محمد مصطفى نجم")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال رئيس الوزراء محمد مصطفى، خلال زيارته", id="comma"),
        pytest.param("وقال رئيس الوزراء محمد مصطفى أمس، خلال زيارته", id="time-word"),
        pytest.param("وقال رئيس الوزراء محمد مصطفى نجم الدين إن", id="no-clause-end"),
        pytest.param("وقبل الرئيس محمد مصطفى استقالته، وقال", id="his-resignation"),
    ],
)
def test_a_known_name_stands_where_no_word_of_a_name_ends_the_clause_after_it(text):
    assert (2, "") in known_people(text)
