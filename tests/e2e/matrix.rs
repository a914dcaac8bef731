//! The Matrix channel end to end: the real `wegweiser serve` binary against a real Synapse
//! homeserver on loopback, with test users who are matrix-sdk clients in direct rooms,
//! unencrypted and end-to-end encrypted.
//!
//! These tests need Synapse in tests/matrix/.venv (`bash tests/matrix/install.sh`);
//! `bash tests/run-all.sh` installs it and runs them with `--include-ignored`. Run without
//! it they fail with a message saying so.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hmac::{KeyInit, Mac};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, ReplacementMetadata, RoomMessageEventContent};
use matrix_sdk::ruma::events::{AnySyncMessageLikeEvent, AnySyncTimelineEvent};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UserId};
use matrix_sdk::{Client, Room};
use serde_json::{json, Value};

use crate::support::*;

const SHARED_SECRET: &str = "wegweiser-test-registration-secret";
pub(crate) const SERVER_NAME: &str = "wegweiser.test";
pub(crate) const BOT: &str = "wegweiser";
pub(crate) const BOT_PASSWORD: &str = "bot-password-for-tests";

/// Which limits the homeserver puts on sending messages.
#[derive(Clone, Copy)]
pub(crate) enum MessageLimits {
    /// Raised far above what the tests send.
    Raised,
    /// Synapse answers M_LIMIT_EXCEEDED after a few messages in quick succession.
    Tight,
}

/// A Synapse homeserver on 127.0.0.1 with its own folder; stopped when dropped.
pub(crate) struct Synapse {
    child: Option<Child>,
    dir: tempfile::TempDir,
    pub(crate) url: String,
}

impl Synapse {
    pub(crate) async fn start(limits: MessageLimits) -> Self {
        let python = repository().join("tests/matrix/.venv/bin/python");
        assert!(python.exists(), "Synapse is not installed: run `bash tests/matrix/install.sh` (bash tests/run-all.sh does)");
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        std::fs::write(dir.path().join("homeserver.yaml"), synapse_config(dir.path(), port, limits)).unwrap();
        // A fixed signing key: this homeserver never federates.
        std::fs::write(dir.path().join("signing.key"), "ed25519 a_test d2Vnd2Vpc2VyLXRlc3Qtc2lnbmluZy1rZXktMzJieSE\n").unwrap();
        let mut synapse = Self { child: None, dir, url: format!("http://127.0.0.1:{port}") };
        synapse.spawn().await;
        synapse
    }

    async fn spawn(&mut self) {
        let python = repository().join("tests/matrix/.venv/bin/python");
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.dir.path().join("synapse.log")).unwrap();
        let child = Command::new(python)
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(self.dir.path().join("homeserver.yaml"))
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("Synapse starts");
        self.child = Some(child);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(90) {
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("Synapse exited ({status}):\n{}", self.log());
            }
            let answer = reqwest::get(format!("{}/_matrix/client/versions", self.url)).await;
            if answer.is_ok_and(|a| a.status().is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("Synapse did not answer within 90 s:\n{}", self.log());
    }

    /// The client-server API's base URL.
    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub(crate) async fn restart(&mut self) {
        self.stop();
        self.spawn().await;
    }

    fn log(&self) -> String {
        let text = std::fs::read_to_string(self.dir.path().join("synapse.log")).unwrap_or_default();
        text.lines().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    /// Registers an account through the shared-secret admin API (a nonce, then an
    /// HMAC-SHA1 over nonce, user, password and "notadmin").
    pub(crate) async fn register(&self, user: &str, password: &str) -> OwnedUserId {
        let http = reqwest::Client::new();
        let endpoint = format!("{}/_synapse/admin/v1/register", self.url);
        let nonce: Value = http.get(&endpoint).send().await.unwrap().json().await.unwrap();
        let nonce = nonce["nonce"].as_str().unwrap().to_string();
        let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(SHARED_SECRET.as_bytes()).unwrap();
        mac.update(format!("{nonce}\0{user}\0{password}\0notadmin").as_bytes());
        let digest: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        let body = json!({ "nonce": nonce, "username": user, "password": password, "admin": false, "mac": digest });
        let response = http.post(&endpoint).json(&body).send().await.unwrap();
        let status = response.status();
        let answer: Value = response.json().await.unwrap();
        assert!(status.is_success(), "registering {user}: {status} {answer}");
        UserId::parse(answer["user_id"].as_str().unwrap()).unwrap()
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Loopback only, SQLite, no federation listener, no stats, no key servers, registration
/// by shared secret only, cheap password hashing, and rate limits raised for tests.
fn synapse_config(dir: &Path, port: u16, limits: MessageLimits) -> String {
    let dir = dir.display();
    let generous = "{ per_second: 1000, burst_count: 1000 }";
    let rc_message = match limits {
        MessageLimits::Raised => generous.to_string(),
        MessageLimits::Tight => "{ per_second: 0.5, burst_count: 2 }".to_string(),
    };
    format!(
        r#"server_name: "{SERVER_NAME}"
pid_file: "{dir}/homeserver.pid"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{dir}/homeserver.db"
media_store_path: "{dir}/media"
signing_key_path: "{dir}/signing.key"
report_stats: false
trusted_key_servers: []
suppress_key_server_warning: true
enable_registration: false
registration_shared_secret: "{SHARED_SECRET}"
macaroon_secret_key: "wegweiser-test-macaroon-secret"
form_secret: "wegweiser-test-form-secret"
bcrypt_rounds: 4
url_preview_enabled: false
enable_metrics: false
presence:
  enabled: false
rc_message: {rc_message}
rc_registration: {generous}
rc_login:
  address: {generous}
  account: {generous}
  failed_attempts: {generous}
rc_joins:
  local: {generous}
  remote: {generous}
rc_joins_per_room: {generous}
rc_invites:
  per_room: {generous}
  per_user: {generous}
  per_issuer: {generous}
rc_key_requests: {generous}
rc_3pid_validation: {generous}
rc_admin_redaction: {generous}
"#
    )
}

/// `wegweiser serve` with the Matrix channel, logged in with the password, on one database.
fn matrix_gateway(synapse: &Synapse, db: &Path) -> Serving {
    matrix_gateway_with(synapse, db, &[("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD)])
}

/// The same with the bot's credential and any more settings, as `(variable, value)`; waits
/// until it serves.
pub(crate) fn matrix_gateway_with(synapse: &Synapse, db: &Path, settings: &[(&str, &str)]) -> Serving {
    matrix_gateway_on(synapse, db, &[], settings)
}

/// The same with more command-line arguments.
pub(crate) fn matrix_gateway_on(synapse: &Synapse, db: &Path, args: &[&str], settings: &[(&str, &str)]) -> Serving {
    matrix_gateway_at(&synapse.url, db, args, settings)
}

/// The same against the homeserver at `url` (Synapse, or a proxy in front of it).
pub(crate) fn matrix_gateway_at(url: &str, db: &Path, args: &[&str], settings: &[(&str, &str)]) -> Serving {
    let user = format!("@{BOT}:{SERVER_NAME}");
    let mut all = vec![("WEGWEISER_MATRIX_HOMESERVER", url), ("WEGWEISER_MATRIX_USER", user.as_str())];
    all.extend_from_slice(settings);
    let mut gateway = Serving::start(db, args, &all);
    gateway.wait_until_serving();
    gateway
}

/// What the bot showed: the plain body, the HTML body, whether it came encrypted.
#[derive(Debug, Clone)]
pub(crate) struct Shown {
    pub(crate) plain: String,
    pub(crate) html: String,
    pub(crate) encrypted: bool,
    /// The content of a photo, voice note or file the bot sent.
    pub(crate) file: Option<Vec<u8>>,
}

impl Shown {
    /// The number of the option labelled `label` in this message.
    fn number_of(&self, label: &str) -> Option<usize> {
        self.plain.lines().find_map(|line| {
            let line = unmarked(line);
            let (number, rest) = line.split_once(". ")?;
            (rest == unmarked(label)).then(|| number.parse().ok()).flatten()
        })
    }
}

pub(crate) fn texts(shown: &[Shown]) -> String {
    shown.iter().map(|s| s.plain.as_str()).collect::<Vec<_>>().join("\n---\n")
}

/// A person on Matrix (a matrix-sdk client, keys in memory) in a direct room with the bot.
pub(crate) struct User {
    pub(crate) client: Client,
    room: OwnedRoomId,
    bot: OwnedUserId,
    token: Option<String>,
}

impl User {
    /// Registers and logs in `name`: a client and its first sync token.
    pub(crate) async fn log_in(synapse: &Synapse, name: &str) -> (Client, String) {
        let user_id = synapse.register(name, "user-password").await;
        let client = Client::builder().homeserver_url(&synapse.url).build().await.unwrap();
        client.matrix_auth().login_username(&user_id, "user-password").initial_device_display_name("test phone").send().await.unwrap();
        let first = client.sync_once(SyncSettings::default()).await.unwrap();
        (client, first.next_batch)
    }

    /// Waits for the bot to open a direct room with a logged-in person (to deliver a
    /// notification), and joins it.
    pub(crate) async fn invited_by_the_bot((client, mut token): (Client, String), gateway: &Serving) -> Self {
        let bot = UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap();
        let started = Instant::now();
        loop {
            let response = client.sync_once(SyncSettings::default().token(token.clone()).timeout(Duration::from_secs(1))).await.unwrap();
            token = response.next_batch.clone();
            if let Some(room_id) = response.rooms.invited.keys().next() {
                client.join_room_by_id(room_id).await.unwrap();
                return Self { client, room: room_id.clone(), bot, token: None };
            }
            assert!(started.elapsed() < Duration::from_secs(30), "the bot opened no room:\n{}", gateway.log());
        }
    }

    /// Registers and logs in `name`, and opens a direct room with the bot: encrypted or not.
    pub(crate) async fn new(synapse: &Synapse, name: &str, encrypted: bool) -> Self {
        let (client, first) = Self::log_in(synapse, name).await;
        let bot = UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap();
        let room = if encrypted {
            client.create_dm(&bot).await.unwrap()
        } else {
            let mut request = CreateRoom::new();
            request.is_direct = true;
            request.invite = vec![bot.clone()];
            request.preset = Some(RoomPreset::TrustedPrivateChat);
            client.create_room(request).await.unwrap()
        };
        assert_eq!(room.latest_encryption_state().await.unwrap().is_encrypted(), encrypted, "the room's encryption");
        Self { client, room: room.room_id().to_owned(), bot, token: Some(first) }
    }

    /// Registers and logs in `name`, and opens a room with the bot and `others` invited: a
    /// room of several people (a staff room).
    pub(crate) async fn with_group_room(synapse: &Synapse, name: &str, others: &[&str]) -> Self {
        let (client, first) = Self::log_in(synapse, name).await;
        let bot = UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap();
        let mut request = CreateRoom::new();
        request.invite = vec![bot.clone()];
        for other in others {
            request.invite.push(synapse.register(other, "user-password").await);
        }
        request.name = Some("Team".into());
        let room = client.create_room(request).await.unwrap();
        Self { client, room: room.room_id().to_owned(), bot, token: Some(first) }
    }

    /// Registers and logs in `name`, and opens a public room (anyone may join and read it)
    /// with the bot invited: a room that is never private, whatever its member count.
    pub(crate) async fn with_public_room(synapse: &Synapse, name: &str) -> Self {
        let (client, first) = Self::log_in(synapse, name).await;
        let bot = UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap();
        let mut request = CreateRoom::new();
        request.invite = vec![bot.clone()];
        request.preset = Some(RoomPreset::PublicChat);
        let room = client.create_room(request).await.unwrap();
        Self { client, room: room.room_id().to_owned(), bot, token: Some(first) }
    }

    /// A logged-in person ([`User::log_in`]) who joins `room` (public, or invited to it).
    pub(crate) async fn joins((client, first): (Client, String), room: &Room) -> Self {
        let bot = UserId::parse(format!("@{BOT}:{SERVER_NAME}")).unwrap();
        let joined = client.join_room_by_id(room.room_id()).await.unwrap();
        Self { client, room: joined.room_id().to_owned(), bot, token: Some(first) }
    }

    /// The same person in another room of theirs.
    fn in_room(&self, room: &Room) -> Self {
        Self { client: self.client.clone(), room: room.room_id().to_owned(), bot: self.bot.clone(), token: self.token.clone() }
    }

    pub(crate) fn room(&self) -> Room {
        self.client.get_room(&self.room).unwrap()
    }

    /// Syncs once; returns the bot's messages in the room.
    pub(crate) async fn sync(&mut self, timeout: Duration) -> Vec<Shown> {
        let mut settings = SyncSettings::default().timeout(timeout);
        if let Some(token) = &self.token {
            settings = settings.token(token.clone());
        }
        let response = match self.client.sync_once(settings).await {
            Ok(response) => response,
            Err(e) => {
                eprintln!("test user's sync failed: {e}");
                tokio::time::sleep(Duration::from_millis(500)).await;
                return Vec::new();
            }
        };
        self.token = Some(response.next_batch.clone());
        let Some(update) = response.rooms.joined.get(&self.room) else { return Vec::new() };
        let mut shown = Vec::new();
        for event in &update.timeline.events {
            assert!(!event.kind.is_utd(), "a message from the bot could not be decrypted");
            let Ok(AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(message))) = event.raw().deserialize() else {
                continue;
            };
            let Some(message) = message.as_original() else { continue };
            if message.sender != self.bot {
                continue;
            }
            let encrypted = event.encryption_info().is_some();
            let (source, caption, formatted) = match &message.content.msgtype {
                MessageType::Notice(notice) => {
                    let html = notice.formatted.as_ref().map(|f| f.body.clone()).unwrap_or_default();
                    shown.push(Shown { plain: notice.body.clone(), html, encrypted, file: None });
                    continue;
                }
                MessageType::Image(c) => (c.source.clone(), c.caption().unwrap_or_default().to_string(), c.formatted.clone()),
                MessageType::File(c) => (c.source.clone(), c.caption().unwrap_or_default().to_string(), c.formatted.clone()),
                MessageType::Audio(c) => (c.source.clone(), c.caption().unwrap_or_default().to_string(), c.formatted.clone()),
                other => panic!("the bot sends m.notice or a file, not {other:?}"),
            };
            let request = MediaRequestParameters { source, format: MediaFormat::File };
            let file = self.client.media().get_media_content(&request, false).await.expect("the bot's file can be downloaded");
            let html = formatted.map(|f| f.body).unwrap_or_default();
            shown.push(Shown { plain: caption, html, encrypted, file: Some(file) });
        }
        shown
    }

    /// The same, then waits until the bot has joined the room.
    pub(crate) async fn joined(synapse: &Synapse, name: &str, encrypted: bool, gateway: &Serving) -> Self {
        let mut user = Self::new(synapse, name, encrypted).await;
        user.wait_for_the_bot(gateway).await;
        user
    }

    /// `name` in a direct room with the bot, past the language choice (German) and the
    /// privacy note: at the main menu.
    pub(crate) async fn at_the_main_menu(synapse: &Synapse, name: &str, encrypted: bool, gateway: &Serving) -> Self {
        let mut user = Self::joined(synapse, name, encrypted, gateway).await;
        let menu = user.says("/start").await;
        let note = user.picks(&menu, "Deutsch").await;
        user.accepts_privacy_note(note).await;
        user
    }

    /// Waits until the bot has joined the direct room.
    pub(crate) async fn wait_for_the_bot(&mut self, gateway: &Serving) {
        let started = Instant::now();
        while !self.bot_has_joined().await {
            assert!(started.elapsed() < Duration::from_secs(30), "the bot did not join the room:\n{}", gateway.log());
            self.sync(Duration::from_millis(500)).await;
        }
    }

    /// Whether the bot is still joined to or invited into the room.
    pub(crate) async fn bot_is_in_the_room(&self) -> bool {
        let member = self.room().get_member_no_sync(&self.bot).await.unwrap();
        member.is_some_and(|m| matches!(m.membership(), MembershipState::Join | MembershipState::Invite))
    }

    async fn bot_has_joined(&self) -> bool {
        let member = self.room().get_member_no_sync(&self.bot).await.unwrap();
        member.is_some_and(|m| *m.membership() == MembershipState::Join)
    }

    /// Writes `text` and returns the bot's answer.
    pub(crate) async fn says(&mut self, text: &str) -> Vec<Shown> {
        self.send(text).await;
        self.replies().await
    }

    pub(crate) async fn send(&self, text: &str) {
        self.room().send(RoomMessageEventContent::text_plain(text)).await.unwrap();
    }

    /// After the first language choice: answers the privacy note that `shown` ends with by
    /// its first option, OK. Returns everything shown from the choice to the main menu.
    pub(crate) async fn accepts_privacy_note(&mut self, shown: Vec<Shown>) -> Vec<Shown> {
        let note = last(&shown);
        let ok_first = note.plain.lines().any(|line| unmarked(line).starts_with("1. 👍 "));
        assert!(note.plain.contains("/privacy") && ok_first, "no privacy note in:\n{}", texts(&shown));
        let main = self.says("1").await;
        [shown, main].concat()
    }

    /// Answers the last menu with the number of the option labelled `label`.
    pub(crate) async fn picks(&mut self, shown: &[Shown], label: &str) -> Vec<Shown> {
        let number = shown.iter().rev().find_map(|s| s.number_of(label)).unwrap_or_else(|| panic!("no option {label:?} in:\n{}", texts(shown)));
        self.says(&number.to_string()).await
    }

    /// The bot's messages until one ends with options (every answer ends with a menu) and
    /// the room has gone quiet.
    pub(crate) async fn replies(&mut self) -> Vec<Shown> {
        let started = Instant::now();
        let mut shown = Vec::new();
        while started.elapsed() < Duration::from_secs(40) {
            let new = self.sync(Duration::from_secs(2)).await;
            let quiet = new.is_empty();
            shown.extend(new);
            if quiet && shown.last().is_some_and(|s| s.html.contains("<ol>") || s.html.contains("<ul>")) {
                break;
            }
        }
        shown
    }

    /// The bot's messages until one contains `text` (or carries a file, for ""), waiting
    /// up to 40 s.
    pub(crate) async fn wait_for(&mut self, text: &str, gateway: &Serving) -> Vec<Shown> {
        let started = Instant::now();
        let mut shown = Vec::new();
        while !shown.iter().any(|s: &Shown| if text.is_empty() { s.file.is_some() } else { s.plain.contains(text) }) {
            assert!(started.elapsed() < Duration::from_secs(40), "no message with {text:?} came:\n{}\n{}", texts(&shown), gateway.log());
            shown.extend(self.sync(Duration::from_secs(1)).await);
        }
        shown
    }

    /// Waits for the bot to invite this person to another room (a handover's own room),
    /// joins it, and returns them in it.
    pub(crate) async fn joins_the_next_room(&mut self, gateway: &Serving) -> Self {
        let started = Instant::now();
        loop {
            let mut settings = SyncSettings::default().timeout(Duration::from_secs(1));
            if let Some(token) = &self.token {
                settings = settings.token(token.clone());
            }
            let response = self.client.sync_once(settings).await.unwrap();
            self.token = Some(response.next_batch.clone());
            if let Some(room_id) = response.rooms.invited.keys().next() {
                let room = self.client.join_room_by_id(room_id).await.unwrap();
                return Self { client: self.client.clone(), room: room.room_id().to_owned(), bot: self.bot.clone(), token: self.token.clone() };
            }
            assert!(started.elapsed() < Duration::from_secs(40), "the bot opened no other room:\n{}", gateway.log());
        }
    }

    /// Sends a photo with a caption into the room.
    pub(crate) async fn sends_photo(&self, bytes: &[u8], caption: &str) {
        self.sends_file("brief.jpg", "image/jpeg", bytes, caption).await;
    }

    /// Sends a file (a photo, a PDF, a voice note: by its content type) with a caption.
    pub(crate) async fn sends_file(&self, name: &str, mime: &str, bytes: &[u8], caption: &str) {
        let config = matrix_sdk::attachment::AttachmentConfig::new()
            .caption(Some(matrix_sdk::ruma::events::room::message::TextMessageEventContent::plain(caption)));
        self.room().send_attachment(name, &mime.parse().unwrap(), bytes.to_vec(), config).await.unwrap();
    }

    /// The bot's messages within `wait`, expecting none or some.
    pub(crate) async fn messages_within(&mut self, wait: Duration) -> Vec<Shown> {
        let started = Instant::now();
        let mut shown = Vec::new();
        while started.elapsed() < wait {
            shown.extend(self.sync(Duration::from_millis(500)).await);
        }
        shown
    }
}

fn last(shown: &[Shown]) -> &Shown {
    shown.last().unwrap_or_else(|| panic!("the bot did not answer"))
}

/// The label of the main menu's courses option (the one with 📚), in any language.
fn courses_label(main: &[Shown]) -> String {
    let line = last(main).plain.lines().find(|l| l.contains("📚")).unwrap_or_else(|| panic!("no courses option in:\n{}", texts(main)));
    line.split_once(". ").unwrap().1.to_string()
}

/// From the main menu to the one-seat A1 test course and its sign-up, every option by
/// number: courses, German courses, A1, Mitte, the course, sign up.
async fn sign_up_from_the_main_menu(user: &mut User, main: &[Shown]) -> Vec<Shown> {
    let mut shown = user.picks(main, &courses_label(main)).await;
    for _ in 0..5 {
        assert!(!shown.is_empty());
        shown = user.says("1").await;
    }
    shown
}

async fn sign_up_for_the_a1_course(user: &mut User, language: &str) -> Vec<Shown> {
    let menu = user.says("/start").await;
    let note = user.picks(&menu, language).await;
    let main = user.accepts_privacy_note(note).await;
    sign_up_from_the_main_menu(user, &main).await
}

pub(crate) async fn serving(limits: MessageLimits) -> (Synapse, tempfile::TempDir, Serving) {
    let synapse = Synapse::start(limits).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let dir = tempfile::tempdir().unwrap();
    let gateway = matrix_gateway(&synapse, &dir.path().join("db.sqlite3"));
    (synapse, dir, gateway)
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn german_journey_answered_by_label_and_number_in_an_unencrypted_room_ignoring_earlier_messages() {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    // Written before the bot ever started: joined, but not answered.
    let mut early = User::new(&synapse, "early", false).await;
    early.send("hallo, ist da jemand?").await;
    let dir = tempfile::tempdir().unwrap();
    let gateway = matrix_gateway(&synapse, &dir.path().join("db.sqlite3"));
    early.wait_for_the_bot(&gateway).await;
    let unanswered = early.messages_within(Duration::from_secs(3)).await;
    assert!(unanswered.is_empty(), "a message from before the start was answered: {}\n{}", texts(&unanswered), gateway.log());

    let mut user = User::joined(&synapse, "anna", false, &gateway).await;
    let menu = user.says("/start").await;
    assert!(last(&menu).plain.starts_with("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());
    assert!(!last(&menu).encrypted);
    let chosen = user.room().send(RoomMessageEventContent::text_plain("Deutsch")).await.unwrap().response.event_id;
    let note = user.replies().await;
    assert!(texts(&note).contains("Gut. Ich schreibe Ihnen ab jetzt auf Deutsch."), "{}", texts(&note));
    // Editing an answered message does not act again.
    let edit = RoomMessageEventContent::text_plain("2").make_replacement(ReplacementMetadata::new(chosen, None));
    user.room().send(edit).await.unwrap();
    let after_edit = user.messages_within(Duration::from_secs(2)).await;
    assert!(after_edit.is_empty(), "an edit was answered: {}", texts(&after_edit));
    let main = user.accepts_privacy_note(note).await;
    assert!(last(&main).html.contains("<ol><li>ℹ️ Informationen</li>"), "{}", last(&main).html);
    let courses = user.says("📚 Kurse und Angebote").await;
    let levels = user.picks(&courses, "Deutschkurse").await;
    let districts = user.picks(&levels, "A1").await;
    let list = user.says("mitte").await;
    let detail = user.picks(&list, "Deutsch A1 (Test) · Mitte").await;
    assert!(texts(&detail).contains("Volkshochschule Stuttgart"), "{}", texts(&detail));
    let done = user.says("1").await;
    assert!(texts(&done).contains("Sie sind angemeldet: Deutsch A1 (Test)."), "{}\n{}", texts(&done), gateway.log());
    assert!(!districts.is_empty());
    // A number that is not on the menu gets a clear answer, not silence.
    let wrong = user.says("9").await;
    assert!(!wrong.is_empty(), "{}", gateway.log());
    assert!(!early.messages_within(Duration::from_millis(500)).await.iter().any(|s| s.plain.contains("Sprache")));
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn ukrainian_user_waits_for_a_seat_and_the_outbox_news_arrives_in_their_room() {
    let (synapse, _dir, gateway) = serving(MessageLimits::Raised).await;
    let mut first = User::new(&synapse, "petra", false).await;
    let mut second = User::new(&synapse, "olena", false).await;
    first.wait_for_the_bot(&gateway).await;
    second.wait_for_the_bot(&gateway).await;
    let seat = sign_up_for_the_a1_course(&mut first, "Deutsch").await;
    assert!(texts(&seat).contains("Sie sind angemeldet"), "{}\n{}", texts(&seat), gateway.log());
    let waiting = sign_up_for_the_a1_course(&mut second, "Українська").await;
    assert!(texts(&waiting).contains("Ви в списку очікування під номером 1"), "{}\n{}", texts(&waiting), gateway.log());

    let my = first.says("/my").await;
    let signup = first.picks(&my, "✅ Deutsch A1 (Test)").await;
    let cancelled = first.picks(&signup, "❌ Absagen").await;
    assert!(texts(&cancelled).contains("Sie haben abgesagt"), "{}", texts(&cancelled));
    let news = second.messages_within(Duration::from_secs(8)).await;
    let promoted = news.iter().filter(|s| s.plain.starts_with("Гарна новина! Звільнилося місце.")).count();
    assert_eq!(promoted, 1, "{}\n{}", texts(&news), gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn dari_journey_in_an_encrypted_room_is_answered_encrypted_and_right_to_left() {
    let (synapse, _dir, gateway) = serving(MessageLimits::Raised).await;
    let mut user = User::joined(&synapse, "farid", true, &gateway).await;
    let menu = user.says("/start").await;
    assert!(!menu.is_empty(), "no answer in the encrypted room:\n{}", gateway.log());
    assert!(menu.iter().all(|s| s.encrypted), "the bot answered unencrypted in an encrypted room");
    let note = user.says("دری").await;
    let main = user.accepts_privacy_note(note).await;
    assert!(texts(&main).contains("از این به بعد به زبان دری"), "{}\n{}", texts(&main), gateway.log());
    let page = last(&main);
    assert!(page.plain.starts_with('\u{200F}') && page.html.starts_with('\u{200F}'), "a right-to-left message opens with a right-to-left mark");
    assert!(page.html.contains("<ol>") && page.plain.contains("\u{200F}1. "), "{}", page.plain);
    let done = sign_up_from_the_main_menu(&mut user, &main).await;
    // The course has no Dari title: English is next in the chain.
    assert!(texts(&done).contains("German A1 (test)"), "{}\n{}", texts(&done), gateway.log());
    assert!(done.iter().all(|s| s.encrypted));

    // The same in an unencrypted room, the language picked by its number.
    let mut plain = User::joined(&synapse, "zahra", false, &gateway).await;
    let menu = plain.says("/start").await;
    let note = plain.picks(&menu, "دری").await;
    let main = plain.accepts_privacy_note(note).await;
    assert!(texts(&main).contains("از این به بعد به زبان دری"), "{}\n{}", texts(&main), gateway.log());
    assert!(main.iter().all(|s| !s.encrypted));
    // The one seat went to the first user: the second waits for it.
    let waiting = sign_up_from_the_main_menu(&mut plain, &main).await;
    assert!(texts(&waiting).contains("در لست انتظار نفر 1 هستید"), "{}\n{}", texts(&waiting), gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_gateway_restart_mid_journey_keeps_the_device_and_answers_what_came_meanwhile_once() {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let gateway = matrix_gateway(&synapse, &db);
    let mut user = User::joined(&synapse, "jonas", true, &gateway).await;
    let menu = user.says("/start").await;
    let note = user.says("Deutsch").await;
    let main = user.accepts_privacy_note(note).await;
    assert!(texts(&main).contains("Wobei kann ich Ihnen helfen?"), "{}\n{}", texts(&menu), gateway.log());
    let device = session_device(&db);

    gateway.stop();
    // Written while the gateway is away: answered once it is back.
    user.send("📚 Kurse und Angebote").await;
    let gateway = matrix_gateway(&synapse, &db);
    assert_eq!(session_device(&db), device, "the restart logged in again instead of keeping its device");
    let courses = user.replies().await;
    assert!(texts(&courses).starts_with("Welche Angebote suchen Sie?"), "{}\n{}", texts(&courses), gateway.log());
    assert!(courses.iter().all(|s| s.encrypted));
    // Nothing is answered twice: the earlier messages stay answered once.
    let extra = user.messages_within(Duration::from_secs(3)).await;
    assert!(extra.is_empty(), "answered again after the restart: {}", texts(&extra));
    let levels = user.picks(&courses, "Deutschkurse").await;
    assert!(texts(&levels).contains("Welches Sprachniveau"), "{}\n{}", texts(&levels), gateway.log());
    let devices = user.client.encryption().get_user_devices(&user.bot).await.unwrap();
    assert_eq!(devices.devices().count(), 1, "the bot has one device");
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_message_synced_just_before_a_crash_is_answered_after_the_restart() {
    let (synapse, dir, gateway) = serving(MessageLimits::Raised).await;
    let db = dir.path().join("db.sqlite3");
    let mut user = User::joined(&synapse, "petra", false, &gateway).await;
    let menu = user.says("/start").await;
    assert!(menu.iter().any(|s| s.number_of("English").is_some()), "{}\n{}", texts(&menu), gateway.log());
    gateway.stop();
    user.send("English").await;
    synced_by_a_gateway_that_crashed_before_answering(&synapse, &db).await;

    let gateway = matrix_gateway(&synapse, &db);
    let answer = user.replies().await;
    assert!(!answer.is_empty(), "the message synced before the crash was never answered:\n{}", gateway.log());
}

/// What a gateway killed in the middle of a sync response leaves behind: matrix-sdk has read
/// the response and stored its position, the gateway has not handled it.
async fn synced_by_a_gateway_that_crashed_before_answering(synapse: &Synapse, db: &Path) {
    let store = db.with_extension("matrix");
    let session: matrix_sdk::authentication::matrix::MatrixSession =
        serde_json::from_str(&std::fs::read_to_string(store.join("session.json")).unwrap()).unwrap();
    let client = Client::builder().homeserver_url(&synapse.url).sqlite_store(&store, None).build().await.unwrap();
    let handled = client.state_store().get_custom_value(b"wegweiser.sync_token").await.unwrap().expect("the gateway's sync position");
    client.restore_session(session).await.unwrap();
    let response = client.sync_once(SyncSettings::default().token(String::from_utf8(handled).unwrap())).await.unwrap();
    let texts: Vec<_> = response.rooms.joined.values().flat_map(|room| &room.timeline.events).filter_map(|e| e.raw().get_field::<Value>("content").ok().flatten()).collect();
    assert!(texts.iter().any(|c| c["body"] == "English"), "the message is in the response: {texts:?}");
}

fn session_device(db: &Path) -> String {
    let session: Value = serde_json::from_str(&std::fs::read_to_string(db.with_extension("matrix").join("session.json")).unwrap()).unwrap();
    session["device_id"].as_str().unwrap().to_string()
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_synapse_restart_while_the_gateway_runs_loses_nothing() {
    let (mut synapse, _dir, gateway) = serving(MessageLimits::Raised).await;
    let mut user = User::joined(&synapse, "mira", true, &gateway).await;
    user.says("/start").await;
    let main = user.says("Українська").await;
    assert!(texts(&main).contains("Відтепер я писатиму вам українською"), "{}\n{}", texts(&main), gateway.log());

    synapse.restart().await;
    let courses = user.says("1").await;
    assert!(!courses.is_empty(), "no answer after the homeserver came back:\n{}", gateway.log());
    let more = user.says("/language").await;
    assert!(!more.is_empty(), "{}", gateway.log());
    assert!(gateway.log().contains("sync failed; trying again"), "the gateway noticed the homeserver was gone:\n{}", gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn m_limit_exceeded_is_waited_for_and_every_reply_arrives() {
    let (synapse, _dir, gateway) = serving(MessageLimits::Tight).await;
    let mut user = User::joined(&synapse, "sami", false, &gateway).await;
    let menu = user.says("/start").await;
    let main = user.says("Deutsch").await;
    // "Deutsch" is answered with two messages; the homeserver lets two through, then asks
    // to wait.
    let topics = user.says("1").await;
    assert!(!menu.is_empty() && !topics.is_empty());
    assert!(texts(&main).contains("Gut. Ich schreibe Ihnen ab jetzt auf Deutsch."), "{}\n{}", texts(&main), gateway.log());
    assert!(gateway.log().contains("the network asks to wait"), "Synapse never asked to wait:\n{}", gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn in_a_group_room_the_bot_answers_only_when_named_and_leaves_rooms_everyone_left() {
    let (synapse, _dir, gateway) = serving(MessageLimits::Raised).await;
    let mut lea = User::new(&synapse, "lea", false).await;
    let omar = synapse.register("omar", "user-password").await;
    let mut request = CreateRoom::new();
    request.invite = vec![lea.bot.clone(), omar];
    request.name = Some("Deutschkurs Dienstag".into());
    let group = lea.client.create_room(request).await.unwrap();
    let mut in_group = lea.in_room(&group);
    in_group.wait_for_the_bot(&gateway).await;
    in_group.send("Hallo zusammen, wer kommt morgen?").await;
    let quiet = in_group.messages_within(Duration::from_secs(3)).await;
    assert!(quiet.is_empty(), "the bot spoke in a group unasked: {}", texts(&quiet));
    in_group.send("wegweiser, wo finde ich Deutschkurse?").await;
    let pointer = in_group.messages_within(Duration::from_secs(4)).await;
    assert_eq!(pointer.len(), 1, "{}\n{}", texts(&pointer), gateway.log());
    assert!(pointer[0].html.contains(&format!("https://matrix.to/#/@{BOT}:{SERVER_NAME}")), "{}", pointer[0].html);
    assert!(!pointer[0].plain.contains("Willkommen"), "nothing of a conversation is shown in a group");

    // The direct room: the bot answers, and leaves once Lea has left it.
    lea.wait_for_the_bot(&gateway).await;
    assert!(!lea.says("/start").await.is_empty());
    lea.room().leave().await.unwrap();
    let started = Instant::now();
    while !gateway.log().contains("left a room everyone else had left") {
        assert!(started.elapsed() < Duration::from_secs(15), "the bot stayed in an empty room:\n{}", gateway.log());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn an_access_token_works_instead_of_a_password_and_its_device_is_kept() {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let login = json!({ "type": "m.login.password", "identifier": { "type": "m.id.user", "user": BOT }, "password": BOT_PASSWORD });
    let session: Value = reqwest::Client::new().post(format!("{}/_matrix/client/v3/login", synapse.url)).json(&login).send().await.unwrap().json().await.unwrap();
    let token = session["access_token"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let gateway = matrix_gateway_with(&synapse, &db, &[("WEGWEISER_MATRIX_ACCESS_TOKEN", token)]);
    assert_eq!(session_device(&db), session["device_id"].as_str().unwrap(), "the token's own device");
    let mut user = User::joined(&synapse, "karim", true, &gateway).await;
    let menu = user.says("/start").await;
    assert!(last(&menu).plain.starts_with("Bitte wählen Sie Ihre Sprache."), "{}\n{}", texts(&menu), gateway.log());
    assert!(!gateway.log().contains(token), "the token is never logged");
    assert_eq!(readable_by_others(dir.path()), Vec::<String>::new(), "the database and the Matrix stores are the owner's alone");
    let profile: Value = reqwest::get(format!("{}/_matrix/client/v3/profile/@{BOT}:{SERVER_NAME}", synapse.url)).await.unwrap().json().await.unwrap();
    assert_eq!(profile["displayname"], json!("Wegweiser Stuttgart"), "the bot shows the deployment's name");
}

/// The files and folders below `dir` that its owner's group or others may read, but for
/// the logs this test harness writes there itself.
fn readable_by_others(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten().filter(|e| !e.file_name().to_string_lossy().contains(".log")) {
        let mode = entry.metadata().unwrap().permissions().mode();
        if mode & 0o077 != 0 {
            found.push(format!("{} {:o}", entry.path().display(), mode & 0o777));
        }
        if entry.file_type().unwrap().is_dir() {
            found.extend(readable_by_others(&entry.path()));
        }
    }
    found
}

#[tokio::test]
#[ignore = "needs Synapse and the Telegram emulator: `bash tests/run-all.sh` installs and runs them"]
async fn telegram_and_matrix_run_side_by_side_and_news_crosses_from_one_to_the_other() {
    use crate::telegram;
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let emulator = telegram::Emulator::start();
    let dir = tempfile::tempdir().unwrap();
    let settings = [
        ("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD),
        ("WEGWEISER_TELEGRAM_TOKEN", telegram::TOKEN),
        ("WEGWEISER_TELEGRAM_API_URL", emulator.url.as_str()),
    ];
    let gateway = matrix_gateway_with(&synapse, &dir.path().join("db.sqlite3"), &settings);
    assert!(gateway.log().contains("wegweiser: serving Telegram and Matrix"), "{}", gateway.log());

    // The one seat goes to a Matrix user; a Telegram user waits for it.
    let mut on_matrix = User::joined(&synapse, "ida", true, &gateway).await;
    let seat = sign_up_for_the_a1_course(&mut on_matrix, "Deutsch").await;
    assert!(texts(&seat).contains("Sie sind angemeldet"), "{}\n{}", texts(&seat), gateway.log());
    let mut on_telegram = telegram::User::new(&emulator, 4901, "de");
    let waiting = telegram::sign_up_for_the_a1_course(&mut on_telegram).await;
    assert!(telegram::texts(&waiting).contains("auf Platz 1"), "{}\n{}", telegram::texts(&waiting), gateway.log());

    // The Matrix user gives the seat up: the news reaches the Telegram user.
    let my = on_matrix.says("/my").await;
    let signup = on_matrix.picks(&my, "✅ Deutsch A1 (Test)").await;
    let cancelled = on_matrix.picks(&signup, "❌ Absagen").await;
    assert!(texts(&cancelled).contains("Sie haben abgesagt"), "{}", texts(&cancelled));
    let news = on_telegram.calls(&["sendMessage"], 1, 15).await;
    let sent: Vec<&str> = news.iter().filter_map(|c| c["result"]["text"].as_str()).collect();
    assert!(sent.iter().any(|t| t.starts_with("Gute Nachricht! Ein Platz ist frei geworden.")), "{sent:?}\n{}", gateway.log());
}

#[tokio::test]
#[ignore = "needs Synapse: `bash tests/run-all.sh` installs and runs it"]
async fn a_peer_on_matrix_who_never_wrote_gets_a_new_room_for_a_request_and_answers_by_command() {
    let synapse = Synapse::start(MessageLimits::Raised).await;
    synapse.register(BOT, BOT_PASSWORD).await;
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::fs::read_to_string(repository().join("tests/fixtures/catalog.toml")).unwrap();
    let catalog = dir.path().join("catalog.toml");
    std::fs::write(&catalog, fixture.replace("account = \"console:amal\"", &format!("account = \"matrix:@amal:{SERVER_NAME}\""))).unwrap();
    let args = ["--sample-catalog", catalog.to_str().unwrap()];
    let gateway = matrix_gateway_on(&synapse, &dir.path().join("db.sqlite3"), &args, &[("WEGWEISER_MATRIX_PASSWORD", BOT_PASSWORD)]);

    let amal = User::log_in(&synapse, "amal").await;
    let mut rana = User::joined(&synapse, "rana", false, &gateway).await;
    let menu = rana.says("/start").await;
    let note = rana.picks(&menu, "Deutsch").await;
    let main = rana.accepts_privacy_note(note).await;
    let topics = rana.picks(&main, "🤝 Hilfe von Geflüchteten").await;
    let districts = rana.picks(&topics, "Wohnen").await;
    let peers = rana.picks(&districts, "Mitte").await;
    let detail = rana.picks(&peers, "Amal · العربية, Deutsch").await;
    rana.picks(&detail, "✉️ Ja, um Kontakt bitten").await;
    let check = rana.says("+49 170 1234567").await;
    let sent = rana.picks(&check, "✅ Ja, schicken").await;
    assert!(texts(&sent).contains("Ihre Bitte ist bei Amal."), "{}\n{}", texts(&sent), gateway.log());

    // Amal never wrote to the bot: it opens a direct room with her for the request.
    let mut amal = User::invited_by_the_bot(amal, &gateway).await;
    let request = amal.replies().await;
    let notice = request.iter().find(|s| s.plain.contains("/accept 1")).unwrap_or_else(|| panic!("{}\n{}", texts(&request), gateway.log()));
    assert!(notice.html.contains("<code>/accept 1</code>"), "the command to type is shown: {}", notice.html);
    let accepted = amal.says("/accept 1").await;
    assert!(texts(&accepted).contains("+49 170 1234567"), "{}\n{}", texts(&accepted), gateway.log());

    // Rana hears back in her room.
    let news = rana.messages_within(Duration::from_secs(6)).await;
    assert!(texts(&news).contains("Gute Nachricht! Amal hilft Ihnen gern."), "{}\n{}", texts(&news), gateway.log());
}
