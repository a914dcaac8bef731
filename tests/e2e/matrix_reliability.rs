//! The Matrix channel when things go wrong, against a real Synapse: a gateway that was down
//! while more messages arrived than one sync carries, a crash between sending a message and
//! marking it sent, a message whose room key arrives only after a restart, and a slow file
//! download while other rooms talk and the gateway is asked to stop.
//!
//! Like the other Matrix tests these need Synapse in tests/matrix/.venv (`bash
//! tests/matrix/install.sh`); `bash tests/run-all.sh` installs it and runs them with
//! `--include-ignored`. Run without it they fail with a message saying so.

use std::path::Path;
use std::time::{Duration, Instant};

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::encryption::LocalTrust;
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedUserId, UserId};
use matrix_sdk::Client;

use crate::matrix::{matrix_gateway_at, matrix_gateway_with, serving, texts, MessageLimits, Synapse, User, BOT, BOT_PASSWORD, SERVER_NAME};
use crate::media::files_kept;
use crate::slow_media::SlowMedia;
use crate::support::*;

fn gateway_on(synapse: &Synapse, db: &Path) -> Serving {
    matrix_gateway_with(synapse, db, &[("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD)])
}

fn bot() -> OwnedUserId {
    UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap()
}

/// The bot's stored session: its user, its device and its access token.
fn bot_session(db: &Path) -> MatrixSession {
    serde_json::from_str(&std::fs::read_to_string(db.with_extension("matrix").join("session.json")).unwrap()).unwrap()
}

async fn wait_for_log(gateway: &Serving, line: &str) {
    let started = Instant::now();
    while !gateway.log().contains(line) {
        assert!(started.elapsed() < Duration::from_secs(30), "the gateway never logged {line:?}:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_message_cut_off_by_a_limited_sync_while_the_gateway_was_down_is_fetched_and_answered_once() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let db = dir.path().join("db.sqlite3");
    let mut user = User::joined(&synapse, "lina", false, &gateway).await;
    let menu = user.says("/start").await;
    assert!(texts(&menu).contains("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());

    gateway.stop();
    // Synapse finishes the stopped gateway's waiting sync with the first event to arrive
    // and hands that response to the next request from the same position: a notice goes
    // first. Then the language choice, and after it more events than one sync carries
    // (notices, which the bot does not answer): the bot's next sync starts after the choice.
    user.room().send(RoomMessageEventContent::notice_plain("Notiz")).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    user.send("Deutsch").await;
    for n in 0..120 {
        user.room().send(RoomMessageEventContent::notice_plain(format!("Notiz {n}"))).await.unwrap();
    }
    user.messages_within(Duration::from_millis(500)).await;
    let gateway = gateway_on(&synapse, &db);
    let answer = user.wait_for("Gut. Ich schreibe Ihnen ab jetzt auf Deutsch.", &gateway).await;
    assert!(gateway.log().contains("fetched the messages a sync cut off"), "{}\n{}", gateway.log(), texts(&answer));
    let again = user.messages_within(Duration::from_secs(3)).await;
    let all = [answer, again].concat();
    let answered = all.iter().filter(|s| s.plain.contains("Gut. Ich schreibe Ihnen ab jetzt auf Deutsch.")).count();
    assert_eq!(answered, 1, "answered once:\n{}", texts(&all));
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn an_outbox_row_sent_again_after_a_crash_before_its_mark_is_shown_once() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let mut user = User::joined(&synapse, "anna", false, &gateway).await;
    let menu = user.says("/start").await;
    user.picks(&menu, "Deutsch").await;
    let store = wegweiser_store::Store::open(&dir.path().join("db.sqlite3")).await.unwrap();
    let user_id = user.client.user_id().unwrap().to_string();
    let id: i64 = sqlx::query_scalar("INSERT INTO outbox (channel, user_id, message, args, created_at) VALUES ('matrix', ?1, 'slow-down', '{}', unixepoch()) RETURNING id")
        .bind(&user_id)
        .fetch_one(store.pool())
        .await
        .unwrap();
    let note = "Sie schreiben sehr schnell.";
    let first = user.wait_for(note, &gateway).await;
    let sent_at = || async { sqlx::query_scalar::<_, Option<i64>>("SELECT sent_at FROM outbox WHERE id = ?1").bind(id).fetch_one(store.pool()).await.unwrap() };
    let started = Instant::now();
    while sent_at().await.is_none() {
        assert!(started.elapsed() < Duration::from_secs(20), "never marked sent:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // As a crash between the send and its mark leaves it: sent, but not marked.
    sqlx::query("UPDATE outbox SET sent_at = NULL WHERE id = ?1").bind(id).execute(store.pool()).await.unwrap();
    let resent = Instant::now();
    while sent_at().await.is_none() {
        assert!(resent.elapsed() < Duration::from_secs(20), "not sent again:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let later = user.messages_within(Duration::from_secs(3)).await;
    let shown = [first, later].concat().iter().filter(|s| s.plain.contains(note)).count();
    assert_eq!(shown, 1, "the homeserver recognised the resend by its transaction id:\n{}", gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_message_whose_key_arrives_while_the_gateway_is_down_is_answered_after_the_restart() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let db = dir.path().join("db.sqlite3");
    let mut user = User::joined(&synapse, "noor", true, &gateway).await;
    // Noor's phone does not share its room key with the bot's device.
    let device_id = bot_session(&db).meta.device_id;
    let started = Instant::now();
    let device = loop {
        if let Some(device) = user.client.encryption().get_device(&bot(), &device_id).await.unwrap() {
            break device;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the bot's device never showed up");
        user.messages_within(Duration::from_millis(500)).await;
    };
    device.set_local_trust(LocalTrust::BlackListed).await.unwrap();
    user.send("/start").await;
    wait_for_log(&gateway, "a message cannot be decrypted yet; waiting for its key").await;
    let unanswered = user.messages_within(Duration::from_secs(2)).await;
    assert!(unanswered.is_empty(), "answered without its key: {}", texts(&unanswered));
    gateway.stop();

    // The key reaches the bot's device while the gateway is down, as a late key would.
    let keys = dir.path().join("room-keys.txt");
    let room_id = user.room().room_id().to_owned();
    user.client.encryption().export_room_keys(keys.clone(), "export", |session| session.room_id() == room_id).await.unwrap();
    {
        let bot = Client::builder().homeserver_url(synapse.url()).sqlite_store(db.with_extension("matrix"), None).build().await.unwrap();
        bot.restore_session(bot_session(&db)).await.unwrap();
        let imported = bot.encryption().import_room_keys(keys, "export").await.unwrap();
        assert!(imported.imported_count >= 1, "{imported:?}");
    }
    let gateway = gateway_on(&synapse, &db);
    let menu = user.wait_for("Bitte wählen Sie Ihre Sprache.", &gateway).await;
    assert!(gateway.log().contains("messages waiting for their keys since before the restart are tried again"), "{}", gateway.log());
    assert!(gateway.log().contains("the key of a waiting message arrived"), "{}", gateway.log());
    let again = user.messages_within(Duration::from_secs(3)).await;
    let all = [menu, again].concat();
    assert_eq!(all.iter().filter(|s| s.plain.contains("Bitte wählen Sie Ihre Sprache.")).count(), 1, "{}", texts(&all));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_slow_download_holds_up_only_its_room_and_a_stop_waits_for_it() {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let hold = Duration::from_secs(10);
    let proxy = SlowMedia::start(&synapse.url, hold).await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let through_proxy = || matrix_gateway_at(&proxy.url, &db, &[], &[("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD)]);
    let gateway = through_proxy();
    let mut ida = User::joined(&synapse, "ida", true, &gateway).await;
    let mut otto = User::joined(&synapse, "otto", false, &gateway).await;
    let menu = ida.says("/start").await;
    ida.picks(&menu, "Deutsch").await;
    ida.says("/human").await;
    let confirm = ida.says("Ich schicke Ihnen gleich meinen Bescheid").await;
    ida.picks(&confirm, "✅ Ja, weitergeben").await;
    ida.sends_file("bescheid.pdf", "application/pdf", b"%PDF-1.4 Bescheid", "").await;
    let sent = Instant::now();
    while proxy.downloads() == 0 {
        assert!(sent.elapsed() < Duration::from_secs(30), "the file was never fetched:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let fetching = Instant::now();

    // While that file is on its way, another room is answered at once.
    let menu = otto.says("/start").await;
    let waited = fetching.elapsed();
    assert!(texts(&menu).contains("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());
    assert!(waited < Duration::from_secs(5), "another room waited {waited:?} for a download it has nothing to do with");
    assert_eq!(files_kept(&db).await, 0, "the slow file is still on its way");

    // A stop while the file is on its way: the file is fetched and kept first.
    assert!(fetching.elapsed() < hold - Duration::from_secs(2), "the stop must come while the file is on its way");
    let (status, log) = gateway.terminate();
    assert!(status.success(), "a stop asked for is no failure ({status}):\n{log}");
    assert!(log.contains("no new messages are taken; finishing those in hand"), "{log}");
    assert!(fetching.elapsed() >= hold, "the gateway exited before the file it was fetching arrived:\n{log}");
    assert_eq!(files_kept(&db).await, 1, "the file in hand was kept before the exit:\n{log}");

    // After the restart the file is neither fetched nor kept again.
    let gateway = through_proxy();
    let again = ida.messages_within(Duration::from_secs(3)).await;
    assert_eq!(proxy.downloads(), 1, "fetched again after the restart:\n{}", gateway.log());
    assert_eq!(files_kept(&db).await, 1, "kept twice:\n{}\n{}", texts(&again), gateway.log());
}
