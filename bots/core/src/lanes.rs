//! Ordered lanes of work, one per chat, chats side by side: what a channel must do for one
//! chat in order (sending the replies of one event before those of the next) runs in that
//! chat's lane, and a chat with a long backlog never holds up another. A lane exists only
//! while it has work; an idle chat costs nothing.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use tokio::sync::{mpsc, Notify};

type Work = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Lanes keyed by chat. Cheap to clone; clones share the lanes.
pub struct Lanes<K> {
    open: Arc<Mutex<HashMap<K, mpsc::UnboundedSender<Work>>>>,
    /// Told whenever a lane closes, for [`Lanes::idle`].
    closed: Arc<Notify>,
}

impl<K> Clone for Lanes<K> {
    fn clone(&self) -> Self {
        Self { open: self.open.clone(), closed: self.closed.clone() }
    }
}

impl<K> Default for Lanes<K> {
    fn default() -> Self {
        Self { open: Arc::default(), closed: Arc::default() }
    }
}

impl<K: Hash + Eq + Clone + Send + 'static> Lanes<K> {
    /// Runs `work` in `chat`'s lane after the work handed in before it; returns at once.
    /// Must be called inside a tokio runtime.
    pub fn push(&self, chat: K, work: impl Future<Output = ()> + Send + 'static) {
        let mut open = self.open.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let work: Work = Box::pin(work);
        let work = match open.get(&chat) {
            Some(lane) => match lane.send(work) {
                Ok(()) => return,
                // The lane just finished; a new one takes the work.
                Err(mpsc::error::SendError(work)) => work,
            },
            None => work,
        };
        let (lane, mut queue) = mpsc::unbounded_channel();
        lane.send(work).unwrap_or_else(|_| unreachable!("the receiver is alive"));
        open.insert(chat.clone(), lane);
        let (lanes, closed) = (self.open.clone(), self.closed.clone());
        tokio::spawn(async move {
            loop {
                while let Ok(work) = queue.try_recv() {
                    // A panic in one piece of work ends that piece, not the lane.
                    if let Err(panic) = tokio::spawn(work).await {
                        tracing::error!(error = %panic, "work in a chat's lane failed");
                    }
                }
                // Idle: the lane closes, unless work arrived meanwhile (push holds the lock).
                let mut open = lanes.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                if queue.is_empty() {
                    open.remove(&chat);
                    closed.notify_waiters();
                    return;
                }
            }
        });
    }

    /// How many chats have work waiting or running.
    pub fn busy(&self) -> usize {
        self.open.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len()
    }

    /// Waits until every lane has finished its work: what a stopping channel still sends.
    pub async fn idle(&self) {
        loop {
            let closed = self.closed.notified();
            tokio::pin!(closed);
            closed.as_mut().enable();
            if self.busy() == 0 {
                return;
            }
            closed.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn one_chat_runs_in_order_while_another_is_not_held_up() {
        let lanes: Lanes<u8> = Lanes::default();
        let (done, mut finished) = mpsc::unbounded_channel();
        for n in 0..5u8 {
            let done = done.clone();
            lanes.push(1, async move {
                tokio::time::sleep(Duration::from_millis(40)).await;
                done.send((1, n)).unwrap();
            });
        }
        let other = done.clone();
        lanes.push(2, async move { other.send((2, 0)).unwrap() });
        assert_eq!(finished.recv().await, Some((2, 0)), "the other chat goes first, not after the backlog");
        for n in 0..5 {
            assert_eq!(finished.recv().await, Some((1, n)), "the busy chat's work in order");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(lanes.busy(), 0, "idle lanes close");
        lanes.push(1, async move { done.send((1, 9)).unwrap() });
        assert_eq!(finished.recv().await, Some((1, 9)), "a closed lane opens again");
    }

    #[tokio::test]
    async fn idle_waits_for_every_lane_to_finish() {
        let lanes: Lanes<u8> = Lanes::default();
        lanes.idle().await;
        let (done, mut finished) = mpsc::unbounded_channel();
        for chat in 0..3u8 {
            let done = done.clone();
            lanes.push(chat, async move {
                tokio::time::sleep(Duration::from_millis(30 * u64::from(chat + 1))).await;
                done.send(chat).unwrap();
            });
        }
        lanes.idle().await;
        drop(done);
        let mut all = Vec::new();
        while let Some(chat) = finished.recv().await {
            all.push(chat);
        }
        assert_eq!(all, [0, 1, 2], "every lane's work was done before idle returned");
        assert_eq!(lanes.busy(), 0);
    }

    #[tokio::test]
    async fn a_panic_ends_its_own_work_only() {
        let lanes: Lanes<u8> = Lanes::default();
        let (done, mut finished) = mpsc::unbounded_channel();
        lanes.push(1, async { panic!("a bug in sending") });
        lanes.push(1, async move { done.send("next").unwrap() });
        assert_eq!(finished.recv().await, Some("next"));
    }
}
