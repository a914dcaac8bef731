//! Wegweiser's Matrix channel (matrix-sdk). The bot logs in once and keeps its session and
//! its crypto store (SQLite) in a folder of its own, so a restart keeps its device and its
//! keys. It joins the rooms it is invited to, treats each direct room as the conversation
//! with the person in it, decrypts what arrives in encrypted rooms and answers encrypted.
//!
//! Syncing and intake are in `sync`, joining invites in `invites`, messages waiting for
//! their room key in `keys`, handover rooms and files in `handover`.

mod erase;
mod handover;
mod invites;
mod keys;
mod media;
mod render;
mod session;
mod sync;
mod trust;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::config::RequestConfig;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{MilliSecondsSinceUnixEpoch, OwnedRoomId, OwnedTransactionId, OwnedUserId, RoomId, TransactionId, UInt, UserId};
use matrix_sdk::{Client, Room, RoomState};
use tokio::sync::Mutex;
use wegweiser_core::delivery::{self as shared, Failure, Origin, RateLimits, Sender};
use wegweiser_core::lanes::Lanes;
use wegweiser_core::log_tag::tag;
use wegweiser_core::{Conversations, Inbound, InboundKind, Outbound, Secret};

pub use render::{notice, Notice};
pub use session::Credentials;

/// The channel name Matrix conversations are stored under.
pub const CHANNEL: &str = "matrix";

/// Matrix homeservers limit clients per user; these stay well under Synapse's defaults.
/// Messages a second to all rooms together unless configured: a homeserver's default
/// rate limit lets a client send about this many.
pub const MESSAGES_PER_SECOND: u32 = 10;

/// Store keys of the values the channel keeps beside matrix-sdk's own state.
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
    /// Encrypted messages whose key has not arrived yet, kept in the state store.
    keys: keys::KeyWaits,
    /// The invited rooms being joined.
    joins: Arc<invites::Joins>,
    /// The deployment's name, for the names of handover rooms.
    deployment: String,
    /// Each room's replies go out in order, in its own lane.
    sending: Lanes<OwnedRoomId>,
    /// Each room's messages are handled in order, in its own lane ([`sync`]).
    intake: Lanes<OwnedRoomId>,
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
        let keys = keys::KeyWaits::load(&client).await?;
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
                keys,
                joins: Arc::default(),
                deployment: connection.display_name.clone(),
                sending: Lanes::default(),
                intake: Lanes::default(),
            }),
        })
    }

    /// The bot's user id.
    pub fn user_id(&self) -> &UserId {
        &self.inner.own
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

    /// Whether `room` is `user`'s private room with the bot ([`trust::is_private_with`]).
    pub(crate) async fn is_private_with(&self, room: &Room, user: &UserId) -> Result<bool> {
        Ok(trust::is_private_with(room, &self.inner.own, user).await?)
    }

    /// The private room to write to `user` in: the one they last wrote from, else a direct
    /// room the bot shares with them, else a new encrypted one; each only while it is still
    /// private ([`trust::is_private_with`]).
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
        if let Some(room) = known.and_then(|id| self.inner.client.get_room(&id)) {
            if self.is_private_with(&room, user).await? {
                return Ok(room);
            }
            tracing::info!(user = %tag(user), room = %tag(room.room_id()), "a user's room is no longer private to them");
        }
        if let Some(room) = self.inner.client.get_dm_room(user)
            && self.is_private_with(&room, user).await?
        {
            self.remember_room(user, room.room_id()).await?;
            return Ok(room);
        }
        let room = self.inner.client.create_dm(user).await?;
        tracing::info!(user = %tag(user), room = %tag(room.room_id()), "opened a direct room for a notification");
        self.remember_room(user, room.room_id()).await?;
        Ok(room)
    }

    /// Sends one message as an `m.notice` (a file with its text as caption), within the
    /// limits; encrypted in encrypted rooms. `transaction` is the same for every try and
    /// for every later send of the same stored message ([`transaction_id`]): the
    /// homeserver shows it once.
    async fn send(&self, room: &Room, message: &Outbound, transaction: OwnedTransactionId) -> Result<(), shared::SendError<matrix_sdk::Error>> {
        if let Some(file) = &message.attachment {
            return self.send_attachment(room, message, file, transaction).await;
        }
        let Notice { plain, html } = notice(message);
        let content = RoomMessageEventContent::notice_html(plain, html);
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
            message: None,
        };
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        self.send_later(room.clone(), sender.as_str(), replies);
        Ok(())
    }

    /// In a room that is not private — several people, or only the writer but open to
    /// others (public, world-readable, someone else once in it) — the bot only points to a
    /// direct chat: in a group when it is named, where the writer is alone with it always.
    /// Nothing personal is ever shown there.
    async fn in_group(&self, room: &Room, kind: &InboundKind) -> Result<()> {
        let own = &self.inner.own;
        let named = matches!(kind, InboundKind::Text(text) if text.contains(own.as_str()) || text.to_lowercase().contains(&own.localpart().to_lowercase()));
        if !named && room.active_members_count() > 2 {
            return Ok(());
        }
        let gateway = &self.inner.gateway;
        let note = gateway.render(None, "group-private");
        let open = gateway.render(None, "group-open-chat");
        let link = format!("https://matrix.to/#/{own}");
        let plain = format!("{}\n{}: {link}", note.text, open.text);
        let html = format!("{}<br><a href=\"{link}\">{}</a>", wegweiser_core::escape_html(&note.text), wegweiser_core::escape_html(&open.text));
        let content = RoomMessageEventContent::notice_html(plain, html);
        let transaction = TransactionId::new();
        let sent = self.inner.limits.send(&room.room_id().to_owned(), || room.send(content.clone()).with_transaction_id(transaction.clone())).await;
        if let Err(e) = sent {
            tracing::warn!(room = %tag(room.room_id()), error = %e, "could not answer in a group");
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

    /// Returns no message ids: to delete, the bot finds its messages in the room's history.
    async fn send_to(&self, user: &str, message: &Outbound, handover: Option<i64>, origin: Origin) -> Result<Vec<String>, shared::SendError<Error>> {
        let transaction = transaction_id(self.inner.gateway.instance(), origin);
        if let Ok(room_id) = RoomId::parse(user) {
            // A staff room on the team: new and escalated requests are posted there.
            // Never unreachable: the message waits (and is tried again) until the bot joined.
            let Some(room) = self.inner.client.get_room(&room_id).filter(|r| r.state() == RoomState::Joined) else {
                tracing::warn!(room = %tag(&room_id), "the staff room is not joined: invite the bot to it");
                return Err(shared::SendError::Failed(Error::Session(format!("the bot has not joined the staff room {room_id}"))));
            };
            return self.send(&room, message, transaction).await.map(|()| Vec::new()).map_err(|e| e.map(Error::Matrix));
        }
        let Ok(user) = UserId::parse(user) else {
            tracing::warn!(user = %tag(user), "not a Matrix user id; the notification cannot be sent");
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
                tracing::warn!(user = %tag(&user), error = %e, "cannot open a direct room");
                return Err(shared::SendError::Unreachable);
            }
            Err(e) => return Err(shared::SendError::Failed(e)),
        };
        self.send(&room, message, transaction).await.map(|()| Vec::new()).map_err(|e| e.map(Error::Matrix))
    }

    /// Redacts the user's private room, or `handover`'s room with its helper, and leaves it
    /// when asked to ([`Matrix::erase_room`]).
    async fn erase(&self, user: &str, handover: Option<i64>, erase: &wegweiser_core::Erase) -> Result<u32, shared::SendError<Error>> {
        let wegweiser_core::Erase::Chat { leave, before_ms } = erase else { return Ok(0) };
        let Ok(user) = UserId::parse(user) else { return Ok(0) };
        self.erase_room(&user, handover, *leave, *before_ms).await.map_err(shared::SendError::Failed)
    }
}

/// The transaction id of a stored message: its database's instance and its row, so the
/// same row sent again after a crash (between the send and its mark) is one event to the
/// homeserver, and no other message, of this database or another, ever has it. A
/// homeserver keys transaction ids by device and room, so the device need not be in it.
pub(crate) fn transaction_id(instance: &str, origin: Origin) -> OwnedTransactionId {
    match origin {
        Origin::Outbox(id) => format!("wegweiser-{instance}-o{id}").into(),
        Origin::Broadcast(id) => format!("wegweiser-{instance}-b{id}").into(),
    }
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
    fn a_stored_message_keeps_its_transaction_id_and_no_other_message_shares_it() {
        let first = transaction_id("0123456789abcdef", Origin::Outbox(7));
        assert_eq!(first, transaction_id("0123456789abcdef", Origin::Outbox(7)), "a resend names the same transaction");
        assert_eq!(first.as_str(), "wegweiser-0123456789abcdef-o7");
        let others = [
            transaction_id("0123456789abcdef", Origin::Outbox(8)),
            transaction_id("0123456789abcdef", Origin::Broadcast(7)),
            transaction_id("fedcba9876543210", Origin::Outbox(7)),
        ];
        assert!(others.iter().all(|other| *other != first), "{others:?}");
    }

    #[test]
    fn a_refused_room_is_unreachable_server_trouble_passes_and_bad_requests_do_not() {
        assert_eq!(classify(&answer(403, r#"{"errcode":"M_FORBIDDEN","error":"not in room"}"#)), Failure::Unreachable);
        assert_eq!(classify(&answer(502, r#"{"errcode":"M_UNKNOWN","error":"Bad Gateway"}"#)), Failure::Passing);
        assert_eq!(classify(&answer(400, r#"{"errcode":"M_BAD_JSON","error":"no"}"#)), Failure::Permanent);
    }
}
