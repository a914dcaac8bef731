//! What the benchmarks against the Bot API emulator share.

use std::path::{Path, PathBuf};

/// The repository's root folder.
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

#[path = "../../../../tests/telegram/emulator_process.rs"]
mod emulator_process;
pub use emulator_process::Emulator;
