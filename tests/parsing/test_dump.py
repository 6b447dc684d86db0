"""Every reading rule on small strings, including layouts the five seeds do not show."""

from datetime import date

import pytest

from articles.parsing import ParsedLink, ParsedSource, parse_dump

BODY = "قال مسؤول عراقي إن المحادثات مع الولايات المتحدة مستمرة حتى نهاية العام الجاري."
SECOND = "وأضاف أن الحكومة العراقية تريد جدولا زمنيا واضحا لانسحاب القوات الأجنبية من البلاد."


def parse(text: str):
    return parse_dump(text.encode()).articles


def host(text: str):
    return parse(text)[0]


def test_dump_with_no_furniture_at_all_is_title_and_body():
    article = host(f"محادثات جديدة في بغداد\n{BODY}\n{SECOND}\n")
    assert (article.title, article.title_inferred, article.body) == (
        "محادثات جديدة في بغداد",
        False,
        f"{BODY}\n\n{SECOND}",
    )
    assert (article.sources, article.keywords, article.links, article.published_date) == ((), (), (), None)


def test_missing_title_is_inferred_from_the_lead_sentence_and_flagged():
    article = host(f"{BODY} {SECOND}\n")
    assert article.title == BODY.rstrip(".")
    assert article.title_inferred is True


def test_inferred_title_of_a_long_lead_is_cut_on_a_word_boundary_with_an_ellipsis():
    lead = "أعلنت وزارة الخارجية " + "العراقية " * 30 + "ذلك."
    title = host(lead + "\n").title
    assert title.endswith("العراقية…")
    assert len(title) <= 121


def test_title_written_twice_is_recorded_once():
    article = host(f"عنوان مكرر\n\nعنوان مكرر\n\n{BODY}\n")
    assert (article.title, article.body) == ("عنوان مكرر", BODY)


def test_question_title_is_a_title():
    assert host(f"هل ينسحب التحالف؟\n{BODY}\n").title == "هل ينسحب التحالف؟"


def test_first_line_opening_with_a_dateline_is_body_not_title():
    article = host(f"دمشق – {BODY}\n")
    assert (article.title_inferred, article.dateline_place, article.body) == (True, "دمشق", BODY)


@pytest.mark.parametrize(
    ("opening", "place", "credited"),
    [
        pytest.param("بغداد/المسلة: ", "بغداد", [("المسلة", "credit")], id="place-slash-outlet-colon"),
        pytest.param("العراق – ", "العراق", [], id="place-dash"),
        pytest.param("عمان (بترا) - ", "عمان", [("بترا", "credit")], id="place-bracketed-agency"),
        pytest.param("بيروت: ", "بيروت", [], id="place-colon"),
        pytest.param("الضفة الغربية – ", "الضفة الغربية", [], id="two-word-place"),
    ],
)
def test_dateline_becomes_place_and_credit_and_leaves_the_body(opening, place, credited):
    article = host(f"عنوان\n{opening}{BODY}\n")
    assert (article.dateline_place, article.body) == (place, BODY)
    assert [(s.name, s.role) for s in article.sources] == credited


@pytest.mark.parametrize(
    "title",
    [
        "الصحة العالمية: مجمع ناصر الطبي يعمل بربع طاقته",  # blind23: lost, and its subject made the dateline
        "تركيا: البرلمان يشكل لجنة لمتابعة مسار الحل",
        "طرابلس: هدوء حذر بعد اشتباكات في أبوسليم",
    ],
)
def test_a_headline_naming_its_subject_before_a_colon_is_the_title(title):
    article = host(f"{title}\n{title}\nغزة – {BODY}\n")
    assert (article.title, article.title_inferred, article.dateline_place, article.body) == (title, False, "غزة", BODY)


def test_a_lead_opening_on_a_place_and_a_colon_keeps_its_dateline():
    article = host(f"دمشق: {BODY}\n")
    assert (article.title_inferred, article.dateline_place, article.body) == (True, "دمشق", BODY)


@pytest.mark.parametrize("word", ["تقرير", "متابعة", "خاص"])
def test_a_label_of_the_work_before_a_colon_is_no_dateline(word):
    assert host(f"عنوان\n{word}: {BODY}\n").dateline_place == ""


def test_a_dateline_opening_the_lead_is_marked_as_story_text_and_a_credit_line_is_not():
    assert host(f"عنوان\nالرباط – {BODY}\n").dateline_in_lead is True
    credited = host(f"عنوان\nبغداد (وكالات)\n{BODY}\n")
    assert (credited.dateline_place, credited.dateline_in_lead) == ("بغداد", False)
    both = host(f"عنوان\nبغداد (وكالات)\nبغداد – {BODY}\n")
    assert (both.dateline_place, both.dateline_in_lead, both.body) == ("بغداد", True, BODY)


def test_a_slash_line_is_a_credit_only_under_the_title():
    later = f"{BODY}\nبغداد/أربيل\n{BODY}"
    article = host(f"عنوان\n{later}\n")
    assert (article.dateline_place, article.sources, article.body) == ("", (), later.replace("\n", "\n\n"))


def test_a_date_with_two_month_names_under_the_title_is_no_slash_credit():
    article = host(f"عنوان\n14 آب/أغسطس 2025\n{BODY}\n")
    assert (article.dateline_place, article.sources, article.published_date) == ("", (), date(2025, 8, 14))


def test_quoted_speech_opening_the_body_is_not_a_dateline():
    article = host(f"عنوان\nوقال: {BODY}\n")
    assert (article.dateline_place, article.body) == ("", f"وقال: {BODY}")


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        pytest.param("عمان (بترا)", "عمان", "بترا", id="place-bracketed-agency"),
        pytest.param("نيروبي – (رويترز)", "نيروبي", "رويترز", id="place-dash-bracketed-agency"),
        pytest.param("جنيف- (د ب أ):", "جنيف", "د ب أ", id="place-dash-agency-colon"),
        pytest.param("أربيل/ رووداو", "أربيل", "رووداو", id="place-slash-outlet"),
        pytest.param("العمارة/ الثورة نت", "العمارة", "الثورة نت", id="place-slash-two-word-outlet"),
        pytest.param("كويتا/إسلام آباد – وكالات", "كويتا", "وكالات", id="two-places-slash-dash-outlet"),
        pytest.param("مسقط/ العمانية/", "مسقط", "العمانية", id="place-slash-outlet-slash"),
        pytest.param("جاكرتا/ (وكالات)", "جاكرتا", "وكالات", id="place-slash-bracketed-outlet"),
    ],
)
def test_credit_line_under_the_title_gives_place_and_credit_and_no_body_text(line, place, outlet):
    article = host(f"عنوان\n{line}\n{BODY}\n")
    assert (article.dateline_place, article.body) == (place, BODY)
    assert article.sources == (ParsedSource(outlet, "credit"),)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["المصدر: الجزيرة"], [("الجزيرة", "publisher")], id="one-line-is-the-publisher"),
        pytest.param(
            ["المصدر: “رويترز”", "المصدر: صحيفة المرصد"],
            [("رويترز", "wire"), ("صحيفة المرصد", "publisher")],
            id="two-lines-wire-then-publisher",
        ),
        pytest.param(
            ["المصدر: رويترز", "المصدر: فرانس برس", "المصدر: الحرة"],
            [("رويترز", "wire"), ("فرانس برس", "wire"), ("الحرة", "publisher")],
            id="three-lines-last-publishes",
        ),
        pytest.param(
            ["المسلة – متابعة – وكالات", "المصدر: المسلة"],
            [("المسلة", "publisher"), ("وكالات", "credit")],
            id="credit-and-publisher-keeps-strongest-role",
        ),
    ],
)
def test_source_lines_give_roles(lines, expected):
    article = host("عنوان\n" + BODY + "\n" + "\n".join(lines) + "\n")
    assert [(s.name, s.role) for s in article.sources] == expected
    assert article.body == BODY


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        pytest.param(
            'المقالات المنشورة في "نداء بوست" تعبّر عن آراء كتابها وليس بالضرورة عن رأي الموقع.',
            "نداء بوست",
            id="disclaimer-001",
        ),
        pytest.param(
            'المقالات المنشورة تعبّر عن آراء كتابها وليس بالضرورة عن رأي موقع "الشارع المغاربي".',
            "الشارع المغاربي",
            id="disclaimer-naming-the-site-at-its-end",
        ),
        pytest.param(
            "المقالات المنشورة تعبّر عن آراء كتابها وليس بالضرورة عن رأي موقع الأخبار إنفو.",
            "الأخبار إنفو",
            id="disclaimer-naming-the-site-unquoted",
        ),
        pytest.param(
            "إضغط على الصورة لتحميل تطبيق النهار للإطلاع على كل الآخبار على البلاي ستور", "النهار", id="app-ad-003"
        ),
        pytest.param("اضغط هنا لتحميل تطبيق الشروق للاطلاع على آخر الأخبار", "الشروق", id="app-ad-variant"),
    ],
)
def test_outlet_named_in_boilerplate_is_the_publisher_and_the_line_leaves_the_body(line, outlet):
    article = host(f"عنوان\n{BODY}\n{line}\n")
    assert article.sources == (ParsedSource(outlet, "publisher"),)
    assert article.body == BODY


@pytest.mark.parametrize(
    ("line", "author"),
    [
        pytest.param("About Post Author زينSee author's posts", "زين", id="wordpress-box-003"),
        pytest.param("بقلم: أحمد علي", "أحمد علي", id="biqalam"),
        pytest.param("كتب: سامر حسن", "سامر حسن", id="kataba"),
    ],
)
def test_author_line_is_read_and_leaves_the_body(line, author):
    article = host(f"عنوان\n{BODY}\n{line}\n")
    assert (article.author, article.body) == (author, BODY)


def test_date_mentioned_in_the_body_is_never_the_publication_date():
    article = host(f"عنوان\n{BODY}\n11 شباط/ فبراير 2024\n{SECOND}\n")
    assert article.published_date is None
    assert "11 شباط/ فبراير 2024" in article.body


def test_stand_alone_arabic_date_under_the_title_is_the_publication_date():
    assert host(f"عنوان\n١٢ شباط ٢٠٢٤\n{BODY}\n").published_date == date(2024, 2, 12)


def test_published_line_wins_over_a_later_date_line():
    article = host(f"عنوان\nتاريخ النشر: 12th, February 2024 GMT\n13 فبراير 2024\n{BODY}\n")
    assert article.published_date == date(2024, 2, 12)


def test_unreadable_published_line_is_recorded_as_a_problem_not_a_guess():
    article = host(f"عنوان\nتاريخ النشر: قريبا\n{BODY}\n")
    assert article.published_date is None
    assert article.problems == ("unreadable publication date: تاريخ النشر: قريبا",)


def test_sections_in_another_order_are_read_the_same():
    usual = host(f"عنوان\n{BODY}\nالمصدر: الجزيرة\nكلمات دلالية: التحالف الدولي\n")
    shuffled = host(f"عنوان\nكلمات دلالية: التحالف الدولي\nالمصدر: الجزيرة\n{BODY}\n")
    assert (shuffled.sources, shuffled.keywords, shuffled.body) == (usual.sources, usual.keywords, usual.body)


@pytest.mark.parametrize("marker", ["إقرأ أيضاً:", "اقرأ أيضا:", "اقرأ ايضاً", "إقرأ ايضا :", "اقرأ أيضًا:"])
def test_read_also_marker_variants_start_an_appended_story(marker):
    host_article, appended = parse(f"عنوان\n{BODY}\n{marker}\nعنوان ملحق\n{SECOND}\n")
    assert (appended.title, appended.body, appended.segment) == ("عنوان ملحق", SECOND, 1)
    assert host_article.links == (ParsedLink("read_also", "عنوان ملحق", 1),)


def test_read_also_title_on_the_marker_line_is_the_appended_title():
    appended = parse(f"عنوان\n{BODY}\nإقرأ أيضاً: عنوان ملحق\n{SECOND}\n")[1]
    assert (appended.title, appended.body) == ("عنوان ملحق", SECOND)


def test_two_appended_stories_are_two_articles_each_linked_from_the_host():
    articles = parse(f"عنوان\n{BODY}\nاقرأ أيضا:\nالأول\n{SECOND}\nاقرأ أيضا:\nالثاني\n{BODY}\n")
    assert [a.title for a in articles] == ["عنوان", "الأول", "الثاني"]
    assert [(link.headline, link.target_segment) for link in articles[0].links] == [("الأول", 1), ("الثاني", 2)]


def test_appended_story_does_not_inherit_the_host_date_or_sources():
    appended = parse(f"عنوان\n24 سبتمبر، 2024\n{BODY}\nالمصدر: الجزيرة\nإقرأ أيضاً:\nملحق\n{SECOND}\n")[1]
    assert (appended.published_date, appended.sources) == (None, ())


def test_similar_bullets_after_an_appended_story_belong_to_the_host():
    host_article, appended = parse(
        f"عنوان\n{BODY}\nإقرأ أيضاً:\nملحق\n{SECOND}\n\nمقالات مشابهة\n\n  • خبر أول\n  • خبر ثان"
    )
    assert [link.headline for link in host_article.links if link.kind == "similar"] == ["خبر أول", "خبر ثان"]
    assert (appended.links, appended.body) == ((), SECOND)


def test_related_line_followed_by_bullets_gives_related_links():
    article = host(f"عنوان\n{BODY}\nأخبار ذات صلة\n• خبر أول\n• خبر ثان\n{SECOND}\n")
    assert [(link.kind, link.headline) for link in article.links] == [("related", "خبر أول"), ("related", "خبر ثان")]
    assert article.body == f"{BODY}\n\n{SECOND}"


def test_a_lone_unpunctuated_line_is_a_subheading_kept_in_the_body():
    article = host(f"عنوان\n{BODY}\nتقدير الموقف العسكري\n{SECOND}\n")
    assert article.body == f"{BODY}\n\nتقدير الموقف العسكري\n\n{SECOND}"
    assert article.links == ()


def test_two_unpunctuated_lines_in_a_row_are_injected_headlines_not_body():
    article = host(f"عنوان\n{BODY}\nويتكوف ينفي لقاءات مباشرة مع حماس\nويتكوف يتوجه إلى إسرائيل\n{SECOND}\n")
    assert article.body == f"{BODY}\n\n{SECOND}"
    assert [link.headline for link in article.links] == [
        "ويتكوف ينفي لقاءات مباشرة مع حماس",
        "ويتكوف يتوجه إلى إسرائيل",
    ]


def test_trailing_site_furniture_is_stripped_but_kept_in_raw_text():
    text = f"عنوان\n{BODY}\n\n\nأحدث المواد"
    article = host(text)
    assert (article.body, article.raw_text) == (BODY, text)


def test_keyword_line_keeps_its_raw_text():
    article = host(f"عنوان\n{BODY}\nكلمات دلالية: الولایات المتحدة فی العراق\n")
    assert (article.keywords, article.keywords_raw) == (("الولايات المتحدة في العراق",), "الولایات المتحدة فی العراق")


def test_same_story_with_other_spacing_and_diacritics_has_the_same_content_hash():
    plain = host(f"عنوان\n{BODY}\n")
    varied = host(f"عنوان آخر\n\n  {BODY.replace('قال', 'قَالَ')}  \n")
    assert plain.content_hash == varied.content_hash


def test_read_also_marker_with_nothing_after_it_is_no_story_and_its_line_is_kept():
    text = f"عنوان\n{BODY}\nإقرأ أيضاً:\n\n"
    articles = parse(text)
    assert [(a.title, a.body) for a in articles] == [("عنوان", BODY)]
    assert articles[0].raw_text == text
    assert articles[0].links == ()


def test_date_line_above_the_title_is_the_date_not_the_title():
    article = host(f"24 سبتمبر، 2024\nعنوان الخبر\n{BODY}\n")
    assert (article.title, article.published_date, article.body) == ("عنوان الخبر", date(2024, 9, 24), BODY)
