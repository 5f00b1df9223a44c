"""Label helper for holdout27 papers."""


def lab(layout, city, doc_type, date, title, *, drucksache=None, printed=None, public=None, department=None,
        originator=None, answers=None, references=(), consultations=(), klimacheck=None, klima_style=None,
        themes=(), why="", notes=""):
    return {
        "layout": layout, "city": city, "drucksache": drucksache, "doc_type": doc_type,
        "doc_type_printed": printed, "date": date, "title": title, "public": public,
        "department": department, "originator": originator, "answers": answers,
        "references": list(references),
        "consultations": [{"committee": c, "date": d, "role": r} for c, d, r in consultations],
        "klimacheck": klimacheck, "klima_style": klima_style, "themes": list(themes),
        "themes_why": why, "notes": notes,
    }


def paper(file, producer, blocks, labels, font="sans", header=None, footer=None):
    return {"file": file, "producer": producer, "blocks": blocks, "labels": labels, "font": font,
            "header": header, "footer": footer}
