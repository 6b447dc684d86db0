"""What a careful curator records from each of the five seed dumps: one entry per article.

Keyed by (seed file, segment): segment 0 is the host story, 1 the story appended after إقرأ أيضاً.
Shared by the parser tests (strings) and the import tests (database), so both check the same facts.
"""

from datetime import date

SEEDS = {
    ("000_c729addcbd090b77.txt", 0): {
        # No title line: the dump opens with the dateline `العراق –` and the lead sentence.
        "title": "أكد مسؤول حكومي عراقي لوكالة “رويترز” إن المحادثات مع الولايات المتحدة بشأن إنهاء وجود التحالف العسكري في البلاد قد لا…",
        "title_inferred": True,
        "published_date": None,
        "dateline_place": "العراق",
        "dateline_in_lead": True,
        "author": "",
        "sources": [("رويترز", "wire"), ("صحيفة المرصد الليبية", "publisher")],
        "keywords": ["الولايات المتحدة في العراق"],
        "body_starts": "أكد مسؤول حكومي عراقي لوكالة",
        "body_ends": "في مهمة تقديم المشورة والمساعدة.",
        "paragraphs": 7,
        "links": {
            "read_also": ["ثلاثة صواريخ تستهدف قاعدةً تؤوي جنوداً أميركيين في مطار بغداد"],
            "similar": [
                "ثلاثة صواريخ تستهدف قاعدةً تؤوي جنوداً أميركيين في مطار بغداد",
                "السفيرة الأمريكية لدى العراق: الهجمات على البعثات الدبلوماسية في العاصمة بغداد “يجب أن تتوقف”",
                "الخارجية الأمريكية: الولايات المتحدة ستنسق الرد على الهجمات الصاروخية الإيرانية مع إسرائيل",
                "إذا ردت على هجوم إيران..ميليشيات طهران في العراق تهدد المصالح الأمريكية",
                "هجوم إيراني واستنفار أمنى بالقواعد العسكرية الأمريكية فى سوريا والعراق",
                "العراق يؤكد التزامه واعتزازه بالانتماء إلى عضوية التحالف الدولي لمحاربة داعش",
                "العراق قلق من الأوضاع في لبنان: الحروب تخلق الفوضى.. احذروا",
                "الولايات المتحدة تعترف بإسقاط الطائرة الأمريكية الـ11 في اليمن",
                "وزير الخارجية يترأس وفد دولة الكويت باجتماع التحالف الدولي ضد داعش في نيويورك",
                "بريطانيا تجدد تأكيدها على عدم سحب قواتها من العراق",
            ],
        },
    },
    ("000_c729addcbd090b77.txt", 1): {
        "title": "ثلاثة صواريخ تستهدف قاعدةً تؤوي جنوداً أميركيين في مطار بغداد",
        "title_inferred": False,
        "published_date": None,
        "dateline_place": "بغداد",  # from the credit line `بغداد (وكالات)`
        "dateline_in_lead": False,
        "author": "",
        "sources": [("وكالات", "credit")],
        "keywords": [],
        "body_starts": "استهدفت «ثلاثة صواريخ» قاعدةً",
        "body_ends": "حول العدد المستقبلي للقوات الأميركية في العراق.",
        "paragraphs": 6,
        "links": {
            # `أخبار ذات صلة` with two headlines run together on one line.
            "related": [
                "الإمارات تعبر عن قلقها البالغ من تزايد التصعيد في لبنان",
                "العراق يدين الهجوم على مقر رئيس بعثة الإمارات في الخرطوم",
            ],
        },
    },
    ("001_57670411fffd694b.txt", 0): {
        "title": "هل ينسحب التحالف الدولي من العراق بعد تهديدات بغداد؟",  # written twice in the dump
        "title_inferred": False,
        "published_date": None,  # `11 شباط/ فبراير 2024` is a date in the body, not the publication date
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [("نداء بوست", "publisher")],  # named only in the disclaimer
        "keywords": [],
        "body_starts": "تُجري الولايات المتحدة محادثات مع العراق",
        "body_ends": '"مسؤول جمع المعلومات" في الفصيل، وَفْق مصادر.',
        "body_contains": ["مطالبات للتحالف بالمغادرة"],  # a subheading stays in the body
        "body_lacks": ["أحدث المواد", "تعبّر عن آراء كتابها"],
        "paragraphs": 11,
        "links": {},
    },
    ("002_6b8f8232c79e6353.txt", 0): {
        "title": "العراق وأميركا يستأنفان محادثات تقليص قوات التحالف",
        "title_inferred": False,
        "published_date": date(2024, 2, 12),
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [("الجزيرة", "publisher")],
        "keywords": ["في العراق"],
        "body_starts": "أعلن الجيش العراقي أن بغداد وواشنطن",
        "body_ends": "وضد الدعم الأميركي لإسرائيل في عدوانها على القطاع.",
        "body_contains": ["\n\nتقدير الموقف العسكري\n\n"],
        "paragraphs": 13,
        "links": {"read_also": ["ويتكوف: حققنا بعض الإنجازات الجيدة في محادثات إسطنبول الأخيرة"]},
    },
    ("002_6b8f8232c79e6353.txt", 1): {
        "title": "ويتكوف: حققنا بعض الإنجازات الجيدة في محادثات إسطنبول الأخيرة",
        "title_inferred": False,
        "published_date": None,
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [],
        "keywords": [],
        "body_starts": "أكد المبعوث الأمريكي الخاص للشرق الأوسط، ستيف ويتكوف",
        "body_ends": "إلى إنهاء النزاع وتحقيق السلام في المنطقة.",
        "body_lacks": ["ويتكوف يتوجه إلى إسرائيل"],
        "paragraphs": 8,
        "links": {
            # Four headline lines injected mid-body.
            "related": [
                "وزير الخارجية الإيراني ردا على تصريحات ويتكوف: التخصيب سيستمر",
                "ويتكوف ينفي لقاءات مباشرة مع حماس والدوحة تواصل الوساطة بين الأطراف",
                "حرب غزة.. إسرائيل تتمسك بخطة ويتكوف وسط ضغوط أمريكية وساعات حاسمة للمفاوضات",
                "ويتكوف يتوجه إلى إسرائيل لتأمين إطلاق سراح عيدان ألكسندر",
            ],
        },
    },
    ("003_071eff8cf92bc83d.txt", 0): {
        "title": "توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة",
        "title_inferred": False,
        "published_date": date(2024, 9, 24),
        "dateline_place": "بغداد",  # `بغداد/المسلة:`
        "dateline_in_lead": True,
        "author": "زين",
        "sources": [("المسلة", "publisher"), ("وكالات", "credit")],
        "keywords": ["القوات الأميركية", "مهمة التحالف"],
        "body_starts": "تستمر المحادثات بين بغداد وواشنطن",
        "body_ends": "مع استمرار الدعم الأميركي في مجالات الاستخبارات والتنسيق.",
        "body_lacks": ["بغداد/المسلة", "المسلة – متابعة", "About Post Author", "لايعبّر بالضرورة"],
        "paragraphs": 7,
        "links": {"read_also": ["قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب"]},
    },
    ("003_071eff8cf92bc83d.txt", 1): {
        "title": "قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب",
        "title_inferred": False,
        "published_date": None,
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [("النهار", "publisher")],  # named in the app advertisement
        "keywords": [],
        "body_starts": "أكد قائد القيادة العسكرية الأمريكية في إفريقيا",
        "body_ends": "بالأمن والدفاع بومدين بن عتو.",
        "body_lacks": ["لتحميل تطبيق"],
        "paragraphs": 6,
        "links": {},
    },
    ("004_531aee5e3cc5c08f.txt", 0): {
        "title": 'أعلنت وزارة الخارجية العراقية، يوم الخميس، أنّ بغداد وواشنطن ستطلقان محادثات من شأنها أن تؤدي إلى صياغة "جدول زمني…',
        "title_inferred": True,
        "published_date": None,
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [("سكاي نيوز عربية", "publisher")],
        "keywords": [
            "ملفات",
            "التحالف الدولي",
            "القوات الأمنية العراقية",
            "العراق وأميركا",
            "قوات التحالف",
            "قوات التحالف الدولي",
            "واشنطن وبغداد",
            "أخبار العراق",
            "التحالف الدولي في العراق",
        ],
        "body_starts": "أعلنت وزارة الخارجية العراقية، يوم الخميس",
        "body_ends": "الذي أطلقته واشنطن في العام 2014.",
        "paragraphs": 8,
        "links": {
            "read_also": ["العراق : اعتقال ثلاثة عناصر من تنظيم داعش الإرهابي شمالي البلاد"],
            "similar": [
                "إعلام أميركي : واشنطن تستعد لسحب قواتها من سوريا",
                "هل تخلت واشنطن عن محاربة داعش؟ حديث عن نهاية وشيكة للوجود العسكري الأمريكي في سوريا",
                "قنبلة من المخاطر تهدد المنطقة.. هل يمدد العراق بقاء قوات التحالف الدولي؟",
                "النقد الدولي: ندعم الإصلاحات العراقية التي تبعد سوق النفط عن الأزمات",
                "بعد دعم فني واستخباراتي أمريكي..مقتل 5 من داعش في العراق",
                "العراق : اعتقال ثلاثة عناصر من تنظيم داعش الإرهابي شمالي البلاد",
                "وزارة النفط العراقية تنفي شراء النفط الإيراني وإعادة تصديره",
                "نتنياهو يأمل في تعهد أميركي لإنهاء حماس",
                "نائب إطاري:التصويت على قانون خدمة الحشد في جلسة يوم غد",
                "السفير الياباني: اهتمام شركاتنا قوي في السوق العراقية",
            ],
        },
    },
    ("004_531aee5e3cc5c08f.txt", 1): {
        "title": "العراق : اعتقال ثلاثة عناصر من تنظيم داعش الإرهابي شمالي البلاد",
        "title_inferred": False,
        "published_date": None,
        "dateline_place": "",
        "dateline_in_lead": False,
        "author": "",
        "sources": [("الثورة نت", "credit")],  # `الثورة نت/`
        "keywords": [],
        "body_starts": "اعتقلت السلطات الأمنية في العراق",
        "body_ends": "هجمات ضده في كل محافظات البلاد.",
        "body_lacks": ["مقالات مشابهة", "•"],
        "paragraphs": 3,
        "links": {},
    },
}

SCALAR_FIELDS = ["title", "title_inferred", "published_date", "dateline_place", "dateline_in_lead", "author"]
