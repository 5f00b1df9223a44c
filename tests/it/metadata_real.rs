//! Metadata in the layouts of real documents from other cities and producers, run through the
//! real binary (`ratsdex extract --json`).
//!
//! Two kinds of input:
//! - look-alikes (`tests/fixtures/lookalike/`, `corpus/own11…`): invented text in the layouts of
//!   real documents, made by real producers with `tools/corpus/make_lookalike.py`; always run;
//! - the real documents themselves in `../shared/corpus-real` (not ours to redistribute), found
//!   beside the repository; their expected values are hand-checked facts (tools/audit/AUDIT.md).
//!   Without that folder these tests print a visible `skipped: …` line and check nothing.

use crate::support::{extract_json, repo, shared};
use serde_json::Value;

/// A look-alike fixture (`tests/fixtures/lookalike/`) or corpus file (`corpus/`).
fn lookalike(file: &str) -> Value {
    let dir = if file.starts_with("own") {
        repo("corpus")
    } else {
        repo("tests/fixtures/lookalike")
    };
    extract_json(&dir.join(file))
}

/// A real document of `../shared/corpus-real`, or None (with a visible `skipped:` line) when the
/// folder is not there.
fn real(file: &str) -> Option<Value> {
    shared(&format!("corpus-real/{file}"), file).map(|path| extract_json(&path))
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

fn one(committee: &str, date: &str, role: &str) -> Vec<(String, String, String)> {
    vec![(committee.to_string(), date.to_string(), role.to_string())]
}

// ---------------------------------------------------------------- layouts (look-alikes)

#[test]
fn grant_form_with_blank_session_date() {
    let v = lookalike("la01_auenburg_foerderung-ohne-sitzungsdatum.pdf");
    assert_eq!(s(&v, "drucksache"), Some("20-26 / V 05902"));
    assert_eq!(s(&v, "doc_type"), Some("Beschlussvorlage"));
    assert_eq!(s(&v, "date"), Some("2022-03-22"));
    assert_eq!(
        s(&v, "title"),
        Some(
            "Bewilligung einer Förderung aus dem Stadtteilbudget des Bezirksbeirats 11 nach \
             Ermächtigung der Oberbürgermeisterin vom 14.03.2019"
        )
    );
    assert_eq!(v.get("public").and_then(Value::as_bool), Some(true));
    assert_eq!(s(&v, "department"), Some("Stadtkanzlei HA IV/BB"));
    // `Beschluss des Bezirksbeirats des 11. Stadtbezirks vom` with the date left blank.
    assert_eq!(
        consultations(&v),
        one("Bezirksbeirat des 11. Stadtbezirks", "", "Entscheidung")
    );
    // The ✘ boxes are grant checkboxes, not a Klimacheck.
    assert_eq!(v.get("klimacheck"), Some(&Value::Null));
}

#[test]
fn answer_letter_bold_subject_not_the_address_block() {
    let v = lookalike("la02_auenburg_antwort-schriftliche-anfrage.pdf");
    assert_eq!(s(&v, "title"), Some("Lärmschutz an der Westtangente"));
    assert_eq!(s(&v, "date"), Some("2022-05-12"));
    // `Anfrage Nr. 20-26 / F 00731` is the number of the Anfrage it answers, not its own.
    assert_eq!(s(&v, "drucksache"), None);
    assert_eq!(s(&v, "answers"), Some("20-26 / F 00731"));
    assert_eq!(
        s(&v, "department"),
        Some("Referat für Umwelt und Verbraucherschutz")
    );
}

#[test]
fn supplement_names_the_coming_session() {
    let v = lookalike("own11_auenburg_v-02975-tischvorlage.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Ergänzungsvorlage"));
    // `Tischvorlage` / `Ergänzung vom` / `08.11.2022` in a framed box at the right margin.
    assert_eq!(s(&v, "date"), Some("2022-11-08"));
    assert_eq!(s(&v, "drucksache"), Some("20-26 / V 02975"));
    // `Ergänzung zum Beschluss der Vollversammlung des Stadtrats vom 09.11.2022`.
    assert_eq!(
        consultations(&v),
        one(
            "Vollversammlung des Stadtrats",
            "2022-11-09",
            "Entscheidung"
        )
    );
}

#[test]
fn subject_left_of_a_letterhead_column() {
    // A scan with an OCR text layer: page image plus invisible text.
    let v = lookalike("la03_rheinfeld_stadtwerke-antwortschreiben.pdf");
    assert_eq!(
        s(&v, "title"),
        Some(
            "Anfrage der Fraktionen von FWG und Die Linke im Rat der Stadt Rheinfeld betreffend \
             Ausbildungsplätze und Übernahmequoten in den städtischen Beteiligungsgesellschaften"
        )
    );
    assert_eq!(s(&v, "date"), Some("2013-04-22"));
}

#[test]
fn statement_title_with_a_colon_and_a_date_in_words() {
    let v = lookalike("la04_lindenbach_stellungnahme-haushalt.pdf");
    assert_eq!(
        s(&v, "title"),
        Some("Stellungnahme zum Haushaltssicherungskonzept: Vorschläge zur Ausgabensenkung")
    );
    assert_eq!(s(&v, "date"), Some("2024-03-08"));
    assert!(consultations(&v).is_empty());
}

#[test]
fn bold_subject_under_the_salutation() {
    let v = lookalike("la05_lindenbach_stellungnahme-betreff-unter-anrede.pdf");
    assert_eq!(
        s(&v, "title"),
        Some(
            "Zweite Stellungnahme des Stadtteilbeirates zur Radschnellverbindung durch Hirschau: \
             September 2022"
        )
    );
    assert_eq!(s(&v, "date"), Some("2022-09-19"));
    assert_eq!(s(&v, "drucksache"), None);
}

#[test]
fn reference_to_an_earlier_decision_is_no_consultation() {
    let v = lookalike("la06_lindenbach_stellungnahme-zum-beschluss.pdf");
    assert!(consultations(&v).is_empty(), "{:?}", consultations(&v));
    let title = s(&v, "title").unwrap_or("");
    assert!(
        title.starts_with("Zum Beschluss des Stadtrates vom 16.06.2021 – Spielplatz"),
        "{title}"
    );
}

#[test]
fn group_motion_with_number_and_responsible_unit() {
    let v = lookalike("la07_lindenbach_gruppenantrag-eingangsbox.pdf");
    assert_eq!(s(&v, "drucksache"), Some("087/2021"));
    assert_eq!(s(&v, "doc_type"), Some("Antrag"));
    assert_eq!(s(&v, "date"), Some("2021-05-11"));
    assert_eq!(s(&v, "title"), Some("Trinkbrunnen in der Innenstadt"));
    // Filed by a Fraktion (the sender line above the address): its originator. The receipt
    // box's `Zust. Referat: IV/52` is the addressee's unit, not the paper's department.
    assert_eq!(s(&v, "originator"), Some("Fraktion Lindenbacher Liste"));
    assert_eq!(s(&v, "department"), None);
}

#[test]
fn beirat_opinions_are_stellungnahmen_with_their_originator() {
    // printed type, sender in the letterhead
    let v = lookalike("la04_lindenbach_stellungnahme-haushalt.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Stellungnahme"));
    assert_eq!(s(&v, "originator"), Some("Stadtteilbeirat Hirschau"));
    assert_eq!(s(&v, "department"), None);
    // `Zweite Stellungnahme des Stadtteilbeirates zur …` under the salutation
    let v = lookalike("la05_lindenbach_stellungnahme-betreff-unter-anrede.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Stellungnahme"));
    assert_eq!(s(&v, "originator"), Some("Stadtteilbeirat Hirschau"));
    // `Antrag des Stadtteilbeirates Hirschau Nr. 118/2020` names the paper it comments on, not
    // `Antrag`; the body's `nimmt hierzu wie folgt Stellung` names the type
    let v = lookalike("la06_lindenbach_stellungnahme-zum-beschluss.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Stellungnahme"));
    assert_eq!(s(&v, "originator"), Some("Stadtteilbeirat Hirschau"));
}

#[test]
fn answer_letter_is_an_antwort() {
    let v = lookalike("la02_auenburg_antwort-schriftliche-anfrage.pdf");
    assert_eq!(s(&v, "doc_type"), Some("Antwort"));
    assert_eq!(v.get("originator"), Some(&Value::Null));
}

// ---------------------------------------------------------------- the real documents

#[test]
fn real_munich_ba_submission_with_blank_session_date() {
    let Some(v) = real("muenchen_ris_6409901_ba16_zuschuss_beschlussvorlage.pdf") else {
        return;
    };
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
    assert_eq!(
        consultations(&v),
        one("Bezirksausschuss des 16. Stadtbezirkes", "", "Entscheidung")
    );
}

#[test]
fn real_answer_letter_bold_subject_not_the_address_block() {
    let Some(v) = real("muenchen_ris_6411697_rgu_antwort_anfrage_f00119.pdf") else {
        return;
    };
    assert_eq!(
        s(&v, "title"),
        Some("Corona-bedingte Restriktionen in der Gastronomie")
    );
    assert_eq!(s(&v, "date"), Some("2020-12-23"));
    // The number of the Anfrage it answers, not its own (LABELING.md).
    assert_eq!(s(&v, "drucksache"), None);
    assert_eq!(s(&v, "answers"), Some("20-26 / F 00119"));
    assert_eq!(
        s(&v, "department"),
        Some("Referat für Gesundheit und Umwelt")
    );
}

#[test]
fn real_supplement_names_the_coming_session() {
    let Some(v) = real("muenchen_ris_6446100_kommunalreferat_tischvorlage_v01203.pdf") else {
        return;
    };
    assert_eq!(s(&v, "doc_type"), Some("Ergänzungsvorlage"));
    assert_eq!(s(&v, "date"), Some("2021-01-26"));
    assert_eq!(s(&v, "drucksache"), Some("20-26 / V 01203"));
    assert_eq!(
        consultations(&v),
        one(
            "Vollversammlung des Stadtrates",
            "2021-01-27",
            "Entscheidung"
        )
    );
}

#[test]
fn real_subject_left_of_a_letterhead_column() {
    let Some(v) = real("koeln_ris_382656_swk_antwort_frauenfoerderplaene_2012.pdf") else {
        return;
    };
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
fn real_statement_title_with_a_colon_and_a_date_in_words() {
    let Some(v) = real(
        "erlangen_sbr_antrag_Stellungnahme_Buchenbach_15_Apr_2025_Liste_moglicher_Einspar.pdf",
    ) else {
        return;
    };
    assert_eq!(
        s(&v, "title"),
        Some("Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen")
    );
    assert_eq!(s(&v, "date"), Some("2025-04-15"));
    assert!(consultations(&v).is_empty());
}

#[test]
fn real_bold_subject_under_the_salutation() {
    let Some(v) =
        real("erlangen_sbr_antrag_STBR_Buchenbach_Empfehlung_StUB_Trasse_Rudeltplatz_Mai_2021.pdf")
    else {
        return;
    };
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
fn real_reference_to_an_earlier_decision_is_no_consultation() {
    let Some(v) =
        real("erlangen_sbr_antrag_Stadtteilbeirat_Stellungnahme_Zu_Antrag266_2019_Rudeltplatz.pdf")
    else {
        return;
    };
    assert!(consultations(&v).is_empty(), "{:?}", consultations(&v));
    let title = s(&v, "title").unwrap_or("");
    assert!(
        title.starts_with("Zum Beschluss des Stadtrates vom 23.04.2020 – Umgestaltung"),
        "{title}"
    );
}

#[test]
fn real_group_motion_with_number_and_its_fraktion() {
    let Some(v) = real("erlangen_sbr_antrag_Anlage_2_Odenwaldallee.pdf") else {
        return;
    };
    assert_eq!(s(&v, "drucksache"), Some("151/2020"));
    assert_eq!(s(&v, "doc_type"), Some("Antrag"));
    assert_eq!(s(&v, "date"), Some("2020-07-21"));
    assert_eq!(s(&v, "title"), Some("Odenwaldallee öffentliche Flächen"));
    // Filed by Fraktionen: `Zust. Referat: VI/61` is the addressee's unit, not a department.
    // The sender line names the first of the three Fraktionen (the truth row lists all three;
    // the others appear only in their chairs' signature roles).
    assert_eq!(s(&v, "department"), None);
    assert_eq!(s(&v, "originator"), Some("CSU-Stadtratsfraktion Erlangen"));
}

/// Statutes as published (Satzungen, Verordnungen, Richtlinien of Linsengericht, Erlangen and
/// Baden-Württemberg): no paper type, the heading at the top of page 1 is the title, without the
/// date of issue; a heading cut off by the line limit or a page that opens with the preamble has
/// none. Titles checked by hand against the PDFs.
#[test]
fn real_statutes_are_titled_by_their_heading() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "linsengericht_strassenreinigungssatzung_inkl_1aenderung.pdf",
            Some("Satzung über die Straßenreinigung (Straßenreinigungssatzung – StrRS)"),
        ),
        (
            "linsengericht_verwaltungskostensatzung.pdf",
            Some(
                "Satzung über das Erheben von Verwaltungskosten der Gemeinde Linsengericht \
                 (Verwaltungskostensatzung)",
            ),
        ),
        (
            "linsengericht_20251217_abfallsatzung_aenderung1_website.pdf",
            Some("1. Satzung zur Änderung der Abfallsatzung der Gemeinde Linsengericht"),
        ),
        (
            "linsengericht_richtlinien_vereinsfoerderung_2022_07_04.pdf",
            Some("Richtlinie der Gemeinde Linsengericht zur Unterstützung der Vereine"),
        ),
        (
            "erlangen_ortsbeiraete_140_00_satzung_2026.pdf",
            Some("Satzung der Stadt Erlangen über Orts- und Stadtteilbeiräte"),
        ),
        (
            "bw_ersthelfv.pdf",
            Some(
                "Verordnung des Innenministeriums über die Mitwirkung von Helfer-vor-Ort-Systemen \
                 in Ergänzung zur Notfallrettung (Ersthelferverordnung - VOHvO)",
            ),
        ),
        (
            "bw_zfeuvwv.pdf",
            Some(
                "Verwaltungsvorschrift des Innenministeriums über Zuwendungen für das Feuerwehrwesen (ZFeuVwV)",
            ),
        ),
        ("bw_berqanerkv.pdf", None),
        // A notice under a letterhead: the rules find no title; since the title fallback's retrain
        // of 2026-12-07 (meta34, cut 0.85) the learned fallback takes its centred heading (p 0.89),
        // checked by hand against the PDF on 2026-12-07 — before, the test wanted none.
        (
            "linsengericht_kita_belehrung_infektionsschutzgesetz.pdf",
            Some(
                "Belehrung für Eltern und sonstige Sorgeberechtigte gem. §34 Abs. 5 S. 2 \
                 Infektionsschutzgesetz (IfSG)",
            ),
        ),
    ];
    for (file, want) in cases {
        let Some(v) = real(file) else {
            return;
        };
        assert_eq!(s(&v, "title"), *want, "{file}");
        assert_eq!(s(&v, "doc_type"), None, "{file}");
    }
}

/// Floors on the 73 hand-labelled real papers of `tools/audit/real/truth.jsonl` (the real PDFs
/// of `../shared/corpus-real`; skipped visibly without them). Measured 2026-12-06 after issue 13's
/// paper-type rules: drucksache 1.000, doc_type 0.973, date 0.973, title 0.986, public 0.973,
/// department 0.973, consultations 0.986, klimacheck 1.000, metadata_mean 0.985, originator
/// 0.973. Themes (the same run's `eval` figures; until 2026-12-07 their floors here were zero):
/// 2026-12-07 20:45, PIPELINE_VERSION 29 — precision 0.781, recall 0.735, F1 0.758, primary 0.712
/// (themes20's generic-words rule and agenda sub-items, primary3's agenda gate; tuned with these
/// labels in view) — floors rounded down.
#[test]
fn real_labelled_papers_stay_at_their_floors() {
    let Some(dir) = shared("corpus-real", "real_labelled_papers_stay_at_their_floors") else {
        return;
    };
    let floors: &[(&str, f64)] = &[
        ("drucksache", 1.0),
        ("doc_type", 0.97),
        ("date", 0.97),
        ("title", 0.98),
        ("public", 0.97),
        ("department", 0.97),
        ("consultations", 0.98),
        ("klimacheck", 1.0),
        ("pages", 1.0),
        ("metadata_mean", 0.98),
        ("originator", 0.97),
        ("themes_precision", 0.78),
        ("themes_recall", 0.73),
        ("themes_f1", 0.75),
        ("themes_primary", 0.71),
    ];
    let scores = crate::support::eval_gate(
        "real labels",
        &[
            std::ffi::OsStr::new("--truth"),
            repo("tools/audit/real/truth.jsonl").as_os_str(),
            "--corpus".as_ref(),
            dir.as_os_str(),
        ],
        floors,
    );
    assert_eq!(scores["documents"], 73, "{scores}");
}
