//! A tiny RFC 4180 CSV line builder.
//!
//! A field is quoted when it contains a comma, a double quote, CR or LF (or
//! starts or ends with a space, so spreadsheet tools keep it); inside quotes
//! a double quote is doubled. Lines end with CRLF as the RFC says.

/// Header of `mentions.csv`.
pub const MENTIONS_HEADER: &[&str] = &[
    "article_id",
    "text",
    "type",
    "canonical",
    "start",
    "end",
    "clean_start",
    "clean_end",
    "zone",
];
/// Header of `quotes.csv`.
pub const QUOTES_HEADER: &[&str] = &[
    "article_id",
    "speaker",
    "speaker_canonical",
    "text",
    "fragment",
    "start",
    "end",
    "zone",
];
/// Header of `figures.csv`.
pub const FIGURES_HEADER: &[&str] = &[
    "article_id",
    "text",
    "value",
    "qualifier",
    "bound",
    "counted",
    "source",
    "time_scope",
    "place",
    "start",
    "end",
    "zone",
];
/// Header of `articles.csv`.
pub const ARTICLES_HEADER: &[&str] = &[
    "id",
    "title",
    "byline",
    "outlet",
    "date",
    "words",
    "removed_share",
    "duplicate_of",
    "similarity",
    "cluster",
    "story",
];
/// Header of `entities.csv`.
pub const ENTITIES_HEADER: &[&str] = &[
    "canonical",
    "type",
    "aliases",
    "articles",
    "mentions",
    "outlets",
];

/// Builds one CSV line at a time into a reusable buffer.
#[derive(Debug, Default, Clone)]
pub struct CsvLine {
    line: String,
    fields: usize,
    /// Where [`CsvLine::display`] formats a value before quoting it.
    formatted: String,
}

impl CsvLine {
    pub fn new() -> Self {
        Self::default()
    }

    /// Append one field.
    pub fn field(&mut self, value: &str) -> &mut Self {
        if self.fields > 0 {
            self.line.push(',');
        }
        self.fields += 1;
        push_field(&mut self.line, value);
        self
    }

    /// Append an optional field (empty when `None`).
    pub fn opt(&mut self, value: Option<&str>) -> &mut Self {
        self.field(value.unwrap_or(""))
    }

    /// Append a number or any other `Display` value.
    pub fn display(&mut self, value: impl std::fmt::Display) -> &mut Self {
        use std::fmt::Write;
        let mut formatted = std::mem::take(&mut self.formatted);
        formatted.clear();
        let _ = write!(formatted, "{value}");
        self.field(&formatted);
        self.formatted = formatted;
        self
    }

    /// Append an optional `Display` value (empty when `None`).
    pub fn opt_display(&mut self, value: Option<impl std::fmt::Display>) -> &mut Self {
        match value {
            Some(value) => self.display(value),
            None => self.field(""),
        }
    }

    /// The finished line with its CRLF; the builder is reset for the next one.
    pub fn finish(&mut self) -> String {
        self.line.push_str("\r\n");
        self.fields = 0;
        std::mem::take(&mut self.line)
    }

    /// Append the finished line with its CRLF to `out`; the builder is
    /// reset for the next one and keeps its buffer (one line after another
    /// of a table without an allocation each).
    pub fn finish_into(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(self.line.as_bytes());
        out.extend_from_slice(b"\r\n");
        self.line.clear();
        self.fields = 0;
    }
}

/// A whole line from a list of fields.
pub fn line(fields: &[&str]) -> String {
    let mut builder = CsvLine::new();
    for field in fields {
        builder.field(field);
    }
    builder.finish()
}

fn push_field(out: &mut String, value: &str) {
    let needs_quotes = value
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        || value.starts_with(' ')
        || value.ends_with(' ');
    if !needs_quotes {
        out.push_str(value);
        return;
    }
    out.push('"');
    out.push_str(&value.replace('"', "\"\""));
    out.push('"');
}

/// Parse CSV text into rows (used by tests and by tools reading our output).
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            _ => field.push(c),
        }
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(line(&["a", "b"]), "a,b\r\n");
        assert_eq!(line(&["a,b", "c"]), "\"a,b\",c\r\n");
        assert_eq!(line(&["he said \"no\"", ""]), "\"he said \"\"no\"\"\",\r\n");
        assert_eq!(line(&["two\nlines"]), "\"two\nlines\"\r\n");
        assert_eq!(line(&["cr\rhere"]), "\"cr\rhere\"\r\n");
        assert_eq!(line(&[" padded"]), "\" padded\"\r\n");
        assert_eq!(line(&["héllo – ok"]), "héllo – ok\r\n");
    }

    #[test]
    fn lines_appended_to_a_table_are_the_lines_finished_one_by_one() {
        let mut c = CsvLine::new();
        let mut table = Vec::new();
        c.field("a,b")
            .display(-2.5)
            .opt_display(Some(7))
            .opt_display(None::<u32>)
            .display(true)
            .finish_into(&mut table);
        // The builder starts the next line empty, with no field before.
        c.field("x").opt(None).finish_into(&mut table);
        assert_eq!(
            String::from_utf8(table).expect("utf-8"),
            "\"a,b\",-2.5,7,,true\r\nx,\r\n"
        );
        assert_eq!(c.field("y").display(3).finish(), "y,3\r\n");
    }

    #[test]
    fn round_trip() {
        let fields = [
            "plain",
            "comma, inside",
            "\"quoted\"",
            "multi\nline\r\nfield",
            "",
            "<b>&amp;</b>",
        ];
        let text = format!("{}{}", line(&fields), line(&["x", "y"]));
        let rows = parse(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0],
            fields.iter().map(|s| s.to_string()).collect::<Vec<_>>()
        );
        assert_eq!(rows[1], vec!["x", "y"]);
    }

    #[test]
    fn builder_resets() {
        let mut b = CsvLine::new();
        b.field("a").opt(None).display(3.5);
        assert_eq!(b.finish(), "a,,3.5\r\n");
        b.field("b");
        assert_eq!(b.finish(), "b\r\n");
    }
}
