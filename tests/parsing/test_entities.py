from types import SimpleNamespace

import pytest

from articles.parsing.entities import Gazetteer, Match, article_text, count_mentions, extract, story_text

IRAQ, RESISTANCE, IRAN, USA, SUDANI = 1, 2, 3, 4, 5
GAZETTEER = Gazetteer(
    [
        (IRAQ, "العراق", True),
        (RESISTANCE, "المقاومة الإسلامية في العراق", True),
        (IRAN, "إيران", True),
        (USA, "الولايات المتحدة", True),
        (USA, "أميركا", False),
        (USA, "واشنطن", False),
        (SUDANI, "محمد شياع السوداني", True),
    ]
)


def found(text):
    return [(m.entity_id, m.surface) for m in GAZETTEER.find(text)]


@pytest.mark.parametrize(
    "written",
    ["العراق", "والعراق", "بالعراق", "للعراق", "فالعراق", "وبالعراق", "وللعراق", "كالعراق", "العـراق", "العِراق"],
)
def test_name_matches_with_clitics_tatweel_and_diacritics(written):
    assert found(f"قال مسؤول في {written} أمس") == [(IRAQ, written)]


def test_separated_lam_clitic_still_matches_the_name():
    assert found("وفقا لـ العراق") == [(IRAQ, "العراق")]


def test_longest_name_wins_over_the_name_inside_it():
    assert found("وتبنت «المقاومة الإسلامية في العراق» الهجوم") == [(RESISTANCE, "المقاومة الإسلامية في العراق")]


@pytest.mark.parametrize("adjective", ["الإيرانية", "الإيراني", "العراقية", "الأميركي"])
def test_nationality_adjective_is_not_a_mention_of_the_state(adjective):
    assert found(f"الفصائل {adjective} تهدد") == []


def test_part_of_a_longer_word_is_no_match():
    assert found("إيرانيون والعراقيين") == []


def test_alias_matches_its_entity_with_hamza_spelling_folded():
    assert found("اميركا وواشنطن") == [(USA, "اميركا"), (USA, "وواشنطن")]


def test_spelling_two_entities_share_as_aliases_matches_neither():
    gazetteer = Gazetteer([(1, "حزب الله", True), (1, "الحزب", False), (2, "حزب البعث", True), (2, "الحزب", False)])
    assert gazetteer.find("قال الحزب") == []


def test_offsets_and_surface_point_into_the_original_text():
    text = "أكد «محمد شياع السوداني»، أمس"
    (match,) = GAZETTEER.find(text)
    assert match == Match(SUDANI, 5, 23, "محمد شياع السوداني")
    assert text[match.start : match.end] == match.surface


def test_mentions_count_each_entity_once_with_its_forms_and_first_offset():
    mentions = count_mentions(GAZETTEER.find("العراق ثم والعراق ثم العراق وإيران"))
    assert [(m.entity_id, m.count, m.surface_forms, m.first_offset) for m in mentions] == [
        (IRAQ, 3, ("العراق", "والعراق"), 0),
        (IRAN, 1, ("وإيران",), 28),
    ]


def test_empty_gazetteer_finds_nothing():
    assert Gazetteer([]).find("العراق") == []


MBS = 9
ROYALS = Gazetteer([(MBS, "محمد بن سلمان", True, "PERSON"), (MBS, "بن سلمان", False, "PERSON")])


def test_a_known_bin_x_alias_inside_a_longer_introduced_name_is_that_other_person():
    found = extract("برئاسة رئيس المجلس أحمد بن سلمان المسلم، تعديلات", ROYALS)
    assert [(f.entity_id, f.name) for f in found] == [(None, "أحمد بن سلمان المسلم")]


def test_a_known_bin_x_alias_after_a_verb_is_still_the_known_person():
    found = extract("والتقى بن سلمان الوفد في الرياض", ROYALS)
    assert [f.entity_id for f in found] == [MBS]


def test_a_discovered_short_name_that_begins_a_longer_one_is_the_same_entity():
    text = 'تصدير الغاز من حقل "السلحفاة"\n\nبدأ التصدير من حقل "السلحفاة آحميم الكبير" البحري'
    found = [(f.name, f.count) for f in extract(text, Gazetteer([]))]
    assert found == [("حقل السلحفاة آحميم الكبير", 2)]


LIBYA, TUNISIA, LIBYAN_HOUSE, TUNISIAN_HOUSE, ABU_AL_KHASIB = 11, 12, 13, 14, 15
BODIES = Gazetteer(
    [
        (LIBYA, "ليبيا", True, "LOC"),
        (TUNISIA, "تونس", True, "LOC"),
        (LIBYAN_HOUSE, "مجلس النواب الليبي", True, "ORG"),
        (TUNISIAN_HOUSE, "مجلس نواب الشعب", True, "ORG"),
        (ABU_AL_KHASIB, "أبو الخصيب", True, "LOC"),
    ]
)


def bodies_found(text):
    return [(m.entity_id, m.surface) for m in BODIES.find(text)]


def test_a_parliament_named_without_its_country_is_the_story_country_s():
    text = "صوّت مجلس النواب في ليبيا على القانون، وقال رئيس لمجلس النواب إن"
    assert bodies_found(text) == [(LIBYAN_HOUSE, "مجلس النواب"), (LIBYA, "ليبيا"), (LIBYAN_HOUSE, "لمجلس النواب")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("صوّت مجلس النواب على القانون", id="no-country-named"),
        pytest.param("زار الوفد تونس، وصوّت مجلس النواب على القانون", id="country-without-such-a-body"),
        pytest.param("في ليبيا صوّت مجلس النواب التونسي على القانون", id="another-country-s-body"),
    ],
)
def test_a_parliament_named_without_a_known_country_stays_unnamed(text):
    assert [entity for entity, _ in bodies_found(text)] in ([], [LIBYA], [TUNISIA])


@pytest.mark.parametrize("written", ["أبو الخصيب", "أبي الخصيب", "أبا الخصيب"])
def test_a_name_in_abu_matches_in_every_case(written):
    assert bodies_found(f"في قضاء {written} جنوبا") == [(ABU_AL_KHASIB, written)]


_HOMOGRAPHS = Gazetteer([(1, "عمان", True, "LOC"), (2, "سلطنة عمان", True, "LOC"), (2, "عُمان", False, "LOC")])


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        pytest.param("وصل الوزير إلى عمان أمس", 1, id="unvowelled-is-the-name-s-owner"),
        pytest.param("وصل الوزير إلى عمّان أمس", 1, id="amman-by-its-shadda"),
        pytest.param("وصل الوزير إلى عُمان أمس", 2, id="oman-by-its-damma"),
        pytest.param("التي تؤدي فيها لعُمانَ دور الوسيط", 2, id="oman-behind-a-clitic-with-a-case-ending"),
        pytest.param("قالت سلطنة عمان إن عمان ترحب بالاتفاق", 2, id="oman-where-the-story-names-oman"),
    ],
)
def test_a_homograph_alias_is_read_from_its_vowel_or_the_story(text, entity):
    matches = _HOMOGRAPHS.find(text)
    assert matches[-1].entity_id == entity


MALI, NIGER, TYRE, BEIRUT, ZARQA, HOMS, QUSAYR, HAJJAH = 11, 12, 13, 14, 15, 16, 17, 18
KHIAM, SEOUL, OBEID, METULA, TAWILA = 31, 32, 33, 34, 35
BURSA, YAZD, DEIRA, ISTANBUL = 36, 37, 38, 39
HOMOGRAPHS = Gazetteer(
    [
        (MALI, "جمهورية مالي", True, "LOC"),
        (MALI, "مالي", False, "LOC"),
        (NIGER, "النيجر", True, "LOC"),
        (TYRE, "قضاء صور", True, "LOC"),
        (TYRE, "صور", False, "LOC"),
        (BEIRUT, "بيروت", True, "LOC"),
        (ZARQA, "محافظة الزرقاء", True, "LOC"),
        (ZARQA, "الزرقاء", False, "LOC"),
        (HOMS, "حمص", True, "LOC"),
        (QUSAYR, "مدينة القصير", True, "LOC"),
        (QUSAYR, "القصير", False, "LOC"),
        (HAJJAH, "محافظة حجة", True, "LOC"),
        (HAJJAH, "حجة", False, "LOC"),
        (KHIAM, "بلدة الخيام", True, "LOC"),
        (KHIAM, "الخيام", False, "LOC"),
        (SEOUL, "مدينة سيول", True, "LOC"),
        (SEOUL, "سيول", False, "LOC"),
        (OBEID, "مدينة الأبيض", True, "LOC"),
        (OBEID, "الأبيض", False, "LOC"),
        (METULA, "المطلة", True, "LOC"),
        (TAWILA, "بلدة طويلة", True, "LOC"),
        (TAWILA, "طويلة", False, "LOC"),
        (BURSA, "مدينة بورصة", True, "LOC"),
        (BURSA, "بورصة", False, "LOC"),
        (YAZD, "مدينة يزد", True, "LOC"),
        (YAZD, "يزد", False, "LOC"),
        (DEIRA, "منطقة ديرة", True, "LOC"),
        (DEIRA, "ديرة", False, "LOC"),
        (ISTANBUL, "إسطنبول", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        pytest.param("وأغلقت الجزائر أجواءها أمام مالي", MALI, "مالي", id="after-a-preposition"),
        pytest.param("عبر الحدود القادمة من مالي أو المتجهة إليها", MALI, "مالي", id="from"),
        pytest.param("تدهور الوضع الأمني في شمال مالي", MALI, "مالي", id="compass"),
        pytest.param("وعبرت ساحل العاج والنيجر ومالي", MALI, "ومالي", id="after-a-known-place"),
        pytest.param("دول الساحل، وهي مالي والنيجر وبوركينا", MALI, "مالي", id="before-a-known-place"),
        pytest.param("وأعلنت حكومة مالي أمس", MALI, "مالي", id="after-a-feminine-noun"),
        pytest.param("العلاقات مع مالي متوترة", MALI, "مالي", id="with"),
        pytest.param("سفير الجزائر لمالي", MALI, "لمالي", id="clitic-preposition"),
        pytest.param("وقصف الطيران جنوب صور أمس", TYRE, "صور", id="noun-homograph-after-compass"),
        pytest.param("وشملت الغارات بيروت وصور", TYRE, "وصور", id="noun-homograph-in-a-list"),
        pytest.param("وعاد النازحون إلى الزرقاء أمس", ZARQA, "الزرقاء", id="definite-after-a-preposition"),
        pytest.param("وصل الوفد للزرقاء أمس", ZARQA, "للزرقاء", id="definite-after-lam"),
        pytest.param("وتقدمت القوات نحو حمص والقصير", QUSAYR, "والقصير", id="weak-definite-in-a-list"),
        pytest.param("وروى لاجئ من ريف القصير أن منزله مدمر", QUSAYR, "القصير", id="countryside"),
        pytest.param("وتوغلت القوات الإسرائيلية جنوب الخيام أمس", KHIAM, "الخيام", id="weak-noun-after-compass"),
        pytest.param("وشملت الغارات بيروت والخيام", KHIAM, "والخيام", id="weak-noun-in-a-list"),
        pytest.param("ووقع الاتفاق في بيروت وسيول", SEOUL, "وسيول", id="weak-plural-noun-in-a-list"),
        pytest.param("وتقدمت قوات الدعم السريع شمال الأبيض", OBEID, "الأبيض", id="weak-colour-after-compass"),
        pytest.param(
            "وفر النازحون إلى بلدة طويلة في دارفور", TAWILA, "بلدة طويلة", id="weak-adjective-by-its-full-name"
        ),
        pytest.param("وسقطت صواريخ على بيروت والمطلة", METULA, "والمطلة", id="weak-participle-in-a-list"),
        pytest.param("وانتقل اللاجئون إلى إسطنبول وبورصة", BURSA, "وبورصة", id="weak-city-in-a-list"),
        pytest.param("وهبت العاصفة على وسط يزد", YAZD, "يزد", id="weak-verb-after-compass"),
        pytest.param("وداهمت الشرطة شققا في ديرة", DEIRA, "ديرة", id="after-a-preposition-in-dubai"),
    ],
)
def test_a_place_whose_name_is_an_everyday_word_is_read_in_a_place_context(text, entity, surface):
    assert (entity, surface) in [(m.entity_id, m.surface) for m in HOMOGRAPHS.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("واتهمت الحكومة إيران بتقديم دعم مالي للحوثيين", id="adjective-of-a-noun"),
        pytest.param("وحظرت أي تعامل مالي مع مؤسسات في صنعاء", id="adjective-before-a-preposition"),
        pytest.param("يعاني البلد من عجز مالي كبير", id="adjective-after-a-noun-after-a-preposition"),
        pytest.param("وأظهرت صور نشرتها وسائل الإعلام الدمار", id="pictures"),
        pytest.param("وظهر المتهم في صور من الموقع", id="in-pictures"),
        pytest.param("وقالت الوزارة إن الوضع المالي صعب", id="definite-adjective"),
        pytest.param("ولونت السماء الزرقاء الصافية المدينة", id="definite-adjective-of-a-place-name"),
        pytest.param("واعتقل بحجة أنه ينتمي إلى الجماعة", id="weak-after-a-clitic"),
        pytest.param("وتبقى الخطة قائمة على المدى القصير", id="weak-definite-adjective"),
        pytest.param("ونقل عن القصير قوله إن", id="weak-family-name-after-a-preposition"),
        pytest.param("الزرقاء هي أجمل الألوان", id="definite-at-a-clause-start"),
        pytest.param("ويعيش النازحون في الخيام منذ عامين", id="weak-noun-after-a-preposition"),
        pytest.param("ونقلت الشاحنات الطحين والأدوية والخيام", id="weak-noun-in-a-list-of-things"),
        pytest.param("وتحولت الأمطار إلى سيول جارفة", id="weak-plural-noun-after-a-preposition"),
        pytest.param("وقال المتحدث باسم البيت الأبيض", id="weak-colour-adjective"),
        pytest.param("وظهر العريس بالأبيض", id="weak-colour-after-a-clitic"),
        pytest.param("ووقعت الشركة عقودا طويلة الأجل", id="weak-adjective-of-a-noun"),
        pytest.param("وقصفت المسيرات المدينة المطلة على البحر", id="weak-participle-of-a-noun"),
        pytest.param("وعادت بورصة القطن إلى العمل", id="weak-noun-at-a-clause-start"),
        pytest.param("وتداولت الأسهم في بورصة عمان", id="weak-noun-after-a-preposition-before-a-place"),
        pytest.param("ولم يزد عدد الزوار على مئة", id="weak-verb-after-its-particle"),
    ],
)
def test_an_everyday_word_that_is_also_a_place_is_no_place_elsewhere(text):
    assert [m.entity_id for m in HOMOGRAPHS.find(text)] == []


def test_a_place_whose_name_is_an_everyday_word_makes_no_nationality_adjective():
    assert "مالي" not in HOMOGRAPHS.places  # `المالي` is "financial": no state body is `المصرف المالي`


MUSCAT = 21
IDIOMS = Gazetteer([(MUSCAT, "مسقط", True, "LOC")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("ودفن في مسقط رأسه بالقرية", [], id="birthplace"),
        pytest.param("وعاد إلى مسقط رأسها", [], id="her-birthplace"),
        pytest.param("ووصل الوفد إلى مسقط أمس", [MUSCAT], id="muscat"),
        pytest.param("وغادر مسقط. رأس الوفد وزير الخارجية", [MUSCAT], id="muscat-before-a-sentence"),
    ],
)
def test_a_place_that_opens_an_idiom_is_no_place_there(text, found):
    assert [m.entity_id for m in IDIOMS.find(text)] == found


def test_a_facility_listed_after_a_dual_is_named_with_its_singular_noun():
    rafah_crossing = 31
    gazetteer = Gazetteer([(rafah_crossing, "معبر رفح", True, "LOC")])
    found = extract("وأغلقت السلطات معبري رفح وقسطل أمس", gazetteer)
    assert [(f.entity_id, f.name) for f in found if f.kind == "LOC"] == [(rafah_crossing, ""), (None, "معبر قسطل")]


OUJDA, JEDDAH, RIYADH, RABAT = 71, 72, 73, 74
CONJOINED = Gazetteer(
    [
        (OUJDA, "وجدة", True, "LOC"),
        (JEDDAH, "جدة", True, "LOC"),
        (RIYADH, "الرياض", True, "LOC"),
        (RABAT, "الرباط", True, "LOC"),
    ]
)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        pytest.param("تعثرت المشاريع في الرياض وجدة والدمام", JEDDAH, id="in-a-list-of-places"),
        pytest.param("وصل الوفد إلى جدة أمس. وجدة تستقبل الحجاج", JEDDAH, id="the-story-names-jeddah"),
        pytest.param("زار الوزير مدينة وجدة شرق المغرب", OUJDA, id="alone-it-is-oujda"),
        pytest.param("بين الرباط ووجدة قطار جديد", OUJDA, id="oujda-with-its-own-and"),
    ],
)
def test_a_place_spelt_and_and_another_place_is_read_from_its_list_or_story(text, entity):
    found = [m.entity_id for m in CONJOINED.find(text) if m.entity_id in (OUJDA, JEDDAH)]
    assert found[-1:] == [entity]


FAO, FAW_TOWN = 41, 42
BRACKETS = Gazetteer([(FAO, "منظمة الأغذية والزراعة", True, "ORG"), (FAW_TOWN, "الفاو", True, "LOC")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("أعلنت منظمة الأغذية والزراعة (الفاو) توزيع تقاوي", [(FAO, 2)], id="acronym-of-the-body"),
        pytest.param("وصلت السفينة إلى الفاو (جنوب العراق) أمس", [(FAW_TOWN, 1)], id="town-with-a-note"),
        pytest.param(
            "قالت منظمة الأغذية والزراعة إن الفاو (المدينة) تضررت", [(FAO, 1), (FAW_TOWN, 1)], id="town-later"
        ),
    ],
)
def test_a_name_in_brackets_right_after_a_body_is_that_body_short_name(text, expected):
    assert [(f.entity_id, f.count) for f in extract(text, BRACKETS)] == expected


AL_JAZEERA = 51
CHANNEL = Gazetteer([(AL_JAZEERA, "قناة الجزيرة", True, "ORG"), (AL_JAZEERA, "الجزيرة", False, "ORG")])


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير المستشفى للجزيرة إن الوضع صعب",
        'وقال في حديث لـ"الجزيرة" إن الوضع صعب',
        "وأفاد مراسل الجزيرة بسقوط قتلى",
        "وذكرت الجزيرة أن الوفد وصل",
        "بحسب الجزيرة فإن الوفد وصل",
    ],
)
def test_the_channel_named_bare_is_read_where_the_words_around_make_it_the_channel(text):
    assert [m.entity_id for m in CHANNEL.find(text)] == [AL_JAZEERA]


@pytest.mark.parametrize(
    "text",
    [
        "مزارعو الجزيرة يعودون إلى الحواشات",  # Sudan's Gezira
        "تضررت الحقول في ولايات الجزيرة وسنار",
        "في إشارة إلى الجزيرة الإيطالية التي تبعد 190 كيلومترا",  # an island
        "وقال أستاذ الاقتصاد بجامعة الجزيرة إن الموسم",
    ],
)
def test_the_bare_word_for_the_channel_is_no_channel_without_those_words(text):
    assert CHANNEL.find(text) == []


SAUDI = 61
COUNTRY = Gazetteer([(SAUDI, "السعودية", True, "LOC")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("وناشد السلطات السعودية زيادة الحصة", [], id="adjective-after-a-definite-noun"),
        pytest.param("وقالت الخارجية السعودية في بيان", [], id="ministry-adjective"),
        pytest.param("وصل الوفد إلى السعودية أمس", [SAUDI], id="after-a-preposition"),
        pytest.param("وقعت السعودية والإمارات الاتفاق", [SAUDI], id="subject"),
    ],
)
def test_a_country_named_as_its_own_adjective_after_a_definite_noun_is_no_mention(text, found):
    assert [m.entity_id for m in COUNTRY.find(text)] == found


WEST_BANK = 71
BANKS = Gazetteer([(WEST_BANK, "الضفة الغربية", True, "LOC"), (WEST_BANK, "الضفة", False, "LOC")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("وإن التجارة مع الضفة الأخرى توقفت تماما", [], id="the-other-bank"),
        pytest.param("المشغلة لشبكة النقل في الضفة الشمالية للمتوسط", [], id="the-north-bank"),
        pytest.param("ويقيم معظمهم بالضفة الشرقية للنهر", [], id="the-east-bank-with-a-clitic"),
        pytest.param("واقتحم الجيش مدنا بالضفة أمس", [WEST_BANK], id="the-west-bank-with-a-clitic"),
        pytest.param("اقتحم الجيش مدنا في الضفة أمس", [WEST_BANK], id="the-west-bank-short"),
        pytest.param("اقتحم الجيش مدنا في الضفة الغربية أمس", [WEST_BANK], id="the-west-bank"),
    ],
)
def test_the_short_name_of_the_west_bank_with_an_adjective_after_it_is_another_bank(text, found):
    assert [m.entity_id for m in BANKS.find(text)] == found


NASRALLAH, BEN_GVIR = 81, 82
FAMILIES = Gazetteer(
    [
        (NASRALLAH, "حسن نصر الله", True, "PERSON"),
        (NASRALLAH, "نصر الله", False, "PERSON"),
        (BEN_GVIR, "إيتمار بن غفير", True, "PERSON"),
        (BEN_GVIR, "بن غفير", False, "PERSON"),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("في مبنى على أوتوستراد هادي نصر الله في الضاحية", [], id="another-of-the-family"),
        pytest.param("وقال حسن نصر الله في خطابه", [NASRALLAH], id="his-full-name"),
        pytest.param("وقال نصر الله في خطابه", [NASRALLAH], id="his-family-name"),
        pytest.param("وهجوم على بن غفير في الكنيست", [BEN_GVIR], id="ala-is-a-preposition"),
        pytest.param("وقال الوزير بن غفير إن", [BEN_GVIR], id="after-a-title"),
    ],
)
def test_a_known_family_name_after_a_given_name_not_his_is_another_person(text, found):
    assert [m.entity_id for m in FAMILIES.find(text)] == found


CROWN_PRINCE, KING = 83, 84
LINEAGES = Gazetteer(
    [
        (CROWN_PRINCE, "محمد بن سلمان", True, "PERSON"),
        (KING, "سلمان بن عبدالعزيز آل سعود", True, "PERSON"),
        (KING, "الملك سلمان", False, "PERSON"),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "رأس الأمير محمد بن سلمان بن عبدالعزيز آل سعود الجلسة", [CROWN_PRINCE], id="the-son-before-the-father"
        ),
        pytest.param("وقال بن سلمان بن عبدالعزيز آل سعود إن", [], id="bin-salman-alone"),
        pytest.param("واستقبل سلمان بن عبدالعزيز آل سعود الوفد", [KING], id="the-father-himself"),
    ],
)
def test_a_known_person_after_bin_is_a_father_in_someone_elses_lineage(text, found):
    assert [m.entity_id for m in LINEAGES.find(text)] == found


TAIF, ORAN = 31, 32
WORKS = Gazetteer([(TAIF, "الطائف", True, "LOC"), (ORAN, "وهران", True, "LOC"), (33, "الجزائر", True, "LOC")])


@pytest.mark.parametrize(
    "text",
    [
        'ويشارك فيلم "ليلة في الطائف" للمخرج الشاب',
        "وروايته «ساعة الغروب في وهران» التي صدرت",
        'إضافة إلى "ساعة الغروب في وهران" للجزائري يونس بن عمار',  # credited to its author
    ],
)
def test_a_place_in_the_title_of_a_work_is_no_mention_of_it(text):
    assert {found.entity_id for found in extract(text, WORKS)}.isdisjoint({TAIF, ORAN})


@pytest.mark.parametrize(
    "text",
    [
        'وقال إن "الوضع في وهران صعب" مضيفاً',  # a quote, not a title
        'وعرض فيلم في الطائف "أمس"',  # the place stands outside the quotes
        "وصدر كتاب عن الطائف ووهران",
    ],
)
def test_a_place_outside_a_works_title_is_still_named(text):
    assert {found.entity_id for found in extract(text, WORKS)} & {TAIF, ORAN}


def test_a_quoted_company_before_its_purpose_is_no_title():
    company = Gazetteer([(TAIF, "زرين كل", True, "ORG")])
    assert [found.entity_id for found in extract('وقال مدير شركة "زرين كل" للتعبئة والتصدير إن', company)] == [TAIF]


@pytest.mark.parametrize("order", [1, -1])
def test_a_name_as_written_beats_another_name_behind_a_clitic_whatever_the_order(order):
    # `كسلا` is Kassala, and also ك ("like") + `سلا` (Salé).
    gazetteer = Gazetteer([(1, "سلا", True, "LOC"), (2, "كسلا", True, "LOC")][::order])
    assert [(m.entity_id, m.surface) for m in gazetteer.find("تفشى المرض في كسلا وسلا")] == [(2, "كسلا"), (1, "وسلا")]


def test_a_lead_datelines_place_is_read_after_the_body_so_offsets_into_the_body_hold():
    assert article_text("عنوان", "نص الخبر.", False, "الرباط") == "عنوان\n\nنص الخبر.\n\nالرباط"
    assert article_text("عنوان", "نص الخبر.", False) == "عنوان\n\nنص الخبر."
    assert article_text("نص", "نص الخبر.", True, "الرباط") == "نص الخبر.\n\nالرباط"


@pytest.mark.parametrize(("in_lead", "read"), [(True, [IRAQ]), (False, [])])
def test_a_story_is_read_with_its_dateline_only_when_the_dateline_opened_its_lead(in_lead, read):
    story = SimpleNamespace(
        title="عنوان",
        body="بدأت المحادثات اليوم.",
        title_inferred=False,
        dateline_place="العراق",
        dateline_in_lead=in_lead,
    )
    assert [m.entity_id for m in GAZETTEER.find(story_text(story))] == read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "وفي بيان للجنة الوطنية المستقلة للانتخابات أمس", "اللجنة الوطنية المستقلة للانتخابات", id="l-lajna"
        ),
        pytest.param("وفي بيان للمجلس الأعلى للتعليم أمس", "المجلس الأعلى للتعليم", id="l-majlis"),
        pytest.param("وفي بيان وللمجلس الأعلى للتعليم أمس", "المجلس الأعلى للتعليم", id="wa-l-majlis"),
        pytest.param(
            "وفي بيان وللجنة الوطنية المستقلة للانتخابات أمس", "اللجنة الوطنية المستقلة للانتخابات", id="wa-l-lajna"
        ),
        pytest.param(
            "وفي بيان اللجنة الوطنية المستقلة للانتخابات أمس", "اللجنة الوطنية المستقلة للانتخابات", id="bare"
        ),
    ],
)
def test_a_body_after_l_is_named_with_its_article_even_when_its_noun_begins_with_l(text, name):
    assert [found.name for found in extract(text, Gazetteer([]))] == [name]
