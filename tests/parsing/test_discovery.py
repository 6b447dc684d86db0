"""Names the gazetteer lacks, found from how Arabic news introduces people and organisations."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize


def discovered(text, taken=None):
    tokens = tokenize(text)
    return [(d.kind, text[tokens[d.first].start : tokens[d.last].end]) for d in discover(tokens, taken or {})]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A title or role, then the name.
        ("وقال المتحدث باسم الجيش العراقي اللواء يحيى رسول إن الاجتماعات ستتواتر", "يحيى رسول"),
        ("من جهته، أكد وزير الدفاع الأميركي لويد أوستن في بيان بدء الاجتماعات", "لويد أوستن"),
        ("و ألمحت السفيرة الأميركية لدى العراق، ألينا رومانوفسكي، إلى استمرار التهديدات", "ألينا رومانوفسكي"),
        ("خلال لقائه بوزير الخارجية الأميركي أنتوني بلينكن في نيويورك", "أنتوني بلينكن"),
        ("والمستشار لدى رئيس الجمهورية المكلف بالشؤون المتعلقة بالأمن والدفاع بومدين بن عتو.", "بومدين بن عتو"),
        ("أكد قائد القوات في إفريقيا “أفريكوم” الفريق أول مايكل لانغلي. أن", "مايكل لانغلي"),
        ("استقبله رئيس الجمهورية عبد المجيد تبون أمس الأربعاء", "عبد المجيد تبون"),
        ("وقال القيادي البارز في الفصيل وسام محمد صابر (أبو باقر الساعدي) إن", "وسام محمد صابر"),
        ('بينهم الساعدي، والقيادي أركان العلياوي، "مسؤول جمع المعلومات" في الفصيل', "أركان العلياوي"),
        ("وأوضح رئيس الوزراء العراقي، محمد شياع السوداني، أن", "محمد شياع السوداني"),
        ("ويرى الباحث في مركز الخليج للأبحاث حسين رستمي أن الوساطة", "حسين رستمي"),
        ("وقال أستاذ العلاقات الدولية بجامعة الجزائر 3 كريم بلقاسمي إن", "كريم بلقاسمي"),
        ("قال وزير الإعلام في الحكومة المعترف بها دولياً معمر الإرياني إن", "معمر الإرياني"),
        ("وقال رئيس بلدية الخيام خليل نصر الدين إن", "خليل نصر الدين"),
        ("وقالت النائبة عن حزب الشعوب (ديم) في البرلمان، شيرين أوزتورك، إن", "شيرين أوزتورك"),
        # The name, a comma, then the role.
        ("كما أكد توماس إيريك، كبير الباحثين في المجلس الأطلسي، أن العلاقة", "توماس إيريك"),
        ("حول ذلك.\nمارك كيميت، مساعد وزير الخارجية الأميركي السابق، أكد أن", "مارك كيميت"),
        # The name, then a spokesman's role without a comma.
        ("كما قال يحيى رسول المتحدث باسم القائد الأعلى للقوات المسلحة", "يحيى رسول"),
    ],
)
def test_a_person_introduced_by_a_role_is_discovered(text, name):
    assert ("PERSON", name) in discovered(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت وكالة الاستخبارات والتحقيقات الاتحادية، في بيان، إن", "وكالة الاستخبارات والتحقيقات الاتحادية"),
        ("وأعلنت وزارة الخارجية العراقية إطلاق مجاميع العمل", "وزارة الخارجية العراقية"),
        ("وقالت ووزارة النفط العراقية تنفي", "وزارة النفط العراقية"),
        ("وأدانت وزارة الخارجية السورية الغارات", "وزارة الخارجية السورية"),
        ("ويرى الباحث بمركز أفق للدراسات الاستراتيجية بالقاهرة، أن", "مركز أفق للدراسات الاستراتيجية"),
    ],
)
def test_an_organisation_named_by_its_head_noun_and_definite_words_is_discovered(text, name):
    found = discovered(text)
    assert [kind for kind, _ in found] == ["ORG"]
    assert found[0][1].endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "أكد وزير الخارجية في بيان أن المحادثات مستمرة",  # a role with no name after it
        "وقال المتحدث باسم الحكومة إن الاجتماع عقد أمس",
        "تزامناً مع إعلان بغداد، رئيس الوزراء يدعو إلى الحوار",  # no speaker before the comma
        "أعلنت وزارة الخارجية إطلاق المحادثات",  # one definite word: which country's ministry?
        "دون أن يؤثر على حركة الملاحة الجوية",  # حركة is movement here, not a party
        "رئيس أركان لجيش الوطني الشعبي الفريق أول",  # a role noun with a clitic is no name
        "وقال مصدر أمني آخر إن القصف لم يسفر عن ضحايا",
        "قال الرئيس ترامب",  # one word is not enough to introduce a new person
        "وقال المتحدث باسمها إن الاجتماع تأجل",  # a pronoun-suffixed particle is no name
        "وقال مصدر إن معبراً حدودياً أغلق",  # an indefinite facility noun names nothing
        "وتقع قاعدةً تؤوي جنوداً أمريكيين",
        "ونشرت القوات الأمريكية بطاريات دفاع جوي",  # whose troops, not a named body
    ],
)
def test_nothing_is_discovered_where_no_name_is_introduced(text):
    assert discovered(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال المتحدث باسمها أندريا تيننتي إن على الطرفين", "أندريا تيننتي"),  # the body named before
        ("غير أن مستشاره الإعلامي الباشا طبيق قال إن", "الباشا طبيق"),  # his adviser; a first name with ال
        ("ويقول أستاذ العلوم السياسية بجامعة الكويت فرج الزروق إن أنقرة", "فرج الزروق"),  # ال family name
        ("فيما قال ممثلها لدى الأمم المتحدة البشير محمد لحسن إن الجبهة", "البشير محمد لحسن"),
    ],
)
def test_a_person_after_a_role_with_a_pronoun_or_a_definite_name_word(text, person):
    assert ("PERSON", person) in discovered(text)


def test_a_governorate_is_no_governor():
    assert discovered("شنت غارات على مواقع في محافظة الحديدة وجزيرة كمران وفي محيط صنعاء") == [("LOC", "وجزيرة كمران")]


def test_a_university_named_after_a_person_is_one_organisation_and_no_person():
    assert discovered("وقال أستاذ العلوم بجامعة محمد الخامس في الرباط إن") == [("ORG", "بجامعة محمد الخامس")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("نزح الآلاف إلى مخيم زمزم قرب الفاشر", "مخيم زمزم"),
        ("وأعيد فتح معبر أدري الحدودي", "معبر أدري"),
        ("وصل الوفد إلى قصر الشعب في دمشق", "قصر الشعب"),
        ("وتطالب الإمارات بجزيرة أبو موسى", "بجزيرة أبو موسى"),
    ],
)
def test_a_facility_or_landform_noun_names_a_place(text, place):
    assert discovered(text) == [("LOC", place)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وصوت البرلمان التركي على القانون", "البرلمان التركي"),
        ("وأعلنت القوات المسلحة الأردنية إسقاط طائرة", "القوات المسلحة الأردنية"),
        ("وقالت وزارة الموارد المائية والري المصرية إن", "وزارة الموارد المائية والري المصرية"),
        ("وصرح رئيس حزب المساواة وديمقراطية الشعوب إن", "حزب المساواة وديمقراطية الشعوب"),
    ],
)
def test_a_state_body_ends_at_its_country_adjective(text, body):
    assert discovered(text) == [("ORG", body)]


def test_a_known_person_after_a_role_is_left_to_the_gazetteer():
    text = "وقال وزير الدفاع الأميركي لويد أوستن إن"
    tokens = tokenize(text)
    known = {i: "PERSON" for i, token in enumerate(tokens) if token.raw in ("لويد", "أوستن")}
    assert discover(tokens, known) == []


def test_a_known_place_may_stand_inside_the_role():
    text = "وقال وزير خارجية إيران عباس عراقجي إن"
    tokens = tokenize(text)
    known = {i: "LOC" for i, token in enumerate(tokens) if token.raw == "إيران"}
    assert [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, known)] == ["عباس عراقجي"]
