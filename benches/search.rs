//! Search latency benchmark (not a test): builds an index of synthetic German council
//! documents and reports p50/p99 of in-process searches.
//!
//!     cargo bench --bench search -- [--docs 20000] [--keep DIR] [--rounds 20]
//!
//! With `--keep DIR` the index stays in DIR (reused when it exists) so that
//! `scripts/bench_search.sh` can time CLI round trips against it.

use ratsdex::index::{BuiltWith, FileStamp, Index, IndexError, SearchRequest};
use ratsdex::pipeline::Pipeline;
use ratsdex::record::{Consultation, DocType, DocumentRecord, Drucksache, Klimacheck, Metadata};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const SUBJECTS: &[&str] = &[
    "Schule",
    "Grundschule",
    "Gesamtschule",
    "Kindertagesstätte",
    "Sporthalle",
    "Hallenbad",
    "Feuerwehr",
    "Feuerwache",
    "Radverkehr",
    "Radweg",
    "Fahrradstraße",
    "Busverkehr",
    "Straße",
    "Brücke",
    "Breitband",
    "Glasfaser",
    "Mobilfunk",
    "Rathaus",
    "Bürgerbüro",
    "Verwaltung",
    "Digitalisierung",
    "Klimaschutz",
    "Klimaanpassung",
    "Grünfläche",
    "Spielplatz",
    "Friedhof",
    "Haushalt",
    "Gebühren",
    "Abfall",
    "Abwasser",
    "Wohnungsbau",
    "Bebauungsplan",
    "Quartier",
    "Jugendzentrum",
    "Seniorenheim",
    "Integration",
    "Tourismus",
    "Einzelhandel",
    "Innenstadt",
    "Parkplatz",
    "Stellplatz",
    "Ladeinfrastruktur",
    "Photovoltaik",
    "Wärmenetz",
    "Bibliothek",
    "Museum",
    "Theater",
    "Radio",
    "Radius",
    "Stadtpark",
    "Marktplatz",
    "Bahnhof",
    "Kita",
];
const ACTIONS: &[&str] = &[
    "Sanierung",
    "Neubau",
    "Erweiterung",
    "Konzept",
    "Ausbau",
    "Förderung",
    "Fortschreibung",
    "Bericht",
    "Satzung",
    "Vergabe",
    "Planung",
    "Umgestaltung",
    "Beschaffung",
    "Prüfauftrag",
    "Sachstand",
    "Finanzierung",
    "Einführung",
    "Ausschreibung",
];
const PLACES: &[&str] = &[
    "Nord",
    "Süd",
    "Mitte",
    "Weststadt",
    "Oststadt",
    "Altstadt",
    "Hafen",
    "Bergviertel",
    "Talstraße",
    "Am Markt",
    "Lindenhof",
    "Eichenweg",
];
const FILLER: &[&str] = &[
    "Die Verwaltung",
    "Der Rat der Stadt",
    "Der Ausschuss",
    "Das Amt",
    "Die Bezirksvertretung",
    "Der Fachbereich",
    "Die Stadtwerke",
    "Das Land",
];
const VERBS: &[&str] = &[
    "beschließt",
    "nimmt zur Kenntnis",
    "beauftragt",
    "empfiehlt",
    "prüft",
    "berichtet über",
    "stellt bereit",
    "plant",
    "fördert",
    "bewertet",
];
const OBJECTS: &[&str] = &[
    "die Kosten in Höhe von 250.000 Euro",
    "den Zeitplan für das Jahr 2024",
    "die Ergebnisse der Bürgerbeteiligung",
    "die Mittel aus dem Förderprogramm",
    "den Bedarf an zusätzlichen Stellen",
    "die Auswirkungen auf den Klimaschutz",
    "die Beteiligung der Öffentlichkeit",
    "die Vorlage der Verwaltung",
    "das Gutachten",
    "die Umsetzung der Maßnahme",
    "die Haushaltsmittel im Teilplan",
];
const THEMES: &[&str] = &[
    "digitalisierung",
    "bildung",
    "klima_umwelt",
    "mobilitaet",
    "stadtentwicklung",
    "soziales",
    "finanzen",
    "verwaltung",
    "wirtschaft",
    "kultur_sport",
    "sicherheit_ordnung",
];
const COMMITTEES: &[&str] = &[
    "Rat der Stadt",
    "Haupt- und Finanzausschuss",
    "Schulausschuss",
    "Ausschuss für Verkehr",
    "Ausschuss für Klima und Umwelt",
    "Jugendhilfeausschuss",
    "Kulturausschuss",
];
const QUERIES: &[&str] = &[
    "Schule",
    "Breitband",
    "Radverkehr",
    "Rad",
    "Klimaschutz",
    "Digitalisierung der Verwaltung",
    "\"Förderung der Sporthalle\"",
    "VO/1254/21",
    "1254/21",
    "VO/12*",
    "digitalis*",
    "Schule AND Sanierung NOT Neubau",
    "Feuerwher",
    "Haushalt 2024",
    "title:Hallenbad",
    "Sporthallen",
    "Grundschulen Erweiterung",
];

/// A small deterministic random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        let i = (self.next() % xs.len() as u64) as usize;
        xs.get(i).copied().unwrap_or("")
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn document(rng: &mut Rng, n: usize) -> (DocumentRecord, String) {
    let subject = rng.pick(SUBJECTS);
    let action = rng.pick(ACTIONS);
    let title = format!("{action} {subject} {}", rng.pick(PLACES));
    let mut text = format!("{title}\n\nSachverhalt\n");
    let sentences = 20 + rng.below(40);
    for _ in 0..sentences {
        let s = if rng.below(3) == 0 {
            subject
        } else {
            rng.pick(SUBJECTS)
        };
        text.push_str(&format!(
            "{} {} {} zur {} {} im Bereich {}. ",
            rng.pick(FILLER),
            rng.pick(VERBS),
            rng.pick(OBJECTS),
            rng.pick(ACTIONS),
            s,
            rng.pick(PLACES)
        ));
        if rng.below(8) == 0 {
            text.push('\n');
        }
    }
    let year = 2019 + rng.below(6);
    let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let record = DocumentRecord {
        path: format!("synthetic/{n:06}.pdf"),
        meta: Metadata {
            drucksache: Drucksache::parse(&format!("VO/{}/{}", 1000 + n % 9000, year % 100)),
            doc_type: Some(DocType::ALL[n % DocType::ALL.len()]),
            date: date.parse().ok(),
            title: Some(title),
            public: Some(!n.is_multiple_of(5)),
            department: Some(format!("Amt {}", 10 + n % 60)),
            consultations: vec![Consultation {
                committee: rng.pick(COMMITTEES).to_string(),
                date: None,
                role: None,
            }],
            klimacheck: match n % 4 {
                0 => None,
                1 => Some(Klimacheck::Neutral),
                2 => Some(Klimacheck::Positive),
                _ => Some(Klimacheck::Negative),
            },
            ..Metadata::default()
        },
        themes: vec![rng.pick(THEMES).to_string()],
        pages: 1 + (n % 9),
        ..DocumentRecord::default()
    };
    (record, text)
}

fn build(dir: &std::path::Path, docs: usize) -> Result<Duration, Box<dyn std::error::Error>> {
    let start = Instant::now();
    let mut index = Index::open_or_create(dir)?;
    // as `ingest` does: the manifest says the built-in rules classified the documents
    index.set_built_with(BuiltWith::of(&Pipeline::default()))?;
    let mut writer = index.writer(256 << 20)?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for n in 0..docs {
        let (record, text) = document(&mut rng, n);
        let stamp = FileStamp {
            size: text.len() as u64,
            mtime_ns: 0,
            hash: format!("{n:x}"),
            pipeline_version: 1,
            rules: String::new(),
        };
        writer.upsert(&record, &text, &stamp)?;
        if (n + 1).is_multiple_of(2000) {
            writer.commit()?;
        }
    }
    writer.commit()?;
    Ok(start.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut docs = 20_000usize;
    let mut rounds = 20usize;
    let mut keep: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--docs" => docs = args.next().and_then(|v| v.parse().ok()).unwrap_or(docs),
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(rounds),
            "--keep" => keep = args.next().map(PathBuf::from),
            _ => {} // `cargo bench` passes --bench
        }
    }
    let tmp = tempfile::tempdir()?;
    let dir = keep.unwrap_or_else(|| tmp.path().join("index"));
    // an index this ratsdex can read is reused; one of another schema version is rebuilt
    match Index::open(&dir) {
        Ok(index) if index.num_docs() > 0 => eprintln!("reusing index in {}", dir.display()),
        Ok(_) | Err(IndexError::Missing(_)) => {
            let took = build(&dir, docs)?;
            eprintln!("indexed {docs} documents in {:.1} s", took.as_secs_f64());
        }
        Err(e @ IndexError::Version { .. }) => {
            // `open_or_create` (in `build`) empties an index of another schema version
            eprintln!("{e}: rebuilding");
            let took = build(&dir, docs)?;
            eprintln!("indexed {docs} documents in {:.1} s", took.as_secs_f64());
        }
        Err(e) => return Err(e.into()),
    }
    let index = Index::open(&dir)?;
    let mut all = Vec::new();
    println!(
        "{:<36} {:>8} {:>9} {:>9}",
        "query", "total", "p50 ms", "p99 ms"
    );
    for q in QUERIES {
        let req = SearchRequest {
            query: q.to_string(),
            limit: 10,
            ..SearchRequest::default()
        };
        let mut times = Vec::with_capacity(rounds);
        let mut total = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            total = index.search(&req)?.total;
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "{:<36} {:>8} {:>9.2} {:>9.2}",
            q,
            total,
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3
        );
        all.extend(times);
    }
    all.sort();
    println!(
        "ALL {} searches: p50 {:.2} ms, p99 {:.2} ms",
        all.len(),
        percentile(&all, 0.5).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3
    );
    Ok(())
}
