//! The newsmill driver: parses the command line and chains
//! `newsmill-ingest` → `newsmill-clean` → `newsmill-extract` →
//! `newsmill-report`, in parallel with rayon. The binary's `main` only calls
//! [`main`].
//!
//! [`drive`] is the run without the command line: any
//! [`newsmill_report::ArticleSink`] can take the articles
//! (`examples/own_sink.rs` is a runnable one).
//!
//! Exit codes: 0 all records written; 1 the run could not complete (an
//! unreadable option, an unwritable output folder); 2 bad command line;
//! 3 the run completed but some records failed (see `failures.jsonl`).
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod args;
mod clean_cmd;
mod first_ids;
mod held;
mod merge_cmd;
mod models;
pub mod pipeline;
mod progress;
mod run;

pub use progress::Progress;
pub use run::{drive, learn_template_lines, worker_pool, Job};

pub use args::Cli;
use args::Command;
use clap::Parser;
pub(crate) use models::load_extractor;

/// Exit code of a run that completed with some failed records.
pub const EXIT_WITH_FAILURES: i32 = 3;
/// Exit code of a run that could not complete.
pub const EXIT_ERROR: i32 = 1;

/// Entry point of the `newsmill` binary; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() { 2 } else { 0 };
        }
    };
    match dispatch(&cli.command) {
        Ok(code) => code,
        // A reader that stops early (`| head`) is not an error.
        Err(error) if is_broken_pipe(&error) => 0,
        Err(error) => {
            eprintln!("newsmill: error: {error:#}");
            EXIT_ERROR
        }
    }
}

/// `newsmill run` with `args` (what follows `newsmill run` on a command
/// line), for programs that embed newsmill, such as the Python package's
/// cluster jobs; returns the run's summary. Progress is shown only when
/// stderr is a terminal; `--quiet` silences it.
pub fn run_with_args<I, T>(args: I) -> anyhow::Result<newsmill_report::RunSummary>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let argv = ["newsmill", "run"]
        .into_iter()
        .map(std::ffi::OsString::from)
        .chain(args.into_iter().map(Into::into));
    match Cli::try_parse_from(argv)?.command {
        Command::Run(args) => Ok(run::run(&args)?.summary),
        _ => anyhow::bail!("not a run"),
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(command: &Command) -> anyhow::Result<i32> {
    match command {
        Command::Run(args) => {
            let outcome = run::run(args)?;
            let s = &outcome.summary;
            eprintln!(
                "newsmill: {} records read ({:.1} MB) in {:.2} s ({:.1} MB/s): {} articles written, {} failed, {} duplicates skipped{}{} -> {}",
                s.records_seen,
                s.bytes_read as f64 / 1e6,
                s.seconds,
                s.bytes_read as f64 / 1e6 / s.seconds.max(1e-9),
                s.articles_written,
                s.failures,
                s.duplicates_skipped,
                if s.resumed_skipped > 0 { format!(", {} already done", s.resumed_skipped) } else { String::new() },
                match s.skipped_records.values().sum::<u64>() {
                    0 => String::new(),
                    skipped => format!(", {skipped} not articles {:?}", s.skipped_records),
                },
                args.out.display()
            );
            Ok(if s.failures > 0 {
                EXIT_WITH_FAILURES
            } else {
                0
            })
        }
        Command::Clean(args) => {
            let outcome = clean_cmd::clean(args)?;
            Ok(if outcome.failed > 0 {
                EXIT_WITH_FAILURES
            } else {
                0
            })
        }
        Command::Templates(args) => {
            let lines = merge_cmd::templates(args)?;
            eprintln!("newsmill: {lines} template lines -> {}", args.out.display());
            Ok(0)
        }
        Command::Merge(args) => {
            let outcome = merge_cmd::merge(args)?;
            let s = &outcome.summary;
            eprintln!(
                "newsmill: merged {} shards in {:.2} s: {} records, {} articles, {} failed, {} duplicates ({} across shards) -> {}",
                args.shards.len(),
                s.seconds,
                s.records_seen,
                s.articles_written,
                s.failures,
                s.duplicates_skipped,
                outcome.cross_shard_copies,
                args.out.display()
            );
            Ok(if s.failures > 0 {
                EXIT_WITH_FAILURES
            } else {
                0
            })
        }
        Command::Eval(command) => models::eval(command),
        Command::Train(command) => models::train(command),
        Command::NerConll(args) => models::ner_conll(args),
    }
}
