"""Names the gazetteer does not know, found the way Arabic news introduces them.

A person is named next to a title or role, before it (`وزير الدفاع الأميركي لويد أوستن`,
`المتحدث باسم الجيش العراقي اللواء يحيى رسول`, `السفيرة الأميركية لدى العراق، ألينا رومانوفسكي`)
or after it, set off by a comma (`مارك كيميت، مساعد وزير الخارجية`, `توماس إيريك، كبير الباحثين`).
An organisation is a head noun of institution followed by its definite words (`وكالة الاستخبارات
والتحقيقات الاتحادية`, `وزارة الخارجية العراقية`).

The rules prefer silence to a wrong name: a name needs two words of its own, stops at every
particle, verb, time word, punctuation or known name, and never starts with the article ال (which
is how role words and nationality adjectives are told from names). What they find is stored as
`discovered`, for a curator to confirm.
"""

from dataclasses import dataclass
from functools import cache, lru_cache

from articles.parsing.arabic import clitic_stems, normalize, strip_diacritics, written_forms
from articles.parsing.dates import MONTHS
from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES
from articles.parsing.words import BREAKS as _BREAK_CHARS
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
    الباحث باحث الباحثة باحثة المحلل محلل المحللة الخبير خبير الخبيرة خبيرة الأستاذ أستاذ الأستاذة
    الكاتب الكاتبة الصحفي الصحافي الصحفية المراسل مراسل القيادي قيادي القيادية عميد رئيس
    الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان ولي المرشد البابا الإمام المفتي
    نظير نظيرة قائممقام قائمقام القائممقام القائمقام وزيري المرشح المرشحة مرشح مرشحة
    المحامي المحامية محامي محامية الناشط الناشطة ناشط ناشطة الحقوقي الحقوقية الطبيب الطبيبة
    مسؤول المسؤول مسؤولة المسؤولة الإعلامي الإعلامية الأكاديمي الأكاديمية المؤرخ الداعية
    نقيب نقيبة
    """
)  # not `العام` (of `النائب العام`): alone it is "the year" or "public" (`الأمن العام`, `العام الماضي،`)
# نقيب in construct heads a syndicate (`نقيب الصيادلة في لبنان جو سلوم`); النقيب is a rank.
# Ordinary people whom news quotes by trade or standing: `وقال الفلاح عبد الستار المسعودي`,
# `المواطن النمساوي كريستيان فيبر`. They introduce a name as a title does.
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
    """
) | _keys("بائع بائعة سائق مدرب مدربة")  # in construct, as a title: `بائع الموز آدم عثمان`, `مدرب الوحدات عماد الخطيب`
# Sport trades that are everyday nouns too ("the rule", "the alternative"): right after them, only a given
# name opens a name.
_EVERYDAY_TRADES = _keys("الحكم البديل")
# A team's player with its pronoun introduces him as a trade does: `مهاجمه أنس العوضات`, `لاعبه زكريا دراوي`.
# Trades in construct take the word after them as what they sell or drive, never as a name: `بائع
# خضار أوقف`, `بائعة شاي فرت`, `سائق دراجة نارية أجرة`.
_CONSTRUCT_TRADES = _keys("بائع بائعة سائق")
# Culture pages name artists and writers by their art (`الناقد الأردني فخري صالح`, `الملحن العراقي نصير
# شمة`, `عازف العود`, `الأديب الراحل نجيب محفوظ`, `تكريم الراحل فريد بوغدير`), local news its people by
# their office or standing (`عمدة باسكنو`, `وقالت المستفيدة حصة العنزي`, `أما الزائر الكويتي بدر المطيري`).
_ARTS_AND_STANDING = _keys(
    """
    الناقد الناقدة الملحن الملحنة الموسيقار المايسترو الناشر الناشرة الأديب الأديبة القاص القاصة
    المترجم المترجمة النحات النحاتة المؤلف المؤلفة المذيع المذيعة عازف عازفة العازف العازفة
    الراحل الراحلة عمدة العمدة المستفيد المستفيدة الزائر الزائرة
    """
)
OCCUPATIONS = OCCUPATIONS | _ARTS_AND_STANDING | _keys("مؤسس المؤسس")  # `محمد العبار، مؤسس شركة إعمار`
TITLES = TITLES | OCCUPATIONS
# In the Maghreb الفلاحة is "agriculture" too, in construct after a ministry or a minister: `وزارة
# الفلاحة والموارد المائية`, `وزير الفلاحة`. There it introduces no woman farmer's name.
_AGRICULTURE = _keys("الفلاحة")
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
# Inside a rank only: `الفريق أول ركن`. Alone, `أول دولة خليجية` is "the first state".
_RANK_PARTS = _keys("أول ركن")
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
_NO_PERSON_WORDS = _keys("كل مقابل أحد إحدى")  # and "one of": `المعلمة في إحدى مدارس الوكالة، سهى`
# Conjunctions of time and manner open a clause, never a name: `قال المتحدث حين سئل`.
_CLAUSE_OPENERS = _keys("حين حينما عندما لما كلما طالما ريثما بعدما قبلما مثلما كيفما أينما حيثما أما بينما")
STOP = STOP | _CLAUSE_OPENERS
# Verbs a news sentence opens on before its subject: `وصل محمد علي، مستشار الرئيس، إلى`.
_NEWS_VERBS = _keys(
    """
    وصل غادر توجه شارك حضر ترأس عاد تلقى ناقش استعرض أشاد ثمن هنأ بعث تسلم أصدر أطلق افتتح دشن
    تعهد جدد وقع أجرى وصلت غادرت شاركت حضرت ترأست تلقت
    """
)
STOP = STOP | _NEWS_VERBS
# Verbs of becoming and staying open a predicate, never a name: `المعلم أصبح يعمل أكثر`, `العمالة
# التي باتت تفضل العمل`.
_BECOMING = _keys("أصبح أصبحت بات باتت صار صارت ظل ظلت أضحى أضحت أمسى أمست بقي بقيت يزال تزال مازال مازالت")
STOP = STOP | _BECOMING
# A relative pronoun after a role noun makes it a description (`اليد العاملة الموسمية التي باتت`):
# the clause it opens names nobody.
_RELATIVES = _keys("الذي التي الذين اللذين اللتين اللواتي اللاتي اللائي")
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
    الحسين الحسن الصديق
    """
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
# Appositive roles that follow a name without a comma: `قال يحيى رسول المتحدث باسم…`.
APPOSITIVES = _keys("المتحدث المتحدثة الناطق الناطقة السفير السفيرة المبعوث المبعوثة المستشار مستشار")
# Nouns that head an organisation's name: `وكالة الاستخبارات…`, `وزارة الخارجية العراقية`.
ORG_HEADS = _keys(
    """
    وزارة وكالة منظمة حزب جماعة جبهة هيئة كتائب سرايا ألوية فيلق مجلس ائتلاف اتحاد جامعة شركة
    مؤسسة صحيفة قناة غرفة رابطة نقابة جمعية مفوضية صندوق بنك مصرف تحالف كلية جهاز لجنة حركة بلدية
    مديرية إدارة قوات سلاح مجموعة ديوان سفارة قنصلية نيابة
    """
)  # `نيابة الأموال العامة`; `نيابة عن الرئيس` (on his behalf) has no definite word after it
# Heads that are ordinary nouns as often as names (`حركة الملاحة الجوية`, `لجنة التحقيق الأولى`,
# `غرفة العمليات المشتركة`, `بنك الأهداف العسكرية`, `صندوق الاقتراع`, `مديرية التربية`, `مجموعة العمل
# المشتركة`): they head a
# name only when a nationality adjective closes it (`حركة النهضة التونسية`, `جهاز الضرائب العماني`),
# nouns in construct name what they run (`جهاز مشروعات أراضي القوات المسلحة`, `مديرية ماء البصرة`),
# or a noun joined by و says what they are for (`صندوق التنمية وإعادة الإعمار`).
_COMMON_HEADS = _keys("جهاز لجنة حركة غرفة بنك صندوق مديرية مجموعة ديوان")  # `ديوان الشعر العربي`, poems
# Heads that name a body only with three words of their own and a nationality adjective: `إدارة
# مكافحة المخدرات الأردنية`, `قوات الأمن الوطني الفلسطيني`, `سلاح الجو السلطاني العماني`; but `إدارة
# المدرسة الأمريكية` is a school's management, `قوات الاحتلال الإسرائيلي` and `قوات الأمن العراقية`
# any troops of a country, `سلاح المقاومة الفلسطينية` its weapons.
_NATIONAL_HEADS = _keys("إدارة قوات سلاح")
_MANAGEMENT = _keys("إدارة")  # and a noun in construct first: `إدارة النادي الأهلي المصري` is a club's board
# Common heads named by two definite nouns joined by و: `جهاز الإسعاف والطوارئ`, `لجنة المال والموازنة`,
# `مديرية التربية والتعليم`. Not `حركة` (`حركة البيع والشراء`) nor `غرفة` (`غرفة النوم والمعيشة`).
_PAIRED_HEADS = _keys("جهاز لجنة مديرية")
# A union or league named by its members in construct and their trade in two words is a body: `نقابة
# بحارة الصيد التقليدي`, `رابطة موظفي الإدارة العامة`; those heads are no ordinary noun before a construct.
_MEMBERS_HEADS = _keys("نقابة رابطة")
# Heads whose name may be nouns in construct without the article, what the body runs or fights:
# `هيئة مقاومة الجدار والاستيطان`, `وكالة تنمية الأطلس الكبير`, `شركة فسفاط قفصة`. Not `مجلس`
# (`مجلس إدارة الشركة`), `لجنة` (`لجنة تحقيق`, `لجنة تقصي الحقائق`) or `حركة` (`حركة نقل البضائع`).
_CONSTRUCT_HEADS = _keys("هيئة جهاز وكالة إدارة مديرية شركة مؤسسة صندوق غرفة رابطة جمعية نقابة اتحاد منظمة")
# Institutes in construct with their research, whose subject is the name: `معهد بحوث القطن`, `مركز
# دراسات الموصل`; `مركز مدينة حلب` is the city centre, no body.
_INSTITUTE_NOUNS = _keys("مركز معهد")
_RESEARCH = _keys("دراسات بحوث أبحاث")
# `مركز المدينة` is the town centre, `مركز المحافظة` its seat: no institute unless a purpose names one.
_TOWN_CENTRES = _keys("المدينة البلدة القرية المحافظة القضاء الناحية الولاية المنطقة")
# Nouns after those heads that make an ordinary phrase, not a name: `هيئة تحرير الصحيفة`, `هيئة
# تدريس`, `هيئة تحكيم`, `هيئة دفاع المتهمين`, `جهاز كشف المعادن`, `إدارة أزمة`.
_NOT_CONSTRUCT = _keys("تحرير تدريس تحكيم محلفين دفاع إدارة أمناء تحقيق خبراء كشف قياس أزمة أزمات مقرها مقره")
# `العام` ends a title (`النائب العام`) but inside a body it is "general": `مديرية الأمن العام الأردنية`.
_GENERAL = _keys("العام")
# A head and a noun that make an ordinary phrase after that head only: `غرفة عمليات الجيش السوداني` is
# the army's operations room; `هيئة عمليات التجارة البحرية البريطانية` is a body.
_ORDINARY_CONSTRUCTS = frozenset({(normalize("غرفة"), normalize("عمليات"))})
# A division named by its number: `الفرقة الرابعة` (Syria's), `الفرقة السابعة`. `الفرقة` alone is
# any troupe or team.
_DIVISIONS = _keys("الفرقة")
_SCHOOL_YEARS = _keys("طلاب طالبات طالب طالبة امتحانات امتحان نتيجة نتائج دفعة")
_FACULTIES = _keys("كلية جامعة قسم معهد")
_FEMININE_ORDINALS = _keys("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة")


# Institutes named `مركز X للدراسات`: the place or word X inside is part of the name.
INSTITUTES = _keys("مركز معهد مؤسسة منتدى مرصد تعاونية")  # `تعاونية تيفاوين لإنتاج زيت الأركان`
# Bodies named by a place or a person right after the head: `جامعة بنغازي`, `جامعة محمد الخامس`.
NAMED_BODIES = _keys("جامعة بلدية")
# Companies and funds named by a word of their own and what they do: `شركة دلمون للأنظمة الذكية`,
# `صندوق أوبك للتنمية الدولية`, `شركة فولاد مباركة للصلب`.
PURPOSE_HEADS = _keys("شركة صندوق مجموعة بنك مصرف")
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
# Those last: federations, named so only with what they do: `الكونفدرالية العامة لعمال موريتانيا`, and
# the Maghreb's `الجامعة` (`الجامعة الملكية المغربية لكرة القدم`), which is also a university: after it
# only a sport, a field of study or, for a union's `الجامعة العامة`, a trade is its purpose (`قدمت الجامعة
# الأمريكية للطلاب منحاً` is what it gave, to whom). Not `الجبهة` (`الجبهة الجنوبية للبنان` is Lebanon's
# front) or `الشبكة` (`الشبكة الكهربائية للمدينة`, the town's grid).
_UNIVERSITY = _keys("الجامعة")
# `الإدارة` is a general directorate only as `الإدارة العامة` with what it does: `الإدارة العامة للجمارك
# الصينية`, `الإدارة العامة لمكافحة الفساد`; `الإدارة الأمريكية` is a government.
_THE_MANAGEMENT = _keys("الإدارة")
_SPORTS = _keys("لكرة لألعاب للألعاب للملاكمة للمصارعة للجودو للتنس للسباحة للدراجات للفروسية للرماية للرياضة")
_GENERAL_UNION = _keys("العامة")
# Bodies of a city that news names by the city alone: `شرطة دبي`, `نيابة دبي`, `محاكم دبي`, `غرفة
# الرياض`. Without a known place after them (`شرطة المرور`, `غرفة العمليات`) they name none.
_CITY_BODIES = _keys("شرطة نيابة محاكم غرفة")
# Courts of a kind in a city, definite: `المحكمة العمالية في الرياض`, `المحكمة الابتدائية في صفاقس`.
# Not a high court (`المحكمة العليا في إسرائيل` is the country's, named with its adjective).
_THE_COURT = _keys("المحكمة")
_COURT_KINDS = _keys("العمالية الابتدائية الجزائية الجنائية التجارية الإدارية العسكرية الشرعية")
_IN = _keys("في")
_COURT_RANKS = _keys("الكبرى الصغرى")
# A state's court of cassation, named by its kind alone: `أيدت محكمة التمييز الحكم`.
_SUPREME_COURTS = _keys("التمييز النقض")
# A faculty in a city, with ب: `كلية الطب بسوسة` (Maghreb); `كلية الطب` alone is any.
_FACULTY = _keys("كلية")
# A chamber's trades before its city: `غرفة التجارة والصناعة والزراعة مصراتة`.
_CHAMBERS = _keys("غرفة")
_CHAMBER_TRADES = _keys("تجارة صناعة زراعة التجارة الصناعة الزراعة")
# A court named by its kind and its city: `محكمة جنايات الإسكندرية`, `محكمة استئناف بيروت`; not
# `محكمة الاستئناف` (any court of appeal) nor `محكمة في الدار البيضاء` (a court somewhere).
_COURTS = _keys("محكمة")
# The council of a city or province: `مجلس محافظة البصرة`, `مجلس مدينة حلب`, a known place after.
_COUNCIL_SEATS = _keys("محافظة مدينة بلدة قرية ولاية")
# Hospitals (the gold counts them as bodies): `مستشفى الجمهورية التعليمي`, `مستشفى طرابلس الحكومي`,
# `مستشفى سهلول`, `المستشفى الجامعي فرحات حشاد`, and complexes known by what they treat: `مجمع السلمانية
# الطبي`. `مستشفى ميداني`, `مستشفى الأطفال`, `المستشفى الجامعي في المدينة` name none.
_HOSPITALS = _keys("مستشفى")
_THE_HOSPITAL = _keys("المستشفى")  # a head of its own: `والمستشفى الجامعي` is written `المستشفى الجامعي`
_COMPLEXES = _keys("مجمع")
_HOSPITAL_KINDS = _keys("التعليمي الجامعي الحكومي العام التخصصي المركزي العسكري الاستشاري الدولي الوطني الطبي")
_UNIVERSITY_HOSPITAL = _keys("الجامعي")
_MEDICAL = _keys("الطبي الجامعي")
# Health centres and clusters named by their town or quarter: `مركز الوكرة الصحي`, `مركز معيذر الصحي`,
# `تجمع جدة الصحي الأول`. `مركز صحي` alone is any.
_HEALTH_HEADS = _keys("مركز تجمع")
_HEALTH = _keys("الصحي")
# A state's department, named by a definite noun and its adjective or a second noun: `دائرة الفنون
# الموسيقية`, `دائرة الثقافة والسياحة في أبوظبي`, `دائرة الإحصاءات العامة`. One noun alone is a figure of
# speech (`دائرة الخطر`, `دائرة الاستهداف`), an indefinite place an electoral district (`دائرة صفاقس`).
_DEPARTMENTS = _keys("دائرة")
# A publishing house: `دار الندى للنشر`, and after its owner's or director's title `مديرة دار الآداب`.
# `دار الأيتام`, `دار الأوبرا` are houses of a kind or buildings.
_HOUSES = _keys("دار")
_PUBLISHING = _keys("للنشر للطباعة للتوزيع للترجمة")
_HOUSE_TITLES = _keys("مدير مديرة صاحب صاحبة ناشر مؤسس مؤسسة")
_HOUSES_OF_CARE = _keys("الأيتام المسنين العجزة الرعاية الحضانة الضيافة العبادة")
_LOCAL_BODY_HEADS = _keys("شرطة نيابة محاكم محكمة مستشفى مجمع المستشفى")
# `القوات الأمريكية` is any US troops, `القوات المسلحة الأردنية` Jordan's armed forces.
_FORCES, _ARMED = normalize("القوات"), normalize("المسلحة")
# Named places built on a facility or landform noun: `مخيم زمزم`, `معبر رفح`, `جزيرة كمران`,
# `سد الروصيرص`, `قصر بعبدا`, `جبال قنديل`. The place inside (رفح) is part of that name.
FACILITIES = _keys(
    """
    مخيم معبر جزيرة سد قصر جبل جبال حوض ميناء مطار قاعدة بحيرة واحة حقل منفذ مرفأ محطة مصفاة كهف سجن شارع ساحة ميدان
    حاجز نهر وادي قلعة باب سوق
    نفق طريق حديقة معمل بئر كثبان مول عزبة متحف قاعة
    """
)
# Facilities whose noun is as often an ordinary one (`محطة تحلية المياه`, `ساحة المعركة`, `سجن
# الاحتلال`, `حاجز الخوف`): their name is a word of its own that nothing in construct follows (`محطة تهدارت
# الحرارية`, `كهف جاسنة`), a known name (`مصفاة الدقم`, `شارع الحبيب بورقيبة`), or for a street or a
# prison one definite word (`سجن المرناقية`).
_PLAIN_FACILITIES = _keys("محطة مصفاة كهف سجن شارع ساحة ميدان حاجز")  # `حاجز عطارة`, a checkpoint
# Local public works named like streets: `نفق فلسطين`, `حديقة الصفاء`, `معمل الزهراني`, `بئر دير شرف`.
# As often ordinary (`نفق مظلم`, `حديقة المنزل`, `معمل لإنتاج الكبتاغون`, `بئر مياه`).
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _keys("نفق حديقة معمل بئر قاعة")
# Landmarks of old towns, named by a word of their own or a town: `باب قنسرين`, `قلعة حلب`. As often
# ordinary nouns (`باب الحوار`, `سوق العمل`, `قلعة الصمود`): never named by one definite word.
_LANDMARKS = _keys("قلعة باب سوق")
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _LANDMARKS
# A gate or market of a country is its trade or its door, no landmark: `سوق السعودية`, `باب العراق`.
_TRADES_OF_COUNTRIES = _keys("باب سوق")
_STREETS = _keys("شارع ساحة ميدان")  # named after people too: `شارع الحبيب بورقيبة`
# Not `معمل الإسمنت`, what a plant makes, nor `نفق الأزمة`, a tunnel of speech.
_DEFINITE_NAMED = _keys("شارع سجن حديقة قاعة")
# Named after a family, whose name has a nisba's shape: `شارع الزرقطوني`, `معمل الزهراني`. After an
# indefinite noun a definite nisba is no adjective (that would be indefinite too) but a name in construct.
_SURNAMED = _keys("شارع معمل قاعة")  # not `ساحة الاستعجالي`, the emergency ward's yard
# A street may be named after a body (`شارع الاتحاد`, `شارع الجامعة`); a square so named is the body's
# own yard: `ساحة البلدية`.
_NAMED_STREETS = _keys("شارع")
# A power plant is named by a word of its own (`معمل الزهراني`, `معمل دير عمار`); before a known town
# it is that town's factory (`معمل سيدي بنور`), and the gold sets keep the town.
_UNKNOWN_NAMED = _keys("معمل")
# A well is named by its place alone: `بئر دير شرف`, never by a word that may describe it (`بئر عميقة`).
_PLACE_NAMED = _keys("بئر مول متحف")  # nor `مُوّل بقرض` (financed), `متحف مغلق`
# Halls are named like streets (`قاعة الكوليزي`, `قاعة الشعب الكبرى`), but as often by what is done
# in them or whose they are: `قاعة المؤتمرات`, `قاعة المحكمة`. Dunes by the sand they are: `كثبان الرمال`.
_HALLS = _keys("قاعة")
_ORDINARY_AFTER = {
    normalize("قاعة"): _keys(
        """
        المؤتمرات المؤتمر الاجتماعات الاجتماع المحاضرات المحاضرة الانتظار المحكمة الشرف الامتحانات الامتحان
        العرض الجلسات الجلسة الطعام الدرس الدراسة المطالعة السينما الألعاب الرياضة التدريب الاستقبال
        المغادرة الوصول الحفلات الأفراح المعارض العمليات الصلاة المناسبات الندوات المسرح الاحتفالات البلدية
        المجلس البرلمان الفندق المدرسة الجامعة الكلية التحرير الأخبار الاستراحة
        """
    ),
    normalize("كثبان"): _keys("الرمال"),
}
# A station named by what stops there and then its name: `محطة مترو البرشاء`, `محطة حافلات الغبيبة`.
_STATIONS = _keys("محطة")
_STATION_KINDS = _keys("مترو حافلات قطار قطارات الحافلات")
# What a station of a kind serves, no name: `محطة مترو الأنفاق`, `محطة حافلات الركاب`.
_NOT_STATION_NAMES = _keys("الأنفاق الركاب النقل العام")
# `حقل الإعلام` is a field of work: an oil or gas field is named by a word without the article.
_FIELDS = _keys("حقل") | (_PLAIN_FACILITIES - _DEFINITE_NAMED)
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
_ORDINALS = _keys("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")
# One-word places for telling a nationality adjective when no gazetteer gives them.
PLACES = _keys(
    """
    العراق سوريا لبنان الأردن فلسطين إسرائيل مصر ليبيا تونس الجزائر المغرب السودان اليمن السعودية
    الإمارات قطر الكويت البحرين عمان إيران تركيا روسيا أمريكا الصين فرنسا بريطانيا ألمانيا
    """
)
_RANK_ADJECTIVES = _keys("العالمية العالمي الدولية الدولي العليا الأعلى الكبير الكبرى المستقلة المستقل الموحدة")
_ORG_DESCRIPTIONS = _keys(
    """
    الحاكم الحاكمة المعارض المعارضة الرسمي الرسمية الجديد الجديدة السابق السابقة المرتبطة المرتبط التابعة
    التابع المملوكة المقربة المقرب المحافظة المحافظ المتشددة المتشدد الإصلاحية الإصلاحي
    المسؤولة المسؤول المعنية المعني المكلفة المكلف المختصة المختص الكامل الكاملة
    الأسبوعية الأسبوعي الطارئة الطارئ الاستثنائية الاستثنائي المقبلة المقبل
    """
)  # the last describe the body's meeting: `جلسة مجلس الوزراء الأسبوعية`

PERSON, ORG, LOC = "PERSON", "ORG", "LOC"
_MAX_ROLE = 9  # words between a title and the name it introduces
_MAX_NAME = 5  # `عبد الله بن سعود العنزي`
_MAX_ORG = 5
_NISBA_MIN = 5  # `السوداني`: ال + at least two letters + ي


@dataclass(frozen=True)
class Discovered:
    kind: str
    first: int  # token indices, inclusive
    last: int
    conjunction: bool = False  # the first word carries a و that is no part of the name (`بلدتي المزرعة وولغا`)
    head: str = ""  # a facility named in a list after a dual or plural: its noun (`معبري أرقين وقسطل` → `معبر`)


def discover(tokens: list[Token], taken: dict[int, str], places: frozenset[str] = PLACES) -> list[Discovered]:
    """People, organisations and named facilities introduced in the text.

    `taken` maps the words of names already known (the gazetteer's) to their kind: a discovered name
    never covers one, and a known place or body may stand inside a role (`وزير خارجية إيران`).
    `places` are one-word place names (normalised), to tell a nationality adjective.
    """
    found: dict[int, Discovered] = {}
    named_to = -1  # the last word of the facility found last: `مول` in `محطة مول الإمارات` is inside it
    for i, token in enumerate(tokens):
        if i in taken and not (taken[i] == LOC and _opens_quote(token)):
            if token.key in _PORT_FORMS and taken[i] == LOC and (port := _port_of_a_kind(tokens, i, taken)):
                found.setdefault(i, port)  # `ميناء الدقم للصيد البحري`, a port of its own beside `ميناء الدقم`
            elif token.key in _HOSPITAL_FORMS and taken[i] == ORG and taken.get(i - 1) != ORG:
                known = Discovered(ORG, i, _known_name_end(tokens, i, taken))
                if (seated := _with_seat(tokens, known, taken)) is not known:
                    found.setdefault(i, seated)  # `مستشفى السلطان قابوس بصلالة`, the one of Salalah
            continue  # a quoted name may begin with a known place: `شركة "بحر العرب لوساطة التأمين"`
        if _opens_quote(token) and (quoted := _quoted_org_at(tokens, i, taken, places)) is not None:
            body = quoted
        elif token.key in _SETTLEMENT_FORMS:
            for place in _settlements_at(tokens, i, taken, places):
                found.setdefault(place.first, place)
            continue
        elif token.key in _LISTED_FACILITY_FORMS:
            for place in _listed_facilities_at(tokens, i, taken, places):
                found.setdefault(place.first, place)
            continue
        elif token.key in _STADIUM_FORMS:
            body = _stadium_at(tokens, i, taken)
        elif token.key not in _HEAD_FORMS:  # every branch below needs a head noun
            continue
        elif token.key in _SECOND_HEAD_FORMS and (named := _second_head_body_at(tokens, i, taken)):
            body = named
        elif token.key in _LOCAL_BODY_FORMS and (
            local := _city_body_at(tokens, i, taken) or _hospital_at(tokens, i, taken)
        ):
            body = local  # else `المحكمة` may still head a state body: `المحكمة الإدارية التونسية`
        elif _org_head(token) or (not token.definite and _has_stem_in(token.key, INSTITUTES)):
            body = _with_region(tokens, _org_at(tokens, i, taken, places), taken)
        elif not token.definite and not _tanween(token) and _has_stem_in(token.key, FACILITIES):
            body = _facility_at(tokens, i, taken, places) if i > named_to else None
            named_to = body.last if body else named_to
        elif token.definite and _has_stem_in(token.key, _DEFINITE_HEADS):
            body = _with_region(tokens, _definite_body_at(tokens, i, taken), taken) or _division_at(tokens, i)
            if not body and _has_stem_in(token.key, STATE_BODIES):
                body = _state_body_at(tokens, i, taken, places)
        else:
            continue
        if body:
            body = _under_command(tokens, _with_seat(tokens, body, taken))
            found.setdefault(body.first, body)
    # Bodies and places first: a role may name one (`رئيس حزب المساواة وديمقراطية الشعوب`), and
    # no person's name is made of their words (`جامعة محمد الخامس`).
    taken = taken | {k: body.kind for body in found.values() for k in range(body.first, body.last + 1)}
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        if token.key in _SCORING_FORMS and (name := _scorer_at(tokens, i, taken)):
            found.setdefault(name.first, name)  # `ثم أضاف سالم الدوسري الهدف الثالث`
            continue
        if token.key in _YEARS and (name := _aged_person(tokens, i, taken)):
            found.setdefault(name.first, name)  # `سعاد أبو شمالة (58 عاماً)`
            continue
        if token.key in _SPEECH_VERB_FORMS and (name := _speaker_at(tokens, i + 1, taken)):
            if not _named_before(tokens, name, found):
                found.setdefault(name.first, name)  # `ويقول جمال الزغير، صاحب محجر`
            continue
        title = _is_title(token) and not (token.key in _ADJECTIVE_TITLES and not _in_construct(tokens, i))
        if token.key in _CONSTRUCT_TITLE_FORMS:
            title = _construct_title(tokens, i)
        if title and token.key in _AGRICULTURE and i > 0 and (_role_noun(tokens[i - 1]) or _is_title(tokens[i - 1])):
            continue  # `وزارة الفلاحة ... بتعويض البحارة المتضررين وتشديد الرقابة`
        if not title and token.key.endswith(_NISBA_ENDS) and token.definite and _nationality_noun(tokens, i, places):
            name = _name_after_nationality(tokens, _past_nationalities(tokens, i + 1, places), taken)
            if name:
                found.setdefault(name.first, name)
            continue
        ranked = title or _in(token.key, RANKS)
        if ranked and (_named_after(tokens, i) or _after_connector(tokens, i) or _in_a_name(found, i)):
            continue  # `الناشر عماد الدين الصياد، صاحب دار`: a family name that is a trade introduces nobody
        if ranked:
            start = _after_role(tokens, i, taken)
            if start is not None and not _given_name_at(tokens, start, everyday=True) and _kin(token):
                start = None  # `زوجته وأطفاله الستة`: kin name their own only by a given name
            if start == i + 1 and _in(token.key, _CONSTRUCT_TRADES):
                start = None  # `بائع خضار`: the trade's own noun, no name
            if start == i + 1 and token.key in _EVERYDAY_TRADES and not _given_name_at(tokens, start, everyday=True):
                start = None  # `حمّل الحكم مسؤولية الخسارة`; but `الحكم أدهم مخادمة`, `الحكم الإسباني أليخاندرو`
            name = _name_at(tokens, start, taken) if start is not None else None
            if name and not _describes(tokens, name.first, places):
                found.setdefault(name.first, name)
        if title and (token.after_comma or _in(token.key, APPOSITIVES)):
            name = _name_before(tokens, i, taken)
            if name:
                found.setdefault(name.first, name)
        elif token.key in _APPOSED_TRADES and token.after_comma and (name := _name_before(tokens, i, taken)):
            found.setdefault(name.first, name)  # `ويقول جمال الزغير، صاحب محجر`
        elif token.key in _HE_IS and token.after_comma and i + 1 < len(tokens) and _is_trade(tokens[i + 1]):
            name = _name_before(tokens, i, taken)  # `عبد الله مطاوع، وهو صاحب أرض`
            if name:
                found.setdefault(name.first, name)
        elif _in(token.key, _AMONG_THEM):
            for name in _listed_people(tokens, i + 1, taken):
                found.setdefault(name.first, name)
        elif token.key in _ONE_OF and token.after_comma and _one_of_many(tokens, i + 1):
            name = _name_before(tokens, i, taken)  # `محمد أغ إبراهيم، أحد أعيان المنطقة`
            if name:
                found.setdefault(name.first, name)
        elif token.key in _TRANSITION_FORMS and (name := _appointed_at(tokens, i + 1, taken)):
            found.setdefault(name.first, name)
    # A rank inside a role phrase finds the same name again; one per first word.
    return sorted(found.values(), key=lambda d: d.first)


# Buildings and prizes named after a ruler or a notable: `مستشفى الملك حمد الجامعي`, `مطار الملك خالد`,
# `جائزة الشيخ زايد`. The honorific there names the building, and the words after it are its name.
_NAMED_AFTER = _keys(
    """
    مستشفى مطار جامعة مدينة مجمع جسر مسجد جامع شارع قاعدة ميناء مركز جائزة كلية مدرسة معهد قاعة ملعب استاد
    صالة برج حديقة ساحة ميدان مؤسسة قصر نفق طريق
    """
)
# A palace is the ruler's own, no name: `قصر الملك سلمان` is where the king is.
_OWNED = _keys("قصر")
_HONORIFICS = _keys("الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الإمام")


# Titles that are adjectives too: `كبير الباحثين` heads a role, `جيش كبير، وشرعية` describes a noun.
_ADJECTIVE_TITLES = _keys("كبير كبيرة")


# Titles only in construct with what they head: `مختار البلدة محمد أحمد الخطيب` (alone, مختار is a
# given name), `رجل الأعمال إبراهيم العرجاني`, `سيدة الأعمال`, `رجل الدين` (alone, any man or woman).
_MUKHTAR = _keys("مختار")
_PEOPLE_OF = _keys("رجل سيدة")
_WHAT_PEOPLE_ARE_OF = _keys("الأعمال الدين")
_CONSTRUCT_TITLE_FORMS = frozenset(c + key for key in _MUKHTAR | _PEOPLE_OF for c in ("", "و", "ف"))


def _construct_title(tokens: list[Token], i: int) -> bool:
    if not _in_construct(tokens, i):
        return False
    return _in(tokens[i].key, _MUKHTAR) or tokens[i + 1].key in _WHAT_PEOPLE_ARE_OF


def _in_construct(tokens: list[Token], i: int) -> bool:
    return not _phrase_ended(tokens, i + 1) and tokens[i + 1].definite


def _in_a_name(found: dict[int, Discovered], i: int) -> bool:
    return any(name.kind == PERSON and name.first < i <= name.last for name in found.values())


def _after_connector(tokens: list[Token], i: int) -> bool:
    """`جليلة بنت السيد جواد حسن`: a title right after "daughter of" is part of one name."""
    return i > 0 and _in(tokens[i - 1].key, CONNECTORS) and not tokens[i].after_comma


def _named_after(tokens: list[Token], i: int) -> bool:
    """The honorific at `i` follows a building's noun: the name after it is the building's."""
    if i == 0 or tokens[i].key not in _HONORIFICS or tokens[i].after_break or tokens[i].after_comma:
        return False
    return not tokens[i - 1].definite and _has_stem_in(tokens[i - 1].key, _NAMED_AFTER)


# Adjectives that describe whoever holds a role, indefinite: `مسؤول أمني رفيع`, `مستشار عسكري`.
_ROLE_ADJECTIVES = _keys(
    """
    أمني عسكري رفيع كبير بارز سابق مطلع رسمي حكومي محلي دبلوماسي سياسي حقوقي قانوني اقتصادي
    إقليمي دولي غربي عربي أجنبي آخر
    """
)


_HE_IS = _keys("وهو وهي")
# `، أحد أعيان المنطقة`, `، إحدى سكان البلدة`: "one of" a group, set off after a name.
_ONE_OF = _keys("أحد إحدى")


# `ثلاثة مرشحين، بينهم منذر الزنايدي وعبد اللطيف المكي`: "among them" and a list of people.
_AMONG_THEM = _keys("بينهم منهم أبرزهم بينهما")


def _listed_people(tokens: list[Token], k: int, taken: dict[int, str]) -> list[Discovered]:
    """The names listed after `بينهم`, joined by و or commas. Each must end in a family name in ال- ي
    (`الزنايدي`): after "among them" come as often a number or a group (`ثلاثة سوريين`, `أطفال
    المدارس`), which no such word ends."""
    names: list[Discovered] = []
    while k < len(tokens) and len(names) < _MAX_LISTED and not tokens[k].after_break:
        joined = bool(names) and tokens[k].key.startswith("و")
        if names and not (joined or tokens[k].after_comma):
            break
        name = _name_at(tokens, k, taken)
        if name is None or not _nisba(tokens[name.last]):
            break
        names.append(Discovered(PERSON, name.first, name.last, joined))
        k = name.last + 1
    return names


def _one_of_many(tokens: list[Token], k: int) -> bool:
    """The group after `أحد`: a noun in construct, not a definite one (`أحد الخيارات` is a thing)."""
    return k < len(tokens) and not _phrase_ended(tokens, k) and not tokens[k].definite and not _in(tokens[k].key, STOP)


# What `، وهو` says a quoted person is, beyond the titles: `وهو مزارع`, `وهو صاحب أرض`.
_TRADES = _keys(
    """
    منتخب منتخبة صاحب صاحبة مزارع مزارعة صياد تاجر تاجرة طالب طالبة موظف موظفة مهندس مهندسة معلم معلمة عامل أب أم
    طبيب طبيبة صيدلاني صيدلانية سائق بائع بائعة فلاح فلاحة رجل امرأة سيدة
    """
)  # رجل, امرأة: `ماهر سليم النابلسي، وهو رجل أعمال`
# Trades that stand after a name and a comma as a title does: `جمال الزغير، صاحب محجر`, `ميرا حداد،
# طالبة`. Not أب, أم (`، أم أن`) nor منتخب.
_APPOSED_TRADES = _TRADES - _keys("أب أم منتخب منتخبة")


def _is_trade(token: Token) -> bool:
    return _is_title(token) or token.key in _TRADES or token.key in _written_forms(OCCUPATIONS)


def _describes(tokens: list[Token], k: int, places: frozenset[str]) -> bool:
    """The word after a role describes its holder and names nobody: `مسؤول إسرائيلي كبير`,
    `مستشار عسكري أمريكي`. A nationality followed by a name word is a given name: `تركي آل الشيخ`."""
    token = tokens[k]
    if token.definite:
        return False
    if token.key in _ROLE_ADJECTIVES:
        return True
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        demonym("ال" + token.key, places)
        and following is not None
        and (following.key in _ROLE_ADJECTIVES or demonym("ال" + following.key, places) or _is_title(following))
    )


_NISBA_ENDS = ("ي", "يه")  # a cheap gate before the adjective's place is looked up


def _nationality_noun(tokens: list[Token], i: int, places: frozenset[str]) -> bool:
    """`متقدما على الإثيوبي ديريبا ميرغا`, `يحل التشيلي ميغيل ليتين ضيفا`: a nationality adjective
    that no definite noun before it takes (`الجانب التركي`) stands for one of that nation. Not a
    plural (`الإيرانيين`): those are a people, not a person named next."""
    token = tokens[i]
    if token.key.endswith(("يين", "يون")):
        return False
    if token.key.startswith("لل"):  # `رواية "مواسم الملح" للعُماني سالم بن علي الحارثي`: "by the Omani"
        return demonym("ال" + token.key[2:], places)
    if not demonym(token.key, places):
        return False
    if i == 0 or token.after_comma or any(char in SENTENCE_ENDS for char in token.gap):
        return True  # not after a quote: `"الحل" الأمريكي لن ينجح`
    # After a name it describes that name (`بلدة مغنية الجزائرية`, `صحيفة "لوبينيون" الفرنسية`): only
    # a preposition or a verb of speech before it makes it a noun.
    before = tokens[i - 1]
    return _in(before.key, _BEFORE_A_PERSON) or _in(before.key, _SPEECH_VERBS)


_BEFORE_A_PERSON = _keys("على مع إلى من عن بين أمام ضد بعد قبل خلف لدى")


def _name_after_nationality(tokens: list[Token], k: int, taken: dict[int, str]) -> Discovered | None:
    """Two or three words of a name right after a nationality, that the clause, a comma, `و`, a
    preposition or a preposition's noun ends: `الإثيوبي ديريبا ميرغا ومواطنه`, `الإثيوبية تيغيست
    أسيفا بزمن`. Not a family name that is itself a nationality (`وأضاف النابلسي: "خسرت`), where a
    break or comma comes first, nor words in construct (`الإماراتية أعمال البناء`)."""
    for end in (k + 2, k + 3, k + 4):
        if end > len(tokens):
            return None
        token = tokens[end - 1]
        # `للمصرية منى عبد الرحمن الشافعي،`: a definite word after a connector, or a family name in ال- ي
        # that ends the clause.
        family = end - 1 > k and (_in(tokens[end - 2].key, CONNECTORS) or (_nisba(token) and _ends_clause(tokens, end)))
        if token.after_break or token.after_comma or (token.definite and not family):
            return None
        if not _is_name_word(tokens, end - 1, taken):
            return None
        if end - 1 > k and token.key[:1] == "و":
            return None
        opening = tokens[k] if k < len(tokens) else None
        if opening is None or opening.after_break or opening.after_comma or opening.definite or _tanween(opening):
            return None
        if not _is_name_word(tokens, k, taken):
            return None
        if opening.key in _SAID_THAT or opening.key in _NAME_END_PARTICLES:
            return None  # `الفرنسية أن بلاده`
        if _in(token.key, CONNECTORS):
            continue  # `للعُماني سالم بن علي الحارثي`: no name ends on "son of"
        following = tokens[end] if end < len(tokens) else None
        if (
            following is None
            or _ends_clause(tokens, end)
            or following.key[:1] == "و"
            or following.key in _NAME_END_PARTICLES
            or (following.key[:1] in _NOUN_CLITICS and not following.definite)
        ):
            return _person(tokens, k, end - 1)
    return None


def _past_nationalities(tokens: list[Token], k: int, places: frozenset[str]) -> int:
    """`الفلسطيني الدنماركي مهدي فليفل`: the first word after a run of nationalities."""
    while k < len(tokens) and tokens[k].definite and not tokens[k].after_break and demonym(tokens[k].key, places):
        k += 1
    return k


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


def _kin(token: Token) -> bool:
    """A kin noun with a pronoun (`جارها`), that no title reading (`مستشاره`) or rank makes a title."""
    if token.key in _TITLE_FORMS or not token.raw.rstrip(_DIACRITIC_CHARS).endswith(_PRONOUN_ENDS):
        return False
    return _with_pronoun(token.raw, _KIN) and not _with_pronoun(token.raw, TITLES)


# Kin and neighbours, with a pronoun, introduce a name as a title does: `وأكد جارها رمضان عبد العال`,
# `وقال شقيقه محمد`. Bare, they are other words (`جار` "ongoing", `ابن` of a name).
_KIN = _keys(
    """
    جار جارة زوج زوجة ابن ابنة نجل نجلة شقيق شقيقة أخت والد والدة صديق صديقة زميل زميلة عم عمة خال خالة
    جد جدة حفيد حفيدة رفيق رفيقة
    """
)


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
        _has_stem_in(normalize(stem), words) or (stem.endswith("ت") and normalize(stem[:-1] + "ة") in words)
        for stem in stems
        if len(stem) >= 3
    )


def _preposition_with_pronoun(key: str) -> bool:
    """`باسمها`, `لديه`: a role's preposition pointing back at a body already named."""
    return any(key.endswith(p) and _in(key[: -len(p)], ROLE_PREPOSITIONS) for p in _PRONOUNS)


def _org_head(token: Token) -> bool:
    return not token.definite and _has_stem_in(token.key, ORG_HEADS)


_HEADS = ORG_HEADS | INSTITUTES | FACILITIES | STATE_BODIES | DEFINITE_BODIES | _DIVISIONS | _LOCAL_BODY_HEADS
_HEADS = _HEADS | _HEALTH_HEADS | _DEPARTMENTS | _HOUSES  # `لدائرة الفنون الموسيقية` → `دائرة`
_DEFINITE_HEADS = STATE_BODIES | DEFINITE_BODIES | _DIVISIONS


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
# Every word a body's branch in discover() can start at, but a quote: most words are none of them.
_HEAD_FORMS = frozenset().union(
    *map(_written_forms, (ORG_HEADS, INSTITUTES, FACILITIES, _DEFINITE_HEADS, _LOCAL_BODY_HEADS))
)
_LOCAL_BODY_FORMS = _written_forms(_LOCAL_BODY_HEADS)
# Heads read by the round-6 rules for health centres, departments and publishers.
_SECOND_HEAD_FORMS = frozenset().union(*map(_written_forms, (_HEALTH_HEADS, _DEPARTMENTS, _HOUSES)))
_HEAD_FORMS = _HEAD_FORMS | _SECOND_HEAD_FORMS
_HOSPITAL_FORMS = _written_forms(_HOSPITALS)


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


def _quoted(tokens: list[Token], i: int) -> bool:
    """One word standing in quotes or brackets: `“أفريكوم”`, `(ديم)`."""
    return (
        any(q in tokens[i].gap for q in '“«"(') and i + 1 < len(tokens) and any(q in tokens[i + 1].gap for q in '”»")')
    )


def _after_role(tokens: list[Token], i: int, taken: dict[int, str]) -> int | None:
    """The index where the name starts after the role phrase that begins at `i`, if one does."""
    j = i + 1
    known = 0  # a known name in the role counts as one word: `عن حزب المساواة وديمقراطية الشعوب`
    closed = -1  # the word after a name in quotes inside the role: its closing quote ends nothing
    while j < len(tokens) and j - i - known <= _MAX_ROLE:
        token = tokens[j]
        if j in taken and j - 1 in taken:
            known += 1
        if j > i + 1 and (end := _quoted_name(tokens, j, taken)) is not None:
            known += end - j  # `مدير فندق "بوابة الأنباط" خالد سليمان النوافلة`
            j = closed = end + 1
            continue
        if j == closed:
            if any(char in _BREAK_CHARS for char in token.gap.translate(_CLOSERS)):
                return None
        elif _breaks(tokens, j) and not _quoted(tokens, j) and not _around_known(tokens, j, taken):
            return None
        if token.after_comma and not _in(token.key, _BASED_IN):  # `، ومقره طهران، رضا نوري`
            if _in(token.key, RANKS) and not _phrase_ended(tokens, j + 1):
                return j + 1  # `الخبير الاقتصادي بجامعة طرابلس، د. فرج الشيباني،`: the rank is no name
            return j  # `السفيرة الأميركية لدى العراق، ألينا رومانوفسكي`
        if taken.get(j) == PERSON:
            return None  # the role introduces a person the gazetteer knows
        if token.key in _RELATIVES:
            return None
        if (
            j in taken
            or _quoted(tokens, j)
            or (token.key in _GENERAL_AFTER_TITLE and _is_title(tokens[j - 1]))  # `مدير عام الهيئة`
            or _in(token.key, RANKS)
            or token.key in _RANK_PARTS
            or _is_title(token)
            or token.key.isdigit()  # `بجامعة الجزائر 3`
            or _filler(token)
            or _preposition_with_pronoun(token.key)  # `المتحدث باسمها أندريا تيننتي`
            or _with_pronoun(token.raw, ROLE_NOUNS)  # `عضو مجلس إدارتها نادر يوسف الكوهجي`
            or _in(token.key, _BASED_IN)  # `في شركة "غلف إنرجي إنسايتس" ومقرها لندن، رامي`
        ):
            j += 1
        elif token.key not in GIVEN_NAMES and _quoted_name(tokens, j + 1, taken) is not None:
            j += 1  # `فندق "بوابة الأنباط"`: a noun and its name in quotes, inside the role
        elif _role_noun(token) and j + 1 < len(tokens) and _construct(tokens, j + 1, taken):
            j += 1  # `رئيس أركان الجيش`; but `القيادي أركان العلياوي،` is a name
        elif town := _unknown_town(tokens, j, taken):
            j += town  # `ممثل ولاية صور سالم بن علي الغيلاني`: the town is part of the role
        elif token.key in _DEFINITE_FIRST_NAMES and j + 1 < len(tokens) and _name_follows(tokens, j):
            return j  # `ممثلها لدى الأمم المتحدة البشير محمد لحسن`, `النائب العام الصديق الصور قد`
        elif token.definite:
            j += 1  # `الدفاع`, `الأميركي`, `للقوات`: the role goes on
        elif j > i + 1 and _preposition_with_pronoun(tokens[j - 1].key) and _in(token.key, ROLE_PREPOSITIONS):
            return j  # `المتحدث باسمها باسم العوادي`: the role is whole, the name is `باسم`
        elif _in(token.key, ROLE_PREPOSITIONS):
            # The role goes on only with a known place, a definite noun or a body after the
            # preposition: `لدى العراق`, `في المجلس`, `في مركز الخليج للأبحاث`, `عن دائرة صفاقس`,
            # or a noun in construct: `المتخصص في أسواق الطاقة`.
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            town = _unknown_town(tokens, j + 1, taken) if after is not None else 0
            if after is not None and _quoted_name(tokens, j + 1, taken) is not None:
                j += 1  # `الباحث في "مركز حرمون للدراسات المعاصرة" سمير العبد الله`
            elif town:
                j += 1 + town  # `النائب عن بلدة بني درار محمد علي`
            elif _unnamed_after_town(tokens, j + 1, taken):
                return None  # `النائب عن بلدة سراج خانة إن`: the town's name, no person
            elif after is not None and (j + 1 in taken or after.definite or _role_noun(after) or _org_head(after)):
                j += 2
            elif after is not None and (chain := _construct_chain(tokens, j + 1, taken)):
                j += 1 + chain
            elif after is not None and _unknown_body_then_name(tokens, j + 1, taken):
                j += 2  # `المتحدث باسم يونيسف جيمس إلدر إن`
            elif (
                token.key in GIVEN_NAMES
                and (demonym(tokens[j - 1].key, PLACES) or _has_stem_in(tokens[j - 1].key, OCCUPATIONS))
                and _name_at(tokens, j, taken) is not None
            ):
                return j  # `للكاتب الفلسطيني باسم خندقجي قد`: the given name باسم, no "in the name of"
            else:
                return None
        elif token.key[:1] in "بل" and taken.get(j + 1) in (ORG, LOC) and not _breaks(tokens, j + 1):
            j += 1  # `لمجموعة الخطوط الجوية القطرية`: a noun in construct with a known body
        elif (
            token.key[:1] == "ل"
            and token.key not in GIVEN_NAMES
            and not _in(token.key, STOP)
            and not _phrase_ended(tokens, j + 1)
            and _given_name_at(tokens, j + 1, everyday=False)
        ):
            j += 1  # `الرئيس التنفيذي لباريك مارك بريستو`: "of" a body the rules do not know
        elif (
            _given_name_at(tokens, j, everyday=False)
            and _is_name_word(tokens, j, taken)
            and not _phrase_ended(tokens, j + 1)
        ):
            return j  # `الطالبة ليان الزعبي خبر قبولها`: a given name opens the name, no noun in construct
        elif chain := _construct_chain(tokens, j, taken):
            j += chain  # `مديرة تجربة العملاء`, `مجلس مفوضي الهيئة`: no name, the role goes on
        else:
            return j
    return None


# "Based in": a body's seat inside a role, `في شركة "غلف إنرجي إنسايتس" ومقرها لندن، رامي فواز النقيب`.
_BASED_IN = _keys("مقرها مقره")


def _quoted_name(tokens: list[Token], j: int, taken: dict[int, str]) -> int | None:
    """The last word of a name in quotes that opens at `j` inside a role (a body's or a place's, no
    person's): `فندق "بوابة الأنباط"`, `في "مركز حرمون للدراسات المعاصرة"`."""
    end = _quote_end(tokens, j)
    if end is None or any(taken.get(k) == PERSON for k in range(j, end + 1)):
        return None
    return end


def _unknown_body_then_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """One word at `k` of a body the rules do not know, after `باسم`, `في` or `لدى`, and a given name
    right after it that is no everyday word: `باسم يونيسف جيمس إلدر`. The given name is the evidence
    that the body's name was one word."""
    if k + 1 >= len(tokens) or k in taken or tokens[k].definite or not _is_name_word(tokens, k, taken):
        return False
    following = tokens[k + 1]
    if following.after_comma or following.after_break or k + 1 in taken:
        return False
    return following.key in GIVEN_NAMES and following.key not in EVERYDAY_NAMES


# "General" after an indefinite title is the title's: `مدير عام`, `أمين عام`, `مفتش عام`.
_GENERAL_AFTER_TITLE = _keys("عام")


def _unknown_town(tokens: list[Token], j: int, taken: dict[int, str]) -> int:
    """How many words a settlement noun and the unknown name after it take inside a role, when a
    person's name follows them (`ولاية صور سالم بن علي الغيلاني`, `بلدة بني درار محمد علي`); else 0."""
    if tokens[j].definite or not _has_stem_in(tokens[j].key, _SETTLEMENTS):
        return 0
    k = j + 1
    if k < len(tokens) and tokens[k].key in _PLACE_CONNECTORS:
        k += 1  # `بني درار`
    if k + 1 >= len(tokens) or any(m in taken or tokens[m].definite for m in range(j + 1, k + 1)):
        return 0
    if any(_breaks(tokens, m) or tokens[m].after_comma for m in range(j + 1, k + 1)):
        return 0
    if not all(_is_name_word(tokens, m, taken) for m in range(j + 1, k + 1)):
        return 0
    return k + 1 - j if _name_at(tokens, k + 1, taken) is not None else 0


def _unnamed_after_town(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A settlement noun at `k` with an unknown name of its own after it, and no person after that."""
    if k + 1 >= len(tokens) or tokens[k].definite or not _has_stem_in(tokens[k].key, _SETTLEMENTS):
        return False
    return k + 1 not in taken and not tokens[k + 1].definite


def _name_follows(tokens: list[Token], j: int) -> bool:
    """The definite first name at `j` opens a name: a word without the article follows it, or a
    family name in ال that the clause, `قد` or a verb of speech ends (`الصديق الصور قد أعلن`)."""
    following = tokens[j + 1]
    if following.after_break or following.after_comma:
        return False
    if not following.definite:
        return True
    return not _nisba(following) and (_ends_clause(tokens, j + 2) or _ends_name(tokens, j, j + 2))


def _around_known(tokens: list[Token], j: int, taken: dict[int, str]) -> bool:
    """The quotes around a name already found inside a role: `في شركة "بحر العرب لوساطة التأمين"، مارك`."""
    gap = tokens[j].gap
    if any(char in _BREAK_CHARS for char in gap.translate(_QUOTE_MARKS)):
        return False
    return (j in taken and _opens_quote(tokens[j])) or (j - 1 in taken and bool(CLOSING_QUOTES & set(gap)))


_QUOTE_MARKS = str.maketrans("", "", '"“”«»')


def _construct_chain(tokens: list[Token], j: int, taken: dict[int, str]) -> int:
    """How many words from `j` are nouns in construct inside a role, where no name starts: one or
    two indefinite nouns and the definite noun that completes them (`تجربة العملاء`, `مجلس مفوضي
    الهيئة`). 0 where a name starts (`محمد الحلبوسي`) or the phrase ends."""
    if j in taken or _name_at(tokens, j, taken) is not None:
        return 0
    for length in (2, 3):
        last = j + length - 1
        if last >= len(tokens) or any(_breaks(tokens, k) or tokens[k].after_comma for k in range(j + 1, last + 1)):
            return 0
        if any(k in taken or _in(tokens[k].key, STOP) for k in range(j, last + 1)):
            return 0
        if tokens[last].definite:
            return length if not any(tokens[k].definite for k in range(j, last)) else 0
    return 0


_CLOSERS = str.maketrans("", "", '”»")')


def _breaks(tokens: list[Token], j: int) -> bool:
    """A clause ends before word `j`; the quote or bracket closing a skipped aside does not count."""
    if j > 0 and _quoted(tokens, j - 1):
        return any(char in _BREAK_CHARS for char in tokens[j].gap.translate(_CLOSERS))
    return tokens[j].after_break


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
        or _filler(token)
        or (token.key.endswith("ها") and _in(token.key[:-2], _PARTICLES))  # `باسمها`
        or (_role_noun(token) and not (_role_noun_as_name(tokens, k) and not _construct(tokens, k + 1, taken)))
        or (_in(token.key, STOP) and not _given_after_connector(tokens, k))
        or _in(token.key, _NO_PERSON_WORDS)
        or token.raw in PREPOSITIONS_LIKE_NAMES
        or _is_title(token)
        or token.key.isdigit()
        or len(token.key) < 2
        or token.key.endswith(_NOUN_WITH_PRONOUN)
    )


def _role_noun_as_name(tokens: list[Token], k: int) -> bool:
    """A role noun that is a name here: `القيادي أركان العلياوي`, or a family name after a given name
    where the clause ends (`الدكتور عزمي محافظة،`: a governorate is named after it)."""
    if tokens[k].key in _ALSO_GIVEN_NAMES:
        return True
    return k > 0 and tokens[k - 1].key in GIVEN_NAMES and not tokens[k].definite and _ends_clause(tokens, k + 1)


def _given_after_connector(tokens: list[Token], k: int) -> bool:
    """A given name that is an everyday word too, after "son of": `علي بن فضل البوعينين`."""
    return k > 0 and tokens[k].key in GIVEN_NAMES and _in(tokens[k - 1].key, CONNECTORS)


# A noun whose ة is written ت before a pronoun, or a plural or a long vowel before one: `قيمتها`,
# `بمستوياتها`, `عليهم`. No name ends so (`روته`, `أدهم`, `برهم` keep their ه and هم: not listed).
_NOUN_WITH_PRONOUN = ("تها", "تهما", "تهم", "يها", "يهما", "يهم", "اها", "اهما", "اهم")


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """What a name ends at: the end, a comma or break, or the `إن` that opens reported speech."""
    if k >= len(tokens) or tokens[k].after_comma or tokens[k].key in _SAID_THAT:
        return True
    return any(char in SENTENCE_ENDS for char in tokens[k].gap)  # not a bracket or quote: `الشعوب (ديم)`


SENTENCE_ENDS = frozenset(".!?؟:؛\n")
# Normalised, these prepositions are given names (`على` folds to `علي`); as written, they are none.
PREPOSITIONS_LIKE_NAMES = frozenset(("على", "إلى"))


def _nisba(token: Token) -> bool:
    return token.definite and token.key.endswith("ي") and len(token.key) >= _NISBA_MIN


def _name_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """A person's name starting at `j`: two to four words of its own."""
    if _purpose(tokens, j) or _verbal_noun(tokens[j].key):
        return None  # `لخدمات الحجاج`, `بتقديم إحاطة`: what a body does or is asked to, no name
    k = j
    while k < len(tokens) and k - j < _MAX_NAME:
        token = tokens[k]
        if k > j and (token.after_break or token.after_comma) and token.gap != "-":  # `ماينل-رايزينغر`
            break
        if k > j and token.key[:1] == "ل" and _verbal_noun(token.key):
            return None  # `رئيسة تعاونية تيفاوين لإنتاج زيت الأركان`: a body named by its purpose
        if token.key[:1] in _NOUN_CLITICS and _adjective_follows(tokens, k + 1):
            break  # `النائب دلشاد كريم عزيز بجلسة طارئة`: a preposition's noun and its adjective end the name
        if k > j + 1 and _clitic_noun_with_pronoun(token):
            break  # `المخرج مهدي فليفل بفيلمه الجديد`: no name word carries a preposition and a pronoun
        if k > j + 1 and _derived_present_verb(token.key):
            break  # `المحافظ ريبوار طه يتعامل مع الموازنة`: the verb after the name
        if k > j + 1 and _object_in_construct(tokens, k):
            break  # `أعلن الرئيس التشيلي غابرييل بوريك حالة الطوارئ`: the verb's object follows the name
        after_connector = k > j and _in(tokens[k - 1].key, CONNECTORS)
        if k == j + 1 and _middle_name(tokens, k, taken):
            k += 1  # `محمد الأمين ولد بوبكر`, `محمد الحبيب الصكلي`: a given name with the article, second
            continue
        if k > j and token.key in _TITLE_FAMILY_NAMES and k not in taken and _ends_title_name(tokens, j, k):
            k += 1  # `محمد أحمد ولد محمد الأمين،`, `كامل الوزير قد أعلن`
            break
        if not _is_name_word(tokens, k, taken) and not (after_connector and token.definite and _is_title(token)):
            break  # but `عبد الأمير`, `عبد الملك`: a title after a connector is a name
        if token.definite:
            if after_connector or (k > j and token.key in _NAME_SECOND_HALVES):
                pass  # `عبد المجيد`, `نصر الدين`
            elif k > j and not token.key.startswith("ال"):
                # `لبحث فرص بالتدخل`: a family name carries no clitic. After a given name and a word
                # of its own, it is a preposition after the name: `كارلوس فافارو للصحفيين`.
                return _person(tokens, j, k - 1) if _given_then_names(tokens, j, k) else None
            elif k == j + 1 and _complement(tokens, j) and not _nisba(token):
                return None  # `مديرة دار الآداب،`, `شركة مياه اليرموك أن`: what the role or body heads
            elif k > j and (
                _nisba(token)
                or _ends_clause(tokens, k + 1)
                or _ends_name(tokens, j, k + 1)
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
    return _person(tokens, j, k - 1) if not _counted_or_described(tokens, k) else None


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
_MIDDLE_NAMES = _DEFINITE_FIRST_NAMES | _keys("الأمين المبروك")


def _middle_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The word at `k` is a definite given name after a given name (`محمد`), and the name goes on
    after it with a word of its own or a family name in ال- ي: `محمد الأمين ولد بوبكر`, `فرج المبروك
    الزوي`. Where the name ends on it, it is the family name (`محمد الأمين،`)."""
    if tokens[k].key not in _MIDDLE_NAMES or k in taken or tokens[k - 1].key not in GIVEN_NAMES:
        return False
    if _phrase_ended(tokens, k + 1) or k + 1 in taken or not _is_name_word(tokens, k + 1, taken):
        return False
    following = tokens[k + 1]
    return not following.definite or _nisba(following)


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


# Indefinite adjectives: after them, the words before were a noun phrase (`حزمة حوافز جديدة`).
_INDEFINITE_ADJECTIVES = _keys("جديد جديدة سابق سابقة كبير كبيرة صغير صغيرة واسع واسعة إضافي إضافية")


def _counted_or_described(tokens: list[Token], k: int) -> bool:
    """A number or an indefinite adjective right after indefinite words before `k`: they were a verb
    and its object (`يقارب 20`, `تبلغ كلفته 120`) or a noun phrase (`حزمة حوافز جديدة`), not a name.
    A family name in ال may come before a number: `نال زهير المغزاوي 1.97 في المئة`."""
    if _phrase_ended(tokens, k) or tokens[k].gap.strip() or tokens[k - 1].definite:
        return False  # `(42 عاماً)`: an age in brackets follows a name
    return tokens[k].key.isdigit() or tokens[k].key in _INDEFINITE_ADJECTIVES


# A change of office names who it happens to, then the office: `وتعيين أيمن المديفر رئيساً تنفيذياً`,
# `بعد مغادرة نظمي النصر منصب الرئيس التنفيذي`.
_TRANSITIONS = _keys("تعيين انتخاب اختيار تكليف تسمية ترشيح مغادرة استقالة إقالة رحيل تنحي")
_TRANSITION_FORMS = _written_forms(_TRANSITIONS)
_OFFICE = _keys("منصب لمنصب بمنصب")


def _appointed_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """The name between a change of office and the office: two to four name words, the last may
    carry ال (`أيمن المديفر`), then a title with tanween (`رئيساً`) or `منصب`."""
    k = j
    while k < len(tokens) and k - j < _MAX_NAME:
        token = tokens[k]
        if k > j and _office_follows(tokens, k):
            break
        if token.after_break or token.after_comma or not _is_name_word(tokens, k, taken):
            return None
        if token.definite and not (k > j and (_in(tokens[k - 1].key, CONNECTORS) or _office_follows(tokens, k + 1))):
            return None
        k += 1
    if k >= len(tokens) or not _office_follows(tokens, k):
        return None
    return _person(tokens, j, k - 1)


def _office_follows(tokens: list[Token], k: int) -> bool:
    if _phrase_ended(tokens, k):
        return False
    token = tokens[k]
    if token.key in _OFFICE:
        return True
    return token.raw.endswith(("اً", "ًا")) and token.key[:-1] in TITLES_INDEFINITE


TITLES_INDEFINITE = _keys("رئيس نائب وزير مدير سفير مستشار قائد محافظ أمين مبعوث ممثل متحدث عضو رئيسة مديرة وزيرة")


def _second_family_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A second family name in ال- ي right after the first, where the name ends after it."""
    token = tokens[k]
    if not _nisba(token) or k in taken or token.after_comma or token.after_break:
        return False
    return _ends_clause(tokens, k + 1) and not demonym(token.key, PLACES)


def _ends_title_name(tokens: list[Token], j: int, k: int) -> bool:
    """The title word at `k` ends the name from `j`: after two name words where the clause ends
    (`محمد أحمد ولد محمد الأمين،`), after one where a definite title introduced it (`كامل الوزير قد`)."""
    if k > j + 1 and _ends_clause(tokens, k + 1):
        return True
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
# As `_in` reads them, in one set lookup: this is asked of every word.
_SPEECH_VERB_FORMS = _SPEECH_VERBS | {conjunction + verb for verb in _SPEECH_VERBS for conjunction in "وف"}
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


def _name_before(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A person's name ending just before the role at `i`, in a sentence that names its speaker."""
    last = _before_aside(tokens, i) - 1
    k = last
    while k >= 0 and last - k < _MAX_NAME:
        token = tokens[k]
        if not _is_name_word(tokens, k, taken) or _in(token.key, OPENERS):
            break  # `بحسب كريم بلقاسمي، أستاذ`: the opener is no part of the name
        if (
            token.definite
            and not (k == last and (_nisba(token) or _after_given_name(tokens, k)))
            and not (k > 0 and _in(tokens[k - 1].key, CONNECTORS))
            and not (k < last and token.key in _DEFINITE_FIRST_NAMES)  # `يقول الحسين أيت علي، وهو`
        ):
            break
        if k < last and tokens[k + 1].after_comma:
            break
        if token.after_break or k == 0:
            k -= 1
            break  # the name opens the sentence
        k -= 1
    first = k + 1
    if first > last:
        return None
    opens_sentence = first == 0 or tokens[first].after_break
    if not opens_sentence and not _in(tokens[first - 1].key, OPENERS) and tokens[first - 1].key not in _AS_FOR:
        # `يقف بوشعيب الحمري، وهو فلاح`: with no verb of speech before it, a given name says where
        # the name starts, and the words before it were the sentence's.
        before = tokens[first - 1]
        if _is_title(before) or _in(before.key, RANKS):
            return None  # `الدكتور سيدي محمد ولد اعل سالم،`: the title's rule reads that name whole
        given = next((k for k in range(first, last) if _given_name_at(tokens, k, everyday=False)), None)
        if given is None:
            return None
        first = given
        opens_sentence = False
    if opens_sentence and tokens[first].key[:1] in ("و", "ف") and last - first >= 2:
        first += 1  # `ووصل محمد علي، مستشار`: a sentence opens on و and its verb, not on a name
    return _person(tokens, first, last)


def _after_given_name(tokens: list[Token], k: int) -> bool:
    """A family name in ال right after a given name that is no everyday word: `محمد العبار، مؤسس`."""
    return k > 0 and tokens[k - 1].key in GIVEN_NAMES and tokens[k - 1].key not in EVERYDAY_NAMES


# `أما خالد العمري، طالب الهندسة`: "as for" opens a sentence on its subject.
_AS_FOR = _keys("أما وأما")


def _before_aside(tokens: list[Token], i: int) -> int:
    """Where the words before `i` end once a short aside in brackets is skipped: `أحمد سعيد فرغلي
    (42 عاماً)، وهو موظف` → the index of `(42`."""
    if ")" not in tokens[i].gap:
        return i
    for k in range(i - 1, max(i - _MAX_ASIDE, 0) - 1, -1):
        if "(" in tokens[k].gap:
            return k
    return i


_MAX_ASIDE = 4


def _person(tokens: list[Token], first: int, last: int) -> Discovered | None:
    while last >= first and _in(tokens[last].key, CONNECTORS):
        last -= 1
    if last < first or _in(tokens[first].key, CONNECTORS - {normalize("عبد"), normalize("أبو")}):
        return None
    opening = tokens[first].key
    if _no_name_opens(tokens[first]):
        return None  # `بحبس ثلاثة موظفين`, `بموجب قانون`, `محافظ إلكترونية وشركات صرافة`
    if opening in _SAINT_PREFIXES or (opening[:1] == "ل" and opening[1:] in CONNECTORS):
        return None  # `باريس سان جيرمان`, `سان فرانسيسكو`; `الحوض المائي لأم الربيع`: "of Umm…"
    if _verbal_noun(opening) or any(tokens[k].key in _DIRECTIONS for k in range(first, last + 1)):
        return None  # `لاستغلال منجم إيمورارين`, `داخل معسكر التكبالي`, `أمر واقع جنوب سوريا`: where or what for
    # `عبد المجيد` is one name word: a person needs two, or is known by a kunya (`أبو جوان`).
    words = sum(1 for k in range(first, last + 1) if k == first or not _in(tokens[k - 1].key, CONNECTORS))
    return Discovered(PERSON, first, last) if words >= 2 or _kunya(tokens, first, last) else None


_ABU = normalize("أبو")


def _no_name_opens(token: Token) -> bool:
    """Words no name opens on, by their shape: a preposition glued to a noun of three letters
    (`بحبس`, `بطلب`: ب and three consonants, where a name has a long vowel, `بشار`, `بلال`), or to a
    participle (`بموجب`, `بمشاركة`); an indefinite feminine adjective or noun in ية (`إلكترونية`,
    `وشرعية`: no given name of six letters ends so)."""
    key = token.key
    if key in GIVEN_NAMES or token.definite:
        return False
    if key[:1] == "ب" and (key[1:2] == "م" or (len(key) == 4 and not _LONG_VOWELS.intersection(key[1:]))):
        return True
    return len(key) >= _MIN_ADJECTIVE and strip_diacritics(token.raw).endswith("ية")


_LONG_VOWELS = frozenset("اويى")
_MIN_ADJECTIVE = 6  # `وشرعية`; `نادية`, `فوزية`, `سعدية` are five letters
# "Saint" opens the names of towns and clubs, never a person's: `سان جيرمان`, `سانت كاترين`.
_SAINT_PREFIXES = _keys("سان سانت")


def _kunya(tokens: list[Token], first: int, last: int) -> bool:
    """`أبو جوان`: "father of" and a given name, which people are known by; `أبو الفضل` is left out,
    as a place or a shrine is often named so."""
    return last == first + 1 and tokens[first].key == _ABU and not tokens[last].definite


# A speaker's description the rules do not know, before the name: `وقال الصراف أبو سامر الدقاق إن`,
# `وقال الدليل السياحي مروان عيد الحسنات إن`. One or two definite words.
_MAX_DESCRIPTION = 2
# The mother and father of a kunya: `أبو سامر الدقاق`, `أم محمد`.
_KUNYA_PARENTS = _keys("أبو أم")


def _speaker_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """The person a verb of speech names right after it, at `j` or after a description of one or two
    definite words: a name that opens on a given name (`جمال`, `أبو سامر`) and ends where the clause
    does (a comma, `إن`, the sentence's end). The given name is the evidence, the verb and the ending
    the context; neither alone makes a person. After a description, a given name that is an
    everyday word as often (`أمل`, `كريم`) is no evidence: `وأكد البيان أمل الحكومة،`."""
    for skipped in range(_MAX_DESCRIPTION + 1):
        k = j + skipped
        if k >= len(tokens) or k in taken or (skipped and (tokens[k].after_comma or tokens[k].after_break)):
            return None
        if _given_name_at(tokens, k, everyday=not skipped):
            name = _name_at(tokens, k, taken)
            return name if name is not None and _ends_clause(tokens, name.last + 1) else None
        if not tokens[k].definite or _in(tokens[k].key, STOP) or _is_title(tokens[k]) or _in(tokens[k].key, RANKS):
            return None  # a title or rank has its own rules; an indefinite word, no description
    return None


# `(58 عاماً)`, `(7 أعوام)`: a person's age in brackets after the name.
_YEARS = _keys("عاما عام أعوام سنة سنوات")
_MAX_AGED_NAME = 4


def _aged_person(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name before an age in brackets, from its given name: `تنتظر سعاد أبو شمالة (58 عاماً)`.
    The age says a person stands there; the given name says where the name starts."""
    number = i - 1
    if number < 1 or not tokens[number].key.isdigit() or "(" not in tokens[number].gap:
        return None
    last = number - 1
    for first in range(max(last - _MAX_AGED_NAME + 1, 0), last):  # the longest name first
        words = range(first, last + 1)
        if not _given_name_at(tokens, first, everyday=False) or any(k in taken for k in words):
            continue
        if any(tokens[k].after_break or tokens[k].after_comma for k in range(first + 1, last + 1)):
            continue
        if all(_is_name_word(tokens, k, taken) for k in words):
            return _person(tokens, first, last)
    return None


def _named_before(tokens: list[Token], name: Discovered, found: dict[int, Discovered]) -> bool:
    """The speaker's words end a longer name found earlier: `هشام عوض الكريم، ...` then `وأضاف عوض
    الكريم أن` is the same man by his family name, no other."""
    words = [tokens[k].key for k in range(name.first, name.last + 1)]
    for earlier in found.values():
        start = earlier.last + 1 - len(words)
        if (
            earlier.kind == PERSON
            and earlier.first < start
            and [tokens[k].key for k in range(start, earlier.last + 1)] == words
        ):
            return True
    return False


def _given_name_at(tokens: list[Token], k: int, *, everyday: bool) -> bool:
    key = tokens[k].key
    if key in _SERVANT and not _phrase_ended(tokens, k + 1) and tokens[k + 1].definite:
        return True  # `عبد الرزاق`: "servant of" one of God's names is a given name, never a word
    if key in _KUNYA_PARENTS and k + 1 < len(tokens) and not tokens[k + 1].after_comma:
        key = tokens[k + 1].key  # `أبو سامر`
    return key in GIVEN_NAMES and (everyday or key not in EVERYDAY_NAMES)


def longer_name(tokens: list[Token], first: int, last: int, taken: dict[int, str]) -> tuple[int, int] | None:
    """The words of a longer name that a known person's name of two words or more may end or start:
    another man's, with a given name right before it (`ريبوار كريم سعيد`, where `كريم سعيد` is known),
    a family name in ال- ي right after it where the name ends (`أحمد سمير الشناوي،`), "son of" and a
    father's name after it (`عبدالعزيز بن سعد بن عبدالعزيز`, where `عبدالعزيز بن سعد` is known), or,
    after a title, one more word of a name where the clause ends (`وزير الأوقاف محمد مصطفى نجم،`). Discovery
    may read that span and no other; where it finds none, the known name stands."""
    if last == first:
        return None
    before = first - 1
    if (
        before >= 0
        and before not in taken
        and not (tokens[first].after_comma or tokens[first].after_break)
        and not tokens[before].definite
        and not _in(tokens[before].key, OPENERS)
        and not strip_diacritics(tokens[before].raw).endswith(_POSSESSIVE_ENDS)
        and _is_name_word(tokens, before, taken)
    ):
        return before, last
    after = last + 1
    if (
        after < len(tokens)
        and after not in taken
        and not (tokens[after].after_comma or tokens[after].after_break)
        and _nisba(tokens[after])
        and not demonym(tokens[after].key, PLACES)
        and _ends_clause(tokens, after + 1)
    ):
        return first, after
    if (
        after + 1 < len(tokens)
        and tokens[after].key in _SONS
        and after not in taken
        and not any(tokens[m].after_comma or tokens[m].after_break for m in (after, after + 1))
        and not tokens[after + 1].definite
        and _is_name_word(tokens, after + 1, taken)
    ):
        return first, after + 1  # `عبدالعزيز بن سعد بن عبدالعزيز`: the lineage goes on past the known name
    if (
        after < len(tokens)
        and first > 0
        and last == first + 1  # `محمد جواد ظريف استقالته،`: a name of three is whole
        and not strip_diacritics(tokens[after].raw).endswith(_POSSESSIVE_ENDS)
        and not tokens[after].key.endswith("ا")  # `مجددا`, `حاليا`: an adverb without its tanween
        and (tokens[first - 1].definite or _is_title(tokens[first - 1]))  # a role's last word
        and not (tokens[first].after_comma or tokens[first].after_break)
        and after not in taken
        and not (tokens[after].after_comma or tokens[after].after_break or tokens[after].definite)
        and _is_name_word(tokens, after, taken)
        and tokens[after].key not in GIVEN_NAMES
        and _ends_clause(tokens, after + 1)
    ):
        return first, after  # `وزير الأوقاف محمد مصطفى نجم،`: a title, the known name and one more word
    return None


_SONS = _keys("بن ابن بنت")


# A noun with "his", "her", "their": `مدير مكتبه جعفر حسان`, `نجله صدام حفتر`; no given name before
# a family's name ends so.
_POSSESSIVE_ENDS = ("ه", "ها", "هم", "هما")


def _institute_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    if not _has_stem_in(tokens[i].key, INSTITUTES):
        return None
    k = i + 1  # the name: a known place or body, or one word of its own
    if _phrase_ended(tokens, k):
        return None
    if k in taken:
        if taken[k] == PERSON:  # `مركز محمد بن راشد للفضاء`: named after a known person, with what it does
            last = _purpose_end(tokens, _known_name_end(tokens, k, taken) + 1)
            return Discovered(ORG, i, last) if last is not None else None
        k = _known_name_end(tokens, k, taken)
    elif not _is_name_word(tokens, k, taken) and not tokens[k].definite:
        return None
    elif tokens[k].key in _SERVANT and (founder := _founder_end(tokens, k, taken)) is not None:
        return Discovered(ORG, i, _purpose_end(tokens, founder + 1, sake=True) or founder)
    last = _purpose_end(tokens, k + 1, sake=True)
    if last is None and tokens[k].definite and _name_adjective(tokens, k + 1, taken):
        last = _purpose_end(tokens, k + 2, sake=True)  # `مركز الجزيرة العربية لدراسات السياحة`
    if last is None and k == i + 1 and not tokens[k].definite and k + 1 < len(tokens):
        second = _second_name_word(tokens, k + 1, taken)  # `مركز أبعاد الفرات للبحوث`
        last = _purpose_end(tokens, second + 1, sake=True) if second is not None else None
    return Discovered(ORG, i, last) if last is not None else None


# An institute named after its founder, a name of `عبد` and a family's: `مؤسسة عبد المحسن القطان`,
# `مؤسسة عبد الحميد شومان`. Only `عبد` opens a name surely; `مركز أبو` may be a place's (`أبو ظبي`).
_SERVANT = _keys("عبد")


def _founder_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The family name's word after `عبد` at `k` and the definite word it is in construct with."""
    given, family = k + 1, k + 2
    if _phrase_ended(tokens, given) or given in taken or not tokens[given].key.startswith("ال"):
        return None
    if _phrase_ended(tokens, family) or not _is_name_word(tokens, family, taken):
        return None
    token = tokens[family]
    if token.definite:
        return None if _in(token.key, _ORG_DESCRIPTIONS) or not token.key.startswith("ال") else family
    # A family name without the article ends the phrase: `مؤسسة عبد الله قدمت الدعم` has a verb.
    ends = _phrase_ended(tokens, family + 1) or _in(tokens[family + 1].key, STOP)
    return family if ends and not token.key.startswith(("ل", "ب", "و")) else None


def _name_adjective(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`العربية` in `مركز الجزيرة العربية لدراسات السياحة`: a definite adjective of the institute's
    own name, before what it does; only when a purpose follows is it read into the name."""
    if _phrase_ended(tokens, k) or k in taken:
        return False
    token = tokens[k]
    if not (token.definite and token.key.startswith("ال") and token.key.endswith(("ي", "يه")) and len(token.key) >= 5):
        return False
    # What it does is a subject (`لدراسات`), not an action done there: `مركز الشرطة المحلي لتلقي البلاغات`.
    purpose = k + 1
    if _phrase_ended(tokens, purpose) or not tokens[purpose].key.startswith("ل"):
        return False
    key = tokens[purpose].key
    stem = key[2:] if key.startswith("لل") else key[1:]
    return not (stem in _SHORT_ACTIONS or _verbal_noun("ل" + stem) or (stem[:1] == "ت" and len(stem) in (4, 5)))


# Bodies named after a known place and what they do, as the Gulf names its agencies: `وكالة الإمارات
# للفضاء`, `هيئة دبي للطرق والمواصلات`, `جمعية الإمارات للفلك`. Not heads that a place follows as whose
# (`جبهة لبنان لإسناد غزة`, `لجنة مصر لتجاوز الأزمة`).
_PLACE_NAMED_HEADS = _keys("هيئة وكالة رابطة جمعية نقابة اتحاد منظمة")


def _place_and_purpose_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    place = _known_place_after(tokens, i, taken, _PLACE_NAMED_HEADS)
    last = _purpose_end(tokens, place + 1) if place is not None else None
    return Discovered(ORG, i, last) if last is not None else None


def _known_place_after(tokens: list[Token], i: int, taken: dict[int, str], heads: frozenset[str]) -> int | None:
    """The last word of the known place right after an indefinite head of `heads` (`سفارة الفلبين`)."""
    if tokens[i].definite or head_stem(tokens[i].key) not in heads:
        return None
    k = i + 1
    if _phrase_ended(tokens, k) or taken.get(k) != LOC:
        return None
    return _known_name_end(tokens, k, taken)


# An embassy or consulate is a body when the text names both its country and its city: `سفارة الفلبين في
# الرياض`. `سفارة الفلبين` alone is a building as often, and `السفارة الأمريكية` a description.
_EMBASSIES = _keys("سفارة قنصلية")


def _embassy_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    country = _known_place_after(tokens, i, taken, _EMBASSIES)
    if country is None:
        return None
    city = country + 2
    if _phrase_ended(tokens, country + 1) or tokens[country + 1].key not in _IN or _phrase_ended(tokens, city):
        return None
    return Discovered(ORG, i, _known_name_end(tokens, city, taken)) if taken.get(city) == LOC else None


def _second_name_word(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a known place, or a definite word, that completes the first word of a body's
    name in construct: `الفرات` in `مركز أبعاد الفرات`, `المشاعر` in `شركة رواحل المشاعر`."""
    if _phrase_ended(tokens, k):
        return None
    if taken.get(k) == LOC:
        return _known_name_end(tokens, k, taken)
    token = tokens[k]
    if k in taken or not token.key.startswith("ال") or _nisba(token) or _in(token.key, STOP) or _is_title(token):
        return None
    return k


def _purpose_end(tokens: list[Token], k: int, sake: bool = False, after_quote: bool = False) -> int | None:
    """The last word of what a body does, from `k`: `للدراسات الاستراتيجية`, `لدراسات السياسات`,
    `للهجرة واللجوء`, `لتحقيق الجنسية الكويتية` (ل and a noun in construct with a definite one); with
    `sake`, also `من أجل ديمقراطية الانتخابات`; `after_quote`, the quote closing a name before `k`."""
    if k >= len(tokens) or (_phrase_ended(tokens, k) and not (after_quote and _only_closing_quote(tokens[k]))):
        return None
    key = tokens[k].key
    if sake and key in _FROM and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _SAKE:
        if _phrase_ended(tokens, k + 2) or _action(tokens[k + 2]):
            return None  # `يعمل المجلس الوطني من أجل تحقيق المصالحة`: what it does it for, no name
        last = _object_end(tokens, k + 2)  # `الجمعية اللبنانية من أجل ديمقراطية الانتخابات`
        if last is None:
            return None
    elif key.startswith("لل"):
        last = k
        if key in _ABOUT_NOUNS and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _ABOUT:
            last = _object_end(tokens, k + 2) or last  # `للإفراج عن المعتقلين`
    elif key.startswith("ل") and len(key) >= 4 and not tokens[k].definite and not _in(key, _PARTICLES):
        # `لضحايا زلزال الحوز`: a second noun in construct may stand before the definite one.
        middle = k + 1
        if not _phrase_ended(tokens, middle) and _purpose_noun(tokens[middle]):
            middle += 1
        if _phrase_ended(tokens, middle) or not tokens[middle].definite:
            return None
        last = middle
    else:
        return None
    k = last + 1
    joined = False
    while not _phrase_ended(tokens, k):
        token = tokens[k]
        if _in(token.key, STOP) or token.key.startswith("بال") or _is_title(token) or _in(token.key, RANKS):
            break  # `المجلس الأعلى للصحة البحريني الفريق`: a person's rank starts
        if _in(token.key, _ORG_DESCRIPTIONS):
            break  # `للشؤون المدنية المسؤولة عن`: what the body is charged with, not its name
        if _people_after_adjective(tokens, k):
            break  # `دعت الهيئة العامة للطيران المدني المسافرين`: the verb's object
        if token.definite:
            last = k
        elif joined or not _joined_purpose_noun(tokens, k):
            break
        else:
            joined = True  # `للتحكيم واختبارات القطن`, `لتنمية مناطق الواحات وشجر الأركان`
        k += 1
    return last


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
    if _opens_body(token):
        return False  # `للتنمية وبنك الاستثمار الأوروبي`: a second body is listed, not a second purpose
    following = k + 1
    return not _phrase_ended(tokens, following) and tokens[following].definite and not _is_title(tokens[following])


def _opens_body(token: Token) -> bool:
    """`وبنك`, `ووزارة`, `ومركز`: a head noun after و begins another body, not a noun of this one's name."""
    return token.key.startswith("و") and _has_stem_in(token.key[1:], _BODY_HEADS)


# Not `إدارة` or `حركة`, as often verbal nouns of a purpose: `للاستثمار وإدارة المشاريع`, `للنقل وحركة البضائع`.
_BODY_HEADS = (ORG_HEADS | INSTITUTES) - _keys("إدارة حركة")


def _purpose_noun(token: Token) -> bool:
    """`زلزال` in `لضحايا زلزال الحوز`: a noun in construct inside what a body does."""
    key = token.key
    return not (token.definite or _tanween(token) or key.isdigit() or len(key) < 3 or _in(key, _PARTICLES))


def _org_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """An organisation: its head noun and at least two definite words (`وزارة الخارجية العراقية`),
    or an institute named after a place or a word and what it does (`مركز الخليج للأبحاث`,
    `مركز أفق للدراسات الاستراتيجية`): that name is one organisation, not the place inside it."""
    named = (
        _movement_at(tokens, i, taken)
        or _coined_company_at(tokens, i, taken)  # before a foreign company: `شركة بي آر إف` holds no `شركة`
        or _foreign_company_at(tokens, i, taken, places)  # before a purpose: `مجموعة بن لادن` is no ل + `ادن`
        or _institute_at(tokens, i, taken)
        or _place_and_purpose_at(tokens, i, taken)
        or _embassy_at(tokens, i, taken)
        or _named_body_at(tokens, i, taken)
        or _company_at(tokens, i, taken)
        or _bank_at(tokens, i, taken)
        or _nominative_name_at(tokens, i, places)
        or _local_council_at(tokens, i, taken)
        or _city_body_at(tokens, i, taken)
    )
    if named:
        return named
    head = head_stem(tokens[i].key)
    if head in _INSTITUTE_NOUNS and not _phrase_ended(tokens, i + 1) and tokens[i + 1].key in _TOWN_CENTRES:
        return None  # `مركز المدينة وقضاء الحويجة`: the town's centre, no institute
    if head in _EMBASSIES:
        return None  # `سفارة الاحتلال الإسرائيلي`: an embassy is named only by its country and city
    if head in _CONSTRUCT_HEADS and head not in _NATIONAL_HEADS and (facility := _facility_named(tokens, i + 1, taken)):
        return Discovered(ORG, i, facility)
    ordinary = (head, tokens[i + 1].key if i + 1 < len(tokens) else "") in _ORDINARY_CONSTRUCTS
    research = head in _INSTITUTE_NOUNS and not _phrase_ended(tokens, i + 1) and tokens[i + 1].key in _RESEARCH
    construct = (head in _CONSTRUCT_HEADS and not ordinary) or research
    chain = _construct_nouns(tokens, i + 1, taken, places) if construct else 0
    k = i + 1 + chain
    if chain and taken.get(k) == LOC and head not in _NATIONAL_HEADS:
        # `شركة فسفاط قفصة`, `مديرية ماء البصرة`: what the body runs is a known place's.
        last = _known_name_end(tokens, k, taken)
        if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _RANK_ADJECTIVES:
            last += 1  # `وكالة تنمية الأطلس الكبير`
        purpose = _purpose_end(tokens, last + 1)  # `هيئة وادي النيل للملاحة النهرية`
        return Discovered(ORG, i, last if purpose is None else purpose)
    joined = False  # `صندوق التنمية وإعادة الإعمار`
    pair = False  # `الجدار والاستيطان`: two definite nouns joined by و
    genitive = -1
    while k < len(tokens) and k - i <= _MAX_ORG:
        token = tokens[k]
        if token.after_break or token.after_comma or _in(token.key, STOP) or token.key.startswith(("بال", "كال")):
            break  # `هيئة كبار العلماء بالتهدئة`: a preposition ends the name
        if k in taken and not (k > i + 1 + chain and _known_adjective(tokens, k, taken, places)):
            break  # but `هيئة حقوق الإنسان السعودية`: a known country written as its adjective
        if (_is_title(token) or _in(token.key, RANKS)) and token.key not in _GENERAL and not _runs(token, k - i):
            break  # `مجلس الوزراء الشيخ …`: the body ends where a person's title starts
        if not token.definite:
            # `حزب المساواة وديمقراطية الشعوب`: a noun joined by و in construct with a definite one,
            # or with a known place: `صندوق التنمية وإعادة إعمار ليبيا`.
            joins = k > i + 1 and token.key.startswith("و") and not _opens_body(token)
            nouns = _construct_nouns(tokens, k, taken, places) if joins else 0
            if not nouns or (nouns > 1 and taken.get(k + nouns) != LOC):
                break  # `لجنة الحرب المشتركة وسّعت قائمة المناطق`: a verb, its object and a noun
            joined = True
            if taken.get(k + nouns) == LOC:
                k = _known_name_end(tokens, k + nouns, taken) + 1
                break
            k += nouns
            genitive = k  # `ومنتجي الحلويات`: the plural completes the joined noun
            continue
        if k > i + 1 + chain and k != genitive and token.key.startswith("ال") and token.key.endswith("ات"):
            break  # `منح مجلس الوزراء الاختصاصات`: a plural noun, the verb's second object
        pair = pair or (k > i + 1 + chain and token.key.startswith("وال"))
        if _in(token.key, _ORG_DESCRIPTIONS) and not (token.key in _NEW and _describes_inner(tokens, i, k, places)):
            break  # `حزب العدالة والتنمية الحاكم`: the party, not its description
        k += 1
        if k - 1 > i + 1 and (demonym(token.key, places) or token.key in _OF_PARLIAMENT):
            # `وزارة الخارجية السورية`: an adjective of origin closes the name, but for a last
            # word of rank or reach: `كلية القانون الكويتية العالمية`, `مجلس الأمة التركي الكبير`,
            # or a second country of a joint body: `مجلس الأعمال السوري السعودي`.
            if _phrase_ended(tokens, k) or _ends_clause(tokens, k):
                break
            if tokens[k].key in _RANK_ADJECTIVES or (
                demonym(tokens[k].key, places) and (k not in taken or _known_adjective(tokens, k, taken, places))
            ):
                k += 1
            break
    if k - i > _MAX_ORG and pair and (country := _country_after(tokens, k, i + _MAX_PORTFOLIOS, taken, places)):
        k = country + 1  # `وزارة الفلاحة والموارد المائية والصيد البحري التونسية`
    words = k - 1 - i
    # A body too short or too plain to be named alone is named by the known place after `في`.
    placed = _placed_end(tokens, i, k, taken, places) if head in _PLACED_HEADS else None
    if words < 2:
        return Discovered(ORG, i, placed) if placed is not None else None
    national = demonym(tokens[k - 1].key, places) or tokens[k - 1].key in _OF_PARLIAMENT
    if head in _NATIONAL_HEADS:
        named_body = national and words >= 3 and (chain > 0 or head not in _MANAGEMENT)
    elif chain == 1:
        # `هيئة تحرير الصحيفة`, `وكالة تصنيف الائتمان الدولية` are ordinary phrases: after one noun in
        # construct a name goes on with a country or two nouns joined by و (`هيئة مقاومة الجدار والاستيطان`).
        named_body = national or pair or joined or research  # `نقابة أصحاب المعاصر ومنتجي الزيتون`
        if not named_body and head in _MEMBERS_HEADS and placed is not None:
            return Discovered(ORG, i, placed)  # `رابطة صناعة النفط في كردستان`
        # `نقابة بحارة الصيد التقليدي`: members and two words of their trade (`نقابة عمال النظافة` is any
        # cleaners' union); before `في` and a place the gazetteer lacks, the name is not whole.
        whole = _phrase_ended(tokens, k) or tokens[k].key not in _IN
        named_body = named_body or (head in _MEMBERS_HEADS and words >= 3 and whole)
    elif chain:  # two nouns: `جهاز مشروعات أراضي القوات المسلحة`
        named_body = national or words - chain >= 2
    else:
        named_body = national or (joined and words >= 3) or head not in _COMMON_HEADS
        named_body = named_body or (pair and words == 2 and head in _PAIRED_HEADS)  # `جهاز الإسعاف والطوارئ`
    if named_body:
        return Discovered(ORG, i, k - 1)  # `وزارة الثروة الزراعية والسمكية وموارد المياه في سلطنة عمان`
    return Discovered(ORG, i, placed) if placed is not None else None


# A committee of parliament is named as a national body is, its adjective closing the name: `لجنة
# النزاهة النيابية`, `لجنة الأمن والدفاع البرلمانية`.
_OF_PARLIAMENT = _keys("النيابية النيابي البرلمانية البرلماني")

# Bodies that news names by where they sit when their name has no country: `وزارة النفط في جنوب السودان`,
# `جمعية المصارف في لبنان`, `رابطة صناعة النفط في كردستان`. Not the heads that are as often ordinary
# nouns (`حركة الملاحة في مضيق هرمز`), troops (`قوات الأمن في عدن`) or parties and councils, which
# news places without the place being their name (`حزب البعث في سوريا`).
_PLACED_HEADS = _keys("وزارة هيئة رابطة جمعية نقابة")


def _placed_end(tokens: list[Token], i: int, k: int, taken: dict[int, str], places: frozenset[str]) -> int | None:
    """The last word of the known place after `في` at `k` that completes the body whose words run
    from `i` to `k - 1`; None if those words already say whose or what kind it is (`وزارة الخارجية
    العراقية في بغداد`, `هيئة الطيران المدني الدولية في مونتريال`). A body named by its own words
    stops before the place: `وزارة الثروة الزراعية والسمكية وموارد المياه في سلطنة عمان`."""
    if k < i + 2 or _phrase_ended(tokens, k + 1) or tokens[k].key not in _IN or taken.get(k + 1) != LOC:
        return None
    if tokens[k].after_break or tokens[k].after_comma:
        return None
    if any(demonym(tokens[j].key, places) or tokens[j].key in _RANK_ADJECTIVES for j in range(i + 1, k)):
        return None
    return _known_name_end(tokens, k + 1, taken)


# A trade right after the head is what the body runs, no person's title: `وزارة الفلاحة` (Maghreb:
# agriculture; elsewhere `الفلاحة` is a farmer woman).
def _runs(token: Token, position: int) -> bool:
    return position == 1 and _in(token.key, OCCUPATIONS)


# A ministry of several portfolios joined by و runs past five words to its country: `وزارة الصيد والبنى
# التحتية البحرية والمينائية الموريتانية`. Without the country such a run is cut at five.
_MAX_PORTFOLIOS = 8


def _country_after(tokens: list[Token], k: int, end: int, taken: dict[int, str], places: frozenset[str]) -> int | None:
    """The nationality adjective that closes a long body's definite words from `k` to at most `end`."""
    for e in range(k, end + 1):
        if _phrase_ended(tokens, e) or (e in taken and not _known_adjective(tokens, e, taken, places)):
            return None
        token = tokens[e]
        if not token.definite or not token.key.startswith(("ال", "وال")) or _in(token.key, STOP) or _is_title(token):
            return None
        if demonym(token.key, places):
            return e
    return None


# `الجديدة` describes the body (`الحكومة الجديدة`) or a noun of its name: `هيئة المجتمعات العمرانية الجديدة`.
_NEW = _keys("الجديد الجديدة")


def _describes_inner(tokens: list[Token], i: int, k: int, places: frozenset[str]) -> bool:
    """`الجديدة` at `k` goes on describing the noun of the name: after a plural noun and its adjective
    (`المجتمعات العمرانية`), not after a country (`حركة النهضة التونسية الجديدة`)."""
    if k < i + 3 or _phrase_ended(tokens, k):
        return False
    adjective, noun = tokens[k - 1], tokens[k - 2]
    return (
        adjective.definite
        and adjective.key.endswith(("ي", "يه"))
        and not demonym(adjective.key, places)
        and noun.definite
        and noun.key.endswith("ات")
        and not _ends_clause(tokens, k)
    )


def _facility_named(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a body's name after its head, where that name is a known port, airport or
    other facility (`شركة ميناء الدقم`, `هيئة مطار القاهرة`), with what the body does if the text says."""
    if taken.get(k) != LOC or _phrase_ended(tokens, k) or head_stem(tokens[k].key) not in FACILITIES:
        return None
    last = _known_name_end(tokens, k, taken)
    purpose = _purpose_end(tokens, last + 1)
    return last if purpose is None else purpose


def _known_adjective(tokens: list[Token], k: int, taken: dict[int, str], places: frozenset[str]) -> bool:
    """A known one-word place at `k` that is written as a nationality adjective after a body's
    definite words: `السعودية` in `وزارة الطاقة السعودية`."""
    token = tokens[k]
    return (
        taken.get(k) == LOC
        and token.definite
        and taken.get(k + 1) != LOC
        and taken.get(k - 1) != LOC
        and tokens[k - 1].definite
        and demonym(token.key, places)
    )


def _construct_nouns(tokens: list[Token], k: int, taken: dict[int, str], places: frozenset[str]) -> int:
    """How many nouns without the article (one or two) stand in construct after a head at `k`:
    `مقاومة` in `هيئة مقاومة الجدار`, `مشروعات أراضي` in `جهاز مشروعات أراضي القوات المسلحة`,
    `تجارة وصناعة` in `غرفة تجارة وصناعة البحرين`, `وادي` in `هيئة وادي النيل`. 0 unless a definite
    or known word follows them."""
    for n in (0, 1):
        e = k + n
        if _phrase_ended(tokens, e) or e in taken or not _construct_noun(tokens[e], places):
            return 0
        following = e + 1
        if _phrase_ended(tokens, following):
            return 0
        if taken.get(following) == LOC:
            return n + 1
        if following not in taken and tokens[following].definite:
            # `شركة تابعة للحكومة`: a preposition, not a noun in construct
            return 0 if tokens[following].key.startswith(("لل", "بال", "كال")) else n + 1
    return 0


def _construct_noun(token: Token, places: frozenset[str]) -> bool:
    key = token.key
    if token.definite or _tanween(token) or key.isdigit() or len(key) < 3 or _in(key, STOP) or _is_title(token):
        return False
    if key.startswith("ل") or key in _NOT_CONSTRUCT or key in _ROLE_ADJECTIVES or key in _PARTICLES_WITH_PRONOUN:
        return False  # `هيئة لحماية`: a purpose; `هيئة تحرير`: an editorial board
    # Not `شركة مقرها` (a pronoun ends the phrase) nor `شركة أمريكية` (an adjective of origin).
    return not (token.raw.endswith(("ها", "هم", "هما")) or demonym("ال" + key, places))


# Banks named after a place, and the words that may close that name: `بنك فلسطين الدولي`,
# `بنك اليمن والكويت`, `مصرف قطر الإسلامي`. A bank is named so; other heads are not (`وفد شركة بغداد`).
_BANKS = _keys("بنك مصرف")
_BANK_ADJECTIVES = _RANK_ADJECTIVES | _keys(
    "الوطني الأهلي التجاري الإسلامي المركزي العربي الأول المتحد الزراعي الصناعي العقاري الخليجي"
)


def _bank_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`بنك القاهرة`, `بنك اليمن والكويت`, `بنك اليمن الدولي`: a bank and the known place it is named
    after; or in a list of banks, one definite word: `بنك التضامن وبنك اليمن`."""
    if tokens[i].definite or head_stem(tokens[i].key) not in _BANKS or _phrase_ended(tokens, i + 1):
        return None
    if taken.get(i + 1) != LOC:
        return _listed_bank_at(tokens, i, taken)
    last = _known_name_end(tokens, i + 1, taken)
    if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _BANK_ADJECTIVES and last + 1 not in taken:
        last += 1
    return Discovered(ORG, i, last)


_BANK_FORMS = _written_forms(_BANKS)


def _listed_bank_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`بينها بنك التضامن وبنك اليمن`: a bank's one definite word, where the next word lists another
    bank. Alone, `بنك الأهداف` and `بنك الدم` are ordinary nouns."""
    k = i + 1
    token = tokens[k]
    if k in taken or not token.definite or not token.key.startswith("ال") or _nisba(token):
        return None
    if _in(token.key, STOP) or _is_title(token) or _phrase_ended(tokens, k + 1):
        return None
    following = tokens[k + 1].key
    return Discovered(ORG, i, k) if following[:1] == "و" and following[1:] in _BANK_FORMS else None


# Councils of a village or town, named after it: `مجلس قروي المغير`, `مجلس بلدي الخليل`.
_LOCAL = _keys("قروي بلدي محلي")


def _local_council_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`رئيس مجلس قروي المغير، إن`: the council and its place, a known one or one definite word that
    ends the phrase (`مجلس بلدي الأسبوع المقبل` is a council elected next week)."""
    k = i + 2
    if tokens[i].definite or head_stem(tokens[i].key) != _COUNCIL or _phrase_ended(tokens, k):
        return None
    if tokens[i + 1].key not in _LOCAL or tokens[i + 1].after_comma or tokens[i + 1].after_break:
        return None
    if taken.get(k) == LOC:
        return Discovered(ORG, i, _known_name_end(tokens, k, taken))
    token = tokens[k]
    if k in taken or not token.definite or not token.key.startswith("ال") or _nisba(token) or _in(token.key, STOP):
        return None
    ends = _phrase_ended(tokens, k + 1) or not tokens[k + 1].definite
    return Discovered(ORG, i, k) if ends else None


_COUNCIL = normalize("مجلس")
_COMPANIES = _keys("شركة مجموعة")


def _foreign_company_at(
    tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]
) -> Discovered | None:
    """`شركة هواوي الصينية`, `شركة جنرال موتورز الأمريكية`: one or two words without the article, then
    a definite nationality adjective. An adjective with the article after a noun without it is no
    Arabic phrase: those words are the company's own name, and news also writes them alone."""
    if tokens[i].definite or head_stem(tokens[i].key) not in _COMPANIES:
        return None
    for last in (i + 1, i + 2):
        if _phrase_ended(tokens, last) or last in taken or not _own_word(tokens, last, taken, places, last == i + 1):
            return None
        adjective = tokens[last + 1] if not _phrase_ended(tokens, last + 1) else None
        if adjective is None:
            return None
        if adjective.definite and demonym(adjective.key, places) and taken.get(last + 1) in (None, LOC):
            return Discovered(ORG, i + 1, last)
    return None


# A group named by one word of its own, which the adjective after it describes as a group's stance:
# `زعيم حركة إيرا الحقوقية`, `نواب من جبهة الصمود المحافظة`. The adjective is no part of the name.
_MOVEMENTS = _keys("حركة حزب جبهة تحالف ائتلاف تيار جماعة")
_STANCES = _keys(
    """
    الحقوقية الحقوقي المحافظة المحافظ المتشددة المتشدد اليمينية اليميني اليسارية اليساري المعارضة المعارض
    الانفصالية الانفصالي المسلحة المسلح المتطرفة المتطرف الليبرالية الليبرالي المتمردة المتمرد
    """
)
# Plural nouns that make a coalition of anything: `تحالف القوى المعارضة`, `ائتلاف الأحزاب اليسارية`.
_MEMBERS = _keys("القوى الأحزاب الفصائل الحركات الجماعات الكتل المعارضة الشباب")


def _movement_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`حركة إيرا الحقوقية`: a group's noun, one word of its own and a stance; the name is the first two."""
    if tokens[i].definite or head_stem(tokens[i].key) not in _MOVEMENTS:
        return None
    k = i + 1
    if _phrase_ended(tokens, k + 1) or k in taken or k + 1 in taken or tokens[k + 1].key not in _STANCES:
        return None
    token = tokens[k]
    if _tanween(token) or not _is_name_word(tokens, k, taken) or _nisba(token) or token.key in _MEMBERS:
        return None
    if not token.definite and token.key.endswith("ه"):
        return None  # `جماعة مسلحة`: an adjective
    if token.definite and (_in(token.key, STOP) or token.key.endswith("ات") or _action_noun(token.key)):
        return None  # `حركة الاحتجاج المعارضة`, `حركة التمرد المسلحة`: what the group does
    return Discovered(ORG, i, k)


def _action_noun(key: str) -> bool:
    """`الاحتجاج`, `التمرد`, `الاستقلال`: a definite verbal noun (تفعّل, افتعال, استفعال), no group's name."""
    stem = key[2:] if key.startswith("ال") else key
    return (stem.startswith("ت") and len(stem) in (4, 5)) or (stem.startswith("ا") and len(stem) >= 5)


# Latin letters spelt out, as news writes a company's initials: `شركة بي آر إف`, `شركة "سي جي سي أو سي"`.
# Some are words too (`في`, `أو`, `إن`, `أم`, `أي`): inside a run, never opening one.
_LETTER_NAMES = _keys("بي سي دي إي إف جي إتش آي جيه كيه إل إم إن أو كيو آر إس تي يو في دبليو إكس واي زد إيه")
_LETTER_WORDS = _keys("في أو إن أم أي إل")
# English words that end a company's name as news transliterates it: `كوسموس إنرجي`, `جنرال موتورز`.
_CORPORATE_WORDS = _keys(
    """
    إنرجي إنرجيز إيروسبيس موتورز كابيتال هولدينغ هولدينغز غروب إنترناشونال تكنولوجيز سيستمز بتروليوم
    إيرلاينز إيرويز فارما كوربوريشن ريسورسز بارتنرز إنفستمنتس
    """
)
_MAX_COINED = 6  # `آر إيه تي بي ديف`


def _coined_company_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`شركة بي آر إف`, `شركة كوسموس إنرجي`: after a company's noun, its initials spelt out or a coined
    name closed by an English word of trade. News names such a company alone too, so the name is the
    words after the noun (`شركة الجنيد`, an Arabic name, keeps its noun elsewhere)."""
    if tokens[i].definite or head_stem(tokens[i].key) not in _COMPANIES:
        return None
    k = i + 1
    if k >= len(tokens) or k in taken:
        return None
    quoted = _opens_quote(tokens[k]) and not set(tokens[k].gap) - OPENING_QUOTES - {" "}
    if _phrase_ended(tokens, k) and not quoted:
        return None
    if tokens[k].key in _LETTER_NAMES and tokens[k].key not in _LETTER_WORDS:
        last = k
        while last + 1 - k < _MAX_COINED and not _phrase_ended(tokens, last + 1) and last + 1 not in taken:
            if tokens[last + 1].key not in _LETTER_NAMES or tokens[last + 1].after_break:
                break
            last += 1
        while last > k and tokens[last].key in _LETTER_WORDS and not quoted:
            last -= 1  # `شركة بي بي أو شركة أخرى`: the run ends before the conjunction
        if last == k:
            return None
        closing = last + 1 < len(tokens) and CLOSING_QUOTES & set(tokens[last + 1].gap)
        if quoted and not closing and (end := _quote_end_within(tokens, last + 1)) is not None:
            last = end  # `"آر إيه تي بي ديف"`: a word after the initials, inside the quotes
        return Discovered(ORG, k, last)
    if quoted:
        return None  # `شركة "غلف إنرجي إنسايتس"`: the quotes say where the name ends
    for last in (k + 1, k + 2):
        if _phrase_ended(tokens, last) or last in taken:
            return None
        if tokens[last].key in _CORPORATE_WORDS:
            while not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _CORPORATE_WORDS:
                last += 1  # `جنرال إلكتريك إيروسبيس`
            words = range(k, last)
            if all(_coined_word(tokens, w, taken) for w in words):
                return Discovered(ORG, k, last)
            return None
    return None


def _coined_word(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A word of a coined name: no article, particle or company's adjective (`شركة كبرى`)."""
    token = tokens[k]
    if token.definite or token.key in _DESCRIPTIVE or token.key in _ROLE_ADJECTIVES:
        return False
    return _is_name_word(tokens, k, taken)


def _quote_end_within(tokens: list[Token], k: int) -> int | None:
    """The word at `k` if a quote closes right after it: one more word of a quoted name."""
    if _phrase_ended(tokens, k) or k + 1 >= len(tokens):
        return None
    return k if CLOSING_QUOTES & set(tokens[k + 1].gap) else None


def _own_word(tokens: list[Token], k: int, taken: dict[int, str], places: frozenset[str], first: bool) -> bool:
    """A word of a company's own name without the article: not an adjective (`شركة أمريكية`, `شركة
    تابعة`), a pronoun-suffixed noun (`شركة مقرها`) or a purpose (`شركة لتكرير`)."""
    token = tokens[k]
    if (
        token.definite
        or _tanween(token)
        or not _is_name_word(tokens, k, taken)
        or (first and token.key.startswith("ل"))
    ):
        return False
    if token.key in _ROLE_ADJECTIVES or demonym("ال" + token.key, places) or token.key in _DESCRIPTIVE:
        return False
    return not token.raw.endswith(("ها", "هم", "هما"))


# Indefinite adjectives that describe a company: `شركة تابعة`, `شركة ناشئة`, `شركة مملوكة`.
_DESCRIPTIVE = _keys("تابعة تابع ناشئة مملوكة مدرجة عملاقة كبرى صغيرة كبيرة خاصة عامة حكومية وطنية")


def _nominative_name_at(tokens: list[Token], i: int, places: frozenset[str]) -> Discovered | None:
    """`شركة المقاولون العرب`: after `شركة` a noun is genitive (`المقاولين`); a plural left in the
    nominative is the company's own name, which news also writes alone. The name is that plural
    and the definite words after it."""
    k = i + 1
    if tokens[i].definite or head_stem(tokens[i].key) not in _COMPANIES or _phrase_ended(tokens, k):
        return None
    token = tokens[k]
    if not (token.definite and token.key.startswith("ال") and token.key.endswith("ون") and len(token.key) >= 6):
        return None
    if demonym(token.key, places) or _in(token.key, STOP):
        return None  # `الأمريكيون`
    last = k
    while last - k < 2 and not _phrase_ended(tokens, last + 1) and tokens[last + 1].definite:
        if _in(tokens[last + 1].key, STOP) or _in(tokens[last + 1].key, _ORG_DESCRIPTIONS):
            break
        last += 1
    return Discovered(ORG, k, last)


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
    while k + 1 < len(tokens) and taken.get(k + 1) == kind and not tokens[k + 1].after_break:
        if tokens[k + 1].key.startswith("و") and _facility_noun(tokens[k + 1]):
            break  # `منفذ المزيونة ومنفذ صرفيت`: two known names, listed
        k += 1
    return k


def _counted(tokens: list[Token], i: int) -> bool:
    """`11 مستشفى فقط`: a number before the head counts the kind; it names none."""
    return i > 0 and tokens[i - 1].key.isdigit() and not tokens[i].after_break


# What kind of body an indefinite head is: `جامعة خاصة`, `مستشفى حكومي`. No name starts so.
_KIND_ADJECTIVES = _keys(
    "خاصة خاص حكومية حكومي أهلية أهلي أجنبية أجنبي رسمية رسمي عامة عام محلية محلي وطنية وطني دولية دولي عربية عربي"
)


def _named_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`جامعة بنغازي`, `جامعة محمد الخامس`, `جامعة الجزائر 3`: the name right after the head."""
    if not _has_stem_in(tokens[i].key, NAMED_BODIES) or tokens[i].definite or _counted(tokens, i):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].key in _KIND_ADJECTIVES:
        return None
    last = _name_span(tokens, i + 1, taken)
    if last is None:
        return None
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    named = last
    if following is None or following.after_break or following.after_comma:
        pass
    elif following.key.isdigit() or following.key in _NAME_ADJECTIVES:
        last += 1  # `جامعة الجزائر 3`, `بلدية إسطنبول الكبرى`; `بلدية القليعة المجاورة` is described
    elif following.key.endswith("يه") and following.key.startswith("ال") and not demonym(following.key, _NO_PLACES):
        last += 1  # `جامعة نواكشوط العصرية`: the adjective is part of the name, a nationality is not
    if _has_stem_in(tokens[i].key, _TOWN_HALLS):
        # `بلدية إسطنبول الكبرى` is a name, and so is a known town's: `بلدية مسقط تبدأ توسعة الطريق`,
        # `جمّدت بلدية إيلات حسابات الميناء`; but after its head's title (`رئيس بلدية عرسال فايز`) the
        # town hall is part of the mayor's title, and after a preposition (`من بلدية عزازقة`, `في
        # بلدية القليعة`) it is the commune, a place, as Algeria names its towns.
        if last == named and (i + 1 not in taken or taken[i + 1] != LOC or _mayor_or_place_before(tokens, i)):
            return None
        return Discovered(ORG, i, last)
    if last == named and i + 1 not in taken and last == i + 1 and not _phrase_ended(tokens, last + 1):
        if _founders_family_name(tokens, last + 1, taken):
            last += 1  # `جامعة مصطفى كمال،`: named after a person, given name and family name
        elif taken.get(last + 1) == LOC:
            last = _known_name_end(tokens, last + 1, taken)  # `جامعة بوليتكنك فلسطين`
        elif _university_field(tokens, last + 2) and _company_word(tokens, last + 1, taken, first=False):
            last += 1  # `جامعة جندي سابور للعلوم الطبية`
    if _university_field(tokens, last + 1):
        last = _purpose_end(tokens, last + 1) or last  # `جامعة تبريز للعلوم الطبية`
    return Discovered(ORG, i, last)


def _founders_family_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`كمال` in `جامعة مصطفى كمال،`: after a given name, a word of its own that ends the phrase."""
    if k in taken or tokens[k].definite or not _given_name_at(tokens, k - 1, everyday=True):
        return False
    if not _is_name_word(tokens, k, taken) or tokens[k].key.startswith(("و", "ل", "ب")):
        return False
    return _phrase_ended(tokens, k + 1) or _in(tokens[k + 1].key, STOP)


# What a university's name says it teaches: `جامعة تبريز للعلوم الطبية`, `جامعة الملك عبد الله للعلوم
# والتقنية`. Other purposes after a university are what it does: `منحت جامعة دمشق للطلاب`.
_UNIVERSITY_FIELDS = _keys("للعلوم للتكنولوجيا للتقنية للدراسات للبنات")
# Adjectives of a place that belong to a body's name after it; `المجاورة`, `التابعة` describe it.
_NAME_ADJECTIVES = _keys("الكبرى الكبير الصغرى القديمة القديم الجديدة الجديد")


def _university_field(tokens: list[Token], k: int) -> bool:
    return not _phrase_ended(tokens, k) and tokens[k].key in _UNIVERSITY_FIELDS


_TOWN_HALLS = _keys("بلدية")
_MAYORS = _keys("رئيس رئيسة رئاسة نائب عضو")
_PLACE_PREPOSITIONS = _keys("في من قرب إلى داخل خارج شمال جنوب شرق غرب")


def _mayor_or_place_before(tokens: list[Token], i: int) -> bool:
    """`رئيس بلدية عرسال`, `برئاسة بلدية بوبيني`, `قرب بلدية قجال`: the town hall at `i` is named
    inside a title, or the commune is where something is."""
    if i == 0 or tokens[i].after_break:
        return False
    before = tokens[i - 1].key
    return _has_stem_in(before, _MAYORS) or _in(before, _PLACE_PREPOSITIONS)


_NO_PLACES: frozenset[str] = frozenset()


def _company_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`شركة دلمون للأنظمة الذكية`, `صندوق أوبك للتنمية الدولية`: one or two words of its own (or a
    known body or place) and what it does. An adjective is no name: `شركة تابعة للحكومة`."""
    if not _has_stem_in(tokens[i].key, PURPOSE_HEADS) or tokens[i].definite:
        return None
    k = i + 1
    if _phrase_ended(tokens, k):
        return None
    if k in taken:
        if taken[k] == PERSON:
            return None
        last = _known_name_end(tokens, k, taken)
        adjective = last + 1  # `شركة الصين الدولية للإنشاءات الطبية`: a rank before what it does
        ranked = not _phrase_ended(tokens, adjective) and adjective not in taken
        if ranked and tokens[adjective].key in _BANK_ADJECTIVES and _purpose_end(tokens, adjective + 1) is not None:
            last = adjective
    else:
        last = None
        for end in (k, k + 1):
            if end == k + 1 and (second := _second_name_word(tokens, end, taken)) is not None:
                last = second if _purpose_end(tokens, second + 1) is not None else None
                break  # `شركة رواحل المشاعر لخدمات الحجاج`
            if end >= len(tokens) or end in taken or not _company_word(tokens, end, taken, first=end == k):
                break
            if end > k and (tokens[end].after_break or tokens[end].after_comma):
                break
            if _purpose_end(tokens, end + 1) is not None:
                last = end
                break
        if last is None:
            return None
    purpose = _purpose_end(tokens, last + 1)
    return Discovered(ORG, i, purpose) if purpose is not None else None


def _company_word(tokens: list[Token], k: int, taken: dict[int, str], first: bool) -> bool:
    token = tokens[k]
    if first and _nisba(token) and not demonym(token.key, PLACES) and _is_name_word(tokens, k, taken):
        return True  # `بنك الكريمي للتمويل الأصغر`: a family's name
    if token.definite or _tanween(token) or not _is_name_word(tokens, k, taken) or token.key.startswith("ل"):
        return False
    if token.key in _NOT_PLACE_NAMES or token.key in _ROLE_ADJECTIVES:
        return False
    return not (first and token.key.endswith(("ه", "ي")))  # `شركة ناشئة`, `صندوق سيادي`: adjectives


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
    return k


# Opening or knocking on a door is an idiom: `فتح باب رزق`, `يطرق باب`.
_DOOR_VERBS = _keys("فتح يفتح تفتح فتحت افتتح أغلق يغلق تغلق أغلقت طرق يطرق تطرق أوصد يوصد")


def _no_landmark_name(tokens: list[Token], i: int, k: int, taken: dict[int, str], places: frozenset[str]) -> bool:
    """The word after a landmark noun at `i` does not name it: one definite word (`سوق العمل`), a
    country after a gate or market (`سوق السعودية`), an adjective's shape (`سوق سوداء`, `قلعة حصينة`,
    `سوق عربي`), or the door of an idiom (`فتح باب رزق`)."""
    token = tokens[k]
    if token.definite or (head_stem(tokens[i].key) in _TRADES_OF_COUNTRIES and _in(token.key, places)):
        return True
    if i > 0 and tokens[i - 1].key in _DOOR_VERBS:
        return True
    raw = strip_diacritics(token.raw)
    return k not in taken and raw.endswith(("ة", "اء", "ي"))


def _plain_facility_name(tokens: list[Token], k: int, places: frozenset[str]) -> bool:
    """`محطة تهدارت الحرارية`, `كهف جاسنة في`: one word that no noun in construct follows."""
    token = tokens[k]
    if token.definite:
        return not (_nisba(token) or _in(token.key, STOP) or _is_title(token) or _role_noun(token))
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.after_break or following.after_comma or _in(following.key, STOP):
        return True
    if not following.definite and following.key[:1] in "بل" and len(following.key) > 3:
        return True  # `عند حاجز زعترة لساعات`: a preposition, no noun in construct
    return following.definite and _place_adjective(following, places)


# Airports and ports keep their `الدولي` in the name: `مطار العلا الدولي`, `ميناء جدة الدولي`; air
# bases their `الجوية` (`قاعدة الملك عبدالله الثاني الجوية`); roads their kind (`طريق مسقط السريع`,
# `طريق الكريمات الصحراوي`).
_INTERNATIONAL = _keys("الدولي")
_ROAD_KINDS = _keys("السريع الدولي الصحراوي الساحلي الدائري الزراعي")
_FACILITY_KINDS = {
    normalize("مطار"): _INTERNATIONAL,
    normalize("ميناء"): _INTERNATIONAL,
    normalize("قاعدة"): _keys("الجوية البحرية"),
    normalize("طريق"): _ROAD_KINDS,
    normalize("متحف"): _keys("الوطني"),  # `متحف قطر الوطني`
    normalize("قاعة"): _keys("الكبرى"),  # `قاعة الشعب الكبرى`
    normalize("قصر"): _keys("الثقافي"),  # `قصر رام الله الثقافي`
}
# A road is named only with its kind: `طريق الكريمات الصحراوي`. Without one it is a way or a route,
# no name: `عن طريق مهاجمه`, `طريق التنمية`, `طريق دمشق–السويداء`, `طريق رأس الرجاء الصالح`.
_ROADS = _keys("طريق")


# Oil fields are numbered in their name: `حقل غرب القرنة 1`. A number before a counted noun is a
# count, no part of it: `حقل الرميلة 3 ملايين برميل`.
_NUMBERED_FACILITIES = _keys("حقل")
_MAX_FIELD_NUMBER = 2  # digits
_AFTER_NAME = STOP | ROLE_PREPOSITIONS  # `حقل الرميلة 1 في الجنوب`, `حقل مجنون 2 الذي`


# A fishing or container port is a port of its own, named with its kind: `ميناء الدقم للصيد البحري`,
# `ميناء صفاقس للصيد البحري`, `ميناء حمد للحاويات`. Other purposes after a port are the sentence's:
# `يراهن على ميناء بربرة لانتزاع اعتراف`.
_PORTS = _keys("ميناء مرفأ")
_PORT_FORMS = _written_forms(_PORTS)
_PORT_KINDS = _keys("للصيد للحاويات")


def _port_of_a_kind(tokens: list[Token], i: int, taken: dict[int, str], last: int | None = None) -> Discovered | None:
    """The port at `i` (a known one, or one whose name ends at `last`) with the kind after its name."""
    if last is None:
        last = _known_name_end(tokens, i, taken)
    k = last + 1
    if _phrase_ended(tokens, k) or k in taken or tokens[k].key not in _PORT_KINDS:
        return None
    return Discovered(LOC, i, _purpose_end(tokens, k) or k)


def _facility_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A named place on a facility noun, with its `الدولي` if an airport or port (`مطار العريش الدولي`)
    or its number if a field (`حقل غرب القرنة 1`)."""
    place = _facility_name_at(tokens, i, taken, places)
    if place is None:
        return None
    head = head_stem(tokens[i].key)
    k = place.last + 1
    if k in taken or _phrase_ended(tokens, k):
        return None if head in _ROADS else place
    if head in _PORTS and (port := _port_of_a_kind(tokens, place.first, taken, place.last)):
        return port
    if head in _FACILITY_KINDS and tokens[k].key in _FACILITY_KINDS[head]:
        return Discovered(LOC, place.first, k)
    if head in _ROADS:
        return None
    numbered = head in _NUMBERED_FACILITIES and tokens[k].key.isdigit() and len(tokens[k].key) <= _MAX_FIELD_NUMBER
    if numbered and (_phrase_ended(tokens, k + 1) or _in(tokens[k + 1].key, _AFTER_NAME)):
        return Discovered(LOC, place.first, k)
    return place


def _facility_name_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A named place on a facility noun: `مخيم زمزم`, `معبر رفح`, `قصر الشعب`, `جزيرة أبو موسى`."""
    if i > 0 and _org_head(tokens[i - 1]) and not (tokens[i].after_break or tokens[i].after_comma):
        return None  # `هيئة وادي النيل للملاحة`, `شركة ميناء الدقم`: a body's name, no place
    k = i + 1
    quoted = _quote_end(tokens, k)
    if quoted is not None and head_stem(tokens[i].key) in _HALLS:
        return None  # `قاعة "مرايا" للحفلات`: the gold sets name the hall by its quoted name alone
    if quoted is not None and not any(taken.get(q) in (PERSON, ORG) for q in range(k, quoted + 1)):
        return Discovered(LOC, i, quoted)  # `قاعدة "تركسوم"`, `حقل "السلحفاة آحميم الكبير"`
    if _phrase_ended(tokens, k):
        return None
    token = tokens[k]
    head = head_stem(tokens[i].key)
    if (last := _named_after_person(tokens, k, taken, head)) is not None:
        return Discovered(LOC, i, last)  # `شارع الحبيب بورقيبة`, `نفق الملك عبدالله`, `شارع عمر المختار`
    if head in _STATIONS and (last := _station_name_end(tokens, k, taken, places)) is not None:
        return Discovered(LOC, i, last)  # `محطة مترو البرشاء`, `محطة مول الإمارات`
    if taken.get(k) in (PERSON, ORG) or _in(token.key, _NOT_PLACE_NAMES) or token.key.startswith("لل"):
        return None
    if head in _UNKNOWN_NAMED and taken.get(k) == LOC:
        return None
    connector = token.key in _PLACE_CONNECTORS and not _in(token.key, CONNECTORS) and token.key not in _SAINTS
    if k not in taken and connector:  # not `أبو موسى` nor `سيدي محمد بن عبد الله`: read on as names
        last = _connected_name_end(tokens, k + 1, taken, places)
        return Discovered(LOC, i, last) if last is not None else None  # `شارع عين سارة`, `بئر دير شرف`
    if head in _PLACE_NAMED and k not in taken:
        return None
    if head in _ORDINARY_AFTER and token.key in _ORDINARY_AFTER[head]:
        return None
    # `شارع الزرقطوني`, `شارع الاتحاد`: a family's name, or a body's noun a street is named after.
    surname = head in _SURNAMED and _family_nisba(token, places)
    union = head in _NAMED_STREETS and token.definite and _has_stem_in(token.key, ORG_HEADS) and not _is_title(token)
    own = k not in taken and (surname or union)
    if head in _PLAIN_FACILITIES and k not in taken and not own and not _plain_facility_name(tokens, k, places):
        return None
    if head in _LANDMARKS and _no_landmark_name(tokens, i, k, taken, places):
        return None
    if k not in taken and token.raw.endswith(("هم", "هما", "كم")):
        return None  # `قصر هجماتهم على`: a verb and "their attacks", no palace
    if k not in taken and token.definite and (head not in _FIELDS or own):
        # `قصر الشعب`, `سد الروصيرص`: one definite word, not an adjective or a role, nor another
        # facility it belongs to (`بحيرة السد`, "the dam's lake"; `مدخل المخيم`).
        if ((_nisba(token) or _role_noun(token)) and not own) or _in(token.key, STOP) or _is_title(token):
            return None
        if head_stem(token.key) in FACILITIES:
            return None
        first_name = token.key in _DEFINITE_FIRST_NAMES and k + 1 < len(tokens) and not tokens[k + 1].definite
        ends = first_name and (_ends_clause(tokens, k + 1) or tokens[k + 1].after_break)
        if first_name and not ends and _is_name_word(tokens, k + 1, taken):
            return Discovered(LOC, i, k + 1)  # `شارع الحبيب بورقيبة`
        return Discovered(LOC, i, k)
    if k not in taken and demonym("ال" + token.key, places):
        return None  # `قاعدة أمريكية`: whose, not which
    if k not in taken and (token.key in _DIRECTIONS or _agreeing_adjective(tokens[i], token)):
        return None  # `حقل قرب بلدية`, `بحيرة مالحة`, `سد قاطع`: where or what kind, not which
    last = _name_span(tokens, k, taken)
    return Discovered(LOC, i, last) if last is not None else None


def _named_after_person(tokens: list[Token], k: int, taken: dict[int, str], head: str) -> int | None:
    """The last word of a person's name that names the street or building whose noun is before `k`:
    a known person after a street's noun (`شارع الحبيب بورقيبة`) or an honorific (`نفق الملك عبدالله`,
    `شارع الشيخ محمد بن زايد`), or two words or more that start with a given name after a street's
    noun (`شارع عمر المختار`, `ساحة محمد علي`)."""
    token = tokens[k]
    honoured = head in _NAMED_AFTER and head not in _OWNED and token.key in _HONORIFICS
    if taken.get(k) == PERSON and (head in _STREETS or honoured):
        return _known_name_end(tokens, k, taken)
    if k in taken:
        return None
    if honoured and not _phrase_ended(tokens, k + 1):
        if taken.get(k + 1) == PERSON:
            return _known_name_end(tokens, k + 1, taken)
        return _honoured_name_end(_up_to_name_end(tokens, k + 1, head), k + 1, taken)
    if head in _STREETS and not token.definite and token.key in GIVEN_NAMES and not _phrase_ended(tokens, k + 1):
        person = _name_at(_up_to_name_end(tokens, k, head), k, taken)
        if person is None or person.last == k:
            return None
        # An everyday word (`شارع جميل وواسع`) is a given name before a family's or a connector:
        # `شارع عمر المختار`, `شارع جمال عبد الناصر`.
        second = tokens[k + 1]
        everyday = token.key in EVERYDAY_NAMES and not (second.definite or _in(second.key, CONNECTORS))
        return None if everyday else person.last
    return None


def _honoured_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of the name after an honorific at `k - 1`: one word or more of a name
    (`الملك عبدالله`), with an ordinal (`الملك عبدالله الثاني`) or a connector's word (`الشيخ محمد بن
    زايد`); it stops at a definite word that is neither (`الشيخ زايد الجديد`)."""
    last = None
    for m in range(k, min(len(tokens), k + _MAX_NAME)):
        token = tokens[m]
        if m in taken or (m > k and (token.after_break or token.after_comma)):
            break
        after_connector = m > k and _in(tokens[m - 1].key, CONNECTORS)
        if m > k and token.key in _ORDINALS:
            return m
        if not _is_name_word(tokens, m, taken) or (token.definite and not after_connector):
            break
        last = m
    return None if last is None or _in(tokens[last].key, CONNECTORS) else last


def _up_to_name_end(tokens: list[Token], k: int, head: str) -> list[Token]:
    """The words up to where a person's name after a facility's noun must end: at the facility's kind
    (`قاعدة الملك عبدالله الثاني الجوية`), a preposition before a noun (`ساحة محمد علي بالعاصمة`), or
    another facility listed (`نفق الملك عبدالله ونفق فلسطين`). What follows the name is the
    sentence's, not the name's."""
    kinds = _FACILITY_KINDS.get(head, frozenset())
    for m in range(k + 1, min(len(tokens), k + _MAX_NAME + 1)):
        token = tokens[m]
        if token.key in kinds or (token.definite and token.key[:1] in "بل") or _facility_noun(token):
            return tokens[:m]
    return tokens


def _station_name_end(tokens: list[Token], k: int, taken: dict[int, str], places: frozenset[str]) -> int | None:
    """The last word of a station's name after its noun: a name after the kind of station (`محطة
    مترو البرشاء`), or a facility it is named after (`محطة مول الإمارات`)."""
    token = tokens[k]
    if k not in taken and _facility_noun(token) and not _has_stem_in(token.key, _STATIONS):
        facility = _facility_at(tokens, k, taken, places)
        return facility.last if facility is not None else None
    if k in taken or token.key not in _STATION_KINDS or _phrase_ended(tokens, k + 1):
        return None
    n = k + 1
    if n in taken:
        return _known_name_end(tokens, n, taken) if taken[n] == LOC else None
    named = tokens[n]
    if named.key in _NOT_STATION_NAMES or _in(named.key, STOP) or _is_title(named) or _role_noun(named):
        return None
    if named.definite:
        return None if _nisba(named) else n
    return n if _is_name_word(tokens, n, taken) and _plain_facility_name(tokens, n, places) else None


def _connected_name_end(tokens: list[Token], n: int, taken: dict[int, str], places: frozenset[str]) -> int | None:
    """The last word of a two-word place name whose first word (`عين`, `دير`, `خان`) is before `n`."""
    if _phrase_ended(tokens, n):
        return None
    if n in taken:
        return _known_name_end(tokens, n, taken) if taken[n] == LOC else None
    named = tokens[n]
    if _in(named.key, STOP) or named.key in _NOT_PLACE_NAMES or _tanween(named) or named.key.startswith("لل"):
        return None
    if _is_title(named) or _role_noun(named) or named.key.startswith("و"):
        return None
    if named.definite:
        return None if _nisba(named) else n
    name_word = named.key in GIVEN_NAMES or _is_name_word(tokens, n, taken)
    return n if name_word and _name_ends(tokens, n + 1, places) else None


def _name_ends(tokens: list[Token], n: int, places: frozenset[str]) -> bool:
    """Nothing in construct follows a one-word name before `n`: `شارع عين سارة على`, `بئر دير شرف.`"""
    if _phrase_ended(tokens, n):
        return True
    token = tokens[n]
    if _in(token.key, STOP) or token.key in _NAME_END_PARTICLES or token.key in _DIRECTIONS:
        return True
    if not token.definite and token.key[:1] in "بل" and len(token.key) > 3:
        return True
    return token.definite and _place_adjective(token, places)


def _family_nisba(token: Token, places: frozenset[str]) -> bool:
    """`الزرقطوني` in `شارع الزرقطوني`: a definite nisba that is no place's adjective nor a title."""
    return token.definite and _nisba(token) and not demonym(token.key, places) and not _is_title(token)


# Stadiums and arenas, named with their head: `ملعب ثامر`, `ملعب علي لابوانت`, `ملعب الأمير هاشم`,
# `ملعب 5 جويلية الأولمبي`, `ملعب المملكة أرينا`. The head alone is a pitch of any kind (`ملعب كرة`,
# `ملعب خماسي`, `ملعب المباراة`), so the name is a ruler's or a notable's, a date, or name words.
_STADIUMS = _keys("ملعب ستاد استاد")
_STADIUM_FORMS = frozenset(
    form for form in _written_forms(_STADIUMS) if not form.startswith("ال") and form[:3] not in ("بال", "وال", "لل")
)
_STADIUM_HONORIFICS = _HONORIFICS | _keys("الشهيد الرئيس المرحوم")
_STADIUM_ENDS = _keys("الأولمبي الدولي أرينا بارك الكبير")  # `ملعب مراكش الكبير`
_NOT_STADIUM_NAMES = _keys(
    """
    كرة خماسي سداسي ترابي عشبي معشب بلدي جديد رياضي صغير كبير مغطى صناعي طبيعي أولمبي دولي مفتوح خاص عام
    تدريب تدريبي مدرسة مدرسي جامعي آخر واحد قديم رئيسي فرعي مجاور محايد ضخم حديث واسع مؤقت
    تنس غولف جولف سلة طائرة يد بادل سباق خيل
    """
)
_DATE_MONTHS = _keys(" ".join(month for month in MONTHS if " " not in month))  # `جويلية`, `نيسان`, `ماي`
_MAX_STADIUM_NAME = 3


def _stadium_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A stadium on `ملعب`/`ستاد`/`استاد` (word `i`): the head and its name, with `الأولمبي` or `أرينا` after it."""
    k = i + 1
    if _phrase_ended(tokens, k) or tokens[i].raw.endswith(("ه", "ها", "هم")):
        return None
    token = tokens[k]
    if taken.get(k) == PERSON:
        last = _known_name_end(tokens, k, taken)  # `ملعب محمد الخامس`
    elif token.key in _STADIUM_HONORIFICS and not _phrase_ended(tokens, k + 1):
        last = _stadium_name_end(tokens, k + 1, taken)  # `ملعب الأمير هاشم`
    elif token.key.isdigit() and not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _DATE_MONTHS:
        last = k + 1  # `ملعب 5 جويلية`, `ملعب 8 ماي 1945`
        if not _phrase_ended(tokens, k + 2) and tokens[k + 2].key.isdigit():
            last = k + 2
    elif token.definite:
        after = k + 1
        # `ملعب المملكة أرينا`; one definite word alone is a pitch (`ملعب المباراة`, `ملعب النادي`).
        known = not _phrase_ended(tokens, after) and tokens[after].key in _STADIUM_ENDS and not tokens[after].definite
        return Discovered(LOC, i, after) if known and k not in taken else None
    elif k in taken or _in(token.key, _NOT_STADIUM_NAMES) or _tanween(token):
        return None
    else:
        last = _stadium_name_end(tokens, k, taken)
    if last is None:
        return None
    if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _STADIUM_ENDS and last + 1 not in taken:
        last += 1
    return Discovered(LOC, i, last)


def _stadium_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last of one to three name words from `k`: `ثامر`, `علي لابوانت`, `حسين آيت أحمد` (not `ببولوغين`
    after them, where the stadium is)."""
    last = None
    for m in range(k, min(k + _MAX_STADIUM_NAME, len(tokens))):
        token = tokens[m]
        if m > k and _phrase_ended(tokens, m):
            break
        if token.definite or not _is_name_word(tokens, m, taken):
            break
        if m > k and token.key[:1] == "ب" and token.key not in GIVEN_NAMES and not _in(token.key, CONNECTORS):
            break  # `ملعب عمر حمادي ببولوغين`
        last = m
    return last


# A scorer in a match report: a verb of scoring, the player (after his trade or nationality), and what
# he scored: `أضاف سالم الدوسري الهدف الثالث`, `يعادل البديل عدي القرا النتيجة`, `قلص ساديو ماني
# الفارق`, `عادل الرجاء عن طريق نوفل الزرهوني في الدقيقة 71`. The object closes the name.
_SCORING = _keys(
    """
    سجل يسجل أحرز يحرز أضاف يضيف عادل يعادل أدرك يدرك قلص يقلص افتتح يفتتح منح يمنح يمنحه منحه
    ختم يختم طريق
    """
)
_SCORING_FORMS = _written_forms(_SCORING) - _written_forms(_keys("الطريق"))
_GOAL_OBJECTS = _keys("الهدف هدف هدفي هدفين الفارق التعادل التسجيل النتيجة الثلاثية الثنائية الرباعية")
_BY_WAY_OF = _keys("عن")  # `عن طريق`
_MINUTE = _keys("الدقيقة")
_MAX_SCORER = 4


def _scorer_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The player a verb of scoring at `i` names, where what he scored (or `في الدقيقة`) follows him."""
    window = range(i + 2, min(i + 5 + _MAX_SCORER, len(tokens)))  # two words of trade, the name, its object
    if not any(tokens[m].key in _GOAL_OBJECTS or tokens[m].key in _MINUTE for m in window):
        return None  # most of them: `وأضاف أن`, said, not scored
    by_way = tokens[i].key in _ROADS
    if by_way and (i == 0 or tokens[i - 1].key not in _BY_WAY_OF):
        return None
    j = i + 1
    while j < len(tokens) and not _phrase_ended(tokens, j) and (_is_trade(tokens[j]) or _nisba(tokens[j])):
        j += 1  # `البديل`, `النجم البرتغالي`
    if _phrase_ended(tokens, j) or j in taken:
        return None
    k = j
    while k < len(tokens) and k - j < _MAX_SCORER and (k == j or not _phrase_ended(tokens, k)):
        if tokens[k].key in _GOAL_OBJECTS or (
            tokens[k].key in _IN and k + 1 < len(tokens) and tokens[k + 1].key in _MINUTE
        ):
            break
        if not _is_name_word(tokens, k, taken) or (tokens[k].definite and k == j):
            return None
        k += 1
    else:
        return None  # no object: `سجل الاقتصاد نموا`
    if k == j or _phrase_ended(tokens, k):
        return None
    if k - j < 2 and j == i + 1:
        return None  # one word, no trade or nationality before it: `أضاف بيان الهدف` is no one
    return Discovered(PERSON, j, k - 1)


def _agreeing_adjective(head: Token, token: Token) -> bool:
    """An indefinite word of an adjective's shape, in the facility noun's gender: `بحيرة مالحة`
    (فاعلة), `محطة رسمية` (nisba), `سد قاطع` (فاعل), `ميناء جاف`. A name may take such a shape in the
    other gender only: `مخيم عايدة`."""
    if token.definite or token.key in _DRY:
        return not token.definite
    key = token.key
    if strip_diacritics(head.raw).endswith("ة"):
        return strip_diacritics(token.raw).endswith("ة") and (
            (key.endswith("يه") and len(key) >= 5) or (len(key) == 5 and key[1] == "ا")
        )
    return len(key) == 4 and key[1] == "ا" and not key.endswith(("ا", "ي", "ه"))


_DRY = _keys("جاف جافة")  # doubled roots, no فاعل shape: `ميناء جاف`


OPENING_QUOTES, CLOSING_QUOTES = frozenset('"“«'), frozenset('"”»')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
_TODAY = _keys("اليوم")  # ends the names of papers and channels: `"الكويت اليوم"`, `"روسيا اليوم"`
_MAX_QUOTED = 4


def _opens_quote(token: Token) -> bool:
    return token.gap != " " and any(char in OPENING_QUOTES for char in token.gap)


def _quote_end(tokens: list[Token], k: int) -> int | None:
    """The last word of a short name in quotes that opens at word `k`: `"أسبيدس"`, `«كوسموس إنرجي»`."""
    if k >= len(tokens) or not _opens_quote(tokens[k]) or any(char in ".،,\n" for char in tokens[k].gap):
        return None
    for e in range(k, min(k + _MAX_QUOTED, len(tokens))):
        if e > k and (tokens[e].after_break or tokens[e].after_comma):
            return None
        if (_in(tokens[e].key, STOP) and not (e > k and tokens[e].key in _TODAY)) or len(tokens[e].key) < 2:
            return None  # a quoted phrase, not a name; inside quotes a title word may be one (`الكبير`)
        after = tokens[e + 1].gap if e + 1 < len(tokens) else ""
        if CLOSING_QUOTES & set(after):
            return e
    return None


# Nouns that introduce an outlet or a company by its name in quotes: `صحيفة "هآرتس"`.
OUTLETS = _keys("صحيفة الصحيفة جريدة الجريدة مجلة المجلة موقع قناة شبكة وكالة شركة الشركة مجموعة منصة")
# And without the article, a firm, an association, a hotel or an electoral list: `مكتب "أطلس للهندسة
# المعمارية"`, `جمعية "بحّارة الجنوب"`, `فندق "بوابة الأنباط"`, `لائحة "بيروت مدينتي"`. With it the noun
# is who speaks: `أكد أن الجمعية "استنفدت كل وسائل الحوار"`.
_NAMED_BY_QUOTE = _keys("مكتب جمعية فندق لائحة منظمة مؤسسة حزب")  # `مؤسسة "فيلم لاب فلسطين"`


def _quoted_org_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A name in quotes that is an organisation: after an outlet's or a company's noun (`صحيفة
    "هآرتس"`, `الجريدة الرسمية "الكويت اليوم"`), or before a nationality adjective (`"كوسموس
    إنرجي" الأمريكية`). The name is the quoted words."""
    if (body := _quoted_body_end(tokens, i, taken)) is not None:
        return Discovered(ORG, i, body)
    last = _quote_end(tokens, i)
    if last is None or any(taken.get(k) in (PERSON, ORG) for k in range(i, last + 1)):
        return None
    if i > 0 and _has_stem_in(tokens[i - 1].key, _PURPOSED_HEADS) and not tokens[i - 1].definite:
        purpose = _purpose_end(tokens, last + 1, after_quote=True)
        if purpose is not None and not _breaks_before(tokens[i - 1]):
            return Discovered(ORG, i - 1, purpose)  # `منظمة "أمل" للتنمية المدنية`: one name, its noun too
    if i > 0 and _has_stem_in(tokens[i - 1].key, _UNITS) and last == i and not tokens[i].definite:
        return Discovered(ORG, i - 1, last)  # `لواء "آزوف"`
    coalition = i > 0 and _has_stem_in(tokens[i - 1].key, _COALITIONS) and not tokens[i - 1].definite
    if coalition and not _breaks_before(tokens[i - 1]):
        return Discovered(ORG, i - 1, last)  # `تحالف "الوحدة المتحدة"`
    before = [k for k in (i - 1, i - 2) if k >= 0]
    introduced = (
        any(_has_stem_in(tokens[k].key, OUTLETS) and (k == i - 1 or _adjective_after(tokens[i - 1])) for k in before)
        or (i > 0 and _has_stem_in(tokens[i - 1].key, _NAMED_BY_QUOTE) and not tokens[i - 1].definite)
    ) and not _breaks_before(tokens[i - 1])
    if not introduced and _told_to_quoted(tokens, i, last):
        return Discovered(ORG, i, last)  # the outlet, even where its name is a place's: `لـ"الشرق الأوسط"`
    described = (
        last + 1 < len(tokens)
        and demonym(tokens[last + 1].key, places)
        and not (set(tokens[last + 1].gap) & set(".،,\n"))
        and not any(tokens[k].definite for k in range(i, last + 1))
    )
    return Discovered(ORG, i, last) if introduced or described else None


# An organisation named by a word in quotes and what it does, outside them, is named with its noun:
# `منظمة "أمل" للتنمية المدنية`, `مؤسسة "سيتا" للدراسات`. A company is named by the quoted word alone
# (`شركة "فالي" للتعدين` is `فالي`).
# Only the nouns that introduce a quoted name: `مركز "سيسامي" لضوء السنكروترون` goes by `سيسامي`.
_PURPOSED_HEADS = _keys("منظمة مؤسسة جمعية")
# Armed units named by one quoted word keep their noun: `لواء "آزوف"`, `كتيبة "الفاروق"` has the article.
_UNITS = _keys("لواء كتيبة فيلق")
# Electoral alliances and blocs are named with their noun: `تحالف "تقدم"`, `ائتلاف "الإعمار والتنمية"`,
# `كتلة "الوفاء للمقاومة"`; a party by the quoted name alone (`حزب "فوكس"`, in _NAMED_BY_QUOTE).
_COALITIONS = _keys("تحالف ائتلاف كتلة")


def _only_closing_quote(token: Token) -> bool:
    """The gap before a word holds a closing quote and nothing else that ends a phrase."""
    return bool(CLOSING_QUOTES & set(token.gap)) and not set(token.gap) - CLOSING_QUOTES - {" "}


# Said to a paper or a channel named in quotes: `وقال ... لـ"المرصد" إن`, `في تصريح لـ"الخبر"`. The bare
# preposition, the quote and a verb of speech around it leave nothing else it could be.
_INTERVIEW = _keys("حديث تصريح تصريحات مقابلة حوار")


def _told_to_quoted(tokens: list[Token], i: int, last: int) -> bool:
    if i == 0 or tokens[i - 1].key != "ل" or _breaks_before(tokens[i - 1]):
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    said_that = following is not None and following.key in _SAID_THAT and "\n" not in following.gap
    return said_that or (i > 1 and tokens[i - 2].key in _INTERVIEW)


# A body's name that the writer quotes whole: `"مجموعة العرجاني"`, `"اتحاد المقاولين"`, `"اللجنة القانونية
# العليا"`: a head and definite words (or known places) that the quote closes on. Not a head before a
# verbal noun (`"لجنة التحقيق"` is any inquiry), a description (`"المجلس الجديد"`), or a definite head
# and one adjective (`"اللجنة الوطنية"`, the committee named in full before).
_MAX_QUOTED_BODY = 5
_QUOTED_HEADS = ORG_HEADS | INSTITUTES


def _quoted_body_end(tokens: list[Token], i: int, taken: dict[int, str]) -> int | None:
    """The last word of a body's name quoted whole from its head at `i`, the quote's first word."""
    head = tokens[i]
    if _tanween(head) or not _has_stem_in(head.key, DEFINITE_BODIES if head.definite else _QUOTED_HEADS):
        return None
    for e in range(i + 1, min(i + _MAX_QUOTED_BODY, len(tokens))):
        if _phrase_ended(tokens, e) or any(char in OPENING_QUOTES for char in tokens[e].gap):
            return None
        if taken.get(e, LOC) != LOC:
            return None
        if e not in taken and not _quoted_name_word(tokens[e], first=e == i + 1, head=head):
            return None
        if e + 1 < len(tokens) and CLOSING_QUOTES & set(tokens[e + 1].gap):
            # `"اللجنة العسكرية العليا" المشتركة بين بغداد وواشنطن`: a definite word after the quote goes
            # on describing it; the quoted words are a term inside a longer phrase, not the body's name.
            following = tokens[e + 1]  # a closing quote counts as a break: read the gap's punctuation
            described = following.key.startswith("ال") and not set(following.gap) & set(".،,:؛\n")
            # `"اللجنة الوطنية"` is the committee named before; a definite head is named by two words.
            return None if described or (head.definite and e == i + 1) else e
    return None


def _quoted_name_word(token: Token, first: bool, head: Token) -> bool:
    """A definite word of a quoted body's name: no particle, title or description, and not a verbal
    noun right after an indefinite head."""
    key = token.key
    if not key.startswith("ال") or _in(key, STOP) or _is_title(token) or _in(key, _ORG_DESCRIPTIONS):
        return False
    return not (first and not head.definite and _action(token))


def _breaks_before(token: Token) -> bool:
    """A clause ends before the noun; the quote closing a name before it does not count: `شركة
    "بترودار للعمليات" وشركة "النيل الكبرى للبترول"`."""
    return any(char in _BREAK_CHARS for char in token.gap.translate(_CLOSERS))


def _adjective_after(token: Token) -> bool:
    """`الرسمية` in `الجريدة الرسمية "الكويت اليوم"`; `والموازنة` is another noun joined by و."""
    return token.definite and token.key.startswith("ال")


def _division_at(tokens: list[Token], i: int) -> Discovered | None:
    """`الفرقة الرابعة`: a division and its number; but in Egypt `طلاب الفرقة الرابعة بكلية` are
    fourth-year students."""
    if head_stem(tokens[i].key) not in _DIVISIONS or _phrase_ended(tokens, i + 1):
        return None
    if tokens[i + 1].key not in _FEMININE_ORDINALS or (i > 0 and _in(tokens[i - 1].key, _SCHOOL_YEARS)):
        return None
    after = tokens[i + 2].key if not _phrase_ended(tokens, i + 2) else ""
    return None if any(stem in _FACULTIES for stem in clitic_stems(after)) else Discovered(ORG, i, i + 1)


# Regional offices and basin agencies named after their region with ل: `المكتب الجهوي للاستثمار الفلاحي
# لدكالة`, `وكالة الحوض المائي لأم الربيع`. Other bodies' ل + a place is whom they give to: `قدمت
# الوكالة الأمريكية للتنمية الدولية لليمن`.
_REGIONAL = _keys("الجهوي الجهوية الإقليمي الإقليمية المائي")
_COOPERATIVES = _keys("تعاونية")  # named with their town after ب: `تعاونية الحبوب والبقول الجافة بسطيف`


def _with_region(tokens: list[Token], body: Discovered | None, taken: dict[int, str]) -> Discovered | None:
    """The body, and the known region after it if its name says it is regional."""
    if body is None or body.kind != ORG:
        return body
    k = body.last + 1
    if _phrase_ended(tokens, k) or tokens[k].definite:
        return body
    if _has_stem_in(tokens[body.first].key, _COOPERATIVES) and taken.get(k) == LOC and tokens[k].key.startswith("ب"):
        return Discovered(ORG, body.first, _known_name_end(tokens, k, taken))  # `تعاونية الحبوب … بسطيف`
    if not tokens[k].key.startswith("ل"):
        return body
    if not any(tokens[j].key in _REGIONAL for j in range(body.first + 1, k)):
        return body
    if k in taken:
        return Discovered(ORG, body.first, _known_name_end(tokens, k, taken)) if taken[k] == LOC else body
    # A region the gazetteer lacks: one word of its own (`لدكالة`), or a connector and a definite
    # word (`لأم الربيع`); not a noun in construct with a definite one (`لتنمية الواحات`, a purpose).
    following = k + 1
    ended = _phrase_ended(tokens, following)
    if tokens[k].key[1:] in CONNECTORS:
        region = tokens[following] if not ended and following not in taken else None
        named = region is not None and region.definite and not _nisba(region) and not _in(region.key, STOP)
        return Discovered(ORG, body.first, following) if named else body
    if len(tokens[k].key) < 4 or not _is_name_word(tokens, k, taken):
        return body
    return Discovered(ORG, body.first, k) if ended or not tokens[following].definite else body


# Local bodies whose name ends with their town after ب: `جمعية البر الخيرية بحائل`, `الاتحاد الجهوي
# للشغل بصفاقس`, `الإدارة العامة للتعليم بمنطقة مكة المكرمة`, `شركة مياه الشرب والصرف الصحي بالجيزة`; a
# charity, hospital, directorate or utility of that name stands in many towns. A body with a name of its
# own only sits there: `مركز الأطلسي للدراسات الاستراتيجية بأكادير`, `المنظمة التونسية للأطباء الشبان بسوسة`.
_SEATED_HEADS = _keys("جمعية مستشفى كلية تعاونية إدارة مديرية شركة")
_SEATED_DEFINITE_HEADS = _keys("الجمعية الإدارة المديرية")


def _with_seat(tokens: list[Token], body: Discovered, taken: dict[int, str]) -> Discovered:
    """The local body, and the known town after ب that its name ends with."""
    k = body.last + 1
    if body.kind != ORG or _phrase_ended(tokens, k) or taken.get(k) != LOC:
        return body
    key = tokens[k].key
    if not key.startswith("ب"):
        return body
    head = head_stem(tokens[body.first].key)
    regional = tokens[body.first + 1].key in _REGIONAL  # `الاتحاد الجهوي`; not `للدراسات الإقليمية`
    local = head in _SEATED_HEADS or head in _SEATED_DEFINITE_HEADS or regional
    return Discovered(ORG, body.first, _known_name_end(tokens, k, taken)) if local else body


def _definite_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`الهيئة الوطنية للانتخابات`: a definite body, one or two adjectives, then what it does."""
    if not _has_stem_in(tokens[i].key, DEFINITE_BODIES):
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 2:
        token = tokens[k]
        if token.after_break or token.after_comma or k in taken or not token.definite or token.key.startswith("لل"):
            break
        if _in(token.key, STOP) or _is_title(token) or _in(token.key, _ORG_DESCRIPTIONS):
            return None
        k += 1
    if k == i + 1:
        return None
    if _has_stem_in(tokens[i].key, _OFFICES) and k < len(tokens) and _has_stem_in(tokens[k].key, DEFINITE_BODIES):
        return None  # `المكتب الجهوي للمنظمة التونسية للأطباء الشبان`: the body's office; the body is named
    if _has_stem_in(tokens[i].key, _UNIVERSITY) and not _federation_purpose(tokens, i, k):
        return None
    if _has_stem_in(tokens[i].key, _THE_MANAGEMENT) and tokens[i + 1].key not in _GENERAL_UNION:
        return None  # `الإدارة الأمريكية للأزمة` is a government and what it does
    if _organ_of(tokens, k, taken):
        return None
    last = _purpose_end(tokens, k, sake=True)
    if last is None:
        last = _purpose_of_place(tokens, k, taken)
    elif (seat := _seat_after(tokens, i, last, taken)) is not None:
        last = seat  # `النقابة الوطنية لسائقي الشاحنات في مالي`
    return Discovered(ORG, i, last) if last is not None else None


# A body's organs are named after the body with ل, and are none: `المجلس الوطني للحزب`, `الهيئة
# الرئاسية للحزب`, `الهيئة الإدارية الوطنية للاتحاد العام التونسي للشغل`. Not a known body after ل:
# `الجمعية العامة للأمم المتحدة` is one.
_BODIES_OF_ORGANS = _keys(
    "للحزب للحركة للاتحاد للجمعية للنقابة للمنظمة للجبهة للتحالف للنادي للتيار للرابطة للشركة للمؤسسة للبنك"
)  # and a company's: `الإدارة العامة للشركة`


def _organ_of(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The ل at `k`, after a definite body's adjectives, names the body it is an organ of."""
    return not _phrase_ended(tokens, k) and tokens[k].key in _BODIES_OF_ORGANS


def _seat_after(tokens: list[Token], i: int, last: int, taken: dict[int, str]) -> int | None:
    """The last word of the known place after `في` that says whose a national body is, when its name
    (words `i` to `last`) names no country: `النقابة الوطنية لسائقي الشاحنات في مالي`. Not after an
    adjective of origin (`الهيئة المصرية للكتاب في القاهرة` is where it sits)."""
    place = last + 2
    if _phrase_ended(tokens, last + 1) or tokens[last + 1].key not in _IN or _phrase_ended(tokens, place):
        return None
    if taken.get(place) != LOC or tokens[i + 1].key not in _NATIONAL:
        return None
    return _known_name_end(tokens, place, taken)


def _federation_purpose(tokens: list[Token], i: int, k: int) -> bool:
    """After `الجامعة` and its adjectives (words `i + 1` to `k - 1`), what makes it a body: a sport
    (`لكرة القدم`), a field of study (`للعلوم`), or any trade after `العامة` (`الجامعة العامة للتعليم`)."""
    if _phrase_ended(tokens, k):
        return False
    key = tokens[k].key
    return key in _SPORTS or key in _UNIVERSITY_FIELDS or tokens[i + 1].key in _GENERAL_UNION


def _purpose_of_place(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a purpose in construct with a known place: `لعمال موريتانيا` in
    `الكونفدرالية العامة لعمال موريتانيا`, `لإعادة إعمار غزة` (a place is definite without the article)."""
    if _phrase_ended(tokens, k) or k in taken:
        return None
    token = tokens[k]
    key = token.key
    if not key.startswith("ل") or key.startswith("لل") or len(key) < 4 or _in(key, _PARTICLES):
        return None
    place = k + 1
    if not _purpose_noun(token) or _phrase_ended(tokens, place) or taken.get(place) != LOC:
        return None
    return _known_name_end(tokens, place, taken)


_OFFICES = _keys("المكتب")
# `الوطنية` says the body is a country's without naming it; the place after `في` does.
_NATIONAL = _keys("الوطنية الوطني")


def _state_body_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """`البرلمان التركي`, `مجلس النواب الليبي`, `القوات المسلحة الأردنية`: a state body and its country."""
    if head_stem(tokens[i].key) == _FORCES and (i + 1 >= len(tokens) or tokens[i + 1].key != _ARMED):
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 3:
        token = tokens[k]
        if token.after_break or token.after_comma or k in taken or not token.definite:
            return None
        if demonym(token.key, places):
            return Discovered(ORG, i, k)
        k += 1
    return None


# Indefinite adjectives after `مستشفى` (`مستشفى قريب`, `مستشفى تابع للجيش`), and the first letters
# of a verb or a noun joined by و (`مستشفى يبعد`, `مستشفى ومراكز`): no name of its own.
_NOT_HOSPITAL_NAMES = _keys("عام خاص قريب بعيد متنقل مجاور آخر واحد") | _NOT_PLACE_NAMES | _DESCRIPTIVE
_NOT_NAME_LETTERS = ("و", "ي", "ت", "ل", "ب")


def _city_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`شرطة دبي`, `محكمة جنايات الإسكندرية`, `مجلس محافظة البصرة`: a city's body and the known city."""
    token = tokens[i]
    if _tanween(token) or _phrase_ended(tokens, i + 1):
        return None
    if token.definite:
        return _court_in_city_at(tokens, i, taken)
    head = head_stem(token.key)
    k = i + 1
    if head in _FACULTY:
        field = tokens[k]
        if k in taken or not field.key.startswith("ال") or _nisba(field) or _in(field.key, STOP):
            return None
        k += 1
        if _phrase_ended(tokens, k) or taken.get(k) != LOC or not tokens[k].key.startswith("ب"):
            return None
    elif head in _COURTS or head == _COUNCIL:
        seat = tokens[k]
        if head == _COUNCIL and (seat.key not in _COUNCIL_SEATS or taken.get(k, LOC) != LOC):
            return None  # the seat is written bare after the council: `مجلس محافظة`, not `مجلس المحافظة`
        if head == _COUNCIL and k in taken:
            return Discovered(ORG, i, _known_name_end(tokens, k, taken))  # `محافظة البصرة`, known whole
        if head in _COURTS and seat.key in _SUPREME_COURTS and k not in taken:
            return Discovered(ORG, i, k)  # `محكمة التمييز`, `محكمة النقض`: a state has one
        if head in _COURTS and (k in taken or not _purpose_noun(seat) or seat.key.startswith(("ل", "ب", "ف"))):
            return None
        k += 1
    elif head not in _CITY_BODIES:
        return None
    elif head in _CHAMBERS:
        # `غرفة التجارة والصناعة والزراعة مصراتة`, `غرفة تجارة وصناعة محافظة الخليل`
        while not _phrase_ended(tokens, k) and k not in taken and _in(tokens[k].key, _CHAMBER_TRADES):
            k += 1
        if k > i + 1 and not _phrase_ended(tokens, k) and k not in taken and tokens[k].key in _COUNCIL_SEATS:
            k += 1
    if _phrase_ended(tokens, k) or taken.get(k) != LOC:
        return None
    return Discovered(ORG, i, _known_name_end(tokens, k, taken))


def _court_in_city_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`المحكمة العمالية في الرياض`: a court of a kind and the known city it sits in; or a numbered
    chamber of a kind, as the Gulf names them: `المحكمة الكبرى الجنائية الرابعة`."""
    if not _has_stem_in(tokens[i].key, _THE_COURT):
        return None
    if (chamber := _numbered_chamber(tokens, i)) is not None:
        return Discovered(ORG, i, chamber)
    if tokens[i + 1].key not in _COURT_KINDS:
        return None
    k = i + 3
    if _phrase_ended(tokens, i + 2) or tokens[i + 2].key not in _IN or _phrase_ended(tokens, k) or taken.get(k) != LOC:
        return None
    return Discovered(ORG, i, _known_name_end(tokens, k, taken))


def _numbered_chamber(tokens: list[Token], i: int) -> int | None:
    """The ordinal's index after `المحكمة`, a rank (`الكبرى`, `الصغرى`) and a kind: `المحكمة الكبرى
    الجنائية الرابعة`, `المحكمة الجنائية الأولى`."""
    k = i + 1
    if not _phrase_ended(tokens, k) and tokens[k].key in _COURT_RANKS:
        k += 1
    if _phrase_ended(tokens, k) or tokens[k].key not in _COURT_KINDS:
        return None
    k += 1
    return k if not _phrase_ended(tokens, k) and tokens[k].key in _FEMININE_ORDINALS else None


def _hospital_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`مستشفى طرابلس الحكومي`, `مستشفى الجمهورية التعليمي`, `المستشفى الجامعي سهلول`, `مجمع
    السلمانية الطبي`: the hospital, its name and the kind of hospital it is."""
    token = tokens[i]
    if _tanween(token) or _phrase_ended(tokens, i + 1) or _counted(tokens, i):
        return None
    head = head_stem(token.key)
    if token.definite:
        if head not in _THE_HOSPITAL:
            return None
        # `المستشفى الجامعي فرحات حشاد`: the kind first, then a name of its own or a known one.
        if tokens[i + 1].key not in _UNIVERSITY_HOSPITAL or _phrase_ended(tokens, i + 2):
            return None
        last = _hospital_name_end(tokens, i + 2, taken, definite=False)
        return Discovered(ORG, i, last) if last is not None else None
    last = _hospital_name_end(tokens, i + 1, taken, definite=True)
    if last is None:
        return None
    kind = not _phrase_ended(tokens, last + 1) and last + 1 not in taken
    kind = kind and tokens[last + 1].key in (_MEDICAL if head in _COMPLEXES else _HOSPITAL_KINDS)
    if kind:
        return Discovered(ORG, i, last + 1)
    # Without its kind a hospital is named by a known place or a word of its own: `مستشفى سهلول`.
    plain = head in _HOSPITALS and (taken.get(i + 1) == LOC or not tokens[i + 1].definite)
    return Discovered(ORG, i, last) if plain else None


def _hospital_name_end(tokens: list[Token], k: int, taken: dict[int, str], definite: bool) -> int | None:
    """The last word of a hospital's name from `k`: a known place or person, one or two words of its
    own (`فرحات حشاد`), or if `definite` one definite word (`الجمهورية`)."""
    if k in taken:
        return _known_name_end(tokens, k, taken) if taken[k] in (LOC, PERSON) else None
    token = tokens[k]
    if definite and token.key in _HONORIFICS:
        return _name_span(tokens, k + 1, taken)  # `مستشفى الملك فهد العام`, named after a king
    if definite and token.key in _COMPASS and taken.get(k + 1) == LOC and not _phrase_ended(tokens, k + 1):
        return _known_name_end(tokens, k + 1, taken)  # `مستشفى شرق جدة`, named after a town's east
    if token.definite:
        if not definite or not token.key.startswith("ال") or _in(token.key, STOP) or _is_title(token):
            return None
        if token.key.endswith("ات"):
            return None  # `مجمع الصناعات`: a plural is what the complex holds, no name
        return None if token.key in _HOSPITAL_KINDS else k
    if not _is_name_word(tokens, k, taken) or token.key.startswith(_NOT_NAME_LETTERS):
        return None
    if token.key in _NOT_HOSPITAL_NAMES:
        return None
    if definite and token.key.endswith(("ي", "ه")):
        return None  # `مستشفى ميداني`, `مستشفى تخصصي`: an adjective, where one may stand
    following = k + 1
    if _phrase_ended(tokens, following) or following in taken or tokens[following].definite:
        return k
    second = tokens[following]
    if not _is_name_word(tokens, following, taken) or second.key.startswith(_NOT_NAME_LETTERS):
        return k
    return k if second.key.endswith(("ي", "ه")) or second.key in _NOT_HOSPITAL_NAMES else following  # `فرحات حشاد`


def _second_head_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    return _health_centre_at(tokens, i, taken) or _named_unit_at(tokens, i, taken)


def _health_centre_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`مركز الوكرة الصحي`, `تجمع جدة الصحي الأول`: a known town or a word of its own, then `الصحي`."""
    if tokens[i].definite or not _has_stem_in(tokens[i].key, _HEALTH_HEADS):
        return None
    last = _name_span(tokens, i + 1, taken)
    if last is None or (i + 1 in taken and taken[i + 1] != LOC) or _phrase_ended(tokens, last + 1):
        return None
    if tokens[last + 1].key not in _HEALTH:
        return None
    last += 1
    if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _ORDINALS:
        last += 1  # `تجمع جدة الصحي الأول`
    return Discovered(ORG, i, last)


def _named_unit_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A department (`دائرة الفنون الموسيقية`) or a publishing house (`دار الندى للنشر`)."""
    token = tokens[i]
    if token.definite or _phrase_ended(tokens, i + 1) or i + 1 in taken:
        return None
    first = tokens[i + 1]
    if not first.key.startswith("ال") or _in(first.key, STOP) or _is_title(first):
        return None
    if _has_stem_in(token.key, _DEPARTMENTS):
        k = i + 2
        if _phrase_ended(tokens, k) or k in taken:
            return None
        second = tokens[k].key
        joined = second.startswith("وال")
        if not (joined or second in _GENERAL_UNION or (second.startswith("ال") and second.endswith(("يه", "ي")))):
            return None
        if joined and not _phrase_ended(tokens, k + 1) and k + 1 not in taken and tokens[k + 1].key.endswith("يه"):
            k += 1  # `دائرة الأراضي والأملاك العامة`
        seat = k + 2  # `دائرة الثقافة والسياحة في أبوظبي`: the emirate's
        if not _phrase_ended(tokens, seat) and tokens[k + 1].key in _IN and taken.get(seat) == LOC:
            k = _known_name_end(tokens, seat, taken)
        return Discovered(ORG, i, k)
    if not _has_stem_in(token.key, _HOUSES):
        return None
    purpose = i + 2
    if not _phrase_ended(tokens, purpose) and tokens[purpose].key in _PUBLISHING:
        return Discovered(ORG, i, _purpose_end(tokens, purpose) or purpose)
    titled = i > 0 and not token.after_break and _in(tokens[i - 1].key, _HOUSE_TITLES)
    ended = _phrase_ended(tokens, purpose) or not tokens[purpose].definite
    plain = first.key.endswith(("يه", "ي")) or first.key in _HOUSES_OF_CARE
    return Discovered(ORG, i, i + 1) if titled and ended and not plain else None


# A police or army command over a city's body: `قيادة شرطة محافظة ظفار`.
_COMMANDS = _keys("قيادة")


def _under_command(tokens: list[Token], body: Discovered) -> Discovered:
    i = body.first
    if i == 0 or tokens[i].after_break or not _has_stem_in(tokens[i].key, _CITY_BODIES):
        return body
    return Discovered(ORG, i - 1, body.last) if _has_stem_in(tokens[i - 1].key, _COMMANDS) else body


# Settlements named after their noun: `بلدة مغنية الجزائرية`, `قضاء دوكان`, `ولاية محوت`, `حي المقوس`,
# and after a dual or plural, a list: `بلدتي المزرعة وولغا`. The place is the name alone (the gold
# sets write `مغنية`, not `بلدة مغنية`); a name the gazetteer keeps with its noun (`مدينة الخبر`) is
# matched before discovery runs. Feminine nouns first, then masculine: an indefinite adjective agrees
# with its noun, which is how `بلدة صغيرة`/`بلدة نائية` and `حي سكني` are told from a name.
_FEMININE_SETTLEMENTS = _keys("مدينة بلدة قرية منطقة محافظة ولاية")
_MASCULINE_SETTLEMENTS = _keys("حي حيي قضاء إقليم")  # حيي: two quarters, `في حيي أبوسليم وصلاح الدين`
_SETTLEMENT_LISTS = _keys("مدينتي بلدتي قريتي منطقتي محافظتي حيي مدن بلدات قرى مناطق محافظات أحياء")
# After these a definite word may be the name (`بلدة الخالدية`); after `منطقة الحدود`, `ولاية
# الرئيس`, `قضاء الحاجات`, `محافظة البصرة` (known), a definite word is an ordinary noun in construct.
_TOWN_NOUNS = _keys("مدينة بلدة قرية حي مدينتي بلدتي قريتي حيي بلدات قرى")
_SETTLEMENTS = _FEMININE_SETTLEMENTS | _MASCULINE_SETTLEMENTS | _SETTLEMENT_LISTS
# First words of two-word place names: `بني درار`, `عين العرب`, `تل أبيض`, `سيدي بوزيد`.
_PLACE_CONNECTORS = _keys("بني أبو عين بئر رأس راس دير تل كفر بيت خان أم سيدي وادي جبل ذي ود")  # `ود النورة`
# What follows a settlement noun without naming it: ordinals, the nouns of its time or use, verbs.
_NOT_SETTLEMENT_NAMES = _NOT_PLACE_NAMES | _keys(
    """
    ثانية ثالثة رابعة خامسة أولى ثاني ثالث رابع أخيرة كبرى صغرى عدة عديدة كاملة كامل بأكملها بأسرها
    الملاهي الأعمال الألعاب الأشباح المعارض الصيادين الحدود العمليات النزاع الحظر
    وقت عطلة إجازة فترة ليلة أيام حاجة حاجات دين ديون تقع تبعد تضم تعد تشهد تحتضن تخضع تتبع تسيطر
    يسكنها يقطنها تسكنها تقطنها يبلغ تعرف شهدت تعرضت وقعت سيطرت تحولت باتت أصبحت كانت ظلت
    """
)
_SETTLEMENT_FORMS = _written_forms(_SETTLEMENTS)
_MAX_LISTED = 4


def _settlements_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> list[Discovered]:
    """The places named right after a settlement noun at `i`, one or, after a dual or plural, a list."""
    noun = tokens[i]
    if noun.definite or _tanween(noun):
        return []  # `المدينة القديمة`, `منطقةً`: the noun describes, it names nothing
    listed = _has_stem_in(noun.key, _SETTLEMENT_LISTS)
    town = _has_stem_in(noun.key, _TOWN_NOUNS)
    feminine = not _has_stem_in(noun.key, _MASCULINE_SETTLEMENTS)
    found: list[Discovered | None] = []  # None: a known place in the list
    k = i + 1
    while k < len(tokens) and len(found) < (_MAX_LISTED if listed else 1):
        token = tokens[k]
        conjunction = _next_in_list(token, bool(found))
        if conjunction is None:
            break
        if found and conjunction and token.after_comma and k + 1 < len(tokens) and not tokens[k + 1].after_break:
            break  # `بلدتي المزرعة وولغا، وأسفرت عن`: a new clause, unless the list ends there
        if k in taken:  # a known place in the list: `بلدتي المزرعة والسويداء`
            if taken[k] != LOC:
                break
            k = _known_name_end(tokens, k, taken) + 1
            found.append(None)
            continue
        last = _settlement_name_end(tokens, k, taken, places, town, feminine, conjunction)
        if last is None:
            break
        noun = "مدينة" if not listed and _city_of_a_ruler(tokens, i, k, last) else ""  # written without its clitic
        found.append(Discovered(LOC, k, last, conjunction, noun))
        k = last + 1
    places_found = [place for place in found if place is not None]
    return places_found if not listed or len(found) >= 2 else []


# Towns named after a ruler keep their noun, or they would read as the man: `مدينة سلمان`, `مدينة
# عيسى`, `مدينة بدر`, `مدينة زايد`. A name of two words (`مدينة علي صبيح`) is the town's own.
_CITIES = _keys("مدينة")
_ON = "على"  # the preposition, which reads as `علي` once normalised: `مدينة على حافة الحرب`


def _city_of_a_ruler(tokens: list[Token], i: int, k: int, last: int) -> bool:
    token = tokens[k]
    if last != k or not _has_stem_in(tokens[i].key, _CITIES) or token.key not in GIVEN_NAMES:
        return False
    return strip_diacritics(token.raw) != _ON


def _next_in_list(token: Token, listing: bool) -> bool | None:
    """Whether the word after a dual or plural noun, or after a name it lists, goes on with the list:
    None where the list ends (a break; a comma before the first name; a word joined by neither و nor
    a comma after one), else whether a و joins it (`وولغا`), which is then no part of its name."""
    if token.after_break or (token.after_comma and not listing):
        return None
    conjunction = listing and token.key.startswith("و")
    if listing and not conjunction and not token.after_comma:
        return None
    return conjunction


def _settlement_name_end(
    tokens: list[Token], k: int, taken: dict[int, str], places: frozenset[str], town: bool, feminine: bool, joined: bool
) -> int | None:
    """The last word of a settlement's name at `k` (after its noun, or after the و that lists it)."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    go_on = following is not None and not (following.after_break or following.after_comma)
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.startswith("لل") or token.raw.endswith(("هم", "كم")):
        return None
    if k not in taken and key.endswith(_NOUN_WITH_PRONOUN):
        return None  # `منطقة عملياتها`: "its area of operations", a noun and a pronoun, no name
    if key in _NOT_SETTLEMENT_NAMES or _in(key, STOP) or key in _TITLE_FORMS or _role_noun(token) or _org_head(token):
        return None
    if key in _PARTICLES_WITH_PRONOUN:
        return None  # `لا ولاية لنا` ("we have no jurisdiction"): a particle and a pronoun
    if key in _PLACE_CONNECTORS:  # `بني درار`, `عين العرب`: the second word is the name's own
        if not go_on or k + 1 in taken or _in(following.key, STOP) or following.key in _NOT_SETTLEMENT_NAMES:
            return None
        return k + 1
    if key in _COMPASS:
        # `منطقة جنوب السرة`: a district named by its side of another; a compass word alone names nothing.
        if not go_on or k + 1 in taken or not following.definite or _nisba(following) or _in(following.key, STOP):
            return None
        if following.key in _WHOLES:
            return None  # `منطقة جنوب البلاد`: where in the country, no name
        return k + 1
    if token.definite:
        # After a town's noun, a definite word is its name (`بلدة الخالدية`): an adjective of an
        # indefinite noun would be indefinite too. After `منطقة`/`ولاية` it is as often an ordinary noun.
        if not town or _nisba(token) or demonym(key, places) or key in _ORDINALS:
            return None
        return k
    if go_on and following.definite and _place_adjective(following, places):
        return k  # `بلدة مغنية الجزائرية`, `منطقة سلماباد الصناعية`: a definite adjective, so a definite name
    # Alone, an indefinite word may be the noun's adjective: one agrees with the noun's gender.
    if key.endswith("ه") if feminine else key.endswith("ي"):
        return None
    if feminine and key.endswith("ي") and len(key) < 4:
        return None
    if not go_on or following.definite or _in(following.key, STOP) or following.key in _DIRECTIONS:
        return k  # `بلدة أوفاكوي في`, `قضاء دوكان التابع`, `بلدة شرما، أن`
    if k + 1 in taken and following.key.startswith("و"):
        return k  # `حيي أبوسليم وصلاح الدين`: a known place is listed after it
    # Two indefinite words: a name of two (`حي سراج خانة`) when nothing describes them and the phrase ends.
    second = following.key
    if (second.endswith("ه") if feminine else second.endswith("ي")) or _tanween(following):
        return None
    if second in _NOT_SETTLEMENT_NAMES or not _is_name_word(tokens, k + 1, taken):
        return None
    return k + 1 if _ends_clause(tokens, k + 2) or (k + 2 < len(tokens) and _in(tokens[k + 2].key, STOP)) else None


# Where a place lies, not what it is called: `مدينة تطوان شمال البلاد`, `قرية قرب حلب`.
_DIRECTIONS = _keys("شرق غرب شمال جنوب شرقي غربي شمالي جنوبي قرب قرابة بالقرب وسط أقصى داخل خارج")


_COMPASS = _keys("شرق غرب شمال جنوب")
# Wholes a compass word divides without naming a place: `جنوب البلاد`, `شمال العاصمة`.
_WHOLES = _keys(
    """
    البلاد العاصمة المدينة المنطقة القرية البلدة المحافظة الولاية الإقليم الحي القطاع الضفة الساحل
    الجزيرة المملكة الدولة الوطن الصحراء العالم الحدود المتوسط النهر الوادي القارة الخليج
    """
)


# Adjectives that follow a place's name: `الصناعية`, `الكبرى`, `المجاورة`, `التابع`.
_PLACE_ADJECTIVES = _keys("الكبرى الكبير الصغرى القديمة القديم الجديدة الجديد المجاورة المجاور التابعة التابع المحاصرة")


def _place_adjective(token: Token, places: frozenset[str]) -> bool:
    return token.key in _PLACE_ADJECTIVES or _nisba(token) or token.key.endswith(("يه", "يين", "يون"))


# A dual or plural facility noun and the list of names after it: `معبري أرقين وقسطل`, `مخيمات فرشانا
# وميتشي وأبوتنقي`, `سدي أبو منصور والبلاد`. Each name is a facility of its own, written with the
# singular noun (`معبر قسطل`); a list of one is no list (`مخيمات النازحين`). A dual names two
# facilities, also by a known place or a definite word (`مطاري بغداد والبصرة`); after a plural those
# are whose facilities (`موانئ حضرموت وشبوة`, `موانئ الدولة ومناطقها`), so its names are words of their own.
_LISTED_FACILITIES = {
    normalize(plural): singular
    for singular, plurals in (
        ("معبر", "معبري معبرين معابر"),
        ("مخيم", "مخيمي مخيمين مخيمات"),
        ("سد", "سدي سدين سدود"),
        ("مطار", "مطاري مطارين مطارات"),
        ("ميناء", "ميناءي مينائي موانئ"),
        ("حقل", "حقلي حقلين حقول"),
        ("مصفاة", "مصفاتي مصفاتين"),
        ("نهر", "نهري نهرا نهرين"),
    )
    for plural in plurals.split()
}
_LISTED_FACILITY_FORMS = _written_forms(frozenset(_LISTED_FACILITIES))
_FACILITY_PLURALS = _keys("معابر مخيمات سدود مطارات موانئ حقول")


def _listed_facilities_at(
    tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]
) -> list[Discovered]:
    noun = tokens[i]
    if noun.definite or _tanween(noun):
        return []
    plural = next(stem for stem in clitic_stems(noun.key) if stem in _LISTED_FACILITIES)
    head = _LISTED_FACILITIES[plural]
    dual = plural not in _FACILITY_PLURALS
    found: list[Discovered] = []
    k = i + 1
    while k < len(tokens) and len(found) < _MAX_LISTED:
        token = tokens[k]
        conjunction = _next_in_list(token, bool(found))
        if conjunction is None:
            break
        if k in taken:
            if taken[k] != LOC or not dual:
                break
            last = k  # `حضرموت وشبوة` are two known places, not one
            while last + 1 < len(tokens) and taken.get(last + 1) == LOC and not tokens[last + 1].key.startswith("و"):
                last += 1
        else:
            facility = _facility_at(tokens, k, taken, places) if _facility_noun(tokens[k]) else None
            last = facility.last if facility else _listed_name_end(tokens, k, taken, head, conjunction)
            if last is None or (tokens[k].definite and not dual):
                break
        found.append(Discovered(LOC, k, last, conjunction, head))
        k = last + 1
    return found if len(found) >= 2 else []


def _facility_noun(token: Token) -> bool:
    """`ميناء` in `مصفاتي ميناء الأحمدي وميناء عبد الله`: a facility named after another one."""
    return not token.definite and not _tanween(token) and _has_stem_in(token.key, FACILITIES)


def _listed_name_end(tokens: list[Token], k: int, taken: dict[int, str], head: str, joined: bool) -> int | None:
    """The last word of one name in a list of facilities: a word of its own, or two after a
    connector (`أبو منصور`); a definite one but for fields (`حقول النفط` is no list)."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.startswith("لل") or key in _PARTICLES_WITH_PRONOUN:
        return None
    if key in _NOT_PLACE_NAMES or _in(key, STOP) or key in _TITLE_FORMS or _role_noun(token) or _org_head(token):
        return None
    if token.raw.endswith(("ها", "هم")):
        return None  # `ومناطقها`: a noun with a pronoun
    if token.definite:  # `حقلي السرير ومسلة`; but `حقلي النفط والغاز` are kinds of field
        return None if key[2:] in _NOT_PLACE_NAMES or _nisba(token) or key in _ORDINALS else k
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.after_break or following.after_comma or k + 1 in taken:
        return None if _in(key, CONNECTORS) or key in _PLACE_CONNECTORS else k
    if _in(key, CONNECTORS) or key in _PLACE_CONNECTORS:  # `أبو منصور`
        return k + 1 if _is_name_word(tokens, k + 1, taken) else None
    if not following.definite and not following.key.startswith("و") and _is_name_word(tokens, k + 1, taken):
        return None  # `ونور شمس`, `وأبوتنقي تجاوزت`: a name of two words, or a verb? Neither is sure.
    return k
