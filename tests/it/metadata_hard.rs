//! Hard header layouts of other council systems, made up for the rules found in the real-document
//! audit (tools/audit/AUDIT.md): header rows of labels, number labels under a type line, status
//! columns, prose Beratungsfolgen, senders that are groups.

use ratsdex::extract::{Metadata, extract_metadata};
use ratsdex::pdf::TextLayer;
use ratsdex::record::{DocType, Role};
use ratsdex::vocab::Vocabulary;

fn meta(text: &str) -> Metadata {
    extract_metadata(&TextLayer::from_layout_text(text), &Vocabulary::embedded())
}

fn triples(m: &Metadata) -> Vec<(String, String, Option<Role>)> {
    m.consultations
        .iter()
        .map(|c| {
            (
                c.committee.clone(),
                c.date.map(|d| d.to_string()).unwrap_or_default(),
                c.role,
            )
        })
        .collect()
}

#[test]
fn header_table_with_values_under_the_labels() {
    let m = meta(
        "Drucksachen-Nr.                 Datum\n\
         0456/2023                       12. Januar 2023\n\
         \n\
         Fachbereich                     Status\n\
         FB 3 Jugend und Soziales        öffentlich\n\
         \n\
         Gegenstand\n\
         Förderung der offenen Jugendarbeit 2023\n\
         \n\
         Beratungsfolge        Sitzungstermin   Zuständigkeit\n\
         Jugendhilfeausschuss  24.01.2023       Vorberatung\n\
         Stadtrat              09.02.2023       Entscheidung\n\
         \n\
         Sachverhalt\n\
         Text\n",
    );
    assert_eq!(m.drucksache.as_deref(), Some("0456/2023"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-01-12"));
    assert_eq!(m.department.as_deref(), Some("FB 3 Jugend und Soziales"));
    assert_eq!(m.public, Some(true));
    assert_eq!(
        m.title.as_deref(),
        Some("Förderung der offenen Jugendarbeit 2023")
    );
    assert_eq!(triples(&m).len(), 2);
}

#[test]
fn number_label_under_the_type_and_public_marker_after_the_title() {
    let m = meta(
        "Mitteilungsvorlage\n\
         DS-Nr. 17/2023\n\
         Datum: 01.02.2023\n\
         Federführende Dienststelle: Dezernat II, Ordnungsamt\n\
         Tagesordnungspunkt: Sachstand Videoüberwachung am Bahnhof\n\
         nicht öffentlich\n\
         \n\
         Beratungsfolge\n\
         Hauptausschuss (Kenntnisnahme) 15.02.2023\n\
         \n\
         Sachverhalt\n\
         Text\n",
    );
    assert_eq!(m.drucksache.as_deref(), Some("17/2023"));
    assert_eq!(m.doc_type, Some(DocType::Mitteilungsvorlage));
    assert_eq!(
        m.title.as_deref(),
        Some("Sachstand Videoüberwachung am Bahnhof")
    );
    assert_eq!(m.public, Some(false));
    assert_eq!(m.department.as_deref(), Some("Dezernat II, Ordnungsamt"));
}

#[test]
fn status_column_n_makes_the_document_non_public() {
    let m = meta(
        "Stadt Beispiel\n\
         Drucksache Nr. 0815/2023\n\
         Absender: Fachbereich Bauen\n\
         Datum: 2. Mai 2023\n\
         \n\
         Betreff: Sanierung der Grundschule Süd\n\
         \n\
         Beratungsfolge:\n\
         Gremium                  Sitzung      Ö/N   Zuständigkeit\n\
         Bauausschuss             14.05.2023   N     Vorberatung\n\
         Hauptausschuss           21.05.2023   N     Entscheidung\n\
         \n\
         Sachverhalt\n\
         Text\n",
    );
    assert_eq!(m.public, Some(false));
    assert_eq!(m.department.as_deref(), Some("Fachbereich Bauen"));
    assert_eq!(m.title.as_deref(), Some("Sanierung der Grundschule Süd"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-05-02"));
    assert_eq!(
        triples(&m),
        vec![
            (
                "Bauausschuss".into(),
                "2023-05-14".into(),
                Some(Role::Vorberatung)
            ),
            (
                "Hauptausschuss".into(),
                "2023-05-21".into(),
                Some(Role::Entscheidung)
            ),
        ]
    );
}

#[test]
fn beratungsfolge_as_sentences_without_a_label() {
    let m = meta(
        "Beschlussvorlage                               Drucksache 2023/0456\n\
         Dezernat III – Amt für Schule und Sport        Datum: 12.09.2023\n\
         \n\
         Gegenstand: Neubau der Dreifeldhalle am Schulzentrum\n\
         \n\
         Der Schulausschuss berät die Vorlage am 26. September 2023 vorberatend. Der Stadtrat\n\
         entscheidet am 10.10.2023.\n\
         \n\
         Beschlussvorschlag\n\
         Text\n",
    );
    assert_eq!(
        triples(&m),
        vec![
            (
                "Schulausschuss".into(),
                "2023-09-26".into(),
                Some(Role::Vorberatung)
            ),
            (
                "Stadtrat".into(),
                "2023-10-10".into(),
                Some(Role::Entscheidung)
            ),
        ]
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Neubau der Dreifeldhalle am Schulzentrum")
    );
}

#[test]
fn motion_by_a_group_has_no_department() {
    let m = meta(
        "Antrag\n\
         Antragsnummer: 2023/AN/0123\n\
         Absender: SPD-Fraktion im Rat der Stadt\n\
         Datum: 03.03.2023\n\
         \n\
         Betreff: Mehr Bänke in der Innenstadt\n\
         \n\
         Antragstext\n\
         Der Rat möge beschließen …\n",
    );
    assert_eq!(m.doc_type, Some(DocType::Antrag));
    assert_eq!(m.drucksache.as_deref(), Some("2023/AN/0123"));
    assert_eq!(m.department, None);
    assert_eq!(m.title.as_deref(), Some("Mehr Bänke in der Innenstadt"));
}
