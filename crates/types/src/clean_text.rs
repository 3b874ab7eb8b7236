use crate::Span;

/// The clean body of an article as one string (paragraphs joined by `\n`),
/// with the map back to byte offsets in the raw text.
///
/// This is the one place where clean-text offsets become raw-text offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanText {
    text: String,
    /// (offset in clean text, span in raw text) of each paragraph, in order.
    pieces: Vec<(usize, Span)>,
}

impl CleanText {
    /// Join the given paragraphs of `raw` with `\n`. Spans that are out of
    /// bounds or empty are skipped.
    pub fn from_paragraphs(raw: &str, paragraphs: &[Span]) -> Self {
        let mut text = String::with_capacity(paragraphs.iter().map(|p| p.len() + 1).sum());
        let mut pieces = Vec::with_capacity(paragraphs.len());
        for span in paragraphs {
            let piece = span.slice(raw);
            if piece.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            pieces.push((text.len(), *span));
            text.push_str(piece);
        }
        CleanText { text, pieces }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn into_text(self) -> String {
        self.text
    }

    /// The raw-text offset of clean-text offset `clean`. An offset on a
    /// paragraph separator maps to the end of the paragraph before it.
    pub fn to_raw(&self, clean: usize) -> usize {
        let index = self.pieces.partition_point(|(start, _)| *start <= clean);
        if index == 0 {
            return self.pieces.first().map_or(0, |(_, span)| span.start);
        }
        let (start, span) = self.pieces[index - 1];
        (span.start + (clean - start)).min(span.end)
    }

    /// A clean-text span mapped to the raw text. A span that crosses a
    /// paragraph break maps to the raw range from its start to its end, which
    /// then includes whatever the cleaner removed between the two paragraphs.
    pub fn span_to_raw(&self, clean: Span) -> Span {
        let start = self.to_raw(clean.start);
        // Map the end from its last byte so an end on a separator stays in the
        // paragraph it closes.
        let end = if clean.end > clean.start {
            self.to_raw(clean.end - 1) + 1
        } else {
            start
        };
        Span::new(start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_to_raw_text() {
        let raw = "Nav\nAlpha beta.\nAd\nGamma delta.";
        let clean = CleanText::from_paragraphs(raw, &[Span::new(4, 15), Span::new(19, 31)]);
        assert_eq!(clean.text(), "Alpha beta.\nGamma delta.");
        let gamma_clean = clean.text().find("Gamma").unwrap();
        let gamma_raw = clean.span_to_raw(Span::new(gamma_clean, gamma_clean + 5));
        assert_eq!(gamma_raw.slice(raw), "Gamma");
        let beta_clean = clean.text().find("beta.").unwrap();
        assert_eq!(
            clean
                .span_to_raw(Span::new(beta_clean, beta_clean + 5))
                .slice(raw),
            "beta."
        );
    }

    #[test]
    fn bad_spans_are_skipped() {
        let raw = "héllo";
        let clean =
            CleanText::from_paragraphs(raw, &[Span::new(2, 3), Span::new(0, 99), Span::new(0, 6)]);
        assert_eq!(clean.text(), "héllo");
    }
}
