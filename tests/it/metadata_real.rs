//! Metadata of real documents from other cities and producers (tests/fixtures/real/, sources in
//! its README), run through the real binary (`ratsdex extract --json`). Every expected value was
//! checked by hand against the printed document (see tools/audit/AUDIT.md).

use crate::support::{extract_json, repo};
use serde_json::Value;

/// The record `ratsdex extract --json` prints for one fixture.
fn extract(file: &str) -> Value {
    extract_json(&repo("tests/fixtures/real").join(file))
}

fn s<'a>(v: &'a Value, field: &str) -> Option<&'a str> {
    v.get(field).and_then(Value::as_str)
}

/// (committee, date, role) triples.
fn consultations(v: &Value) -> Vec<(String, String, String)> {
    v.get("consultations")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|c| {
                    let f = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                    (f("committee"), f("date"), f("role"))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn munich_ba_submission_with_blank_session_date() {
    let v = extract("muenchen_ris_6409901_ba16_zuschuss_beschlussvorlage.pdf");
    assert_eq!(s(&v, "drucksache"), Some("20-26 / V 02272"));
    assert_eq!(s(&v, "doc_type"), Some("Beschlussvorlage"));
    assert_eq!(s(&v, "date"), Some("2020-12-23"));
    assert_eq!(
        s(&v, "title"),
        Some(
            "Entscheidung über die Gewährung eines Zuschusses aus Budgetmitteln des \
             Bezirksausschusses 16 gemäß Vollmacht des Oberbürgermeisters vom 09.04.2018"
        )
    );
    assert_eq!(v.get("public").and_then(Value::as_bool), Some(true));
    assert_eq!(s(&v, "department"), Some("Direktorium HA II/BA"));
    // `Beschluss des Bezirksausschusses des 16. Stadtbezirkes vom` with the date left blank.
    assert_eq!(
        consultations(&v),
        vec![(
            "Bezirksausschuss des 16. Stadtbezirkes".to_string(),
            String::new(),
            "Entscheidung".to_string()
        )]
    );
}

#[test]
fn answer_letter_bold_subject_not_the_address_block() {
    let v = extract("muenchen_ris_6411697_rgu_antwort_anfrage_f00119.pdf");
    assert_eq!(
        s(&v, "title"),
        Some("Corona-bedingte Restriktionen in der Gastronomie")
    );
    assert_eq!(s(&v, "date"), Some("2020-12-23"));
    assert_eq!(s(&v, "drucksache"), Some("20-26 / F 00119"));
    assert_eq!(
        s(&v, "department"),
        Some("Referat für Gesundheit und Umwelt")
    );
}

#[test]
fn supplement_names_the_coming_session() {
    let v = extract("muenchen_ris_6446100_kommunalreferat_tischvorlage_v01203.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Ergänzungsvorlage"));
    assert_eq!(s(&v, "date"), Some("2021-01-26"));
    assert_eq!(s(&v, "drucksache"), Some("20-26 / V 01203"));
    // `Ergänzung zum Beschluss der Vollversammlung des Stadtrates vom 27.01.2021`.
    assert_eq!(
        consultations(&v),
        vec![(
            "Vollversammlung des Stadtrates".to_string(),
            "2021-01-27".to_string(),
            "Entscheidung".to_string()
        )]
    );
}

#[test]
fn subject_left_of_a_letterhead_column() {
    let v = extract("koeln_ris_382656_swk_antwort_frauenfoerderplaene_2012.pdf");
    assert_eq!(
        s(&v, "title"),
        Some(
            "Anfrage der Fraktionen von SPD und Bündnis 90/Die Grünen im Rat der Stadt Köln \
             betreffend Frauenförderpläne (FFP) in städtischen und stadtnahen Gesellschaften"
        )
    );
    assert_eq!(s(&v, "date"), Some("2012-10-10"));
}

#[test]
fn statement_title_with_a_colon_and_a_date_in_words() {
    let v = extract(
        "erlangen_sbr_antrag_Stellungnahme_Buchenbach_15_Apr_2025_Liste_moglicher_Einspar.pdf",
    );
    assert_eq!(
        s(&v, "title"),
        Some("Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen")
    );
    assert_eq!(s(&v, "date"), Some("2025-04-15"));
    assert!(consultations(&v).is_empty());
}

#[test]
fn bold_subject_under_the_salutation() {
    let v = extract(
        "erlangen_sbr_antrag_STBR_Buchenbach_Empfehlung_StUB_Trasse_Rudeltplatz_Mai_2021.pdf",
    );
    assert_eq!(
        s(&v, "title"),
        Some(
            "Erneute Stellungnahme des Stadtteilbeirates zur Streckenführung der StUB am \
             Rudeltplatz: Mai 2021"
        )
    );
    assert_eq!(s(&v, "date"), Some("2021-05-06"));
    assert_eq!(s(&v, "drucksache"), None);
}

#[test]
fn reference_to_an_earlier_decision_is_no_consultation() {
    let v = extract(
        "erlangen_sbr_antrag_Stadtteilbeirat_Stellungnahme_Zu_Antrag266_2019_Rudeltplatz.pdf",
    );
    assert!(consultations(&v).is_empty(), "{:?}", consultations(&v));
    let title = s(&v, "title").unwrap_or("");
    assert!(
        title.starts_with("Zum Beschluss des Stadtrates vom 23.04.2020 – Umgestaltung"),
        "{title}"
    );
}

#[test]
fn group_motion_with_number_and_responsible_unit() {
    let v = extract("erlangen_sbr_antrag_Anlage_2_Odenwaldallee.pdf");
    assert_eq!(s(&v, "drucksache"), Some("151/2020"));
    assert_eq!(s(&v, "doc_type"), Some("Antrag"));
    assert_eq!(s(&v, "date"), Some("2020-07-21"));
    assert_eq!(s(&v, "title"), Some("Odenwaldallee öffentliche Flächen"));
    // `Zust. Referat: VI/61`.
    assert_eq!(s(&v, "department"), Some("VI/61"));
}
