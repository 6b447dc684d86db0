"""What more than one kind of name is found by: the word lists, the tests on tokens and the name spans
that the rules for people, organisations and places share."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from articles.parsing.arabic import clitic_stems, normalize, strip_diacritics, written_forms
from articles.parsing.given_names import COMPOUND_FIRST_HALVES, EVERYDAY_NAMES, GIVEN_NAMES, WESTERN_GIVEN_NAMES
from articles.parsing.words import Token


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in words.split())


# Words that head a role phrase: the person's name follows the phrase, or precedes it after a comma.
TITLES = _keys(
    """
    وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة نائب نائبة النائب النائبة
    متحدث المتحدث متحدثة المتحدثة ناطق الناطق ناطقة الناطقة سفير السفير سفيرة السفيرة
    مبعوث المبعوث مبعوثة المبعوثة المندوب مندوب المندوبة ممثل الممثل ممثلة الممثلة
    الأمين أمين قائد القائد قائدة آمر مدير المدير مديرة المديرة مستشار المستشار مستشارة المستشارة
    مساعد المساعد مساعدة كبير كبيرة زعيم الزعيم زعيمة عضو العضو عضوة منسق المنسق منسقة
    محافظ المحافظ حاكم الحاكم والي قاضي القاضي المدعي المفوض مفوض المفوضة
    الباحث باحث الباحثة باحثة المحلل محلل المحللة الخبير خبير الخبيرة خبيرة الأستاذ أستاذ الأستاذة أستاذة
    الكاتب الكاتبة الصحفي الصحافي الصحفية المراسل مراسل القيادي قيادي القيادية عميد رئيس
    الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان ولي المرشد البابا الإمام المفتي
    نظير نظيرة قائممقام قائمقام القائممقام القائمقام وزيري المرشح المرشحة مرشح مرشحة
    المحامي المحامية محامي محامية الناشط الناشطة ناشط ناشطة الحقوقي الحقوقية الطبيب الطبيبة
    مسؤول المسؤول مسؤولة المسؤولة الإعلامي الإعلامية الأكاديمي الأكاديمية المؤرخ الداعية
    نقيب نقيبة
    """
)  # not `العام` (of `النائب العام`): alone it is "the year" or "public" (`الأمن العام`, `العام الماضي،`)
# نقيب in construct heads a syndicate (`نقيب الصيادلة في لبنان جو سلوم`); النقيب is a rank.
# A ministry's undersecretary, a minister's deputy in the Gulf, Egypt and Yemen: `وكيل وزارة حقوق الإنسان
# اليمنية يحيى كزمان`, `وكيل الأمين العام للشؤون الإنسانية توم فليتشر`, `، وكيل وزارة الصحة بسوهاج،`.
TITLES = TITLES | _keys("وكيل وكيلة الوكيل الوكيلة")
# Round 14: the feminine of titles the list had in the masculine only (`وشكرت مفوضة حقوق الإنسان في روسيا
# تاتيانا موسكالكوفا`, `قرار أصدرته القاضية نادين الخوري`). In the 44 tuning sets' texts the 4 are all
# roles. Not المساعدة ("the aid"), الحاكمة ("ruling"), محافظة ("governorate"): words first.
TITLES = TITLES | _keys("مفوضة القاضية قاضية المدعية عميدة العميدة الزعيمة القائدة")
# Ordinary people whom news quotes by trade or standing: `وقال الفلاح عبد الستار المسعودي`,
# `المواطن النمساوي كريستيان فيبر`, `وحصلت التلميذة ليندة أوعلي،`, `ويرجع البحار عادل بن عمر،`. They
# introduce a name as a title does. Not الوسيط, a state's mediator as often, whom a verb and its object
# follow (`الوسيط القطري نقل الرسالة`).
OCCUPATIONS = _keys(
    """
    المقاول العامل العاملة البائع البائعة الممرض الممرضة الحرفي
    الفلاح الفلاحة المزارع المزارعة الصياد التاجر التاجرة المواطن المواطنة اللاجئ اللاجئة
    النازح النازحة السائق المعلم المعلمة الموظف الموظفة الطالب الطالبة المهاجر المهاجرة
    الصيدلاني الصيدلانية البائع البائعة
    المدرب المدربة اللاعب اللاعبة المهاجم المدافع الحارس العداء العداءة الملاكم
    البديل الحكم الهداف الظهير المصارع الرباع السباح المشجع المشجعة المناصر المناصرة الناخب
    مهاجمه مهاجمها مدربه مدربها حارسه حارسها لاعبه لاعبها مدافعه مدافعها هدافه هدافها
    المخرج المخرجة الفنان الفنانة المطرب المطربة المغني المغنية الشاعر الشاعرة الروائي الروائية
    الرسام الرسامة المصور المصورة الشاب الشابة الطفل الطفلة الفتى الفتاة الأسير الأسيرة
    المسعف المسعفة المتطوع المتطوعة الصراف الميكانيكي الجراح المنتج المنتجة
    القبطان الربان
    التلميذ التلميذة البحار
    """
) | _keys("بائع بائعة سائق مدرب مدربة")  # in construct, as a title: `بائع الموز آدم عثمان`, `مدرب الوحدات عماد الخطيب`
# Round 14: "breeder of" in construct, a trade of the countryside news quotes: `قال مربي الجاموس جبار عويد
# الفرطوسي`, `مربي الماشية`. In the 44 tuning sets' texts, of its 5, one introduces a name and none is read
# as one otherwise (`جمعية مربي الجاموس` is a body's).
# A body of them keeps the word in its name: `جمعية مربي الجاموس في الجبايش` (organisations.py).
BREEDERS = _keys("مربي مربية")
OCCUPATIONS = OCCUPATIONS | BREEDERS
# Culture pages name artists and writers by their art (`الناقد الأردني فخري صالح`, `الملحن العراقي نصير
# شمة`, `عازف العود`, `الأديب الراحل نجيب محفوظ`, `تكريم الراحل فريد بوغدير`), local news its people by
# their office or standing (`عمدة باسكنو`, `وقالت المستفيدة حصة العنزي`, `أما الزائر الكويتي بدر المطيري`).
_ARTS_AND_STANDING = _keys(
    """
    الناقد الناقدة الملحن الملحنة الموسيقار المايسترو الناشر الناشرة الأديب الأديبة القاص القاصة
    المترجم المترجمة النحات النحاتة المؤلف المؤلفة المذيع المذيعة عازف عازفة العازف العازفة
    الراحل الراحلة عمدة العمدة المستفيد المستفيدة الزائر الزائرة المقيم المقيمة
    """
)
OCCUPATIONS = OCCUPATIONS | _ARTS_AND_STANDING | _keys("مؤسس المؤسس")  # `محمد العبار، مؤسس شركة إعمار`
# Clergy, thinkers, soldiers and investors, whom news names by what they are (`المطران نجيب ميخائيل موسى`,
# `المفكر اللبناني رضوان السيد`, `للمستعرب الإسباني لويس ميغيل كانييادا`, `أما المستثمرة نوال القحطاني،`).
# Nouns only: not الدبلوماسي or الشرطي, adjectives as often (`العمل الدبلوماسي`), nor المعتقل, a prison too;
# not المستثمر, the investor in general (`تضمن للمستثمر تحويل أرباحه`), where the woman is one.
_CLERGY_THINKERS_AND_SOLDIERS = _keys(
    """
    المطران الأسقف القس القسيس البطريرك الكاردينال الحاخام المفكر المفكرة الفيلسوف المستعرب المستشرق
    الجندي الجندية الضابط المقاتل المقاتلة السجين السجينة المستثمرة المتقاعد المتقاعدة
    المتنبئ المتهم المتهمة
    """
)
OCCUPATIONS = OCCUPATIONS | _CLERGY_THINKERS_AND_SOLDIERS
TITLES = TITLES | OCCUPATIONS
# Ranks and honorifics: written right before the name, or between the role and the name.
RANKS = _keys(
    """
    الفريق اللواء العميد العقيد المقدم الرائد النقيب الملازم الجنرال المشير الأدميرال
    الدكتور الدكتورة د السيد السيدة الأستاذ المهندس المهندسة الحاج الشيخ المستشار القاضي العم
    البروفيسور البروفسور البروفيسورة
    """
)
# Role nouns that are given names too: `القيادي أركان العلياوي`, but `رئيس أركان الجيش`. Any other
# role noun (`وزراء`, `بجامعة`) is never part of a name.
_ALSO_GIVEN_NAMES = _keys("أركان")
# A role noun in construct: `وزير خارجية إيران`, `رئيس أركان الجيش`, `مساعد وزير الخارجية`.
ROLE_NOUNS = _keys(
    """
    خارجية دفاع داخلية مالية عدل إعلام أركان شؤون هيئة جهاز مكتب قوات جيش حكومة وزارة مجلس
    لجنة كتلة حزب حركة جماعة مركز معهد جامعة بعثة وفد قسم دائرة سلطة إدارة منظمة رئاسة مديرية
    بلدية فرع ولاية كلية علوم علاقات مصرف هيئة وزراء ملف مدينة منطقة محافظة دائرة قضاء ناحية بلدة قرية
    """
)
# After these, the role goes on with a place or body: `باسم الجيش`, `لدى العراق`, `في المجلس`.
ROLE_PREPOSITIONS = _keys("باسم لدى في عن إلى بـ لشؤون من")
_PARTICLES_WITH_PRONOUN = _keys(
    "به بها بهم بنا له لها لهم لنا لكم فيه فيها فيهم فينا منه منها منا عنه عنها عنا عليه عليها علينا"
)
# Words that are never part of a name: particles, pronouns, time words, verbs that report speech.
STOP = _keys(
    """
    في من إلى الى عن مع أن إن أنه إنه أنها إنها بأن لأن كان كانت قد لقد لا لم لن ما ماذا هل
    هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين كما حيث بعد قبل خلال عبر حول بين منذ
    حتى أو ثم لكن غير دون ضد أمام وفق وفقا بشأن لدى عند عقب إثر نحو فيما بينما إذ إذا لو
    هو هي هم هن نحن أنا أنت بينهم بينها منهم منها عليه عليها له لها وهو وهي
    يوم أمس اليوم غدا صباح مساء ليلة الأحد الاثنين الثلاثاء الأربعاء
    الخميس الجمعة السبت قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن أضاف أضافت
    أشار أشارت يشير أوضح أوضحت كشف كشفت ذكر ذكرت صرح صرحت لفت شدد شددت دعا دعت اعتبر اعتبرت
    رأى رأت يرى ترى أعرب أعربت نفى نفت حذر حذرت طالب طالبت أبلغ اتهم اتهمت انتقد رحب رحبت
    وصف وصفت أبدى أفاد أفادت بحث التقى استقبل زار أكدا قالا أعلنا يعتبر يضيف تابع وتابع أوضحا
    لقاء اجتماع بيان تصريح تصريحات مؤتمر كلمة مقابلة حديث اتصال رسالة جلسة زيارة أيضا كذلك
    جديد سابق السابق الحالي الأسبق المقبل الماضي الأول الثاني وسط بسبب جراء رغم ضمن بفعل لصالح
    عدم طلب رفض فضل مفضلا مشترطا طالبا جديدة سابقة
    """
)
# "Every" and "against" (a score: `بهدفين مقابل هدف`) are no person's words: `تغيير الفريق كل عام`.
# A quoted company's may be (`شركة "زرين كل"`): not a STOP word.
_NO_PERSON_WORDS = _keys("كل مقابل أحد إحدى تحت فوق أكثر أقل")  # and "one of": `المعلمة في إحدى مدارس الوكالة، سهى`
# "Some" is a quantifier, and `رعاه`, `حفظه` ("may God protect him") a blessing after a ruler's title:
# `انتقد النائب حميد رسائي بعض التعيينات`, `حاكم دبي رعاه الله،`. Neither is a name's word.
_NO_PERSON_WORDS = _NO_PERSON_WORDS | _keys("بعض رعاه حفظه")
# Round 14: the other determiners and quantifiers, "any", "all", "most", "several": `ولم يصدر عن العداءة
# أي تعليق علني`. In the 44 tuning sets' texts they stand 260 times (أي 156), no word of their 3,682 gold
# people's names is one. Not `أية`, the given name `آية` once folded.
_NO_PERSON_WORDS = _NO_PERSON_WORDS | _keys("أي جميع معظم كافة عدة بضع بضعة غالبية سائر")
# Counts and "other(s)" say how many or which of a group, never who: `إلى جانب الرئيس السابق، ثلاثة
# مستشارين جماعيين`, `بمساعدة معلمين آخرين`. No word of the 2,373 people in the tuning sets' gold is one.
# Behind و only: ف and `آخر` make the given name `فاخر`.
_COUNTS = _keys(
    """
    اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات
    آخر آخرين آخرون أخرى أخريات
    """
)
# "Under", "above": `بمدينة مكناس، تحت شعار "الماء والفلاحة"` after a role that a comma ended.
# "More", "less" are a comparison, no name: `والدرك الملكي اعترضت أكثر من 300 شخص`.
# Conjunctions of time and manner open a clause, never a name: `قال المتحدث حين سئل`; so do questions
# asked indirectly: `سنستضيف مدير الشركة لنعرف أين تذهب الأحمال`.
_CLAUSE_OPENERS = _keys("حين حينما عندما لما كلما طالما ريثما بعدما قبلما مثلما كيفما أينما حيثما أما بينما")
_CLAUSE_OPENERS = _CLAUSE_OPENERS | _keys("أين كيف متى لماذا")
STOP = STOP | _CLAUSE_OPENERS
# Verbs a news sentence opens on before its subject: `وصل محمد علي، مستشار الرئيس، إلى`.
_NEWS_VERBS = _keys(
    """
    وصل غادر توجه شارك حضر ترأس عاد تلقى ناقش استعرض أشاد ثمن هنأ بعث تسلم أصدر أطلق افتتح دشن
    تعهد جدد وقع أجرى وصلت غادرت شاركت حضرت ترأست تلقت
    """
)
# Winning names its winner before the prize or the office: `فاز عقيل مفتن برئاسة اللجنة الأولمبية`,
# `فاز سرمد عبد الإله بمنصب الأمين العام`. In the 38 tuning sets' texts the 4 given names after it are
# people's; teams and companies won the others (`فاز السلط على`, `فازت "سينوبك"`).
_NEWS_VERBS = _NEWS_VERBS | _keys("فاز فازت")
STOP = STOP | _NEWS_VERBS
# Verbs of becoming and staying open a predicate, never a name: `المعلم أصبح يعمل أكثر`, `العمالة
# التي باتت تفضل العمل`.
_BECOMING = _keys("أصبح أصبحت بات باتت صار صارت ظل ظلت أضحى أضحت أمسى أمست بقي بقيت يزال تزال مازال مازالت")
STOP = STOP | _BECOMING
# "But he": a conjunction with its pronoun opens a clause after a quote and a comma, never a name:
# `بدل إيجار للعائلات النازحة"، لكنه أقر بأن`.
STOP = STOP | _keys("لكنه لكنها لكنهم لكنهما")
# "Who is called" introduces a name and is none of it: `فإن المتهم الرئيسي، ويدعى خالد م.`.
STOP = STOP | _keys("يدعى تدعى")
_PARTICLES = ROLE_PREPOSITIONS | STOP  # `باسمها`: one of these with a pronoun is no name
# Name words that bind to the next word, which may then carry ال: `عبد المجيد`, `أبو باقر`, `بن علي`.
# أغ (Tuareg), آيت (Amazigh), ود (Sudan: `عبد الباقي ود الأمين`): "son of", "of the".
CONNECTORS = _keys("عبد أبو أبي أم بن ابن بنت آل ولد ود أغ أيت آيت")
# The definite second half of a compound name: `نصر الدين`, `عبد الله`, `سيف الإسلام`.
_NAME_SECOND_HALVES = _keys("الدين الله الإسلام الرحمن الهدى")  # and `نور الهدى`
# First names that carry the article: `البشير`, `الطاهر`, `الصادق` (Maghreb, Sudan).
_DEFINITE_FIRST_NAMES = _keys(
    """
    البشير الطاهر الصادق الحبيب الهادي المهدي الطيب المختار المنصف الباجي الباشا العياشي المولدي الصحبي المنجي
    الحسين الحسن الصديق السعيد
    """
)  # السعيد: `قال الحاج السعيد بوخالفة،`
# Round 13: Algeria's and Mauritania's, names only (`الأستاذة السالكة بنت محمد الأمين،`, `بيرام الداه
# اعبيد`): in the 41 tuning sets' texts all 6 are people's.
_DEFINITE_FIRST_NAMES = _DEFINITE_FIRST_NAMES | _keys(
    "الجيلالي الميلود التيجاني السالك السالكة الناها الداه التراد النانة"
)
# Title words that are family names too: `محمد أحمد ولد محمد الأمين،`, `وزير النقل كامل الوزير قد أعلن`.
_TITLE_FAMILY_NAMES = _keys("الأمين الوزير النقيب الصياد التاجر القاضي الشيخ الإمام المفتي الشاعر الكاتب المهندس")
# After a family name in ال, these end the name as a comma does: `خالد العموش من بلدة`, `الصديق الصور
# قد أعلن`, and so does a verb of speech: `حسن فرحان الخلايلة يرى أن`.
_NAME_END_PARTICLES = _keys("من في على عن مع قد إلى ل خلال بعد قبل أمام منذ عبر لدى حول")
# After a name, these open what the person said: `فرج الزروق إن`, `حازم السيد أن`.
_SAID_THAT = _keys("إن أن بأن إنه أنه إنها أنها")
# Verbs and openers after which a sentence names its speaker: `أكد توماس إيريك، كبير…`.
OPENERS = _keys(
    """
    قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أشار أشارت أوضح أوضحت كشف كشفت ذكر ذكرت صرح صرحت
    لفت شدد شددت دعا دعت اعتبر اعتبرت رأى رأت يرى ترى أعرب أعربت نفى نفت حذر حذرت طالب طالبت
    يقول تقول يؤكد تؤكد يشير تشير ألمح ألمحت أبلغ أبلغت وصف وصفت أفاد أفادت
    يروي تروي روى روت يتحدث تتحدث تحدث تحدثت
    """
) | _keys("بحسب حسب وفق وفقا طبقا")  # "according to": `بحسب توماس إيريك، كبير الباحثين` names its source
# Criticism and complaint name their speaker as speech does: `انتقد جاويد أختر، سائق توصيل`.
OPENERS = OPENERS | _keys("انتقد انتقدت اشتكى اشتكت")
# `كما` ("also") was one: it opens a verb (`كما أكد …`), never a name.
OPENERS = OPENERS | _NEWS_VERBS
# Nouns that head an organisation's name: `وكالة الاستخبارات…`, `وزارة الخارجية العراقية`.
ORG_HEADS = _keys(
    """
    وزارة وكالة منظمة حزب جماعة جبهة هيئة كتائب سرايا ألوية فيلق مجلس ائتلاف اتحاد جامعة شركة
    مؤسسة صحيفة قناة غرفة رابطة نقابة جمعية مفوضية صندوق بنك مصرف تحالف كلية جهاز لجنة حركة بلدية
    مديرية إدارة قوات سلاح مجموعة ديوان سفارة قنصلية نيابة تنسيقية مكتب
    """
)  # `نيابة الأموال العامة`; `نيابة عن الرئيس` (on his behalf) has no definite word after it
# A division named by its number: `الفرقة الرابعة` (Syria's), `الفرقة السابعة`. `الفرقة` alone is
# any troupe or team.
_DIVISIONS = _keys("الفرقة")


# Institutes named `مركز X للدراسات`: the place or word X inside is part of the name.
INSTITUTES = _keys("مركز معهد مؤسسة منتدى مرصد تعاونية")  # `تعاونية تيفاوين لإنتاج زيت الأركان`
# State bodies that a nationality adjective turns into one institution: `البرلمان التركي`,
# `القوات المسلحة الأردنية`, `المخابرات العامة المصرية`. `الحكومة السودانية` stays a description.
STATE_BODIES = _keys("الجيش البرلمان القوات المخابرات الاستخبارات الهلال الصليب مجلس المحكمة البنك المصرف")
# Bodies named by what they are and what they do: `اللجنة العليا لتحقيق الجنسية`, `المرصد اللبناني
# للهجرة واللجوء`, `الهيئة الوطنية للانتخابات`. Without the purpose (`اللجنة العليا`) it is a description.
DEFINITE_BODIES = _keys(
    """
    المركز المرصد المعهد المنتدى الهيئة اللجنة المجلس المفوضية المؤسسة الشركة الصندوق الجمعية المكتب
    الرابطة النقابة الاتحاد المنظمة الوكالة الجهاز البنك المصرف التنسيقية المندوبية الديوان المديرية
    """
) | _keys("الكونفدرالية الفيدرالية الفدرالية الجامعة الإدارة")
# Inspectorates and coordinating offices (Maghreb, Sahel: `المفتشية العامة للإدارة الترابية`, `المنسقية
# العامة للنازحين واللاجئين`), national troupes and brigades (`الفرقة الوطنية للشرطة القضائية`, `الفرقة
# الوطنية للتمثيل`) and executive units (`الوحدة التنفيذية لإدارة مخيمات النازحين`), named as the others
# are by an adjective and what they do: 7 such phrases in the texts of the 38 tuning sets, all bodies of
# the gold. `الفرقة الرابعة` is a division, `الوحدة الوطنية` unity: organisations.py leaves them.
DEFINITE_BODIES = DEFINITE_BODIES | _keys("المفتشية المنسقية الفرقة الوحدة")
_IN = _keys("في")
# Health centres and clusters named by their town or quarter: `مركز الوكرة الصحي`, `مركز معيذر الصحي`,
# `تجمع جدة الصحي الأول`. `مركز صحي` alone is any.
_HEALTH_HEADS = _keys("مركز تجمع")
# A state's department, named by a definite noun and its adjective or a second noun: `دائرة الفنون
# الموسيقية`, `دائرة الثقافة والسياحة في أبوظبي`, `دائرة الإحصاءات العامة`. One noun alone is a figure of
# speech (`دائرة الخطر`, `دائرة الاستهداف`), an indefinite place an electoral district (`دائرة صفاقس`).
_DEPARTMENTS = _keys("دائرة")
# A publishing house: `دار الندى للنشر`, and after its owner's or director's title `مديرة دار الآداب`.
# `دار الأيتام`, `دار الأوبرا` are houses of a kind or buildings.
_HOUSES = _keys("دار")
_LOCAL_BODY_HEADS = _keys("شرطة نيابة محاكم محكمة مستشفى مجمع المستشفى مدرسة ثانوية إعدادية أكاديمية")
# A municipality or a governorate (`أمانة بغداد`, `إمارة منطقة الرياض`; organisations.py). `الأمانة` is a
# head of its own, as `المستشفى` is, or `شركة "الأمانة للتحويلات"` would be written without its article.
_LOCAL_BODY_HEADS = _LOCAL_BODY_HEADS | _keys("أمانة إمارة الأمانة الإمارة")
_LOCAL_BODY_HEADS = _LOCAL_BODY_HEADS | _keys("نادي النادي")  # `نادي جنين الرياضي`
# Named places built on a facility or landform noun: `مخيم زمزم`, `معبر رفح`, `جزيرة كمران`,
# `سد الروصيرص`, `قصر بعبدا`, `جبال قنديل`, `سهل بيتوين`. The place inside (رفح) is part of that name.
FACILITIES = _keys(
    """
    مخيم معبر جزيرة سد قصر جبل جبال حوض ميناء مطار قاعدة بحيرة واحة حقل منفذ مرفأ محطة مصفاة كهف سجن شارع ساحة ميدان
    حاجز نهر وادي قلعة باب سوق
    نفق طريق حديقة معمل بئر كثبان مول عزبة متحف قاعة منجم
    مسجد دوار نجع معسكر
    شاطئ سهل غابة
    """
)
# What follows a facility noun without naming it: `معبر حدودي`, `مخيم للاجئين`, `قاعدة البيانات`.
_NOT_PLACE_NAMES = _keys(
    """
    صغير صغيرة كبير كبيرة جديد جديدة آخر أخرى واحد واحدة رئيسي رئيسية حدودي عسكري عسكرية بحري
    بحرية جوي جوية بري برية مؤقت مؤقتة ضخم ضخمة مهم مهمة سابق سابقة اللاجئين النازحين البيانات
    الاشتباك الحاويات العدل الرئاسة الحكم للاجئين للنازحين دولي دولية محلي محلية طبيعي طبيعية
    صناعي صناعية تجاري تجارية نفطي نفطية سري سرية أمني أمنية ألغام الألغام غاز نفط التجارب تجارب
    كهرباء وقود قطار قطارات توليد ضخ معالجة طاقة إذاعة تلفزيون رصد تحلية تكرير إنتاج مياه بنزين حافلات
    مترو نووية الاحتلال النساء الرجال الأحداث المعركة الحرب الصراع القتال مدى مؤبد
    طيار ترابي نفسي إسمنتي حديدي حاويات الصيد مهجور مهجورة بلا بدون
    سياحي سياحية تحويل مشترك مشتركة رملي رملية مظلم مظلمة الحيوان الحيوانات المنزل البيت
    """
)
# A facility's kind or state, an indefinite adjective after its noun: `مخيم صيفي` ("a summer camp"),
# `سجن انفرادي` ("solitary confinement"), `مستشفى ميداني`, `مجمع سكني`, `سوق شعبي`, `جسر علوي`. A name after a
# facility's noun may end in ي as well (`معبر أدري`, `مخيم ميتشي`, `سد جيبي`, `ميناء سيمي`: 20 of the 34
# indefinite words in ي after one in the tuning texts), so these are listed, not told by their shape;
# `مدني` is left out, for `مستشفى مدني` is Wad Madani's.
_NOT_PLACE_NAMES = _NOT_PLACE_NAMES | _keys(
    """
    صيفي شتوي ربيعي انفرادي جماعي فردي عشوائي كشفي مركزي ميداني سكني علوي سفلي حكومي إسلامي بحثي شعبي
    تدريبي ثقافي رياضي زراعي إقليمي احتياطي ترفيهي تاريخي أثري ليلي خيري طبي صحي تعليمي إداري نموذجي
    ذكي رقمي رسمي افتراضي مغلق مكتظ مفتوح دائم خاص عام
    """
)
_ORDINALS = _keys("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")
# One-word places for telling a nationality adjective when no gazetteer gives them.
PLACES = _keys(
    """
    العراق سوريا لبنان الأردن فلسطين إسرائيل مصر ليبيا تونس الجزائر المغرب السودان اليمن السعودية
    الإمارات قطر الكويت البحرين عمان إيران تركيا روسيا أمريكا الصين فرنسا بريطانيا ألمانيا
    """
)
_ORG_DESCRIPTIONS = _keys(
    """
    الحاكم الحاكمة المعارض المعارضة الرسمي الرسمية الجديد الجديدة السابق السابقة المرتبطة المرتبط التابعة
    التابع المملوكة المقربة المقرب المحافظة المحافظ المتشددة المتشدد الإصلاحية الإصلاحي
    المسؤولة المسؤول المعنية المعني المكلفة المكلف المختصة المختص الكامل الكاملة
    الأسبوعية الأسبوعي الطارئة الطارئ الاستثنائية الاستثنائي المقبلة المقبل
    المقام المقامة المنعقد المنعقدة الكائن الكائنة الموجود الموجودة
    المؤيد المؤيدة الموالي الموالية المناهض المناهضة الداعم الداعمة المنضوي المنضوية
    """
)  # the weekly and after describe the body's meeting: `جلسة مجلس الوزراء الأسبوعية`; the last where
# it was set up or sits: `مركز الإيواء المقام في نادي جنين`; the stances whom a body backs or opposes, or
# where it belongs (`حزب المساواة وديمقراطية الشعوب المؤيد للأكراد`, `الجامعة الوطنية للسككيين المنضوية
# تحت لواء`): none is inside a gold body's name in the 44 tuning sets, and each of their 7 uses in those
# texts describes the group before it.

PERSON, ORG, LOC = "PERSON", "ORG", "LOC"
_MAX_NAME = 5  # `عبد الله بن سعود العنزي`
_NISBA_MIN = 5  # `السوداني`: ال + at least two letters + ي


@dataclass(frozen=True)
class Discovered:
    kind: str
    first: int  # token indices, inclusive
    last: int
    conjunction: bool = False  # the first word carries a و that is no part of the name (`بلدتي المزرعة وولغا`)
    head: str = ""  # a facility named in a list after a dual or plural: its noun (`معبري أرقين وقسطل` → `معبر`)


class Known(dict[int, str]):
    """The words of the names already known, by index, to their kind; and in `ends`, the last word of
    each known name that another one right after it, opening on a preposition, does not go on:
    `القرن الأفريقي بالخرطوم`, `قصر الدرعية بالرياض` are two places, though their words have one kind.
    Without a preposition two known names may be one (`محطة الرباط أكدال`, `دجلة والفرات`)."""

    def __init__(self, kinds: dict[int, str], ends: Iterable[int] = ()):
        super().__init__(kinds)
        self.ends = frozenset(ends)


_HONORIFICS = _keys("الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الإمام")


def _in(key: str, words: frozenset[str]) -> bool:
    """The word, or the word behind a conjunction (`وقال`, `فأكد`), is one of `words`."""
    return key in words or (key[:1] in ("و", "ف") and key[1:] in words)


def _is_title(token: Token) -> bool:
    # Most words end in no pronoun's last letter: they skip the pronoun's cache.
    if token.key in _TITLE_FORMS:
        return strip_diacritics(token.raw) not in _TO
    if not token.raw.rstrip(_DIACRITIC_CHARS).endswith(_PRONOUN_ENDS):
        return False
    return _with_pronoun(token.raw, TITLES) or _with_pronoun(token.raw, _KIN)


# Kin and neighbours, with a pronoun, introduce a name as a title does: `وأكد جارها رمضان عبد العال`,
# `وقال شقيقه محمد`. Bare, they are other words (`جار` "ongoing", `ابن` of a name).
_KIN = _keys(
    """
    جار جارة زوج زوجة ابن ابنة نجل نجلة شقيق شقيقة أخت والد والدة صديق صديقة زميل زميلة عم عمة خال خالة
    جد جدة حفيد حفيدة رفيق رفيقة
    """
)
# Round 14: a compatriot, in sport and culture news (`ومواطنه جوزيف نغيتيتش`, `محطمة الرقم السابق لمواطنتها
# بريجيد كوسغي`): the 2 with a pronoun in the 44 tuning sets' texts both introduce a name.
_KIN = _KIN | _keys("مواطن مواطنة")


# `وإلى جانب` ("and beside") folds to `والي` (governor): the ى that normalising loses tells them apart.
_TO = frozenset(("وإلى", "والى", "فإلى"))


_PRONOUNS = ("هما", "هم", "ها", "ه")
_PRONOUN_ENDS = tuple({pronoun[-1] for pronoun in _PRONOUNS})
_DIACRITIC_CHARS = "".join(map(chr, range(0x064B, 0x0653))) + "\u0670\u0640"  # as strip_diacritics


@lru_cache(maxsize=1 << 16)
def _with_pronoun(raw: str, words: frozenset[str]) -> bool:
    """One of `words` with a possessive pronoun: `مستشاره` (his adviser), `ممثلها` (its
    representative), `إدارتها` (its board: the feminine ة is written ت before the pronoun).

    Read on the word as written: in a key, the pronoun ه and the feminine ة (`محافظة`) are one letter.
    """
    raw = strip_diacritics(raw)
    stems = [raw[: -len(pronoun)] for pronoun in _PRONOUNS if raw.endswith(pronoun)]
    return any(
        _has_stem_in(normalize(stem), words) or (stem.endswith("ت") and _has_stem_in(normalize(stem[:-1] + "ة"), words))
        for stem in stems
        if len(stem) >= 3
    )


def _org_head(token: Token) -> bool:
    return not token.definite and _has_stem_in(token.key, ORG_HEADS)


_HEADS = ORG_HEADS | INSTITUTES | FACILITIES | STATE_BODIES | DEFINITE_BODIES | _DIVISIONS | _LOCAL_BODY_HEADS
_HEADS = _HEADS | _HEALTH_HEADS | _DEPARTMENTS | _HOUSES  # `لدائرة الفنون الموسيقية` → `دائرة`
# Venues and national teams (places.py, organisations.py) lose their clitics as bodies do: `ومسرح السلام`,
# `للمنتخب الجزائري` → `المنتخب الجزائري`.
_HEADS = _HEADS | _keys("مسرح المسرح فضاء منتخب المنتخب")
# Bodies named bare (organisations.py) keep their article behind a clitic: `للنيابة العامة`, `للدرك الوطني`,
# and so do higher schools: `بالمدرسة الوطنية العليا للري`.
_HEADS = _HEADS | _keys("النيابة الدرك الحرس المدرسة")


@lru_cache(maxsize=1 << 16)
def head_stem(key: str) -> str:
    """The head noun of an organisation's first word, clitics off (`بمركز` → `مركز`)."""
    return next((stem for stem in clitic_stems(key) if stem in _HEADS), key)


def _has_stem_in(key: str, words: frozenset[str]) -> bool:
    # `بوزير`, `للمتحدث`, `والسفيرة`: a title behind any clitic is still a title.
    return key in _written_forms(words)


_written_forms = cache(written_forms)  # one entry per word list of this module
# `كبير الباحثين` is a title in construct; with the article it is the adjective "big": `سوق كسلا الكبير
# يستعيد حركته`, `الجامع الأموي الكبير`.
_TITLE_FORMS = _written_forms(TITLES) - _written_forms(_keys("الكبير الكبيرة"))


def _role_noun(token: Token) -> bool:
    # `رئيس غرفة تجارة بغداد`: a body's head noun inside a role is no name either.
    return _has_stem_in(token.key, ROLE_NOUNS) or _has_stem_in(token.key, ORG_HEADS)


def _construct(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The word at `k` completes a role noun before it: a known name, or a definite noun that is
    not a lone family name ending the phrase (`أركان العلياوي،`)."""
    if k >= len(tokens):
        return False
    token = tokens[k]
    if token.after_break or token.after_comma:
        return False
    if k in taken or _with_pronoun(token.raw, ROLE_NOUNS):
        return True
    ends_phrase = k + 1 >= len(tokens) or tokens[k + 1].after_break or tokens[k + 1].after_comma
    return token.definite and not (_nisba(token) and ends_phrase)


_CLOSERS = str.maketrans("", "", '”»")')


def _tanween(token: Token) -> bool:
    """`قاعدةً`: an indefinite noun, not the head of a name in construct."""
    return token.raw.endswith(("ً", "ٌ", "ٍ", "اً"))


def _filler(token: Token) -> bool:
    """Words inside a role that are no name: adverbs with tanween (`دولياً`), pronoun-suffixed
    particles (`بها`, `لها`)."""
    return token.raw.endswith(("اً", "ًا")) or token.key in _PARTICLES_WITH_PRONOUN


def _phrase_ended(tokens: list[Token], k: int) -> bool:
    """No word at `k` continues the phrase before it: the text ends, or a break or comma comes first."""
    return k >= len(tokens) or tokens[k].after_break or tokens[k].after_comma


# The words of a match report that follow a scorer's or a player's name and are none of it: `أيمن يحيى
# بداعي التسلل`, `غلوري ليكيلو باهومبا التسجيل`, `نظيره العراقي بهدفين مقابل هدف`; and the first words
# of teams' nicknames, which name nobody (`مدرب أسود الرافدين`, `نسور قرطاج`, `محاربو الصحراء`).
_GAME_WORDS = _keys(
    """
    بداعي التسجيل التسلل التعادل الهدف هدف هدفا هدفين بهدف بهدفين أهداف بثلاثية بثنائية بثلاثة مقابل
    ركلة الشوط
    أسود نسور صقور ثعالب محاربو محاربي
    """
)


def _is_name_word(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    token = tokens[k]
    return not (
        k in taken
        or token.key in _GAME_WORDS
        or (_filler(token) and not _family_after_connector(tokens, k))
        or (token.key.endswith("ها") and _in(token.key[:-2], _PARTICLES))  # `باسمها`
        or (_role_noun(token) and not (_role_noun_as_name(tokens, k) and not _construct(tokens, k + 1, taken)))
        or (
            _in(token.key, STOP)
            and not (_given_after_connector(tokens, k) or _father_between(tokens, k) or _dutch_van(tokens, k))
        )
        or _in(token.key, _NO_PERSON_WORDS)
        or token.key in _COUNTS
        or (token.key[:1] == "و" and token.key[1:] in _COUNTS)
        or (token.key in ADDRESS_FORMS and _addresses(tokens, k))
        or token.raw in PREPOSITIONS_LIKE_NAMES
        or (_is_title(token) and not _second_given_name(tokens, k))
        or token.key.isdigit()
        or len(token.key) < 2
        or token.key.endswith(_NOUN_WITH_PRONOUN)
    )


# Particles inside European and Latin American names: `دا سيلفا`, `دي ميستورا`, `فون دير لاين`, `لا كاميرا`.
_NAME_PARTICLES = _keys("دا دي دو ديل دير فون فان لا لو")


def _dutch_van(tokens: list[Token], k: int) -> bool:
    """`فان` written without its hamza after a given name is the particle of Dutch and Flemish names
    (`ألكسندر فان دير بيلين`), not `فإن` ("for indeed"), which its normal form is too: the one `فان` in the
    44 tuning sets' texts is so."""
    return (
        strip_diacritics(tokens[k].raw) == "فان"
        and k > 0
        and tokens[k - 1].key in GIVEN_NAMES
        and not (tokens[k].after_comma or tokens[k].after_break or _phrase_ended(tokens, k + 1))
    )


# Titles that are given names too, second in a compound after a given name: `محمد أمين بنهاشم`,
# `محمد أمين عمورة`. After a given name no title stands without a comma (`أمين عام` opens a role), and
# in the 38 tuning sets' texts both such `أمين` are names.
_TITLES_AS_SECOND_NAMES = _keys("أمين")


def _second_given_name(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    if token.key in _GUARDIAN:
        # `زعيم الحركة نور ولي محسود`; but `محمد بن سلمان ولي العهد`: the crown prince's title
        return k > 0 and tokens[k - 1].key in GIVEN_NAMES and _name_goes_on_indefinite(tokens, k + 1)
    return (
        token.key in _TITLES_AS_SECOND_NAMES
        and k > 0
        and tokens[k - 1].key in GIVEN_NAMES
        and not (token.after_comma or token.after_break)
    )


# Round 14: `ولي` ("guardian", of `ولي العهد`), a given name second in Pashtun and Persian names (`نور ولي
# محسود`). In the 44 tuning sets' texts, the one between a given name and an indefinite word is so.
_GUARDIAN = _keys("ولي")


def _name_goes_on_indefinite(tokens: list[Token], k: int) -> bool:
    return not _phrase_ended(tokens, k) and not tokens[k].definite and not _in(tokens[k].key, STOP)


# Honorifics that Gulf protocol news addresses a person by, before the name or a title: `سعادة سعيد
# راشد الهاجري سفيراً`, `ومعالي محمد بن عبدالله القرقاوي`, `لسعادة السيد إبراهيم بن سعيد البوسعيدي`.
# Alone they are words too, سعادة "happiness", سمو "loftiness", and سعادة a family name (`أنطون سعادة`).
ADDRESSES = _keys("سعادة معالي سمو فخامة سماحة")
ADDRESS_FORMS = frozenset(c + key for key in ADDRESSES for c in ("", "و", "ل", "ب", "ول", "وب"))
_MISTER = _keys("السيد السيدة")


def _addresses(tokens: list[Token], k: int) -> bool:
    """The honorific at `k` addresses whom a given name or `السيد` after it names: it is no name's word."""
    following = k + 1
    if _phrase_ended(tokens, following):
        return False
    return tokens[following].key in _MISTER or _given_name_at(tokens, following, everyday=True)


def _family_after_connector(tokens: list[Token], k: int) -> bool:
    """A family name after "son of" or `آيت` that is a particle with its pronoun too: `هشام آيت منا`."""
    return (
        k > 0
        and tokens[k].key in _PARTICLES_WITH_PRONOUN
        and tokens[k - 1].key in _FAMILY_NAME_CONNECTORS
        and not (tokens[k].after_comma or tokens[k].after_break)
    )


_FAMILY_NAME_CONNECTORS = _keys("بن ابن آل ولد أيت آيت")


def _role_noun_as_name(tokens: list[Token], k: int) -> bool:
    """A role noun that is a name here: `القيادي أركان العلياوي`, or a family name after a given name
    where the clause ends (`الدكتور عزمي محافظة،`: a governorate is named after it) or, after a role,
    a preposition does (`وزير التعليم العالي عزمي محافظة حول`)."""
    if tokens[k].key in _ALSO_GIVEN_NAMES:
        return True
    if k == 0 or tokens[k - 1].key not in GIVEN_NAMES or tokens[k].definite:
        return False
    if _ends_clause(tokens, k + 1):
        return True
    # `وزير التعليم العالي عزمي محافظة حول الأسس`: a preposition ends the name after a role's last word
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].key in _NAME_END_PARTICLES
        and k >= 2
        and (tokens[k - 2].definite or _is_title(tokens[k - 2]))
        and not (tokens[k - 1].after_comma or tokens[k - 1].after_break or tokens[k].after_comma)
    )


def _father_between(tokens: list[Token], k: int) -> bool:
    """A given name that is a word of time or grace too (`صباح`, `فضل`) as a father's name, between a
    given name that is no everyday word and a family name in ال- ي: `النائب هاشم صباح الكناني،`."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].key not in GIVEN_NAMES:
        return False
    given, family = tokens[k - 1], tokens[k + 1]
    if any(t.after_comma or t.after_break for t in (tokens[k], family)):
        return False
    return given.key in GIVEN_NAMES and given.key not in EVERYDAY_NAMES and _nisba(family)


def _given_after_connector(tokens: list[Token], k: int) -> bool:
    """A given name that is an everyday word too, after "son of": `علي بن فضل البوعينين`."""
    return k > 0 and tokens[k].key in GIVEN_NAMES and _in(tokens[k - 1].key, CONNECTORS)


# A noun whose ة is written ت before a pronoun, or a plural or a long vowel before one: `قيمتها`,
# `بمستوياتها`, `عليهم`. No name ends so (`روته`, `أدهم`, `برهم` keep their ه and هم: not listed).
_NOUN_WITH_PRONOUN = ("تها", "تهما", "تهم", "يها", "يهما", "يهم", "اها", "اهما", "اهم")


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """What a name ends at: the end, a comma or break, the `إن` that opens reported speech, or the ف
    that answers `أما`."""
    if k >= len(tokens) or tokens[k].after_comma or tokens[k].key in _SAID_THAT:
        return True
    if any(char in SENTENCE_ENDS for char in tokens[k].gap):  # not a bracket or quote: `الشعوب (ديم)`
        return True
    return tokens[k].key[:1] == "ف" and _answers_as_for(tokens, k)


# "As for": `أما X فـ` sets off its topic X, and the ف of the answer ends it as a comma does: `أما جاره
# الطاهر العيادي فقرر`, `أما الشاب الشيخ ولد ابّاه فيؤكد`. Arabic grammar requires that ف; in the 38
# tuning sets' texts, of the 6 answers right after a topic that opens on a given name, all end a name.
AS_FOR = _keys("أما وأما")
_MAX_TOPIC = 10  # words from `أما` to its answer's ف


def _answers_as_for(tokens: list[Token], k: int) -> bool:
    """The word at `k`, which opens on ف, is the answer to an `أما` earlier in its sentence, not a name
    word (`فيصل`, `فراس`)."""
    if tokens[k].key in GIVEN_NAMES or tokens[k].after_break:
        return False
    for m in range(k - 1, max(k - _MAX_TOPIC, -1), -1):
        if tokens[m].key in AS_FOR:
            return True
        if any(char in SENTENCE_ENDS for char in tokens[m].gap):
            return False
    return False


SENTENCE_ENDS = frozenset(".!?؟:؛\n")
# Normalised, these prepositions are given names (`على` folds to `علي`); as written, they are none.
PREPOSITIONS_LIKE_NAMES = frozenset(("على", "إلى"))


def _nisba(token: Token) -> bool:
    return token.definite and token.key.endswith("ي") and len(token.key) >= _NISBA_MIN


# Maghrebi names open on `بال` as on a preposition and the article: `بالقاسم حفتر`, `بوبكر بالثابت`,
# `فيصل بالطيور`. As a given name it is in the lists; as a family name it ends the name where the
# clause does, after a given name no everyday word is. In the 38 tuning sets' texts the 2 such words
# are family names; a preposition's noun there is a feminine one (`أوري بن دافيد بالخطوة،`) or a
# known place (`عين سارة بالخليل،`).
_BAL = "بال"


def _bal_name(tokens: list[Token], j: int, k: int) -> bool:
    token = tokens[k]
    if not strip_diacritics(token.raw).startswith(_BAL):
        return False
    if token.key in GIVEN_NAMES:
        return True
    return (
        k > j
        and not strip_diacritics(token.raw).endswith("ة")
        and _ends_clause(tokens, k + 1)
        and tokens[k - 1].key in GIVEN_NAMES
        and tokens[k - 1].key not in EVERYDAY_NAMES
    )


# `المختار` is a Maghrebi given name (`المختار ولد اجاي`) and, in the Levant and Iraq, the title of a
# village's or quarter's head. Right before a given name that is no connector it is the title: in the 41
# tuning sets' texts the one such is (`ويقول المختار علي سرور`), and the 4 names open `المختار ولد`.
_THE_MUKHTAR = _keys("المختار")


def _mukhtar_before_name(tokens: list[Token], j: int) -> bool:
    if tokens[j].key not in _THE_MUKHTAR or _phrase_ended(tokens, j + 1):
        return False
    following = tokens[j + 1].key
    return following in GIVEN_NAMES and not _in(following, CONNECTORS)


def _name_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """A person's name starting at `j`: two to four words of its own."""
    if _purpose(tokens, j) or _verbal_noun(tokens[j].key):
        return None  # `لخدمات الحجاج`, `بتقديم إحاطة`: what a body does or is asked to, no name
    if _mukhtar_before_name(tokens, j):
        return _name_at(tokens, j + 1, taken)  # `ويقول المختار علي سرور إن`: the village head, then his name
    k = j
    limit = _MAX_NAME
    while k < len(tokens) and k - j < limit:
        token = tokens[k]
        if k > j and (token.after_break or token.after_comma) and token.gap != "-":  # `ماينل-رايزينغر`
            break
        if k - j >= _MAX_NAME and not _lineage_goes_on(tokens, k):
            break  # past five words, only the lineage goes on: `سعود بن نايف بن عبدالعزيز أمير المنطقة`
        if k > j and token.key in _LINEAGE and limit < _MAX_LINEAGE and _lineage_before(tokens, j, k):
            limit += 1  # `خالد بن أحمد بن سلمان آل خليفة`: a second "son of" is one more word, no more name
        if k > j and _action_after_name(token):
            break  # `النائب حبيب الله دهمرده بتعيين بيجار`: what he welcomed, after his name
        if k == j + _LINEAGE_OF_FOUR and _lineage_closed(tokens, j):
            break  # `وزير الكهرباء ياسر بن إبراهيم حميدان سير أعمال الصيانة`: the verb's object after the name
        if k > j and _portion_of(tokens, k):
            break  # `بقيادة المايسترو عدنان فتح الله باقة من أشهر أغانيها`: what he led, after his name
        if k > j and token.key[:1] == "ل" and _verbal_noun(token.key):
            return None  # `رئيسة تعاونية تيفاوين لإنتاج زيت الأركان`: a body named by its purpose
        if token.key[:1] in _NOUN_CLITICS and _adjective_follows(tokens, k + 1):
            break  # `النائب دلشاد كريم عزيز بجلسة طارئة`: a preposition's noun and its adjective end the name
        if k > j + 1 and _bi_noun(token) and _masculine_adjective_follows(tokens, k + 1):
            break  # `وتقول الموظفة سهى عبد الرحمن بصوت منخفض إن`: how she said it, after her name
        if k > j + 1 and _clitic_noun_with_pronoun(token):
            break  # `المخرج مهدي فليفل بفيلمه الجديد`: no name word carries a preposition and a pronoun
        if (
            k > j + 1
            and _bi_noun_in_construct(tokens, k)
            and tokens[k - 1].key not in _NAME_PARTICLES  # `ألكسندر فان دير بيلين العاملين`: the family name
            and (token.key[:1] == "ب" or _given_name_at(tokens, j, everyday=True))
        ):
            break  # `أشادت النائبة زينب عبدالأمير بسير العمل،`, `قال سامي نادر لوسائل الإعلام`: after the name
        if k > j + 1 and token.key[:1] == "ل" and (_org_head(token) or _has_stem_in(token.key, _OUTLETS)):
            break  # `قال العقيد المتقاعد فارح عدن حرسي لموقع "الصومال الجديد"`: whom he told, after his name
        if k > j and _her_or_our(token):
            break  # `قالت شينا أنصاري قولها إن`, `قال بوبكر كوليبالي لمراسلنا إنه`
        if k > j + 1 and _bare_verbal_noun(token):
            break  # `أعلن الدكتور وسيم عكاري تركيب محطة شمسية`: the verb's object, after the name
        if k > j + 1 and _three_consonants(token) and tokens[j].key in WESTERN_GIVEN_NAMES:
            break  # `وزير الهجرة يوهان فورشيل رفع منحة العودة`: the verb's object, after the name
        if k >= j + 2 and token.definite and _western_given_then_family(tokens, j, k):
            break  # `مفوضة حقوق الإنسان تاتيانا موسكالكوفا الجانب الإماراتي`: the verb's object, after the name
        if k > j + 1 and _circumstantial(token):
            break  # `ويقول الطالب عمر خالد متحسرا إن`: how he said it, after his name
        if k > j + 1 and _plural_in_construct(tokens, k):
            break  # `كشف مدير الدفاع المدني محمود عابد تفاصيل الحادث`: the object, a plural in construct
        if k > j and _and_its(token):
            break  # `السيد علي ومحيطها`: "and its surroundings", a second thing, no name word
        if k > j + 1 and _derived_present_verb(token.key):
            break  # `المحافظ ريبوار طه يتعامل مع الموازنة`: the verb after the name
        if k > j + 1 and _object_in_construct(tokens, k):
            break  # `أعلن الرئيس التشيلي غابرييل بوريك حالة الطوارئ`: the verb's object follows the name
        if k > j + 1 and _perfect_in_alif_maqsura(token):
            break  # `الحارس مارسيلو غراوهي تصدى لتسديدة رونالدو`: the verb after the name
        after_connector = k > j and _in(tokens[k - 1].key, CONNECTORS)
        if (k == j + 1 or (k == j + 2 and (not tokens[j + 1].definite or tokens[j].key in _SERVANT))) and _middle_name(
            tokens, k, taken
        ):
            k += 1  # `محمد الأمين ولد بوبكر`, `محمد الحبيب الصكلي`: a given name with the article, second
            continue
        if k > j and token.key in _TITLE_FAMILY_NAMES and k not in taken and _ends_title_name(tokens, j, k):
            k += 1  # `محمد أحمد ولد محمد الأمين،`, `كامل الوزير قد أعلن`
            break
        if k > j and _known_place_as_family_name(tokens, k, taken):
            k += 1  # `عبد السلام الوزاني، إن`: the family named after a town the gazetteer knows
            break
        if not _is_name_word(tokens, k, taken) and not (after_connector and token.definite and _is_title(token)):
            break  # but `عبد الأمير`, `عبد الملك`: a title after a connector is a name
        if token.definite and _bal_name(tokens, j, k):
            if k > j:
                k += 1  # `عميد المحامين بوبكر بالثابت، في كلمة`: the family name ends the name
                break
        elif token.definite:
            if after_connector or (k > j and token.key in _NAME_SECOND_HALVES):
                pass  # `عبد المجيد`, `نصر الدين`
            elif k > j and not token.key.startswith("ال"):
                # `لبحث فرص بالتدخل`: a family name carries no clitic. After a given name and a word
                # of its own, it is a preposition after the name: `كارلوس فافارو للصحفيين`.
                return _person(tokens, j, k - 1) if _given_then_names(tokens, j, k) else None
            elif k > j + 1 and _dual_of_a_noun(token):
                break  # `وزير النقل عبد الصمد قيوح الطرفين إلى`: the verb's object, "the two parties"
            elif k > j + 1 and _derived_verbal_noun(token):
                break  # `المتحدث باسم الوزارة أحمد موسى التراجع إلى`: the verb's object, "the decline"
            elif k > j + 1 and token.key in _ADDRESSEES and not _phrase_ended(tokens, k):
                break  # `ناشد الشيخ رائد دعنا السلطات`: whom he called on, after his name
            elif k > j and _patronymic(tokens, j, k, taken):
                pass  # `محمد عبدالله المبارك الصباح`: a forefather's given name in ال, the family's after it
            elif k == j + 1 and _forefather_then_object(tokens, j, k):
                return _person(tokens, j, k)  # `وقدم الوزير حسن الأحمد شرحا`: no noun is in construct with `الأحمد`
            elif k == j + 1 and _complement(tokens, j) and not _nisba(token):
                return None  # `مديرة دار الآداب،`, `شركة مياه اليرموك أن`: what the role or body heads
            elif k > j + 2 and _in(token.key, RANKS):
                return None  # `الحكم رضوان جيد حرم الفريق من`: a verb and "the team"; no family name is a rank
            elif k > j and (
                _nisba(token)
                or _ends_clause(tokens, k + 1)
                or _ends_name(tokens, j, k + 1)
                or _addressee_follows(tokens, k + 1)
                or _relative_follows(tokens, j, k + 1)
                or _nickname_follows(tokens, j, k + 1)
                or (k >= j + 2 and tokens[j].key in GIVEN_NAMES and _office_follows(tokens, k + 1))
                or (
                    k + 1 - j < _MAX_NAME
                    and k >= j + 2
                    and tokens[j].key in GIVEN_NAMES  # `بينهم قادة الحرس الثوري`: no name's words
                    and not tokens[k - 1].definite  # `أبو العلاء التانيت البرونزي،`: the name had its family name
                    and _second_family_name(tokens, k + 1, taken)  # `محمد عزام الخطيب التميمي إن`
                )
            ):
                k += 1  # `محمد شياع السوداني`, `فرج الزروق إن`: a family name ends the name
                if k < len(tokens) and k - j < _MAX_NAME and _second_family_name(tokens, k, taken):
                    k += 1  # `سالم الفيتوري العبيدي،`
                break
            elif k == j and token.key in _DEFINITE_FIRST_NAMES:
                pass  # `البشير محمد لحسن`
            elif k > j + 2 and _after_family_name(tokens, j, k):
                return _person(tokens, j, k - 1)  # `للمخرج أمجد أبو العلاء التانيت البرونزي`: the prize he won
            elif _family_name_then_object(tokens, j, k):
                return _person(tokens, j, k)  # `رئيس بلدية الخالدية الجديدة محمود المساعيد بتشديد`
            elif k > j + 2 and _given_then_names(tokens, j, k - 1):
                return _person(tokens, j, k - 2)  # `النائب إبراهيم كنعان مشروع القانون`: the verb's object
            else:
                # `لبحث فرص التعاون`: words in construct with a definite noun are a phrase, no name.
                return None if k > j else _person(tokens, j, k - 1)
        k += 1
    if k - j == limit > _MAX_NAME and _family_of(tokens, k, taken):
        k += 2  # `محمد بن عبد الرحمن بن جاسم آل ثاني`: the lineage ran long, its family still ends it
    return _person(tokens, j, k - 1) if not _counted_or_described(tokens, k) else None


_DUAL_OF_THREE = len("الطرفين")


def _dual_of_a_noun(token: Token) -> bool:
    """`الطرفين`, `البلدين`, `الحزبين`: ال, three root letters and the dual's ين. No family name of the
    1,729 people in the tuning sets' gold is so made (`الحسين`, `المحادين`, `البوعينين` are not)."""
    key = token.key
    return (
        len(key) == _DUAL_OF_THREE
        and key.startswith("ال")
        and key.endswith("ين")
        and not _LONG_VOWELS.intersection(key[2:5])
    )


# Whom a demand or a call is made of, the object of `طالب`, `دعا`, `ناشد`, `حث` after its subject's
# name: `طالب النائب أحمد الجربا الحكومة بتوفير`, `دعا المحافظ أسعد العيداني الحكومة الاتحادية`. In
# the 35 tuning sets' texts the 11 such words right after a name all end it; no gold name has one.
_ADDRESSEES = _keys("الحكومة السلطات المجتمع الجهات")


def _addressee_follows(tokens: list[Token], k: int) -> bool:
    return not _phrase_ended(tokens, k) and tokens[k].key in _ADDRESSEES


def _derived_verbal_noun(token: Token) -> bool:
    """`التراجع`, `التقدم`, `التصعيد`, `الارتفاع`, `الانسحاب`, `الاستثمار`, `الإنتاج`: ال and a verbal noun
    of a derived verb (تفاعل, تفعّل, تفعيل, افتعال, انفعال, استفعال, إفعال), the object of the verb a
    name is the subject of. As a third word after two of a name, none is a family name's in the 2,492
    people of the 35 tuning sets' gold (`أحمد التوفيق` is two words; `عبد التواب` follows a connector).
    A nisba (`التجاني`) is no verbal noun."""
    key = token.key
    if not key.startswith("ال") or key.endswith("ي"):
        return False
    stem = key[2:]
    return (
        (len(stem) == 4 and stem[0] == "ت")  # تقدم
        or (len(stem) == 5 and stem[0] == "ت" and stem[2] == "ا")  # تراجع
        or (len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي")  # تصعيد
        or (len(stem) == 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا")  # ارتفاع
        or (len(stem) == 6 and stem.startswith("ان") and stem[4] == "ا")  # انسحاب
        or (len(stem) == 7 and stem.startswith("است") and stem[5] == "ا")  # استثمار
        or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا")  # انتاج (إفعال)
    )


# "Her", "their two"; and "our" on a word with a preposition: `قولها`, `رأيهما`, `لمراسلنا`. No name word
# of the 2,123 people in the 41 tuning sets' gold ends so (`لانا`, `لينا` are given names of four letters).
# "His" ends too many names (`عبده`, `طه`): only in `قوله`, of the news's `نقلت عن X قوله إن`.
_HER = ("ها", "هما")
_OUR = "نا"
_OUR_MIN = len("لموقعنا")
_HIS_SAYING = _keys("قوله")


def _her_or_our(token: Token) -> bool:
    """A noun with a pronoun, which names nobody: "her saying", "to our correspondent"."""
    if token.key in GIVEN_NAMES:
        return False  # `مها`
    word = strip_diacritics(token.raw)
    if token.key in _HIS_SAYING:
        return True
    return word.endswith(_HER) or (word[:1] in "بل" and word.endswith(_OUR) and len(word) >= _OUR_MIN)


def _western_given_then_family(tokens: list[Token], j: int, k: int) -> bool:
    """A European or American given name and a family name that is no given name nor definite: `تاتيانا
    موسكالكوفا`. Such a name never goes on to a word in ال: in the 44 tuning sets' texts the 22 that follow
    one are the verb's object or a preposition's (`الجانب`, `للصحفيين`, `الحكومة`) or `الذي`; the gold names
    that do open on such a name and go on so have an Arabic second name (`سارة فيصل العنزي`). So after a
    particle and the family name: `ألكسندر فان دير بيلين العاملين`."""
    if tokens[j].key not in WESTERN_GIVEN_NAMES:
        return False
    return all(not tokens[m].definite and tokens[m].key not in GIVEN_NAMES for m in range(j + 1, k))


# Outlets a speaker talks to, besides the bodies' heads (`لصحيفة`, `لوكالة`, `لقناة`): in the 44 tuning sets'
# texts, ل and one of these or a head after two name words is whom the person spoke to (`لموقع "..."` 4
# times, `لشركة`, `لوكالة`, `لقناة`, `لصحيفة` 24 before a quote alone); no gold name has a word in ل past
# its first.
_OUTLETS = _keys("موقع جريدة")


def _three_consonants(token: Token) -> bool:
    """A bare word of three consonants (`رفع`, `دعم`, `قطع`), a verbal noun or a verb. After a European or
    American given name and a second word, no name of the 3,682 people in the 44 tuning sets' gold goes
    on with one (Chinese `ما يونغ شنغ` and Hebrew `ليمور سون هار ملك` do, which is why the given name
    must be of those lists); in their texts the 5 that follow such a name are `دعم` twice, `قطع`, `رفع`
    and `بعد`. Behind ب or ل too (`حكومة أولف كريسترسون بدعم من`: the one so in the texts)."""
    key = token.key
    if len(key) == _TRILITERAL + 1 and key[0] in "بل":
        key = key[1:]
    return len(key) == _TRILITERAL and not token.definite and not _LONG_VOWELS_OR_TA.intersection(key)


_TRILITERAL = 3
_LONG_VOWELS_OR_TA = frozenset("اويىه")  # ة is folded to ه


def _bare_verbal_noun(token: Token) -> bool:
    """`تركيب`, `ارتفاع`, `انسحاب`, `استخدام`: a verbal noun of a derived verb without the article (تفعيل
    of three consonants, افتعال, انفعال, استفعال), the object of the verb a name is the subject of; also
    in the accusative or with a pronoun (`اجتماعا`, `تأكيده`). The family names of that shape in the
    tuning sets' gold are foreign and second in the name (`تشليك`, `ألتمان`); given names (`توفيق`,
    `تيسير`, `إيفانا`) are in the lists."""
    key = token.key
    if token.definite or key in GIVEN_NAMES:
        return False
    word = strip_diacritics(token.raw)  # as written: a pronoun's ه, not ة folded into one; a hamza kept
    ending = next((ending for ending in _OBJECT_ENDINGS if word.endswith(ending)), "")
    return _verbal_noun_shape(key[: len(key) - len(ending)], word[: len(word) - len(ending)]) or _verbal_noun_shape(
        key, word
    )


# A participle in the accusative says how the subject did what the verb says (حال): `متحسرا`, `مبتسما`,
# `مؤكدا`, `ضاحكا`. Written with its tanween (`متحسراً`) it is a filler already; without it, a word in ا
# of the shape مفعل/متفعل/مستفعل of consonants or فاعل. The gold's foreign names in م and ا (`ميستورا`,
# `منديتا`, `ماسرا`) have a long vowel inside, or stand second.
_CIRCUMSTANTIAL_MIN, _CIRCUMSTANTIAL_MAX = len("مبتس"), len("مستغرب")
_AGENT_LENGTH = len("ضاحك")


def _circumstantial(token: Token) -> bool:
    word = strip_diacritics(token.raw)
    if not word.endswith("ا") or token.definite or token.key in GIVEN_NAMES:
        return False
    stem = word[:-1]
    if stem[:1] == "م" and _CIRCUMSTANTIAL_MIN <= len(stem) <= _CIRCUMSTANTIAL_MAX:
        return not _LONG_VOWELS.intersection(stem[1:])
    return len(stem) == _AGENT_LENGTH and stem[1] == "ا" and not _LONG_VOWELS.intersection(stem[2:])


# A broken plural of four letters and a long vowel between the last two (تفاعيل, مفاعيل, أفاعيل, فواعيل):
# `تفاصيل`, `مشاريع`, `أساليب`, `قوانين`. Family names of the shape (`حدادين`, `محاميد`, `حسانين`, `حجازين`:
# the 4 in the 41 tuning sets' gold) stand second in the name, and none before a definite word.
_PLURAL_LENGTH = len("تفاصيل")


def _plural_in_construct(tokens: list[Token], k: int) -> bool:
    """The word at `k` is such a plural, in construct with the definite word after it."""
    key = tokens[k].key
    if len(key) != _PLURAL_LENGTH or key[2] != "ا" or key[4] != "ي" or tokens[k].definite or key in GIVEN_NAMES:
        return False
    return not _phrase_ended(tokens, k + 1) and tokens[k + 1].definite


# The accusative's alif and the pronouns "his", "her", "their" on a verbal noun: `اجتماعا`, `تأكيده`.
_OBJECT_ENDINGS = ("ها", "هم", "ه", "ا")


def _verbal_noun_shape(key: str, word: str) -> bool:
    """`key` (normalised) and `word` (as written) are a verbal noun of a derived verb."""
    if not _verbal_noun("ب" + key):
        return False
    if key[:1] == "ت":
        return not _LONG_VOWELS.intersection(word[1:3])  # not `تيتيه`, `تابيا`; but `تأكيد`
    return not (len(key) == len("إنتاج") and key[3] == "ا")  # إفعال is the shape of `إسحاق`, `إقبال`


def _perfect_in_alif_maqsura(token: Token) -> bool:
    """`تصدى`, `تولى`, `تلقى`, `تبنى`, `تعافى`, `تفادى`: a past verb of the forms تفعّل or تفاعل from a root
    ending in a weak letter, written with ى, which no name word is."""
    word = strip_diacritics(token.raw)
    if word[:1] != "ت" or word[-1:] != "ى" or token.key in GIVEN_NAMES:
        return False
    return len(word) == _FORM_V or (len(word) == _FORM_V + 1 and word[2] == "ا")


_FORM_V = len("تصدى")


# "Son of", "daughter of", "family of": Gulf names run to a great-grandfather (`محمد بن عبد الرحمن بن
# جاسم آل ثاني`), and these words carry no name of their own, so each lets the name go one word further.
_LINEAGE = _keys("بن ابن بنت آل")
_MAX_LINEAGE = 8


def _lineage_before(tokens: list[Token], j: int, k: int) -> bool:
    """The name from `j` had "son of" before `k`: a lineage, not one `بن` before other words
    (`ياسر بن إبراهيم حميدان سير أعمال الصيانة`)."""
    return any(tokens[m].key in _LINEAGE for m in range(j + 1, k))


def _family_of(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`آل ثاني` at `k`: "the family of" and its name, with nothing between."""
    if k + 1 >= len(tokens) or tokens[k].key != _FAMILY or _phrase_ended(tokens, k) or _phrase_ended(tokens, k + 1):
        return False
    return _is_name_word(tokens, k + 1, taken)


_FAMILY = normalize("آل")


def _lineage_goes_on(tokens: list[Token], k: int) -> bool:
    """The word at `k` is "son of", the name after it, or the family name in ال after that name:
    `عبدالله بن حمد بن عبدالله العطية`."""
    key = tokens[k].key
    return key in _LINEAGE or tokens[k - 1].key in _LINEAGE or (tokens[k].definite and tokens[k - 2].key in _LINEAGE)


def _action_after_name(token: Token) -> bool:
    """`بتعيين`, `بإشراك`: ب and a verbal noun (of تفعيل or إفعال, written with its ت or إ) right after a
    name, what the person did or asked for. Not `باعباد`, `باوزير`: Hadhrami family names open on با."""
    return token.key[:1] == "ب" and _verbal_noun(token.key) and strip_diacritics(token.raw)[1:2] in ("ت", "إ")


_LINEAGE_OF_FOUR = 4
_SON_OF = _keys("بن ابن بنت")


def _lineage_closed(tokens: list[Token], j: int) -> bool:
    """A name of four words at `j`, a given name, "son of", a father's name of one word and a family name
    without the article (`ياسر بن إبراهيم حميدان`), that an indefinite word after it would not go on: no
    gold name in the tuning sets does (`محمد بن راشد آل مكتوم`, `يوسف بن عبد الحسين خلف` go on by آل or
    a compound father's name)."""
    son, father, family, after = (tokens[j + m] for m in range(1, 5))
    return son.key in _SON_OF and not any(
        t.definite or _in(t.key, CONNECTORS) or t.key in _LINEAGE for t in (father, family, after)
    )


# Nouns of a quantity or a collection, that `من` follows: `باقة من`, `مجموعة من`, `عشرات من`. None is
# a word of the names of the 1,602 people in the tuning sets' gold.
_PORTIONS = _keys("باقة مجموعة سلسلة حزمة جملة طائفة قائمة كمية عدد عددا عشرات مئات آلاف")


def _portion_of(tokens: list[Token], k: int) -> bool:
    """A noun of a quantity at `k` and `من` after it: a verb's object, "a bouquet of", after a name."""
    return tokens[k].key in _PORTIONS and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _FROM


def _office_follows(tokens: list[Token], k: int) -> bool:
    """An indefinite title (`وزير البلدية`) or an office with tanween (`رئيساً`, `سفيراً`) right after a
    name: the definite word before it was the family name, `غانم بن فضل البوعينين وزير`."""
    if _phrase_ended(tokens, k) or tokens[k].definite:
        return False
    token = tokens[k]
    return (token.key in _TITLE_FORMS and strip_diacritics(token.raw) not in _TO) or (
        token.raw.endswith(("اً", "ًا")) and token.key[:-1] in _TITLE_FORMS
    )


def _patronymic(tokens: list[Token], j: int, k: int, taken: dict[int, str]) -> bool:
    """A given name with the article at `k` inside a Kuwaiti-style name, a father's or a grandfather's
    (`الأحمد`, `العبدالله`, `المبارك`), where more definite words of the same name follow and the last
    ends it at a clause's end, an office or `قد`: `الشيخ محمد عبدالله المبارك الصباح،`, `جراح جابر
    الأحمد الصباح قد`. The name opens on a given name that is no everyday word; the given names that
    carry ال in the Maghreb and Sudan (`الحبيب`, `الطاهر`) are `_middle_name`'s."""
    if _servant_forefather(tokens, j, k):
        return True  # `سمير العبد الله أن`, `محمد العبد الله الحمادي،`
    if tokens[j].key not in GIVEN_NAMES or tokens[j].key in EVERYDAY_NAMES or tokens[k].key[2:] not in GIVEN_NAMES:
        return False
    if tokens[k].key in _MIDDLE_NAMES:
        return False  # `المهندس ماهر الحبيب الطاهر إن`: a Maghrebi given name in ال, where a name may start anew
    m = k + 1
    if (
        tokens[k].key[2:] not in EVERYDAY_NAMES
        and not _phrase_ended(tokens, m)
        and not tokens[m].definite
        and not _tanween(tokens[m])
        and _is_name_word(tokens, m, taken)
        and _ends_clause(tokens, m + 1)
    ):
        return True  # `عزيز العثمان فخرو،`: a family name without the article after the forefather ends it
    while m < len(tokens) and m - j < _MAX_NAME and not _phrase_ended(tokens, m):
        if not tokens[m].key.startswith("ال") or not _is_name_word(tokens, m, taken):
            return False  # `رامي الحسن بالشراكة مع`: a family name carries no preposition
        if _ends_clause(tokens, m + 1) or _office_follows(tokens, m + 1) or _ends_name(tokens, j, m + 1):
            return True
        if tokens[m].key[2:] not in GIVEN_NAMES:
            return False
        m += 1
    return False


def _servant_forefather(tokens: list[Token], j: int, k: int) -> bool:
    """`العبد الله` (`العبد الرحمن`) at `k`, a forefather's compound with the article, right after a given
    name: no phrase writes "the servant" and a name of God after a given name (`سمير العبد الله أن`)."""
    return (
        k == j + 1
        and tokens[k].key == _THE_SERVANT
        and tokens[j].key in GIVEN_NAMES
        and not _phrase_ended(tokens, k + 1)
        and tokens[k + 1].key in _NAME_SECOND_HALVES
    )


_THE_SERVANT = "العبد"


def _after_family_name(tokens: list[Token], j: int, k: int) -> bool:
    """A family name of a kunya or a clan ends just before `k` (`أبو العلاء`, `آل الشيخ`), after a given
    name that is no everyday word: the definite word at `k` is no name's. Not `عبد الله`, a father's
    name as often, that a family name follows (`جاسم عبد الله القصير الحكومة`)."""
    first = tokens[j].key
    return (
        first in GIVEN_NAMES
        and first not in EVERYDAY_NAMES
        and tokens[k - 1].definite
        and _in(tokens[k - 2].key, _FAMILY_CONNECTORS)
    )


_FAMILY_CONNECTORS = _keys("أبو آل")


def _complement(tokens: list[Token], j: int) -> bool:
    """The word at `j` completes an indefinite title or head noun right before it (`مديرة دار`, `مدرب
    أسود`, `شركة مياه`), and no given name says a name starts there instead."""
    if j == 0 or tokens[j].key in GIVEN_NAMES or tokens[j].after_comma or tokens[j].after_break:
        return False
    before = tokens[j - 1]
    return not before.definite and (_is_title(before) or _role_noun(before))


def _forefather_then_object(tokens: list[Token], j: int, k: int) -> bool:
    """A given name at `j`, everyday word or not, then ال and a given name no everyday word is (`الأحمد`,
    `المحمد`, `الجابر`): a forefather's or a family's name, as the Gulf writes them, that nothing is in
    construct with; what follows without the article is the sentence's. `حسن الأداء`, `جمال الطبيعة` are
    phrases: their definite word is no given name."""
    token = tokens[k]
    if tokens[j].key not in GIVEN_NAMES or not token.key.startswith("ال") or _nisba(token):
        return False
    name = token.key[2:]
    if name not in GIVEN_NAMES or name in EVERYDAY_NAMES:
        return False
    if _phrase_ended(tokens, k + 1) or tokens[k + 1].definite or tokens[k + 1].key in GIVEN_NAMES:
        return False
    return not _ends_clause(tokens, k + 2)  # `عزيز العثمان فخرو،`: a family name without the article ends it


def _given_then_names(tokens: list[Token], j: int, k: int) -> bool:
    """The words from `j` to before `k` are a name for sure: at least two, opening on a given name
    that is no everyday word (`كارلوس`, `إبراهيم`), none definite. Where a phrase follows them, they
    were the name and the phrase the sentence's."""
    return (
        k - j >= 2
        and tokens[j].key in GIVEN_NAMES
        and tokens[j].key not in EVERYDAY_NAMES
        and not any(tokens[m].definite for m in range(j, k))
    )


def _family_name_then_object(tokens: list[Token], j: int, k: int) -> bool:
    """The definite word at `k` is a family name after a given name (`محمود المساعيد`, `عبد القادر
    الدخيل`) and the sentence goes on with no definite word after it (`بتشديد`, `وممثلون`): no noun in
    construct (`عودة اللاجئين السوريين`) runs on."""
    first = tokens[j].key
    given = (k == j + 1 and first in GIVEN_NAMES and first not in EVERYDAY_NAMES) or (k == j + 2 and first in _SERVANT)
    if not given or not tokens[k].key.startswith("ال") or _in(tokens[k].key, RANKS) or _phrase_ended(tokens, k + 1):
        return False  # `مستشفى الملك فهد الدكتور أحمد سالم`: a rank opens the next name
    return not tokens[k + 1].definite and not _given_name_at(tokens, k + 1, everyday=False)


# Given names with the article that stand second in a compound (Maghreb, Sudan, Mauritania): `محمد
# الأمين`, `محمد الحبيب`, `عمر الأمين`, `فرج المبروك`.
_MIDDLE_NAMES = _DEFINITE_FIRST_NAMES | _keys("الأمين المبروك الحاج الصغير")  # `مهند الحاج علي`, `محمد الصغير سعداوي`
# `فاطمة الزهراء المنصوري`, `فاطمة الزهراء أوبلا`: the four in the tuning sets' texts are all names.
_MIDDLE_NAMES = _MIDDLE_NAMES | _keys("الزهراء")


def _middle_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The word at `k` is a definite given name after a given name (`محمد`), and the name goes on
    after it with a word of its own, a family name in ال- ي or one the clause ends: `محمد الأمين ولد بوبكر`,
    `فرج المبروك الزوي`, `عمر الطيب النور إن`. Where the name ends on it, it is the family name (`محمد الأمين،`)."""
    if tokens[k].key not in _MIDDLE_NAMES or k in taken:
        return False
    # `الشيخ عبد الرحمن الحاج العزاوي`: "servant of" and one of God's names is one given name
    if tokens[k - 1].key not in GIVEN_NAMES and not (
        k >= 2 and tokens[k - 2].key in _SERVANT and tokens[k - 1].definite
    ):
        return False
    if k + 1 in taken:
        return _known_place_as_family_name(tokens, k + 1, taken)  # `فاطمة الزهراء الوزاني،`
    if _phrase_ended(tokens, k + 1) or not _is_name_word(tokens, k + 1, taken):
        return False
    following = tokens[k + 1]
    # `عمر الطيب النور إن`: a family name in ال of any shape, where the clause ends after it; but not
    # a second definite given name (`ماهر الحبيب الطاهر إن`), where the name may start anew
    if not following.definite or _nisba(following):
        return True
    return _ends_clause(tokens, k + 2) and following.key not in _MIDDLE_NAMES


def _derived_present_verb(key: str) -> bool:
    """`يتعامل`, `تتابع`, `يستخدم`: a present verb of the forms تفاعل, تفعّل or استفعل, whose
    prefixes no name word opens on."""
    if key.startswith(("يت", "تت")):
        return len(key) in (5, 6)
    return key.startswith(("يست", "تست")) and len(key) == _ISTAFAL


_ISTAFAL = 7  # `يستخدم`


# Prepositions written on a noun: `بجلسة`, `لمذكرة`, `كخطة`.
_NOUN_CLITICS = frozenset("بلك")
_HIS_HER_THEIR = ("ه", "ها", "هم", "هما")
_HER_THEIR = ("ها", "هم", "هما")  # not ه alone: `محمد عبدي ورسمه` (Warsame)


def _and_its(token: Token) -> bool:
    """`ومحيطها`, `وأبناؤهم`: "and" a noun with "her" or "their", a second thing after a name."""
    return token.key[:1] == "و" and token.key not in GIVEN_NAMES and strip_diacritics(token.raw).endswith(_HER_THEIR)


def _object_in_construct(tokens: list[Token], k: int) -> bool:
    """A feminine noun in construct with a definite one after two name words: `حالة الطوارئ`, `خطة
    الحكومة`. A name word ending in ة there is a given name (`محمد أسامة الخطيب`), from the list."""
    token = tokens[k]
    if token.definite or token.key in GIVEN_NAMES:
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or not following.definite or _phrase_ended(tokens, k + 1):
        return False
    if following.key.endswith(("يين", "يون")):
        return True  # `أوموت دميرجي إقبال الخليجيين`: a people is no family name
    if not strip_diacritics(token.raw).endswith("ة"):
        return False
    return not strip_diacritics(following.raw).endswith("ي")  # a family name in ال- ي; `الطوارئ` folds to ي


def _clitic_noun_with_pronoun(token: Token) -> bool:
    """`بفيلمه`, `لبلادها`, `بقولهم`: a preposition, a noun and a pronoun in one word."""
    key = token.key  # the pronoun read as written: a key folds ة into ه (`برادة` ends in no pronoun)
    raw = strip_diacritics(token.raw)
    return key[:1] in _NOUN_CLITICS and not token.definite and len(key) >= 5 and raw.endswith(_HIS_HER_THEIR)


# Family names that open on ب as the preposition does: `بنعبد الله`, `بوزيد`, `بلعيد`, `باعباد`.
_FAMILY_NAMES_IN_BA = ("بن", "بو", "بل", "با")
_BI_NOUN = len("بسير")


def _bi_noun_in_construct(tokens: list[Token], k: int) -> bool:
    """ب or ل and an indefinite noun at `k` in construct with a definite word that no family name or second
    half of one is: `بسير العمل`, `برئاسة اللجنة`, `بجهود الحكومة`, the object of a verb of praise, demand
    or winning after its subject's name; `لوسائل الإعلام`, `لموقع الحرة`, whom a speaker told. In the 38
    tuning sets' texts the 2 such words in ب after two name words end the name; a family name in ب is of
    three letters (`حمزة عبدي بري`) or opens as one does. No gold person's name in the 41 sets has a word
    in ل past its first; the caller reads ل so only after a given name, as words that open on none
    (`وصرف مستحقات متأخرة لحرس المنشآت`) are no name either way."""
    token = tokens[k]
    key = token.key
    if key[:1] not in "بل" or len(key) < _BI_NOUN or key.startswith(_FAMILY_NAMES_IN_BA) or token.definite:
        return False
    if key in GIVEN_NAMES or _phrase_ended(tokens, k + 1):
        return False
    following = tokens[k + 1]
    return following.definite and not _nisba(following) and following.key not in _NAME_SECOND_HALVES


def _adjective_follows(tokens: list[Token], k: int) -> bool:
    """An indefinite feminine adjective at `k`, of a shape no name word takes after a name: `رسمية`,
    `طارئة` (nisba or فاعلة), `مدعومة` (مفعولة). It describes the noun before it (`بمذكرة رسمية`)."""
    if _phrase_ended(tokens, k) or tokens[k].definite or tokens[k].gap.strip():
        return False
    token = tokens[k]
    key = token.key
    if not strip_diacritics(token.raw).endswith("ة"):
        return False
    return (
        (key.endswith("يه") and len(key) >= 5)  # رسمية, طارئة
        or (len(key) == 5 and key[1] == "ا")  # عاجلة
        or (len(key) == 6 and key[0] == "م" and key[3] == "و")  # مدعومة
    )


def _bi_noun(token: Token) -> bool:
    """ب or ل and an indefinite noun that no family name in ب (`بوزيد`, `بنعبد الله`) or given name is."""
    key = token.key
    return key[:1] in "بل" and not token.definite and not key.startswith(_FAMILY_NAMES_IN_BA) and key not in GIVEN_NAMES


def _masculine_adjective_follows(tokens: list[Token], k: int) -> bool:
    """An indefinite masculine adjective at `k` that no given name is, of the shapes مفعل/مفتعل/مفعول
    (`منخفض`, `مرتفع`, `مفتوح`), فاعل (`واضح`), فعيل (`كبير`) or a nisba (`رسمي`): it describes the noun
    before it (`بصوت منخفض`, `بشكل واضح`, `بتمويل أوروبي`). In the 41 tuning sets' gold no person's name
    holds a word in ب or ل past its second word but `بن`, `بو`-type family names."""
    if _phrase_ended(tokens, k) or tokens[k].definite or tokens[k].gap.strip() or _tanween(tokens[k]):
        return False
    key = tokens[k].key
    if key in GIVEN_NAMES or strip_diacritics(tokens[k].raw).endswith("ة"):
        return False  # the feminine ones are `_adjective_follows`'s
    return (
        (key[:1] == "م" and len(key) in (5, 6))
        or (len(key) == 4 and (key[1] == "ا" or key[2] == "ي"))
        or (key.endswith("ي") and len(key) >= 4)
    )


# Indefinite adjectives: after them, the words before were a noun phrase (`حزمة حوافز جديدة`).
_INDEFINITE_ADJECTIVES = _keys("جديد جديدة سابق سابقة كبير كبيرة صغير صغيرة واسع واسعة إضافي إضافية")


def _counted_or_described(tokens: list[Token], k: int) -> bool:
    """A number or an indefinite adjective right after indefinite words before `k`: they were a verb
    and its object (`يقارب 20`, `تبلغ كلفته 120`) or a noun phrase (`حزمة حوافز جديدة`), not a name.
    A family name in ال may come before a number: `نال زهير المغزاوي 1.97 في المئة`."""
    if _phrase_ended(tokens, k) or tokens[k].gap.strip() or tokens[k - 1].definite:
        return False  # `(42 عاماً)`: an age in brackets follows a name
    return tokens[k].key.isdigit() or tokens[k].key in _INDEFINITE_ADJECTIVES


def _second_family_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A second family name in ال- ي right after the first, where the name ends after it."""
    token = tokens[k]
    if k in taken:
        return _known_place_as_family_name(tokens, k, taken)  # `المهدي التازي الوزاني،`
    if not _nisba(token) or token.after_comma or token.after_break:
        return False
    return _ends_clause(tokens, k + 1) and not demonym(token.key, PLACES)


def _known_place_as_family_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A town the gazetteer knows as one word of a family name's shape (ال- ي) right after a name's
    words, where the clause ends: `المهدي التازي الوزاني،`, `عبد السلام الوزاني، إن`. A family named
    after its town; a place after a name would need a preposition (`في الوزاني`)."""
    token = tokens[k]
    if taken.get(k) != LOC or k - 1 in taken or token.after_comma or token.after_break:
        return False
    return _nisba(token) and _ends_clause(tokens, k + 1)


# "Who", "which" right after a family name in ال ends the name: `مجتبى حسن الأمين الذي يعمل`.
_RELATIVE_PRONOUNS = _keys("الذي التي")


def _relative_follows(tokens: list[Token], j: int, k: int) -> bool:
    """A relative pronoun at `k` ends the name from `j`, which opens on a given name no everyday word
    is (`مجتبى`) and has three words at most: `لبحث فرص التعاون التي` is a phrase, `حسن النية التي` too."""
    if k >= len(tokens) or k - j > _MAX_BEFORE_WHO or tokens[k].key not in _RELATIVE_PRONOUNS or tokens[k].after_break:
        return False
    return tokens[j].key in GIVEN_NAMES and tokens[j].key not in EVERYDAY_NAMES


def _nickname_follows(tokens: list[Token], j: int, k: int) -> bool:
    """A nickname or an age in brackets at `k` ends a given name and its family name in ال, when the
    given name is no everyday word: `قائد مجلس دير الزور العسكري أحمد الخبيل (أبو خولة)،`."""
    if k >= len(tokens) or k != j + 2 or "(" not in tokens[k].gap or SENTENCE_ENDS.intersection(tokens[k].gap):
        return False
    return tokens[j].key in GIVEN_NAMES and tokens[j].key not in EVERYDAY_NAMES


# Words of a name before `الذي`: two and a family name. `النائب إبراهيم كنعان مشروع القانون الذي`: the
# fourth word is the verb's object.
_MAX_BEFORE_WHO = 3


def _ends_title_name(tokens: list[Token], j: int, k: int) -> bool:
    """The title word at `k` ends the name from `j`: after two name words where the clause ends
    (`محمد أحمد ولد محمد الأمين،`), after one where a definite title introduced it (`كامل الوزير قد`)."""
    if k > j + 1 and (_ends_clause(tokens, k + 1) or _relative_follows(tokens, j, k + 1)):
        return True  # `مجتبى حسن الأمين الذي يعمل`
    return j > 0 and tokens[j - 1].definite and (_ends_clause(tokens, k + 1) or _ends_name(tokens, j, k + 1))


def _ends_name(tokens: list[Token], j: int, k: int) -> bool:
    """`المزارع خالد العموش من بلدة`, `الخبير حسن الخلايلة يرى`: a preposition, `قد` or a verb of
    speech after a family name in ال, when a definite title introduced the name (after `مديرة تجربة
    العملاء في`, the indefinite title is in construct). `قد` and a verb end a name of one word and a
    family name only where the first word is a name for sure (`الصديق الصور قد`, `كامل الوزير قد`): a
    verbal noun and its object stand there too (`أعلن رئيس الحكومة تأجيل الانتخابات قد`)."""
    if k >= len(tokens) or tokens[k].after_break:
        return False
    if tokens[k].key.startswith(_PREPOSITION_AND_ARTICLE) and len(tokens[k].key) > _MIN_CLITIC_NOUN:
        # `المنتج الأردني رامي الحسن بالشراكة مع`: a preposition and its noun, as `في` alone, after a
        # name that opens on a given name (`حسن الظن بالمفاوضات` is a phrase).
        if tokens[j].key not in GIVEN_NAMES or tokens[j].key in EVERYDAY_NAMES:
            return False
    elif tokens[k].key not in _NAME_END_PARTICLES or tokens[k].key == _QAD:
        sure = (
            k - j > 2
            or tokens[j].key in _DEFINITE_FIRST_NAMES
            or tokens[k - 1].key in _TITLE_FAMILY_NAMES
            or (tokens[j].key in GIVEN_NAMES and tokens[j].key not in EVERYDAY_NAMES)  # `خالد الحنيفات قد`
        )
        if not (sure and (tokens[k].key == _QAD or _in(tokens[k].key, _SPEECH_VERBS))):
            return False
    return j > 0 and tokens[j - 1].definite and not tokens[j].after_break and not tokens[j].after_comma


_PREPOSITION_AND_ARTICLE = ("بال", "لل", "وبال", "ولل")
_MIN_CLITIC_NOUN = 4  # `بالشراكة`, not `بال` (`بال` is a word too)
_SPEECH_VERBS = OPENERS - _keys("بحسب حسب وفق وفقا طبقا")
_QAD = normalize("قد")


def _verbal_noun(key: str) -> bool:
    """`بتقديم`, `لتعزيز`, `بارتفاع`, `باستخدام`, `لإنتاج`: ب or ل and a verbal noun of the patterns
    تفعيل, افتعال, انفعال, استفعال or إفعال, which no name begins with."""
    if len(key) < 6 or key[0] not in "بل":
        return False
    stem = key[1:]
    return (
        (len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي")  # تقديم
        or (len(stem) == 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا")  # ارتفاع
        or (len(stem) == 6 and stem.startswith("ان") and stem[4] == "ا")  # انخفاض
        or (len(stem) == 7 and stem.startswith("است") and stem[5] == "ا")  # استخدام
        or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا")  # إنتاج (إفعال)
    )


def _purpose(tokens: list[Token], j: int) -> bool:
    """`لخدمات الحجاج`, `لبحث فرص التعاون`: ل and a noun in construct with a definite one (a family
    name in ال- ي is no construct: `لؤي الزعبي`, nor is a name before no definite word: `لوران فابيوس`)."""
    key = tokens[j].key
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if not key.startswith("ل") or len(key) < 4 or key.endswith(("ا", "ي")) or following is None:
        return False  # `لينا`, `ليلى`, `لطفي`: a given name in ل ends in a long vowel
    if following.after_break or following.after_comma or key in GIVEN_NAMES:
        return False  # `ليان الزعبي`
    if following.definite:
        return not _nisba(following)
    after = tokens[j + 2] if j + 2 < len(tokens) else None  # `لبحث فرص التعاون`
    return after is not None and after.definite and not (after.after_break or after.after_comma or _nisba(after))


def _person(tokens: list[Token], first: int, last: int) -> Discovered | None:
    while last >= first and _in(tokens[last].key, CONNECTORS):
        last -= 1
    if last < first or (_in(tokens[first].key, CONNECTORS - _KUNYA_OPENERS) and not _mother_of(tokens, first, last)):
        return None
    opening = tokens[first].key
    if _no_name_opens(tokens[first]):
        return None  # `بحبس ثلاثة موظفين`, `بموجب قانون`, `محافظ إلكترونية وشركات صرافة`
    if opening in _WITHOUT:
        return None  # `يصبح الفريق بلا حلول`: "without", after the rank's homograph "the team"
    if opening in _SAINT_PREFIXES or (opening[:1] == "ل" and opening[1:] in CONNECTORS):
        return None  # `باريس سان جيرمان`, `سان فرانسيسكو`; `الحوض المائي لأم الربيع`: "of Umm…"
    if _verbal_noun(opening) or any(tokens[k].key in _DIRECTIONS for k in range(first, last + 1)):
        return None  # `لاستغلال منجم إيمورارين`, `داخل معسكر التكبالي`, `أمر واقع جنوب سوريا`: where or what for
    if opening[:1] == "و" and opening[1:] not in GIVEN_NAMES and _verbal_noun("ب" + opening[1:]):
        return None  # `مدير إدارة الصرف الصحي وتصريف مياه الأمطار`: a second task of the body; but `وتوفيق`
    if last > first and _present_verb(tokens[first]) and _object_follows(tokens[first + 1]):
        return None  # `والمرشد يأخذ الزبائن`, `القطرية تعزز أسطولها`: a verb and its object
    if _opens_on_a_verb(tokens[first]):
        return None  # `الأكاديمية يحمل اسم`, `الملك المعظم يتسلم أوراق اعتماد`: a verb after a role
    # `عبد المجيد` is one name word: a person needs two, or is known by a kunya (`أبو جوان`).
    words = sum(1 for k in range(first, last + 1) if k == first or not _in(tokens[k - 1].key, CONNECTORS))
    return Discovered(PERSON, first, last) if words >= 2 or _kunya(tokens, first, last) else None


_ABU = normalize("أبو")
_KUNYA_OPENERS = _keys("عبد أبو")
_UMM = normalize("أم")


def _mother_of(tokens: list[Token], first: int, last: int) -> bool:
    """`أم عمر النجار`: "mother of", a given name and a family name; `أم` alone is "or" as often."""
    return tokens[first].key == _UMM and last >= first + 2 and tokens[first + 1].key in GIVEN_NAMES


_PRESENT_VERB = 4  # `يأخذ`, `تعزز`: the prefix and three root letters


def _present_verb(token: Token) -> bool:
    """A present verb of three root letters and no long vowel (`يأخذ`, `تعزز`), which no given name
    is: those that open on ي or ت have one (`يوسف`, `تامر`, `يزن` is three letters)."""
    word = strip_diacritics(token.raw)
    return (
        len(word) == _PRESENT_VERB
        and word[0] in "يت"
        and not _LONG_VOWELS.intersection(word[1:])
        and token.key not in GIVEN_NAMES
    )


def _opens_on_a_verb(token: Token) -> bool:
    """A present verb's shape, of three root letters (`يحمل`) or derived (`يتسلم`): no name of the
    1,602 people in the tuning sets' gold opens on one."""
    return _present_verb(token) or (_derived_present_verb(token.key) and token.key not in GIVEN_NAMES)


def _object_follows(token: Token) -> bool:
    """A definite noun or one with a pronoun: the object of a verb (`الزبائن`, `أسطولها`)."""
    return token.definite or strip_diacritics(token.raw).endswith(_HIS_HER_THEIR)


def _no_name_opens(token: Token) -> bool:
    """Words no name opens on, by their shape: a preposition glued to a noun of three letters
    (`بحبس`, `بطلب`: ب and three consonants, where a name has a long vowel, `بشار`, `بلال`), or to a
    participle (`بموجب`, `بمشاركة`); an indefinite feminine adjective or noun in ية (`إلكترونية`,
    `وشرعية`: no given name of six letters ends so)."""
    key = token.key
    if key in GIVEN_NAMES or token.definite:
        return False
    if key[:2] == "وب" and key[1:] not in GIVEN_NAMES:
        key = key[1:]  # `حسابات المتهم وبدفع تعويضات`: and with paying
    if key[:1] == "ب" and (key[1:2] == "م" or (len(key) == 4 and not _LONG_VOWELS.intersection(key[1:]))):
        return True
    if key[:1] in "بل" and key[1:] not in GIVEN_NAMES and _tafaul_of_weak_root(key[1:]):
        return True  # `المتهم فيها بتلقي أموال`: with receiving; but `لتركي آل الشيخ`
    if _feminine_plural(key):
        return True  # `وأظهرت بيانات عرضها`
    return len(key) >= _MIN_ADJECTIVE and strip_diacritics(token.raw).endswith("ية")


_LONG_VOWELS = frozenset("اويى")
_TAFAUL_OF_WEAK_ROOT = len("تلقي")


def _tafaul_of_weak_root(stem: str) -> bool:
    """`تلقي`, `تبني`, `تحدي`, `تصدي`: the verbal noun تفعّل of a root whose last letter is weak, ت, three
    letters and ي, which no name word is (`تركي`, a given name, is in the lists)."""
    return len(stem) == _TAFAUL_OF_WEAK_ROOT and stem[0] == "ت" and stem[-1] == "ي" and stem[1] not in _LONG_VOWELS


_MIN_ADJECTIVE = 6  # `وشرعية`; `نادية`, `فوزية`, `سعدية` are five letters
_MIN_FEMININE_PLURAL = 5  # `صفقات`, `بيانات`; `ودات` (Turkish Vedat) is four


def _feminine_plural(key: str) -> bool:
    """A feminine plural in ات (`بيانات`, `وتسجيلات`), which opens no name: of the 3,682 names of people
    in the 44 tuning sets' gold, those that open on a word in ات of five letters or more open on a given
    name (`فرحات`); the others bear one last, as a family name (`زريقات`, `عبيدات`). In their texts the
    rules read a person from two such openings, `وأظهرت بيانات عرضها`, `وتسجيلات نداءات التزاوج`, and
    from no other."""
    if key[:1] in "وف" and key[1:] in GIVEN_NAMES:
        return False
    return len(key) >= _MIN_FEMININE_PLURAL and key.endswith("ات") and key not in GIVEN_NAMES


# "Without" opens no name; it ends one only after a connector (`فاطمة أيت بلا`).
_WITHOUT = _keys("بلا بدون")
# "Saint" opens the names of towns and clubs, never a person's: `سان جيرمان`, `سانت كاترين`.
_SAINT_PREFIXES = _keys("سان سانت")


def _kunya(tokens: list[Token], first: int, last: int) -> bool:
    """`أبو جوان`: "father of" and a given name, which people are known by; `أبو الفضل` is left out,
    as a place or a shrine is often named so."""
    return last == first + 1 and tokens[first].key == _ABU and not tokens[last].definite


# The mother and father of a kunya: `أبو سامر الدقاق`, `أم محمد`.
_KUNYA_PARENTS = _keys("أبو أم")


def _given_name_at(tokens: list[Token], k: int, *, everyday: bool) -> bool:
    key = tokens[k].key
    if key in _HEADMAN and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in GIVEN_NAMES:
        return False  # `ويقول المختار علي سرور إن`: the headman's title before his given name
    if key in _SERVANT and not _phrase_ended(tokens, k + 1) and tokens[k + 1].definite:
        return True  # `عبد الرزاق`: "servant of" one of God's names is a given name, never a word
    if key in _KUNYA_PARENTS and k + 1 < len(tokens) and not tokens[k + 1].after_comma:
        key = tokens[k + 1].key  # `أبو سامر`
    if key in COMPOUND_FIRST_HALVES:
        m = k + 1 if tokens[k].key == key else k + 2  # the half after a kunya's parent: `أبو عز الدين`
        if not _phrase_ended(tokens, m) and tokens[m].key in COMPOUND_FIRST_HALVES[key]:
            return True  # `عز الدين`, `فتح الله`: the pair is a given name whatever the word alone is
    return key in GIVEN_NAMES and (everyday or key not in EVERYDAY_NAMES)


# The village headman of the Levant and Iraq, `المختار`, is a title before a given name (`المختار علي
# سرور`); elsewhere it is a given name itself (`المختار ولد داداه`, `حمادي ولد سيدي المختار`). In the 41
# tuning sets' texts, the one `المختار` before a given name is the title.
_HEADMAN = _keys("المختار والمختار")


# An institute named after its founder, a name of `عبد` and a family's: `مؤسسة عبد المحسن القطان`,
# `مؤسسة عبد الحميد شومان`. Only `عبد` opens a name surely; `مركز أبو` may be a place's (`أبو ظبي`).
_SERVANT = _keys("عبد")


def _title_before_name(tokens: list[Token], k: int) -> bool:
    """A title or rank at `k` and a given name after it: a person's, where a body's words had ended
    (`الشركة العامة لكهرباء حلب المهندس محمود الشيخ`). Not a trade in a body's name: `لعلوم وتكنولوجيا البحار`."""
    if not (_is_title(tokens[k]) or _in(tokens[k].key, RANKS)) or _phrase_ended(tokens, k + 1):
        return False
    return _given_name_at(tokens, k + 1, everyday=True)


def _purpose_end(tokens: list[Token], k: int, sake: bool = False, after_quote: bool = False) -> int | None:
    """The last word of what a body does, from `k`: `للدراسات الاستراتيجية`, `لدراسات السياسات`,
    `للهجرة واللجوء`, `لتحقيق الجنسية الكويتية` (ل and a noun in construct with a definite one); with
    `sake`, also `من أجل ديمقراطية الانتخابات`; `after_quote`, the quote closing a name before `k`."""
    if k >= len(tokens) or (_phrase_ended(tokens, k) and not (after_quote and _only_closing_quote(tokens[k]))):
        return None
    key = tokens[k].key
    # `لشؤون` opens a title's portfolio (`وزير الدولة لشؤون الطاقة`) but, after a definite body or an
    # institute, what the body deals with: `المديرية العامة لشؤون المخدرات والمؤثرات العقلية`.
    affairs = sake and key in _AFFAIRS_OF
    if sake and key in _FROM and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _SAKE:
        if _phrase_ended(tokens, k + 2) or _action(tokens[k + 2]):
            return None  # `يعمل المجلس الوطني من أجل تحقيق المصالحة`: what it does it for, no name
        last = _object_end(tokens, k + 2)  # `الجمعية اللبنانية من أجل ديمقراطية الانتخابات`
        if last is None:
            return None
    elif key.startswith("لل"):
        last = k
        if _of_a_district(tokens, k):
            last = k + 1  # `الإدارة العامة للواء ماركا`
        if key in _ABOUT_NOUNS and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _ABOUT:
            last = _object_end(tokens, k + 2) or last  # `للإفراج عن المعتقلين`
        last = _field_of_work(tokens, k) or last  # `للعاملين في المناجم والتعدين`
    elif key.startswith("ل") and len(key) >= 4 and not tokens[k].definite and (affairs or not _in(key, _PARTICLES)):
        # `لضحايا زلزال الحوز`: a second noun in construct may stand before the definite one.
        middle = k + 1
        if not _phrase_ended(tokens, middle) and _purpose_noun(tokens[middle]):
            middle += 1
        if _phrase_ended(tokens, middle) or not tokens[middle].definite:
            return None
        if middle > k + 1 and _title_before_name(tokens, middle):
            return None  # `لكهرباء حلب المهندس محمود`: a title opens the next name, the place ended the purpose
        last = middle
    else:
        return None
    k = last + 1
    joined = False
    while not _phrase_ended(tokens, k):
        token = tokens[k]
        if _abroad(tokens, k):
            return k  # `مؤسسة الحسن الثاني للمغاربة المقيمين بالخارج`
        if _negated_adjective(tokens, k):
            last = k + 1  # `لمكافحة الهجرة غير الشرعية`
            k += 2
            continue
        if _in(token.key, STOP) or token.key.startswith("بال") or _is_title(token) or _in(token.key, RANKS):
            break  # `المجلس الأعلى للصحة البحريني الفريق`: a person's rank starts
        if _in(token.key, _ORG_DESCRIPTIONS) or _participle_with_object(tokens, k):
            break  # `للشؤون المدنية المسؤولة عن`: what the body is charged with, not its name
        if _new_phrase_after_adjective(tokens, k):
            break  # `للخدمات اللوجستية المتكاملة النطاق السعري`: the verb's object
        if _people_after_adjective(tokens, k) or token.key in _BOTH_SIDES or token.key in _ADDRESSEES:
            break  # `دعت الهيئة العامة للطيران المدني المسافرين`, `لحقوق الإنسان الطرفين`: the verb's object
        if _definite_verbal_noun(token) and tokens[k - 1].definite:
            break  # `مدد المركز الوطني للأرصاد التنبيه الأحمر`: the object too; no adjective has that shape
        if token.definite:
            last = k
        elif joined or not _joined_purpose_noun(tokens, k):
            break
        else:
            joined = True  # `للتحكيم واختبارات القطن`, `لتنمية مناطق الواحات وشجر الأركان`
        k += 1
    return last


# Those who work take the field they work in after في or ب, and a union named by them is named by it too:
# `النقابة العامة للعاملين في المناجم والتعدين`, `النقابة العامة للعاملين بالبترول`. In the 44 tuning sets'
# texts, both such phrases after a body are in the gold name; the other 9 `العاملين في` are no body's.
_WORKERS = _keys("للعاملين للعاملات للمشتغلين")


def _field_of_work(tokens: list[Token], k: int) -> int | None:
    """The field's definite word after the workers at `k` (`في المناجم`, `بالبترول`), or None."""
    if tokens[k].key not in _WORKERS or _phrase_ended(tokens, k + 1):
        return None
    if tokens[k + 1].key.startswith("بال"):
        return k + 1
    if tokens[k + 1].key in _IN and not _phrase_ended(tokens, k + 2) and tokens[k + 2].key.startswith("ال"):
        return k + 2
    return None


# "The two parties", "the two sides", "the two countries": whom a body calls on or brings together, after
# its name (`دعت الهيئة المستقلة لحقوق الإنسان الطرفين إلى`). In the 41 tuning sets' texts all 5 right
# after a body's name are so, and no gold body's name holds one. So are a person's addressees
# (`_ADDRESSEES`: `دعت الجمعية الوطنية لحقوق الإنسان السلطات إلى`).
_BOTH_SIDES = _keys("الطرفين الجانبين البلدين")


# `غير` and a definite adjective describe the noun before them as one adjective would: `الهجرة غير الشرعية`,
# `الكسب غير المشروع`, `الاتجار غير المشروع`. Not where they say what kind the body itself is: `منظمة أطباء
# بلا حدود غير الحكومية`.
_NOT = _keys("غير")
_OWN_KINDS = _keys("الحكومية الحكومي الربحية الربحي")


def _negated_adjective(tokens: list[Token], k: int) -> bool:
    """`غير` at `k` and the definite adjective after it, inside a name; not a clause that describes the
    body (`غير المعنية`, `غير المعترف بها`)."""
    if tokens[k].key not in _NOT or _phrase_ended(tokens, k + 1):
        return False
    adjective = tokens[k + 1]
    if not adjective.key.startswith("ال") or adjective.key in _OWN_KINDS or _in(adjective.key, STOP):
        return False
    if _is_title(adjective) or _in(adjective.key, _ORG_DESCRIPTIONS):
        return False
    return _phrase_ended(tokens, k + 2) or tokens[k + 2].key not in _PARTICLES_WITH_PRONOUN


_AFFAIRS_OF = _keys("لشؤون")
# `للواء` is ل and `لواء`, Jordan's district, as often as ل and `اللواء`: before a word without the article it
# is in construct with the district's name (`مديرية التربية والتعليم للواء ماركا`), which a body of the
# district ends with. In the 41 tuning sets' texts: that one, and `للواء 444` (a brigade's number).
_OF_A_DISTRICT = _keys("للواء")


def _of_a_district(tokens: list[Token], k: int) -> bool:
    """`للواء` at `k` in construct with the name after it: ل and `لواء`, not ل and `اللواء`."""
    return tokens[k].key in _OF_A_DISTRICT and not _phrase_ended(tokens, k + 1) and _purpose_noun(tokens[k + 1])


# `بالخارج` after a definite plural of people names them, those abroad, and so the body that serves them:
# `وزارة الخارجية والهجرة وشؤون المصريين بالخارج`, `للمغاربة المقيمين بالخارج`. After anything else it
# says where the body works: `مكاتب الهيئة بالخارج`.
_ABROAD = _keys("بالخارج")


def _abroad(tokens: list[Token], k: int) -> bool:
    """`بالخارج` at `k`, right after a definite plural of people (`المصريين`, `المقيمين`)."""
    if tokens[k].key not in _ABROAD or tokens[k].after_comma:
        return False
    before = tokens[k - 1].key
    return before.startswith(("ال", "لل", "وال")) and before.endswith(("ين", "ون"))


def _definite_verbal_noun(token: Token) -> bool:
    """`التنبيه`, `التحذير`: a definite verbal noun of the pattern تفعيل. After a definite word it is in
    construct with nothing, and no adjective is so shaped (`التقني`, `التنفيذي` are longer). Written with ة
    it is a feminine nisba of that length (`للبنية التحتية`), which the normalised key cannot tell."""
    key = token.key
    return len(key) == 7 and key.startswith("الت") and key[5] == "ي" and not strip_diacritics(token.raw).endswith("ة")


# A definite participle with a preposition of its own after it is a relative clause on the body, no word of
# its name: `مؤسسة التراث الثقافي البروسي المشرفة على متاحف العاصمة`, `منظمة برو أزول المدافعة عن اللاجئين`,
# `الإطار التنسيقي المكون من قوى`. In the 44 tuning sets' texts, of such participles right after or inside a
# gold body's mention, 12 follow its name and 1 ends it (`أعلنت العتبة الحسينية المقدسة عن`, the verb's عن).
# Nisbas (`المصرية`) and plurals of people (`المهندسين إلى`, `المعطلين عن العمل`) are no such participles.
# With the preposition's pronoun it is a relative clause too (`قناة الملاحة المؤدية إليه`, `الحكومة المعترف
# بها دولياً`, `الشركة المالكة لها`: 22 in the texts, none in a name).
_GOVERNED = _keys("على عن إلى من إليه إليها إليهم") | _PARTICLES_WITH_PRONOUN
_PARTICIPLE_MIN = len("المكون")


def _participle_with_object(tokens: list[Token], k: int) -> bool:
    """A definite participle at `k` (`المشرفة`) and the preposition it governs after it (`على`)."""
    key = tokens[k].key
    if not key.startswith("الم") or len(key) < _PARTICIPLE_MIN or key.endswith(("ي", "يه", "ين", "ون")):
        return False
    return not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _GOVERNED


# A plural of things takes its adjectives in the feminine singular, and a definite noun takes no noun in
# construct: after a feminine adjective, a definite word that is neither feminine nor a nisba nor a plural
# starts a new phrase, the verb's object or a time: `حددت شركة الرواسي للخدمات اللوجستية المتكاملة النطاق
# السعري`, `أعلنت وزارة الثقافة السعودية الانتهاء من`. In the 44 tuning sets' texts, of such pairs inside or
# right after a gold body's mention, 27 end the name and 1 does not: `المتعددة الأبعاد`, an adjective in
# construct with a plural of the shape أفعال, which is let through.
def _new_phrase_after_adjective(tokens: list[Token], k: int) -> bool:
    """The definite word at `k` cannot describe the noun the feminine adjective before it describes."""
    token, before = tokens[k], tokens[k - 1]
    if not (before.definite and before.key.endswith("ه")):
        return False
    if not (before.key.endswith("يه") or before.key.startswith(("الم", "والم", "للم"))):
        return False  # `مستشفى الثورة العام`: a noun in ة, whose word after may describe the head
    key = token.key
    if not key.startswith("ال") or key.endswith(("ه", "ي", "ين", "ون", "ات", "ان", "يا")):
        return False
    return not (len(key) == len("الابعاد") and key[2] == "ا" and key[5] == "ا")  # `الأبعاد`, `الأطراف`


def _people_after_adjective(tokens: list[Token], k: int) -> bool:
    """A definite plural of people at `k` (`المسافرين`, `المواطنون`) right after a definite adjective
    of origin or kind (`المدني`): the purpose's noun phrase had ended, a new one starts. A plural
    adjective of origin (`الفلسطينيين`) still describes the noun before."""
    token, before = tokens[k], tokens[k - 1]
    if not token.key.startswith("ال") or not token.key.endswith(("ين", "ون")) or token.key.endswith(("يين", "يون")):
        return False
    return before.definite and before.key.startswith(("ال", "لل")) and before.key.endswith("ي")


# A purpose may open with `من أجل` instead of ل: `الجمعية اللبنانية من أجل ديمقراطية الانتخابات`,
# `مركز السياسات من أجل الجنوب الجديد`; read after definite bodies and institutes only, as a company's
# `من أجل` is what a deal is for (`وقعت مع شركة توتال من أجل تطوير الحقل`), and never before a verbal
# noun (`من أجل تحقيق`, `من أجل التوصل`, `من أجل دعم`): a body works for that, it is not named so.
_FROM, _SAKE = _keys("من"), _keys("أجل")
_SHORT_ACTIONS = _keys("دعم حل وقف منع رفع بناء نقل فتح حماية مواجهة مساعدة")


def _action(token: Token) -> bool:
    """A verbal noun, with the article or without: `تحقيق`, `التوصل`, `إنهاء`, `دعم`."""
    stem = token.key[2:] if token.key.startswith("ال") else token.key
    if stem in _SHORT_ACTIONS:
        return True
    return _verbal_noun("ل" + stem) or (stem[:1] == "ت" and len(stem) in (4, 5))  # `تعاون`, `توصل`


# Purposes whose verbal noun takes its object after `عن`: `اللجنة الوطنية للإفراج عن المعتقلين`, `الرابطة
# التونسية للدفاع عن حقوق الإنسان`, `الشركة الوطنية للتنقيب عن النفط`. After other purposes `عن` is what
# the body said or did: `أعلنت الهيئة العليا للانتخابات عن موعد`.
_ABOUT_NOUNS = _keys("للإفراج للدفاع للبحث للتنقيب للكشف")
_ABOUT = _keys("عن")


def _object_end(tokens: list[Token], k: int) -> int | None:
    """The last word of a purpose's object from `k`: a definite word (`المعتقلين`) or a noun in
    construct with one (`حقوق الإنسان`), and the definite words that describe it (`الجنوب الجديد`)."""
    if _phrase_ended(tokens, k):
        return None
    if not tokens[k].definite:
        if not _purpose_noun(tokens[k]) or tokens[k].key.startswith("و"):
            return None
        k += 1
        if _phrase_ended(tokens, k) or not tokens[k].definite:
            return None
    last = k
    while not _phrase_ended(tokens, last + 1) and _describes_object(tokens[last + 1]):
        last += 1
    return last if _describes_object(tokens[k]) else None


def _describes_object(token: Token) -> bool:
    key = token.key
    return token.definite and key.startswith("ال") and not (_in(key, STOP) or _is_title(token) or _in(key, RANKS))


def _joined_purpose_noun(tokens: list[Token], k: int) -> bool:
    """`واختبارات` in `للتحكيم واختبارات القطن`: a second noun joined by و, in construct with the
    definite word after it (`وقال الوزير` is a verb; `ويضم` and `ونقل` begin verbs as often)."""
    token = tokens[k]
    if not token.key.startswith("و") or token.key.startswith(("وي", "ون")) or not _purpose_noun(token):
        return False
    if token.key in GIVEN_NAMES:
        return False  # `الكاتب العام للجامعة العامة للنقل وجيه الزيدي إن`: a name opens on و, the body had ended
    if _opens_body(token):
        return False  # `للتنمية وبنك الاستثمار الأوروبي`: a second body is listed, not a second purpose
    following = k + 1
    if _phrase_ended(tokens, following) or not tokens[following].definite or _is_title(tokens[following]):
        return False
    # `الكاتب العام للجامعة العامة للنقل وجيه الزيدي`: a given name in و and a family name, the officer's.
    return not (_given_name_at(tokens, k, everyday=True) and _nisba(tokens[following]))


def _opens_body(token: Token) -> bool:
    """`وبنك`, `ووزارة`, `ومركز`: a head noun after و begins another body, not a noun of this one's name."""
    return token.key.startswith("و") and _has_stem_in(token.key[1:], _BODY_HEADS)


# Not `إدارة` or `حركة`, as often verbal nouns of a purpose: `للاستثمار وإدارة المشاريع`, `للنقل وحركة البضائع`.
# A city's municipality and the plural heads list bodies too: `الهيئة العامة للطرق وأمانة العاصمة المقدسة`,
# `وزارة التنمية الاجتماعية ولجان الزكاة`.
_BODY_HEADS = (ORG_HEADS | INSTITUTES | _keys("أمانة لجان هيئات جمعيات نقابات وزارات")) - _keys("إدارة حركة")


def _purpose_noun(token: Token) -> bool:
    """`زلزال` in `لضحايا زلزال الحوز`: a noun in construct inside what a body does."""
    key = token.key
    return not (token.definite or _tanween(token) or key.isdigit() or len(key) < 3 or _in(key, _PARTICLES))


def demonym(key: str, places: frozenset[str]) -> bool:
    """A nationality adjective, definite: `التركي`, `المصرية`, `الأميركيين` (of a place in `places`)."""
    return demonym_place(key, places) is not None


@lru_cache(maxsize=1 << 14)  # asked of most definite words; news repeats its adjectives
def demonym_place(key: str, places: frozenset[str]) -> str | None:
    """The place (its key in `places`) a definite nationality adjective is made of: `الليبي` → `ليبيا`."""
    if not key.startswith("ال") or key.startswith("لل"):
        return None
    stem = key[2:]
    for ending in ("يين", "يون", "يه", "ي"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 2:
            stem = stem[: -len(ending)]
            break
    else:
        return None
    return next(
        (form for form in (stem, "ال" + stem, stem + "ا", stem + "يا", "ال" + stem + "يه") if form in places), None
    )


def _known_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int:
    """The last word of the known name whose word `k` is: `بنغازي`, `محمد الخامس`."""
    kind = taken[k]
    ends = taken.ends if isinstance(taken, Known) else frozenset()
    while k + 1 < len(tokens) and taken.get(k + 1) == kind and not tokens[k + 1].after_break and k not in ends:
        if tokens[k + 1].key.startswith("و") and _facility_noun(tokens[k + 1]):
            break  # `منفذ المزيونة ومنفذ صرفيت`: two known names, listed
        k += 1
    return k


# Maghrebi honorifics of saints and kings that open a place's name: `سد سيدي محمد بن عبد الله`,
# `مطار مولاي علي الشريف`.
_SAINTS = _keys("سيدي مولاي")


def _name_span(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of the name that starts at `k`: a known name, or one word of its own (two
    with a connector, `أبو موسى`)."""
    if _phrase_ended(tokens, k):
        return None
    if k in taken:
        return _known_name_end(tokens, k, taken)
    token = tokens[k]
    if token.definite or not _is_name_word(tokens, k, taken) or token.key.startswith("لل"):
        return None
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.after_break or following.after_comma:
        return k
    if token.key in _SAINTS and _is_name_word(tokens, k + 1, taken):
        # `سد سيدي محمد بن عبد الله`: named after a saint or a king, his whole name or one word of it.
        saint = _name_at(tokens, k + 1, taken)
        return saint.last if saint is not None else k + 1
    if _in(token.key, CONNECTORS) or following.key in _ORDINALS:
        return k + 1  # `أبو موسى`, `محمد الخامس`
    if token.key in _SAINT_PREFIXES and not following.definite and _is_name_word(tokens, k + 1, taken):
        return k + 1  # `جامعة سان ماركوس الوطنية`: "Saint" ends no name (4 of 4 in the tuning sets' texts)
    return k


# A road is named only with its kind: `طريق الكريمات الصحراوي`. Without one it is a way or a route,
# no name: `عن طريق مهاجمه`, `طريق التنمية`, `طريق دمشق–السويداء`, `طريق رأس الرجاء الصالح`.
_ROADS = _keys("طريق")


OPENING_QUOTES, CLOSING_QUOTES = frozenset('"“«'), frozenset('"”»')
_TODAY = _keys("اليوم")  # ends the names of papers and channels: `"الكويت اليوم"`, `"روسيا اليوم"`
_MAX_QUOTED = 4


def _opens_quote(token: Token) -> bool:
    return token.gap != " " and any(char in OPENING_QUOTES for char in token.gap)


def _quote_end(tokens: list[Token], k: int, named: bool = False) -> int | None:
    """The last word of a short name in quotes that opens at word `k`: `"أسبيدس"`, `«كوسموس إنرجي»`.
    `named`: the words before say a name opens here, which may hold a particle after its first word
    (`منظمة "بناء من أجل السلام"`, `صندوق "بي إي في"`)."""
    if k >= len(tokens) or not _opens_quote(tokens[k]) or any(char in ".،,\n" for char in tokens[k].gap):
        return None
    for e in range(k, min(k + _MAX_QUOTED, len(tokens))):
        if e > k and (tokens[e].after_break or tokens[e].after_comma):
            return None
        if (_in(tokens[e].key, STOP) and not (e > k and (named or tokens[e].key in _TODAY))) or len(tokens[e].key) < 2:
            return None  # a quoted phrase, not a name; inside quotes a title word may be one (`الكبير`)
        after = tokens[e + 1].gap if e + 1 < len(tokens) else ""
        if CLOSING_QUOTES & set(after):
            return e
    return None


def _only_closing_quote(token: Token) -> bool:
    """The gap before a word holds a closing quote and nothing else that ends a phrase."""
    return bool(CLOSING_QUOTES & set(token.gap)) and not set(token.gap) - CLOSING_QUOTES - {" "}


_MASCULINE_SETTLEMENTS = _keys("حي حيي قضاء إقليم")  # حيي: two quarters, `في حيي أبوسليم وصلاح الدين`
_SETTLEMENT_LISTS = _keys("مدينتي بلدتي قريتي منطقتي محافظتي حيي مدن بلدات قرى مناطق محافظات أحياء")
# Morocco's villages, listed after their plural: `بدواوير أولاد الطيب وسيدي حرازم وأولاد بوعلي`.
_SETTLEMENT_LISTS = _SETTLEMENT_LISTS | _keys("دواوير")
# First words of two-word place names: `بني درار`, `عين العرب`, `تل أبيض`, `سيدي بوزيد`.
_PLACE_CONNECTORS = _keys("بني أبو عين بئر رأس راس دير تل كفر بيت خان أم سيدي وادي جبل ذي ود")  # `ود النورة`
_MAX_LISTED = 4


# Where a place lies, not what it is called: `مدينة تطوان شمال البلاد`, `قرية قرب حلب`.
_DIRECTIONS = _keys("شرق غرب شمال جنوب شرقي غربي شمالي جنوبي قرب قرابة بالقرب وسط أقصى داخل خارج")


_COMPASS = _keys("شرق غرب شمال جنوب")


def _facility_noun(token: Token) -> bool:
    """`ميناء` in `مصفاتي ميناء الأحمدي وميناء عبد الله`: a facility named after another one."""
    return not token.definite and not _tanween(token) and _has_stem_in(token.key, FACILITIES)
