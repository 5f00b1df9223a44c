"""A council paper as content: what it is, who filed it, its number, date, subject, Beratungsfolge,
Klimacheck, citations and body — drawn from a seeded random generator. Layout families decide how
it is printed; `truth()` gives the row for corpus/truth.jsonl conventions (see README)."""

import datetime as dt
from dataclasses import dataclass, field

import numbering as nb
import textbank as tb
import world as w

KINDS = ["Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort",
         "Stellungnahme", "Niederschrift", "Einladung", "Schreiben"]
ADMIN_KINDS = ("Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage")

PRINTED_TYPES = {
    "Beschlussvorlage": ["Beschlussvorlage", "Beschlussvorlage", "Vorlage zur Beschlussfassung", "Verwaltungsvorlage"],
    "Mitteilungsvorlage": ["Mitteilungsvorlage", "Informationsvorlage", "Mitteilung der Verwaltung",
                           "Berichtsvorlage", "Vorlage zur Kenntnisnahme", "Bekanntgabe"],
    "Ergänzungsvorlage": ["Ergänzungsvorlage", "Änderungsvorlage", "Tischvorlage", "Neufassung"],
    "Antrag": ["Antrag", "Antrag", "Antrag", "Dringlichkeitsantrag", "Änderungsantrag", "Fraktionsantrag"],
    "Anfrage": ["Anfrage", "Anfrage", "Kleine Anfrage", "Große Anfrage", "Anfrage zur Sitzung"],
    "Antwort": ["Antwort", "Beantwortung einer Anfrage", "Beantwortung", "Antwort der Verwaltung"],
    "Stellungnahme": ["Stellungnahme", "Stellungnahme", "Empfehlung"],
    "Niederschrift": ["Niederschrift", "Niederschrift", "Protokoll", "Ergebnisprotokoll"],
    "Einladung": ["Einladung", "Einladung", "Tagesordnung"],
    "Schreiben": [None, None, "Schreiben"],
}

ROLE_PRINTED = {
    "Vorberatung": ["Vorberatung", "Vorberatung", "Beratung", "vorberatend", "zur Vorberatung"],
    "Entscheidung": ["Entscheidung", "Entscheidung", "Beschlussfassung", "beschließend", "Entscheidung (endgültig)",
                     "zur Entscheidung"],
    "Kenntnisnahme": ["Kenntnisnahme", "Kenntnisnahme", "zur Kenntnis", "zur Kenntnisnahme"],
    "Anhörung": ["Anhörung", "Anhörung"],
    "Beschluss": ["Beschluss"],
}

KLIMA_LABELS = ["Klimacheck", "Klimarelevanz", "Auswirkungen auf den Klimaschutz", "Klimaschutzrelevanz",
                "Klimawirkung", "Klima-Check", "Auswirkungen auf das Klima", "Klimafolgenabschätzung"]
KLIMA_OPTIONS = [
    [("neutral / nein", "neutral"), ("ja, positive Auswirkungen", "positive"), ("ja, negative Auswirkungen", "negative")],
    [("keine Auswirkungen", "neutral"), ("positive Auswirkungen", "positive"), ("negative Auswirkungen", "negative")],
    [("positiv", "positive"), ("negativ", "negative"), ("neutral", "neutral")],
    [("ja, positiv", "positive"), ("ja, negativ", "negative"), ("nein", "neutral")],
    [("klimafreundlich", "positive"), ("klimaneutral", "neutral"), ("klimaschädlich", "negative")],
    [("Die Maßnahme hat keine Auswirkungen auf das Klima.", "neutral"),
     ("Die Maßnahme hat positive Auswirkungen auf das Klima.", "positive"),
     ("Die Maßnahme hat negative Auswirkungen auf das Klima.", "negative")],
]
KLIMA_SENTENCES = {
    "neutral": ["Das Vorhaben hat keine Auswirkungen auf den Klimaschutz.",
                "Die Maßnahme ist klimaneutral.", "Auswirkungen auf den Klimaschutz: keine",
                "Klimarelevanz: keine"],
    "positive": ["Die Maßnahme wirkt sich positiv auf den Klimaschutz aus.",
                 "Klimarelevanz: positiv", "Auswirkungen auf den Klimaschutz: positiv"],
    "negative": ["Die Maßnahme wirkt sich negativ auf den Klimaschutz aus.",
                 "Klimarelevanz: negativ", "Auswirkungen auf den Klimaschutz: negativ"],
}


def euro(rng, lo, hi, style=None):
    v = rng.randint(lo, hi)
    v = round(v, -3) if v > 20000 else round(v, -2)
    style = style if style is not None else rng.randrange(5)
    t = f"{v:,}".replace(",", ".")
    if style == 0:
        return f"{t} Euro"
    if style == 1:
        return f"{t} €"
    if style == 2:
        return f"{t},00 EUR"
    if style == 3 and v >= 1_000_000:
        return f"{v / 1e6:.2f}".replace(".", ",") + " Mio. Euro"
    return f"EUR {t},00"


@dataclass
class Consultation:
    committee: str
    date: dt.date
    role: str          # canonical, or None
    role_printed: str  # as printed, or None
    status: str        # "Ö" / "N"


@dataclass
class Paper:
    kind: str
    rng: object
    place: w.Place
    seed: str
    printed_type: str = None
    number: str = None
    number_label: str = None
    date: dt.date = None
    title: str = None
    public: bool = None
    department: str = None
    dept: dict = field(default_factory=dict)
    originator: str = None
    answers: str = None
    references: list = field(default_factory=list)
    consultations: list = field(default_factory=list)
    klimacheck: str = None
    topic: tb.Topic = None
    themes: list = field(default_factory=list)
    slots: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)   # family hints and printed pieces
    title_override: object = 0                  # families may change the truth title (0 = unchanged)
    shown: set = field(default_factory=set)     # fields the layout printed
    cited: list = field(default_factory=list)   # numbers of other papers as printed, in print order

    # ------------------------------------------------------------------ helpers
    def fill(self, text):
        return text.format(**self.slots)

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def fmt(self, d, style=None):
        return nb.fmt_date(d, style or self.extra["date_style"])

    def show(self, *fields):
        """A layout printed these fields (only printed fields enter the truth row)."""
        self.shown.update(fields)

    def cite(self, number):
        """A layout printed another paper's number in a citation context."""
        if number and number != self.number and number not in self.cited:
            self.cited.append(number)
        return number

    def truth(self, family, producer, file, pages):
        title = self.title if self.title_override == 0 else self.title_override
        s = self.shown
        return {
            "file": file, "family": family, "producer": producer, "seed": self.seed,
            "city": self.place.name, "drucksache": self.number if "number" in s else None,
            "doc_type": self.kind, "doc_type_printed": self.printed_type if "type" in s else None,
            "date": self.date.isoformat() if self.date and "date" in s else None,
            "title": title if "title" in s else None, "public": self.public if "public" in s else None,
            "department": self.department if "department" in s else None,
            "originator": self.originator if "originator" in s else None,
            "answers": self.answers if "answers" in s else None,
            "references": list(self.cited),
            "consultations": [{"committee": c.committee, "date": c.date.isoformat() if c.date else None,
                               "role": c.role} for c in self.consultations] if "consultations" in s else [],
            "klimacheck": self.klimacheck if "klimacheck" in s else None, "pages": pages,
            "themes": list(self.themes),
            # diagnostics (not scored): how the number was labelled, how the Klimacheck was marked
            "number_label": self.number_label if "number" in s else None,
            "klima_style": self.extra.get("klima_style") if "klimacheck" in s else None,
        }


# ----------------------------------------------------------------------------- building a paper


def make_paper(rng, kind, seed, number_schemes=None, place=None, scheme_p=0.75, originators=None):
    """Draw a paper of `kind`. number_schemes: scheme names the layout family prefers (taken with
    probability scheme_p); originators: originator kinds the family prints (weights)."""
    place = place or rng.choice(w.PLACES)
    p = Paper(kind=kind, rng=rng, place=place, seed=seed)
    council = w.council_name(place, rng.randrange(2))
    p.extra["council"] = council
    p.extra["date_style"] = rng.choice(nb.DATE_STYLES)
    head_female = rng.random() < 0.35
    p.extra["head"] = w.head_of(place, head_female)
    p.extra["head_female"] = head_female
    p.date = nb.random_date(rng)
    p.extra["originators"] = originators
    scheme_name = rng.choice(number_schemes) if number_schemes and rng.random() < scheme_p else None
    if scheme_name is None:
        scheme_name = rng.choice([s for s in nb.SCHEMES if s != "dept_code"])
    p.extra["scheme"] = nb.Scheme(rng, scheme_name)
    topic = rng.choice(tb.TOPICS)
    p.topic = topic
    p.themes = list(topic.themes)
    _slots(p)
    _department(p)
    _printed_type(p)
    {"Beschlussvorlage": _vorlage, "Mitteilungsvorlage": _vorlage, "Ergänzungsvorlage": _vorlage,
     "Antrag": _antrag, "Anfrage": _anfrage, "Antwort": _antwort, "Stellungnahme": _stellungnahme,
     "Niederschrift": _meeting, "Einladung": _meeting, "Schreiben": _schreiben}[kind](p)
    _contact(p)
    return p


def new_number(p, kind=None, year=None, n=None):
    s = p.extra["scheme"]
    kind = kind or p.kind
    year = year or p.date.year
    if s.name == "dept_code":
        return nb.dept_number(s, p.extra["dept_code"], year)
    return s.make(kind, year, n)


def _slots(p):
    r = p.rng
    y = p.date.year
    ort, ort2 = r.sample(w.DISTRICTS, 2)
    park = r.choice(["Stadtpark", "Schlosspark", "Rosengarten", "Mühlenteich", "Volkspark", "Wallgraben",
                     "Auenpark", "Kurpark"])
    schools = [f"Grundschule {ort}", f"Gesamtschule {ort}", f"{r.choice(['Goethe', 'Schiller', 'Lessing', 'Humboldt', 'Kepler', 'Anne-Frank'])}-Schule",
               f"Realschule am {park}", f"Gemeinschaftsschule {ort}", f"Grundschule an der {r.choice(w.STREETS)}"]
    gebiet = r.choice([f"Gewerbegebiet {ort}", f"Gewerbepark {ort}", f"Industriegebiet {ort}-Süd",
                       f"Gewerbegebiet An der {r.choice(['Autobahn', 'Bundesstraße', 'Bahn'])}"])
    council = p.extra["council"]
    p.slots = {
        "city": p.place.name, "ort": ort, "ort2": ort2, "strasse": r.choice(w.STREETS), "jahr": y,
        "jahr1": y + 1, "jahr2": y + r.randint(2, 5), "vorjahr": y - 1, "n": r.randint(2, 12),
        "n0": r.randint(0, 5), "n2": r.randint(40, 900), "n3": r.randint(100, 950),
        "betrag": euro(r, 40_000, 9_500_000), "betrag2": euro(r, 900, 90_000),
        "prozent": r.choice([10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 65, 70, 75, 80, 90]),
        "schule": r.choice(schools), "gebiet": gebiet, "park": park,
        "council": council, "council_the": w.article(council) + " " + council,
        "council_The": "D" + (w.article(council) + " " + council)[1:],
        "par": r.choice(["5", "12", "17", "24", "4 Abs. 2"]),
        "thh": str(r.randint(1, 12)), "produkt": f"{r.randint(1, 16):02d}.{r.randint(1, 9)}{r.randint(10, 99)}.{r.randint(1, 99):02d}",
        "dept_short": r.choice(["Standesamt", "Sozialamt", "Ordnungsamt", "Bürgeramt", "Jugendamt"]),
        "vordatum": nb.fmt_date(p.date - dt.timedelta(days=r.randint(40, 300)), "dmy"),
        "gremium": r.choice(w.COMMITTEES[p.topic.themes[0]]),
    }
    p.title = p.fill(r.choice(p.topic.titles))


def _dept_parts(p, theme):
    r = p.rng
    no, name = r.choice(w.DEPARTMENTS[theme])
    return no, name


def _department(p):
    """Choose the writing unit and how it is printed; the truth `department` is set by the kind
    (administration papers only)."""
    r = p.rng
    theme = p.topic.themes[0] if r.random() < 0.85 else r.choice(p.topic.themes)
    no, name = _dept_parts(p, theme)
    dez = w.DEZERNATE[theme]
    p.extra["dept_code"] = no
    style = r.choice(["num_dash", "num_dash", "amt_num", "name_paren", "name", "name", "fb", "dezernat_amt",
                      "referat" if p.place.big else "name", "fd"])
    dash = r.choice([" - ", " – ", " "])
    if style == "num_dash":
        text = f"{no}{dash}{name}"
    elif style == "amt_num":
        short = name[len("Amt für "):] if name.startswith("Amt für ") else name
        text = f"Amt {no}{dash}{short}" if name.startswith("Amt für ") or name.endswith("amt") else f"{no}{dash}{name}"
    elif style == "name_paren":
        text = f"{name} ({no})"
    elif style == "fb":
        text = f"Fachbereich {no[0]}{dash}{dez[1]}"
    elif style == "fd":
        text = f"Fachdienst {no}.{r.randint(1, 4)}{dash}{name.replace('Amt für ', '')}"
    elif style == "referat":
        ref = w.REFERATE[theme]
        text = ref if r.random() < 0.5 else f"{ref} {r.choice(['Geschäftsleitung', 'HA I', 'HA II', 'Abteilung 2', 'Stab'])}"
    elif style == "dezernat_amt":
        text = f"{no}{dash}{name}" if r.random() < 0.6 else name
        p.dept["dezernat"] = f"Dezernat {dez[0]}" if r.random() < 0.5 else f"Dezernat {dez[0]} – {dez[1]}"
    else:
        text = name
    p.dept["unit"] = text
    p.dept["style"] = style
    p.dept["name"] = name
    p.dept["no"] = no


def _printed_type(p):
    p.printed_type = p.choice(PRINTED_TYPES[p.kind])


def _consultations(p, kind):
    r = p.rng
    theme = p.topic.themes[0]
    council = p.extra["council"]
    status = "Ö" if p.public is not False else "N"
    out = []
    d = p.date
    if kind == "Mitteilungsvorlage":
        comms = r.sample(w.COMMITTEES[theme], k=min(len(w.COMMITTEES[theme]), r.randint(1, 2)))
        if r.random() < 0.3:
            comms.append(council)
        for c in comms:
            d = nb.session_date(r, d, 5, 30)
            out.append((c, d, "Kenntnisnahme"))
    else:
        comms = r.sample(w.COMMITTEES[theme], k=r.randint(0, 2) if kind != "Ergänzungsvorlage" else r.randint(0, 1))
        if r.random() < 0.4:
            comms.append(r.choice([c for c in w.GENERAL_COMMITTEES if c not in comms]))
        if r.random() < 0.2 and p.place.kind not in ("Landkreis", "Kreis", "Gemeinde"):
            bv = r.choice([f"Bezirksvertretung {r.choice(w.DISTRICTS)}", f"Bezirksbeirat {r.choice(w.DISTRICTS)}",
                           f"Ortsbeirat {r.choice(w.DISTRICTS)}"])
            out.append((bv, nb.session_date(r, d, 5, 20), "Anhörung"))
            d = out[-1][1]
        for c in comms:
            d = nb.session_date(r, d, 5, 25)
            out.append((c, d, "Vorberatung"))
        final = council
        if r.random() < 0.15 and out:
            # the committee decides itself
            c, dd, _ = out[-1]
            out[-1] = (c, dd, "Entscheidung")
        else:
            d = nb.session_date(r, d, 7, 30)
            out.append((final, d, "Entscheidung"))
    # printed role words: one vocabulary per council
    pick = {k: r.choice(v) for k, v in ROLE_PRINTED.items()}
    p.consultations = [Consultation(c, dd, role, pick[role], status) for c, dd, role in out]


def _klima(p):
    r = p.rng
    if p.kind not in ADMIN_KINDS or r.random() < 0.3:
        p.klimacheck = None
        return
    if "klima_umwelt" in p.themes:
        p.klimacheck = r.choice(["positive", "positive", "neutral", "negative"])
    else:
        p.klimacheck = r.choice(["neutral", "neutral", "neutral", "positive", "negative"])
    p.extra["klima_label"] = r.choice(KLIMA_LABELS)
    p.extra["klima_options"] = r.choice(KLIMA_OPTIONS)
    p.extra["klima_sentence"] = r.choice(KLIMA_SENTENCES[p.klimacheck])


def _citations(p, k_max=2, kinds=("Beschlussvorlage", "Antrag", "Mitteilungsvorlage")):
    """Other papers cited in the body: (sentence, number)."""
    r = p.rng
    out = []
    for _ in range(r.randint(0, k_max)):
        kind = r.choice(kinds)
        year = p.date.year - r.randint(0, 4)
        num = new_number(p, kind, year)
        if num == p.number or num in [n for _, n in out]:
            continue
        d = nb.fmt_date(dt.date(year, r.randint(1, 12), r.randint(1, 28)), "dmy")
        label = r.choice(["Drucksache", "Vorlage", "Drucksache Nr.", "Vorlage Nr.", "DS", "Drs."]) if kind != "Antrag" \
            else r.choice(["Antrag", "Antrag Nr.", "Drucksache"])
        if num.startswith("DS") and label in ("DS", "Drs."):
            label = "Drucksache"
        form = r.randrange(5)
        if form == 0:
            s = f"Mit Beschluss vom {d} ({label} {num}) hat {p.slots['council_the']} die Verwaltung beauftragt, das Vorhaben weiter zu verfolgen."
        elif form == 1:
            s = f"Auf die {r.choice(['Mitteilung', 'Vorlage', 'Berichterstattung'])} {num} vom {d} wird verwiesen."
        elif form == 2:
            s = f"Der Sachstand wurde zuletzt mit {label} {num} dargestellt."
        elif form == 3:
            s = f"Bezug: {label} {num}"
        else:
            s = f"Die Vorlage knüpft an den Beschluss zu {label} {num} an (vgl. Niederschrift vom {d})."
        out.append((s, num))
    return out


def _distractor_sentences(p):
    """Number-shaped text in the body that is no Drucksache."""
    r = p.rng
    s = []
    if r.random() < 0.4:
        s.append(f"Die Fläche liegt im Geltungsbereich des Bebauungsplans Nr. {r.randint(10, 2999)}.")
    if r.random() < 0.35:
        law = r.choice(["§ 41 Abs. 1 GO NRW", "§ 39 Abs. 2 GemO", "Art. 29 BayGO", "§ 58 NKomVG", "§ 28 KV M-V",
                        "§ 51 HGO", "§ 24 Abs. 1 GemO"])
        s.append(f"Die Zuständigkeit ergibt sich aus {law}.")
    if r.random() < 0.25:
        s.append(f"Die Maßnahme ist im Investitionsprogramm unter der Nummer {r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(10, 99)} veranschlagt.")
    return s


def _vorlage(p):
    r = p.rng
    p.public = r.random() < 0.85
    p.department = p.dept["unit"]
    p.number = new_number(p)
    if p.kind == "Ergänzungsvorlage":
        orig = p.number
        p.number = p.extra["scheme"].suffix(orig)
        p.extra["original"] = orig
    _consultations(p, p.kind)
    _klima(p)
    cites = _citations(p)
    refs = []
    if p.kind == "Ergänzungsvorlage":
        refs.append(p.extra["original"])
    refs += [n for _, n in cites if n not in refs and n != p.number]
    p.references = refs
    t = p.topic
    facts = r.sample(t.facts, k=r.randint(max(3, len(t.facts) - 2), len(t.facts)))
    sisters = [x for x in tb.TOPICS if x is not t and set(x.themes) <= set(t.themes)]
    if sisters and r.random() < 0.5:
        # a related topic of the same themes lengthens the body without changing what it is about
        facts += r.sample(r.choice(sisters).facts, k=2)
    body = {
        "beschluss": [p.fill(m) for m in r.sample(t.measures, k=r.randint(1, len(t.measures)))],
        "sachverhalt": [p.fill(f) for f in facts],
        "citations": [(s, n) for s, n in cites if n in refs],
        "distractors": _distractor_sentences(p),
        "finanzen": p.fill(r.choice(tb.FINANCE)),
        "anlagen": r.sample(tb.ANLAGEN, k=r.randint(0, 3)),
        "intro": p.fill(r.choice(tb.INTRO_VORLAGE)),
    }
    p.extra["body"] = body


def _originator(p, pool):
    r = p.rng
    allowed = p.extra.get("originators")
    if allowed:
        narrowed = {k: v for k, v in pool.items() if k in allowed}
        pool = narrowed or pool
    council = p.extra["council"]
    kind = r.choices(list(pool), weights=list(pool.values()))[0]
    p.extra["orig_kind"] = kind
    if kind == "fraktion":
        short, forms = r.choice([x for x in w.PARTIES if not (x[0] == "CSU" and p.place.state != "BY")])
        form = r.choice(forms)
        name = form.replace("im {body}", f"{w.article(council, 'in')} {council}")
        p.extra["party"] = short
        return name
    if kind == "joint":
        ps = r.sample([x for x in w.PARTIES if x[0] != "CSU"], k=r.randint(2, 3))
        names = [x[1][0] for x in ps]
        p.extra["joint"] = names
        return ", ".join(names)
    if kind == "gruppe":
        return r.choice(w.GROUPS)
    if kind == "einzel":
        first, last, fem = w.person(r)
        p.extra["einzel_person"] = (first, last, fem)
        title = r.choice(["Stadträtin" if fem else "Stadtrat", "Ratsmitglied", "Stadtverordnete" if fem else "Stadtverordneter"])
        if p.place.kind in ("Landkreis", "Kreis"):
            title = "Kreistagsabgeordnete" if fem else "Kreistagsabgeordneter"
        return f"{title} {first} {last} ({r.choice(['parteilos', 'Volt', 'Die PARTEI', 'ÖDP', 'Piraten', 'Tierschutzpartei'])})"
    if kind == "bezirk":
        d = r.choice(w.DISTRICTS)
        if p.place.state == "BY" and p.place.big:
            return f"Bezirksausschuss {r.randint(1, 25)} – {d}"
        return r.choice([f"Bezirksvertretung {d}", f"Stadtteilbeirat {d}", f"Ortsbeirat {r.randint(1, 16)} – {d}",
                         f"Ortschaftsrat {d}", f"Bezirksbeirat {d}", f"Stadtbezirksrat {d}"])
    if kind == "beirat":
        fitting = w.ADVISORY_BY_THEME.get(p.topic.themes[0], [])
        name = r.choice(fitting) if fitting and r.random() < 0.7 else r.choice(w.ADVISORY_ANY)
        return name if r.random() < 0.5 else f"{name} der {p.place.full if p.place.kind != 'Bezirk' else 'Stadt'}"
    if kind == "ob":
        return ("Die " if p.extra["head_female"] else "Der ") + p.extra["head"]
    if kind == "company":
        base = p.place.name.split(" (")[0]
        th = p.topic.themes[0]
        if th == "mobilitaet":
            return f"Verkehrsbetriebe {base} GmbH"
        if th in ("stadtentwicklung", "soziales"):
            return f"Wohnungsbaugesellschaft {base} mbH"
        return f"Stadtwerke {base} GmbH"
    raise ValueError(kind)


def _antrag(p):
    r = p.rng
    p.originator = _originator(p, {"fraktion": 50, "joint": 10, "gruppe": 8, "einzel": 8, "bezirk": 12, "beirat": 12})
    p.public = True if r.random() < 0.15 else None
    p.number = new_number(p) if r.random() < 0.8 else None
    _session_line(p)
    cites = _citations(p, 1, ("Beschlussvorlage", "Antrag"))
    p.references = [n for _, n in cites]
    t = p.topic
    p.extra["body"] = {
        "beschluss": [p.fill(m) for m in r.sample(t.measures, k=r.randint(1, len(t.measures)))],
        "begruendung": [p.fill(r.choice(tb.REASON_OPEN))] + [p.fill(f) for f in r.sample(t.facts, k=min(3, len(t.facts)))],
        "citations": cites, "distractors": _distractor_sentences(p),
        "intro": p.fill(r.choice(tb.ANTRAG_INTRO)),
    }


def _session_line(p):
    """Anträge/Anfragen: 'zur Sitzung des … am …' (role null), a Beratungsfolge, or nothing."""
    r = p.rng
    x = r.random()
    if x < 0.35:
        c = r.choice([p.extra["council"]] + w.COMMITTEES[p.topic.themes[0]])
        if p.extra.get("orig_kind") == "bezirk":
            c = p.originator
        d = nb.session_date(r, p.date, 5, 30)
        p.consultations = [Consultation(c, d, None, None, "Ö")]
        p.extra["session_line"] = True
    elif x < 0.55 and p.kind == "Antrag":
        _consultations(p, "Beschlussvorlage")
    else:
        p.consultations = []


def _anfrage(p):
    r = p.rng
    p.originator = _originator(p, {"fraktion": 60, "gruppe": 10, "einzel": 15, "bezirk": 10, "beirat": 5})
    p.public = True if r.random() < 0.1 else None
    p.number = new_number(p) if r.random() < 0.75 else None
    _session_line(p)
    t = p.topic
    qs = [p.fill(q) for q in t.questions]
    p.extra["body"] = {
        "intro": p.fill(r.choice(tb.ANFRAGE_INTRO)),
        "begruendung": [p.fill(r.choice(tb.REASON_OPEN)), p.fill(r.choice(t.facts))],
        "fragen": qs, "citations": [], "distractors": [],
    }


def _antwort(p):
    r = p.rng
    x = r.random()
    asker_p = Paper(kind="Anfrage", rng=r, place=p.place, seed=p.seed)
    asker_p.extra = dict(p.extra)
    asker = _originator(asker_p, {"fraktion": 70, "einzel": 20, "gruppe": 10})
    p.extra["asker"] = asker
    anfrage_date = p.date - dt.timedelta(days=r.randint(10, 60))
    p.extra["anfrage_date"] = anfrage_date
    ans = new_number(p, "Anfrage", anfrage_date.year) if r.random() < 0.8 else None
    p.answers = ans
    if x < 0.7:
        p.department = p.dept["unit"]
    elif x < 0.9:
        p.originator = _originator(p, {"ob": 1})
        p.extra["ob_letter"] = True
    else:
        p.originator = _originator(p, {"company": 1})
    p.number = new_number(p) if r.random() < 0.35 else None
    p.public = True if r.random() < 0.15 else None
    if r.random() < 0.3:
        c = r.choice(w.COMMITTEES[p.topic.themes[0]])
        p.consultations = [Consultation(c, nb.session_date(r, p.date, 5, 25), "Kenntnisnahme",
                                        r.choice(ROLE_PRINTED["Kenntnisnahme"]), "Ö")]
    refs = [ans] if ans else []
    p.references = refs
    subject = p.title
    ad = nb.fmt_date(anfrage_date, "dmy")
    form = r.randrange(4)
    if ans and form == 0:
        p.title = f"Anfrage {ans} – {subject}"
    elif form == 1:
        p.title = f"Anfrage {'der ' + asker if asker.startswith(('SPD', 'CDU', 'CSU', 'FDP', 'Fraktion', 'GRÜNE', 'Freie', 'Volt', 'ÖDP', 'UWG', 'BSW', 'Die Linke')) else 'von ' + asker} vom {ad} zu „{subject}“"
    elif form == 2:
        p.title = f"Beantwortung der Anfrage {'Nr. ' + ans + ' ' if ans else ''}„{subject}“"
    else:
        p.title = subject
    t = p.topic
    qs = [p.fill(q) for q in t.questions]
    facts = [p.fill(f) for f in r.sample(t.facts, k=min(len(t.facts), len(qs) + 1))]
    p.extra["body"] = {"qa": list(zip(qs, facts)), "intro_date": ad, "citations": [], "distractors": [],
                       "subject": subject}


def _stellungnahme(p):
    r = p.rng
    x = r.random()
    if x < 0.9:
        p.originator = _originator(p, {"beirat": 45, "bezirk": 50, "fraktion": 5})
    else:
        p.department = p.dept["unit"]
    about_kind = r.choice(["Beschlussvorlage", "Antrag", "Beschlussvorlage"])
    about = new_number(p, about_kind, p.date.year - r.randint(0, 1)) if r.random() < 0.75 else None
    p.answers = about
    p.references = [about] if about else []
    p.number = new_number(p) if r.random() < 0.2 else None
    p.public = None if r.random() < 0.85 else True
    subject = p.title
    word = {"Beschlussvorlage": r.choice(["Vorlage", "Beschlussvorlage", "Sitzungsvorlage"]),
            "Antrag": r.choice(["Antrag", "Antrag Nr."])}[about_kind]
    word = word.replace(" Nr.", "") if not about else word
    p.extra["about"] = (word, about)
    t = p.printed_type or "Stellungnahme"
    form = r.randrange(3)
    if form == 0 and about:
        p.title = f"{t} zu{'r' if word.endswith('vorlage') or word == 'Vorlage' else 'm'} {word} {about} „{subject}“"
    elif form == 1:
        p.title = f"{subject}"
    else:
        p.title = f"{t} {w.genitive(p.originator) if p.originator else 'der Verwaltung'} zu{'r' if word.endswith('vorlage') or word == 'Vorlage' else 'm'} {word} {about + ' ' if about else ''}„{subject}“"
    tpc = p.topic
    p.extra["body"] = {
        "begruendung": [p.fill(f) for f in r.sample(tpc.facts, k=min(3, len(tpc.facts)))],
        "beschluss": [p.fill(m) for m in r.sample(tpc.measures, k=1)],
        "citations": [], "distractors": [],
    }


def _meeting(p):
    r = p.rng
    council = p.extra["council"]
    # the body whose session it is
    x = r.random()
    if x < 0.55:
        body = r.choice(w.COMMITTEES[p.topic.themes[0]])
    elif x < 0.75:
        body = council
    else:
        body = r.choice([f"Stadtteilbeirat {p.slots['ort']}", f"Bezirksvertretung {p.slots['ort']}",
                         r.choice(w.ADVISORY), f"Ortsbeirat {p.slots['ort']}"])
    p.extra["session_body"] = body
    ordinal = r.randint(1, 40)
    p.public = r.random() < 0.85
    oe = "öffentliche " if p.public else "nichtöffentliche "
    if p.kind == "Einladung":
        session_day = nb.session_date(r, p.date, 7, 21)
    else:
        session_day = p.date - dt.timedelta(days=r.randint(3, 20))
    p.extra["session_day"] = session_day
    p.extra["ordinal"] = ordinal
    form = r.randrange(3)
    if form == 0:
        p.title = f"{ordinal}. {oe if r.random() < 0.5 else ''}Sitzung {w.genitive(body)}"
    elif form == 1:
        p.title = f"{body}, {ordinal}. Sitzung"
    else:
        p.title = f"{'Öffentliche' if p.public else 'Nichtöffentliche'} Sitzung {w.genitive(body)}"
    p.extra["title_form"] = form
    # agenda: procedural items and substantive items with Vorlage numbers
    items = []
    topics = [p.topic] + r.sample(tb.TOPICS, k=r.randint(2, 5))
    main_count = r.randint(1, 2)
    topics = [p.topic] * main_count + topics[1:]
    for tpc in topics:
        tslots = dict(p.slots)
        tit = r.choice(tpc.titles).format(**tslots)
        kind = r.choice(["Beschlussvorlage", "Mitteilungsvorlage", "Antrag", "Anfrage"])
        num = new_number(p, kind, p.date.year) if r.random() < 0.75 else None
        items.append({"title": tit, "number": num, "topic": tpc, "kind": kind})
    r.shuffle(items)
    procedural = r.sample(tb.PROCEDURAL_TOPS, k=r.randint(1, 3))
    p.extra["agenda"] = ([{"title": t, "number": None, "topic": None} for t in procedural[:2]] + items
                         + [{"title": t, "number": None, "topic": None} for t in procedural[2:]])
    refs = []
    for it in p.extra["agenda"]:
        if it["number"] and it["number"] not in refs:
            refs.append(it["number"])
    p.references = refs
    # themes: primary theme per substantive item, by count then agenda order
    count, order = {}, []
    for it in p.extra["agenda"]:
        if it["topic"]:
            th = it["topic"].themes[0]
            count[th] = count.get(th, 0) + 1
            if th not in order:
                order.append(th)
    p.themes = sorted(order, key=lambda th: (-count[th], order.index(th)))[:3]
    p.number = None
    p.consultations = []
    if r.random() < 0.35:
        p.department = p.dept["unit"] if r.random() < 0.5 else r.choice(
            ["Amt für Ratsangelegenheiten", "13 - Büro des Rates", "Hauptamt", "Ratsbüro", "Geschäftsstelle des Rates"])
        p.extra["meeting_dept_printed"] = True
    p.extra["body"] = {"citations": [], "distractors": []}


def _schreiben(p):
    r = p.rng
    x = r.random()
    if x < 0.45:
        p.originator = _originator(p, {"beirat": 50, "bezirk": 50})
    elif x < 0.6:
        p.originator = _originator(p, {"ob": 1})
    else:
        p.department = p.dept["unit"]
    p.public = None
    p.number = None
    if r.random() < 0.2:
        p.title = None
    else:
        p.title = r.choice([p.title, f"Ihr Schreiben vom {nb.fmt_date(p.date - dt.timedelta(days=r.randint(7, 40)), 'dmy')} – {p.title}",
                            f"Beteiligung an der Planung: {p.title}"])
    tpc = p.topic
    p.extra["body"] = {"begruendung": [p.fill(f) for f in r.sample(tpc.facts, k=min(4, len(tpc.facts)))],
                       "citations": [], "distractors": []}


def _contact(p):
    r = p.rng
    first, last, fem = w.person(r)
    p.extra["clerk"] = (first, last, fem)
    area = p.place.area
    p.extra["phone"] = nb.phone(r, area)
    p.extra["fax"] = nb.phone(r, area)
    p.extra["email"] = f"{nb.ascii_fold(first)}.{nb.ascii_fold(last)}@{nb.domain(p.place)}"
    p.extra["az"] = nb.aktenzeichen(r, p.extra["dept_code"], p.date.year)
    p.extra["room"] = f"{r.choice(['Zimmer', 'Raum', 'Zi.'])} {r.randint(1, 5)}.{r.randint(1, 40):02d}"
    p.extra["street_no"] = f"{r.choice(w.ADDR_STREETS)} {r.randint(1, 120)}"
    p.extra["postfach"] = nb.postfach(r)
    p.extra["iban"] = nb.iban(r)
    signer = w.person(r)
    p.extra["signer"] = signer
    p.extra["signers"] = [w.person(r) for _ in range(r.randint(1, 3))]
