//! The trained model: a hashed, quantised weight table plus transition
//! scores, and its compact binary format.
//!
//! Format (little endian):
//! ```text
//! magic      8 bytes  "NMNERMDL"
//! version    u32      FORMAT_VERSION
//! features   u32      feature-set version
//! labels     u32      number of labels (17, BILOU over PER/ORG/LOC/MISC)
//! bits       u32      log2 of the number of weight rows
//! scale      f32      weight = stored / scale
//! gazetteer  u64      fingerprint of the name lists and the dictionary used
//!                     in training (`tagger::name_lists_fingerprint`)
//! trans      labels*labels i32 (quantised transition scores)
//! rows       u32      number of non-zero rows, then for each row:
//!            u32 row index (strictly increasing), labels * i16 weights
//! info_len   u32, info bytes (UTF-8 training summary)
//! memory     u32 longest entry, u32 n, n x (u64 key, 4 x u16 type counts)
//!            sorted by key, u32 m, m x u64 prefix keys sorted: hashed
//!            lowercased token sequences of training entities (no text)
//! checksum   u64      hash of every byte before it
//! ```

use super::hash;
use super::labels::N_LABELS;
use super::prefetch::prefetch;
use super::row_index::RowIndex;
use std::sync::atomic::{AtomicU64, Ordering};
use thiserror::Error;

/// Tokens ahead of the one being scored whose weight rows are asked of the
/// cache: the rows are spread over megabytes, and the tagger spent more
/// time waiting for them than adding them (1 to 4 measured alike).
const PREFETCH_AHEAD: usize = 2;

/// The largest transition weight a model holds, either sign: Viterbi adds
/// without saturating, and its scores stay in range only below this.
pub(crate) const MAX_TRANSITION: u32 = 1_000_000_000;

const MAGIC: &[u8; 8] = b"NMNERMDL";
/// Version of the binary layout.
pub const FORMAT_VERSION: u32 = 1;

/// Why a model could not be loaded.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a newsmill NER model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported model format version {0} (this build reads {FORMAT_VERSION})")]
    UnsupportedVersion(u32),
    #[error("model uses feature set version {found}, this build has {expected}")]
    FeatureVersion { found: u32, expected: u32 },
    #[error("model has {0} labels, expected {N_LABELS}")]
    Labels(u32),
    #[error("bad table size 2^{0}")]
    Bits(u32),
    #[error("model file is truncated")]
    Truncated,
    #[error("model file is corrupt: {0}")]
    Corrupt(&'static str),
    #[error("model checksum mismatch")]
    Checksum,
}

/// A trained tagging model.
pub struct Model {
    /// Distinct for every model value in the process (a clone gets its own),
    /// so per-thread sums of its weights ([`super::token_memo`]) are never
    /// read for another model.
    pub(crate) instance: u64,
    pub(crate) bits: u32,
    /// Hashed row -> index into `weights` (0: the all-zero row).
    pub(crate) rows: RowIndex,
    /// Compact row-major `rows x N_LABELS` quantised weights; row 0 is zero.
    pub(crate) weights: Vec<i16>,
    /// `N_LABELS x N_LABELS` transition scores (from, to), invalid ones very negative.
    pub(crate) trans: Vec<i32>,
    pub(crate) scale: f32,
    pub(crate) gazetteer: u64,
    pub(crate) info: String,
    /// Hashed entity strings of the training data.
    pub(crate) memory: super::features::Memory,
}

/// The next [`Model::instance`]; 0 is never given out.
static NEXT_INSTANCE: AtomicU64 = AtomicU64::new(1);

fn new_instance() -> u64 {
    NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed)
}

impl Clone for Model {
    fn clone(&self) -> Model {
        Model {
            instance: new_instance(),
            bits: self.bits,
            rows: self.rows.clone(),
            weights: self.weights.clone(),
            trans: self.trans.clone(),
            scale: self.scale,
            gazetteer: self.gazetteer,
            info: self.info.clone(),
            memory: self.memory.clone(),
        }
    }
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("bits", &self.bits)
            .field("scale", &self.scale)
            .field("nonzero_rows", &self.nonzero_rows())
            .field("info", &self.info)
            .finish()
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.b.get(self.pos..end).ok_or(ModelError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn i32(&mut self) -> Result<i32, ModelError> {
        Ok(self.u32()? as i32)
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        let lo = u64::from(self.u32()?);
        let hi = u64::from(self.u32()?);
        Ok(lo | (hi << 32))
    }
}

impl Model {
    /// Number of rows with at least one non-zero weight.
    pub fn nonzero_rows(&self) -> usize {
        self.weights.len() / N_LABELS - 1
    }

    /// Free-text training summary stored in the model.
    pub fn info(&self) -> &str {
        &self.info
    }

    /// Fingerprint of the name lists and the dictionary the model was
    /// trained with; equal to [`super::name_lists_fingerprint`] of the
    /// built-in ones unless they changed after training (retrain then).
    pub fn gazetteer_fingerprint(&self) -> u64 {
        self.gazetteer
    }

    /// log2 of the number of weight rows.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Serialises the model (deterministic: same model, same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.nonzero_rows() * (4 + 2 * N_LABELS) + 4096);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&super::features::FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.gazetteer.to_le_bytes());
        for &t in &self.trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let count_at = out.len();
        out.extend_from_slice(&0u32.to_le_bytes());
        let mut rows = 0u32;
        for slot in self.rows.filled() {
            let k = self.rows.row(slot);
            let ws = &self.weights[k * N_LABELS..(k + 1) * N_LABELS];
            rows += 1;
            out.extend_from_slice(&slot.to_le_bytes());
            for &w in ws {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out[count_at..count_at + 4].copy_from_slice(&rows.to_le_bytes());
        out.extend_from_slice(&(self.info.len() as u32).to_le_bytes());
        out.extend_from_slice(self.info.as_bytes());
        // Memory: entries sorted by key, then prefixes sorted.
        let mut entries: Vec<(u64, [u16; 4])> = self.memory.entries().collect();
        entries.sort_unstable();
        out.extend_from_slice(&(self.memory.max_len() as u32).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (k, v) in &entries {
            out.extend_from_slice(&k.to_le_bytes());
            for c in v {
                out.extend_from_slice(&c.to_le_bytes());
            }
        }
        let mut prefixes: Vec<u64> = self.memory.prefixes().collect();
        prefixes.sort_unstable();
        out.extend_from_slice(&(prefixes.len() as u32).to_le_bytes());
        for p in &prefixes {
            out.extend_from_slice(&p.to_le_bytes());
        }
        let sum = hash::bytes(0xc5, &out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        Model::parse(bytes, true)
    }

    /// [`Model::from_bytes`] for the model built into the binary, without
    /// its checksum: bytes compiled in cannot have been damaged on the way
    /// the checksum guards (a file copied or downloaded), and summing 3 MB
    /// took about 0.7 ms of every process's start (a throwaway timing). A
    /// test checks the built-in model's checksum.
    pub(crate) fn from_built_in(bytes: &'static [u8]) -> Result<Model, ModelError> {
        Model::parse(bytes, false)
    }

    fn parse(bytes: &[u8], verify_checksum: bool) -> Result<Model, ModelError> {
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let mut r = Reader { b: bytes, pos: 8 };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let fv = r.u32()?;
        if fv != super::features::FEATURE_VERSION {
            return Err(ModelError::FeatureVersion {
                found: fv,
                expected: super::features::FEATURE_VERSION,
            });
        }
        let labels = r.u32()?;
        if labels as usize != N_LABELS {
            return Err(ModelError::Labels(labels));
        }
        let bits = r.u32()?;
        if !(8..=24).contains(&bits) {
            return Err(ModelError::Bits(bits));
        }
        if bytes.len() < 8 + 8 {
            return Err(ModelError::Truncated);
        }
        let body = &bytes[..bytes.len() - 8];
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&bytes[bytes.len() - 8..]);
        if verify_checksum && hash::bytes(0xc5, body) != u64::from_le_bytes(sum) {
            return Err(ModelError::Checksum);
        }
        let scale = f32::from_bits(r.u32()?);
        if !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError::Corrupt("scale"));
        }
        let gazetteer = r.u64()?;
        let mut trans = Vec::with_capacity(N_LABELS * N_LABELS);
        for _ in 0..N_LABELS * N_LABELS {
            let t = r.i32()?;
            // Viterbi adds without saturating: transitions must stay far
            // from the ends of the range, as quantising keeps them.
            if t.unsigned_abs() > MAX_TRANSITION {
                return Err(ModelError::Corrupt("transition weight"));
            }
            trans.push(t);
        }
        let n_rows = r.u32()? as usize;
        let table = 1usize << bits;
        if n_rows > table {
            return Err(ModelError::Corrupt("row count"));
        }
        let mut weights = vec![0i16; (n_rows + 1) * N_LABELS];
        let row_bytes = 4 + 2 * N_LABELS;
        let data = r.take(n_rows.checked_mul(row_bytes).ok_or(ModelError::Truncated)?)?;
        let slots = data
            .chunks_exact(row_bytes)
            .map(|chunk| u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]));
        let rows =
            RowIndex::from_filled(bits, slots).map_err(|_| ModelError::Corrupt("row index"))?;
        for (at, chunk) in data.chunks_exact(row_bytes).enumerate() {
            let k = at + 1;
            let dst = &mut weights[k * N_LABELS..(k + 1) * N_LABELS];
            for (k, d) in dst.iter_mut().enumerate() {
                *d = i16::from_le_bytes([chunk[4 + 2 * k], chunk[5 + 2 * k]]);
            }
        }
        let info_len = r.u32()? as usize;
        let info = std::str::from_utf8(r.take(info_len)?)
            .map_err(|_| ModelError::Corrupt("info"))?
            .to_string();
        let mut memory = super::features::Memory::with_max_len(r.u32()? as usize);
        if memory.max_len() > 8 {
            return Err(ModelError::Corrupt("memory"));
        }
        let n_entries = r.u32()? as usize;
        let data = r.take(n_entries.checked_mul(16).ok_or(ModelError::Truncated)?)?;
        memory.reserve(n_entries, 0);
        for c in data.chunks_exact(16) {
            let mut k = [0u8; 8];
            k.copy_from_slice(&c[..8]);
            let mut v = [0u16; 4];
            for (j, x) in v.iter_mut().enumerate() {
                *x = u16::from_le_bytes([c[8 + 2 * j], c[9 + 2 * j]]);
            }
            memory.insert_entry(u64::from_le_bytes(k), v);
        }
        let n_prefixes = r.u32()? as usize;
        let data = r.take(n_prefixes.checked_mul(8).ok_or(ModelError::Truncated)?)?;
        memory.reserve(0, n_prefixes);
        for c in data.chunks_exact(8) {
            let mut k = [0u8; 8];
            k.copy_from_slice(c);
            memory.insert_prefix(u64::from_le_bytes(k));
        }
        if r.pos != body.len() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        Ok(Model {
            instance: new_instance(),
            bits,
            rows,
            weights,
            trans,
            scale,
            gazetteer,
            info,
            memory,
        })
    }

    /// Builds a quantised model from float weights (row-major, `N_LABELS`
    /// per row) and float transitions.
    pub(crate) fn quantise(
        bits: u32,
        weights: &[f64],
        trans: &[f64],
        gazetteer: u64,
        info: String,
    ) -> Model {
        let max = weights.iter().fold(0f64, |m, &w| m.max(w.abs())).max(1e-9);
        let scale = (32000.0 / max) as f32;
        let s = f64::from(scale);
        let mut filled = Vec::new();
        let mut q: Vec<i16> = vec![0; N_LABELS];
        for (r, ws) in weights.chunks_exact(N_LABELS).enumerate() {
            let row: Vec<i16> = ws
                .iter()
                .map(|&w| (w * s).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            if row.iter().any(|&w| w != 0) {
                filled.push(r as u32);
                q.extend_from_slice(&row);
            }
        }
        // The slots are those of `weights`, in order: none out of range.
        let rows = RowIndex::from_filled(bits, filled).unwrap_or_else(|e| {
            panic!("quantised slots out of order ({e:?}): a bug in Model::quantise")
        });
        let t: Vec<i32> = trans
            .iter()
            .map(|&w| {
                let limit = f64::from(MAX_TRANSITION);
                (w * s).round().clamp(-limit, limit) as i32
            })
            .collect();
        Model {
            instance: new_instance(),
            bits,
            rows,
            weights: q,
            trans: t,
            scale,
            gazetteer,
            info,
            memory: Default::default(),
        }
    }

    /// Asks the cache for weight row `r`.
    #[inline(always)]
    fn prefetch_weights(&self, r: usize) {
        prefetch(self.weights.as_ptr().wrapping_add(r * N_LABELS));
    }

    /// Adds weight row `r` into `scores`.
    #[inline(always)]
    fn add_weights(&self, r: usize, scores: &mut [i32; N_LABELS]) {
        if let Some(rw) = self
            .weights
            .get(r * N_LABELS..)
            .and_then(<[i16]>::first_chunk::<N_LABELS>)
        {
            for k in 0..N_LABELS {
                scores[k] += i32::from(rw[k]);
            }
        }
    }

    /// Adds the weights of one feature row into `scores`.
    #[cfg(test)]
    pub(crate) fn add_row(&self, feature: u32, scores: &mut [i32; N_LABELS]) {
        self.add_weights(self.rows.row(feature), scores);
    }

    /// Adds the weight rows of `feats` into `scores`, one sum per group:
    /// `feats[k]` goes to `scores[group[k]]`. Every row is looked up and
    /// asked for before any is added, so that the misses of a token's
    /// features (each in a different part of the table) overlap instead of
    /// following one another.
    #[inline(always)]
    pub(crate) fn add_grouped<const N: usize, const G: usize>(
        &self,
        feats: &[u32; N],
        group: &[usize; N],
        scores: &mut [[i32; N_LABELS]; G],
    ) {
        let mut rows = [0usize; N];
        for (r, &f) in rows.iter_mut().zip(feats) {
            *r = self.rows.row(f);
            self.prefetch_weights(*r);
        }
        for (&r, &g) in rows.iter().zip(group) {
            if let Some(target) = scores.get_mut(g) {
                self.add_weights(r, target);
            }
        }
    }

    /// Adds the rows of `feats` into per-token emission scores.
    #[inline]
    pub(crate) fn add_emissions(
        &self,
        offsets: &[u32],
        feats: &[u32],
        scores: &mut [[i32; N_LABELS]],
    ) {
        // Every feature's weight row first, in one tight loop whose slot
        // look-ups overlap, so that the weights of the tokens ahead can be
        // asked for. Looking the slots up again in the scoring loop instead
        // of keeping them here (no buffer per document) gave back most of
        // the gain: tagging's share of a run 0.46 with the buffer, 0.50
        // without, 0.54 before the prefetch (perf samples, 8 runs each).
        let rows: Vec<u32> = feats.iter().map(|&f| self.rows.row(f) as u32).collect();
        for (t, sc) in scores.iter_mut().enumerate() {
            if let (Some(&a), Some(&b)) = (
                offsets.get(t + PREFETCH_AHEAD),
                offsets.get(t + PREFETCH_AHEAD + 1),
            ) {
                for &r in rows.get(a as usize..b as usize).unwrap_or(&[]) {
                    self.prefetch_weights(r as usize);
                }
            }
            let (a, b) = (offsets[t] as usize, offsets[t + 1] as usize);
            // Branch-free: row 0 is all zeros, so unknown features add
            // nothing and the loads of consecutive features can overlap.
            let mut acc = [0i32; N_LABELS];
            for &r in &rows[a..b] {
                self.add_weights(r as usize, &mut acc);
            }
            for k in 0..N_LABELS {
                sc[k] += acc[k];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped model with the slot of its `k`-th weight row set to
    /// `slot`, checksummed again.
    fn with_row_slot(k: usize, slot: u32) -> Vec<u8> {
        let mut bytes = crate::tagger::ENGLISH_MODEL_BYTES.to_vec();
        let rows_at = 8 + 4 * 4 + 4 + 8 + 4 * N_LABELS * N_LABELS + 4;
        let at = rows_at + k * (4 + 2 * N_LABELS);
        bytes[at..at + 4].copy_from_slice(&slot.to_le_bytes());
        let body = bytes.len() - 8;
        let sum = hash::bytes(0xc5, &bytes[..body]);
        bytes[body..].copy_from_slice(&sum.to_le_bytes());
        bytes
    }

    #[test]
    fn the_built_in_model_passes_its_checksum_and_loads_the_same_without_it() {
        let bytes = crate::tagger::ENGLISH_MODEL_BYTES;
        let checked = Model::from_bytes(bytes).expect("the built-in model's checksum holds");
        let built_in = Model::from_built_in(bytes).expect("the built-in model");
        assert_eq!(checked.to_bytes(), built_in.to_bytes());
        assert_eq!(checked.to_bytes(), bytes);
        // A damaged copy is still refused where the checksum is asked.
        let mut damaged = bytes.to_vec();
        let middle = damaged.len() / 2;
        damaged[middle] ^= 1;
        assert_eq!(
            Model::from_bytes(&damaged).err(),
            Some(ModelError::Checksum)
        );
    }

    #[test]
    fn weight_rows_out_of_order_or_past_the_table_are_refused() {
        let model = Model::from_bytes(crate::tagger::ENGLISH_MODEL_BYTES).expect("shipped model");
        let first: Vec<u32> = model.rows.filled().take(2).collect();
        // The unchanged slot, written back, still loads.
        assert!(Model::from_bytes(&with_row_slot(1, first[1])).is_ok());
        assert_eq!(
            Model::from_bytes(&with_row_slot(1, first[0])).err(),
            Some(ModelError::Corrupt("row index"))
        );
        assert_eq!(
            Model::from_bytes(&with_row_slot(0, 1 << model.bits)).err(),
            Some(ModelError::Corrupt("row index"))
        );
    }

    #[test]
    fn every_slot_reads_the_weights_the_model_file_lists_for_it() {
        // The file's row section read here by hand (slot, then the labels'
        // weights), against what the loaded model adds for each slot.
        let bytes = crate::tagger::ENGLISH_MODEL_BYTES;
        let model = Model::from_bytes(bytes).expect("shipped model");
        let count_at = 8 + 4 * 4 + 4 + 8 + 4 * N_LABELS * N_LABELS;
        let word = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let rows = word(count_at) as usize;
        let mut listed = vec![None; 1 << model.bits];
        for k in 0..rows {
            let at = count_at + 4 + k * (4 + 2 * N_LABELS);
            let mut weights = [0i32; N_LABELS];
            for (j, w) in weights.iter_mut().enumerate() {
                let b = at + 4 + 2 * j;
                *w = i32::from(i16::from_le_bytes([bytes[b], bytes[b + 1]]));
            }
            listed[word(at) as usize] = Some(weights);
        }
        for (slot, weights) in listed.iter().enumerate() {
            let mut added = [0; N_LABELS];
            model.add_row(slot as u32, &mut added);
            assert_eq!(added, weights.unwrap_or([0; N_LABELS]), "slot {slot}");
        }
        assert_eq!(model.to_bytes(), bytes, "written back as read");
    }

    #[test]
    fn a_transition_viterbi_cannot_add_safely_is_refused() {
        let mut model =
            Model::from_bytes(crate::tagger::ENGLISH_MODEL_BYTES).expect("shipped model");
        model.trans[1] = -(MAX_TRANSITION as i32);
        assert!(
            Model::from_bytes(&model.to_bytes()).is_ok(),
            "the limit itself"
        );
        model.trans[1] = i32::MIN + 5;
        assert_eq!(
            Model::from_bytes(&model.to_bytes()).err(),
            Some(ModelError::Corrupt("transition weight"))
        );
    }
}
