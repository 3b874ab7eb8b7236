//! The article's day when its metadata has none, from the dates found in
//! its zones and body.

use crate::dates::{parse_iso_date, weekday};
use newsmill_types::{ArticleDate, DateEvidence, TemporalMention, Zone, ZonedText};

/// How likely a day found in each kind of place is the publication day.
/// A timestamp or dateline states it; a caption dates the photo, usually
/// the same day or the day before; a date in the prose may be any event
/// the story recalls, so the latest one is only a weak guess.
const TIMESTAMP_CONFIDENCE: f64 = 0.9;
const DATELINE_CONFIDENCE: f64 = 0.9;
const CAPTION_CONFIDENCE: f64 = 0.6;
const TEXT_CONFIDENCE: f64 = 0.3;
/// Added when the prose names the inferred day's weekday ("said on
/// Thursday"), which news writes for the publication day or the days just
/// before it.
const WEEKDAY_AGREES: f64 = 0.15;
const MAX_CONFIDENCE: f64 = 0.95;

/// The publication day from the dates found without an article date:
/// a timestamp line, then the dateline, then a caption, then the latest
/// full date of the text.
pub(crate) fn infer(zoned: &ZonedText, dates: &[TemporalMention]) -> Option<ArticleDate> {
    let full_days = dates.iter().filter_map(|d| {
        let day = d.resolved.as_deref().filter(|r| r.len() == 10)?;
        let days = parse_iso_date(day)?;
        Some((d, days, zoned.zone_at(d.span.start)))
    });
    let mut best: Option<(u8, i64, &TemporalMention, DateEvidence, f64)> = None;
    for (mention, days, zone) in full_days {
        let (rank, evidence, base) = match zone {
            Zone::Timestamp => (0, DateEvidence::Timestamp, TIMESTAMP_CONFIDENCE),
            Zone::Dateline => (1, DateEvidence::Dateline, DATELINE_CONFIDENCE),
            Zone::Caption => (2, DateEvidence::Caption, CAPTION_CONFIDENCE),
            Zone::Title | Zone::Standfirst | Zone::Body => (3, DateEvidence::Text, TEXT_CONFIDENCE),
            _ => continue,
        };
        let better = match best {
            None => true,
            Some((r, d, ..)) => rank < r || (rank == r && rank == 3 && days > d),
        };
        if better {
            best = Some((rank, days, mention, evidence, base));
        }
    }
    let (_, days, mention, from, base) = best?;
    let agrees = dates
        .iter()
        .any(|d| d.resolved.is_none() && weekday_named(&d.text) == Some(weekday(days)));
    let confidence = if agrees {
        (base + WEEKDAY_AGREES).min(MAX_CONFIDENCE)
    } else {
        base
    };
    Some(ArticleDate {
        date: mention.resolved.clone()?,
        from,
        confidence: (confidence * 100.0).round() / 100.0,
        text: mention.text.clone(),
        span: mention.span,
    })
}

/// The weekday (0 = Monday) a date expression names, if it names one.
fn weekday_named(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    crate::dates::WEEKDAYS
        .iter()
        .position(|d| lower.contains(d))
        .and_then(|i| u32::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone_names::tests::zoned;
    use crate::Extractor;
    use newsmill_types::Span;

    #[test]
    fn caption_date_dates_the_article_and_resolves_weekdays() {
        let raw = "Divers search the harbour at Port Alder on March 7, 2024.\n\
                   The harbour master said on Thursday that the search would go on.";
        let body = Span::new(raw.find("The harbour").expect("body"), raw.len());
        let zoned = zoned(
            raw,
            body,
            &[(
                Zone::Caption,
                "Divers search the harbour at Port Alder on March 7, 2024.",
            )],
        );
        let x = Extractor::english().extract_zoned(&zoned, None);
        let date = x.article_date.expect("inferred");
        assert_eq!(date.date, "2024-03-07");
        assert_eq!(date.from, DateEvidence::Caption);
        // March 7, 2024 was a Thursday, which the body names.
        assert_eq!(date.confidence, 0.75);
        let thursday = x
            .dates
            .iter()
            .find(|d| d.text.contains("Thursday"))
            .expect("thursday");
        assert_eq!(thursday.resolved.as_deref(), Some("2024-03-07"));
        assert_eq!(thursday.zone, Zone::Body);
    }

    #[test]
    fn a_timestamp_beats_a_caption_and_metadata_beats_both() {
        let raw =
            "Published: 9 March 2024\nA photo from March 7, 2024.\nThe council met on Friday.";
        let body = Span::new(raw.find("The council").expect("body"), raw.len());
        let zoned = zoned(
            raw,
            body,
            &[
                (Zone::Timestamp, "Published: 9 March 2024"),
                (Zone::Caption, "A photo from March 7, 2024."),
            ],
        );
        let x = Extractor::english().extract_zoned(&zoned, None);
        let date = x.article_date.expect("inferred");
        assert_eq!(
            (date.date.as_str(), date.from),
            ("2024-03-09", DateEvidence::Timestamp)
        );
        assert_eq!(date.text, "9 March 2024");
        let given = Extractor::english().extract_zoned(&zoned, Some("2024-03-10"));
        assert!(given.article_date.is_none());
    }
}
