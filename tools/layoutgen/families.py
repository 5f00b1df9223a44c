"""Layout families: named page templates of council papers. Each builds an ir.Doc from a Paper.

A family fixes the structure (where the number, date, unit, subject, Beratungsfolge and
Klimacheck sit, what is a table and what a free line) and draws its details per paper (label
spellings, fonts, sizes, colon or not, date format, border style). `FAMILIES` maps the name to
(kinds it prints with weights, producers it is made with, number schemes it prefers, builder).
"""

import datetime as dt

import blocks as B
import numbering as nb
import textbank as tb
import world as w
from ir import P, Doc, ListBlock, PageBreak, Rule, Run, Space, Table

FAMILIES = {}
ALL_PRODUCERS = ["reportlab", "chromium", "libreoffice", "ghostscript"]
VORLAGEN = {"Beschlussvorlage": 5, "Mitteilungsvorlage": 3, "Ergänzungsvorlage": 1}


def family(name, kinds, schemes, producers=None, doc="", scheme_p=0.75, originators=None):
    def reg(fn):
        FAMILIES[name] = {"kinds": kinds, "schemes": schemes, "producers": producers or ALL_PRODUCERS,
                          "build": fn, "doc": doc or (fn.__doc__ or "").strip().split("\n")[0],
                          "scheme_p": scheme_p, "originators": originators}
        return fn
    return reg


def _doc(p, st, blocks, **kw):
    d = Doc(blocks=blocks, body_font=st.body_font, head_font=st.head_font, size=st.size, accent=st.accent,
            title=p.title or "", author=kw.pop("author", ""))
    for k, v in kw.items():
        setattr(d, k, v)
    return d


def _seite(p):
    return p.choice(["Seite {page} von {pages}", "Seite {page}", "- {page} -", "{page}/{pages}", "{page}"])


def _type_word(p):
    p.show("type")
    return p.printed_type


# ============================================================================ 1 ris_classic


@family("ris_classic", {**VORLAGEN, "Antrag": 1, "Anfrage": 1}, ["code_n_yy", "code_yyyy_n", "n_yyyy", "yyyy_n", "ds_wp"])
def ris_classic(p, st):
    """RIS print of a Vorlage: city head line, type box, label/value header table, Beratungsfolge table."""
    r = p.rng
    label = B.pick_label(p, prefer=["Vorlage-Nr.", "Vorlagen-Nr.", "Drucksache", "Drucksachen-Nr.", "Vorlage"])
    head = [[P([Run(p.place.full, b=True, size=st.size + 4)], after=0),
             P([Run(_type_word(p), b=True, size=st.size + 2)], align="right", after=0)]]
    blocks = [Table(head, widths=[0.6, 0.4], border="none", pad=0), B.hr(st)]
    rows = [(label, p.number)]
    p.show("number")
    # meta17: some RIS prints carry the paper's date only in the running header over every page
    date_in_header = r.random() < 0.2
    if not date_in_header:
        rows.append((r.choice(["Datum", "Datum", "Erstellt am", "Stand"]), B.date_text(p, st)))
    if p.kind in B.nb.CODES and p.kind in ("Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage"):
        rows.append((r.choice(["Status", "Öffentlichkeitsstatus", "Sitzungsart"]), B.public_text(p, st)))
        rows += B.dept_rows(p, st)
    else:
        rows.append((r.choice(["Antragsteller", "Einreicher", "Fraktion", "Absender"]), p.originator))
        p.show("originator")
    if r.random() < 0.6:
        first, last, fem = p.extra["clerk"]
        rows.append((r.choice(["Bearbeiter/-in", "Verfasser/in", "Sachbearbeitung"]), f"{last}, {first}"))
    blocks.append(B.kv(st, rows, layout=r.choice(["beside", "pairs"]), border=r.choice(["none", "none", "hlines"])))
    blocks.append(Space(6))
    blocks.append(B.title_block(p, st, label=r.choice(["Betreff", "Betreff", "Titel", "Gegenstand"])))
    blocks += B.beratungsfolge(p, st, style=r.choice(["table", "table", "table_nostatus", "table_norole"]))
    blocks += B.body(p, st)
    hdr = f"{p.place.full} – {label} {p.number}" if r.random() < 0.7 else f"{p.number}"
    if date_in_header:
        hdr += f" – {r.choice(['', 'vom ', 'Datum: '])}{B.date_text(p, st)}"
        return _doc(p, st, blocks, header=hdr, header_first=True, footer=_seite(p), margins=(22, 18, 22, 22))
    return _doc(p, st, blocks, header=hdr, footer=_seite(p), margins=(22, 18, 22, 22))


# ============================================================================ 2 sessionnet_print


@family("sessionnet_print", {**VORLAGEN, "Antrag": 1, "Anfrage": 1, "Antwort": 1},
        ["code_yyyy_n", "yyyy_n", "n_yyyy", "letter_dash"])
def sessionnet_print(p, st):
    """Print view of a session portal: 'Vorlage - NUMBER' heading, four-column info table, Beratungsfolge with Ö/N."""
    r = p.rng
    lab = r.choice(["Vorlage", "Vorlage", "Drucksache", "Vorgang"])
    p.number_label = lab
    if p.number is None:
        p.number = B.nb.Scheme(r, "code_yyyy_n").make(p.kind, p.date.year)
    p.show("number")
    blocks = [P([Run(f"{p.place.full} – Ratsinformationssystem", size=st.size - 2, color="#555555")], after=4),
              P([Run(f"{lab} - {p.number}", b=True, size=st.size + 6)], after=8, font="head", heading=1)]
    p.show("title")
    pairs = [("Status", B.public_text(p, st)) if p.kind in VORLAGEN or p.public is not None else None,
             ("Vorlage-Art" if r.random() < 0.6 else "Vorlageart", _type_word(p)),
             ("Datum", B.date_text(p, st))]
    if p.department:
        pairs.append(("Federführend", B.department_value(p)))
    if p.originator:
        pairs.append(("Antragsteller/in" if p.kind != "Antwort" else "Absender", p.originator))
        p.show("originator")
    first, last, fem = p.extra["clerk"]
    pairs.append(("Bearbeiter/-in", f"{last}, {first}"))
    if p.kind == "Antwort" and p.answers:
        pairs.append(("Bezug", f"Anfrage {p.answers}"))
        p.show("answers")
        p.cite(p.answers)
    pairs = [x for x in pairs if x]
    data = [[[Run(st.lab("Betreff"), b=True)], [Run(p.title, b=True)], None, None]]
    for i in range(0, len(pairs), 2):
        row = []
        for k, v in pairs[i:i + 2]:
            row += [[Run(st.lab(k), b=True)], v]
        data.append(row + [None] * (4 - len(row)))
    blocks.append(Table(data, widths=[0.16, 0.38, 0.16, 0.30], border="none", spans=[(0, 1, 3)], size=st.size, pad=2))
    blocks.append(Space(6))
    blocks += B.beratungsfolge(p, st, style=r.choice(["table", "table", "table_norole"]),
                               label="Beratungsfolge:")
    blocks += B.body(p, st)
    return _doc(p, st, blocks, footer=f"{lab} {p.number}" + " " * 10 + _seite(p), footer_align="right",
                margins=(18, 16, 20, 18))


# ============================================================================ 3 word_memo


@family("word_memo", {**VORLAGEN, "Antwort": 1, "Schreiben": 1}, ["n_yyyy", "yyyy_n", "dept_code", "seven", "letter_dash"])
def word_memo(p, st):
    """Word-template Vorlage: letterhead column right, type and number as free lines left, Betreff bold."""
    r = p.rng
    right = [B.logo(p, st, 30, "right"), P([Run(p.place.full, b=True, size=st.size + 3)], align="right", after=2)]
    unit = []
    if "dezernat" in p.dept and p.department:
        unit.append(P(p.dept["dezernat"], align="right", after=0, size=st.size - 1))
    if p.department:
        unit.append(P([Run(B.department_value(p), b=True)], align="right", after=2, size=st.size - 1))
    elif p.originator:
        unit.append(P([Run(p.originator, b=True)], align="right", after=2, size=st.size - 1))
        p.show("originator")
    right += unit
    for ln in B.address_lines(p):
        right.append(P(ln, align="right", after=0, size=st.size - 2))
    for k, v in B.letterhead_contact(p, st):
        right.append(P(f"{k}: {v}" if st.colon else f"{k} {v}", align="right", after=0, size=st.size - 2))
    left = []
    if p.kind in VORLAGEN or p.kind == "Antwort":
        left.append(P([Run(_type_word(p), b=True, size=st.size + 5)], after=4, font="head"))
    if p.number:
        label = B.pick_label(p, prefer=["Drucksache Nr.", "Drucksache", "Vorlage Nr.", "Nr.", "Drucks.-Nr."])
        left.append(P(B.number_runs(p, st, label), after=2))
    if p.public is not None and r.random() < 0.8:
        left.append(P([Run(B.public_text(p, st).capitalize() if r.random() < 0.5 else B.public_text(p, st), b=True)], after=2))
    blocks = [Table([[left, right]], widths=[0.55, 0.45], border="none", pad=0), Space(10)]
    blocks.append(P(B.place_date(p, st), align="right", after=10))
    if p.consultations and r.random() < 0.4:
        # a session line naming the deciding session: a date that is not the paper's
        c = p.consultations[-1]
        blocks.append(P(f"Sitzung {w.genitive(c.committee)} am {nb.fmt_date(c.date, st.date_style)}", after=6, size=st.size - 0.5))
    if p.kind == "Antwort" and p.answers:
        p.show("answers")
    if p.title:
        blocks.append(B.title_block(p, st, label=r.choice([None, None, "Betreff", "Betr."])))
    blocks += B.beratungsfolge(p, st, style=r.choice(["lines", "prose", "table"]))
    if p.kind in VORLAGEN:
        blocks += B.vorlage_body(p, st)
        role = p.extra["head"]
        blocks += B.signature(p, st, role=r.choice([role, "In Vertretung", "Beigeordnete/r"]))
    elif p.kind == "Antwort":
        blocks += B.antwort_body(p, st)
        blocks += B.signature(p, st, role=p.extra["head"] if p.originator else None)
    else:
        blocks.append(P(r.choice(tb.GREETINGS), after=6))
        blocks += B.paragraphs(p, p.extra["body"]["begruendung"], st)
        blocks += B.signature(p, st, role=p.extra["head"] if p.originator else "Im Auftrag")
    return _doc(p, st, blocks, header="- {page} -" if r.random() < 0.5 else None, header_first=False,
                header_align="center", footer=B.footer_bank(p) if r.random() < 0.5 else None, running_size=7,
                margins=(18, 18, 22, 25))


# ============================================================================ 4 sidebar


@family("sidebar", {**VORLAGEN, "Antrag": 1, "Anfrage": 1}, ["leipzig", "berlin", "code_n_yyyy"])
def sidebar(p, st):
    """A narrow side column of stacked fields (label over value) beside the title and the proposal."""
    r = p.rng
    side = []

    def field(label, value):
        side.append(P([Run(label, size=st.size - 2, color="#555555")], after=0))
        side.append(P([Run(value, b=True)] if isinstance(value, str) else value, after=5, size=st.size - 0.5))

    label = B.pick_label(p, prefer=["Drucksache", "Drucksachen-Nr.", "Vorlage-Nr.", "Nummer", "DS-Nr."])
    if p.number:
        p.show("number")
        field(label, p.number)
    field(r.choice(["Datum", "Datum der Vorlage", "vom"]), B.date_text(p, st))
    if p.department:
        for k, v in B.dept_rows(p, st):
            field(k, v)
    if p.originator:
        field(r.choice(["Einreicher", "Antragsteller", "Fraktion"]), p.originator)
        p.show("originator")
    if p.public is not None:
        field("Status", B.public_text(p, st))
    if p.consultations and r.random() < 0.6:
        p.show("consultations")
        side.append(P([Run("Beratungsfolge", size=st.size - 2, color="#555555")], after=0))
        for c in p.consultations:
            side.append(P([Run(nb.fmt_date(c.date, "dmy"), b=True, size=st.size - 1)], after=0))
            side.append(P([Run(c.committee + (f" ({c.role_printed})" if c.role_printed else ""), size=st.size - 1)], after=3))
        bf = []
    else:
        bf = None
    main = [P([Run(_type_word(p), size=st.size + 2, color=st.accent)], after=4, font="head"),
            B.title_block(p, st, size=st.size + 4, after=10)]
    if bf is None:
        main += B.beratungsfolge(p, st, style=r.choice(["table_nostatus", "lines"]))
    if p.kind in VORLAGEN:
        main += B.beschluss_block(p, st)
        rest = B.sachverhalt_block(p, st) + (B.finance_block(p, st) if r.random() < 0.7 else []) + B.klimacheck(p, st) \
            + B.anlagen_block(p, st)
        if p.kind == "Ergänzungsvorlage":
            main.insert(2, P(f"Ergänzung zu {p.cite(p.extra['original'])}", after=6))
    elif p.kind == "Antrag":
        rest = B.antrag_body(p, st)
    else:
        rest = B.anfrage_body(p, st)
    side_first = r.random() < 0.75
    cols = [[side, main]] if side_first else [[main, side]]
    widths = [0.27, 0.73] if side_first else [0.73, 0.27]
    blocks = [P([Run(p.place.full, b=True, size=st.size + 1)], after=0),
              P(p.choice(["Der Oberbürgermeister", "Die Verwaltung", "Dezernat " + w.DEZERNATE[p.topic.themes[0]][0], ""]) or " ",
                after=6, size=st.size - 1),
              B.hr(st),
              Table(cols, widths=widths, border="none", pad=4, col_shade=None)]
    blocks += rest
    return _doc(p, st, blocks, footer=_seite(p), footer_align="right",
                header=f"{label} {p.number}" if p.number else None, header_align="left", margins=(18, 15, 20, 15))


# ============================================================================ 5 kreis_grid


@family("kreis_grid", {**VORLAGEN, "Antrag": 1, "Anfrage": 1}, ["wp_n", "kreis", "code_n_yyyy", "ds_wp"])
def kreis_grid(p, st):
    """A boxed form: every field in a grid cell with its label above the value, the number in a box top right."""
    r = p.rng
    label = B.pick_label(p, prefer=["Drucksache", "Drucksachen-Nr.", "DS-Nr.", "Vorlage", "Drs.-Nr."])
    top_left = [P([Run(p.place.full, b=True, size=st.size + 3)], after=0),
                P([Run(_type_word(p), b=True, size=st.size + 1)], after=0, before=4)]
    if p.number:
        p.show("number")
        box = [P([Run(label, size=st.size - 2)], after=0), P([Run(p.number, b=True, size=st.size + 3)], after=0)]
    else:
        box = [P(" ")]
    blocks = [Table([[top_left, box]], widths=[0.68, 0.32], border="grid", pad=4)]
    cells = [(r.choice(["Datum", "Datum"]), B.date_text(p, st))]
    if p.department:
        cells += B.dept_rows(p, st)
    if p.originator:
        cells.append((r.choice(["Antragsteller", "Einreicher/in", "Fraktion/Gruppe"]), p.originator))
        p.show("originator")
    if p.public is not None or p.kind in VORLAGEN:
        cells.append(("Status", B.public_text(p, st)))
    first, last, fem = p.extra["clerk"]
    cells.append(("Auskunft", f"{'Frau' if fem else 'Herr'} {last}, Tel. {p.extra['phone']}"))
    blocks.append(B.kv(st, cells, layout="above", size=st.size))
    p.show("title")
    blocks.append(Table([[[P([Run(r.choice(["Betreff", "Gegenstand", "Beratungsgegenstand"]), size=st.size - 2)], after=0),
                           P([Run(p.title, b=True)], after=0, size=st.size + 1)]]], widths=[1.0], border="grid", pad=4))
    if p.consultations:
        p.show("consultations")
        rows = [["Gremium", "Sitzung", r.choice(["Zuständigkeit", "Beratung"])]]
        for c in p.consultations:
            rows.append([c.committee, nb.fmt_date(c.date, "dmy"), c.role_printed or ""])
        blocks.append(Table(rows, widths=[0.55, 0.2, 0.25], border="grid", header_rows=1, shade=st.shade or "#eeeeee",
                            size=st.size - 0.5))
    blocks += B.body(p, st)
    return _doc(p, st, blocks, footer=f"{label} {p.number}" if p.number else _seite(p), footer_align="left",
                header=_seite(p), header_first=False, margins=(16, 15, 18, 20))


# ============================================================================ 6 referat_bigcity


@family("referat_bigcity", {"Beschlussvorlage": 4, "Mitteilungsvorlage": 2, "Ergänzungsvorlage": 1, "Antwort": 2},
        ["munich"], scheme_p=1.0)
def referat_bigcity(p, st):
    """Big-city Referat: emblem and Referat block, bold title block, 'Sitzungsvorlage Nr.', a Kurzübersicht grid."""
    r = p.rng
    head_l = [B.logo(p, st, 26), P([Run(p.place.full.replace("Stadt ", "Landeshauptstadt ") if p.place.big else p.place.full,
                                       size=st.size)], after=0)]
    unit = B.department_value(p) if p.department else (p.originator or "")
    if p.originator:
        p.show("originator")
    head_r = [P([Run(unit, b=True, size=st.size + 2)], after=2)]
    contact = B.letterhead_contact(p, st, with_az=False)
    for k, v in contact:
        head_r.append(P(f"{k}: {v}", size=st.size - 2, after=0))
    blocks = [Table([[head_l, head_r]], widths=[0.5, 0.5], border="none", pad=0), Space(14)]
    if p.kind == "Antwort":
        # letter to the asking council member
        asker = p.extra["asker"]
        blocks += [P(x, after=0) for x in ([asker, "Rathaus"] if r.random() < 0.6 else [asker])]
        blocks.append(Space(10))
        blocks.append(P(B.date_text(p, st), align="right", after=10))
        p.show("title")
        sub = [P([Run(p.title, b=True)], after=2)]
        if p.answers:
            p.show("answers")
            sub.append(P(f"{r.choice(['Anfrage Nr.', 'Schriftliche Anfrage gemäß § 68 GeschO', 'Anfrage'])} {p.cite(p.answers)}"
                         f" von {asker} vom {p.extra['body']['intro_date']}", after=8))
        blocks += sub
        blocks += B.antwort_body(p, st)
        blocks += B.signature(p, st, role=r.choice(["Berufsmäßige Stadträtin", "Berufsmäßiger Stadtrat", "Referent", "Referentin"]))
        return _doc(p, st, blocks, footer=f"{p.extra['street_no']} · {p.place.plz} {p.place.town}", footer_align="left",
                    margins=(15, 18, 18, 22))
    title_lines = B._break(p, p.title, r.choice([2, 3]))
    p.show("title")
    blocks += [P([Run(t, b=True, size=st.size + 1)], after=0) for t in title_lines]
    blocks.append(Space(6))
    label = B.pick_label(p, prefer=["Sitzungsvorlage Nr.", "Sitzungsvorlagen Nr.", "Vorlage Nr."])
    if p.kind == "Ergänzungsvorlage":
        blocks.append(P([Run(_type_word(p), b=True)], after=2))
        blocks.append(P(f"zur Sitzungsvorlage Nr. {p.cite(p.extra['original'])}", after=4))
    blocks.append(P([Run(f"{label} {p.number}", b=True)], after=8))
    p.show("number")
    if p.consultations:
        p.show("consultations")
        for c in p.consultations:
            verb = {"Entscheidung": "Beschluss", "Vorberatung": "Vorberatung", "Kenntnisnahme": "Bekanntgabe",
                    "Anhörung": "Anhörung", "Beschluss": "Beschluss"}[c.role]
            c.role_printed = verb
            c.role = {"Beschluss": "Beschluss", "Bekanntgabe": "Kenntnisnahme"}.get(verb, c.role)
            blocks.append(P(f"{verb} {'im' if not c.committee.startswith(('Bezirks', 'Stadtverordneten')) else 'in der'} "
                            f"{c.committee} {'vom' if verb == 'Beschluss' else 'am'} {nb.fmt_date(c.date, 'dmy')}", after=1))
        blocks.append(P("Öffentliche Sitzung" if p.public else "Nichtöffentliche Sitzung", after=8))
        p.show("public")
    kurz = [[r.choice(["Kurzübersicht", "Kurzinformation"]) + f" zur {'Bekanntgabe' if p.kind == 'Mitteilungsvorlage' else 'Beschlussvorlage'}", None]]
    b = p.extra["body"]
    kurz.append(["Anlass", b["intro"]])
    kurz.append(["Inhalt", " ".join(b["sachverhalt"][:2])])
    kurz.append(["Gesamtkosten", b["finanzen"].split(".")[0] + "." if r.random() < 0.7 else "-/-"])
    kurz.append(["Entscheidungsvorschlag", "Bekanntgabe" if p.kind == "Mitteilungsvorlage" else b["beschluss"][0][0].upper() + b["beschluss"][0][1:]])
    kurz.append(["Ortsangabe", p.slots["ort"]])
    blocks.append(Table(kurz, widths=[0.28, 0.72], border="grid", bold_first_col=True, spans=[(0, 0, 1)],
                        size=st.size - 0.5, header_rows=1))
    blocks.append(PageBreak())
    blocks.append(P([Run("I. Vortrag " + r.choice(["des Referenten", "der Referentin", "der Verwaltung"]), b=True)], after=4))
    blocks += B.paragraphs(p, list(b["sachverhalt"]) + list(b["distractors"]), st)
    for s, num in b["citations"]:
        p.cite(num)
        blocks.append(P(s, after=4))
    blocks += B.klimacheck(p, st, style=r.choice(["sentence", "boxes"]))
    if p.kind != "Mitteilungsvorlage":
        blocks.append(P([Run("II. Antrag " + r.choice(["des Referenten", "der Referentin"]), b=True)], before=8, after=4))
        blocks.append(ListBlock([f"Die Verwaltung wird beauftragt, {m}." for m in b["beschluss"]], style="num"))
        blocks.append(P([Run("III. Beschluss", b=True)], before=8, after=4))
        blocks.append(P("nach Antrag.", after=6))
    return _doc(p, st, blocks, header="Seite {page}", header_first=False, header_align="center",
                margins=(15, 18, 18, 25))


# ============================================================================ 7 fraktion_letter


@family("fraktion_letter", {"Antrag": 3, "Anfrage": 2}, ["n_yyyy", "yy_n", "letter_dash", "munich"],
        originators=["fraktion", "joint", "gruppe", "einzel"])
def fraktion_letter(p, st):
    """Letter of a Fraktion/Gruppe/council member: coloured name, window address, big type word, signatures."""
    r = p.rng
    p.show("originator")
    orig = p.originator
    colour = {"SPD": "#c00000", "CDU": "#222222", "CSU": "#0a4b8c", "GRÜNE": "#2e7d32", "FDP": "#b59a00",
              "LINKE": "#a0006e", "FW": "#f07d00", "VOLT": "#502379"}.get(p.extra.get("party"), st.accent)
    blocks = []
    sender = f"{orig} · {p.extra['street_no']} · {p.place.plz} {p.place.town}"
    lines = p.extra.get("joint") or [orig]
    blocks += [P([Run(x, b=True, size=st.size + 5, color=colour)], after=0, font="head") for x in lines]
    if len(lines) == 1 and r.random() < 0.5:
        blocks.append(P([Run(f"{w.article(p.extra['council'], 'in')} {p.extra['council']}", size=st.size, color=colour)], after=0))
    blocks.append(Space(16))
    blocks.append(P([Run(sender, size=st.size - 3, u=True)], after=4))
    head = p.extra["head"]
    addr = [f"An {'die' if p.extra['head_female'] else 'den'} {head}", f"{'Frau' if p.extra['head_female'] else 'Herrn'} "
            f"{w.person(r, p.extra['head_female'])[1]}", "Rathaus", f"{p.place.plz} {p.place.town}"]
    right = [P(B.place_date(p, st), align="right", after=2)]
    if p.number and r.random() < 0.85:
        label = B.pick_label(p, prefer=["Antrag Nr.", "Antragsnummer", "Anfrage Nr.", "Nr.", "Drucksache"])
        right.append(P(B.number_runs(p, st, label), align="right", after=0))
    blocks.append(Table([[[P(a, after=0) for a in addr], right]], widths=[0.6, 0.4], border="none", pad=0))
    blocks.append(Space(18))
    blocks.append(P([Run(_type_word(p).upper() if r.random() < 0.5 else _type_word(p), b=True, size=st.size + 6, color=colour)],
                    after=4, font="head"))
    if p.kind == "Anfrage" and r.random() < 0.4:
        blocks.append(P(f"gemäß § {p.slots['par']} der Geschäftsordnung", after=4))
    if p.consultations and p.extra.get("session_line"):
        blocks.append(B.session_line(p, st))
    if r.random() < 0.15:
        # "Betreff: Antrag der …-Fraktion / hier: SUBJECT": the subject is what follows "hier:"
        p.show("title")
        blocks.append(P([Run(st.lab("Betreff") + " ", b=True), Run(f"{p.printed_type} {'der' if orig.startswith(('Fraktion', 'Gruppe')) else 'von'} {orig}\n"),
                         Run("hier: ", b=True), Run(p.title, b=True)], after=8, size=st.size + 1))
    else:
        blocks.append(B.title_block(p, st, label=r.choice([None, None, "Betreff", "Betr."]), size=st.size + 2))
    if p.consultations and not p.extra.get("session_line"):
        blocks += B.beratungsfolge(p, st, style=r.choice(["lines", "table_nostatus"]))
    if p.kind == "Antrag":
        blocks.append(P(r.choice(tb.GREETINGS), after=6))
        blocks += B.antrag_body(p, st)
    else:
        blocks += B.anfrage_body(p, st)
    names = p.extra["signers"]
    if p.extra.get("orig_kind") == "einzel":
        names = [p.extra["einzel_person"]]
    sig = [[P(f"{f} {l}", after=0), P(r.choice(["Fraktionsvorsitzende" if fem else "Fraktionsvorsitzender", "Stadträtin" if fem else "Stadtrat",
                                               "Ratsmitglied"]), after=0, size=st.size - 1)] for f, l, fem in names]
    blocks.append(Space(10))
    blocks.append(P(r.choice(tb.CLOSINGS), after=18))
    blocks.append(Table([sig], widths=[1 / len(sig)] * len(sig), border="none", pad=0))
    footer = f"{orig} · {p.extra['street_no']} · Tel. {p.extra['phone']} · {p.extra['email']}"
    return _doc(p, st, blocks, footer=footer, footer_align="center", running_size=7, margins=(15, 20, 20, 25),
                author=orig)


# ============================================================================ 8 beirat_letter


@family("beirat_letter", {"Stellungnahme": 4, "Antrag": 1, "Schreiben": 2, "Anfrage": 1}, ["n_yyyy", "yy_n"],
        originators=["beirat", "bezirk"])
def beirat_letter(p, st):
    """Plain letter of a Beirat / Stadtteilbeirat / Bezirksausschuss with chair line, Betreff in bold, greeting."""
    r = p.rng
    if p.originator is None and p.department is None:
        p.originator = f"Stadtteilbeirat {p.slots['ort']}"
    if p.originator:
        p.show("originator")
        who = p.originator
    else:
        who = B.department_value(p)
    first, last, fem = p.extra["signer"]
    left = [P([Run(who, b=True)], after=0), P(f"{'Vorsitzende' if fem else 'Vorsitzender'}: {first} {last}", after=0, size=st.size - 1)]
    right = [P(B.place_date(p, st), after=0)]
    blocks = [Table([[left, right]], widths=[0.62, 0.38], border="none", pad=0), Space(20)]
    if p.kind == "Stellungnahme" and r.random() < 0.6:
        blocks.append(P([Run(_type_word(p), b=True, size=st.size + 3)], after=4))
    if p.number:
        blocks.append(P(B.number_runs(p, st, B.pick_label(p, "vorlage", ["Nr.", "Vorlage-Nr.", "Drucksache"])), after=4))
    if p.title:
        blocks.append(B.title_block(p, st, label=r.choice([None, None, "Betreff"]), after=10))
    word, about = p.extra.get("about", (None, None))
    if p.kind == "Stellungnahme" and about:
        p.show("answers")
        p.cite(about)
    blocks.append(P(r.choice(tb.GREETINGS), after=8))
    b = p.extra["body"]
    if p.kind == "Stellungnahme":
        if about:
            d = nb.fmt_date(p.date - dt.timedelta(days=r.randint(5, 30)), "long")
            blocks.append(P(f"in seiner Sitzung am {d} hat sich {'der' if not who.startswith(('Bezirksvertretung',)) else 'die'} "
                            f"{who} mit {'der' if word.endswith('vorlage') or word == 'Vorlage' else 'dem'} {word} {about} befasst "
                            "und gibt folgende Stellungnahme ab:", after=6))
        blocks += B.paragraphs(p, b["begruendung"], st)
        blocks.append(P(f"{'Der' if not who.startswith('Bezirksvertretung') else 'Die'} {who.split(' der ')[0]} empfiehlt daher, "
                        f"{b['beschluss'][0]}.", after=6))
    elif p.kind == "Antrag":
        blocks += B.antrag_body(p, st)
    elif p.kind == "Anfrage":
        blocks += B.anfrage_body(p, st)
    else:
        blocks += B.paragraphs(p, b["begruendung"], st)
    blocks += B.signature(p, st, name=f"{first} {last}", role=f"für {'den' if not who.startswith('Bezirksvertretung') else 'die'} {who}"
                          if r.random() < 0.5 else None)
    return _doc(p, st, blocks, margins=(20, 20, 20, 25), footer=_seite(p) if r.random() < 0.4 else None)


# ============================================================================ 9 antwort_letter


@family("antwort_letter", {"Antwort": 4, "Schreiben": 2}, ["munich", "n_yyyy", "code_n_yy", "yyyy_n"])
def antwort_letter(p, st):
    """Administration letter (DIN 5008): window address, info column with contact and Az, subject lines, Q/A."""
    r = p.rng
    who = B.department_value(p) if p.department else p.originator
    if p.originator:
        p.show("originator")
    head = [Table([[[B.logo(p, st, 24)], [P([Run(p.place.full, b=True, size=st.size + 3)], after=0),
                                          P([Run(who, size=st.size)], after=0)]]],
                  widths=[0.12, 0.88], border="none", pad=0)]
    sender = f"{p.place.full} · {who} · {p.extra['postfach']} · {p.place.plz} {p.place.town}"
    addr_name = p.extra.get("asker") or f"{r.choice(['Herrn', 'Frau'])} {w.person(r)[1]}"
    addr = [P([Run(sender, size=st.size - 3.5)], after=4), P(addr_name, after=0), P(r.choice(["Rathaus", p.extra["street_no"]]), after=0),
            P(f"{p.place.plz} {p.place.town}", after=0)]
    info = []
    for k, v in B.letterhead_contact(p, st):
        info.append(P([Run(f"{k}: " if st.colon else f"{k} ", size=st.size - 2), Run(v, size=st.size - 2)], after=0))
    info.append(P([Run("Datum: " if st.colon else "Datum ", size=st.size - 2), Run(B.date_text(p, st), size=st.size - 2)], after=0))
    if p.number:
        info.append(P([Run(st.lab(B.pick_label(p, "vorlage", ["Drucksache", "Vorlage-Nr.", "Nr."])) + " ", size=st.size - 2),
                       Run(p.number, size=st.size - 2)], after=0))
        p.show("number")
    blocks = head + [Space(14), Table([[addr, info]], widths=[0.58, 0.42], border="none", pad=0), Space(20)]
    if p.title:
        p.show("title")
        lines = B._break(p, p.title, r.choice([1, 2]))
        blocks += [P([Run(t, b=True)], after=0) for t in lines]
    if p.kind == "Antwort" and p.answers and r.random() < 0.5:
        p.show("answers")
        blocks.append(P(f"Ihre Anfrage {p.cite(p.answers)} vom {p.extra['body']['intro_date']}", after=0))
    blocks.append(Space(10))
    if p.kind == "Antwort":
        blocks += B.antwort_body(p, st)
    else:
        blocks.append(P(r.choice(tb.GREETINGS), after=6))
        blocks += B.paragraphs(p, p.extra["body"]["begruendung"], st)
    blocks += B.signature(p, st, role=p.extra["head"] if p.originator else r.choice(["Im Auftrag", "In Vertretung"]))
    footer = f"{p.place.full} · {p.extra['street_no']} · {p.place.plz} {p.place.town} · www.{nb.domain(p.place)}"
    return _doc(p, st, blocks, footer=footer + "\n" + f"Bankverbindung: IBAN {p.extra['iban']}", running_size=6.5,
                header="Seite {page}", header_first=False, margins=(15, 20, 25, 25))


# ============================================================================ 10 minutes


@family("minutes", {"Niederschrift": 1}, ["code_n_yy", "n_yyyy", "yyyy_n", "munich", "leipzig"])
def minutes(p, st):
    """Niederschrift: header grid (body, session date, begin/end, place, Thema), attendance columns, TOPs."""
    r = p.rng
    body = p.extra["session_body"]
    sd = p.extra["session_day"]
    blocks = [Table([[P([Run(p.place.full, b=True, size=st.size + 2)], after=0),
                      P(f"{p.place.name}, {B.date_text(p, st, r.choice(['long', 'dmy']))}", align="right", after=0)]],
                    widths=[0.6, 0.4], border="none", pad=0), Space(8)]
    rows = []
    if p.department:
        rows.append((r.choice(["Amt", "Dienststelle", "Schriftführung (Amt)"]), B.department_value(p)))
    blocks.append(P([Run(_type_word(p), b=True, size=st.size + 6)], align=r.choice(["left", "center"]), after=8, font="head"))
    rows += [("Gremium", body), (r.choice(["Sitzung am", "Besprechung am", "Sitzungstag"]), nb.fmt_date(sd, "long")),
             ("Beginn", f"{r.randint(15, 19)}:{r.choice(['00', '30', '05'])} Uhr"),
             ("Ende", f"{r.randint(20, 22)}:{r.choice(['10', '45', '30'])} Uhr"),
             ("Ort", f"{r.choice(['Rathaus, Sitzungssaal', 'Bürgerhaus', 'Gemeindezentrum', 'Rathaus, Raum'])} {r.randint(1, 250)}")]
    p.show("title")
    title_lab = r.choice(["Thema", "Betreff", "Sitzung"])
    if p.extra["title_form"] == 1:
        # '<body>, N. Sitzung' stands as the Thema value
        rows.append((title_lab, [Run(p.title, b=True)]))
    else:
        rows.append((title_lab, [Run(p.title, b=True)]))
    blocks.append(B.kv(st, rows, layout="beside", widths=[0.25, 0.75]))
    if p.public is not None:
        p.show("public")
    att = [[P([Run("Anwesend", b=True)], after=2)] + [P(f"{'Frau' if f else 'Herr'} {l}", after=0) for _, l, f in
                                                         [w.person(r) for _ in range(r.randint(4, 9))]],
           [P([Run("Entschuldigt", b=True)], after=2)] + [P(f"{'Frau' if f else 'Herr'} {l}", after=0) for _, l, f in
                                                            [w.person(r) for _ in range(r.randint(0, 2))]],
           [P([Run("Verwaltung", b=True)], after=2)] + [P(f"{l} ({no})", after=0) for (_, l, f), no in
                                                          [(w.person(r), r.choice(["10", "61", "66", "40", "51"])) for _ in range(r.randint(1, 3))]]]
    blocks.append(Table([att], widths=[0.34, 0.33, 0.33], border="none", pad=2, size=st.size - 1))
    blocks.append(B.hr(st))
    blocks.append(P([Run(("Öffentlicher Teil" if p.public else "Nichtöffentlicher Teil"), b=True)], after=6))
    for i, it in enumerate(p.extra["agenda"], 1):
        head = [Run(f"TOP {i} ", b=True), Run(it["title"], b=True)]
        blocks.append(P(head, after=1, keep=True, before=4))
        if it["number"]:
            blocks.append(P(f"{r.choice(['Vorlage', 'Drucksache', 'Vorlage Nr.'])} {p.cite(it['number'])}", after=2, size=st.size - 0.5))
        if it["topic"]:
            f = r.choice(it["topic"].facts).format(**p.slots)
            blocks.append(P(f"{r.choice(['Die Verwaltung berichtet:', 'Herr ' + w.person(r, False)[1] + ' erläutert die Vorlage.', 'Aussprache:'])} {f}", after=2))
            blocks.append(P([Run(r.choice(tb.MINUTES_RESULT).format(**p.slots), i=True)], after=4))
        else:
            blocks.append(P(r.choice(["Keine Einwände.", "Es liegen keine Mitteilungen vor.", "Die Tagesordnung wird einstimmig genehmigt.",
                                      "Keine Wortmeldungen."]), after=4))
    sig = [[P("Vorsitz", after=14), P(" ".join(w.person(r)[:2]), after=0)], [P("Schriftführung", after=14), P(" ".join(w.person(r)[:2]), after=0)]]
    blocks += [Space(16), Table([[sig[0], sig[1]]], widths=[0.5, 0.5], border="none")]
    return _doc(p, st, blocks, footer=_seite(p), header=f"Niederschrift {body} vom {nb.fmt_date(sd, 'dmy')}",
                header_first=False, header_align="left", margins=(18, 18, 20, 22))


# ============================================================================ 11 invitation


@family("invitation", {"Einladung": 1}, ["code_n_yy", "n_yyyy", "yyyy_n", "munich", "berlin", "seven"])
def invitation(p, st):
    """Einladung: letterhead, addressees, the session heading, date/time/place block, agenda table with Vorlage numbers."""
    r = p.rng
    body = p.extra["session_body"]
    sd = p.extra["session_day"]
    top = [B.logo(p, st, 28), P([Run(p.place.full, b=True, size=st.size + 3)], after=0)]
    if p.department:
        top.append(P(B.department_value(p), after=0))
    blocks = [Table([[top, [P(B.place_date(p, st), align="right", after=0)]]], widths=[0.6, 0.4], border="none", pad=0), Space(14)]
    blocks.append(P(f"An die Mitglieder {w.genitive(body)}", after=0))
    blocks.append(P("und die stellvertretenden Mitglieder", after=14))
    p.show("title")
    oe = "öffentlichen " if p.public else "nichtöffentlichen "
    p.show("public")
    type_word = _type_word(p)
    if p.extra["title_form"] == 1:
        blocks.append(P([Run(p.title, b=True, size=st.size + 3)], after=2))
        blocks.append(P([Run(f"{type_word} zur {oe}Sitzung", b=False)], after=8))
    else:
        blocks.append(P([Run(type_word, b=True, size=st.size + 4)], after=2))
        lead = "zur " if p.title[0].isdigit() and r.random() < 0.5 else ""
        blocks.append(P([Run(lead, b=True), Run(p.title, b=True, size=st.size + 1)], after=8))
    blocks.append(P(r.choice(tb.GREETINGS), after=6))
    blocks.append(P(f"hiermit lade ich Sie zur {oe}Sitzung {w.genitive(body)} ein.", after=6))
    blocks.append(B.kv(st, [("Termin", nb.fmt_date(sd, "long_weekday")), ("Uhrzeit", f"{r.randint(15, 19)}:{r.choice(['00', '30'])} Uhr"),
                            ("Ort", f"{r.choice(['Rathaus, Großer Sitzungssaal', 'Bürgerzentrum', 'Stadthalle, Saal'])} {r.choice(['', str(r.randint(1, 9))])}".strip())],
                       layout="beside", widths=[0.2, 0.8]))
    blocks.append(P([Run("Tagesordnung" + (":" if st.colon else ""), b=True, size=st.size + 1)], before=6, after=4))
    rows = [["TOP", "Gegenstand", r.choice(["Vorlage", "Drucksache", "Vorlagen-Nr."])]]
    for i, it in enumerate(p.extra["agenda"], 1):
        rows.append([f"{i}.", it["title"], p.cite(it["number"]) or ""])
    blocks.append(Table(rows, widths=[0.08, 0.70, 0.22], border=r.choice(["hlines", "none", "grid"]), header_rows=1, size=st.size - 0.5))
    if r.random() < 0.4:
        blocks.append(P(f"Hinweis: Rückfragen unter Telefon {p.extra['phone']}.", size=st.size - 1, after=6))
    first, last, fem = p.extra["signer"]
    blocks += B.signature(p, st, role=f"{'Vorsitzende' if fem else 'Vorsitzender'}")
    return _doc(p, st, blocks, footer=_seite(p) if r.random() < 0.5 else None, margins=(18, 20, 20, 25))


# ============================================================================ 12 parliament


@family("parliament", {"Antrag": 3, "Anfrage": 2, "Antwort": 2, "Beschlussvorlage": 1}, ["wp_n"], scheme_p=1.0,
        originators=["fraktion", "joint", "gruppe", "ob"])
def parliament(p, st):
    """Parliament-style Drucksache: number and period top right, centred type, 'der Fraktion …', centred subject."""
    r = p.rng
    if p.number is None:
        p.number = p.extra["scheme"].make(p.kind, p.date.year) if p.extra["scheme"].name == "wp_n" else \
            B.nb.Scheme(r, "wp_n").make(p.kind, p.date.year)
    p.show("number")
    wp = p.number.split("/")[0]
    council = p.extra["council"]
    house = council if p.place.kind in ("Landkreis", "Kreis", "Bezirk") else f"{council}"
    label = r.choice(["Drucksache", "Drucksache", "Drs."])
    p.number_label = label
    right = [P([Run(f"{label} {p.number}", b=True, size=st.size + 2)], align="right", after=0),
             P(f"{wp}. Wahlperiode", align="right", after=0), P(B.date_text(p, st), align="right", after=0)]
    blocks = [Table([[[P([Run(house, b=True, size=st.size + 4)], after=0), P(p.place.full, after=0)], right]],
                    widths=[0.55, 0.45], border="none", pad=0), Rule(width=1.2), Space(16)]
    tw = _type_word(p)
    blocks.append(P([Run(tw, b=True, size=st.size + 4)], align="center", after=2))
    if p.originator:
        p.show("originator")
        blocks.append(P(f"{'der' if p.originator.startswith(('Fraktion', 'Gruppe')) else 'von'} {p.originator}"
                        if not p.originator.startswith(("Der ", "Die ")) else p.originator, align="center", after=2))
    if p.department:
        blocks.append(P(B.department_value(p), align="center", after=2))
    if p.kind == "Antwort" and p.answers:
        p.show("answers")
        blocks.append(P(f"auf die Kleine Anfrage {p.extra['asker']} – {label} {p.cite(p.answers)} –", align="center", after=2))
    blocks.append(Space(8))
    blocks.append(B.title_block(p, st, size=st.size + 2, after=12))
    blocks[-1].align = "center"
    if p.kind == "Antrag":
        blocks.append(P(f"{w.article(council).capitalize()} {council} wolle beschließen:", after=4))
        blocks.append(ListBlock([m[0].upper() + m[1:] + "." for m in [f"die Verwaltung wird beauftragt, {x}" for x in p.extra['body']['beschluss']]],
                                style="num", size=st.size))
        blocks.append(B.heading(st, "Begründung"))
        blocks += B.paragraphs(p, p.extra["body"]["begruendung"], st)
        for s, num in p.extra["body"]["citations"]:
            p.cite(num)
            blocks.append(P(s, after=4))
    elif p.kind == "Anfrage":
        blocks += B.anfrage_body(p, st)
    elif p.kind == "Antwort":
        for i, (q, a) in enumerate(p.extra["body"]["qa"], 1):
            blocks.append(P([Run(f"{i}. {q}", b=True)], after=2))
            blocks.append(P(a, after=6))
    else:
        blocks += B.beratungsfolge(p, st, style="table_nostatus")
        blocks += B.vorlage_body(p, st, finance=True)
    return _doc(p, st, blocks, header=f"{label} {p.number}" if r.random() < 0.7 else None, header_first=False,
                header_align=r.choice(["left", "right"]), footer=_seite(p), margins=(18, 20, 20, 25))


# ============================================================================ 13 modern_portal


@family("modern_portal", {**VORLAGEN, "Antrag": 1, "Anfrage": 1}, ["yyyy_n", "code_yyyy_n", "seven"])
def modern_portal(p, st):
    """Contemporary portal export: coloured banner, field chips in a shaded grid, coloured title, card-like sections."""
    r = p.rng
    acc = st.accent if st.accent != "#000000" else "#004b87"
    banner = Table([[[P([Run(p.place.full, b=True, size=st.size + 5, color="#ffffff")], after=0),
                      P([Run("Sitzungsdienst", size=st.size - 1, color="#ffffff")], after=0)]]],
                   widths=[1.0], border="none", shade=acc, header_rows=1, pad=6)
    blocks = [banner, Space(8)]
    blocks.append(P([Run(_type_word(p).upper(), b=True, size=st.size - 1, color=acc)], after=2))
    blocks.append(B.title_block(p, st, size=st.size + 5, after=8))
    blocks[-1].color = acc
    rows = []
    if p.number:
        rows.append((B.pick_label(p, prefer=["Nummer", "Vorlagennummer", "Drucksache", "Vorgang"]), p.number))
        p.show("number")
    rows.append((r.choice(["Datum", "Erstellt", "Vorlagedatum"]), B.date_text(p, st)))
    if p.department:
        rows += B.dept_rows(p, st)
    if p.originator:
        rows.append(("Antragsteller", p.originator))
        p.show("originator")
    if p.public is not None or p.kind in VORLAGEN:
        rows.append(("Sichtbarkeit" if r.random() < 0.3 else "Status", B.public_text(p, st)))
    blocks.append(B.kv(st, rows, layout="pairs", border="none", size=st.size - 0.5))
    blocks.append(Space(6))
    if p.consultations:
        p.show("consultations")
        data = [["Termin", "Gremium", "Zuständigkeit"]]
        for c in p.consultations:
            data.append([nb.fmt_date(c.date, "dmy"), c.committee, c.role_printed or "–"])
        blocks.append(P([Run("Beratungsfolge", b=True, color=acc)], after=2))
        blocks.append(Table(data, widths=[0.18, 0.57, 0.25], border="hlines", header_rows=1, shade="#e8eef5", size=st.size - 0.5))
    blocks += B.body(p, st)
    return _doc(p, st, blocks, footer=f"{p.place.full} · {_seite(p)}", footer_align="right", margins=(12, 15, 18, 15))


# ============================================================================ 14 typewriter


@family("typewriter", {"Beschlussvorlage": 3, "Mitteilungsvorlage": 1, "Antrag": 1, "Niederschrift": 1},
        ["n_yyyy", "yy_n", "dept_code"])
def typewriter(p, st):
    """An older municipality's plain template: monospaced or serif, everything as free lines, underlined subject."""
    r = p.rng
    st.body_font = r.choice(["times", "c059", "helvetica"] if st.producer == "ghostscript"
                            else ["liberation_serif", "times", "dejavu_serif", "liberation_sans"] + ([] if B.LEAN else ["c059"]))
    st.head_font = st.body_font
    blocks = [P([Run(p.place.full.upper() if r.random() < 0.5 else p.place.full, b=True)], after=0)]
    if p.department:
        if "dezernat" in p.dept and r.random() < 0.3:
            # one printed unit line: the truth is the whole line
            p.department = f"{p.dept['dezernat']} / {p.department}"
        blocks.append(P(B.department_value(p), after=0))
    if p.originator:
        blocks.append(P(p.originator, after=0))
        p.show("originator")
    blocks.append(P(B.place_date(p, st), align="right", after=10))
    spaced = r.random() < 0.25
    tw = _type_word(p)
    blocks.append(P([Run(" ".join(tw) if spaced else tw, b=True, size=st.size + 2)], align="center", after=6))
    if spaced:
        p.extra["spaced_type"] = True
    if p.kind == "Niederschrift":
        p.show("title", "public")
        blocks.append(P([Run("über die ", b=False), Run(p.title, b=True)], align="center", after=2))
        p.title_override = p.title
        blocks.append(P(f"am {nb.fmt_date(p.extra['session_day'], 'long')} ({'öffentliche' if p.public else 'nichtöffentliche'} Sitzung)",
                        align="center", after=10))
        for i, it in enumerate(p.extra["agenda"], 1):
            blocks.append(P([Run(f"{i}. {it['title']}", u=True)], after=2, before=4))
            if it["number"]:
                blocks.append(P(f"({r.choice(['Vorlage', 'Drs.'])} {p.cite(it['number'])})", after=2))
            blocks.append(P(r.choice(tb.MINUTES_RESULT).format(**p.slots), after=4))
        blocks += B.signature(p, st, role="Schriftführer/in")
        return _doc(p, st, blocks, footer="- {page} -", margins=(25, 20, 25, 30))
    if p.number:
        lab = B.pick_label(p, prefer=["Nr.", "Vorlage Nr.", "Drucksache Nr.", "Reg.-Nr."])
        blocks.append(P(B.number_runs(p, st, lab), align="center", after=10))
    if p.public is not None or p.kind in VORLAGEN:
        blocks.append(P(f"- {B.public_text(p, st)} -", align="center", after=8))
    blocks.append(P([Run(st.lab("Betreff") + " ", b=False), Run(p.title, u=True)], after=10))
    p.show("title")
    blocks += B.beratungsfolge(p, st, style=r.choice(["lines", "prose"]))
    if p.kind in VORLAGEN:
        blocks += B.vorlage_body(p, st)
        blocks += B.signature(p, st, role=p.extra["head"])
    else:
        blocks += B.antrag_body(p, st)
        blocks += B.signature(p, st)
    return _doc(p, st, blocks, footer="- {page} -", footer_align="center", margins=(25, 20, 25, 30))


# ============================================================================ 15 header_band


@family("header_band", {**VORLAGEN, "Antrag": 1}, ["yyyy_n", "code_n_yyyy", "n_yyyy", "yy_n"])
def header_band(p, st):
    """Fields in a shaded band under the city name, repeated as a running header; Beratungsfolge and Klimacheck box at the end."""
    r = p.rng
    label = B.pick_label(p, prefer=["Vorlagen-Nr.", "Nummer", "Vorlage", "Drucksache"])
    band = []
    if p.number:
        p.show("number")
        band += [[Run(st.lab(label), size=st.size - 1.5)], [Run(p.number, b=True)]]
    band += [[Run(st.lab("Datum"), size=st.size - 1.5)], [Run(B.date_text(p, st), b=True)]]
    if p.public is not None or p.kind in VORLAGEN:
        band += [[Run(st.lab("Status"), size=st.size - 1.5)], [Run(B.public_text(p, st))]]
    ncol = len(band)
    blocks = [Table([[[P([Run(p.place.full, b=True, size=st.size + 4, color="#ffffff")], after=0)]]], widths=[1.0], border="none",
                    shade=st.accent if st.accent != "#000000" else "#3a3a3a", header_rows=1, pad=5),
              Table([band], widths=[1 / ncol] * ncol, border="none", shade="#e9e9e9", header_rows=1, pad=3, before=0)]
    blocks.append(P([Run(_type_word(p), size=st.size + 1)], before=8, after=2))
    blocks.append(B.title_block(p, st, size=st.size + 3, after=8))
    who = []
    if p.department:
        who = B.dept_rows(p, st)
    elif p.originator:
        p.show("originator")
        who = [(r.choice(["Antragsteller", "Einreicher"]), p.originator)]
    blocks += B.free_lines(st, who, after=1) + [Space(6)]
    if p.kind in VORLAGEN:
        blocks += B.beschluss_block(p, st)
        blocks += B.sachverhalt_block(p, st)
        if r.random() < 0.7:
            blocks += B.finance_block(p, st)
        kc = B.klimacheck(p, st, style="boxes")
        if kc:
            blocks.append(Table([[kc]], widths=[1.0], border="outer", pad=5))
    else:
        blocks += B.antrag_body(p, st)
    if p.consultations:
        blocks.append(Space(6))
        blocks += B.beratungsfolge(p, st, style=r.choice(["table", "table_nostatus", "lines"]),
                                   label=r.choice(["Beratungsfolge", "Weiterer Beratungsweg", "Beratung in den Gremien"]))
    blocks += B.anlagen_block(p, st)
    hdr = f"{p.place.full}  |  {label} {p.number}  |  Seite {{page}} von {{pages}}" if p.number else "Seite {page} von {pages}"
    return _doc(p, st, blocks, header=hdr, header_first=False, header_align="left", rule_under_header=True,
                margins=(16, 16, 18, 18))


# ============================================================================ 16 email_form


@family("email_form", {"Anfrage": 3, "Antrag": 2, "Schreiben": 2, "Stellungnahme": 1}, ["n_yyyy", "yy_n", "yyyy_n"],
        originators=["fraktion", "gruppe", "einzel", "bezirk", "beirat"])
def email_form(p, st):
    """An e-mail as filed: Von/Gesendet/An/Cc/Betreff header lines, then the text; the number in an Eingang stamp line."""
    r = p.rng
    if p.originator is None and p.department is None:
        p.originator = f"Stadtteilbeirat {p.slots['ort']}"
    sender_name = " ".join(p.extra["signer"][:2])
    who = p.originator or p.department
    if p.originator:
        p.show("originator")
    else:
        B.department_value(p)
    mail = f"{nb.ascii_fold(p.extra['signer'][0])}.{nb.ascii_fold(p.extra['signer'][1])}@{nb.domain(p.place)}"
    sent = nb.fmt_date(p.date, "long_weekday") + f" {r.randint(7, 21):02d}:{r.randint(0, 59):02d}"
    p.show("date")
    st.size = min(st.size, 10.5)
    blocks = [P([Run(sender_name, b=True, size=st.size + 2)], after=2), Rule(width=1.0, color="#000000", after=4)]
    head = [("Von", f"{sender_name} <{mail}>"), ("Gesendet", sent),
            ("An", r.choice(["Ratsbüro", "Büro des Oberbürgermeisters", "Sitzungsdienst", "Geschäftsstelle der Gremien"])
             + f" <{r.choice(['ratsbuero', 'sitzungsdienst', 'gremien'])}@{nb.domain(p.place)}>")]
    if r.random() < 0.5:
        head.append(("Cc", f"{who} <{r.choice(['info', 'fraktion', 'kontakt'])}@{nb.domain(p.place)}>"))
    subject = p.title or ""
    if p.title:
        p.show("title")
    prefix = r.choice(["", "", "WG: ", "AW: "]) if p.title else ""
    if prefix:
        p.title_override = p.title   # the prefix is the mail client's, not the subject's
    head.append(("Betreff", prefix + subject))
    if r.random() < 0.4:
        head.append(("Anlagen", f"{_type_word(p)}_{p.date.isoformat()}.pdf"))
    blocks += [P([Run(f"{k}:", b=True), Run(f" {v}")], after=1, size=st.size) for k, v in head]
    blocks.append(Space(10))
    if p.number:
        blocks.append(P([Run(r.choice(["Eingang Ratsbüro", "Eingegangen", "Registriert"]) + f" {nb.fmt_date(p.date, 'dmy')} – "),
                         *B.number_runs(p, st, B.pick_label(p, prefer=["Nr.", "Antrag Nr.", "Anfrage Nr.", "Drucksache"]))],
                        after=8, size=st.size - 1, color="#7a1f1f"))
    if p.consultations and p.extra.get("session_line"):
        blocks.append(B.session_line(p, st))
    if p.kind in ("Anfrage", "Antrag"):
        blocks.append(P([Run(_type_word(p), b=True)], after=4))
    if p.kind == "Antrag":
        blocks.append(P(r.choice(tb.GREETINGS), after=6))
        blocks += B.antrag_body(p, st)
    elif p.kind == "Anfrage":
        blocks += B.anfrage_body(p, st)
    else:
        blocks.append(P(r.choice(tb.GREETINGS), after=6))
        b = p.extra["body"]
        word, about = p.extra.get("about", (None, None))
        if about:
            p.show("answers")
            blocks.append(P(f"zu {'der' if word.endswith('vorlage') or word == 'Vorlage' else 'dem'} {word} {p.cite(about)} "
                            "nehmen wir wie folgt Stellung:", after=6))
        blocks += B.paragraphs(p, b["begruendung"], st)
    blocks.append(P(r.choice(tb.CLOSINGS), before=8, after=2))
    blocks.append(P(sender_name, after=0))
    blocks.append(P(who, after=0, size=st.size - 1))
    blocks.append(P(f"Tel. {p.extra['phone']}", after=0, size=st.size - 1))
    return _doc(p, st, blocks, footer="{page}", footer_align="right", margins=(15, 15, 15, 15))


def build(name, p, producer):
    """Build the Doc of family `name` for paper p with producer-specific style choices."""
    st = B.Style(p, producer)
    return FAMILIES[name]["build"](p, st)
