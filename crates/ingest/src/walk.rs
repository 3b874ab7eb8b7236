//! Expanding inputs into files: directories are walked lazily in sorted
//! order (so ids and output order are stable), one folder listing at a time.

use crate::IngestError;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// A file found under an input, or a reason an entry could not be read.
#[derive(Debug)]
pub enum Entry {
    File {
        path: PathBuf,
        /// Path relative to the input it was found under, `/`-separated.
        relative: String,
        /// Whether it was named directly rather than found in a folder walk.
        named: bool,
    },
    Failed {
        path: PathBuf,
        relative: String,
        error: IngestError,
    },
    /// A folder named as an input is about to be walked.
    EnterRoot(PathBuf),
    /// Every file under that folder has been yielded.
    LeaveRoot(PathBuf),
}

struct Frame {
    root: PathBuf,
    /// Entries of one folder, sorted descending so `pop` yields them in order.
    entries: Vec<PathBuf>,
}

/// Lazy, sorted, loop-safe walk over several inputs.
#[derive(Default)]
pub struct Walk {
    inputs: std::collections::VecDeque<PathBuf>,
    stack: Vec<Frame>,
    visited_dirs: HashSet<PathBuf>,
    /// The folder input being walked, if any.
    current_root: Option<PathBuf>,
    /// Files in folders whose names newsmill does not read (e.g. images).
    pub skipped_files: u64,
}

impl Walk {
    pub fn new(inputs: impl IntoIterator<Item = PathBuf>) -> Self {
        Walk {
            inputs: inputs.into_iter().collect(),
            ..Walk::default()
        }
    }

    fn list(&mut self, root: &Path, dir: &Path) -> Result<(), IngestError> {
        let canonical = fs::canonicalize(dir).map_err(|source| IngestError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        if !self.visited_dirs.insert(canonical) {
            return Err(IngestError::SymlinkLoop {
                path: dir.to_path_buf(),
            });
        }
        let mut entries = fs::read_dir(dir)
            .and_then(|listing| {
                listing
                    .map(|e| e.map(|e| e.path()))
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(|source| IngestError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        entries.sort_unstable_by(|a, b| b.cmp(a));
        self.stack.push(Frame {
            root: root.to_path_buf(),
            entries,
        });
        Ok(())
    }
}

fn relative_to(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some(frame) = self.stack.last_mut() {
                let Some(path) = frame.entries.pop() else {
                    self.stack.pop();
                    if self.stack.is_empty() {
                        if let Some(root) = self.current_root.take() {
                            return Some(Entry::LeaveRoot(root));
                        }
                    }
                    continue;
                };
                let root = frame.root.clone();
                let relative = relative_to(&root, &path);
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if name.starts_with('.') {
                    // Hidden files and folders (.git, .DS_Store) hold no articles.
                    self.skipped_files += 1;
                    continue;
                }
                let link = fs::symlink_metadata(&path)
                    .map(|m| m.file_type().is_symlink())
                    .unwrap_or(false);
                match fs::metadata(&path) {
                    Err(_) if link => {
                        return Some(Entry::Failed {
                            error: IngestError::DanglingSymlink { path: path.clone() },
                            path,
                            relative,
                        })
                    }
                    Err(source) => {
                        return Some(Entry::Failed {
                            error: IngestError::Io {
                                path: path.clone(),
                                source,
                            },
                            path,
                            relative,
                        })
                    }
                    Ok(meta) if meta.is_dir() => {
                        if let Err(error) = self.list(&root, &path) {
                            return Some(Entry::Failed {
                                path,
                                relative,
                                error,
                            });
                        }
                    }
                    Ok(_) => {
                        // Side files such as a dump's _index.jsonl are not articles.
                        if name.starts_with('_') || crate::format::detect(&path).is_none() {
                            self.skipped_files += 1;
                            continue;
                        }
                        return Some(Entry::File {
                            path,
                            relative,
                            named: false,
                        });
                    }
                }
                continue;
            }
            let input = self.inputs.pop_front()?;
            let relative = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| input.to_string_lossy().into_owned());
            match fs::metadata(&input) {
                Ok(meta) if meta.is_dir() => {
                    if let Err(error) = self.list(&input, &input) {
                        return Some(Entry::Failed {
                            path: input,
                            relative,
                            error,
                        });
                    }
                    self.current_root = Some(input.clone());
                    return Some(Entry::EnterRoot(input));
                }
                Ok(_) => {
                    return Some(Entry::File {
                        path: input,
                        relative,
                        named: true,
                    })
                }
                Err(_) if fs::symlink_metadata(&input).is_ok() => {
                    return Some(Entry::Failed {
                        error: IngestError::DanglingSymlink {
                            path: input.clone(),
                        },
                        path: input,
                        relative,
                    })
                }
                Err(_) => {
                    return Some(Entry::Failed {
                        error: IngestError::NotFound {
                            path: input.clone(),
                        },
                        path: input,
                        relative,
                    })
                }
            }
        }
    }
}
