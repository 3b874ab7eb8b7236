//! The mergeable states of a dump, for Python: the dump-level state
//! (`DumpState`) and the template-line counts (`TemplateCounter`), each
//! with bytes to ship between processes and machines, and the fold of
//! dump states that a driver writes the reports from (`StateFold`).

use crate::lines::{owned_lines, LineSource, Read};
use newsmill_ingest::IngestOptions;
use newsmill_report::{ArticleRecord, ReportOptions, RunSummary, ARTICLES_JSONL};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};
use std::path::PathBuf;

#[pyclass(module = "newsmill._newsmill")]
#[derive(Clone, Default)]
pub struct DumpState {
    pub inner: newsmill_report::DumpState,
}

#[pymethods]
impl DumpState {
    #[new]
    fn new() -> Self {
        DumpState {
            inner: newsmill_report::DumpState::new(),
        }
    }

    /// Add one article given as the JSON of its `articles.jsonl` line.
    fn add_json(&mut self, py: Python<'_>, article: &str) -> PyResult<()> {
        let parsed: Result<ArticleRecord, _> = py.allow_threads(|| serde_json::from_str(article));
        let article = parsed.map_err(|e| PyValueError::new_err(article_error(article, &e)))?;
        py.allow_threads(|| self.inner.add_article(&article));
        Ok(())
    }

    /// Add one article given as a dict (or the JSON text) of its
    /// `articles.jsonl` line.
    fn add(&mut self, py: Python<'_>, article: &Bound<'_, PyAny>) -> PyResult<()> {
        if let Ok(text) = article.extract::<String>() {
            return self.add_json(py, &text);
        }
        let record: ArticleRecord = pythonize::depythonize(article).map_err(|e| {
            let id = article
                .get_item("id")
                .ok()
                .and_then(|id| id.extract::<String>().ok());
            let reason = format!("not an article record: {e}");
            PyValueError::new_err(match id {
                Some(id) => format!("article {id:?}: {reason}"),
                None => reason,
            })
        })?;
        py.allow_threads(|| self.inner.add_article(&record));
        Ok(())
    }

    /// Count one record that produced no article, by its kind.
    fn add_failure(&mut self, kind: &str) {
        self.inner.add_failure(kind);
    }

    /// Count one record skipped as a byte-identical copy.
    fn add_skipped_copy(&mut self) {
        self.inner.add_skipped_copy();
    }

    /// Count one input record that is not an article, by kind
    /// (`request`, `redirect`, `non_html`...).
    fn add_skipped_record(&mut self, kind: &str) {
        self.inner.add_skipped_record(kind);
    }

    /// Input bytes read and whether the record had invalid bytes replaced.
    #[pyo3(signature = (bytes, repaired=false))]
    fn add_input(&mut self, bytes: u64, repaired: bool) {
        self.inner.add_input(bytes, repaired);
    }

    /// Fold `other` (the part of the dump after this one's) into this state.
    fn merge(&mut self, py: Python<'_>, other: &Bound<'_, DumpState>) -> PyResult<()> {
        let other = other
            .try_borrow()
            .map_err(|_| PyValueError::new_err("a state cannot be merged into itself"))?
            .inner
            .clone();
        py.allow_threads(|| self.inner.merge(other));
        Ok(())
    }

    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let bytes = py.allow_threads(|| self.inner.to_bytes());
        PyBytes::new(py, &bytes)
    }

    #[classmethod]
    fn from_bytes(_class: &Bound<'_, PyType>, py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let inner = py.allow_threads(|| newsmill_report::DumpState::from_bytes(data));
        inner
            .map(|inner| DumpState { inner })
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The run's counts as JSON (`summary.json`'s run fields).
    fn summary_json(&self) -> String {
        serde_json::to_string(&self.inner.summary()).unwrap_or_default()
    }

    /// `(id, first id)` of each article with the same words as an earlier one.
    fn word_copies(&self, py: Python<'_>) -> Vec<(String, String)> {
        py.allow_threads(|| self.inner.word_copies())
    }

    fn __len__(&self) -> usize {
        self.inner.articles()
    }

    /// Write the dump-level files; `run_json` is the run summary as JSON,
    /// `articles_jsonl` the articles file `report.html` shows the first of.
    #[pyo3(signature = (out_dir, run_json, articles_jsonl=None, html_articles=2000))]
    fn write_reports(
        &self,
        py: Python<'_>,
        out_dir: PathBuf,
        run_json: &str,
        articles_jsonl: Option<PathBuf>,
        html_articles: usize,
    ) -> PyResult<String> {
        let inner = &self.inner;
        write_reports_with(
            py,
            &out_dir,
            run_json,
            articles_jsonl,
            html_articles,
            |out, options, run, articles| inner.write_reports(out, options, run, articles),
        )
    }
}

/// States folded in dump order with flat memory (`newsmill_report::StateFold`).
#[pyclass(module = "newsmill._newsmill")]
pub struct StateFold {
    inner: newsmill_report::StateFold,
}

#[pymethods]
impl StateFold {
    /// An empty fold whose per-article digests wait in scratch files in
    /// `scratch_dir` (default: the system's temporary folder).
    #[new]
    #[pyo3(signature = (scratch_dir=None))]
    fn new(scratch_dir: Option<PathBuf>) -> PyResult<Self> {
        let dir = scratch_dir.unwrap_or_else(std::env::temp_dir);
        newsmill_report::StateFold::create(&dir, newsmill_report::TableBounds::default())
            .map(|inner| StateFold { inner })
            .map_err(|e| PyOSError::new_err(format!("{}: {e}", dir.display())))
    }

    /// Fold in a state (the part of the dump after those folded so far).
    fn add(&mut self, py: Python<'_>, state: &Bound<'_, DumpState>) {
        let state = state.borrow();
        let inner = &state.inner;
        py.allow_threads(|| self.inner.add(inner));
    }

    /// Fold in a state given as its bytes, without keeping it.
    fn add_bytes(&mut self, py: Python<'_>, data: &[u8]) -> PyResult<()> {
        py.allow_threads(|| {
            let state = newsmill_report::DumpState::from_bytes(data)?;
            self.inner.add(&state);
            Ok(())
        })
        .map_err(|e: newsmill_report::StateError| PyValueError::new_err(e.to_string()))
    }

    /// The run's counts as JSON (`summary.json`'s run fields).
    fn summary_json(&self) -> String {
        serde_json::to_string(&self.inner.summary()).unwrap_or_default()
    }

    /// `(id, first id)` of each article with the same words as an earlier one.
    fn word_copies(&self) -> Vec<(String, String)> {
        self.inner.word_copies().to_vec()
    }

    /// As `DumpState.write_reports`.
    #[pyo3(signature = (out_dir, run_json, articles_jsonl=None, html_articles=2000))]
    fn write_reports(
        &mut self,
        py: Python<'_>,
        out_dir: PathBuf,
        run_json: &str,
        articles_jsonl: Option<PathBuf>,
        html_articles: usize,
    ) -> PyResult<String> {
        let inner = &mut self.inner;
        write_reports_with(
            py,
            &out_dir,
            run_json,
            articles_jsonl,
            html_articles,
            |out, options, run, articles| inner.write_reports(out, options, run, articles),
        )
    }
}

/// A `write_reports` call: the run summary parsed from `run_json`, the
/// articles file (by default `out_dir/articles.jsonl`) and the report
/// options given to `write` without the GIL; the report as JSON.
fn write_reports_with(
    py: Python<'_>,
    out_dir: &std::path::Path,
    run_json: &str,
    articles_jsonl: Option<PathBuf>,
    html_articles: usize,
    write: impl FnOnce(
            &std::path::Path,
            &ReportOptions,
            &RunSummary,
            &std::path::Path,
        ) -> Result<newsmill_report::DumpReport, newsmill_report::ReportError>
        + Send,
) -> PyResult<String> {
    let run: RunSummary = serde_json::from_str(run_json)
        .map_err(|e| PyValueError::new_err(format!("run: not a run summary: {e}")))?;
    let articles = articles_jsonl.unwrap_or_else(|| out_dir.join(ARTICLES_JSONL));
    let options = ReportOptions {
        html_article_limit: html_articles,
        ..ReportOptions::default()
    };
    let report = py
        .allow_threads(|| write(out_dir, &options, &run, &articles))
        .map_err(|e| PyOSError::new_err(e.to_string()))?;
    serde_json::to_string(&report).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn article_error(json: &str, error: &serde_json::Error) -> String {
    let id = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v.get("id").and_then(|id| id.as_str()).map(str::to_string));
    match id {
        Some(id) => format!("article {id:?}: not an article record: {error}"),
        None => format!("not an article record: {error}"),
    }
}

#[pyclass(module = "newsmill._newsmill")]
#[derive(Clone, Default)]
pub struct TemplateCounter {
    pub inner: newsmill_clean::TemplateCounter,
}

#[pymethods]
impl TemplateCounter {
    #[new]
    fn new() -> Self {
        TemplateCounter::default()
    }

    /// Count the lines of one raw article text.
    fn observe(&mut self, text: &str) {
        self.inner.observe(text);
    }

    /// Add the counts of another part of the dump.
    fn merge(&mut self, other: &Bound<'_, TemplateCounter>) -> PyResult<()> {
        let other = other
            .try_borrow()
            .map_err(|_| PyValueError::new_err("a counter cannot be merged into itself"))?
            .inner
            .clone();
        self.inner.merge(other);
        Ok(())
    }

    #[getter]
    fn articles(&self) -> u64 {
        self.inner.articles()
    }

    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.inner.to_counts_text().as_bytes())
    }

    #[classmethod]
    fn from_bytes(_class: &Bound<'_, PyType>, data: &[u8]) -> PyResult<Self> {
        let text = std::str::from_utf8(data)
            .map_err(|_| PyValueError::new_err("not template counts: not UTF-8"))?;
        newsmill_clean::TemplateCounter::from_counts_text(text)
            .map(|inner| TemplateCounter { inner })
            .map_err(|e| PyValueError::new_err(format!("not template counts: {e}")))
    }

    /// The template lines as the text of a template-lines file (what
    /// `newsmill templates` writes); none below `min_records` articles.
    #[pyo3(signature = (min_records=50))]
    fn finish(&self, min_records: u64) -> String {
        if self.inner.articles() < min_records {
            return newsmill_clean::TemplateLines::default().to_file_text();
        }
        self.inner.clone().finish().to_file_text()
    }
}

/// Read `(line_number, bytes)` lines of a JSON Lines dump: count each
/// record's lines in `counter` and return `(line_number, content_key, id)`
/// of every record (failures are left for the processing pass to log).
#[pyfunction]
pub fn scan_lines(
    py: Python<'_>,
    lines: &Bound<'_, PyAny>,
    path: &str,
    relative: &str,
    counter: &Bound<'_, TemplateCounter>,
) -> PyResult<Vec<(u64, String, String)>> {
    let lines = owned_lines(lines)?;
    let options = IngestOptions::default();
    let source = LineSource {
        path,
        relative,
        options: &options,
    };
    let mut counts = newsmill_clean::TemplateCounter::default();
    let keys = py.allow_threads(|| {
        let mut keys = Vec::new();
        for line in &lines {
            if let Read::Record(record) = source.read(line) {
                counts.observe(&record.text);
                let key = format!("{:032x}", newsmill_types::content_key(&record.text));
                keys.push((line.number, key, record.id));
            }
        }
        keys
    });
    counter.borrow_mut().inner.merge(counts);
    Ok(keys)
}
