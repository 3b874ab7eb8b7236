//! The numbers of the text cleaner's region search that are tuned rather
//! than derived: kept together so cross-validation can vary them (see
//! `examples/text_cv.rs`) and so a change of default is one visible edit.

/// Weights of the region search over line scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextOptions {
    /// A region after a stop line that followed real body text counts this
    /// share of its score: what follows "Comments" is rarely the article.
    pub after_stop_factor: f32,
    /// A prose line with no prose neighbour keeps this share of its score
    /// (teaser lists alternate headline and summary).
    pub isolated_damp: f32,
    /// Added to the first two paragraphs under the repeated headline.
    pub anchor_bonus: f32,
    /// What a line removed as furniture costs a region that spans it.
    pub furniture_cost: f32,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            after_stop_factor: 0.1,
            isolated_damp: 0.4,
            anchor_bonus: 4.0,
            furniture_cost: 2.0,
        }
    }
}
