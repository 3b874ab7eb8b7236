//! The `newsmill` binary: all driver logic lives in the `newsmill-cli` crate.

// jemalloc rather than glibc's allocator: a run makes some 750,000
// allocations on a 4 MB dump, and glibc's malloc and free took about 7% of
// a one-core profile of it. On that dump a whole run is 4.2% faster on one
// core and 4.5% on two (`RUN_AB_DUMP=/tmp/newsmill-peer/dump-4.jsonl.gz
// RUN_AB_CPUS=0 bash benches/run_ab.sh OLD_BINARY 4 41 1 NEW_BINARY`; 21
// rounds, `... 4 21 2 ...`), and on 1,000,000 short articles the main pass
// takes 47 s instead of 55 with a lower peak (208.9 MB against 214.8 MB,
// `bash benches/memory_scale.sh 1000000`). The library crates and the
// Python module leave the allocator to their host program.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    std::process::exit(newsmill_cli::main());
}
