"""Round 11 places: an unknown word in a list of known places with no noun before it (`في رانية وكلار
وحلبجة`, `في صفاقس وقفصة وسوسة والكاف،`), districts and communes listed after their dual or plural
(`معتمديتي غنوش وقابس`, `بلديات أقبو وتيشي`) or given as examples (`أقضية كاملة مثل القائم وعنه`, `جماعات قروية
مجاورة مثل القصر الصغير وانجرة`), Iraq's districts named by a definite word (`قضاء المدحتية`, `ناحية الطليعة`),
and power stations listed with a known one (`لمحطات الرميلة والنجيبية`)."""

import pytest

from tests.parsing.discovered import written_places


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            'وقال إن "المدارس في رانية وكلار وحلبجة مغلقة بالكامل',
            ("وكلار", "وحلبجة"),
            ["رانية"],
            id="first-after-its-preposition",
        ),
        pytest.param(
            "إلى إعطاء الحويجة والزاب والرياض حصة أكبر",
            ("الحويجة", "والرياض"),
            ["الزاب"],
            id="between-two-known",
        ),
        pytest.param(
            "لا تراعي مناطقهم في تازة وبشير وطوز خورماتو، مشيراً",
            ("تازة", "وطوز", "خورماتو"),
            ["بشير"],
            id="before-a-known-name-of-two-words",
        ),
        pytest.param(
            "وقدمت عروض في صفاقس وقفصة وسوسة والكاف، إضافة إلى عروض",
            ("صفاقس", "وقفصة", "وسوسة"),
            ["الكاف"],
            id="last-where-the-phrase-ends",
        ),
    ],
)
def test_an_unknown_word_listed_with_known_places_is_a_place(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param(
            "الأوضاع في قطاع غزة والسودان والملاحة في البحر الأحمر",
            ("غزة", "والسودان"),
            id="clause-goes-on",
        ),
        pytest.param(
            "بساتينها في الفاو والسيبة ونزحت نحو البصرة",
            ("الفاو", "والسيبة", "البصرة"),
            id="a-verb",
        ),
        pytest.param(
            'في بغداد والبصرة، ستضمن "الأمن',
            ("بغداد", "والبصرة"),
            id="behind-a-comma-only",
        ),
        pytest.param("في الموصل وكركوك والخارج.", ("الموصل", "وكركوك"), id="abroad"),
        pytest.param("في حلب وحمص وغيرها.", ("حلب", "وحمص"), id="and-others"),
        pytest.param(
            "في جماعات واويزغت وتنانت بعد",
            ("واويزغت", "وتنانت"),
            id="the-plural-before-the-list",
        ),
        pytest.param(
            "مدينة الفاشر، عاصمة ولاية شمال دارفور، في",
            ("الفاشر", "ولاية", "شمال", "دارفور"),
            id="apposition",
        ),
        pytest.param("المدارس في رانية وكلار مغلقة", ("وكلار",), id="one-known-place"),
    ],
)
def test_a_word_beside_known_places_is_no_place_of_the_list(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            'والسرطان في معتمديتي غنوش وقابس الجنوبية "تفوق',
            ("وقابس",),
            ["غنوش"],
            id="tunisian-delegations",
        ),
        pytest.param(
            "أخطرها في بلديات أقبو وتيشي وسيدي عيش بولاية بجاية",
            ("أقبو", "وسيدي", "عيش"),
            ["تيشي"],
            id="algerian-communes",
        ),
        pytest.param(
            "التي شهدتها أقاليم طاطا والرشيدية وزاكورة خلال",
            ("والرشيدية", "وزاكورة"),
            ["طاطا"],
            id="moroccan-provinces",
        ),
        pytest.param(
            "مشروعات في مراكز ناصر وإهناسيا تشمل وحدات",
            ("وإهناسيا",),
            ["ناصر"],
            id="egyptian-districts",
        ),
    ],
)
def test_districts_listed_after_their_dual_or_plural_are_places(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("وتشمل الخطة مراكز تدريب وتأهيل للشباب", (), id="centres-of-a-kind"),
        pytest.param(
            "افتتاح مراكز الإيواء والإغاثة في بغداد والبصرة",
            ("بغداد", "والبصرة"),
            id="known-places-after",
        ),
        pytest.param("وانتقد بلديات المعارضة والموالاة التي", (), id="councils-of-parties"),
    ],
)
def test_centres_and_councils_of_a_kind_are_no_districts(text, known):
    assert written_places(text, known) == []


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            'ويحرم أقضية كاملة مثل القائم وعنه وراوة من حصتها"',
            (),
            ["القائم", "عنه", "راوة"],
            id="iraqi-districts",
        ),
        pytest.param(
            "أن جماعات قروية مجاورة مثل القصر الصغير وانجرة لم تستفد",
            (),
            ["القصر الصغير", "انجرة"],
            id="moroccan-rural-communes",
        ),
        pytest.param(
            "أن جماعات قروية مجاورة مثل القصر الصغير وانجرة لم تستفد",
            ("القصر",),
            ["القصر الصغير", "انجرة"],
            id="a-known-name-with-its-size",
        ),
    ],
)
def test_districts_and_communes_give_places_as_examples(text, known, names):
    assert written_places(text, known) == names


def test_groups_give_no_places_as_examples():
    assert written_places("وتنشط جماعات مسلحة مثل الشباب والقاعدة في") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("ويقول مزارع من قضاء المدحتية، إن", ["المدحتية"], id="district"),
        pytest.param("وشهدت ناحية الطليعة الأسبوع الماضي مشاجرة", ["الطليعة"], id="sub-district"),
        pytest.param(
            "وفرضت حظر التجوال في ناحية عقيربات بريف حماة",
            ["عقيربات"],
            id="sub-district-indefinite",
        ),
        pytest.param(
            "نزاع مسلح في ناحية السلام، أسفر عن مقتل",
            ["ناحية السلام"],
            id="named-by-an-abstract-noun",
        ),
    ],
)
def test_iraqi_districts_are_named_by_a_definite_word(text, names):
    assert written_places(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وسافر لقضاء العطلة في الجبل", id="spending-the-holiday"),
        pytest.param("يسعى إلى قضاء الحاجات بسرعة", id="fulfilling-needs"),
        pytest.param("وأحيل الملف إلى قضاء الأحداث", id="juvenile-justice"),
        pytest.param("مثل أمام مجلس قضاء البليدة", id="an-algerian-court"),
        pytest.param("الخطة مقبولة من ناحية الشكل", id="in-terms-of"),
        pytest.param("ومن ناحية أخرى قال الوزير", id="on-the-other-hand"),
    ],
)
def test_spending_justice_and_sides_are_no_districts(text):
    assert written_places(text) == []


def test_a_side_alone_ending_a_list_of_known_places_is_a_province():
    text = "في مراكز التجميع بكفر الشيخ والبحيرة والدقهلية والشرقية، بسعر افتتاحي"
    assert written_places(text, ("بكفر", "الشيخ", "والبحيرة", "والدقهلية")) == ["الشرقية"]


@pytest.mark.parametrize(
    ("text", "known", "names"),
    [
        pytest.param(
            "الغاز المغذي لمحطات الرميلة والنجيبية، موضحاً",
            ("الرميلة",),
            ["النجيبية"],
            id="known-first",
        ),
        pytest.param(
            'أن محطات النجيبية وخور الزبير والهارثة الغازية "تعمل',
            ("وخور", "الزبير", "والهارثة"),
            ["النجيبية"],
            id="known-after",
        ),
    ],
)
def test_power_stations_listed_with_a_known_field_are_places(text, known, names):
    assert written_places(text, known) == names


@pytest.mark.parametrize(
    ("text", "known"),
    [
        pytest.param("لتطوير محطات شحن وتزويد في ريف حمص", ("حمص",), id="kinds-indefinite"),
        pytest.param(
            "تأهيل محطات المياه والكهرباء في أم درمان والخرطوم",
            ("أم", "درمان", "والخرطوم"),
            id="kinds",
        ),
    ],
)
def test_stations_of_a_kind_are_no_places(text, known):
    assert written_places(text, known) == []
