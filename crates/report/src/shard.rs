//! Shards: runs over parts of one dump, merged back into the report a single
//! run over the whole dump would have written.
//!
//! A shard is an ordinary output folder plus a [`ShardManifest`]
//! (`shard.json`), written when the shard's run finished. Its articles,
//! failures and skipped copies are the state that gets merged: every
//! dump-level result (copy and story clusters, the entity table, speakers,
//! figure disagreements, counts) is rebuilt from them by the same code that
//! builds it in a single run, in the same article order. So the merge equals
//! a single run by construction, not by a second implementation of each
//! analysis; `tests/shards.rs` checks it on generated dumps.
//!
//! What a single run decides across the whole dump and a shard cannot see is
//! settled here:
//! - byte-identical copies in different shards (same content key): the
//!   later one leaves `articles.jsonl` for `duplicates.jsonl`, as in a
//!   single run, and skipped copies of it point at the first;
//! - word-for-word copies (`duplicate_of`) are recomputed over all shards.
//!
//! Shards are merged in the order of their input paths (the order a single
//! run over a folder holding the parts reads them in), whatever the order
//! they are named in.

use crate::writer::{
    for_each_json_line, for_each_line, parse_json_line, ARTICLES_JSONL, DUPLICATES_JSONL,
    FAILURES_JSONL,
};
use crate::{
    ArticleRecord, DumpReport, DuplicateRecord, FailureRecord, PreparedArticle, ReportError,
    ReportOptions, ReportWriter, RunSummary,
};
use newsmill_types::Part;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Articles read from a shard, then prepared in parallel, at a time.
const MERGE_BATCH: usize = 256;

/// The manifest's file name inside a shard's output folder.
pub const SHARD_JSON: &str = "shard.json";
/// The value of [`ShardManifest::format`].
pub const SHARD_FORMAT: &str = "newsmill-shard";
/// Version of the shard format; bumped on any incompatible change.
pub const SHARD_VERSION: u32 = 1;

/// The template lines a shard was cleaned with. Shards cleaned with
/// different lines have different article texts, and their merge cannot
/// equal a single run: `newsmill merge` warns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardTemplates {
    /// `learned` (from the shard's own records), `file` (`--templates`) or
    /// `none`.
    pub source: String,
    /// Number of template lines.
    pub lines: usize,
    /// Fingerprint of the set (16 hex digits): equal sets, equal digests.
    pub digest: String,
}

/// `shard.json`: what a merge needs to know about a shard besides its
/// records. Documented in `docs/schema.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardManifest {
    /// Always [`SHARD_FORMAT`].
    pub format: String,
    /// [`SHARD_VERSION`] of the writer.
    pub version: u32,
    /// Output schema of the shard's files.
    pub schema_version: String,
    pub templates: ShardTemplates,
    /// The shard's run, as in `summary.json`.
    pub run: RunSummary,
    /// `K/N` when the shard is part K of N of one JSON Lines file
    /// (`newsmill run --part`); absent for a shard of whole inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// With `part`: the inputs' size in bytes the part was cut from. Parts
    /// cut from inputs of different sizes do not tile them, and are not
    /// merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_bytes: Option<u64>,
}

impl ShardManifest {
    pub fn new(templates: ShardTemplates, run: RunSummary) -> Self {
        ShardManifest {
            format: SHARD_FORMAT.to_string(),
            version: SHARD_VERSION,
            schema_version: crate::SCHEMA_VERSION.to_string(),
            templates,
            run,
            part: None,
            part_bytes: None,
        }
    }

    /// Write `shard.json` into `dir` (atomically: a reader never sees half).
    pub fn write(&self, dir: &Path) -> Result<(), ReportError> {
        crate::writer::write_file_atomically(&dir.join(SHARD_JSON), |out| {
            serde_json::to_writer_pretty(&mut *out, self).map_err(std::io::Error::other)?;
            std::io::Write::write_all(out, b"\n")
        })
    }

    /// Remove a stale `shard.json` from `dir` (a run about to rewrite the
    /// folder must not leave the manifest of an earlier, finished run).
    pub fn remove(dir: &Path) -> Result<(), ReportError> {
        let path = dir.join(SHARD_JSON);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(ReportError::io(path)(e)),
            _ => Ok(()),
        }
    }

    /// Read and check the manifest of the shard in `dir`.
    pub fn read(dir: &Path) -> Result<Self, ReportError> {
        let path = dir.join(SHARD_JSON);
        let not_a_shard = |reason: String| ReportError::NotAShard {
            path: dir.to_path_buf(),
            reason,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(not_a_shard(format!(
                    "no {SHARD_JSON} (run the shard with --shard-state, and let it finish)"
                )))
            }
            Err(e) => return Err(ReportError::io(path)(e)),
        };
        let manifest: ShardManifest = serde_json::from_str(&text)
            .map_err(|e| not_a_shard(format!("{SHARD_JSON} is not a shard manifest: {e}")))?;
        if manifest.format != SHARD_FORMAT {
            return Err(not_a_shard(format!(
                "{SHARD_JSON} has format {:?}, not {SHARD_FORMAT:?}",
                manifest.format
            )));
        }
        if manifest.version != SHARD_VERSION {
            return Err(not_a_shard(format!(
                "shard format version {} (this newsmill reads version {SHARD_VERSION})",
                manifest.version
            )));
        }
        Ok(manifest)
    }
}

/// A shard folder and its manifest.
#[derive(Debug, Clone)]
pub struct Shard {
    pub dir: PathBuf,
    pub manifest: ShardManifest,
}

/// Read the manifests of `dirs` and put the shards in dump order: by their
/// input paths, compared component by component; shards with the same
/// inputs keep the order given.
pub fn open_shards(dirs: &[PathBuf]) -> Result<Vec<Shard>, ReportError> {
    let mut shards = dirs
        .iter()
        .map(|dir| {
            Ok(Shard {
                dir: dir.clone(),
                manifest: ShardManifest::read(dir)?,
            })
        })
        .collect::<Result<Vec<_>, ReportError>>()?;
    shards.sort_by_cached_key(|s| {
        let paths: Vec<PathBuf> = s.manifest.run.inputs.iter().map(PathBuf::from).collect();
        (paths, s.manifest.part.map(|part| part.index()))
    });
    Ok(shards)
}

/// Whether the shards were cleaned with different template lines (their
/// merge then differs from a single run's output).
pub fn templates_differ(shards: &[Shard]) -> bool {
    shards
        .windows(2)
        .any(|pair| pair[0].manifest.templates.digest != pair[1].manifest.templates.digest)
}

/// What [`merge_shards`] did besides writing the report.
#[derive(Debug, Clone)]
pub struct MergeOutcome {
    /// The merged run's counts (as a single run's `summary.json` has them).
    pub summary: RunSummary,
    pub report: DumpReport,
    /// Articles that were byte-identical copies of an article of an earlier
    /// shard, moved to `duplicates.jsonl`.
    pub cross_shard_copies: u64,
}

/// Write into `out` the report of the shards together. `out` must not be
/// one of the shards (it is rewritten).
pub fn merge_shards(
    shards: &[Shard],
    out: &Path,
    options: ReportOptions,
) -> Result<MergeOutcome, ReportError> {
    // Before the writer empties `out`.
    refuse_shard_as_output(shards, out)?;
    let mut merger = Merger::create(out, options)?;
    for shard in shards {
        merger.add(shard)?;
    }
    merger.finish()
}

/// A merge fed one shard at a time, in dump order: a driver can merge the
/// first parts of a dump while later parts are still running.
pub struct Merger {
    out: PathBuf,
    writer: ReportWriter,
    merge: Merge,
    shards: Vec<Shard>,
    started: Instant,
    /// The parts of one dump being added: the next expected.
    parts: Option<PartRun>,
}

/// Parts `K/N` of one set of inputs, added in order.
struct PartRun {
    inputs: Vec<String>,
    next: u64,
    count: u64,
    bytes: Option<u64>,
}

impl Merger {
    /// Start a merge into `out` (created or emptied: it must not be a
    /// shard to add).
    pub fn create(out: &Path, options: ReportOptions) -> Result<Merger, ReportError> {
        let started = Instant::now();
        Ok(Merger {
            out: out.to_path_buf(),
            writer: ReportWriter::create(out, options)?,
            merge: Merge::default(),
            shards: Vec::new(),
            started,
            parts: None,
        })
    }

    /// Add the next shard of the dump (shards must come in dump order, as
    /// [`open_shards`] puts them).
    pub fn add(&mut self, shard: &Shard) -> Result<(), ReportError> {
        refuse_shard_as_output(std::slice::from_ref(shard), &self.out)?;
        self.check_part(shard)?;
        self.merge.add_shard(&mut self.writer, &shard.dir)?;
        self.writer.flush()?;
        self.shards.push(shard.clone());
        Ok(())
    }

    /// Parts of one dump must all be there, in order, cut from the same
    /// bytes: a missing or foreign part would lose or repeat records.
    fn check_part(&mut self, shard: &Shard) -> Result<(), ReportError> {
        let refuse = |reason: String| ReportError::NotAShard {
            path: shard.dir.clone(),
            reason,
        };
        let manifest = &shard.manifest;
        let numbers = manifest.part.map(|part| (part.index(), part.count()));
        if let Some(last) = self.shards.last() {
            let last_is_part = last.manifest.part.is_some();
            if last.manifest.run.inputs == manifest.run.inputs && last_is_part != numbers.is_some()
            {
                return Err(refuse(format!(
                    "{} read the same inputs whole and as parts: its records would be merged twice",
                    last.dir.display()
                )));
            }
        }
        let continues = |run: &PartRun| run.inputs == manifest.run.inputs;
        if let Some(run) = self
            .parts
            .take_if(|run| !continues(run) || numbers.is_none())
        {
            if run.next < run.count {
                return Err(refuse(format!(
                    "part {}/{} of the shards before it is missing",
                    run.next, run.count
                )));
            }
        }
        let Some((index, count)) = numbers else {
            return Ok(());
        };
        let run = self.parts.get_or_insert(PartRun {
            inputs: manifest.run.inputs.clone(),
            next: 0,
            count,
            bytes: manifest.part_bytes,
        });
        if (index, count) != (run.next, run.count) {
            return Err(refuse(format!(
                "it is part {index}/{count} where part {}/{} was expected",
                run.next, run.count
            )));
        }
        if manifest.part_bytes != run.bytes {
            return Err(refuse(format!(
                "its part was cut from inputs of {:?} bytes, the parts before it from {:?}: \
                 the inputs changed between the parts' runs",
                manifest.part_bytes, run.bytes
            )));
        }
        run.next += 1;
        Ok(())
    }

    /// Run the dump-level analysis and write the reports.
    pub fn finish(self) -> Result<MergeOutcome, ReportError> {
        if let Some(run) = self.parts.as_ref().filter(|run| run.next < run.count) {
            return Err(ReportError::NotAShard {
                path: self.out.clone(),
                reason: format!(
                    "the merge lacks part {}/{} (and any after it)",
                    run.next, run.count
                ),
            });
        }
        let summary = self.merge.summary(&self.shards, self.started);
        let report = self.writer.finish(&summary)?;
        Ok(MergeOutcome {
            summary,
            report,
            cross_shard_copies: self.merge.cross_shard_copies,
        })
    }
}

fn refuse_shard_as_output(shards: &[Shard], out: &Path) -> Result<(), ReportError> {
    let Ok(out) = out.canonicalize() else {
        // Not there yet: it cannot be a shard.
        return Ok(());
    };
    for shard in shards {
        if shard.dir.canonicalize().is_ok_and(|dir| dir == out) {
            return Err(ReportError::NotAShard {
                path: shard.dir.clone(),
                reason: "it is also the merge's output folder, which the merge rewrites".into(),
            });
        }
    }
    Ok(())
}

#[derive(Default)]
struct Merge {
    /// Content key of every article kept → its id.
    first_of_key: HashMap<u128, Box<str>>,
    /// Ids of articles moved to the duplicates → the id of their first copy.
    moved: HashMap<Box<str>, Box<str>>,
    articles: u64,
    failures: u64,
    duplicates: u64,
    cross_shard_copies: u64,
    languages: BTreeMap<String, u64>,
}

impl Merge {
    fn add_shard(&mut self, writer: &mut ReportWriter, dir: &Path) -> Result<(), ReportError> {
        let path = dir.join(ARTICLES_JSONL);
        let mut batch: Vec<(u64, String)> = Vec::with_capacity(MERGE_BATCH);
        for_each_line(&path, |number, line| {
            batch.push((number, line.to_string()));
            if batch.len() == MERGE_BATCH {
                self.add_articles(writer, &path, std::mem::take(&mut batch))?;
            }
            Ok(true)
        })?;
        self.add_articles(writer, &path, batch)?;
        for_each_json_line(&dir.join(DUPLICATES_JSONL), |copy: DuplicateRecord| {
            let first = self
                .moved
                .get(copy.duplicate_of.as_str())
                .map_or(copy.duplicate_of.as_str(), |first| first);
            writer.write_duplicate(&copy.id, first)?;
            self.duplicates += 1;
            Ok(true)
        })?;
        for_each_json_line(&dir.join(FAILURES_JSONL), |failure: FailureRecord| {
            writer.write_failure(&failure)?;
            self.failures += 1;
            Ok(true)
        })
    }

    /// Lines of a shard's `articles.jsonl`, read and prepared on every core,
    /// then written in order.
    fn add_articles(
        &mut self,
        writer: &mut ReportWriter,
        path: &Path,
        lines: Vec<(u64, String)>,
    ) -> Result<(), ReportError> {
        let prepared: Vec<Result<(ArticleRecord, PreparedArticle), ReportError>> = lines
            .par_iter()
            .map(|(number, line)| {
                let mut article: ArticleRecord = parse_json_line(path, *number, line)?;
                // Recomputed over all shards by the writer.
                article.duplicate_of = None;
                let prepared = ReportWriter::prepare(&article)?;
                Ok((article, prepared))
            })
            .collect();
        for item in prepared {
            let (article, prepared) = item?;
            let key = u128::from_str_radix(&article.content_key, 16).ok();
            if let Some(first) = key.and_then(|key| self.first_of_key.get(&key)) {
                self.moved.insert(article.id.as_str().into(), first.clone());
                writer.write_duplicate(&article.id, first)?;
                self.duplicates += 1;
                self.cross_shard_copies += 1;
                continue;
            }
            if let Some(key) = key {
                self.first_of_key.insert(key, article.id.as_str().into());
            }
            let language = article.language.as_deref().unwrap_or("und");
            *self.languages.entry(language.to_string()).or_default() += 1;
            self.articles += 1;
            writer.write_prepared(&article, prepared)?;
        }
        Ok(())
    }

    /// The merged counts, from what the shards' files hold (a resumed
    /// shard's own summary counts only its last run).
    fn summary(&self, shards: &[Shard], started: Instant) -> RunSummary {
        let mut summary = RunSummary {
            articles_written: self.articles,
            failures: self.failures,
            duplicates_skipped: self.duplicates,
            languages: self.languages.clone(),
            threads: 1,
            ..RunSummary::default()
        };
        for shard in shards {
            let run = &shard.manifest.run;
            for (kind, n) in &run.skipped_records {
                *summary.skipped_records.entry(kind.clone()).or_default() += n;
            }
            summary.skipped_files += run.skipped_files;
            summary.repaired_records += run.repaired_records;
            summary.bytes_read += run.bytes_read;
            // The parts of one dump name its inputs once, as a single run.
            let later_part = shard.manifest.part.is_some_and(|part| part.index() > 0);
            if !later_part {
                summary.inputs.extend(run.inputs.iter().cloned());
            }
        }
        summary.records_seen = self.articles
            + self.failures
            + self.duplicates
            + summary.skipped_records.values().sum::<u64>();
        summary.seconds = started.elapsed().as_secs_f64();
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsmill-shard-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    fn templates() -> ShardTemplates {
        ShardTemplates {
            source: "none".into(),
            lines: 0,
            digest: "0".repeat(16),
        }
    }

    fn reason(error: ReportError) -> String {
        match error {
            ReportError::NotAShard { reason, .. } => reason,
            other => panic!("expected NotAShard, got {other}"),
        }
    }

    #[test]
    fn manifests_of_other_versions_or_formats_are_refused() {
        let dir = temp_dir("versions");
        assert!(reason(ShardManifest::read(&dir).expect_err("none yet")).contains("--shard-state"));
        let mut manifest = ShardManifest::new(templates(), RunSummary::default());
        manifest.write(&dir).expect("written");
        assert_eq!(ShardManifest::read(&dir).expect("reads back"), manifest);
        manifest.version = SHARD_VERSION + 1;
        manifest.write(&dir).expect("written");
        assert!(reason(ShardManifest::read(&dir).expect_err("newer")).contains("version 2"));
        manifest.version = SHARD_VERSION;
        manifest.format = "something-else".into();
        manifest.write(&dir).expect("written");
        assert!(reason(ShardManifest::read(&dir).expect_err("format")).contains("format"));
        std::fs::write(dir.join(SHARD_JSON), "{not json").expect("written");
        assert!(reason(ShardManifest::read(&dir).expect_err("garbage"))
            .contains("not a shard manifest"));
        ShardManifest::remove(&dir).expect("removed");
        ShardManifest::remove(&dir).expect("removing twice is fine");
        assert!(!dir.join(SHARD_JSON).exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn shards_are_ordered_by_their_inputs_and_never_overwritten() {
        let root = temp_dir("order");
        let mut dirs = Vec::new();
        for (name, input) in [
            ("a", "parts/p2.jsonl"),
            ("b", "parts/p10.jsonl"),
            ("c", "parts/p1.jsonl"),
        ] {
            let dir = root.join(name);
            std::fs::create_dir_all(&dir).expect("dir");
            let run = RunSummary {
                inputs: vec![input.into()],
                ..RunSummary::default()
            };
            ShardManifest::new(templates(), run)
                .write(&dir)
                .expect("written");
            dirs.push(dir);
        }
        let order: Vec<String> = open_shards(&dirs)
            .expect("opens")
            .iter()
            .map(|s| s.manifest.run.inputs[0].clone())
            .collect();
        // Byte order of the paths, as a folder walk reads them.
        assert_eq!(
            order,
            ["parts/p1.jsonl", "parts/p10.jsonl", "parts/p2.jsonl"]
        );
        let shards = open_shards(&dirs).expect("opens");
        let error = merge_shards(&shards, &dirs[1], ReportOptions::default()).expect_err("refused");
        assert!(reason(error).contains("output folder"));
        assert!(dirs[1].join(SHARD_JSON).exists(), "the shard is left alone");
        let _ = std::fs::remove_dir_all(&root);
    }
}
