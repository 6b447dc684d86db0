"""PostgreSQL's `arabic` text-search configuration against ours (`simple` words + clitic forms).

    DATABASE_URL=postgres://…/db python bench/search_configs.py    # a database with articles in it

Both read the same normalised text (articles.search's words: title, keywords and entity names,
body). Ours is what `articles.search.search` does; `arabic` is
`to_tsvector('arabic', text) @@ plainto_tsquery('arabic', normalised query)`, PostgreSQL's
Snowball stemmer. What a reader looking for each query wants is written down below as a
pattern over a story's normalised words (the judgement, explicit); each configuration is scored
against it: precision, recall, and the stories each finds wrongly or misses.
Prints a table and writes bench/results/search-configs-<articles>.json.
"""

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Clitics a word may carry in front: و ف, then ب ك ل, then the article (ل + ال is لل, or لـال).
FRONT = r"(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)"
# (query as typed, the words that mean what the reader means, why)
JUDGED = [
    ("العراق", rf"{FRONT}عراق", "the country; العراقي (Iraqi) is another word"),
    ("والعراق", rf"{FRONT}عراق", "a clitic typed: still the country"),
    ("بالعراق", rf"{FRONT}عراق", "a clitic typed: still the country"),
    ("إيران", rf"{FRONT}ايران", "the country; الإيرانية is another word"),
    ("فلسطين", rf"{FRONT}فلسطين", "the country"),
    ("الفلسطينية", rf"{FRONT}فلسطيني(?:ه|ون|ين)?", "Palestinian, any gender and number"),
    ("واشنطن", rf"{FRONT}واشنطن", "the city or government"),
    ("بغداد", rf"{FRONT}بغداد", "the city"),
    ("السودان", rf"{FRONT}سودان", "the country; السوداني is the Iraqi prime minister too"),
    ("السوداني", rf"{FRONT}سوداني", "the prime minister's name, or the adjective; not the country"),
    ("ترامب", rf"{FRONT}ترامب", "a name"),
    ("إسطنبول", rf"{FRONT}اسطنبول", "a name"),
    ("التحالف", rf"{FRONT}تحالف", "the coalition"),
    ("الانسحاب", rf"{FRONT}انسحاب", "withdrawal; انسحاب القوات is definite without ال"),
    ("المحادثات", rf"{FRONT}محادث(?:ه|ات)", "talks, singular or plural"),
    ("محادثة", rf"{FRONT}محادث(?:ه|ات)", "talks, singular or plural"),
    ("القوات", rf"{FRONT}قوات", "forces"),
    ("الحكومة", rf"{FRONT}حكوم(?:ه|ات)", "government(s)"),
    ("الأمريكية", rf"{FRONT}(?:امريكي|اميركي)(?:ه|ون|ين)?", "American, both spellings, any gender"),
    ("صواريخ", rf"{FRONT}(?:صواريخ|صاروخ)", "rockets; the singular is a broken plural away"),
    ("المقاومة", rf"{FRONT}مقاوم(?:ه)?", "resistance"),
    ("داعش", rf"{FRONT}داعش", "a name"),
]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdb.settings")
    import django

    django.setup()
    from django.db import connection

    from articles import search
    from articles.models import Article
    from articles.parsing.arabic import normalize

    if connection.vendor != "postgresql":
        sys.exit("the `arabic` configuration is PostgreSQL's: set DATABASE_URL=postgres://…")
    ids = list(Article.objects.values_list("id", flat=True))
    words: dict[int, set[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE config_bench (id bigint PRIMARY KEY, arabic tsvector)")
        for start in range(0, len(ids), 2000):
            texts = search.index_entries(ids[start : start + 2000])
            rows = []
            for article_id, entry in texts.items():
                text = [w for w in entry.title + entry.names + entry.body if w != search._GAP]
                words[article_id] = set(text)
                rows.append((article_id, " ".join(text)))
            cursor.executemany("INSERT INTO config_bench VALUES (%s, to_tsvector('arabic', %s))", rows)
    table = []
    totals = {"ours": [0, 0, 0], "arabic": [0, 0, 0]}  # true positives, false positives, misses
    for q, pattern, why in JUDGED:
        wanted = re.compile(pattern + "$")
        gold = {i for i, story in words.items() if any(wanted.match(w) for w in story)}
        ours = set(search.search(Article.objects.all(), q).values_list("id", flat=True))
        with connection.cursor() as cursor:
            cursor.execute("SELECT plainto_tsquery('arabic', %s)::text", [normalize(q)])
            stemmed = cursor.fetchone()[0]
            cursor.execute("SELECT id FROM config_bench WHERE arabic @@ plainto_tsquery('arabic', %s)", [normalize(q)])
            arabic = {row[0] for row in cursor.fetchall()}
        row = {"query": q, "why": why, "wanted": len(gold), "arabic_query": stemmed}
        for name, found in (("ours", ours), ("arabic", arabic)):
            hits, wrong, missed = len(found & gold), len(found - gold), len(gold - found)
            for i, value in enumerate((hits, wrong, missed)):
                totals[name][i] += value
            row[name] = {"found": len(found), "wrong": wrong, "missed": missed}
        table.append(row)
    print(f"{len(ids)} stories; wanted = stories holding the judged words; wrong / missed against them\n")
    print(f"{'query':<14}{'wanted':>7} | {'ours: found wrong missed':>25} | {'arabic: found wrong missed':>27}  stem")
    for row in table:
        o, a = row["ours"], row["arabic"]
        print(
            f"{row['query']:<14}{row['wanted']:>7} | {o['found']:>13}{o['wrong']:>6}{o['missed']:>7}"
            f" | {a['found']:>15}{a['wrong']:>6}{a['missed']:>7}  {row['arabic_query']}"
        )
    summary = {}
    for name, (hits, wrong, missed) in totals.items():
        precision = hits / (hits + wrong) if hits + wrong else 1.0
        recall = hits / (hits + missed) if hits + missed else 1.0
        summary[name] = {"precision": round(precision, 3), "recall": round(recall, 3)}
        counts = f"{hits} right, {wrong} wrong, {missed} missed"
        print(f"{name:>7}: precision {precision:.3f}, recall {recall:.3f} ({counts})")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"search-configs-{len(ids)}.json").write_text(
        json.dumps({"stories": len(ids), "summary": summary, "queries": table}, ensure_ascii=False, indent=1)
    )


if __name__ == "__main__":
    main()
