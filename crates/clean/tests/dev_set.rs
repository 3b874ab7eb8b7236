//! Regression guard on the cleaning-dev set (read from the shared data
//! folder at test time, never copied here): span invariants on all 80 pages
//! and the shingle F1 floor.

use newsmill_clean::eval::score_pages;
use newsmill_clean::Cleaner;
use std::path::PathBuf;

fn dev_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/cleaning-dev")
}

fn read_pages() -> Vec<(String, String, String)> {
    let dir = dev_dir();
    let input = dir.join("input");
    let mut names: Vec<String> = std::fs::read_dir(&input)
        .unwrap_or_else(|e| panic!("cleaning-dev folder {} is missing ({e})", input.display()))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let read = |sub: &str| {
                let p = dir.join(sub).join(&n);
                std::fs::read_to_string(&p)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
            };
            (n.clone(), read("input"), read("gold"))
        })
        .collect()
}

#[test]
fn dev_set_f1_and_invariants() {
    let pages = read_pages();
    assert_eq!(pages.len(), 80);
    let cleaner = Cleaner::default();
    let mut preds = Vec::new();
    for (name, raw, _) in &pages {
        let a = cleaner.clean(raw, None);
        for w in a.paragraphs.windows(2) {
            assert!(w[0].end <= w[1].start, "{name}: paragraphs overlap");
        }
        // Blank = whitespace, BOM and zero-width spaces only, as the cleaner sees it.
        let non_blank = raw
            .split('\n')
            .filter(|l| {
                !l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
                    .is_empty()
            })
            .count();
        assert_eq!(
            a.paragraphs.len() + a.removed.len(),
            non_blank,
            "{name}: a line is unaccounted for"
        );
        preds.push(a.clean_text(raw).into_text());
    }
    let pairs: Vec<(&str, &str)> = pages
        .iter()
        .zip(&preds)
        .map(|((_, _, g), p)| (g.as_str(), p.as_str()))
        .collect();
    let s = score_pages(&pairs, 4);
    // 0.941 when this was written; keep-everything scores 0.69.
    assert!(
        s.f1 >= 0.93,
        "shingle-4 F1 fell to {:.3} (P {:.3} R {:.3})",
        s.f1,
        s.precision,
        s.recall
    );
}
