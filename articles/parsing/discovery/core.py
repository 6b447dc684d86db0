"""The two passes over a text: bodies and places first, then people, whose names never cover theirs."""

from collections.abc import Iterable

from articles.parsing.discovery.common import (
    _DEPARTMENTS,
    _DIACRITIC_CHARS,
    _DIVISIONS,
    _HEALTH_HEADS,
    _HONORIFICS,
    _HOUSES,
    _KIN,
    _LOCAL_BODY_HEADS,
    _PRONOUN_ENDS,
    _SPEECH_VERBS,
    _TITLE_FORMS,
    ADDRESS_FORMS,
    CLOSING_QUOTES,
    CONNECTORS,
    DEFINITE_BODIES,
    FACILITIES,
    INSTITUTES,
    LOC,
    OPENING_QUOTES,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACES,
    RANKS,
    SENTENCE_ENDS,
    STATE_BODIES,
    STOP,
    TITLES,
    Discovered,
    Known,
    _given_name_at,
    _has_stem_in,
    _in,
    _is_title,
    _keys,
    _name_at,
    _opens_quote,
    _org_head,
    _phrase_ended,
    _role_noun,
    _tanween,
    _with_pronoun,
    _written_forms,
    demonym,
)
from articles.parsing.discovery.organisations import (
    _AGENCY_UNITS,
    _ROLE_ADJECTIVES,
    BARE_BODY_FORMS,
    TEAMS,
    _agency_of_known_body,
    _before_known_body,
    _city_body_at,
    _definite_body_at,
    _division_at,
    _hospital_at,
    _longer_known_body,
    _of_member_states,
    _org_at,
    _quoted_org_at,
    _second_head_body_at,
    _state_body_at,
    _under_command,
    _unit_at,
    _with_region,
    _with_seat,
    bare_body_at,
    described_by_quote,
    of_a_named_university,
    team_at,
)
from articles.parsing.discovery.people import (
    _BY_NAME,
    _CALLED,
    _SETTLEMENTS,
    _TRADES,
    KUNYA_FORMS,
    LED_BY,
    OFFICE_FORMS,
    REGIME_OF,
    SAYING,
    _after_role,
    _aged_person,
    _appointed_at,
    _called_person,
    _first_name_only,
    _given_name_after_role,
    _given_name_before,
    _is_trade,
    _listed_people,
    _name_after_nationality,
    _name_before,
    _scorer_at,
    _set_off_name,
    _speaker_at,
    addressed_at,
    appointed_before,
    kin_by_given_name,
    kunya_at,
    led_by,
    named_again,
    names_a_body,
    names_a_thing,
    quoted_as_saying,
    regnal_name,
    set_off_speaker,
)
from articles.parsing.discovery.places import (
    _KINDED_PORTS,
    _LISTED_FACILITIES,
    _NAMED_AFTER,
    _REGION_FORMS,
    _SUCH_AS,
    LINKING,
    PROVINCE_LISTS,
    QUARTERS,
    SUB_DISTRICTS,
    VENUES,
    _facility_at,
    _linked_places_at,
    _listed_facilities_at,
    _place_in_known_list,
    _places_such_as,
    _port_of_a_kind,
    _region_at,
    _settlements_at,
    _stadium_at,
    venue_at,
)
from articles.parsing.words import Token

# Sport trades that are everyday nouns too ("the rule", "the alternative"): right after them, only a given
# name opens a name.
_EVERYDAY_TRADES = _keys("الحكم البديل")
# A team's player with its pronoun introduces him as a trade does: `مهاجمه أنس العوضات`, `لاعبه زكريا دراوي`.
# Trades in construct take the word after them as what they sell or drive, never as a name: `بائع
# خضار أوقف`, `بائعة شاي فرت`, `سائق دراجة نارية أجرة`.
_CONSTRUCT_TRADES = _keys("بائع بائعة سائق")
# In the Maghreb الفلاحة is "agriculture" too, in construct after a ministry or a minister: `وزارة
# الفلاحة والموارد المائية`, `وزير الفلاحة`. There it introduces no woman farmer's name.
_AGRICULTURE = _keys("الفلاحة")
# Appositive roles that follow a name without a comma: `قال يحيى رسول المتحدث باسم…`.
APPOSITIVES = _keys("المتحدث المتحدثة الناطق الناطقة السفير السفيرة المبعوث المبعوثة المستشار مستشار")
# A chief executive's or a director general's title follows his name so too: `عن الجانب التركي عبدالواحد
# فيدان المدير العام لشركة "بوتاش"`, `حامد بن محمد النعماني الرئيس التنفيذي لشركة`. Only with its
# qualifier: alone, `الرئيس` after a name is as often a second man's (`يستقبل الرئيس`, `مجمع الرئيس رفيق`).
_EXECUTIVES = _keys("المدير الرئيس")
_EXECUTIVE_QUALIFIERS = _keys("العام التنفيذي")


def _executive_title(tokens: list[Token], i: int) -> bool:
    return (
        _in(tokens[i].key, _EXECUTIVES)
        and not _phrase_ended(tokens, i + 1)
        and tokens[i + 1].key in _EXECUTIVE_QUALIFIERS
    )


def discover(
    tokens: list[Token], taken: dict[int, str], places: frozenset[str] = PLACES, ends: Iterable[int] = ()
) -> list[Discovered]:
    """People, organisations and named facilities introduced in the text.

    `taken` maps the words of names already known (the gazetteer's) to their kind: a discovered name
    never covers one, and a known place or body may stand inside a role (`وزير خارجية إيران`).
    `ends` are the last words of those that a known name opening on a preposition follows (`Known`).
    `places` are one-word place names (normalised), to tell a nationality adjective.
    """
    taken = Known(taken, ends)
    found: dict[int, Discovered] = {}
    named_to = -1  # the last word of the facility found last: `مول` in `محطة مول الإمارات` is inside it
    for i, token in enumerate(tokens):
        if i in taken and not (taken[i] == LOC and _opens_quote(token)):
            first_of_known_body = taken[i] == ORG and taken.get(i - 1) != ORG
            if token.key in _PORT_FORMS and taken[i] == LOC and (port := _port_of_a_kind(tokens, i, taken)):
                found.setdefault(i, port)  # `ميناء الدقم للصيد البحري`, a port of its own beside `ميناء الدقم`
            elif first_of_known_body and (longer := _longer_known_body(tokens, i, taken, places)):
                found.setdefault(i, longer)  # `مستشفى السلطان قابوس بصلالة`, the one of Salalah
            elif first_of_known_body and (agency := _agency_of_known_body(tokens, i, taken)):
                found.setdefault(i - 1, agency)  # `مكتب الأمم المتحدة لحقوق الإنسان`
            continue  # a quoted name may begin with a known place: `شركة "بحر العرب لوساطة التأمين"`
        if token.key in BARE_BODY_FORMS and (bare := bare_body_at(tokens, i, taken)) is not None:
            found.setdefault(i, bare)  # `النيابة العامة`; `مجلس النواب` where the gazetteer found no country
            continue
        if _opens_quote(token) and (quoted := _quoted_org_at(tokens, i, taken, places)) is not None:
            body = quoted
        elif token.key in _REGION_FORMS and (region := _region_at(tokens, i, taken)):
            found.setdefault(region.first, region)  # `محافظات الصعيد والدلتا`, `أمير المنطقة الشرقية`
            continue
        elif token.key in _SETTLEMENT_FORMS:
            for place in _settlements_at(tokens, i, taken, places):
                found.setdefault(place.first, place)
            continue
        elif token.key in _SUCH_AS:  # `قرى ساحلية صغيرة مثل اللوزة والصيادة`
            for place in _places_such_as(tokens, i, taken):
                found.setdefault(place.first, place)
            continue
        elif token.key in LINKING and (linked := _linked_places_at(tokens, i, taken, places)):
            for place in linked:  # `الطريق الرابطة بين الحمامات وقرنبالية`; else `الرابطة` may head a body
                found.setdefault(place.first, place)
            continue
        elif token.key in _LISTED_FACILITY_FORMS:
            for place in _listed_facilities_at(tokens, i, taken, places):
                found.setdefault(place.first, place)
            continue
        elif token.key in _STADIUM_FORMS:
            body = _stadium_at(tokens, i, taken)
        elif token.key in _VENUE_FORMS and (
            venue := venue_at(tokens, i, taken, places) or team_at(tokens, i, taken, places)
        ):
            found.setdefault(i, venue)  # `مسرح السلام`, `شارع الـ 60 متري`, `منتخب السويد`
            continue
        elif (
            (taken.get(i - 1) == LOC or taken.get(i + 1) == LOC)
            and token.key not in _HEAD_FORMS
            and (listed := _place_in_known_list(tokens, i, taken, places))
        ):
            found.setdefault(i, listed)  # `في صفاقس وقفصة وسوسة والكاف،`
            continue
        elif token.key not in _HEAD_FORMS:  # every branch below needs a head noun
            continue
        elif token.key in _SECOND_HEAD_FORMS and (named := _second_head_body_at(tokens, i, taken)):
            body = named
        elif token.key in _LOCAL_BODY_FORMS and (
            local := _city_body_at(tokens, i, taken) or _hospital_at(tokens, i, taken)
        ):
            body = local  # else `المحكمة` may still head a state body: `المحكمة الإدارية التونسية`
        elif token.key in _AGENCY_UNIT_FORMS and not token.definite:
            body = _unit_at(tokens, i, taken, places)  # `وحدة تنسيق القبول الموحد`; `الوحدة` is a definite body's
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
            body = _before_known_body(tokens, _under_command(tokens, _with_seat(tokens, body, taken)), taken)
            body = _of_member_states(tokens, body, taken)  # `هيئة الربط الكهربائي لدول مجلس التعاون الخليجي`
            if of_a_named_university(tokens, body):
                continue  # `كلية الهندسة بجامعة القاهرة`: the university's, named on its own
            if described_by_quote(tokens, body, taken, places):
                continue  # `اتحاد التعاونيات الزراعية "جيه إيه زين نوه"`: the quote is its name
            found.setdefault(body.first, body)
    # Bodies and places first: a role may name one (`رئيس حزب المساواة وديمقراطية الشعوب`), and
    # no person's name is made of their words (`جامعة محمد الخامس`).
    bodies = {k: body.kind for body in found.values() for k in range(body.first, body.last + 1)}
    taken = Known(taken | bodies, taken.ends)
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        if token.key in _SCORING_FORMS and (name := _scorer_at(tokens, i, taken)):
            found.setdefault(name.first, name)  # `ثم أضاف سالم الدوسري الهدف الثالث`
            continue
        if token.key in _YEARS and (name := _aged_person(tokens, i, taken)):
            found.setdefault(name.first, name)  # `سعاد أبو شمالة (58 عاماً)`
            continue
        if token.key in _BY_NAME and (name := _first_name_only(tokens, i, taken)):
            found.setdefault(name.first, name)  # `فضّل الاكتفاء باسمه الأول سالم،`
            continue
        if token.key in SAYING and (name := quoted_as_saying(tokens, i, taken)):
            known = next((p for p in found.values() if p.kind == PERSON and p.first == name.first), None)
            if known is not None and known.last >= i:
                found[name.first] = name  # `شينا أنصاري قولها`: the role's reading ran on into the saying
            found.setdefault(name.first, name)  # `عن إيفان فيدوروف قوله إن`
            continue
        if token.key in KUNYA_FORMS and (name := kunya_at(tokens, i, taken)):
            found.setdefault(name.first, name)  # `يقف أبو أحمد الدالاتي مع أبنائه`
            continue
        if token.key in _CALLED and (name := _called_person(tokens, i, taken)):
            found.setdefault(name.first, name)  # `معلم في ثانوية جودت الهاشمي يدعى رامي الحلبي من`
            continue
        if token.key in ADDRESS_FORMS and (name := addressed_at(tokens, i, taken)):
            found.setdefault(name.first, name)  # `وسعادة مريم خليفة الكعبي سفيرة`
            continue
        if token.key in _LED_BY_FORMS and (name := led_by(tokens, i, taken)):
            found.setdefault(name.first, name)  # `وفد من الصندوق برئاسة إرنستو راميريز ريغو قد زار`
            continue
        if token.gap != " " and (name := set_off_speaker(tokens, i, taken)):
            found.setdefault(name.first, name)  # `، فرج الزليطني، يقول إن`
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
            name = name or regnal_name(tokens, i, taken)  # `الملك رمسيس الثاني`
            if name is None and start == i + 1 and _kin(token):
                name = kin_by_given_name(tokens, start, taken)  # `ويضيف ابنها محمود الذي يرافقها`
            if name is None or names_a_body(tokens, name) or names_a_thing(tokens, name):
                name = _set_off_name(tokens, i, taken)  # `وقال عمدة كينييبا، سيدي بيه كاني، إن`
                name = name or _given_name_after_role(tokens, i, taken)  # `الباحث في معهد … حسين إبيش أن`
            if name and not _describes(tokens, name.first, places) and not _aside_ended(tokens, i, name):
                found.setdefault(name.first, name)
        if title and (token.after_comma or _in(token.key, APPOSITIVES) or _executive_title(tokens, i)):
            name = _name_before(tokens, i, taken)
            if name:
                found.setdefault(name.first, name)
        elif token.key in _APPOSED_TRADES and token.after_comma and (name := _name_before(tokens, i, taken)):
            found.setdefault(name.first, name)  # `ويقول جمال الزغير، صاحب محجر`
        elif token.key in _HE_IS and token.after_comma and i + 1 < len(tokens) and _is_trade(tokens[i + 1]):
            name = _name_before(tokens, i, taken)  # `عبد الله مطاوع، وهو صاحب أرض`
            name = name or _given_name_before(tokens, i, taken)  # `وقالت سلمى، وهي طالبة`
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
        elif token.key in OFFICE_FORMS and (name := appointed_before(tokens, i, taken)):
            found.setdefault(name.first, name)  # `ورضا رحماني محافظاً لأذربيجان`
    # The family name said alone after a verb of speech finds the whole name elsewhere, or ends it.
    added, cut = named_again(tokens, taken, [d for d in found.values() if d.kind == PERSON], _SPEECH_VERB_FORMS)
    for name in cut:
        found[name.first] = name
    for name in added:
        found.setdefault(name.first, name)
    # A rank inside a role phrase finds the same name again; one per first word. A name inside another
    # person's is the same man read from a later word: `يدعى حسن علي فقيه، وهو مزارع` is no `علي فقيه`.
    people = [d for d in found.values() if d.kind == PERSON]
    return sorted(
        (d for d in found.values() if not (d.kind == PERSON and _inside_a_person(d, people))), key=lambda d: d.first
    )


def _inside_a_person(name: Discovered, people: list[Discovered]) -> bool:
    return any(
        other.first <= name.first and name.last <= other.last and (other.first, other.last) != (name.first, name.last)
        for other in people
    )


def _aside_ended(tokens: list[Token], i: int, name: Discovered) -> bool:
    """The role at `i` is set off after a name (`أسامة ربيع، رئيس هيئة قناة السويس،`) and the words
    after its closing comma are the sentence's, not a name: only a given name opens one there.
    `الفريق أسامة ربيع، رئيس هيئة قناة السويس، ارتفاع إيرادات القناة` is no `ارتفاع إيرادات`."""
    return (
        tokens[i].after_comma
        and name.first > i + 1
        and tokens[name.first].after_comma
        and not _given_name_at(tokens, name.first, everyday=True)
    )


# Titles that are adjectives too: `كبير الباحثين` heads a role, `جيش كبير، وشرعية` describes a noun.
_ADJECTIVE_TITLES = _keys("كبير كبيرة")


# Titles only in construct with what they head: `مختار البلدة محمد أحمد الخطيب` (alone, مختار is a
# given name), `رجل الأعمال إبراهيم العرجاني`, `سيدة الأعمال`, `رجل الدين` (alone, any man or woman).
_MUKHTAR = _keys("مختار")
_PEOPLE_OF = _keys("رجل سيدة ربة")
_WHAT_PEOPLE_ARE_OF = _keys("الأعمال الدين المنزل البيت")  # `ربة المنزل سيلفينا غوميز`
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


_HE_IS = _keys("وهو وهي")
# `، أحد أعيان المنطقة`, `، إحدى سكان البلدة`: "one of" a group, set off after a name.
_ONE_OF = _keys("أحد إحدى")


# `ثلاثة مرشحين، بينهم منذر الزنايدي وعبد اللطيف المكي`: "among them" and a list of people.
_AMONG_THEM = _keys("بينهم منهم أبرزهم بينهما")


def _one_of_many(tokens: list[Token], k: int) -> bool:
    """The group after `أحد`: a noun in construct, not a definite one (`أحد الخيارات` is a thing)."""
    return k < len(tokens) and not _phrase_ended(tokens, k) and not tokens[k].definite and not _in(tokens[k].key, STOP)


# Trades that stand after a name and a comma as a title does: `جمال الزغير، صاحب محجر`, `ميرا حداد،
# طالبة`. Not أب, أم (`، أم أن`) nor منتخب.
_APPOSED_TRADES = _TRADES - _keys("أب أم منتخب منتخبة")


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
    if _in(before.key, _BEFORE_A_PERSON) or _in(before.key, _SPEECH_VERBS):
        return True
    # `فيما تحصلت التونسية مريم بن حميدة على جائزة`, `حلّت الكينية بريسكا ويريمو ثانية`: after a verb the
    # rules do not list, a given name that is no everyday word makes the adjective a noun. A definite
    # word before it takes it as its adjective (`الجانب التركي`), as does a name (`لوبينيون الفرنسية`),
    # which the gazetteer or a title's rule reads.
    if before.definite or _tanween(before) or _is_title(before) or _given_name_at(tokens, i - 1, everyday=True):
        return False
    following = _past_nationalities(tokens, i + 1, places)
    return not _phrase_ended(tokens, following) and _given_name_at(tokens, following, everyday=False)


_BEFORE_A_PERSON = _keys("على مع إلى من عن بين أمام ضد بعد قبل خلف لدى")


def _past_nationalities(tokens: list[Token], k: int, places: frozenset[str]) -> int:
    """`الفلسطيني الدنماركي مهدي فليفل`: the first word after a run of nationalities."""
    while k < len(tokens) and tokens[k].definite and not tokens[k].after_break and demonym(tokens[k].key, places):
        k += 1
    return k


def _kin(token: Token) -> bool:
    """A kin noun with a pronoun (`جارها`), that no title reading (`مستشاره`) or rank makes a title."""
    if token.key in _TITLE_FORMS or not token.raw.rstrip(_DIACRITIC_CHARS).endswith(_PRONOUN_ENDS):
        return False
    return _with_pronoun(token.raw, _KIN) and not _with_pronoun(token.raw, TITLES)


_DEFINITE_HEADS = STATE_BODIES | DEFINITE_BODIES | _DIVISIONS
# Every word a body's branch in discover() can start at, but a quote: most words are none of them.
_HEAD_FORMS = frozenset().union(
    *map(_written_forms, (ORG_HEADS, INSTITUTES, FACILITIES, _DEFINITE_HEADS, _LOCAL_BODY_HEADS))
)
_LOCAL_BODY_FORMS = _written_forms(_LOCAL_BODY_HEADS)
# Heads read by the round-6 rules for health centres, departments and publishers.
_SECOND_HEAD_FORMS = frozenset().union(*map(_written_forms, (_HEALTH_HEADS, _DEPARTMENTS, _HOUSES)))
_AGENCY_UNIT_FORMS = _written_forms(_AGENCY_UNITS)
_HEAD_FORMS = _HEAD_FORMS | _SECOND_HEAD_FORMS | _AGENCY_UNIT_FORMS


# A change of office names who it happens to, then the office: `وتعيين أيمن المديفر رئيساً تنفيذياً`,
# `بعد مغادرة نظمي النصر منصب الرئيس التنفيذي`.
_TRANSITIONS = _keys("تعيين انتخاب اختيار تكليف تسمية ترشيح مغادرة استقالة إقالة رحيل تنحي")
_TRANSITION_FORMS = _written_forms(_TRANSITIONS)
# As `_in` reads them, in one set lookup: this is asked of every word.
_SPEECH_VERB_FORMS = _SPEECH_VERBS | {conjunction + verb for verb in _SPEECH_VERBS for conjunction in "وف"}


# `(58 عاماً)`, `(7 أعوام)`: a person's age in brackets after the name.
_YEARS = _keys("عاما عام أعوام سنة سنوات")


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


_PORT_FORMS = _written_forms(_KINDED_PORTS)
_VENUE_FORMS = _written_forms(VENUES | TEAMS)


# Stadiums and arenas, named with their head: `ملعب ثامر`, `ملعب علي لابوانت`, `ملعب الأمير هاشم`,
# `ملعب 5 جويلية الأولمبي`, `ملعب المملكة أرينا`. The head alone is a pitch of any kind (`ملعب كرة`,
# `ملعب خماسي`, `ملعب المباراة`), so the name is a ruler's or a notable's, a date, or name words.
_STADIUMS = _keys("ملعب ستاد استاد")
_STADIUM_FORMS = frozenset(
    form for form in _written_forms(_STADIUMS) if not form.startswith("ال") and form[:3] not in ("بال", "وال", "لل")
)


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
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
_SETTLEMENT_FORMS = _written_forms(_SETTLEMENTS | QUARTERS | PROVINCE_LISTS | SUB_DISTRICTS)
_LED_BY_FORMS = LED_BY | {"و" + key for key in LED_BY} | _written_forms(REGIME_OF)
_LISTED_FACILITY_FORMS = _written_forms(frozenset(_LISTED_FACILITIES))
