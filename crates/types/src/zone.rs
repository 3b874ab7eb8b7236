use crate::{CleanText, Span};
use serde::{Deserialize, Serialize};

/// Where in the article a piece of text sits. Readers see the headline,
/// the byline and the captions as much as the body, so entities, quotes,
/// figures and dates are extracted from all of them and say where they
/// were found. Serialised in snake_case; the set may grow.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Zone {
    /// The headline, and every line that repeats it.
    Title,
    /// The standfirst (subtitle) under the headline.
    Standfirst,
    /// One author's name in the byline.
    Byline,
    /// The place line that opens the body ("Washington:").
    Dateline,
    /// The clean body text.
    #[default]
    Body,
    /// A photo or video caption.
    Caption,
    /// The picture or video credit inside or beside a caption ("Image
    /// Credit: REUTERS", "(Video: IDF)"): an agency or photographer, not an
    /// actor of the story.
    Credit,
    /// A "Published ..." / "Updated ..." line or a date standing alone near
    /// the headline.
    Timestamp,
}

impl Zone {
    /// The snake_case name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Title => "title",
            Zone::Standfirst => "standfirst",
            Zone::Byline => "byline",
            Zone::Dateline => "dateline",
            Zone::Body => "body",
            Zone::Caption => "caption",
            Zone::Credit => "credit",
            Zone::Timestamp => "timestamp",
        }
    }
}

/// A piece of the raw text outside the body that belongs to one zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZonedSpan {
    pub span: Span,
    pub zone: Zone,
}

/// The text the extractor reads: the clean body, then every zone piece on a
/// line of its own, with the map from each offset back to the raw text and
/// to its zone. The body comes first so that its offsets are the clean
/// text's, and so that quote attribution inside the body never reaches a
/// byline or a caption placed before it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ZonedText {
    text: String,
    /// Bytes of `text` that are the body.
    body_len: usize,
    /// (offset in `text`, raw span, zone) of each zone piece, in order.
    pieces: Vec<(usize, Span, Zone)>,
}

impl ZonedText {
    /// `body` (clean text, maybe cut short) followed by the zone pieces of
    /// `raw`. Pieces out of bounds, empty, or holding a newline are skipped.
    pub fn new(body: &str, raw: &str, zones: &[ZonedSpan]) -> Self {
        let mut text = String::with_capacity(
            body.len() + zones.iter().map(|z| z.span.len() + 1).sum::<usize>(),
        );
        text.push_str(body);
        let body_len = text.len();
        let mut pieces = Vec::with_capacity(zones.len());
        for zoned in zones {
            let piece = zoned.span.slice(raw);
            if piece.trim().is_empty() || piece.contains('\n') {
                continue;
            }
            text.push('\n');
            pieces.push((text.len(), zoned.span, zoned.zone));
            text.push_str(piece);
        }
        ZonedText {
            text,
            body_len,
            pieces,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Bytes at the start of [`ZonedText::text`] that are body text.
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// The zone that offset `at` of the text is in.
    pub fn zone_at(&self, at: usize) -> Zone {
        self.piece_at(at).map_or(Zone::Body, |(_, _, zone)| zone)
    }

    /// The pieces of one zone, as spans of [`ZonedText::text`].
    pub fn spans_of(&self, zone: Zone) -> impl Iterator<Item = Span> + '_ {
        self.pieces
            .iter()
            .filter(move |(_, _, z)| *z == zone)
            .map(|(start, raw, _)| Span::new(*start, start + raw.len()))
    }

    /// Every zone piece as a span of [`ZonedText::text`], with its zone.
    pub fn pieces(&self) -> impl Iterator<Item = (Span, Zone)> + '_ {
        self.pieces
            .iter()
            .map(|(start, raw, zone)| (Span::new(*start, start + raw.len()), *zone))
    }

    /// Where the body or the zone piece holding offset `at` ends: a span
    /// found across the joined text is cut there.
    pub fn piece_end(&self, at: usize) -> usize {
        match self.piece_at(at) {
            None => self.body_len,
            Some((start, raw, _)) => start + raw.len(),
        }
    }

    fn piece_at(&self, at: usize) -> Option<(usize, Span, Zone)> {
        if at < self.body_len || self.pieces.is_empty() {
            return None;
        }
        let index = self.pieces.partition_point(|(start, _, _)| *start <= at);
        index.checked_sub(1).map(|i| self.pieces[i])
    }

    /// A span of the text mapped to the raw text, with its zone and, for
    /// body spans, the span in the clean text. A span that starts in a zone
    /// piece is cut at the piece's end.
    pub fn locate(&self, span: Span, body: &CleanText) -> (Span, Zone, Option<Span>) {
        match self.piece_at(span.start) {
            None => {
                // A body span never reaches into the zones after it.
                let end = self.piece_end(span.start);
                let span = Span::new(span.start.min(end), span.end.min(end));
                (body.span_to_raw(span), Zone::Body, Some(span))
            }
            Some((start, raw, zone)) => {
                let from = raw.start + (span.start - start);
                let to = (raw.start + span.end.saturating_sub(start)).min(raw.end);
                (Span::new(from, to.max(from)), zone, None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_pieces_follow_the_body_and_map_back_to_raw() {
        let raw =
            "Storm Hits Port Alder\nBy Ana Ruiz\nRain fell all night.\nA man wades. Photo: AP";
        let body = CleanText::from_paragraphs(raw, &[Span::new(34, 54)]);
        let zones = [
            ZonedSpan {
                span: Span::new(0, 21),
                zone: Zone::Title,
            },
            ZonedSpan {
                span: Span::new(25, 33),
                zone: Zone::Byline,
            },
            ZonedSpan {
                span: Span::new(55, 67),
                zone: Zone::Caption,
            },
        ];
        let zoned = ZonedText::new(body.text(), raw, &zones);
        assert_eq!(
            zoned.text(),
            "Rain fell all night.\nStorm Hits Port Alder\nAna Ruiz\nA man wades."
        );
        assert_eq!(zoned.body_len(), 20);
        let rain = Span::new(0, 4);
        assert_eq!(
            zoned.locate(rain, &body),
            (Span::new(34, 38), Zone::Body, Some(rain))
        );
        let port = zoned.text().find("Port Alder").unwrap();
        let (raw_span, zone, clean) = zoned.locate(Span::new(port, port + 10), &body);
        assert_eq!(
            (raw_span.slice(raw), zone, clean),
            ("Port Alder", Zone::Title, None)
        );
        let ana = zoned.text().find("Ana Ruiz").unwrap();
        let (raw_span, zone, _) = zoned.locate(Span::new(ana, ana + 8), &body);
        assert_eq!((raw_span.slice(raw), zone), ("Ana Ruiz", Zone::Byline));
        assert_eq!(zoned.zone_at(zoned.text().len() - 1), Zone::Caption);
        assert_eq!(zoned.spans_of(Zone::Byline).count(), 1);
    }

    #[test]
    fn a_body_span_running_into_the_zones_is_cut_at_the_body_end() {
        let raw = "Storm Hits Port Alder\nShe said \u{201c}we stay.";
        let body = CleanText::from_paragraphs(raw, &[Span::new(22, raw.len())]);
        let zones = [ZonedSpan {
            span: Span::new(0, 21),
            zone: Zone::Title,
        }];
        let zoned = ZonedText::new(body.text(), raw, &zones);
        let body_len = zoned.body_len();
        assert_eq!(zoned.piece_end(3), body_len);
        assert_eq!(zoned.piece_end(body_len + 1), zoned.text().len());
        // An unclosed quote carried on into the headline.
        let (in_raw, zone, in_clean) = zoned.locate(Span::new(9, zoned.text().len()), &body);
        assert_eq!(zone, Zone::Body);
        assert_eq!(in_clean, Some(Span::new(9, body_len)));
        assert_eq!(in_raw, Span::new(31, raw.len()));
    }

    #[test]
    fn bad_pieces_are_skipped_and_long_spans_cut() {
        let raw = "Title line\nbody";
        let body = CleanText::from_paragraphs(raw, &[Span::new(11, 15)]);
        let zones = [
            ZonedSpan {
                span: Span::new(0, 99),
                zone: Zone::Title,
            },
            ZonedSpan {
                span: Span::new(0, 10),
                zone: Zone::Title,
            },
        ];
        let zoned = ZonedText::new(body.text(), raw, &zones);
        assert_eq!(zoned.text(), "body\nTitle line");
        let (span, _, _) = zoned.locate(Span::new(5, 40), &body);
        assert_eq!(span, Span::new(0, 10));
    }
}
