"""Organisations named by a word of their own the gazetteer lacks (round 6, second pass): companies
spelt in initials or closed by an English word of trade, a group's one word and the stance after it,
an organisation's quoted word and its purpose, an armed unit's quoted name; and what is none of them."""

import pytest

from tests.parsing.discovered import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("إن شركة بي آر إف وحدها تصدّر نحو 400 ألف طن", "بي آر إف", id="initials"),
        pytest.param('وكانت شركة "سي جي سي أو سي" الصينية قد أنجزت الخط', "سي جي سي أو سي", id="quoted, with أو"),
        pytest.param('وتتولى شركة "آر إيه تي بي ديف" الفرنسية تشغيل الخط', "آر إيه تي بي ديف", id="a word after"),
        pytest.param("بالشراكة مع شركة كوسموس إنرجي، إضافة إلى", "كوسموس إنرجي", id="English word of trade"),
        pytest.param("محركات من شركة جنرال إلكتريك إيروسبيس، بقيمة", "جنرال إلكتريك إيروسبيس", id="two words"),
        pytest.param("وقعت مجموعة توتال إنرجيز الفرنسية اتفاقا", "توتال إنرجيز", id="a group"),
    ],
)
def test_a_company_coined_name_is_named_without_its_noun(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقعت شركة كبرى إنرجي جديدة", id="an adjective before the English word"),
        pytest.param("عقد مع شركة في إس تعمل هنا", id="a run opening with في"),
        pytest.param("وقعت شركة أمريكية عقدا", id="no initials or trade word"),
    ],
)
def test_a_company_noun_before_ordinary_words_names_no_coined_company(text):
    assert organisations(text) == []


def test_initials_end_before_a_conjunction():
    assert organisations("وقعت شركة بي بي أو شركة أخرى") == ["بي بي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("زعيم حركة إيرا الحقوقية، أن", "حركة إيرا", id="a foreign word"),
        pytest.param("نواب من جبهة الصمود المحافظة المتشددة، حمّلوه", "جبهة الصمود", id="a definite word"),
        pytest.param("وفاز حزب الشعب المعارض بالانتخابات", "حزب الشعب", id="a party"),
    ],
)
def test_a_group_named_by_one_word_and_its_stance_is_a_body(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قادة حركة التمرد المسلحة في الشمال", id="a verbal noun"),
        pytest.param("أعلن تحالف القوى المعارضة رفضه", id="a coalition of anything"),
        pytest.param("هاجمت عناصر جماعة مسلحة المتطرفة القرية", id="an indefinite adjective"),
        pytest.param("أعلنت حركة إيرا أنها", id="no stance after the word"),
    ],
)
def test_a_group_noun_before_a_plain_phrase_is_no_body(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'وطالب ناشطون في منظمة "أمل" للتنمية المدنية بنشر', 'منظمة "أمل" للتنمية المدنية', id="organisation"
        ),
        pytest.param('ويعزو الباحث في مؤسسة "سيتا" للدراسات أوموت', 'مؤسسة "سيتا" للدراسات', id="foundation"),
        pytest.param('جنوداً من لواء "آزوف" أُسروا في ماريوبول', 'لواء "آزوف', id="armed unit"),
    ],
)
def test_a_quoted_word_keeps_its_noun_before_a_purpose_or_as_a_unit(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('بين الصندوق وشركة "كوبا" للتعدين يتعلق', "كوبا", id="a company keeps the quoted word"),
        pytest.param('وطالب ناشطون في جمعية "أمل" لأن الوضع سيء', "أمل", id="لأن is no purpose"),
        pytest.param('افتتح مركز "سيسامي" لضوء السنكروترون في بلدة', None, id="a centre goes by the word"),
        pytest.param('من لواء "المدينة" أُسروا', None, id="a definite word"),
    ],
)
def test_a_quoted_word_without_purpose_or_after_other_nouns_stands_alone(text, name):
    assert organisations(text) == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('وينتظر أن يحسم تحالف "الوحدة المتحدة" المعارض مرشحه', 'تحالف "الوحدة المتحدة', id="alliance"),
        pytest.param('تلاه ائتلاف "تقدم" بقيادة رئيس البرلمان', 'ائتلاف "تقدم', id="coalition"),
        pytest.param('وقال النائب عن كتلة "الوفاء للمقاومة" حسن فضل الله', 'كتلة "الوفاء للمقاومة', id="bloc"),
        pytest.param('وحل حزب "فوكس" اليميني المتطرف ثالثا', "فوكس", id="a party by its quoted name"),
    ],
)
def test_an_alliance_keeps_its_noun_before_a_quoted_name_and_a_party_does_not(text, name):
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('وقال إن الحزب "سهّل مهمة الجيش"', id="the party speaks"),
        pytest.param('وقال عضو في التحالف "لن نقبل بذلك"', id="the alliance speaks"),
    ],
)
def test_a_quote_after_a_definite_party_or_alliance_is_what_it_says(text):
    assert organisations(text) == []
