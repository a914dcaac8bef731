//! Transcript tests: each file in tests/transcripts is a conversation with the real binary.
//!
//! Format: header lines starting with `#`; `# chat: ARGS` gives extra `chat` arguments for
//! the first run, `# clock: LOCAL-TIME` the city's time every run starts at. Then `> LINE`
//! is what the user types, followed by exactly what the bot prints. `> @repeat N TEXT`
//! types TEXT N times on one line; `> @escaped TEXT` understands `\u{XXXX}` escapes. Before
//! those, `@as USER` types as another user (a peer answering) and `@at LOCAL-TIME` runs that
//! line at another time (a day later, for a reminder). Every line runs in a new process on
//! the same database, so each step also proves that a restart resumes where it was.

use std::path::Path;

use crate::support::*;

#[test]
fn transcripts() {
    let dir = repository().join("tests/transcripts");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    assert!(files.len() >= 4, "transcripts missing in {}", dir.display());
    let mut failures = Vec::new();
    for file in &files {
        if let Err(message) = std::panic::catch_unwind(|| run_transcript(file)) {
            let text = message.downcast_ref::<String>().cloned().unwrap_or_else(|| "panicked".into());
            failures.push(text);
        }
    }
    assert!(failures.is_empty(), "{} of {} transcripts failed:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
}

fn run_transcript(file: &Path) {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let expected = std::fs::read_to_string(file).unwrap();
    let mut header = String::new();
    let mut first_args: Vec<String> = Vec::new();
    let mut clock: Option<String> = None;
    let mut inputs: Vec<String> = Vec::new();
    for line in expected.lines() {
        if inputs.is_empty() && line.starts_with('#') {
            header.push_str(line);
            header.push('\n');
            if let Some(args) = line.strip_prefix("# chat:") {
                first_args = args.split_whitespace().map(str::to_string).collect();
            }
            if let Some(time) = line.strip_prefix("# clock:") {
                clock = Some(time.trim().to_string());
            }
        } else if let Some(input) = line.strip_prefix('>') {
            inputs.push(input.strip_prefix(' ').unwrap_or(input).to_string());
        }
    }
    assert!(!inputs.is_empty(), "{name}: no '> ' input lines");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("transcript.sqlite3");
    let mut actual = header;
    for (i, input) in inputs.iter().enumerate() {
        let line = Line::parse(input);
        let mut cmd = wegweiser();
        cmd.args(["chat", "--db"]).arg(&db).args(["--user", line.user.unwrap_or("transcript")]);
        if let Some(time) = line.at.or(clock.as_deref()) {
            cmd.args(["--clock", time]);
        }
        if i == 0 {
            cmd.args(&first_args);
        }
        let output = run_with_input(cmd, &format!("{}\n", expand(line.text)));
        assert!(output.status.success(), "{name}: chat failed on {input:?}: {}", stderr(&output));
        actual.push_str(format!("> {input}").trim_end_matches(' '));
        actual.push('\n');
        actual.push_str(&stdout(&output));
    }
    if std::env::var_os("UPDATE_TRANSCRIPTS").is_some() {
        std::fs::write(file, &actual).unwrap();
        return;
    }
    assert_same_text(&name, &expected, &actual);
}

/// An input line with its `@as USER` and `@at LOCAL-TIME` prefixes taken off.
struct Line<'a> {
    user: Option<&'a str>,
    at: Option<&'a str>,
    text: &'a str,
}

impl<'a> Line<'a> {
    fn parse(mut text: &'a str) -> Self {
        let (mut user, mut at) = (None, None);
        loop {
            if let Some((value, rest)) = text.strip_prefix("@as ").and_then(|r| r.split_once(' ')) {
                user = Some(value);
                text = rest;
            } else if let Some((value, rest)) = text.strip_prefix("@at ").and_then(|r| r.split_once(' ')) {
                at = Some(value);
                text = rest;
            } else {
                return Self { user, at, text };
            }
        }
    }
}

/// Expands the `@repeat` and `@escaped` input forms.
fn expand(input: &str) -> String {
    if let Some(rest) = input.strip_prefix("@repeat ") {
        let (count, text) = rest.split_once(' ').expect("@repeat N TEXT");
        return text.repeat(count.parse().expect("a count"));
    }
    if let Some(rest) = input.strip_prefix("@escaped ") {
        let mut out = String::new();
        let mut parts = rest.split("\\u{");
        out.push_str(parts.next().unwrap_or(""));
        for part in parts {
            let (hex, tail) = part.split_once('}').expect("\\u{XXXX}");
            out.push(char::from_u32(u32::from_str_radix(hex, 16).expect("hex")).expect("a character"));
            out.push_str(tail);
        }
        return out;
    }
    input.to_string()
}
