//! Intake: syncing with the homeserver and handing each room's new messages to the gateway
//! in that room's lane, rooms side by side and each room's messages in order. The sync goes
//! on while rooms are busy, so a room waiting for a slow download (at most
//! `core::media::DOWNLOAD_TIMEOUT`) holds up only itself. A message that could not be
//! handled is tried again in its lane after a pause, before that room's later messages.
//!
//! The very first start does one initial sync and answers nothing from before it. After
//! that, a response's `next_batch` is stored once it and every response before it were
//! handled in full ([`Positions`]), so a restart resumes from there; a room whose timeline
//! came cut short is fetched back to the previous position first. A message seen twice is
//! recognised by its event id.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::api::client::filter::{FilterDefinition, RoomEventFilter, RoomFilter};
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, Relation};
use matrix_sdk::ruma::events::{AnySyncMessageLikeEvent, AnySyncTimelineEvent};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedRoomId, RoomId, UInt, UserId};
use matrix_sdk::{Room, RoomState};
use tokio::sync::Mutex;
use wegweiser_core::delivery::{self as shared, Origin};
use wegweiser_core::log_tag::tag;
use wegweiser_core::{Conversations, Inbound, InboundKind, MediaKind, Replies};

use crate::{transaction_id, Error, Matrix, Result, CHANNEL};

/// How long a sync request waits for news.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);
/// Events per room a sync brings at most; more arrive while the bot was away only rarely,
/// and those are fetched again.
const TIMELINE_LIMIT: u32 = 100;
/// Events of one room fetched again at most after a sync cut its timeline short.
const BACKFILL_LIMIT: usize = 500;
/// Events asked for with each request while fetching them again.
const BACKFILL_PAGE: u32 = 100;
/// The longest pause before a room's message that could not be handled is tried again.
const LONGEST_RETRY_PAUSE: Duration = Duration::from_secs(30);

/// Store key of the sync position handled up to.
pub(crate) const SYNC_TOKEN_KEY: &[u8] = b"wegweiser.sync_token";

/// The sync responses handed to the rooms' lanes, in the order they came, until each and
/// every one before it is handled in full: only then may its position be stored.
#[derive(Debug, Default)]
pub(crate) struct Positions {
    open: BTreeMap<u64, Open>,
    next: u64,
}

#[derive(Debug)]
struct Open {
    next_batch: String,
    rooms_left: usize,
}

impl Positions {
    /// Records a response whose messages `rooms` rooms handle; returns its number.
    pub(crate) fn begin(&mut self, next_batch: &str, rooms: usize) -> u64 {
        let number = self.next;
        self.next += 1;
        self.open.insert(number, Open { next_batch: next_batch.to_string(), rooms_left: rooms });
        number
    }

    /// One room of response `number` handled its messages.
    pub(crate) fn room_done(&mut self, number: u64) {
        if let Some(open) = self.open.get_mut(&number) {
            open.rooms_left = open.rooms_left.saturating_sub(1);
        }
    }

    /// The newest position up to which everything is handled, if it moved since the last
    /// call; the responses it covers are forgotten.
    pub(crate) fn confirmed(&mut self) -> Option<String> {
        let mut confirmed = None;
        while let Some(entry) = self.open.first_entry() {
            if entry.get().rooms_left > 0 {
                break;
            }
            confirmed = Some(entry.remove().next_batch);
        }
        confirmed
    }
}

/// One room's part of a sync response, as its lane handles it.
struct RoomWork {
    room_id: OwnedRoomId,
    /// What a cut-short timeline left out: fetched first.
    gap: Option<Gap>,
    events: Vec<TimelineEvent>,
    /// Whether someone other than the bot left: the bot leaves if alone.
    someone_left: bool,
    response: u64,
}

/// The messages a sync cut off in one room: those between the position the sync was
/// asked from and where the timeline it carried begins.
struct Gap {
    /// The timeline's `prev_batch`: where fetching back starts (none: from the newest).
    cut_at: Option<String>,
    /// The position the sync was asked from: where fetching back ends.
    since: String,
}

impl<G: Conversations> Matrix<G> {
    /// Syncs until the gateway stops ([`Conversations::stopping`]): then the messages in
    /// hand are handled, the position reached is stored and their replies are sent before
    /// it returns. A failed sync is tried again with growing pauses (the homeserver may be
    /// restarting).
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
        self.join_pending_invites();
        let positions = Arc::new(Mutex::new(Positions::default()));
        while !stopping.is_cancelled() {
            let settings = SyncSettings::default().filter(filter.clone()).token(token.clone()).timeout(SYNC_TIMEOUT);
            // A sync cut short by the stop loses nothing: the stored position is unchanged.
            let response = tokio::select! {
                response = self.sync_retrying(settings) => response,
                () = stopping.cancelled() => break,
            };
            self.hand_in(&response, &token, &positions).await;
            token = response.next_batch;
            self.retry_waiting_for_keys().await;
        }
        self.inner.intake.idle().await;
        self.store_confirmed(&positions).await;
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

    /// Stores the position everything is handled up to, if it moved. Positions are stored
    /// one at a time, so a later one is never overwritten by an earlier one.
    async fn store_confirmed(&self, positions: &Mutex<Positions>) {
        let mut positions = positions.lock().await;
        if let Some(token) = positions.confirmed()
            && let Err(e) = self.store_token(&token).await
        {
            // Not stored: after a restart those messages come again and are recognised by
            // their event ids.
            tracing::warn!(error = %e, "could not store the sync position");
        }
    }

    /// Hands one sync response in: starts joining invites (in tasks of their own), and
    /// queues each room's new messages in the room's lane. `since` is the position the
    /// response was asked from: a room whose timeline was cut short (`limited`: more
    /// arrived than one sync carries, say while the gateway was down) first gets what was
    /// cut off, fetched back to there.
    async fn hand_in(&self, response: &matrix_sdk::sync::SyncResponse, since: &str, positions: &Arc<Mutex<Positions>>) {
        for room_id in response.rooms.invited.keys() {
            self.start_join(room_id.clone());
        }
        let rooms: Vec<_> = response.rooms.joined.iter().filter(|(_, update)| !update.timeline.events.is_empty()).collect();
        let number = positions.lock().await.begin(&response.next_batch, rooms.len());
        for (room_id, update) in rooms {
            let events = update.timeline.events.clone();
            let work = RoomWork {
                room_id: room_id.clone(),
                gap: (update.timeline.limited && !self.joined_in(&events))
                    .then(|| Gap { cut_at: update.timeline.prev_batch.clone(), since: since.to_string() }),
                someone_left: events.iter().any(|e| is_leave_of_other(e, &self.inner.own)),
                events,
                response: number,
            };
            let (channel, positions) = (self.clone(), positions.clone());
            self.inner.intake.push(room_id.clone(), async move {
                if channel.handle_room(work.room_id.clone(), work.gap, work.events).await {
                    if work.someone_left {
                        channel.leave_if_alone(&work.room_id).await;
                    }
                    positions.lock().await.room_done(work.response);
                    channel.store_confirmed(&positions).await;
                }
            });
        }
        self.store_confirmed(positions).await;
    }

    /// Handles one room's messages in order; one that fails is tried again after a
    /// growing pause, and the later ones wait for it. Returns false when the gateway
    /// stopped before all were handled: then the position is not stored past them.
    async fn handle_room(&self, room_id: OwnedRoomId, gap: Option<Gap>, mut events: Vec<TimelineEvent>) -> bool {
        let stopping = self.inner.gateway.stopping();
        let mut failures = 0u32;
        if let Some(gap) = gap {
            loop {
                match self.backfill(&room_id, &gap).await {
                    Ok(missed) => {
                        events.splice(0..0, missed);
                        break;
                    }
                    Err(e) => {
                        failures += 1;
                        if !self.pause_after_failure(&room_id, failures, &e, &stopping).await {
                            return false;
                        }
                    }
                }
            }
        }
        let mut events = events.into_iter().peekable();
        while let Some(event) = events.peek() {
            match self.handle_event(&room_id, event.clone()).await {
                Ok(()) => {
                    events.next();
                    failures = 0;
                }
                Err(e) => {
                    failures += 1;
                    if !self.pause_after_failure(&room_id, failures, &e, &stopping).await {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Logs a failure in a room and waits before the next try; false when the gateway
    /// stops instead.
    async fn pause_after_failure(&self, room_id: &RoomId, failures: u32, error: &Error, stopping: &tokio_util::sync::CancellationToken) -> bool {
        if stopping.is_cancelled() {
            tracing::warn!(room = %tag(&room_id), error = %error, "a message was not handled before the stop; it comes again after the restart");
            return false;
        }
        let pause = shared::backoff(failures).min(LONGEST_RETRY_PAUSE);
        tracing::error!(room = %tag(&room_id), error = %error, ?pause, "a message was not handled; it is tried again, and the room's later messages wait for it");
        shared::pause_unless_stopping(stopping, pause).await;
        !stopping.is_cancelled()
    }

    /// The events of a room a limited sync cut off, oldest first: fetched backwards across
    /// the [`Gap`], at most [`BACKFILL_LIMIT`]. Events already
    /// answered may be among them; the gateway recognises them by their event ids.
    async fn backfill(&self, room_id: &RoomId, gap: &Gap) -> Result<Vec<TimelineEvent>> {
        let Some(room) = self.inner.client.get_room(room_id) else { return Ok(Vec::new()) };
        let mut from = gap.cut_at.clone();
        let mut events = Vec::new();
        while events.len() < BACKFILL_LIMIT {
            let mut options = MessagesOptions::backward();
            options.from = from.clone();
            options.to = Some(gap.since.clone());
            options.limit = UInt::from(BACKFILL_PAGE);
            let page = room.messages(options).await?;
            let done = page.chunk.is_empty() || page.end.is_none();
            events.extend(page.chunk);
            if done {
                break;
            }
            from = page.end;
        }
        if events.len() >= BACKFILL_LIMIT {
            events.truncate(BACKFILL_LIMIT);
            tracing::warn!(room = %tag(&room_id), limit = BACKFILL_LIMIT, "more messages were missed than are fetched again; the oldest are not answered");
        } else if !events.is_empty() {
            tracing::info!(room = %tag(&room_id), count = events.len(), "fetched the messages a sync cut off");
        }
        events.reverse();
        Ok(events)
    }

    /// Leaves a room everyone else has left: a user who closed the chat gets a new room
    /// when a notification must reach them.
    async fn leave_if_alone(&self, room_id: &RoomId) {
        let Some(room) = self.inner.client.get_room(room_id) else { return };
        if room.active_members_count() > 1 {
            return;
        }
        match room.leave().await {
            Ok(()) => tracing::info!(room = %tag(&room_id), "left a room everyone else had left"),
            Err(e) => tracing::warn!(room = %tag(&room_id), error = %e, "could not leave an empty room"),
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
                tracing::info!(room = %tag(&room_id), event = %encrypted.event_id, "a message cannot be decrypted yet; waiting for its key");
                self.wait_for_key(room_id, encrypted.event_id.as_str(), event.raw().clone().cast_unchecked()).await?;
            }
            return Ok(());
        }
        self.handle_raw(room_id, event.raw()).await
    }

    /// Answers one room message: not the bot's own, not from before the first start.
    pub(crate) async fn handle_raw(&self, room_id: &RoomId, raw: &Raw<AnySyncTimelineEvent>) -> Result<()> {
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
            if !self.is_private_with(&room, &message.sender).await? {
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
            message: None,
        };
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        self.send_later(room, message.sender.as_str(), replies);
        Ok(())
    }

    /// Queues the replies to an event in their room's lane: they go out in order, and a
    /// room with a backlog holds up neither the others nor the sync.
    pub(crate) fn send_later(&self, room: Room, user: &str, replies: Replies) {
        let (channel, user) = (self.clone(), user.to_string());
        self.inner.sending.push(room.room_id().to_owned(), async move { channel.send_all(&room, &user, &replies).await });
    }

    /// Sends the replies to an event in order, stopping at the first that fails, and
    /// records how it went (what was not sent, the outbox sends later). `user` is whose
    /// conversation they belong to.
    async fn send_all(&self, room: &Room, user: &str, replies: &Replies) {
        let instance = self.inner.gateway.instance();
        shared::send_replies(&*self.inner.gateway, CHANNEL, user, replies, |i| async move {
            self.send(room, &replies.messages[i], transaction_id(instance, Origin::Outbox(replies.outbox[i]))).await.map(|()| Vec::new())
        })
        .await;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_is_confirmed_only_once_it_and_every_earlier_response_are_handled() {
        let mut positions = Positions::default();
        let first = positions.begin("s1", 2);
        let second = positions.begin("s2", 1);
        assert_eq!(positions.confirmed(), None, "nothing is handled yet");
        positions.room_done(second);
        assert_eq!(positions.confirmed(), None, "the later response is done, an earlier one is not");
        positions.room_done(first);
        assert_eq!(positions.confirmed(), None, "one room of the first response is still busy");
        positions.room_done(first);
        assert_eq!(positions.confirmed().as_deref(), Some("s2"), "both are done: the newer position is stored");
        assert_eq!(positions.confirmed(), None, "and only once");
    }

    #[test]
    fn a_response_without_messages_is_confirmed_behind_the_busy_ones() {
        let mut positions = Positions::default();
        assert_eq!(positions.begin("s1", 0), 0);
        assert_eq!(positions.confirmed().as_deref(), Some("s1"));
        let busy = positions.begin("s2", 1);
        positions.begin("s3", 0);
        assert_eq!(positions.confirmed(), None, "an empty response waits for the busy one before it");
        positions.room_done(busy);
        assert_eq!(positions.confirmed().as_deref(), Some("s3"));
    }
}
