//! One chat that floods the bot must not silence it for the others: on the Bot API
//! emulator with the real `wegweiser serve`, a burst of 80 messages from one chat, and a
//! new user writing /start in another chat meanwhile.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::telegram::{telegram_gateway, texts, Emulator, User};

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_flooding_chat_is_told_to_slow_down_and_holds_no_one_else_up() {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let mut gateway = telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    gateway.wait_until_serving();
    let mut flooder = User::new(&emulator, 5101, "de");
    flooder.types("/start").await;
    for n in 0..80 {
        flooder.types_only(&format!("Hallo {n}")).await;
    }
    let started = Instant::now();
    let mut newcomer = User::new(&emulator, 5202, "uk");
    let menu = newcomer.types("/start").await;
    let waited = started.elapsed();
    assert_eq!(menu[0].buttons[0].0, "Українська", "the language menu: {}\n{}", texts(&menu), gateway.log());
    eprintln!("a new user's language menu came {waited:?} after another chat sent 80 messages at once");

    // The flooder gets a burst answered and one request to slow down, in German.
    // It comes after the answers to the burst, which go out one a second.
    let told = |sent: &[serde_json::Value]| sent.iter().filter(|c| c["result"]["text"].as_str().is_some_and(|t| t.starts_with("Sie schreiben sehr schnell."))).count();
    let waiting = Instant::now();
    let mut sent = Vec::new();
    while waiting.elapsed() < Duration::from_secs(120) && told(&sent) == 0 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        sent = flooder.calls(&["sendMessage", "editMessageText"], 0, 0).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let sent = flooder.calls(&["sendMessage", "editMessageText"], 0, 0).await;
    let slow_down = vec![(); told(&sent)];
    assert_eq!(slow_down.len(), 1, "told once: {}\n{}", json!(sent), gateway.log());
    assert!(sent.len() < 80, "much of the flood was not answered: {} messages", sent.len());
    // Once they slow down, they are answered again.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let again = flooder.types("/help").await;
    assert!(!again.is_empty(), "{}", gateway.log());
    assert!(gateway.log().contains("a user wrote faster than the bot answers; these messages were not handled"), "the drop is counted in the log: {}", gateway.log());
    gateway.stop();
}
