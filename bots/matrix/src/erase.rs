//! Deleting on Matrix what `/clear`, `/delete` and the transcript purge remove: the
//! messages of a user's private room or of a handover's own room are redacted on the
//! homeserver (and so on every device), and with `leave` the bot leaves the room, forgets
//! it and drops what its state store remembered of it.

use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::{OwnedEventId, UserId};
use matrix_sdk::{Room, RoomState};
use wegweiser_core::log_tag::tag;
use wegweiser_core::Conversations;

use crate::{Error, Matrix, Result, ROOM_KEY_PREFIX};

/// Events that carry what someone wrote or sent.
const MESSAGE_TYPES: &[&str] = &["m.room.message", "m.room.encrypted", "m.sticker"];

impl<G: Conversations> Matrix<G> {
    /// Redacts the messages from before `before_ms` in the user's private room (`handover`
    /// None) or in the handover's room with its helper `user`; with `leave`, then leaves
    /// and forgets it. Returns how many messages it found but could not redact (another's,
    /// where the bot may redact only its own).
    pub(crate) async fn erase_room(&self, user: &UserId, handover: Option<i64>, leave: bool, before_ms: i64) -> Result<u32> {
        let keys = match handover {
            None => vec![format!("{ROOM_KEY_PREFIX}{user}")],
            Some(id) => vec![crate::handover::room_key(id, user)],
        };
        let store = self.inner.client.state_store();
        let mut room_id = store.get_custom_value(keys[0].as_bytes()).await?.and_then(|bytes| matrix_sdk::ruma::RoomId::parse(String::from_utf8_lossy(&bytes).as_ref()).ok());
        if room_id.is_none() && handover.is_none() {
            room_id = self.inner.client.get_dm_room(user).map(|room| room.room_id().to_owned());
        }
        let Some(room) = room_id.and_then(|id| self.inner.client.get_room(&id)) else {
            return Ok(0);
        };
        let kept = if room.state() == RoomState::Joined { self.redact_history(&room, before_ms).await? } else { 0 };
        if leave {
            if room.state() == RoomState::Joined {
                room.leave().await?;
            }
            if let Some(room) = self.inner.client.get_room(room.room_id()) {
                room.forget().await?;
            }
            let mut keys = keys;
            if handover.is_some() {
                keys.push(crate::handover::handover_key(room.room_id()));
            } else {
                self.inner.rooms.lock().await.remove(user);
            }
            for key in keys {
                store.remove_custom_value(key.as_bytes()).await?;
            }
            tracing::info!(room = %tag(room.room_id()), "redacted, left and forgot a room");
        }
        Ok(kept)
    }

    /// Redacts every message of `room`'s history from before `before_ms` that the bot may
    /// redact. Returns how many it may not.
    async fn redact_history(&self, room: &Room, before_ms: i64) -> Result<u32> {
        let own = &self.inner.own;
        let others_too = room.power_levels().await.map_err(matrix_sdk::Error::from)?.user_can_redact_event_of_other(own);
        let mut redact: Vec<OwnedEventId> = Vec::new();
        let mut kept = 0;
        let mut options = MessagesOptions::backward();
        loop {
            let page = room.messages(options).await?;
            for event in &page.chunk {
                let raw = event.raw();
                let kind = raw.get_field::<String>("type").ok().flatten().unwrap_or_default();
                let content = raw.get_field::<serde_json::Value>("content").ok().flatten();
                let empty = content.as_ref().and_then(|c| c.as_object()).is_none_or(|c| c.is_empty());
                let at = raw.get_field::<i64>("origin_server_ts").ok().flatten().unwrap_or(0);
                if !MESSAGE_TYPES.contains(&kind.as_str()) || empty || at >= before_ms {
                    continue;
                }
                let Some(id) = event.event_id() else { continue };
                let sender = raw.get_field::<String>("sender").ok().flatten().unwrap_or_default();
                if sender == own.as_str() || others_too {
                    redact.push(id);
                } else {
                    kept += 1;
                }
            }
            match page.end {
                Some(end) if !page.chunk.is_empty() => options = MessagesOptions::backward().from(Some(end.as_str())),
                _ => break,
            }
        }
        for id in &redact {
            self.inner.limits.call(|| async { room.redact(id, None, None).await.map_err(matrix_sdk::Error::from) }).await.map_err(|e| match e {
                wegweiser_core::delivery::SendError::Failed(e) | wegweiser_core::delivery::SendError::Refused(e) => Error::Matrix(e),
                wegweiser_core::delivery::SendError::Unreachable => Error::Session("the room cannot be reached".into()),
            })?;
        }
        tracing::info!(room = %tag(room.room_id()), redacted = redact.len(), kept, "redacted a room's messages");
        Ok(kept)
    }
}
