//! Time a [`KeyMap`] on disk as a run uses it: one look-up-or-insert per
//! article, keys spread as hash outputs are, one in six seen before.
//!
//! ```sh
//! cargo run --release -p newsmill-types --example key_map_fill -- 5000000 /tmp
//! /usr/bin/time -v target/release/examples/key_map_fill 5000000 /tmp   # with system time
//! ```
//! Prints the keys stored and the seconds taken.

use newsmill_types::KeyMap;
use std::path::PathBuf;
use std::time::Instant;

/// SplitMix64: a fixed, well-spread sequence, so runs are comparable.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: u64 = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000_000);
    let dir = args.next().map_or_else(std::env::temp_dir, PathBuf::from);
    let mut map = KeyMap::on_disk(&dir, "key-map-fill")?;
    let start = Instant::now();
    let mut seen = 0u64;
    for i in 0..count {
        let n = if i % 3 == 2 { i / 2 } else { i };
        let key = u128::from(mix(n)) << 64 | u128::from(mix(n ^ 0x5555));
        seen += u64::from(map.first_value(key, i)?.is_some());
    }
    println!(
        "{count} look-ups, {} keys stored, {seen} seen before, {:.2} s",
        map.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
