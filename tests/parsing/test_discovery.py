"""Names the gazetteer lacks, found from how Arabic news introduces people and organisations."""

from pathlib import Path

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize
from tests.parsing.discovered import organisations


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


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("أما المحامي خالد مبارك الهاجري، الذي يتولى الدفاع", "خالد مبارك الهاجري"),
        ("بحسب ما أفاد مسؤول ملف الاستيطان في المحافظة سامر عوض الله ياسين، الذي قال", "سامر عوض الله ياسين"),
        ("وقال عضو مجلس إدارتها نادر يوسف الكوهجي إن الشركات", "نادر يوسف الكوهجي"),
    ],
)
def test_a_person_after_a_profession_an_official_or_a_board_is_discovered(text, person):
    assert ("PERSON", person) in discovered(text)


def test_a_known_city_after_a_city_noun_stands_inside_the_role():
    text = "كما قال النائب عن مدينة تبريز محمد رضا أحمدي زاده، خلال الجلسة"
    tokens = tokenize(text)
    known = {i: "LOC" for i, token in enumerate(tokens) if token.raw == "تبريز"}
    names = [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, known)]
    assert names == ["محمد رضا أحمدي زاده"]


def test_a_known_name_in_a_long_role_counts_as_one_word():
    text = "وقالت النائبة عن حزب المساواة وديمقراطية الشعوب (ديم) عن ولاية ديار بكر، شيرين أوزتورك، إن"
    tokens = tokenize(text)
    known = {i: "LOC" for i, token in enumerate(tokens) if token.raw in ("ديار", "بكر")}
    names = [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, known) if d.kind == "PERSON"]
    assert names == ["شيرين أوزتورك"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول أمني رفيع إن الهجوم أسفر عن مقتل خمسة",  # adjectives describe the official
        "وأكد مسؤول عسكري إسرائيلي كبير أن الجيش سيواصل عملياته",
        "وقال ناشط سياسي بارز إن الانتخابات مزورة",
        "وقال مسؤول في الوزارة، طلب عدم الكشف عن اسمه، إن",  # no name after the comma
        "وقال المحامي إن موكله بريء",
    ],
)
def test_an_official_described_but_not_named_is_no_person(text):
    assert [kind for kind, _ in discovered(text)] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("بناءً على توصيات اللجنة العليا لتحقيق الجنسية الكويتية، ليتجاوز", "اللجنة العليا لتحقيق الجنسية الكويتية"),
        ("وترى الباحثة في المرصد اللبناني للهجرة واللجوء كارلا جوزيف نخلة أن", "المرصد اللبناني للهجرة واللجوء"),
        ("وقالت الهيئة الوطنية للانتخابات إن", "الهيئة الوطنية للانتخابات"),
        ("ويرى الباحث في معهد الكرمل لدراسات السياسات رامي عبد الفتاح حمايل أن", "معهد الكرمل لدراسات السياسات"),
        ("وقال جهاز الضرائب العماني إن الضريبة", "جهاز الضرائب العماني"),
        (
            "ويقول أستاذ القانون في كلية القانون الكويتية العالمية مشاري حمد الرشيدي إن",
            "كلية القانون الكويتية العالمية",
        ),
    ],
)
def test_a_body_named_by_what_it_is_and_does_is_one_organisation(text, body):
    assert ("ORG", body) in [(kind, name.removeprefix("ب")) for kind, name in discovered(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الجيش إن بنك الأهداف العسكرية لم ينفد بعد",  # common heads need a nationality adjective
        "وأعلنت غرفة العمليات المشتركة بدء الهجوم",
        "في صندوق الاقتراع المركزي",
        "وطالبت لجنة التحقيق الدولية بالوصول إلى المواقع",
        "وأعلنت اللجنة العليا أن",  # a definite body without what it does is a description
        "وتعتزم شركة لتكرير النفط بناء مصفاة",
        "وقال العاملون في حقل الإعلام إن",  # a field of work, not an oil field
    ],
)
def test_a_head_noun_used_as_a_common_noun_names_no_body(text):
    assert discovered(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('وأفادت صحيفة "هآرتس" بأن', ("ORG", "هآرتس")),
        ('بالشراكة مع "كوسموس إنرجي" الأمريكية والشركتين', ("ORG", "كوسموس إنرجي")),
        ('عبر قاعدة "تركسوم" بمقديشو', ("LOC", 'قاعدة "تركسوم')),
        ("هجمات المسيرات على حقل خورمور للغاز", ("LOC", "حقل خورمور")),
    ],
)
def test_a_quoted_name_after_its_noun_or_before_a_nationality_is_discovered(text, found):
    assert found in discovered(text)


@pytest.mark.parametrize(
    "text",
    [
        'وقال إن "الحل" الأمريكي لن ينجح',  # a quoted word with the article is a quote, not a company
        'ووصف الوضع بأنه "كارثي"، مضيفاً',
        "وسقط صاروخ في حقل ألغام قرب الحدود",
    ],
)
def test_a_quoted_word_that_names_nothing_is_no_organisation(text):
    assert discovered(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('وقال الفلاح عبد الستار المسعودي لـ"العربي الجديد" إنه', "عبد الستار المسعودي", id="trade"),
        pytest.param("للإفراج عن المواطن النمساوي كريستيان فيبر، الذي", "كريستيان فيبر", id="citizen"),
        pytest.param("وقال عبد الله مطاوع، وهو صاحب أرض زراعية في المنطقة، إن", "عبد الله مطاوع", id="he-is-owner"),
        pytest.param("ويقول عيسى آدم محمد، وهو مزارع فرّ من", "عيسى آدم محمد", id="he-is-trade"),
        pytest.param(
            "وقال الأستاذ في الجامعة الدكتور فراس عبد الأمير الحلفي إن", "فراس عبد الأمير الحلفي", id="abd-title"
        ),
        pytest.param("وأوضحت مديرة تجربة العملاء في الشركة مريم الحمادي أن", "مريم الحمادي", id="construct-role"),
        pytest.param("وقال رئيس مجلس مفوضي الهيئة موسى المعايطة، في مؤتمر", "موسى المعايطة", id="construct-plural"),
        pytest.param(
            "وقال المحلل المتخصص في أسواق الطاقة عبد الرحمن المهندي إن", "عبد الرحمن المهندي", id="prep-construct"
        ),
        pytest.param("وقالت وزيرة الخارجية النمساوية بياته ماينل-رايزينغر إن", "بياته ماينل-رايزينغر", id="hyphen"),
        pytest.param("بحسب كريم بلقاسمي، أستاذ العلاقات الدولية، فإن", "كريم بلقاسمي", id="according-to"),
    ],
)
def test_a_person_named_by_trade_apposition_or_a_long_role_is_discovered(text, name):
    assert ("PERSON", name) in discovered(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("ووصل محمد علي، مستشار الرئيس، إلى بغداد", "محمد علي", id="and-verb"),
        pytest.param("وصل محمد علي، مستشار الرئيس، إلى بغداد", "محمد علي", id="news-verb"),
    ],
)
def test_a_sentence_opening_verb_is_no_part_of_the_name_before_a_role(text, person):
    assert discovered(text) == [("PERSON", person)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("السيسي يستقبل وزير الاستثمار الإماراتي لبحث فرص التعاون", id="purpose-phrase"),
        pytest.param("وحذر من تأخر التعويضات، مطالباً محافظ مطروح بالتدخل.", id="clitic-family-name"),
        pytest.param("في شركة رواحل المشاعر لخدمات الحجاج وغيرها", id="purpose-after-body"),
        pytest.param("وقال المواطن إن الأسعار ارتفعت", id="citizen-unnamed"),
        pytest.param("وقال الشاب، وهو يبتسم، إن", id="he-is-verb"),
    ],
)
def test_no_person_is_made_of_a_phrase_a_verb_or_a_clitic(text):
    assert [kind for kind, _ in discovered(text)].count("PERSON") == 0


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("معبر زوج بغال الرابط بين مدينة وجدة وبلدة مغنية الجزائرية خالياً", ["مغنية"]),
        ("وهو منتخب محلي ببلدة بني درار، إن الأسر", ["بني درار"]),
        ("عند مدخل الكهف في قضاء دوكان التابع لمحافظة السليمانية", ["دوكان"]),
        ("مشاريع للهيدروجين الأخضر في ولاية محوت المجاورة.", ["محوت"]),
        ("اندلعت اشتباكات في حي المقوس شرق السويداء", ["المقوس"]),
        ("سرعان ما امتدت إلى بلدتي المزرعة وولغا، وأسفرت عن مقتل", ["المزرعة", "ولغا"]),
        ("يقول المزارع من بلدة الخالدية إن الآبار جفت", ["الخالدية"]),
        ("عند بلدة أوفاكوي في شرناق", ["أوفاكوي"]),
        ("أمام مبنى البلدية في حي سراج خانة، فيما دعا", ["سراج خانة"]),
    ],
)
def test_a_place_named_after_a_settlement_noun_is_discovered(text, places):
    tokens = tokenize(text)
    found = [d for d in discover(tokens, {}) if d.kind == "LOC"]
    names = [text[tokens[d.first].start + d.conjunction : tokens[d.last].end] for d in found]
    assert [name for name in names if not name.startswith("معبر")] == places


@pytest.mark.parametrize(
    "text",
    [
        "وهي آخر مدينة كبرى في البلاد خارج سيطرتها",
        "أعلنت فوز الرئيس بولاية ثانية في الانتخابات",
        "تقع القرية في منطقة عازلة قرب الحدود",
        "وصلوا إلى بلدة صغيرة على الساحل",
        "انتشرت القوات في منطقة الحدود مع سوريا",
        "يعيش في حي سكني جديد",
        "ذهب لقضاء عطلة في الجبل",
        "تحولت إلى مدينة تشهد اشتباكات يومية",
        "وصلوا إلى مدن ومناطق عدة",
        "وسيطرت على المدينة القديمة",
    ],
)
def test_a_settlement_noun_followed_by_an_ordinary_word_names_no_place(text):
    assert [name for kind, name in discovered(text) if kind == "LOC"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("سيرفع قدرة محطة تهدارت الحرارية قرب طنجة", "محطة تهدارت الحرارية"),
        ("في مراسم أقيمت عند مدخل كهف جاسنة في قضاء", "كهف جاسنة"),
        ("مضيفة أنها زارته في سجن المرناقية ووجدته", "سجن المرناقية"),
        ("تظاهر أنصار المعارضة في شارع الحبيب بورقيبة وسط العاصمة", "شارع الحبيب بورقيبة"),
        ("كما شهد ميناء السدرة ومرفأ لانوف توقفاً", "ومرفأ لانوف"),
    ],
)
def test_a_place_named_on_a_plain_facility_noun_is_discovered(text, place):
    assert ("LOC", place) in discovered(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتعمل محطة تحلية المياه بكامل طاقتها",
        "بناء محطة كهرباء جديدة في الجنوب",
        "نقل الأسرى إلى سجن الاحتلال في النقب",
        "عاد الجنود إلى ساحة المعركة",
        "تضرر كهف صغير في الجبل",
    ],
)
def test_a_plain_facility_noun_before_an_ordinary_word_names_no_place(text):
    assert [name for kind, name in discovered(text) if kind == "LOC"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المتحدث باسمها باسم العوادي إن العراق يأمل", "باسم العوادي"),
        ("وقال قائممقام قضاء دوكان، هيرش كريم، لشبكة", "هيرش كريم"),
        ("وبحث الوزير مع نظيره التركي عبد القادر أورال أوغلو في أنقرة", "عبد القادر أورال أوغلو"),
        ("بحضور وزيري النقل القطري جاسم بن سيف السليطي والطاقة", "جاسم بن سيف السليطي"),
        ("يقول المقاول المحلي فاضل عبد الحسن الكعبي إن سكان", "فاضل عبد الحسن الكعبي"),
        ("ويروي العامل النيبالي رام بهادور تامانغ، الذي عمل", "رام بهادور تامانغ"),
        ("يقول المزارع خالد العموش من بلدة الخالدية إن", "خالد العموش"),
        ('وقال مدير الشحن في شركة "بحر العرب لوساطة التأمين"، مارك هولدن، إن', "مارك هولدن"),
        ("طالب عضو المجلس عن الدائرة، سالم الفيتوري العبيدي، بفتح تحقيق", "سالم الفيتوري العبيدي"),
        ("ما أكده وزير الداخلية محمد أحمد ولد محمد الأمين، الذي أعلن", "محمد أحمد ولد محمد الأمين"),
        ("وقال المرشح العياشي زمال، المسجون منذ", "العياشي زمال"),
        ("ويقول عبد القادر المزوري، وهو منتخب محلي", "عبد القادر المزوري"),
        ("بعد أيام من مغادرة نظمي النصر منصب الرئيس التنفيذي", "نظمي النصر"),
        ("وتعيين أيمن المديفر رئيساً تنفيذياً مكلفاً.", "أيمن المديفر"),
    ],
)
def test_a_person_introduced_by_more_roles_trades_and_offices_is_discovered(text, name):
    assert ("PERSON", name) in discovered(text)


@pytest.mark.parametrize(
    "text",
    [
        "وطالب النائب الحكومة بتقديم إحاطة عن الاتفاق",
        "وقالت مديرة تجربة العملاء في الشركة إن",
        "وتعيين الوزير الجديد رئيساً للجنة",
        "بعد مغادرة القوات منصب المراقبة",
        "وأكد الأمين العام للجامعة العربية أن",
    ],
)
def test_words_around_a_role_or_an_office_are_no_person(text):
    assert [name for kind, name in discovered(text) if kind == "PERSON"] == []


def _org_names(text):
    tokens = tokenize(text)
    return [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, {}) if d.kind == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("توقيع مذكرة تفاهم بين شركة دلمون للأنظمة الذكية وشركات أمريكية", "شركة دلمون للأنظمة الذكية"),
        ("رغم إبداء البنك وصندوق أوبك للتنمية الدولية اهتمامهما", "وصندوق أوبك للتنمية الدولية"),
        ("وعمال شركة فولاد مباركة للصلب وقفات احتجاجية", "شركة فولاد مباركة للصلب"),
        ("وقال كبير الاقتصاديين في شركة أوراسيا للوساطة المالية، جنكيز أكتاش", "شركة أوراسيا للوساطة المالية"),
        ("احتجزت السلطات رئيس بلدية إسطنبول الكبرى أكرم إمام أوغلو", "بلدية إسطنبول الكبرى"),
        ("أكدت المديرة العامة للمكتب الوطني للهيدروكربورات والمعادن، أن", "للمكتب الوطني للهيدروكربورات والمعادن"),
        ("وقال أستاذ العلوم السياسية بجامعة نواكشوط العصرية، أحمدو", "بجامعة نواكشوط العصرية"),
    ],
)
def test_a_company_fund_office_or_council_named_with_its_purpose_or_adjective_is_discovered(text, name):
    assert name in _org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت شركة تابعة للحكومة عن خطتها",
        "وأسس صندوق سيادي للاستثمار في الخارج",
        "وقال رئيس بلدية عرسال إن البلدة",
        "تحت سيطرة شركة الجنيد المرتبطة بعائلة قائد الدعم",
    ],
)
def test_an_adjective_or_a_description_after_a_company_or_council_is_no_name(text):
    assert _org_names(text) == []


def test_kama_is_no_part_of_the_name_after_it():
    # `محمد` is a given name: it says where the name starts, after `كما`.
    assert [name for kind, name in discovered("كما محمد علي، مستشار الرئيس") if kind == "PERSON"] == ["محمد علي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('وقال النائب خليفة الزوبي، لـ"المرصد"، إن المشكلة ليست في الأموال', "المرصد"),
        ('وقال المدير في تصريح لـ"الإذاعة الجزائرية" إن الشركة ستواصل', "الإذاعة الجزائرية"),
        ("وقالت الباحثة لـ«الشرق الأوسط» إن الملف معقد", "الشرق الأوسط"),  # the paper, not the region
        ('وقال الناقد لـ"الصباح نيوز" إن "المهرجان يحتاج إلى مراجعة"', "الصباح نيوز"),
    ],
)
def test_a_quoted_name_someone_speaks_to_is_an_outlet(text, name):
    assert organisations(text, known=("الشرق", "الأوسط")) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'وهذا بديل لـ"التطبيع" كما يراه',  # no one speaks: a quoted word
        'وقال لـ"الشرق الأوسط" الجديد مكان',  # no `إن` after it, no interview before it
        'ووجه رسالة لـ"الإخوة في الحركة" إن أرادوا',  # a quoted phrase, not a name
    ],
)
def test_a_quoted_word_after_the_bare_preposition_without_speech_is_no_outlet(text):
    assert organisations(text) == []


@pytest.mark.parametrize(
    "text",
    ["وقال رئيس أركان", "فوز الرئيس قيس سعيّد بولاية", "وأعلن المكتب الجهوي"],
)
def test_a_text_that_ends_where_a_rule_looks_one_word_further_is_read_without_error(text):
    assert discover(tokenize(text), {}) is not None


def test_discovery_reads_every_seed_line_cut_after_any_word():
    """A rule that looks past the last word would fail the import of a story that ends there."""
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    for line in (line for seed in seeds for line in seed.read_text(encoding="utf-8").splitlines()):
        tokens = tokenize(line)
        for cut in range(1, len(tokens) + 1):
            discover(tokens[:cut], {})
