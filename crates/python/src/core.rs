//! `Core`: the loaded stages (cleaner with its template lines, tagger) and
//! the work on records, run without the GIL.

use crate::lines::{owned_lines, LineSource, OwnedLine, Read};
use crate::state::DumpState;
use newsmill_clean::{Cleaner, TemplateLines};
use newsmill_cli::pipeline::{process_keyed, Stages};
use newsmill_extract::Extractor;
use newsmill_ingest::{Failure, FieldMap, IngestOptions};
use newsmill_report::{ArticleRecord, DuplicateRecord, FailureRecord};
use newsmill_types::{content_key as key_of, Source};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::collections::HashMap;

/// What became of one line, for Python: `(kind, json)` with kind
/// `article`, `failure` or `duplicate`, and the line as the matching file
/// of `newsmill run` holds it.
type Outcome = (&'static str, String);

#[pyclass(module = "newsmill._newsmill", frozen)]
pub struct Core {
    stages: Stages,
    options: IngestOptions,
}

#[pymethods]
impl Core {
    /// `templates`: the text of a template-lines file (or None);
    /// `ner_model`: the path of a tagger model (None: the built-in English one).
    #[new]
    #[pyo3(signature = (templates=None, ner_model=None))]
    fn new(py: Python<'_>, templates: Option<&str>, ner_model: Option<&str>) -> PyResult<Self> {
        let lines = match templates {
            Some(text) => TemplateLines::from_file_text(text).map_err(|e| {
                PyValueError::new_err(format!("templates: not a template-lines file: {e}"))
            })?,
            None => TemplateLines::default(),
        };
        let model = match ner_model {
            Some(path) => Some(
                std::fs::read(path)
                    .map_err(|e| PyOSError::new_err(format!("cannot read model {path}: {e}")))?,
            ),
            None => None,
        };
        let extractor = py.allow_threads(|| match model {
            Some(bytes) => Extractor::from_model_bytes(&bytes).map_err(|e| e.to_string()),
            None => Ok(Extractor::english()),
        });
        let extractor = extractor.map_err(|e| {
            PyValueError::new_err(format!("ner_model: not a newsmill tagger model: {e}"))
        })?;
        Ok(Core {
            stages: Stages {
                cleaner: Cleaner::with_template_lines(lines),
                extractor,
            },
            options: IngestOptions::default(),
        })
    }

    /// Clean text, or an HTML page, into the article's body text.
    #[pyo3(signature = (text_or_html, title=None))]
    fn clean(&self, py: Python<'_>, text_or_html: &str, title: Option<&str>) -> PyResult<String> {
        let text = text_or_html.to_string();
        let title = title.map(str::to_string);
        py.allow_threads(|| {
            let mut fields = serde_json::Map::new();
            fields.insert("id".into(), "text".into());
            fields.insert("text".into(), text.into());
            if let Some(title) = title {
                fields.insert("title".into(), title.into());
            }
            let source = Source {
                path: "text".into(),
                line: None,
            };
            let record = FieldMap::default()
                .to_record(fields.into(), "text".into(), source)
                .map_err(|(_, error)| error.to_string())?;
            let raw = record.text.as_str();
            let article = match &record.html {
                Some(html) => self
                    .stages
                    .cleaner
                    .clean_html(raw, html, record.title.as_deref()),
                None => self.stages.cleaner.clean(raw, record.title.as_deref()),
            };
            Ok(article.clean_text(raw).into_text())
        })
        .map_err(|reason: String| PyValueError::new_err(format!("cannot clean: {reason}")))
    }

    /// Entities, quotes, figures and dates of clean text, as JSON.
    #[pyo3(signature = (text, date=None))]
    fn extract(&self, py: Python<'_>, text: &str, date: Option<&str>) -> PyResult<String> {
        py.allow_threads(|| {
            let extraction = self.stages.extractor.extract_dated(text, date);
            serde_json::to_string(&extraction)
        })
        .map_err(|e| PyValueError::new_err(format!("cannot serialise the extraction: {e}")))
    }

    /// Read `(line_number, bytes)` lines of a JSON Lines dump, process their
    /// records in order and add them to `state`; lines whose number is in
    /// `copies` are byte-identical copies of the record named there.
    #[pyo3(signature = (lines, path, relative, state=None, copies=None))]
    fn run_lines(
        &self,
        py: Python<'_>,
        lines: &Bound<'_, PyAny>,
        path: &str,
        relative: &str,
        state: Option<&Bound<'_, DumpState>>,
        copies: Option<HashMap<u64, String>>,
    ) -> PyResult<Vec<Outcome>> {
        let lines = owned_lines(lines)?;
        let copies = copies.unwrap_or_default();
        let source = LineSource {
            path,
            relative,
            options: &self.options,
        };
        let mut local = newsmill_report::DumpState::new();
        let outcomes = py.allow_threads(|| {
            lines
                .iter()
                .filter_map(|line| self.run_line(&source, line, &copies, &mut local))
                .collect::<Vec<_>>()
        });
        if let Some(state) = state {
            state.borrow_mut().inner.merge(local);
        }
        Ok(outcomes)
    }
}

impl Core {
    fn run_line(
        &self,
        source: &LineSource<'_>,
        line: &OwnedLine,
        copies: &HashMap<u64, String>,
        state: &mut newsmill_report::DumpState,
    ) -> Option<Outcome> {
        let read = source.read(line);
        let repaired = matches!(&read, Read::Record(r) if r.replaced_bytes > 0);
        let counted = line.bytes.strip_suffix(b"\r").unwrap_or(&line.bytes).len() as u64 + 1;
        state.add_input(counted, repaired);
        let record = match read {
            Read::Blank => return None,
            Read::Failed(failure) => return Some(failed(state, &failure_record(&failure))),
            Read::Record(record) => record,
        };
        if let Some(first) = copies.get(&line.number) {
            state.add_skipped_copy();
            let copy = DuplicateRecord {
                id: record.id,
                duplicate_of: first.clone(),
            };
            return Some(("duplicate", json_or_empty(&copy)));
        }
        let key = key_of(&record.text);
        let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            process_keyed(&record, key, &self.stages)
        }));
        match processed {
            Ok(article) => match article_json(&article) {
                Ok(json) => {
                    state.add_article(&article);
                    Some(("article", json))
                }
                Err(e) => Some(failed(
                    state,
                    &FailureRecord {
                        id: record.id,
                        source: record.source,
                        kind: "serialize".into(),
                        reason: e.to_string(),
                    },
                )),
            },
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                let failure = FailureRecord {
                    id: record.id,
                    source: record.source,
                    kind: "internal_error".into(),
                    reason: format!("internal error while processing (please report): {message}"),
                };
                Some(failed(state, &failure))
            }
        }
    }
}

fn failed(state: &mut newsmill_report::DumpState, failure: &FailureRecord) -> Outcome {
    state.add_failure(&failure.kind);
    ("failure", json_or_empty(failure))
}

fn failure_record(failure: &Failure) -> FailureRecord {
    FailureRecord {
        id: failure.id.clone(),
        source: failure.source.clone(),
        kind: failure.error.kind().to_string(),
        reason: failure.error.to_string(),
    }
}

/// Records of plain strings and numbers always serialise.
fn json_or_empty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The article's line of `articles.jsonl` (without the newline), with the
/// writer's replacement of numbers JSON cannot hold.
fn article_json(article: &ArticleRecord) -> serde_json::Result<String> {
    let finite =
        article.removed_share.is_finite() && article.figures.iter().all(|f| f.value.is_finite());
    if finite {
        return serde_json::to_string(article);
    }
    let mut copy = article.clone();
    if !copy.removed_share.is_finite() {
        copy.removed_share = 0.0;
    }
    for figure in &mut copy.figures {
        if !figure.value.is_finite() {
            figure.value = 0.0;
        }
    }
    serde_json::to_string(&copy)
}

/// An article line of `run_lines` with `duplicate_of` set: a copy, word for
/// word, of an earlier article found once all parts of the dump are known.
#[pyfunction]
pub fn set_duplicate_of(article_json_line: &str, first: &str) -> PyResult<String> {
    let mut article: ArticleRecord = serde_json::from_str(article_json_line)
        .map_err(|e| PyValueError::new_err(format!("not an article line: {e}")))?;
    article.duplicate_of = Some(first.to_string());
    serde_json::to_string(&article)
        .map_err(|e| PyValueError::new_err(format!("article {}: {e}", article.id)))
}

/// The key that decides byte-identical copies (32 hex digits), as in
/// `articles.jsonl`'s `content_key`.
#[pyfunction]
pub fn content_key(text: &str) -> String {
    format!("{:032x}", key_of(text))
}
