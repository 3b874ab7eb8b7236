//! The path of one article through the stages: clean, extract, assemble.

use newsmill_clean::Cleaner;
use newsmill_extract::Extractor;
use newsmill_language::{detect, Detection, Hints, HINT_ONLY_CONFIDENCE};
use newsmill_report::{ArticleRecord, MentionRecord, SCHEMA_VERSION};
use newsmill_types::{
    content_hash, content_key, CleanArticle, CleanText, Extraction, Record, ZonedText,
};

/// Entities, quotes, figures and dates are extracted from at most this many
/// bytes of clean text (cut at a paragraph break). News articles are far
/// shorter; the cap keeps a pathological multi-megabyte record from holding
/// a worker for minutes, since some rules look back over earlier mentions.
pub const MAX_EXTRACT_BYTES: usize = 1 << 20;

/// The line of `failures.jsonl` for a record the reader could not read.
pub fn failure_record(failure: &newsmill_ingest::Failure) -> newsmill_report::FailureRecord {
    newsmill_report::FailureRecord {
        id: failure.id.clone(),
        source: failure.source.clone(),
        kind: failure.error.kind().to_string(),
        reason: failure.error.to_string(),
    }
}

/// The message of a caught panic, for the failure that records it.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// The stages every worker shares (read-only).
pub struct Stages {
    pub cleaner: Cleaner,
    pub extractor: Extractor,
    /// Languages whose articles are kept (ISO 639-1 codes, `und` for
    /// unknown); empty keeps all. An article in another language is still
    /// cleaned (its language is told from its clean text) but not tagged:
    /// the driver leaves it out anyway.
    pub languages: Vec<String>,
}

/// How `--languages` and the summary name an unknown language.
pub const UNKNOWN_LANGUAGE: &str = "und";

impl Stages {
    /// Whether `--languages` keeps an article in `language` (`None`:
    /// unknown).
    pub fn keeps_language(&self, language: Option<&str>) -> bool {
        let language = language.unwrap_or(UNKNOWN_LANGUAGE);
        self.languages.is_empty()
            || self
                .languages
                .iter()
                .any(|wanted| wanted.trim().eq_ignore_ascii_case(language))
    }
}

/// Clean one record and extract from its body. All offsets in the result
/// point into `record.text`.
pub fn process(record: &Record, stages: &Stages) -> ArticleRecord {
    process_keyed(record, content_key(&record.text), stages)
}

/// [`process`] for a driver that already computed the record's
/// [`content_key`] (to decide exact copies), so the text is hashed once.
pub fn process_keyed(record: &Record, key: u128, stages: &Stages) -> ArticleRecord {
    let raw = record.text.as_str();
    let Cleaned {
        article,
        clean,
        date,
        language,
        zoned,
    } = clean_record(record, &stages.cleaner);
    let mut extraction =
        if runs_english_stages(&language) && stages.keeps_language(language.language) {
            stages.extractor.extract_zoned(&zoned, date.as_deref())
        } else {
            Extraction::default()
        };
    let clean_spans: Vec<_> = extraction
        .mentions
        .iter()
        .map(|m| zoned.locate(m.span, &clean).2)
        .collect();
    extraction.map_spans(|span| zoned.locate(span, &clean).0);
    let mut entities: Vec<MentionRecord> = extraction
        .mentions
        .into_iter()
        .zip(clean_spans)
        .map(|(mention, clean_span)| MentionRecord::new(mention, clean_span))
        .collect();
    // Zones sit before, inside and after the body in the raw text.
    entities.sort_by_key(|m| (m.start, m.end));
    extraction.quotes.sort_by_key(|q| q.span.start);
    extraction.figures.sort_by_key(|f| f.span.start);
    extraction.dates.sort_by_key(|d| d.span.start);

    let removed_share = article.removed_share();
    let removed = article
        .removed
        .iter()
        .map(|line| (line.span.start, line.span.end, line.reason))
        .collect();
    let text = clean.into_text();
    ArticleRecord {
        schema_version: SCHEMA_VERSION.to_string(),
        id: record.id.clone(),
        source: record.source.clone(),
        url: record.url.clone(),
        date,
        date_inferred: extraction.article_date,
        title: article.title.or_else(|| record.title.clone()),
        subtitle: article.subtitle,
        byline: article
            .byline
            .or_else(|| meta_str(record, "author").map(str::to_string)),
        outlet: article
            .outlet
            .or_else(|| meta_str(record, "site_name").map(str::to_string)),
        dateline: article.dateline,
        syndication: article.syndication,
        words: text.split_whitespace().count(),
        text,
        removed_share,
        content_hash: format!("{:016x}", content_hash(raw)),
        content_key: format!("{key:032x}"),
        duplicate_of: None,
        entities,
        entity_summary: extraction.entities,
        quotes: extraction.quotes,
        figures: extraction.figures,
        dates: extraction.dates,
        removed,
        meta: record.meta.clone(),
        language: language.language.map(str::to_string),
        language_confidence: (language.confidence * 1000.0).round() / 1000.0,
        page: article.page,
    }
}

/// The article's language, from its clean text and the page's `html_lang`
/// and `content_language` hints (set by the HTML reader in `meta`). When
/// the clean text is too short to tell (the cleaner kept little or
/// nothing), the raw text, boilerplate included, is asked too.
pub fn article_language(clean_text: &str, record: &Record) -> Detection {
    let hints = Hints {
        html_lang: meta_str(record, "html_lang"),
        content_language: meta_str(record, "content_language"),
    };
    let from_clean = detect(clean_text, hints);
    if from_clean.confidence > HINT_ONLY_CONFIDENCE {
        return from_clean;
    }
    let from_raw = detect(&record.text, hints);
    if from_raw.confidence > from_clean.confidence {
        from_raw
    } else {
        from_clean
    }
}

/// Policy: the entity tagger, quotes and figures are trained and written
/// for English, so they run on articles detected as English and on those
/// whose language is unknown (mostly very short texts, which they cost
/// little); articles in any other language get clean text, structure,
/// deduplication and a language, with empty extraction, rather than
/// English rules misfiring on them.
pub fn runs_english_stages(language: &Detection) -> bool {
    matches!(language.language, None | Some("en"))
}

fn meta_str<'a>(record: &'a Record, key: &str) -> Option<&'a str> {
    record.meta.get(key).and_then(|v| v.as_str())
}

/// A record after cleaning: what extraction reads and what the article
/// record is built from.
pub struct Cleaned {
    pub article: CleanArticle,
    pub clean: CleanText,
    /// The input's date, else the one the page's markup gives: relative
    /// dates ("on Thursday") are resolved against it.
    pub date: Option<String>,
    pub language: Detection,
    /// The clean text (its first [`MAX_EXTRACT_BYTES`]) with its zones,
    /// as extraction reads it.
    pub zoned: ZonedText,
}

/// Clean one record as `newsmill run` does before extracting from it.
pub fn clean_record(record: &Record, cleaner: &Cleaner) -> Cleaned {
    let raw = record.text.as_str();
    let article = match &record.html {
        Some(html) => cleaner.clean_html(raw, html, record.title.as_deref()),
        None => cleaner.clean(raw, record.title.as_deref()),
    };
    let clean = article.clean_text(raw);
    let date = record
        .date
        .clone()
        .or_else(|| article.page.as_ref().and_then(|p| p.published.clone()));
    let language = article_language(clean.text(), record);
    let zoned = ZonedText::new(extractable_prefix(clean.text()), raw, &article.zones);
    Cleaned {
        article,
        clean,
        date,
        language,
        zoned,
    }
}

/// The text up to the last paragraph break within [`MAX_EXTRACT_BYTES`]
/// (or the last character boundary, for a single giant paragraph).
fn extractable_prefix(text: &str) -> &str {
    if text.len() <= MAX_EXTRACT_BYTES {
        return text;
    }
    let mut cut = MAX_EXTRACT_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    match head.rfind('\n') {
        Some(at) if at > 0 => &head[..at],
        _ => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extraction_stops_at_a_paragraph_break_under_the_cap() {
        let paragraph = "é".repeat(1000);
        let text = vec![paragraph.as_str(); 1000].join("\n");
        assert!(text.len() > MAX_EXTRACT_BYTES);
        let prefix = extractable_prefix(&text);
        assert!(prefix.len() <= MAX_EXTRACT_BYTES);
        assert!(
            text[prefix.len()..].starts_with('\n'),
            "cut at a paragraph break"
        );
        let one_paragraph = "é".repeat(MAX_EXTRACT_BYTES);
        let prefix = extractable_prefix(&one_paragraph);
        assert!(prefix.len() <= MAX_EXTRACT_BYTES && one_paragraph.is_char_boundary(prefix.len()));
        assert_eq!(extractable_prefix("short"), "short");
    }

    #[test]
    fn articles_left_out_by_language_are_cleaned_but_not_tagged() {
        let record = Record::from_text(
            "en-1",
            "Officials in Washington said on Tuesday that Maria Lopez, the mayor of \
             Springfield, would meet the governor next week to discuss the flooding that \
             damaged hundreds of homes along the river.",
        );
        let mut stages = Stages {
            cleaner: Cleaner::default(),
            extractor: Extractor::english(),
            languages: Vec::new(),
        };
        let everything = process(&record, &stages);
        assert_eq!(everything.language.as_deref(), Some("en"));
        assert!(!everything.entities.is_empty(), "tagged when kept");
        stages.languages = vec!["de".into(), "und".into()];
        assert!(!stages.keeps_language(Some("en")) && stages.keeps_language(None));
        let left_out = process(&record, &stages);
        assert_eq!(left_out.language.as_deref(), Some("en"));
        assert_eq!(left_out.text, everything.text, "still cleaned");
        assert!(left_out.entities.is_empty() && left_out.quotes.is_empty());
    }
}
