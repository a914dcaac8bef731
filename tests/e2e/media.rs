//! Files within limits: the real `wegweiser serve` against the Telegram emulator — a file
//! outside a handover is never downloaded, one too large (announced so, or found so while
//! it streams in) is refused in the user's language and not kept, one over the handover's
//! limit gets `file-quota-reached`, and a slow download holds up no other chat — and the
//! outbox delivery in-process, which loads stored files one at a time. On Matrix (Synapse)
//! the announced size is checked before fetching, and a file within limits is decrypted and kept.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wegweiser_core::delivery::{deliver_pending, Origin, SendError, Sender};
use wegweiser_core::{Attachment, Conversations, Engine, InboundKind, MediaKind, Outbound};

use crate::relay::{asks_for_a_person, file_sent, hex, taken_by_amal, TakenByAmal};
use crate::support::*;
use crate::telegram::{self, Emulator, TOKEN};

/// The bot's calls to fetch files so far: getFile and the downloads themselves.
async fn file_fetches(emulator: &Emulator) -> Vec<Value> {
    let http = reqwest::Client::new();
    let body = json!({ "token": TOKEN, "method": ["getFile", "downloadFile"] });
    let answer: Value = http.post(format!("{}/_control/calls", emulator.url)).json(&body).send().await.unwrap().json().await.unwrap();
    answer["result"].as_array().cloned().unwrap_or_default()
}

pub(crate) async fn files_kept(db: &Path) -> i64 {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}?mode=ro", db.display())).await.unwrap();
    let count = sqlx::query_scalar("SELECT COUNT(*) FROM media_files").fetch_one(&pool).await.unwrap();
    pool.close().await;
    count
}

fn engine() -> Engine {
    Engine::load(&bundled_sources()).unwrap_or_else(|d| panic!("{d}"))
}

fn too_large_in(engine: &Engine, locale: &str) -> String {
    let mut args = wegweiser_core::i18n::Args::new();
    args.set("megabytes", wegweiser_core::i18n::FluentValue::from(Attachment::MAX_MEGABYTES));
    engine.catalog().format(locale, "file-too-large", Some(&args))
}

/// Sends a file as `user`: `attach` as the emulator takes it (kind, size, announced_size …).
async fn sends_file(user: &telegram::User, attach: Value) {
    let mut body = user.sender();
    body["attach"] = attach;
    user.post("/sendMessage", body).await;
}

/// The texts the bot sent `user` since they last read, waiting for `count`.
async fn texts_for(user: &telegram::User, count: usize) -> Vec<String> {
    user.calls(&["sendMessage"], count, 20).await.iter().map(|c| unmarked(c["result"]["text"].as_str().unwrap_or(""))).collect()
}

async fn serving() -> (Emulator, tempfile::TempDir, Serving) {
    let emulator = Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let mut gateway = telegram::telegram_gateway(&emulator, &dir.path().join("db.sqlite3"), &[]);
    gateway.wait_until_serving();
    (emulator, dir, gateway)
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn files_are_fetched_only_in_a_handover_and_one_too_large_is_refused_in_the_users_language() {
    let (emulator, dir, gateway) = serving().await;
    let db = dir.path().join("db.sqlite3");
    let engine = engine();
    let mut user = telegram::User::new(&emulator, 8101, "ar");
    let menu = user.types("/start").await;
    user.presses(&menu, "العربية").await;

    // Talking with the bot: the photo is not downloaded, only answered.
    sends_file(&user, json!({ "kind": "photo", "size": 2000, "mime_type": "image/jpeg" })).await;
    let said = texts_for(&user, 1).await;
    assert!(said[0].starts_with("لا أستطيع"), "{said:?}\n{}", gateway.log());
    assert_eq!(file_fetches(&emulator).await, Vec::<Value>::new(), "nothing fetched outside a handover");
    user.skip().await;

    user.types("/human").await;
    let confirm = user.types("وصلتني رسالة من مكتب الأجانب").await;
    let send = confirm.last().unwrap().buttons[0].0.clone();
    user.presses(&confirm, &send).await;
    user.skip().await;
    // Announced over the cap: refused without asking for it.
    sends_file(&user, json!({ "kind": "document", "size": 100, "announced_size": Attachment::MAX_BYTES + 1 })).await;
    assert_eq!(texts_for(&user, 1).await, [too_large_in(&engine, "ar")], "{}", gateway.log());
    assert_eq!(file_fetches(&emulator).await, Vec::<Value>::new(), "a file announced too large is not asked for");
    user.skip().await;

    // Announced small, but larger once it streams in: stopped there, refused all the same.
    sends_file(&user, json!({ "kind": "document", "size": Attachment::MAX_BYTES + 1024 * 1024, "announced_size": 1000 })).await;
    assert_eq!(texts_for(&user, 1).await, [too_large_in(&engine, "ar")], "{}", gateway.log());
    let fetched = file_fetches(&emulator).await;
    assert_eq!(fetched.iter().map(|c| c["method"].as_str().unwrap()).collect::<Vec<_>>(), ["getFile", "downloadFile"]);
    assert_eq!(files_kept(&db).await, 0, "nothing of it is kept");
    user.skip().await;

    // A file within the limits is kept for the person.
    sends_file(&user, json!({ "kind": "photo", "size": 3000, "mime_type": "image/jpeg" })).await;
    let started = Instant::now();
    while files_kept(&db).await == 0 {
        assert!(started.elapsed() < Duration::from_secs(20), "the photo was not kept:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(file_fetches(&emulator).await.len(), 4);
}

fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_photo_reaches_the_helper_without_its_gps_position_under_a_neutral_name_and_a_disguised_program_is_refused() {
    let TakenByAmal { emulator, db, gateway, mut user, mut amal, dir: _dir } = taken_by_amal(8399, 8301, "صورة الرسالة").await;
    user.skip().await;

    // A photo of a letter, taken in the housing, sent as a file under the sender's name.
    let photo = std::fs::read(repository().join("tests/fixtures/photo-with-gps.jpg")).unwrap();
    assert!(contains(&photo, b"Exif\0\0") && contains(&photo, b"Zuffenhausen"));
    let name = "Ahmad_Karimi_Aufenthaltstitel.jpg";
    sends_file(&user, json!({ "kind": "document", "data_hex": hex(&photo), "mime_type": "application/octet-stream", "file_name": name })).await;
    let relayed = amal.calls(&["sendDocument", "sendPhoto"], 1, 20).await;
    assert_eq!(relayed.len(), 1, "{}", gateway.log());
    let arrived = file_sent(&emulator, &relayed[0]).await;
    assert!(arrived.starts_with(&[0xff, 0xd8]), "still a JPEG");
    for needle in [&b"Exif\0\0"[..], b"Zuffenhausen", b"PhoneMaker"] {
        assert!(!contains(&arrived, needle), "the helper got {:?}", String::from_utf8_lossy(needle));
    }
    assert_eq!(relayed[0]["result"]["document"]["file_name"], json!("document-1-1.jpg"), "named by kind, request and place: {}", relayed[0]);
    let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}?mode=ro", db.display())).await.unwrap();
    let stored: (String, String) = sqlx::query_as("SELECT mime, name FROM media_files").fetch_one(&pool).await.unwrap();
    assert_eq!(stored, ("image/jpeg".to_string(), "document-1-1.jpg".to_string()), "the type read from the bytes");
    pool.close().await;
    assert!(!relayed[0].to_string().contains("Ahmad"));
    amal.skip().await;

    // A program dressed as a photo: U+202E shows "foto<U+202E>gpj.exe" as "fotoexe.jpg".
    let program = [b"MZ".as_slice(), &[0x90; 62], b"PE\0\0"].concat();
    sends_file(&user, json!({ "kind": "document", "data_hex": hex(&program), "mime_type": "image/jpeg", "file_name": "foto\u{202E}gpj.exe" })).await;
    let told = texts_for(&user, 1).await;
    assert_eq!(told, [engine().catalog().format("ar", "file-type-refused", None)], "{}", gateway.log());
    assert_eq!(amal.calls(&["sendDocument", "sendPhoto", "sendMessage"], 0, 2).await, Vec::<Value>::new(), "nothing reaches the helper");
    assert_eq!(files_kept(&db).await, 1);
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_file_over_the_handovers_limit_is_not_kept_and_the_user_is_told_in_their_language() {
    let (emulator, dir, gateway) = serving().await;
    let db = dir.path().join("db.sqlite3");
    let mut user = telegram::User::new(&emulator, 8201, "ar");
    asks_for_a_person(&mut user, "أحتاج مساعدة في رسالة").await;
    user.skip().await;
    let limit = wegweiser_store::FILES_PER_HANDOVER;
    for _ in 0..limit {
        sends_file(&user, json!({ "kind": "photo", "size": 500, "mime_type": "image/jpeg" })).await;
    }
    let started = Instant::now();
    while files_kept(&db).await < limit {
        assert!(started.elapsed() < Duration::from_secs(60), "only {} kept:\n{}", files_kept(&db).await, gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(user.calls(&["sendMessage"], 1, 0).await, Vec::<Value>::new(), "the bot says nothing while files go to the person");
    sends_file(&user, json!({ "kind": "photo", "size": 500, "mime_type": "image/jpeg" })).await;
    let told = texts_for(&user, 1).await;
    assert_eq!(told, [engine().catalog().format("ar", wegweiser_store::FILE_QUOTA_REACHED, None)], "{}", gateway.log());
    assert_eq!(files_kept(&db).await, limit);
}

#[tokio::test]
#[ignore = "needs the Telegram emulator: `bash tests/run-all.sh` installs and runs it"]
async fn a_slow_download_in_one_chat_does_not_delay_another_chats_answer() {
    let (emulator, dir, gateway) = serving().await;
    let db = dir.path().join("db.sqlite3");
    let mut slow = telegram::User::new(&emulator, 8301, "ar");
    asks_for_a_person(&mut slow, "سأرسل صورة").await;
    let pause = Duration::from_secs(8);
    sends_file(&slow, json!({ "kind": "photo", "size": 4000, "mime_type": "image/jpeg", "delay_ms": pause.as_millis() as u64 })).await;
    let started = Instant::now();
    while !file_fetches(&emulator).await.iter().any(|c| c["method"] == json!("downloadFile")) {
        assert!(started.elapsed() < Duration::from_secs(20), "the download did not start:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // While that file is on its way, another user is answered at once.
    let mut other = telegram::User::new(&emulator, 8302, "de");
    let asked = Instant::now();
    let menu = other.types("/start").await;
    let waited = asked.elapsed();
    assert!(!menu.is_empty(), "{}", gateway.log());
    assert!(waited < Duration::from_secs(4), "the other chat waited {waited:?} for a download it has nothing to do with");
    assert_eq!(files_kept(&db).await, 0, "the slow file is still on its way");
    while files_kept(&db).await == 0 {
        assert!(started.elapsed() < pause + Duration::from_secs(20), "the slow file never arrived:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A file as a channel sent it: to whom, its bytes.
type Sent = (String, Vec<u8>);

/// A channel that records how many stored files it holds at once while sending.
#[derive(Clone, Default)]
struct Counting {
    /// Files being sent now, and the most at once.
    now: Arc<Mutex<(usize, usize)>>,
    files: Arc<Mutex<Vec<Sent>>>,
}

impl Sender for Counting {
    type Error = String;

    async fn send_to(&self, user: &str, message: &Outbound, _handover: Option<i64>, _origin: Origin) -> Result<Vec<String>, SendError<String>> {
        let Some(file) = &message.attachment else { return Ok(Vec::new()) };
        {
            let mut now = self.now.lock().unwrap();
            now.0 += 1;
            now.1 = now.1.max(now.0);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        self.files.lock().unwrap().push((user.to_string(), file.bytes.to_vec()));
        self.now.lock().unwrap().0 -= 1;
        Ok(Vec::new())
    }
}

#[tokio::test]
async fn stored_files_are_loaded_one_at_a_time_right_before_they_are_sent() {
    let mut chat = crate::handover::with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "أحتاج مساعدة في إيجاد سكن").await;
    chat.ask_for_a_person("neighbour", "العربية", "سؤال عن المدرسة").await;
    chat.say_as("amal", "/claim 1").await;
    chat.say_as("badr", "/claim 2").await;
    for (user, byte) in [("refugee", 1u8), ("refugee", 2), ("neighbour", 3), ("neighbour", 4)] {
        chat.as_user(user);
        let file = Attachment { kind: MediaKind::Photo, mime: "image/png".into(), name: None, caption: None, bytes: vec![byte; 1000].into() };
        let event = chat.next_event(InboundKind::Attachment(file), None);
        chat.send_event(&event).await;
    }
    let gateway = Arc::new(open_gateway(&chat.db).await);
    let pending = gateway.pending(wegweiser::console::CHANNEL, 100).await.unwrap();
    let with_files: Vec<_> = pending.iter().filter(|d| d.media_file.is_some()).collect();
    assert_eq!(with_files.len(), 4, "{pending:#?}");
    assert!(pending.iter().all(|d| d.message.attachment.is_none()), "a batch of deliveries holds no file");

    let channel = Counting::default();
    deliver_pending(&gateway, wegweiser::console::CHANNEL, &channel).await.unwrap();
    let mut sent = channel.files.lock().unwrap().clone();
    sent.sort();
    let expected: Vec<Sent> = [("amal", 1u8), ("amal", 2), ("badr", 3), ("badr", 4)].iter().map(|(u, b)| (u.to_string(), vec![*b; 1000])).collect();
    assert_eq!(sent, expected);
    assert_eq!(channel.now.lock().unwrap().1, 1, "two helpers get files side by side, but one file is loaded at a time");
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn on_matrix_a_file_outside_a_handover_is_only_answered_and_one_announced_too_large_is_refused_in_german() {
    use matrix_sdk::ruma::events::room::message::{FileInfo, FileMessageEventContent, MessageType, RoomMessageEventContent};
    let (synapse, dir, gateway) = crate::matrix::serving(crate::matrix::MessageLimits::Raised).await;
    let db = dir.path().join("db.sqlite3");
    let engine = engine();
    let mut ida = crate::matrix::User::joined(&synapse, "ida", true, &gateway).await;
    let menu = ida.says("/start").await;
    ida.picks(&menu, "Deutsch").await;

    // Talking with the bot: the file is only answered, not kept.
    ida.sends_file("bescheid.pdf", "application/pdf", b"%PDF-1.4 Bescheid", "").await;
    ida.wait_for(&engine.catalog().format("de", "media-not-supported", None), &gateway).await;

    ida.says("/human").await;
    let confirm = ida.says("Ich habe einen Brief bekommen").await;
    ida.picks(&confirm, "✅ Ja, weitergeben").await;
    // An event announcing more than the cap: refused in German, without fetching it.
    let room = ida.room();
    let uploaded = room.client().media().upload(&"application/pdf".parse().unwrap(), b"%PDF small".to_vec(), None).await.unwrap();
    let mut content = FileMessageEventContent::plain("gross.pdf".into(), uploaded.content_uri);
    let mut info = FileInfo::new();
    info.size = Some((Attachment::MAX_BYTES as u32 + 1).into());
    content.info = Some(Box::new(info));
    room.send(RoomMessageEventContent::new(MessageType::File(content))).await.unwrap();
    ida.wait_for(&too_large_in(&engine, "de"), &gateway).await;
    assert_eq!(files_kept(&db).await, 0);

    // A file within the limits is fetched, decrypted and kept for the person.
    ida.sends_file("antrag.pdf", "application/pdf", b"%PDF-1.4 Antrag", "").await;
    let started = Instant::now();
    while files_kept(&db).await == 0 {
        assert!(started.elapsed() < Duration::from_secs(30), "the file was not kept:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}?mode=ro", db.display())).await.unwrap();
    let bytes: Vec<u8> = sqlx::query_scalar("SELECT bytes FROM media_files").fetch_one(&pool).await.unwrap();
    assert_eq!(bytes, b"%PDF-1.4 Antrag");
}
