//! Theme rules on labelled council texts of other cities (`tests/fixtures/themes/`), scored like
//! `evaluate.py` (micro precision/recall/F1 over labels, primary = first label).
//!
//! `heldout25.jsonl` and `heldout26.jsonl` are **held out** (their misses are not printed); every
//! other set here is a tuning set, openly: `heldout16.jsonl` was handed over on 2026-12-07 at
//! 10:45, `heldout17.jsonl` and `heldout18.jsonl` at 13:30, `heldout19.jsonl` and
//! `heldout20.jsonl` at 16:15, `heldout21.jsonl` and `heldout22.jsonl` at 19:10,
//! `heldout23.jsonl` and `heldout24.jsonl` at 21:58 (the learned primary chooser may train on
//! them); each set's first contact stays on record below.
//!
//! - `heldout15.jsonl` — 165 texts of 142 councils in 13 Länder and the Bremen and Hamburg
//!   districts (56 % Beschlussvorlagen, 62–502 words, median 157), written and labelled by a
//!   helper who never ran ratsdex nor read the rules (1.22 themes per text: a further theme only
//!   for a second decision point), committed (2839685) before any rule ran on them; first contact
//!   (rules of issue 17's twelfth step, scored once by the lead 2026-12-07 06:50): P 0.652, R
//!   0.915, F1 0.762, primary 0.879, 1.22 labelled / 1.71 assigned per text (the floors).
//! - `heldout14.jsonl` — 166 texts of 163 councils in 13 Länder and the Bremen and Hamburg
//!   districts (54 % Beschlussvorlagen, 61–543 words, median 98), written and labelled by a
//!   helper who never ran ratsdex nor read the rules (1.47 themes per text), committed (8be4a87)
//!   before any rule ran on them; first contact (rules of issue 17's eleventh step, scored once
//!   by the lead 2026-12-07 04:06): P 0.682, R 0.828, F1 0.748, primary 0.723, 1.47 labelled /
//!   1.78 assigned per text. **Tuned on since 2026-12-07 05:20** (issue 17's twelfth step,
//!   themes13), openly, so its misses are printed. After that step: P 0.704, R 0.877, F1 0.781,
//!   primary 0.777, 1.83 assigned per text (the floors).
//! - `heldout13.jsonl` — 179 texts of 179 councils in 13 Länder (80 % Beschlussvorlagen, 90–443
//!   words, median 126), written and labelled by a helper who never ran ratsdex nor read the
//!   rules (1.54 themes per text), committed (804bd4c) before any rule ran on them. First
//!   contact (rules of ebb3708, issue 17 after its tenth step; scored once by the lead
//!   2026-12-07 01:20): P 0.715, R 0.876, F1 0.788, primary 0.771, 1.54 labelled / 1.88
//!   assigned per text (the session-start rules of e2df97c, 00:10: F1 0.784, primary 0.777).
//!   Handed to issue 17's eleventh step (themes12) as a tuning set, openly: its primary misses
//!   (41) and false secondary themes were read and sorted by kind, its misses are printed.
//!   After that step: P 0.733, R 0.887, F1 0.803, primary 0.810, 1.86 assigned per text (the
//!   floors).
//!
//! - `heldout12.jsonl` — 156 texts of 155 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (1.59 themes per text), committed (e3d6969) before any rule
//!   ran on them. First contact (rules of a78e9e9, issue 17 after its ninth step; scored once by
//!   the lead 2026-12-06 22:24): P 0.776, R 0.923, F1 0.843, primary 0.833, 1.59 labelled / 1.89
//!   assigned per text (main's rules before the ninth step gave the same figures). Handed to
//!   issue 17's tenth step (themes11) as a tuning set, openly: its misses were read (primary
//!   misses and false secondary themes), the gate's cross-validation lists it, its misses are
//!   printed. After that step: P 0.786, R 0.935, F1 0.855, primary 0.865, 1.89 assigned per
//!   text (the floors).
//!
//! - `heldout11.jsonl` — 149 texts of 146 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (1.70 themes per text), committed (f338f32) before any rule
//!   ran on them. First contact (rules of 50fd846, issue 17 after its eighth step, which changed
//!   no rule; scored once by the lead 2026-12-06 20:05): P 0.792, R 0.885, F1 0.836, primary
//!   0.832, 1.70 labelled / 1.90 assigned per text. Handed to issue 17's ninth step (themes10) as
//!   a tuning set, openly: its misses were read (primary misses above all), the gate's
//!   leave-one-set-out cross-validation trains on it, its misses are printed. After that step:
//!   P 0.801, R 0.905, F1 0.850, primary 0.872, 1.92 assigned per text (the floors).
//! - `heldout10.jsonl` — 126 texts of 121 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (heldout9's convention, 1.63 themes per text), committed
//!   (1d15137) before any rule ran on them. First contact (rules of 25949d7, issue 17's seventh
//!   step: the gate retrained with per-theme weights and a learned primary, scored once by the
//!   lead): P 0.707, R 0.893, F1 0.789, primary 0.849, 1.63 labelled / 2.06 assigned per text.
//!   Handed to issue 17's eighth step as a tuning set, openly (the gate's leave-one-set-out
//!   cross-validation trains on it); its floors stay at the first-contact figures and its misses
//!   are printed.
//! - `heldout9.jsonl` — 126 texts of 120 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (heldout7/8's convention, 1.63 themes per text), committed
//!   (0b9d13d) before any rule ran on them. First contact (rules of 8943b98, issue 17's sixth
//!   step with the learned gate, scored once by the lead): P 0.740, R 0.946, F1 0.831, primary
//!   0.833, 1.63 labelled / 2.08 assigned per text. Handed to issue 17's seventh step as a tuning
//!   set, openly; its floors start at the first-contact figures and its misses are printed.
//! - `heldout8.jsonl` — 122 texts of 115 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (heldout7's convention, 1.65 themes per text), committed
//!   (d98cf46) before any rule ran on them. First contact (rules of 5f13530, issue 17's fifth
//!   step, scored once by the lead): P 0.698, R 0.920, F1 0.794, primary 0.836. A tuning set since
//!   issue 17's sixth step (the learned secondary-theme gate was trained on it with the other
//!   sets), so its misses are printed: P 0.723, R 0.920, F1 0.810, primary 0.836.
//! - `heldout7.jsonl` — 128 texts of 122 councils, written and labelled by a helper who never
//!   ran ratsdex nor read the rules (1.59 themes per text: a secondary theme only for a decision
//!   point, a section, funding or a stated goal of its own), committed (431c098) before any rule
//!   ran on them. First contact (rules of 855bbac, issue 17's fourth step, scored once by the
//!   lead): P 0.729, R 0.936, F1 0.820, primary 0.883, themes per text 1.59 labelled / 2.05
//!   assigned. Tuned on since issue 17's fifth step (its primary misses and false secondary
//!   themes were read), so its misses are printed: P 0.761, R 0.951, F1 0.845, primary 0.930,
//!   1.99 assigned per text.
//! - `heldout6.jsonl` — 115 texts of 111 councils, labelled by a helper who never ran ratsdex
//!   nor read the rules, committed (e61051b) before any rule ran on them. First contact (rules
//!   of 44f7602, scored once by the lead): P 0.641, R 0.973, F1 0.773, primary 0.922, themes per
//!   text 1.28 labelled / 1.94 assigned. Issue 17's fourth step read its false secondary themes
//!   (with heldout5's and the others'), so it is a tuning set now, openly, and its misses are
//!   printed: P 0.678, R 0.973, F1 0.799, primary 0.922, 1.83 assigned per text.
//! - `heldout5.jsonl` — 121 texts of 119 councils, labelled by a helper who never ran ratsdex
//!   nor read the rules, committed (9a50924) before any rule ran on them. First contact (rules
//!   of 90577f4): P 0.644, R 0.962, F1 0.771, primary 0.909, themes per text 1.29 labelled /
//!   1.93 assigned. Issue 17's third step read its false secondary themes, so it is a tuning set
//!   now, openly; its floors started at the first-contact figures (0.64 / 0.96 / 0.77 / 0.90) and
//!   sit at today's (P 0.673, R 0.962, F1 0.792, primary 0.909); misses printed.
//! - `heldout3.jsonl` — 106 texts of 106 cities (every paper type incl. Antrag, Anfrage, Antwort,
//!   Mitteilung, Einladung, Niederschrift; long papers with passing mentions of costs and
//!   committees), written and labelled by the themes' descriptions and committed (a3ae7e4)
//!   before any rule ran on them. First contact: P 0.711, R 0.920, F1 0.802, primary 0.811,
//!   themes per text 1.42 labelled / 1.83 assigned (scored once more after issue 17's first
//!   step: F1 0.800, primary 0.811). Issue 17's second step tuned on it, openly (its false
//!   secondary themes in short texts, its primary misses), so it is a tuning set now and its
//!   misses are printed.
//! - `heldout2.jsonl` — 139 texts of 129 cities, held out until issue 17 (first contact F1 0.805,
//!   primary 0.892); its totals and false secondary themes were looked at to calibrate the
//!   passing-mention rules, so it is a tuning set now, openly.
//! - `tuning.jsonl` — the first 100 texts. They were held out once, but the rules were tuned on
//!   them (first contact: F1 0.809 on the first 82, 0.820 / primary 0.722 on the last 18), so
//!   they are a tuning set now; `--nocapture` prints every case that differs.
//!
//! Floors sit at the measured figures (rounded down); raise them when the rules improve, never
//! lower them to let a change pass. Measured 2026-12-06 (issue 17's second step: short papers,
//! Kitas, the title's head, places in titles, Beirat, Ausbildung): tuning P 0.957, R 0.830,
//! F1 0.889, primary 0.970; heldout2 P 0.795, R 0.910, F1 0.848, primary 0.921; heldout3 P 0.753,
//! R 0.933, F1 0.833, primary 0.896 (before it: tuning 0.930 / 0.830 / 0.877 / 0.960, heldout2 0.765 / 0.910 /
//! 0.831 / 0.892, heldout3 0.708 / 0.920 / 0.800 / 0.811). The same figures with the binary:
//! `ratsdex eval-themes --texts --truth tests/fixtures/themes/heldout3.jsonl`. Issue 17's third
//! step (`*bahnhof*` weak, `*erziehung*` no bildung term): tuning P 0.964, F1 0.892; heldout2
//! P 0.802, F1 0.852; heldout3 P 0.757, F1 0.836; recall and primary unchanged. Issue 17's
//! fourth step (a further theme named mostly in the running text outside the subject needs 0.2 ×
//! the best score, `running_relative`; a grant is filed by what it funds): heldout6 P 0.641 →
//! 0.678, F1 0.773 → 0.799; heldout5 P 0.647 → 0.673, F1 0.773 → 0.792; heldout3 P 0.761,
//! F1 0.838; heldout2 P 0.805, F1 0.854; tuning unchanged; no set lost a label. Issue 17's
//! fifth step (vocabulary; a compound's first part in the title counts half; a third theme the
//! title does not name needs 0.7 × the theme before it in a paper of 200–800 words that is no
//! agenda): heldout7 F1 0.820 → 0.845, primary 0.883 → 0.930; heldout6 F1 0.799 → 0.810,
//! primary 0.922 → 0.930; heldout5 F1 0.792 → 0.806, primary 0.909 → 0.917; heldout3 F1 0.838 →
//! 0.852; heldout2 F1 0.854 → 0.871, primary 0.921 → 0.928; tuning F1 0.892 → 0.899; no recall
//! below its floor. Issue 17's sixth step (a learned gate, `data/themes_gate.toml`, drops
//! secondary themes it finds unlikely; its cut is the highest that keeps every labelled set at
//! its floors): heldout8 P 0.698 → 0.723, F1 0.794 → 0.810; heldout7 P 0.761 → 0.773, F1 0.845
//! → 0.853; heldout6 P 0.694 → 0.711, F1 0.810 → 0.822; heldout5 P 0.694 → 0.701, F1 0.806 →
//! 0.811; heldout3 P 0.779 → 0.783, F1 0.852 → 0.855; tuning and heldout2 unchanged; no label
//! lost. Issue 17's seventh step (the gate retrained on 13 labelled sets — heldout9 and the
//! look-alike PDF sets holdout4/5/6 added — with per-theme weights of where a secondary theme's
//! points come from, and a learned primary re-ranker, `[gate.primary]`, that a grant paper does
//! not obey; every set kept at least at the rules' own figures in training): primary heldout9
//! 0.833 → 0.889, heldout8 0.836 → 0.852, heldout7 0.930 → 0.938, heldout3 0.896 → 0.906,
//! heldout2 0.928 → 0.935; precision heldout8 0.723 → 0.746, heldout6 0.711 → 0.737, heldout5
//! 0.701 → 0.714, heldout2 0.832 → 0.843; F1 heldout8 0.810 → 0.824, heldout6 0.822 → 0.839,
//! heldout5 0.811 → 0.820, heldout2 0.871 → 0.878, heldout9 0.831 unchanged; no label lost.
//! Issue 17's tenth step (heldout12 handed over: an agenda's head is its first item; a strong
//! title head goes first over a theme it yields to at 1.2 × its score; a further theme named only
//! in the title and the subject text needs 0.2 × the best score; vocabulary): primary heldout12
//! 0.833 → 0.865, heldout2 0.935 → 0.942, heldout3 0.906 → 0.915, heldout8 0.852 → 0.869,
//! heldout9 0.897 → 0.905, heldout10 0.849 → 0.857; F1 heldout12 0.843 → 0.855, heldout9 0.831
//! → 0.836, heldout7 0.855 → 0.858, heldout11 0.850 → 0.851; no label lost.
//! Issue 17's eleventh step (heldout13 handed over: a levy statute at the title's head is filed
//! by finanzen, `levy_titles`; a further finanzen named only by grant terms is dropped,
//! `funding_terms`; heritage and tourism vocabulary): primary heldout13 0.771 → 0.810,
//! heldout10 0.857 → 0.881, heldout9 0.905 → 0.921, heldout11 0.872 → 0.886, heldout8 0.869 →
//! 0.877; F1 heldout13 0.788 → 0.803, heldout10 0.791 → 0.797, heldout9 0.836 → 0.840; no label
//! lost on any set.
//! Issue 17's twelfth step (heldout14 handed over: amounts and a GmbH count like grant terms for
//! a further finanzen; a `Rechtliche Grundlagen` block is template text; Friedhof, Notfall,
//! Gleichstellung weak; vocabulary of water rescue, training grounds, geotopes, bathing water,
//! tailings piles, water supply, ferries, regional languages, traffic noise, cycle tourism;
//! `Gästebeiträge` a levy): heldout14 F1 0.748 → 0.781, primary 0.723 → 0.777; F1 heldout12
//! 0.857 → 0.863, heldout8 0.824 → 0.830, heldout10 0.797 → 0.803, heldout6 0.839 → 0.844,
//! heldout11 0.853 → 0.857, heldout13 0.803 → 0.806, heldout9 0.840 → 0.842; no label or primary
//! lost on any set.

use ratsdex::classify::Taxonomy;
use ratsdex::eval::themes::{Report, classify_text, labels};

/// One labelled text set with its floors.
struct Set {
    name: &'static str,
    data: &'static str,
    cases: usize,
    /// Floors: micro precision, recall, F1, and the share of right primary themes.
    floors: [(&'static str, f64); 4],
    /// Print the cases that differ (never for a held-out set).
    show_misses: bool,
}

/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.970→0.985 (0.9852; main 0.9710); f1 0.898→0.904 (0.9048; main 0.9024).
const TUNING: Set = Set {
    name: "tuning texts",
    data: include_str!("../fixtures/themes/tuning.jsonl"),
    cases: 100,
    floors: [
        ("themes_precision", 0.985),
        ("themes_recall", 0.836),
        ("themes_f1", 0.904),
        ("themes_primary", 0.970),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 11:05 on the relabelled texts (relabel2, the
/// issuers' convention, RELABEL2.md; rules unchanged, ef99b6d): precision 0.847→0.861 (0.8472
/// on the old labels, 0.8611 on the new); recall 0.915→0.873 (0.9150 on the old labels, 0.8732
/// on the new); f1 0.879→0.867 (0.8798 on the old labels, 0.8671 on the new).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.861→0.869 (0.8692; main 0.8618); f1 0.867→0.871 (0.8712; main 0.8698).
/// Floors raised by themes20 to its exact figures, rounded down (a further theme held up only by
/// generic words needs a hint or its own template block, `strong_min`): precision 0.869→0.873 (0.8732); f1 0.871→0.873 (0.8732).
const HELDOUT2: Set = Set {
    name: "held-out texts 2 (tuned on since issue 17)",
    data: include_str!("../fixtures/themes/heldout2.jsonl"),
    cases: 139,
    floors: [
        ("themes_precision", 0.873),
        ("themes_recall", 0.873),
        ("themes_f1", 0.873),
        ("themes_primary", 0.942),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 11:05 on the relabelled texts (relabel2, the
/// issuers' convention, RELABEL2.md; rules unchanged, ef99b6d): precision 0.744→0.802 (0.7448
/// on the old labels, 0.8021 on the new); recall 0.972→0.885 (0.9728 on the old labels, 0.8851
/// on the new); f1 0.843→0.841 (0.8437 on the old labels, 0.8415 on the new).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.802→0.806 (0.8063; main 0.8021); f1 0.841→0.843 (0.8438; main 0.8415).
const HELDOUT6: Set = Set {
    name: "held-out texts 6 (first contact F1 0.773, tuned on since issue 17's fourth step)",
    data: include_str!("../fixtures/themes/heldout6.jsonl"),
    cases: 115,
    floors: [
        ("themes_precision", 0.806),
        ("themes_recall", 0.885),
        ("themes_f1", 0.843),
        ("themes_primary", 0.930),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 11:05 on the relabelled texts (relabel2, the
/// issuers' convention, RELABEL2.md; rules unchanged, ef99b6d): precision 0.717→0.779 (0.7177
/// on the old labels, 0.7799 on the new); recall 0.961→0.867 (0.9615 on the old labels, 0.8670
/// on the new).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.779→0.783
/// (0.7837); f1 0.821→0.823 (0.8232).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.783→0.792 (0.7923; main 0.7810); f1 0.823→0.830 (0.8304; main 0.8241).
const HELDOUT5: Set = Set {
    name: "held-out texts 5 (first contact F1 0.771, tuned on since issue 17's third step)",
    data: include_str!("../fixtures/themes/heldout5.jsonl"),
    cases: 121,
    floors: [
        ("themes_precision", 0.792),
        ("themes_recall", 0.867),
        ("themes_f1", 0.830),
        ("themes_primary", 0.917),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 11:05 on the relabelled texts (relabel2, the
/// issuers' convention, RELABEL2.md; rules unchanged, ef99b6d): precision 0.787→0.849 (0.7877
/// on the old labels, 0.8492 on the new); recall 0.940→0.878 (0.9400 on the old labels, 0.8786
/// on the new); f1 0.857→0.863 (0.8571 on the old labels, 0.8636 on the new).
/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.849→0.836 (0.8492
/// → 0.8361); f1 0.863→0.859 (0.8636 → 0.8596); primary 0.915→0.905 (0.9151 → 0.9057).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.836→0.840
/// (0.8407); recall 0.878→0.884 (0.8844); f1 0.859→0.861 (0.8620).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.840→0.846 (0.8462; main 0.8370); f1 0.861→0.867 (0.8676; main 0.8627).
const HELDOUT3: Set = Set {
    name: "held-out texts 3 (tuned on since issue 17's second step)",
    data: include_str!("../fixtures/themes/heldout3.jsonl"),
    cases: 106,
    floors: [
        ("themes_precision", 0.846),
        ("themes_recall", 0.884),
        ("themes_f1", 0.867),
        ("themes_primary", 0.905),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 12:12 on the audited texts (klimaaudit
/// (KLIMAAUDIT.md: a positive Klimacheck adds klima_umwelt where its reasons argue a direct
/// climate effect, settled from corpus-dev); rules unchanged, ef99b6d): recall 0.920→0.907
/// (0.9204 before the audit, 0.9073 after); f1 0.829→0.826 (0.8296 before the audit, 0.8267
/// after).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.755→0.759
/// (0.7592).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.759→0.771 (0.7718; main 0.7602); f1 0.826→0.834 (0.8341; main 0.8293).
const HELDOUT8: Set = Set {
    name: "held-out texts 8 (first contact F1 0.794, tuned on since issue 17's sixth step)",
    data: include_str!("../fixtures/themes/heldout8.jsonl"),
    cases: 122,
    floors: [
        ("themes_precision", 0.771),
        ("themes_recall", 0.907),
        ("themes_f1", 0.834),
        ("themes_primary", 0.877),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 12:12 on the audited texts (klimaaudit
/// (KLIMAAUDIT.md: a positive Klimacheck adds klima_umwelt where its reasons argue a direct
/// climate effect, settled from corpus-dev); rules unchanged, ef99b6d): recall 0.950→0.932
/// (0.9510 before the audit, 0.9327 after); f1 0.860→0.852 (0.8603 before the audit, 0.8527
/// after).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.785→0.789
/// (0.7895); recall 0.932→0.937 (0.9375); f1 0.852→0.857 (0.8571).
const HELDOUT7: Set = Set {
    name: "held-out texts 7 (first contact F1 0.820, tuned on since issue 17's fifth step)",
    data: include_str!("../fixtures/themes/heldout7.jsonl"),
    cases: 128,
    floors: [
        ("themes_precision", 0.789),
        ("themes_recall", 0.937),
        ("themes_f1", 0.857),
        ("themes_primary", 0.937),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 12:18, rules of PIPELINE_VERSION 26 — the theme rules unchanged
/// since ef99b6d; scored once by the lead): P 0.8721, R 0.7214, F1 0.7896, primary 0.7792. 154
/// texts of 75 councils (median 183 words, 30 of 400–622), labelled by the issuers' convention
/// as the writer read corpus-dev (2.33 per text; see HELDOUT17.md). Written and labelled by a
/// helper who never ran ratsdex nor read the rules, committed (fec55ec) before any rule ran on
/// it. **Held out**: its misses are not printed.
/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.872→0.869 (0.8721
/// → 0.8696).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): recall 0.721→0.724
/// (0.7242); f1 0.789→0.790 (0.7903).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.869→0.878 (0.8787; main 0.8730); f1 0.790→0.807 (0.8072; main 0.8048).
const HELDOUT17: Set = Set {
    name: "held-out texts 17 (first contact F1 0.790, primary 0.779; tuned on since 2026-12-07 13:30)",
    data: include_str!("../fixtures/themes/heldout17.jsonl"),
    cases: 154,
    floors: [
        ("themes_precision", 0.878),
        ("themes_recall", 0.724),
        ("themes_f1", 0.807),
        ("themes_primary", 0.779),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 12:18, rules of PIPELINE_VERSION 26 — the theme rules unchanged
/// since ef99b6d; scored once by the lead): P 0.8475, R 0.7905, F1 0.8180, primary 0.7623. 122
/// texts of 35 councils (median 202 words, 27 above 400), labelled by the issuers' convention
/// as a second writer read corpus-dev (2.07 per text; see HELDOUT18.md). Written and labelled
/// by a helper who never ran ratsdex nor read the rules, committed (0fc49aa) before any rule
/// ran on it. Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's
/// learned primary chooser trains on it, themes17 tuned on it): a tuning set since, its misses
/// are printed.
/// Floors raised by themes19 to its exact figures, rounded down (third_weak_term: a third theme
/// held up by weak terms only needs three sentences; *holzbauweise* 2 → 1): precision 0.847→0.852 (0.8529); f1 0.817→0.826 (0.8269).
/// Floors raised by themes20 to its exact figures, rounded down (a further theme held up only by
/// generic words needs a hint or its own template block, `strong_min`): precision 0.852→0.856 (0.8565); f1 0.826→0.828 (0.8286).
const HELDOUT18: Set = Set {
    name: "held-out texts 18 (first contact F1 0.818, primary 0.762; tuned on since 2026-12-07 13:30)",
    data: include_str!("../fixtures/themes/heldout18.jsonl"),
    cases: 122,
    floors: [
        ("themes_precision", 0.856),
        ("themes_recall", 0.790),
        ("themes_f1", 0.828),
        ("themes_primary", 0.762),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 15:19, rules of PIPELINE_VERSION 27 — the theme rules of 9e3ba26
/// with the German Klimacheck words read in truth rows, and the learned primary chooser; scored
/// once by the lead): P 0.8167, R 0.8950, F1 0.8540, primary 0.9431. 123 texts of 68 councils
/// (median 206 words, 33 of 350–493), labelled by the issuers' convention as the writer read
/// corpus-dev (1.78 per text; see HELDOUT19.md). Written and labelled by a helper who never ran
/// ratsdex nor read the rules, committed (a4e31cd) before any rule ran on it. The session-start
/// rules (9e3ba26) on it at 14:08: P 0.8159, R 0.8904, F1 0.8515, primary 0.8862. **Held out**:
/// its misses are not printed.
/// Held out until 2026-12-07 16:15, when the lead handed it over openly (themes18, spike2):
/// a tuning set since, its misses are printed.
const HELDOUT19: Set = Set {
    name: "held-out texts 19 (first contact F1 0.854, primary 0.943; tuned on since 2026-12-07 16:15)",
    data: include_str!("../fixtures/themes/heldout19.jsonl"),
    cases: 123,
    floors: [
        ("themes_precision", 0.816),
        ("themes_recall", 0.894),
        ("themes_f1", 0.854),
        ("themes_primary", 0.943),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 15:19, rules of PIPELINE_VERSION 27 as for heldout19; scored once
/// by the lead): P 0.8381, R 0.8544, F1 0.8462, primary 0.8992. 119 texts of 58 councils — a
/// third Anträge and Anfragen, a fifth Antworten, Stellungnahmen and Schreiben, a sixth
/// Einladungen and Niederschriften (median 99 words, 6 of 500–561), labelled by the issuers'
/// convention (1.73 per text; see HELDOUT20.md). Written and labelled by a helper who never ran
/// ratsdex nor read the rules, committed (8fb4f53) before any rule ran on it. The session-start
/// rules (9e3ba26) on it at 14:08: P 0.8413, R 0.8495, F1 0.8454, primary 0.8319. **Held
/// out**: its misses are not printed.
/// Held out until 2026-12-07 16:15, when the lead handed it over openly (themes18, spike2):
/// a tuning set since, its misses are printed.
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.838→0.846 (0.8462; main 0.8381); f1 0.846→0.850 (0.8502; main 0.8462).
const HELDOUT20: Set = Set {
    name: "held-out texts 20 (first contact F1 0.846, primary 0.899; tuned on since 2026-12-07 16:15)",
    data: include_str!("../fixtures/themes/heldout20.jsonl"),
    cases: 119,
    floors: [
        ("themes_precision", 0.846),
        ("themes_recall", 0.854),
        ("themes_f1", 0.850),
        ("themes_primary", 0.899),
    ],
    show_misses: true,
};

/// First contact with the shipped rules (2026-12-07 18:25, PIPELINE_VERSION 28 with themes18's
/// Klimacheck reader, substance rule and `third_spread`; scored by the lead, misses not read):
/// P 0.8117, R 0.8458, F1 0.8284, primary 0.9091. 110 long administration papers (median 290
/// words, 222–354) of 52 councils, 47 with a printed Klimacheck (33 of them without
/// `klima_umwelt`: boilerplate), many passing mentions and primaries a keyword count gets wrong by
/// design; labelled by the issuers' convention (1.95 per text; see HELDOUT21.md). Written and
/// labelled by a helper who never ran ratsdex nor read the rules, committed (dc9cf35) before any
/// rule ran on it. Scored before: at 16:36 with the session-start rules (1b4d03d) and at 18:12
/// with the rules before themes18 was merged, both P 0.8161, R 0.8505, F1 0.8330, primary 0.9091
/// — the floors set from the 18:12 figure (cf2dea8) are re-based here to the shipped rules': the
/// lead merged themes18 knowing it costs this set 0.005 F1 while it lifts heldout22, holdout25
/// and holdout26 (see the closing note of 2026-12-07 19:15). Held out until 2026-12-07 19:10,
/// when the lead handed it over openly (meta37, meta38, themes20, primary3): a tuning set since,
/// its misses are printed.
/// Floors raised by themes20 to its exact figures, rounded down (a further theme held up only by
/// generic words needs a hint or its own template block, `strong_min`): precision 0.811→0.815 (0.8153); f1 0.828→0.830 (0.8303).
const HELDOUT21: Set = Set {
    name: "held-out texts 21 (first contact F1 0.828, primary 0.909; tuned on since 2026-12-07 19:10)",
    data: include_str!("../fixtures/themes/heldout21.jsonl"),
    cases: 110,
    floors: [
        ("themes_precision", 0.815),
        ("themes_recall", 0.845),
        ("themes_f1", 0.830),
        ("themes_primary", 0.909),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 18:12, rules of PIPELINE_VERSION 28 as for heldout21; scored once by
/// the lead): P 0.8090, R 0.8214, F1 0.8152, primary 0.8482. 112 texts of 75 councils and bodies —
/// 39 Anträge and Anfragen of Fraktionen, Gruppen and members, 23 Antworten, Stellungnahmen and
/// Schreiben, 19 Einladungen and Niederschriften, 31 short Vorlagen (median 113 words) — labelled
/// by the issuers' convention (1.75 per text; see HELDOUT22.md). Written and labelled by a helper
/// who never ran ratsdex nor read the rules, committed (fed75e1) before any rule ran on it. The
/// session-start rules scored on it at 16:33: the same figures.
/// With the shipped rules (18:25, themes18 merged): P 0.8131, R 0.8214, F1 0.8173, primary
/// 0.8482 — floors raised: precision 0.809 → 0.813, f1 0.815 → 0.817.
/// Held out until 2026-12-07 19:10, when the lead handed it over openly (meta37, meta38,
/// themes20, primary3): a tuning set since, its misses are printed.
/// The lead (2026-12-07 20:50, primary3 merged: an agenda's first item keeps the first place
/// unless the chooser's margin is 1.0): primary floor raised 0.848 → 0.866 (0.8661).
const HELDOUT22: Set = Set {
    name: "held-out texts 22 (first contact F1 0.815, primary 0.848; tuned on since 2026-12-07 19:10)",
    data: include_str!("../fixtures/themes/heldout22.jsonl"),
    cases: 112,
    floors: [
        ("themes_precision", 0.813),
        ("themes_recall", 0.821),
        ("themes_f1", 0.817),
        ("themes_primary", 0.866),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 19:27, the session-start rules of 60066a8 = PIPELINE_VERSION 28, as
/// the set arrived; scored once by the lead): P 0.8056, R 0.8169, F1 0.8112, primary 0.8077.
/// 130 texts of 74 small bodies of all 16 Länder (Ämter, Samt-, Verbands- and Ortsgemeinden,
/// Märkte, Verwaltungsgemeinschaften, Zweckverbände, neighbourhood bodies), many with a terse or
/// coded Betreff whose subject emerges only in the Beschlussvorschlag; median 128 words; 1.64
/// labels per text by the issuers' convention (see HELDOUT23.md).
/// Written and labelled by a helper who never ran ratsdex nor read the rules, committed
/// (0d04af0) before any rule ran on it. **Held out**: its misses are not printed.
/// With the session's final rules (2026-12-07 20:45, PIPELINE_VERSION 29: themes20 and primary3
/// merged, tuned on heldout21–22 and holdout25–26 openly): the same on every figure.
/// Held out until 2026-12-07 21:58, when the lead handed it over openly (meta39, meta40,
/// themes21, primary4); with the rules of PIPELINE_VERSION 30 the same on every figure.
const HELDOUT23: Set = Set {
    name: "held-out texts 23 (first contact F1 0.811, primary 0.807; tuned on since 2026-12-07 21:58)",
    data: include_str!("../fixtures/themes/heldout23.jsonl"),
    cases: 130,
    floors: [
        ("themes_precision", 0.805),
        ("themes_recall", 0.816),
        ("themes_f1", 0.811),
        ("themes_primary", 0.807),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 19:35, the session-start rules of 60066a8 = PIPELINE_VERSION 28, as
/// the set arrived; scored once by the lead): P 0.7860, R 0.8738, F1 0.8276, primary 0.8211.
/// 123 texts of 63 small bodies of all 16 Länder written as they come out of real PDFs, noise and
/// all (page headers and footers, hyphenation, letterheads, flattened Beratungsfolge tables,
/// boilerplate sections, Klimacheck rows with the unticked options printed); 45 Anträge,
/// Anfragen and Antworten; median 195 words; 1.67 labels per text (see HELDOUT24.md).
/// Written and labelled by a helper who never ran ratsdex nor read the rules, committed
/// (dc435cd) before any rule ran on it. **Held out**: its misses are not printed.
/// With the session's final rules (2026-12-07 20:45, PIPELINE_VERSION 29: themes20 and primary3
/// merged, tuned on heldout21–22 and holdout25–26 openly): the same on every figure.
/// Held out until 2026-12-07 21:58, when the lead handed it over openly (themes21). Floors raised by
/// themes21 to its exact figures, rounded down (a paper's form fields read like page furniture,
/// `start_fields`): precision 0.786→0.819 (0.8190); recall 0.873→0.878 (0.8786); f1
/// 0.827→0.847 (0.8478); primary 0.821→0.829 (0.8293).
const HELDOUT24: Set = Set {
    name: "held-out texts 24 (first contact F1 0.827, primary 0.821; a tuning set since 2026-12-07 21:58)",
    data: include_str!("../fixtures/themes/heldout24.jsonl"),
    cases: 123,
    floors: [
        ("themes_precision", 0.819),
        ("themes_recall", 0.878),
        ("themes_f1", 0.847),
        ("themes_primary", 0.829),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 22:27, the session-start rules of aaa2ce4 = PIPELINE_VERSION 29, as
/// the set arrived; scored once by the lead): P 0.6532, R 0.8101, F1 0.7232, primary 0.8661.
/// 112 long administration papers (median 360 words) of 56 small bodies of 14 Länder whose
/// Sachverhalt and template tail touch many fields in passing (cost lines, Förderprogramme,
/// impact checklists, committee and department names) while the paper is about one or two
/// things; 31 with `finanzen` or `verwaltung` primary; 1.60 labels per text (see HELDOUT25.md).
/// Written and labelled by a helper who never ran ratsdex nor read the rules, committed
/// (c8b264d) before any rule ran on it. **Held out**: its misses are not printed.
const HELDOUT25: Set = Set {
    name: "held-out texts 25 (first contact F1 0.723, primary 0.866; held out)",
    data: include_str!("../fixtures/themes/heldout25.jsonl"),
    cases: 112,
    floors: [
        ("themes_precision", 0.653),
        ("themes_recall", 0.81),
        ("themes_f1", 0.723),
        ("themes_primary", 0.866),
    ],
    show_misses: false,
};

/// First contact (2026-12-07 22:23, the session-start rules of aaa2ce4 = PIPELINE_VERSION 29, as
/// the set arrived; scored once by the lead): P 0.7926, R 0.7748, F1 0.7836, primary 0.7913.
/// 115 texts of 79 rural and small bodies of the 13 non-city Länder (Gemeinden, Märkte,
/// Ortsgemeinden, Ämter, Samtgemeinden, two small Landkreise' committees, a Schulverband, a
/// water Zweckverband, Beiräte, a Jugendgemeinderat and a Kinder- und Jugendparlament) on what
/// such bodies decide (Feuerwehr, Dorferneuerung, Wegebau, Abwasser, Friedhof, Kita-Plätze,
/// Bauleitplanung, Vereinsförderung, Windkraft/PV, Breitband, Gebühren), every paper type, terse
/// or coded Betreffs; median 172 words; 1.93 labels per text (see HELDOUT26.md).
/// Written and labelled by a helper who never ran ratsdex nor read the rules, committed
/// (b5cb731) before any rule ran on it. **Held out**: its misses are not printed.
const HELDOUT26: Set = Set {
    name: "held-out texts 26 (first contact F1 0.783, primary 0.791; held out)",
    data: include_str!("../fixtures/themes/heldout26.jsonl"),
    cases: 115,
    floors: [
        ("themes_precision", 0.792),
        ("themes_recall", 0.774),
        ("themes_f1", 0.783),
        ("themes_primary", 0.791),
    ],
    show_misses: false,
};

/// First contact (2026-12-07 09:36, rules of PIPELINE_VERSION 25 — issue 17's twelfth step and the
/// lead's theme step of this session, which tuned on heldout15; scored once by the lead): P 0.9068,
/// R 0.7663, F1 0.8306, primary 0.8492 (152 of 179), 2.06 labelled / 1.74 assigned per text. The
/// session-start rules (341a2a8) on it at the same time: the same on every figure. Labelled by
/// the issuers' convention (corpus-dev's, derived by the writer — see HELDOUT16.md), unlike the
/// sparser earlier sets. Held out until 2026-12-07 10:45, when the lead handed it over to the
/// tuners openly (themes15): a tuning set since, its misses are printed.
/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.906→0.901 (0.9068
/// → 0.9013); f1 0.830→0.829 (0.8306 → 0.8299).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.901→0.904
/// (0.9042); recall 0.766→0.769 (0.7690); f1 0.829→0.831 (0.8311); primary 0.849→0.854 (0.8547).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.904→0.909 (0.9091; main 0.9034); f1 0.831→0.844 (0.8443; main 0.8418).
/// Floors raised by themes19 to its exact figures, rounded down (third_weak_term: a third theme
/// held up by weak terms only needs three sentences; *holzbauweise* 2 → 1): precision 0.909→0.911 (0.9119); f1 0.844→0.845 (0.8455).
const HELDOUT16: Set = Set {
    name: "held-out texts 16 (first contact F1 0.831, primary 0.849; tuned on since 2026-12-07 10:45)",
    data: include_str!("../fixtures/themes/heldout16.jsonl"),
    cases: 179,
    floors: [
        ("themes_precision", 0.911),
        ("themes_recall", 0.769),
        ("themes_f1", 0.845),
        ("themes_primary", 0.854),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 06:50, rules of issue 17's twelfth step, PIPELINE_VERSION 24; scored
/// once by the lead): P 0.6525, R 0.9154, F1 0.7619, primary 0.8788 (145 of 165), 1.22 labelled /
/// 1.71 assigned per text. The session-start rules (5bef5f7) on it at the same time: P 0.6549,
/// R 0.9154, F1 0.7635, primary 0.8788. Handed over as a tuning set on 2026-12-07 at 07:55,
/// openly: its misses are printed since.
/// Floors re-based by the lead on 2026-12-07 11:05 on the relabelled texts (relabel2, the
/// issuers' convention, RELABEL2.md; rules unchanged, ef99b6d): precision 0.652→0.741 (0.6525
/// on the old labels, 0.7411 on the new); recall 0.915→0.885 (0.9154 on the old labels, 0.8856
/// on the new); f1 0.761→0.806 (0.7619 on the old labels, 0.8069 on the new).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.741→0.743
/// (0.7438); f1 0.806→0.808 (0.8085).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.743→0.755 (0.7553; main 0.7474); f1 0.808→0.822 (0.8224; main 0.8177).
/// Floors raised by themes20 to its exact figures, rounded down (a further theme held up only by
/// generic words needs a hint or its own template block, `strong_min`): precision 0.755→0.760 (0.7607); f1 0.822→0.825 (0.8256).
const HELDOUT15: Set = Set {
    name: "held-out texts 15 (first contact F1 0.762, primary 0.879; tuned on since 2026-12-07 07:55, issue 17's thirteenth step)",
    data: include_str!("../fixtures/themes/heldout15.jsonl"),
    cases: 165,
    floors: [
        ("themes_precision", 0.760),
        ("themes_recall", 0.885),
        ("themes_f1", 0.825),
        ("themes_primary", 0.878),
    ],
    show_misses: true,
};

/// First contact (2026-12-07 04:06, rules of issue 17's eleventh step, PIPELINE_VERSION 23;
/// scored once by the lead): P 0.6824, R 0.8279, F1 0.7481, primary 0.7229 (120 of 166), 1.47
/// labelled / 1.78 assigned per text. The session-start rules (8b5b472) on it at 02:45: P 0.6779,
/// R 0.8279, F1 0.7454, primary 0.7169. Handed over as a tuning set on 2026-12-07 at 05:20.
/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.703→0.701 (0.7039
/// → 0.7016); f1 0.781→0.779 (0.7810 → 0.7796).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.701→0.720 (0.7204; main 0.7065); f1 0.779→0.799 (0.7993; main 0.7906).
const HELDOUT14: Set = Set {
    name: "held-out texts 14 (first contact F1 0.748, primary 0.723; tuned on since 2026-12-07 05:20, issue 17's twelfth step)",
    data: include_str!("../fixtures/themes/heldout14.jsonl"),
    cases: 166,
    floors: [
        ("themes_precision", 0.720),
        ("themes_recall", 0.877),
        ("themes_f1", 0.799),
        ("themes_primary", 0.777),
    ],
    show_misses: true,
};

/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.735→0.731 (0.7357
/// → 0.7313); f1 0.805→0.803 (0.8059 → 0.8033).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.731→0.745 (0.7455; main 0.7389); f1 0.803→0.817 (0.8177; main 0.8137).
/// Floors raised by themes19 to its exact figures, rounded down (third_weak_term: a third theme
/// held up by weak terms only needs three sentences; *holzbauweise* 2 → 1): precision 0.745→0.747 (0.7477); f1 0.817→0.819 (0.8191).
/// Floors raised by themes20 to its exact figures, rounded down (a further theme held up only by
/// generic words needs a hint or its own template block, `strong_min`): precision 0.747→0.750 (0.7500); f1 0.819→0.820 (0.8204).
const HELDOUT13: Set = Set {
    name: "held-out texts 13 (first contact F1 0.788, primary 0.771; tuned on since issue 17's eleventh step)",
    data: include_str!("../fixtures/themes/heldout13.jsonl"),
    cases: 179,
    floors: [
        ("themes_precision", 0.750),
        ("themes_recall", 0.890),
        ("themes_f1", 0.820),
        ("themes_primary", 0.810),
    ],
    show_misses: true,
};

/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.797→0.792 (0.7979
/// → 0.7925); f1 0.862→0.859 (0.8630 → 0.8598).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.792→0.801 (0.8014; main 0.7932); f1 0.859→0.866 (0.8667; main 0.8619).
const HELDOUT12: Set = Set {
    name: "held-out texts 12 (first contact F1 0.843, primary 0.833; tuned on since issue 17's tenth step)",
    data: include_str!("../fixtures/themes/heldout12.jsonl"),
    cases: 156,
    floors: [
        ("themes_precision", 0.801),
        ("themes_recall", 0.939),
        ("themes_f1", 0.866),
        ("themes_primary", 0.865),
    ],
    show_misses: true,
};

/// Held out until 2026-12-07 13:30, when the lead handed it over openly (themes16's learned
/// primary chooser trains on it): a tuning set since, its misses are printed.
/// Floors re-based by themes17 (issue 17, a measure change, not a rule change): truth rows that
/// write the Klimacheck in German (`positiv`, `negativ`) were read as none before
/// (`Klimacheck::parse` knew only the English words); now they give the rules their Klimacheck
/// as the English rows do. Main's rules (9e3ba26), old → new reading: precision 0.809→0.807 (0.8099
/// → 0.8070); f1 0.856→0.855 (0.8566 → 0.8550).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.807→0.815 (0.8153; main 0.8097); f1 0.855→0.866 (0.8667; main 0.8635).
/// Floors raised by themes19 to its exact figures, rounded down (third_weak_term: a third theme
/// held up by weak terms only needs three sentences; *holzbauweise* 2 → 1): precision 0.815→0.818 (0.8182); f1 0.866→0.868 (0.8683).
const HELDOUT11: Set = Set {
    name: "held-out texts 11 (first contact F1 0.836, primary 0.832; tuned on since issue 17's ninth step)",
    data: include_str!("../fixtures/themes/heldout11.jsonl"),
    cases: 149,
    floors: [
        ("themes_precision", 0.818),
        ("themes_recall", 0.909),
        ("themes_f1", 0.868),
        ("themes_primary", 0.885),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 12:12 on the audited texts (klimaaudit
/// (KLIMAAUDIT.md: a positive Klimacheck adds klima_umwelt where its reasons argue a direct
/// climate effect, settled from corpus-dev); rules unchanged, ef99b6d): recall 0.902→0.895
/// (0.9024 before the audit, 0.8957 after).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.722→0.738
/// (0.7383); f1 0.802→0.809 (0.8094).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.738→0.745 (0.7451; main 0.7393); f1 0.809→0.815 (0.8155; main 0.8120).
/// Floors raised by themes19 to its exact figures, rounded down (third_weak_term: a third theme
/// held up by weak terms only needs three sentences; *holzbauweise* 2 → 1): precision 0.745→0.748 (0.7480); f1 0.815→0.817 (0.8172).
const HELDOUT10: Set = Set {
    name: "held-out texts 10 (first contact F1 0.789, tuned on since issue 17's eighth step)",
    data: include_str!("../fixtures/themes/heldout10.jsonl"),
    cases: 126,
    floors: [
        ("themes_precision", 0.748),
        ("themes_recall", 0.895),
        ("themes_f1", 0.817),
        ("themes_primary", 0.880),
    ],
    show_misses: true,
};

/// Floors re-based by the lead on 2026-12-07 12:12 on the audited texts (klimaaudit
/// (KLIMAAUDIT.md: a positive Klimacheck adds klima_umwelt where its reasons argue a direct
/// climate effect, settled from corpus-dev); rules unchanged, ef99b6d): recall 0.946→0.937
/// (0.9463 before the audit, 0.9378 after).
/// Floors raised by themes17 to this branch's exact figures, rounded down (German Klimacheck words
/// read in the truth rows; themes15's reader and substance rule, a plan's stipulations no
/// substance; some floors sat below main's figures already): precision 0.757→0.765
/// (0.7656); f1 0.841→0.843 (0.8430).
/// Floors raised by themes18 to its exact figures, rounded down, where they rose above
/// main's (themes17's Klimacheck substance rule; third_sentences: a third theme named in one
/// sentence only is a passing mention; arabic section numbers open no template block): precision 0.765→0.780 (0.7809; main 0.7656); f1 0.843→0.852 (0.8522; main 0.8430).
const HELDOUT9: Set = Set {
    name: "held-out texts 9 (first contact F1 0.831, tuned on since issue 17's seventh step)",
    data: include_str!("../fixtures/themes/heldout9.jsonl"),
    cases: 126,
    floors: [
        ("themes_precision", 0.780),
        ("themes_recall", 0.937),
        ("themes_f1", 0.852),
        ("themes_primary", 0.920),
    ],
    show_misses: true,
};

/// The report over every case of a set, plus one line per case that differs.
fn report(set: &Set) -> (Report, String) {
    let tax = Taxonomy::embedded();
    let mut report = Report::default();
    let mut misses = String::new();
    for line in set.data.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("row is JSON");
        let title = row["title"].as_str();
        let (themes, ex) = classify_text(&tax, &row);
        let predicted: Vec<String> = themes.into_iter().map(|t| t.id).collect();
        let expected = labels(&row);
        assert!(!expected.is_empty(), "row without themes: {line}");
        if predicted != expected {
            let scores: Vec<String> = ex
                .themes
                .iter()
                .take(5)
                .map(|t| format!("{} {:.1}", t.id, t.score))
                .collect();
            misses.push_str(&format!(
                "{}: expected {expected:?}, got {predicted:?} [{}]\n",
                title.unwrap_or("?"),
                scores.join(", ")
            ));
        }
        report.add(&predicted, &expected);
    }
    (report, misses)
}

fn check(set: &Set) {
    let (report, misses) = report(set);
    assert_eq!(report.documents, set.cases, "{}: cases", set.name);
    let misses = if set.show_misses {
        misses
    } else {
        String::new()
    };
    let m = report.micro();
    let scores = [m.precision(), m.recall(), m.f1(), report.primary()];
    let (labels, assigned) = (m.tp + m.fn_, m.tp + m.fp);
    let per_doc = |n: usize| n as f64 / report.documents.max(1) as f64;
    println!(
        "{}: themes per text {:.2} labelled / {:.2} assigned\n{}{misses}",
        set.name,
        per_doc(labels),
        per_doc(assigned),
        report.summary()
    );
    let below: Vec<String> = set
        .floors
        .iter()
        .zip(scores)
        .filter(|((_, floor), value)| *value < floor - 1e-9)
        .map(|((name, floor), value)| format!("{name} {value:.3} < floor {floor}"))
        .collect();
    assert!(
        below.is_empty(),
        "{}: {}\n{}{misses}",
        set.name,
        below.join("; "),
        report.summary()
    );
}

#[test]
fn tuning_texts_stay_above_the_floor() {
    check(&TUNING);
}

#[test]
fn heldout2_texts_stay_above_the_floor() {
    check(&HELDOUT2);
}

#[test]
fn heldout3_texts_stay_above_the_floor() {
    check(&HELDOUT3);
}

#[test]
fn heldout5_texts_stay_above_the_floor() {
    check(&HELDOUT5);
}

#[test]
fn heldout6_texts_stay_above_the_floor() {
    check(&HELDOUT6);
}

#[test]
fn heldout7_texts_stay_above_the_floor() {
    check(&HELDOUT7);
}

#[test]
fn heldout8_texts_stay_above_the_floor() {
    check(&HELDOUT8);
}

#[test]
fn heldout9_texts_stay_above_the_floor() {
    check(&HELDOUT9);
}

#[test]
fn heldout10_texts_stay_above_the_floor() {
    check(&HELDOUT10);
}

#[test]
fn heldout11_texts_stay_above_the_floor() {
    check(&HELDOUT11);
}

#[test]
fn heldout12_texts_stay_above_the_floor() {
    check(&HELDOUT12);
}

#[test]
fn heldout13_texts_stay_above_the_floor() {
    check(&HELDOUT13);
}

#[test]
fn heldout14_texts_stay_above_the_floor() {
    check(&HELDOUT14);
}

#[test]
fn heldout15_texts_stay_above_the_floor() {
    check(&HELDOUT15);
}

#[test]
fn heldout16_texts_stay_above_the_floor() {
    check(&HELDOUT16);
}

#[test]
fn heldout17_texts_stay_above_the_floor() {
    check(&HELDOUT17);
}

#[test]
fn heldout18_texts_stay_above_the_floor() {
    check(&HELDOUT18);
}

#[test]
fn heldout19_texts_stay_above_the_floor() {
    check(&HELDOUT19);
}

#[test]
fn heldout20_texts_stay_above_the_floor() {
    check(&HELDOUT20);
}

#[test]
fn heldout21_texts_stay_above_the_floor() {
    check(&HELDOUT21);
}

#[test]
fn heldout22_texts_stay_above_the_floor() {
    check(&HELDOUT22);
}

#[test]
fn heldout23_texts_stay_above_the_floor() {
    check(&HELDOUT23);
}

#[test]
fn heldout24_texts_stay_above_the_floor() {
    check(&HELDOUT24);
}

#[test]
fn heldout25_texts_stay_above_the_floor() {
    check(&HELDOUT25);
}

#[test]
fn heldout26_texts_stay_above_the_floor() {
    check(&HELDOUT26);
}
