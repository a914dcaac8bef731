//! Helpers: a fresh database per test, running the binary, readable transcript diffs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use wegweiser::console::CHANNEL;
use wegweiser::{Gateway, Handled};
use wegweiser_core::{Engine, Inbound, InboundKind, Outbound, Sources};
use wegweiser_store::Store;

pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

pub fn bundled_sources() -> Sources {
    let repo = repository();
    Sources {
        flows: repo.join("flows"),
        locales: repo.join("locales"),
        config: repo.join("bots/wegweiser/config/stuttgart.toml"),
    }
}

/// The `wegweiser` binary, run from the repository root with a clean environment.
pub fn wegweiser() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
    cmd.current_dir(repository());
    for var in ["WEGWEISER_FLOWS", "WEGWEISER_LOCALES", "WEGWEISER_CONFIG", "WEGWEISER_DB"] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs the binary with `input` on stdin (not a terminal) and returns its output.
pub fn run_with_input(mut cmd: Command, input: &str) -> Output {
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("wegweiser starts");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A line-by-line comparison that shows where two transcripts part ways.
pub fn assert_same_text(name: &str, expected: &str, actual: &str) {
    if expected == actual {
        return;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(3);
    let mut report = format!("{name}: transcripts differ from line {}\n", first + 1);
    for i in from..(first + 6).min(e.len().max(a.len())) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => report.push_str(&format!("   {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    report.push_str(&format!(" - {x}\n"));
                }
                if let Some(y) = y {
                    report.push_str(&format!(" + {y}\n"));
                }
            }
        }
    }
    panic!("{report}(- expected, + actual; UPDATE_TRANSCRIPTS=1 rewrites the expected files for review)");
}

/// The gateway in-process on a fresh SQLite file: one user talking, as a channel would.
pub struct Chat {
    pub gateway: Gateway,
    pub user: String,
    pub db: PathBuf,
    counter: u64,
    _dir: tempfile::TempDir,
}

impl Chat {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("wegweiser.sqlite3");
        let gateway = open_gateway(&db).await;
        Self { gateway, user: "tester".into(), db, counter: 0, _dir: dir }
    }

    /// A chat on a database holding the test catalog (tests/fixtures/catalog.toml).
    pub async fn with_test_catalog() -> Self {
        let chat = Self::new().await;
        import_test_catalog(&chat.gateway).await;
        chat
    }

    /// Another user on the same database and gateway.
    pub fn as_user(&mut self, user: &str) -> &mut Self {
        self.user = user.to_string();
        self
    }

    /// Closes the database and opens it again, as a restart of the gateway would.
    pub async fn restart(&mut self) {
        self.gateway.store().pool().close().await;
        self.gateway = open_gateway(&self.db).await;
    }

    pub fn next_event(&mut self, kind: InboundKind, hint: Option<&str>) -> Inbound {
        self.counter += 1;
        Inbound {
            channel: CHANNEL.into(),
            user: self.user.clone(),
            event_id: format!("event-{}", self.counter),
            kind,
            language_hint: hint.map(str::to_string),
            handover: None,
            staff_room: None,
            message: None,
        }
    }

    /// Hands in an event; returns the replies as their reader sees them, without the
    /// direction marks (those are checked where they are made, and by
    /// [`Chat::say_as_sent`]).
    pub async fn send_event(&mut self, event: &Inbound) -> Vec<Outbound> {
        let mut replies = self.send_event_as_sent(event).await;
        for reply in &mut replies {
            reply.text = unmarked(&reply.text);
            for button in &mut reply.buttons {
                button.label = unmarked(&button.label);
            }
        }
        replies
    }

    /// Hands in an event; returns the replies as they are sent.
    pub async fn send_event_as_sent(&mut self, event: &Inbound) -> Vec<Outbound> {
        match self.gateway.handle(event).await.expect("handled") {
            Handled::Replies(r) => {
                // As a channel does once it sent them.
                self.gateway.store().mark_delivered(&r.outbox).await.expect("marked sent");
                r.messages
            }
            Handled::Duplicate => panic!("unexpected duplicate"),
        }
    }

    /// Sends a typed line; returns the replies as their reader sees them.
    pub async fn say(&mut self, line: &str) -> Vec<Outbound> {
        let event = self.next_event(InboundKind::from_typed(line), None);
        self.send_event(&event).await
    }

    /// Sends a typed line; returns the replies as they are sent, direction marks and all.
    pub async fn say_as_sent(&mut self, line: &str) -> Vec<Outbound> {
        let event = self.next_event(InboundKind::from_typed(line), None);
        self.send_event_as_sent(&event).await
    }

    /// Presses OK on the privacy note that `replies` end with; returns the main menu.
    pub async fn accept_privacy_note(&mut self, replies: &[Outbound]) -> Vec<Outbound> {
        let note = replies.last().expect("a reply");
        let ok = self.gateway.engine().catalog().format(&note.locale, "privacy-ok", None);
        assert_eq!(note.buttons.first().map(|b| b.label.as_str()), Some(ok.as_str()), "the privacy note comes first: {}", note.text);
        self.say(&ok).await
    }

    /// Chooses a language by its label in the language menu, then OK on the privacy note
    /// that follows; returns the main menu.
    pub async fn choose_language(&mut self, label: &str) -> Vec<Outbound> {
        let note = self.say(label).await;
        self.accept_privacy_note(&note).await
    }

    pub async fn state(&self) -> wegweiser_core::ConversationState {
        self.gateway.store().conversation(CHANNEL, &self.user).await.unwrap().expect("conversation stored")
    }
}

pub async fn open_gateway(db: &Path) -> Gateway {
    let engine = Engine::load(&bundled_sources()).unwrap_or_else(|d| panic!("bundled sources are valid:\n{d}"));
    Gateway::new(engine, Store::open(db).await.unwrap())
}

/// Bidi control characters other than the direction marks the renderer adds.
pub fn stray_bidi_controls(text: &str) -> Vec<char> {
    text.chars().filter(|c| wegweiser_i18n::BIDI_CONTROLS.contains(c) && !matches!(*c, wegweiser_i18n::LRM | wegweiser_i18n::RLM)).collect()
}

pub use wegweiser_i18n::without_marks as unmarked;

/// tests/fixtures/catalog.toml, read and checked.
pub fn test_catalog(engine: &Engine) -> wegweiser_core::catalog::Catalog {
    let path = repository().join("tests/fixtures/catalog.toml");
    let source = std::fs::read_to_string(&path).unwrap();
    let cx = wegweiser::catalog_cli::context(engine, false);
    wegweiser_core::catalog::parse_file(&path, &source, &cx).unwrap_or_else(|d| panic!("{d}"))
}

/// Loads tests/fixtures/catalog.toml into the gateway's database.
pub async fn import_test_catalog(gateway: &Gateway) {
    gateway.store().import_catalog(&test_catalog(gateway.engine())).await.unwrap();
}

/// The environment variables that configure a channel: a test sets only its own.
pub const CHANNEL_VARIABLES: [&str; 6] = [
    "WEGWEISER_TELEGRAM_TOKEN",
    "WEGWEISER_TELEGRAM_API_URL",
    "WEGWEISER_MATRIX_HOMESERVER",
    "WEGWEISER_MATRIX_USER",
    "WEGWEISER_MATRIX_PASSWORD",
    "WEGWEISER_MATRIX_ACCESS_TOKEN",
];

/// A team member with one console account.
pub fn member(name: &str, role: wegweiser_core::team::Role, languages: &[&str], account: &str) -> wegweiser_core::team::TeamMember {
    wegweiser_core::team::TeamMember {
        name: name.into(),
        role,
        languages: languages.iter().map(|l| l.to_string()).collect(),
        accounts: vec![wegweiser_core::catalog::Account::parse(&format!("console:{account}")).unwrap()],
    }
}

/// `wegweiser serve` on `db` with the test catalog (unless `args` name another), its log in
/// a file beside the database; stopped when dropped. Channel settings come only from
/// `settings` (environment variables).
pub struct Serving {
    child: Child,
    log: PathBuf,
    db: PathBuf,
    args: Vec<String>,
    settings: Vec<(String, String)>,
}

impl Serving {
    pub fn start(db: &Path, args: &[&str], settings: &[(&str, &str)]) -> Self {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let settings: Vec<(String, String)> = settings.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let (child, log) = Self::spawn(db, &args, &settings);
        Self { child, log, db: db.to_path_buf(), args, settings }
    }

    fn spawn(db: &Path, args: &[String], settings: &[(String, String)]) -> (Child, PathBuf) {
        let log = db.with_extension(format!("log{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()));
        let mut cmd = wegweiser();
        cmd.args(args);
        if !args.iter().any(|a| a == "--sample-catalog") {
            cmd.args(["--sample-catalog", "tests/fixtures/catalog.toml"]);
        }
        cmd.args(["serve", "--db"])
            .arg(db)
            .env("WEGWEISER_LOG", "wegweiser=info,wegweiser_telegram=info,wegweiser_matrix=info,wegweiser_core=info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for variable in CHANNEL_VARIABLES {
            cmd.env_remove(variable);
        }
        cmd.envs(settings.iter().map(|(k, v)| (k, v)));
        (cmd.spawn().unwrap(), log)
    }

    /// SIGKILL, as a crash: nothing is cleaned up or flushed.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Kills the gateway and starts it again as it was started, with a new log.
    pub fn restart(&mut self) {
        self.kill();
        (self.child, self.log) = Self::spawn(&self.db, &self.args, &self.settings);
    }

    /// Waits until every channel is connected; panics with the log if the gateway exits.
    pub fn wait_until_serving(&mut self) {
        let started = Instant::now();
        while !self.log().contains("wegweiser: serving") {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the gateway exited ({status}):\n{}", self.log());
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the gateway did not start:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn stop(mut self) {
        self.kill();
    }

    /// Asks the gateway to stop as a service manager does (SIGTERM) and waits up to a minute
    /// for it to exit; returns its exit status and log.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let sent = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        assert!(sent.success(), "kill -TERM failed");
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status, self.log());
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the gateway did not exit after SIGTERM:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        self.kill();
    }
}
