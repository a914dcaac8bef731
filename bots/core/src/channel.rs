//! What a channel needs from the gateway. Channel crates depend on the core alone and get
//! the gateway as an implementation of [`Conversations`].

use std::future::Future;

pub use tokio_util::sync::CancellationToken;

use crate::{Attachment, Inbound, Outbound};

/// The replies to an inbound event, committed to the outbox together with its effects.
/// The channel sends them at once and reports them with [`Conversations::delivered`]
/// (or [`Conversations::delivery_failed`]); whatever it does not report, for instance
/// because the gateway stopped, the outbox delivery sends later.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Replies {
    pub messages: Vec<Outbound>,
    /// The outbox row of each message, in the same order.
    pub outbox: Vec<i64>,
}

/// An outbox row that was sent, with the platform's ids of the messages it became in the
/// recipient's private chat (kept so that `/clear` can delete them there).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sent {
    pub outbox: i64,
    pub messages: Vec<String>,
}

impl Sent {
    /// Rows sent whose messages need not be remembered.
    pub fn rows(ids: &[i64]) -> Vec<Sent> {
        ids.iter().map(|&outbox| Sent { outbox, messages: Vec::new() }).collect()
    }
}

/// How far back a network lets the bot delete the messages of a private chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasable {
    /// Not at all (the console: its messages are the terminal's).
    Never,
    /// Messages younger than this, by the ids the store kept (Telegram: 48 hours, the
    /// user's messages and the bot's).
    Within(std::time::Duration),
    /// All of them, found by the channel in the chat's history (Matrix redacts them).
    History,
}

/// What `/clear` can do on `channel`.
pub fn erasable(channel: &str) -> Erasable {
    match channel {
        // Telegram's limit is 48 hours; a few minutes are left for the delivery.
        "telegram" => Erasable::Within(std::time::Duration::from_secs(48 * 3600 - 600)),
        "matrix" => Erasable::History,
        _ => Erasable::Never,
    }
}

/// `/clear` deleted the chat's messages.
pub const CLEAR_DONE: &str = "clear-done";
/// Some (`count`) were too old for the network, or not the bot's to delete.
pub const CLEAR_SOME_LEFT: &str = "clear-some-left";
/// The network lets the bot delete nothing (the console).
pub const CLEAR_NOT_HERE: &str = "clear-not-here";

/// What a channel deletes in a user's private chat, or in a handover's own room, before it
/// sends an outbox row's message.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Erase {
    #[default]
    Nothing,
    /// These messages, by their platform ids (Telegram).
    Messages(Vec<String>),
    /// Every message the channel finds in the room's history from before `before_ms` (Unix
    /// milliseconds: what answers the request stays), Matrix redacting them; with `leave`,
    /// the bot then leaves the room and forgets it (`/delete`, a purged handover).
    Chat { leave: bool, before_ms: i64 },
}

/// A notification from the outbox, rendered in its recipient's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// Pass to [`Conversations::delivered`] once sent.
    pub id: i64,
    /// The recipient's id on the channel.
    pub user: String,
    pub message: Outbound,
    /// The handover it belongs to: a channel that gives each handover its own room sends
    /// it there.
    pub handover: Option<i64>,
    /// A stored file that goes with the message, loaded only right before it is sent
    /// ([`Conversations::media_file`]), so that a batch of deliveries holds no files.
    pub media_file: Option<i64>,
    /// What to delete before this message is sent (`/clear`, `/delete`, a purged
    /// handover); a message with no text and no file then sends nothing.
    pub erase: Erase,
}

/// A broadcast's message waiting for one recipient, rendered in their language.
#[derive(Debug, Clone, PartialEq)]
pub struct BroadcastDelivery {
    pub broadcast: i64,
    pub user: String,
    pub message: Outbound,
}

/// The gateway as a channel sees it. Every method commits before it returns.
pub trait Conversations: Send + Sync + 'static {
    type Error: std::error::Error + Send + Sync + 'static;

    /// Handles one inbound event: deduplicated by its event id, decided and committed. The
    /// replies to send, or None when this event id was handled before. An error means the
    /// event should be handed in again later; an event that keeps failing is given up and
    /// answered with an apology instead.
    fn handle(&self, event: &Inbound) -> impl Future<Output = Result<Option<Replies>, Self::Error>> + Send;

    /// Notifications waiting for reachable users of `channel`, oldest first, at most `limit`.
    fn pending(&self, channel: &str, limit: usize) -> impl Future<Output = Result<Vec<Delivery>, Self::Error>> + Send;

    /// Marks outbox rows (notifications, replies) sent; they are not handed out again.
    fn delivered(&self, sent: &[Sent]) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// One try to send outbox row `id` failed: it is tried again later with a growing
    /// pause, and after its last try it is given up. `refused`: the network said the
    /// message itself is wrong, so it gets fewer tries.
    fn delivery_failed(&self, id: i64, reason: &str, refused: bool) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// The user cannot be reached (they blocked the bot): nothing more is sent to them until
    /// they write again.
    fn unreachable(&self, channel: &str, user: &str) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// Broadcast messages waiting for reachable users of `channel`, at most `limit`.
    fn broadcast_waiting(&self, channel: &str, limit: usize) -> impl Future<Output = Result<Vec<BroadcastDelivery>, Self::Error>> + Send;

    /// Marks one broadcast message as going out now; false when it must not be sent
    /// (cancelled meanwhile). Called right before sending, so that a crash leaves only
    /// the messages in flight undecided.
    fn broadcast_claim(&self, broadcast: i64, channel: &str, user: &str) -> impl Future<Output = Result<bool, Self::Error>> + Send;

    /// Records how sending one broadcast message went.
    fn broadcast_outcome(
        &self,
        broadcast: i64,
        channel: &str,
        user: &str,
        status: crate::broadcast::DeliveryStatus,
        error: Option<String>,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// Whether a file `user` sends now would be kept: they are in a handover (their
    /// conversation is with a person) or on the team (a reply in a handover they hold, the
    /// texts of a broadcast). A channel downloads a file only then; otherwise the event
    /// carries its kind alone. Read without a commit, so it is cheap.
    fn keeps_files(&self, channel: &str, user: &str) -> impl Future<Output = Result<bool, Self::Error>> + Send;

    /// The stored file [`Delivery::media_file`] names; None once it was deleted.
    fn media_file(&self, id: i64) -> impl Future<Output = Result<Option<Attachment>, Self::Error>> + Send;

    /// The team role of an account: a Matrix staff room is an account with the staff role.
    fn role_of(&self, channel: &str, user: &str) -> impl Future<Output = Result<crate::team::Role, Self::Error>> + Send;

    /// A message of the catalog on its own, in `locale` (None or unknown: the base locale):
    /// command descriptions, a note in a group chat.
    fn render(&self, locale: Option<&str>, message: &str) -> Outbound;

    /// A message of the catalog with its `count`, in `locale` (`/clear`'s report of what
    /// was left when the channel finds out only as it deletes).
    fn render_count(&self, locale: &str, message: &str, count: u32) -> Outbound;

    /// The served locales, base first.
    fn locales(&self) -> Vec<String>;

    /// A value drawn once when the database was created and never again: with an outbox
    /// row's id it names one message of this database for good, unlike any other
    /// database's (Matrix transaction ids).
    fn instance(&self) -> &str;

    /// Cancelled when the gateway is asked to stop: intake takes no more events, and
    /// deliveries end between two messages, so that what is in flight is finished first.
    fn stopping(&self) -> CancellationToken {
        CancellationToken::new()
    }
}
