"""Printing pieces shared by the layout families: label/value blocks, Beratungsfolge, Klimacheck,
bodies per paper kind, letterheads, signatures. Every piece that prints a truth field registers it
with `p.show(...)` / `p.cite(...)`, so the truth row holds exactly what the page shows."""

import numbering as nb
import textbank as tb
import world as w
from ir import P, Checks, ListBlock, Logo, PageBreak, Para, Rule, Run, Space, Table

# ----------------------------------------------------------------------------- style context

LEAN = False   # --lean: no fully embedded Type 1 faces (small files for scale runs)


class Style:
    """Per-paper typographic choices a family draws once."""

    def __init__(self, p, producer, **over):
        r = p.rng
        self.producer = producer
        self.colon = r.random() < 0.8
        self.label_bold = r.random() < 0.6
        self.size = r.choice([9, 9.5, 10, 10, 10.5, 11, 11, 12])
        faces = ["dejavu_sans", "dejavu_sans", "liberation_sans", "liberation_sans", "liberation_sans", "helvetica",
                 "helvetica", "liberation_serif", "liberation_serif", "times", "dejavu_serif", "dejavu_condensed",
                 "liberation_narrow"]
        if not LEAN and producer != "ghostscript":
            # fully embedded Type 1 faces: realistic, but 200-300 KB per file
            faces += ["nimbus_sans", "p052", "c059"]
        self.body_font = r.choice(faces)
        self.head_font = self.body_font if r.random() < 0.7 else r.choice(["liberation_sans", "dejavu_sans", "helvetica"])
        if producer == "ghostscript":
            # Ghostscript 10 pdfwrite loses the non-ASCII text of ReportLab's TrueType subsets (the page
            # still shows 'ä', the text layer has a gap): Type 1 faces only, so the text layer stays true.
            self.body_font = r.choice(["helvetica", "times", "nimbus_sans", "c059", "p052"])
            self.head_font = self.body_font if r.random() < 0.7 else r.choice(["helvetica", "nimbus_sans"])
        self.heading = r.choice(["bold", "bold", "bold_under", "caps", "numbered", "big"])
        self.accent = r.choice(["#000000", "#000000", "#1f4e79", "#7a1f1f", "#2f5f2f", "#004b87", "#5a5a5a"])
        self.date_style = p.extra["date_style"]
        self.table_border = r.choice(["grid", "grid", "hlines", "header_rule", "frame_rows", "none"])
        self.shade = r.choice([None, None, "#d9d9d9", "#e8eef5", "#eeeeee"])
        self.klima_mark = _klima_mark(r, producer)
        self.__dict__.update(over)

    def lab(self, label):
        return label + (":" if self.colon and not label.endswith(":") else "")


def _klima_mark(r, producer):
    opts = {"reportlab": ["unicode", "unicode2", "zapf", "zapf_check", "zapf_cross", "drawn", "drawn", "acroform", "acroform",
                          "x", "brackets"],
            "ghostscript": ["zapf", "zapf_cross", "zapf_check", "drawn", "drawn", "x", "brackets"],
            "chromium": ["unicode", "unicode2", "drawn", "drawn", "x", "brackets"],
            "libreoffice": ["wingdings", "wingdings", "wingdings", "unicode", "x", "brackets"]}[producer]
    return r.choice(opts)


# ----------------------------------------------------------------------------- small pieces


def heading(st, text, n=None, size=None, before=8, after=3):
    h = st.heading
    if h == "numbered" and n is not None:
        text = f"{n}. {text}"
    if h == "caps":
        text = text.upper()
    sz = size or (st.size + 1.5 if h == "big" else st.size)
    return Para([Run(text, b=True, u=(h == "bold_under"))], size=sz, before=before, after=after, font="head",
                keep=True, heading=2)


def paragraphs(p, sentences, st, k=(2, 3), justify=None):
    """Group sentences into paragraphs of k sentences."""
    r = p.rng
    out, i = [], 0
    align = justify if justify is not None else ("justify" if r.random() < 0.4 else "left")
    while i < len(sentences):
        n = r.randint(*k)
        out.append(P(" ".join(sentences[i:i + n]), align=align, after=st.size * 0.6))
        i += n
    return out


def date_text(p, st, style=None):
    p.show("date")
    return nb.fmt_date(p.date, style or st.date_style)


def place_date(p, st):
    p.show("date")
    sep = p.choice([", den ", ", ", ", den ", " , "])
    return f"{p.place.town}{sep}{nb.fmt_date(p.date, st.date_style)}"


def number_runs(p, st, label=None):
    """'Label: number' as runs; registers the number."""
    p.show("number")
    label = label or p.number_label or nb.NUMBER_LABELS[nb.label_group(p.kind)][0]
    return [Run(st.lab(label) + " ", b=st.label_bold), Run(p.number, b=not st.label_bold)]


def pick_label(p, group=None, prefer=None):
    group = group or nb.label_group(p.kind)
    pool = nb.NUMBER_LABELS[group]
    if prefer and p.rng.random() < 0.6:
        pool = [x for x in prefer if x in pool] or pool
    label = p.rng.choice(pool)
    if p.rng.random() < 0.08:
        label = label.upper()
    p.number_label = label
    return label


def kv(st, rows, layout="beside", widths=None, size=None, border="none", shade=None):
    """Label/value rows as a table. layout: beside (2 cols), pairs (4 cols), above (label over value)."""
    size = size or st.size
    if layout == "beside":
        data = [[[Run(st.lab(k), b=st.label_bold)], v] for k, v in rows]
        return Table(data, widths=widths or [0.28, 0.72], border=border, size=size, pad=1.8, col_shade=shade)
    if layout == "pairs":
        data, row = [], []
        for k, v in rows:
            row += [[Run(st.lab(k), b=st.label_bold)], v]
            if len(row) == 4:
                data.append(row)
                row = []
        if row:
            data.append(row + [None] * (4 - len(row)))
        return Table(data, widths=widths or [0.17, 0.33, 0.17, 0.33], border=border, size=size, pad=1.8)
    if layout == "above":
        cells = [[Para([Run(k, size=size * 0.75)], after=0, size=size * 0.75),
                  Para(_as_runs(v, b=True), after=0)] for k, v in rows]
        ncol = min(len(cells), 3 if len(cells) > 4 else len(cells))
        data = [cells[i:i + ncol] for i in range(0, len(cells), ncol)]
        for row in data:
            row += [None] * (ncol - len(row))
        return Table(data, widths=widths or [1 / ncol] * ncol, border=border if border != "none" else "grid",
                     size=size, pad=3)
    raise ValueError(layout)


def _as_runs(v, **kw):
    if isinstance(v, str):
        return [Run(v, **kw)]
    return v


def free_lines(st, rows, after=1):
    return [P([Run(st.lab(k) + " ", b=st.label_bold), *_as_runs(v)], after=after) for k, v in rows]


# ----------------------------------------------------------------------------- fields


def title_block(p, st, label=None, lines=None, size=None, bold=True, after=6):
    """The subject line(s), labelled or not; registers the title."""
    p.show("title")
    t = p.title
    size = size or st.size + (1 if bold and not label else 0)
    parts = _break(p, t, lines)
    content = []
    if label:
        content.append(Run(st.lab(label) + (" " if p.rng.random() < 0.7 else "\n"), b=st.label_bold))
    content.append(Run("\n".join(parts), b=bold))
    return Para(content, size=size, after=after, font="head" if bold else "body")


def _break(p, t, lines):
    """Break a title into 1..3 printed lines at spaces (the truth joins them with spaces)."""
    words = t.split(" ")
    n = lines or (1 if len(t) < 55 else p.rng.choice([1, 2, 2, 3]) if len(t) > 80 else p.rng.choice([1, 2]))
    if n <= 1 or len(words) < 4:
        return [t]
    n = min(n, len(words) // 2)
    per = len(t) / n
    out, cur = [], ""
    for wd in words:
        if cur and len(cur) + len(wd) > per and len(out) < n - 1:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd).strip()
    out.append(cur)
    return out


def public_text(p, st):
    p.show("public")
    if p.public:
        return p.choice(["öffentlich", "öffentlich", "Öffentlich", "öffentliche Sitzung", "Ö"])
    return p.choice(["nichtöffentlich", "nicht öffentlich", "Nichtöffentlich", "nichtöffentliche Sitzung", "N"])


def department_value(p):
    p.show("department")
    return p.department


def dept_rows(p, st):
    """Department as labelled fields: one (label, value) or two when a Dezernat is printed."""
    p.show("department")
    rows = []
    if "dezernat" in p.dept:
        rows.append(("Dezernat", p.dept["dezernat"]))
        rows.append((p.choice(["Amt", "Dienststelle", "Fachamt", "Organisationseinheit"]), p.department))
    else:
        lab = p.choice(["Federführend", "Federführende Dienststelle", "Dienststelle", "Fachbereich", "Amt",
                        "Verfasser", "Einreicher", "Organisationseinheit", "Zuständig", "Ressort", "Bereich"])
        if lab == "Fachbereich" and not p.department.startswith("Fachbereich"):
            lab = "Dienststelle"
        rows.append((lab, p.department))
    return rows


# ----------------------------------------------------------------------------- Beratungsfolge


def beratungsfolge(p, st, style=None, label=None):
    """The consultations as table / lines / prose; registers them. style None = random."""
    r = p.rng
    if not p.consultations:
        return []
    p.show("consultations")
    style = style or r.choice(["table", "table", "table", "table_nostatus", "lines", "prose", "table_norole"])
    # meta17: further table shapes councils print — the role inside the committee cell ("Hauptausschuss
    # (Vorberatung)") beside an Ö/N column, a table without a header row, columns in another order
    if style.startswith("table") and r.random() < 0.3:
        style = r.choice(["table_rolecell", "table_nohead", "table_reorder"])
    label = label or r.choice(["Beratungsfolge", "Beratungsfolge", "Beratungsweg", "Beratungsfolge:", "Gremium",
                               "Beratung"])
    ds = r.choice(["dmy", "dmy", "dmy2", "long"])
    out = []
    cs = p.consultations
    if style == "table_rolecell":
        head = [r.choice(["Gremium", "Beratungsfolge", "Beratung in"]), r.choice(["Datum", "Sitzung", "Termin"]),
                r.choice(["Ö/N", "öffentlich", "Status"])]
        rows = [head]
        for c in cs:
            role = f" ({c.role_printed})" if c.role_printed else ""
            rows.append([c.committee + role, nb.fmt_date(c.date, ds), c.status])
        if r.random() < 0.6:
            out.append(P([Run(label, b=True)], after=2, keep=True, font="head"))
        out.append(Table(rows, widths=[0.58, 0.24, 0.18], border=st.table_border if st.table_border != "none" else "hlines",
                         header_rows=1, shade=st.shade, size=st.size - 0.5))
        return out
    if style == "table_nohead":
        rows = []
        for c in cs:
            pub = "öffentlich" if c.status == "Ö" else "nichtöffentlich"
            rows.append([c.committee, nb.fmt_date(c.date, ds), pub, c.role_printed or ""])
        out.append(P([Run(st.lab(label), b=True)], after=2, keep=True))
        out.append(Table(rows, widths=[0.45, 0.18, 0.17, 0.2], border="none", header_rows=0, size=st.size - 0.5))
        out.append(Space(4))
        return out
    if style.startswith("table"):
        cols = r.choice([["Datum", "Gremium", "Zuständigkeit", "Status"], ["Gremium", "Sitzung am", "Beratungszweck", "Ö/N"],
                         ["Sitzungstermin", "Gremium", "Rolle", "Ö / N"], ["Gremium", "Termin", "Art der Beratung", "Status"],
                         ["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit", "Öffentlichkeitsstatus"]])
        keep = [0, 1, 2, 3]
        if style == "table_nostatus":
            keep = [0, 1, 2]
        if style == "table_norole":
            keep = [0, 1, 3] if r.random() < 0.5 else [0, 1]
            for c in cs:
                c.role = None
        if style == "table_reorder":
            keep = r.choice([[1, 0, 3, 2], [3, 0, 1, 2], [0, 2, 1, 3], [2, 1, 0, 3]])
        head = [cols[i] for i in keep]
        rows = [head]
        for c in cs:
            vals = {}
            for i, name in enumerate(cols):
                if name in ("Datum", "Sitzung am", "Sitzungstermin", "Termin", "Sitzungsdatum"):
                    vals[i] = nb.fmt_date(c.date, ds)
                elif name in ("Gremium", "Beratungsfolge"):
                    vals[i] = c.committee
                elif name in ("Zuständigkeit", "Beratungszweck", "Rolle", "Art der Beratung"):
                    vals[i] = c.role_printed or ""
                else:
                    vals[i] = c.status if name != "Öffentlichkeitsstatus" else ("öffentlich" if c.status == "Ö" else "nichtöffentlich")
            rows.append([vals[i] for i in keep])
        n = len(keep)
        widths = {4: [0.17, 0.45, 0.22, 0.16], 3: [0.2, 0.52, 0.28], 2: [0.25, 0.75]}[n]
        if cols[0] in ("Gremium", "Beratungsfolge"):
            widths = {4: [0.45, 0.17, 0.22, 0.16], 3: [0.5, 0.22, 0.28], 2: [0.7, 0.3]}[n]
        if style == "table_reorder":
            widths = [0.42 if h in ("Gremium", "Beratungsfolge") else 0.58 / 3 for h in head]
        if r.random() < 0.6:
            out.append(P([Run(label, b=True)], after=2, keep=True, font="head"))
        out.append(Table(rows, widths=widths, border=st.table_border if st.table_border != "none" else "hlines",
                         header_rows=1, shade=st.shade, size=st.size - 0.5))
    elif style == "lines":
        out.append(P([Run(st.lab(label), b=True)], after=2, keep=True))
        for i, c in enumerate(cs, 1):
            role = f" ({c.role_printed})" if c.role_printed else ""
            out.append(P(f"{i}. {c.committee} – {nb.fmt_date(c.date, ds)}{role}", after=1, indent=8))
        out.append(Space(6))
    else:  # prose
        parts = []
        for c in cs:
            d = nb.fmt_date(c.date, ds)
            if c.role_printed:
                role = c.role_printed[0].upper() + c.role_printed[1:]
                parts.append(p.choice([f"{role}: {c.committee} am {d}", f"{c.committee} ({role}) am {d}",
                                       f"{c.committee}, {d}, {role}"]))
            else:
                parts.append(f"{c.committee} am {d}")
        out.append(P([Run(st.lab(label) + " ", b=True), Run("; ".join(parts) + ".")], after=6))
    return out


def session_line(p, st):
    """'zur Sitzung des … am …' of an Antrag/Anfrage (role null)."""
    c = p.consultations[0]
    p.show("consultations")
    d = nb.fmt_date(c.date, p.choice(["dmy", "long"]))
    form = p.rng.randrange(3)
    if form == 0:
        return P(f"zur Sitzung {w.genitive(c.committee)} am {d}", after=6)
    if form == 1:
        return P([Run(st.lab("Sitzung") + " ", b=st.label_bold), Run(f"{c.committee} am {d}")], after=6)
    return P(f"für die Sitzung {w.genitive(c.committee)} am {d}", after=6)


# ----------------------------------------------------------------------------- Klimacheck


def klimacheck(p, st, style=None):
    """The Klimacheck in the paper's chosen form; registers it. style: boxes | sentence | x_table."""
    if p.klimacheck is None:
        return []
    p.show("klimacheck")
    r = p.rng
    label = p.extra["klima_label"]
    opts = list(p.extra["klima_options"])
    style = style or r.choice(["boxes", "boxes", "boxes", "sentence", "x_table"])
    mark = st.klima_mark
    if mark == "x" and style == "boxes":
        style = "x_table"
    p.extra["klima_style"] = style if style != "boxes" else mark
    if style == "sentence":
        return [heading(st, label), P(p.extra["klima_sentence"], after=6)]
    items = [(t, v == p.klimacheck) for t, v in opts]
    if style == "x_table":
        rows = [[t, "X" if on else ""] for t, on in items]
        if r.random() < 0.5:
            rows = [[t for t, _ in items], ["X" if on else "" for _, on in items]]
            tbl = Table(rows, widths=[1 / len(items)] * len(items), border="grid", size=st.size - 0.5, header_rows=0)
        else:
            tbl = Table(rows, widths=[0.8, 0.2], border="grid", size=st.size - 0.5)
        return [heading(st, label), tbl]
    horizontal = r.random() < 0.4 and max(len(t) for t, _ in items) < 28
    if r.random() < 0.5:
        return [Checks(items, mark, horizontal=horizontal, label=st.lab(label), size=st.size)]
    return [heading(st, label), Checks(items, mark, horizontal=horizontal, size=st.size)]


# ----------------------------------------------------------------------------- bodies


def beschluss_block(p, st, n=None):
    r = p.rng
    b = p.extra["body"]
    council = p.extra["council"]
    if p.kind == "Mitteilungsvorlage":
        title = r.choice(["Mitteilung", "Bericht", "Kenntnisnahme", "Beschlussvorschlag", "Mitteilung der Verwaltung"])
        text = r.choice(["Der Ausschuss nimmt den Bericht der Verwaltung zur Kenntnis.",
                         "Die Mitteilung wird zur Kenntnis genommen.", "Kenntnisnahme"])
        return [heading(st, title, n), P(text, after=6)]
    title = r.choice(["Beschlussvorschlag", "Beschlussvorschlag", "Beschlussentwurf", "Antrag der Verwaltung",
                      "Beschlussempfehlung", "Vorschlag der Verwaltung", "Entscheidungsvorschlag"])
    intro = r.choice([f"{(w.article(council) + ' ' + council)[0].upper() + (w.article(council) + ' ' + council)[1:]} beschließt:",
                      "Der Ausschuss empfiehlt, folgenden Beschluss zu fassen:", "Es wird beschlossen:", None])
    out = [heading(st, title, n)]
    if intro:
        out.append(P(intro, after=3))
    clauses = [f"Die Verwaltung wird beauftragt, {m}." for m in b["beschluss"]]
    if len(clauses) > 1:
        out.append(ListBlock(clauses, style=r.choice(["num", "num_paren", "alpha", "num"]), size=st.size))
    else:
        out.append(P(clauses[0], after=6))
    return out


def sachverhalt_block(p, st, n=None):
    r = p.rng
    b = p.extra["body"]
    title = r.choice(["Sachverhalt", "Begründung", "Sachdarstellung", "Erläuterungen", "Sachstand",
                      "Begründung / Sachverhalt", "Problembeschreibung"])
    facts = list(b["sachverhalt"])
    out = [heading(st, title, n)]
    if len(facts) > 3 and r.random() < 0.5:
        # an "Ausgangslage" sub-section with the first facts
        k = r.randint(2, len(facts) - 2)
        out.append(P([Run(r.choice(["Ausgangslage", "Anlass", "Hintergrund"]), b=True, i=r.random() < 0.3)], after=2, keep=True))
        out += paragraphs(p, [b["intro"]] + facts[:k], st)
        out.append(P([Run(r.choice(["Planung", "Umsetzung", "Inhalt der Vorlage", "Vorschlag der Verwaltung"]), b=True)],
                     after=2, keep=True))
        out += paragraphs(p, facts[k:] + list(b["distractors"]), st)
    else:
        out += paragraphs(p, [b["intro"]] + facts + list(b["distractors"]), st)
    for s, num in b["citations"]:
        p.cite(num)
        out.append(P(s, after=st.size * 0.6))
    if r.random() < 0.35:
        out += cost_table(p, st)
    if r.random() < 0.6:
        out.append(heading(st, r.choice(["Weiteres Vorgehen", "Ausblick", "Zeitplan", "Beteiligung", "Verfahren"]), None))
        out += paragraphs(p, r.sample(NEUTRAL, k=r.randint(3, 9)), st)
    if r.random() < 0.25:
        out += schedule_table(p, st)
    return out


def cost_table(p, st):
    r = p.rng
    items = r.sample(["Planungskosten", "Bauleistungen", "Ausstattung", "Baunebenkosten", "Beschaffung", "Personalkosten",
                      "Unvorhergesehenes", "Öffentlichkeitsarbeit", "Gutachten", "Betriebskosten (jährlich)"], k=r.randint(3, 5))
    rows = [["Position", "Betrag"]]
    total = 0
    for it in items:
        v = r.randint(5, 900) * 1000
        total += v
        rows.append([it, f"{v:,} €".replace(",", ".")])
    rows.append([[Run("Summe", b=True)], [Run(f"{total:,} €".replace(",", "."), b=True)]])
    return [P([Run(r.choice(["Kostenübersicht", "Kosten der Maßnahme", "Übersicht der Kosten"]), b=True)], after=2, keep=True),
            Table(rows, widths=[0.7, 0.3], border=st.table_border if st.table_border != "none" else "hlines", header_rows=1,
                  shade=st.shade, size=st.size - 0.5)]


def schedule_table(p, st):
    r = p.rng
    y = p.date.year
    steps = r.sample(["Ausschreibung", "Vergabe", "Planung", "Bauphase", "Inbetriebnahme", "Beteiligung der Öffentlichkeit",
                      "Abschluss und Bericht", "Erster Bauabschnitt", "Zweiter Bauabschnitt"], k=r.randint(3, 5))
    rows = [["Schritt", "Zeitraum"]]
    q = r.randint(1, 4)
    for s_ in steps:
        rows.append([s_, f"{q}. Quartal {y + (q - 1) // 4}" if r.random() < 0.7 else f"{['Frühjahr', 'Sommer', 'Herbst', 'Winter'][q % 4]} {y + q // 4}"])
        q += r.randint(1, 2)
    return [P([Run("Zeitplan", b=True)], after=2, keep=True),
            Table(rows, widths=[0.6, 0.4], border=st.table_border if st.table_border != "none" else "hlines", header_rows=1,
                  size=st.size - 0.5)]


def pflichtangaben(p, st):
    """The mandatory impact lines many Vorlagen carry (no Klimacheck, no theme)."""
    r = p.rng
    lines = r.sample([("Demografische Auswirkungen", r.choice(["keine", "keine wesentlichen", "siehe Sachverhalt"])),
                      ("Auswirkungen auf die Gleichstellung", r.choice(["keine", "keine erkennbaren"])),
                      ("Auswirkungen auf Menschen mit Behinderung", r.choice(["keine", "werden berücksichtigt"])),
                      ("Personelle Auswirkungen", r.choice(["keine", "keine zusätzlichen Stellen"])),
                      ("Beteiligung des Personalrats", r.choice(["nicht erforderlich", "erfolgt"]))], k=r.randint(2, 4))
    return [P([Run(st.lab(k) + " ", b=st.label_bold), Run(v)], after=1) for k, v in lines] + [Space(4)]


NEUTRAL = [
    "Nach der Beschlussfassung wird die Verwaltung die nächsten Schritte einleiten und den Ausschuss fortlaufend unterrichten.",
    "Die beteiligten Fachämter haben der Vorlage zugestimmt.",
    "Eine Alternative zu dem vorgeschlagenen Vorgehen besteht aus Sicht der Verwaltung nicht.",
    "Die Umsetzung soll im kommenden Jahr beginnen und in mehreren Abschnitten erfolgen.",
    "Über den Fortgang wird die Verwaltung in einer der nächsten Sitzungen berichten.",
    "Die Öffentlichkeit wird über die Presse und die Internetseite der Stadt informiert.",
    "Die Ergebnisse der Abstimmung mit den beteiligten Stellen sind in die Vorlage eingeflossen.",
    "Die Verwaltung empfiehlt, dem Beschlussvorschlag zu folgen.",
    "Die Vorlage wurde im Verwaltungsvorstand beraten.",
    "Die Anregungen aus der letzten Sitzung wurden geprüft und soweit möglich aufgenommen.",
    "Eine Zwischenbilanz ist nach Ablauf eines Jahres vorgesehen.",
    "Die Einzelheiten sind der beigefügten Anlage zu entnehmen.",
    "Mit den betroffenen Anliegerinnen und Anliegern wurden Gespräche geführt.",
    "Der vorgeschlagene Zeitplan berücksichtigt die Sitzungstermine der Gremien.",
    "Sollte der Beschluss nicht gefasst werden, verzögert sich das Vorhaben um mindestens ein Jahr.",
    "Die rechtliche Prüfung durch das Rechtsamt ist abgeschlossen.",
    "Die Maßnahme wurde mit den Nachbarkommunen abgestimmt.",
    "Die Verwaltung wird die Umsetzung in enger Abstimmung mit den Beteiligten vorbereiten.",
    "Ein erster Entwurf wurde bereits im Fachausschuss vorgestellt und dort positiv aufgenommen.",
    "Die Ausschreibung erfolgt nach den geltenden Vergabevorschriften.",
    "Die Fachverwaltung hat hierzu mehrere Varianten untersucht und bewertet.",
    "Das Ergebnis der Prüfung wird in der folgenden Übersicht zusammengefasst.",
    "Die Hinweise aus der Bürgerbeteiligung wurden dokumentiert und ausgewertet.",
    "Die Maßnahme soll so umgesetzt werden, dass Beeinträchtigungen für Anwohnende gering bleiben.",
    "Nach Abschluss der Arbeiten erfolgt eine Abnahme durch die zuständige Dienststelle.",
    "Die Verwaltung hat sich dabei an vergleichbaren Projekten anderer Städte orientiert.",
    "Eine frühzeitige Information der betroffenen Einrichtungen ist vorgesehen.",
    "Die Zuständigkeiten innerhalb der Verwaltung sind geklärt.",
    "Die Erfahrungen aus dem ersten Abschnitt fließen in die weitere Planung ein.",
    "Die Verwaltung wird die Wirksamkeit der Maßnahme nach zwei Jahren überprüfen.",
]


def finance_block(p, st, n=None):
    r = p.rng
    title = r.choice(["Finanzielle Auswirkungen", "Kosten und Finanzierung", "Auswirkungen auf den Haushalt",
                      "Haushaltsrechtliche Auswirkungen", "Finanzierung"])
    return [heading(st, title, n), P(p.extra["body"]["finanzen"], after=6)]


def anlagen_block(p, st, n=None):
    a = p.extra["body"].get("anlagen")
    if not a:
        return []
    title = p.choice(["Anlagen", "Anlage(n)", "Anlagen:", "Anlagenverzeichnis"])
    return [heading(st, title.rstrip(":"), n), ListBlock([f"Anlage {i}: {x}" for i, x in enumerate(a, 1)], style="dash",
                                                          size=st.size)]


def vorlage_body(p, st, klima=True, finance=True):
    r = p.rng
    out, n = [], 1
    if p.kind == "Ergänzungsvorlage":
        orig = p.cite(p.extra["original"])
        out.append(P(r.choice([f"Ergänzung zur Vorlage {orig}", f"Diese Vorlage ersetzt die Vorlage {orig}.",
                               f"Bezug: Drucksache {orig}", f"Änderung der Vorlage {orig}"]), after=6))
    out += beschluss_block(p, st, n)
    n += 1
    out += sachverhalt_block(p, st, n)
    n += 1
    if finance and r.random() < 0.8:
        out += finance_block(p, st, n)
        n += 1
    if r.random() < 0.35:
        out += pflichtangaben(p, st)
    if klima:
        out += klimacheck(p, st)
    out += anlagen_block(p, st, n)
    if p.extra["body"]["anlagen"] and r.random() < 0.4:
        out += anlage_page(p, st)
    return out


def anlage_page(p, st):
    """An attachment page: a list of measures by place with costs and dates."""
    r = p.rng
    rows = [["Nr.", r.choice(["Maßnahme", "Standort", "Vorhaben"]), "Stadtteil", "Kosten", "Zeitraum"]]
    for i in range(1, r.randint(6, 16)):
        rows.append([str(i), f"{r.choice(w.STREETS)} {r.randint(1, 90)}", r.choice(w.DISTRICTS),
                     f"{r.randint(5, 400) * 1000:,} €".replace(",", "."), f"{r.randint(1, 4)}. Quartal {p.date.year + r.randint(0, 2)}"])
    return [PageBreak(), P([Run(f"Anlage 1: {p.extra['body']['anlagen'][0]}", b=True, size=st.size + 1)], after=8),
            Table(rows, widths=[0.07, 0.38, 0.2, 0.15, 0.2], border="grid", header_rows=1, shade=st.shade or "#e6e6e6",
                  size=st.size - 1)]


def antrag_body(p, st):
    r = p.rng
    b = p.extra["body"]
    out = []
    intro = b["intro"]
    out.append(P(intro, after=3, size=st.size))
    if intro.endswith("beauftragt,"):
        clauses = [m + "." for m in b["beschluss"]]
    else:
        clauses = [f"Die Verwaltung wird beauftragt, {m}." for m in b["beschluss"]]
    if len(clauses) > 1:
        out.append(ListBlock(clauses, style=r.choice(["num", "num_paren", "bullet", "dash"]), size=st.size))
    else:
        out.append(P(clauses[0], after=6, indent=r.choice([0, 12])))
    out.append(heading(st, r.choice(["Begründung", "Begründung:", "Sachverhalt", "Erläuterung"]).rstrip(":")))
    out += paragraphs(p, b["begruendung"] + b["distractors"], st)
    for s, num in b["citations"]:
        p.cite(num)
        out.append(P(s, after=st.size * 0.6))
    return out


def anfrage_body(p, st):
    r = p.rng
    b = p.extra["body"]
    out = []
    if r.random() < 0.5:
        out.append(P(r.choice(tb.GREETINGS), after=6))
    out += paragraphs(p, b["begruendung"], st)
    out.append(P(b["intro"], after=4))
    out.append(ListBlock(b["fragen"], style=r.choice(["num", "num", "num_paren", "bullet"]), size=st.size))
    return out


def antwort_body(p, st):
    r = p.rng
    b = p.extra["body"]
    out = []
    intro_num = ""
    if p.answers:
        p.show("answers")
        p.cite(p.answers)
        intro_num = f" ({r.choice(['Nr.', 'Drucksache', 'Anfrage-Nr.'])} {p.answers})"
    out.append(P(r.choice(tb.GREETINGS), after=6))
    out.append(P(f"{'mit Schreiben' if r.random() < 0.5 else 'in Ihrer Anfrage'} vom {b['intro_date']}{intro_num} "
                 f"{'bitten Sie' if r.random() < 0.5 else 'baten Sie'} um Auskunft zum Thema „{b['subject']}“. "
                 "Die Fragen beantworte ich wie folgt:", after=6))
    qs = r.choice(["Frage {i}:", "Zu Frage {i}:", "Frage {i}", "{i}."])
    ans = r.choice(["Antwort:", "Antwort der Verwaltung:", "Zu {i}:", ""])
    for i, (q, a) in enumerate(b["qa"], 1):
        out.append(P([Run(qs.format(i=i) + " ", b=True), Run(q, b=True)], after=2, keep=True))
        out.append(P(([Run(ans.format(i=i) + " ", b=False)] if ans else []) + [Run(a)], after=6))
    return out


def body(p, st):
    """The body of a Vorlage, Antrag, Anfrage or Antwort in its usual parts."""
    if p.kind in ("Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage"):
        return vorlage_body(p, st)
    if p.kind == "Antrag":
        return antrag_body(p, st)
    if p.kind == "Anfrage":
        return anfrage_body(p, st)
    return antwort_body(p, st)


def signature(p, st, name=None, role=None, align="left"):
    first, last, fem = p.extra["signer"]
    name = name or f"{first} {last}"
    out = [Space(8), P(p.choice(tb.CLOSINGS), after=0, align=align), Space(26), P(name, after=0, align=align)]
    if role:
        out.append(P(role, after=0, align=align))
    return out + [Space(6)]


def letterhead_contact(p, st, with_az=True, with_fax=True):
    """Contact lines of a letterhead: person, phone, fax, e-mail, room, Az (all distractors)."""
    first, last, fem = p.extra["clerk"]
    r = p.rng
    lines = []
    if r.random() < 0.7:
        lines.append((r.choice(["Auskunft erteilt", "Ansprechpartner/in", "Bearbeitung", "Kontakt", "Sachbearbeitung"]),
                      f"{'Frau' if fem else 'Herr'} {last}"))
    lines.append((r.choice(["Telefon", "Tel.", "Fon", "Telefon-Nr."]), p.extra["phone"]))
    if with_fax and r.random() < 0.6:
        lines.append(("Fax", p.extra["fax"]))
    lines.append((r.choice(["E-Mail", "E-Mail", "Mail"]), p.extra["email"]))
    if r.random() < 0.4:
        lines.append(("Zimmer", p.extra["room"].split(" ", 1)[1]))
    if with_az and r.random() < 0.6:
        lines.append((r.choice(["Aktenzeichen", "Az.", "Geschäftszeichen", "Unser Zeichen"]), p.extra["az"]))
    return lines


def address_lines(p):
    return [p.extra["street_no"], f"{p.place.plz} {p.place.town}"]


def logo(p, st, w=34, align="left"):
    return Logo(kind=p.choice(["shield", "shield", "circle", "bars", "wave", "square"]), color=st.accent if st.accent != "#000000" else "#1f4e79",
                w=w, align=align)


def footer_bank(p):
    return (f"{p.place.full} · {p.extra['postfach']} · {p.place.plz} {p.place.town} · "
            f"IBAN {p.extra['iban']}")


def hr(st):
    return Rule(width=0.6, color=st.accent if st.accent != "#000000" else "#444444")
