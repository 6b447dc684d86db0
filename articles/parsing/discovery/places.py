"""Named facilities and places: settlements, stations, ports, stadiums, roads and the other facilities
named by a head noun."""

from articles.parsing.arabic import clitic_stems, normalize, strip_diacritics
from articles.parsing.dates import MONTHS
from articles.parsing.discovery.common import (
    _COMPASS,
    _DEFINITE_FIRST_NAMES,
    _DIRECTIONS,
    _HONORIFICS,
    _MASCULINE_SETTLEMENTS,
    _MAX_LISTED,
    _MAX_NAME,
    _NAME_END_PARTICLES,
    _NOT_PLACE_NAMES,
    _NOUN_WITH_PRONOUN,
    _ORDINALS,
    _PARTICLES_WITH_PRONOUN,
    _PLACE_CONNECTORS,
    _ROADS,
    _SAINTS,
    _SETTLEMENT_LISTS,
    _TITLE_FORMS,
    CLOSING_QUOTES,
    CONNECTORS,
    FACILITIES,
    LOC,
    OPENING_QUOTES,
    ORG,
    ORG_HEADS,
    PERSON,
    ROLE_PREPOSITIONS,
    SENTENCE_ENDS,
    STOP,
    Discovered,
    _ends_clause,
    _facility_noun,
    _has_stem_in,
    _in,
    _is_name_word,
    _is_title,
    _keys,
    _known_name_end,
    _name_at,
    _name_span,
    _nisba,
    _org_head,
    _phrase_ended,
    _purpose_end,
    _quote_end,
    _role_noun,
    _tanween,
    _verbal_noun,
    demonym,
    head_stem,
)
from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES
from articles.parsing.words import Token

# Facilities whose noun is as often an ordinary one (`محطة تحلية المياه`, `ساحة المعركة`, `سجن
# الاحتلال`, `حاجز الخوف`): their name is a word of its own that nothing in construct follows (`محطة تهدارت
# الحرارية`, `كهف جاسنة`), a known name (`مصفاة الدقم`, `شارع الحبيب بورقيبة`), or for a street or a
# prison one definite word (`سجن المرناقية`).
_PLAIN_FACILITIES = _keys("محطة مصفاة كهف سجن شارع ساحة ميدان حاجز")  # `حاجز عطارة`, a checkpoint
# Local public works named like streets: `نفق فلسطين`, `حديقة الصفاء`, `معمل الزهراني`, `بئر دير شرف`.
# As often ordinary (`نفق مظلم`, `حديقة المنزل`, `معمل لإنتاج الكبتاغون`, `بئر مياه`).
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _keys("نفق حديقة معمل بئر قاعة")
# A mine, named by one word of its own (`منجم الشيدية`, `منجم أرليت`); as often a kind (`منجم ذهب`).
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _keys("منجم")
# A camp, as Sudan, Chad and Libya write it (`معسكر الشجراب`, `معسكر عوفر`, `معسكر ليمونييه`), named by a
# word of its own: `معسكر` before a definite word is as often a team's or a side's (`معسكر المنتخب`,
# `معسكر المعارضة`) or a kind (`معسكر تدريبي`, `بمعسكر إعدادي`).
_CAMPS = _keys("معسكر")
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _CAMPS
# Landmarks of old towns, named by a word of their own or a town: `باب قنسرين`, `قلعة حلب`. As often
# ordinary nouns (`باب الحوار`, `سوق العمل`, `قلعة الصمود`): never named by one definite word.
_LANDMARKS = _keys("قلعة باب سوق")
# Plains, beaches and forests are named so too (`سهل بيتوين`, `غابة أكفادو`), and as often ordinary
# (`شاطئ البحر`, `سهل الاستخدام`, `أمر سهل نسبيا`, `غابة زيتون`).
_LANDMARKS = _LANDMARKS | _keys("شاطئ سهل غابة")
_EASY = _keys("سهل")  # also "easy", before an adverb: `سهل نسبيا`, `سهل جدا`
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _LANDMARKS
# A roundabout, named like a street by one definite word or a word of its own: `دوار القبة` (Irbid),
# `دوار إيليا` (Sidon). `دوار` is also "dizziness" (`دوار البحر`, `دوار شديد`).
_ROUNDABOUTS = _keys("دوار")
_PLAIN_FACILITIES = _PLAIN_FACILITIES | _ROUNDABOUTS
# In Morocco a `دوار` is a village, written by its name alone as a village is (`دوار آيت الطالب` →
# `آيت الطالب`, `دوار أولاد حدو` → `أولاد حدو`): the Amazigh and Arab tribes' names that open it.
_TRIBES = _keys("آيت أيت أولاد")
# A gate or market of a country is its trade or its door, no landmark: `سوق السعودية`, `باب العراق`.
_TRADES_OF_COUNTRIES = _keys("باب سوق")
_STREETS = _keys("شارع ساحة ميدان")  # named after people too: `شارع الحبيب بورقيبة`
# Not `معمل الإسمنت`, what a plant makes, nor `نفق الأزمة`, a tunnel of speech.
_DEFINITE_NAMED = _keys("شارع سجن حديقة قاعة منجم دوار")
# Named after a family, whose name has a nisba's shape: `شارع الزرقطوني`, `معمل الزهراني`. After an
# indefinite noun a definite nisba is no adjective (that would be indefinite too) but a name in construct.
_SURNAMED = _keys("شارع معمل قاعة")  # not `ساحة الاستعجالي`, the emergency ward's yard
# A street may be named after a body (`شارع الاتحاد`, `شارع الجامعة`); a square so named is the body's
# own yard: `ساحة البلدية`.
_NAMED_STREETS = _keys("شارع")
# A power plant is named by a word of its own (`معمل الزهراني`, `معمل دير عمار`); before a known town
# it is that town's factory (`معمل سيدي بنور`), and the gold sets keep the town.
_UNKNOWN_NAMED = _keys("معمل")
# So is a Moroccan village on `دوار` (`دوار إيغيل`, blind5).
_UNKNOWN_NAMED = _UNKNOWN_NAMED | _ROUNDABOUTS
# A mosque is named by one definite word (`مسجد السلام`, `مسجد الرحمن`, `مسجد السنة`) or after a person
# (`مسجد عمر بن الخطاب`); before a known town (`مسجد مصر الكبير`) or a word of its own it is as often
# described (`مسجد إسلامي`, `مسجد قديم`), and before a settlement's noun it is that place's own:
# `مسجد القرية`, `مسجد العزبة`.
_MOSQUES = _keys("مسجد")
_ORDINARY_MOSQUES = _keys(
    """
    القرية البلدة المدينة الحي الحارة المخيم المنطقة العزبة النجع الجامعة الكلية المدرسة المستشفى السوق
    الشارع الساحة المطار الميناء السجن القصر المجمع المركز القلعة الضريح الصلاة الجمعة
    """
)
# A well is named by its place alone: `بئر دير شرف`, never by a word that may describe it (`بئر عميقة`).
_PLACE_NAMED = _keys("بئر مول متحف")  # nor `مُوّل بقرض` (financed), `متحف مغلق`
# A hall or a mine with a quoted name is named by that name alone: `قاعة "مرايا"`, `منجم "قلب الأغلاس"`.
_QUOTED_ALONE = _keys("قاعة منجم")
# Halls are named like streets (`قاعة الكوليزي`, `قاعة الشعب الكبرى`), but as often by what is done
# in them or whose they are: `قاعة المؤتمرات`, `قاعة المحكمة`. Dunes by the sand they are: `كثبان الرمال`.
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
    # A training camp of a kind, no name: `بمعسكر إعدادي في جدة`, `معسكر مغلق`.
    normalize("معسكر"): _keys("إعدادي تدريبي تحضيري صيفي شتوي مغلق خارجي داخلي مشترك تأهيلي اعتقال تدريب إعداد"),
    # A forest of the trees it grows is no name: `غابة زيتون`, `غابات الصنوبر`.
    normalize("غابة"): _keys("زيتون نخيل صنوبر أرز بلوط سنديان كافور أركان فلين أشجار شجر بامبو خيزران"),
    normalize("دوار"): _keys("البحر الرأس الحركة شديد حاد خفيف مفاجئ مستمر"),
    # `سد` is also "filling" or "closing": `سدّ الفراغ`, `لسد العجز`, `سد الطريق أمام`.
    normalize("سد"): _keys(
        "الفراغ الفجوة الفجوات العجز النقص الثغرة الثغرات الحاجة الاحتياجات الطلب الطريق الباب الذرائع الرمق"
    ),
    # A mine is named by a word of its own (`منجم الشيدية`, `منجم أرليت`), not by what is dug from it.
    normalize("منجم"): _keys(
        """
        ذهب الذهب فضة الفضة نحاس النحاس حديد الحديد فحم الفحم فوسفات الفوسفات يورانيوم اليورانيوم ملح الملح
        رصاص الرصاص زنك الزنك ماس الماس ألماس الألماس ليثيوم الليثيوم منغنيز المنغنيز كوبالت الكوبالت
        بوتاس البوتاس جبس الجبس رخام الرخام
        """
    ),
}
# What a noun of quantity counts is no facility's name: `لسد جزء من العجز`, `بسجن عدد من المسؤولين`.
_QUANTITIES = _keys("عدد جزء بعض كل معظم أغلب نصف مزيد كثير")
# A verb right after a facility noun says what it is, it names none: `في سوق يعد من أكثر الأسواق`,
# `محطة تعتبر الأكبر`, `مطار يقع جنوب`.
_VERBS_AFTER_NOUN = _keys("يعد تعد يعتبر تعتبر يضم تضم يقع تقع يبعد تبعد يشهد تشهد يمثل تمثل يخدم تخدم")
# A station named by what stops there and then its name: `محطة مترو البرشاء`, `محطة حافلات الغبيبة`.
_STATIONS = _keys("محطة")
_STATION_KINDS = _keys("مترو حافلات قطار قطارات الحافلات")
# A waterworks is named so too: `محطة مياه الصف` (blind19), `محطة مياه المنارة` (blind24).
_STATION_KINDS = _STATION_KINDS | _keys("مياه")
# What a station of a kind serves, no name: `محطة مترو الأنفاق`, `محطة حافلات الركاب`, `محطة مياه الشرب`.
_NOT_STATION_NAMES = _keys("الأنفاق الركاب النقل العام الشرب الصرف البحر الأمطار المجاري الري")
# `حقل الإعلام` is a field of work: an oil or gas field is named by a word without the article.
_FIELDS = _keys("حقل") | (_PLAIN_FACILITIES - _DEFINITE_NAMED)


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


# Opening or knocking on a door is an idiom: `فتح باب رزق`, `يطرق باب`.
_DOOR_VERBS = _keys("فتح يفتح تفتح فتحت افتتح أغلق يغلق تغلق أغلقت طرق يطرق تطرق أوصد يوصد")


# `وأدى اليمين` ("and took the oath"), `وأدى تبادل إطلاق النار` ("and a gunfight led to") fold to `وادي`,
# the wadi's noun, which is never written with a hamza.
_WADI = normalize("وادي")


def _verb_of_wadi_shape(token: Token) -> bool:
    return token.key == _WADI and strip_diacritics(token.raw).startswith("وأ")


def _no_landmark_name(tokens: list[Token], i: int, k: int, taken: dict[int, str], places: frozenset[str]) -> bool:
    """The word after a landmark noun at `i` does not name it: one definite word (`سوق العمل`), a
    country after a gate or market (`سوق السعودية`), an adjective's shape (`سوق سوداء`, `قلعة حصينة`,
    `سوق عربي`), an adverb (`سهل نسبيا`), or the door of an idiom (`فتح باب رزق`)."""
    token = tokens[k]
    if token.definite or (head_stem(tokens[i].key) in _TRADES_OF_COUNTRIES and _in(token.key, places)):
        return True
    if i > 0 and tokens[i - 1].key in _DOOR_VERBS:
        return True
    raw = strip_diacritics(token.raw)
    if k not in taken and head_stem(tokens[i].key) in _EASY and raw.endswith("ا"):
        return True
    return k not in taken and raw.endswith(("ة", "اء", "ي"))


def _ordinary_after(token: Token, ordinary: frozenset[str]) -> bool:
    """The word after a facility noun is one of the ordinary words that follow it, with or without
    its article: `قاعة الامتحانات` and `قاعة امتحان`, `قاعة اجتماعات`, "an exam hall"."""
    return token.key in ordinary or (not token.definite and "ال" + token.key in ordinary)


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
    if following.key in _STATION_KINDS_OF:
        return True  # `محطة بنبان للطاقة الشمسية`: the station's kind closes its name
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
    normalize("حديقة"): _keys("الوطنية"),  # a national park: `حديقة رانومافانا الوطنية` (blind41)
    normalize("قاعة"): _keys("الكبرى"),  # `قاعة الشعب الكبرى`
    normalize("قصر"): _keys("الثقافي"),  # `قصر رام الله الثقافي`
    # `محطة حلب الحرارية`, `محطة الرميلة الغازية`: a power station is named with what it burns (4 of the 5
    # such stations in the 41 tuning sets' gold; blind4 writes `محطة تهدارت` without it).
    normalize("محطة"): _keys("الحرارية الغازية البخارية الكهربائية النووية الشمسية الكهرومائية"),
}


# A road named after a ruler is a road's name without its kind (`طريق الملك فهد بن عبد العزيز`), but
# `عن طريق` is "by way of", and the honoured man is the one it goes through: `عن طريق الأمير`.
_VIA = _keys("عن")


def _honoured_road(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens) or tokens[i + 1].key not in _HONORIFICS:
        return False
    return i == 0 or tokens[i].after_break or tokens[i - 1].key not in _VIA


# Oil fields are numbered in their name: `حقل غرب القرنة 1`. A number before a counted noun is a
# count, no part of it: `حقل الرميلة 3 ملايين برميل`.
_NUMBERED_FACILITIES = _keys("حقل")
_MAX_FIELD_NUMBER = 2  # digits
_AFTER_NAME = STOP | ROLE_PREPOSITIONS  # `حقل الرميلة 1 في الجنوب`, `حقل مجنون 2 الذي`


# A fishing or container port is a port of its own, named with its kind: `ميناء الدقم للصيد البحري`,
# `ميناء صفاقس للصيد البحري`, `ميناء حمد للحاويات`. Other purposes after a port are the sentence's:
# `يراهن على ميناء بربرة لانتزاع اعتراف`.
_PORTS = _keys("ميناء مرفأ")
_PORT_KINDS = _keys("للصيد للحاويات")
# A container terminal is named so too: `محطة عدن للحاويات` (blind36), `محطة دوراليه للحاويات` (Djibouti).
_TERMINALS = _keys("محطة")
_KINDED_PORTS = _PORTS | _TERMINALS
# A power station is named with the energy it makes, as news names nuclear and solar plants: `محطة زابوريجيا
# للطاقة النووية` (blind43), `محطة أكويو للطاقة النووية` (blind40), `محطة بنبان للطاقة الشمسية`; both such
# stations in the 44 tuning sets' texts are so named in their gold.
_STATION_KINDS_OF = _PORT_KINDS | _keys("للطاقة")
# A road's side after its kind is its name's: `طريق الصعيد الصحراوي الغربي` (Egypt's Western Desert road).
_SIDES = _keys("الغربي الشرقي الشمالي الجنوبي")


def _port_of_a_kind(tokens: list[Token], i: int, taken: dict[int, str], last: int | None = None) -> Discovered | None:
    """The port at `i` (a known one, or one whose name ends at `last`) with the kind after its name."""
    if last is None:
        last = _known_name_end(tokens, i, taken)
    k = last + 1
    kinds = _STATION_KINDS_OF if head_stem(tokens[i].key) in _TERMINALS else _PORT_KINDS
    if _phrase_ended(tokens, k) or k in taken or tokens[k].key not in kinds:
        return None
    return Discovered(LOC, i, _purpose_end(tokens, k) or k)


def _facility_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A named place on a facility noun, with its `الدولي` if an airport or port (`مطار العريش الدولي`)
    or its number if a field (`حقل غرب القرنة 1`)."""
    place = _facility_name_at(tokens, i, taken, places)
    if place is None:
        return None
    if _hyphened(tokens, place.last + 1, taken):
        place = Discovered(LOC, place.first, place.last + 1)  # `منجم لولو-غونكوتو`: one name of two words
    head = head_stem(tokens[i].key)
    k = place.last + 1
    honoured = head in _ROADS and _honoured_road(tokens, i)
    if k in taken or _phrase_ended(tokens, k):
        return None if head in _ROADS and not honoured else place
    if head in _KINDED_PORTS and (port := _port_of_a_kind(tokens, place.first, taken, place.last)):
        return port
    if head in _FACILITY_KINDS and tokens[k].key in _FACILITY_KINDS[head]:
        side = head in _ROADS and not _phrase_ended(tokens, k + 1) and k + 1 not in taken
        return Discovered(LOC, place.first, k + 1 if side and tokens[k + 1].key in _SIDES else k)
    if head in _FACILITY_KINDS and _second_word_before_kind(tokens, k, taken, _FACILITY_KINDS[head]):
        return Discovered(LOC, place.first, k + 1)  # `مطار سالغادو فيلهو الدولي`: the kind closes a name of two words
    if head in _ROADS:
        return place if honoured else None
    numbered = head in _NUMBERED_FACILITIES and tokens[k].key.isdigit() and len(tokens[k].key) <= _MAX_FIELD_NUMBER
    if numbered and (_phrase_ended(tokens, k + 1) or _in(tokens[k + 1].key, _AFTER_NAME)):
        return Discovered(LOC, place.first, k)
    return place


def _second_word_before_kind(tokens: list[Token], k: int, taken: dict[int, str], kinds: frozenset[str]) -> bool:
    """A second word of a foreign name at `k`, after its first, and the facility's kind after it."""
    if tokens[k - 1].definite or k - 1 in taken or k in taken or tokens[k].definite or _phrase_ended(tokens, k + 1):
        return False
    return tokens[k + 1].key in kinds and _is_name_word(tokens, k, taken) and not _tanween(tokens[k])


def _hyphened(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The word at `k` is joined to the one before it by a hyphen alone, as the halves of one name are."""
    return k < len(tokens) and k not in taken and tokens[k].gap == "-" and _is_name_word(tokens, k, taken)


# A basin, valley or lake is described by the river or dam in it, which is the name: `حوض نهر تانا`, `وادي
# نهر طومسون`, `بحيرة سد دوكان` (3 of 3 in the 44 tuning sets, whose gold names the river or the dam). A dam
# is named after its wadi the other way round: `سد وادي ضيقة`.
_CONTAINERS = _keys("حوض وادي بحيرة")
_CONTAINED = _keys("نهر سد")


def _facility_name_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A named place on a facility noun: `مخيم زمزم`, `معبر رفح`, `قصر الشعب`, `جزيرة أبو موسى`."""
    if i > 0 and _org_head(tokens[i - 1]) and not (tokens[i].after_break or tokens[i].after_comma):
        return None  # `هيئة وادي النيل للملاحة`, `شركة ميناء الدقم`: a body's name, no place
    if _verb_of_wadi_shape(tokens[i]):
        return None
    k = i + 1
    quoted = _quote_end(tokens, k)
    if quoted is not None and head_stem(tokens[i].key) in _QUOTED_ALONE:
        return None  # `قاعة "مرايا" للحفلات`, `منجم "قلب الأغلاس"`: named by the quoted name alone
    if quoted is not None and not any(taken.get(q) in (PERSON, ORG) for q in range(k, quoted + 1)):
        return Discovered(LOC, i, quoted)  # `قاعدة "تركسوم"`, `حقل "السلحفاة آحميم الكبير"`
    if _phrase_ended(tokens, k):
        return None
    token = tokens[k]
    head = head_stem(tokens[i].key)
    if head in _CONTAINERS and taken.get(k, LOC) == LOC and not token.definite and head_stem(token.key) in _CONTAINED:
        return None  # `وادي نهر طومسون`: the river's valley; the river's own rule reads its name
    if head in _HAMLETS and token.key in _SHEIKHS and k not in taken:
        last = _sheikh_name_end(tokens, k, taken)
        return Discovered(LOC, i, last) if last is not None else None  # `عزبة الشيخ علي`, `نجع الشيخ عيسى`
    if (last := _named_after_person(tokens, k, taken, head)) is not None:
        return Discovered(LOC, i, last)  # `شارع الحبيب بورقيبة`, `نفق الملك عبدالله`, `شارع عمر المختار`
    if head in _STATIONS and (last := _station_name_end(tokens, k, taken, places)) is not None:
        return Discovered(LOC, i, last)  # `محطة مترو البرشاء`, `محطة مول الإمارات`
    if taken.get(k) in (PERSON, ORG) or _in(token.key, _NOT_PLACE_NAMES) or token.key.startswith("لل"):
        return None
    if token.key in _QUANTITIES or (k not in taken and token.key in _VERBS_AFTER_NOUN):
        return None
    if head in _UNKNOWN_NAMED and taken.get(k) == LOC:
        return None
    if head in _ROUNDABOUTS and k not in taken and token.key in _TRIBES:
        second = not _phrase_ended(tokens, k + 1) and _is_name_word(tokens, k + 1, taken)
        named = second or _name_span(tokens, k, taken) == k + 1  # `آيت` reads on as a connector
        return Discovered(LOC, k, k + 1) if named else None  # `دوار آيت الطالب`: the village's name alone
    if head in _ROUNDABOUTS and k not in taken and token.key.startswith("و"):
        return None  # `أصيب بدوار وغثيان`: "dizziness and nausea"
    if head in _MOSQUES and (k in taken or not token.definite or token.key in _ORDINARY_MOSQUES):
        return None
    connector = token.key in _PLACE_CONNECTORS and not _in(token.key, CONNECTORS) and token.key not in _SAINTS
    if k not in taken and connector:  # not `أبو موسى` nor `سيدي محمد بن عبد الله`: read on as names
        last = _connected_name_end(tokens, k + 1, taken, places)
        return Discovered(LOC, i, last) if last is not None else None  # `شارع عين سارة`, `بئر دير شرف`
    if head in _PLACE_NAMED and k not in taken:
        return None
    if head in _ORDINARY_AFTER and _ordinary_after(token, _ORDINARY_AFTER[head]):
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
    streets = head in _STREETS or head in _ROADS  # a road keeps a person's name only with its kind after it
    if streets and not token.definite and token.key in GIVEN_NAMES and not _phrase_ended(tokens, k + 1):
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
        if m in taken or (m > k and (token.after_break or token.after_comma or token.key in _DIRECTIONS)):
            break  # `نفق الملك عبدالله قرب المدينة`: where it is, no more of the name
        after_connector = m > k and _in(tokens[m - 1].key, CONNECTORS)
        if m > k and token.key in _ORDINALS:
            return m
        if m > k and tokens[m - 1].definite and not (token.definite or after_connector):
            break  # `شارع الشيخ جابر الأحمد الصباح بلغت`: the family's name ends it
        named_so = after_connector or _gulf_name(tokens, m, k)  # `الشيخ محمد بن زايد`, `الشيخ جابر الأحمد`
        if not _is_name_word(tokens, m, taken) or (token.definite and not named_so):
            break
        if m > k and not after_connector and _future_verb(token):
            break  # `طريق الملك عبدالعزيز سيدخل الخدمة`: the sentence's verb, no second name
        last = m
    return None if last is None or _in(tokens[last].key, CONNECTORS) else last


def _gulf_name(tokens: list[Token], m: int, k: int) -> bool:
    """The definite word at `m`, after the name that starts at `k`, is a father's or a family's name, as
    the Gulf writes them with the article: `الشيخ جابر الأحمد الصباح`, `الشيخ سعد العبدالله`. An adjective
    is no given name (`الشيخ زايد الجديد`); a given name that is an everyday word too (`الصباح`, "the
    morning") only after a father's."""
    if m == k:
        return False
    name = tokens[m].key[2:]
    return name in GIVEN_NAMES and (name not in EVERYDAY_NAMES or tokens[m - 1].definite)


# A verb in the future: `سيدخل`, `ستفتتح`, `سنبني`, `سأزور`. A given name may start so (`سيف`, `ستيفن`).
_FUTURE_PREFIXES = ("سي", "ست", "سن", "سا")
_MIN_FUTURE_VERB = 5  # letters: س, the person's letter and a root of three


def _future_verb(token: Token) -> bool:
    key = token.key
    return len(key) >= _MIN_FUTURE_VERB and key.startswith(_FUTURE_PREFIXES) and key not in GIVEN_NAMES


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
    if token.key.startswith("و") and token.key not in FACILITIES and _facility_noun(token):
        return True  # the list's next facility: `سد وادي ضيقة وسد وادي الخوض`
    return token.definite and _place_adjective(token, places)


def _family_nisba(token: Token, places: frozenset[str]) -> bool:
    """`الزرقطوني` in `شارع الزرقطوني`: a definite nisba that is no place's adjective nor a title."""
    return token.definite and _nisba(token) and not demonym(token.key, places) and not _is_title(token)


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
    elif k in taken or _in(token.key, _NOT_STADIUM_NAMES) or _in(token.key, _NOT_PLACE_NAMES) or _tanween(token):
        return None  # `ملعب مغلق`, `ملعب شعبي`: what kind of pitch, not which
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


def _agreeing_adjective(head: Token, token: Token) -> bool:
    """An indefinite word of an adjective's shape, in the facility noun's gender: `بحيرة مالحة`
    (فاعلة), `محطة رسمية` (nisba), `سد قاطع` (فاعل), `ميناء جاف`. A name may take such a shape in the
    other gender only: `مخيم عايدة`."""
    if token.definite or token.key in _DRY:
        return not token.definite
    key = token.key
    if strip_diacritics(head.raw).endswith("ة"):
        return strip_diacritics(token.raw).endswith("ة") and (
            (key.endswith("يه") and len(key) >= 5) or (len(key) == 5 and key[1] == "ا") or _participle(key)
        )
    return len(key) == 4 and key[1] == "ا" and not key.endswith(("ا", "ي", "ه"))


def _participle(key: str) -> bool:
    """A feminine participle of the shapes مُفعَلة and مفعولة, all of whose root letters are firm:
    `قاعة ملحقة بمسجد`, `قاعة مغلقة`, `محطة مهجورة`. A name of those shapes has a weak letter inside
    (`جزيرة مصيرة`, `منوبة`)."""
    if not key.startswith("م") or not key.endswith("ه"):
        return False
    if len(key) == 5:
        return not any(char in _WEAK_LETTERS for char in key[1:4])
    return len(key) == 6 and key[3] == "و" and not any(char in _WEAK_LETTERS for char in key[1:3] + key[4])


_WEAK_LETTERS = frozenset("اويىء")
_DRY = _keys("جاف جافة")  # doubled roots, no فاعل shape: `ميناء جاف`
# After these a definite word may be the name (`بلدة الخالدية`); after `منطقة الحدود`, `ولاية
# الرئيس`, `قضاء الحاجات`, `محافظة البصرة` (known), a definite word is an ordinary noun in construct.
_TOWN_NOUNS = _keys("مدينة بلدة قرية حي مدينتي بلدتي قريتي حيي بلدات قرى دواوير")
# The quarters of old towns, named like towns by a definite word: `حارة الدمج` (Jenin), `حارة العقر`
# (Nizwa), `حارة المظلوم` (Mosul). `حارة` is also "hot", after the noun it describes: `موجة حارة`,
# `أجواء حارة`; and `بحارة` are sailors (`نقابة بحارة الصيد`), so never read behind ب.
QUARTERS = _keys("حارة")
_TOWN_NOUNS = _TOWN_NOUNS | QUARTERS
# Provinces listed after their dual or plural: `ولايات بسكرة والوادي وأولاد جلال وتوقرت`, `ولايتي بارا
# وماتو غروسو`. `الولايات` (the United States) has its article, and lists nothing.
PROVINCE_LISTS = _keys("ولايتي ولايات")
# Districts and communes listed after their dual or plural: `قضاءي الزبير وأبي الخصيب`, `معتمديتي غنوش وقابس
# الجنوبية`, `بلديات أقبو وتيشي وسيدي عيش`, `أقاليم طاطا والرشيدية`, `مراكز ناصر وإهناسيا والواسطى` (Egypt).
# `بلديات` and `مراكز` are also a country's councils and any centres (`مراكز تدريب وتأهيل`, `بلديات
# المعارضة`), so these list names only with a known place among them, as in each of the tuning sets'
# 13 lists after them.
_UNIT_LISTS = _keys(
    "قضاءي قضائي أقضية معتمديتي معتمديات بلديتي بلديات إقليمي أقاليم مقاطعتي مقاطعات مديريتي مديريات مراكز"
)
# Egypt's districts in the dual (`مركزي طما وجهينة`, `مركزي الصف وأطفيح`) and Sudan's localities (`محليتي
# مدني الكبرى والحصاحيصا`, `محليتي أم درمان وجبل أولياء`): the four such lists in the tuning sets name
# places. `مركزي` is also "central" and `محليات` "local", adjectives: the known place among the items,
# as for the other units, tells the list.
_UNIT_LISTS = _UNIT_LISTS | _keys("مركزي محليتي محليات")
PROVINCE_LISTS = PROVINCE_LISTS | _UNIT_LISTS
_HOT_NOUNS = _keys("أجواء مياه رياح دموع ينابيع عيون أيام ليال طقس")
# What follows a settlement noun without naming it: ordinals, the nouns of its time or use, verbs.
_NOT_SETTLEMENT_NAMES = _NOT_PLACE_NAMES | _keys(
    """
    ثانية ثالثة رابعة خامسة أولى ثاني ثالث رابع أخيرة كبرى صغرى عدة عديدة كاملة كامل بأكملها بأسرها
    الملاهي الأعمال الألعاب الأشباح المعارض الصيادين الحدود العمليات النزاع الحظر
    وقت عطلة إجازة فترة ليلة أيام حاجة حاجات دين ديون تقع تبعد تضم تعد تشهد تحتضن تخضع تتبع تسيطر
    يسكنها يقطنها تسكنها تقطنها يبلغ تعرف شهدت تعرضت وقعت سيطرت تحولت باتت أصبحت كانت ظلت
    """
)


def _settlements_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> list[Discovered]:
    """The places named right after a settlement noun at `i`, one or, after a dual or plural, a list."""
    noun = tokens[i]
    if noun.definite or _tanween(noun):
        return []  # `المدينة القديمة`, `منطقةً`: the noun describes, it names nothing
    if _alive(tokens, i) or _hot(tokens, i) or _in_terms_of(tokens, i):
        return []
    listed = _has_stem_in(noun.key, _SETTLEMENT_LISTS | PROVINCE_LISTS)
    town = _has_stem_in(noun.key, _TOWN_NOUNS) or _district_named(tokens, i)
    # `مناطق الزعفرانية والدورة والبلديات`: with a known place among them, the definite words a plural
    # lists are names as after a town's noun, where alone they may be nouns (`مناطق النزاع والحروب`).
    with_known = listed and not town and _lists_a_known_place(tokens, i, taken)
    unit = _has_stem_in(noun.key, _UNIT_LISTS)
    if unit and not with_known:
        return []
    district = _has_stem_in(noun.key, _DISTRICTS)
    area = not listed and _has_stem_in(noun.key, _AREAS)
    quoted = _quote_end(tokens, i + 1) if town and not listed else None
    if quoted is not None and all(taken.get(k, LOC) == LOC for k in range(i + 1, quoted + 1)):
        return [Discovered(LOC, i + 1, quoted)]  # `حي "كرفور"`, `وحي "فيليكس بيات"`: a quoted name is the town's
    feminine = not _has_stem_in(noun.key, _MASCULINE_SETTLEMENTS)
    quarter = _has_stem_in(noun.key, QUARTERS)
    found: list[Discovered | None] = []  # None: a known place in the list
    closed = False  # a name joined by و was the list's last: `منطقتي أبوسليم وصلاح الدين، أسفرت عن`
    k = i + 1
    while k < len(tokens) and len(found) < (_MAX_LISTED if listed else 1):
        token = tokens[k]
        conjunction = _next_in_list(token, bool(found))
        if conjunction is None or (closed and not conjunction):
            break
        if found and conjunction and token.after_comma and k + 1 < len(tokens) and not tokens[k + 1].after_break:
            break  # `بلدتي المزرعة وولغا، وأسفرت عن`: a new clause, unless the list ends there
        closed = closed or conjunction
        if k in taken:  # a known place in the list: `بلدتي المزرعة والسويداء`
            if taken[k] != LOC:
                break
            k = _known_name_end(tokens, k, taken) + 1
            found.append(None)
            continue
        if with_known and (_in(token.key, _NOT_LISTED_WITH_KNOWN) or _facility_noun(token)):
            break  # `محافظات بغداد والجنوب`, a side of the country; `وشارع القدس`, the facility's own rule reads it
        town_named = town or with_known or (area and _located(tokens, k + 1, taken))  # `بمنطقة السد في الدوحة`
        last = _settlement_name_end(tokens, k, taken, places, town_named, feminine, conjunction, listed)
        if last is None:
            break
        last = _with_name_adjective(tokens, last, taken, district)
        if found and not conjunction and not _list_goes_on(tokens, last + 1):
            break  # `أحياء الحسكة، بدعم من`: a list's last name is joined by و, no comma
        noun = "مدينة" if not listed and _city_of_a_ruler(tokens, i, k, last) else ""  # written without its clitic
        if quarter:
            noun = "حارة"  # a quarter keeps its noun, as the gold sets name it: `حارة العقر`
        if not listed and last == k and tokens[k].key in _ABSTRACT_NAMES:
            noun = _district_noun(tokens[i]) or noun  # `ناحية السلام`, no place called "peace"
        found.append(Discovered(LOC, k, last, conjunction, noun))
        k = last + 1
    places_found = [place for place in found if place is not None]
    if unit and None not in found:
        return []  # `مراكز الإيواء والإغاثة في بغداد والبصرة`: the known places are no items of its list
    return places_found if not listed or len(found) >= 2 else []


# Iraq's districts and sub-districts are named by a definite word as towns are: `قضاء المدحتية`, `ناحية
# الطليعة`, `بقضاء الكحلاء`; in the tuning sets 17 of the 19 definite words after an indefinite `قضاء` or
# `ناحية` are places (and `ناحية السلام`, written so in its gold). But `قضاء` is also "spending" and
# "fulfilling" (`لقضاء العطلة`, `قضاء الحاجات`) and the judiciary of a kind (`قضاء الأحداث`, the court
# of a town in Algeria: `مجلس قضاء البليدة`), and `من ناحية` is "in terms of" (`من ناحية الشكل`).
_DISTRICTS_NAMED = _keys("قضاء ناحية")
_IN_TERMS_OF = _keys("من ومن")
_COURTS = _keys("مجلس")
_NOT_DISTRICT_NAMES = _keys(
    """
    العطلة العطل الإجازة الإجازات الوقت الأوقات الحاجة الحاجات الحوائج الدين الديون الصلاة الصلوات
    الفوائت الصيام الصوم الأيام الليلة الليالي الليل الصيف الشتاء الربيع الخريف العيد الأعياد الفترة
    المدة العقوبة العقوبات المحكومية الأمر الأمور المصالح الشهر السنة العام الأسبوع النهار الساعات
    الفراغ المناسك الفريضة الواجب الواجبات الغرض الأغراض الحج العمرة الأحداث الأسرة التحقيق الدولة
    الحكم الأعمال الاستئناف الطفولة الشباب الشكل المبدأ المضمون الجوهر النظرية العملية الكم الكيف
    """
)


# A district named by an abstract noun keeps its noun, as the gazetteer keeps `حي السلام`, `حي النصر`,
# `حي الأمل` (a bare `السلام` would be "peace" wherever it stands): `ناحية السلام`, `قضاء النصر`.
_ABSTRACT_NAMES = _keys("السلام النصر الأمل الحرية الوحدة العدل الشعب الفتح التحرير الوفاء الانتصار التضامن")


_DISTRICT_HEADS = {normalize(noun): noun for noun in ("قضاء", "ناحية")}


def _district_noun(noun: Token) -> str | None:
    """`قضاء` or `ناحية`, the word `noun` behind its clitics, else None."""
    return next((_DISTRICT_HEADS[stem] for stem in clitic_stems(noun.key) if stem in _DISTRICT_HEADS), None)


def _district_named(tokens: list[Token], i: int) -> bool:
    """The indefinite `قضاء` or `ناحية` at `i` is a district's noun, its name a definite word after it."""
    if not _has_stem_in(tokens[i].key, _DISTRICTS_NAMED) or i + 1 >= len(tokens):
        return False
    if _phrase_ended(tokens, i + 1) or tokens[i + 1].key in _NOT_DISTRICT_NAMES:
        return False
    if tokens[i + 1].key in _WHOLES or tokens[i + 1].key in _COMPASS_NOUNS:
        return False  # `قضاء الشمال`
    if i == 0 or tokens[i].after_break or tokens[i].after_comma:
        return True
    return tokens[i - 1].key not in _COURTS


# `ناحية`, Iraq's and Syria's sub-district: `ناحية عقيربات`, `ناحية الطليعة`.
SUB_DISTRICTS = _keys("ناحية")


def _in_terms_of(tokens: list[Token], i: int) -> bool:
    """`من ناحية`, "in terms of", "on the side of": no district at `i`."""
    if i == 0 or tokens[i].after_break or tokens[i].after_comma or not _has_stem_in(tokens[i].key, SUB_DISTRICTS):
        return False
    return tokens[i - 1].key in _IN_TERMS_OF


# `حي` is also "live, alive", after what can be: `بث حي مباشر`, `متبرع حي باستخدام الروبوت`, `كائن حي
# دقيق`. The quarter's noun follows other nouns in construct (`سكان حي الشجاعية`), so only these.
_QUARTER = normalize("حي")
_LIVE = _keys("بث نقل عرض حفل تسجيل متبرع كائن كائنات مثال نموذج دليل")


def _alive(tokens: list[Token], i: int) -> bool:
    """The word `حي` at `i` is the adjective "live" of the noun before it."""
    if tokens[i].key != _QUARTER or i == 0 or tokens[i].after_break or tokens[i].after_comma:
        return False
    before = tokens[i - 1]
    return not before.definite and _has_stem_in(before.key, _LIVE)


def _hot(tokens: list[Token], i: int) -> bool:
    """The word `حارة` at `i` is the adjective "hot" (`موجة حارة`), or `بحارة`, "sailors"."""
    token = tokens[i]
    stem = next((stem for stem in clitic_stems(token.key) if stem in QUARTERS), None)
    if stem is None:
        return False
    if "ب" in token.key[: -len(stem)]:
        return True
    if i == 0 or token.after_break or token.after_comma:
        return False
    before = tokens[i - 1]
    described = before.raw.endswith(("ة", "ات")) or before.key in _HOT_NOUNS
    return not before.definite and described and not _in(before.key, STOP)


def _lists_a_known_place(tokens: list[Token], i: int, taken: dict[int, str]) -> bool:
    """The list after the plural at `i` has a known place as an item, first or behind و or a comma."""
    for k in range(i + 1, min(len(tokens), i + 1 + 2 * _MAX_LISTED)):
        token = tokens[k]
        if token.after_break or any(char in SENTENCE_ENDS for char in token.gap):
            return False
        item = k == i + 1 or token.key.startswith("و") or token.after_comma
        if item and taken.get(k) == LOC:
            return True
    return False


# A word of one in a list of known places, with no noun before the list: `في رانية وكلار وحلبجة`,
# `الحويجة والزاب والرياض`, `في صفاقس وقفصة وسوسة والكاف،`. In the 35 tuning sets, of the unknown words
# so listed beside two known places, 10 are places; the 7 that are not (`غزة والسودان والملاحة في`,
# `الفاو والسيبة ونزحت نحو`) are the list's last word and a clause goes on after them. So the word
# is a place when a known place follows it in the list, or when it ends the list and the phrase.
_LIST_OPENERS = _keys("في من إلى الى بين")
_MIN_KNOWN_IN_LIST = 2


def _place_in_known_list(
    tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]
) -> Discovered | None:
    """The unknown word at `i` is an item of a list of known places (two or more), of one word."""
    token = tokens[i]
    if taken.get(i - 1) == LOC:
        if token.after_break or not _joined(token):
            return None
        # The list's last word is joined by و and ends the phrase: `وسوسة والكاف،`, not `سوسة، ستضمن "`.
        conjunction = not token.after_comma
        ends = conjunction and _phrase_ended(tokens, i + 1) and not _future_verb(token)
        if not (ends or _known_item_at(tokens, i + 1, taken)):
            return None
    else:
        # A first item opens the list right after its preposition: `في رانية وكلار`.
        if i == 0 or tokens[i - 1].key not in _LIST_OPENERS or token.after_break or _joined(token):
            return None
        if not _known_item_at(tokens, i + 1, taken) or token.key.endswith("ات"):
            return None  # `في جماعات واويزغت وتنانت`: the plural names what the list holds
        conjunction = False
    key = token.key[1:] if conjunction else token.key
    if len(key) < 2 or key.isdigit() or _tanween(token) or token.raw.endswith(("ها", "هم", "هما")):
        return None  # `ودول`, `وعاصمتها`: a noun, or a noun and its pronoun
    if _in(key, STOP) or key in _NOT_IN_LISTS or key in _NOT_PLACE_NAMES or key in _NOT_SETTLEMENT_NAMES:
        return None
    if _nisba(token) or demonym(key, places) or _is_title(token) or _role_noun(token) or _facility_noun(token):
        return None
    if _known_items(tokens, i, taken) < _MIN_KNOWN_IN_LIST:
        return None
    return Discovered(LOC, i, i, conjunction)


# Place words whose own first letter is و, no conjunction: `ولاية شمال دارفور`, `وادي حضرموت`.
_OWN_WAW = _keys("ولاية ولايتي ولايات وادي واحة وسط")


def _joined(token: Token) -> bool:
    """The word goes on a list, behind و or a comma."""
    return token.after_comma or (token.key.startswith("و") and token.key not in _OWN_WAW)


def _known_item_at(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A known place opens at `k` as the list's next item, behind و or a comma."""
    if k >= len(tokens) or taken.get(k) != LOC or tokens[k].after_break:
        return False
    return _joined(tokens[k])


def _known_items(tokens: list[Token], i: int, taken: dict[int, str]) -> int:
    """How many known places the list around word `i` has, before and after it."""
    count = 0
    k = i + 1
    while _known_item_at(tokens, k, taken):
        count += 1
        k += 1
        while taken.get(k) == LOC and not (tokens[k].after_break or _joined(tokens[k])):
            k += 1  # the rest of the name: `وطوز خورماتو`
    if not _joined(tokens[i]):
        return count
    k = i - 1
    while k >= 0 and taken.get(k) == LOC:
        while k > 0 and taken.get(k - 1) == LOC and not _joined(tokens[k]):
            k -= 1  # back to the name's first word: `سيدي بوزيد`
        count += 1
        if tokens[k].after_break or not _joined(tokens[k]):
            break  # the list's first item
        k -= 1
    return count


def _list_goes_on(tokens: list[Token], k: int) -> bool:
    """Another name of the list follows at `k`, after a comma or a و: `قرى كوجو، سيبا وتل قصب`."""
    if k >= len(tokens) or tokens[k].after_break:
        return False
    return tokens[k].after_comma or tokens[k].key.startswith("و")


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
    # `منطقتي الجزائر والعشار وسط المدينة`: a word whose own first letter is و is no next name.
    conjunction = listing and token.key.startswith("و") and token.key not in _OWN_WAW
    if listing and not conjunction and not token.after_comma:
        return None
    return conjunction


def _settlement_name_end(
    tokens: list[Token],
    k: int,
    taken: dict[int, str],
    places: frozenset[str],
    town: bool,
    feminine: bool,
    joined: bool,
    listing: bool = False,
) -> int | None:
    """The last word of a settlement's name at `k` (after its noun, or after the و that lists it);
    after a dual or plural noun (`listing`) a word with و is the next name, no second word of this one."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    go_on = following is not None and not (following.after_break or following.after_comma)
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.startswith("لل") or token.raw.endswith(("هم", "كم")):
        return None
    if k not in taken and key.endswith(_NOUN_WITH_PRONOUN):
        return None  # `منطقة عملياتها`: "its area of operations", a noun and a pronoun, no name
    if key in _SHEIKHS and not joined:
        return _sheikh_name_end(tokens, k, taken)  # `قرية الشيخ فضل`, `حي الشيخ عثمان`
    if key in _NOT_SETTLEMENT_NAMES or _in(key, STOP) or key in _TITLE_FORMS or _role_noun(token) or _org_head(token):
        return None
    if key in _PARTICLES_WITH_PRONOUN:
        return None  # `لا ولاية لنا` ("we have no jurisdiction"): a particle and a pronoun
    if key in _QUANTITIES or (key[:1] in "بل" and key[1:] in _QUANTITIES):
        return None  # `ولايتي بومرداس والجزائر العاصمة وجزء من ولاية تيزي وزو`, `مدينة لكل العراقيين`
    if key in _PLACE_CONNECTORS or key in _SETTLEMENT_TRIBES:  # `بني درار`, `أولاد الطيب`, `البو عجيل`: two words
        if not go_on or k + 1 in taken or _in(following.key, STOP) or following.key in _NOT_SETTLEMENT_NAMES:
            return None
        return k + 1
    if k not in taken and _facility_noun(token):
        return None  # `لمنطقة ميدان الرماية`, `منطقة باب التبانة`: the facility's own rule reads it
    if joined and k not in taken and _noun_of_doing_with_pronoun(key):
        return None  # `محافظات الوجه القبلي واستثمارها`: "and investing them", no next name
    if key in _COMPASS:
        # `منطقة جنوب السرة`: a district named by its side of another; a compass word alone names nothing.
        if not go_on or k + 1 in taken or not following.definite or _nisba(following) or _in(following.key, STOP):
            return None
        if following.key in _WHOLES:
            return None  # `منطقة جنوب البلاد`: where in the country, no name
        return k + 1
    if go_on and town and following.key in _COMPASS and k + 1 not in taken and _ends_clause(tokens, k + 2):
        return k + 1  # `قريتي الرديسية والكلح شرق،`: "east of" would need a place after it
    if token.definite:
        # After a town's noun, a definite word is its name (`بلدة الخالدية`): an adjective of an
        # indefinite noun would be indefinite too. After `منطقة`/`ولاية` it is as often an ordinary noun.
        if _nisba(token) or demonym(key, places) or key in _ORDINALS:
            return None
        if not town:  # but not with an adjective of a name after it: `منطقة القصر الصغير`
            named = go_on and k + 1 not in taken and following.key in _SIZE_ADJECTIVES
            return k if named and key not in _WHOLES and key not in _COMPASS_NOUNS and not _in(key, STOP) else None
        return k
    if go_on and following.definite and _place_adjective(following, places):
        return k  # `بلدة مغنية الجزائرية`, `منطقة سلماباد الصناعية`: a definite adjective, so a definite name
    # Alone, an indefinite word may be the noun's adjective: one agrees with the noun's gender. Joined by
    # و to a name before it, it is the list's next name: `مركزي طما وجهينة`.
    if not joined and (key.endswith("ه") if feminine else key.endswith("ي")):
        return None
    if feminine and key.endswith("ي") and len(key) < 4:
        return None
    if go_on and following.definite and key.startswith(_FOR_DOING):
        return None  # `منطقة لإنتاج الأرز`: "an area for growing rice", a purpose in construct, no name
    if not go_on or following.definite or _in(following.key, STOP) or following.key in _DIRECTIONS:
        return k  # `بلدة أوفاكوي في`, `قضاء دوكان التابع`, `بلدة شرما، أن`
    if (k + 1 in taken or listing) and following.key.startswith("و"):
        return k  # `حيي أبوسليم وصلاح الدين`, `منطقتي ماشكيل وجيواني`: the next name of the list
    if _name_ends_before(following):
        return k  # `منطقة سيلا جنوباً`, `بلدة علان بمحافظة البلقاء`, `منطقتي ماشكيل وجيواني "سيغيران`
    # Two indefinite words: a name of two (`حي سراج خانة`) when nothing describes them and the phrase ends.
    second = following.key
    if (second.endswith("ه") if feminine else second.endswith("ي")) or _tanween(following):
        return None
    if second in _NOT_SETTLEMENT_NAMES or not _is_name_word(tokens, k + 1, taken):
        return None
    return k + 1 if _ends_clause(tokens, k + 2) or (k + 2 < len(tokens) and _in(tokens[k + 2].key, STOP)) else None


# Villages and quarters named after a saint: `قرية الشيخ فضل` (Minya), `عزبة الشيخ علي`, `نجع الشيخ عيسى`
# (Sohag), `حي الشيخ عثمان` (Aden), `مدينة الشيخ زويد`. After a settlement's noun the sheikh names the
# place, not a man: in the tuning sets all 8 such are places (the kings and princes after `مدينة` and
# `مركز` name institutes as often: `مدينة الملك عبدالعزيز للعلوم والتقنية`).
_SHEIKHS = _keys("الشيخ")
# Egypt's hamlets keep their noun in the name, as the gold sets write them: `عزبة الشيخ علي`, `نجع الشيخ عيسى`.
_HAMLETS = _keys("عزبة نجع")


def _sheikh_name_end(tokens: list[Token], k: int, taken: dict[int, str]) -> int | None:
    """The last word of a place named after the sheikh at `k`: his name, one word (`الشيخ فضل التابعة`)
    or two where the phrase ends after them (`الشيخ أبو حسن،`), never a known man's."""
    n = k + 1
    if _phrase_ended(tokens, n) or n in taken or tokens[n].definite:
        return None
    if tokens[n].key not in GIVEN_NAMES and not _is_name_word(tokens, n, taken):
        return None  # `فضل` is a verb too, but after the sheikh a given name
    if _in(tokens[n].key, CONNECTORS) or tokens[n].key in _PLACE_CONNECTORS:  # `الشيخ عبد الله`
        return n + 1 if not _phrase_ended(tokens, n + 1) and _is_name_word(tokens, n + 1, taken) else None
    m = n + 1
    if _phrase_ended(tokens, m) or m in taken:
        return n
    second = tokens[m]
    where = second.key in _UNITS_AFTER or second.key in _COMPASS_ADVERBS or second.key in _DIRECTIONS
    if second.definite or where or second.key.startswith("و") or not _is_name_word(tokens, m, taken):
        return n  # `قرية الشيخ فضل بمحافظة المنيا`, `نجع الشيخ عيسى وقرية`
    return m if _ends_clause(tokens, m + 1) else n


# After `منطقة` a definite word is as often an ordinary noun (`منطقة الحدود`, `منطقة الجزاء`, `منطقة
# العمليات في سوريا`); where the next words say where it lies, a local district's name: `بمنطقة السد في
# الدوحة`, `بمنطقة الحمام في محافظة مطروح`, `منطقة المواصي غرب خان يونس`, `منطقة الجزائر بالبصرة`.
_AREAS = _keys("منطقة")
_LOCATING = _keys("قرب بالقرب وسط التابعة شرق غرب شمال جنوب شرقي غربي شمالي جنوبي") | _keys("شمالا جنوبا شرقا غربا")
_IN_PLACE = _keys("في")
# What an area of a kind is named by: the nouns of what is done there, plurals, verbal nouns.
_AREA_KINDS = _keys(
    """
    الحدود النزاع الصراع القتال الحرب المعارك العمليات الاشتباكات الجزاء الخطر الأمان الراحة الحظر
    الأعمال التجارة العمل الصيد الانتظار الحماية اليورو الشنغن العبور التماس
    """
)


def _located(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The words from `k`, after a definite word, say where a district of that name lies: a side of or a
    place near another (`غرب خان يونس`, `قرب الحدود`), the place it is in behind في or ب (`في الدوحة`,
    `بالبصرة`), or its province or town (`في محافظة مطروح`, `بمحافظة`, `التابعة لمركز`)."""
    if _phrase_ended(tokens, k + 1) or tokens[k].after_comma or tokens[k + 1].after_comma:
        return False
    name, following = tokens[k - 1], tokens[k]
    if k - 1 in taken or name.key in _AREA_KINDS or name.key.endswith("ات") or _verbal_noun("ب" + name.key[2:]):
        return False
    if following.key in _LOCATING or following.key in _UNITS_AFTER:
        return True
    if following.key.startswith("ب") and taken.get(k) == LOC:
        return True  # `منطقة الجزائر بالبصرة`
    after = tokens[k + 1]
    return following.key in _IN_PLACE and (taken.get(k + 1) == LOC or after.key in _UNITS)


# Tribes open a village's name as `بني` does: `أولاد الطيب` (Morocco), `أولاد يحيى` (Egypt), `البو عجيل` (Iraq).
_SETTLEMENT_TRIBES = _TRIBES | _keys("البو")
_PRONOUNS = ("ها", "هم", "ه")


def _noun_of_doing_with_pronoun(key: str) -> bool:
    """`استثمارها`, `تطويرها`: a verbal noun with a pronoun, which no name is."""
    stem = next((key[: -len(end)] for end in _PRONOUNS if key.endswith(end)), "")
    return bool(stem) and _verbal_noun("ب" + stem)


# Adjectives that are part of a settlement's name, not a description of it: `العلمين الجديدة`,
# `القصر الصغير`, `المحلة الكبرى`. A district's side is its name too (`حي شيحا الغربي`, `منطقة
# الهاشمي الشمالي`), but after a town's noun it says where the town lies: `بلدة العيشية الجنوبية`,
# "the southern town", in the Lebanese press.
_SIZE_ADJECTIVES = _keys("الكبير الكبرى الصغير الصغرى الجديد الجديدة العليا السفلى")
_SIDE_ADJECTIVES = _keys("الغربي الغربية الشرقي الشرقية الشمالي الشمالية الجنوبي الجنوبية")
_DISTRICTS = _keys("حي منطقة")
_COMPASS_NOUNS = _keys("الشمال الجنوب الشرق الغرب الوسط")  # a side of the country, no name: `منطقة الشمال`


def _with_name_adjective(tokens: list[Token], last: int, taken: dict[int, str], district: bool) -> int:
    """The settlement's name that ends at `last`, with the adjective after it that is part of it."""
    k = last + 1
    if _phrase_ended(tokens, k) or k in taken:
        return last
    key = tokens[k].key
    return k if key in _SIZE_ADJECTIVES or (district and key in _SIDE_ADJECTIVES) else last


# `ل` before the verbal noun of a derived verb (`لإنتاج`, `لاستقبال`, `لتخزين`): what a place is for.
_FOR_DOING = ("لا", "لت")


# Words that a place's name of one word comes right before: a compass adverb (`منطقة سيلا جنوباً`)
# or the larger unit it lies in, behind its preposition (`بلدة علان بمحافظة البلقاء`, `قرية X بريف حلب`).
_COMPASS_ADVERBS = _keys("شمالا جنوبا شرقا غربا")
_UNITS = _keys("مدينة محافظة ولاية منطقة إقليم قضاء ناحية مقاطعة ريف")
_UNITS_AFTER = frozenset(c + key for key in _UNITS for c in ("ب", "وب", "ل"))  # `بمحافظه`, `بريف`


def _name_ends_before(following: Token) -> bool:
    """The word after one name word closes the name: a compass adverb, the unit the place lies in
    behind its preposition, or a quote mark before it (`وجيواني "سيغيران`)."""
    if following.key in _COMPASS_ADVERBS or following.key in _UNITS_AFTER:
        return True
    return any(char in _QUOTE_MARKS for char in following.gap)


_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


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
        ("معسكر", "معسكري معسكرين معسكرات"),  # `معسكرات فرشنا وأبوتنقي` (Chad), `معسكرات الرديس وجوري`
        ("سد", "سدي سدين سدود"),
        ("مطار", "مطاري مطارين مطارات"),
        ("ميناء", "ميناءي مينائي موانئ"),
        ("حقل", "حقلي حقلين حقول"),
        ("مصفاة", "مصفاتي مصفاتين"),
        ("نهر", "نهري نهرا نهرين"),
        ("سجن", "سجني سجنين سجون"),  # `سجني عوفر والنقب`, `سجني مجدو وريمون`
        ("حارة", "حارتي حارتين حارات"),  # `حارتي الدمج والحواشين`, `حارات السلايمة وتل الرميدة وجابر`
        ("محطة", "محطات"),  # `لمحطات الرميلة والنجيبية`
    )
    for plural in plurals.split()
}
_LISTED_FACILITY_NOUNS = frozenset(_LISTED_FACILITIES) | FACILITIES
_FACILITY_PLURALS = _keys("معابر مخيمات معسكرات سدود مطارات موانئ حقول سجون حارات محطات")
# Fields and ports listed after their dual or plural are written by their names alone, a known town's
# being that town: `حقلي الرميلة ومجنون` (blind12, blind22), `ميناءي داكار وأبيدجان` (blind11). Camps
# and crossings keep their noun: `مخيمات فرشانا وميتشي` → `مخيم فرشانا`; but Sudan's and Chad's camps on
# `معسكرات` are written bare (`معسكرات فرشنا وأبوتنقي` → `فرشنا`, blind37).
_LISTED_BARE = _keys("حقل ميناء معسكر")
_FIELDS_LISTED = _keys("حقل")  # `موانئ جيبوتي` are a country's ports, `حقول الرميلة ومجنون` are named
# Quarters are named by definite words as fields are (`حارات السلايمة وجابر`); a known place among them is
# a place of its own in the old town, written without the noun: `حارات السلايمة وتل الرميدة`.
_FIELDS_LISTED = _FIELDS_LISTED | QUARTERS
# Power stations are named after their field or town and written so, bare (`محطات النجيبية وخور الزبير`,
# `لمحطات الرميلة والنجيبية`, Basra); but `محطات` is far more often followed by their kinds (`محطات الكهرباء
# والمياه`, `محطات تحلية صغيرة`, 50 of the 55 in the tuning sets), so their list needs a known place in it.
_STATIONS_LISTED = _keys("محطة")
_LISTED_BARE = _LISTED_BARE | _STATIONS_LISTED
_FIELDS_LISTED = _FIELDS_LISTED | _STATIONS_LISTED


def _dual_verb(tokens: list[Token], k: int) -> bool:
    """The word at `k` ends like a verb whose subject is two (`رفعا`, `شهدا`), with nothing between."""
    if _phrase_ended(tokens, k):
        return False
    token = tokens[k]
    return not token.definite and len(token.key) > 2 and token.key.endswith("ا")


def _listed_facilities_at(
    tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]
) -> list[Discovered]:
    noun = tokens[i]
    if noun.definite or _tanween(noun):
        return []
    plural = next(stem for stem in clitic_stems(noun.key) if stem in _LISTED_FACILITIES)
    head = _LISTED_FACILITIES[plural]
    dual = plural not in _FACILITY_PLURALS
    written = "" if normalize(head) in _LISTED_BARE else head
    found: list[Discovered | None] = []  # None: a known place a field or port is written by
    closed = False  # a name joined by و was the list's last: `ميناءي داكار وأبيدجان، وتمر الشاحنات`
    own = False  # an unknown word of its own is among the names
    k = i + 1
    while k < len(tokens) and len(found) < (2 if dual else _MAX_LISTED):
        token = tokens[k]
        conjunction = _next_in_list(token, bool(found))
        if conjunction is None or (closed and not conjunction):
            break
        if found and conjunction and token.after_comma and k + 1 < len(tokens) and not tokens[k + 1].after_break:
            break  # `موانئ جيبوتي، وتدفع سنوياً`: a new clause, unless the list ends there
        closed = closed or conjunction
        if k in taken:
            if taken[k] != LOC:
                break
            last = k  # `حضرموت وشبوة` are two known places, not one
            while last + 1 < len(tokens) and taken.get(last + 1) == LOC and not tokens[last + 1].key.startswith("و"):
                last += 1
        else:
            facility = _facility_at(tokens, k, taken, places) if _facility_noun(tokens[k]) else None
            # A dual's second name ends its list, before the dual verb they are the subject of: `حقلي الرميلة
            # ومجنون رفعا إنتاجهما`. Another word may be the name's second: `مخيمي طولكرم ونور شمس`.
            ending = dual and bool(found) and _dual_verb(tokens, k + 1)
            last = facility.last if facility else _listed_name_end(tokens, k, taken, places, conjunction, ending, dual)
            if last is None and dual and found and _second_of_pair(tokens, k, taken):
                last = k + 1  # `مخيمي طولكرم ونور شمس اللذين`: two words, then the pair's relative
            if last is None:
                break
        known = k in taken and (not written or normalize(head) in QUARTERS)
        found.append(None if known else Discovered(LOC, k, last, conjunction, written))
        own = own or (k not in taken and not tokens[k].definite)
        k = last + 1
    if len(found) < 2 or (not dual and all(place and tokens[place.first].definite for place in found)):
        return []  # `حقول القمح والشعير`: kinds of field, no names
    # After a plural, a known place or a definite word is whose facilities or what kind (`موانئ حضرموت
    # وشبوة`, `مخيمات النازحين`), unless a word of its own in the same list shows it names them:
    # `معسكرات الرديس وجوري ودبة بوسين`, `معسكرات فرشنا وأبوتنقي` (a known camp).
    if not dual and normalize(head) not in _FIELDS_LISTED and not own:
        return []
    if normalize(head) in _STATIONS_LISTED and None not in found:
        return []  # `محطات شحن وتزويد`: kinds of station
    return [place for place in found if place is not None]


def _in_construct(following: Token, places: frozenset[str]) -> bool:
    """The definite word after an indefinite one is the second noun of a construct, no adjective of a
    name (`معبري أرقين وقسطل البريين`) nor the pair's relative (`مخيمي بلاطة وعسكر اللذين`)."""
    if following.key in _PAIR_RELATIVES or _in(following.key, STOP):
        return False
    return not _place_adjective(following, places)


# The relative pronoun of a pair closes it: `مخيمي طولكرم ونور شمس اللذين يشهدان`.
_PAIR_RELATIVES = _keys("اللذين اللذان اللتين اللتان")


def _second_of_pair(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """The dual's second name is the two words from `k`, its و on the first, and the pair's relative
    pronoun right after them."""
    if _phrase_ended(tokens, k + 2) or tokens[k + 2].key not in _PAIR_RELATIVES:
        return False
    first, second = tokens[k], tokens[k + 1]
    if not first.key.startswith("و") or first.definite or second.definite or second.after_comma:
        return False
    return k + 1 not in taken and _is_name_word(tokens, k + 1, taken)


def _listed_name_end(
    tokens: list[Token],
    k: int,
    taken: dict[int, str],
    places: frozenset[str],
    joined: bool,
    ending: bool = False,
    dual: bool = False,
) -> int | None:
    """The last word of one name in a list of facilities: a word of its own, or two after a
    connector (`أبو منصور`); a definite one but for fields (`حقول النفط` is no list). The last name
    of a list (`ending`) is one word whatever follows it. After a dual a definite nisba is a name too:
    an adjective would be dual (`المعبرين الحدوديين`), so `مخيمي الزعتري والأزرق` are two camps."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.startswith("لل") or key in _PARTICLES_WITH_PRONOUN:
        return None
    if key in _NOT_PLACE_NAMES or _in(key, STOP) or key in _TITLE_FORMS or _role_noun(token) or _org_head(token):
        return None
    if token.raw.endswith(("ها", "هم")):
        return None  # `ومناطقها`: a noun with a pronoun
    if _has_stem_in(key, _LISTED_FACILITY_NOUNS):
        return None  # `مخيمات الشمال ومخيمات الجنوب`: a second list, no name of this one
    if token.definite:  # `حقلي السرير ومسلة`; but `حقلي النفط والغاز` are kinds of field
        nisba = _nisba(token) and not (dual and not joined)
        return None if key[2:] in _NOT_PLACE_NAMES or nisba or key in _ORDINALS else k
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.after_break or following.after_comma or k + 1 in taken:
        return None if _in(key, CONNECTORS) or key in _PLACE_CONNECTORS else k
    if _in(key, CONNECTORS) or key in _PLACE_CONNECTORS:  # `أبو منصور`
        return k + 1 if _is_name_word(tokens, k + 1, taken) else None
    if ending:
        return k
    if following.definite and not following.key.startswith("و") and _in_construct(following, places):
        return None  # `حقول الأرز وأسطح المنازل`: "the roofs of the houses", a noun in construct, no name
    if not following.definite and not following.key.startswith("و") and _is_name_word(tokens, k + 1, taken):
        if joined and _ends_clause(tokens, k + 2) and not following.key.endswith(("وا", "ون")):
            return k + 1  # `ودبة بوسين.`: the list's last name, two words and the sentence ends
        return None  # `ونور شمس`, `وأبوتنقي تجاوزت`: a name of two words, or a verb? Neither is sure.
    return k


# Towns given as examples after a plural of settlements: `قرى ساحلية صغيرة مثل اللوزة والصيادة`,
# `مخيمات داخل البلاد مثل فرشانة وميتشي`, `قرى جنوب جبل سنجار، مثل كوجو وتل قصب`. In the 22 tuning
# sets every such list names places. Not `مناطق` or `أماكن`, which give kinds of place as examples
# (`مناطق مزدحمة مثل الأسواق والمستشفيات`).
_SUCH_AS = _keys("مثل")
_PLACE_PLURALS = _keys("قرى مدن بلدات أحياء مخيمات ولايات محافظات القرى المدن البلدات الأحياء المخيمات")
# Districts and communes give towns as examples too: `أقضية كاملة مثل القائم وعنه وراوة` (Iraq), `جماعات
# قروية مجاورة مثل القصر الصغير وانجرة` (Morocco; `جماعات` alone are groups: `جماعات مسلحة مثل`).
_PLACE_PLURALS = _PLACE_PLURALS | _keys("أقضية معتمديات الأقضية المعتمديات")
_COMMUNES = _keys("جماعات الجماعات")
_RURAL = _keys("قروية القروية ترابية الترابية")
_MAX_BEFORE_SUCH_AS = 5  # words between the plural and `مثل`: `قرى جنوب جبل سنجار،`
# What an example of a town is not, though a definite word: the country or the capital it lies in,
# a side of it (`مدن مثل العاصمة`, `قرى مثل الشمال`).
_NOT_EXAMPLES = _WHOLES | _keys("الشمال الجنوب الشرق الغرب الوسط الداخل الريف")
# Nor is it a name in a list with a known place: `محافظات بغداد والجنوب`, `مدن دمشق والساحل`.
_NOT_LISTED_WITH_KNOWN = _NOT_EXAMPLES | _COMPASS_NOUNS | _SIDE_ADJECTIVES
# Nor an item of a list of known places with no noun before it: `في مصر والأردن والخارج`. A side's
# adjective alone there is a province's name: `بكفر الشيخ والبحيرة والدقهلية والشرقية،`.
_NOT_IN_LISTS = _NOT_EXAMPLES | _COMPASS_NOUNS | _keys("الخارج المحافظة المحافظات العواصم المدن القرى الضواحي")


def _places_such_as(tokens: list[Token], i: int, taken: dict[int, str]) -> list[Discovered]:
    """The unknown places listed after `مثل` (word `i`) when a plural of settlements comes shortly
    before it; none unless every item of the list reads as a place name and there are two or more."""
    if not _follows_place_plural(tokens, i):
        return []
    found: list[Discovered | None] = []  # None: a known place in the list
    k = i + 1
    while k < len(tokens) and len(found) < _MAX_LISTED:
        token = tokens[k]
        conjunction = _next_in_list(token, bool(found))
        if conjunction is None or (found and token.after_comma and not conjunction):
            break
        if k in taken:
            if taken[k] != LOC:
                return []
            end = _known_name_end(tokens, k, taken)
            if _phrase_ended(tokens, end + 1) or end + 1 in taken or tokens[end + 1].key not in _SIZE_ADJECTIVES:
                k = end + 1
                found.append(None)
                continue
            found.append(Discovered(LOC, k, end + 1, conjunction))  # `مثل القصر الصغير`, no palace of `القصر`
            k = end + 2
            continue
        last = _example_end(tokens, k, taken, conjunction)
        if last is None:
            return []
        found.append(Discovered(LOC, k, last, conjunction))
        k = last + 1
    return [place for place in found if place is not None] if len(found) >= 2 else []


def _follows_place_plural(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i].after_break:
        return False
    for j in range(i - 1, max(-1, i - 1 - _MAX_BEFORE_SUCH_AS), -1):
        if _has_stem_in(tokens[j].key, _PLACE_PLURALS):
            return True
        if tokens[j].key in _RURAL and j > 0 and _has_stem_in(tokens[j - 1].key, _COMMUNES):
            return True
        if tokens[j].after_break or any(char in SENTENCE_ENDS for char in tokens[j].gap):
            return False
    return False


def _example_end(tokens: list[Token], k: int, taken: dict[int, str], joined: bool) -> int | None:
    """The last word of one example town at `k`: one word, or two after a connector (`تل قصب`),
    that the list's next item, a clause's end or a particle follows."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.endswith(_NOUN_WITH_PRONOUN):
        return None
    if _in(key, STOP) or key in _NOT_PLACE_NAMES or key in _NOT_EXAMPLES or _is_title(token) or _role_noun(token):
        return None
    if token.definite and (_nisba(token) or key.endswith("ات")):
        return None  # `مثل الجامعات`: a kind of place
    last = k
    sized = not _phrase_ended(tokens, k + 1) and k + 1 not in taken and tokens[k + 1].key in _SIZE_ADJECTIVES
    facility = key not in _PLACE_CONNECTORS and (_org_head(token) or _has_stem_in(key, FACILITIES))
    if facility and not (token.definite and sized):
        return None  # `مثل مخيم فرشانا`: the facility's own rule reads it; but `مثل القصر الصغير`
    if key in _PLACE_CONNECTORS:
        if _phrase_ended(tokens, k + 1) or k + 1 in taken or _in(tokens[k + 1].key, STOP):
            return None
        last = k + 1
    elif sized:
        last = k + 1  # `مثل القصر الصغير وانجرة`: the adjective is the name's own
    following = last + 1
    if _ends_clause(tokens, following) or tokens[following].after_break:
        return last
    after = tokens[following]
    return last if after.key.startswith("و") or _in(after.key, STOP) or _name_ends_before(after) else None


# A road, line or crossing "linking X and Y" names two places: `الطريق الرابطة بين الحمامات وقرنبالية`,
# `الطريق الرابط بين إزمير وأورلا`, `قطع الطريق الدولي الرابط بين العمارة والبصرة`. In the tuning sets
# every pair after a road's link is two places (`بين المدينة ومنطقة الحوبان`, `بين طرابلس والحدود
# التونسية` name them otherwise and are left alone); other links are between things: `الرابط بين
# الفقر والبطالة`.
LINKING = _keys("الرابط الرابطة الواصل الواصلة")
_BETWEEN = _keys("بين")
_WAYS = _keys("طريق خط خطوط سكة جسر نفق معبر ممر الطريق الخط الخطوط السكة الجسر النفق المعبر الممر")
_MAX_BEFORE_LINK = 4  # words between the way and its link: `خط السكة الحديدية الرابط`, `معبر زوج بغال الرابط`


def _after_a_way(tokens: list[Token], i: int) -> bool:
    """A road, line or crossing comes shortly before the link at `i`, in the same clause."""
    for j in range(i - 1, max(-1, i - 1 - _MAX_BEFORE_LINK), -1):
        if _has_stem_in(tokens[j].key, _WAYS):
            return True
        if tokens[j + 1].after_break or any(char in SENTENCE_ENDS for char in tokens[j + 1].gap):
            return False
    return False


def _linked_places_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> list[Discovered]:
    """The two places after `الرابط بين` (word `i`): the unknown ones among them, when both read as names."""
    k = i + 1
    if _phrase_ended(tokens, k) or tokens[k].key not in _BETWEEN or not _after_a_way(tokens, i):
        return []
    found: list[Discovered] = []
    k += 1
    for joined in (False, True):
        if _phrase_ended(tokens, k) or joined != tokens[k].key.startswith("و"):
            return []
        if k in taken:
            if taken[k] != LOC:
                return []
            k = _known_name_end(tokens, k, taken) + 1
            continue
        last = _linked_name_end(tokens, k, joined)
        if last is None:
            return []
        found.append(Discovered(LOC, k, last, joined))
        k = last + 1
    return found if _name_ends(tokens, k, places) else []


def _linked_name_end(tokens: list[Token], k: int, joined: bool) -> int | None:
    """The last word of a place's name of one word, or two after a connector (`بني نعيم`)."""
    token = tokens[k]
    key = token.key[1:] if joined else token.key
    if len(key) < 2 or key.isdigit() or _tanween(token) or key.endswith(_NOUN_WITH_PRONOUN) or key.startswith("لل"):
        return None
    if _in(key, STOP) or key in _NOT_PLACE_NAMES or key in _WHOLES or key in _COMPASS_NOUNS or _nisba(token):
        return None
    if key in _QUANTITIES:
        return None  # `بين باريس وكل من ليون ومرسيليا`
    if _is_title(token) or _role_noun(token) or _org_head(token) or _has_stem_in(key, FACILITIES | _TOWN_NOUNS):
        return None
    if key not in _PLACE_CONNECTORS:
        return k
    if _phrase_ended(tokens, k + 1) or _in(tokens[k + 1].key, STOP):
        return None
    return k + 1


# Regions of Egypt named by an everyday word: `محافظات الصعيد والدلتا`, `رحلات الصعيد`. `الصعيد` is
# also "the level" (`وعلى الصعيد الدبلوماسي`, `على هذا الصعيد`, `على الصعيد نفسه`), which a preposition
# or a demonstrative comes before and an adjective follows. Only bare or behind و: the name is written
# from its article.
_REGIONS = _keys("الصعيد الدلتا")
_NOT_BEFORE_REGION = _keys("على وعلى هذا ذلك")
_NOT_AFTER_REGION = _keys("نفسه ذاته")
# The Sahel is named by the states in it: `دول الساحل`, `لربط دول الساحل بالمحيط`. Elsewhere `الساحل` is
# "the coast" (`على الساحل الشرقي`, `مدن الساحل`), and `تحالف دول الساحل` is a body.
_SAHEL = normalize("الساحل")
_SAHEL_STATES = _keys("دول لدول ودول بدول")
# Saudi Arabia's Eastern Province, where the story is Saudi (`أمير المنطقة الشرقية`, `حقل الجافورة في
# المنطقة الشرقية`); elsewhere `المنطقة الشرقية` may be any eastern part (`المنطقة الشرقية من خان يونس`).
_AREA = _keys("المنطقة والمنطقة")  # as `الصعيد`, bare or behind و
_EASTERN = normalize("الشرقية")
_SAUDI = _keys("السعودية المملكة الدمام الرياض الأحساء الظهران أرامكو")
_REGION_FORMS = _REGIONS | {"و" + key for key in _REGIONS} | {_SAHEL} | _AREA


def _region_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A region named by everyday words at `i`, where the words around it make it a place."""
    token = tokens[i]
    before = tokens[i - 1] if i > 0 and not token.after_break else None
    following = None if _phrase_ended(tokens, i + 1) else tokens[i + 1]
    if token.key in _AREA:
        if following is None or following.key != _EASTERN or i + 1 in taken:
            return None
        after = None if _phrase_ended(tokens, i + 2) else tokens[i + 2]
        if after is not None and (after.key == "من" or after.definite or after.key.startswith("ل")):
            return None  # `المنطقة الشرقية من المدينة`, `المنطقة الشرقية لخان يونس`: a part of a place
        saudi = any(_has_stem_in(other.key, _SAUDI) for other in tokens)
        return Discovered(LOC, i, i + 1, token.key.startswith("و")) if saudi else None
    if token.key == _SAHEL:
        if before is None or before.key not in _SAHEL_STATES:
            return None
        body = i > 1 and not (before.after_break or before.after_comma) and _org_head(tokens[i - 2])
        return None if body else Discovered(LOC, i, i)
    if before is not None and before.key in _NOT_BEFORE_REGION:
        return None
    adjective = following is not None and following.definite and not following.key.startswith("و")
    if adjective or (following is not None and following.key in _NOT_AFTER_REGION):
        return None  # `الصعيد الدبلوماسي`; but `الصعيد والدلتا`
    return Discovered(LOC, i, i, token.key.startswith("و") and token.key[1:] in _REGIONS)


# Venues: theatres, cultural spaces and numbered streets. A theatre is named by one definite word of its
# own (`مسرح الجمهورية`, `مسرح السلام`), but `مسرح` is as often the scene of something (`مسرح الجريمة`,
# `مسرح العمليات`) or a kind of theatre (`مسرح الطفل`, `مسرح العرائس`): those words name none.
THEATRES = _keys("مسرح")
_THEATRE_SCENES = _keys(
    """
    الجريمة الجرائم الحادث الحادثة الأحداث العمليات الحرب المعارك المعركة الاشتباكات المواجهات الهجوم
    الصراع النزاع القتال التفجير الانفجار الحدث الأزمة السياسة الحياة التاريخ الموت الدم
    الطفل الأطفال العرائس الدمى الشارع العبث الظل الشباب الهواة الجيب المدرسة المدرسي الجامعة الجامعي
    """
)
# The state's own theatre is named by its adjective alone (`المسرح القومي بالعتبة`, `المسرح الوطني في
# بغداد`, `المسرح البلدي بتونس`); any other adjective is the art of a land (`المسرح المصري`, `المسرح العربي`).
_THEATRE_ADJECTIVES = _keys("القومي الوطني البلدي")
# A municipal theatre is its town's: the town after ب is in its name (`المسرح البلدي بتونس`, blind34).
_MUNICIPAL = _keys("البلدي")
# The national theatre with its country's adjective is the company, a body: `المسرح الوطني التونسي`.
_NATIONAL = _keys("الوطني القومي")
# A cultural space is named in quotes: `فضاء "الحمراء"`; bare, `فضاء` is also "space" (`فضاء مفتوح`).
SPACES = _keys("فضاء")
# Iraqi streets are numbered by their width: `شارع الـ 60 متري`, `شارع 14 تموز` by a date. A street
# is named after a known body too: `شارع القصر العيني` (the hospital), `شارع الجامعة العربية`.
_NUMBERED_STREETS = _keys("شارع")
_METRES = _keys("متري متر")
_MAX_STREET_NUMBER = 3  # digits
# A square is named by one definite word (`ميدان الشهداء`, `ميدان الرماية`), but `ميدان` is also a field
# of fighting or of work: `ميدان القتال`, `ميدان المعركة`, `ميدان العمل`, `ميدان التعليم`.
SQUARES = _keys("ميدان")
_FIELDS_OF = _keys(
    """
    القتال المعركة المعارك الحرب العمل العلم العلوم التعليم البحث الاقتصاد السياسة الإعلام الطب الصحة
    الرياضة السباق الفروسية الشرف الثقافة الفن الأدب الاستثمار التجارة الصناعة الزراعة الأعمال التنافس
    المنافسة الصراع الدعوة الخير التطوع الجهاد النضال التدريب
    """
)
# A market is named after its gate, with the gate's name: `سوق باب السراي` (blind34), `سوق باب الفلة`.
MARKETS = _keys("سوق")
_GATE = normalize("باب")
VENUES = THEATRES | SPACES | _NUMBERED_STREETS | SQUARES | MARKETS


def venue_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """A theatre, a cultural space, a numbered street, a square or a gate market whose noun is word `i`."""
    key = tokens[i].key
    if _has_stem_in(key, THEATRES):
        return _theatre_at(tokens, i, taken, places)
    if _has_stem_in(key, SPACES) and not tokens[i].definite:
        last = _quote_end(tokens, i + 1)
        return Discovered(LOC, i, last) if last is not None and last not in taken else None
    if tokens[i].definite or _tanween(tokens[i]):
        return None
    if _has_stem_in(key, _NUMBERED_STREETS):
        last = _street_number_end(tokens, i + 1)
        if last is None and taken.get(i + 1) == ORG and not _phrase_ended(tokens, i + 1):
            last = _known_name_end(tokens, i + 1, taken)  # `شارع القصر العيني`, after the hospital
        return Discovered(LOC, i, last) if last is not None else None
    if _has_stem_in(key, SQUARES) and _one_name_word(tokens, i + 1, taken) and tokens[i + 1].key not in _FIELDS_OF:
        return Discovered(LOC, i, i + 1)
    gate = not _phrase_ended(tokens, i + 1) and tokens[i + 1].key == _GATE and i + 1 not in taken
    if _has_stem_in(key, MARKETS) and gate and not _phrase_ended(tokens, i + 2) and i + 2 not in taken:
        name = tokens[i + 2]  # a gate's name may have a nisba's shape: `باب السراي`, `باب الشرقي`
        return Discovered(LOC, i, i + 2) if name.definite and not _in(name.key, STOP) else None
    return None


def _one_name_word(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """Word `k` is one definite word of a name: no adjective, role, title or particle (`الشهداء`)."""
    if _phrase_ended(tokens, k) or k in taken or not tokens[k].definite:
        return False
    token = tokens[k]
    if _nisba(token) or _role_noun(token) or _is_title(token) or _in(token.key, STOP):
        return False
    return head_stem(token.key) not in FACILITIES


def _theatre_at(tokens: list[Token], i: int, taken: dict[int, str], places: frozenset[str]) -> Discovered | None:
    """`مسرح السلام`, `المسرح القومي`, `المسرح البلدي بتونس`; `المسرح الوطني التونسي` is a body."""
    k = i + 1
    if _phrase_ended(tokens, k) or k in taken or not tokens[k].definite:
        return None
    token = tokens[k]
    if not tokens[i].definite:
        if token.key in _THEATRE_SCENES or _nisba(token) or _in(token.key, STOP) or _is_title(token):
            return None
        return Discovered(LOC, i, k)
    if token.key not in _THEATRE_ADJECTIVES:
        return None
    after = k + 1
    if _phrase_ended(tokens, after) or (after in taken and taken[after] != LOC):
        return Discovered(LOC, i, k)
    if token.key in _NATIONAL and after not in taken and demonym(tokens[after].key, places):
        return Discovered(ORG, i, after)
    town = tokens[after].key.startswith("ب") and (taken.get(after) == LOC or tokens[after].key[1:] in places)
    if token.key in _MUNICIPAL and town:
        return Discovered(LOC, i, _known_name_end(tokens, after, taken) if after in taken else after)
    return Discovered(LOC, i, k)


def _street_number_end(tokens: list[Token], k: int) -> int | None:
    """The last word of a street's number from `k`: `الـ 60 متري`, `14 رمضان`; None for a count."""
    if not _phrase_ended(tokens, k) and tokens[k].key == "ال" and tokens[k].raw.endswith("ـ"):
        k += 1  # `الـ 60`: the article written apart, before the number
    if _phrase_ended(tokens, k) or not tokens[k].key.isdigit() or len(tokens[k].key) > _MAX_STREET_NUMBER:
        return None
    if _phrase_ended(tokens, k + 1):
        return None
    unit = tokens[k + 1].key
    return k + 1 if unit in _METRES or unit in _DATE_MONTHS else None
