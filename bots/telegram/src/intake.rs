//! Long polling that no chat holds up. Telegram's only acknowledgement is the offset of
//! the next getUpdates, and it confirms every update below it; so the offset stays at the
//! oldest update not yet committed, while the updates after it — of other chats — are
//! handled meanwhile, each chat's in order in a lane of its own. A chat waiting for a slow
//! download (at most `core::media::DOWNLOAD_TIMEOUT`) thus delays only itself: the polling
//! goes on every [`BUSY_POLL`] and picks up what others write. An update that failed is
//! handed in again after [`RETRY_PAUSE`], and its chat's later updates only after it.

use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::FutureExt;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::types::{AllowedUpdate, Update};
use tokio::sync::Notify;
use wegweiser_core::delivery::pause_unless_stopping;
use wegweiser_core::Conversations;

use crate::{Result, Telegram, POLL_TIMEOUT};

/// How often updates are fetched while some are still being handled: Telegram answers at
/// once then (the unconfirmed ones come back), so this paces it.
pub(crate) const BUSY_POLL: Duration = Duration::from_millis(300);
/// How long a chat whose update failed waits before that update is handed in again.
pub(crate) const RETRY_PAUSE: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    /// Handed to its chat's lane.
    Running,
    /// Committed (or nothing to commit).
    Done,
    /// Failed, or skipped behind a failed one of its chat: handed in again when fetched.
    Waiting,
}

/// The updates fetched and not yet confirmed, by id, with their chat.
#[derive(Debug, Default)]
pub(crate) struct Window {
    updates: BTreeMap<u32, (i64, Status)>,
    /// The newest update id seen.
    newest: Option<u32>,
    /// Chats whose update failed, and when it may be handed in again.
    held: HashMap<i64, Instant>,
}

impl Window {
    /// The offset for the next getUpdates: past everything done, up to the first update
    /// that is not. Forgets what it confirms.
    pub(crate) fn offset(&mut self) -> u32 {
        let first_open = self.updates.iter().find(|(_, (_, s))| *s != Status::Done).map(|(id, _)| *id);
        let offset = first_open.or(self.newest.map(|n| n + 1)).unwrap_or(0);
        self.updates.retain(|id, _| *id >= offset);
        offset
    }

    /// Whether some update is still being handled or waits to be handed in again.
    pub(crate) fn busy(&self) -> bool {
        self.updates.values().any(|(_, s)| *s != Status::Done)
    }

    /// Which of the fetched updates (id, chat), oldest first, to hand to their chat's lane
    /// now: the new ones, and those waiting again once their chat's pause is over and none
    /// of its updates is still in its lane.
    pub(crate) fn fresh(&mut self, fetched: &[(u32, i64)], now: Instant) -> Vec<bool> {
        let mut take = Vec::with_capacity(fetched.len());
        for &(id, chat) in fetched {
            self.newest = Some(self.newest.map_or(id, |n| n.max(id)));
            let go = match self.updates.get(&id).map(|(_, s)| *s) {
                Some(Status::Running | Status::Done) => false,
                Some(Status::Waiting) | None => match self.held.get(&chat) {
                    None => true,
                    Some(until) => {
                        let in_lane = self.updates.values().any(|(c, s)| *c == chat && *s == Status::Running);
                        let go = now >= *until && !in_lane;
                        if go {
                            self.held.remove(&chat);
                        }
                        go
                    }
                },
            };
            if go {
                self.updates.insert(id, (chat, Status::Running));
            } else {
                self.updates.entry(id).or_insert((chat, Status::Waiting));
            }
            take.push(go);
        }
        take
    }

    /// Whether the update may run now: not when an earlier update of its chat failed (it
    /// then waits to be handed in again after that one).
    pub(crate) fn start(&mut self, id: u32, chat: i64) -> bool {
        if self.held.contains_key(&chat) {
            self.updates.insert(id, (chat, Status::Waiting));
            return false;
        }
        true
    }

    /// Records how handling the update went.
    pub(crate) fn finish(&mut self, id: u32, chat: i64, ok: bool, now: Instant) {
        if ok {
            self.updates.insert(id, (chat, Status::Done));
        } else {
            self.updates.insert(id, (chat, Status::Waiting));
            self.held.entry(chat).or_insert(now + RETRY_PAUSE);
        }
    }
}

impl<G: Conversations> Telegram<G> {
    /// Receives updates by long polling until the gateway stops ([`Conversations::stopping`]):
    /// then the updates in hand are finished (a download within its time limit) and their
    /// replies sent before it returns. The offset moves past an update only once it is
    /// handled (committed, replies queued); see [`Window`]. What the stop leaves unconfirmed
    /// Telegram keeps, and the gateway recognises what it already handled.
    pub async fn poll(&self) -> Result<()> {
        self.inner.bot.delete_webhook().await?;
        let stopping = self.inner.gateway.stopping();
        let window = Arc::new(Mutex::new(Window::default()));
        let finished = Arc::new(Notify::new());
        let mut failures = 0u32;
        while !stopping.is_cancelled() {
            let (offset, busy) = {
                let mut window = window.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                (window.offset(), window.busy())
            };
            let wait = if busy { 0 } else { POLL_TIMEOUT.as_secs() as u32 };
            let request = self
                .inner
                .bot
                .get_updates()
                .offset(offset as i32)
                .timeout(wait)
                .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery]);
            let polled = tokio::select! {
                polled = request.into_future() => polled,
                () = stopping.cancelled() => break,
            };
            let updates = match polled {
                Ok(updates) => updates,
                Err(e) => {
                    failures += 1;
                    let pause = Duration::from_secs(u64::from(failures.min(6)) * 5);
                    tracing::warn!(error = %e, ?pause, "could not fetch updates");
                    pause_unless_stopping(&stopping, pause).await;
                    continue;
                }
            };
            failures = 0;
            let fetched: Vec<(u32, i64)> = updates.iter().map(|u| (u.id.0, chat_of(u))).collect();
            let take = window.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).fresh(&fetched, Instant::now());
            for (update, go) in updates.into_iter().zip(take) {
                if go {
                    self.hand_in(update, window.clone(), finished.clone());
                }
            }
            if window.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).busy() {
                tokio::select! {
                    _ = tokio::time::timeout(BUSY_POLL, finished.notified()) => {}
                    () = stopping.cancelled() => {}
                }
            }
        }
        self.inner.intake.idle().await;
        self.finish_sending().await;
        Ok(())
    }

    /// Handles an update in its chat's lane, after the chat's earlier ones.
    fn hand_in(&self, update: Update, window: Arc<Mutex<Window>>, finished: Arc<Notify>) {
        let (id, chat) = (update.id.0, chat_of(&update));
        let channel = self.clone();
        self.inner.intake.push(chat, async move {
            let lock = || window.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if lock().start(id, chat) {
                let ok = match AssertUnwindSafe(channel.handle_update(update)).catch_unwind().await {
                    Ok(Ok(())) => true,
                    Ok(Err(e)) => {
                        tracing::error!(update = id, error = %e, "update not handled; it will be fetched again");
                        false
                    }
                    // Handing it in again would fail the same way and hold up its chat for good.
                    Err(_) => {
                        tracing::error!(update = id, "handling an update panicked; it is given up");
                        true
                    }
                };
                lock().finish(id, chat, ok, Instant::now());
            }
            finished.notify_one();
        });
    }
}

fn chat_of(update: &Update) -> i64 {
    update.chat().map_or(0, |c| c.id.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_waits_for_the_oldest_unfinished_update_while_later_ones_are_handled() {
        let mut window = Window::default();
        let now = Instant::now();
        assert_eq!(window.offset(), 0);
        assert_eq!(window.fresh(&[(5, 1), (6, 2), (7, 2)], now), [true, true, true]);
        window.finish(6, 2, true, now);
        window.finish(7, 2, true, now);
        assert_eq!(window.offset(), 5, "chat 1's download is still running");
        assert!(window.busy());
        // What is running or done is not handed in again when it comes back; a new one is.
        assert_eq!(window.fresh(&[(5, 1), (6, 2), (7, 2), (8, 2)], now), [false, false, false, true]);
        window.finish(8, 2, true, now);
        window.finish(5, 1, true, now);
        assert!(!window.busy());
        assert_eq!(window.offset(), 9, "everything is confirmed at once");
        assert_eq!(window.offset(), 9);
    }

    #[test]
    fn a_failed_update_comes_again_after_a_pause_before_its_chats_later_ones_and_other_chats_go_on() {
        let mut window = Window::default();
        let now = Instant::now();
        assert_eq!(window.fresh(&[(1, 10), (2, 10), (3, 20)], now), [true, true, true]);
        window.finish(1, 10, false, now);
        assert!(!window.start(2, 10), "the next of that chat must not run before the failed one");
        assert!(window.start(3, 20));
        window.finish(3, 20, true, now);
        assert_eq!(window.offset(), 1, "the failed one is not confirmed");
        // During the pause neither comes again; another chat's new update does.
        assert_eq!(window.fresh(&[(1, 10), (2, 10), (4, 20)], now + RETRY_PAUSE / 2), [false, false, true]);
        window.finish(4, 20, true, now);
        // After it, both, in order; they run.
        assert_eq!(window.fresh(&[(1, 10), (2, 10)], now + RETRY_PAUSE), [true, true]);
        assert!(window.start(1, 10) && window.start(2, 10));
        window.finish(1, 10, true, now);
        window.finish(2, 10, true, now);
        assert_eq!(window.offset(), 5);
    }

    #[test]
    fn after_a_failure_the_chat_waits_until_its_queued_updates_have_stepped_aside() {
        let mut window = Window::default();
        let now = Instant::now();
        window.fresh(&[(1, 10), (2, 10)], now);
        window.finish(1, 10, false, now);
        let later = now + RETRY_PAUSE;
        // Update 2 is still queued in the lane (it will step aside): 1 must not overtake it.
        assert_eq!(window.fresh(&[(1, 10), (2, 10), (3, 10)], later), [false, false, false]);
        assert!(!window.start(2, 10));
        assert_eq!(window.fresh(&[(1, 10), (2, 10), (3, 10)], later), [true, true, true]);
    }
}
