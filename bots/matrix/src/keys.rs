//! Encrypted messages whose room key has not arrived yet. They wait in matrix-sdk's state
//! store, beside the crypto store whose keys will decrypt them, so a restart keeps them;
//! every sync tries them again and answers those it can now read. The waiting is
//! bounded: at most [`MAX_PER_ROOM`] messages a room (the oldest given up first) and none
//! longer than [`KEY_WAIT`].

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};
use std::time::Duration;

use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{MilliSecondsSinceUnixEpoch, OwnedRoomId, RoomId};
use matrix_sdk::Client;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;
use wegweiser_core::Conversations;
use wegweiser_core::log_tag::tag;

use crate::{Matrix, Result};

/// How long a message waits for its key: a sender's phone may be offline for a while
/// before it shares the key.
const KEY_WAIT: Duration = Duration::from_secs(24 * 3600);
/// Messages of one room waiting at most.
const MAX_PER_ROOM: usize = 100;
/// State-store keys: the rooms with messages waiting, and each room's messages.
const INDEX_KEY: &[u8] = b"wegweiser.key_waits";
const ROOM_PREFIX: &str = "wegweiser.key_waits.";

/// One message waiting for its key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Wait {
    event_id: String,
    event: Raw<OriginalSyncRoomEncryptedEvent>,
    /// When it was first seen, in Unix milliseconds.
    since: u64,
}

/// The messages waiting, per room, oldest first.
#[derive(Debug, Default)]
struct Waiting {
    rooms: BTreeMap<OwnedRoomId, VecDeque<Wait>>,
    /// Messages whose key arrived, handed to their room's lane and not yet answered.
    in_lane: HashSet<String>,
}

impl Waiting {
    /// Adds a message unless it waits already (a sync handled again brings it again);
    /// returns the room's oldest message when it had to be given up to make room.
    fn push(&mut self, room: &RoomId, wait: Wait) -> Option<Wait> {
        let list = self.rooms.entry(room.to_owned()).or_default();
        if list.iter().any(|w| w.event_id == wait.event_id) {
            return None;
        }
        list.push_back(wait);
        (list.len() > MAX_PER_ROOM).then(|| list.pop_front()).flatten()
    }

    /// Takes out the messages that have waited longer than [`KEY_WAIT`] at `now` (Unix ms).
    fn expire(&mut self, now: u64) -> Vec<(OwnedRoomId, Wait)> {
        let limit = KEY_WAIT.as_millis() as u64;
        let mut expired = Vec::new();
        for (room, list) in &mut self.rooms {
            while list.front().is_some_and(|w| now.saturating_sub(w.since) > limit) {
                expired.extend(list.pop_front().map(|w| (room.clone(), w)));
            }
        }
        expired
    }
}

/// The messages waiting for their keys, as kept in the state store.
#[derive(Debug)]
pub(crate) struct KeyWaits {
    waiting: Mutex<Waiting>,
}

fn now_ms() -> u64 {
    MilliSecondsSinceUnixEpoch::now().get().into()
}

fn room_key(room: &RoomId) -> String {
    format!("{ROOM_PREFIX}{room}")
}

impl KeyWaits {
    /// The messages that were waiting when the gateway last stopped. A stored list that
    /// cannot be read is dropped with a warning: it must not keep the bot from starting.
    pub(crate) async fn load(client: &Client) -> Result<Self> {
        let store = client.state_store();
        let rooms: Vec<OwnedRoomId> = match store.get_custom_value(INDEX_KEY).await? {
            Some(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "the list of messages waiting for their keys is damaged; they are given up");
                Vec::new()
            }),
            None => Vec::new(),
        };
        let mut waiting = Waiting::default();
        for room in rooms {
            let Some(bytes) = store.get_custom_value(room_key(&room).as_bytes()).await? else { continue };
            match serde_json::from_slice::<VecDeque<Wait>>(&bytes) {
                Ok(list) if !list.is_empty() => {
                    waiting.rooms.insert(room, list);
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(room = %tag(&room), error = %e, "stored messages waiting for their keys are damaged; they are given up"),
            }
        }
        let count: usize = waiting.rooms.values().map(VecDeque::len).sum();
        if count > 0 {
            tracing::info!(count, "messages waiting for their keys since before the restart are tried again");
        }
        Ok(Self { waiting: Mutex::new(waiting) })
    }

    /// Adds a message to wait for its key, and stores its room's list.
    async fn add(&self, client: &Client, room: &RoomId, event_id: &str, event: Raw<OriginalSyncRoomEncryptedEvent>) -> Result<()> {
        let mut waiting = self.waiting.lock().await;
        if let Some(dropped) = waiting.push(room, Wait { event_id: event_id.to_string(), event, since: now_ms() }) {
            tracing::warn!(room = %tag(&room), event = %dropped.event_id, limit = MAX_PER_ROOM, "too many messages wait for their keys in one room; the oldest is given up");
        }
        store(client, &waiting, [room.to_owned()].into()).await
    }
}

/// Writes the lists of `changed` rooms (removing empty ones) and the index of rooms.
async fn store(client: &Client, waiting: &Waiting, changed: BTreeSet<OwnedRoomId>) -> Result<()> {
    let state = client.state_store();
    for room in &changed {
        let key = room_key(room);
        match waiting.rooms.get(room).filter(|list| !list.is_empty()) {
            Some(list) => {
                let json = serde_json::to_vec(list).map_err(|e| crate::Error::Session(e.to_string()))?;
                state.set_custom_value(key.as_bytes(), json).await?;
            }
            None => {
                state.remove_custom_value(key.as_bytes()).await?;
            }
        }
    }
    let rooms: Vec<&OwnedRoomId> = waiting.rooms.iter().filter(|(_, list)| !list.is_empty()).map(|(room, _)| room).collect();
    let index = serde_json::to_vec(&rooms).map_err(|e| crate::Error::Session(e.to_string()))?;
    state.set_custom_value(INDEX_KEY, index).await?;
    Ok(())
}

impl<G: Conversations> Matrix<G> {
    /// Keeps a message that cannot be decrypted yet until its key arrives.
    pub(crate) async fn wait_for_key(&self, room: &RoomId, event_id: &str, event: Raw<OriginalSyncRoomEncryptedEvent>) -> Result<()> {
        self.inner.keys.add(&self.inner.client, room, event_id, event).await
    }

    /// Tries again to decrypt the messages waiting for their keys, and hands those it can
    /// now read to their room's lane, after that room's messages already in hand; gives up
    /// on those that waited too long. A message stops waiting once it is answered; one
    /// whose answer failed is tried again after the next sync.
    pub(crate) async fn retry_waiting_for_keys(&self) {
        let mut waiting = self.inner.keys.waiting.lock().await;
        let mut expired = BTreeSet::new();
        for (room, wait) in waiting.expire(now_ms()) {
            tracing::error!(room = %tag(&room), event = %wait.event_id, "a message could not be decrypted: its key did not arrive within a day, so it is not answered");
            expired.insert(room);
        }
        waiting.rooms.retain(|_, list| !list.is_empty());
        let mut readable = Vec::new();
        for (room_id, list) in &waiting.rooms {
            let Some(room) = self.inner.client.get_room(room_id) else { continue };
            for wait in list.iter().filter(|w| !waiting.in_lane.contains(&w.event_id)) {
                if let Ok(event) = room.decrypt_event(&wait.event, None).await
                    && !event.kind.is_utd()
                {
                    readable.push((room_id.clone(), wait.event_id.clone(), event));
                }
            }
        }
        for (room_id, event_id, event) in readable {
            waiting.in_lane.insert(event_id.clone());
            let channel = self.clone();
            self.inner.intake.push(room_id.clone(), async move {
                let answered = channel.handle_raw(&room_id, event.raw()).await;
                let keys = &channel.inner.keys;
                let mut waiting = keys.waiting.lock().await;
                waiting.in_lane.remove(&event_id);
                match answered {
                    Ok(()) => {
                        tracing::info!(room = %tag(&room_id), event = %event_id, "the key of a waiting message arrived; it is answered");
                        if let Some(list) = waiting.rooms.get_mut(&room_id) {
                            list.retain(|w| w.event_id != event_id);
                        }
                        waiting.rooms.retain(|_, list| !list.is_empty());
                        if let Err(e) = store(&channel.inner.client, &waiting, [room_id].into()).await {
                            tracing::warn!(error = %e, "could not store the messages waiting for their keys");
                        }
                    }
                    Err(e) => tracing::error!(room = %tag(&room_id), event = %event_id, error = %e, "a message whose key arrived was not answered; it is tried again"),
                }
            });
        }
        if !expired.is_empty()
            && let Err(e) = store(&self.inner.client, &waiting, expired).await
        {
            tracing::warn!(error = %e, "could not store the messages waiting for their keys");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR_MS: u64 = 3600 * 1000;

    fn wait(n: usize, since: u64) -> Wait {
        let json = serde_json::json!({ "type": "m.room.encrypted", "event_id": format!("$e{n}"), "sender": "@u:example.org", "origin_server_ts": 1, "content": {} });
        Wait { event_id: format!("$e{n}"), event: Raw::new(&json).unwrap().cast_unchecked(), since }
    }

    fn room(name: &str) -> OwnedRoomId {
        RoomId::parse(format!("!{name}:example.org")).unwrap()
    }

    fn ids(waiting: &Waiting, room: &RoomId) -> Vec<String> {
        waiting.rooms.get(room).map(|l| l.iter().map(|w| w.event_id.clone()).collect()).unwrap_or_default()
    }

    #[test]
    fn a_room_keeps_its_hundred_newest_waiting_messages_and_other_rooms_are_untouched() {
        let mut waiting = Waiting::default();
        let (busy, quiet) = (room("busy"), room("quiet"));
        assert!(waiting.push(&quiet, wait(1000, 0)).is_none());
        for n in 0..MAX_PER_ROOM {
            assert!(waiting.push(&busy, wait(n, 0)).is_none());
        }
        assert!(waiting.push(&busy, wait(5, 0)).is_none(), "a message already waiting is not added twice");
        let dropped = waiting.push(&busy, wait(MAX_PER_ROOM, 0)).expect("the oldest is given up");
        assert_eq!(dropped.event_id, "$e0");
        let kept = ids(&waiting, &busy);
        assert_eq!((kept.len(), kept[0].as_str(), kept[MAX_PER_ROOM - 1].as_str()), (MAX_PER_ROOM, "$e1", "$e100"));
        assert_eq!(ids(&waiting, &quiet), ["$e1000"]);
    }

    #[test]
    fn a_message_waits_a_day_for_its_key_and_no_longer() {
        let mut waiting = Waiting::default();
        let r = room("r");
        waiting.push(&r, wait(1, 0));
        waiting.push(&r, wait(2, 10 * HOUR_MS));
        assert!(waiting.expire(24 * HOUR_MS).is_empty(), "a day is not over yet");
        let expired = waiting.expire(24 * HOUR_MS + 1);
        assert_eq!(expired.iter().map(|(_, w)| w.event_id.as_str()).collect::<Vec<_>>(), ["$e1"]);
        assert_eq!(ids(&waiting, &r), ["$e2"]);
    }

    /// The state store of a bot that never logged in: enough to keep custom values.
    async fn client(dir: &std::path::Path) -> Client {
        Client::builder().homeserver_url("http://127.0.0.1:9").sqlite_store(dir, None).build().await.unwrap()
    }

    #[tokio::test]
    async fn waiting_messages_are_kept_across_a_restart_within_their_bound() {
        let dir = tempfile::tempdir().unwrap();
        let (busy, quiet) = (room("busy"), room("quiet"));
        {
            let client = client(dir.path()).await;
            let keys = KeyWaits::load(&client).await.unwrap();
            for n in 0..=MAX_PER_ROOM {
                let w = wait(n, 0);
                keys.add(&client, &busy, &w.event_id, w.event).await.unwrap();
            }
            let w = wait(1000, 0);
            keys.add(&client, &quiet, &w.event_id, w.event).await.unwrap();
        }
        let client = client(dir.path()).await;
        let restored = KeyWaits::load(&client).await.unwrap();
        let waiting = restored.waiting.lock().await;
        let kept = ids(&waiting, &busy);
        assert_eq!((kept.len(), kept[0].as_str()), (MAX_PER_ROOM, "$e1"), "the oldest was given up, the rest kept");
        assert_eq!(ids(&waiting, &quiet), ["$e1000"]);
        assert!(waiting.rooms[&busy].iter().all(|w| w.since > 0), "the time first seen is kept, so a day is a day across restarts");
    }
}
