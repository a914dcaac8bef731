//! Wegweiser's Matrix channel (matrix-sdk). The bot logs in once and keeps its session and
//! its crypto store (SQLite) in a folder of its own, so a restart keeps its device and its
//! keys. It joins the rooms it is invited to, treats each direct room as the conversation
//! with the person in it, decrypts what arrives in encrypted rooms and answers encrypted.
//!
//! Syncing: the very first start does one initial sync and answers nothing from before it;
//! after that, each sync response is handled in full (every message committed by the
//! gateway and answered) before its `next_batch` token is stored, so a restart resumes from
//! the last handled response. A message seen twice is recognised by its event id.

mod handover;
mod media;
mod render;
mod session;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::api::client::filter::{FilterDefinition, RoomEventFilter, RoomFilter};
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::events::{AnySyncMessageLikeEvent, AnySyncTimelineEvent};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{MilliSecondsSinceUnixEpoch, OwnedRoomId, OwnedUserId, RoomId, TransactionId, UInt, UserId};
use matrix_sdk::{Client, Room, RoomState};
use tokio::sync::Mutex;
use wegweiser_core::delivery::{self as shared, Failure, RateLimits, Sender};
use wegweiser_core::lanes::Lanes;
use wegweiser_core::{Conversations, Inbound, InboundKind, MediaKind, Outbound, Replies, Secret};

pub use render::{notice, Notice};
pub use session::Credentials;

/// The channel name Matrix conversations are stored under.
pub const CHANNEL: &str = "matrix";

/// How long a sync request waits for news.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);
/// Events per room a sync brings at most; more arrive while the bot was away only rarely.
const TIMELINE_LIMIT: u32 = 100;
/// How long a message that could not be decrypted yet waits for its key.
const KEY_WAIT: Duration = Duration::from_secs(600);
/// Tries to join a room the bot was invited to (Synapse may answer the invite before the
/// room is ready to be joined).
const JOIN_TRIES: u32 = 6;

/// Matrix homeservers limit clients per user; these stay well under Synapse's defaults.
/// Messages a second to all rooms together unless configured: a homeserver's default
/// rate limit lets a client send about this many.
pub const MESSAGES_PER_SECOND: u32 = 10;

/// Store keys of the values the channel keeps beside matrix-sdk's own state.
const SYNC_TOKEN_KEY: &[u8] = b"wegweiser.sync_token";
const STARTED_AT_KEY: &[u8] = b"wegweiser.started_at";
const ROOM_KEY_PREFIX: &str = "wegweiser.room.";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Matrix: {0}")]
    Matrix(#[from] matrix_sdk::Error),
    #[error("Matrix client: {0}")]
    Client(#[from] matrix_sdk::ClientBuildError),
    #[error("Matrix store: {0}")]
    Store(#[from] matrix_sdk::StoreError),
    #[error("Matrix request: {0}")]
    Http(#[from] matrix_sdk::HttpError),
    #[error("the gateway failed: {0}")]
    Gateway(Box<dyn std::error::Error + Send + Sync>),
    #[error("{0}")]
    Session(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where and how to reach the homeserver.
#[derive(Debug, Clone)]
pub struct Connection {
    /// The client-server API's base URL, used as given (no discovery), e.g.
    /// `https://matrix.example.org` or `http://127.0.0.1:8008`.
    pub homeserver: String,
    /// The bot's full user id, `@wegweiser:example.org`.
    pub user: String,
    pub credentials: Credentials,
    /// The folder for the session and matrix-sdk's SQLite stores.
    pub store: PathBuf,
    /// Encrypts the SQLite stores when set.
    pub store_passphrase: Option<Secret>,
    /// The bot's display name and its device's name, as other users' clients show them.
    pub display_name: String,
    /// Messages a second to all rooms together; 10 when None.
    pub messages_per_second: Option<u32>,
    /// The share of it a broadcast takes, in percent; 60 when None.
    pub broadcast_percent: Option<u32>,
}

/// The Matrix channel; cheap to clone, all clones share the client and the limits.
pub struct Matrix<G> {
    inner: Arc<Inner<G>>,
}

impl<G> Clone for Matrix<G> {
    fn clone(&self) -> Self {
        Self { inner: self.inner.clone() }
    }
}

struct Inner<G> {
    client: Client,
    gateway: Arc<G>,
    limits: shared::Limits<OwnedRoomId, matrix_sdk::Error>,
    /// Messages a second to all rooms together.
    per_second: u32,
    /// The share of them a broadcast takes, in percent.
    broadcast_percent: u32,
    own: OwnedUserId,
    /// Messages never answered before this moment: the first start, when the bot did not
    /// yet know the rooms it was in.
    started_at: MilliSecondsSinceUnixEpoch,
    /// Each user's direct room, as last written from.
    rooms: Mutex<HashMap<OwnedUserId, OwnedRoomId>>,
    /// Encrypted messages whose key has not arrived yet.
    waiting_for_keys: Mutex<Vec<(OwnedRoomId, Raw<OriginalSyncRoomEncryptedEvent>, Instant)>>,
    /// The deployment's name, for the names of handover rooms.
    deployment: String,
    /// Each room's replies go out in order, in its own lane.
    sending: Lanes<OwnedRoomId>,
}

impl<G: Conversations> Matrix<G> {
    /// Restores the stored session, or logs in and stores it; nothing secret is logged.
    pub async fn connect(connection: &Connection, gateway: Arc<G>) -> Result<Self> {
        let client = session::open(connection).await?;
        let own = client.user_id().ok_or_else(|| Error::Session("logged in, but without a user id".into()))?.to_owned();
        let started_at = match client.state_store().get_custom_value(STARTED_AT_KEY).await? {
            Some(bytes) => String::from_utf8_lossy(&bytes).parse::<u64>().ok().and_then(UInt::new).map(MilliSecondsSinceUnixEpoch),
            None => None,
        };
        let started_at = match started_at {
            Some(at) => at,
            None => {
                let now = MilliSecondsSinceUnixEpoch::now();
                client.state_store().set_custom_value(STARTED_AT_KEY, now.get().to_string().into_bytes()).await?;
                now
            }
        };
        tracing::info!(user = %own, device = ?client.device_id(), "connected to Matrix");
        let account = client.account();
        if account.get_display_name().await.ok().flatten().as_deref() != Some(connection.display_name.as_str())
            && let Err(e) = account.set_display_name(Some(&connection.display_name)).await
        {
            tracing::warn!(error = %e, "could not set the bot's display name");
        }
        let per_second = connection.messages_per_second.unwrap_or(MESSAGES_PER_SECOND);
        Ok(Self {
            inner: Arc::new(Inner {
                client,
                gateway,
                limits: shared::Limits::new(RateLimits { per_second, per_chat_per_second: 2, per_chat_burst: 5 }, classify),
                per_second,
                broadcast_percent: connection.broadcast_percent.unwrap_or(shared::DEFAULT_BROADCAST_PERCENT),
                own,
                started_at,
                rooms: Mutex::default(),
                waiting_for_keys: Mutex::default(),
                deployment: connection.display_name.clone(),
                sending: Lanes::default(),
            }),
        })
    }

    /// The bot's user id.
    pub fn user_id(&self) -> &UserId {
        &self.inner.own
    }

    /// Syncs until the gateway stops ([`Conversations::stopping`]): then the response in
    /// hand is handled and its replies sent before it returns. A failed sync is tried again
    /// with growing pauses (the homeserver may be restarting); a response that was not
    /// handled in full is handled again.
    pub async fn run(&self) -> Result<()> {
        let stopping = self.inner.gateway.stopping();
        let client = &self.inner.client;
        let filter = Filter::FilterDefinition(sync_filter());
        let mut token = match client.state_store().get_custom_value(SYNC_TOKEN_KEY).await? {
            Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            None => {
                let initial = self.sync_retrying(SyncSettings::default().filter(filter.clone())).await;
                self.store_token(&initial.next_batch).await?;
                tracing::info!("first sync done; earlier messages are not answered");
                initial.next_batch
            }
        };
        self.join_pending_invites().await;
        while !stopping.is_cancelled() {
            let settings = SyncSettings::default().filter(filter.clone()).token(token.clone()).timeout(SYNC_TIMEOUT);
            // A sync cut short by the stop loses nothing: the stored position is unchanged.
            let response = tokio::select! {
                response = self.sync_retrying(settings) => response,
                () = stopping.cancelled() => break,
            };
            match self.handle_sync(&response).await {
                Ok(()) => {
                    // Not stored: after a restart the response comes again, and what was
                    // answered is recognised by its event ids.
                    if let Err(e) = self.store_token(&response.next_batch).await {
                        tracing::warn!(error = %e, "could not store the sync position");
                    }
                    token = response.next_batch;
                }
                Err(e) => {
                    tracing::error!(error = %e, "a sync response was not handled in full; it is fetched again");
                    shared::pause_unless_stopping(&stopping, Duration::from_secs(2)).await;
                }
            }
        }
        self.inner.sending.idle().await;
        Ok(())
    }

    async fn sync_retrying(&self, settings: SyncSettings) -> matrix_sdk::sync::SyncResponse {
        let mut failures = 0u32;
        loop {
            match self.inner.client.sync_once(settings.clone()).await {
                Ok(response) => {
                    if failures > 0 {
                        tracing::info!("syncing with the homeserver again");
                    }
                    return response;
                }
                Err(e) => {
                    failures += 1;
                    let pause = shared::backoff(failures).min(Duration::from_secs(15));
                    tracing::warn!(error = %e, ?pause, "sync failed; trying again");
                    tokio::time::sleep(pause).await;
                }
            }
        }
    }

    async fn store_token(&self, token: &str) -> Result<()> {
        self.inner.client.state_store().set_custom_value(SYNC_TOKEN_KEY, token.as_bytes().to_vec()).await?;
        Ok(())
    }

    /// Handles one sync response: joins invites, then answers each room's new messages, rooms
    /// side by side and each room's messages in order.
    async fn handle_sync(&self, response: &matrix_sdk::sync::SyncResponse) -> Result<()> {
        for room_id in response.rooms.invited.keys() {
            self.join(room_id).await;
        }
        let mut tasks = tokio::task::JoinSet::new();
        for (room_id, update) in &response.rooms.joined {
            let events = update.timeline.events.clone();
            if events.is_empty() {
                continue;
            }
            if update.timeline.limited && !self.joined_in(&events) {
                tracing::warn!(room = %room_id, "more messages arrived than one sync carries; the oldest are not answered");
            }
            let (channel, room_id) = (self.clone(), room_id.clone());
            tasks.spawn(async move {
                for event in events {
                    channel.handle_event(&room_id, event).await?;
                }
                Ok::<(), Error>(())
            });
        }
        let mut result = Ok(());
        while let Some(done) = tasks.join_next().await {
            match done {
                Ok(Err(e)) => result = Err(e),
                Err(e) => result = Err(Error::Gateway(Box::new(e))),
                Ok(Ok(())) => {}
            }
        }
        result?;
        for (room_id, update) in &response.rooms.joined {
            if update.timeline.events.iter().any(|e| is_leave_of_other(e, &self.inner.own)) {
                self.leave_if_alone(room_id).await;
            }
        }
        self.retry_waiting_for_keys().await
    }

    /// Leaves a room everyone else has left: a user who closed the chat gets a new room
    /// when a notification must reach them.
    async fn leave_if_alone(&self, room_id: &RoomId) {
        let Some(room) = self.inner.client.get_room(room_id) else { return };
        if room.active_members_count() > 1 {
            return;
        }
        match room.leave().await {
            Ok(()) => tracing::info!(room = %room_id, "left a room everyone else had left"),
            Err(e) => tracing::warn!(room = %room_id, error = %e, "could not leave an empty room"),
        }
    }

    /// Whether the bot's own join is among `events`: a room's first sync after joining is
    /// cut short by design, and nothing in it was missed.
    fn joined_in(&self, events: &[TimelineEvent]) -> bool {
        events.iter().any(|e| {
            let raw = e.raw();
            raw.get_field::<String>("type").ok().flatten().as_deref() == Some("m.room.member")
                && raw.get_field::<String>("state_key").ok().flatten().as_deref() == Some(self.inner.own.as_str())
        })
    }

    async fn handle_event(&self, room_id: &RoomId, event: TimelineEvent) -> Result<()> {
        if event.kind.is_utd() {
            if let Ok(encrypted) = event.raw().deserialize_as_unchecked::<OriginalSyncRoomEncryptedEvent>()
                && encrypted.sender != self.inner.own
            {
                tracing::info!(room = %room_id, event = %encrypted.event_id, "a message cannot be decrypted yet; waiting for its key");
                self.inner.waiting_for_keys.lock().await.push((room_id.to_owned(), event.raw().clone().cast_unchecked(), Instant::now()));
            }
            return Ok(());
        }
        self.handle_raw(room_id, event.raw()).await
    }

    /// Answers one room message: not the bot's own, not from before the first start.
    async fn handle_raw(&self, room_id: &RoomId, raw: &Raw<AnySyncTimelineEvent>) -> Result<()> {
        let Ok(AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(message))) = raw.deserialize() else {
            return Ok(());
        };
        let Some(message) = message.as_original() else { return Ok(()) };
        if message.sender == self.inner.own || message.origin_server_ts < self.inner.started_at {
            return Ok(());
        }
        let Some(room) = self.inner.client.get_room(room_id) else { return Ok(()) };
        if room.state() != RoomState::Joined {
            return Ok(());
        }
        if matches!(message.content.relates_to, Some(Relation::Replacement(_))) {
            // An edit of a message already answered: answering it would act twice.
            return Ok(());
        }
        let Some(mut kind) = inbound_kind(&message.content.msgtype) else { return Ok(()) };
        let handover = self.handover_of_room(room_id).await?;
        if handover.is_none() {
            if !is_direct(&room) {
                if self.is_staff_room_command(room_id, command_name(&kind, &message.content.msgtype).as_deref()).await? {
                    if matches!(kind, InboundKind::Media(_)) {
                        kind = self.media_event(&message.sender, false, &message.content.msgtype, kind).await?;
                    }
                    return self.in_staff_room(&room, &message.sender, message.event_id.as_str(), kind).await;
                }
                return self.in_group(&room, &kind).await;
            }
            self.remember_room(&message.sender, room_id).await?;
        }
        if matches!(kind, InboundKind::Media(_)) {
            kind = self.media_event(&message.sender, handover.is_some(), &message.content.msgtype, kind).await?;
        }
        let inbound = Inbound {
            channel: CHANNEL.into(),
            user: message.sender.to_string(),
            event_id: message.event_id.to_string(),
            kind,
            language_hint: None,
            handover,
            staff_room: None,
        };
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        self.send_later(room, message.sender.as_str(), replies);
        Ok(())
    }

    /// Queues the replies to an event in their room's lane: they go out in order, and a
    /// room with a backlog holds up neither the others nor the sync.
    fn send_later(&self, room: Room, user: &str, replies: Replies) {
        let (channel, user) = (self.clone(), user.to_string());
        self.inner.sending.push(room.room_id().to_owned(), async move { channel.send_all(&room, &user, &replies).await });
    }

    /// Sends the replies to an event in order, stopping at the first that fails, and
    /// records how it went (what was not sent, the outbox sends later). `user` is whose
    /// conversation they belong to.
    async fn send_all(&self, room: &Room, user: &str, replies: &Replies) {
        shared::send_replies(&*self.inner.gateway, CHANNEL, user, replies, |i| self.send(room, &replies.messages[i])).await;
    }

    /// Tries again to decrypt the messages waiting for their keys; gives up on those that
    /// waited too long.
    async fn retry_waiting_for_keys(&self) -> Result<()> {
        let waiting = std::mem::take(&mut *self.inner.waiting_for_keys.lock().await);
        let mut still = Vec::new();
        for (room_id, raw, since) in waiting {
            let Some(room) = self.inner.client.get_room(&room_id) else { continue };
            match room.decrypt_event(&raw, None).await {
                Ok(event) if !event.kind.is_utd() => self.handle_raw(&room_id, event.raw()).await?,
                _ if since.elapsed() < KEY_WAIT => still.push((room_id, raw, since)),
                _ => tracing::warn!(room = %room_id, "a message could not be decrypted; its key never arrived"),
            }
        }
        self.inner.waiting_for_keys.lock().await.extend(still);
        Ok(())
    }

    /// Joins every room the bot is still only invited to (an invite that failed to be
    /// joined before a restart).
    async fn join_pending_invites(&self) {
        for room in self.inner.client.invited_rooms() {
            self.join(room.room_id()).await;
        }
    }

    /// Joins an invited room, retrying while the homeserver is not ready for it.
    async fn join(&self, room_id: &RoomId) {
        for tries in 1..=JOIN_TRIES {
            match self.inner.client.join_room_by_id(room_id).await {
                Ok(_) => {
                    tracing::info!(room = %room_id, "joined a room the bot was invited to");
                    return;
                }
                Err(e) if tries < JOIN_TRIES => {
                    let pause = shared::backoff(tries);
                    tracing::debug!(room = %room_id, error = %e, ?pause, "joining failed; trying again");
                    tokio::time::sleep(pause).await;
                }
                Err(e) => tracing::warn!(room = %room_id, error = %e, "could not join a room the bot was invited to"),
            }
        }
    }

    async fn remember_room(&self, user: &UserId, room_id: &RoomId) -> Result<()> {
        let mut rooms = self.inner.rooms.lock().await;
        if rooms.get(user).is_some_and(|known| known == room_id) {
            return Ok(());
        }
        let key = format!("{ROOM_KEY_PREFIX}{user}");
        self.inner.client.state_store().set_custom_value(key.as_bytes(), room_id.as_bytes().to_vec()).await?;
        rooms.insert(user.to_owned(), room_id.to_owned());
        Ok(())
    }

    /// The direct room to write to `user` in: the one they last wrote from, else a direct
    /// room the bot shares with them, else a new encrypted one.
    async fn room_for(&self, user: &UserId) -> Result<Room> {
        let known = self.inner.rooms.lock().await.get(user).cloned();
        let known = match known {
            Some(id) => Some(id),
            None => {
                let key = format!("{ROOM_KEY_PREFIX}{user}");
                let stored = self.inner.client.state_store().get_custom_value(key.as_bytes()).await?;
                stored.and_then(|bytes| RoomId::parse(String::from_utf8_lossy(&bytes).as_ref()).ok())
            }
        };
        if let Some(room) = known.and_then(|id| self.inner.client.get_room(&id)).filter(|r| r.state() == RoomState::Joined) {
            return Ok(room);
        }
        if let Some(room) = self.inner.client.get_dm_room(user).filter(|r| r.state() == RoomState::Joined) {
            self.remember_room(user, room.room_id()).await?;
            return Ok(room);
        }
        let room = self.inner.client.create_dm(user).await?;
        tracing::info!(user = %user, room = %room.room_id(), "opened a direct room for a notification");
        self.remember_room(user, room.room_id()).await?;
        Ok(room)
    }

    /// Sends one message as an `m.notice` (a file with its text as caption), within the
    /// limits; encrypted in encrypted rooms.
    async fn send(&self, room: &Room, message: &Outbound) -> Result<(), shared::SendError<matrix_sdk::Error>> {
        if let Some(file) = &message.attachment {
            return self.send_attachment(room, message, file).await;
        }
        let Notice { plain, html } = notice(message);
        let content = RoomMessageEventContent::notice_html(plain, html);
        // One transaction id for every try: a retried send is not shown twice.
        let transaction = TransactionId::new();
        self.inner
            .limits
            .send(&room.room_id().to_owned(), || {
                room.send(content.clone())
                    .with_transaction_id(transaction.clone())
                    .with_request_config(RequestConfig::new().disable_retry())
            })
            .await
            .map(drop)
    }

    /// Whether a message in a group room is a team command in a staff room: a room granted
    /// the staff role (`wegweiser role grant "Staff room" staff de matrix:!room:server`).
    async fn is_staff_room_command(&self, room_id: &RoomId, name: Option<&str>) -> Result<bool> {
        let Some(name) = name else { return Ok(false) };
        if !wegweiser_core::team::TEAM_COMMANDS.contains(&name) {
            return Ok(false);
        }
        let role = self.inner.gateway.role_of(CHANNEL, room_id.as_str()).await.map_err(|e| Error::Gateway(Box::new(e)))?;
        Ok(role >= wegweiser_core::team::Role::Staff)
    }

    /// A team command in the staff room: handled as its sender's, answered in the room for
    /// the staff to see, and so is what answers it later (a broadcast's count and report).
    /// Anyone in the room who is not on the team gets no answer.
    async fn in_staff_room(&self, room: &Room, sender: &UserId, event_id: &str, kind: InboundKind) -> Result<()> {
        let role = self.inner.gateway.role_of(CHANNEL, sender.as_str()).await.map_err(|e| Error::Gateway(Box::new(e)))?;
        if role == wegweiser_core::team::Role::Refugee {
            return Ok(());
        }
        let inbound = Inbound {
            channel: CHANNEL.into(),
            user: sender.to_string(),
            event_id: event_id.to_string(),
            kind,
            language_hint: None,
            handover: None,
            staff_room: Some(room.room_id().to_string()),
        };
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        self.send_later(room.clone(), sender.as_str(), replies);
        Ok(())
    }

    /// In a room with several people the bot answers only when named, and then only points
    /// to a direct chat: nothing personal is ever shown to a group.
    async fn in_group(&self, room: &Room, kind: &InboundKind) -> Result<()> {
        let InboundKind::Text(text) = kind else { return Ok(()) };
        let own = &self.inner.own;
        if !text.contains(own.as_str()) && !text.to_lowercase().contains(&own.localpart().to_lowercase()) {
            return Ok(());
        }
        let gateway = &self.inner.gateway;
        let note = gateway.render(None, "group-private");
        let open = gateway.render(None, "group-open-chat");
        let link = format!("https://matrix.to/#/{own}");
        let plain = format!("{}\n{}: {link}", note.text, open.text);
        let html = format!("{}<br><a href=\"{link}\">{}</a>", wegweiser_core::escape_html(&note.text), wegweiser_core::escape_html(&open.text));
        let content = RoomMessageEventContent::notice_html(plain, html);
        let sent = self.inner.limits.send(&room.room_id().to_owned(), || room.send(content.clone())).await;
        if let Err(e) = sent {
            tracing::warn!(room = %room.room_id(), error = %e, "could not answer in a group");
        }
        Ok(())
    }

    /// Delivers outbox notifications to Matrix users until the task is dropped, through the
    /// delivery path all channels share.
    pub async fn deliver_outbox(&self) {
        shared::deliver_outbox(self.inner.gateway.clone(), CHANNEL, self.clone()).await
    }

    /// Sends confirmed broadcasts, paced at the channel's messages a second, until the
    /// task is dropped.
    pub async fn deliver_broadcasts(&self) {
        shared::deliver_broadcasts(self.inner.gateway.clone(), CHANNEL, self.clone(), self.inner.per_second, self.inner.broadcast_percent).await
    }
}

impl<G: Conversations> Sender for Matrix<G> {
    type Error = Error;

    async fn send_to(&self, user: &str, message: &Outbound, handover: Option<i64>) -> Result<(), shared::SendError<Error>> {
        if let Ok(room_id) = RoomId::parse(user) {
            // A staff room on the team: new and escalated requests are posted there.
            // Never unreachable: the message waits (and is tried again) until the bot joined.
            let Some(room) = self.inner.client.get_room(&room_id).filter(|r| r.state() == RoomState::Joined) else {
                tracing::warn!(room = %room_id, "the staff room is not joined: invite the bot to it");
                return Err(shared::SendError::Failed(Error::Session(format!("the bot has not joined the staff room {room_id}"))));
            };
            return self.send(&room, message).await.map_err(|e| e.map(Error::Matrix));
        }
        let Ok(user) = UserId::parse(user) else {
            tracing::warn!(user, "not a Matrix user id; the notification cannot be sent");
            return Err(shared::SendError::Unreachable);
        };
        let room = match handover {
            Some(id) => self.handover_room(&user, id).await,
            None => self.room_for(&user).await,
        };
        let room = match room {
            Ok(room) => room,
            // No room can be opened with them (no such user, invites refused): like a user
            // who blocked the bot, until they write.
            Err(Error::Matrix(e)) if matches!(classify(&e), Failure::Permanent | Failure::Unreachable) => {
                tracing::warn!(user = %user, error = %e, "cannot open a direct room");
                return Err(shared::SendError::Unreachable);
            }
            Err(e) => return Err(shared::SendError::Failed(e)),
        };
        self.send(&room, message).await.map_err(|e| e.map(Error::Matrix))
    }
}

/// A member event in which someone other than the bot left or was banned.
fn is_leave_of_other(event: &TimelineEvent, own: &UserId) -> bool {
    let raw = event.raw();
    let field = |name: &str| raw.get_field::<String>(name).ok().flatten();
    let membership = raw.get_field::<serde_json::Value>("content").ok().flatten().and_then(|c| c.get("membership").and_then(|m| m.as_str().map(str::to_string)));
    field("type").as_deref() == Some("m.room.member")
        && field("state_key").is_some_and(|key| key != own.as_str())
        && matches!(membership.as_deref(), Some("leave" | "ban"))
}

/// A direct room: the bot and one other person (invited or joined).
fn is_direct(room: &Room) -> bool {
    room.active_members_count() <= 2
}

/// The command a message gives: typed, or as the caption of a file (`/broadcast` with a
/// file of texts).
fn command_name(kind: &InboundKind, content: &MessageType) -> Option<String> {
    let caption = match (kind, content) {
        (InboundKind::Command { name, .. }, _) => return Some(name.clone()),
        (InboundKind::Media(_), MessageType::File(file)) => file.caption()?,
        _ => return None,
    };
    match InboundKind::from_typed(caption) {
        InboundKind::Command { name, .. } => Some(name),
        _ => None,
    }
}

/// What a room message means to the gateway; None for what it ignores (notices from
/// other bots, edits and reactions are not messages).
fn inbound_kind(content: &MessageType) -> Option<InboundKind> {
    Some(match content {
        MessageType::Text(text) => InboundKind::from_typed(&text.body),
        MessageType::Emote(emote) => InboundKind::Text(emote.body.clone()),
        MessageType::Notice(_) => return None,
        MessageType::Image(_) | MessageType::Video(_) => InboundKind::Media(MediaKind::Photo),
        MessageType::Audio(_) => InboundKind::Media(MediaKind::Voice),
        MessageType::File(_) => InboundKind::Media(MediaKind::Document),
        MessageType::Location(_) => InboundKind::Media(MediaKind::Location),
        _ => InboundKind::Media(MediaKind::Other),
    })
}

/// Room timelines with enough events for a gateway that was away a while; members loaded
/// lazily.
fn sync_filter() -> FilterDefinition {
    let mut timeline = RoomEventFilter::default();
    timeline.limit = Some(UInt::from(TIMELINE_LIMIT));
    let mut room = RoomFilter::default();
    room.timeline = timeline;
    room.state.lazy_load_options = matrix_sdk::ruma::api::client::filter::LazyLoadOptions::Enabled { include_redundant_members: false };
    let mut filter = FilterDefinition::default();
    filter.room = room;
    filter
}

/// `M_LIMIT_EXCEEDED` asks to wait `retry_after_ms`; a room the bot was thrown out of, or a
/// user who is gone, cannot be reached; the network and the server's 5xx and 429 answers
/// may pass.
pub fn classify(error: &matrix_sdk::Error) -> Failure {
    if let Some(api) = error.as_client_api_error() {
        return match api.error_kind() {
            Some(ErrorKind::LimitExceeded(data)) => match &data.retry_after {
                Some(RetryAfter::Delay(wait)) => Failure::RetryAfter(*wait),
                Some(RetryAfter::DateTime(at)) => Failure::RetryAfter(at.duration_since(std::time::SystemTime::now()).unwrap_or_default()),
                None => Failure::RetryAfter(Duration::from_secs(1)),
            },
            Some(ErrorKind::Forbidden) => Failure::Unreachable,
            _ if api.status_code.is_server_error() || api.status_code.as_u16() == 429 => Failure::Passing,
            _ => Failure::Permanent,
        };
    }
    match error {
        matrix_sdk::Error::Http(http) if matches!(**http, matrix_sdk::HttpError::Reqwest(_)) => Failure::Passing,
        _ => Failure::Permanent,
    }
}

#[cfg(test)]
mod tests {
    use matrix_sdk::ruma::api::error::FromHttpResponseError;
    use matrix_sdk::ruma::api::EndpointError;
    use matrix_sdk::ruma::exports::http;
    use matrix_sdk::{HttpError, RumaApiError};

    use super::*;

    /// The error matrix-sdk gives for a homeserver's answer with `status` and JSON `body`.
    fn answer(status: u16, body: &str) -> matrix_sdk::Error {
        let response = http::Response::builder().status(status).body(body.as_bytes().to_vec()).unwrap();
        let error = RumaApiError::from_http_response(response);
        matrix_sdk::Error::Http(Box::new(HttpError::Api(Box::new(FromHttpResponseError::Server(error)))))
    }

    #[test]
    fn m_limit_exceeded_asks_for_its_retry_after_ms() {
        let limited = answer(429, r#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":2500}"#);
        assert_eq!(classify(&limited), Failure::RetryAfter(Duration::from_millis(2500)));
        let without_wait = answer(429, r#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests"}"#);
        assert_eq!(classify(&without_wait), Failure::RetryAfter(Duration::from_secs(1)));
    }

    #[test]
    fn a_refused_room_is_unreachable_server_trouble_passes_and_bad_requests_do_not() {
        assert_eq!(classify(&answer(403, r#"{"errcode":"M_FORBIDDEN","error":"not in room"}"#)), Failure::Unreachable);
        assert_eq!(classify(&answer(502, r#"{"errcode":"M_UNKNOWN","error":"Bad Gateway"}"#)), Failure::Passing);
        assert_eq!(classify(&answer(400, r#"{"errcode":"M_BAD_JSON","error":"no"}"#)), Failure::Permanent);
    }
}
