//! Whether a line carries a URL, an e-mail address or a handle.

use super::{MARK_AT, MARK_SLASH, MARK_WWW};
use std::sync::LazyLock;

static SCHEME: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("://"));
static WWW: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("www."));

pub(super) fn has_link(line: &str) -> bool {
    let b = line.as_bytes();
    // Bare "www." addresses only matter on short lines (a link line); on
    // prose lines a URL always has "://".
    if memchr::memchr2(b'/', b'@', b).is_none() {
        return b.len() <= 100 && WWW.find(b).is_some();
    }
    SCHEME.find(b).is_some()
        || WWW.find(b).is_some()
        || (b.first() == Some(&b'@') && !line.contains(' '))
        || (memchr::memchr(b'@', b).is_some()
            && b.len() < 60
            && line.split_whitespace().any(looks_like_email))
}

/// `has_link` for a line `scan_features` read in full, given its marks.
#[inline]
pub(super) fn has_link_marked(line: &str, marks: u8) -> bool {
    let b = line.as_bytes();
    if marks & (MARK_SLASH | MARK_AT) == 0 {
        return b.len() <= 100 && marks & MARK_WWW != 0;
    }
    SCHEME.find(b).is_some()
        || marks & MARK_WWW != 0
        || (b.first() == Some(&b'@') && !line.contains(' '))
        || (marks & MARK_AT != 0 && b.len() < 60 && line.split_whitespace().any(looks_like_email))
}

fn looks_like_email(w: &str) -> bool {
    match w.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.'),
        None => false,
    }
}
