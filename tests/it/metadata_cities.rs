//! Whole-document metadata on made-up layouts of other cities and council systems (not copied
//! from any corpus file): each checks that the general rules carry over.

use ratsdex::extract::{Metadata, extract_metadata};
use ratsdex::pdf::TextLayer;
use ratsdex::record::{DocType, Klimacheck, Role};
use ratsdex::vocab::Vocabulary;

fn meta(text: &str) -> Metadata {
    extract_metadata(&TextLayer::from_layout_text(text), &Vocabulary::embedded())
}

fn date(m: &Metadata) -> String {
    m.date.map(|d| d.to_string()).unwrap_or_default()
}

#[test]
fn bavarian_sitzungsvorlage_with_klimacheck_in_one_row() {
    let m = meta(
        "Stadt Donaustadt                                         Sitzungsvorlage\n\
         Amt für Stadtentwicklung                                 Vorlagen-Nr.: VO/23/20145/61\n\
         \n\
         Beratungsfolge                      Sitzungstermin   Zuständigkeit\n\
         Ausschuss für Stadtplanung          28.03.2023       Vorberatung\n\
         Stadtrat                            20.04.2023       Entscheidung\n\
         \n\
         Betreff:\n\
         Aufstellung des Bebauungsplans Nr. 275 \"Am Weinberg\" –\n\
         Billigungsbeschluss\n\
         \n\
         Sachverhalt\n\
         Mit Beschluss vom 12.05.2021 (VO/21/18811/61) wurde die Aufstellung beschlossen.\n\
         Klimaschutzrelevanz:   ☐ positiv   ☐ negativ   ☒ keine\n\
         Donaustadt, den 14.03.2023\n",
    );
    assert_eq!(m.drucksache.as_deref(), Some("VO/23/20145/61"));
    assert_eq!(m.doc_type, Some(DocType::Beschlussvorlage));
    assert_eq!(
        m.title.as_deref(),
        Some("Aufstellung des Bebauungsplans Nr. 275 \"Am Weinberg\" – Billigungsbeschluss")
    );
    assert_eq!(m.consultations.len(), 2);
    assert_eq!(m.consultations[1].committee, "Stadtrat");
    assert_eq!(m.consultations[1].role, Some(Role::Entscheidung));
    assert_eq!(m.klimacheck, Some(Klimacheck::Neutral));
    assert_eq!(m.references, vec!["VO/21/18811/61".to_string()]);
    // The signature date is the only date of the document itself.
    assert_eq!(date(&m), "2023-03-14");
}

#[test]
fn hessian_magistratsvorlage_with_number_under_label_and_x_table() {
    let m = meta(
        r#"Der Magistrat der Stadt Taunusheim                                  Vorlagen-Nr.
                                                                     M-0815/2024
Mitteilung des Magistrats                                            Datum: 7.2.24
nichtöffentlich
Dezernat/Amt:   Dezernat II / Amt für Soziales und
                Integration

Beratungsweg:
1. Sozialausschuss – 19.02.2024 – Kenntnisnahme
2. Stadtverordnetenversammlung – 07.03.2024 – Kenntnisnahme

Gegenstand: Bericht über die Belegung der Notunterkünfte 2023

Erläuterung
Die Kosten von 1.250.000 € (Drucksache M-0101/2023) werden getragen.

Auswirkungen auf den Klimaschutz
            positiv        negativ        keine
                                          X
"#,
    );
    assert_eq!(m.drucksache.as_deref(), Some("M-0815/2024"));
    assert_eq!(m.doc_type, Some(DocType::Mitteilungsvorlage));
    assert_eq!(m.doc_type_printed.as_deref(), Some("Mitteilung"));
    assert_eq!(date(&m), "2024-02-07");
    assert_eq!(m.public, Some(false));
    assert_eq!(
        m.department.as_deref(),
        Some("Dezernat II / Amt für Soziales und Integration")
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Bericht über die Belegung der Notunterkünfte 2023")
    );
    assert_eq!(m.consultations.len(), 2);
    assert_eq!(m.consultations[0].committee, "Sozialausschuss");
    assert_eq!(m.klimacheck, Some(Klimacheck::Neutral));
    assert!(m.references.contains(&"M-0101/2023".to_string()));
}

#[test]
fn fraktion_letter_with_place_date_and_no_klimacheck() {
    let m = meta(
        "Ratsfraktion Bürgerliste Seestadt\n\
         Am Markt 3 · 12345 Seestadt\n\
         An den Bürgermeister                                  Seestadt, 3. Okt. 2023\n\
         \n\
         Dringlichkeitsantrag\n\
         \n\
         hier: Sofortprogramm Schwimmunterricht an Grundschulen\n\
         \n\
         Sehr geehrter Herr Bürgermeister,\n\
         wir beantragen das Folgende. Dazu verweisen wir auf 80101911/26.06.2025.\n",
    );
    assert_eq!(m.doc_type, Some(DocType::Antrag));
    assert_eq!(date(&m), "2023-10-03");
    assert_eq!(
        m.title.as_deref(),
        Some("Sofortprogramm Schwimmunterricht an Grundschulen")
    );
    assert_eq!(m.klimacheck, None);
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(m.drucksache, None);
}

#[test]
fn ambiguous_klimacheck_is_a_warning() {
    let m = meta(
        "Beschlussvorlage                    Drucksache Nr. 2024/117\n\
         Betreff: Test\n\
         Sachverhalt\n\
         Klimacheck\n\
         ☒ keine Auswirkungen\n\
         ☒ positive Auswirkungen\n\
         ☐ negative Auswirkungen\n",
    );
    assert_eq!(m.klimacheck, None);
    assert!(
        m.warnings.iter().any(|w| w.contains("klimacheck")),
        "{:?}",
        m.warnings
    );
}

#[test]
fn odd_text_never_panics() {
    let samples = [
        "",
        "\u{c}\u{c}",
        "İSTANBUL Drucksache İİ/12   Datum: 31.02.2022\nKlimacheck ☒ İ ☐\nBetreff:\n",
        "Beratungsfolge\n| | |\n+--+\n01.01.01 01.01.01 01.01.01\n",
        "Vorlage Nr.\n\nGegenstand:\u{a0}\u{a0}\nKlimarelevanz: X X X\npositiv negativ keine\n X X X\n",
        "Köln, den 31. Februar\n99999\nAntrag vom 99.99.9999\n",
    ];
    for s in samples {
        let _ = meta(s);
    }
}

#[test]
fn allris_style_header_with_vorlage_art() {
    let m = meta(
        "Vorlage - 0123/2023\n\
         Status: öffentlich         Vorlage-Art: Mitteilungsvorlage\n\
         Datum: 12.03.2023\n\
         Federführend: Amt 61 Stadtplanung\n\
         Beratungsfolge:\n\
         Datum        Gremium                   Zuständigkeit\n\
         28.03.2023   Bauausschuss              Kenntnisnahme\n\
         \n\
         Betreff: Sachstand Radverkehrskonzept\n\
         Sachverhalt:\n",
    );
    assert_eq!(m.drucksache.as_deref(), Some("0123/2023"));
    assert_eq!(m.doc_type, Some(DocType::Mitteilungsvorlage));
    assert_eq!(date(&m), "2023-03-12");
    assert_eq!(m.public, Some(true));
    assert_eq!(m.department.as_deref(), Some("Amt 61 Stadtplanung"));
    assert_eq!(m.consultations.len(), 1);
    assert_eq!(m.consultations[0].role, Some(Role::Kenntnisnahme));
    assert_eq!(m.title.as_deref(), Some("Sachstand Radverkehrskonzept"));
}
