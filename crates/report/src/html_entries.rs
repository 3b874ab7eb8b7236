//! The entries of `report.html`'s article list, rendered as the articles
//! are written and kept in a scratch file until the page is made at the end
//! of the run. Reading every shown article back from `articles.jsonl`
//! instead cost about a twentieth of a whole run (most of it parsing JSON)
//! and held the writer's thread at the end, when nothing else runs.

use crate::html::ArticleEntry;
use crate::{ArticleRecord, ReportOptions};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// Marks an entry without a `copy_of` in the file.
const NO_COPY: u64 = u64::MAX;

/// The scratch file of entries, written in dump order; removed when dropped.
pub(crate) struct EntryFile {
    path: PathBuf,
    out: BufWriter<File>,
    kept: usize,
    bytes: usize,
    /// `ReportOptions::html_article_limit`.
    limit: usize,
    /// `ReportOptions::html_article_bytes`.
    budget: usize,
    text_limit: usize,
}

impl EntryFile {
    /// A new, empty file in `dir`.
    pub(crate) fn create(dir: &Path, options: &ReportOptions) -> io::Result<EntryFile> {
        let path = newsmill_types::scratch_path(dir, "html-entries");
        let file = File::create(&path)?;
        Ok(EntryFile {
            path,
            out: BufWriter::with_capacity(1 << 16, file),
            kept: 0,
            bytes: 0,
            limit: options.html_article_limit,
            budget: options.html_article_bytes,
            text_limit: options.html_text_limit,
        })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Keep the entry of the next article written, while the list may still
    /// show it. The page adds a few bytes to each entry (its page number and
    /// badges), so it stops at or before the entry where this stops.
    pub(crate) fn push(&mut self, article: &ArticleRecord) -> io::Result<()> {
        if self.kept >= self.limit || self.bytes >= self.budget {
            return Ok(());
        }
        let entry = ArticleEntry::of(article, self.text_limit);
        write_part(&mut self.out, entry.summary.as_bytes())?;
        match &entry.copy_of {
            Some(copy_of) => write_part(&mut self.out, copy_of.as_bytes())?,
            None => self.out.write_all(&NO_COPY.to_le_bytes())?,
        }
        write_part(&mut self.out, entry.body.as_bytes())?;
        self.kept += 1;
        self.bytes += entry.len();
        Ok(())
    }

    /// The entries kept so far, from the first.
    pub(crate) fn read(&mut self) -> io::Result<EntryReader> {
        self.out.flush()?;
        Ok(EntryReader {
            input: BufReader::with_capacity(1 << 16, File::open(&self.path)?),
            left: self.kept,
        })
    }
}

impl Drop for EntryFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn write_part(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(bytes)
}

/// Entries of an [`EntryFile`], in the order they were kept.
pub(crate) struct EntryReader {
    input: BufReader<File>,
    left: usize,
}

impl EntryReader {
    /// The next entry, or `None` after the last.
    pub(crate) fn next_entry(&mut self) -> io::Result<Option<ArticleEntry>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let summary = self.read_text()?;
        let copy_of = match self.read_len()? {
            NO_COPY => None,
            len => Some(self.read_text_of(len)?),
        };
        let body = self.read_text()?;
        Ok(Some(ArticleEntry {
            summary,
            copy_of,
            body,
        }))
    }

    fn read_len(&mut self) -> io::Result<u64> {
        let mut len = [0u8; 8];
        self.input.read_exact(&mut len)?;
        Ok(u64::from_le_bytes(len))
    }

    fn read_text(&mut self) -> io::Result<String> {
        let len = self.read_len()?;
        self.read_text_of(len)
    }

    fn read_text_of(&mut self, len: u64) -> io::Result<String> {
        let mut bytes = Vec::new();
        // `take` bounds the read by what the file holds, whatever `len` says.
        (&mut self.input).take(len).read_to_end(&mut bytes)?;
        if bytes.len() as u64 != len {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsmill_testkit::TempDir;

    fn article(id: &str, text: &str) -> ArticleRecord {
        let mut article = crate::test_support::article(id, text);
        article.title = Some(format!("Title of {id}"));
        article
    }

    fn read_all(file: &mut EntryFile) -> Vec<ArticleEntry> {
        let mut reader = file.read().expect("readable");
        std::iter::from_fn(|| reader.next_entry().expect("entry")).collect()
    }

    #[test]
    fn entries_read_back_in_order_as_rendered() {
        let dir = TempDir::new("html-entries-order");
        let mut file = EntryFile::create(dir.root(), &ReportOptions::default()).expect("file");
        let mut copy = article("b", "Second <text> é.");
        copy.duplicate_of = Some("a".into());
        let articles = [article("a", "First text."), copy, article("c", "")];
        for a in &articles {
            file.push(a).expect("kept");
        }
        let expected: Vec<ArticleEntry> = articles
            .iter()
            .map(|a| ArticleEntry::of(a, ReportOptions::default().html_text_limit))
            .collect();
        assert_eq!(read_all(&mut file), expected);
        assert_eq!(expected[1].copy_of.as_deref(), Some("a"));
        assert_eq!(expected[0].copy_of, None);
        // Read twice: the reader starts from the first entry each time.
        assert_eq!(read_all(&mut file).len(), 3);
        let path = file.path().to_path_buf();
        assert!(path.exists());
        drop(file);
        assert!(!path.exists(), "the scratch file goes with its owner");
    }

    #[test]
    fn entries_stop_at_the_page_limits() {
        let dir = TempDir::new("html-entries-limits");
        let by_count = ReportOptions {
            html_article_limit: 2,
            ..ReportOptions::default()
        };
        let mut file = EntryFile::create(dir.root(), &by_count).expect("file");
        for id in ["a", "b", "c", "d"] {
            file.push(&article(id, "Some words.")).expect("kept");
        }
        let kept = read_all(&mut file);
        assert_eq!(kept.len(), 2);
        assert!(kept[0].summary.contains("<code>a</code>"));
        assert!(kept[1].summary.contains("<code>b</code>"));

        // The budget is checked before each entry: the entry that crosses
        // it is kept (as the page keeps it), the next is not.
        let one = ArticleEntry::of(&article("a", "Some words."), 20_000).len();
        let by_bytes = ReportOptions {
            html_article_bytes: one + 1,
            ..ReportOptions::default()
        };
        let mut file = EntryFile::create(dir.root(), &by_bytes).expect("file");
        for id in ["a", "b", "c"] {
            file.push(&article(id, "Some words.")).expect("kept");
        }
        assert_eq!(read_all(&mut file).len(), 2);
    }

    #[test]
    fn a_cut_file_is_an_error_not_a_panic() {
        let dir = TempDir::new("html-entries-cut");
        let mut file = EntryFile::create(dir.root(), &ReportOptions::default()).expect("file");
        file.push(&article("a", "Some words to cut."))
            .expect("kept");
        file.out.flush().expect("flushed");
        let len = std::fs::metadata(file.path()).expect("file").len();
        std::fs::OpenOptions::new()
            .write(true)
            .open(file.path())
            .and_then(|f| f.set_len(len - 3))
            .expect("cut");
        let mut reader = file.read().expect("readable");
        let error = reader.next_entry().expect_err("cut short");
        assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
    }
}
