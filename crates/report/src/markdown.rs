//! `report.md`: the dump report as Markdown.

use crate::analysis::{ClusterArticle, DumpReport, FigureReport};
use crate::ReportOptions;
use newsmill_types::EntityKind;
use std::fmt::Write;

const ENTITIES_PER_TYPE: usize = 15;
const SPEAKERS: usize = 25;
const FIGURE_GROUPS: usize = 40;
const CLUSTERS: usize = 30;
const MEMBERS: usize = 10;

/// Text safe inside Markdown (and a table cell): no HTML, no emphasis, no
/// line breaks.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn opt(text: Option<&str>) -> String {
    text.map(md).unwrap_or_else(|| "—".to_string())
}

fn article(a: &ClusterArticle) -> String {
    format!(
        "{} {} ({}{})",
        md(&a.id),
        a.title
            .as_deref()
            .map(|t| format!("“{}”", md(t)))
            .unwrap_or_default(),
        opt(a.outlet.as_deref()),
        a.date
            .as_deref()
            .map(|d| format!(", {}", md(d)))
            .unwrap_or_default()
    )
}

fn figure(f: &FigureReport) -> String {
    let mut s = format!("**{}**", md(&f.text));
    if let Some(source) = &f.source {
        let _ = write!(s, " — {}", md(source));
    }
    let _ = write!(s, " ({}, {}", opt(f.outlet.as_deref()), md(&f.article_id));
    if f.count > 1 {
        let _ = write!(s, ", {} reports", f.count);
    }
    s.push(')');
    s
}

fn scope_label(counted: &str, scope: &str, place: &str) -> String {
    let mut s = md(counted);
    if !scope.is_empty() {
        let _ = write!(s, ", {}", md(scope));
    }
    if !place.is_empty() {
        let _ = write!(s, ", in {}", md(place));
    }
    s
}

pub(crate) fn render(report: &DumpReport, options: &ReportOptions) -> String {
    let mut o = String::new();
    let t = &report.totals;
    let _ = writeln!(o, "# {}\n", md(&options.title));
    let _ = writeln!(o, "Schema {}.\n", report.schema_version);
    o.push_str("## Headline numbers\n\n| | |\n|---|---:|\n");
    let rows: [(&str, String); 14] = [
        ("Articles", t.articles.to_string()),
        ("Failures", t.failures.to_string()),
        (
            "Byte-identical copies skipped",
            t.skipped_copies.to_string(),
        ),
        ("Words", t.words.to_string()),
        ("Outlets", t.outlets.to_string()),
        ("Distinct entities", t.distinct_entities.to_string()),
        ("Entity mentions", t.mentions.to_string()),
        ("Quotes", t.quotes.to_string()),
        ("Figures", t.figures.to_string()),
        ("Figure disagreements", t.figure_disagreements.to_string()),
        (
            "Duplicate / syndication clusters",
            t.duplicate_clusters.to_string(),
        ),
        ("Articles that copy another", t.near_duplicates.to_string()),
        ("Story clusters", t.story_clusters.to_string()),
        ("Seconds", format!("{:.1}", report.run.seconds)),
    ];
    for (label, value) in rows {
        let _ = writeln!(o, "| {label} | {value} |");
    }
    o.push('\n');
    let counts = |map: &std::collections::BTreeMap<String, u64>| {
        map.iter()
            .map(|(key, count)| format!("{} {count}", md(key)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !report.run.languages.is_empty() {
        let _ = writeln!(
            o,
            "Articles of this run by language: {}.\n",
            counts(&report.run.languages)
        );
    }
    if !report.run.skipped_records.is_empty() {
        let _ = writeln!(
            o,
            "Records that are not articles, skipped by kind: {}.\n",
            counts(&report.run.skipped_records)
        );
    }

    if !report.outlets.is_empty() {
        o.push_str("## Outlets\n\n| Outlet | Articles |\n|---|---:|\n");
        for outlet in report.outlets.iter().take(20) {
            let _ = writeln!(o, "| {} | {} |", md(&outlet.outlet), outlet.articles);
        }
        o.push('\n');
    }

    o.push_str("## Top entities by type\n\n");
    if t.entity_spellings_dropped + t.speakers_dropped + t.figure_values_dropped > 0 {
        let _ = writeln!(
            o,
            "To keep memory bounded, the long tail was dropped: {} entity spellings (seen in \
             the fewest articles), {} speakers (fewest quotes) and {} figure values (fewest \
             reports); the top of every list is unaffected.\n",
            t.entity_spellings_dropped, t.speakers_dropped, t.figure_values_dropped
        );
    }
    for kind in EntityKind::ALL {
        let entities: Vec<_> = report
            .top_entities
            .iter()
            .filter(|e| e.kind == kind)
            .take(ENTITIES_PER_TYPE)
            .collect();
        if entities.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "### {}\n\n| Entity | Mentions | Articles | Outlets | Spellings |\n|---|---:|---:|---:|---|",
            kind.label()
        );
        for e in entities {
            let aliases = e
                .aliases
                .iter()
                .map(|a| format!("{} ({})", md(&a.alias), a.count))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} |",
                md(&e.canonical),
                e.mentions,
                e.articles,
                e.outlets,
                aliases
            );
        }
        o.push('\n');
    }

    let co = &report.cooccurrence;
    let mut pairs = Vec::new();
    for i in 0..co.entities.len() {
        for j in i + 1..co.entities.len() {
            if co.articles[i][j] > 0 {
                pairs.push((co.articles[i][j], i, j));
            }
        }
    }
    if !pairs.is_empty() {
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        o.push_str("## Entities seen together\n\n| Entities | Articles |\n|---|---:|\n");
        for (n, i, j) in pairs.into_iter().take(15) {
            let _ = writeln!(
                o,
                "| {} + {} | {} |",
                md(&co.entities[i]),
                md(&co.entities[j]),
                n
            );
        }
        o.push('\n');
    }

    if !report.speakers.is_empty() {
        o.push_str("## Quotes by speaker\n\n");
        for speaker in report.speakers.iter().take(SPEAKERS) {
            let _ = writeln!(
                o,
                "- **{}** — {}",
                md(&speaker.speaker),
                plural(speaker.quotes, "quote")
            );
            for sample in &speaker.samples {
                let _ = writeln!(o, "  - “{}” ({})", md(&sample.text), md(&sample.article_id));
            }
        }
        o.push('\n');
    }

    o.push_str("## Figures\n\n");
    if report.disagreements.is_empty() {
        o.push_str("No figure disagreements: no two sources gave incompatible values for the same count over the same period and place.\n\n");
    } else {
        o.push_str("### Disagreements\n\n| What | Lower | Higher |\n|---|---|---|\n");
        for d in &report.disagreements {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                scope_label(&d.counted, &d.time_scope, &d.place),
                figure(&d.low),
                figure(&d.high)
            );
        }
        o.push('\n');
    }
    if let Some(note) = report.totals.figures_left_out() {
        let _ = writeln!(o, "{note}\n");
    }
    if !report.figures.is_empty() {
        o.push_str("### Reported figures\n\n");
        for group in report.figures.iter().take(FIGURE_GROUPS) {
            let _ = writeln!(
                o,
                "- {}{} — {}",
                scope_label(&group.counted, &group.time_scope, &group.place),
                if group.disagreement {
                    " **(disagreement)**"
                } else {
                    ""
                },
                plural(group.reports, "report")
            );
            for value in group.values.iter().take(8) {
                let _ = writeln!(o, "  - {}", figure(value));
            }
        }
        o.push('\n');
    }

    o.push_str("## Duplicate and syndicated copies\n\n");
    if report.duplicate_clusters.is_empty() {
        o.push_str("None found.\n\n");
    }
    for cluster in report.duplicate_clusters.iter().take(CLUSTERS) {
        let _ = writeln!(
            o,
            "- **{}** ({}, {} articles): {}",
            cluster.id,
            cluster.kind,
            cluster.size,
            article(&cluster.representative)
        );
        for member in cluster.members.iter().take(MEMBERS) {
            let _ = writeln!(
                o,
                "  - {} — similarity {:.2}",
                article(member),
                member.similarity
            );
        }
        if cluster.size as usize > MEMBERS + 1 {
            let _ = writeln!(o, "  - … and {} more", cluster.size as usize - MEMBERS - 1);
        }
    }
    o.push('\n');

    if !report.story_clusters.is_empty() {
        o.push_str("## Stories covered by several articles\n\n");
        for story in report.story_clusters.iter().take(CLUSTERS) {
            let _ = writeln!(
                o,
                "- **{}** ({} articles; {}): {}",
                story.id,
                story.size,
                story
                    .entities
                    .iter()
                    .map(|e| md(e))
                    .collect::<Vec<_>>()
                    .join(", "),
                story
                    .outlets
                    .iter()
                    .map(|e| md(e))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            for a in story.articles.iter().take(MEMBERS) {
                let _ = writeln!(o, "  - {}", article(a));
            }
        }
        o.push('\n');
    }

    if !report.removed_by_reason.is_empty() {
        o.push_str("## Boilerplate removed\n\n| Reason | Lines |\n|---|---:|\n");
        for (reason, n) in &report.removed_by_reason {
            let _ = writeln!(o, "| {} | {} |", md(reason), n);
        }
        o.push('\n');
    }
    if !report.failures_by_kind.is_empty() {
        o.push_str("## Failures\n\n| Kind | Records |\n|---|---:|\n");
        for (kind, n) in &report.failures_by_kind {
            let _ = writeln!(o, "| {} | {} |", md(kind), n);
        }
        o.push('\n');
    }
    o
}
