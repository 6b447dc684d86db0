"""The curated gazetteer fixture: consistent keys, idempotent loading, names the seeds need."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from articles.models import Entity, EntityAlias
from articles.parsing.arabic import normalize
from articles.parsing.entities import HOMOGRAPH_PLACES, Gazetteer

FIXTURE = json.loads((Path(settings.FIXTURES_DIR) / "gazetteer.json").read_text(encoding="utf-8"))


def test_every_stored_key_is_the_normalised_name():
    wrong = [o["fields"]["name"] for o in FIXTURE if normalize(o["fields"]["name"]) != o["fields"]["normalized_name"]]
    assert wrong == []


@pytest.mark.django_db
def test_loading_the_gazetteer_twice_adds_nothing_the_second_time():
    call_command("loaddata", "gazetteer", verbosity=0)
    counts = (Entity.objects.count(), EntityAlias.objects.count())
    call_command("loaddata", "gazetteer", verbosity=0)
    assert (Entity.objects.count(), EntityAlias.objects.count()) == counts
    assert counts == (
        sum(o["model"] == "articles.entity" for o in FIXTURE),
        sum(o["model"] == "articles.entityalias" for o in FIXTURE),
    )


def test_gazetteer_finds_the_named_actors_of_seed_002_host(seed_bytes):
    names = []
    for o in FIXTURE:
        fields = o["fields"]
        if o["model"] == "articles.entity":
            names.append((fields["normalized_name"], fields["name"], True))
        else:
            names.append((fields["entity"][0], fields["name"], False))
    ids = {key: i for i, key in enumerate(dict.fromkeys(key for key, _, _ in names))}
    gazetteer = Gazetteer([(ids[key], name, canonical) for key, name, canonical in names])
    text = seed_bytes("002_6b8f8232c79e6353.txt").decode()
    host_text = text.split("إقرأ أيضاً:")[0]
    found = {key for key, i in ids.items() if i in {m.entity_id for m in gazetteer.find(host_text)}}
    assert {normalize("يحيى رسول"), normalize("الأردن"), normalize("المقاومة الإسلامية في العراق")} <= found


def _spellings():
    """Every normalised spelling of the fixture and the entities (key, kind) that use it."""
    owners = {}
    for o in FIXTURE:
        fields = o["fields"]
        entity = (
            (fields["normalized_name"], fields["kind"]) if o["model"] == "articles.entity" else tuple(fields["entity"])
        )
        owners.setdefault(fields["normalized_name"], set()).add(entity)
    return owners


def test_no_spelling_names_two_entities():
    # The matcher ignores a spelling two entities share, so such a spelling would find neither. An
    # alias written with its vowels (`عُمان`) may share the key of another entity's own name (`عمان`):
    # the matcher reads the vowel, and the name stays the other entity's.
    marked = {normalize(o["fields"]["name"]) for o in FIXTURE if o["model"] == "articles.entityalias" and _vowelled(o)}
    shared = {key: owners for key, owners in _spellings().items() if len(owners) > 1 and key not in marked}
    assert shared == {}


def _vowelled(row):
    return any("\u064b" <= char <= "\u0652" for char in row["fields"]["name"])


# A bare name that is another place than the province of the same name: the sea, the rivers, the Bekaa region,
# the West Bank village `المغير` (the Algerian wilaya is `ولاية المغير`), and the country `جورجيا` (the US
# state is `ولاية جورجيا`).
_NOT_THE_PROVINCE = {
    normalize(name)
    for name in ("البحر الأحمر", "النيل الأزرق", "النيل الأبيض", "نهر النيل", "البقاع", "المغير", "جورجيا")
}


def test_a_city_and_its_same_named_province_are_one_entity():
    """`النجف` is the city and the province (`محافظة النجف` is its alias), not two entities."""
    places = {
        o["fields"]["normalized_name"]
        for o in FIXTURE
        if o["model"] == "articles.entity" and o["fields"]["kind"] == "LOC"
    }
    heads = [normalize(head) + " " for head in ("محافظة", "ولاية", "منطقة", "قضاء")]
    twins = [
        key
        for key in places
        for head in heads
        if key.startswith(head) and key[len(head) :] in places and key[len(head) :] not in _NOT_THE_PROVINCE
    ]
    assert twins == []
    owners = _spellings()
    assert owners[normalize("محافظة النجف")] == {(normalize("النجف"), "LOC")}
    assert owners[normalize("مدينة الزرقاء")] == {(normalize("محافظة الزرقاء"), "LOC")}


# Everyday words that are also the name of a place, a party or an outlet. The matcher would find them in
# ordinary sentences, so the file has such a place only with its head noun (`محافظة الوجه`, `ولاية منح`,
# `مدينة مغنية`) and such a body only by its full name.
_COMMON_WORDS = """
    صور سيول مالي الخيام الكسوة طويلة الأبيض الحجر المهدية الجم بوري المطلة سعير بورصة يزد ديرة
    العربية الحرة الحشد القاعدة المسيرة المنار الحدث العالم الغد الديار البناء اللواء الحياة
    الخبر الزاوية العين الجديدة بنين دورا بيتا النهود ينبع مساكن بركان المضيق عبري خصب مطرح سترة
    الوجه الدرب الحائط العارضة الحرث الليث المذنب طاقة منح نخل أدم ينقل لوى السويق المصنعة حتا كيلو
    القبة الخصوص الخروب مغنية مليانة الزيدية القطن العبر جبن خمر موزع جلب الدورة الزمالك شبرا المقطم
    هون زلة بوني جني كاتي أتي حدس إعمار القابضة البحري السومرية تلغراف سوات شبام أفيون بولو فتحية تربت
    فصائل الهامة الضمير الحراك سلوك الحصن الجبين السلطانية الموقر مسكنة نبل كفرا زيتا رامين قصرة
    عقابا الفحص مقامة القابل ملاحة زارا هراوة الأفران أزكى موانئ بروج جوال الغزوات الوفرة الخيران الصبية
    وأدان بدر الحمامات الشعلة الحصبة الشامخة ماكو ماطر العدلية الشرفية البغدادية المليحة الوثبة غليل مياهنا
    أنفا إنوي مشرفة طاطا رقان السكري المعقل البحيرة الغربية نخيل طلبات كريم نون جاهز الشعار العجمي القوز
    المهندسين العجوزة الجمالية البساتين المعصرة العمرانية الرحاب الهرم الزيتون التبين عابدين مرادي ديفا
    كونيا خواف ناهيا الحرابة العقيلة تيجي دخيل بانه أيدن
    هاربين بون البندقية كانو فوجي إتنا لولا بخاري الكاريبي رانس غنت بيرا طوبى يالا نارا كيبك بوتان
    جوهر مكان مند حمرة عدوة شيري شاير راسك المنزلة الطور الحسنة الخارجة بلاط تلا دهب فوه الحمام الواسطى
    أجا مجنون واو أدري الصعيد النوبة الشهباء ينساب بيتك طارئا أفران
"""


def test_no_everyday_word_is_a_one_word_name():
    # But the places the matcher reads only in a place's context (`في مالي`, not `دعم مالي`).
    common = {normalize(word) for word in _COMMON_WORDS.split()} - HOMOGRAPH_PLACES
    assert sorted(common & set(_spellings())) == []


def test_every_place_read_in_context_is_a_place_of_the_file():
    owners = _spellings()
    assert all(len(owners.get(key, ())) == 1 and next(iter(owners[key]))[1] == "LOC" for key in HOMOGRAPH_PLACES)


# Short names that news gives to more than one body: `الملكية الأردنية` is the airline and the tail of
# `العائلة الملكية الأردنية`, `المجلس الرئاسي` is Libya's, Yemen's and the Sudanese RSF government's
# council, `القيادة العامة` is Haftar's command, the Sudanese army's headquarters and the PFLP-GC. The
# file has these bodies by their full names only.
_SHARED_SHORT_NAMES = ("الملكية الأردنية", "المجلس الرئاسي", "القيادة العامة")


def test_no_short_name_shared_by_several_bodies_is_a_spelling():
    assert sorted({normalize(name) for name in _SHARED_SHORT_NAMES} & set(_spellings())) == []
