//! The `newsmill` binary: all driver logic lives in the `newsmill-cli` crate.

fn main() {
    std::process::exit(newsmill_cli::main());
}
