//! What the benchmarks against the Bot API emulator share.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The repository's root folder.
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

/// The Bot API emulator (tests/telegram), stopped when dropped.
pub struct Emulator {
    child: Child,
    pub url: String,
}

impl Emulator {
    pub fn start() -> Self {
        let dir = repository().join("tests/telegram");
        assert!(
            dir.join("node_modules/telegram-test-api").is_dir(),
            "the Telegram emulator is not installed: run `npm ci --prefix tests/telegram` (bash tests/run-all.sh does)"
        );
        let mut child = Command::new("node")
            .arg(dir.join("emulator.js"))
            .args(["--port", "0", "--exit-on-stdin-eof"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().strip_prefix("listening ").unwrap_or_else(|| panic!("the emulator said {line:?}")).to_string();
        Self { child, url }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}
