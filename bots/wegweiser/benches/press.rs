//! Button-press benchmark: how soon a Telegram user sees their press answered (the button
//! stops spinning: answerCallbackQuery) and the pressed menu replaced (editMessageText),
//! right after the same chat spent its allowance of messages. A simulated user on the Bot
//! API emulator types /start ten times at once and, as soon as the last answer is out (spaced one
//! a second by the per-chat limit), presses menu buttons at a human pace; the real channel
//! (polling, limits, lanes), engine and store answer. Times are from posting the press to
//! the emulator recording the bot's call.
//!
//! `cargo bench -p wegweiser --bench press`; needs Node and `npm ci --prefix tests/telegram`
//! (the test command installs both). BENCH_PRESSES (default 30), BENCH_PACE_MS (pause
//! between presses, default 1000), BENCH_BURST (how many times /start is typed first, default 10).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wegweiser::Gateway;
use wegweiser_core::{Engine, Secret, Sources};
use wegweiser_store::Store;
use wegweiser_telegram::{Connection, Telegram};

use common::Emulator;

const TOKEN: &str = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefgh";
const CHAT: i64 = 700_001;
/// The main menu's information button and the way back, as a German user sees them.
const TO_TOPICS: &str = "ℹ️ Informationen";

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The simulated user's side of the emulator.
struct Chat {
    http: reqwest::Client,
    url: String,
    /// The journal position up to which the bot's calls were read.
    seen: i64,
}

impl Chat {
    async fn post(&self, path: &str, body: Value) -> Value {
        let response = self.http.post(format!("{}{path}", self.url)).json(&body).send().await.unwrap();
        assert!(response.status().is_success(), "{path}: {}", response.status());
        response.json().await.unwrap()
    }

    fn sender() -> Value {
        json!({ "token": TOKEN, "chat_id": CHAT, "user_id": CHAT, "first_name": "Test", "language_code": "de" })
    }

    async fn types(&self, text: &str) {
        let mut body = Self::sender();
        body["text"] = json!(text);
        self.post(if text.starts_with('/') { "/sendCommand" } else { "/sendMessage" }, body).await;
    }

    async fn presses(&self, message_id: i64, data: &str) {
        let mut body = Self::sender();
        body["message_id"] = json!(message_id);
        body["data"] = json!(data);
        self.post("/sendCallback", body).await;
    }

    /// Waits up to 30 s for the bot's next successful call of `methods` to this chat after
    /// what was read, and marks it read.
    async fn next_call(&mut self, methods: &[&str]) -> Value {
        let call = self.wait_for(methods, self.seen).await;
        self.seen = call["seq"].as_i64().unwrap();
        call
    }

    /// Waits for the bot's next call of `methods` after `since`, without marking it read.
    async fn wait_for(&self, methods: &[&str], since: i64) -> Value {
        let body = json!({ "chat_id": CHAT, "method": methods, "ok": true, "since": since, "timeout": 30, "count": 1 });
        let calls = self.post("/_control/calls", body).await["result"].as_array().cloned().unwrap_or_default();
        calls.into_iter().next().unwrap_or_else(|| panic!("the bot made no {methods:?} call within 30 s"))
    }

    /// The journal position of the newest call so far.
    async fn newest(&self) -> i64 {
        let calls = self.post("/_control/calls", json!({ "method": "*" })).await["result"].as_array().cloned().unwrap_or_default();
        calls.last().and_then(|c| c["seq"].as_i64()).unwrap_or(0)
    }
}

/// The buttons of a sent or edited message: (label, data).
fn buttons(call: &Value) -> Vec<(String, String)> {
    call["params"]["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|b| (b["text"].as_str().unwrap_or("").to_string(), b["callback_data"].as_str().unwrap_or("").to_string()))
        .collect()
}

fn message_id(call: &Value) -> i64 {
    call["message_id"].as_i64().or_else(|| call["result"]["message_id"].as_i64()).or_else(|| call["params"]["message_id"].as_i64()).unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let presses = env_u64("BENCH_PRESSES", 30);
    let pace = Duration::from_millis(env_u64("BENCH_PACE_MS", 1000));
    let burst = env_u64("BENCH_BURST", 10);
    let repo = common::repository();
    let emulator = Emulator::start();
    let url = emulator.url.clone();

    let sources = Sources { flows: repo.join("flows"), locales: repo.join("locales"), config: repo.join("bots/wegweiser/config/stuttgart.toml") };
    let engine = Engine::load(&sources).unwrap_or_else(|d| panic!("{d}"));
    let dir = tempfile::tempdir_in(repo.join("target")).unwrap();
    let db = dir.path().join("bench.sqlite3");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async move {
        let store = Store::open(&db).await.unwrap();
        let gateway = Arc::new(Gateway::new(engine, store.clone()));
        let connection = Connection { token: Secret::new(TOKEN), api_url: Some(url.clone()), messages_per_second: None, broadcast_percent: None };
        let telegram = Telegram::connect(&connection, gateway).await.unwrap();
        let (polling, outbox) = (telegram.clone(), telegram.clone());
        let polling = tokio::spawn(async move { polling.poll().await });
        let outbox = tokio::spawn(async move { outbox.deliver_outbox().await });
        let mut chat = Chat { http: reqwest::Client::new(), url, seen: 0 };

        chat.types("/start").await;
        let languages = chat.next_call(&["sendMessage"]).await;
        let (_, deutsch) = buttons(&languages).into_iter().find(|(label, _)| label == "Deutsch").expect("a button for German");
        chat.presses(message_id(&languages), &deutsch).await;
        let mut note = chat.next_call(&["editMessageText", "sendMessage"]).await;
        while buttons(&note).is_empty() {
            note = chat.next_call(&["editMessageText", "sendMessage"]).await;
        }
        let (_, ok) = buttons(&note).into_iter().find(|(label, _)| label == "👍 OK").expect("the privacy note's OK");
        chat.presses(message_id(&note), &ok).await;
        let mut menu = chat.next_call(&["editMessageText", "sendMessage"]).await;
        while !buttons(&menu).iter().any(|(label, _)| label == TO_TOPICS) {
            menu = chat.next_call(&["editMessageText", "sendMessage"]).await;
        }
        // Whatever else the language choice brought (the offer of announcements) is sent.
        tokio::time::sleep(Duration::from_secs(2)).await;
        chat.seen = chat.newest().await;

        // The burst: each /start is answered with a main menu of its own, spaced per chat. The
        // presses start as soon as the last one is out, the chat's allowance spent, on it.
        for _ in 0..burst {
            chat.types("/start").await;
        }
        let mut menus = 0;
        while menus < burst {
            let call = chat.next_call(&["sendMessage"]).await;
            if !buttons(&call).is_empty() {
                menus += 1;
                menu = call;
            }
        }
        assert!(buttons(&menu).iter().any(|(label, _)| label == TO_TOPICS), "the burst's last answer shows the main menu: {:?}", buttons(&menu));

        let mut answered = Vec::new();
        let mut shown = Vec::new();
        let mut menu_id = message_id(&menu);
        let mut labels = buttons(&menu);
        let started = Instant::now();
        for n in 0..presses {
            let target = started + pace * n as u32;
            tokio::time::sleep_until(target.into()).await;
            // Into the information topics and back to the main menu, turn by turn.
            let (_, data) = if n % 2 == 0 {
                labels.iter().find(|(label, _)| label == TO_TOPICS).cloned().expect("the main menu shows the information button")
            } else {
                labels.last().cloned().expect("the topics menu has a way back")
            };
            let since = chat.newest().await;
            let pressed = Instant::now();
            chat.presses(menu_id, &data).await;
            chat.wait_for(&["answerCallbackQuery"], since).await;
            answered.push(pressed.elapsed());
            let edited = chat.wait_for(&["editMessageText"], since).await;
            shown.push(pressed.elapsed());
            menu_id = message_id(&edited);
            labels = buttons(&edited);
        }
        polling.abort();
        outbox.abort();
        answered.sort();
        shown.sort();
        println!("{presses} presses every {} ms, from the moment the answers to {burst} /start typed at once in the same chat were out", pace.as_millis());
        for (what, times) in [("press answered (answerCallbackQuery)", &answered), ("menu replaced (editMessageText)", &shown)] {
            println!(
                "{what:<38} p50 {:6.1} ms  p90 {:6.1} ms  max {:6.1} ms",
                ms(percentile(times, 0.5)),
                ms(percentile(times, 0.9)),
                ms(*times.last().unwrap())
            );
        }
    });
    drop(emulator);
}
