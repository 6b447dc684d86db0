"""The gazetteer's data of round 13 (gaz25), read through the whole fixture as the importer reads it: duplicates
merged into one entity, a name that is an everyday phrase left to discovery, and the real people, bodies,
outlets and towns of the breadth pass found in the phrasing news gives them."""

import pytest

from articles.parsing.arabic import normalize


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("كرري", "محلية كرري", id="karari-locality"),
        pytest.param("كيا موتورز", "شركة كيا", id="kia"),
        pytest.param("بتروجت", "نادي بتروجت", id="petrojet-and-its-club"),
    ],
)
def test_a_name_and_its_other_form_are_one_entity(first, second, owners):
    assert owners[normalize(first)] == owners[normalize(second)]
    assert len(owners[normalize(first)]) == 1


def test_the_owner_of_a_building_is_no_person(found):
    text = "الجنايات تقضي بسجن مالك عقار العمرانية المنهار 10 سنوات ومهندس الحي 5 سنوات"
    assert not [name for kind, name in found(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قال نائب رئيس مجلس السيادة مالك عقار إن الحرب ستنتهي.", id="after-his-office"),
        pytest.param("وأكد مالك عقار أن الحكومة ماضية في الحوار.", id="after-a-verb-of-speech"),
    ],
)
def test_malik_agar_is_still_read_where_news_names_him(text, found):
    assert ("PERSON", normalize("مالك عقار")) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "وقال وزير الداخلية الباكستاني محسن نقوي إن", "PERSON", "محسن نقوي", id="pakistans-interior-minister"
        ),
        pytest.param("أعلن رئيس وزراء مالي عبد الله مايغا", "PERSON", "عبد الله مايغا", id="malis-prime-minister"),
        pytest.param("وصرح المعارض التشادي سيكسيه ماسرا", "PERSON", "سوكسيه ماسرا", id="a-second-spelling"),
        pytest.param("ورفع البنك المركزي النيجيري سعر الفائدة", "ORG", "البنك المركزي النيجيري", id="a-central-bank"),
        pytest.param("وتراجع مؤشر البورصة المصرية", "ORG", "البورصة المصرية", id="an-exchange-by-its-adjective"),
        pytest.param("وقالت شركة الفرات للنفط إن الإنتاج", "ORG", "شركة الفرات للنفط", id="an-oil-company"),
        pytest.param("بحسب ما نقل موقع عربي21 عن مصادر", "ORG", "عربي21", id="an-outlet-with-digits"),
        pytest.param("وأفاد موقع دارفور 24 بأن", "ORG", "دارفور24", id="digits-written-apart"),
        pytest.param(
            "ووصلت القذائف إلى الكلاكلة القبة جنوب الخرطوم", "LOC", "الكلاكلة القبة", id="a-khartoum-district"
        ),
        pytest.param("وشهدت مدينة كهنوج جنوب كرمان", "LOC", "كهنوج", id="an-iranian-town"),
    ],
)
def test_the_breadth_pass_finds_real_names_in_news_phrasing(text, kind, name, found, owners):
    (entity,) = owners[normalize(name)]
    assert entity[1] == kind
    assert (kind, entity[0]) in found(text)


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        pytest.param("توكات", "توقات", id="turkish-k-or-q"),
        pytest.param("أكساراي", "أقسراي", id="aksaray"),
        pytest.param("تل كلخ", "تلكلخ", id="joined-or-apart"),
        pytest.param("تايي أتسكي سيلاسي", "تاي أصقي سلاسي", id="ethiopias-president"),
    ],
)
def test_another_spelling_of_a_known_name_is_an_alias_not_a_second_entity(spelling, canonical, owners):
    assert owners[normalize(spelling)] == owners[normalize(canonical)]


def test_saudi_aramco_with_its_company_noun_leaves_no_country_behind(found):
    assert ("LOC", normalize("السعودية")) not in found("بالشراكة مع شركة أرامكو السعودية ومدينة الملك عبدالعزيز")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param("وتحدث عن الثورة السورية وما تلاها", "صحيفة الثورة السورية", id="the-syrian-revolution"),
        pytest.param("بدأت الحياة الجديدة في المخيم", "صحيفة الحياة الجديدة", id="a-new-life"),
        pytest.param(
            "وافقت الهيئة العامة للاستثمار على المشروع", "الهيئة العامة للاستثمار الكويتية", id="a-name-two-bodies-use"
        ),
    ],
)
def test_a_short_outlet_or_body_name_that_is_a_phrase_names_nothing(text, key, found):
    assert normalize(key) not in {name for _, name in found(text)}
