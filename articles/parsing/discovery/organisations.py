"""Organisations: a head noun of institution followed by its definite words, quoted names, companies, local bodies."""

from articles.parsing.arabic import clitic_stems, normalize
from articles.parsing.discovery.common import (
    _CLOSERS,
    _COMPASS,
    _DEFINITE_FIRST_NAMES,
    _DEPARTMENTS,
    _DIVISIONS,
    _HEALTH_HEADS,
    _HONORIFICS,
    _HOUSES,
    _IN,
    _NOT_PLACE_NAMES,
    _ORDINALS,
    _ORG_DESCRIPTIONS,
    _PARTICLES,
    _PARTICLES_WITH_PRONOUN,
    _SAID_THAT,
    _SERVANT,
    _SHORT_ACTIONS,
    BREEDERS,
    CLOSING_QUOTES,
    CONNECTORS,
    DEFINITE_BODIES,
    FACILITIES,
    INSTITUTES,
    LOC,
    OCCUPATIONS,
    OPENING_QUOTES,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACES,
    RANKS,
    SENTENCE_ENDS,
    STATE_BODIES,
    STOP,
    Discovered,
    _abroad,
    _action,
    _dual_of_a_noun,
    _ends_clause,
    _given_name_at,
    _has_stem_in,
    _in,
    _is_name_word,
    _is_title,
    _keys,
    _known_name_end,
    _name_span,
    _negated_adjective,
    _new_phrase_after_adjective,
    _nisba,
    _of_a_district,
    _opens_body,
    _opens_quote,
    _participle_with_object,
    _phrase_ended,
    _purpose,
    _purpose_end,
    _purpose_noun,
    _quote_end,
    _tanween,
    _verbal_noun,
    _written_forms,
    demonym,
    demonym_place,
    head_stem,
)
from articles.parsing.words import BREAKS as _BREAK_CHARS
from articles.parsing.words import Token

# Heads that are ordinary nouns as often as names (`حركة الملاحة الجوية`, `لجنة التحقيق الأولى`,
# `غرفة العمليات المشتركة`, `بنك الأهداف العسكرية`, `صندوق الاقتراع`, `مديرية التربية`, `مجموعة العمل
# المشتركة`): they head a
# name only when a nationality adjective closes it (`حركة النهضة التونسية`, `جهاز الضرائب العماني`),
# nouns in construct name what they run (`جهاز مشروعات أراضي القوات المسلحة`, `مديرية ماء البصرة`),
# or a noun joined by و says what they are for (`صندوق التنمية وإعادة الإعمار`).
_COMMON_HEADS = _keys("جهاز لجنة حركة غرفة بنك صندوق مديرية مجموعة ديوان")  # `ديوان الشعر العربي`, poems
# An office is as often a person's (`مكتب المحافظ`, `مكتب رئيس الوزراء`) or a body's room (`مكتب الجمعية في
# غزة`): it names a body as a common head does, with its country (`مكتب الهجرة البلجيكي`) or its affairs.
_COMMON_HEADS = _COMMON_HEADS | _keys("مكتب")
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
# The people such a body gathers, in construct: `أمهات المختطفين`, `عمال الكهرباء`, `مزارعي القطن`.
_MEMBER_NOUNS = _keys(
    """
    عمال موظفي أصحاب أمهات آباء أسر عائلات أهالي ذوي مزارعي مصدري منتجي مستوردي مصنعي سائقي معلمي صيادي
    تجار أطباء صيادلة مهندسي محامي ضحايا طلاب طلبة خريجي متقاعدي بحارة مربي ممرضي مودعي مستأجري ملاك
    """
)
# Heads whose name may be nouns in construct without the article, what the body runs or fights:
# `هيئة مقاومة الجدار والاستيطان`, `وكالة تنمية الأطلس الكبير`, `شركة فسفاط قفصة`. Not `مجلس`
# (`مجلس إدارة الشركة`), `لجنة` (`لجنة تحقيق`, `لجنة تقصي الحقائق`) or `حركة` (`حركة نقل البضائع`).
_CONSTRUCT_HEADS = _keys("هيئة جهاز وكالة إدارة مديرية شركة مؤسسة صندوق غرفة رابطة جمعية نقابة اتحاد منظمة")
# A fund named by what it pays for, a verbal noun in construct: `صندوق دعم الطالب`, `صندوق تمويل
# الاستقرار`, `صندوق تنمية الصادرات`. `صندوق الاقتراع` is a ballot box, `صندوق تبرعات المسجد` a box.
_FUNDS = _keys("صندوق")
_FUND_PURPOSES = _keys("دعم تمويل تنمية ضمان استثمار إعمار رعاية تشغيل تعويض إقراض تأمين")
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
_SCHOOL_YEARS = _keys("طلاب طالبات طالب طالبة امتحانات امتحان نتيجة نتائج دفعة")
_FACULTIES = _keys("كلية جامعة قسم معهد")
_FEMININE_ORDINALS = _keys("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة")
# Bodies named by a place or a person right after the head: `جامعة بنغازي`, `جامعة محمد الخامس`.
NAMED_BODIES = _keys("جامعة بلدية")
# Companies and funds named by a word of their own and what they do: `شركة دلمون للأنظمة الذكية`,
# `صندوق أوبك للتنمية الدولية`, `شركة فولاد مباركة للصلب`.
PURPOSE_HEADS = _keys("شركة صندوق مجموعة بنك مصرف")
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
# A city's or region's municipality, as Saudi Arabia, Jordan and Iraq name it: `أمانة بغداد`, `أمانة عمان
# الكبرى`, `أمانة محافظة جدة`, `أمانة منطقة عسير`; and a Saudi region's governorate: `إمارة منطقة الرياض`,
# `إمارة المنطقة الشرقية`. Without a known place `أمانة` is trust (`بكل أمانة`, `أمانة سر`), and `إمارة
# دبي` without a region's word is the emirate, a place.
_MUNICIPALITIES = _keys("أمانة إمارة")
_EMIRATES = _keys("إمارة")
_REGION_WORDS = _keys("منطقة محافظة المنطقة")
_THE_REGION = _keys("المنطقة")
_REGION_SIDES = _keys("الشرقية الشمالية الجنوبية الغربية الوسطى")  # Saudi regions named by their side
_GREATER = _keys("الكبرى")
# A club is named by its town or a word of its own and what kind of club it is: `نادي جنين الرياضي`,
# `نادي الوداد الرياضي`, `نادي شباب الخليل الرياضي`. Without its kind `نادي` is any club (`نادي القراءة`,
# `نادي ضباط الشرطة`), and the gazetteer knows the famous ones.
_CLUBS = _keys("نادي")
_CLUB_KINDS = _keys("الرياضي الثقافي الاجتماعي")
_MAX_CLUB_NAME = 2
# Courts of a kind in a city, definite: `المحكمة العمالية في الرياض`, `المحكمة الابتدائية في صفاقس`.
# Not a high court (`المحكمة العليا في إسرائيل` is the country's, named with its adjective).
_THE_COURT = _keys("المحكمة")
_COURT_KINDS = _keys("العمالية الابتدائية الجزائية الجنائية التجارية الإدارية العسكرية الشرعية")
_COURT_RANKS = _keys("الكبرى الصغرى")
# A state's court of cassation, named by its kind alone: `أيدت محكمة التمييز الحكم`.
_SUPREME_COURTS = _keys("التمييز النقض")
# A faculty in a city, with ب: `كلية الطب بسوسة` (Maghreb); `كلية الطب` alone is any.
_FACULTY = _keys("كلية")
# A chamber's trades before its city: `غرفة التجارة والصناعة والزراعة مصراتة`.
_CHAMBERS = _keys("غرفة")
_CHAMBER_TRADES = _keys("تجارة صناعة زراعة التجارة الصناعة الزراعة")
# A chamber of the firms of a trade, named by them and the trade's adjective: `غرفة المنشآت الفندقية`,
# `غرفة الشركات السياحية`. `غرفة العمليات المشتركة` is a room.
_CHAMBER_MEMBERS = _keys("المنشآت المنشات الشركات")
# Sudan's emergency response rooms, named by their town: `غرفة طوارئ طويلة`, `غرفة طوارئ الخرطوم`.
_EMERGENCIES = _keys("طوارئ")
# A court named by its kind and its city: `محكمة جنايات الإسكندرية`, `محكمة استئناف بيروت`; not
# `محكمة الاستئناف` (any court of appeal) nor `محكمة في الدار البيضاء` (a court somewhere).
_COURTS = _keys("محكمة")
# The council of a city or province: `مجلس محافظة البصرة`, `مجلس مدينة حلب`, a known place after.
_COUNCIL_SEATS = _keys("محافظة مدينة بلدة قرية ولاية")
# Hospitals (the gold counts them as bodies): `مستشفى الجمهورية التعليمي`, `مستشفى طرابلس الحكومي`,
# `مستشفى سهلول`, `المستشفى الجامعي فرحات حشاد`, and complexes known by what they treat: `مجمع السلمانية
# الطبي`. `مستشفى ميداني`, `مستشفى الأطفال`, `المستشفى الجامعي في المدينة` name none.
_HOSPITALS = _keys("مستشفى")
_HOSPITAL_FORMS = _written_forms(_HOSPITALS)
_THE_HOSPITAL = _keys("المستشفى")  # a head of its own: `والمستشفى الجامعي` is written `المستشفى الجامعي`
_COMPLEXES = _keys("مجمع")
_HOSPITAL_KINDS = _keys(
    "التعليمي الجامعي الحكومي العام التخصصي المركزي العسكري الاستشاري الدولي الوطني الطبي الريفي"
)  # `مستشفى حيس الريفي`
# The kinds that stand before the name after `المستشفى`: `المستشفى الجامعي سهلول`, and in the Maghreb a
# region's hospital, `المستشفى الجهوي الحسن الثاني`.
_UNIVERSITY_HOSPITAL = _keys("الجامعي الجهوي الإقليمي")
# Whom a hospital treats, after its name: `مستشفى مفيد للأطفال`, `مستشفى الرنتيسي للأطفال`, `مستشفى
# المواساة للأمراض الصدرية`. Not any purpose: `مستشفى الشفاء لتلقي العلاج` is what one goes there for.
_PATIENTS = _keys("للأطفال للنساء للولادة للعيون للأمراض للسرطان للأورام للقلب للحروق للأمومة")
# What a hospital of one definite word is in construct with when it is any hospital of that kind or
# place, no name: `مستشفى الأطفال`, `مستشفى المدينة`, `مستشفى المخيم`. A word of its own names one:
# `مستشفى الضمان`, `مستشفى الأميري`, `مستشفى القلب`.
_ANY_HOSPITAL = _TOWN_CENTRES | _keys(
    """
    الأطفال النساء الولادة الأمومة العيون الطوارئ الأمراض المخيم الحي الجامعة الجيش الشرطة السجن المعسكر
    الميدان العاصمة الإقليم الدولة الحكومة الوكالة المنظمة البلدية الحدود القطاع الجنوب الشمال الشرق الغرب
    الميداني الخاص الخيري
    """
)
_MEDICAL = _keys("الطبي الجامعي")
_HEALTH = _keys("الصحي")
_PUBLISHING = _keys("للنشر للطباعة للتوزيع للترجمة")
_HOUSE_TITLES = _keys("مدير مديرة صاحب صاحبة ناشر مؤسس مؤسسة")
_HOUSES_OF_CARE = _keys("الأيتام المسنين العجزة الرعاية الحضانة الضيافة العبادة")
# `القوات الأمريكية` is any US troops, `القوات المسلحة الأردنية` Jordan's armed forces.
_FORCES, _ARMED = normalize("القوات"), normalize("المسلحة")
_RANK_ADJECTIVES = _keys("العالمية العالمي الدولية الدولي العليا الأعلى الكبير الكبرى المستقلة المستقل الموحدة")
_MAX_ORG = 5


# Adjectives that describe whoever holds a role, indefinite: `مسؤول أمني رفيع`, `مستشار عسكري`.
_ROLE_ADJECTIVES = _keys(
    """
    أمني عسكري رفيع كبير بارز سابق مطلع رسمي حكومي محلي دبلوماسي سياسي حقوقي قانوني اقتصادي
    إقليمي دولي غربي عربي أجنبي آخر
    """
)


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
        if second is None and not _phrase_ended(tokens, k + 1) and _company_word(tokens, k + 1, taken, first=False):
            second = k + 1  # `معهد نوفايا إيفراسيا للدراسات`: a foreign name of two words
        last = _purpose_end(tokens, second + 1, sake=True) if second is not None else None
    return Discovered(ORG, i, last) if last is not None else None


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
    if key.startswith("لل"):
        # A definite verbal noun is a field the institute works in: `مركز الدراسات الأفريقية للتنمية`.
        return key[2:] not in _SHORT_ACTIONS
    stem = key[1:]
    return not (stem in _SHORT_ACTIONS or _verbal_noun("ل" + stem) or (stem[:1] == "ت" and len(stem) in (4, 5)))


# Bodies named after a known place and what they do, as the Gulf names its agencies: `وكالة الإمارات
# للفضاء`, `هيئة دبي للطرق والمواصلات`, `جمعية الإمارات للفلك`. Not heads that a place follows as whose
# (`جبهة لبنان لإسناد غزة`, `لجنة مصر لتجاوز الأزمة`).
_PLACE_NAMED_HEADS = _keys("هيئة وكالة رابطة جمعية نقابة اتحاد منظمة")


def _place_and_purpose_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    place = _known_place_after(tokens, i, taken, _PLACE_NAMED_HEADS)
    last = _purpose_end(tokens, place + 1) if place is not None else None
    return Discovered(ORG, i, last) if last is not None else None


# An association named by a word of its own and what it does, as Arab NGOs are: `منظمة بلادي لحقوق الإنسان`,
# `جمعية نور للتنمية`, `رابطة أمل للأمهات`. The word is no adjective of the head: those agree with it,
# and end in `ية` or open on a participle's م (`جمعية خيرية لرعاية`, `منظمة مستقلة لحقوق`).
_ASSOCIATIONS = _keys("منظمة جمعية رابطة")


def _own_name_and_purpose_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`منظمة بلادي لحقوق الإنسان`: the association at `i`, its own word and what it does."""
    k = i + 1
    if tokens[i].definite or head_stem(tokens[i].key) not in _ASSOCIATIONS or _phrase_ended(tokens, k):
        return None
    token = tokens[k]
    if k in taken or token.definite or _tanween(token) or not _is_name_word(tokens, k, taken):
        return None
    key = token.key
    if key.startswith(("ل", "و")) or _verbal_noun(key):
        return None  # `جمعية لرعاية`, `جمعية بتمويل أوروبي`: a purpose or a means, no name
    if key.endswith("يه") or (key.startswith("م") and key.endswith("ه")):
        return None
    if key in _KIND_OR_COUNT or key in _DESCRIPTIVE or key in _ROLE_ADJECTIVES or key in _NOT_PLACE_NAMES:
        return None
    last = _purpose_end(tokens, k + 1)
    return Discovered(ORG, i, last) if last is not None else None


# A body the text says is one, set off after its name: `وأكد مرصد العراق الأخضر، وهو منظمة بيئية محلية، أن`,
# `منظمة "بناء من أجل السلام"، وهي منظمة محلية`. The head and the words up to the comma are its name,
# whatever rule would read them otherwise.
_IT_IS = _keys("وهي وهو")
_ONE_OF_THEM = _keys("إحدى أحد أكبر أبرز")
_BODY_NOUNS = _keys(
    """
    منظمة جمعية شركة مؤسسة حركة حزب مركز هيئة جماعة تحالف ائتلاف مجموعة وكالة منصة صحيفة قناة مبادرة شبكة
    رابطة نقابة اتحاد منظمات شركات جمعيات مؤسسات مجموعات حركات
    """
)
_MAX_APPOSED_NAME = 3  # words after the head: `مرصد العراق الأخضر`


def _apposed_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The head without the article at `i` and the words up to a comma, after which the text says what
    kind of body they name: `مرصد العراق الأخضر، وهو منظمة`."""
    if tokens[i].definite or _tanween(tokens[i]):
        return None
    for e in range(i + 1, min(i + 1 + _MAX_APPOSED_NAME, len(tokens))):
        token = tokens[e]
        if token.after_break or token.after_comma or taken.get(e, LOC) != LOC:
            return None
        if _in(token.key, STOP) or _is_title(token) or (token.key.startswith(("ل", "ب")) and e not in taken):
            return None  # `مركز تمكين للدعم، وهو منظمة`: a purpose, which the other rules read
        if _is_body_noun_after(tokens, e + 1):
            return Discovered(ORG, i, e)
    return None


def _is_body_noun_after(tokens: list[Token], k: int) -> bool:
    """Words `k` on are `، وهو منظمة` or `، وهي إحدى الشركات`: the comma, "it is" and a body's noun."""
    if k >= len(tokens) or not tokens[k].after_comma or tokens[k].key not in _IT_IS or _phrase_ended(tokens, k + 1):
        return False
    noun = k + 1
    if tokens[noun].key in _ONE_OF_THEM and not _phrase_ended(tokens, noun + 1):
        noun += 1
    key = tokens[noun].key
    return _has_stem_in(key, _BODY_NOUNS) or (key.startswith("ال") and _has_stem_in(key[2:], _BODY_NOUNS))


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


# `منظمة` is also the adjective "organised", after what is organised: `شبكة منظمة تتولى إدخال المخدرات`,
# `جريمة منظمة`, `عصابات منظمة`. No body's name follows such a noun without a word between.
_ORGANISED = _keys("منظمة")
_ORGANISED_THINGS = _keys("شبكة شبكات جريمة جرائم عصابة عصابات حملة حملات خلية خلايا عملية عمليات")
# A forum of a trade is a meeting, an event and no body: `اختتم منتدى الاستثمار السوري السعودي أعماله`,
# `منتدى الموانئ الخليجية`. A forum named by its cause or its country is one: `منتدى الإنقاذ الصومالي`,
# `منتدى الاستراتيجيات الأردني`.
_FORUMS = _keys("منتدى")
_FAIR_TRADES = _keys("الاستثمار الاستثمارات الأعمال الموانئ الطاقة السياحة التجارة الصناعة الطيران الأسواق")
# The Gulf's courtesy for a council, no part of its name: `رفع توصياته إلى مجلس الوزراء الموقر`.
_REVERED = _keys("الموقر الموقرة")
# Time nouns after a body are when, not its name: `اجتماع لمجلس الوزراء الأسبوع الماضي`.
_TIMES = _keys("الأسبوع الأسبوعين الشهر الشهرين الأيام الساعات الليلة")


def _org_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """An organisation: its head noun and at least two definite words (`وزارة الخارجية العراقية`),
    or an institute named after a place or a word and what it does (`مركز الخليج للأبحاث`,
    `مركز أفق للدراسات الاستراتيجية`): that name is one organisation, not the place inside it."""
    if tokens[i].key in _ORGANISED and _organised_before(tokens, i):
        return None
    if _has_stem_in(tokens[i].key, _FORUMS) and not _phrase_ended(tokens, i + 1) and tokens[i + 1].key in _FAIR_TRADES:
        return None
    named = (
        _apposed_body_at(tokens, i, taken)  # `مرصد العراق الأخضر، وهو منظمة`: the text says it is one
        or _movement_at(tokens, i, taken)
        or _coined_company_at(tokens, i, taken)  # before a foreign company: `شركة بي آر إف` holds no `شركة`
        or _foreign_company_at(tokens, i, taken, places)  # before a purpose: `مجموعة بن لادن` is no ل + `ادن`
        or _institute_at(tokens, i, taken)
        or _place_and_purpose_at(tokens, i, taken)
        or _own_name_and_purpose_at(tokens, i, taken)
        or _embassy_at(tokens, i, taken)
        or _named_body_at(tokens, i, taken, places)
        or _company_at(tokens, i, taken, places)
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
    agency = _agency_purpose(tokens, i, head) or _affairs_office(tokens, i, head)
    construct = (head in _CONSTRUCT_HEADS and not ordinary) or research or agency
    construct = construct or _office_of_a_place(tokens, i, head, taken, places)
    chain = _construct_nouns(tokens, i + 1, taken, places) if construct else 0
    k = i + 1 + chain
    if (members_of := _members_of_known_body(tokens, i, head, taken)) is not None:
        return Discovered(ORG, i, members_of)  # `اتحاد طلبة جامعة مؤتة`
    if chain and _region_ends(tokens, k, taken) and head not in _NATIONAL_HEADS:
        return Discovered(ORG, i, k)  # `شركة توزيع كهرباء الجنوب`, `شركة نفط الجنوب`: what the body runs is a region's
    if chain and taken.get(k) == LOC and head not in _NATIONAL_HEADS:
        # `شركة فسفاط قفصة`, `مديرية ماء البصرة`: what the body runs is a known place's.
        last = _known_name_end(tokens, k, taken)
        if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key.startswith("و") and taken.get(last + 1) == LOC:
            last = _known_name_end(tokens, last + 1, taken)  # `صندوق إعمار سنجار وسهل نينوى`: two places' fund
        if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _RANK_ADJECTIVES:
            last += 1  # `وكالة تنمية الأطلس الكبير`
        purpose = _purpose_end(tokens, last + 1)  # `هيئة وادي النيل للملاحة النهرية`
        return Discovered(ORG, i, last if purpose is None else purpose)
    joined = False  # `صندوق التنمية وإعادة الإعمار`
    pair = False  # `الجدار والاستيطان`: two definite nouns joined by و
    genitive = -1
    while k < len(tokens) and k - i <= _MAX_ORG:
        token = tokens[k]
        if _abroad(tokens, k):
            k += 1  # `وزارة الخارجية والهجرة وشؤون المصريين بالخارج`
            break
        if chain and k > i + 1 + chain and _negated_adjective(tokens, k):
            k += 2  # `جهاز مكافحة الهجرة غير الشرعية`: it describes what the body fights, not the body
            continue
        if token.after_break or token.after_comma or _in(token.key, STOP) or token.key.startswith(("بال", "كال")):
            break  # `هيئة كبار العلماء بالتهدئة`: a preposition ends the name
        if token.key in _TIMES or token.key in _REVERED:
            break  # `مجلس الوزراء الأسبوع الماضي`: when the body met; `مجلس الوزراء الموقر`: a courtesy
        if k == i + 1 and token.key.startswith("لل"):
            break  # `موظف في شركة للخدمات اللوجستية`: what any such firm does, no name of its own
        if _of_a_district(tokens, k):
            k += 2  # `مديرية التربية والتعليم للواء ماركا`: the district's name ends the name
            break
        if k in taken and not (k > i + 1 + chain and _known_adjective(tokens, k, taken, places)):
            break  # but `هيئة حقوق الإنسان السعودية`: a known country written as its adjective
        titled = (_is_title(token) or _in(token.key, RANKS)) and token.key not in _GENERAL
        if titled and not _runs(token, k - i) and not _paid_for(tokens, i, k, head):
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
        if k > i + 1 and (_participle_with_object(tokens, k) or _new_phrase_after_adjective(tokens, k)):
            break  # `مؤسسة التراث الثقافي البروسي المشرفة على`, `وزارة الثقافة السعودية الانتهاء من`
        k += 1
        if k - 1 > i + 1 and (demonym(token.key, places) or token.key in _OF_PARLIAMENT):
            # `وزارة الخارجية السورية`: an adjective of origin closes the name, but for a last
            # word of rank or reach: `كلية القانون الكويتية العالمية`, `مجلس الأمة التركي الكبير`,
            # or a second country of a joint body: `مجلس الأعمال السوري السعودي`.
            if _phrase_ended(tokens, k) or _ends_clause(tokens, k):
                break
            if _abroad(tokens, k):
                k += 1  # `وشؤون المصريين بالخارج`: a people, not a country's adjective
                break
            if (trade := _trade_after_nation(tokens, i, k, head)) is not None:
                k = trade + 1  # `شركة الأبراج الخليجية للبنية التحتية`
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
    placed = (
        _placed_end(tokens, i, k, taken, places)
        if head in _PLACED_HEADS or _service_directorate(tokens, i, head, k)
        else None
    )
    if words < 2:
        if placed is None and words == 1 and _named_by_one_word(tokens, i, head):
            return Discovered(ORG, i, i + 1)  # `حزب الخضر`, `جمعية المودعين`
        return Discovered(ORG, i, placed) if placed is not None else None
    national = demonym(tokens[k - 1].key, places) or tokens[k - 1].key in _OF_PARLIAMENT
    if head in _NATIONAL_HEADS:
        named_body = national and words >= 3 and (chain > 0 or head not in _MANAGEMENT)
    elif chain == 1:
        # `هيئة تحرير الصحيفة`, `وكالة تصنيف الائتمان الدولية` are ordinary phrases: after one noun in
        # construct a name goes on with a country or two nouns joined by و (`هيئة مقاومة الجدار والاستيطان`).
        named_body = national or pair or joined or research  # `نقابة أصحاب المعاصر ومنتجي الزيتون`
        named_body = named_body or (head in _FUNDS and tokens[i + 1].key in _FUND_PURPOSES)  # `صندوق دعم الطالب`
        named_body = named_body or (words == 2 and _utility_of_region(tokens, i, head, places))  # `شركة مياه اليرموك`
        named_body = named_body or _union_of_municipalities(tokens, i, head)  # `اتحاد بلديات الفيحاء`
        # `شركة تطوير العقبة`, `شركة تسويق النفط`: a company named by its work, a verbal noun in construct with
        # one word (every such phrase of the tuning sets' stories is a gold company). With an adjective after
        # that word it is as often a kind of company: `أسس شركة إنتاج الأفلام السينمائية`.
        named_body = named_body or (words == 2 and head in _UTILITY_HEADS and _action(tokens[i + 1]))
        if not named_body and head in _MEMBERS_HEADS and placed is not None:
            return Discovered(ORG, i, placed)  # `رابطة صناعة النفط في كردستان`
        # `نقابة بحارة الصيد التقليدي`: members and two words of their trade (`نقابة عمال النظافة` is any
        # cleaners' union); before `في` and a place the gazetteer lacks, the name is not whole.
        whole = _phrase_ended(tokens, k) or tokens[k].key not in _IN
        named_body = named_body or (head in _MEMBERS_HEADS and words >= 3 and whole)
        # But a league of people named by whose they are is one: `رابطة أمهات المختطفين`, `نقابة عمال
        # الكهرباء` (every such two-word phrase in the 38 tuning sets' texts is a body of the gold).
        named_body = named_body or (head in _MEMBERS_HEADS and words == 2 and tokens[i + 1].key in _MEMBER_NOUNS)
    elif chain:  # two nouns: `جهاز مشروعات أراضي القوات المسلحة`
        named_body = national or words - chain >= 2
    else:
        named_body = national or (joined and words >= 3) or head not in _COMMON_HEADS
        named_body = named_body or (pair and words == 2 and head in _PAIRED_HEADS)  # `جهاز الإسعاف والطوارئ`
        named_body = named_body or _common_head_named(tokens, i, k, head)
        named_body = named_body or (words == 2 and _firm_of_its_kind(tokens, i, head))  # `بنك الأرز التجاري`
        # `مديرية الشؤون الاجتماعية والعمل`: a service, its adjective and a second service
        named_body = named_body or (pair and words == 3 and _service_directorate(tokens, i, head, k))
    named_body = named_body or (agency and chain > 0)
    if not named_body and words >= 2 and head in _SEATED_BY_TOWN:
        seated = _with_seat(tokens, Discovered(ORG, i, k - 1), taken)
        if seated.last > k - 1:
            return seated  # `جمعية مزارعي المانجو بجازان`, `مديرية الدفاع المدني بجازان`
    if named_body and placed is not None and head in _GUILDS:
        return Discovered(ORG, i, placed)  # `نقابة الممرضات والممرضين في لبنان`: the country's union
    if named_body:
        return Discovered(ORG, i, k - 1)  # `وزارة الثروة الزراعية والسمكية وموارد المياه في سلطنة عمان`
    return Discovered(ORG, i, placed) if placed is not None else None


# A party is named by one word of its own after `حزب`: `حزب الخضر`, `من حزب الحرية الذي يتزعمه`, `باسم حزب
# الإنصاف،`. Every such phrase in the texts of the 44 tuning sets (22, `حزب الله` 16 of them) names one; the
# majority's or power's party is none, and a title (`حزب الرئيس`) stops the name before this is read.
_PARTIES = _keys("حزب")
_NO_PARTY_NAMES = _keys("الأغلبية الأكثرية الأقلية السلطة الدولة المعارضة القوى الأحزاب")
# A union or association is named by the people it gathers alone, a definite plural: `نقابة المهندسين`,
# `جمعية المودعين`, `جمعية المعلمين`, `اتحاد المقاولين` (6 in the tuning sets' story texts, all bodies of the
# gold; 7 more go on to `في`, read as `_PLACED_HEADS` are). Not `هيئة` (`هيئة المحلفين`, a jury)
# nor `تجمع` (`تجمع المحتجين`, a crowd).
_PEOPLES_UNIONS = _keys("نقابة جمعية رابطة اتحاد")


def _named_by_one_word(tokens: list[Token], i: int, head: str) -> bool:
    """The head without the article at `i` and the one definite word after it name a party or a union."""
    word = tokens[i + 1]
    if tokens[i].definite or not word.key.startswith("ال") or _in(word.key, STOP) or _nisba(word):
        return False
    if head in _PARTIES:
        return word.key not in _NO_PARTY_NAMES and not word.key.endswith("ات")
    if head not in _PEOPLES_UNIONS or not word.key.endswith("ين") or _dual_of_a_noun(word):
        return False
    # Before `في` and a place the gazetteer lacks the name is not whole: `نقابة العاملين في الوظيفة العمومية`.
    return _phrase_ended(tokens, i + 2) or tokens[i + 2].key not in _IN


# Local offices, councils and faculties are named by what they do and their known town: `مكتب انتخابات
# نينوى`, `مجلس عشائر ديالى`, `مجلس مسلمي بلجيكا`, `كلية طب نينوى`. Without the town the two words are any
# such office (`مكتب انتخابات`, `مجلس إدارة`).
_PLACE_OFFICES = _keys("مكتب مجلس كلية")


def _office_of_a_place(tokens: list[Token], i: int, head: str, taken: dict[int, str], places: frozenset[str]) -> bool:
    """The head at `i`, one noun in construct and a known place: the office, council or faculty of the place."""
    if head not in _PLACE_OFFICES or tokens[i].definite or _phrase_ended(tokens, i + 1) or i + 1 in taken:
        return False
    return not _phrase_ended(tokens, i + 2) and taken.get(i + 2) == LOC and _construct_noun(tokens[i + 1], places)


# A company or bank named by its own words and its nation goes on with its trade: `شركة الأبراج الخليجية
# للبنية التحتية`, `مصرف الشرق الأوسط العراقي للاستثمار`. In the 44 tuning sets' texts, after such a head
# without the article, its words and a nation, each ل and a definite noun of a trade is in the gold name (2),
# and each ل and people (`بنك التنمية العماني للصيادين`, `للمواطنين`) or a verbal noun (`مجموعة البيرق
# التركية لتشغيل محطة`) is what the body does for them (4). A quoted name keeps to its quotes (`شركة
# "أمبري" البريطانية للأمن البحري` is `أمبري` in the gold).
def _trade_after_nation(tokens: list[Token], i: int, k: int, head: str) -> int | None:
    """The last word of the trade that follows the nation before `k`, or None."""
    if head not in PURPOSE_HEADS or tokens[i].definite or not tokens[k].key.startswith("لل"):
        return None
    if tokens[k].key.endswith(("ين", "ون")) or tokens[k].key in _ONCE:
        return None
    return _purpose_end(tokens, k)


_ONCE = _keys("للمرة")


# A union of the people of a known body is named by them and the body: `اتحاد طلبة جامعة مؤتة`, `نقابة
# موظفي شركة الكهرباء`; the body inside is no mention of its own.
_GATHERINGS = _MEMBERS_HEADS | _keys("اتحاد")


def _members_of_known_body(tokens: list[Token], i: int, head: str, taken: dict[int, str]) -> int | None:
    """The last word of the known body whose people the union at `i` gathers, or None."""
    body = i + 2
    if head not in _GATHERINGS or tokens[i].definite or _phrase_ended(tokens, i + 1) or _phrase_ended(tokens, body):
        return None
    if tokens[i + 1].key not in _MEMBER_NOUNS:
        return None
    return _known_name_end(tokens, body, taken) if taken.get(body) == ORG and taken.get(i + 1) is None else None


# Lebanon's unions of municipalities are named by their region, which the gazetteer may not know as a place:
# `اتحاد بلديات الفيحاء`, `اتحاد بلديات الهرمل`, `اتحاد بلديات جبل عامل` (3 of the 3 in the 41 tuning sets'
# texts are bodies of the gold). No union of municipalities is any union: the words name one.
_UNIONS_OF = _keys("اتحاد")
_MUNICIPALITIES_OF = _keys("بلديات")


def _union_of_municipalities(tokens: list[Token], i: int, head: str) -> bool:
    """`اتحاد بلديات الفيحاء`: not the union of a place named before (`اتحاد بلديات المنطقة`)."""
    return head in _UNIONS_OF and tokens[i + 1].key in _MUNICIPALITIES_OF and tokens[i + 2].key not in _TOWN_CENTRES


# A utility is named by what it supplies and the region it supplies, which the gazetteer may not know as
# a place: `شركة مياه اليرموك` (Jordan's, 5 times in the tuning texts, a body of the gold in all three
# sets), `شركة نفط ميسان`, `مؤسسة كهرباء الريف`. What the water or power is for is no region: `شركة مياه
# الشرب` (named only with `والصرف الصحي` after it), `شركة نفط الخام`.
_UTILITIES = _keys("مياه كهرباء غاز نفط")
_UTILITY_HEADS = _keys("شركة مؤسسة")
_NOT_REGIONS = _TOWN_CENTRES | _keys("الشرب الشفة الري الصرف الأمطار البحر الخام الطبيعي المسال")


def _utility_of_region(tokens: list[Token], i: int, head: str, places: frozenset[str]) -> bool:
    """Words `i` to `i + 2` are a utility's head, what it supplies and one definite word of a region. A
    country the gazetteer did not read there is whose the utility is, no name: `شركة نفط الكويت`."""
    region = tokens[i + 2]
    if head not in _UTILITY_HEADS or tokens[i + 1].key not in _UTILITIES or not region.key.startswith("ال"):
        return False
    if region.key in _NOT_REGIONS or region.key in places or _in(region.key, STOP):
        return False
    return not (_nisba(region) or region.key.endswith("يه"))  # `شركة نفط وطنية`: an adjective


# A common head is a body's when its definite words go on to what it does, as a name's do: `صندوق التضامن
# والضمان للجماعات المحلية`, `جهاز الخدمة الوطنية للقوات المسلحة`, `مجموعة القرض الفلاحي للمغرب` (5 such
# phrases in the texts of the 38 tuning sets, all bodies of the gold); or when it is the nation's:
# `صندوق المعونة الوطنية` (Jordan's), `حركة البناء الوطني` (3 of 3). Not a room or a movement of
# anything with a purpose (`حركة النقل لليوم الثاني`, `غرفة العمليات للطوارئ`), nor a room of the nation.
_OF_THE_NATION = _keys("الوطنية الوطني القومية القومي")
_ROOMS_AND_MOVEMENTS = _keys("غرفة حركة")
_ROOMS = _keys("غرفة")


def _common_head_named(tokens: list[Token], i: int, k: int, head: str) -> bool:
    """The common head at `i` and its definite words up to `k - 1` name a body: they end with the
    nation's adjective, or a purpose follows the first of them."""
    if head not in _COMMON_HEADS or k - i < 3:
        return False
    if tokens[k - 1].key in _OF_THE_NATION:
        return head not in _ROOMS
    if head in _ROOMS_AND_MOVEMENTS:
        return False
    # Two words before the purpose: after one, ل is as often whom the thing is for (`صندوق الاقتراع للناخبين`).
    purpose = next((p for p in range(i + 3, k) if tokens[p].key.startswith("لل")), None)
    if purpose is None or tokens[purpose].key in _BODIES_OF_ORGANS or _in("ال" + tokens[purpose].key[2:], STOP):
        return False
    return _purpose_end(tokens, purpose) is not None


# An association or directorate of a town is named by two words and the known town after ب, though the
# two words alone name any such body: `جمعية مزارعي المانجو بجازان`, `مديرية الدفاع المدني بجازان`. One
# word and a town is a district and its town: `مديرية المعلا بعدن`.
_SEATED_BY_TOWN = _keys("جمعية مديرية")


# A body named by what it fights, whatever its head: `نيابة مكافحة الجرائم الاقتصادية`, `إدارة مكافحة
# الجرائم الإلكترونية`, `مديرية مكافحة الإجرام`, `لجنة مكافحة الفساد`. Not troops (`قوات مكافحة الشغب`).
_COMBATING = _keys("مكافحة")
_TROOPS = _keys("قوات سلاح")
# An authority, agency or unit named by what it regulates or runs: `هيئة تنظيم سوق العمل`, `وحدة تنسيق
# القبول الموحد`, `وكالة تنمية الشاي الكينية`, `هيئة تنشيط السياحة`. After a committee or a council the
# same nouns make an ordinary phrase: `لجنة تنظيم المؤتمر`, `مجلس تطوير المناهج`, and after `جهاز` a
# device: `جهاز تنظيم ضربات القلب`.
_AGENCY_PURPOSES = _keys("تنظيم تنسيق تنمية تنشيط تطوير")
_AGENCIES = _keys("هيئة وكالة وحدة")
# `وحدة` is no head of a body's name but before those nouns: `وحدة الصف`, `وحدة سكنية`.
_AGENCY_UNITS = _keys("وحدة")


def _agency_purpose(tokens: list[Token], i: int, head: str) -> bool:
    """The word after the head at `i` says what the body fights or runs: `مكافحة`, `تنظيم`."""
    if _phrase_ended(tokens, i + 1) or head in _TROOPS:
        return False
    key = tokens[i + 1].key
    return key in _COMBATING or (key in _AGENCY_PURPOSES and head in _AGENCIES)


# An office named by the affairs it handles: `لجنة شؤون الأسرى`, `مكتب شؤون النازحين واللاجئين`, `هيئة شؤون
# الأسرى والمحررين`, `جهاز شؤون البيئة`. After a singular head `شؤون` always names one: 4 such phrases in the
# texts of the 38 tuning sets, 4 bodies of the gold; `إدارة شؤون القطاع` is running them, a verbal noun.
_AFFAIRS = _keys("شؤون")
_AFFAIRS_HEADS = _keys("لجنة هيئة مكتب جهاز مديرية دائرة وحدة")


def _affairs_office(tokens: list[Token], i: int, head: str) -> bool:
    if _phrase_ended(tokens, i + 1) or tokens[i].definite:
        return False
    return head in _AFFAIRS_HEADS and tokens[i + 1].key in _AFFAIRS


def _unit_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """`وحدة تنسيق القبول الموحد`: a unit named by what it runs; otherwise `وحدة` is unity or a unit."""
    if tokens[i].definite or not _agency_purpose(tokens, i, head_stem(tokens[i].key)):
        return None
    return _org_at(tokens, i, taken, places)


def _organised_before(tokens: list[Token], i: int) -> bool:
    """`منظمة` at `i` describes the indefinite noun right before it (`شبكة منظمة`)."""
    if i == 0 or tokens[i].after_break or tokens[i].after_comma:
        return False
    before = tokens[i - 1]
    return not before.definite and _has_stem_in(before.key, _ORGANISED_THINGS)


# A committee of parliament is named as a national body is, its adjective closing the name: `لجنة
# النزاهة النيابية`, `لجنة الأمن والدفاع البرلمانية`.
_OF_PARLIAMENT = _keys("النيابية النيابي البرلمانية البرلماني")

# Bodies that news names by where they sit when their name has no country: `وزارة النفط في جنوب السودان`,
# `جمعية المصارف في لبنان`, `رابطة صناعة النفط في كردستان`. Not the heads that are as often ordinary
# nouns (`حركة الملاحة في مضيق هرمز`), troops (`قوات الأمن في عدن`) or parties and councils, which
# news places without the place being their name (`حزب البعث في سوريا`).
_PLACED_HEADS = _keys("وزارة هيئة رابطة جمعية نقابة تنسيقية")
# A union or association keeps the place even after a name of its own words: `نقابة الممرضات والممرضين
# في لبنان`, `نقابة الأطباء والصيادلة وأطباء الأسنان في كينيا`, `جمعية مصنعي ومصدري الملابس في بنغلاديش`.
# The gold keeps it 9 times of 10 over the 29 tuning sets; a ministry or an authority keeps it about
# half the time (`هيئة تنظيم الاتصالات في قطر` is `هيئة تنظيم الاتصالات`), and stops before it.
_GUILDS = _keys("نقابة رابطة جمعية تنسيقية")  # `تنسيقية النازحين واللاجئين في دارفور`


# A country's region named by its side alone, as Iraq names its state companies (`شركة نفط الجنوب`, `شركة
# توزيع كهرباء الجنوب`, `شركة نفط الشمال`) and unions name their region (`نقابة صيادي الأسماك في الجنوب`,
# `تجمع أصحاب المولدات في الشمال`). After a body's nouns in construct or after its `في` and at the end of the
# phrase, the 35 tuning sets have it 4 times, each inside a name of the gold.
_SIDES = _keys("الجنوب الشمال الوسط")


def _region_ends(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A side of the country at `k` ends the phrase: `الجنوب` in `شركة نفط الجنوب،`, not in `الجنوب اللبناني`."""
    if _phrase_ended(tokens, k) or k in taken or tokens[k].key not in _SIDES:
        return False
    return _phrase_ended(tokens, k + 1) or not tokens[k + 1].definite


# A federal state or region has ministries of its own, named with it after ب: `وزارة الصحة بولاية الجزيرة`,
# `وزارة الصحة بولاية النيل الأبيض` (Sudan's states; 2 of 2 in the tuning sets' texts are bodies of the gold,
# as the 3 with `في ولاية` and `في إقليم` are).
_STATES = _keys("ولاية إقليم")


def _in_a_state(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The known place at `k` is a state or region written on ب: `بولاية الجزيرة`."""
    if _phrase_ended(tokens, k) or taken.get(k) != LOC or taken.get(k - 1) == LOC:
        return False
    key = tokens[k].key
    return key.startswith("ب") and key[1:] in _STATES


def _placed_end(tokens: list[Token], i: int, k: int, taken: dict[int, str], places: frozenset[str]) -> int | None:
    """The last word of the known place after `في` at `k` that completes the body whose words run
    from `i` to `k - 1`; None if those words already say whose or what kind it is (`وزارة الخارجية
    العراقية في بغداد`, `هيئة الطيران المدني الدولية في مونتريال`). A body named by its own words
    stops before the place: `وزارة الثروة الزراعية والسمكية وموارد المياه في سلطنة عمان`."""
    if k >= i + 2 and _in_a_state(tokens, k, taken):
        if any(demonym(tokens[j].key, places) for j in range(i + 1, k)):
            return None
        return _known_name_end(tokens, k, taken)  # `وزارة الصحة بولاية الجزيرة`: the state's own ministry
    if k < i + 2 or _phrase_ended(tokens, k + 1) or tokens[k].key not in _IN:
        return None
    region = _region_ends(tokens, k + 1, taken)
    if (taken.get(k + 1) != LOC and not region) or tokens[k].after_break or tokens[k].after_comma:
        return None
    if region and k < i + 3:
        return None  # `جمعية المزارعين في الجنوب`: one word and a side name any such body there
    if any(demonym(tokens[j].key, places) or tokens[j].key in _RANK_ADJECTIVES for j in range(i + 1, k)):
        return None
    return k + 1 if region else _known_name_end(tokens, k + 1, taken)


# A town's or province's directorate of a state service is named with its place after `في`: `مديرية
# التربية في السليمانية`, `مديرية الموارد المائية في دير الزور` (the gold keeps the place for 2 of 2
# directorates and 8 of 8 departments and branches over the 35 tuning sets). The first word names the
# service: `مديرية المعلا في عدن` is a Yemeni district and its town, and a general directorate
# (`المديرية العامة للطيران المدني في لبنان`) is the country's, named without it.
_DIRECTORATES = _keys("مديرية")
_SERVICES = _keys(
    """
    التربية التعليم الصحة الزراعة الموارد الشؤون الأمن الشرطة المرور الدفاع الأوقاف البلديات الكهرباء
    المياه الماء التجارة الصناعة النقل الطرق الإسكان السياحة الآثار الثقافة الشباب الرياضة العمل الإعلام
    البيئة الجمارك الضرائب الإحصاء التخطيط المالية الري النفط الطاقة الاتصالات الأحوال الجنسية الإقامة
    """
)
_GENERAL_FORMS = _keys("العام العامة")


def _service_directorate(tokens: list[Token], i: int, head: str, k: int) -> bool:
    """The words `i` to `k - 1` are a directorate named by a state service, not a general one's."""
    if head not in _DIRECTORATES or tokens[i].definite or k < i + 2 or tokens[i + 1].key not in _SERVICES:
        return False
    return not any(tokens[j].key in _GENERAL_FORMS for j in range(i + 1, k))


# A trade right after the head is what the body runs, no person's title: `وزارة الفلاحة` (Maghreb:
# agriculture; elsewhere `الفلاحة` is a farmer woman).
def _runs(token: Token, position: int) -> bool:
    return position == 1 and _in(token.key, OCCUPATIONS)


def _paid_for(tokens: list[Token], i: int, k: int, head: str) -> bool:
    """`الطالب` in `صندوق دعم الطالب`: whom a fund pays for, after what it pays, is no person's title."""
    return k == i + 2 and head in _FUNDS and tokens[i + 1].key in _FUND_PURPOSES


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
    if token.definite or _tanween(token) or key.isdigit() or len(key) < 3 or _in(key, STOP):
        return False
    if _is_title(token) and key not in BREEDERS:
        return False  # but `جمعية مربي الجاموس`: whom the body gathers
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
    if taken.get(i + 1) == LOC and not tokens[i + 1].after_comma:
        # `مجلس دير الزور المدني`, `مجلس منبج العسكري`: a town's civil or military council.
        last = _known_name_end(tokens, i + 1, taken)
        kind = not _phrase_ended(tokens, last + 1) and last + 1 not in taken and tokens[last + 1].key in _COUNCIL_KINDS
        return Discovered(ORG, i, last + 1) if kind else None
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
_COUNCIL_KINDS = _keys("المدني العسكري المحلي")
# With the article, the council's kind comes before its town, bare or after ل, as Libya and Lebanon name
# their councils: `المجلس البلدي زوارة`, `المجلس البلدي أوباري`, `المجلس البلدي لبيروت` (3 of the 3 such
# phrases in the 41 tuning sets' texts are bodies of the gold). After `في` the town is only where the
# council sits (`عضو المجلس البلدي في درنة`), and `المجلس البلدي` alone is the story's council.
_THE_LOCAL = _keys("البلدي المحلي القروي")
_THE_COUNCIL = _keys("المجلس")


def _town_council_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`المجلس البلدي زوارة`: the council at `i`, its kind and the known town right after."""
    town = i + 2
    if not _has_stem_in(tokens[i].key, _THE_COUNCIL) or _phrase_ended(tokens, town):
        return None
    if tokens[i + 1].key not in _THE_LOCAL:
        return None
    if taken.get(town) != LOC or i + 1 in taken or tokens[i + 1].after_comma:
        return None
    last = _known_name_end(tokens, town, taken)
    return None if _listed_places(tokens, town, last) else Discovered(ORG, i, last)


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
    باور إنفست جلوبال غلوبال إنترناشيونال
    جاس جروب هولدنج
    """
)  # the last line in Egypt's spelling, ج for g: `شركة تاون جاس`, `سيتي جروب`
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


def _counted(tokens: list[Token], i: int) -> bool:
    """`11 مستشفى فقط`: a number before the head counts the kind; it names none."""
    return i > 0 and tokens[i - 1].key.isdigit() and not tokens[i].after_break


# How many or which other: `أزمة تتجاوز جامعة واحدة`, `بلدية أخرى`.
_COUNTS = _keys("واحدة واحد أخرى آخر")
# What kind of body an indefinite head is: `جامعة خاصة`, `مستشفى حكومي`. No name starts so.
_KIND_ADJECTIVES = _keys(
    "خاصة خاص حكومية حكومي أهلية أهلي أجنبية أجنبي رسمية رسمي عامة عام محلية محلي وطنية وطني دولية دولي عربية عربي"
)
_KIND_OR_COUNT = _KIND_ADJECTIVES | _COUNTS


def _named_body_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """`جامعة بنغازي`, `جامعة محمد الخامس`, `جامعة الجزائر 3`: the name right after the head."""
    if not _has_stem_in(tokens[i].key, NAMED_BODIES) or tokens[i].definite or _counted(tokens, i):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].key in _KIND_OR_COUNT:
        return None  # `جامعة خاصة`, `جامعة واحدة`: what kind of university, how many
    if i + 1 < len(tokens) and i + 1 not in taken and _nationality_of_any(tokens[i + 1], places):
        return None  # `جامعة إسبانية`, whose; but `بلدية حولي`, a known town
    last = _name_span(tokens, i + 1, taken)
    if last is None:
        return None
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    named = last
    if following is None or following.after_break or following.after_comma:
        pass
    elif following.key.isdigit() or following.key in _NAME_ADJECTIVES:
        last += 1  # `جامعة الجزائر 3`, `بلدية إسطنبول الكبرى`; `بلدية القليعة المجاورة` is described
    elif following.key.endswith("يه") and following.key.startswith("ال") and not demonym(following.key, places):
        # `جامعة نواكشوط العصرية`: the adjective is part of the name; a nationality only says whose
        # the university is (`جامعة غرناطة الإسبانية`, `جامعة لوليو السويدية`), and the gold of the 38
        # tuning sets writes all three such names without it.
        last += 1
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


def _nationality_of_any(token: Token, places: frozenset[str]) -> bool:
    """`إسبانية` in `بشراكة مع جامعة إسبانية`: an indefinite nationality adjective says of what country
    a university or town hall is, "a Spanish university", and names none."""
    return not token.definite and demonym("ال" + token.key, places)


def _founders_family_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`كمال` in `جامعة مصطفى كمال،`: after a given name, a word of its own that ends the phrase."""
    if k in taken or tokens[k].definite or not _given_name_at(tokens, k - 1, everyday=True):
        return False
    if not _is_name_word(tokens, k, taken) or tokens[k].key.startswith(("و", "ل", "ب")):
        return False
    return _phrase_ended(tokens, k + 1) or _in(tokens[k + 1].key, STOP)


# What a university's name says it teaches: `جامعة تبريز للعلوم الطبية`, `جامعة الملك عبد الله للعلوم
# والتقنية`, and the faculties' fields (`جامعة طوكيو للزراعة`, `جامعة الملك فهد للبترول والمعادن`: in the 44
# tuning sets' texts, all 9 such fields after a university's name are in its gold name). Other purposes
# after a university are what it does: `منحت جامعة دمشق للطلاب`.
_UNIVERSITY_FIELDS = _keys(
    """
    للعلوم للتكنولوجيا للتقنية للدراسات للبنات للزراعة للطب للهندسة للبترول للاقتصاد للفنون للآداب للغات
    """
)
# Adjectives of a place that belong to a body's name after it; `المجاورة`, `التابعة` describe it. A
# university may be free or open: `جامعة بروكسل الحرة`, `جامعة القدس المفتوحة`.
_NAME_ADJECTIVES = _keys("الكبرى الكبير الصغرى القديمة القديم الجديدة الجديد الحرة المفتوحة")


_UNIVERSITIES = _keys("جامعة")


def _university_field(tokens: list[Token], k: int) -> bool:
    return not _phrase_ended(tokens, k) and tokens[k].key in _UNIVERSITY_FIELDS


_TOWN_HALLS = _keys("بلدية")
_MAYORS = _keys("رئيس رئيسة رئاسة نائب عضو")
_ROLE_REACH = 3  # `مدير عام الطرق ببلدية`
_PLACE_PREPOSITIONS = _keys("في من قرب إلى داخل خارج شمال جنوب شرق غرب")


def _mayor_or_place_before(tokens: list[Token], i: int) -> bool:
    """`رئيس بلدية عرسال`, `برئاسة بلدية بوبيني`, `قرب بلدية قجال`: the town hall at `i` is named
    inside a title, or the commune is where something is."""
    if i == 0 or tokens[i].after_break:
        return False
    if tokens[i].key.removeprefix("و").startswith("بب"):
        # `نقلت إلى دار الشباب ببلدية أقبو`: the preposition written on the head; but `مدير عام الطرق
        # ببلدية مسقط` is a role in the town hall.
        return not any(_is_title(tokens[j]) for j in range(max(0, i - _ROLE_REACH), i))
    before = tokens[i - 1].key
    return _has_stem_in(before, _MAYORS) or _in(before, _PLACE_PREPOSITIONS)


def _company_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
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
        described = ranked and (tokens[adjective].key in _BANK_ADJECTIVES or _own_adjective(tokens[adjective]))
        if described and _purpose_end(tokens, adjective + 1) is not None:
            last = adjective  # `شركة الفرات الذهبي للمقاولات`: a company's own adjective after the place
        elif ranked and tokens[adjective].key in _FINANCE and head_stem(tokens[i].key) in _COMPANIES:
            return Discovered(ORG, i, adjective)  # `شركة الرياض المالية`: a brokerage named after its city
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
    trade = _trade_end(tokens, last + 1, places)
    return Discovered(ORG, i, trade) if trade is not None else None


def _trade_end(tokens: list[Token], k: int, places: frozenset[str]) -> int | None:
    """The last word of a company's trade from `k` (`للمقاولات`), before the country that describes the
    company: `شركة الأهرام للمقاولات المصرية` is described as `شركة هواوي الصينية` is; the gold of the 38
    tuning sets writes all three such names (`شركة النيل لأنظمة التحكم`, `رونغشنغ للبتروكيماويات`) without it."""
    trade = _purpose_end(tokens, k)
    if trade is not None and trade > k and demonym(tokens[trade].key, places) and tokens[trade].key not in _OF_SPORT:
        return trade - 1
    return trade


# "Of sport", not of Riyadh: `شركة قطر للاستثمارات الرياضية`.
_OF_SPORT = _keys("الرياضي الرياضية")


# What a financial company's name ends with after the place it is named for, with no line of business:
# `شركة الرياض المالية`, `شركة البحرين القابضة`. After a place alone these are its finances
# (`أزمة لبنان المالية`), so only after `شركة` or `مجموعة`.
_FINANCE = _keys("المالية القابضة")


def _own_adjective(token: Token) -> bool:
    """`الذهبي`: a definite adjective that is part of a company's name, not its nationality."""
    return _nisba(token) and not demonym(token.key, PLACES) and not _in(token.key, STOP)


def _company_word(tokens: list[Token], k: int, taken: dict[int, str], first: bool) -> bool:
    token = tokens[k]
    if first and _nisba(token) and not demonym(token.key, PLACES) and _is_name_word(tokens, k, taken):
        return True  # `بنك الكريمي للتمويل الأصغر`: a family's name
    if first and _named_before_its_work(tokens, k, taken):
        return True  # `شركة الزاوية لتكرير النفط`
    if token.definite or _tanween(token) or not _is_name_word(tokens, k, taken) or token.key.startswith("ل"):
        return False
    if token.key in _NOT_PLACE_NAMES or token.key in _ROLE_ADJECTIVES:
        return False
    return not (first and token.key.endswith(("ه", "ي")))  # `شركة ناشئة`, `صندوق سيادي`: adjectives


def _named_before_its_work(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A company's one definite word at `k` (a place the gazetteer does not read there), then ل and the
    work it does in construct: `شركة الزاوية لتكرير النفط`, `شركة الريان لتقنيات الملاعب`, `شركة البريقة
    لتسويق النفط` (all 4 such phrases in the tuning texts are companies of the gold). With ل and the article
    the word may be whose work it is (`شركة الكهرباء للمواطنين`), so only ل before a noun without it."""
    token = tokens[k]
    if not token.key.startswith("ال") or demonym(token.key, PLACES) or _in(token.key, STOP):
        return False
    if _is_title(token) or not _is_name_word(tokens, k, taken) or _phrase_ended(tokens, k + 1):
        return False
    work = tokens[k + 1].key
    return work.startswith("ل") and not work.startswith("لل") and _purpose(tokens, k + 1)


# Nouns that introduce an outlet or a company by its name in quotes: `صحيفة "هآرتس"`.
OUTLETS = _keys("صحيفة الصحيفة جريدة الجريدة مجلة المجلة موقع قناة شبكة وكالة شركة الشركة مجموعة منصة")
# And without the article, a firm, an association, a hotel or an electoral list: `مكتب "أطلس للهندسة
# المعمارية"`, `جمعية "بحّارة الجنوب"`, `فندق "بوابة الأنباط"`, `لائحة "بيروت مدينتي"`. With it the noun
# is who speaks: `أكد أن الجمعية "استنفدت كل وسائل الحوار"`.
_NAMED_BY_QUOTE = _keys("مكتب جمعية فندق لائحة منظمة مؤسسة حزب")  # `مؤسسة "فيلم لاب فلسطين"`
# A movement, a league, a cooperative and a journal are named so too: `حركة "إيرا" الحقوقية`, `حركة "جيل زد
# 212"`, `رابطة "أهالي ضحايا درنة"`, `تعاونية "تيفاوين"`, `دورية "نيتشر"`. Right after these nouns without
# the article, 8 of the 8 quotes in the 41 tuning sets' texts are bodies of the gold. Not a campaign or an
# initiative, as often named by their slogan (`حملة "لا حج بلا تصريح"`; `حملة`: 3 of 4, two of them one
# campaign's; `مبادرة`: 1 of 3).
_NAMED_BY_QUOTE = _NAMED_BY_QUOTE | _keys("حركة رابطة تعاونية دورية")
# The heads after which one or two definite words say what the body is before its quoted name:
# `اتحاد التعاونيات الزراعية "جيه إيه زين نوه"`, `جمعية المصدرين "سياررا"`, `شركة التأمين "إيه أو كا"`,
# `وكالة الأنباء السورية "سانا"`. Such a quote is the body's name (7 of the 7 short quotes so placed in the
# 41 tuning sets' texts are bodies of the gold), and the words before it describe it. Not a ministry, a
# council or a party, whose definite words are its name and whose quote is what it said.
_DESCRIBED_HEADS = _NAMED_BY_QUOTE | _keys("شركة مجموعة صندوق اتحاد هيئة وكالة شبكة منصة قناة صحيفة نقابة")
_DESCRIBED_HEADS = _DESCRIBED_HEADS - _keys("حزب")
_MAX_DESCRIPTION = 2


def _quoted_org_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A name in quotes that is an organisation: after an outlet's or a company's noun (`صحيفة
    "هآرتس"`, `الجريدة الرسمية "الكويت اليوم"`), or before a nationality adjective (`"كوسموس
    إنرجي" الأمريكية`). The name is the quoted words."""
    if (body := _quoted_body_end(tokens, i, taken)) is not None:
        return Discovered(ORG, i, body)
    last = _quote_end(tokens, i)
    if last is None and (_introducing_head(tokens, i) or _described_before(tokens, i, taken)):
        # `منظمة "بناء من أجل السلام"`, `صندوق "بي إي في"`: after a noun that introduces a name, the
        # quote's short words are the name's, a preposition or a letter among them.
        last = _quote_end(tokens, i, named=True)
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
    if _quoted_company(tokens, i, last):
        return Discovered(ORG, i, last)
    before = [k for k in (i - 1, i - 2) if k >= 0]
    introduced = (
        any(_has_stem_in(tokens[k].key, OUTLETS) and (k == i - 1 or _adjective_after(tokens[i - 1])) for k in before)
        or (i > 0 and _has_stem_in(tokens[i - 1].key, _NAMED_BY_QUOTE) and not tokens[i - 1].definite)
    ) and not _breaks_before(tokens[i - 1])
    introduced = introduced or _described_before(tokens, i, taken) or _listed_firm(tokens, i)
    if not introduced and _told_to_quoted(tokens, i, last):
        return Discovered(ORG, i, last)  # the outlet, even where its name is a place's: `لـ"الشرق الأوسط"`
    described = (
        last + 1 < len(tokens)
        and demonym(tokens[last + 1].key, places)
        and not (set(tokens[last + 1].gap) & set(".،,\n"))
        and not any(tokens[k].definite for k in range(i, last + 1))
    )
    return Discovered(ORG, i, last) if introduced or described else None


# Firms listed by their quoted names after their plural, directly or after "such as", "among them": `شركات
# عالمية بينها "شل" و"بي بي"`, `التطبيقات الذكية مثل "كريم" و"أوبر"`, `مصانع "رونو"`. In the 41 tuning
# sets' texts every such quote is a body of the gold (24 of 24); after other plurals it is a song or a
# programme (`أغانيها، مثل "الحب اللي كان"`, `برامج مثل "تكافل وكرامة"`).
_FIRM_PLURALS = _keys(
    """
    شركات الشركات مصارف المصارف بنوك البنوك تطبيقات التطبيقات منصات المنصات مجموعات المجموعات صحف الصحف
    قنوات القنوات منظمات المنظمات جمعيات الجمعيات مصانع المصانع وكالات الوكالات
    """
)
_SUCH_AS = _keys("مثل بينها منها أبرزها مقدمتها")
_MAX_FIRM_DESCRIPTION = 3  # `شركات الشحن الكبرى مثل`, `شركات مرتبطة به، من بينها`


def _listed_firm(tokens: list[Token], i: int) -> bool:
    """The quote at `i` lists a firm after firms' plural: directly, after "such as" or after the quoted
    firm before it and و (`مثل "كريم" و"أوبر"`)."""
    k = i - 1
    if k < 0 or any(char in SENTENCE_ENDS for char in tokens[i].gap):
        return False
    if tokens[k].key == "و" and CLOSING_QUOTES & set(tokens[k].gap):
        for j in range(k - 1, max(-1, k - 1 - _MAX_QUOTED_FIRM), -1):
            if _opens_quote(tokens[j]):
                return _listed_firm(tokens, j)  # the firm before it, and the list's start before that
        return False
    if _has_stem_in(tokens[k].key, _FIRM_PLURALS):
        return True  # `مصانع "رونو"`
    if not _in(tokens[k].key, _SUCH_AS):
        return False
    start = k - 1 if k > 0 and tokens[k - 1].key in _AMONG else k  # `من بينها`, `وفي مقدمتها`
    for j in range(start - 1, max(-1, start - 2 - _MAX_FIRM_DESCRIPTION), -1):
        if any(char in SENTENCE_ENDS for char in tokens[j + 1].gap):
            return False
        if _has_stem_in(tokens[j].key, _FIRM_PLURALS):
            return True
    return False


_AMONG = _keys("من في وفي ومن")
_MAX_QUOTED_FIRM = 4


def _introducing_head(tokens: list[Token], i: int) -> bool:
    """The word before the quote at `i` is a noun without the article that introduces a quoted name."""
    if i == 0 or tokens[i - 1].definite or _breaks_before(tokens[i - 1]):
        return False
    key = tokens[i - 1].key
    return _has_stem_in(key, _NAMED_BY_QUOTE) or _has_stem_in(key, _FIRMS) or _has_stem_in(key, OUTLETS)


def _described_before(tokens: list[Token], i: int, taken: dict[int, str]) -> bool:
    """One or two definite words that say what a body is, after its head without the article, stand right
    before the quote at `i`: `جمعية المصدرين "سياررا"`, `اتحاد التعاونيات الزراعية "جيه إيه زين نوه"`. Not
    a verbal noun and its object, what the body did: `أعلنت هيئة الانتخابات "تأجيل الاقتراع"`."""
    if i + 1 < len(tokens) and _action(tokens[i]) and tokens[i + 1].definite:
        return False
    return _description_head(tokens, i, taken) is not None


def _description_head(tokens: list[Token], i: int, taken: dict[int, str]) -> int | None:
    """The index of the head whose definite words run up to the quote at `i`, or None."""
    for head in range(i - 2, max(-1, i - 2 - _MAX_DESCRIPTION), -1):
        word = tokens[head + 1]
        if word.after_break or word.after_comma or taken.get(head + 1, LOC) != LOC:
            return None
        if not word.definite or not word.key.startswith("ال") or _in(word.key, STOP) or _is_title(word):
            return None
        noun = tokens[head]
        if head in taken or _tanween(noun) or noun.definite:
            continue  # `الزراعية` after `التعاونيات`: one word more of the description
        return head if _has_stem_in(noun.key, _DESCRIBED_HEADS) else None
    return None


def described_by_quote(tokens: list[Token], body: Discovered, taken: dict[int, str], places: frozenset[str]) -> bool:
    """The body is only a head and the words that describe the quoted name right after it, which is its
    name: `اتحاد التعاونيات الزراعية` before `"جيه إيه زين نوه"`."""
    quote = body.last + 1
    if quote >= len(tokens) or not _opens_quote(tokens[quote]) or _description_head(tokens, quote, taken) != body.first:
        return False
    quoted = _quoted_org_at(tokens, quote, taken, places)
    return quoted is not None and quoted.first == quote


# A company quoted whole, a word of its own and its line of business or `القابضة` (holding): `صندوق
# "سنابل للاستثمار"`, `مجمع "بوراس للأشغال الكبرى"`, `و"برزان القابضة" القطرية`. A line of business
# needs a firm's noun before the quote, as a slogan reads so too (`"نعم للسلام"`).
_FIRMS = _keys("صندوق مجمع مجموعة شركة")
_HOLDING = _keys("القابضة")


# A bank or a group is named by a definite word of its own and the kind of firm it is: `بنك الأرز التجاري`,
# `مصرف النخيل الإسلامي`, `مجموعة العطار القابضة`. Every such phrase in the texts of the 44 tuning sets names
# one (17 banks of two definite words, 5 holdings); the head alone is as often no firm (`بنك الأهداف`).
_KINDS_OF_FIRM = {**dict.fromkeys(_BANKS, _BANK_ADJECTIVES), **dict.fromkeys(_keys("مجموعة"), _HOLDING)}


def _firm_of_its_kind(tokens: list[Token], i: int, head: str) -> bool:
    """Words `i + 1` and `i + 2` after the head at `i` are a definite word and the firm's kind."""
    kinds = _KINDS_OF_FIRM.get(head)
    if kinds is None or tokens[i].definite or tokens[i + 2].key not in kinds:
        return False
    return not (_nisba(tokens[i + 1]) or tokens[i + 1].key.endswith("ات"))  # `مجموعة الشركات القابضة`: a kind


def _quoted_company(tokens: list[Token], i: int, last: int) -> bool:
    """The quoted words `i` to `last` name a company: its own word, then what it does or `القابضة`."""
    if last == i or tokens[i].definite or _tanween(tokens[i]) or not tokens[i].key[:1].isalpha():
        return False
    if last == i + 1 and tokens[last].key in _HOLDING:
        return True
    firm = i > 0 and _has_stem_in(tokens[i - 1].key, _FIRMS) and not _breaks_before(tokens[i - 1])
    return firm and _purpose_end(tokens, i + 1, after_quote=True) == last


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


# Said to a paper or a channel named in quotes: `وقال ... لـ"المرصد" إن`, `في تصريح لـ"الخبر"`. The bare
# preposition, the quote and a verb of speech around it leave nothing else it could be.
_INTERVIEW = _keys("حديث تصريح تصريحات مقابلة حوار تعليق")
# Verbs of telling: after one, in the same clause and before any `أن`, ل and a quoted name is whom the
# speaker told, whatever follows it (`وقالت الطويل لـ"الحدث" بعد العرض`, `روى المواطن لـ"النهار" كيف`,
# `قالت ... لـ"دارفور24": "خرجنا..."`): 62 of the 62 such phrases in the 41 tuning sets' texts are names
# of the gold. Not verbs of calling or warning, after which ل and a quote is what was asked for (`دعا
# لـ"وقف الحرب"`), nor a verb's reported words after `أن` (`قال إن الحكومة تسعى لـ"تحقيق الاستقرار"`).
_TELLING = _keys(
    """
    قال قالت يقول تقول أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح أضاف أضافت يضيف تضيف روى روت يروي تروي
    صرح صرحت كشف كشفت يكشف تكشف أفاد أفادت يفيد تفيد ذكر ذكرت تحدث تحدثت يتحدث تتحدث أشار أشارت أبلغ أبلغت
    """
)
_TELLING_REACH = 20  # `وقال رئيس مبادرة "نفير طويلة" المحلية، الشاب محمد إدريس هارون، لـ"…"`


def _told_to_quoted(tokens: list[Token], i: int, last: int) -> bool:
    if i == 0 or tokens[i - 1].key != "ل" or _breaks_before(tokens[i - 1]):
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    said_that = following is not None and following.key in _SAID_THAT and "\n" not in following.gap
    if said_that or (i > 1 and tokens[i - 2].key in _INTERVIEW):
        return True
    # A definite word right after the quote goes on with it: `قال لـ"الشرق الأوسط" الجديد` is a phrase.
    described = following is not None and following.definite and not set(following.gap) & set(".،,:؛\n")
    return not described and _told_in_clause(tokens, i - 1)


def _told_in_clause(tokens: list[Token], k: int) -> bool:
    """A verb of telling opens the clause that the ل at `k` is in, with no `أن` or sentence end between."""
    for j in range(k - 1, max(-1, k - 1 - _TELLING_REACH), -1):
        token = tokens[j]
        if _in(token.key, _TELLING):
            return True
        if token.key in _SAID_THAT or any(char in SENTENCE_ENDS for char in tokens[j + 1].gap):
            return False
    return False


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
        own = e in taken or _quoted_name_word(tokens[e], first=e == i + 1, head=head)
        if not own and not (e == i + 1 and _quoted_construct(tokens, e, taken)):
            return None
        if e + 1 < len(tokens) and CLOSING_QUOTES & set(tokens[e + 1].gap):
            # `"اللجنة العسكرية العليا" المشتركة بين بغداد وواشنطن`: a definite word after the quote goes
            # on describing it; the quoted words are a term inside a longer phrase, not the body's name.
            following = tokens[e + 1]  # a closing quote counts as a break: read the gap's punctuation
            described = following.key.startswith("ال") and not set(following.gap) & set(".،,:؛\n")
            # `"اللجنة الوطنية"` is the committee named before; a definite head is named by two words.
            return None if described or (head.definite and e == i + 1) else e
    return None


def _quoted_construct(tokens: list[Token], e: int, taken: dict[int, str]) -> bool:
    """A noun without the article right after an indefinite head, in construct with the definite word
    or known place after it inside the quote: `"مؤسسة جهاد البناء"`, `"جيش تحرير أزواد"` (not `"حملة
    تحريض"`, `"منظمة إرهابية أجنبية"`, whose words describe)."""
    following = e + 1
    if tokens[e - 1].definite or following >= len(tokens) or CLOSING_QUOTES & set(tokens[following].gap):
        return False
    if _phrase_ended(tokens, following) or not _construct_noun(tokens[e], PLACES) or tokens[e].key.endswith("يه"):
        return False
    return taken.get(following) == LOC or (following not in taken and tokens[following].key.startswith("ال"))


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
    if regional and head in _THE_HOSPITAL:
        return body  # `المستشفى الجهوي الحسن الثاني بأكادير`: named after a king, it only sits there
    if head in _HOSPITALS and not _after_a_ruler(tokens, body.first + 1, taken):
        return body  # `مستشفى النو التعليمي بأم درمان`, `مستشفى العودة بمخيم جباليا`: a name of its own
    local = head in _SEATED_HEADS or head in _SEATED_DEFINITE_HEADS or regional
    return Discovered(ORG, body.first, _known_name_end(tokens, k, taken)) if local else body


def _after_a_ruler(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A hospital's name at `k` is a ruler's or a person's (`الملك فهد`, `السلطان قابوس`), which hospitals in
    many towns bear: `مستشفى الملك فهد العام بجدة` is Jeddah's."""
    return taken.get(k) == PERSON or (not _phrase_ended(tokens, k) and tokens[k].key in _HONORIFICS)


# A committee or council of two states, named by their two adjectives: `اللجنة البحرينية التركية المشتركة`,
# `اللجنة الاستراتيجية العليا التركية القطرية`, `المجلس التنسيقي السعودي الكويتي`. One country's adjective
# alone describes (`اللجنة الأولمبية الكويتية` is named in the gazetteer or by a purpose).
_JOINT_HEADS = _keys("لجنة مجلس")  # their forms with the article: `اللجنة`, `والمجلس`
_JOINT = _keys("المشتركة المشترك العليا الأعلى")
_MAX_JOINT_ADJECTIVES = 2  # `الاستراتيجية العليا`


def _joint_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A joint body of two states from its definite head at `i`, or None."""
    if not tokens[i].definite or not _has_stem_in(tokens[i].key, _JOINT_HEADS):
        return None
    last = _joint_body_end(tokens, i + 1, taken)
    return Discovered(ORG, i, last) if last is not None else None


def _joint_body_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a joint body's name from `k`, after its head: up to two adjectives of kind,
    the adjectives of two different countries, then `المشتركة` or `العليا` if written."""
    first = k
    while k - first < _MAX_JOINT_ADJECTIVES and not _phrase_ended(tokens, k) and tokens[k].definite:
        if k in taken or demonym(tokens[k].key, PLACES) or not tokens[k].key.startswith("ال"):
            break
        k += 1
    countries = []
    while len(countries) < 2 and not _phrase_ended(tokens, k) and k not in taken:
        place = demonym_place(tokens[k].key, PLACES)
        if place is None or place in countries:
            break
        countries.append(place)
        k += 1
    if len(countries) < 2:
        return None
    return k if not _phrase_ended(tokens, k) and tokens[k].key in _JOINT else k - 1


def _definite_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`الهيئة الوطنية للانتخابات`: a definite body, one or two adjectives, then what it does."""
    if not _has_stem_in(tokens[i].key, DEFINITE_BODIES):
        return None
    if (joint := _joint_body_at(tokens, i, taken)) is not None:
        return joint
    if (council := _town_council_at(tokens, i, taken)) is not None:
        return council
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
    if k == i + 3 and _has_stem_in(tokens[i].key, _COMMITTEES) and tokens[k - 1].key in _OF_PARLIAMENT:
        return Discovered(ORG, i, k - 1)  # `اللجنة المالية النيابية`, as `لجنة النزاهة النيابية`
    if _has_stem_in(tokens[i].key, _OFFICES) and k < len(tokens) and _has_stem_in(tokens[k].key, DEFINITE_BODIES):
        return None  # `المكتب الجهوي للمنظمة التونسية للأطباء الشبان`: the body's office; the body is named
    if _has_stem_in(tokens[i].key, _UNIVERSITY) and not _federation_purpose(tokens, i, k):
        return None
    if _has_stem_in(tokens[i].key, _THE_MANAGEMENT) and tokens[i + 1].key not in _GENERAL_UNION:
        return None  # `الإدارة الأمريكية للأزمة` is a government and what it does
    if _has_stem_in(tokens[i].key, _TROUPES) and tokens[i + 1].key in _FEMININE_ORDINALS:
        return None  # `الفرقة الرابعة للجيش`: a division
    if _has_stem_in(tokens[i].key, _UNITS_OF_STATE) and tokens[i + 1].key in _OF_UNITY:
        return None  # `الوحدة الوطنية للبلاد`: the country's unity
    if _organ_of(tokens, k, taken):
        return None
    last = _purpose_end(tokens, k, sake=True)
    if last is None:
        last = _purpose_of_place(tokens, k, taken)
    elif (seat := _seat_after(tokens, i, last, taken)) is not None:
        last = seat  # `النقابة الوطنية لسائقي الشاحنات في مالي`
    return Discovered(ORG, i, last) if last is not None else None


# `الفرقة` and `الوحدة` head a body's name (common.py), but an ordinal makes a division and the nation's
# or the faith's adjective makes unity.
_TROUPES, _UNITS_OF_STATE = _keys("الفرقة"), _keys("الوحدة")
_OF_UNITY = _keys("الوطنية العربية الإسلامية الإفريقية الأفريقية الخليجية")


# A body's organs are named after the body with ل, and are none: `المجلس الوطني للحزب`, `الهيئة
# الرئاسية للحزب`, `الهيئة الإدارية الوطنية للاتحاد العام التونسي للشغل`. Not a known body after ل:
# `الجمعية العامة للأمم المتحدة` is one.
_BODIES_OF_ORGANS = _keys(
    "للحزب للحركة للاتحاد للجمعية للنقابة للمنظمة للجبهة للتحالف للنادي للتيار للرابطة للشركة للمؤسسة للبنك"
)  # and a company's: `الإدارة العامة للشركة`
# A government's, a chamber's or any body's named before: `المجلس الرئاسي للحكومة الجديدة`, `الجمعية العمومية
# للغرفة`, `الأمانة العامة للمجلس`. Not `للدولة`: `المجلس الأعلى للدولة` is Libya's.
_BODIES_OF_ORGANS = _BODIES_OF_ORGANS | _keys(
    "للحكومة للغرفة للوزارة للهيئة للمجلس للجنة للمفوضية للبلدية للوكالة للصندوق للمجموعة للجماعة للمركز للمعهد"
)
# And an event's committee: `اللجنة العليا للمعرض`, `اللجنة المنظمة للمهرجان`.
_BODIES_OF_ORGANS = _BODIES_OF_ORGANS | _keys("للمعرض للمؤتمر للمهرجان للبطولة للمسابقة للملتقى")


def _organ_of(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The ل at `k`, after a definite body's adjectives, names the body it is an organ of: one named
    before, or one the gazetteer knows (`المكتب السياسي لجماعة أنصار الله`, `المجلس التنفيذي لصندوق النقد
    الدولي`, `الهيئة العامة للكنيست`: 5 such phrases in the texts of the 38 tuning sets, none a body of the
    gold; the known body is)."""
    if _phrase_ended(tokens, k):
        return False
    known = taken.get(k) == ORG and taken.get(k - 1) != ORG and tokens[k].key.startswith("ل")
    return known or tokens[k].key in _BODIES_OF_ORGANS


def _seat_after(tokens: list[Token], i: int, last: int, taken: dict[int, str]) -> int | None:
    """The last word of the known place after `في` that says whose a national union is, when its name
    (words `i` to `last`) names no country: `النقابة الوطنية لسائقي الشاحنات في مالي`. Not after an
    adjective of origin (`الهيئة المصرية للكتاب في القاهرة` is where it sits), nor after an institute's or
    a troupe's name, which the gold ends before the place as it ends a ministry's (`المعهد الوطني لأبحاث
    الفضاء في البرازيل`, `الفرقة الوطنية للتمثيل في بغداد`): a union keeps it, as `_GUILDS` do."""
    place = last + 2
    if _phrase_ended(tokens, last + 1) or tokens[last + 1].key not in _IN or _phrase_ended(tokens, place):
        return None
    if taken.get(place) != LOC or tokens[i + 1].key not in _NATIONAL or head_stem(tokens[i].key) not in _UNIONS:
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
_UNIONS = _keys("النقابة الجمعية الرابطة التنسيقية")
# A committee of parliament named with the article, by what it oversees: `اللجنة المالية النيابية`,
# `اللجنة القانونية البرلمانية`. `اللجنة النيابية` alone is any of them.
_COMMITTEES = _keys("اللجنة")
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


# Legislatures and courts that news names without their country: `مجلس النواب` in a Libyan story is
# Libya's, and the gazetteer reads it so where the story names the country or writes its adjective
# (`Gazetteer._bodies_named_bare`). Ministries, armies and `البرلمان` stay descriptions: the gold
# guidelines count a ministry only when the text names its country.
NATIONAL_BODIES = tuple(
    normalize(name)
    for name in (
        "مجلس النواب",
        "مجلس الأمة",
        "مجلس الشورى",
        "مجلس الشيوخ",
        "المحكمة الدستورية",
        "المحكمة الدستورية العليا",
        "المحكمة الاتحادية العليا",
    )
)
# Bodies of state that a country's news names bare, by their own official names: Libya's `مكتب النائب العام`
# and `المجلس الرئاسي`, Yemen's `الجيش الوطني`, the gendarmerie and Morocco's `القوات المساعدة`; a National
# Assembly (Chad's, Mauritania's, France's), Morocco's upper house and an audit bureau (`ديوان المحاسبة`,
# Kuwait's, Libya's, Lebanon's), whose country forms the gazetteer reads where the text writes them. The
# gold sets name them as written, with no country (14 of the 14 bare mentions in the 41 tuning sets), and
# a local story often names no country to tell whose they are. Not `النيابة العامة` (3 of 5 bare mentions
# named, in one set of three) nor `الحرس الوطني` (1 of 2), which a story names as the police's work as
# often as a body; not Tunisia's `النيابة العمومية` (0 of 1), nor `الدفاع المدني`, `الحماية المدنية` or
# `الأمن العام`, as often the work or the concern as the body (`فرق الدفاع المدني`: 1 of 5 named).
_BARE_BODIES = tuple(
    normalize(name)
    for name in (
        "مكتب النائب العام",
        "الدرك الوطني",
        "المجلس الرئاسي",
        "الجيش الوطني",
        "القوات المساعدة",
        "الجمعية الوطنية",
        "مجلس المستشارين",
        "ديوان المحاسبة",
    )
)
_BARE_BODY_WORDS = sorted((tuple(name.split()) for name in (*NATIONAL_BODIES, *_BARE_BODIES)), key=len, reverse=True)
BARE_BODY_FORMS = _written_forms(frozenset(words[0] for words in _BARE_BODY_WORDS))


def bare_body_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`النيابة العامة`, `مكتب النائب العام`, and a legislature of a story that tells no country
    (`عضو مجلس النواب عن دائرة منيا القمح`): a country's body named bare. Not before an adjective
    (`الحرس الوطني السوداني`, `النيابة العامة العسكرية`), its seat (`النيابة العامة بتطوان`) or the
    body it is an organ of (`مجلس الشورى للحركة`): those are other names."""
    stems = clitic_stems(tokens[i].key)
    for words in _BARE_BODY_WORDS:
        last = i + len(words) - 1
        if last >= len(tokens) or words[0] not in stems or any(k in taken for k in range(i, last + 1)):
            continue
        if all(tokens[i + n].key == word and not _phrase_ended(tokens, i + n) for n, word in enumerate(words[1:], 1)):
            return None if _named_on(tokens, last + 1, taken) else Discovered(ORG, i, last)
    return None


def _named_on(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """Word `k` goes on with the name of a body before it: a definite adjective, a seat after ب, what
    it is of after لل (`المجلس الرئاسي للحكومة`, `مجلس الشورى للحركة`), whom it serves after ل and a noun
    (`الجمعية الوطنية لضحايا حوادث السير`); not an action after ل, what it is asked to do (`أخطرت النيابة
    العامة لتولي التحقيق`), nor a particle (`المجلس الرئاسي لم يصدر`)."""
    if _phrase_ended(tokens, k):
        return False
    key = tokens[k].key
    if key.startswith("ال") and key.endswith(("ي", "يه")) and not _in(key, STOP):
        return True  # but `إلى`, written `الي`: `الجمعية الوطنية إلى` goes on with a preposition
    if key.startswith("ل") and not key.startswith("لل") and len(key) > 3 and not _in(key, STOP):
        stem = key[1:]
        return not (stem in _SHORT_ACTIONS or _verbal_noun(key) or (stem[:1] == "ت" and len(stem) in (4, 5)))
    return (key.startswith("ب") and taken.get(k) == LOC) or key.startswith("لل")


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
        if head in _COURTS and taken.get(k) == LOC:
            return _city_court_of_a_kind(tokens, i, k, taken)
        if head in _COURTS and seat.key in _SEATED_KINDS and k not in taken:
            city = _court_city_end(tokens, k + 1, taken)  # `محكمة الاستئناف بتونس`
            return Discovered(ORG, i, city) if city is not None else None
        if head in _COURTS and (k in taken or not _purpose_noun(seat) or seat.key.startswith(("ل", "ب", "ف"))):
            return None
        k += 1
    elif head in _MUNICIPALITIES:
        return _municipality_at(tokens, i, head, taken)
    elif head in _CLUBS:
        return _club_at(tokens, i, taken)
    elif head not in _CITY_BODIES:
        return None
    elif head in _CHAMBERS and (chamber := _chamber_end(tokens, k, taken)) is not None:
        return Discovered(ORG, i, chamber)
    elif head in _CHAMBERS:
        # `غرفة التجارة والصناعة والزراعة مصراتة`, `غرفة تجارة وصناعة محافظة الخليل`
        while not _phrase_ended(tokens, k) and k not in taken and _in(tokens[k].key, _CHAMBER_TRADES):
            k += 1
        if k > i + 1 and not _phrase_ended(tokens, k) and k not in taken and tokens[k].key in _COUNCIL_SEATS:
            k += 1
        elif k > i + 1 and not _phrase_ended(tokens, k) and tokens[k].key in _IN:
            k += 1  # `غرفة التجارة والصناعة والزراعة في طرابلس`, `غرفة التجارة في إسطنبول`
    if _phrase_ended(tokens, k) or taken.get(k) != LOC:
        return None
    last = _known_name_end(tokens, k, taken)
    return None if _listed_places(tokens, k, last) else Discovered(ORG, i, last)


def _municipality_at(tokens: list[Token], i: int, head: str, taken: dict[int, str]) -> Discovered | None:
    """`أمانة منطقة عسير`, `إمارة المنطقة الشرقية`: the municipality or governorate at `i` and its known
    place, which may be known with its region's word (`منطقة عسير`) or without it (`محافظة` `جدة`)."""
    k = i + 1
    region = tokens[k].key in _REGION_WORDS
    side = k + 1
    if tokens[k].key in _THE_REGION and not _phrase_ended(tokens, side) and tokens[side].key in _REGION_SIDES:
        return Discovered(ORG, i, side) if side not in taken else None  # `إمارة المنطقة الشرقية`
    if region and k not in taken and not _phrase_ended(tokens, k + 1):
        k += 1  # `محافظة جدة` when the gazetteer knows `جدة` only
    if taken.get(k) != LOC or (head in _EMIRATES and not region):
        return None
    last = _known_name_end(tokens, k, taken)
    if _listed_places(tokens, k, last):
        return None
    if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _GREATER:
        last += 1  # `أمانة عمان الكبرى`
    return Discovered(ORG, i, last)


def _club_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`نادي جنين الرياضي`: the club at `i`, its town or a word or two of its own, and its kind."""
    k = i + 1
    while k <= i + _MAX_CLUB_NAME and not _phrase_ended(tokens, k) and tokens[k].key not in _CLUB_KINDS:
        if taken.get(k) == LOC:
            k = _known_name_end(tokens, k, taken) + 1
        elif k in taken or not _is_name_word(tokens, k, taken):
            return None  # a known body or person is the gazetteer's: `نادي شباب الخليل`
        else:
            k += 1
    if k == i + 1 or _phrase_ended(tokens, k) or tokens[k].key not in _CLUB_KINDS:
        return None
    if not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _CLUB_KINDS:
        k += 1  # `نادي الجزيرة الرياضي الثقافي`
    return Discovered(ORG, i, k)


def _listed_places(tokens: list[Token], k: int, last: int) -> bool:
    """The known words from `k` to `last` are several places joined by و, not one: `محاكم صفاقس وسوسة
    وقابس وبنزرت` are the courts of four cities, no one body's name."""
    return any(tokens[j].key.startswith("و") for j in range(k + 1, last + 1))


# A court of a city is named with its kind after the city: `محكمة برلين الإقليمية`, `محكمة أبوظبي
# الجزائية`, `محكمة بنادر الإقليمية`; `محكمة دبي` alone is as often the courthouse.
_CITY_COURT_KINDS = _COURT_KINDS | _keys("الإقليمية الاتحادية المركزية")
# Kinds of court that a city written with ب or في names: `المحكمة الابتدائية بتونس`, `محكمة الاستئناف
# بتونس`. Tunisia and the Maghreb name their courts so; `محكمة الاستئناف` alone is any court of appeal.
_SEATED_KINDS = _COURT_KINDS | _keys("الاستئناف الجنايات")


def _city_court_of_a_kind(tokens: list[Token], i: int, k: int, taken: dict[int, str]) -> Discovered | None:
    """`محكمة برلين الإقليمية`: the court, the known city at `k` and the court's kind after it."""
    last = _known_name_end(tokens, k, taken)
    kind = last + 1
    if _phrase_ended(tokens, kind) or kind in taken or tokens[kind].key not in _CITY_COURT_KINDS:
        return None
    return None if _listed_places(tokens, k, last) else Discovered(ORG, i, kind)


def _court_city_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of the known city at `k` that a court's kind is seated in: `بتونس`, `في صفاقس`."""
    if _phrase_ended(tokens, k):
        return None
    if tokens[k].key in _IN:
        k += 1
        if _phrase_ended(tokens, k) or taken.get(k) != LOC:
            return None
    elif taken.get(k) != LOC or not tokens[k].key.startswith("ب"):
        return None
    last = _known_name_end(tokens, k, taken)
    return None if _listed_places(tokens, k, last) else last


def _chamber_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a chamber's name after `غرفة` at `k - 1`: the firms it gathers and their trade
    (`المنشآت الفندقية`), or an emergency room's town (`طوارئ طويلة`)."""
    if _phrase_ended(tokens, k + 1) or k in taken:
        return None
    token, following = tokens[k], tokens[k + 1]
    if token.key in _CHAMBER_MEMBERS:
        adjective = following.key.startswith("ال") and following.key.endswith("يه") and k + 1 not in taken
        return k + 1 if adjective else None
    if token.key not in _EMERGENCIES:
        return None
    if taken.get(k + 1) == LOC:
        return _known_name_end(tokens, k + 1, taken)
    if following.definite or not _is_name_word(tokens, k + 1, taken) or following.key.startswith(_NOT_NAME_LETTERS):
        return None  # `غرفة طوارئ ميدانية`: an adjective; `غرفة طوارئ لتنسيق`: a purpose
    adjective = following.key.endswith(("يه", "ي")) or following.key in _KIND_ADJECTIVES | _TEMPORARY
    return None if adjective else k + 1  # `غرفة طوارئ مشتركة`


# Adjectives of a room, not an emergency room's town: `غرفة طوارئ مشتركة`, `غرفة طوارئ مؤقتة`.
_TEMPORARY = _keys("مشتركة مؤقتة دائمة عاجلة") | _DESCRIPTIVE


def _court_in_city_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`المحكمة العمالية في الرياض`: a court of a kind and the known city it sits in; or a numbered
    chamber of a kind, as the Gulf names them: `المحكمة الكبرى الجنائية الرابعة`."""
    if not _has_stem_in(tokens[i].key, _THE_COURT):
        return None
    if (chamber := _numbered_chamber(tokens, i)) is not None:
        return Discovered(ORG, i, chamber)
    if tokens[i + 1].key not in _COURT_KINDS:
        return None
    city = _court_city_end(tokens, i + 2, taken)  # `المحكمة العمالية في الرياض`, `المحكمة الابتدائية بتونس`
    return Discovered(ORG, i, city) if city is not None else None


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
    if head in _SCHOOLS or head in _THE_SCHOOL:
        return _school_at(tokens, i, taken)
    if token.definite:
        if head not in _THE_HOSPITAL:
            return None
        # `المستشفى الجامعي فرحات حشاد`: the kind first, then a name of its own or a known one.
        if tokens[i + 1].key not in _UNIVERSITY_HOSPITAL or _phrase_ended(tokens, i + 2):
            return None
        last = _hospital_name_end(tokens, i + 2, taken, definite=False)
        return Discovered(ORG, i, last) if last is not None else None
    last = _hospital_name_end(tokens, i + 1, taken, definite=True)
    if last is None and head in _HOSPITALS and _feminine_name(tokens, i + 1, taken):
        last = i + 1  # `مستشفى طويلة`
    if last is None:
        return None
    kind = not _phrase_ended(tokens, last + 1) and last + 1 not in taken
    kind = kind and tokens[last + 1].key in (_MEDICAL if head in _COMPLEXES else _HOSPITAL_KINDS)
    if kind or (head in _HOSPITALS and taken.get(i + 1) == LOC and _donor_follows(tokens, last + 1, taken)):
        return Discovered(ORG, i, last + 1)
    if head in _HOSPITALS and (patients := _patients_end(tokens, last + 1, taken)) is not None:
        return Discovered(ORG, i, patients)  # `مستشفى مفيد للأطفال`
    # Without its kind a hospital is named by a known place or person (`مستشفى الإمام الخميني`), a word
    # of its own (`مستشفى سهلول`) or one definite word that no hospital of any kind is (`مستشفى الضمان`).
    plain = taken.get(i + 1) in (LOC, PERSON) or not tokens[i + 1].definite or tokens[i + 1].key in _NAMED_AFTER
    plain = plain or _own_definite_name(tokens, i + 1, last)
    return Discovered(ORG, i, last) if head in _HOSPITALS and plain else None


def _donor_follows(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A masculine nationality adjective at `k`, after a hospital named by its town: the nation that built
    it, in its name (`مستشفى الفاشر السعودي`, `مستشفى غزة الأوروبي`). The town would take a feminine one."""
    if _phrase_ended(tokens, k) or k in taken:
        return False
    key = tokens[k].key
    return key.endswith("ي") and demonym(key, PLACES)


# Schools, named with their kind or their pupils (the gold counts them as bodies): `مدرسة الفاروق
# الابتدائية`, `ثانوية المجر للبنين`, `مدرسة شهداء الزاوية الابتدائية`, `مدرسة الخيام الرسمية`; or after
# a known person: `ثانوية جودت الهاشمي`. `مدرسة خاصة`, `مدرسة ثانوية بمنطقة الجهراء` name none.
_SCHOOLS = _keys("مدرسة ثانوية إعدادية أكاديمية")
_SCHOOL_KINDS = _keys(
    """
    الابتدائية الإعدادية الثانوية المتوسطة الأساسية الرسمية النموذجية الدولية الحكومية الأهلية المهنية
    الصناعية الزراعية التجارية الفنية العسكرية للبنين للبنات التأهيلية
    """
)  # `ثانوية ابن خلدون التأهيلية`: Morocco's upper secondary school
# Egypt names a school's pupils after its kind, without the article: `مدرسة جرجا الثانوية بنات`,
# `مدرسة المنصورة الثانوية العسكرية بنين`.
_PUPILS = _keys("بنات بنين")


def _school_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`مدرسة الفاروق الابتدائية`, `ثانوية المجر للبنين`: a school, its name and its kind or pupils."""
    if tokens[i].definite:
        return _higher_school_at(tokens, i, taken)
    k = i + 1
    if _school_kind_at(tokens, k + 2, taken) and _in_construct_with(tokens, k, taken):
        return Discovered(ORG, i, _kinds_end(tokens, k + 2, taken))  # `مدرسة شهداء الزاوية الابتدائية`
    if (founder := _founder_name_end(tokens, k, taken)) is not None:
        return Discovered(ORG, i, founder)  # `ثانوية جودت الهاشمي`: named after a person
    last = _hospital_name_end(tokens, k, taken, definite=True)
    if last is None:
        return None
    if _school_kind_at(tokens, last + 1, taken):
        return Discovered(ORG, i, _kinds_end(tokens, last + 1, taken))
    own = _own_school_name_end(tokens, i, last)
    return Discovered(ORG, i, own) if own is not None else None


# Schools named by definite words of their own, without their kind: `ثانوية المأمون`, `مدرسة اليوبيل`,
# `بإعدادية المسيرة الخضراء،`. Not a school of a place or a kind (`مدرسة القرية`, `مدرسة البنات`), or of
# what it teaches (`مدرسة الطب`, `مدرسة التمريض`).
_ANY_SCHOOL = _ANY_HOSPITAL | _keys("البنات الأولاد الذكور الإناث الطب التمريض الموسيقى الفنون الحياة الفكر الأونروا")
# `ثانوية` and `إعدادية` are adjectives after these: `مدرسة ثانوية المدينة`, `شهادة إعدادية`.
_SCHOOL_STAGES = _keys("ثانوية إعدادية")
_STAGED = _keys("مدرسة شهادة مرحلة امتحانات امتحان")


def _own_school_name_end(tokens: list[Token], i: int, last: int) -> int | None:
    """The last word of a school's own definite name from `i + 1` to `last`: one word that no school of
    a kind is, or after `ثانوية` or `إعدادية` a word and its adjective that end the phrase."""
    k = i + 1
    if last != k or tokens[k].key in _ANY_SCHOOL or not tokens[k].key.startswith("ال"):
        return None
    stage = head_stem(tokens[i].key) in _SCHOOL_STAGES
    if stage and i > 0 and not tokens[i].after_break and _has_stem_in(tokens[i - 1].key, _STAGED):
        return None
    if stage and not _phrase_ended(tokens, k + 1) and _school_adjective(tokens[k + 1]):
        return k + 1 if _phrase_ended(tokens, k + 2) or not tokens[k + 2].definite else None
    return k if _own_definite_name(tokens, k, last) else None


def _school_adjective(token: Token) -> bool:
    """`الخضراء` in `إعدادية المسيرة الخضراء`: a definite adjective of the school's name."""
    key = token.key
    return token.definite and key.startswith("ال") and key.endswith(("اء", "يه", "ي")) and not _in(key, STOP)


def _school_kind_at(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A school's kind at `k`, or the country whose curriculum it teaches: `مدرسة النيلين السودانية`."""
    if _phrase_ended(tokens, k) or k in taken:
        return False
    return tokens[k].key in _SCHOOL_KINDS or demonym(tokens[k].key, PLACES)


def _kinds_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int:
    """The last word of a school's name from its kind at `k`: a second kind (`الثانوية العسكرية`) and
    its pupils (`بنات`) may follow."""
    if _school_kind_at(tokens, k + 1, taken):
        k += 1
    following = k + 1
    if not _phrase_ended(tokens, following) and following not in taken and tokens[following].key in _OLD:
        return following  # `مدرسة بورتسودان الثانوية القديمة`
    pupils = not _phrase_ended(tokens, following) and following not in taken and tokens[following].key in _PUPILS
    return following if pupils else k


def _in_construct_with(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`شهداء الزاوية`: a noun of a name without the article, then a definite word or a known place."""
    token, following = tokens[k], tokens[k + 1]
    if k in taken or token.definite or not _is_name_word(tokens, k, taken) or token.key.startswith(_NOT_NAME_LETTERS):
        return False
    if following.after_comma or following.after_break or taken.get(k + 1, LOC) != LOC:
        return False
    return following.key.startswith("ال") and not _in(following.key, STOP) and not _is_title(following)


def _founder_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a person's name after a school's head: a known person, or a given name that
    is no everyday word and a family name (`جودت الهاشمي`)."""
    if taken.get(k) == PERSON:
        return _known_name_end(tokens, k, taken)
    if k in taken or not _given_name_at(tokens, k, everyday=False) or _phrase_ended(tokens, k + 1) or k + 1 in taken:
        return None
    family = tokens[k + 1]  # with the article: `مدرسة محمد أغلقت` is a verb after the name
    if not family.key.startswith("ال") or _in(family.key, STOP) or _is_title(family) or family.key in _SCHOOL_KINDS:
        return None
    return k + 1 if _is_name_word(tokens, k + 1, taken) else None


def _patients_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of whom a hospital treats, from `k`: `للأطفال`, `للأمراض الصدرية`."""
    if _phrase_ended(tokens, k) or k in taken or tokens[k].key not in _PATIENTS:
        return None
    return _purpose_end(tokens, k) or k


def _own_definite_name(tokens: list[Token], k: int, last: int) -> bool:
    """`الضمان` in `مستشفى الضمان ومراكز صحية`: one definite word that is no kind, owner or person's
    title, and no adjective after it (`مستشفى الأطفال الجديد` is described, `مستشفى الشرطة العسكري` any)."""
    token = tokens[k]
    if last != k or token.key in _ANY_HOSPITAL or token.key in _NAMED_AFTER:
        return False
    if _is_title(token) or _in(token.key, RANKS):
        return False  # `مستشفى الدكتور ناصر عدرة`: a doctor's, named after him
    return _phrase_ended(tokens, k + 1) or not tokens[k + 1].definite or tokens[k + 1].key.startswith("و")


# Hospitals and schools are named after martyrs as after kings: `مدرسة الشهيد عمر الثانوية`, `مستشفى
# الشهيد محمد الدرة`. `مدرسة الشهيد` alone names no school.
_NAMED_AFTER = _HONORIFICS | _keys("الشهيد الشهيدة")
# Nouns that make a name with the word after them: a kunya (`أم المصريين`), a lineage (`بني سليمان`,
# `ابن خلدون`) or a house (`دار الشفاء`). Without them a hospital would stop at `مستشفى أم`.
_NAME_CONSTRUCTS = _keys("أم أبو أبي ابن بنت بني دار")
_OLD = _keys("القديمة")  # `مدرسة بورتسودان الثانوية القديمة`, beside a newer school of the name
_THE_SCHOOL = _keys("المدرسة")  # a head of its own, as `المستشفى` is


def _construct_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of what a name's construct noun takes at `k`: a known place or person, a definite
    word (`المصريين`) or a name's word (`سليمان`)."""
    if _phrase_ended(tokens, k):
        return None
    if k in taken:
        return _known_name_end(tokens, k, taken) if taken[k] in (LOC, PERSON) else None
    token = tokens[k]
    if token.key.startswith("ال"):
        # `مستشفى أم المركز الصحي`: "or", before another facility
        other = _has_stem_in(token.key, DEFINITE_BODIES | _THE_HOSPITAL | _THE_SCHOOL)
        return None if other or _in(token.key, STOP) or _is_title(token) else k
    return k if _is_name_word(tokens, k, taken) and not token.key.startswith(_NOT_NAME_LETTERS) else None


def _feminine_name(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """`طويلة` in `مستشفى طويلة`: `مستشفى` is masculine, so a word in ة after it is no adjective of it
    but a town's or a woman's name (`مستشفى خولة`); not a noun in construct with the word after it
    (`مستشفى جامعة سيول`, `مستشفى مدينة حمد`)."""
    if _phrase_ended(tokens, k) or k in taken:
        return False
    token = tokens[k]
    if token.definite or not token.key.endswith("ه") or token.key in _NOT_HOSPITAL_NAMES:
        return False
    if token.key.startswith(_NOT_NAME_LETTERS) or not _is_name_word(tokens, k, taken):
        return False
    return _phrase_ended(tokens, k + 1) or (k + 1 not in taken and not tokens[k + 1].definite)


# A faculty named with its university after it is the university's (the gold sets name the university
# alone: `كلية الهندسة بجامعة القاهرة`, `كلية الهندسة بالجامعة الهاشمية`); a faculty named alone, with its
# city or with `الجامعة` of the story is a body (`كلية الطب بسوسة`, `كلية طب نينوى`).
_UNIVERSITIES = _keys("جامعة")


def of_a_named_university(tokens: list[Token], body: Discovered) -> bool:
    """`كلية التخطيط العمراني بجامعة القاهرة`: the body is a faculty and the university it belongs to is
    named after it, behind ب or after `في`: a university in construct, or `الجامعة` and its adjective."""
    if head_stem(tokens[body.first].key) not in _FACULTY:
        return False
    k = body.last + 1
    if not _phrase_ended(tokens, k) and tokens[k].key in _IN:
        k += 1
    elif _phrase_ended(tokens, k) or not tokens[k].key.startswith("ب"):
        return False
    if _phrase_ended(tokens, k) or _phrase_ended(tokens, k + 1):
        return False
    stems = clitic_stems(tokens[k].key)
    if any(stem in _UNIVERSITIES for stem in stems):
        return True  # `بجامعة وهران`
    return any(stem in _UNIVERSITY for stem in stems) and _school_adjective(tokens[k + 1])  # `بالجامعة الهاشمية`


# National and higher schools, named by what they teach: `المدرسة الوطنية العليا للري`, `المدرسة
# العليا للأساتذة`, `المدرسة الوطنية للإدارة`. Not `المدرسة الابتدائية للبنات`, any school of a kind.
_SCHOOL_RANKS = _keys("الوطنية العليا")


def _higher_school_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    if head_stem(tokens[i].key) not in _THE_SCHOOL:
        return None
    k = i + 1
    while k - i <= 2 and not _phrase_ended(tokens, k) and k not in taken and tokens[k].key in _SCHOOL_RANKS:
        k += 1
    last = _purpose_end(tokens, k) if k > i + 1 else None
    return Discovered(ORG, i, last) if last is not None else None


def _longer_known_body(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """The body the gazetteer knows from its first word `i`, with the words the text adds to its name,
    or None if it adds none: a hospital's kind and town (`مستشفى ابن سينا التعليمي`, `مستشفى السلطان قابوس بصلالة`),
    a country's Red Cross or Red Crescent (`الصليب الأحمر الكيني`, not the gazetteer's `الصليب الأحمر`,
    the international committee), or a second field joined to its last (`المعهد الوطني للإحصاء والتعداد`)."""
    known = Discovered(ORG, i, _known_name_end(tokens, i, taken))
    k = known.last + 1
    own = _known_company_word(tokens, i, known, taken)
    if tokens[i].key in _HOSPITAL_FORMS:
        longer = _with_seat(tokens, _with_hospital_kind(tokens, known, taken), taken)
    elif own is not None and _field_follows(tokens, own + 1, taken) and (trade := _trade_end(tokens, own + 1, places)):
        longer = Discovered(ORG, i, trade)  # `شركة سابك للاستثمارات الصناعية`, a company of the known one's
    elif (quoted := _quoted_with_known_body(tokens, i, known.last, taken)) is not None:
        longer = Discovered(ORG, i, quoted)  # `"إتش إس بي سي العربية السعودية"`: the bank's Saudi arm
    elif _phrase_ended(tokens, k) or k in taken:
        return None
    elif _has_stem_in(tokens[i].key, _UNIVERSITIES) and not tokens[i].definite and _university_field(tokens, k):
        longer = Discovered(ORG, i, _purpose_end(tokens, k) or k)  # `جامعة طوكيو للزراعة`, a known `جامعة طوكيو`
    elif known.last == i + 1 and tokens[i].key in _RED_CROSS and tokens[i + 1].key in _RED:
        longer = Discovered(ORG, i, k) if tokens[k].definite and demonym(tokens[k].key, places) else known
    else:
        # A purpose after the name's first words: `لليونسكو والواقعة` is the known name behind a clitic.
        purpose = known.last > i and tokens[known.last].key.startswith("لل")
        longer = Discovered(ORG, i, k) if purpose and _joined_field(tokens, k) else known
    return longer if longer is not known else None


# A quote that opens on a known body and goes on with its country or a definite adjective before it closes
# names a body of its own, the known one's arm there: `"إتش إس بي سي العربية السعودية"`, `"أوريدو الجزائر"`,
# `"أرامكو السعودية"` (3 of 3 such quotes in the 44 tuning sets' texts; the quotes that go on with a verb or
# a sentence are speech).
_MAX_QUOTED_ARM = 2


def _quoted_with_known_body(tokens: list[Token], i: int, last: int, taken: dict[int, str]) -> int | None:
    """The last word inside the quote that opens on the known body `i`..`last`, if it adds its country or
    a definite adjective; or None."""
    if not _opens_quote(tokens[i]):
        return None
    e = last + 1
    while e <= last + _MAX_QUOTED_ARM and not _phrase_ended(tokens, e):
        token = tokens[e]
        if taken.get(e) == LOC:
            e = _known_name_end(tokens, e, taken)  # `"أوريدو الجزائر"`
        elif e in taken or not token.key.startswith("ال") or _in(token.key, STOP) or _is_title(token):
            return None
        if e + 1 < len(tokens) and CLOSING_QUOTES & set(tokens[e + 1].gap):
            return e
        e += 1
    return None


def _known_company_word(tokens: list[Token], i: int, known: Discovered, taken: dict[int, str]) -> int | None:
    """The index of a company's own word after its noun, where the known body from `i` is the two: `شركة
    سابك`, `شركة "هيونداي` (the quote parts the known name). A trade after that word names another company
    of the same group (`شركة سابك للاستثمارات الصناعية`, `شركة "هيونداي للهندسة والإنشاءات"`: 2 of 2 in the
    tuning texts, both bodies of the gold); after an agency it is the agency's own description (`وكالة فيتش
    للتصنيف الائتماني` is the gazetteer's `فيتش`), after a name of two words what was done there (`شركة
    نفط البصرة للمطالبة بالتعيين`)."""
    own = i + 1
    if tokens[i].definite or head_stem(tokens[i].key) not in _COMPANIES or own >= len(tokens):
        return None
    last = known.last
    if last == i and taken.get(own) == ORG and _opens_quote(tokens[own]):
        last = _known_name_end(tokens, own, taken)
    return own if last == own and not tokens[own].definite else None


def _field_follows(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A field with the article at `k` (`للاستثمارات`), not what the company does, without it: `شركة
    بتروتشاينا لتطوير مشاريع الغاز`, `مجموعة stc لتطوير شبكة الألياف` are the known companies and a deal."""
    return not _phrase_ended(tokens, k) and k not in taken and tokens[k].key.startswith("لل")


def _joined_field(tokens: list[Token], k: int) -> bool:
    """`والتعداد` after `للإحصاء`: one definite noun joined by و, the last word of the name; not another
    body (`والبنك الدولي`, `والحكومة`) or a noun that an adjective goes on describing (`والنيابة العامة`)."""
    key = tokens[k].key
    if not key.startswith("وال") or _opens_body(tokens[k]) or _has_stem_in(key[1:], _NOT_FIELDS):
        return False
    return _phrase_ended(tokens, k + 1) or not tokens[k + 1].definite


# The movement's two emblems; with a country's adjective after them, that country's society.
_RED_CROSS, _RED = _keys("الصليب الهلال"), _keys("الأحمر")
_NOT_FIELDS = STATE_BODIES | DEFINITE_BODIES | _keys("الحكومة الأمم الدولة الوزارة")


def _with_hospital_kind(tokens: list[Token], known: Discovered, taken: dict[int, str]) -> Discovered:
    """A hospital the gazetteer knows and the kind or patients the text adds to its name: `مستشفى ابن
    سينا التعليمي` (the gazetteer's `مستشفى ابن سينا`), `مستشفى الرنتيسي للأطفال`."""
    k = known.last + 1
    if _phrase_ended(tokens, k) or k in taken:
        return known
    if tokens[k].key in _HOSPITAL_KINDS:
        return Discovered(ORG, known.first, k)
    patients = _patients_end(tokens, k, taken)
    return Discovered(ORG, known.first, patients) if patients is not None else known


def _hospital_name_end(tokens: list[Token], k: int, taken: dict[int, str], definite: bool) -> int | None:
    """The last word of a hospital's name from `k`: a known place or person, one or two words of its
    own (`فرحات حشاد`), or if `definite` one definite word (`الجمهورية`)."""
    if k in taken:
        return _known_name_end(tokens, k, taken) if taken[k] in (LOC, PERSON) else None
    token = tokens[k]
    if definite and token.key in _NAMED_AFTER:
        # `مستشفى الملك فهد العام`, named after a king; `مستشفى الإمام الخميني`, by his family name;
        # `مدرسة الشهيد عمر الثانوية`, after a martyr.
        return _name_span(tokens, k + 1, taken) or _ruler_end(tokens, k + 1, taken)
    if token.key in _NAME_CONSTRUCTS:
        return _construct_name_end(tokens, k + 1, taken)  # `مستشفى أم المصريين`, `مدرسة بني سليمان الإعدادية`
    if token.key in _DEFINITE_FIRST_NAMES and (ruler := _ruler_end(tokens, k, taken)) is not None:
        return ruler  # `المستشفى الجهوي الحسن الثاني`
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


def _ruler_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a ruler's or an imam's name of one definite word from `k`, with its ordinal:
    `الخميني`, `الحسن الثاني`. Not a kind of hospital (`الملك العام` is no name) or a title."""
    if _phrase_ended(tokens, k) or k in taken:
        return None
    token = tokens[k]
    if not token.key.startswith("ال") or _in(token.key, STOP) or _is_title(token) or _in(token.key, RANKS):
        return None
    if token.key in _HOSPITAL_KINDS:
        return None
    ordinal = not _phrase_ended(tokens, k + 1) and tokens[k + 1].key in _ORDINALS
    return k + 1 if ordinal else k


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
        if not _phrase_ended(tokens, k + 1) and k + 1 not in taken and demonym(tokens[k + 1].key, PLACES):
            k += 1  # `دائرة الأرصاد الجوية الأردنية`: the country's
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


def _before_known_body(tokens: list[Token], body: Discovered, taken: dict[int, str]) -> Discovered:
    """The body up to a known one listed after it with و: `الرابطة التونسية للدفاع عن حقوق الإنسان
    والاتحاد العام التونسي للشغل` is two bodies. Only where the known name opens with a head noun
    (`والاتحاد`, `ووزارة`): a known word inside a purpose (`للتجارة والصناعة`) stays in it."""
    for k in range(body.first + 1, body.last + 1):
        if taken.get(k) == ORG and taken.get(k - 1) != ORG and _opens_body(tokens[k]):
            return Discovered(body.kind, body.first, k - 1)
    return body


# A Gulf agency is named for the member states of a known council: `هيئة الربط الكهربائي لدول مجلس التعاون
# الخليجي`, `هيئة التقييس لدول مجلس التعاون`, `مكتب براءات الاختراع لدول مجلس التعاون`. Only after the
# heads of such agencies: `صدّرت شركة أرامكو لدول مجلس التعاون` is where a company sold.
_MEMBER_STATES = _keys("لدول")
_GULF_AGENCIES = _keys("هيئة مركز مكتب لجنة منظمة اتحاد")


def _of_member_states(tokens: list[Token], body: Discovered, taken: dict[int, str]) -> Discovered:
    """The agency and the known council after `لدول` that its name ends with."""
    k = body.last + 1
    if body.kind != ORG or _phrase_ended(tokens, k + 1) or tokens[k].key not in _MEMBER_STATES:
        return body
    if tokens[body.first].definite or head_stem(tokens[body.first].key) not in _GULF_AGENCIES:
        return body
    return Discovered(ORG, body.first, _known_name_end(tokens, k + 1, taken)) if taken.get(k + 1) == ORG else body


# An office, fund or programme of a known body, named by it and what it does: `مكتب الأمم المتحدة لحقوق
# الإنسان`, `صندوق الأمم المتحدة للسكان`, `مفوضية الاتحاد الأفريقي للسلم`. Without a purpose after the
# known name (`مكتب الأمم المتحدة في بغداد`) it is the body's office somewhere, and the body is named.
_AGENCIES_OF = _keys("مكتب صندوق برنامج مفوضية")
# A body's mission is named by where it serves, with or without what it does: `بعثة الاتحاد الأوروبي في
# القدس`, `بعثة الأمم المتحدة في جنوب السودان`, `بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال`. The
# gold keeps `في` + place after a mission 13 times of 13 over the 35 tuning sets.
_MISSIONS = _keys("بعثة")
_MISSION_FORMS = _written_forms(_MISSIONS)
_AGENCY_FORMS = _written_forms(_AGENCIES_OF) | _MISSION_FORMS


# What kind of mandate an agency of a known body has, between the body and its purpose: `بعثة الأمم المتحدة
# المستقلة لتقصي الحقائق`, `قوة الأمم المتحدة المؤقتة في لبنان`, `بعثة الأمم المتحدة المتكاملة في السودان`.
_MANDATES = _keys("المستقلة المتكاملة المؤقتة الدائمة الخاصة")


def _agency_of_known_body(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The agency whose noun stands right before the known body at `i`, and the purpose after it; for a
    mission, the known place after `في` it serves."""
    if i == 0 or (i - 1) in taken or tokens[i].after_break or tokens[i].after_comma:
        return None
    noun = tokens[i - 1]
    if noun.definite or _tanween(noun) or noun.key not in _AGENCY_FORMS:
        return None
    last = _known_name_end(tokens, i, taken)
    if not _phrase_ended(tokens, last + 1) and last + 1 not in taken and tokens[last + 1].key in _MANDATES:
        last += 1  # `بعثة الأمم المتحدة المستقلة لتقصي الحقائق في ليبيا`
    purpose = _purpose_end(tokens, last + 1)
    if noun.key in _MISSION_FORMS:
        # `بعثة صندوق النقد الدولي لإتمام المراجعة`: without its place a mission is a visit's delegation.
        purpose = _place_served(tokens, last if purpose is None else purpose, taken)
    return Discovered(ORG, i - 1, purpose) if purpose is not None else None


def _place_served(tokens: list[Token], last: int, taken: dict[int, str]) -> int | None:
    """The last word of the known place after `في` right after the word `last`."""
    k = last + 1
    if _phrase_ended(tokens, k) or _phrase_ended(tokens, k + 1) or tokens[k].key not in _IN or taken.get(k + 1) != LOC:
        return None
    return _known_name_end(tokens, k + 1, taken)


# A national team is named by its country (`منتخب السويد`, `ومنتخب الكاميرون`) or, with the article,
# by its nationality (`المنتخب الجزائري`, `للمنتخب الأردني`): the gold reads the team, a body, and
# not the country inside it. `المنتخب الوطني` names none: whose it is, the text has said before.
TEAMS = _keys("منتخب")
# Which of a country's teams it is comes between: `المنتخب الوطني الجزائري`, `المنتخب الأولمبي العراقي`.
_TEAM_KINDS = _keys("الوطني الأولمبي الأول الرديف")


def team_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """The national team whose noun is word `i`: `منتخب السويد`, `المنتخب الجزائري`."""
    k = i + 1
    if _phrase_ended(tokens, k) or not _has_stem_in(tokens[i].key, TEAMS):
        return None
    if tokens[i].definite:
        if tokens[k].key in _TEAM_KINDS and not _phrase_ended(tokens, k + 1):
            k += 1
        nationality = k not in taken and demonym(tokens[k].key, places)
        return Discovered(ORG, i, k) if nationality else None
    return None if taken.get(k) != LOC else Discovered(ORG, i, _known_name_end(tokens, k, taken))
