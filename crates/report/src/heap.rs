//! Freed heap memory handed back to the operating system between the
//! report's phases.
//!
//! glibc's allocator keeps freed memory inside the process: resolving the
//! entity table allocates and frees some 60 MB of small blocks, and without
//! this the dense per-article tables of the analysis (tens of MB on a dump
//! of ten million articles) would come on top of that dead weight instead
//! of in its place. Off glibc (musl, macOS) it does nothing; under another
//! global allocator it only trims glibc's own (then idle) arenas.

/// Return the free pages of every malloc arena to the kernel.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub(crate) fn release_free_memory() {
    extern "C" {
        fn malloc_trim(pad: usize) -> std::os::raw::c_int;
    }
    // SAFETY: the declaration is glibc's prototype (`int malloc_trim(size_t
    // pad)`, in every glibc since 2.0, so linking cannot fail); it takes no
    // pointer and only gives free pages of the allocator's own arenas back
    // (glibc marks it MT-Safe); the memory of live allocations is untouched.
    unsafe {
        malloc_trim(0);
    }
}

/// Return the free pages of every malloc arena to the kernel (a no-op here).
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub(crate) fn release_free_memory() {}
