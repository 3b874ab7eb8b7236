use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Turn dumps of scraped news articles into clean text, entities, quotes,
/// figures and reports.
#[derive(Debug, Parser)]
#[command(
    name = "newsmill",
    version,
    max_term_width = 100,
    after_help = "Exit codes: 0 every record was written; 3 the run finished but some records failed \
                  (see failures.jsonl); 1 the run could not finish (e.g. the output folder cannot \
                  be written); 2 the command line was wrong."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Process a dump: clean, extract and report every article.
    Run(RunArgs),
    /// Write the clean body text of each input, or explain one file's cleaning.
    Clean(CleanArgs),
    /// Learn a dump's site-template lines once, for every shard's `run --templates`.
    Templates(TemplatesArgs),
    /// Combine shards (`run --shard-state` outputs) into one run's output.
    Merge(MergeArgs),
    /// Score the cleaner or the tagger against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Train a model.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Tag a CoNLL-format file; print one JSON line per sentence.
    NerConll(NerConllArgs),
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders (walked recursively) of .txt, .md, .html, .json,
    /// .jsonl/.ndjson, .warc, optionally .gz or .zst; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// JSON key holding the article text (repeatable; replaces the defaults
    /// text, content, body, article, maintext).
    #[arg(long = "text-field", value_name = "KEY")]
    pub text_fields: Vec<String>,
    /// JSON key holding the title (repeatable; defaults: title, headline).
    #[arg(long = "title-field", value_name = "KEY")]
    pub title_fields: Vec<String>,
    /// JSON key holding the URL (repeatable; defaults: url, link).
    #[arg(long = "url-field", value_name = "KEY")]
    pub url_fields: Vec<String>,
    /// JSON key holding the date (repeatable; defaults: date, published, date_publish).
    #[arg(long = "date-field", value_name = "KEY")]
    pub date_fields: Vec<String>,
    /// JSON key holding the record id (repeatable; default: id).
    #[arg(long = "id-field", value_name = "KEY")]
    pub id_fields: Vec<String>,
    /// Records larger than this many bytes are reported as failures.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_record_bytes: u64,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Skip records already in the output folder and append the rest.
    #[arg(long)]
    pub resume: bool,
    /// Do not learn site-template lines from the whole dump first.
    #[arg(long)]
    pub no_template_learning: bool,
    /// Smallest number of records for which template learning runs.
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub template_min_records: usize,
    /// Clean with the template lines in FILE (from `newsmill templates`)
    /// instead of learning them from the inputs: shards of one dump cleaned
    /// with one file clean every article as a single run would.
    #[arg(long, value_name = "FILE", conflicts_with = "no_template_learning")]
    pub templates: Option<PathBuf>,
    /// Also write shard.json, which lets `newsmill merge` combine this
    /// output with the outputs of runs over the other parts of the dump.
    #[arg(long)]
    pub shard_state: bool,
    /// Read only part K of N (from 0) of the inputs: what starts in the K-th
    /// of N equal ranges of their bytes (JSON Lines files are cut between
    /// lines, numbered as in the whole file; other files go whole to the part
    /// they start in). Writes a shard (implies --shard-state): run every part
    /// with the same --templates, then `newsmill merge` their folders.
    #[arg(long, value_name = "K/N")]
    pub part: Option<newsmill_ingest::Part>,
    /// A tagger model trained with `newsmill train ner` instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub ner_model: Option<PathBuf>,
    /// Articles shown one by one in report.html (the rest are summarised).
    #[arg(long, default_value_t = 2000, value_name = "N")]
    pub html_articles: usize,
    /// No progress line on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Folder for the run's scratch files (per-article digests, the table
    /// of content keys and report.html's article list, removed at the end;
    /// default: the output folder).
    #[arg(long, value_name = "DIR")]
    pub tmp: Option<PathBuf>,
    /// Memory budget in MB: sizes the dump-level tables (entity spellings,
    /// speakers, figure values) that drop their long tail when full; an
    /// input no larger than an eighth of it is read once, not twice.
    #[arg(long, default_value_t = 256, value_name = "MB", value_parser = clap::value_parser!(u64).range(16..))]
    pub memory: u64,
    /// Keep only articles in these languages (ISO 639-1 codes, comma-separated;
    /// `und` keeps articles whose language is unknown). The others are
    /// counted in the summary as skipped records of kind `language`.
    #[arg(long, value_delimiter = ',', value_name = "CODES", value_parser = language_code)]
    pub languages: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TemplatesArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Where to write the template lines.
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// Smallest number of records for which template learning runs (as for
    /// `run`; below it the file lists no lines).
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub template_min_records: usize,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Output folders of `newsmill run --shard-state`, in any order.
    #[arg(required = true, value_name = "SHARD")]
    pub shards: Vec<PathBuf>,
    /// Output folder of the merged report (created if missing; rewritten).
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Articles shown one by one in report.html (the rest are summarised).
    #[arg(long, default_value_t = 2000, value_name = "N")]
    pub html_articles: usize,
    /// Memory budget in MB, as for `run`: the merge equals a run over the
    /// whole dump with the same value.
    #[arg(long, default_value_t = 256, value_name = "MB", value_parser = clap::value_parser!(u64).range(16..))]
    pub memory: u64,
}

#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Inputs as for `run` (ignored with --explain).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Folder to write one `<input-file-stem>.txt` per input record into.
    #[arg(long, value_name = "DIR", required_unless_present = "explain")]
    pub out_dir: Option<PathBuf>,
    /// Show each line of FILE as kept or removed, with the reason.
    #[arg(long, value_name = "FILE", conflicts_with = "out_dir")]
    pub explain: Option<PathBuf>,
    /// Do not learn site-template lines from the inputs first.
    #[arg(long)]
    pub no_template_learning: bool,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Shingle F1 of cleaned texts against gold texts (as clean_score.py).
    Clean {
        /// Folder of cleaned `<id>.txt` files.
        #[arg(long, value_name = "DIR")]
        input: PathBuf,
        /// Folder of gold `<id>.txt` files.
        #[arg(long, value_name = "DIR")]
        gold: PathBuf,
        /// Shingle size.
        #[arg(long, default_value_t = 4)]
        ngram: usize,
    },
    /// Per-type and micro P/R/F1 of the tagger on a CoNLL file (conlleval semantics).
    Ner {
        #[arg(long, value_name = "FILE")]
        conll: PathBuf,
        #[arg(long, value_name = "FILE")]
        ner_model: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// Train the entity tagger from CoNLL-2003-format data.
    Ner {
        /// Training data (token ... tag per line).
        #[arg(long, value_name = "FILE")]
        conll: PathBuf,
        /// Development data, for choosing the number of epochs.
        #[arg(long, value_name = "FILE")]
        dev: Option<PathBuf>,
        /// Where to write the model.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct NerConllArgs {
    /// CoNLL-format file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_name = "FILE")]
    pub ner_model: Option<PathBuf>,
}

impl InputArgs {
    pub fn ingest_options(&self) -> newsmill_ingest::IngestOptions {
        let mut options = newsmill_ingest::IngestOptions {
            max_record_bytes: self.max_record_bytes,
            ..Default::default()
        };
        let fields = &mut options.fields;
        for (given, target) in [
            (&self.text_fields, &mut fields.text),
            (&self.title_fields, &mut fields.title),
            (&self.url_fields, &mut fields.url),
            (&self.date_fields, &mut fields.date),
            (&self.id_fields, &mut fields.id),
        ] {
            if !given.is_empty() {
                target.clone_from(given);
            }
        }
        options
    }
}

/// A `--languages` entry: an ISO 639-1 code the detector knows, or `und`.
fn language_code(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_lowercase();
    if code == "und" || newsmill_language::CODES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(format!(
            "{text:?} is not an ISO 639-1 code newsmill detects (e.g. en, de, zh; und for unknown)"
        ))
    }
}
