//! Pipeline benchmark: scripted conversations through the whole gateway — inbound, dedupe,
//! state load, flow step, Fluent rendering, state and replies committed in SQLite, the
//! replies marked sent as a channel does — and, in the
//! same run on the same file settings, the raw rate of single-row SQLite upserts.
//!
//! `cargo bench -p wegweiser --bench pipeline`; sizes via BENCH_CONVERSATIONS (default
//! 4000) and BENCH_TASKS (concurrent workers, default 64). BENCH_DURABILITY=full commits
//! with an fsync each (power-cut safe) instead of WAL's normal mode.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use wegweiser::Gateway;
use wegweiser_core::{Engine, Inbound, InboundKind, Sources};
use wegweiser_store::{Durability, Store};

/// One conversation: a language, OK to the privacy note, the information menu, three
/// topics, a person request, and back to the bot.
const SCRIPT: &[&str] = &["/start", "LANG", "1", "1", "4", "2", "1", "3", "5", "Wo kann ich mich beraten lassen?", "1", "/bot", "/help"];

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let conversations = env_usize("BENCH_CONVERSATIONS", 4000);
    let tasks = env_usize("BENCH_TASKS", 64);
    let durability = match std::env::var("BENCH_DURABILITY").as_deref() {
        Ok("full") => Durability::Full,
        _ => Durability::Normal,
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf();
    let sources = Sources { flows: repo.join("flows"), locales: repo.join("locales"), config: repo.join("bots/wegweiser/config/stuttgart.toml") };
    let engine = Engine::load(&sources).unwrap_or_else(|d| panic!("{d}"));
    let languages: Vec<String> = engine.catalog().registry().all().iter().map(|l| l.endonym.clone()).collect();
    let dir = tempfile::tempdir_in(repo.join("target")).unwrap();
    let db = dir.path().join("bench.sqlite3");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let repo = repo.clone();
    runtime.block_on(async move {
        let store = Store::open_with(&db, durability).await.unwrap();
        // The sample catalog, so that every batch reads a real world of courses.
        let sample = repo.join("bots/wegweiser/config/stuttgart-catalog.toml");
        let cx = wegweiser::catalog_cli::context(&engine, true);
        let catalog = wegweiser_core::catalog::parse_file(&sample, &std::fs::read_to_string(&sample).unwrap(), &cx).unwrap();
        store.import_catalog(&catalog).await.unwrap();
        let gateway = Arc::new(Gateway::new(engine, store.clone()));

        let started = Instant::now();
        let mut workers = Vec::new();
        for worker in 0..tasks {
            let gateway = gateway.clone();
            let languages = languages.clone();
            workers.push(tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut marks = tokio::task::JoinSet::new();
                for conversation in (worker..conversations).step_by(tasks) {
                    let user = format!("user-{conversation}");
                    for (n, line) in SCRIPT.iter().enumerate() {
                        let text = if *line == "LANG" { languages[conversation % languages.len()].as_str() } else { line };
                        let event = Inbound {
                            channel: "bench".into(),
                            user: user.clone(),
                            event_id: format!("{user}-{n}"),
                            kind: InboundKind::from_typed(text),
                            language_hint: None,
                            handover: None,
                            staff_room: None,
                            message: None,
                        };
                        let t = Instant::now();
                        let handled = gateway.handle(&event).await.expect("handled");
                        latencies.push(t.elapsed());
                        let wegweiser::Handled::Replies(replies) = handled else { panic!("{user}: line {n} taken for a duplicate") };
                        assert!(!replies.messages.is_empty(), "{user} got no answer to line {n}, {text:?}");
                        // As a channel does once it sent them, beside its next event.
                        let store = gateway.store().clone();
                        marks.spawn(async move { store.mark_delivered(&replies.outbox).await.expect("marked") });
                        // Finished marks are let go as they finish, as a channel's are.
                        while marks.try_join_next().is_some() {}
                    }
                }
                marks.join_all().await;
                latencies
            }));
        }
        let mut latencies = Vec::new();
        for w in workers {
            latencies.extend(w.await.unwrap());
        }
        let elapsed = started.elapsed();
        latencies.sort();
        let messages = latencies.len();
        let rate = messages as f64 / elapsed.as_secs_f64();
        let requests = store.handover_requests().await.unwrap().len();
        assert_eq!(requests, conversations, "every scripted conversation ends with one handover request");

        let state = stored_state_json(&store).await;
        let started = Instant::now();
        let mut workers = Vec::new();
        for worker in 0..tasks {
            let store = store.clone();
            let state = state.clone();
            workers.push(tokio::spawn(async move {
                for row in (worker..messages).step_by(tasks) {
                    store.raw_upsert(&format!("raw-{}", row % conversations), &state).await.unwrap();
                }
            }));
        }
        for w in workers {
            w.await.unwrap();
        }
        let raw_rate = messages as f64 / started.elapsed().as_secs_f64();

        println!("durability: {durability:?} (WAL), {tasks} concurrent workers, {conversations} conversations");
        println!(
            "pipeline:    {messages} messages in {:.2} s = {rate:.0} messages/s; latency p50 {:.3} ms, p99 {:.3} ms",
            elapsed.as_secs_f64(),
            percentile(&latencies, 0.50).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3
        );
        println!("raw upserts: {messages} single-row upserts = {raw_rate:.0} rows/s");
        println!("pipeline / raw = {:.2}", rate / raw_rate);
    });
}

/// A realistic stored state to upsert: the one the first scripted user ended with.
async fn stored_state_json(store: &Store) -> String {
    let state = store.conversation("bench", "user-0").await.unwrap().expect("user-0 exists");
    serde_json::to_string(&state).unwrap()
}
