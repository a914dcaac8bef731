//! Broadcasts: who a segment takes in (on a real SQLite file), who may broadcast from chat,
//! and, with the Bot API emulator, a gateway killed in the middle of a broadcast that
//! finishes it after a restart without sending anyone a message twice.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wegweiser_core::broadcast::{DeliveryStatus, Segment, Source, BROADCAST_CHANNELS};
use wegweiser_core::{ConversationState, Subscription};
use wegweiser_store::{Draft, Store};

use crate::handover::{text, with_team};
use crate::support::*;

const DAY: i64 = 86_400;

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// A conversation as the bot would have stored it: a language, subscriptions, last written
/// `days_ago`.
async fn subscriber(store: &Store, account: &str, locale: Option<&str>, topics: &[&str], district: Option<&str>, days_ago: i64) {
    let (channel, user) = account.split_once(':').unwrap();
    let state = ConversationState {
        step: "main".into(),
        locale: locale.map(str::to_string),
        subscription: Subscription { topics: topics.iter().map(|t| t.to_string()).collect(), district: district.map(str::to_string), asked: true },
        ..ConversationState::default()
    };
    let at = now() - days_ago * DAY;
    sqlx::query("INSERT INTO conversations (channel, user_id, state, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")
        .bind(channel)
        .bind(user)
        .bind(serde_json::to_string(&state).unwrap())
        .bind(at)
        .execute(store.pool())
        .await
        .unwrap();
}

/// The recipients a broadcast was drafted for, as `channel:user locale`.
async fn recipients(store: &Store, broadcast: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT channel || ':' || user_id || ' ' || locale FROM broadcast_deliveries WHERE broadcast = ?1 ORDER BY 1")
        .bind(broadcast)
        .fetch_all(store.pool())
        .await
        .unwrap()
}

/// The first words of the news message in `locale`, before any markup.
fn news_start(locale: &str) -> String {
    let engine = wegweiser_core::Engine::load(&bundled_sources()).unwrap();
    engine.render_broadcast(locale, &news()).text.chars().take(20).collect()
}

fn news() -> Source {
    Source::Message("news-new-courses".into())
}

#[tokio::test]
async fn a_segment_takes_in_exactly_the_subscribers_its_filters_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    subscriber(&store, "telegram:1", Some("uk"), &["all"], None, 1).await;
    subscriber(&store, "telegram:2", Some("ar"), &["courses"], Some("Mitte"), 10).await;
    subscriber(&store, "matrix:@dari:example.org", Some("fa-AF"), &["courses", "housing"], Some("Vaihingen"), 2).await;
    subscriber(&store, "matrix:@farsi:example.org", Some("fa"), &["events"], None, 60).await;
    subscriber(&store, "telegram:3", None, &["sessions"], Some("Mitte"), 0).await;
    // Not subscribed, blocked the bot, or on a channel nobody can be sent to later.
    subscriber(&store, "telegram:4", Some("uk"), &[], Some("Mitte"), 0).await;
    subscriber(&store, "telegram:5", Some("uk"), &["all"], None, 0).await;
    store.mark_unreachable("telegram", "5").await.unwrap();
    subscriber(&store, "console:6", Some("de"), &["all"], None, 0).await;

    let cases: Vec<(&str, Segment, Vec<&str>)> = vec![
        (
            "everyone subscribed",
            Segment::default(),
            vec!["matrix:@dari:example.org fa-AF", "matrix:@farsi:example.org fa", "telegram:1 uk", "telegram:2 ar", "telegram:3 de"],
        ),
        ("topic courses", Segment { topic: Some("courses".into()), ..Segment::default() }, vec!["matrix:@dari:example.org fa-AF", "telegram:1 uk", "telegram:2 ar"]),
        ("topic sessions", Segment { topic: Some("sessions".into()), ..Segment::default() }, vec!["telegram:1 uk", "telegram:3 de"]),
        ("language fa takes in fa-AF", Segment { languages: vec!["fa".into()], ..Segment::default() }, vec!["matrix:@dari:example.org fa-AF", "matrix:@farsi:example.org fa"]),
        ("language fa-AF alone", Segment { languages: vec!["fa-AF".into()], ..Segment::default() }, vec!["matrix:@dari:example.org fa-AF"]),
        ("district news", Segment { districts: vec!["Mitte".into()], ..Segment::default() }, vec!["telegram:2 ar", "telegram:3 de"]),
        ("channel", Segment { channels: vec!["matrix".into()], ..Segment::default() }, vec!["matrix:@dari:example.org fa-AF", "matrix:@farsi:example.org fa"]),
        ("active within a week", Segment { active_within_days: Some(7), ..Segment::default() }, vec!["matrix:@dari:example.org fa-AF", "telegram:1 uk", "telegram:3 de"]),
        (
            "all filters at once",
            Segment {
                languages: vec!["ar".into(), "uk".into()],
                districts: vec!["Mitte".into()],
                topic: Some("courses".into()),
                channels: vec!["telegram".into()],
                active_within_days: Some(30),
            },
            vec!["telegram:2 ar"],
        ),
        ("\"all\" takes in every topic", Segment { topic: Some("housing".into()), channels: vec!["telegram".into()], ..Segment::default() }, vec!["telegram:1 uk"]),
        ("nobody", Segment { topic: Some("housing".into()), languages: vec!["ar".into()], ..Segment::default() }, vec![]),
    ];
    for (name, segment, expected) in cases {
        let counted = store.count_recipients(&segment, BROADCAST_CHANNELS, "de").await.unwrap();
        let draft = Draft { source: news(), segment, created_by: "test".into(), reply_to: None };
        let (id, report) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, "de").await.unwrap();
        assert_eq!(recipients(&store, id).await, expected, "{name}");
        assert_eq!((report.recipients(), counted.recipients()), (expected.len() as u64, expected.len() as u64), "{name}: the count shown is the count drafted");
        assert_eq!(report.total(DeliveryStatus::Pending), expected.len() as u64, "{name}");
    }
}

#[tokio::test]
async fn only_staff_and_admins_may_broadcast_and_they_see_a_preview_and_the_count_first() {
    let mut chat = with_team().await;
    let store = chat.gateway.store().clone();
    subscriber(&store, "telegram:1", Some("uk"), &["all"], None, 1).await;
    subscriber(&store, "telegram:2", Some("ar"), &["courses"], None, 1).await;
    subscriber(&store, "telegram:3", Some("de"), &["housing"], None, 1).await;
    let format = |chat: &Chat, locale: &str, id: &str| chat.gateway.engine().catalog().format(locale, id, None);
    let broadcasts = || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM broadcasts").fetch_one(store.pool()).await.unwrap() };

    chat.say_as("refugee", "/start").await;
    chat.say("Deutsch").await;
    let refused = chat.say_as("refugee", "/broadcast news-new-courses").await;
    assert!(text(&refused).contains(&format(&chat, "de", "unknown-command")), "{}", text(&refused));
    let refused = chat.say_as("amal", "/broadcast news-new-courses").await;
    assert!(text(&refused).contains(&format(&chat, "de", "team-not-allowed")), "a peer may not: {}", text(&refused));
    let refused = chat.say_as("amal", "/broadcast send 1").await;
    assert!(text(&refused).contains(&format(&chat, "de", "team-not-allowed")), "{}", text(&refused));
    assert_eq!(broadcasts().await, 0, "nothing was drafted for them");

    let wrong = chat.say_as("weber", "/broadcast help").await;
    assert!(text(&wrong).contains("news-new-courses"), "only news messages, and which there are: {}", text(&wrong));
    let wrong = chat.say_as("weber", "/broadcast news-new-courses district=Berlin").await;
    assert!(text(&wrong).contains("Berlin"), "{}", text(&wrong));
    assert_eq!(broadcasts().await, 0);

    let preview = chat.say_as("weber", "/broadcast news-new-courses topic=courses lang=uk,ar").await;
    let preview = text(&preview);
    for locale in ["uk", "ar"] {
        assert!(preview.contains(&format(&chat, locale, "news-new-courses").chars().take(20).collect::<String>()), "{locale} preview: {preview}");
    }
    assert!(!preview.contains(&format(&chat, "de", "news-new-courses").chars().take(20).collect::<String>()), "only the chosen languages: {preview}");
    let drafted = chat.outbox("weber").await;
    assert_eq!(drafted.len(), 1);
    assert!(drafted[0].text.contains('2'), "two recipients: {}", drafted[0].text);
    assert!(drafted[0].text.contains("uk") && drafted[0].text.contains("telegram"), "per language and channel: {}", drafted[0].text);
    let send = drafted[0].buttons.iter().find(|b| b.press == wegweiser_core::Press::Command("/broadcast send 1".into()));
    assert!(send.is_some(), "{:?}", drafted[0].buttons);
    let pending = sqlx::query_scalar::<_, String>("SELECT status FROM broadcasts WHERE id = 1").fetch_one(store.pool()).await.unwrap();
    assert_eq!(pending, "draft", "nothing goes out before it is confirmed");

    chat.say_as("weber", "/broadcast send 1").await;
    let confirmed = chat.outbox("weber").await;
    assert!(text(&confirmed).contains(&format(&chat, "de", "broadcast-confirmed").replace("{ $broadcast }", "1").chars().take(10).collect::<String>()), "{}", text(&confirmed));
    assert_eq!(store.broadcast(1).await.unwrap().status, wegweiser_store::BroadcastStatus::Sending);
    chat.say_as("admin", "/broadcast cancel 1").await;
    let cancelled = chat.outbox("admin").await;
    assert!(text(&cancelled).contains('2'), "two held back: {}", text(&cancelled));
    assert_eq!(store.broadcast(1).await.unwrap().report.total(DeliveryStatus::Cancelled), 2);
}

/// Everything the bot sent to `chats` through the emulator: chat id → message texts.
async fn sent_to(emulator: &crate::telegram::Emulator, since: i64) -> BTreeMap<i64, Vec<String>> {
    let calls: Value = reqwest::Client::new()
        .post(format!("{}/_control/calls", emulator.url))
        .json(&json!({ "method": ["sendMessage"], "since": since, "ok": true }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut sent: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for call in calls["result"].as_array().unwrap() {
        sent.entry(call["chat_id"].as_i64().unwrap()).or_default().push(call["params"]["text"].as_str().unwrap_or_default().to_string());
    }
    sent
}

async fn statuses(store: &Store, broadcast: i64) -> BTreeMap<String, String> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT user_id, status FROM broadcast_deliveries WHERE broadcast = ?1")
        .bind(broadcast)
        .fetch_all(store.pool())
        .await
        .unwrap();
    rows.into_iter().collect()
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: bash tests/run-all.sh"]
async fn a_gateway_killed_in_the_middle_of_a_broadcast_sends_the_rest_once_after_a_restart() {
    let emulator = crate::telegram::Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let config = std::fs::read_to_string(repository().join("bots/wegweiser/config/stuttgart.toml"))
        .unwrap()
        .replace("username = \"WegweiserStuttgartBot\"", "username = \"WegweiserStuttgartBot\"\nmessages_per_second = 20");
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config).unwrap();
    const RECIPIENTS: i64 = 150;
    let blocked = 7007;
    {
        let store = Store::open(&db).await.unwrap();
        for n in 0..RECIPIENTS {
            let locale = ["uk", "ar", "de"][n as usize % 3];
            subscriber(&store, &format!("telegram:{}", 7000 + n), Some(locale), &["all"], None, 1).await;
        }
    }
    // One recipient blocked the bot.
    let fail = json!({ "method": "sendMessage", "status": 403, "chat_id": blocked, "times": "always", "description": "Forbidden: bot was blocked by the user" });
    let answer: Value = reqwest::Client::new().post(format!("{}/_control/fail", emulator.url)).json(&fail).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["ok"], json!(true), "{answer}");

    let sent = wegweiser().args(["broadcast", "send", "--message", "news-new-courses", "--yes", "--detach", "--db"]).arg(&db).output().unwrap();
    assert!(sent.status.success(), "{}", String::from_utf8_lossy(&sent.stderr));
    assert!(String::from_utf8_lossy(&sent.stdout).contains("150 recipients"), "{}", String::from_utf8_lossy(&sent.stdout));

    let args = ["--config", config_path.to_str().unwrap()];
    let mut gateway = crate::telegram::telegram_gateway(&emulator, &db, &args);
    gateway.wait_until_serving();
    let started = Instant::now();
    while sent_to(&emulator, 0).await.len() < 40 {
        assert!(started.elapsed() < Duration::from_secs(30), "the broadcast did not start:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // SIGKILL, as a crash: nothing is cleaned up.
    gateway.stop();
    let before = sent_to(&emulator, 0).await.len();
    assert!((before as i64) < RECIPIENTS, "killed in the middle, not at the end ({before} sent)");

    let mut gateway = crate::telegram::telegram_gateway(&emulator, &db, &args);
    gateway.wait_until_serving();
    let store = Store::open(&db).await.unwrap();
    let started = Instant::now();
    while !store.broadcast(1).await.unwrap().report.finished() {
        assert!(started.elapsed() < Duration::from_secs(60), "the broadcast did not finish:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let sent = sent_to(&emulator, 0).await;
    let rows = statuses(&store, 1).await;
    assert!(sent.values().all(|texts| texts.len() == 1), "nobody got it twice: {:?}", sent.iter().filter(|(_, t)| t.len() > 1).collect::<Vec<_>>());
    let interrupted: Vec<&String> = rows.iter().filter(|(_, s)| *s == "interrupted").map(|(u, _)| u).collect();
    for n in 0..RECIPIENTS {
        let chat = 7000 + n;
        let status = rows[&chat.to_string()].as_str();
        match status {
            "sent" => assert_eq!(sent.get(&chat).map(Vec::len), Some(1), "{chat} is recorded as sent"),
            "blocked" => assert_eq!(chat, blocked),
            "interrupted" => {}
            other => panic!("{chat} ended {other}"),
        }
        if status != "interrupted" && chat != blocked {
            let locale = ["uk", "ar", "de"][n as usize % 3];
            assert!(sent[&chat][0].starts_with(&news_start(locale)), "{chat} got it in {locale}: {}", sent[&chat][0]);
        }
    }
    // Only messages in flight at the kill are undecided; everything else went out once.
    assert!(interrupted.len() <= 5, "at most the messages in flight: {interrupted:?}");
    assert_eq!(rows.values().filter(|s| *s == "sent").count() as i64, RECIPIENTS - 1 - interrupted.len() as i64);
    assert!(gateway.log().contains("interrupted") || interrupted.is_empty(), "{}", gateway.log());

    // The recipient who blocked the bot is skipped next time.
    let again = wegweiser().args(["broadcast", "preview", "--message", "news-new-courses", "--db"]).arg(&db).output().unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("149 recipients"), "{}", String::from_utf8_lossy(&again.stdout));
    let report = wegweiser().args(["broadcast", "status", "1", "--db"]).arg(&db).output().unwrap();
    let report = String::from_utf8_lossy(&report.stdout);
    assert!(report.lines().any(|l| l.starts_with("all ") && l.split_whitespace().nth(3) == Some("1")), "one blocked in the report:\n{report}");

    // Staff on Telegram ask for the same report; a user who is not staff cannot.
    crate::relay::grant(&db, "Frau Weber", "staff", "de", "telegram:9003");
    let mut staff = crate::telegram::User::new(&emulator, 9003, "de");
    staff.types("/start").await;
    staff.skip().await;
    staff.types_only("/broadcast report 1").await;
    let calls = staff.calls(&["sendMessage"], 1, 15).await;
    let shown: Vec<String> = calls.iter().map(|c| crate::telegram::shown(c).text).collect();
    assert!(shown.iter().any(|t| t.contains("Rundnachricht 1") && t.lines().any(|l| l.starts_with("all ") && l.split_whitespace().nth(3) == Some("1"))), "{shown:?}");
    let mut refugee = crate::telegram::User::new(&emulator, 7001, "uk");
    let refused = refugee.types("/broadcast news-new-courses").await;
    assert!(!crate::telegram::texts(&refused).contains("Rundnachricht"), "{}", crate::telegram::texts(&refused));
    assert_eq!(store.broadcast_ids().await.unwrap(), [1], "nothing new was drafted");

    // Staff on Telegram send a file of texts as a document with /broadcast as its caption.
    let mut file = staff.sender();
    file["caption"] = json!("/broadcast lang=uk");
    let texts = "de = \"Neue Sprechstunde.\"\nuk = \"Нова консультація.\"\n";
    file["attach"] = json!({ "kind": "document", "data_hex": crate::relay::hex(texts.as_bytes()), "mime_type": "application/toml", "file_name": "news.toml" });
    staff.post("/sendMessage", file).await;
    let calls = staff.calls(&["sendMessage"], 3, 15).await;
    let shown: Vec<String> = calls.iter().map(|c| crate::telegram::shown(c).text).collect();
    assert!(shown.iter().any(|t| t.contains("Нова консультація.")), "the preview: {shown:?}");
    assert!(shown.iter().any(|t| t.contains("Rundnachricht 2 geht an 50 Empfänger")), "the Ukrainian subscribers: {shown:?}");
    assert_eq!(store.broadcast_ids().await.unwrap(), [2, 1]);
}

#[tokio::test]
async fn the_staff_member_who_sent_a_broadcast_gets_its_progress_and_the_report_per_language_and_channel() {
    let mut chat = with_team().await;
    let store = chat.gateway.store().clone();
    subscriber(&store, "telegram:1", Some("uk"), &["all"], None, 1).await;
    subscriber(&store, "telegram:2", Some("ar"), &["all"], None, 1).await;
    subscriber(&store, "matrix:@c:example.org", Some("uk"), &["all"], None, 1).await;
    chat.say_as("weber", "/broadcast news-new-dialogue").await;
    chat.outbox("weber").await;
    chat.say_as("weber", "/broadcast send 1").await;
    chat.outbox("weber").await;

    // The first message went out; a minute later the scheduler reports progress.
    assert!(store.claim_delivery(1, "telegram", "1").await.unwrap());
    store.record_delivery(1, "telegram", "1", DeliveryStatus::Sent, None).await.unwrap();
    assert!(store.report_broadcasts().await.unwrap().is_empty());
    assert!(chat.outbox("weber").await.is_empty(), "no progress report before a minute passed");
    sqlx::query("UPDATE broadcasts SET reported_at = reported_at - 61").execute(store.pool()).await.unwrap();
    store.report_broadcasts().await.unwrap();
    let progress = text(&chat.outbox("weber").await);
    assert!(progress.contains("1 von 3"), "{progress}");

    // A cancelled row cannot be claimed any more; the others end as sent and blocked.
    assert!(store.claim_delivery(1, "telegram", "2").await.unwrap());
    assert!(!store.claim_delivery(1, "telegram", "2").await.unwrap(), "a row is claimed once");
    store.record_delivery(1, "telegram", "2", DeliveryStatus::Blocked, None).await.unwrap();
    assert!(store.claim_delivery(1, "matrix", "@c:example.org").await.unwrap());
    store.record_delivery(1, "matrix", "@c:example.org", DeliveryStatus::Sent, None).await.unwrap();
    assert_eq!(store.report_broadcasts().await.unwrap(), [1]);
    let report = text(&chat.outbox("weber").await);
    let rows: Vec<Vec<&str>> = report.lines().map(|l| l.split_whitespace().collect()).collect();
    assert!(rows.contains(&vec!["ar", "telegram", "0", "0", "1", "0", "0"]), "{report}");
    assert!(rows.contains(&vec!["uk", "matrix", "1", "0", "0", "0", "0"]), "{report}");
    assert!(rows.contains(&vec!["uk", "telegram", "1", "0", "0", "0", "0"]), "{report}");
    assert!(rows.contains(&vec!["all", "2", "0", "1", "0", "0"]), "{report}");
    assert_eq!(store.broadcast(1).await.unwrap().status, wegweiser_store::BroadcastStatus::Done);
    assert!(store.report_broadcasts().await.unwrap().is_empty(), "reported once");
    assert!(chat.outbox("weber").await.is_empty());
}

#[tokio::test]
async fn a_draft_nobody_sent_is_deleted_with_its_recipients_after_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    subscriber(&store, "telegram:1", Some("uk"), &["all"], None, 1).await;
    let draft = Draft { source: news(), segment: Segment::default(), created_by: "test".into(), reply_to: None };
    let (old, _) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, "de").await.unwrap();
    let (fresh, _) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, "de").await.unwrap();
    sqlx::query("UPDATE broadcasts SET created_at = created_at - 86401 WHERE id = ?1").bind(old).execute(store.pool()).await.unwrap();
    store.report_broadcasts().await.unwrap();
    assert!(store.broadcast(old).await.is_err(), "the day-old draft is gone");
    assert!(recipients(&store, old).await.is_empty(), "and its recipients with it");
    assert_eq!(recipients(&store, fresh).await, ["telegram:1 uk"]);
}

#[tokio::test]
async fn a_day_after_a_broadcast_finished_only_its_counts_are_kept_not_who_got_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    subscriber(&store, "telegram:1", Some("uk"), &["all"], None, 1).await;
    subscriber(&store, "telegram:2", Some("ar"), &["all"], None, 1).await;
    let draft = Draft { source: news(), segment: Segment::default(), created_by: "test".into(), reply_to: None };
    let (id, _) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, "de").await.unwrap();
    store.confirm_broadcast(id).await.unwrap();
    for (user, status) in [("1", DeliveryStatus::Sent), ("2", DeliveryStatus::Blocked)] {
        assert!(store.claim_delivery(id, "telegram", user).await.unwrap());
        store.record_delivery(id, "telegram", user, status, None).await.unwrap();
    }
    assert_eq!(store.report_broadcasts().await.unwrap(), [id]);
    let report = store.broadcast(id).await.unwrap().report;
    store.report_broadcasts().await.unwrap();
    assert_eq!(recipients(&store, id).await.len(), 2, "kept for a day after it finished");

    sqlx::query("UPDATE broadcasts SET finished_at = finished_at - 86401 WHERE id = ?1").bind(id).execute(store.pool()).await.unwrap();
    store.report_broadcasts().await.unwrap();
    assert!(recipients(&store, id).await.is_empty(), "who got it is forgotten");
    let kept = store.broadcast(id).await.unwrap();
    assert_eq!(kept.report, report, "the counts are the same");
    assert_eq!((kept.report.total(DeliveryStatus::Sent), kept.report.total(DeliveryStatus::Blocked)), (1, 1));
    store.report_broadcasts().await.unwrap();
    assert_eq!(store.broadcast(id).await.unwrap().report, report, "and stay so");
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn staff_broadcast_from_the_matrix_staff_room_and_subscribers_on_matrix_get_it_once_in_their_language() {
    use crate::matrix::{serving, texts, MessageLimits, User};
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let db = dir.path().join("db.sqlite3");

    // Oksana (in an encrypted room) says yes to news when the bot offers them; Jonas says no.
    let mut oksana = User::joined(&synapse, "oksana", true, &gateway).await;
    let menu = oksana.says("/start").await;
    let note = oksana.picks(&menu, "Українська").await;
    let main = oksana.accepts_privacy_note(note).await;
    let subscribed = oksana.picks(&main, "Так, будь ласка").await;
    assert!(texts(&subscribed).contains("ви отримуватимете наші новини"), "{}\n{}", texts(&subscribed), gateway.log());
    let mut jonas = User::joined(&synapse, "jonas", false, &gateway).await;
    let menu = jonas.says("/start").await;
    let note = jonas.picks(&menu, "Deutsch").await;
    let main = jonas.accepts_privacy_note(note).await;
    jonas.picks(&main, "Nein, danke").await;

    // Frau Weber and the team's room are granted the staff role; in the room a broadcast is
    // previewed, counted, sent, and its report comes back there.
    let mut staff_room = User::with_group_room(&synapse, "weber", &["klaus"]).await;
    staff_room.wait_for_the_bot(&gateway).await;
    crate::relay::grant(&db, "Frau Weber", "staff", "de", &format!("matrix:@weber:{}", crate::matrix::SERVER_NAME));
    crate::relay::grant(&db, "Team room", "staff", "de", &format!("matrix:{}", staff_room.room().room_id()));
    staff_room.send("/broadcast news-new-courses").await;
    let drafted = staff_room.wait_for("Rundnachricht 1 geht an 1 Empfänger", &gateway).await;
    assert!(texts(&drafted).contains(&news_start("uk")), "the preview shows the Ukrainian text: {}", texts(&drafted));
    assert!(texts(&drafted).lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["uk", "matrix", "0", "0", "0", "1", "0"]), "{}", texts(&drafted));
    assert!(oksana.messages_within(Duration::from_secs(2)).await.is_empty(), "nothing goes out before it is confirmed");
    staff_room.send("/broadcast send 1").await;
    staff_room.wait_for("Rundnachricht 1 wird gesendet", &gateway).await;

    let news = oksana.wait_for(&news_start("uk"), &gateway).await;
    assert!(news.iter().filter(|s| s.plain.starts_with(&news_start("uk"))).all(|s| s.encrypted), "sent encrypted in her encrypted room");
    let report = staff_room.wait_for("Rundnachricht 1 ist fertig", &gateway).await;
    let rows: Vec<Vec<&str>> = report.iter().flat_map(|s| s.plain.lines()).map(|l| l.split_whitespace().collect()).collect();
    assert!(rows.contains(&vec!["uk", "matrix", "1", "0", "0", "0", "0"]), "{}", texts(&report));
    let more = oksana.messages_within(Duration::from_secs(3)).await;
    assert!(!more.iter().any(|s| s.plain.starts_with(&news_start("uk"))), "once only: {}", texts(&more));
    let unsubscribed = jonas.messages_within(Duration::from_secs(1)).await;
    assert!(unsubscribed.is_empty(), "Jonas said no: {}", texts(&unsubscribed));

    // A file of texts with /broadcast as its caption: a wrong line is named, a right file
    // goes out with each recipient's text.
    staff_room.sends_file("news.toml", "application/toml", "de = \"Neu.\"\nxx = \"?\"\n".as_bytes(), "/broadcast").await;
    let wrong = staff_room.wait_for("news.toml:2:", &gateway).await;
    assert!(texts(&wrong).contains("'xx' is not a served locale"), "{}", texts(&wrong));
    let file = "de = \"Neue Sprechstunde im Welcome Center.\"\nuk = \"Нова консультація у Welcome Center.\"\n";
    staff_room.sends_file("news.toml", "application/toml", file.as_bytes(), "/broadcast lang=uk").await;
    let drafted = staff_room.wait_for("Rundnachricht 2 geht an 1 Empfänger", &gateway).await;
    assert!(texts(&drafted).contains("Нова консультація у Welcome Center."), "{}", texts(&drafted));
    staff_room.send("/broadcast send 2").await;
    oksana.wait_for("Нова консультація у Welcome Center.", &gateway).await;
    staff_room.wait_for("Rundnachricht 2 ist fertig", &gateway).await;

    // Oksana is no staff member: her /broadcast drafts nothing.
    let refused = oksana.says("/broadcast news-new-courses").await;
    assert!(!texts(&refused).contains("Rundnachricht"), "{}", texts(&refused));
    let store = Store::open(&db).await.unwrap();
    assert_eq!(store.broadcast_ids().await.unwrap(), [2, 1]);
    let jonas_got = jonas.messages_within(Duration::from_secs(1)).await;
    assert!(jonas_got.is_empty(), "{}", texts(&jonas_got));
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_broadcast_on_matrix_goes_as_fast_as_the_homeserver_allows_and_reaches_everyone_once() {
    use crate::matrix::{matrix_gateway_with, texts, MessageLimits, Synapse, User, BOT, BOT_PASSWORD, SERVER_NAME};
    // The homeserver lets the bot send two messages at once, then one every two seconds.
    let synapse = Synapse::start(MessageLimits::Tight).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let people = [("lesya", "uk"), ("omar", "ar"), ("hamid", "fa"), ("selin", "tr"), ("marie", "de")];
    let mut logged_in = Vec::new();
    {
        let store = Store::open(&db).await.unwrap();
        for (name, locale) in people {
            logged_in.push(User::log_in(&synapse, name).await);
            subscriber(&store, &format!("matrix:@{name}:{SERVER_NAME}"), Some(locale), &["all"], None, 1).await;
        }
    }
    let sent = wegweiser().args(["broadcast", "send", "--message", "news-new-courses", "--yes", "--detach", "--db"]).arg(&db).output().unwrap();
    assert!(sent.status.success(), "{}", String::from_utf8_lossy(&sent.stderr));
    let gateway = matrix_gateway_with(&synapse, &db, &[("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD)]);

    // None of them wrote to the bot: it opens a direct room with each and the news is there.
    for ((_, locale), login) in people.into_iter().zip(logged_in) {
        let mut user = User::invited_by_the_bot(login, &gateway).await;
        let news = user.wait_for(&news_start(locale), &gateway).await;
        let more = user.messages_within(Duration::from_secs(1)).await;
        let copies = news.iter().chain(&more).filter(|s| s.plain.contains(&news_start(locale))).count();
        assert_eq!(copies, 1, "{locale}: {}", texts(&news));
    }
    let store = Store::open(&db).await.unwrap();
    let started = Instant::now();
    while !store.broadcast(1).await.unwrap().report.finished() {
        assert!(started.elapsed() < Duration::from_secs(30), "the broadcast did not finish:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(store.broadcast(1).await.unwrap().report.total(DeliveryStatus::Sent), 5);
    assert!(gateway.log().contains("the network asks to wait"), "Synapse never asked to wait:\n{}", gateway.log());
}
