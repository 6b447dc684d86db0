"""People: a name next to a title or role, a speaker, an aged or appointed person, a scorer."""

from dataclasses import replace

from articles.parsing.arabic import strip_diacritics
from articles.parsing.discovery.common import (
    _CLOSERS,
    _DEFINITE_FIRST_NAMES,
    _IN,
    _MASCULINE_SETTLEMENTS,
    _MAX_LISTED,
    _MAX_NAME,
    _MIDDLE_NAMES,
    _MISTER,
    _NAME_END_PARTICLES,
    _NAME_PARTICLES,
    _NAME_SECOND_HALVES,
    _NOUN_CLITICS,
    _ORDINALS,
    _PLACE_CONNECTORS,
    _PRONOUNS,
    _ROADS,
    _SAID_THAT,
    _SETTLEMENT_LISTS,
    _SPEECH_VERBS,
    _TITLE_FAMILY_NAMES,
    AS_FOR,
    CLOSING_QUOTES,
    CONNECTORS,
    FACILITIES,
    INSTITUTES,
    LOC,
    OCCUPATIONS,
    OPENERS,
    ORG,
    PERSON,
    PLACES,
    PREPOSITIONS_LIKE_NAMES,
    RANKS,
    ROLE_NOUNS,
    ROLE_PREPOSITIONS,
    SENTENCE_ENDS,
    STOP,
    Discovered,
    _bi_noun_in_construct,
    _construct,
    _ends_clause,
    _ends_name,
    _filler,
    _given_name_at,
    _has_stem_in,
    _in,
    _is_name_word,
    _is_title,
    _keys,
    _name_at,
    _nisba,
    _opens_quote,
    _org_head,
    _person,
    _phrase_ended,
    _quote_end,
    _role_noun,
    _tanween,
    _three_consonants,
    _verbal_noun,
    _with_pronoun,
    _written_forms,
    demonym,
)
from articles.parsing.given_names import EVERYDAY_NAMES, GIVEN_NAMES, WESTERN_GIVEN_NAMES
from articles.parsing.words import BREAKS as _BREAK_CHARS
from articles.parsing.words import Token

# Inside a rank only: `الفريق أول ركن`. Alone, `أول دولة خليجية` is "the first state".
_RANK_PARTS = _keys("أول ركن")
# A relative pronoun after a role noun makes it a description (`اليد العاملة الموسمية التي باتت`):
# the clause it opens names nobody.
_RELATIVES = _keys("الذي التي الذين اللذين اللتين اللواتي اللاتي اللائي")
_MAX_ROLE = 9  # words between a title and the name it introduces


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


# What `، وهو` says a quoted person is, beyond the titles: `وهو مزارع`, `وهو صاحب أرض`.
_TRADES = _keys(
    """
    منتخب منتخبة صاحب صاحبة مزارع مزارعة صياد تاجر تاجرة طالب طالبة موظف موظفة مهندس مهندسة معلم معلمة عامل أب أم
    طبيب طبيبة صيدلاني صيدلانية سائق بائع بائعة فلاح فلاحة رجل امرأة سيدة ربة وسيط وسيطة
    """
)  # رجل, امرأة: `ماهر سليم النابلسي، وهو رجل أعمال`; ربة: `، وهي ربة منزل`


def _is_trade(token: Token) -> bool:
    return _is_title(token) or token.key in _TRADES or token.key in _written_forms(OCCUPATIONS)


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


def _preposition_with_pronoun(key: str) -> bool:
    """`باسمها`, `لديه`: a role's preposition pointing back at a body already named."""
    return any(key.endswith(p) and _in(key[: -len(p)], ROLE_PREPOSITIONS) for p in _PRONOUNS)


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
        if token.key in _RELATIVES or (j > i + 1 and _in(token.key, LED_BY)):
            return None  # `باسم حركة جيش تحرير السودان بقيادة عبد الواحد محمد نور`: the body's leader
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
    family name in ال that the clause, `قد` or a verb of speech ends (`الصديق الصور قد أعلن`), or one
    in ال- ي that no place names, where the clause ends (`يقول التاجر الهادي العبيدي إن`; but
    `الحبيب التونسي،` is an adjective of the nation)."""
    following = tokens[j + 1]
    if following.after_break or following.after_comma:
        return False
    if not following.definite:
        return True
    if _nisba(following):
        return _ends_clause(tokens, j + 2) and not demonym(following.key, PLACES)
    return _ends_clause(tokens, j + 2) or _ends_name(tokens, j, j + 2)


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


def _breaks(tokens: list[Token], j: int) -> bool:
    """A clause ends before word `j`; the quote or bracket closing a skipped aside does not count."""
    if j > 0 and _quoted(tokens, j - 1):
        return any(char in _BREAK_CHARS for char in tokens[j].gap.translate(_CLOSERS))
    return tokens[j].after_break


_OFFICE = _keys("منصب لمنصب بمنصب")


def _appointed_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """The name between a change of office and the office: two to four name words, the last may
    carry ال (`أيمن المديفر`), then a title with tanween (`رئيساً`) or `منصب`."""
    k = j
    while k < len(tokens) and k - j < _MAX_NAME:
        token = tokens[k]
        if k > j and _office_follows(tokens, k):
            break
        if (k > j and (token.after_break or token.after_comma)) or not _is_name_word(tokens, k, taken):
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
# The office with tanween as its normalised key: `محافظاً` → `محافظا`. Asked of every word.
OFFICE_FORMS = frozenset(title + "ا" for title in TITLES_INDEFINITE)


def appointed_before(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name right before an office with tanween at `i`, from a given name: a second or third
    appointment of a list or one after a verb (`ورضا رحماني محافظاً لأذربيجان الغربية`, `فيما عُين منصور
    بيجار محافظاً`), where no verbal noun of a change of office stands before it. An office so written
    follows the one it is given to: in the 38 tuning sets' texts, 22 of the 23 names before one are
    people's, none other than a count (`24 عضواً`) or a noun (`المحافظ خادماً`) stands there."""
    if not _office_follows(tokens, i):
        return None
    for first in range(max(i - _MAX_NAME, 0), i - 1):  # the longest name first
        joined = _joined_given_name(tokens[first].key)
        if not (joined or _given_name_at(tokens, first, everyday=True)):
            continue
        if any(tokens[k].after_comma or tokens[k].after_break for k in range(first + 1, i)):
            continue
        name = _appointed_at(tokens, first, taken)
        if name is not None and name.first == first and name.last == i - 1:
            return Discovered(PERSON, first, i - 1, joined)
    return None


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
            and not (k == last and (_nisba(token) or _after_given_name(tokens, k) or _topic_of_as_for(tokens, k)))
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
    if not opens_sentence and not _in(tokens[first - 1].key, OPENERS) and tokens[first - 1].key not in AS_FOR:
        # `يقف بوشعيب الحمري، وهو فلاح`: with no verb of speech before it, a given name says where
        # the name starts, and the words before it were the sentence's.
        before = tokens[first - 1]
        if _is_title(before) or _in(before.key, RANKS):
            return None  # `الدكتور سيدي محمد ولد اعل سالم،`: the title's rule reads that name whole
        given = next((k for k in range(first, last) if _given_name_at(tokens, k, everyday=False)), None)
        if given is None and last == first + 1 and before.definite and _nisba(tokens[last]):
            # `وقال الفاعل الجمعوي رشيد الحموشي، رئيس`: after a description, a given name that is an
            # everyday word too and a family name in ال- ي
            given = first if _given_name_at(tokens, first, everyday=True) else None
        if given is None:
            return None
        first = given
        opens_sentence = False
    if opens_sentence and tokens[first].key[:1] in ("و", "ف") and last - first >= 2:
        first += 1  # `ووصل محمد علي، مستشار`: a sentence opens on و and its verb, not on a name
    if opens_sentence and any(_site_in_name(tokens, k) for k in range(first, last + 1)):
        return None  # `أعاد متحف بيرغامون، أحد أشهر متاحف ألمانيا`: a verb and a site, set off as a person is
    return _person(tokens, first, last)


def _site_in_name(tokens: list[Token], k: int) -> bool:
    """The noun of a body or a site (`متحف`, `شركة`, `مستشفى`) inside the words that open a sentence,
    where no given name before it makes it a family name (`عزمي محافظة`): of the 3,682 names of people
    in the 44 tuning sets' gold, 8 hold such a noun, each `محافظة` after a given name."""
    return _names_a_site(tokens[k]) and not (k > 0 and tokens[k - 1].key in GIVEN_NAMES)


def _topic_of_as_for(tokens: list[Token], k: int) -> bool:
    """A family name in ال right after a given name that `أما` opens, an everyday word as it may be:
    `أما حسن الطيب، مدير المبيعات`. "As for" sets off a person there, the title after the comma says so."""
    return k >= 2 and tokens[k - 1].key in GIVEN_NAMES and tokens[k - 2].key in AS_FOR


def _after_given_name(tokens: list[Token], k: int) -> bool:
    """A family name in ال right after a given name that is no everyday word: `محمد العبار، مؤسس`."""
    return k > 0 and tokens[k - 1].key in GIVEN_NAMES and tokens[k - 1].key not in EVERYDAY_NAMES


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


# A speaker's description the rules do not know, before the name: `وقال الصراف أبو سامر الدقاق إن`,
# `وقال الدليل السياحي مروان عيد الحسنات إن`. One or two definite words.
_MAX_DESCRIPTION = 2


def _speaker_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """The person a verb of speech names right after it, at `j` or after a description of one or two
    definite words: a name that opens on a given name (`جمال`, `أبو سامر`) and ends where the clause
    does (a comma, `إن`, the sentence's end). The given name is the evidence, the verb and the ending
    the context; neither alone makes a person. After a description, a given name that is an
    everyday word as often (`أمل`, `كريم`) is no evidence: `وأكد البيان أمل الحكومة،`."""
    if j < len(tokens) and tokens[j].key in _OWNERS:
        return _owner_at(tokens, j, taken)
    for skipped in range(_MAX_DESCRIPTION + 1):
        k = j + skipped
        if k >= len(tokens) or k in taken or (skipped and (tokens[k].after_comma or tokens[k].after_break)):
            return None
        if _given_name_at(tokens, k, everyday=not skipped):
            name = _name_at(tokens, k, taken) or (None if skipped else _mother_kunya(tokens, k, taken))
            if name is None or not (
                _ends_clause(tokens, name.last + 1)
                or _particle_ends(tokens, name)
                or _bi_noun_in_construct(tokens, name.last + 1)  # `فاز عقيل مفتن برئاسة اللجنة`
            ):
                return None
            return name
        if not tokens[k].definite or _in(tokens[k].key, STOP) or _is_title(tokens[k]) or _in(tokens[k].key, RANKS):
            return None  # a title or rank has its own rules; an indefinite word, no description
    return None


def _particle_ends(tokens: list[Token], name: Discovered) -> bool:
    """A preposition or `قد` after a speaker's name that opens on a given name that is no everyday word
    and ends on a family name in ال: `وقال غسان الحموي من مدينة اللاذقية إن`, `وقال المربي خالد سعدون
    الكعبي لـ"المسلة"`. The name's reading stopped there; the given name says it is a person's, the
    article that it is whole (`وقال محمد علي في حديث` may go on: `محمد علي حسن`)."""
    following = name.last + 1
    return (
        name.last > name.first
        and tokens[name.last].definite
        and following < len(tokens)
        and tokens[following].key in _NAME_END_PARTICLES
        and _given_name_at(tokens, name.first, everyday=False)
    )


# "Mother of": `أم صالح`, a woman known by her son's name.
_MOTHER = _keys("أم")
_FATHER_CONNECTORS = CONNECTORS - _MOTHER  # `أبو`, `عبد`, `بن`: not `أم`, also "or"


def _mother_kunya(tokens: list[Token], k: int, taken: dict[int, str]) -> Discovered | None:
    """`أم` at `k` and the given name after it, a woman a verb of speech names by her son: `وقالت أم
    صالح، وهي ربة منزل`, `وقالت أم محمد، وهي نازحة`. Where no clause ends it, `أم` is "or" as often."""
    given = k + 1
    if tokens[k].key not in _MOTHER or _phrase_ended(tokens, given) or given in taken or tokens[given].definite:
        return None
    return Discovered(PERSON, k, given) if _ends_clause(tokens, given + 1) else None


# "The owner of" a shop or a business, a speaker's description in construct: `قال صاحب مخبز أبو خليل
# الحوراني إن`, `قال صاحب مكتب "النخبة للاستقدام" عبد العزيز القحطاني إن`.
_OWNERS = _keys("صاحب صاحبة")


def _owner_at(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """The name after `صاحب` at `j`, its noun and the known name of the business if one follows: from a
    given name that is no everyday word to where the clause ends; or the name that commas set off after
    the business's unknown name. `قال صاحب الشركة إن` names nobody."""
    k = j + 2
    noun = tokens[j + 1] if j + 1 < len(tokens) else None
    if noun is None or _phrase_ended(tokens, j + 1) or j + 1 in taken or noun.definite or _in(noun.key, STOP):
        return None  # `صاحب الشركة`, `صاحب السمو`: a known owner or a title, no shop
    while k < len(tokens) and k in taken and taken[k] != PERSON and not tokens[k].after_comma:
        k += 1  # `مكتب "النخبة للاستقدام"`: the business's own name
    if k >= len(tokens) or k in taken or SENTENCE_ENDS.intersection(tokens[k].gap):
        return None
    if tokens[k].after_comma or not _given_name_at(tokens, k, everyday=False):
        return _set_off_name(tokens, j, taken)  # `أكد صاحب معصرة النور بالحنشة، منير القلال، أن`
    name = _name_at(tokens, k, taken)
    return name if name is not None and name.first == k and _ends_clause(tokens, name.last + 1) else None


_MAX_AGED_NAME = 4


def _aged_person(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name before an age in brackets or between commas, from its given name: `تنتظر سعاد أبو
    شمالة (58 عاماً)`, `ويقيم محمود أبو الهيجاء، 58 عاماً، مع أسرته`. The age says a person stands
    there; the given name says where the name starts."""
    number = i - 1
    if number < 1 or not tokens[number].key.isdigit():
        return None
    set_off = tokens[number].after_comma and not tokens[number].after_break and _phrase_ended(tokens, i + 1)
    if "(" not in tokens[number].gap and not (set_off and i + 1 < len(tokens) and tokens[i + 1].after_comma):
        return None
    last = number - 1
    for first in range(max(last - _MAX_AGED_NAME + 1, 0), last):  # the longest name first
        words = range(first, last + 1)
        # `محمود جمال عبد الفتاح (24 عاماً) ورمضان سيد خلف (31 عاماً)`: the second of a list, after و
        joined = _joined_given_name(tokens[first].key)
        if not (joined or _given_name_at(tokens, first, everyday=False)) or any(k in taken for k in words):
            continue
        if any(tokens[k].after_break or tokens[k].after_comma for k in range(first + 1, last + 1)):
            continue
        if all(_is_name_word(tokens, k, taken) for k in words):
            name = _person(tokens, first, last)
            return name and Discovered(PERSON, name.first, name.last, joined)
    return None


def _joined_given_name(key: str) -> bool:
    """`ورمضان`: و and a given name that is no everyday word, where no name is written with the و."""
    return key[:1] == "و" and key not in GIVEN_NAMES and key[1:] in GIVEN_NAMES and key[1:] not in EVERYDAY_NAMES


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
        and (_nisba(tokens[after]) or (_given_names_only(tokens, first, last) and _plain_family_name(tokens, after)))
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
        return first, _lineage_end(tokens, after + 1, taken)  # `عبدالعزيز بن سعد بن عبدالعزيز`: the lineage goes on
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


def family_name_of_a_known_word(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A place or a body the gazetteer knows by one word (`مونتينيغرو`, `فاغنر`, `عدن`) that is a
    family name here, right after a given name no everyday word is: `رئيس الوزراء لويس مونتينيغرو`,
    `وأوضحت يوليا فاغنر،`, `العقيد المتقاعد فارح عدن حرسي`. A place after a person needs a preposition
    or a verb between them. In the 44 tuning sets' texts, past the prepositions that fold into given
    names (`على غزة`, `المتحدث باسم يونيسف`) and words on و (`مراكز ناصر وإهناسيا`), the 5 such words
    are all in people's names; discovery still needs its own evidence (a role, a verb of speech) to read
    the name, and this only lets it read over the word."""
    if k == 0 or k - 1 in taken or taken.get(k) not in (LOC, ORG):
        return False
    token, before = tokens[k], tokens[k - 1]
    if token.definite or token.after_comma or token.after_break or token.key[:1] == "و":
        return False
    return (
        before.key in GIVEN_NAMES
        and before.key not in EVERYDAY_NAMES
        and strip_diacritics(before.raw) not in PREPOSITIONS_LIKE_NAMES
        and not _in(before.key, ROLE_PREPOSITIONS)
    )


def surname_after_a_particle(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A person the gazetteer knows by one word, right after the particle of a European name: that word is
    the family name of someone else, or a clitic and another's (`ألكسندر فان دير بيلين`, where `بيلين`
    reads as ب and `يلين`, Yellen's). Not after `لا`, `لو`, which are Arabic words first ("no", "if")."""
    return taken.get(k) == PERSON and k > 0 and k - 1 not in taken and tokens[k - 1].key in _FOREIGN_PARTICLES


_FOREIGN_PARTICLES = _NAME_PARTICLES - _keys("لا لو")


def given_name_of_a_known_word(tokens: list[Token], k: int, taken: dict[int, str]) -> bool:
    """A place or a body the gazetteer knows by one word that is a given name no everyday word is,
    before a word of a name's own (indefinite, no particle, not known): `حكومة أولف كريسترسون`, where
    `أولف` is an Algerian town. In the 44 tuning sets' texts that is the one such word so followed."""
    if taken.get(k) not in (LOC, ORG) or k + 1 >= len(tokens) or k + 1 in taken:
        return False
    token, following = tokens[k], tokens[k + 1]
    if token.key not in GIVEN_NAMES or token.key in EVERYDAY_NAMES or _phrase_ended(tokens, k + 1):
        return False
    return not following.definite and following.key not in GIVEN_NAMES and not _in(following.key, STOP)


def _given_names_only(tokens: list[Token], first: int, last: int) -> bool:
    """A known name made of given names alone (`علي عباس`, `علي محمد`), as other men bear too."""
    return all(tokens[k].key in GIVEN_NAMES for k in range(first, last + 1))


def _plain_family_name(tokens: list[Token], k: int) -> bool:
    """A definite word at `k` of a family name's shape that no title, rank or particle is: `الجهاكير`
    after the known `علي عباس` where the clause ends (`مدير فرع الوزارة في نينوى علي عباس الجهاكير إن`)."""
    token = tokens[k]
    return token.key.startswith("ال") and not (_is_title(token) or _in(token.key, RANKS) or _in(token.key, STOP))


_SONS = _keys("بن ابن بنت")
_FAMILY = _keys("آل")
_MAX_LINEAGE_PAIRS = 2


def _lineage_end(tokens: list[Token], last: int, taken: dict[int, str]) -> int:
    """The last word of a lineage that goes on after `last` by pairs of "son of" or "family of" and a
    name: `محمد بن عبد الرحمن` (known) `بن جاسم آل ثاني`."""
    for _ in range(_MAX_LINEAGE_PAIRS):
        k = last + 1
        if k + 1 >= len(tokens) or not (tokens[k].key in _SONS or tokens[k].key in _FAMILY) or k in taken:
            break
        if any(tokens[m].after_comma or tokens[m].after_break for m in (k, k + 1)) or k + 1 in taken:
            break
        if tokens[k + 1].definite or not _is_name_word(tokens, k + 1, taken):
            break
        last = k + 1
    return last


# A noun with "his", "her", "their": `مدير مكتبه جعفر حسان`, `نجله صدام حفتر`; no given name before
# a family's name ends so.
_POSSESSIVE_ENDS = ("ه", "ها", "هم", "هما")
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
        if k > j and _nisba(tokens[k]) and not _phrase_ended(tokens, k + 1):
            k += 1  # `افتتح المهاجم أيوب الزياني باب التسجيل`: the family name ends it, the object's noun follows
            break
        k += 1
    else:
        return None  # no object: `سجل الاقتصاد نموا`
    if k == j or _phrase_ended(tokens, k):
        return None
    if k - j < 2 and j == i + 1:
        return None  # one word, no trade or nationality before it: `أضاف بيان الهدف` is no one
    return Discovered(PERSON, j, k - 1)


# Settlements named after their noun: `بلدة مغنية الجزائرية`, `قضاء دوكان`, `ولاية محوت`, `حي المقوس`,
# and after a dual or plural, a list: `بلدتي المزرعة وولغا`. The place is the name alone (the gold
# sets write `مغنية`, not `بلدة مغنية`); a name the gazetteer keeps with its noun (`مدينة الخبر`) is
# matched before discovery runs. Feminine nouns first, then masculine: an indefinite adjective agrees
# with its noun, which is how `بلدة صغيرة`/`بلدة نائية` and `حي سكني` are told from a name.
_FEMININE_SETTLEMENTS = _keys("مدينة بلدة قرية منطقة محافظة ولاية")
_SETTLEMENTS = _FEMININE_SETTLEMENTS | _MASCULINE_SETTLEMENTS | _SETTLEMENT_LISTS


# "Who is called": `معلم في ثانوية جودت الهاشمي يدعى رامي الحلبي من`, `أحد سكان حي المنصورة، ويدعى
# نبيل الصبيحي،`. Not `يسمى`, "so-called" as often (`ما يسمى "الملف السري"`).
_CALLED = _keys("يدعى تدعى ويدعى وتدعى")
_CALLED_FEMININE = _keys("تدعى وتدعى")
# Nouns a `تدعى` may describe instead of a person: `شركة تدعى "المرجان"`, `قرية تدعى`. Before them the
# name is a body's or a place's.
_SITES = _keys("موقع مقهى مطعم فندق مدرسة ثانوية مستوصف عيادة ورشة مصنع")


def _called_person(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name after `يدعى` at `i`, where the clause, a comma or a preposition ends it. A name in quotes
    or one of a body or a place (`شركة تدعى`, `بلدة صغيرة تدعى`) is none."""
    j = i + 1
    if j >= len(tokens) or j in taken or _phrase_ended(tokens, j) or _opens_quote(tokens[j]):
        return None
    if tokens[j].definite and tokens[j].key not in _DEFINITE_FIRST_NAMES:
        return None
    feminine = tokens[i].key in _CALLED_FEMININE
    for k in range(max(i - 2, 0), i):
        # `قرية صغيرة تدعى`, `موقع يدعى`; but `صاحبة مقهى تدعى`: the verb agrees with the woman
        if not tokens[i].after_comma and _names_a_site(tokens[k]) and _feminine(tokens[k]) == feminine:
            return None
    name = _name_at(tokens, j, taken)
    if name is None:
        return None
    end = name.last + 1
    if not (_ends_clause(tokens, end) or tokens[end].key in _NAME_END_PARTICLES or tokens[end].key[:1] == "و"):
        return None
    return name


def _feminine(token: Token) -> bool:
    return strip_diacritics(token.raw).endswith("ة")


def _names_a_site(token: Token) -> bool:
    """An indefinite noun of a body, a place or a site, whose own name the word after it is: `موقع
    أورانغ`, `غرفة طوارئ طويلة`, `قرية تدعى`."""
    if token.definite or _tanween(token):
        return False
    key = token.key
    return (
        _org_head(token)
        or key in _SITES
        or _has_stem_in(key, INSTITUTES)
        or _has_stem_in(key, FACILITIES)
        or _has_stem_in(key, _SETTLEMENTS)
    )


def names_a_body(tokens: list[Token], name: Discovered) -> bool:
    """A name a role's parse found that is a body's or a site's instead: right after its indefinite
    noun, or itself that noun, with no given name to open a person's (`مدير موقع أورانغ، يوسف محمد
    بشارة`, `ناشطة في غرفة طوارئ طويلة،`), or opening on
    `و` and a feminine noun (`لصندوق التنمية وإعادة إعمار ليبيا`: the body goes on)."""
    first = tokens[name.first]
    if _given_name_at(tokens, name.first, everyday=True):
        return False
    if first.key[:1] == "و" and _feminine(first) and first.key[1:] not in GIVEN_NAMES:
        return True  # `وإعادة`, `وتنمية`; but `وصفي`, `ويلي` open names
    if _names_a_site(first):
        return True  # `مدير موقع أورانغ`: the site and its name, inside the role
    return name.first > 0 and not first.after_comma and _names_a_site(tokens[name.first - 1])


# A definite last word that a family name may be though it is no nisba: `منجي الصغير`, `ميرنا الحاج`,
# `كامل الوزير`, `حنا عطا الله`.
_PLAIN_FAMILY_NAMES = _MIDDLE_NAMES | _TITLE_FAMILY_NAMES | _NAME_SECOND_HALVES


def names_a_thing(tokens: list[Token], name: Discovered) -> bool:
    """A name a role's parse found that is nouns in construct instead: no word of it is a given name
    (everyday or not) or a name's connector, and it ends on a definite noun that no family name is
    like: `العامل وصاحب العمل`, `تحميل العامل كلفة أخطاء الكفيل`, `البنوك العاملة في فلسطين تواجه
    أزمة تكدس فائض الشيكل`. A family name in ال- ي ends a name (`وصفي العاصي`, `جمانة الغلاي`: given
    names the list lacks), unless و and a verbal noun open the words: `وزير الزراعة واستصلاح الأراضي`. Of
    the 1,318 people the rules found in the 32 tuning sets, none is made so."""
    words = range(name.first, name.last + 1)
    if any(_in(tokens[k].key, CONNECTORS) or _given_name_word(tokens[k].key) for k in words):
        return False
    last = tokens[name.last]
    if not last.definite or last.key in _PLAIN_FAMILY_NAMES:
        return False
    opening = tokens[name.first].key
    # `_verbal_noun` reads a noun after ب or ل: `واستصلاح` is read as `باستصلاح`. Only after و, which
    # joins it to the role's noun: alone, `أركان العلياوي` has the shape of one (أفعال).
    # `أستاذة أمراض الكلى بكلية الطب`: a plural's ى folds to ي, but no family name in ال- ي is written
    # so where no word of the name is a given name.
    nisba = _nisba(last) and not strip_diacritics(last.raw).endswith("ى")
    return not nisba or (opening[:1] in _CONJUNCTIONS and _verbal_noun("ب" + opening[1:]))


_CONJUNCTIONS = frozenset("وف")


def _given_name_word(key: str) -> bool:
    """A given name, with the article (`المهدي`) or after و (`وسيم`, `ووليد`)."""
    forms = (key, key[1:]) if key[:1] in _CONJUNCTIONS else (key,)
    return any(form in GIVEN_NAMES or form in _DEFINITE_FIRST_NAMES for form in forms)


_MAX_SET_OFF = 12  # words from a role to the comma that sets its holder's name off


def _set_off_name(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name a role at `i` sets off between commas when the role's own words are too many or
    unknown to read through: `وقال عمدة كينييبا، سيدي بيه كاني، إن`, `مسؤول محلي في أرليت، عيسى
    ماهامان، إن`. The name is the whole of the words between the two commas (or the comma and `إن`),
    and it opens on a given name, or `إن` follows it; an aside (`، طلب عدم الكشف عن اسمه،`,
    `، رفيع المستوى،`) is none."""
    for k in range(i + 1, min(i + 1 + _MAX_SET_OFF, len(tokens))):
        token = tokens[k]
        if taken.get(k) == PERSON or token.key in _RELATIVES or any(c in SENTENCE_ENDS for c in token.gap):
            return None
        if not token.after_comma:
            continue
        start = k + 1 if _in(token.key, RANKS) and not _phrase_ended(tokens, k + 1) else k
        name = _name_at(tokens, start, taken)
        if name is None or not _ends_clause(tokens, name.last + 1):
            return None
        said = name.last + 1 < len(tokens) and tokens[name.last + 1].key in _SAID_THAT
        given = _given_name_at(tokens, start, everyday=True)
        if not (given or (said and not any(tokens[m].definite for m in range(start, name.last + 1)))):
            return None
        return name
    return None


# After a name set off between commas, what opens the sentence's predicate: `، فرج الزليطني، يقول إن`,
# `، ناصر قاسم، إلى أن`, `، يحيى سريع، قد أعلن`.
_PREPOSITIONS_BEFORE_THAT = _keys("إلى من على")
_QAD = _keys("قد")


def set_off_speaker(tokens: list[Token], j: int, taken: dict[int, str]) -> Discovered | None:
    """A name set off between commas that opens on a given name at `j`, right before the verb, `إن` or
    `قد` of the sentence whose subject it is: `غير أن تاجراً للمواد الغذائية في سوق الجملة بالمدينة،
    فرج الزليطني، يقول إن`, `وقال عامل إغاثة في منظمة "أرض الخير"، عبد الرزاق محمد أفرح، إن`. The
    description before it may be any; news sets a speaker off so. In the 38 tuning sets' texts, of the
    119 such spans, 118 are people's; the other opened on an elative (`، أكبر جهة منتجة، يقول`)."""
    if not _given_name_at(tokens, j, everyday=True) or tokens[j].key in _ELATIVES:
        return None  # most words: a set lookup
    if not tokens[j].after_comma or tokens[j].after_break:
        return None
    name = _name_at(tokens, j, taken)
    if name is None or name.first != j:
        return None
    m = name.last + 1
    if m >= len(tokens) or not tokens[m].after_comma or tokens[m].after_break:
        return None
    key = tokens[m].key
    if key in _SAID_THAT or key in _QAD or _in(key, _SPEECH_VERBS):
        return name
    if key in _PREPOSITIONS_BEFORE_THAT and m + 1 < len(tokens) and tokens[m + 1].key in _SAID_THAT:
        return name  # `ويشير مختار قرية كوجو، ناصر قاسم، إلى أن`
    return None


_ELATIVES = _keys("أكبر أصغر")


# "By his (her) first name": `فضّل الاكتفاء باسمه الأول سالم،`. The one name a person gives.
_BY_NAME = _keys("باسمه باسمها")
_FIRST = _keys("الأول الأولى")


def _first_name_only(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The one word after `باسمه الأول` at `i`, where the clause ends: a person known by it alone."""
    k = i + 2
    if k >= len(tokens) or tokens[i + 1].key not in _FIRST or _phrase_ended(tokens, i + 1) or _phrase_ended(tokens, k):
        return None
    if tokens[k].definite or not _is_name_word(tokens, k, taken) or not _ends_clause(tokens, k + 1):
        return None
    return Discovered(PERSON, k, k)


# A verb whose subject a one-word name is, before `، وهي طالبة`: `وقالت سلمى، وهي`, `كانت منية، وهي`.
_WAS = _keys("كان كانت")


def _given_name_before(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """A given name alone before the comma at `i` that `وهو`/`وهي` and a trade follow, right after a
    verb of speech or `كان`: `وقالت سلمى، وهي طالبة`. The given name must be no everyday word."""
    k = i - 1
    if k < 1 or k in taken or tokens[k].after_comma or tokens[k].after_break or tokens[k].definite:
        return None
    if not _given_name_at(tokens, k, everyday=False):
        return None
    verb = tokens[k - 1].key
    if not (_in(verb, _SPEECH_VERBS) or _in(verb, _WAS)):
        return None
    return Discovered(PERSON, k, k)


def kin_by_given_name(tokens: list[Token], k: int, taken: dict[int, str]) -> Discovered | None:
    """The one given name right after a kin noun with its pronoun, where the clause or a relative ends
    it: `ويضيف ابنها محمود الذي يرافقها`, `وقالت ابنتها فاطمة إن`. A family is named so in news, by given
    names; an everyday word there (`شقيقه أمل`) is none."""
    if k in taken or tokens[k].definite or not _given_name_at(tokens, k, everyday=False):
        return None
    if _ends_clause(tokens, k + 1) or tokens[k + 1].key in _RELATIVES:
        return Discovered(PERSON, k, k)
    return None


# "Led by", "chaired by", "which he (she) heads": the name of who leads a body, a delegation or a court
# follows. `وأوضحت الوزارة، التي يرأسها أحمد التوفيق، في بلاغ`.
LED_BY = _keys("بقيادة برئاسة يرأسها يرأسه يقودها يقوده ترأسها ترأسه")
# Round 13: "under the leadership of", "which he leads" (`حزب تقدم بزعامة محمد الحلبوسي`, `حركة إيرا التي
# يتزعمها النائب بيرام الداه اعبيد`): in the 41 tuning sets' texts, the 5 before a given name are people.
LED_BY = LED_BY | _keys("بزعامة يتزعمها يتزعمه تتزعمها تتزعمه")
# A person's regime or death, in construct with the name (`سقوط نظام بشار الأسد في`, `بعد مقتل عبد الغني
# الككلي المعروف`): in those texts, the 6 before a given name that is no everyday word are people's.
# Only such a given name opens the name there: `نظام كمال الأجسام` is a sport.
REGIME_OF = _keys("نظام مقتل اغتيال")
# Round 14: a government named after its head, `حكومة أولف كريسترسون`, `حكومة بنيامين نتنياهو`: the 2 before
# a given name and a second word in the 44 tuning sets' texts (`حكومة مصطفى أمام` names one word, no one).
REGIME_OF = REGIME_OF | _keys("حكومة")


def led_by(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name after `بقيادة` or `برئاسة` at `i`, that opens on a given name and ends where the clause,
    a preposition, `قد` or a verb does: `وفد من الصندوق برئاسة إرنستو راميريز ريغو قد زار`. A body
    (`بقيادة تجمع من المقرضين`) or a title (`برئاسة وزير الكهرباء`, read by the title's rule) is none."""
    j = i + 1
    everyday = not _has_stem_in(tokens[i].key, REGIME_OF)
    if _phrase_ended(tokens, j) or j in taken or not _given_name_at(tokens, j, everyday=everyday):
        return None
    name = _name_at(tokens, j, taken)
    if name is None or name.first != j:
        return None
    end = name.last + 1
    if _ends_clause(tokens, end) or tokens[end].key in _NAME_END_PARTICLES or _in(tokens[end].key, STOP):
        return name
    if _three_consonants(tokens[end]) and tokens[j].key in WESTERN_GIVEN_NAMES:
        return name  # `حكومة أولف كريسترسون بدعم من`: the name's reading stopped before a verbal noun
    if tokens[end].key[:1] == "و" and _nisba(tokens[name.last]):
        return name  # `بزعامة محمد الحلبوسي وتحالف عزم`: a family name in ال- ي ends the name, و the next body
    return None


def _given_name_after_role(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name after a role whose words the parse cannot read through, from the first given name that
    is no everyday word, where the clause or `إن` ends it: `الباحث في معهد دول الخليج العربية في
    واشنطن حسين إبيش أن`, `المتحدث باسم الوكالة الوطنية لإدارة الكوارث عبد الله المهاري إن`. The word
    before it ends the role: a definite word or a known place or body, no word that may be the name's
    own (`المهندس فضل عوض باعباد`: فضل is one) nor a body's noun (`جامعة محمد الخامس`)."""
    for k in range(i + 2, min(i + 1 + _MAX_SET_OFF, len(tokens))):
        token = tokens[k]
        if _phrase_ended(tokens, k) or taken.get(k) == PERSON or token.key in _RELATIVES:
            return None
        if _in(token.key, ROLE_PREPOSITIONS) or not (
            _given_name_at(tokens, k, everyday=False) or _given_name_before_connector(tokens, k)
        ):
            continue  # `المتحدث باسم الوكالة`: "in the name of", no given name
        before = tokens[k - 1]
        if not (before.definite or taken.get(k - 1) in (LOC, ORG)) or _is_title(before) or _in(before.key, RANKS):
            return None  # `المهندس فضل عوض باعباد`: an unknown word before it may be the name's first
        name = _name_at(tokens, k, taken)
        if name is None or name.first != k or not _ends_clause(tokens, name.last + 1):
            return None
        return name
    return None


def _given_name_before_connector(tokens: list[Token], k: int) -> bool:
    """A given name that is an everyday word too, which "father of", "servant of" or "son of" after it
    makes a name's: `عضو لجنة الدفاع عن أراضي سلوان فخري أبو دياب إن`."""
    return (
        _given_name_at(tokens, k, everyday=True)
        and not _phrase_ended(tokens, k + 1)
        and _in(tokens[k + 1].key, _FATHER_CONNECTORS)
    )


# Monarchs, whom a regnal number after the one name tells apart: `الملك رمسيس الثاني`, `البابا ليو
# الرابع عشر`, `الملكة إليزابيث الثانية`.
_MONARCHS = _keys("الملك الملكة البابا الفرعون السلطان الإمبراطور")
_FEMININE_ORDINALS = _keys("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة")
_REGNAL_NUMBERS = _ORDINALS | _FEMININE_ORDINALS
_TEENS = _keys("عشر عشرة")


def regnal_name(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The one name and the ordinal after a monarch's title at `i`: `تمثال الملك رمسيس الثاني في`. An
    ordinal is no name's word elsewhere (`الفصل الثاني`), and one name is no person by itself."""
    k = i + 1
    if tokens[i].key not in _MONARCHS or _phrase_ended(tokens, k + 1) or k in taken:
        return None
    if tokens[k].definite or not _is_name_word(tokens, k, taken) or tokens[k + 1].key not in _REGNAL_NUMBERS:
        return None
    last = k + 1
    if not _phrase_ended(tokens, last + 1) and tokens[last + 1].key in _TEENS:
        last += 1  # `ليو الرابع عشر`
    return Discovered(PERSON, k, last)


def addressed_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name an honorific at `i` addresses, `السيد` or `السيدة` skipped: `سعادة سعيد راشد الهاجري
    سفيراً`, `سعادة السيد غانم بن فضل البوعينين وزير`. It opens on a given name; `سعادة الناس` is
    happiness, and a title after the honorific (`سمو الشيخ`) has its own rule."""
    j = i + 1
    if not _phrase_ended(tokens, j) and tokens[j].key in _MISTER:
        j += 1
    if _phrase_ended(tokens, j) or j in taken or not _given_name_at(tokens, j, everyday=True):
        return None
    name = _name_at(tokens, j, taken)
    return name if name is not None and name.first == j else None


# A person named again by the family name alone, as the subject of a verb of speech: `المهندس فضل عوض
# باعباد، ... وأوضح باعباد أن`, `أعاد أبو محمد القباني فتح محل والده ... يقول القباني الذي`. News gives the
# whole name once and the family name after; the second mention says which words before it are a
# person's name wherever the first stands, and where that name ends.
_MAX_BEFORE_FAMILY = 3  # words of a name before its family name


def _lone_speakers(tokens: list[Token], taken: dict[int, str], speech_forms: frozenset[str]) -> dict[str, int]:
    """The words that stand alone right after a verb of speech, where the clause, a preposition or a
    relative ends them (`وأضاف برنية أن`, `يقول القباني الذي`), mapped to their index."""
    alone: dict[str, int] = {}
    for i in range(1, len(tokens)):
        token = tokens[i]
        if tokens[i - 1].key not in speech_forms or i in taken or token.after_comma or token.after_break:
            continue
        following = i + 1
        if not (
            _ends_clause(tokens, following)
            or tokens[following].key in _NAME_END_PARTICLES
            or tokens[following].key in _RELATIVES
        ):
            continue
        if strip_diacritics(token.raw).endswith(_POSSESSIVE_ENDS):
            continue  # `دعا أنصاره إلى`: a noun with its pronoun, no family name
        if _is_name_word(tokens, i, taken) and not _is_title(token) and not demonym(token.key, PLACES):
            alone.setdefault(token.key, i)
    return alone


def named_again(
    tokens: list[Token], taken: dict[int, str], people: list[Discovered], speech_forms: frozenset[str]
) -> tuple[list[Discovered], list[Discovered]]:
    """The people a family name said alone after a verb of speech names elsewhere in the text: the
    words before another mention of it, from a given name (`فضل عوض باعباد`, `أبو محمد القباني`), and
    the people found whose name ran on past it, cut there (`شينا أنصاري قولها` → `شينا أنصاري`).
    Returns the names to add and the people to replace, each cut one beside the one it replaces."""
    alone = _lone_speakers(tokens, taken, speech_forms)
    if not alone:
        return [], []
    added: list[Discovered] = []
    cut: list[Discovered] = []
    for m, token in enumerate(tokens):
        if token.key not in alone or alone[token.key] == m or m in taken:
            continue
        holder = next((p for p in people if p.first < m <= p.last), None)
        if holder is not None:
            if m < holder.last and not _name_goes_on(tokens, m + 1):
                cut.append(replace(holder, last=m))
            continue
        if any(p.first == m for p in people) or (not _phrase_ended(tokens, m + 1) and _name_goes_on(tokens, m + 1)):
            continue  # `محمد عزام الخطيب التميمي`: the name may go on past the word said alone
        name = _name_ending_at(tokens, m, taken)
        if name is not None:
            added.append(name)
    return added, cut


def _name_ending_at(tokens: list[Token], m: int, taken: dict[int, str]) -> Discovered | None:
    """The longest name that ends on the family name at `m` and opens on a given name, no comma, break,
    known name or definite word but the family name between them."""
    for first in range(max(m - _MAX_BEFORE_FAMILY, 0), m):
        if first in taken or tokens[first].definite or tokens[first].raw in PREPOSITIONS_LIKE_NAMES:
            continue
        # A given name that is an everyday word too opens the name only before a father's given name:
        # `فضل عوض باعباد`, but not `عودة الإنتاج`, `أمل الحكومة`.
        everyday = first + 1 < m and _given_name_at(tokens, first + 1, everyday=True)  # the father's name next
        if not _given_name_at(tokens, first, everyday=everyday):
            continue
        if _is_title(tokens[first]) or _role_noun(tokens[first]):
            continue  # a given name that a particle is too may stand first (`فضل`), no title
        if any(tokens[k].after_comma or tokens[k].after_break for k in range(first + 1, m + 1)):
            continue
        if any(not _is_name_word(tokens, k, taken) for k in range(first + 1, m + 1)):
            continue
        if any(tokens[k].definite and not _in(tokens[k - 1].key, CONNECTORS) for k in range(first + 1, m)):
            continue
        return _person(tokens, first, m)
    return None


def _name_goes_on(tokens: list[Token], k: int) -> bool:
    """The word at `k`, after a family name said alone elsewhere, may still be the name's: a second
    family name (`محمد عزام الخطيب التميمي`), a given name after a middle one (`الصادق أبكر جبريل`),
    "son of" and the lineage, or the particle of a European name (`لويس إيناسيو لولا دا سيلفا`)."""
    token = tokens[k]
    return (
        token.definite
        or token.key in _NAME_PARTICLES
        or _given_name_at(tokens, k, everyday=True)
        or _in(token.key, CONNECTORS)
    )


# A kunya, "father of" and a given name, with the family name after it, is a man's name wherever it
# stands: `يقف أبو أحمد الدالاتي مع أبنائه`, `أعاد أبو محمد القباني فتح محل والده`. After the noun of a
# place or a site it is the place's (`سد أبو منصور الجديد`, `حي أبو سليم`), which the gazetteer knows
# as often. In the 41 tuning sets' texts (no gazetteer), the 11 kunyas so followed and ended (a clause,
# a preposition or a relative) are people's.
KUNYA_FORMS = _keys("أبو وأبو")


def kunya_at(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """`أبو` at `i`, a given name that is no everyday word and a family name in ال, that the clause, a
    preposition or a relative ends: `أبو أحمد الدالاتي مع`."""
    given, family = i + 1, i + 2
    if _phrase_ended(tokens, given) or _phrase_ended(tokens, family) or given in taken or family in taken:
        return None
    if tokens[given].definite or not _given_name_at(tokens, i, everyday=False):
        return None
    if not tokens[family].key.startswith("ال") or demonym(tokens[family].key, PLACES):
        return None  # `كرم أبو سالم والعوجة`: a second place after و, no family name
    if not _is_name_word(tokens, family, taken):
        return None
    if i > 0 and not tokens[i].after_comma and (i - 1 in taken or _names_a_site(tokens[i - 1])):
        return None  # `سد أبو منصور الجديد`, `معبر كرم أبو سالم`
    end = family + 1
    if not (_ends_clause(tokens, end) or tokens[end].key in _NAME_END_PARTICLES or tokens[end].key in _RELATIVES):
        return None
    return Discovered(PERSON, i, family, tokens[i].key[:1] == "و")


# "Quoted him as saying": `ونقلت وكالة إرنا عن رئيسة منظمة حماية البيئة شينا أنصاري قولها إن`. The words
# between `عن` and `قوله` are whom the news quotes, a role and a name, and `قوله` ends the name. In the 41
# tuning sets' texts, before each of the 6 such `قوله` a person's name ends.
SAYING = _keys("قوله قولها قولهم قولهما")
_FROM = _keys("عن")


def quoted_as_saying(tokens: list[Token], i: int, taken: dict[int, str]) -> Discovered | None:
    """The name that ends right before `قوله` at `i`, after `عن` and the role: from the first given name
    (no known name, comma or break from there on), two to four words."""
    start = None
    for k in range(i - 1, max(i - _MAX_SET_OFF, 0) - 1, -1):
        if any(char in SENTENCE_ENDS for char in tokens[k + 1].gap):
            return None
        if tokens[k].key in _FROM and k not in taken:
            break  # the role between may name a known body: `عن رئيسة منظمة حماية البيئة الإيرانية`
        if tokens[k + 1].after_comma and k + 1 < i:
            return None  # `عن فلان، المتحدث باسم…، قوله`: the name stands before the comma, read elsewhere
    else:
        return None
    for first in range(k + 1, i - 1):
        if first in taken or not _given_name_at(tokens, first, everyday=True):
            continue
        if i - first > _MAX_NAME or not all(_is_name_word(tokens, m, taken) for m in range(first, i)):
            return None
        if any(tokens[m].definite and not _in(tokens[m - 1].key, CONNECTORS) for m in range(first + 1, i - 1)):
            continue  # `عن وزير المالية محمد…`: a definite word inside is the role's, the name opens later
        start = first
        break
    return None if start is None else _person(tokens, start, i - 1)
