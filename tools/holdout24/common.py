"""Defaults for holdout24 paper dicts (labels + render options)."""


def paper(**kw):
    d = dict(drucksache=None, doc_type_printed=None, public=None, department=None, originator=None,
             answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
             notes="")
    d.update(kw)
    return d


def c(committee, date=None, role=None):
    return {"committee": committee, "date": date, "role": role}


BOX_ON, BOX_OFF = "☒", "☐"
