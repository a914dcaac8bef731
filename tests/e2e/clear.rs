//! `/clear` and `/delete` on Telegram: the real `wegweiser serve` against the Bot API
//! emulator, whose chat transcript shows which messages the bot deleted on the user's phone.

use std::time::Duration;

use serde_json::{json, Value};

use crate::telegram::{serving, sign_up_for_the_a1_course, texts, User};

/// The messages of the chat as the emulator keeps them, the user's and the bot's, in order.
async fn chat(user: &User, chat: i64) -> Vec<Value> {
    let items = user.post("/_control/chat", json!({ "chat_id": chat })).await["result"].as_array().cloned().unwrap_or_default();
    items.into_iter().filter(|item| item.get("message").is_some()).collect()
}

fn text(item: &Value) -> &str {
    item["message"]["text"].as_str().unwrap_or("")
}

fn is_deleted(item: &Value) -> bool {
    item["deleted"] == json!(true)
}

/// Waits up to 15 s for the bot's message starting with `start` in `chat`.
async fn wait_for(user: &User, chat_id: i64, start: &str) -> Vec<Value> {
    for _ in 0..150 {
        let messages = chat(user, chat_id).await;
        if messages.iter().any(|m| text(m).starts_with(start)) {
            return messages;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no message {start:?} in {:#?}", chat(user, chat_id).await);
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn clear_deletes_the_whole_chat_on_the_phone_and_keeps_the_sign_up() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4901, "de");
    let signed_up = sign_up_for_the_a1_course(&mut user).await;
    assert!(texts(&signed_up).contains("Sie sind angemeldet"), "{}\n{}", texts(&signed_up), gateway.log());
    user.types_only("Wo ist der Kurs genau?").await;
    user.calls(&["sendMessage"], 1, 10).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    user.types_only("/mydata").await;
    let before = wait_for(&user, 4901, "Das speichern wir über Sie").await;
    assert!(before.len() >= 4 && before.iter().all(|m| !is_deleted(m)), "{before:#?}");
    let summary = before.iter().map(text).find(|t| t.starts_with("Das speichern wir über Sie")).unwrap();
    let kept: usize = summary.split("Nummern der Chat-Nachrichten (für /clear): ").nth(1).and_then(|n| n.lines().next()?.parse().ok()).expect(summary);
    assert!(kept >= 4, "/mydata counts the chat's message numbers: {summary}");

    user.types_only("/clear").await;
    let after = wait_for(&user, 4901, "Ich habe die Nachrichten in diesem Chat gelöscht.").await;
    let (last, earlier) = after.split_last().unwrap();
    assert!(text(last).starts_with("Ich habe die Nachrichten in diesem Chat gelöscht."), "{after:#?}");
    assert!(!is_deleted(last), "what happened stays readable");
    let left: Vec<&str> = earlier.iter().filter(|m| !is_deleted(m)).map(text).collect();
    assert!(left.is_empty(), "the user's and the bot's messages are gone, /clear itself too: {left:?}\n{}", gateway.log());
    assert!(earlier.iter().any(|m| text(m) == "Wo ist der Kurs genau?"), "the user's own words were in the chat");

    let my = user.types("/my").await;
    assert!(texts(&my).contains("Deutsch A1 (Test)"), "the sign-up stays: {}", texts(&my));
    gateway.stop();
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn delete_also_deletes_the_chat_on_the_phone() {
    let (emulator, _dir, gateway) = serving().await;
    let mut user = User::new(&emulator, 4902, "de");
    sign_up_for_the_a1_course(&mut user).await;
    let ask = user.types("/delete").await;
    user.presses(&ask, "🗑 Ja, alles löschen").await;
    let after = wait_for(&user, 4902, "Alles, was wir über Sie gespeichert hatten, ist gelöscht.").await;
    let left: Vec<&str> = after.iter().filter(|m| !is_deleted(m)).map(text).collect();
    assert_eq!(left.len(), 1, "only the answer to /delete stays: {left:?}\n{}", gateway.log());
    assert!(left[0].starts_with("Alles, was wir über Sie gespeichert hatten, ist gelöscht."), "{left:?}");
    gateway.stop();
}
