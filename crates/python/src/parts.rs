//! Whole runs over parts of one dump, and their merge, for cluster jobs
//! whose tasks read the dump's file themselves (`newsmill.spark`): what
//! `newsmill templates`, `newsmill run --part K/N` and `newsmill merge` do
//! on the command line, callable from Python with the GIL released.

use newsmill_ingest::IngestOptions;
use newsmill_report::{ReportOptions, Shard, ShardManifest};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;

/// The template lines of the whole of `inputs` (the text of a
/// `newsmill templates` file), learnt on every core of this machine.
#[pyfunction]
#[pyo3(signature = (inputs, min_records=50))]
pub fn learn_templates(py: Python<'_>, inputs: Vec<PathBuf>, min_records: usize) -> String {
    py.allow_threads(|| {
        newsmill_cli::learn_template_lines(&inputs, &IngestOptions::default(), min_records)
            .to_file_text()
    })
}

/// `newsmill run` with these command-line arguments (those after
/// `newsmill run`, such as `["dump.jsonl", "--part", "3/8", "--out", ...]`);
/// returns the run's summary as JSON.
#[pyfunction]
pub fn run_command(py: Python<'_>, args: Vec<String>) -> PyResult<String> {
    let summary = py
        .allow_threads(|| newsmill_cli::run_with_args(args))
        .map_err(|e| PyOSError::new_err(format!("{e:#}")))?;
    serde_json::to_string(&summary).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A merge of shard folders fed one at a time, in dump order
/// (`newsmill merge`, incrementally).
#[pyclass(module = "newsmill._newsmill", unsendable)]
pub struct Merger {
    inner: Option<newsmill_report::Merger>,
}

#[pymethods]
impl Merger {
    #[new]
    #[pyo3(signature = (out, html_articles=2000))]
    fn new(py: Python<'_>, out: PathBuf, html_articles: usize) -> PyResult<Self> {
        let options = ReportOptions {
            html_article_limit: html_articles,
            ..ReportOptions::default()
        };
        let merger = py
            .allow_threads(|| newsmill_report::Merger::create(&out, options))
            .map_err(|e| PyOSError::new_err(e.to_string()))?;
        Ok(Merger {
            inner: Some(merger),
        })
    }

    /// Add the next shard folder (one that `newsmill run --shard-state` or
    /// `--part` finished).
    fn add(&mut self, py: Python<'_>, shard: PathBuf) -> PyResult<()> {
        let merger = self.inner.as_mut().ok_or_else(finished)?;
        py.allow_threads(|| {
            let manifest = ShardManifest::read(&shard)?;
            merger.add(&Shard {
                dir: shard,
                manifest,
            })
        })
        .map_err(|e| PyOSError::new_err(e.to_string()))
    }

    /// Write the dump-level files; returns the merged run's summary as JSON.
    fn finish(&mut self, py: Python<'_>) -> PyResult<String> {
        let merger = self.inner.take().ok_or_else(finished)?;
        let outcome = py
            .allow_threads(|| merger.finish())
            .map_err(|e| PyOSError::new_err(e.to_string()))?;
        serde_json::to_string(&outcome.summary).map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

fn finished() -> PyErr {
    PyValueError::new_err("this merge is finished")
}
