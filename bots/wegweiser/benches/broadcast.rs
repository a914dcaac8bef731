//! Broadcast benchmark: one news message to 10,000 Telegram subscribers through the real
//! delivery path (the store's broadcast outbox, the Telegram channel, its limits) against
//! the Bot API emulator, timed by the emulator's own clock for every message it received.
//! Prints the achieved rate against the configured limit and the most messages the
//! emulator saw in any one second (target: at least 95% of the limit, never above it).
//!
//! `cargo bench -p wegweiser --bench broadcast`; needs Node and `npm ci --prefix
//! tests/telegram` (the test command installs both). BENCH_RECIPIENTS (default 10000) and
//! BENCH_RATE (messages a second, default Telegram's 30).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wegweiser::Gateway;
use wegweiser_core::broadcast::{Segment, Source, BROADCAST_CHANNELS};
use wegweiser_core::{ConversationState, Engine, Secret, Sources, Subscription};
use wegweiser_store::{Draft, Store};
use wegweiser_telegram::{Connection, Telegram};

use common::Emulator;

const TOKEN: &str = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefgh";
const FIRST_CHAT: i64 = 100_000;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let recipients = env_u64("BENCH_RECIPIENTS", 10_000) as i64;
    let rate = env_u64("BENCH_RATE", 30) as u32;
    let repo = common::repository();
    let emulator = Emulator::start();
    let url = emulator.url.clone();

    let sources = Sources { flows: repo.join("flows"), locales: repo.join("locales"), config: repo.join("bots/wegweiser/config/stuttgart.toml") };
    let engine = Engine::load(&sources).unwrap_or_else(|d| panic!("{d}"));
    let locales: Vec<String> = engine.catalog().registry().tags().map(str::to_string).collect();
    let dir = tempfile::tempdir_in(repo.join("target")).unwrap();
    let db = dir.path().join("bench.sqlite3");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async move {
        let store = Store::open(&db).await.unwrap();
        let rows: Vec<(String, String)> = (0..recipients)
            .map(|n| {
                let state = ConversationState {
                    step: "main".into(),
                    locale: Some(locales[n as usize % locales.len()].clone()),
                    subscription: Subscription { topics: ["all".to_string()].into(), district: None, asked: true },
                    ..ConversationState::default()
                };
                ((FIRST_CHAT + n).to_string(), serde_json::to_string(&state).unwrap())
            })
            .collect();
        sqlx::query(
            "INSERT INTO conversations (channel, user_id, state, created_at, updated_at) \
             SELECT 'telegram', value ->> 0, value ->> 1, unixepoch(), unixepoch() FROM json_each(?1)",
        )
        .bind(serde_json::to_string(&rows).unwrap())
        .execute(store.pool())
        .await
        .unwrap();
        let draft = Draft { source: Source::Message("news-new-courses".into()), segment: Segment::default(), created_by: "bench".into(), reply_to: None };
        let drafting = Instant::now();
        let (id, report) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, "de").await.unwrap();
        let drafted_in = drafting.elapsed();
        assert_eq!(report.recipients(), recipients as u64);
        store.confirm_broadcast(id).await.unwrap();

        let gateway = Arc::new(Gateway::new(engine, store.clone()));
        let connection = Connection { token: Secret::new(TOKEN), api_url: Some(url.clone()), messages_per_second: Some(rate), broadcast_percent: Some(97) };
        let telegram = Telegram::connect(&connection, gateway).await.unwrap();
        let started = Instant::now();
        let delivery = tokio::spawn(async move { telegram.deliver_broadcasts().await });
        loop {
            let report = store.broadcast(id).await.unwrap().report;
            if report.finished() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        let wall = started.elapsed();
        delivery.abort();

        let calls: Value = reqwest::Client::new()
            .post(format!("{url}/_control/calls"))
            .json(&json!({ "method": ["sendMessage"], "ok": true }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut times: Vec<i64> = calls["result"].as_array().unwrap().iter().map(|c| c["time"].as_i64().unwrap()).collect();
        times.sort_unstable();
        let received = times.len() as i64;
        assert_eq!(received, recipients, "every recipient got the message once");
        let span = (times[times.len() - 1] - times[0]) as f64 / 1000.0;
        let achieved = (received - 1) as f64 / span;
        let mut most_in_a_second = 0;
        let mut from = 0;
        for (to, at) in times.iter().enumerate() {
            while *at - times[from] >= 1000 {
                from += 1;
            }
            most_in_a_second = most_in_a_second.max(to - from + 1);
        }
        let sent = store.broadcast(id).await.unwrap().report;
        println!("recipients:  {recipients} (drafted in {:.0} ms), limit {rate} messages/s", drafted_in.as_secs_f64() * 1e3);
        println!("delivered:   {received} messages in {:.1} s (first to last at the emulator; {:.1} s until the report said finished)", span, wall.as_secs_f64());
        println!("achieved:    {achieved:.2} messages/s = {:.1}% of the limit", achieved / f64::from(rate) * 100.0);
        println!("peak:        {most_in_a_second} messages in the busiest second (limit {rate})");
        println!("report:      {}", sent.table().lines().last().unwrap_or_default());
    });
    drop(emulator);
}
