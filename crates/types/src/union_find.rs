/// Disjoint sets over `0..n` in which a set's root is always its smallest
/// member, so the grouping it yields does not depend on the order of the
/// unions (copy clusters and merged entity spellings stay deterministic).
///
/// ```
/// use newsmill_types::UnionFind;
///
/// let mut sets = UnionFind::new(4);
/// sets.union(3, 1);
/// sets.union(1, 2);
/// assert_eq!(sets.find(3), 1);
/// assert_eq!(sets.find(0), 0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    /// `n` singletons. Positions are `u32`: a dump-level set is indexed by
    /// article number, and halving the table matters at millions of articles.
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }

    /// The root (smallest member) of `x`'s set, compressing the path.
    pub fn find(&mut self, mut x: u32) -> u32 {
        let mut root = x;
        while self.parent[root as usize] != root {
            root = self.parent[root as usize];
        }
        while self.parent[x as usize] != root {
            let next = self.parent[x as usize];
            self.parent[x as usize] = root;
            x = next;
        }
        root
    }

    /// The root of `x`'s set without compressing the path (for lookups
    /// through a shared reference once [`UnionFind::find`] has flattened
    /// the sets); `x` itself when out of range.
    pub fn root(&self, mut x: u32) -> u32 {
        while let Some(&up) = self.parent.get(x as usize) {
            if up == x {
                break;
            }
            x = up;
        }
        x
    }

    /// Join the two sets; the smaller root becomes the root.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (low, high) = (ra.min(rb), ra.max(rb));
            self.parent[high as usize] = low;
        }
    }

    /// The roots of the sets of two or more members, ascending, every path
    /// flattened on the way (a bit per position while they are found).
    pub fn roots_of_groups(&mut self) -> Vec<u32> {
        let n = self.parent.len();
        let mut grouped = vec![0u64; n.div_ceil(64)];
        for i in 0..n as u32 {
            let root = self.find(i);
            if root != i {
                grouped[root as usize / 64] |= 1 << (root % 64);
            }
        }
        (0..n as u32)
            .filter(|&i| grouped[i as usize / 64] & (1 << (i % 64)) != 0)
            .collect()
    }

    /// Each position's root, every path flattened: a plain table that can
    /// be stored and read back.
    ///
    /// ```
    /// use newsmill_types::UnionFind;
    ///
    /// let mut sets = UnionFind::new(4);
    /// sets.union(3, 2);
    /// sets.union(2, 1);
    /// assert_eq!(sets.into_roots(), [0, 1, 1, 1]);
    /// ```
    pub fn into_roots(mut self) -> Vec<u32> {
        for i in 0..self.parent.len() as u32 {
            self.find(i);
        }
        self.parent
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_of_groups_leave_singletons_out() {
        let mut sets = UnionFind::new(70);
        sets.union(69, 3);
        sets.union(5, 3);
        sets.union(66, 64);
        assert_eq!(sets.roots_of_groups(), [3, 64]);
        assert_eq!(sets.root(69), 3, "paths flattened");
        assert!(UnionFind::new(3).roots_of_groups().is_empty());
    }

    #[test]
    fn roots_are_the_smallest_members_whatever_the_union_order() {
        let mut forward = UnionFind::new(6);
        let mut backward = UnionFind::new(6);
        let pairs = [(5, 4), (4, 2), (0, 3)];
        for &(a, b) in &pairs {
            forward.union(a, b);
        }
        for &(a, b) in pairs.iter().rev() {
            backward.union(b, a);
        }
        for x in 0..6 {
            assert_eq!(forward.find(x), backward.find(x));
        }
        assert_eq!(forward.find(5), 2);
        assert_eq!(forward.find(3), 0);
        assert_eq!(forward.find(1), 1);
    }

    #[test]
    fn root_reads_without_compressing() {
        let mut sets = UnionFind::new(5);
        sets.union(3, 4);
        sets.union(2, 3);
        sets.union(1, 2);
        assert_eq!(sets.root(4), 1);
        assert_eq!(sets.root(0), 0);
        assert_eq!(sets.root(99), 99);
        assert_eq!(sets.find(4), 1);
        assert_eq!(sets.root(4), 1);
    }
}
