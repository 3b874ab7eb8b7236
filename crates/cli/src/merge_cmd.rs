//! `newsmill templates` and `newsmill merge`: the two steps around runs
//! over parts of one dump.

use crate::args::{MergeArgs, TemplatesArgs};
use crate::run::{learn_template_lines, worker_pool};
use anyhow::{Context, Result};
use newsmill_report::shard::{merge_shards, open_shards, templates_differ, MergeOutcome};
use newsmill_report::{ReportOptions, TableBounds};

/// `newsmill templates`: learn the template lines of the whole dump once
/// and write them to a file; returns how many lines were learnt.
pub fn templates(args: &TemplatesArgs) -> Result<usize> {
    let (pool, _) = worker_pool(args.threads)?;
    let options = args.input.ingest_options();
    let lines = pool
        .install(|| learn_template_lines(&args.input.inputs, &options, args.template_min_records));
    std::fs::write(&args.out, lines.to_file_text())
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    Ok(lines.len())
}

/// `newsmill merge`: the shards' outputs combined into one report.
pub fn merge(args: &MergeArgs) -> Result<MergeOutcome> {
    let shards = open_shards(&args.shards)?;
    if templates_differ(&shards) {
        eprintln!(
            "newsmill: warning: the shards were cleaned with different template lines, so their \
             article texts can differ from a single run's; for identical output learn them once \
             with `newsmill templates` and run every shard with --templates"
        );
    }
    let options = ReportOptions {
        html_article_limit: args.html_articles,
        table_bounds: TableBounds::for_memory_mb(args.memory as usize),
        ..ReportOptions::default()
    };
    Ok(merge_shards(&shards, &args.out, options)?)
}
