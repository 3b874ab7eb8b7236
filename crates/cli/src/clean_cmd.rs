//! `newsmill clean`: clean text only, one file per input, or explain one file.

use crate::args::CleanArgs;
use anyhow::{Context, Result};
use newsmill_clean::Cleaner;
use newsmill_ingest::{IngestOptions, Records};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

/// Counts of a `clean` run.
pub struct CleanOutcome {
    pub written: u64,
    pub failed: u64,
}

pub fn clean(args: &CleanArgs) -> Result<CleanOutcome> {
    if let Some(file) = &args.explain {
        explain(file)?;
        return Ok(CleanOutcome {
            written: 1,
            failed: 0,
        });
    }
    let out_dir = args.out_dir.as_deref().context("--out-dir is required")?;
    anyhow::ensure!(!args.inputs.is_empty(), "give at least one INPUT to clean");
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    let options = IngestOptions::default();
    let cleaner = if args.no_template_learning {
        Cleaner::default()
    } else {
        Cleaner::with_template_lines(crate::run::learn_template_lines(&args.inputs, &options, 50))
    };
    let mut outcome = CleanOutcome {
        written: 0,
        failed: 0,
    };
    let mut used_names = HashSet::new();
    let mut records = Records::open(&args.inputs, options);
    loop {
        let batch: Vec<_> = records.by_ref().take(256).collect();
        if batch.is_empty() {
            break;
        }
        let cleaned: Vec<_> = batch
            .into_par_iter()
            .map(|item| {
                item.map(|record| {
                    let article = match &record.html {
                        Some(html) => {
                            cleaner.clean_html(&record.text, html, record.title.as_deref())
                        }
                        None => cleaner.clean(&record.text, record.title.as_deref()),
                    };
                    let text = article.clean_text(&record.text).into_text();
                    (record, text)
                })
            })
            .collect();
        for item in cleaned {
            match item {
                Ok((record, text)) => {
                    let name = unique_name(&output_stem(&record), &mut used_names);
                    let path = out_dir.join(format!("{name}.txt"));
                    std::fs::write(&path, text + "\n")
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    outcome.written += 1;
                }
                Err(failure) => {
                    eprintln!("newsmill: skipped {failure}");
                    outcome.failed += 1;
                }
            }
        }
    }
    eprintln!(
        "newsmill clean: {} written to {}, {} failed",
        outcome.written,
        out_dir.display(),
        outcome.failed
    );
    Ok(outcome)
}

/// The file stem for a record: the input file's stem for one-article files,
/// the record id (made file-safe) for records of a multi-record file (a
/// line of JSONL, a record of a web archive: `dump.warc.gz@1234` ->
/// `dump.warc.gz_1234`).
fn output_stem(record: &newsmill_types::Record) -> String {
    let one_article_file = record.source.line.is_none() && !record.meta.contains_key("warc_offset");
    let raw = if one_article_file {
        Path::new(&record.source.path)
            .file_name()
            .and_then(|n| n.to_str())
            .map(|name| file_stem(name).to_string())
            .unwrap_or_else(|| record.id.clone())
    } else {
        record.id.clone()
    };
    let safe: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.is_empty() {
        "article".into()
    } else {
        safe
    }
}

/// The file name without its compression suffix and article extension:
/// `page.html.gz` -> `page`, `a.b.txt` -> `a.b`.
fn file_stem(name: &str) -> &str {
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(name);
    match name.rsplit_once('.') {
        Some((stem, extension))
            if !stem.is_empty()
                && [
                    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl",
                    "ndjson",
                ]
                .contains(&extension.to_ascii_lowercase().as_str()) =>
        {
            stem
        }
        _ => name,
    }
}

fn unique_name(stem: &str, used: &mut HashSet<String>) -> String {
    let mut name = stem.to_string();
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{stem}-{n}");
        n += 1;
    }
    name
}

fn explain(file: &Path) -> Result<()> {
    let mut records = Records::open(&[file.to_path_buf()], IngestOptions::default());
    let record = match records.next() {
        Some(Ok(record)) => record,
        Some(Err(failure)) => anyhow::bail!("cannot read {}: {}", file.display(), failure.error),
        None => anyhow::bail!("{} holds no article", file.display()),
    };
    if let Some(html) = &record.html {
        return explain_html(html);
    }
    let article = Cleaner::default().clean(&record.text, record.title.as_deref());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_fields(&mut out, &article)?;
    for verdict in newsmill_clean::explain(&article) {
        let label = verdict_label(verdict.removed);
        writeln!(out, "{label:<28} | {}", verdict.span.slice(&record.text))?;
    }
    out.flush()?;
    Ok(())
}

/// `clean --explain` for a page: every block with its element path.
fn explain_html(html: &str) -> Result<()> {
    let (page, article, verdicts) = Cleaner::default().explain_html(html);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_fields(&mut out, &article)?;
    let container = Cleaner::default().html_container(&page, html);
    writeln!(
        out,
        "# container: {}",
        container
            .as_deref()
            .unwrap_or("none (the text cleaner alone)")
    )?;
    if let Some(meta) = &article.page {
        write_named(
            &mut out,
            [
                ("published", &meta.published),
                ("modified", &meta.modified),
                ("canonical_url", &meta.canonical_url),
                ("language", &meta.language),
            ],
        )?;
    }
    for verdict in verdicts {
        let label = verdict_label(verdict.removed);
        writeln!(
            out,
            "{label:<24} | {:<48} | {}",
            verdict.dom_path,
            verdict.span.slice(&page.text)
        )?;
    }
    out.flush()?;
    Ok(())
}

/// `# field: value` for each field that has a value.
fn write_named<const N: usize>(
    out: &mut impl Write,
    fields: [(&str, &Option<String>); N],
) -> Result<()> {
    for (field, value) in fields {
        if let Some(value) = value {
            writeln!(out, "# {field}: {value}")?;
        }
    }
    Ok(())
}

fn verdict_label(removed: Option<newsmill_types::RemovalReason>) -> String {
    match removed {
        None => "KEEP".to_string(),
        Some(reason) => format!("DROP {}", reason.as_str()),
    }
}

fn write_fields(out: &mut impl Write, article: &newsmill_types::CleanArticle) -> Result<()> {
    write_named(
        out,
        [
            ("title", &article.title),
            ("subtitle", &article.subtitle),
            ("byline", &article.byline),
            ("outlet", &article.outlet),
            ("dateline", &article.dateline),
        ],
    )?;
    if let Some(syndication) = &article.syndication {
        writeln!(
            out,
            "# syndication: original {}, publisher {}",
            syndication.original.as_deref().unwrap_or("?"),
            syndication.publisher.as_deref().unwrap_or("?")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn only_known_extensions_are_stripped() {
        assert_eq!(file_stem("page.html.gz"), "page");
        assert_eq!(
            file_stem("002_772ced6d7ff3b961.txt"),
            "002_772ced6d7ff3b961"
        );
        assert_eq!(file_stem("a.b.txt"), "a.b");
        assert_eq!(file_stem("a.c.txt"), "a.c");
        assert_eq!(file_stem("notes.v2"), "notes.v2");
        assert_eq!(file_stem(".txt"), ".txt");
    }
}
