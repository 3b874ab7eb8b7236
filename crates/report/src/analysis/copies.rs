//! Copy clusters in dense form: each article's set root (4 bytes an
//! article, parked in a scratch file while the story sets are built), then
//! 12 bytes a cluster for its root, representative and size. Nothing is kept
//! per member: a member's similarity with its representative is computed
//! from the two signatures when it is asked for.

use super::*;
use std::cmp::Reverse;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The copy clusters of a dump after [`CopyClusters::number`]: every set of
/// two or more articles, numbered in the order of its smallest member.
#[derive(Debug, Clone, Default)]
pub(crate) struct CopyClusters {
    /// Each article's set root (its smallest member; itself when alone).
    /// Empty while parked: nothing reads it then.
    root_of: Vec<u32>,
    /// Smallest member of each cluster, sorted: cluster `n` is at `n - 1`.
    roots: Vec<u32>,
    /// The earliest member of each cluster (by date, then position).
    representatives: Vec<u32>,
    /// Members of each cluster.
    sizes: Vec<u32>,
}

/// The per-article table of a [`CopyClusters`] while it is in a scratch
/// file; the file goes with it.
#[derive(Debug)]
pub(crate) struct ParkedRoots {
    path: PathBuf,
    len: usize,
}

impl Drop for ParkedRoots {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// One cluster's share of the numbering walk.
#[derive(Clone, Copy)]
struct Tally {
    size: u32,
    earliest: OrderKey,
}

/// A listed cluster's earliest members and outlets, gathered in a walk
/// with state bounded by [`MAX_CLUSTER_MEMBERS`].
struct ListedCluster<'a> {
    number: u32,
    size: usize,
    /// The earliest members, largest key on top.
    first: BinaryHeap<OrderKey>,
    outlets: BTreeSet<&'a str>,
}

impl CopyClusters {
    /// Number the clusters of `sets` and find their representatives, in one
    /// walk over the digests (the representative is chosen by date).
    pub(crate) fn number(mut sets: UnionFind, articles: &Digests) -> Self {
        let roots = sets.roots_of_groups();
        let mut clusters = CopyClusters {
            root_of: sets.into_roots(),
            roots,
            representatives: Vec::new(),
            sizes: Vec::new(),
        };
        let mut tallies: Vec<Tally> = vec![
            Tally {
                size: 0,
                earliest: (true, None, u32::MAX),
            };
            clusters.roots.len()
        ];
        for (i, digest) in articles.iter().enumerate() {
            let Some(index) = clusters.index_of(i as u32) else {
                continue;
            };
            let tally = &mut tallies[index];
            tally.size += 1;
            tally.earliest = tally.earliest.min(order_key(day_of(&digest), i as u32));
        }
        clusters.representatives = tallies.iter().map(|t| t.earliest.2).collect();
        clusters.sizes = tallies.iter().map(|t| t.size).collect();
        clusters
    }

    /// How many clusters there are.
    pub(crate) fn len(&self) -> u64 {
        self.roots.len() as u64
    }

    /// Articles in a cluster that are not its representative.
    pub(crate) fn near_duplicates(&self) -> u64 {
        self.sizes.iter().map(|&size| u64::from(size) - 1).sum()
    }

    /// The smallest member of `position`'s set (itself when alone).
    pub(crate) fn root(&self, position: u32) -> u32 {
        self.root_of
            .get(position as usize)
            .copied()
            .unwrap_or(position)
    }

    /// Move the per-article table to a scratch file in `dir` (nothing
    /// happens without one) until [`CopyClusters::unpark`]: the story sets
    /// need a table of the same size, and the two need not be in memory
    /// while the story keys are sorted.
    pub(crate) fn park(&mut self, dir: Option<&Path>) -> std::io::Result<Option<ParkedRoots>> {
        let Some(dir) = dir else {
            return Ok(None);
        };
        let parked = ParkedRoots {
            path: newsmill_types::scratch_path(dir, "copy-sets"),
            len: self.root_of.len(),
        };
        let mut out = BufWriter::new(File::create(&parked.path)?);
        for root in &self.root_of {
            out.write_all(&root.to_le_bytes())?;
        }
        out.flush()?;
        self.root_of = Vec::new();
        Ok(Some(parked))
    }

    /// Read back a table [`CopyClusters::park`] moved out; its file is
    /// removed.
    pub(crate) fn unpark(&mut self, parked: Option<ParkedRoots>) -> std::io::Result<()> {
        let Some(parked) = parked else {
            return Ok(());
        };
        let mut input = BufReader::new(File::open(&parked.path)?);
        let mut root_of = Vec::with_capacity(parked.len);
        let mut bytes = [0u8; 4];
        for _ in 0..parked.len {
            input.read_exact(&mut bytes)?;
            root_of.push(u32::from_le_bytes(bytes));
        }
        self.root_of = root_of;
        Ok(())
    }

    /// Index of the cluster `position` belongs to, if any.
    fn index_of(&self, position: u32) -> Option<usize> {
        self.roots.binary_search(&self.root(position)).ok()
    }

    /// Cluster number (1-based) and representative of `position`'s cluster.
    pub(crate) fn cluster_of(&self, position: u32) -> Option<(u32, u32)> {
        let index = self.index_of(position)?;
        Some((index as u32 + 1, *self.representatives.get(index)?))
    }

    /// The [`MAX_CLUSTERS`] largest clusters described, their members and
    /// outlets gathered in one walk over the digests.
    pub(crate) fn describe_largest(&self, aggregates: &DumpAggregates) -> Vec<DuplicateCluster> {
        let mut ranked: Vec<(Reverse<u32>, u32)> = Vec::new();
        for (index, &size) in self.sizes.iter().enumerate() {
            keep_largest(&mut ranked, (Reverse(size), index as u32 + 1));
        }
        ranked.sort();
        ranked.truncate(MAX_CLUSTERS);
        let mut listed: Vec<ListedCluster> = ranked
            .iter()
            .map(|&(Reverse(size), number)| ListedCluster {
                number,
                size: size as usize,
                first: BinaryHeap::new(),
                outlets: BTreeSet::new(),
            })
            .collect();
        let by_number: HashMap<u32, usize> = listed
            .iter()
            .enumerate()
            .map(|(slot, cluster)| (cluster.number, slot))
            .collect();
        for (i, digest) in aggregates.articles.iter().enumerate() {
            let Some((number, _)) = self.cluster_of(i as u32) else {
                continue;
            };
            let Some(&slot) = by_number.get(&number) else {
                continue;
            };
            let cluster = &mut listed[slot];
            cluster.first.push(order_key(day_of(&digest), i as u32));
            if cluster.first.len() > MAX_CLUSTER_MEMBERS + 1 {
                cluster.first.pop();
            }
            if let Some(outlet) = aggregates.outlet(&digest) {
                cluster.outlets.insert(outlet);
            }
        }
        listed
            .into_iter()
            .map(|cluster| self.describe(aggregates, cluster))
            .collect()
    }

    fn describe(&self, aggregates: &DumpAggregates, cluster: ListedCluster) -> DuplicateCluster {
        let members: Vec<u32> = cluster
            .first
            .into_sorted_vec()
            .into_iter()
            .map(|key| key.2)
            .collect();
        let outlets: Vec<String> = cluster.outlets.into_iter().map(str::to_string).collect();
        let representative = members.first().copied().unwrap_or_default();
        DuplicateCluster {
            id: format!("d{}", cluster.number),
            kind: if outlets.len() > 1 {
                "syndicated"
            } else {
                "duplicate"
            }
            .to_string(),
            size: cluster.size as u64,
            representative: cluster_article(aggregates, representative, 1.0),
            members: members
                .iter()
                .skip(1)
                .map(|&m| {
                    let similarity = similarity(&aggregates.articles, m, representative);
                    cluster_article(aggregates, m, f64::from(similarity))
                })
                .collect(),
            outlets,
        }
    }
}

/// The estimated similarity of two articles' texts, as reported (`f32`).
pub(crate) fn similarity(articles: &Digests, a: u32, b: u32) -> f32 {
    match (
        articles.signature(a as usize),
        articles.signature(b as usize),
    ) {
        (Some(a), Some(b)) => a.similarity(&b) as f32,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parked_table_is_in_its_file_until_it_comes_back() {
        let mut sets = UnionFind::new(6);
        sets.union(3, 1);
        sets.union(4, 2);
        sets.union(5, 2);
        let mut copies = CopyClusters::number(sets, &Digests::default());
        let roots: Vec<u32> = (0..6).map(|p| copies.root(p)).collect();
        assert_eq!(roots, [0, 1, 2, 1, 2, 2]);

        let dir = std::env::temp_dir().join(format!("newsmill-park-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        let parked = copies.park(Some(&dir)).expect("parked");
        let file = parked.as_ref().map(|p| p.path.clone()).expect("a file");
        assert_eq!(std::fs::metadata(&file).expect("written").len(), 6 * 4);
        assert!(copies.root_of.is_empty(), "the table left memory");
        copies.unpark(parked).expect("read back");
        assert!(!file.exists(), "the file goes once read back");
        let back: Vec<u32> = (0..6).map(|p| copies.root(p)).collect();
        assert_eq!(back, roots);
        assert_eq!(copies.cluster_of(5).map(|c| c.0), Some(2));
        std::fs::remove_dir(&dir).expect("empty scratch folder");

        // Without a scratch folder nothing moves.
        assert!(copies.park(None).expect("no-op").is_none());
        assert_eq!(copies.root(4), 2);
    }
}
