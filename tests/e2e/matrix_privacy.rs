//! Matrix rooms the bot trusts with what is one person's alone, against a real Synapse: a
//! room is private only while it is invite-only, not world-readable and nobody but the bot
//! and that person was ever in it; otherwise a new encrypted direct room is opened.

use std::time::Duration;

use crate::matrix::{serving, texts, MessageLimits, User};
use crate::support::Serving;

/// What the bot says where it does not help, in German (the language of nobody known yet).
const POINTER: &str = "Bitte schreiben Sie mir direkt.";

/// Queues a private notification for `user` as the store does for news of a freed seat.
async fn notify(db: &std::path::Path, user: &str) {
    let store = wegweiser_store::Store::open(db).await.unwrap();
    sqlx::query("INSERT INTO outbox (channel, user_id, message, args, created_at) VALUES ('matrix', ?1, 'slow-down', '{}', unixepoch())")
        .bind(user)
        .execute(store.pool())
        .await
        .unwrap();
}

const NOTIFICATION: &str = "Sie schreiben sehr schnell.";

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_public_room_with_the_bot_and_one_user_gets_nothing_private() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let mut lina = User::with_public_room(&synapse, "lina").await;
    lina.wait_for_the_bot(&gateway).await;
    lina.send("/start").await;
    let pointer = lina.wait_for(POINTER, &gateway).await;
    assert!(!texts(&pointer).contains("Sprache"), "no menu in a public room: {}", texts(&pointer));
    lina.send("/mydata").await;
    lina.wait_for(POINTER, &gateway).await;

    // Someone joins the public room later; a private notification for Lina goes to a new
    // encrypted room the bot opens with her, not to the room they share.
    let mut eve = User::joins(User::log_in(&synapse, "eve").await, &lina.room()).await;
    let lina_id = lina.client.user_id().unwrap().to_string();
    notify(&dir.path().join("db.sqlite3"), &lina_id).await;
    let mut private = lina.joins_the_next_room(&gateway).await;
    let arrived = private.wait_for(NOTIFICATION, &gateway).await;
    assert!(arrived.iter().all(|s| s.encrypted), "the new room is encrypted: {}", texts(&arrived));
    let seen = eve.messages_within(Duration::from_secs(3)).await;
    let leaked: Vec<&str> = seen.iter().map(|s| s.plain.as_str()).filter(|t| !t.contains(POINTER)).collect();
    assert!(leaked.is_empty(), "the public room saw only pointers: {leaked:?}");
    assert!(!gateway.log().contains(&lina_id), "no log line names her");
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_private_room_a_third_person_was_invited_to_is_private_no_more() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let mut mira = User::at_the_main_menu(&synapse, "mira", false, &gateway).await;

    let eve = User::log_in(&synapse, "eve").await;
    mira.room().invite_user_by_id(eve.0.user_id().unwrap()).await.unwrap();
    let mut eve = User::joins(eve, &mira.room()).await;
    // The bot learns of the invite by its next sync.
    tokio::time::sleep(Duration::from_secs(2)).await;

    let mira_id = mira.client.user_id().unwrap().to_string();
    notify(&dir.path().join("db.sqlite3"), &mira_id).await;
    let mut private = mira.joins_the_next_room(&gateway).await;
    private.wait_for(NOTIFICATION, &gateway).await;
    let seen = eve.messages_within(Duration::from_secs(3)).await;
    assert!(!texts(&seen).contains(NOTIFICATION), "the room Eve is in got nothing: {}", texts(&seen));

    // In the room she shares with Eve, Mira gets no answer unless she names the bot.
    mira.send("/mydata").await;
    let answer = mira.messages_within(Duration::from_secs(3)).await;
    assert!(!texts(&answer).contains("Das speichern wir über Sie"), "{}", texts(&answer));
    private.send("/mydata").await;
    let summary = private.wait_for("Das speichern wir über Sie", &gateway).await;
    assert!(texts(&summary).contains("Sprache: Deutsch"), "the private room answers: {}", texts(&summary));
}

/// The messages of `room` as its member sees them in its history, oldest first: who sent
/// each, whether it was redacted, its text.
async fn history(room: &matrix_sdk::Room) -> Vec<(String, bool, String)> {
    let mut all = Vec::new();
    let mut options = matrix_sdk::room::MessagesOptions::backward();
    loop {
        let page = room.messages(options).await.unwrap();
        for event in &page.chunk {
            let raw = event.raw();
            let kind = raw.get_field::<String>("type").ok().flatten().unwrap_or_default();
            if !["m.room.message", "m.room.encrypted"].contains(&kind.as_str()) {
                continue;
            }
            let content = raw.get_field::<serde_json::Value>("content").ok().flatten().unwrap_or_default();
            let redacted = content.as_object().is_none_or(|c| c.is_empty());
            let sender = raw.get_field::<String>("sender").ok().flatten().unwrap_or_default();
            all.push((sender, redacted, content["body"].as_str().unwrap_or("").to_string()));
        }
        match page.end {
            Some(end) if !page.chunk.is_empty() => options = matrix_sdk::room::MessagesOptions::backward().from(Some(end.as_str())),
            _ => break,
        }
    }
    all.reverse();
    all
}

/// Waits until the bot is no longer a member of `user`'s room.
async fn bot_leaves(user: &mut User, gateway: &Serving) {
    let started = std::time::Instant::now();
    while user.bot_is_in_the_room().await {
        assert!(started.elapsed() < Duration::from_secs(30), "the bot stayed in the room:\n{}", gateway.log());
        user.messages_within(Duration::from_millis(500)).await;
    }
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn clear_redacts_the_private_room_and_delete_also_leaves_and_forgets_it() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let mut mira = User::at_the_main_menu(&synapse, "mira", false, &gateway).await;
    mira.send("Wo finde ich eine Wohnung?").await;
    mira.wait_for("Das habe ich leider nicht verstanden.", &gateway).await;

    mira.send("/clear").await;
    mira.wait_for("Ich habe die Nachrichten in diesem Chat gelöscht.", &gateway).await;
    let seen = history(&mira.room()).await;
    let (last, earlier) = seen.split_last().unwrap();
    assert!(last.2.starts_with("Ich habe die Nachrichten in diesem Chat gelöscht.") && !last.1, "the answer stays: {seen:?}");
    let left: Vec<&str> = earlier.iter().filter(|m| !m.1).map(|m| m.2.as_str()).collect();
    assert!(left.is_empty(), "every earlier message is redacted, hers and the bot's: {left:?}\n{}", gateway.log());
    assert!(earlier.len() >= 6, "{seen:?}");

    let ask = mira.says("/delete").await;
    mira.picks(&ask, "🗑 Ja, alles löschen").await;
    bot_leaves(&mut mira, &gateway).await;
    let seen = history(&mira.room()).await;
    let left: Vec<&str> = seen.iter().filter(|m| !m.1).map(|m| m.2.as_str()).collect();
    assert_eq!(left.len(), 1, "only the answer to /delete is readable: {left:?}");
    assert!(left[0].starts_with("Alles, was wir über Sie gespeichert hatten, ist gelöscht."), "{left:?}");

    // Nor does the bot's state store remember her room.
    gateway.stop();
    let mira_id = mira.client.user_id().unwrap().to_string();
    let store = dir.path().join("db.matrix");
    let bot = matrix_sdk::Client::builder().homeserver_url(&synapse.url).sqlite_store(&store, None).build().await.unwrap();
    let remembered = bot.state_store().get_custom_value(format!("wegweiser.room.{mira_id}").as_bytes()).await.unwrap();
    assert_eq!(remembered, None);
}

#[tokio::test]
#[ignore = "needs Synapse and the Telegram emulator: `bash tests/run-all.sh` installs and runs them"]
async fn a_users_delete_redacts_what_was_relayed_into_the_helpers_handover_room_and_the_bot_leaves_it() {
    let (synapse, emulator, dir) = crate::relay::peers().await;
    let db = dir.path().join("db.sqlite3");
    crate::relay::grant(&db, "Amal", "peer", "ar,de", &format!("matrix:@amal:{}", crate::matrix::SERVER_NAME));
    let gateway = crate::relay::both(&synapse, &emulator, &db, &[]).await;
    let amal = User::log_in(&synapse, "amal").await;
    let mut user = crate::telegram::User::new(&emulator, 9401, "ar");
    crate::relay::asks_for_a_person(&mut user, "سؤال خاص عن الإقامة").await;
    let mut amal = User::invited_by_the_bot(amal, &gateway).await;
    amal.wait_for("/claim 1", &gateway).await;
    amal.send("/claim 1").await;
    let mut room = amal.joins_the_next_room(&gateway).await;
    room.wait_for("#1", &gateway).await;
    user.types_only("رقم ملفي 4711").await;
    room.wait_for("رقم ملفي 4711", &gateway).await;

    let ask = user.types("/delete").await;
    let yes = ask.last().unwrap().buttons[0].0.clone();
    user.presses(&ask, &yes).await;
    bot_leaves(&mut room, &gateway).await;
    let seen = history(&room.room()).await;
    let bot = format!("@{}:{}", crate::matrix::BOT, crate::matrix::SERVER_NAME);
    let readable: Vec<&str> = seen.iter().filter(|m| m.0 == bot && !m.1).map(|m| m.2.as_str()).collect();
    assert!(readable.is_empty(), "what the bot relayed is redacted: {readable:?}\n{}", gateway.log());
    assert!(seen.iter().any(|m| m.0 == bot && m.1), "there were relayed messages: {seen:?}");
}
