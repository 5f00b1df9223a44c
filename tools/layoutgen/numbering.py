"""Drucksachen numbers (shapes and labels), dates in print, and the number-like distractors of a
letterhead (Aktenzeichen, phone, fax, postcodes, bank data) that must never become the paper's
number or a reference."""

import datetime as dt

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# Paper kinds -> letter codes used by schemes that mark the type in the number
CODES = {
    "Beschlussvorlage": ["VO", "BV", "V"], "Mitteilungsvorlage": ["VO", "MV", "IV"],
    "Ergänzungsvorlage": ["VO", "BV", "V"], "Antrag": ["AN", "A", "ANT"], "Anfrage": ["AF", "F", "ANF"],
    "Antwort": ["VO", "MV", "AW"], "Stellungnahme": ["ST", "VO", "E"], "Schreiben": ["VO", "S", "V"],
    "Niederschrift": ["NS", "N", "P"], "Einladung": ["E", "TO", "N"],
}
MUNICH_LETTER = {"Beschlussvorlage": "V", "Mitteilungsvorlage": "V", "Ergänzungsvorlage": "V", "Antrag": "A",
                 "Anfrage": "F", "Antwort": "V", "Stellungnahme": "B", "Schreiben": "V"}
LEIPZIG = {"Beschlussvorlage": "DS", "Mitteilungsvorlage": "Ifo", "Ergänzungsvorlage": "DS", "Antrag": "A",
           "Anfrage": "F", "Antwort": "DS", "Stellungnahme": "DS", "Schreiben": "DS"}


class Scheme:
    """A numbering scheme of one council: draws numbers of one shape for any paper kind."""

    def __init__(self, rng, name=None):
        self.name = name or rng.choice(list(SCHEMES))
        self.rng = rng
        # fixed per council
        self.typed = rng.random() < 0.5          # letter code varies with the paper kind
        self.pad = rng.choice([3, 4, 4, 5])
        self.space = rng.random() < 0.35         # "VO / 0456 / 23" spacing
        self.code_i = rng.randrange(3)
        self.wp = rng.choice([(2014, 2020), (2020, 2026), (2019, 2024), (2021, 2026)])
        self.roman = rng.choice(ROMAN[4:])
        self.sep = rng.choice(["/", "/", "-"])

    def code(self, kind):
        return CODES.get(kind, ["VO"])[self.code_i] if self.typed else CODES["Beschlussvorlage"][self.code_i]

    def make(self, kind, year, n=None):
        rng = self.rng
        if n is None:
            n = rng.randint(1, 2999 if self.pad >= 4 else 499)
        return SCHEMES[self.name](self, kind, year, n)

    def suffix(self, base):
        """A supplement's number derived from the original's."""
        return base + self.rng.choice(["-1", "/1", "-E1", "-1-A", ".1", "/2", "-2"])


def _slash(self, parts):
    return (" / " if self.space else "/").join(parts)


SCHEMES = {
    "code_n_yy": lambda s, k, y, n: _slash(s, [s.code(k), f"{n:0{s.pad}d}", f"{y % 100:02d}"]),
    "code_yyyy_n": lambda s, k, y, n: _slash(s, [s.code(k), str(y), f"{n:0{s.pad}d}"]),
    "code_n_yyyy": lambda s, k, y, n: _slash(s, [s.code(k), f"{n:0{s.pad}d}", str(y)]),
    "yyyy_n": lambda s, k, y, n: f"{y}{s.sep}{n:0{s.pad}d}",
    "n_yyyy": lambda s, k, y, n: f"{n:0{s.pad}d}{s.sep}{y}" if s.pad > 3 else f"{n}/{y}",
    "munich": lambda s, k, y, n: (f"{s.wp[0] % 100:02d}-{s.wp[1] % 100:02d} / {MUNICH_LETTER.get(k, 'V')} {n:05d}"
                                  if not s.space else
                                  f"{s.wp[0] % 100:02d}-{s.wp[1] % 100:02d}/{MUNICH_LETTER.get(k, 'V')} {n:05d}"),
    "ds_wp": lambda s, k, y, n: f"DS {(y - 1946) // 5 if y > 1990 else 12}/{n:0{max(s.pad, 4)}d}",
    "wp_n": lambda s, k, y, n: f"{(y - 1946) // 5 if y > 1990 else 12}/{n:0{max(s.pad, 4)}d}",
    "leipzig": lambda s, k, y, n: f"{s.roman}-{LEIPZIG.get(k, 'DS')}-{n:05d}",
    "berlin": lambda s, k, y, n: f"DS/{n:04d}/{s.roman}",
    "seven": lambda s, k, y, n: f"{y % 100:02d}{n:05d}",
    "letter_dash": lambda s, k, y, n: f"{s.code(k)[0]}-{n}-{y}" if s.sep == "-" else f"{s.code(k)[0]} {n}/{y}",
    "dept_code": lambda s, k, y, n: None,  # filled by paper with the department number, see dept_number()
    "kreis": lambda s, k, y, n: s.rng.choice(["KT", "KA", "BV"]) + f"/{y}/{n:03d}",
    "yy_n": lambda s, k, y, n: f"{y % 100:02d}/{n:0{s.pad}d}",
}


def dept_number(scheme, dept_code, year):
    n = scheme.rng.randint(1, 299)
    return f"{dept_code}/{n:03d}/{year}"


# Labels of the paper's own number, by paper kind. A layout picks one spelling per council.
NUMBER_LABELS = {
    "vorlage": ["Vorlage-Nr.", "Vorlagen-Nr.", "Vorlagennummer", "Vorlage", "Drucksache", "Drucksache Nr.",
                "Drucksachen-Nr.", "Drucksachennummer", "Drucks.-Nr.", "Drs.", "Drs.-Nr.", "DS-Nr.", "Nummer",
                "Nr.", "Sitzungsvorlage Nr.", "Vorlage Nr.", "Beratungsvorlage Nr.", "Vorlagen-Nummer",
                "Drucksache-Nr.", "Reg.-Nr.", "Vorl.-Nr.", "Ds.-Nr.", "Drucksachennr.", "Beschlussvorlage Nr.",
                "Sitzungsvorlagen-Nr.", "Vorgangsnummer", "Vorgangs-Nr.", "Lfd. Nr.", "Registernummer"],
    "antrag": ["Antrag Nr.", "Antrags-Nr.", "Antragsnummer", "Antragsnr.", "Drucksache", "Drucksachen-Nr.",
               "Nr.", "Vorlage-Nr.", "Antrag-Nr.", "Tgb.-Nr.", "Eingangsnummer", "lfd. Nr.", "Antrags-Nummer"],
    "anfrage": ["Anfrage Nr.", "Anfrage-Nr.", "Drucksache", "Drucksachen-Nr.", "Nr.", "Vorlage-Nr.",
                "Anfragenummer", "Anfragen-Nr.", "Tgb.-Nr.", "Eingangsnummer"],
}


def label_group(kind):
    if kind == "Antrag":
        return "antrag"
    if kind == "Anfrage":
        return "anfrage"
    return "vorlage"


# ----------------------------------------------------------------------------- dates


def fmt_date(d, style):
    """A date as printed. Styles: dmy, dmy_short, d_m_y (no zero padding), long, long_weekday, iso, dmy2."""
    if style == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "d_m_y":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dmy2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_weekday":
        return f"{WEEKDAYS[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


DATE_STYLES = ["dmy", "dmy", "dmy", "d_m_y", "long", "long0", "dmy2"]


def random_date(rng, lo=2012, hi=2025):
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    d = dt.date.fromordinal(rng.randint(start, end))
    # councils do not date papers on Sundays
    if d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def session_date(rng, after, min_days=7, max_days=60):
    d = after + dt.timedelta(days=rng.randint(min_days, max_days))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# ----------------------------------------------------------------------------- distractors


def phone(rng, area, style=None):
    """A phone number of the place: the distractor that once topped a 'most cited' chart."""
    ext = rng.randint(2, 99) * 100 + rng.randint(0, 99)
    base = rng.choice(["2", "86", "120", "207", "50", "231", "233", "9"])
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return f"{area} {base}-{ext}"
    if style == 1:
        return f"({area}) {base}-{ext}"
    if style == 2:
        return f"{area}/{base}-{ext}"
    if style == 3:
        return f"+49 {area[1:]} {base}-{ext}"
    return f"{area} / {base} {ext}"


def aktenzeichen(rng, dept_no, year):
    """An Aktenzeichen / Geschäftszeichen of a letterhead: number-shaped, never the paper's number."""
    n = rng.randint(1, 999)
    forms = [f"{dept_no}.{rng.randint(1, 9)}-{n:02d}/{year % 100:02d}",
             f"{dept_no}/{rng.randint(1, 9)}-{n}",
             f"{dept_no}.{rng.randint(10, 45)}.{rng.randint(1, 9)}-{year}",
             f"{rng.choice(ROMAN[:8])}/{dept_no}-{n:03d}",
             f"{dept_no} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             f"{dept_no}/{n:03d}/{year}"]
    return rng.choice(forms)


def postfach(rng):
    return f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def iban(rng):
    digits = "".join(str(rng.randint(0, 9)) for _ in range(20))
    return "DE" + digits[:2] + " " + " ".join(digits[i:i + 4] for i in range(2, 18, 4)) + " " + digits[18:]


def ascii_fold(s):
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace(" ", "-").replace("(", "")
            .replace(")", "").replace(".", "").lower())


def domain(place):
    name = ascii_fold(place.name.split(" (")[0].split(" an ")[0].split(" am ")[0])
    if place.kind in ("Landkreis", "Kreis"):
        return f"{'lk' if place.kind == 'Landkreis' else 'kreis'}-{name}.de"
    if place.kind == "Bezirk":
        return "ba-" + name + ".berlin.de"
    return f"{name}.de"
