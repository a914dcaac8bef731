//! The soak's outcome: what each account got in the end (the emulator's journal, the Matrix
//! room's history), compared with what was sent, expected and stored.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{json, Value};
use wegweiser_store::Store;

use super::{Kill, Plan, Report};
use crate::matrix::Synapse;
use crate::telegram::Emulator;

const NEWS: &str = "New German courses are open.";

/// A message an account got: its text, what tells it apart, whether its sender never
/// learnt it arrived.
struct Got {
    text: String,
    menu: Option<String>,
    answer_lost: bool,
}

/// Per account (channel, account): the messages it got from the bot, in order.
pub(crate) struct Views(BTreeMap<(String, String), Vec<Got>>);

impl Views {
    pub(crate) async fn read(emulator: &Emulator, synapse: &Synapse, reports: &[Report], rooms: &[(String, String, String)]) -> Self {
        let http = reqwest::Client::new();
        let mut views = BTreeMap::new();
        for report in reports.iter().filter(|r| r.channel == "telegram") {
            let body = json!({ "chat_id": report.account, "method": ["sendMessage", "sendPhoto", "sendDocument"], "ok": true });
            let calls: Value = http.post(format!("{}/_control/calls", emulator.url)).json(&body).send().await.unwrap().json().await.unwrap();
            let got = calls["result"].as_array().unwrap().iter().map(|c| Got {
                text: c["result"]["text"].as_str().or(c["result"]["caption"].as_str()).unwrap_or("").to_string(),
                menu: c["params"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
                    .as_str()
                    .filter(|d| !d.starts_with('/'))
                    .map(|_| format!("{}{}", c["params"]["text"], c["params"]["reply_markup"])),
                answer_lost: c["answer_lost"] == json!(true),
            });
            views.insert(("telegram".to_string(), report.account.clone()), got.collect());
        }
        for (account, room, token) in rooms {
            let url = format!("{}/_matrix/client/v3/rooms/{}/messages?dir=f&limit=10000", synapse.url, room.replace('!', "%21").replace(':', "%3A"));
            let history: Value = http.get(url).bearer_auth(token).send().await.unwrap().json().await.unwrap();
            let bot = format!("@{}:{}", crate::matrix::BOT, crate::matrix::SERVER_NAME);
            let got = history["chunk"]
                .as_array()
                .unwrap_or_else(|| panic!("the room's history: {history}"))
                .iter()
                .filter(|e| e["type"] == json!("m.room.message") && e["sender"] == json!(bot))
                .map(|e| Got { text: e["content"]["body"].as_str().unwrap_or("").to_string(), menu: None, answer_lost: false });
            views.insert(("matrix".to_string(), account.clone()), got.collect());
        }
        Self(views)
    }

    fn of(&self, channel: &str, account: &str) -> &[Got] {
        self.0.get(&(channel.to_string(), account.to_string())).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Default, Debug)]
struct Row {
    sent: usize,
    once: usize,
    lost: usize,
    twice: usize,
    expected: usize,
    delivered: usize,
    missing: usize,
    duplicates: usize,
    after_kill: usize,
    after_lost_answer: usize,
}

pub(crate) struct Table {
    rows: BTreeMap<&'static str, Row>,
    pub(crate) problems: Vec<String>,
    integrity: String,
    over_capacity: i64,
    seats: String,
    recipients: usize,
    news: BTreeMap<String, usize>,
    broadcast_statuses: BTreeMap<String, usize>,
    gave_up: (i64, i64),
}

async fn count(store: &Store, sql: &'static str, value: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(value).fetch_one(store.pool()).await.unwrap();
    n
}

/// How many times each message of `got` came, by what tells it apart, and why the extra
/// ones: the first try's answer was lost, or else a kill.
fn duplicates(got: &[Got], row: &mut Row) {
    let mut seen: BTreeMap<&str, bool> = BTreeMap::new();
    for g in got {
        if let Some(key) = &g.menu {
            match seen.get_mut(key.as_str()) {
                Some(lost) => {
                    row.duplicates += 1;
                    if *lost {
                        row.after_lost_answer += 1;
                    } else {
                        row.after_kill += 1;
                    }
                    *lost |= g.answer_lost;
                }
                None => {
                    seen.insert(key, g.answer_lost);
                }
            }
        }
    }
}

/// Marked texts that came more than once, with their cause.
fn marked_twice(got: &[&Got], row: &mut Row) {
    for i in 1..got.len() {
        row.duplicates += 1;
        if got[..i].iter().any(|e| e.answer_lost) {
            row.after_lost_answer += 1;
        } else {
            row.after_kill += 1;
        }
    }
}

impl Table {
    pub(crate) async fn count(store: &Store, reports: &[Report], views: &Views, recipients: usize) -> Self {
        let mut rows: BTreeMap<&'static str, Row> = BTreeMap::new();
        let mut problems = Vec::new();
        let staff: Vec<&Report> = reports.iter().filter(|r| r.account.starts_with("900")).collect();
        let statuses: Vec<(String, String, String)> =
            sqlx::query_as("SELECT channel, user_id, status FROM broadcast_deliveries").fetch_all(store.pool()).await.unwrap();
        let mut news = BTreeMap::new();
        let mut broadcast_statuses = BTreeMap::new();
        for report in reports {
            let row = rows.entry(report.channel).or_default();
            for sent in &report.sent {
                row.sent += 1;
                let (handled,): (i64,) = sqlx::query_as("SELECT count(*) FROM processed_events WHERE channel = ?1 AND event_id = ?2")
                    .bind(report.channel)
                    .bind(&sent.event_id)
                    .fetch_one(store.pool())
                    .await
                    .unwrap();
                let rows_of_it = match sent.marker.as_deref() {
                    Some(m) if m.starts_with("U-") => count(store, "SELECT count(*) FROM handover_messages WHERE sender = 'user' AND text = ?1", m).await,
                    Some(m) if m.starts_with("S:") => count(store, "SELECT count(*) FROM handover_messages WHERE sender = 'helper' AND text = ?1", m).await,
                    Some(m) => count(store, "SELECT count(*) FROM handover_requests WHERE note = ?1", m).await,
                    None => 1,
                };
                if handled == 0 || rows_of_it == 0 {
                    row.lost += 1;
                    problems.push(format!(
                        "{} {}: event {} {:?} sent at {:.1?} lost (processed {handled}, rows {rows_of_it})",
                        report.channel, report.account, sent.event_id, sent.marker, sent.at
                    ));
                } else if rows_of_it > 1 {
                    row.twice += 1;
                    problems.push(format!("{} {}: {:?} handled {rows_of_it} times", report.channel, report.account, sent.marker));
                } else {
                    row.once += 1;
                }
            }
            let got = views.of(report.channel, &report.account);
            row.expected += report.menus_expected;
            row.delivered += report.menus_delivered;
            row.missing += report.menus_expected - report.menus_delivered;
            let mut wanted: BTreeMap<&str, (usize, bool)> = BTreeMap::new();
            for e in &report.expects {
                let entry = wanted.entry(e.needle.as_str()).or_insert((0, e.unique));
                entry.0 += 1;
            }
            for (needle, (times, unique)) in wanted {
                let came: Vec<&Got> = got.iter().filter(|g| g.text.contains(needle)).collect();
                row.expected += times;
                row.delivered += came.len().min(times);
                row.missing += times.saturating_sub(came.len());
                if times > came.len() {
                    problems.push(format!("{} {}: {needle:?} came {} of {times} times", report.channel, report.account, came.len()));
                }
                if unique && came.len() > 1 {
                    marked_twice(&came, row);
                }
            }
            if report.channel == "telegram" {
                duplicates(got, row);
            }
            if !report.account.starts_with("900") {
                let came: Vec<&Got> = got.iter().filter(|g| g.text.starts_with(NEWS)).collect();
                let status = statuses.iter().find(|(c, u, _)| c == report.channel && *u == report.account).map_or("none", |s| s.2.as_str());
                *broadcast_statuses.entry(status.to_string()).or_insert(0) += 1;
                *news.entry(format!("{} got it {}×", report.channel, came.len())).or_insert(0) += 1;
                match (status, came.len()) {
                    ("sent", 1) | ("interrupted", 0 | 1) => {}
                    // Sent again because Telegram's answer to each earlier copy was lost in a
                    // timeout: the Bot API has no idempotency key, so this is the least at
                    // least once allows; it is counted among the duplicates below.
                    ("sent", n) if n > 1 && report.channel == "telegram" && came[..n - 1].iter().all(|g| g.answer_lost) => {}
                    (status, n) => problems.push(format!("{} {}: broadcast {status}, got it {n} times", report.channel, report.account)),
                }
                if came.len() > 1 {
                    marked_twice(&came, row);
                }
            }
        }
        // What users wrote in a handover, at the staff's side.
        let mut staff_row = Row::default();
        for report in reports.iter().filter(|r| !r.account.starts_with("900")) {
            for marker in report.sent.iter().filter_map(|s| s.marker.as_deref()).filter(|m| m.starts_with("U-")) {
                let came: Vec<&Got> = staff.iter().flat_map(|s| views.of("telegram", &s.account)).filter(|g| g.text.ends_with(&format!(": {marker}"))).collect();
                staff_row.expected += 1;
                if came.is_empty() {
                    staff_row.missing += 1;
                    problems.push(format!("{marker} never reached the staff"));
                } else {
                    staff_row.delivered += 1;
                    marked_twice(&came, &mut staff_row);
                }
            }
        }
        let telegram = rows.entry("telegram").or_default();
        telegram.expected += staff_row.expected;
        telegram.delivered += staff_row.delivered;
        telegram.missing += staff_row.missing;
        telegram.duplicates += staff_row.duplicates;
        telegram.after_kill += staff_row.after_kill;
        telegram.after_lost_answer += staff_row.after_lost_answer;

        let integrity: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(store.pool()).await.unwrap();
        let integrity = integrity.into_iter().map(|r| r.0).collect::<Vec<_>>().join("; ");
        let (over_capacity,): (i64,) = sqlx::query_as(
            "SELECT max(over) FROM (
                SELECT (SELECT count(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'confirmed') - c.capacity AS over FROM courses c
                UNION ALL
                SELECT (SELECT count(*) FROM session_bookings b WHERE b.session_id = d.id AND b.status = 'booked') - d.capacity FROM dialogue_sessions d)",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        let (confirmed, waiting, booked): (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM course_signups WHERE course_id = 'deutsch-a1-test' AND status = 'confirmed'),
                    (SELECT count(*) FROM course_signups WHERE course_id = 'deutsch-a1-test' AND status = 'waiting'),
                    (SELECT count(*) FROM session_bookings WHERE session_id = 'dialog-wohnen-test' AND status = 'booked')",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        let seats = format!("A1 course (1 seat): {confirmed} confirmed, {waiting} waiting; housing session (2 places): {booked} booked");
        let gave_up: (i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM event_failures WHERE gave_up_at IS NOT NULL), (SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL)",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        Self { rows, problems, integrity, over_capacity, seats, recipients, news, broadcast_statuses, gave_up }
    }

    pub(crate) fn render(&self, plan: &Plan, kills: &[Kill], faults: &Value, soaked: Duration, total: Duration) -> String {
        let mut out = String::from("\n== soak ==\n");
        out.push_str(&format!(
            "{:<9} {:>8} {:>6} {:>5} {:>6} | {:>9} {:>10} {:>8} {:>11}\n",
            "channel", "inbound", "once", "lost", "twice", "expected", "delivered", "missing", "duplicates"
        ));
        for (channel, r) in &self.rows {
            out.push_str(&format!(
                "{channel:<9} {:>8} {:>6} {:>5} {:>6} | {:>9} {:>10} {:>8} {:>11}\n",
                r.sent, r.once, r.lost, r.twice, r.expected, r.delivered, r.missing, r.duplicates
            ));
        }
        if let Some(t) = self.rows.get("telegram") {
            out.push_str(&format!("telegram duplicates: {} after a kill, {} after an answer lost in a timeout\n", t.after_kill, t.after_lost_answer));
        }
        out.push_str(&format!("broadcast: {} recipients; statuses {:?}; {:?}\n", self.recipients, self.broadcast_statuses, self.news));
        out.push_str(&format!("PRAGMA integrity_check: {}\n", self.integrity));
        out.push_str(&format!("max(confirmed - capacity): {} ({})\n", self.over_capacity, self.seats));
        out.push_str(&format!("events given up: {}, outbox rows given up: {}\n", self.gave_up.0, self.gave_up.1));
        let slowest = kills.iter().map(|k| k.start).max().unwrap_or_default();
        let mean = if kills.is_empty() { Duration::ZERO } else { kills.iter().map(|k| k.start).sum::<Duration>() / kills.len() as u32 };
        out.push_str(&format!("kills: {} (SIGKILL; serving again {mean:.1?} later on average, {slowest:.1?} at most), seed {}\n", kills.len(), plan.seed));
        if kills.len() <= 10 {
            let at: Vec<String> = kills.iter().map(|k| format!("{:.1?}", k.at)).collect();
            out.push_str(&format!("killed at: {}\n", at.join(", ")));
        }
        out.push_str(&format!("Telegram faults injected: {}\n", faults["counts"]));
        out.push_str(&format!("users: {} Telegram + {} Matrix, 3 staff; soak {soaked:.0?}, whole test {total:.0?}\n", plan.telegram_users, plan.matrix_users));
        for p in &self.problems {
            out.push_str(&format!("problem: {p}\n"));
        }
        out
    }

    pub(crate) fn check(&self) {
        for (channel, r) in &self.rows {
            assert_eq!((r.lost, r.twice, r.missing), (0, 0, 0), "{channel}: lost, handled twice, missing: {:?}", self.problems);
            assert_eq!(r.once, r.sent, "{channel}: every inbound message handled exactly once");
        }
        assert_eq!(self.rows.get("matrix").map_or(0, |r| r.duplicates), 0, "no duplicate on Matrix");
        assert_eq!(self.integrity, "ok");
        assert!(self.over_capacity <= 0, "a seat beyond the capacity: {}", self.seats);
        assert_eq!(self.gave_up, (0, 0), "events or messages given up");
        assert!(self.problems.is_empty(), "{:#?}", self.problems);
    }
}
