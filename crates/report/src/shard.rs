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

use crate::writer::{for_each_json_line, ARTICLES_JSONL, DUPLICATES_JSONL, FAILURES_JSONL};
use crate::{
    ArticleRecord, DumpReport, DuplicateRecord, FailureRecord, ReportError, ReportOptions,
    ReportWriter, RunSummary,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

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
}

impl ShardManifest {
    pub fn new(templates: ShardTemplates, run: RunSummary) -> Self {
        ShardManifest {
            format: SHARD_FORMAT.to_string(),
            version: SHARD_VERSION,
            schema_version: crate::SCHEMA_VERSION.to_string(),
            templates,
            run,
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
    shards.sort_by(|a, b| {
        let paths = |s: &Shard| -> Vec<PathBuf> {
            s.manifest.run.inputs.iter().map(PathBuf::from).collect()
        };
        paths(a).cmp(&paths(b))
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
    let started = Instant::now();
    refuse_shard_as_output(shards, out)?;
    let mut writer = ReportWriter::create(out, options)?;
    let mut merge = Merge::default();
    for shard in shards {
        merge.add_shard(&mut writer, &shard.dir)?;
        writer.flush()?;
    }
    let summary = merge.summary(shards, started);
    let report = writer.finish(&summary)?;
    Ok(MergeOutcome {
        summary,
        report,
        cross_shard_copies: merge.cross_shard_copies,
    })
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
        for_each_json_line(&dir.join(ARTICLES_JSONL), |mut article: ArticleRecord| {
            let key = u128::from_str_radix(&article.content_key, 16).ok();
            if let Some(first) = key.and_then(|key| self.first_of_key.get(&key)) {
                self.moved.insert(article.id.as_str().into(), first.clone());
                writer.write_duplicate(&article.id, first)?;
                self.duplicates += 1;
                self.cross_shard_copies += 1;
                return Ok(true);
            }
            if let Some(key) = key {
                self.first_of_key.insert(key, article.id.as_str().into());
            }
            // Recomputed over all shards by the writer.
            article.duplicate_of = None;
            let language = article.language.as_deref().unwrap_or("und");
            *self.languages.entry(language.to_string()).or_default() += 1;
            self.articles += 1;
            writer.write_article(&article)?;
            Ok(true)
        })?;
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
            summary.inputs.extend(run.inputs.iter().cloned());
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
