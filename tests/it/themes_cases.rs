//! Hard cases for the default theme rules, written as council documents of other cities would
//! phrase them (not taken from the sample corpus), and the theme commands of the binary.

use ratsdex::classify::{Context, Taxonomy, explain};
use ratsdex::pdf::TextLayer;
use ratsdex::record::Klimacheck;
use std::process::Command;

fn themes(text: &str, ctx: &Context<'_>) -> Vec<String> {
    let layer = TextLayer::from_layout_text(text);
    let (themes, _) = explain(&Taxonomy::embedded(), &layer, ctx);
    themes.into_iter().map(|t| t.id).collect()
}

#[test]
fn klimacheck_boilerplate_does_not_make_a_climate_document() {
    let text = "Sachverhalt\nDie Stadtverwaltung führt die E-Akte in allen Ämtern ein. Die \
                Digitalisierung der Vorgangsbearbeitung\nwird mit dem Dokumentenmanagementsystem \
                umgesetzt.\nKlimacheck\nHat das Vorhaben Auswirkungen auf den Klimaschutz und die \
                Klimafolgenanpassung?\nX neutral\nBegründung: Klimaschutz, Klimaschutz, \
                Klimaschutz wird nicht berührt.\n";
    let ctx = Context {
        title: Some("Einführung der E-Akte"),
        klimacheck: Some(Klimacheck::Neutral),
        ..Context::default()
    };
    let got = themes(text, &ctx);
    assert_eq!(
        got.first().map(String::as_str),
        Some("digitalisierung"),
        "{got:?}"
    );
    assert!(!got.contains(&"klima_umwelt".to_string()), "{got:?}");
}

#[test]
fn compounds_and_inflections_are_found() {
    let text = "Der eigenwirtschaftliche Ausbau des Glasfasernetzes bleibt hinter den Erwartungen.\n\
                Für die Gigabitversorgung der Gewerbegebiete werden Leerrohre verlegt.\n";
    let got = themes(
        text,
        &Context {
            title: Some("Sachstand Gigabitausbau"),
            ..Context::default()
        },
    );
    assert_eq!(
        got.first().map(String::as_str),
        Some("digitale_infrastruktur"),
        "{got:?}"
    );
}

#[test]
fn schulden_are_not_schools_and_committee_names_are_not_topics() {
    let text = "Die Schulden der Stadt steigen, die Verschuldung je Einwohner ebenfalls. Der \
                Haushaltsplan sieht Kredite und Zinsen vor.\nDer Schulausschuss wird informiert.\n";
    let ctx = Context {
        title: Some("Entwurf der Haushaltssatzung 2025"),
        committees: vec!["Haupt- und Finanzausschuss"],
        ..Context::default()
    };
    let got = themes(text, &ctx);
    assert_eq!(got, ["finanzen"]);
}

#[test]
fn a_mixed_committee_shares_its_hint() {
    let tax = Taxonomy::embedded();
    let layer = TextLayer::from_layout_text("Die Turnhalle der Grundschule wird saniert.\n");
    let ctx = Context {
        committees: vec!["Schul- und Sportausschuss"],
        ..Context::default()
    };
    let (_, ex) = explain(&tax, &layer, &ctx);
    let hint = |id: &str| {
        ex.themes
            .iter()
            .find(|t| t.id == id)
            .map_or(0.0, |t| t.hints)
    };
    assert!(hint("bildung") > 0.0 && hint("kultur_sport") > 0.0);
    assert!(
        hint("bildung") < 4.0,
        "shared, not full weight: {}",
        hint("bildung")
    );
}

#[test]
fn at_most_three_themes_best_first() {
    let text = "Schulen, Radwege, Glasfaser, Feuerwehr, Haushalt, Tourismus, Theater, Bebauungsplan, \
                Jugendhilfe, Klimaschutz, Personal, Smart City, E-Government.\n";
    let layer = TextLayer::from_layout_text(text);
    let (got, _) = explain(&Taxonomy::embedded(), &layer, &Context::default());
    assert!(!got.is_empty() && got.len() <= 3, "{got:?}");
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ratsdex"))
}

#[test]
fn themes_lists_the_thirteen_ids() {
    let out = bin().arg("themes").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 13, "{text}");
    assert!(text.contains("digitale_infrastruktur"));
}

#[test]
fn extract_explain_names_terms_and_skipped_sections() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = bin()
        .args(["extract", "--explain"])
        .arg(format!("{root}/corpus/dev01_wuppertal_vo-1254-21.pdf"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("* digitalisierung"), "{text}");
    assert!(text.contains("*digitalisierung*"), "{text}");
    assert!(text.contains("ohne Wertung: Klimacheck"), "{text}");
}

#[test]
fn eval_themes_and_train_on_a_small_label_file() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("tempdir");
    let labels = dir.path().join("labels.jsonl");
    let rows = [
        (
            "dev03_wuppertal_vo-0456-23.pdf",
            r#"["digitale_infrastruktur","finanzen"]"#,
        ),
        (
            "dev32_berlin-pankow_ds-0612-ix.pdf",
            r#"["digitale_infrastruktur"]"#,
        ),
        ("dev20_hamm_0977-2022.pdf", r#"["finanzen"]"#),
        (
            "dev24_gelsenkirchen_vergnuegungssteuer.pdf",
            r#"["finanzen","sicherheit_ordnung"]"#,
        ),
    ];
    let text: String = rows
        .iter()
        .map(|(f, t)| format!("{{\"file\": \"{f}\", \"themes\": {t}}}\n"))
        .collect();
    std::fs::write(&labels, text).expect("write labels");
    let corpus = format!("{root}/corpus");
    let out = bin()
        .args(["eval-themes", "--truth"])
        .arg(&labels)
        .args(["--corpus", &corpus])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("micro") && report.contains("primary"),
        "{report}"
    );

    let model = dir.path().join("model.json");
    let out = bin()
        .args(["train", "--labels"])
        .arg(&labels)
        .args(["--corpus", &corpus, "--output"])
        .arg(&model)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = bin()
        .args(["extract", "--json", "--model"])
        .arg(&model)
        .arg(format!("{corpus}/dev32_berlin-pankow_ds-0612-ix.pdf"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON record");
    assert_eq!(record["themes"][0], "digitale_infrastruktur", "{record}");
}

#[test]
fn school_digitisation_is_education_first_and_digitisation_too() {
    let text = "Sachverhalt\nMit Mitteln aus dem DigitalPakt Schule werden alle Grundschulen mit \
                interaktiven Displays\nausgestattet. Der Eigenanteil am DigitalPakt beträgt 10 \
                Prozent.\n";
    let ctx = Context {
        title: Some("Ausstattung der Grundschulen aus dem DigitalPakt Schule"),
        ..Context::default()
    };
    let got = themes(text, &ctx);
    assert_eq!(got.first().map(String::as_str), Some("bildung"), "{got:?}");
    assert!(got.contains(&"digitalisierung".to_string()), "{got:?}");
}

#[test]
fn a_positive_klimacheck_adds_the_climate_theme_on_its_own() {
    let text = "Sachverhalt\nDie Buslinie 12 wird im Stundentakt bis zum Gewerbegebiet verlängert, \
                neue Haltestellen\nentstehen am Bahnhof und am Rathausplatz.\n";
    let with = |klimacheck| Context {
        title: Some("Verlängerung der Buslinie 12"),
        klimacheck,
        ..Context::default()
    };
    let positive = themes(text, &with(Some(Klimacheck::Positive)));
    let neutral = themes(text, &with(Some(Klimacheck::Neutral)));
    assert_eq!(positive.first().map(String::as_str), Some("mobilitaet"));
    assert!(
        positive.contains(&"klima_umwelt".to_string()),
        "{positive:?}"
    );
    assert!(
        !neutral.contains(&"klima_umwelt".to_string()),
        "{neutral:?}"
    );
}

#[test]
fn fees_and_staffing_are_recognised() {
    let fees = themes(
        "Die Elternbeiträge für die Kindertagesbetreuung werden nach Einkommensstufen erhoben.\n\
         Die Beitragstabelle ist als Anlage beigefügt.\n",
        &Context {
            title: Some("Satzung über die Erhebung von Elternbeiträgen"),
            ..Context::default()
        },
    );
    assert!(fees.contains(&"finanzen".to_string()), "{fees:?}");
    let staffing = themes(
        "Die Stelle der Amtsleitung ist vakant. Die Neubesetzung erfolgt nach einem \
         öffentlichen\nAuswahlverfahren; das Bewerbungsverfahren beginnt im März.\n",
        &Context {
            title: Some("Neubesetzung der Leitung des Ordnungsamts"),
            ..Context::default()
        },
    );
    assert!(staffing.contains(&"verwaltung".to_string()), "{staffing:?}");
}

#[test]
fn personnel_costs_and_entwicklung_compounds_are_not_topics() {
    let text = "Für das Jugendzentrum werden Personalkosten von 180.000 Euro jährlich und \
                Personalaufwendungen\nfür die Hausmeisterei veranschlagt. Die Offene Kinder- \
                und Jugendarbeit nutzt die Räume.\n";
    let got = themes(
        text,
        &Context {
            title: Some("Betriebskonzept Jugendzentrum Süd"),
            ..Context::default()
        },
    );
    assert_eq!(got.first().map(String::as_str), Some("soziales"), "{got:?}");
    assert!(!got.contains(&"verwaltung".to_string()), "{got:?}");

    let got = themes(
        "Führungskräfte werden in einem Programm qualifiziert. Der Personalrat wurde \
         beteiligt.\n",
        &Context {
            title: Some("Personalentwicklungskonzept der Stadtverwaltung"),
            ..Context::default()
        },
    );
    assert_eq!(
        got.first().map(String::as_str),
        Some("verwaltung"),
        "{got:?}"
    );
    assert!(!got.contains(&"stadtentwicklung".to_string()), "{got:?}");
}

#[test]
fn a_music_school_is_culture_first_and_broadband_for_businesses_is_infrastructure_first() {
    let got = themes(
        "Die Entgelte für den Instrumentalunterricht der Musikschule steigen um 5 %.\n",
        &Context {
            title: Some("Musikschule – Entgeltordnung"),
            ..Context::default()
        },
    );
    assert_eq!(
        got.first().map(String::as_str),
        Some("kultur_sport"),
        "{got:?}"
    );

    let got = themes(
        "Die Unternehmen im Gewerbegebiet Nord erhalten Glasfaseranschlüsse. Die \
         Wirtschaftsförderung\nhat den Bedarf der Betriebe erhoben.\n",
        &Context {
            title: Some("Glasfaserausbau im Gewerbegebiet Nord"),
            ..Context::default()
        },
    );
    assert_eq!(
        got.first().map(String::as_str),
        Some("digitale_infrastruktur"),
        "{got:?}"
    );
    assert!(got.contains(&"wirtschaft".to_string()), "{got:?}");
}
