//! Handovers across networks with both real peers running: the real `wegweiser serve`
//! with Telegram (the Bot API emulator) and Matrix (Synapse) at once, users and team
//! members on either side, text and photos both ways, a claim race, escalation, a restart
//! in the middle of a handover, and /delete.

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};

use crate::matrix::{self, MessageLimits, Synapse, BOT, BOT_PASSWORD, SERVER_NAME};
use crate::support::*;
use crate::telegram::{self, Emulator, TOKEN};

/// A 4×4 PNG: what a user photographs (a letter from the authorities) stands in for it.
const PHOTO: [u8; 73] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0, 0, 0, 38, 147, 9, 41, 0, 0, 0, 16, 73, 68,
    65, 84, 120, 156, 99, 56, 33, 39, 7, 71, 12, 196, 113, 0, 177, 99, 16, 65, 59, 75, 99, 130, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/// Gives `name` a team role with `wegweiser role grant`, before the gateway starts.
pub(crate) fn grant(db: &Path, name: &str, role: &str, languages: &str, account: &str) {
    let out = wegweiser().args(["role", "--db"]).arg(db).args(["grant", name, role, languages, account]).output().unwrap();
    assert!(out.status.success(), "granting {name}: {}", stderr(&out));
}

/// Both channels, one gateway, one database; `args` before `serve` (e.g. `--config`).
pub(crate) async fn both(synapse: &Synapse, emulator: &Emulator, db: &Path, args: &[&str]) -> Serving {
    both_logging(synapse, emulator, db, args, "wegweiser=info,wegweiser_telegram=info,wegweiser_matrix=info,wegweiser_core=info").await
}

/// The same, logging what `filter` (a `WEGWEISER_LOG` value) lets through.
async fn both_logging(synapse: &Synapse, emulator: &Emulator, db: &Path, args: &[&str], filter: &str) -> Serving {
    let settings = [
        ("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD),
        ("WEGWEISER_TELEGRAM_TOKEN", TOKEN),
        ("WEGWEISER_TELEGRAM_API_URL", emulator.url.as_str()),
        ("WEGWEISER_LOG", filter),
    ];
    matrix::matrix_gateway_on(synapse, db, args, &settings)
}

pub(crate) async fn peers() -> (Synapse, Emulator, tempfile::TempDir) {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    (synapse, Emulator::start(), tempfile::tempdir().unwrap())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Telegram user asks for a person in Arabic with `question`, pressing the buttons as
/// shown; returns what the bot showed last.
pub(crate) async fn asks_for_a_person(user: &mut telegram::User, question: &str) -> Vec<telegram::Shown> {
    let menu = user.types("/start").await;
    user.presses(&menu, "العربية").await;
    let ask = user.types("/human").await;
    assert!(!ask.is_empty());
    let confirm = user.types(question).await;
    let send = confirm.last().unwrap().buttons[0].0.clone();
    user.presses(&confirm, &send).await
}

/// The content of the file a bot call sent (sendPhoto, sendDocument, sendVoice), fetched
/// back through the Bot API as any client would.
pub(crate) async fn file_sent(emulator: &Emulator, call: &Value) -> Vec<u8> {
    let result = &call["result"];
    let file_id = result["photo"].as_array().and_then(|p| p.last()).map(|p| p["file_id"].clone()).or_else(|| result["document"].get("file_id").cloned()).unwrap();
    let http = reqwest::Client::new();
    let file: Value = http.post(format!("{}/bot{TOKEN}/getFile", emulator.url)).json(&json!({ "file_id": file_id })).send().await.unwrap().json().await.unwrap();
    let path = file["result"]["file_path"].as_str().unwrap();
    http.get(format!("{}/file/bot{TOKEN}/{path}", emulator.url)).send().await.unwrap().bytes().await.unwrap().to_vec()
}

/// The text of every message the bot sent to a Telegram user since `seen`, waiting for `count`.
async fn telegram_texts(user: &telegram::User, count: usize) -> Vec<String> {
    user.calls(&["sendMessage", "sendPhoto", "sendDocument"], count, 20)
        .await
        .iter()
        .map(|c| c["result"]["text"].as_str().or(c["result"]["caption"].as_str()).unwrap_or("").to_string())
        .collect()
}

/// A Telegram chat id long enough that no port, time or count in a log contains it.
const USER_CHAT: i64 = 7_834_190_362;

#[tokio::test]
#[ignore = "needs Synapse and the Telegram emulator: `bash tests/run-all.sh` installs and runs them"]
async fn a_telegram_user_and_a_matrix_peer_talk_in_the_peers_own_encrypted_room_text_photos_documents_voice() {
    let (synapse, emulator, dir) = peers().await;
    let db = dir.path().join("db.sqlite3");
    grant(&db, "Amal", "peer", "ar,de", &format!("matrix:@amal:{SERVER_NAME}"));
    // Every crate logs at info: no line of it may name the user, the peer or what they said.
    let gateway = both_logging(&synapse, &emulator, &db, &[], "info").await;
    let amal = matrix::User::log_in(&synapse, "amal").await;

    let mut user = telegram::User::new(&emulator, USER_CHAT, "ar");
    let sent = asks_for_a_person(&mut user, "وصلتني رسالة من مكتب الأجانب").await;
    assert!(!sent.is_empty(), "{}", gateway.log());

    // The offer reaches Amal in a direct room; she takes it by command.
    let mut amal = matrix::User::invited_by_the_bot(amal, &gateway).await;
    let offer = amal.wait_for("/claim 1", &gateway).await;
    assert!(!matrix::texts(&offer).contains(&USER_CHAT.to_string()), "a pseudonym, never the user's id: {}", matrix::texts(&offer));
    amal.send("/claim 1").await;
    let claimed = amal.wait_for("وصلتني رسالة من مكتب الأجانب", &gateway).await;
    assert!(matrix::texts(&claimed).contains("وصلتني رسالة من مكتب الأجانب"), "{}\n{}", matrix::texts(&claimed), gateway.log());
    // The handover gets its own encrypted room with her.
    let mut room = amal.joins_the_next_room(&gateway).await;
    room.wait_for("#1", &gateway).await;
    assert!(room.room().latest_encryption_state().await.unwrap().is_encrypted());
    let told = telegram_texts(&user, 1).await;
    assert!(told.iter().any(|t| t.contains("Amal") && !t.contains("@amal")), "the user sees her name, not her account: {told:?}");
    user.skip().await;

    // Text and a photo of the letter from the Telegram user arrive in Amal's room.
    user.types_only("هذه الرسالة").await;
    let text = room.wait_for("هذه الرسالة", &gateway).await;
    assert!(text.iter().all(|s| s.plain.contains("#1") || s.file.is_some()), "{}", matrix::texts(&text));
    let mut photo = user.sender();
    photo["caption"] = json!("الصفحة الأولى");
    photo["attach"] = json!({ "kind": "photo", "data_hex": hex(&PHOTO), "mime_type": "image/png" });
    user.post("/sendMessage", photo).await;
    let arrived = room.wait_for("", &gateway).await;
    let file = arrived.iter().find(|s| s.file.is_some()).unwrap();
    assert_eq!(file.file.as_deref(), Some(&PHOTO[..]), "the same bytes, decrypted");
    assert!(file.plain.contains("الصفحة الأولى"), "the caption comes along: {}", file.plain);

    // A document and a voice note come along the same way.
    for (kind, bytes, mime) in [("document", &b"%PDF-1.4 Bescheid"[..], "application/pdf"), ("voice", &b"OggS voice note"[..], "audio/ogg")] {
        let mut file = user.sender();
        file["attach"] = json!({ "kind": kind, "data_hex": hex(bytes), "mime_type": mime, "file_name": "bescheid.pdf" });
        user.post("/sendMessage", file).await;
        let arrived = room.wait_for("", &gateway).await;
        assert_eq!(arrived.iter().find_map(|s| s.file.clone()).as_deref(), Some(bytes), "{kind}");
    }

    // Amal answers with text and a photo; both reach the Telegram user under her name.
    room.send("مرحبا، سأساعدك. أرسل لك مثالا").await;
    room.sends_photo(&PHOTO, "مثال").await;
    let calls = user.calls(&["sendMessage", "sendPhoto"], 2, 20).await;
    let text = calls.iter().find(|c| c["method"] == json!("sendMessage")).unwrap_or_else(|| panic!("{calls:#?}\n{}", gateway.log()));
    let said = text["result"]["text"].as_str().unwrap();
    assert!(said.contains("Amal") && said.ends_with("مرحبا، سأساعدك. أرسل لك مثالا"), "{text}");
    let photo = calls.iter().find(|c| c["method"] == json!("sendPhoto")).unwrap_or_else(|| panic!("{calls:#?}\n{}", gateway.log()));
    assert!(photo["result"]["caption"].as_str().unwrap().contains("مثال"));
    assert_eq!(file_sent(&emulator, photo).await, PHOTO);
    user.skip().await;
    room.sends_file("antrag.pdf", "application/pdf", b"%PDF-1.4 Antrag", "Antrag").await;
    let document = user.calls(&["sendDocument"], 1, 20).await;
    assert_eq!(document.len(), 1, "{}", gateway.log());
    assert_eq!(file_sent(&emulator, &document[0]).await, b"%PDF-1.4 Antrag");
    assert_eq!(document[0]["result"]["document"]["file_name"], json!("document-1-5.pdf"), "a neutral name: kind, request, place");
    user.skip().await;

    // She closes it in the room; the user is asked for feedback with one tap.
    room.send("/close").await;
    let feedback = user.calls(&["sendMessage"], 1, 20).await;
    let shown = vec![telegram::shown(&feedback[0])];
    let buttons: Vec<&str> = shown[0].buttons.iter().map(|(label, _)| label.as_str()).collect();
    assert_eq!(buttons, ["👍 نعم", "👎 لا"], "{feedback:#?}\n{}", gateway.log());
    user.skip().await;
    let thanks = user.presses(&shown, "👍 نعم").await;
    assert!(telegram::texts(&thanks).starts_with("شكرًا على إجابتكم"), "{}", telegram::texts(&thanks));
    let log = gateway.log();
    let amal_account = format!("@amal:{SERVER_NAME}");
    for needle in [USER_CHAT.to_string().as_str(), amal_account.as_str(), "وصلتني رسالة من مكتب الأجانب", "هذه الرسالة", "مرحبا، سأساعدك", "bescheid.pdf", "antrag.pdf"] {
        let lines: Vec<&str> = log.lines().filter(|l| l.contains(needle)).collect();
        assert!(lines.is_empty(), "the log names {needle:?}:\n{}", lines.join("\n"));
    }
    assert!(log.lines().count() > 20 && log.contains("opened a room for a handover"), "the log was written at info:\n{log}");
}

#[tokio::test]
#[ignore = "needs Synapse and the Telegram emulator: `bash tests/run-all.sh` installs and runs them"]
async fn a_matrix_user_and_telegram_staff_keep_talking_across_a_gateway_restart() {
    let (synapse, emulator, dir) = peers().await;
    let db = dir.path().join("db.sqlite3");
    grant(&db, "Frau Weber", "staff", "de,en", "telegram:8001");
    let mut gateway = both(&synapse, &emulator, &db, &[]).await;
    let mut weber = telegram::User::new(&emulator, 8001, "de");

    // A German-speaking user on Matrix (encrypted) asks about the asylum procedure: staff only.
    let mut ida = matrix::User::new(&synapse, "ida", true).await;
    ida.wait_for_the_bot(&gateway).await;
    let menu = ida.says("/start").await;
    let note = ida.picks(&menu, "Deutsch").await;
    let main = ida.accepts_privacy_note(note).await;
    let topics = ida.picks(&main, "ℹ️ Informationen").await;
    let residence = ida.picks(&topics, "Aufenthalt und Asylverfahren").await;
    let ask = ida.picks(&residence, "💬 Mit einem Menschen sprechen").await;
    let confirm = ida.says("Meine Anhörung ist nächste Woche").await;
    assert!(!ask.is_empty());
    ida.picks(&confirm, "✅ Ja, weitergeben").await;

    // Frau Weber gets the offer on Telegram and takes it with its button.
    let offer = user_message_with(&weber, "/claim 1").await;
    assert!(!offer["result"]["text"].as_str().unwrap().contains("@ida"), "{offer}");
    weber.skip().await;
    let shown = vec![telegram::shown(&offer)];
    let claimed = weber.presses(&shown, "✋ Ich antworte").await;
    assert!(telegram::texts(&claimed).contains("Meine Anhörung ist nächste Woche"), "{}\n{}", telegram::texts(&claimed), gateway.log());
    ida.wait_for("Frau Weber", &gateway).await;

    // Text and a photo from the Matrix user reach her on Telegram.
    ida.send("Hier ist die Einladung").await;
    ida.sends_photo(&PHOTO, "Einladung").await;
    let calls = weber.calls(&["sendMessage", "sendPhoto"], 2, 30).await;
    let photo = calls.iter().find(|c| c["method"] == json!("sendPhoto")).unwrap_or_else(|| panic!("{calls:#?}\n{}", gateway.log()));
    assert_eq!(file_sent(&emulator, photo).await, PHOTO, "the photo, decrypted and passed on");
    assert!(calls.iter().any(|c| c["result"]["text"].as_str().is_some_and(|t| t.contains("Hier ist die Einladung"))), "{calls:#?}");
    weber.skip().await;

    // The gateway restarts; what the user writes meanwhile is not lost, and the relay goes on.
    gateway.stop();
    ida.send("Sind Sie noch da?").await;
    gateway = both(&synapse, &emulator, &db, &[]).await;
    // A message that went out just before the stop may come again (at least once).
    let mut after = telegram_texts(&weber, 1).await;
    for count in 2..=3 {
        if after.iter().any(|t| t.contains("Sind Sie noch da?")) {
            break;
        }
        after = telegram_texts(&weber, count).await;
    }
    assert!(after.iter().any(|t| t.contains("Sind Sie noch da?")), "{after:?}\n{}", gateway.log());
    weber.skip().await;
    weber.types_only("Ja. Bringen Sie bitte den Ausweis mit.").await;
    let answer = ida.wait_for("Bringen Sie bitte den Ausweis mit.", &gateway).await;
    assert!(matrix::texts(&answer).contains("Frau Weber: "), "{}", matrix::texts(&answer));
    let sent: Vec<String> = weber.calls(&["sendMessage"], 0, 0).await.iter().map(|c| c["result"]["text"].to_string()).collect();
    assert!(sent.iter().all(|t| !t.contains("Sind Sie noch da?")), "nothing twice: {sent:?}");
}

/// The newest message the bot sent to a Telegram user that contains `text`.
pub(crate) async fn user_message_with(user: &telegram::User, text: &str) -> Value {
    message_within(user, text, Duration::from_secs(30)).await
}

/// The same, waiting up to `wait`.
async fn message_within(user: &telegram::User, text: &str, wait: Duration) -> Value {
    let started = std::time::Instant::now();
    loop {
        let calls = user.calls(&["sendMessage"], 1, 5).await;
        if let Some(call) = calls.iter().rev().find(|c| c["params"].to_string().contains(text)) {
            return call.clone();
        }
        assert!(started.elapsed() < wait, "no message with {text:?}: {calls:#?}");
    }
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn two_peers_press_claim_at_once_one_gets_it_the_other_is_told_and_a_late_request_escalates() {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    grant(&db, "Amal", "peer", "ar", "telegram:9001");
    grant(&db, "Badr", "peer", "ar", "telegram:9002");
    grant(&db, "Frau Weber", "staff", "de", "telegram:9003");
    // Requests nobody takes within a minute go to staff.
    let config = std::fs::read_to_string(repository().join("bots/wegweiser/config/stuttgart.toml")).unwrap().replace("escalate_after_minutes = 120", "escalate_after_minutes = 1");
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config).unwrap();
    let mut gateway = telegram::telegram_gateway(&emulator, &db, &["--config", config_path.to_str().unwrap()]);
    gateway.wait_until_serving();

    let mut user = telegram::User::new(&emulator, 9100, "ar");
    asks_for_a_person(&mut user, "سؤال عن السكن").await;
    let (mut amal, mut badr) = (telegram::User::new(&emulator, 9001, "ar"), telegram::User::new(&emulator, 9002, "ar"));
    user_message_with(&amal, "/claim 1").await;
    user_message_with(&badr, "/claim 1").await;
    amal.skip().await;
    badr.skip().await;
    let (a, b) = tokio::join!(amal.types("/claim 1"), badr.types("/claim 1"));
    let (a, b) = (telegram::texts(&a), telegram::texts(&b));
    let won = [&a, &b].iter().filter(|t| t.contains("سؤال عن السكن")).count();
    let told = [&a, &b].iter().filter(|t| t.contains("#1") && !t.contains("سؤال عن السكن")).count();
    assert_eq!((won, told), (1, 1), "{a}\n---\n{b}\n{}", gateway.log());

    // A second request nobody takes reaches staff after the configured minute.
    let mut second = telegram::User::new(&emulator, 9101, "ar");
    asks_for_a_person(&mut second, "سؤال ثان").await;
    // Not offered to staff at first: Arabic-speaking peers were there.
    let weber = telegram::User::new(&emulator, 9003, "de");
    assert!(weber.calls(&["sendMessage"], 1, 0).await.is_empty());
    let escalated = message_within(&weber, "/claim 2", Duration::from_secs(120)).await;
    assert!(escalated["result"]["text"].as_str().unwrap().contains("#2"), "{escalated}");
}

/// An Arabic-speaking Telegram user whose request the Telegram peer Amal took, on a
/// serving gateway of its own.
pub(crate) struct TakenByAmal {
    pub(crate) emulator: Emulator,
    pub(crate) db: std::path::PathBuf,
    pub(crate) gateway: Serving,
    pub(crate) user: telegram::User,
    pub(crate) amal: telegram::User,
    /// Holds the database; it goes when this does.
    pub(crate) dir: tempfile::TempDir,
}

/// The user (chat `user_chat`) asks `question`; Amal (chat `amal_chat`) takes it.
pub(crate) async fn taken_by_amal(user_chat: i64, amal_chat: i64, question: &str) -> TakenByAmal {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    grant(&db, "Amal", "peer", "ar", &format!("telegram:{amal_chat}"));
    let mut gateway = telegram::telegram_gateway(&emulator, &db, &[]);
    gateway.wait_until_serving();
    let mut user = telegram::User::new(&emulator, user_chat, "ar");
    asks_for_a_person(&mut user, question).await;
    let mut amal = telegram::User::new(&emulator, amal_chat, "ar");
    user_message_with(&amal, "/claim 1").await;
    amal.types("/claim 1").await;
    TakenByAmal { emulator, db, gateway, user, amal, dir }
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn delete_leaves_no_row_that_names_the_user() {
    let TakenByAmal { emulator: _emulator, db, gateway, mut user, amal, dir: _dir } = taken_by_amal(9299, 9201, "سؤالي الخاص جدا").await;
    let mut photo = user.sender();
    photo["attach"] = json!({ "kind": "photo", "data_hex": hex(&PHOTO), "mime_type": "image/png" });
    user.post("/sendMessage", photo).await;
    amal.calls(&["sendPhoto"], 1, 20).await;
    user.skip().await;

    let confirm = user.types("/delete").await;
    let yes = confirm.last().unwrap().buttons[0].0.clone();
    user.presses(&confirm, &yes).await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}?mode=ro", db.display())).await.unwrap();
    for needle in ["9299", "سؤالي الخاص جدا"] {
        assert_eq!(crate::handover::rows_containing(&pool, needle).await, Vec::<(String, String)>::new(), "{needle}\n{}", gateway.log());
    }
    let files: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM media_files").fetch_one(&pool).await.unwrap();
    assert_eq!(files, 0, "the photo went with the handover");
    // Nor does any byte of the database files hold the question or the photo.
    assert_eq!(crate::handover::files_containing(&db, "سؤالي الخاص جدا"), Vec::<String>::new());
    assert_eq!(crate::handover::files_containing(&db, &PHOTO[PHOTO.len() / 2..][..32]), Vec::<String>::new());
}

#[tokio::test]
#[ignore = "needs Synapse and the Telegram emulator: `bash tests/run-all.sh` installs and runs them"]
async fn a_matrix_staff_room_sees_new_requests_and_staff_take_them_there() {
    let (synapse, emulator, dir) = peers().await;
    let db = dir.path().join("db.sqlite3");
    let weber_matrix = format!("matrix:@weber:{SERVER_NAME}");
    let out = wegweiser()
        .args(["role", "--db"])
        .arg(&db)
        .args(["grant", "Frau Weber", "staff", "de", "telegram:8201", &weber_matrix])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let gateway = both(&synapse, &emulator, &db, &[]).await;

    // Frau Weber opens the team's room with a colleague and invites the bot; an admin
    // grants the room the staff role.
    let mut staff_room = matrix::User::with_group_room(&synapse, "weber", &["klaus"]).await;
    staff_room.wait_for_the_bot(&gateway).await;
    grant(&db, "Team room", "staff", "de", &format!("matrix:{}", staff_room.room().room_id()));

    let mut user = telegram::User::new(&emulator, 8299, "de");
    let menu = user.types("/start").await;
    user.presses(&menu, "Deutsch").await;
    user.types("/human").await;
    let confirm = user.types("Ich brauche Hilfe mit dem Jobcenter").await;
    user.presses(&confirm, "✅ Ja, weitergeben").await;

    // The request is posted in the staff room; the queue and the claim work there.
    staff_room.wait_for("/claim 1", &gateway).await;
    staff_room.send("/queue").await;
    let queue = staff_room.wait_for("#1", &gateway).await;
    assert!(!matrix::texts(&queue).contains("8299"), "a pseudonym only: {}", matrix::texts(&queue));
    staff_room.send("/claim 1").await;
    staff_room.wait_for("Ich brauche Hilfe mit dem Jobcenter", &gateway).await;
    // Chatter in the staff room is not for the bot.
    staff_room.send("Ich übernehme das.").await;

    // The conversation itself moves to a room of its own with her.
    let mut room = staff_room.joins_the_next_room(&gateway).await;
    room.wait_for("#1", &gateway).await;
    user.skip().await;
    user.types_only("Danke! Mein Termin ist morgen.").await;
    room.wait_for("Mein Termin ist morgen", &gateway).await;
    room.send("Bringen Sie den Bescheid mit.").await;
    assert!(user_message_with(&user, "Bringen Sie den Bescheid mit.").await["result"]["text"].as_str().unwrap().contains("Frau Weber"));
}
