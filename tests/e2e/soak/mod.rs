//! Soak test with faults: simulated users on Telegram (the emulator) and Matrix (Synapse)
//! choose a language, read the privacy note, take the announcement offer, sign up for the one-seat test course (a
//! waitlist forms), book the two-seat dialogue session, ask for a person and talk with a
//! staff member (on Telegram) in rounds, while `wegweiser serve` is killed with SIGKILL at
//! random moments and restarted, a broadcast is drafted and confirmed with
//! `wegweiser broadcast`, and the emulator fails a random share of the bot's calls (429 with
//! retry_after, 5xx, calls that never get an answer). After a last restart and a quiet
//! period it prints a table and checks: every inbound message handled exactly once
//! (`processed_events`, each marked text once in `handover_messages` or the request),
//! every reply and notification delivered at least once, no duplicate on Matrix,
//! `PRAGMA integrity_check` ok, no seat beyond the capacity.
//!
//! Short form (run by tests/run-all.sh): 6 Telegram and 3 Matrix users, 5 kills. The long
//! form is chosen by environment variables, e.g.
//! `WEGWEISER_SOAK_KILLS=100 WEGWEISER_SOAK_TELEGRAM_USERS=12 WEGWEISER_SOAK_MATRIX_USERS=6
//! cargo test --release -p wegweiser --test e2e soak -- --include-ignored --nocapture`;
//! also `WEGWEISER_SOAK_SEED` (printed at the start, to repeat a run), `WEGWEISER_SOAK_RELAYS`
//! (messages each way per round, 2), `WEGWEISER_SOAK_GAP_MS` (time between kills, `3000-12000`),
//! `WEGWEISER_SOAK_FAULTS` (the share of failed Telegram calls, 0.07) and `WEGWEISER_SOAK_HOLD_MS`
//! (how long a call without an answer is held before its connection drops, 3000).
//!
//! Telegram duplicates: the Bot API has no idempotency key, so a message whose outcome the
//! gateway never learnt — sent just before a SIGKILL, before its outbox row was marked, or
//! its answer lost in a timeout — is sent again: the alternative, not sending it, would lose
//! it whenever the first try did not arrive. Each such case costs at most one duplicate,
//! which is the minimum at least once allows; the table counts them by cause. Duplicates are
//! counted on the messages that tell themselves apart: menus (their buttons carry the menu's
//! number), relayed messages (their marker), the broadcast (one per recipient). Matrix
//! messages go with transaction ids, which the homeserver deduplicates. A broadcast is sent at
//! most once per recipient by design (a row left `sending` by a crash becomes `interrupted`),
//! so the table shows those apart.

mod matrix_side;
mod tally;
mod telegram_side;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::matrix::{self, SERVER_NAME};
use crate::relay::{both, peers};
use crate::support::*;

/// How long a user waits for one answer: restarts, 5xx (teloxide waits 10 s) and backoff.
const PATIENCE: Duration = Duration::from_secs(150);
const STAFF: u64 = 3;

pub(crate) struct Plan {
    telegram_users: usize,
    matrix_users: usize,
    kills: usize,
    relays: usize,
    seed: u64,
    gap_ms: (u64, u64),
    faults: f64,
    hold_ms: u64,
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v.parse().unwrap_or_else(|_| panic!("{name}={v} is not valid")),
        Err(_) => default,
    }
}

impl Plan {
    fn from_env() -> Self {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
        let gap = setting("WEGWEISER_SOAK_GAP_MS", "3000-12000".to_string());
        let (low, high) = gap.split_once('-').and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))).expect("WEGWEISER_SOAK_GAP_MS is MIN-MAX");
        assert!(low <= high, "WEGWEISER_SOAK_GAP_MS: {gap}");
        Self {
            telegram_users: setting("WEGWEISER_SOAK_TELEGRAM_USERS", 6),
            matrix_users: setting("WEGWEISER_SOAK_MATRIX_USERS", 3),
            kills: setting("WEGWEISER_SOAK_KILLS", 5),
            relays: setting("WEGWEISER_SOAK_RELAYS", 2),
            seed: setting("WEGWEISER_SOAK_SEED", now % 1_000_000),
            gap_ms: (low, high),
            faults: setting("WEGWEISER_SOAK_FAULTS", 0.07),
            hold_ms: setting("WEGWEISER_SOAK_HOLD_MS", 3000),
        }
    }
}

/// What the actors share.
pub(crate) struct Ctx {
    plan: Plan,
    /// The killer gave up: the gateway did not start again.
    abort: AtomicBool,
    kills_done: AtomicBool,
    users_left: AtomicUsize,
    subscribed: AtomicUsize,
    started: Instant,
}

/// An inbound message: its platform event id and, for a text that must leave a row of its
/// own, that text.
#[derive(Debug, Clone)]
pub(crate) struct Sent {
    event_id: String,
    marker: Option<String>,
    /// When, from the start of the soak.
    at: Duration,
}

/// A message the account must get at least once; `unique` when a second one is a duplicate.
#[derive(Debug, Clone)]
pub(crate) struct Expect {
    needle: String,
    unique: bool,
}

/// What one account did and waited for.
#[derive(Debug)]
pub(crate) struct Report {
    channel: &'static str,
    account: String,
    sent: Vec<Sent>,
    expects: Vec<Expect>,
    menus_expected: usize,
    menus_delivered: usize,
    rounds: usize,
    error: Option<String>,
}

impl Report {
    fn new(channel: &'static str, account: String) -> Self {
        Self { channel, account, sent: Vec::new(), expects: Vec::new(), menus_expected: 0, menus_delivered: 0, rounds: 0, error: None }
    }
}

/// SplitMix64: the kill times from the printed seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// When the gateway was killed and how long it took to serve again, from the soak's start.
pub(crate) struct Kill {
    at: Duration,
    start: Duration,
}

/// Kills the gateway `kills` times at random moments, each time starting it again after a
/// random pause of up to a second.
fn killer(mut gateway: Serving, ctx: Arc<Ctx>) -> (Serving, Vec<Kill>) {
    let mut random = Random(ctx.plan.seed);
    let mut kills = Vec::new();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        for _ in 0..ctx.plan.kills {
            std::thread::sleep(Duration::from_millis(random.between(ctx.plan.gap_ms.0, ctx.plan.gap_ms.1)));
            gateway.kill();
            let at = ctx.started.elapsed();
            std::thread::sleep(Duration::from_millis(random.between(0, 1000)));
            gateway.restart();
            gateway.wait_until_serving();
            kills.push(Kill { at, start: ctx.started.elapsed() - at });
        }
    }));
    ctx.kills_done.store(true, Ordering::SeqCst);
    if let Err(panic) = outcome {
        ctx.abort.store(true, Ordering::SeqCst);
        std::panic::resume_unwind(panic);
    }
    (gateway, kills)
}

async fn control(emulator: &crate::telegram::Emulator, path: &str, body: serde_json::Value) -> serde_json::Value {
    let answer: serde_json::Value = reqwest::Client::new().post(format!("{}{path}", emulator.url)).json(&body).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["ok"], json!(true), "{path}: {answer}");
    answer["result"].clone()
}

/// Drafts and confirms a broadcast to every subscriber once all users subscribed (or gave
/// up); returns the number of recipients it names.
async fn broadcast(db: std::path::PathBuf, ctx: Arc<Ctx>, users: usize) -> usize {
    while ctx.subscribed.load(Ordering::SeqCst) < users && ctx.users_left.load(Ordering::SeqCst) > 0 {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let out = tokio::task::spawn_blocking(move || {
        wegweiser().args(["broadcast", "send", "--message", "news-new-courses", "--yes", "--detach", "--db"]).arg(&db).output().unwrap()
    })
    .await
    .unwrap();
    let said = stdout(&out);
    assert!(out.status.success(), "wegweiser broadcast: {said}{}", stderr(&out));
    let count = said.split(" recipients").next().and_then(|s| s.rsplit(' ').next()?.parse().ok());
    count.unwrap_or_else(|| panic!("no recipient count in: {said}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "needs the Telegram emulator and Synapse (tests/run-all.sh)"]
async fn users_on_both_channels_keep_every_message_while_the_gateway_is_killed_and_telegram_fails() {
    let plan = Plan::from_env();
    println!(
        "soak: seed {}, {} Telegram + {} Matrix users, {} kills every {}-{} ms, {:.0}% of Telegram calls failing",
        plan.seed, plan.telegram_users, plan.matrix_users, plan.kills, plan.gap_ms.0, plan.gap_ms.1, plan.faults * 100.0
    );
    let started = Instant::now();
    let (synapse, emulator, dir) = peers().await;
    let db = dir.path().join("db.sqlite3");
    for s in 0..STAFF {
        // The first command on the database loads its catalog: the test catalog.
        let account = format!("telegram:{}", 9000 + s);
        let out = wegweiser().args(["--sample-catalog", "tests/fixtures/catalog.toml", "role", "--db"]).arg(&db).args(["grant", &format!("Staff {s}"), "staff", "en,de", &account]).output().unwrap();
        assert!(out.status.success(), "granting the staff role: {}", stderr(&out));
    }
    let gateway = both(&synapse, &emulator, &db, &[]).await;
    let mut people = Vec::new();
    for i in 0..plan.matrix_users {
        let name = format!("soak-m{i}");
        let mut user = matrix::User::new(&synapse, &name, false).await;
        user.wait_for_the_bot(&gateway).await;
        people.push((user, format!("@{name}:{SERVER_NAME}")));
    }
    let users = plan.telegram_users + plan.matrix_users;
    let ctx = Arc::new(Ctx { plan, abort: false.into(), kills_done: false.into(), users_left: users.into(), subscribed: 0.into(), started: Instant::now() });
    let mut team = Vec::new();
    for s in 0..STAFF {
        team.push(telegram_side::staff_member(&emulator, 9000 + s as i64, ctx.clone()).await);
    }
    let methods = ["sendMessage", "editMessageText", "answerCallbackQuery", "getUpdates", "sendPhoto", "sendDocument"];
    let share = ctx.plan.faults / 7.0;
    let chaos = json!({ "seed": ctx.plan.seed, "methods": methods, "rate_429": 3.0 * share, "rate_5xx": 2.0 * share, "rate_timeout": 2.0 * share, "hold_ms": ctx.plan.hold_ms });
    control(&emulator, "/_control/chaos", chaos).await;
    let soak_started = ctx.started;
    let killing = tokio::task::spawn_blocking({
        let ctx = ctx.clone();
        move || killer(gateway, ctx)
    });
    let mut actors = tokio::task::JoinSet::new();
    for i in 0..ctx.plan.telegram_users {
        let phone = telegram_side::Phone::new(&emulator, 9100 + i as i64, ctx.clone());
        actors.spawn(telegram_side::user(phone, format!("tg{i}")));
    }
    let mut rooms = Vec::new();
    for (i, (user, account)) in people.into_iter().enumerate() {
        rooms.push((account.clone(), user.room().room_id().to_string(), user.client.access_token().unwrap()));
        actors.spawn(matrix_side::user(matrix_side::Person::new(user, account, ctx.clone()), format!("mx{i}")));
    }
    let staff: Vec<_> = team.into_iter().zip(0..).map(|(phone, s)| tokio::spawn(telegram_side::staff(phone, s, STAFF))).collect();
    let recipients = tokio::spawn(broadcast(db.clone(), ctx.clone(), users));

    let mut reports = Vec::new();
    while let Some(report) = actors.join_next().await {
        reports.push(report.expect("a user's script ran to its end"));
    }
    for member in staff {
        reports.push(member.await.expect("a staff member's script ran to its end"));
    }
    let recipients = recipients.await.expect("the broadcast was sent");
    let (mut gateway, kills) = killing.await.expect("the gateway came back after every kill");
    let soaked = soak_started.elapsed();
    let faults = control(&emulator, "/_control/chaos/off", json!({})).await;

    // A last start without faults, then quiet until nothing waits to be sent.
    gateway.restart();
    gateway.wait_until_serving();
    let store = wegweiser_store::Store::open(&db).await.unwrap();
    let drained = Instant::now();
    loop {
        let (waiting,): (i64,) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL)
                  + (SELECT count(*) FROM broadcast_deliveries WHERE status IN ('pending', 'sending'))",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        if waiting == 0 {
            break;
        }
        assert!(drained.elapsed() < Duration::from_secs(120), "{waiting} messages still waiting after 120 s:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    gateway.kill();

    let views = tally::Views::read(&emulator, &synapse, &reports, &rooms).await;
    let table = tally::Table::count(&store, &reports, &views, recipients).await;
    println!("{}", table.render(&ctx.plan, &kills, &faults, soaked, started.elapsed()));
    if !table.problems.is_empty() || reports.iter().any(|r| r.error.is_some()) {
        println!("the database and the gateway's logs are kept in {}", dir.keep().display());
    }
    for report in &reports {
        assert!(report.error.is_none(), "{} {}: {}", report.channel, report.account, report.error.as_deref().unwrap_or(""));
    }
    table.check();
}
