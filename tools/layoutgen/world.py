"""The world the generated papers live in: municipalities, councils, committees, departments,
political groups, advisory bodies, people, streets. All names of people are invented; places are
real German municipalities (their papers here are fictitious)."""

from dataclasses import dataclass

# ----------------------------------------------------------------------------- municipalities


@dataclass(frozen=True)
class Place:
    name: str          # "Hagen"
    kind: str          # "Stadt", "Landeshauptstadt", "Hansestadt", "Gemeinde", "Landkreis", "Kreis", "Bezirk"
    state: str         # NW, BY, BW, HE, NI, SH, SN, RP, ST, TH, BB, MV, BE, HH, HB, SL
    plz: str
    area: str          # phone area code
    big: bool = False  # has Bezirke / Referate
    seat: str = None   # seat of a Kreis / Bezirk administration (letter dates)

    @property
    def town(self):
        return self.seat or self.name.split(" (")[0]

    @property
    def full(self):
        if self.kind in ("Landkreis", "Kreis"):
            return f"{self.kind} {self.name}"
        if self.kind == "Bezirk":
            return f"Bezirksamt {self.name}"
        return f"{self.kind} {self.name}"


PLACES = [
    Place("Hagen", "Stadt", "NW", "58095", "02331"), Place("Solingen", "Klingenstadt", "NW", "42651", "0212"),
    Place("Bottrop", "Stadt", "NW", "46236", "02041"), Place("Minden", "Stadt", "NW", "32423", "0571"),
    Place("Gütersloh", "Stadt", "NW", "33330", "05241"), Place("Siegen", "Universitätsstadt", "NW", "57072", "0271"),
    Place("Düren", "Stadt", "NW", "52349", "02421"), Place("Neuss", "Stadt", "NW", "41460", "02131"),
    Place("Krefeld", "Stadt", "NW", "47798", "02151", True), Place("Mülheim an der Ruhr", "Stadt", "NW", "45468", "0208"),
    Place("Recklinghausen", "Stadt", "NW", "45657", "02361"), Place("Unna", "Kreisstadt", "NW", "59423", "02303"),
    Place("Aachen", "Stadt", "NW", "52062", "0241", True), Place("Duisburg", "Stadt", "NW", "47051", "0203", True),
    Place("Nürnberg", "Stadt", "BY", "90403", "0911", True), Place("Regensburg", "Stadt", "BY", "93047", "0941"),
    Place("Ingolstadt", "Stadt", "BY", "85049", "0841"), Place("Bamberg", "Stadt", "BY", "96047", "0951"),
    Place("Landshut", "Stadt", "BY", "84028", "0871"), Place("Rosenheim", "Stadt", "BY", "83022", "08031"),
    Place("Kempten (Allgäu)", "Stadt", "BY", "87435", "0831"), Place("Fürth", "Stadt", "BY", "90762", "0911"),
    Place("Heidelberg", "Stadt", "BW", "69117", "06221"), Place("Pforzheim", "Stadt", "BW", "75175", "07231"),
    Place("Reutlingen", "Stadt", "BW", "72764", "07121"), Place("Esslingen am Neckar", "Stadt", "BW", "73728", "0711"),
    Place("Ludwigsburg", "Stadt", "BW", "71638", "07141"), Place("Konstanz", "Stadt", "BW", "78462", "07531"),
    Place("Tübingen", "Universitätsstadt", "BW", "72070", "07071"), Place("Mannheim", "Stadt", "BW", "68159", "0621", True),
    Place("Offenbach am Main", "Stadt", "HE", "63065", "069"), Place("Hanau", "Stadt", "HE", "63450", "06181"),
    Place("Gießen", "Universitätsstadt", "HE", "35390", "0641"), Place("Marburg", "Universitätsstadt", "HE", "35037", "06421"),
    Place("Fulda", "Stadt", "HE", "36037", "0661"), Place("Rüsselsheim am Main", "Stadt", "HE", "65428", "06142"),
    Place("Braunschweig", "Stadt", "NI", "38100", "0531", True), Place("Wolfsburg", "Stadt", "NI", "38440", "05361"),
    Place("Hildesheim", "Stadt", "NI", "31134", "05121"), Place("Celle", "Stadt", "NI", "29221", "05141"),
    Place("Lüneburg", "Hansestadt", "NI", "21335", "04131"), Place("Delmenhorst", "Stadt", "NI", "27749", "04221"),
    Place("Flensburg", "Stadt", "SH", "24937", "0461"), Place("Neumünster", "Stadt", "SH", "24534", "04321"),
    Place("Norderstedt", "Stadt", "SH", "22846", "040"), Place("Chemnitz", "Stadt", "SN", "09111", "0371", True),
    Place("Zwickau", "Stadt", "SN", "08056", "0375"), Place("Görlitz", "Stadt", "SN", "02826", "03581"),
    Place("Mainz", "Landeshauptstadt", "RP", "55116", "06131", True), Place("Trier", "Stadt", "RP", "54290", "0651"),
    Place("Kaiserslautern", "Stadt", "RP", "67657", "0631"), Place("Magdeburg", "Landeshauptstadt", "ST", "39104", "0391", True),
    Place("Halle (Saale)", "Stadt", "ST", "06108", "0345", True), Place("Erfurt", "Landeshauptstadt", "TH", "99084", "0361", True),
    Place("Jena", "Stadt", "TH", "07743", "03641"), Place("Cottbus", "Stadt", "BB", "03046", "0355"),
    Place("Brandenburg an der Havel", "Stadt", "BB", "14776", "03381"), Place("Greifswald", "Universitäts- und Hansestadt", "MV", "17489", "03834"),
    Place("Schwerin", "Landeshauptstadt", "MV", "19053", "0385"), Place("Saarbrücken", "Landeshauptstadt", "SL", "66111", "0681", True),
    Place("Bremerhaven", "Stadt", "HB", "27576", "0471"),
    Place("Weilheim i. OB", "Stadt", "BY", "82362", "0881"), Place("Herrenberg", "Stadt", "BW", "71083", "07032"),
    Place("Bad Oldesloe", "Stadt", "SH", "23843", "04531"), Place("Lindlar", "Gemeinde", "NW", "51789", "02266"),
    Place("Ottobrunn", "Gemeinde", "BY", "85521", "089"), Place("Wennigsen (Deister)", "Gemeinde", "NI", "30974", "05103"),
    Place("Kleinmachnow", "Gemeinde", "BB", "14532", "033203"), Place("Eching", "Gemeinde", "BY", "85386", "089"),
    Place("Ravensburg", "Landkreis", "BW", "88212", "0751", seat="Ravensburg"), Place("Osnabrück", "Landkreis", "NI", "49082", "0541", seat="Osnabrück"),
    Place("Mettmann", "Kreis", "NW", "40822", "02104", seat="Mettmann"), Place("Gießen", "Landkreis", "HE", "35394", "0641", seat="Gießen"),
    Place("Harz", "Landkreis", "ST", "38820", "03941", seat="Halberstadt"), Place("Rendsburg-Eckernförde", "Kreis", "SH", "24768", "04331", seat="Rendsburg"),
    Place("Ebersberg", "Landkreis", "BY", "85560", "08092", seat="Ebersberg"), Place("Wesel", "Kreis", "NW", "46483", "0281", seat="Wesel"),
    Place("Friedrichshain-Kreuzberg", "Bezirk", "BE", "10247", "030", seat="Berlin"), Place("Treptow-Köpenick", "Bezirk", "BE", "12555", "030", seat="Berlin"),
    Place("Charlottenburg-Wilmersdorf", "Bezirk", "BE", "10627", "030", seat="Berlin"),
]


def council_name(place, form=0):
    """The council of a place, as papers print it."""
    if place.kind in ("Landkreis", "Kreis"):
        return "Kreistag"
    if place.kind == "Bezirk":
        return "Bezirksverordnetenversammlung"
    if place.state == "BW":
        return ["Gemeinderat", f"Gemeinderat der Stadt {place.name}"][form % 2] if place.kind != "Gemeinde" else "Gemeinderat"
    if place.state == "BY":
        return "Stadtrat" if place.kind != "Gemeinde" else "Gemeinderat"
    if place.state == "HE":
        return "Stadtverordnetenversammlung"
    if place.state in ("SH",):
        return "Ratsversammlung" if place.kind != "Gemeinde" else "Gemeindevertretung"
    if place.state in ("SN", "TH", "ST", "MV", "BB"):
        return "Stadtrat" if place.state in ("SN", "TH") else "Stadtvertretung" if place.state in ("MV", "BB") else "Stadtrat"
    if place.state == "HB":
        return "Stadtverordnetenversammlung"
    if place.kind == "Gemeinde":
        return "Rat der Gemeinde " + place.name
    return ["Rat", f"Rat der Stadt {place.name}"][form % 2]


def head_of(place, female):
    """Title of the head of administration."""
    if place.kind in ("Landkreis", "Kreis"):
        return "Landrätin" if female else "Landrat"
    if place.kind == "Bezirk":
        return "Bezirksbürgermeisterin" if female else "Bezirksbürgermeister"
    if place.kind == "Gemeinde":
        return "Bürgermeisterin" if female else "Bürgermeister"
    return "Oberbürgermeisterin" if female else "Oberbürgermeister"


DISTRICTS = ["Nord", "Süd", "Ost", "West", "Mitte", "Innenstadt", "Altstadt", "Neustadt", "Oststadt",
             "Weststadt", "Südstadt", "Nordstadt", "Am Rosenhügel", "Lindenhof", "Eichholz", "Kirchberg",
             "Bergfeld", "Hochfeld", "Sonnenberg", "Wiesental", "Mühlheide", "Brückenau", "Altenbach",
             "Ober-Reifenberg", "Neuhof", "Schönau", "Buchholz", "Hasenkamp", "Steinbühl", "Auwald"]

# feminine street names: the text bank says "in der {strasse}", "an der {strasse}"
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Kirchgasse",
           "Friedrich-Ebert-Straße", "Wilhelmstraße", "Industriestraße", "Gartenstraße", "Bergstraße",
           "Ringstraße", "Parkstraße", "Schulstraße", "Rosenstraße", "Waldstraße", "Uferstraße", "Turmstraße",
           "Neue Straße", "Breite Straße", "Lessingstraße", "Zeppelinstraße", "Talstraße", "Kantstraße",
           "Alte Landstraße", "Kastanienallee", "Mühlgasse", "Bismarckstraße"]
# any street, for addresses
ADDR_STREETS = STREETS + ["Marktplatz", "Am Stadtgraben", "Mühlenweg", "Am Anger", "Kastanienweg", "Am Hafen",
                          "Hölderlinweg", "Rathausplatz", "Konrad-Adenauer-Ring", "Am Sportpark", "Feldweg"]

FIRST_F = ["Anna", "Birgit", "Claudia", "Daniela", "Elke", "Franziska", "Gabriele", "Heike", "Ines", "Julia",
           "Katrin", "Lena", "Monika", "Nadine", "Petra", "Sabine", "Tanja", "Ulrike", "Vera", "Yvonne",
           "Aylin", "Marta", "Sophie", "Lea", "Miriam", "Johanna", "Svenja", "Derya"]
FIRST_M = ["Andreas", "Bernd", "Christian", "Dirk", "Erik", "Frank", "Georg", "Holger", "Jan", "Klaus",
           "Lars", "Markus", "Norbert", "Oliver", "Peter", "Ralf", "Stefan", "Thomas", "Uwe", "Volker",
           "Murat", "Jonas", "Felix", "Tobias", "Matthias", "Hendrik", "Kai", "Sven"]
LAST = ["Albers", "Baumann", "Conrad", "Dietrich", "Ebert", "Fuchs", "Graf", "Hartmann", "Iske", "Jansen",
        "Kaiser", "Lorenz", "Möller", "Neumann", "Otto", "Pohl", "Quast", "Richter", "Schäfer", "Thiel",
        "Ulrich", "Vogt", "Winkler", "Ziegler", "Brandt", "Engel", "Franke", "Haas", "Keller", "Lindner",
        "Marx", "Nowak", "Peters", "Roth", "Seidel", "Stein", "Weber", "Yilmaz", "Kowalski", "Schröder",
        "Bergmann", "Krüger", "Hoffmann", "Kuhn", "Arslan", "Petersen", "Lehmann", "Wolff"]


def person(rng, female=None):
    """(first, last, female) of an invented person."""
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    return first, rng.choice(LAST), female


# ----------------------------------------------------------------------------- political groups

PARTIES = [
    # (short, forms of the Fraktion name; {body} = council body phrase)
    ("SPD", ["SPD-Fraktion", "SPD-Fraktion im {body}", "Fraktion der SPD", "SPD-Ratsfraktion"]),
    ("CDU", ["CDU-Fraktion", "CDU-Fraktion im {body}", "Fraktion der CDU", "CDU-Ratsfraktion"]),
    ("CSU", ["CSU-Fraktion", "CSU-Stadtratsfraktion", "CSU-Fraktion im {body}"]),
    ("GRÜNE", ["Fraktion BÜNDNIS 90/DIE GRÜNEN", "Fraktion Bündnis 90/Die Grünen", "GRÜNE-Fraktion",
               "Fraktion Bündnis 90/Die Grünen im {body}"]),
    ("FDP", ["FDP-Fraktion", "Fraktion der FDP", "FDP-Fraktion im {body}"]),
    ("LINKE", ["Fraktion DIE LINKE", "Fraktion Die Linke", "Die Linke. Fraktion im {body}"]),
    ("FW", ["Fraktion FREIE WÄHLER", "Freie Wähler-Fraktion", "Fraktion Freie Wähler im {body}"]),
    ("VOLT", ["Fraktion Volt", "Volt-Fraktion"]),
    ("ÖDP", ["ÖDP-Fraktion", "Fraktion ÖDP"]),
    ("UWG", ["UWG-Fraktion", "Fraktion Unabhängige Wählergemeinschaft"]),
    ("BSW", ["BSW-Fraktion", "Fraktion BSW"]),
]
GROUPS = ["Gruppe Die PARTEI/Piraten", "Ratsgruppe Volt/Piraten", "Gruppe FDP/Freie Wähler",
          "Gruppe ÖDP/Tierschutzpartei", "Ausschussgemeinschaft Linke/Partei", "Gruppe Bürgerliste/UWG"]

ADVISORY = [
    "Seniorenbeirat", "Seniorenvertretung", "Integrationsrat", "Integrationsbeirat", "Migrationsbeirat",
    "Beirat für Menschen mit Behinderung", "Behindertenbeirat", "Jugendbeirat", "Kinder- und Jugendparlament",
    "Klimabeirat", "Naturschutzbeirat", "Radverkehrsbeirat", "Fahrgastbeirat", "Sportbeirat",
    "Kulturbeirat", "Gestaltungsbeirat", "Frauenbeirat", "Denkmalbeirat",
]

# ----------------------------------------------------------------------------- administration

# Departments by theme id: (number, name). The number is a typical unit number in the KGSt scheme.
DEPARTMENTS = {
    "digitalisierung": [("10", "Amt für Digitalisierung und Organisation"), ("12", "Amt für Informationstechnik"),
                        ("10", "Hauptamt"), ("17", "Stabsstelle Digitalisierung"), ("12", "IT-Dienstleistungszentrum")],
    "smart_city": [("17", "Stabsstelle Smart City"), ("12", "Amt für Digitalisierung und Smart City"),
                   ("80", "Amt für Wirtschaft und Digitales"), ("15", "Referat Digitale Stadt")],
    "digitale_infrastruktur": [("80", "Wirtschaftsförderung und Breitbandkoordination"),
                               ("66", "Tiefbauamt"), ("17", "Stabsstelle Breitband"),
                               ("80", "Amt für Wirtschaft, Digitalisierung und Breitband")],
    "bildung": [("40", "Schulverwaltungsamt"), ("40", "Amt für Schule und Bildung"), ("40", "Schulamt"),
                ("41", "Amt für Schule, Bildung und Sport"), ("43", "Volkshochschule"),
                ("40", "Fachbereich Schule und Bildung")],
    "klima_umwelt": [("31", "Umweltamt"), ("36", "Amt für Umwelt- und Klimaschutz"),
                     ("67", "Grünflächenamt"), ("31", "Amt für Klimaschutz und Nachhaltigkeit"),
                     ("70", "Amt für Abfallwirtschaft und Stadtreinigung"), ("67", "Amt für Stadtgrün und Friedhöfe")],
    "mobilitaet": [("66", "Amt für Verkehr und Tiefbau"), ("61", "Amt für Mobilität"),
                   ("66", "Tiefbauamt"), ("32", "Straßenverkehrsbehörde"), ("62", "Amt für Verkehrsplanung")],
    "stadtentwicklung": [("61", "Stadtplanungsamt"), ("61", "Amt für Stadtentwicklung und Stadtplanung"),
                         ("63", "Bauordnungsamt"), ("64", "Amt für Wohnungswesen"), ("61", "Amt für Stadterneuerung"),
                         ("23", "Liegenschaftsamt")],
    "soziales": [("50", "Sozialamt"), ("51", "Jugendamt"), ("53", "Gesundheitsamt"),
                 ("50", "Amt für Soziales und Senioren"), ("51", "Amt für Kinder, Jugend und Familie"),
                 ("56", "Amt für Integration und Migration")],
    "finanzen": [("20", "Kämmerei"), ("20", "Amt für Finanzen"), ("21", "Stadtkasse"), ("22", "Steueramt"),
                 ("20", "Finanzverwaltung"), ("24", "Beteiligungsmanagement")],
    "verwaltung": [("10", "Hauptamt"), ("11", "Personalamt"), ("13", "Amt für Ratsangelegenheiten"),
                   ("33", "Bürgeramt"), ("11", "Amt für Personal und Organisation"), ("16", "Wahlamt")],
    "wirtschaft": [("80", "Amt für Wirtschaftsförderung"), ("80", "Wirtschaftsförderung"),
                   ("81", "Amt für Tourismus und Stadtmarketing"), ("80", "Amt für Wirtschaft und Arbeit")],
    "kultur_sport": [("41", "Kulturamt"), ("52", "Sportamt"), ("41", "Amt für Kultur und Tourismus"),
                     ("42", "Stadtbibliothek"), ("52", "Amt für Sport und Bäder"), ("45", "Museumsdienst")],
    "sicherheit_ordnung": [("32", "Ordnungsamt"), ("37", "Feuerwehr"), ("37", "Amt für Brand- und Katastrophenschutz"),
                           ("32", "Amt für öffentliche Ordnung"), ("38", "Amt für Rettungsdienst und Bevölkerungsschutz")],
}

# Referate of big cities (Munich style), by theme
REFERATE = {
    "digitalisierung": "IT-Referat", "smart_city": "IT-Referat", "digitale_infrastruktur": "Referat für Arbeit und Wirtschaft",
    "bildung": "Referat für Bildung und Sport", "klima_umwelt": "Referat für Klima- und Umweltschutz",
    "mobilitaet": "Mobilitätsreferat", "stadtentwicklung": "Referat für Stadtplanung und Bauordnung",
    "soziales": "Sozialreferat", "finanzen": "Stadtkämmerei", "verwaltung": "Personal- und Organisationsreferat",
    "wirtschaft": "Referat für Arbeit und Wirtschaft", "kultur_sport": "Kulturreferat",
    "sicherheit_ordnung": "Kreisverwaltungsreferat",
}

# Dezernate (roman numbered) — a parent unit printed beside the Amt
DEZERNATE = {
    "digitalisierung": ("I", "Allgemeine Verwaltung und Digitalisierung"), "smart_city": ("I", "Digitales und Organisation"),
    "digitale_infrastruktur": ("V", "Wirtschaft und Digitales"), "bildung": ("IV", "Bildung, Jugend und Sport"),
    "klima_umwelt": ("VI", "Umwelt, Klima und Grün"), "mobilitaet": ("VII", "Mobilität und Tiefbau"),
    "stadtentwicklung": ("VI", "Planen und Bauen"), "soziales": ("III", "Soziales, Jugend und Gesundheit"),
    "finanzen": ("II", "Finanzen und Beteiligungen"), "verwaltung": ("I", "Personal, Organisation und Bürgerservice"),
    "wirtschaft": ("V", "Wirtschaft, Arbeit und Tourismus"), "kultur_sport": ("IV", "Kultur, Sport und Freizeit"),
    "sicherheit_ordnung": ("II", "Recht, Sicherheit und Ordnung"),
}

# ----------------------------------------------------------------------------- committees

COMMITTEES = {
    "digitalisierung": ["Ausschuss für Digitalisierung und Organisation", "Digitalausschuss",
                        "Ausschuss für Digitales, Personal und Organisation", "Unterausschuss Digitalisierung"],
    "smart_city": ["Ausschuss für Digitalisierung und Smart City", "Digitalausschuss", "Lenkungskreis Smart City"],
    "digitale_infrastruktur": ["Ausschuss für Wirtschaft und Digitalisierung", "Wirtschaftsausschuss",
                               "Ausschuss für Wirtschaftsförderung und Breitband"],
    "bildung": ["Schulausschuss", "Ausschuss für Schule und Bildung", "Bildungsausschuss",
                "Ausschuss für Schule, Bildung und Sport"],
    "klima_umwelt": ["Ausschuss für Umwelt, Klima und Nachhaltigkeit", "Umweltausschuss",
                     "Klima- und Umweltausschuss", "Ausschuss für Umwelt und Grünflächen"],
    "mobilitaet": ["Verkehrsausschuss", "Ausschuss für Mobilität und Verkehr", "Mobilitätsausschuss",
                   "Bau- und Verkehrsausschuss"],
    "stadtentwicklung": ["Stadtentwicklungsausschuss", "Ausschuss für Stadtplanung und Bauen",
                         "Bau- und Planungsausschuss", "Ausschuss für Stadtentwicklung und Wohnen"],
    "soziales": ["Sozialausschuss", "Jugendhilfeausschuss", "Ausschuss für Soziales, Gesundheit und Senioren",
                 "Ausschuss für Soziales und Integration"],
    "finanzen": ["Haupt- und Finanzausschuss", "Finanzausschuss", "Ausschuss für Finanzen und Beteiligungen",
                 "Rechnungsprüfungsausschuss"],
    "verwaltung": ["Hauptausschuss", "Haupt- und Personalausschuss", "Ältestenrat",
                   "Ausschuss für Personal und Organisation"],
    "wirtschaft": ["Wirtschaftsausschuss", "Ausschuss für Wirtschaft, Tourismus und Marketing",
                   "Ausschuss für Wirtschaftsförderung"],
    "kultur_sport": ["Kulturausschuss", "Sportausschuss", "Ausschuss für Kultur und Sport",
                     "Betriebsausschuss Bäder", "Ausschuss für Kultur, Sport und Freizeit"],
    "sicherheit_ordnung": ["Ausschuss für öffentliche Sicherheit und Ordnung", "Ordnungsausschuss",
                           "Feuerwehrausschuss", "Ausschuss für Recht, Sicherheit und Ordnung"],
}
# Committees that precede the council in many Beratungsfolgen whatever the theme
GENERAL_COMMITTEES = ["Haupt- und Finanzausschuss", "Hauptausschuss", "Finanzausschuss", "Verwaltungsausschuss",
                      "Ausschuss für Finanzen und Beteiligungen"]

FEMININE_COUNCILS = ("versammlung", "vertretung")


def article(council, case="nom"):
    """'der'/'die' (nominative), 'im'/'in der' (dative with in) for a council name."""
    fem = council.split()[0].endswith(FEMININE_COUNCILS)
    if case == "nom":
        return "die" if fem else "der"
    if case == "in":
        return "in der" if fem else "im"
    if case == "gen":
        return "der" if fem else "des"
    raise ValueError(case)


_MASC = (("ausschuss", "ausschusses"), ("beirat", "beirates"), ("rat", "rates"), ("tag", "tages"),
         ("kreis", "kreises"), ("parlament", "parlaments"), ("ausschuß", "ausschusses"))
_FEM = ("versammlung", "vertretung", "gemeinschaft", "kommission", "konferenz")


def genitive(name):
    """'des Ausschusses für Umwelt', 'des Rates der Stadt Hagen', 'der Bezirksvertretung Mitte'."""
    words = name.split(" ")
    for i, w in enumerate(words):
        low = w.lower().rstrip(",")
        if low.endswith(_FEM):
            return "der " + name
        for end, gen in _MASC:
            if low.endswith(end):
                stem = w[: len(w) - len(end)]
                words[i] = stem + gen if stem else gen[0].upper() + gen[1:]
                return "des " + " ".join(words)
    return "des " + name


def dative(name):
    """'dem Ausschuss für Umwelt' / 'der Bezirksvertretung Mitte' (after 'in'/'zu': im/in der)."""
    return ("der " if any(w.lower().endswith(_FEM) for w in name.split(" ")[:3]) else "dem ") + name

ADVISORY_BY_THEME = {
    "soziales": ["Seniorenbeirat", "Seniorenvertretung", "Integrationsrat", "Integrationsbeirat", "Migrationsbeirat",
                 "Jugendbeirat", "Kinder- und Jugendparlament", "Frauenbeirat"],
    "klima_umwelt": ["Klimabeirat", "Naturschutzbeirat"],
    "mobilitaet": ["Radverkehrsbeirat", "Fahrgastbeirat", "Seniorenbeirat"],
    "kultur_sport": ["Sportbeirat", "Kulturbeirat"],
    "stadtentwicklung": ["Gestaltungsbeirat", "Denkmalbeirat"],
    "bildung": ["Jugendbeirat", "Kinder- und Jugendparlament"],
}
ADVISORY_ANY = ["Beirat für Menschen mit Behinderung", "Behindertenbeirat", "Seniorenbeirat", "Integrationsrat",
                "Jugendbeirat"]
