//! Joining the rooms the bot is invited to. Each join runs in a task of its own, at most
//! [`MAX_JOINS`] at once, so neither a room slow to join (retried while the homeserver is
//! not ready for it) nor a wave of invites holds up the sync and the messages it brings.

use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

use matrix_sdk::ruma::{OwnedRoomId, RoomId};
use tokio::sync::Semaphore;
use wegweiser_core::delivery as shared;
use wegweiser_core::log_tag::tag;
use wegweiser_core::Conversations;

use crate::Matrix;

/// Joins running at once at most.
const MAX_JOINS: usize = 8;
/// Tries to join a room the bot was invited to (Synapse may answer the invite before the
/// room is ready to be joined).
const JOIN_TRIES: u32 = 6;

/// The joins under way: a room is joined by one task at a time, and a few tasks at once.
pub(crate) struct Joins {
    slots: Arc<Semaphore>,
    joining: Mutex<HashSet<OwnedRoomId>>,
}

impl Default for Joins {
    fn default() -> Self {
        Self::new(MAX_JOINS)
    }
}

impl Joins {
    fn new(at_once: usize) -> Self {
        Self { slots: Arc::new(Semaphore::new(at_once)), joining: Mutex::default() }
    }

    /// Runs `join` for `room` in a task of its own that waits for a free slot, and returns
    /// at once; false, and nothing started, while a join of that room is under way.
    pub(crate) fn start(self: &Arc<Self>, room: OwnedRoomId, join: impl Future<Output = ()> + Send + 'static) -> bool {
        if !self.joining.lock().unwrap_or_else(PoisonError::into_inner).insert(room.clone()) {
            return false;
        }
        let joins = self.clone();
        tokio::spawn(async move {
            // The semaphore is never closed.
            let slot = joins.slots.clone().acquire_owned().await.ok();
            join.await;
            drop(slot);
            joins.joining.lock().unwrap_or_else(PoisonError::into_inner).remove(&room);
        });
        true
    }
}

impl<G: Conversations> Matrix<G> {
    /// Starts joining every room the bot is still only invited to (an invite that was not
    /// joined before a restart).
    pub(crate) fn join_pending_invites(&self) {
        for room in self.inner.client.invited_rooms() {
            self.start_join(room.room_id().to_owned());
        }
    }

    /// Starts joining an invited room in the background.
    pub(crate) fn start_join(&self, room_id: OwnedRoomId) {
        let channel = self.clone();
        self.inner.joins.start(room_id.clone(), async move { channel.join(&room_id).await });
    }

    /// Joins an invited room, retrying while the homeserver is not ready for it.
    async fn join(&self, room_id: &RoomId) {
        for tries in 1..=JOIN_TRIES {
            match self.inner.client.join_room_by_id(room_id).await {
                Ok(_) => {
                    tracing::info!(room = %tag(&room_id), "joined a room the bot was invited to");
                    return;
                }
                Err(e) if tries < JOIN_TRIES => {
                    let pause = shared::backoff(tries);
                    tracing::debug!(room = %tag(&room_id), error = %e, ?pause, "joining failed; trying again");
                    tokio::time::sleep(pause).await;
                }
                Err(e) => tracing::warn!(room = %tag(&room_id), error = %e, "could not join a room the bot was invited to"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    use super::*;

    fn room(n: usize) -> OwnedRoomId {
        RoomId::parse(format!("!room{n}:example.org")).unwrap()
    }

    #[tokio::test]
    async fn invites_are_joined_in_the_background_at_most_eight_at_once_each_room_once() {
        let joins = Arc::new(Joins::default());
        let (running, most, done) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        // Every join hangs until the gate opens: a homeserver slow to let the bot in.
        let gate = Arc::new(Semaphore::new(0));
        let started = Instant::now();
        for n in 0..20 {
            let (running, most, done, gate) = (running.clone(), most.clone(), done.clone(), gate.clone());
            let join = async move {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                gate.acquire().await.unwrap().forget();
                running.fetch_sub(1, Ordering::SeqCst);
                done.fetch_add(1, Ordering::SeqCst);
            };
            assert!(joins.start(room(n), join));
        }
        assert!(!joins.start(room(3), async {}), "a room already being joined is not joined twice");
        assert!(started.elapsed() < Duration::from_millis(100), "starting joins never waits for them");
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(running.load(Ordering::SeqCst), MAX_JOINS, "joins run side by side up to the cap");
        gate.add_permits(20);
        let waited = Instant::now();
        while done.load(Ordering::SeqCst) < 20 {
            assert!(waited.elapsed() < Duration::from_secs(5), "every invite is joined in the end");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(most.load(Ordering::SeqCst), MAX_JOINS);
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(joins.start(room(3), async {}), "once joined (or given up), a new invite to the room is joined again");
    }
}
