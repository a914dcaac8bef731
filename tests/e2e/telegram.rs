//! The Telegram channel end to end: the real `wegweiser serve` binary against the Bot API
//! emulator (tests/telegram, the npm package telegram-test-api behind a compatibility layer),
//! driven by simulated users who type, press inline buttons and follow deep links.
//!
//! These tests need Node and `npm ci --prefix tests/telegram`; `bash tests/run-all.sh` does
//! both and runs them with `--include-ignored`. Run without the emulator installed they fail
//! with a message saying so.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::*;

pub(crate) const TOKEN: &str = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefgh";

#[path = "../telegram/emulator_process.rs"]
mod emulator_process;
pub(crate) use emulator_process::Emulator;

/// `wegweiser serve` against the emulator, on one database, with any more arguments.
pub(crate) fn telegram_gateway(emulator: &Emulator, db: &Path, args: &[&str]) -> Serving {
    Serving::start(db, args, &[("WEGWEISER_TELEGRAM_TOKEN", TOKEN), ("WEGWEISER_TELEGRAM_API_URL", &emulator.url)])
}

/// One simulated Telegram user in a private chat.
pub(crate) struct User {
    http: reqwest::Client,
    url: String,
    chat: i64,
    language: &'static str,
    /// The journal position up to which the bot's actions were read.
    seen: i64,
}

/// A message the bot sent or edited: its plain text, the HTML it sent, its buttons.
#[derive(Debug, Clone)]
pub(crate) struct Shown {
    method: String,
    pub(crate) text: String,
    html: String,
    message_id: i64,
    pub(crate) buttons: Vec<(String, String)>,
}

impl User {
    pub(crate) fn new(emulator: &Emulator, chat: i64, language: &'static str) -> Self {
        Self { http: reqwest::Client::new(), url: emulator.url.clone(), chat, language, seen: 0 }
    }

    pub(crate) async fn post(&self, path: &str, body: Value) -> Value {
        let response = self.http.post(format!("{}{path}", self.url)).json(&body).send().await.unwrap();
        let status = response.status();
        let value: Value = response.json().await.unwrap();
        assert!(status.is_success(), "{path}: {status} {value}");
        value
    }

    pub(crate) fn sender(&self) -> Value {
        json!({ "token": TOKEN, "chat_id": self.chat, "user_id": self.chat, "first_name": "Test", "language_code": self.language })
    }

    /// Types a line (a command when it starts with '/') and returns what the bot showed.
    pub(crate) async fn types(&mut self, text: &str) -> Vec<Shown> {
        let mut body = self.sender();
        body["text"] = json!(text);
        self.post(if text.starts_with('/') { "/sendCommand" } else { "/sendMessage" }, body).await;
        self.replies().await
    }

    /// Types a line the bot does not answer (a message relayed in a handover).
    pub(crate) async fn types_only(&self, text: &str) {
        let mut body = self.sender();
        body["text"] = json!(text);
        self.post(if text.starts_with('/') { "/sendCommand" } else { "/sendMessage" }, body).await;
    }

    /// Presses the button labelled `label` on the bot's newest message that has it.
    pub(crate) async fn presses(&mut self, shown: &[Shown], label: &str) -> Vec<Shown> {
        let (message, data) = shown
            .iter()
            .rev()
            .find_map(|s| s.buttons.iter().find(|(l, _)| unmarked(l) == unmarked(label)).map(|(_, d)| (s.message_id, d.clone())))
            .unwrap_or_else(|| panic!("no button {label:?} in {shown:#?}"));
        let mut body = self.sender();
        body["message_id"] = json!(message);
        body["data"] = json!(data);
        self.post("/sendCallback", body).await;
        self.replies().await
    }

    /// Presses `language` in the language menu, then OK on the privacy note that follows;
    /// returns everything shown from the choice to the main menu.
    pub(crate) async fn chooses_language(&mut self, menu: &[Shown], language: &str) -> Vec<Shown> {
        let note = self.presses(menu, language).await;
        let ok = note.last().and_then(|s| s.buttons.first()).map(|(label, _)| label.clone()).filter(|label| label.starts_with("👍 "));
        let ok = ok.unwrap_or_else(|| panic!("no privacy note after the language choice: {}", texts(&note)));
        let main = self.presses(&note, &ok).await;
        [note, main].concat()
    }

    /// The bot's journal entries for this chat after what was read, waiting up to 15 s for
    /// at least `count`.
    pub(crate) async fn calls(&self, methods: &[&str], count: usize, timeout: u64) -> Vec<Value> {
        let body = json!({ "chat_id": self.chat, "method": methods, "since": self.seen, "timeout": timeout, "count": count });
        self.post("/_control/calls", body).await["result"].as_array().cloned().unwrap_or_default()
    }

    /// What the bot sent or edited since the last read: waits for a message with buttons
    /// (every answer ends with a menu), then for the chat to go quiet.
    async fn replies(&mut self) -> Vec<Shown> {
        let methods = ["sendMessage", "editMessageText"];
        let started = Instant::now();
        let mut calls = Vec::new();
        while started.elapsed() < Duration::from_secs(20) {
            calls = self.calls(&methods, calls.len() + 1, 2).await;
            // A call Telegram refused (a 429) is sent again: only a delivered menu ends the answer.
            let ends_with_menu = calls.last().is_some_and(|c| c["ok"] == json!(true) && c["params"]["reply_markup"]["inline_keyboard"].is_array());
            if ends_with_menu {
                tokio::time::sleep(Duration::from_millis(300)).await;
                let more = self.calls(&methods, calls.len() + 1, 0).await;
                if more.len() == calls.len() {
                    break;
                }
                calls = more;
            }
        }
        if let Some(last) = calls.last() {
            self.seen = last["seq"].as_i64().unwrap();
        }
        calls.iter().filter(|c| c["ok"] == json!(true)).map(shown).collect()
    }

    /// Marks everything so far as read, without waiting.
    pub(crate) async fn skip(&mut self) {
        let all = self.calls(&["*"], 0, 0).await;
        if let Some(last) = all.last() {
            self.seen = last["seq"].as_i64().unwrap();
        }
    }
}

/// A journal entry of a sent message as the user reads it: its text and labels without
/// direction marks (the HTML is as sent).
pub(crate) fn shown(call: &Value) -> Shown {
    let buttons = call["params"]["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                .map(|b| (unmarked(b["text"].as_str().unwrap_or("")), b["callback_data"].as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default();
    Shown {
        method: call["method"].as_str().unwrap_or("").to_string(),
        text: unmarked(call["result"]["text"].as_str().unwrap_or("")),
        html: call["params"]["text"].as_str().unwrap_or("").to_string(),
        message_id: call["message_id"].as_i64().or_else(|| call["result"]["message_id"].as_i64()).unwrap_or(0),
        buttons,
    }
}

pub(crate) fn texts(shown: &[Shown]) -> String {
    shown.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n---\n")
}

pub(crate) async fn serving() -> (Emulator, tempfile::TempDir, Serving) {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let gateway = telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    (emulator, dir, gateway)
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn german_course_sign_up_with_buttons_edited_in_place() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4101, "de");
    let menu = user.types("/start").await;
    assert!(menu[0].text.starts_with("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());
    assert_eq!(menu[0].buttons[0].0, "Deutsch", "the app language comes first");
    let main = user.chooses_language(&menu, "Deutsch").await;
    assert!(texts(&main).contains("Gut. Ich schreibe Ihnen ab jetzt auf Deutsch."), "{}", texts(&main));
    assert!(texts(&main).contains("Kurz zum Datenschutz"), "{}", texts(&main));
    let courses = user.presses(&main, "📚 Kurse und Angebote").await;
    assert_eq!(courses.len(), 1);
    assert_eq!(courses[0].method, "editMessageText", "a menu replaces the pressed one");
    let levels = user.presses(&courses, "Deutschkurse").await;
    let districts = user.presses(&levels, "A1").await;
    let list = user.presses(&districts, "Mitte").await;
    let detail = user.presses(&list, "Deutsch A1 (Test) · Mitte").await;
    assert!(detail[0].text.contains("Volkshochschule Stuttgart"), "{}", texts(&detail));
    let result = user.presses(&detail, "✅ Anmelden").await;
    assert!(texts(&result).contains("Sie sind angemeldet: Deutsch A1 (Test)."), "{}", texts(&result));
    // An old button (the course list, replaced meanwhile) is refused as out of date.
    let mut body = user.sender();
    body["message_id"] = json!(list[0].message_id);
    body["data"] = json!("1.0");
    let stale = user.post("/sendCallback", body).await;
    assert_eq!(stale["ok"], json!(true));
    let answer = user.replies().await;
    assert!(texts(&answer).contains("Diese Schaltfläche ist nicht mehr aktuell."), "{}", texts(&answer));
    // Every press was answered, so no button keeps spinning.
    let all = user.post("/_control/calls", json!({ "chat_id": 4101, "method": "answerCallbackQuery" })).await["result"].as_array().unwrap().len();
    assert_eq!(all, 9);
    gateway.stop();
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn ukrainian_deep_link_to_a_dialogue_session_then_booking() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4202, "uk");
    // The poster's link: t.me/<bot>?start=session_dialog-wohnen-test. The fixture's session
    // is in 2027; the link works until then.
    let menu = user.types("/start session_dialog-wohnen-test").await;
    assert_eq!(menu[0].buttons[0].0, "Українська", "{}\n{}", texts(&menu), gateway.log());
    let detail = user.presses(&menu, "Українська").await;
    // The fixture's session has no Ukrainian title: English is next in the chain.
    let page = &detail.last().unwrap().text;
    assert!(page.starts_with("Housing (test)\n🕒 четвер, 21.01.2027, 17:30"), "{}", texts(&detail));
    assert!(page.contains("Залишилося 2 вільні місця."), "{}", texts(&detail));
    let booked = user.presses(&detail, "✅ Забронювати місце").await;
    assert!(texts(&booked).starts_with("У вас є місце"), "{}", texts(&booked));
    let unknown = user.types("/start course_gone").await;
    assert!(unknown[0].text.contains("Це посилання"), "{}", texts(&unknown));
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn arabic_peer_request_with_escaped_text_and_a_photo() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4303, "ar");
    let menu = user.types("/start").await;
    let main = user.chooses_language(&menu, "العربية").await;
    let peers = user.presses(&main, &main.last().unwrap().buttons[3].0).await;
    assert!(peers[0].text.contains("Supportgroup Refugees"), "{}\n{}", texts(&peers), gateway.log());
    let districts = user.presses(&peers, "السكن").await;
    let list = user.presses(&districts, "Mitte").await;
    assert!(list[0].buttons[0].0.starts_with("Amal"), "{:?}", list[0].buttons);
    assert!(!texts(&list).contains("@amal_test"), "no contact before acceptance");
    let detail = user.presses(&list, &list[0].buttons[0].0.clone()).await;
    user.presses(&detail, &detail[0].buttons[0].0.clone()).await;
    let consent = user.types("@user_ar").await;
    assert!(consent[0].text.contains("@user_ar"), "{}", texts(&consent));
    let sent = user.presses(&consent, &consent[0].buttons[0].0.clone()).await;
    assert!(texts(&sent).contains("Amal"), "{}", texts(&sent));
    // What a user types is shown back escaped: it never becomes markup.
    let main = user.types("/start").await;
    let person = user.presses(&main, &main.last().unwrap().buttons[4].0.clone()).await;
    let confirm = user.types("<b>x</b> & y").await;
    assert!(confirm[0].html.contains("&lt;b&gt;x&lt;/b&gt; &amp; y"), "{}", confirm[0].html);
    assert!(confirm[0].text.contains("<b>x</b> & y"), "{}", confirm[0].text);
    assert!(!person.is_empty());
    // A photo gets a friendly reply in the user's language.
    let mut body = user.sender();
    body["photo"] = json!([{ "file_id": "p1", "file_unique_id": "u1", "width": 10, "height": 10 }]);
    user.post("/sendMessage", body).await;
    let photo = user.replies().await;
    assert!(photo[0].text.starts_with("لا أستطيع"), "{}", texts(&photo));
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_restart_mid_journey_resumes_and_a_redelivered_update_is_not_handled_twice() {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let gateway = telegram_gateway(&emulator, &db, &[]);
    let mut user = User::new(&emulator, 4404, "de");
    let menu = user.types("/start").await;
    let main = user.chooses_language(&menu, "Deutsch").await;
    let topics = user.presses(&main, "ℹ️ Informationen").await;

    // The bot's next getUpdates (which would confirm the update) fails: the update stays
    // unconfirmed, as if the gateway died right after handling it.
    user.post("/_control/fail", json!({ "method": "getUpdates", "status": 500, "times": "always" })).await;
    let housing = user.presses(&topics, "Wohnen").await;
    assert!(!housing.is_empty());
    gateway.stop();
    user.post("/_control/fail/clear", json!({})).await;
    let gateway = telegram_gateway(&emulator, &db, &[]);

    // The restarted gateway gets the unconfirmed press again and recognises it.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let again = user.calls(&["sendMessage", "editMessageText"], 1, 2).await;
    assert!(again.is_empty(), "the redelivered press was handled twice: {again:?}\n{}", gateway.log());
    // It was delivered again (its press was answered twice) but handled once.
    let answers = user.post("/_control/calls", json!({ "chat_id": 4404, "method": "answerCallbackQuery" })).await["result"].as_array().unwrap().clone();
    let last_press = answers.last().unwrap()["params"]["callback_query_id"].clone();
    let times = answers.iter().filter(|a| a["params"]["callback_query_id"] == last_press).count();
    assert_eq!(times, 2, "the unconfirmed press came again after the restart: {answers:?}");
    // The journey goes on where it was: the housing page's buttons work.
    let back = user.presses(&housing, &housing.last().unwrap().buttons.last().unwrap().0.clone()).await;
    assert!(!back.is_empty(), "{}", gateway.log());
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn an_injected_429_is_waited_for_and_the_menu_and_descriptions_are_set_per_language() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4505, "de");
    user.post("/_control/fail", json!({ "method": "sendMessage", "status": 429, "retry_after": 2, "times": 1 })).await;
    let started = Instant::now();
    let menu = user.types("/start").await;
    assert!(menu[0].text.starts_with("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());
    assert!(started.elapsed() >= Duration::from_secs(2), "retry_after was honoured");
    let sends = user.post("/_control/calls", json!({ "chat_id": 4505, "method": "sendMessage" })).await["result"].as_array().unwrap().clone();
    assert_eq!(sends[0]["error_code"], json!(429));
    assert_eq!(sends[1]["ok"], json!(true));

    let commands = user.post("/_control/calls", json!({ "method": "setMyCommands" })).await["result"].as_array().unwrap().clone();
    let languages: Vec<&str> = commands.iter().map(|c| c["params"]["language_code"].as_str().unwrap_or("default")).collect();
    for expected in ["default", "uk", "ar", "fa", "ti"] {
        assert!(languages.contains(&expected), "{languages:?}");
    }
    let default_tries = commands.iter().filter(|c| c["params"]["language_code"].is_null()).count();
    assert_eq!(default_tries, 1, "set once, as nothing failed");
    let uk = commands.iter().find(|c| c["params"]["language_code"] == json!("uk")).unwrap();
    assert_eq!(uk["params"]["commands"][0]["command"], json!("start"));
    let descriptions = user.post("/_control/calls", json!({ "method": "setMyDescription" })).await["result"].as_array().unwrap().len();
    assert_eq!(descriptions, languages.len());
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_busy_telegram_gets_the_button_press_answered_and_the_commands_set_after_waiting() {
    let emulator = Emulator::start();
    let user = User::new(&emulator, 4520, "de");
    for method in ["setMyCommands", "answerCallbackQuery"] {
        user.post("/_control/fail", json!({ "method": method, "status": 429, "retry_after": 1, "times": 1 })).await;
    }
    let dir = tempfile::tempdir().unwrap();
    let gateway = telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    let mut user = user;
    let menu = user.types("/start").await;
    user.presses(&menu, "Deutsch").await;
    for method in ["setMyCommands", "answerCallbackQuery"] {
        let calls = user.post("/_control/calls", json!({ "method": method, "count": 2, "timeout": 10 })).await["result"].as_array().unwrap().clone();
        assert_eq!(calls.first().map(|c| c["error_code"].clone()), Some(json!(429)), "{method}: the first try was refused:\n{}", gateway.log());
        assert!(calls.iter().skip(1).any(|c| c["ok"] == json!(true)), "{method} was tried again after the wait: {calls:#?}\n{}", gateway.log());
    }
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn sigterm_stops_intake_sends_the_reply_in_hand_and_exits_cleanly() {
    let (emulator, dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4510, "de");
    user.post("/_control/fail", json!({ "method": "sendMessage", "status": 429, "retry_after": 3, "times": 1 })).await;
    user.types_only("/start").await;
    let refused = user.calls(&["sendMessage"], 1, 15).await;
    assert_eq!(refused.first().map(|c| c["error_code"].clone()), Some(json!(429)), "the reply's first try was refused:\n{}", gateway.log());

    // The gateway now waits out the 429 with the reply in hand.
    let (status, log) = gateway.terminate();
    assert!(status.success(), "a stop asked for is no failure ({status}):\n{log}");
    assert!(log.contains("no new messages are taken; finishing those in hand"), "{log}");
    let sent = user.calls(&["sendMessage"], 2, 0).await;
    let delivered: Vec<Shown> = sent.iter().filter(|c| c["ok"] == json!(true)).map(shown).collect();
    assert!(delivered.first().is_some_and(|m| m.text.starts_with("Bitte wählen Sie Ihre Sprache.")), "the reply in hand went out before the exit:\n{log}");

    // Nothing is left for the next start: the reply was recorded as sent, the update as handled.
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", dir.path().join("db.sqlite3").display())).await.unwrap();
    let unsent: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL").fetch_one(&db).await.unwrap();
    assert_eq!(unsent, 0, "the sent reply is not left in the outbox");
    db.close().await;
    user.skip().await;
    let mut again = telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    again.wait_until_serving();
    let resent = user.calls(&["sendMessage"], 1, 4).await;
    assert!(resent.is_empty(), "after the restart the answered /start is not answered again:\n{}", again.log());
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn in_a_group_the_bot_answers_only_when_addressed_and_points_to_a_private_chat() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4606, "en");
    user.skip().await;
    let group = json!({ "id": -4606, "type": "group", "title": "Unterkunft" });
    let talk = |text: &str| json!({ "token": TOKEN, "chat": group, "user_id": 4606, "first_name": "Test", "language_code": "en", "text": text });
    user.post("/sendMessage", talk("hello everyone")).await;
    user.post("/sendMessage", talk("@TestNameBot where can I learn German?")).await;
    let body = json!({ "chat_id": -4606, "method": "sendMessage", "timeout": 15, "count": 1 });
    let answers = user.post("/_control/calls", body).await["result"].as_array().unwrap().clone();
    assert_eq!(answers.len(), 1, "{answers:?}\n{}", gateway.log());
    let answer = shown(&answers[0]);
    assert!(answer.text.starts_with("I do not help here in the group"), "{}", answer.text);
    let url = &answers[0]["params"]["reply_markup"]["inline_keyboard"][0][0]["url"];
    assert_eq!(url, &json!("https://t.me/TestNameBot"));
    tokio::time::sleep(Duration::from_secs(1)).await;
    let later = user.post("/_control/calls", json!({ "chat_id": -4606, "method": "sendMessage" })).await["result"].as_array().unwrap().len();
    assert_eq!(later, 1, "the unaddressed message got no answer");
}

const WEBHOOK_SECRET: &str = "webhook-secret-0123456789abcdefghij";

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn webhook_mode_receives_updates_with_the_secret_and_a_forged_update_changes_nothing() {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let config = std::fs::read_to_string(repository().join("bots/wegweiser/config/stuttgart.toml")).unwrap().replacen(
        "[facts]",
        &format!("[telegram.webhook]\nlisten = \"127.0.0.1:{port}\"\nurl = \"http://127.0.0.1:{port}/telegram/updates\"\nsecret_token = \"{WEBHOOK_SECRET}\"\n\n[facts]"),
        1,
    );
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config).unwrap();
    let role = |args: &[&str]| stdout(&wegweiser().arg("role").arg("--db").arg(&db).args(args).output().unwrap());
    assert!(role(&["grant", "Frau Weber", "admin", "de", "telegram:4708"]).starts_with("granted"));
    let gateway = telegram_gateway(&emulator, &db, &["--config", config_path.to_str().unwrap()]);
    let mut user = User::new(&emulator, 4707, "en");
    let menu = user.types("/start").await;
    assert!(menu[0].text.starts_with("Please choose your language."), "{}\n{}", texts(&menu), gateway.log());
    let main = user.chooses_language(&menu, "English").await;
    assert!(texts(&main).contains("Welcome to Wegweiser Stuttgart!"), "{}", texts(&main));

    // Someone who found the webhook posts an update in the admin's name.
    let roles_before = role(&["list"]);
    let post = |update_id: i64, secret: Option<&str>| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let text = "/role grant Mallory admin de telegram:6666";
        let update = json!({ "update_id": update_id, "message": {
            "message_id": update_id, "date": now, "chat": { "id": 4708, "type": "private" },
            "from": { "id": 4708, "is_bot": false, "first_name": "Weber" },
            "text": text, "entities": [{ "type": "bot_command", "offset": 0, "length": 5 }],
        } });
        let mut request = reqwest::Client::new().post(format!("http://127.0.0.1:{port}/telegram/updates")).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        async move { request.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(post(900_001, None).await, 401, "no secret");
    assert_eq!(post(900_002, Some("webhook-secret-0123456789abcdefghiX")).await, 401, "a wrong secret of the same length");
    assert_eq!(post(900_003, Some("webhook")).await, 401, "a prefix of the secret");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(role(&["list"]), roles_before, "a forged update changes nothing\n{}", gateway.log());
    assert!(!gateway.log().contains("Mallory"));

    // The same update with the secret (as Telegram sends it) is the admin's and is carried out.
    assert_eq!(post(900_004, Some(WEBHOOK_SECRET)).await, 200, "{}", gateway.log());
    let granted = Instant::now();
    while !role(&["list"]).contains("Mallory") {
        assert!(granted.elapsed() < Duration::from_secs(10), "the admin's own update was not carried out\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Signs a German user up for the one-seat test course, through the menus.
pub(crate) async fn sign_up_for_the_a1_course(user: &mut User) -> Vec<Shown> {
    let menu = user.types("/start").await;
    let main = user.chooses_language(&menu, "Deutsch").await;
    let mut shown = user.presses(&main, "📚 Kurse und Angebote").await;
    for label in ["Deutschkurse", "A1", "Mitte", "Deutsch A1 (Test) · Mitte", "✅ Anmelden"] {
        shown = user.presses(&shown, label).await;
    }
    shown
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn outbox_news_reaches_telegram_users_and_waits_while_they_blocked_the_bot() {
    let (emulator, _dir, gateway) = serving().await;
    let mut first = User::new(&emulator, 4801, "de");
    let mut second = User::new(&emulator, 4802, "de");
    let seat = sign_up_for_the_a1_course(&mut first).await;
    assert!(texts(&seat).contains("Sie sind angemeldet"), "{}\n{}", texts(&seat), gateway.log());
    let waiting = sign_up_for_the_a1_course(&mut second).await;
    assert!(texts(&waiting).contains("auf Platz 1"), "{}", texts(&waiting));

    // The second user blocked the bot: the freed seat's news cannot reach them.
    first.post("/_control/fail", json!({ "method": "sendMessage", "status": 403, "chat_id": 4802, "times": "always" })).await;
    let my = first.types("/my").await;
    let signup = first.presses(&my, "✅ Deutsch A1 (Test)").await;
    let cancelled = first.presses(&signup, "❌ Absagen").await;
    assert!(texts(&cancelled).contains("Sie haben abgesagt"), "{}", texts(&cancelled));
    let refused = second.calls(&["sendMessage"], 1, 10).await;
    assert_eq!(refused[0]["error_code"], json!(403), "{refused:?}\n{}", gateway.log());
    tokio::time::sleep(Duration::from_secs(3)).await;
    let tries = second.calls(&["sendMessage"], 0, 0).await.len();
    assert_eq!(tries, 1, "an unreachable user is not tried again and again");

    // They unblock the bot and write: the news arrives, once.
    second.post("/_control/fail/clear", json!({})).await;
    second.skip().await;
    second.post("/sendMessage", { let mut b = second.sender(); b["text"] = json!("hallo"); b }).await;
    let news = second.calls(&["sendMessage"], 2, 15).await;
    let texts_sent: Vec<&str> = news.iter().filter_map(|c| c["result"]["text"].as_str()).collect();
    assert!(
        texts_sent.iter().any(|t| t.starts_with("Gute Nachricht! Ein Platz ist frei geworden.")),
        "{texts_sent:?}\n{}",
        gateway.log()
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let all = second.post("/_control/calls", json!({ "chat_id": 4802, "method": "sendMessage", "ok": true })).await["result"].as_array().unwrap().clone();
    let promoted = all.iter().filter(|c| c["result"]["text"].as_str().is_some_and(|t| t.starts_with("Gute Nachricht!"))).count();
    assert_eq!(promoted, 1);
}
