"""A synthetic corpus of dumps in the seeds' raw format, for benchmarks at any size.

Deterministic from the seed. Every file is a host story, often with a second story glued on after
`إقرأ أيضاً:`, wrapped in the boilerplate the real dumps carry: titles present, missing or repeated;
date lines in every form the parser reads (or none); source, credit and keyword lines;
`مقالات مشابهة` bullets (some naming stories of the corpus, so links resolve); disclaimers and app
ads. Bodies recombine the seeds' own paragraphs with sentences written here, whose names come from
the gazetteer (so entity filters find something) and from invented people introduced by their role
(so discovery has work). A share of the files are exact or near duplicates of earlier ones, as
chosen; `ground_truth.json` says which.

Pure Python: no Django, so worker processes and the benchmarks can use it freely.
"""

import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from articles.parsing import parse_dump

ROOT = Path(__file__).resolve().parent.parent
FILES_PER_FOLDER = 1000

_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
_LEVANT_MONTHS = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_FIRST_NAMES = [
    "محمد",
    "أحمد",
    "علي",
    "حسن",
    "حسين",
    "خالد",
    "عمر",
    "يوسف",
    "إبراهيم",
    "سامي",
    "نبيل",
    "طارق",
    "وليد",
    "مازن",
    "فراس",
    "رامي",
    "زياد",
    "هشام",
    "كريم",
    "جمال",
    "عادل",
    "منير",
    "صالح",
    "ماجد",
    "نزار",
    "بسام",
    "عماد",
    "رائد",
    "غسان",
    "هاني",
    "سليم",
    "فادي",
    "مروان",
    "عصام",
]
_FAMILY_NAMES = [
    "الخطيب",
    "الحسيني",
    "العبيدي",
    "الزبيدي",
    "الشمري",
    "الدليمي",
    "الجبوري",
    "العمري",
    "الساعدي",
    "التميمي",
    "المصري",
    "الحلبي",
    "البغدادي",
    "الشامي",
    "الكعبي",
    "العنزي",
    "المطيري",
    "الكبيسي",
    "النعيمي",
    "الربيعي",
    "حداد",
    "منصور",
    "عيسى",
    "سعادة",
    "خوري",
    "الحمداني",
    "القيسي",
    "الفلاحي",
    "عبد الله",
    "عبد الرحمن",
]
_TITLES = [
    "المتحدث باسم وزارة الداخلية اللواء",
    "المتحدث باسم الحكومة",
    "الباحث في الشؤون الأمنية",
    "مدير المرصد المحلي",
    "محافظ المدينة",
    "قائد العمليات المشتركة الفريق",
    "عضو لجنة الأمن والدفاع النيابية",
    "الخبير الاقتصادي",
    "رئيس بلدية المدينة",
]
_VERBS = ["قال", "أكد", "أوضح", "أشار", "أعلن", "كشف"]
_EVENTS = [
    "محادثات جديدة بشأن التهدئة",
    "اجتماع طارئ لبحث التصعيد",
    "اتفاق لتبادل الأسرى",
    "خطة لإعادة الإعمار",
    "حملة أمنية واسعة",
    "مفاوضات حول الحدود",
    "زيارة رسمية لتعزيز التعاون",
    "قمة إقليمية حول الأزمة",
]
_DISCLAIMERS = [
    'المقالات المنشورة في "{outlet}" تعبّر عن آراء كتابها وليس بالضرورة عن رأي الموقع.',
    "النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر {outlet}.",
    "إضغط على الصورة لتحميل تطبيق {outlet} للإطلاع على كل الآخبار على البلاي ستور",
]


@dataclass
class Material:
    """What stories are made of: real paragraphs and titles, names by kind, outlets."""

    paragraphs: list[str]
    titles: list[str]
    people: list[str]
    places: list[str]
    organisations: list[str]
    outlets: list[str]

    @classmethod
    def load(cls) -> "Material":
        paragraphs, titles = [], []
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            for story in parse_dump(path.read_bytes()).articles:
                paragraphs += [p for p in story.body.split("\n") if len(p) > 60]
                if not story.title_inferred:
                    titles.append(story.title)
        names: dict[str, list[str]] = {"PERSON": [], "LOC": [], "ORG": []}
        for row in json.loads((ROOT / "fixtures" / "gazetteer.json").read_text(encoding="utf-8")):
            if row["model"] == "articles.entity":
                names[row["fields"]["kind"]].append(row["fields"]["name"])
        outlets = [
            row["fields"]["name"]
            for row in json.loads((ROOT / "fixtures" / "sources.json").read_text(encoding="utf-8"))
            if row["model"] == "articles.source"
        ]
        return cls(paragraphs, titles, names["PERSON"], names["LOC"], names["ORG"], outlets)


@dataclass
class Corpus:
    files: int
    seed: int
    dup_rate: float = 0.0
    near_dup_rate: float = 0.0
    material: Material = field(default_factory=Material.load)

    def dumps(self) -> Iterator[tuple[str, str, str | None, str]]:
        """(file name, text, the earlier file it duplicates or None, "exact" | "near" | "")."""
        rng = random.Random(self.seed)
        # Earlier files kept for duplicating: a bounded reservoir, so memory stays flat.
        kept: list[tuple[str, str]] = []
        for index in range(self.files):
            name = f"{index // FILES_PER_FOLDER:04d}/{index:07d}.txt"
            roll = rng.random()
            if kept and roll < self.dup_rate:
                original, text = rng.choice(kept)
                yield name, text, original, "exact"
                continue
            if kept and roll < self.dup_rate + self.near_dup_rate:
                original, text = rng.choice(kept)
                yield name, self._near_copy(rng, text), original, "near"
                continue
            text = self._dump(rng, index)
            if len(kept) < 2000:
                kept.append((name, text))
            elif rng.random() < 0.01:
                kept[rng.randrange(len(kept))] = (name, text)
            yield name, text, None, ""

    # A file -------------------------------------------------------------------------------

    def _dump(self, rng: random.Random, index: int) -> str:
        title = self._title(rng)
        parts = self._story(rng, title, index, host=True)
        if rng.random() < 0.6:
            parts += ["إقرأ أيضاً:", ""]
            parts += self._story(rng, self._title(rng), index, host=False)
        if rng.random() < 0.5:
            bullets = rng.sample(self.material.titles, 2) + [self._title(rng) for _ in range(rng.randint(1, 6))]
            parts += ["", "مقالات مشابهة", ""] + [f"  • {headline}" for headline in bullets]
        return "\n".join(parts) + "\n"

    def _story(self, rng: random.Random, title: str, index: int, *, host: bool) -> list[str]:
        lines: list[str] = []
        shape = rng.random()
        if shape < 0.7 or not host:
            lines.append(title)
        elif shape < 0.85:
            lines += [title, "", title]  # repeated title (001)
        # else: no title line; the lead sentence stands in (000, 004)
        date_line = self._date_line(rng)
        if date_line:
            lines.append(date_line)
        outlet = rng.choice(self.material.outlets)
        place = rng.choice(self.material.places)
        body = self._body(rng, index)
        if rng.random() < 0.4:
            body[0] = f"{place} – {body[0]}" if rng.random() < 0.5 else f"{place}/{outlet}: {body[0]}"
        lines += body
        if rng.random() < 0.3:
            lines.append(f"{place} (وكالات)")
        if rng.random() < 0.3:
            lines.append(rng.choice(_DISCLAIMERS).format(outlet=outlet))
        lines += ["", f"المصدر: {outlet}"]
        if rng.random() < 0.7:
            tags = rng.sample(self.material.places, 2) + rng.sample(self.material.organisations, 1)
            lines.append(f"كلمات دلالية: {' '.join(tags)}")
        lines.append("")
        return lines

    def _title(self, rng: random.Random) -> str:
        if rng.random() < 0.2:
            return rng.choice(self.material.titles)
        place = rng.choice(self.material.places)
        return rng.choice(
            [
                f"{place}: {rng.choice(_EVENTS)}",
                f"{rng.choice(self.material.people)} يبحث {rng.choice(_EVENTS)} في {place}",
                f"{rng.choice(self.material.organisations)} تعلن {rng.choice(_EVENTS)}",
            ]
        )

    def _body(self, rng: random.Random, index: int) -> list[str]:
        paragraphs = rng.sample(self.material.paragraphs, rng.randint(2, 5))
        for _ in range(rng.randint(2, 4)):
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), self._sentence(rng))
        # A sentence that is this story's own: no two generated stories share a body by chance.
        paragraphs.append(
            f"وبحسب الأرقام الرسمية، بلغ عدد المتضررين {index * 7 + rng.randint(0, 6)} شخصاً في "
            f"{rng.choice(self.material.places)} خلال {rng.randint(2, 30)} يوماً."
        )
        return paragraphs

    def _sentence(self, rng: random.Random) -> str:
        m = self.material
        invented = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_FAMILY_NAMES)}"
        verb = rng.choice(_VERBS)
        return rng.choice(
            [
                f"و{verb} {rng.choice(_TITLES)} {invented} إن الوضع في {rng.choice(m.places)} يتجه نحو التهدئة.",
                f"من جهته، {verb} {rng.choice(m.people)} أن {rng.choice(m.organisations)} ستواصل دعمها "
                f"لـ{rng.choice(m.places)}.",
                f"وشهدت {rng.choice(m.places)} اجتماعاً ضم ممثلين عن {rng.choice(m.organisations)} و"
                f"{rng.choice(m.organisations)} لبحث {rng.choice(_EVENTS)}.",
                f"{invented}، {rng.choice(_TITLES).split(' اللواء')[0]}، {verb} أن المباحثات مع "
                f"{rng.choice(m.places)} مستمرة.",
            ]
        )

    def _date_line(self, rng: random.Random) -> str:
        year, month, day = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
        form = rng.random()
        if form < 0.35:
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
            return f"تاريخ النشر: {day}{suffix}, {_EN_MONTHS[month - 1]} {year} GMT"
        if form < 0.55:
            return f"{day} {_AR_MONTHS[month - 1]}، {year}"
        if form < 0.65:
            return f"{day} {_LEVANT_MONTHS[month - 1]}/ {_AR_MONTHS[month - 1]} {year}"
        if form < 0.75:
            return f"{day} {_AR_MONTHS[month - 1]} {year}".translate(_INDIC)
        return ""

    @staticmethod
    def _near_copy(rng: random.Random, text: str) -> str:
        """The same story re-published: one sentence reworded, another outlet's source line."""
        lines = text.split("\n")
        long_lines = [i for i, line in enumerate(lines) if len(line) > 80]
        if long_lines:
            i = rng.choice(long_lines)
            words = lines[i].split(" ")
            j = rng.randrange(len(words))
            words[j] = rng.choice(["أيضاً", "كذلك", "اليوم", "مجدداً"]) + " " + words[j]
            lines[i] = " ".join(words)
        return "\n".join(lines)


def write_corpus(out: str | os.PathLike, corpus: Corpus) -> dict:
    """Write the dumps under `out/dumps/` (1,000 per folder) and `out/ground_truth.json`.

    The ground truth sits outside `dumps/` so that importing that folder imports only dumps.
    """
    root = Path(out)
    out = root / "dumps"
    exact: dict[str, str] = {}
    near: dict[str, str] = {}
    made_folders: set[str] = set()
    for name, text, original, how in corpus.dumps():
        folder = name.split("/", 1)[0]
        if folder not in made_folders:
            (out / folder).mkdir(parents=True, exist_ok=True)
            made_folders.add(folder)
        with open(out / name, "w", encoding="utf-8") as stream:
            stream.write(text)
        if how == "exact":
            exact[name] = original
        elif how == "near":
            near[name] = original
    truth = {
        "files": corpus.files,
        "seed": corpus.seed,
        "dup_rate": corpus.dup_rate,
        "near_dup_rate": corpus.near_dup_rate,
        "exact_duplicates": exact,
        "near_duplicates": near,
    }
    (root / "ground_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=0), encoding="utf-8")
    return truth
