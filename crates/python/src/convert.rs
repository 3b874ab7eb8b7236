//! Articles into Python objects. The field names of the many small objects
//! of an article (mentions, quotes, removed ranges) are the same few
//! dozen strings: made once per batch and shared, rather than made anew
//! for every object as a generic conversion does.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;
use std::collections::HashMap;

/// Python strings for repeated short strings (field names, type labels,
/// removal reasons), for one batch.
#[derive(Default)]
pub struct Names<'py> {
    made: HashMap<String, Bound<'py, PyString>>,
}

/// Strings longer than this are text, not labels: not worth keeping.
const LABEL_BYTES: usize = 24;

impl<'py> Names<'py> {
    fn get(&mut self, py: Python<'py>, name: &str) -> Bound<'py, PyString> {
        if let Some(made) = self.made.get(name) {
            return made.clone();
        }
        let made = PyString::new(py, name);
        self.made.insert(name.to_string(), made.clone());
        made
    }

    /// The JSON value as `json.loads` would give it.
    pub fn python_object(&mut self, py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
        Ok(match value {
            Value::Null => py.None().into_bound(py),
            Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    i.into_pyobject(py)?.into_any()
                } else if let Some(u) = n.as_u64() {
                    u.into_pyobject(py)?.into_any()
                } else {
                    n.as_f64().unwrap_or(0.0).into_pyobject(py)?.into_any()
                }
            }
            Value::String(s) if s.len() <= LABEL_BYTES => self.get(py, s).into_any(),
            Value::String(s) => PyString::new(py, s).into_any(),
            Value::Array(items) => {
                let list = PyList::empty(py);
                for item in items {
                    list.append(self.python_object(py, item)?)?;
                }
                list.into_any()
            }
            Value::Object(fields) => {
                let dict = PyDict::new(py);
                for (key, item) in fields {
                    dict.set_item(self.get(py, key), self.python_object(py, item)?)?;
                }
                dict.into_any()
            }
        })
    }
}
