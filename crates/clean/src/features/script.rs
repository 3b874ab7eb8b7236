//! Writing systems, by code point.

/// Writing systems distinguished by the cleaner. Han, Hangul and Kana are
/// one group because Korean and Japanese prose mixes them freely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin = 0,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Cjk,
    Indic,
    Thai,
    Other,
}

pub(crate) const SCRIPTS: usize = 9;

impl Script {
    fn from_index(i: usize) -> Script {
        match i {
            0 => Script::Latin,
            1 => Script::Cyrillic,
            2 => Script::Greek,
            3 => Script::Hebrew,
            4 => Script::Arabic,
            5 => Script::Cjk,
            6 => Script::Indic,
            7 => Script::Thai,
            _ => Script::Other,
        }
    }

    /// The script with the most letters in `counts`, if any letters.
    pub(crate) fn dominant(counts: &[u32; SCRIPTS]) -> Option<(Script, u32)> {
        let (i, n) = counts
            .iter()
            .enumerate()
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
        (*n > 0).then(|| (Script::from_index(i), *n))
    }
}

#[inline]
pub(super) fn script_of(c: char) -> Script {
    let u = c as u32;
    match u {
        0..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0900..=0x0DFF => Script::Indic,
        0x0E00..=0x0E7F => Script::Thai,
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF => Script::Cjk,
        _ => Script::Other,
    }
}
