//! Dump-level template learning: lines that recur across many articles of
//! one dump are site furniture (menus, footers, promos).

use crate::features::{ends_like_sentence, features, norm_hash, MapBuild, MapSet};
use crate::lines::split_lines;
use std::collections::HashMap;

/// Lines longer than this are never counted: long recurring lines are
/// usually syndicated prose, not templates.
const MAX_TEMPLATE_CHARS: u32 = 120;
/// Prose sentences above this many words are not counted either, even if
/// short: a recurring sentence may be a real (syndicated) paragraph.
const MAX_SENTENCE_WORDS: u32 = 8;

/// Whether a line may be learned as (and removed as) a template line.
pub(crate) fn template_candidate(f: &crate::features::Features) -> bool {
    f.chars <= MAX_TEMPLATE_CHARS && !(f.terminal && f.words > MAX_SENTENCE_WORDS && f.prose_like())
}

/// [`template_candidate`] on a line's text, computing its features only
/// when the answer needs them: a long line never is a template and an
/// unterminated short one always may be (menus, most lines the first pass
/// counts), whatever its stop words.
fn line_may_be_template(text: &str) -> bool {
    let max = MAX_TEMPLATE_CHARS as usize;
    // A char is at most four bytes.
    if text.len() > 4 * max || (text.len() > max && text.chars().count() > max) {
        return false;
    }
    !ends_like_sentence(text) || template_candidate(&features(text))
}

/// Counts, for each distinct normalised short line, in how many articles
/// it occurs. Memory is bounded: past `cap` distinct lines, lines seen in
/// only one article are dropped (they cannot be templates yet, and a real
/// template line comes back soon).
///
/// ```
/// use newsmill_clean::{Cleaner, TemplateCounter};
///
/// let mut counter = TemplateCounter::new();
/// for i in 0..6 {
///     counter.observe(&format!("Sign up for our briefing\nStory number {i} began when officials said so."));
/// }
/// let template = counter.finish();
/// assert!(template.contains_line("Sign up for our briefing"));
/// assert!(!template.contains_line("Story number 1 began when officials said so."));
/// let cleaner = Cleaner::with_template_lines(template);
/// # let _ = cleaner;
/// ```
#[derive(Debug, Clone)]
pub struct TemplateCounter {
    counts: HashMap<u64, u32, MapBuild>,
    articles: u64,
    cap: usize,
    min_articles: u32,
    min_share: f64,
}

impl Default for TemplateCounter {
    fn default() -> Self {
        Self::new()
    }
}

impl TemplateCounter {
    /// Defaults: at most 2^20 distinct lines (about 16 MB), a line is a
    /// template when seen in max(5, 0.2% of) articles.
    pub fn new() -> Self {
        TemplateCounter {
            counts: HashMap::default(),
            articles: 0,
            cap: 1 << 20,
            min_articles: 5,
            min_share: 0.002,
        }
    }

    /// Bound the table to about `cap` distinct lines.
    pub fn with_cap(mut self, cap: usize) -> Self {
        self.cap = cap.max(16);
        self
    }

    /// A line is a template when seen in at least `max(min_articles,
    /// min_share * articles)` articles.
    pub fn with_threshold(mut self, min_articles: u32, min_share: f64) -> Self {
        self.min_articles = min_articles.max(2);
        self.min_share = if min_share.is_finite() {
            min_share.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// Articles observed so far.
    pub fn articles(&self) -> u64 {
        self.articles
    }

    /// Count the distinct candidate lines of one raw article once each.
    pub fn observe(&mut self, raw: &str) {
        self.articles += 1;
        let mut seen = MapSet::default();
        for line in split_lines(raw) {
            let text = line.span.slice(raw);
            if text.is_empty() {
                continue;
            }
            if !line_may_be_template(text) {
                continue;
            }
            let h = norm_hash(text);
            if h != 0 && seen.insert(h) {
                *self.counts.entry(h).or_insert(0) += 1;
            }
        }
        self.prune();
    }

    /// Add another counter's counts (from another shard of the dump).
    /// Counting is associative and commutative; pruning can only drop lines
    /// seen once, so merged results differ from a single pass only for
    /// lines far below any template threshold.
    pub fn merge(&mut self, other: TemplateCounter) {
        self.articles += other.articles;
        for (h, n) in other.counts {
            let slot = self.counts.entry(h).or_insert(0);
            *slot = slot.saturating_add(n);
        }
        self.prune();
    }

    fn prune(&mut self) {
        let mut floor = 1;
        while self.counts.len() > self.cap {
            self.counts.retain(|_, n| *n > floor);
            floor += 1;
        }
    }

    /// The counts as text, for a counter made on one machine to be merged
    /// on another (a cluster's partitions): a header, the article count,
    /// then `hash count` lines sorted by hash, so equal counters give equal
    /// text. The cap and thresholds are not kept: the reader's apply.
    ///
    /// ```
    /// use newsmill_clean::TemplateCounter;
    ///
    /// let mut counter = TemplateCounter::new();
    /// for i in 0..6 {
    ///     counter.observe(&format!("Subscribe now\nStory {i} began when officials said so."));
    /// }
    /// let back = TemplateCounter::from_counts_text(&counter.to_counts_text())?;
    /// assert_eq!(back.articles(), 6);
    /// assert!(back.finish().contains_line("Subscribe now"));
    /// # Ok::<(), newsmill_clean::TemplateFileError>(())
    /// ```
    pub fn to_counts_text(&self) -> String {
        let mut counts: Vec<(u64, u32)> = self.counts.iter().map(|(h, n)| (*h, *n)).collect();
        counts.sort_unstable();
        let mut text = format!("{TEMPLATE_COUNTS_HEADER}\narticles {}\n", self.articles);
        for (hash, n) in counts {
            text.push_str(&format!("{hash:016x} {n}\n"));
        }
        text
    }

    /// Read counts written by [`TemplateCounter::to_counts_text`] into a
    /// counter with the default cap and thresholds.
    pub fn from_counts_text(text: &str) -> Result<Self, TemplateFileError> {
        let error = |line: usize, reason: String| TemplateFileError { line, reason };
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, header)) if header.trim_end() == TEMPLATE_COUNTS_HEADER => {}
            _ => {
                return Err(error(
                    1,
                    format!("the first line is not {TEMPLATE_COUNTS_HEADER:?}"),
                ))
            }
        }
        let articles = lines
            .next()
            .and_then(|(_, line)| line.trim().strip_prefix("articles "))
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or_else(|| error(2, "the second line is not `articles N`".into()))?;
        let mut counter = TemplateCounter::new();
        counter.articles = articles;
        for (index, line) in lines {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let parsed = line.split_once(' ').and_then(|(hash, n)| {
                Some((u64::from_str_radix(hash, 16).ok()?, n.parse::<u32>().ok()?))
            });
            let (hash, n) =
                parsed.ok_or_else(|| error(index + 1, format!("{line:?} is not `hash count`")))?;
            counter.counts.insert(hash, n);
        }
        counter.prune();
        Ok(counter)
    }

    /// The learned template lines.
    pub fn finish(self) -> TemplateLines {
        let share = (self.min_share * self.articles as f64).ceil();
        let threshold = f64::from(self.min_articles).max(share);
        TemplateLines {
            hashes: self
                .counts
                .into_iter()
                .filter(|(_, n)| f64::from(*n) >= threshold)
                .map(|(h, _)| h)
                .collect(),
        }
    }
}

/// Lines that recur across many articles of one dump (site templates),
/// learned in a first pass with a [`TemplateCounter`]. Stored as hashes of
/// the normalised line (case, spacing and punctuation ignored).
#[derive(Debug, Clone, Default)]
pub struct TemplateLines {
    hashes: MapSet<u64>,
}

impl TemplateLines {
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// Whether `line` (as it appears in some raw text) is a template line.
    pub fn contains_line(&self, line: &str) -> bool {
        self.contains_hash(norm_hash(line))
    }

    pub(crate) fn contains_hash(&self, h: u64) -> bool {
        h != 0 && self.hashes.contains(&h)
    }

    /// Union with another set (e.g. learned on another dump of the same
    /// sites).
    pub fn extend(&mut self, other: TemplateLines) {
        self.hashes.extend(other.hashes);
    }

    /// The set as a text file: a header line, then one 16-digit hex hash a
    /// line, sorted, so equal sets give equal files. Shards of one dump
    /// cleaned with the same file clean every article as one run would.
    ///
    /// ```
    /// use newsmill_clean::{TemplateCounter, TemplateLines};
    ///
    /// let mut counter = TemplateCounter::new();
    /// for i in 0..6 {
    ///     counter.observe(&format!("Subscribe now\nStory {i} began when officials said so."));
    /// }
    /// let lines = counter.finish();
    /// let file = lines.to_file_text();
    /// let back = TemplateLines::from_file_text(&file)?;
    /// assert!(back.contains_line("Subscribe now"));
    /// assert_eq!(back.digest(), lines.digest());
    /// # Ok::<(), newsmill_clean::TemplateFileError>(())
    /// ```
    pub fn to_file_text(&self) -> String {
        let mut text = format!("{TEMPLATE_FILE_HEADER}\n");
        for hash in self.sorted() {
            text.push_str(&format!("{hash:016x}\n"));
        }
        text
    }

    /// Read a set written by [`TemplateLines::to_file_text`].
    pub fn from_file_text(text: &str) -> Result<Self, TemplateFileError> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, header)) if header.trim_end() == TEMPLATE_FILE_HEADER => {}
            _ => {
                return Err(TemplateFileError {
                    line: 1,
                    reason: format!("the first line is not {TEMPLATE_FILE_HEADER:?}"),
                })
            }
        }
        let mut hashes = MapSet::default();
        for (index, line) in lines {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let hash = u64::from_str_radix(line, 16).map_err(|_| TemplateFileError {
                line: index + 1,
                reason: format!("{line:?} is not a 16-digit hex line hash"),
            })?;
            hashes.insert(hash);
        }
        Ok(TemplateLines { hashes })
    }

    /// A 64-bit fingerprint of the set: equal sets, equal digests.
    pub fn digest(&self) -> u64 {
        let mut hasher = newsmill_types::Fnv1a::default();
        for hash in self.sorted() {
            std::hash::Hasher::write_u64(&mut hasher, hash);
        }
        std::hash::Hasher::finish(&hasher)
    }

    fn sorted(&self) -> Vec<u64> {
        let mut hashes: Vec<u64> = self.hashes.iter().copied().collect();
        hashes.sort_unstable();
        hashes
    }
}

/// First line of a template-lines file (its format version is in it).
pub const TEMPLATE_FILE_HEADER: &str = "# newsmill template lines v1";

/// First line of a template-counts text (its format version is in it).
pub const TEMPLATE_COUNTS_HEADER: &str = "# newsmill template counts v1";

/// A template-lines file that cannot be read: which line and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct TemplateFileError {
    pub line: usize,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_candidate_test_agrees_with_the_features() {
        let long = "word ".repeat(30);
        let wide = "ü".repeat(100);
        let lines = [
            "Home",
            "Sign up for our briefing",
            "The show opens to the public on Friday.",
            "The show opens to the public on Friday and runs all the way until the end of May.",
            "Ça va.",
            long.as_str(),
            wide.as_str(),
            "© 2026 Island Gazette. All rights reserved.",
        ];
        for line in lines {
            assert_eq!(
                line_may_be_template(line),
                template_candidate(&features(line)),
                "{line}"
            );
        }
    }

    #[test]
    fn merge_equals_single_pass() {
        let docs: Vec<String> = (0..12)
            .map(|i| format!("Menu\nHome\nBody text {i} said the officials today."))
            .collect();
        let mut one = TemplateCounter::new();
        docs.iter().for_each(|d| one.observe(d));
        let mut a = TemplateCounter::new();
        let mut b = TemplateCounter::new();
        docs[..5].iter().for_each(|d| a.observe(d));
        docs[5..].iter().for_each(|d| b.observe(d));
        a.merge(b);
        let (x, y) = (one.finish(), a.finish());
        assert_eq!(x.len(), y.len());
        assert!(x.contains_line("menu") && y.contains_line("HOME"));
    }

    #[test]
    fn file_text_round_trips_and_rejects_garbage() {
        let mut counter = TemplateCounter::new();
        for i in 0..8 {
            counter.observe(&format!(
                "Read more\nMenu\nStory {i} began when officials said so."
            ));
        }
        let lines = counter.finish();
        assert_eq!(lines.len(), 2);
        let text = lines.to_file_text();
        assert_eq!(text.lines().count(), 3);
        let back = TemplateLines::from_file_text(&text).expect("reads back");
        assert!(back.contains_line("read more") && back.contains_line("MENU"));
        assert_eq!(back.digest(), lines.digest());
        assert_ne!(back.digest(), TemplateLines::default().digest());
        let error = TemplateLines::from_file_text("hello\n").expect_err("no header");
        assert_eq!(error.line, 1);
        let error = TemplateLines::from_file_text(&format!("{TEMPLATE_FILE_HEADER}\n00ff\nxyz\n"))
            .expect_err("bad hash");
        assert_eq!(error.line, 3);
    }

    #[test]
    fn counts_text_round_trips_and_merges_like_the_counter() {
        let docs: Vec<String> = (0..9)
            .map(|i| format!("Menu\nShare this\nBody text {i} said the officials today."))
            .collect();
        let mut one = TemplateCounter::new();
        docs.iter().for_each(|d| one.observe(d));
        let mut a = TemplateCounter::new();
        let mut b = TemplateCounter::new();
        docs[..4].iter().for_each(|d| a.observe(d));
        docs[4..].iter().for_each(|d| b.observe(d));
        let mut merged = TemplateCounter::from_counts_text(&a.to_counts_text()).expect("reads");
        merged.merge(TemplateCounter::from_counts_text(&b.to_counts_text()).expect("reads"));
        assert_eq!(merged.to_counts_text(), one.to_counts_text());
        assert_eq!(merged.finish().digest(), one.finish().digest());
        let error = TemplateCounter::from_counts_text("nope").expect_err("no header");
        assert_eq!(error.line, 1);
        let bad = format!("{TEMPLATE_COUNTS_HEADER}\narticles 3\n00ff x\n");
        assert_eq!(
            TemplateCounter::from_counts_text(&bad)
                .expect_err("bad")
                .line,
            3
        );
        let bad = format!("{TEMPLATE_COUNTS_HEADER}\narticles three\n");
        assert_eq!(
            TemplateCounter::from_counts_text(&bad)
                .expect_err("bad")
                .line,
            2
        );
    }

    #[test]
    fn memory_is_bounded() {
        let mut c = TemplateCounter::new().with_cap(100);
        for i in 0..1000 {
            c.observe(&format!("line {i}\nfooter"));
        }
        assert!(c.counts.len() <= 100);
        assert!(c.finish().contains_line("footer"));
    }
}
