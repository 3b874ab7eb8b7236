//! Asking the cache for memory before it is read: the tagger's tables are
//! spread over megabytes, and it waits on them more than it computes.

/// Asks the cache for the line holding `at` (a no-op off x86-64). Any
/// address will do: a prefetch reads nothing and cannot fault.
#[inline(always)]
#[allow(unsafe_code)]
pub(crate) fn prefetch<T>(at: *const T) {
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch reads nothing and cannot fault, whatever the
        // address.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(at.cast()) };
    }
}

/// [`prefetch`] for every line of `value`.
#[inline(always)]
pub(crate) fn prefetch_all<T>(value: &T) {
    let base = std::ptr::from_ref(value).cast::<u8>();
    for offset in (0..std::mem::size_of::<T>()).step_by(64) {
        prefetch(base.wrapping_add(offset));
    }
}
