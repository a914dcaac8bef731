//! Starts the Bot API emulator (`emulator.js` beside this file) for the end-to-end tests
//! and the benchmarks, which both include this file.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The emulator on a free port of 127.0.0.1, stopped when dropped.
pub struct Emulator {
    child: Child,
    pub url: String,
}

impl Emulator {
    pub fn start() -> Self {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/telegram");
        assert!(
            dir.join("node_modules/telegram-test-api").is_dir(),
            "the Telegram emulator is not installed: run `npm ci --prefix tests/telegram` (bash tests/run-all.sh does)"
        );
        let mut child = Command::new("node")
            .arg(dir.join("emulator.js"))
            .args(["--port", "0", "--exit-on-stdin-eof"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs (the test command installs Node's packages; Node itself comes with the machine)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().strip_prefix("listening ").unwrap_or_else(|| panic!("the emulator said {line:?}")).to_string();
        Self { child, url }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
