//! One Wegweiser at a time: `serve` and `chat` lock their database (and `serve` its Matrix
//! store) and a second one refuses, naming the first; a lock left by a killed process blocks
//! nothing, and staff commands run beside a gateway. Start-up calls to Telegram are tried
//! again while they fail for a passing reason, and a wrong token fails at once.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use wegweiser::instance::{database_lock_path, MATRIX_STORE_LOCK};

use crate::support::*;
use crate::telegram::{telegram_gateway, Emulator, User, TOKEN};

/// `wegweiser chat` on `db`, its input kept open until the test writes and closes it.
fn chat_holding(db: &Path) -> Child {
    let mut cmd = wegweiser();
    cmd.args(["chat", "--user", "first", "--db"]).arg(db).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.spawn().expect("wegweiser starts")
}

/// `wegweiser serve` on `db` as `Serving` starts it, channel settings only from `settings`,
/// to be run to its end by the test.
fn serve_command(db: &Path, args: &[&str], settings: &[(&str, &str)]) -> Command {
    let mut cmd = wegweiser();
    cmd.args(args).args(["--sample-catalog", "tests/fixtures/catalog.toml", "serve", "--db"]).arg(db);
    for variable in CHANNEL_VARIABLES {
        cmd.env_remove(variable);
    }
    cmd.envs(settings.iter().copied());
    cmd
}

/// Runs `cmd` to its end; still running after `limit` (a gateway that did not refuse), it
/// is stopped and the test fails.
fn finishes_within(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("wegweiser starts");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("still running after {limit:?}:\n{}", stderr(&child.wait_with_output().unwrap()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

/// Waits until the lock file at `path` names a holder, and returns its pid.
fn holder_pid(path: &Path) -> u32 {
    let started = Instant::now();
    loop {
        let line = std::fs::read_to_string(path).unwrap_or_default();
        if let Some(pid) = line.split_whitespace().find_map(|w| w.strip_prefix("pid=")) {
            return pid.parse().unwrap_or_else(|_| panic!("{}: {line:?}", path.display()));
        }
        assert!(started.elapsed() < Duration::from_secs(60), "nobody took the lock {}", path.display());
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn refusal(db: &Path, command: &str, pid: u32) -> String {
    format!("wegweiser: the database {} is in use by another Wegweiser (wegweiser {command}, pid {pid}, since ", db.display())
}

#[test]
fn a_second_chat_on_a_database_a_running_chat_holds_refuses_and_staff_commands_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let mut first = chat_holding(&db);
    assert_eq!(holder_pid(&database_lock_path(&db)), first.id());

    let mut second = wegweiser();
    second.args(["chat", "--user", "second", "--db"]).arg(&db);
    let second = run_with_input(second, "/start\n");
    assert!(!second.status.success(), "the second chat ran beside the first");
    let message = stderr(&second);
    assert!(message.contains(&refusal(&db, "chat", first.id())), "{message}");
    assert!(message.contains(" UTC); stop it first or use another --db"), "{message}");
    assert!(stdout(&second).is_empty(), "the second chat answered: {}", stdout(&second));

    let listed = wegweiser().args(["catalog", "list", "--db"]).arg(&db).output().unwrap();
    assert!(listed.status.success(), "staff commands run beside a chat: {}", stderr(&listed));

    first.stdin.take().unwrap().write_all(b"/start\n").unwrap();
    let first = first.wait_with_output().unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("  [1] Deutsch\n"), "the first chat went on: {}", stdout(&first));
}

#[test]
fn the_lock_of_a_killed_chat_and_a_lock_file_nobody_holds_block_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let lock = database_lock_path(&db);
    let mut killed = chat_holding(&db);
    holder_pid(&lock);
    killed.kill().unwrap();
    killed.wait().unwrap();
    let chat = |input: &str| {
        let mut cmd = wegweiser();
        cmd.args(["chat", "--db"]).arg(&db);
        run_with_input(cmd, input)
    };
    let after_kill = chat("/start\n");
    assert!(after_kill.status.success(), "{}", stderr(&after_kill));
    assert!(stdout(&after_kill).contains("  [1] Deutsch\n"), "{}", stdout(&after_kill));

    std::fs::write(&lock, "pid=999999 command=serve started=2026-01-01T00:00:00Z\n").unwrap();
    let stale = chat("/start\n");
    assert!(stale.status.success(), "a stale lock file blocked the chat: {}", stderr(&stale));
    let line = std::fs::read_to_string(&lock).unwrap();
    assert!(line.contains("command=chat") && !line.contains("999999"), "the lock file names its last holder: {line}");
}

#[test]
fn two_gateways_on_different_databases_do_not_share_one_matrix_store() {
    let dir = tempfile::tempdir().unwrap();
    let config = std::fs::read_to_string(repository().join("bots/wegweiser/config/stuttgart.toml")).unwrap() + "\n[matrix]\nstore = \"shared.matrix\"\n";
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config).unwrap();
    // Nothing listens there: the first gateway keeps trying to log in, holding its locks.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let homeserver = format!("http://127.0.0.1:{closed}");
    let settings = [
        ("WEGWEISER_MATRIX_HOMESERVER", homeserver.as_str()),
        ("WEGWEISER_MATRIX_USER", "@wegweiser:localhost"),
        ("WEGWEISER_MATRIX_PASSWORD", "unused"),
    ];
    let args = ["--config", config_path.to_str().unwrap()];
    let first = Serving::start(&dir.path().join("first.sqlite3"), &args, &settings);
    let store = dir.path().join("shared.matrix");
    let pid = holder_pid(&store.join(MATRIX_STORE_LOCK));

    let second = finishes_within(serve_command(&dir.path().join("second.sqlite3"), &args, &settings), Duration::from_secs(30));
    assert!(!second.status.success());
    let message = stderr(&second);
    let expected = format!("wegweiser: the Matrix store {} is in use by another Wegweiser (wegweiser serve, pid {pid}, since ", store.display());
    assert!(message.contains(&expected), "{message}\nfirst gateway:\n{}", first.log());
    assert!(first.log().contains("connecting to Matrix failed; trying again"), "{}", first.log());
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_second_serve_on_a_database_refuses_naming_the_first_which_keeps_serving() {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let mut first = telegram_gateway(&emulator, &db, &[]);
    first.wait_until_serving();
    let pid = holder_pid(&database_lock_path(&db));

    let settings = [("WEGWEISER_TELEGRAM_TOKEN", TOKEN), ("WEGWEISER_TELEGRAM_API_URL", emulator.url.as_str())];
    let second = finishes_within(serve_command(&db, &[], &settings), Duration::from_secs(30));
    assert!(!second.status.success());
    let message = stderr(&second);
    assert!(message.contains(&refusal(&db, "serve", pid)), "{message}");
    assert!(!message.contains("wegweiser: serving"), "{message}");

    let mut user = User::new(&emulator, 4801, "de");
    let menu = user.types("/start").await;
    assert!(menu.first().is_some_and(|m| m.text.starts_with("Bitte wählen Sie Ihre Sprache.")), "the first gateway went on:\n{}", first.log());

    // SIGTERM stops the first as before, and the database is free again.
    assert!(Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap().success());
    let started = Instant::now();
    while !first.log().contains("wegweiser: stopped") {
        assert!(started.elapsed() < Duration::from_secs(30), "SIGTERM did not stop the gateway:\n{}", first.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    let lock = std::fs::File::open(database_lock_path(&db)).unwrap();
    while lock.try_lock().is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "the stopped gateway kept its lock");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn telegram_failing_at_start_is_tried_again_and_a_wrong_token_fails_at_once() {
    let emulator = Emulator::start();
    let control = User::new(&emulator, 4802, "de");
    control.post("/_control/fail", json!({ "method": "getMe", "status": 502, "times": 2 })).await;
    let dir = tempfile::tempdir().unwrap();
    let mut gateway = telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    gateway.wait_until_serving();
    let retries = gateway.log().matches("connecting to Telegram failed; trying again").count();
    assert_eq!(retries, 2, "{}", gateway.log());

    let wrong = "654321:WRONGWRONGWRONGWRONGWRONGWRONGWRONG";
    control.post("/_control/fail", json!({ "method": "getMe", "status": 401, "token": wrong, "times": "always" })).await;
    let settings = [("WEGWEISER_TELEGRAM_TOKEN", wrong), ("WEGWEISER_TELEGRAM_API_URL", emulator.url.as_str())];
    let started = Instant::now();
    let refused = finishes_within(serve_command(&dir.path().join("other.sqlite3"), &[], &settings), Duration::from_secs(30));
    assert!(!refused.status.success());
    assert!(started.elapsed() < Duration::from_secs(10), "a wrong token was tried again");
    let message = stderr(&refused);
    assert!(message.contains("wegweiser: Telegram does not accept the bot token (401 Unauthorized): check WEGWEISER_TELEGRAM_TOKEN"), "{message}");
}
