//! `Core`: the loaded stages (cleaner with its template lines, tagger) and
//! the work on records, run without the GIL.

use crate::convert::Names;
use crate::lines::{owned_line, owned_lines, LineSource, OwnedLine, Read};
use crate::state::DumpState;
use crate::warc::{read_records, Reading, WarcFile};
use newsmill_clean::{Cleaner, TemplateLines};
use newsmill_cli::pipeline::{failure_record, process_keyed, Stages};
use newsmill_extract::Extractor;
use newsmill_ingest::{FieldMap, IngestOptions};
use newsmill_report::{ArticleRecord, DuplicateRecord, FailureRecord};
use newsmill_types::{content_key as key_of, Source};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::collections::HashMap;

/// What became of one record.
enum Outcome {
    Article(Box<ArticleRecord>),
    Failure(FailureRecord),
    Duplicate(DuplicateRecord),
}

impl Outcome {
    fn kind(&self) -> &'static str {
        match self {
            Outcome::Article(_) => "article",
            Outcome::Failure(_) => "failure",
            Outcome::Duplicate(_) => "duplicate",
        }
    }

    /// The line the matching file of `newsmill run` holds (without `\n`).
    fn json(&self) -> String {
        match self {
            Outcome::Article(article) => article_json(article).unwrap_or_default(),
            Outcome::Failure(failure) => json_or_empty(failure),
            Outcome::Duplicate(copy) => json_or_empty(copy),
        }
    }

    /// As a JSON value (JSON has no NaN: see [`article_json`]).
    fn value(&self) -> serde_json::Value {
        let value = match self {
            Outcome::Article(article) => serde_json::to_value(finite(article).as_ref()),
            Outcome::Failure(failure) => serde_json::to_value(failure),
            Outcome::Duplicate(copy) => serde_json::to_value(copy),
        };
        value.unwrap_or_default()
    }
}

/// A record handed over by Python: a line of JSON, or an already parsed
/// object.
pub enum Input {
    Line(OwnedLine),
    Object(u64, serde_json::Value),
    /// A record already read (from a web archive), with its number.
    Read(u64, Read),
}

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
                languages: Vec::new(),
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
    /// Returns `(kind, json_line)` pairs, kind `article`, `failure` or
    /// `duplicate`, each line as the matching file of `newsmill run` holds it.
    #[pyo3(signature = (lines, path, relative, state=None, copies=None))]
    fn run_lines(
        &self,
        py: Python<'_>,
        lines: &Bound<'_, PyAny>,
        path: &str,
        relative: &str,
        state: Option<&Bound<'_, DumpState>>,
        copies: Option<HashMap<u64, String>>,
    ) -> PyResult<Vec<(&'static str, String)>> {
        let inputs: Vec<Input> = owned_lines(lines)?.into_iter().map(Input::Line).collect();
        let copies = copies.unwrap_or_default();
        let outcomes = self.run(
            py,
            |_| inputs,
            path,
            relative,
            state,
            &copies,
            |outcomes| outcomes.iter().map(|o| (o.kind(), o.json())).collect(),
        );
        Ok(outcomes)
    }

    /// Process `(number, record)` pairs, each record a dict (or the JSON
    /// text of one), into `(kind, result)` pairs, kind `article` or
    /// `failure`: dicts as the lines of `articles.jsonl` and
    /// `failures.jsonl` read, or those lines themselves with `as_json`.
    #[pyo3(signature = (records, source, state=None, as_json=false))]
    fn run_records<'py>(
        &self,
        py: Python<'py>,
        records: &Bound<'py, PyAny>,
        source: &str,
        state: Option<&Bound<'py, DumpState>>,
        as_json: bool,
    ) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
        let inputs = records_in(records)?;
        let no_copies = HashMap::new();
        self.run_to_python(py, |_| inputs, source, state, &no_copies, as_json)
    }

    /// The next records of a web archive (up to `max_records`, articles
    /// and failures; skipped records only counted), processed in order and
    /// added to `state` with the archive's skips and bytes; records whose
    /// number is in `copies` are byte-identical copies of the record named
    /// there (given with the first call, kept by the file). Returns
    /// `(kind, result)` pairs as `run_records` does; an empty list once the
    /// archive is read to its end.
    #[pyo3(signature = (file, state=None, copies=None, max_records=64, as_json=true))]
    fn run_warc<'py>(
        &self,
        py: Python<'py>,
        file: &Bound<'py, WarcFile>,
        state: Option<&Bound<'py, DumpState>>,
        copies: Option<HashMap<u64, String>>,
        max_records: usize,
        as_json: bool,
    ) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
        let file = file.get();
        let mut reading = file.take()?;
        // Copies are handed over once, with the first call, and kept.
        if let Some(copies) = copies {
            reading.copies = copies;
        }
        let wanted = max_records.max(1);
        let Reading {
            reader,
            numbered,
            copies,
        } = &mut reading;
        let read = |local: &mut newsmill_report::DumpState| {
            read_records(reader, numbered, wanted, local)
                .into_iter()
                .map(|(number, read)| Input::Read(number, read))
                .collect()
        };
        let outcomes = self.run_to_python(py, read, "", state, copies, as_json);
        file.put_back(reading);
        outcomes
    }
}

/// `(number, record)` pairs from Python, the records read here (with the
/// GIL: they are Python objects).
fn records_in(records: &Bound<'_, PyAny>) -> PyResult<Vec<Input>> {
    let mut inputs = Vec::new();
    for item in records.try_iter()? {
        let (number, record): (u64, Bound<'_, PyAny>) = item?.extract()?;
        if !record.is_instance_of::<pyo3::types::PyDict>() {
            inputs.push(Input::Line(owned_line(number, &record)?));
            continue;
        }
        match pythonize::depythonize::<serde_json::Value>(&record) {
            Ok(value) => inputs.push(Input::Object(number, value)),
            // Values JSON has no type for (dates, decimals) pass as their text.
            Err(_) => inputs.push(Input::Line(owned_line(number, &as_json_text(&record)?)?)),
        }
    }
    Ok(inputs)
}

fn as_json_text<'py>(record: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = record.py();
    let json = py.import("json")?;
    let options = pyo3::types::PyDict::new(py);
    options.set_item("default", py.import("builtins")?.getattr("str")?)?;
    options.set_item("ensure_ascii", false)?;
    json.call_method("dumps", (record,), Some(&options))
}

impl Core {
    /// [`Core::run`] giving `(kind, result)` pairs to Python: each result
    /// its JSON line with `as_json`, else a dict. Lines and JSON values are
    /// made without the GIL; only the Python objects need it.
    fn run_to_python<'py>(
        &self,
        py: Python<'py>,
        inputs: impl FnOnce(&mut newsmill_report::DumpState) -> Vec<Input> + Send,
        source: &str,
        state: Option<&Bound<'py, DumpState>>,
        copies: &HashMap<u64, String>,
        as_json: bool,
    ) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
        let made = self.run(py, inputs, source, source, state, copies, |outcomes| {
            outcomes
                .iter()
                .map(|o| match as_json {
                    true => (o.kind(), Err(o.json())),
                    false => (o.kind(), Ok(o.value())),
                })
                .collect::<Vec<(_, Result<serde_json::Value, String>)>>()
        });
        let mut names = Names::default();
        made.into_iter()
            .map(|(kind, made)| match made {
                Err(line) => Ok((kind, line.into_pyobject(py)?.into_any())),
                Ok(value) => Ok((kind, names.python_object(py, &value)?)),
            })
            .collect()
    }

    /// The records in order, processed without the GIL and added to
    /// `state`; `finish` turns the outcomes into what Python gets (still
    /// without the GIL).
    #[allow(clippy::too_many_arguments)]
    fn run<T: Send>(
        &self,
        py: Python<'_>,
        inputs: impl FnOnce(&mut newsmill_report::DumpState) -> Vec<Input> + Send,
        path: &str,
        relative: &str,
        state: Option<&Bound<'_, DumpState>>,
        copies: &HashMap<u64, String>,
        finish: impl FnOnce(Vec<Outcome>) -> T + Send,
    ) -> T {
        let source = LineSource {
            path,
            relative,
            options: &self.options,
        };
        let mut local = newsmill_report::DumpState::new();
        let done = py.allow_threads(|| {
            let outcomes = inputs(&mut local)
                .into_iter()
                .filter_map(|input| self.run_one(&source, input, copies, &mut local))
                .collect();
            finish(outcomes)
        });
        if let Some(state) = state {
            state.borrow_mut().inner.merge(local);
        }
        done
    }

    fn run_one(
        &self,
        source: &LineSource<'_>,
        input: Input,
        copies: &HashMap<u64, String>,
        state: &mut newsmill_report::DumpState,
    ) -> Option<Outcome> {
        let (number, read) = match input {
            Input::Line(line) => {
                let read = source.read(&line);
                let repaired = matches!(&read, Read::Record(r) if r.replaced_bytes > 0);
                let counted =
                    line.bytes.strip_suffix(b"\r").unwrap_or(&line.bytes).len() as u64 + 1;
                state.add_input(counted, repaired);
                (line.number, read)
            }
            Input::Object(number, value) => (number, source.read_value(number, value)),
            Input::Read(number, read) => (number, read),
        };
        let record = match read {
            Read::Blank => return None,
            Read::Failed(failure) => return Some(failed(state, failure_record(&failure))),
            Read::Record(record) => record,
        };
        if let Some(first) = copies.get(&number) {
            state.add_skipped_copy();
            return Some(Outcome::Duplicate(DuplicateRecord {
                id: record.id,
                duplicate_of: first.clone(),
            }));
        }
        let key = key_of(&record.text);
        let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            process_keyed(&record, key, &self.stages)
        }));
        match processed {
            Ok(article) => {
                state.add_article(&article);
                Some(Outcome::Article(Box::new(article)))
            }
            Err(panic) => {
                let message = newsmill_cli::pipeline::panic_message(panic.as_ref());
                let failure = FailureRecord {
                    id: record.id,
                    source: record.source,
                    kind: "internal_error".into(),
                    reason: format!("internal error while processing (please report): {message}"),
                };
                Some(failed(state, failure))
            }
        }
    }
}

fn failed(state: &mut newsmill_report::DumpState, failure: FailureRecord) -> Outcome {
    state.add_failure(&failure.kind);
    Outcome::Failure(failure)
}

/// Records of plain strings and numbers always serialise.
fn json_or_empty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The article's line of `articles.jsonl` (without the newline), with the
/// writer's replacement of numbers JSON cannot hold.
fn article_json(article: &ArticleRecord) -> serde_json::Result<String> {
    serde_json::to_string(finite(article).as_ref())
}

/// The article with the writer's replacement (0) of numbers JSON cannot
/// hold; a copy only when it has any.
fn finite(article: &ArticleRecord) -> std::borrow::Cow<'_, ArticleRecord> {
    let finite =
        article.removed_share.is_finite() && article.figures.iter().all(|f| f.value.is_finite());
    if finite {
        return std::borrow::Cow::Borrowed(article);
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
    std::borrow::Cow::Owned(copy)
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
