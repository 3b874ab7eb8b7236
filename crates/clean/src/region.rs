//! Finding the main run of body text: a maximum-sum contiguous range over
//! per-line scores, never crossing a "stop" line.

/// Score of one line for the region search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum LineScore {
    /// Adds to (positive) or costs (negative) the region that contains it.
    Value(f32),
    /// Closes the article (comments, "most popular"): no region crosses it.
    Stop,
}

/// A range this good counts as "body text seen" for the rule above.
const BODY_SEEN: f32 = 6.0;

/// The best range `start..=end` (inclusive line indices) or `None` when no
/// line scores above zero.
/// After a stop line that follows real body text, what comes next is
/// mostly comments or teasers: such later ranges count `after_stop_factor`
/// of their score. Ranges before any body text (page headers) are not
/// affected. `long_opening` is the first paragraph under the headline when
/// it is longer than any standfirst: a range holding it is an article even
/// with no second paragraph (a short note, a quotation page), so a stop
/// after it ends it.
pub(crate) fn best_region(
    scores: &[LineScore],
    anchor: usize,
    after_stop_factor: f32,
    long_opening: Option<usize>,
) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut body_seen = false;
    let mut after_stop = false;
    let mut seg_start = 0;
    let flush = |from: usize,
                 to: usize,
                 best: &mut Option<(f32, usize, usize)>,
                 body_seen: &mut bool,
                 after_stop: bool| {
        if let Some((sum, a, b)) = kadane(&scores[from..to]) {
            let adjusted = if after_stop {
                sum * after_stop_factor
            } else {
                sum
            };
            // One paragraph before a share bar's "Comments" link is a
            // standfirst, not a finished article: ask for two.
            let paragraphs = scores[from + a..=from + b]
                .iter()
                .filter(|s| matches!(s, LineScore::Value(v) if *v > 1.0))
                .count();
            let opens_article = long_opening.is_some_and(|i| (from + a..=from + b).contains(&i));
            if (sum >= BODY_SEEN && paragraphs >= 2) || opens_article {
                *body_seen = true;
            }
            if best.is_none_or_lower(adjusted) {
                *best = Some((adjusted, from + a, from + b));
            }
        }
    };
    for (i, s) in scores.iter().enumerate() {
        if *s == LineScore::Stop {
            flush(seg_start, i, &mut best, &mut body_seen, after_stop);
            if body_seen && i > anchor {
                after_stop = true;
            }
            seg_start = i + 1;
        }
    }
    flush(
        seg_start,
        scores.len(),
        &mut best,
        &mut body_seen,
        after_stop,
    );
    best.map(|(_, a, b)| (a, b))
}

trait BestExt {
    fn is_none_or_lower(&self, value: f32) -> bool;
}

impl BestExt for Option<(f32, usize, usize)> {
    fn is_none_or_lower(&self, value: f32) -> bool {
        match self {
            None => true,
            Some((v, _, _)) => value > *v,
        }
    }
}

/// Maximum-sum subarray with a positive sum: (sum, first, last).
fn kadane(scores: &[LineScore]) -> Option<(f32, usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run = 0.0f32;
    let mut run_start = 0;
    for (i, s) in scores.iter().enumerate() {
        let v = match s {
            LineScore::Value(v) => *v,
            LineScore::Stop => continue,
        };
        if run <= 0.0 {
            run = 0.0;
            run_start = i;
        }
        run += v;
        if run > 0.0 && best.is_none_or_lower(run) {
            best = Some((run, run_start, i));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use LineScore::*;

    #[test]
    fn picks_the_dense_run() {
        let s = [
            Value(-1.0),
            Value(5.0),
            Value(-1.0),
            Value(4.0),
            Value(-3.0),
            Value(-3.0),
            Value(2.0),
        ];
        assert_eq!(best_region(&s, 0, 0.2, None), Some((1, 3)));
    }

    #[test]
    fn comments_after_a_stop_need_to_be_much_better() {
        let s = [
            Value(5.0),
            Value(5.0),
            Stop,
            Value(20.0),
            Value(10.0),
            Value(10.0),
        ];
        assert_eq!(best_region(&s, 0, 0.2, None), Some((0, 1)));
        let header = [Value(2.0), Stop, Value(20.0)];
        assert_eq!(best_region(&header, 0, 0.2, None), Some((2, 2)));
        assert_eq!(best_region(&[Value(-1.0), Stop], 0, 0.2, None), None);
    }

    #[test]
    fn a_thread_seven_times_the_post_after_a_stop_does_not_outweigh_it() {
        // A law blog's short post, "Comments (35)", then a thread of 7.5
        // times its weight (a package's test page, session 60): with the
        // default weighting the post is the article.
        let factor = crate::TextOptions::default().after_stop_factor;
        let mut s = vec![Value(3.0); 4];
        s.push(Stop);
        s.extend(std::iter::repeat_n(Value(3.0), 30));
        assert_eq!(best_region(&s, 0, factor, None), Some((0, 3)));
    }

    #[test]
    fn one_long_paragraph_under_the_headline_is_an_article_a_stop_ends() {
        // Headline, one long paragraph (weak after damping), "You may
        // like...", then a longer list of other texts.
        let s = [
            Value(-1.0),
            Value(5.0),
            Stop,
            Value(10.0),
            Value(-1.0),
            Value(10.0),
        ];
        assert_eq!(best_region(&s, 0, 0.2, Some(1)), Some((1, 1)));
        // Without the long opening the list wins, as before.
        assert_eq!(best_region(&s, 0, 0.2, None), Some((3, 5)));
    }
}
