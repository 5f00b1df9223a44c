//! A city's label variant is an edit of a vocabulary file: `--config FILE` extends the built-in
//! lists, and the new label is then understood.

use ratsdex::extract::extract_metadata;
use ratsdex::pdf::TextLayer;
use ratsdex::record::DocType;
use ratsdex::vocab::Vocabulary;

const DOC: &str = "Gemeinde Beispieltal                          Ratsvorlage-Kennung: RV-2024-017\n\
                   Der Bürgermeister                             Datum: 04.03.2024\n\
                   Ratsbeschlussentwurf\n\
                   Betreff: Neubau des Feuerwehrgerätehauses\n\
                   Sachverhalt\n\
                   Text.\n";

#[test]
fn unknown_label_and_type_are_not_guessed() {
    let layer = TextLayer::from_layout_text(DOC);
    let m = extract_metadata(&layer, &Vocabulary::embedded());
    assert_eq!(m.drucksache, None);
    assert_eq!(m.doc_type, None);
    assert_eq!(m.title.as_deref(), Some("Neubau des Feuerwehrgerätehauses"));
}

#[test]
fn a_config_file_adds_the_city_variant() {
    let extra = "[labels]\ndrucksache = [\"Ratsvorlage-Kennung\"]\n\
                 [doc_types]\nBeschlussvorlage = [\"Ratsbeschlussentwurf\"]\n";
    let vocab = Vocabulary::embedded()
        .extended_with(extra)
        .expect("valid config");
    let layer = TextLayer::from_layout_text(DOC);
    let m = extract_metadata(&layer, &vocab);
    assert_eq!(m.drucksache.as_deref(), Some("RV-2024-017"));
    assert_eq!(m.doc_type, Some(DocType::Beschlussvorlage));
    assert_eq!(m.doc_type_printed.as_deref(), Some("Ratsbeschlussentwurf"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-03-04"));
}
