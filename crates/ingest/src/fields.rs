//! Which JSON keys hold an article's text, title, url, date and id.

use crate::IngestError;
use newsmill_types::{Record, Source};
use serde_json::{Map, Value};

/// The JSON keys read for each field, tried in order. The defaults cover
/// the common dump layouts (news-please, newspaper3k, Common Crawl extracts,
/// plain exports); each list can be replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    pub text: Vec<String>,
    pub title: Vec<String>,
    pub url: Vec<String>,
    pub date: Vec<String>,
    pub id: Vec<String>,
}

impl Default for FieldMap {
    fn default() -> Self {
        let keys = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
        FieldMap {
            text: keys(&["text", "content", "body", "article", "maintext"]),
            title: keys(&["title", "headline"]),
            url: keys(&["url", "link"]),
            date: keys(&["date", "published", "date_publish"]),
            id: keys(&["id"]),
        }
    }
}

impl FieldMap {
    /// Turn one JSON value into a record. `fallback_id` is used when the
    /// object has no id field. On failure returns the id the record would
    /// have had with the reason.
    pub fn to_record(
        &self,
        value: Value,
        fallback_id: String,
        source: Source,
    ) -> Result<Record, (String, IngestError)> {
        let Value::Object(mut object) = value else {
            return Err((fallback_id, IngestError::NotAnObject));
        };
        let id = take_first(&mut object, &self.id)
            .and_then(|(_, v)| match v {
                Value::String(s) if !s.is_empty() => Some(s),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .unwrap_or(fallback_id);
        let text = match take_first(&mut object, &self.text) {
            None => {
                return Err((
                    id,
                    IngestError::NoTextField {
                        tried: self.text.join(", "),
                    },
                ))
            }
            Some((field, Value::String(text))) => {
                if text.trim().is_empty() {
                    return Err((id, IngestError::EmptyText { field }));
                }
                text
            }
            Some((field, other)) => {
                return Err((
                    id,
                    IngestError::TextNotString {
                        field,
                        found: json_kind(&other),
                    },
                ))
            }
        };
        let mut string_field = |keys: &[String]| {
            take_first(&mut object, keys).and_then(|(_, v)| match v {
                Value::String(s) if !s.trim().is_empty() => Some(s),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        };
        let title = string_field(&self.title);
        let url = string_field(&self.url);
        let date = string_field(&self.date);
        // A text field holding a whole page is read as HTML, like an
        // `.html` file: the same record builder, then the JSON's own fields
        // (which win over what the page says).
        let mut record = if crate::html::looks_like_html(&text) {
            crate::page::record_from_markup(id.clone(), source, text).map_err(|_| {
                (
                    id,
                    IngestError::EmptyText {
                        field: "html".into(),
                    },
                )
            })?
        } else {
            let mut record = Record::from_text(id, text);
            record.source = source;
            record
        };
        record.title = title.or(record.title.take());
        record.url = url;
        record.date = date.or(record.date.take());
        record.meta.extend(object);
        Ok(record)
    }
}

/// Remove and return the first of `keys` present with a non-null value.
fn take_first(object: &mut Map<String, Value>, keys: &[String]) -> Option<(String, Value)> {
    keys.iter().find_map(|key| match object.remove(key) {
        None | Some(Value::Null) => None,
        Some(value) => Some((key.clone(), value)),
    })
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn source() -> Source {
        Source {
            path: "dump.jsonl".into(),
            line: Some(3),
        }
    }

    #[test]
    fn default_keys_and_pass_through() {
        let value = json!({"id": 42, "headline": "Talks stall", "maintext": "Body.", "link": "https://x.test/a", "published": "2025-03-20", "lang": "en"});
        let record = FieldMap::default()
            .to_record(value, "dump.jsonl:3".into(), source())
            .unwrap();
        assert_eq!(record.id, "42");
        assert_eq!(record.text, "Body.");
        assert_eq!(record.title.as_deref(), Some("Talks stall"));
        assert_eq!(record.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(record.date.as_deref(), Some("2025-03-20"));
        assert_eq!(record.meta.get("lang"), Some(&json!("en")));
    }

    #[test]
    fn reasons_name_the_problem() {
        let map = FieldMap::default();
        let (id, err) = map
            .to_record(json!({"title": "x"}), "f:1".into(), source())
            .unwrap_err();
        assert_eq!(id, "f:1");
        assert!(err.to_string().contains("no text field"));
        let (_, err) = map
            .to_record(json!({"text": ["a"]}), "f:2".into(), source())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "text field \"text\" is an array, not a string"
        );
        let (_, err) = map
            .to_record(json!({"id": "a1", "text": "  "}), "f:3".into(), source())
            .unwrap_err();
        assert!(matches!(err, IngestError::EmptyText { .. }));
        let (_, err) = map
            .to_record(json!([1]), "f:4".into(), source())
            .unwrap_err();
        assert!(matches!(err, IngestError::NotAnObject));
    }
}
