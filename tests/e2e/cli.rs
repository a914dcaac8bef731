//! The command line: check, detect, and the chat's own arguments and refusals.

use crate::support::*;

#[test]
fn check_passes_on_the_bundled_sources() {
    let out = wegweiser().arg("check").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok: 14 locales, "), "{}", stdout(&out));
}

/// A copy of the bundled sources to break on purpose.
fn broken_copy(edit: impl FnOnce(&std::path::Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = repository();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        std::process::Command::new("cp").arg("-r").arg(from).arg(to).status().unwrap();
    };
    copy(&repo.join("flows"), &dir.path().join("flows"));
    copy(&repo.join("locales"), &dir.path().join("locales"));
    std::fs::copy(repo.join("bots/wegweiser/config/stuttgart.toml"), dir.path().join("config.toml")).unwrap();
    edit(dir.path());
    dir
}

fn replace_in(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn with_sources(dir: &std::path::Path, command: &str) -> std::process::Command {
    let mut cmd = wegweiser();
    cmd.arg("--flows").arg(dir.join("flows")).arg("--locales").arg(dir.join("locales")).arg("--config").arg(dir.join("config.toml")).arg(command);
    cmd
}

#[test]
fn check_reports_every_problem_with_file_and_line_and_fails() {
    let dir = broken_copy(|d| {
        replace_in(&d.join("config.toml"), "response_hours = 24", "response_hours = -3");
        replace_in(&d.join("flows/welcome.toml"), "goto = \"topics\" }", "goto = \"topic\" }");
        let uk = d.join("locales/uk/core.ftl");
        let text = std::fs::read_to_string(&uk).unwrap();
        let without: String = text.lines().filter(|l| !l.starts_with("button-cancel")).map(|l| format!("{l}\n")).collect();
        std::fs::write(&uk, without).unwrap();
    });
    let out = with_sources(dir.path(), "check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let root = format!("{}/", dir.path().display());
    let err = err.replace(&root, "");
    assert!(err.contains("config.toml:18:18: error: handover.response_hours must be between 1 and 720, not -3"), "{err}");
    assert!(err.contains("flows/welcome.toml:") && err.contains("there is no step 'topic' (did you mean 'topics'?)"), "{err}");
    assert!(err.contains("locales/de/core.ftl:") && err.contains("'button-cancel' is missing in locale 'uk'"), "{err}");
    assert!(err.contains("3 problem(s) found"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn the_chat_refuses_to_start_on_the_same_errors_and_writes_nothing() {
    let dir = broken_copy(|d| replace_in(&d.join("config.toml"), "wc_link = \"https://", "wc_link = \"ftp://"));
    let db = dir.path().join("never.sqlite3");
    let mut cmd = with_sources(dir.path(), "chat");
    cmd.arg("--db").arg(&db);
    let out = run_with_input(cmd, "/start\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("must be an https:// link"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(!db.exists(), "no database is created when the sources are invalid");
}

#[test]
fn serve_refuses_a_webhook_without_a_secret_naming_its_file_and_line_and_writes_nothing() {
    let webhook = "[telegram.webhook]\nurl = \"https://bot.example.org/telegram/updates\"\n\n[facts]";
    let dir = broken_copy(|d| replace_in(&d.join("config.toml"), "\n[facts]", &format!("\n{webhook}")));
    let line = std::fs::read_to_string(dir.path().join("config.toml")).unwrap().lines().position(|l| l == "[telegram.webhook]").unwrap() + 1;
    let db = dir.path().join("never.sqlite3");
    for command in ["check", "serve"] {
        let mut cmd = with_sources(dir.path(), command);
        if command == "serve" {
            cmd.arg("--db").arg(&db).env("WEGWEISER_TELEGRAM_TOKEN", "123456:ABCdefGHIjklMNOpqrSTUvwxYZ");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{command}");
        let err = stderr(&out).replace(&format!("{}/", dir.path().display()), "");
        assert!(err.contains(&format!("config.toml:{line}:")) && err.contains("telegram.webhook needs a secret_token"), "{command}: {err}");
    }
    assert!(!db.exists(), "serve starts nothing");
}

#[test]
fn detect_prints_tag_and_confidence_on_one_line() {
    let out = wegweiser().args(["detect", "Мені", "потрібна", "допомога", "з", "реєстрацією."]).output().unwrap();
    assert!(out.status.success());
    let line = stdout(&out);
    let (tag, confidence) = line.trim_end().split_once(' ').unwrap();
    assert_eq!(tag, "uk");
    assert!(confidence.parse::<f64>().unwrap() >= 0.5);
    assert_eq!(line.lines().count(), 1);

    let ps = wegweiser().args(["detect", "زه د خپل کور د ثبتولو لپاره مرستې ته اړتیا لرم"]).output().unwrap();
    assert!(stdout(&ps).starts_with("ps "), "{}", stdout(&ps));
}

#[test]
fn detect_without_letters_says_so() {
    let out = wegweiser().args(["detect", "👍 123"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "und 0.00\n");
    assert!(stderr(&out).contains("no served language recognised"));
}

#[test]
fn chat_rejects_an_unknown_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = wegweiser();
    cmd.args(["chat", "--lang", "xx", "--db"]).arg(dir.path().join("db.sqlite3"));
    let out = run_with_input(cmd, "/start\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown language 'xx'; served: de, en, uk, ar"), "{}", stderr(&out));
}

#[test]
fn chat_creates_its_database_in_the_data_directory_and_exits_zero_at_end_of_input() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = wegweiser();
    cmd.arg("chat").env("HOME", home.path()).env("XDG_DATA_HOME", home.path().join("data"));
    let out = run_with_input(cmd, "/start\n1\n1\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(home.path().join("data/wegweiser/wegweiser.sqlite3").exists());
    let text = stdout(&out);
    assert!(text.contains("  [1] Deutsch\n"), "{text}");
    assert!(text.contains("Kurz zum Datenschutz") && text.contains("  [1] 👍 OK\n"), "the privacy note before the first menu: {text}");
    assert!(text.contains("Willkommen beim Wegweiser Stuttgart!"), "{text}");
    assert!(!text.contains('\x1b'), "no colours when not on a terminal");
    assert!(!text.contains("> "), "no prompt when not on a terminal");
}

#[test]
fn separate_users_have_separate_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let chat = |user: &str, input: &str, lang: Option<&str>| {
        let mut cmd = wegweiser();
        cmd.args(["chat", "--user", user, "--db"]).arg(&db);
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        stdout(&run_with_input(cmd, input))
    };
    let is_arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let is_cyrillic = |t: &str| t.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let amina = chat("amina", "/start\n", Some("ar"));
    assert!(is_arabic(&amina), "{amina}");
    let olena = chat("olena", "/start\n", Some("uk"));
    assert!(is_cyrillic(&olena) && !is_arabic(&olena), "{olena}");
    let amina_again = chat("amina", "/help\n", None);
    assert!(is_arabic(&amina_again) && !is_cyrillic(&amina_again), "{amina_again}");
    let fresh = chat("somebody-new", "hello there, I need some help\n", None);
    assert!(fresh.contains("I will write to you in English."), "{fresh}");
}

#[test]
fn staff_add_a_topic_by_editing_files_without_a_rebuild() {
    let dir = broken_copy(|d| {
        let topics = d.join("flows/topics.toml");
        let mut flows = std::fs::read_to_string(&topics).unwrap();
        flows.push_str(
            "\n[topic.legal]\nname = \"topic-legal\"\n\n[step.info-legal]\nmessage = \"info-legal\"\naction = \"show_topic\"\ntopic = \"legal\"\n\
             buttons = [{ label = \"button-person\", goto = \"person\" }, { label = \"button-main\", goto = \"main\" }]\n",
        );
        std::fs::write(&topics, flows).unwrap();
        replace_in(&d.join("flows/welcome.toml"), "    { label = \"button-back\", goto = \"main\" },\n]", "    { label = \"topic-legal\", goto = \"info-legal\" },\n    { label = \"button-back\", goto = \"main\" },\n]");
        for entry in std::fs::read_dir(d.join("locales")).unwrap() {
            let folder = entry.unwrap().path();
            if folder.is_dir() {
                let file = folder.join("topics.ftl");
                let mut text = std::fs::read_to_string(&file).unwrap();
                text.push_str("topic-legal = Rechtsberatung\ninfo-legal = Kostenlose Rechtsberatung: { $wc_name }\n");
                std::fs::write(&file, text).unwrap();
            }
        }
    });
    let check = with_sources(dir.path(), "check").output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("11 topics"), "{}", stdout(&check));
    let mut chat = with_sources(dir.path(), "chat");
    chat.arg("--db").arg(dir.path().join("db.sqlite3")).args(["--lang", "de"]);
    let out = run_with_input(chat, "/start\n1\n1\n11\n");
    let text = stdout(&out);
    assert!(text.contains("  [11] Rechtsberatung\n  [12] ⬅️ Zurück\n"), "{text}");
    assert!(text.contains("Kostenlose Rechtsberatung: Welcome Center Stuttgart\n"), "{text}");
}

#[test]
fn qr_writes_a_poster_code_for_a_link_that_leads_somewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let out = wegweiser().args(["qr", "peers", "--out"]).arg(dir.path()).arg("--db").arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().next(), Some("https://t.me/WegweiserStuttgartBot?start=peers"));
    assert!(dir.path().join("peers.png").is_file() && dir.path().join("peers.svg").is_file());

    let course = wegweiser().args(["qr", "course_vhs-deutsch-a1-mitte", "--out"]).arg(dir.path()).arg("--db").arg(&db).output().unwrap();
    assert!(course.status.success(), "{}", stderr(&course));
    for dead in ["course_nope", "topic_nope", "course", "bogus"] {
        let refused = wegweiser().args(["qr", dead, "--out"]).arg(dir.path()).arg("--db").arg(&db).output().unwrap();
        assert_eq!(refused.status.code(), Some(1), "{dead}");
        assert!(stderr(&refused).contains(&format!("'{dead}' leads nowhere; use one of courses, peers, person, sessions, topics")), "{}", stderr(&refused));
        assert!(!dir.path().join(format!("{dead}.png")).exists());
    }
}

/// `serve` with the channels' settings taken only from what the test gives.
fn serve(dir: &tempfile::TempDir) -> std::process::Command {
    let mut cmd = wegweiser();
    cmd.args(["serve", "--db"]).arg(dir.path().join("db.sqlite3"));
    for var in ["WEGWEISER_TELEGRAM_TOKEN", "WEGWEISER_MATRIX_HOMESERVER", "WEGWEISER_MATRIX_USER", "WEGWEISER_MATRIX_PASSWORD", "WEGWEISER_MATRIX_ACCESS_TOKEN"] {
        cmd.env_remove(var);
    }
    cmd
}

#[test]
fn serve_without_any_channel_says_where_to_configure_one_and_never_prints_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let out = serve(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no channel to serve: set WEGWEISER_TELEGRAM_TOKEN (Telegram) or WEGWEISER_MATRIX_HOMESERVER"), "{}", stderr(&out));
    let bad = serve(&dir).env("WEGWEISER_TELEGRAM_TOKEN", "not-a-token-secret42").output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("does not look like a bot token"), "{}", stderr(&bad));
    assert!(!stderr(&bad).contains("secret42"), "the value is not shown");
}

#[test]
fn serve_with_half_a_matrix_account_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let no_user = serve(&dir).env("WEGWEISER_MATRIX_HOMESERVER", "http://127.0.0.1:9").output().unwrap();
    assert_eq!(no_user.status.code(), Some(1));
    assert!(stderr(&no_user).contains("a Matrix homeserver is set but not the bot's user: set WEGWEISER_MATRIX_USER"), "{}", stderr(&no_user));
    let no_secret = serve(&dir).env("WEGWEISER_MATRIX_HOMESERVER", "http://127.0.0.1:9").env("WEGWEISER_MATRIX_USER", "@bot:example.org").output().unwrap();
    assert!(stderr(&no_secret).contains("no Matrix credentials for @bot:example.org: set WEGWEISER_MATRIX_PASSWORD or WEGWEISER_MATRIX_ACCESS_TOKEN"), "{}", stderr(&no_secret));
    let bad_url = serve(&dir).env("WEGWEISER_MATRIX_HOMESERVER", "matrix.example.org").output().unwrap();
    assert!(stderr(&bad_url).contains("must be an http(s):// URL"), "{}", stderr(&bad_url));
    let unreachable = serve(&dir)
        .env("WEGWEISER_MATRIX_HOMESERVER", "http://127.0.0.1:9")
        .env("WEGWEISER_MATRIX_USER", "@bot:example.org")
        .env("WEGWEISER_MATRIX_PASSWORD", "pw-secret77")
        .output()
        .unwrap();
    assert_eq!(unreachable.status.code(), Some(1));
    assert!(stderr(&unreachable).contains("connecting to Matrix at http://127.0.0.1:9"), "{}", stderr(&unreachable));
    assert!(!stderr(&unreachable).contains("pw-secret77"), "the password is not shown");
}

#[test]
fn roles_are_granted_listed_and_revoked_from_the_command_line_with_clear_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let role = |args: &[&str]| wegweiser().arg("role").arg("--db").arg(&db).args(args).output().unwrap();
    let empty = role(&["list"]);
    assert!(stdout(&empty).starts_with("no one has a role yet"), "{}", stdout(&empty));
    let granted = role(&["grant", "Amal", "peer", "ar,de", "telegram:1001", "matrix:@amal:example.org"]);
    assert_eq!(stdout(&granted), "granted: Amal · peer · ar, de · telegram:1001, matrix:@amal:example.org\n", "{}", stderr(&granted));
    assert!(role(&["grant", "Frau Weber", "admin", "de,en", "matrix:@weber:stuttgart.de"]).status.success());
    for (args, refusal) in [
        (&["grant", "Samir", "peer", "ar", "telegram:1001"][..], "telegram:1001 already belongs to Amal"),
        (&["grant", "Bob", "peer", "xx", "telegram:5"][..], "'xx' is not a served language"),
        (&["grant", "Bob", "boss", "de", "telegram:5"][..], "'boss' is not a role; roles: peer, staff, admin"),
        (&["grant", "Bob", "peer", "de", "@bob"][..], "'@bob' is not an account"),
        (&["grant", "Bob", "peer", "de"][..], "usage: role grant NAME"),
        (&["revoke", "Nobody"][..], "there is no team member 'Nobody'"),
        (&["dance"][..], "usage: role grant … | role revoke NAME | role list"),
    ] {
        let out = role(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(refusal), "{args:?}: {}", stderr(&out));
    }
    let list = stdout(&role(&["list"]));
    assert_eq!(list, "Amal · peer · ar, de · matrix:@amal:example.org, telegram:1001\nFrau Weber · admin · de, en · matrix:@weber:stuttgart.de\n");
    assert!(role(&["revoke", "Amal"]).status.success());
    assert!(!stdout(&role(&["list"])).contains("Amal"));
}

#[test]
fn failed_events_are_listed_without_their_text_then_retried_or_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let failed = |args: &[&str]| wegweiser().arg("failed").arg("--db").arg(&db).args(args).output().unwrap();
    assert_eq!(stdout(&failed(&["list"])), "nothing failed\n");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let gateway = open_gateway(&db).await;
        let pool = gateway.store().pool().clone();
        // Every write of this user's state fails, as a bug would make it.
        sqlx::query("CREATE TRIGGER poison BEFORE INSERT ON conversations WHEN NEW.user_id = 'amira' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")
            .execute(&pool)
            .await
            .unwrap();
        let event = wegweiser_core::Inbound {
            channel: "console".into(),
            user: "amira".into(),
            event_id: "e1".into(),
            kind: wegweiser_core::InboundKind::Text("Mein Aufenthaltstitel läuft ab".into()),
            language_hint: Some("de".into()),
            handover: None,
            staff_room: None,
            message: None,
        };
        for attempt in 1..wegweiser_store::MAX_EVENT_ATTEMPTS {
            let error = gateway.handle(&event).await.unwrap_err();
            assert!(matches!(error, wegweiser_store::Error::Attempt { attempts, .. } if attempts == attempt), "{error}");
        }
        let Ok(wegweiser::Handled::Replies(apology)) = gateway.handle(&event).await else { panic!("given up with an apology") };
        assert_eq!(apology.messages[0].text, "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.");
        sqlx::query("DROP TRIGGER poison").execute(&pool).await.unwrap();
        pool.close().await;
    });
    let list = stdout(&failed(&["list"]));
    assert!(list.starts_with("event 1 · console · given up "), "{list}");
    assert!(list.contains("· 3 attempts · ") && list.contains("poisoned"), "{list}");
    assert!(!list.contains("Aufenthaltstitel") && !list.contains("amira"), "no text and no user in the list: {list}");
    let retried = failed(&["retry", "1"]);
    assert!(stdout(&retried).starts_with("event 1 handled; its answer (2 messages) goes out"), "{}{}", stdout(&retried), stderr(&retried));
    assert_eq!(stdout(&failed(&["list"])), "nothing failed\n", "handled, it is no longer a failure");
    let again = failed(&["retry", "1"]);
    assert_eq!((again.status.code(), stderr(&again)), (Some(1), "wegweiser: there is no failed event '1'\n".to_string()));
    let forgotten = failed(&["forget", "7"]);
    assert_eq!((forgotten.status.code(), stderr(&forgotten)), (Some(1), "wegweiser: there is no failed event '7'\n".to_string()));
}
