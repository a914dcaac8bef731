//! The one delivery path every channel sends through: rate limits shared by all sends (in
//! all, and per chat with a short burst), the network's "wait this long" honoured,
//! passing failures retried with growing pauses, a user who blocked the bot reported as
//! unreachable, and the outbox drained user by user with each notification marked
//! delivered once sent. Channels say how their errors are to be read (a [`Failure`] for
//! each) and how one message is sent ([`Sender`]); no network I/O happens here.

use std::future::Future;
use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::broadcast::DeliveryStatus;
use crate::{BroadcastDelivery, CancellationToken, Conversations, Delivery, Erase, Outbound, Sent, CLEAR_SOME_LEFT};

/// Tries of a call that fails for a passing reason (the network, a server's 5xx).
pub const MAX_TRIES: u32 = 5;
/// The longest wait a network may ask for; a longer one is reported as a failure.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);
/// Notifications taken from the outbox at a time.
const OUTBOX_BATCH: usize = 100;
/// The share of a channel's limit a broadcast takes unless configured (`broadcast_percent`):
/// the rest is left for replies and relayed messages, which must not wait behind thousands
/// of announcements, and absorbs the network's timing jitter.
pub const DEFAULT_BROADCAST_PERCENT: u32 = 60;
/// How often the outbox is looked at when it was empty.
const OUTBOX_INTERVAL: Duration = Duration::from_secs(1);

/// What a failed call means for the next try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The network asks to wait (Telegram's 429 `retry_after`, Matrix's `M_LIMIT_EXCEEDED`
    /// `retry_after_ms`).
    RetryAfter(Duration),
    /// The user blocked the bot, left, or cannot be written to.
    Unreachable,
    /// May pass: the network, the server's own trouble.
    Passing,
    /// Trying again would fail the same way.
    Permanent,
}

/// Why a message did not go out.
#[derive(Debug, thiserror::Error)]
pub enum SendError<E> {
    #[error("the user cannot be reached")]
    Unreachable,
    /// Tried as often as a passing failure deserves, or the network asked for too long a wait.
    #[error("{0}")]
    Failed(E),
    /// The network refused the message itself: sending it again as it is will not help.
    #[error("refused: {0}")]
    Refused(E),
}

impl<E> SendError<E> {
    /// The same failure with the network's error turned into another type.
    pub fn map<F>(self, f: impl FnOnce(E) -> F) -> SendError<F> {
        match self {
            SendError::Unreachable => SendError::Unreachable,
            SendError::Failed(e) => SendError::Failed(f(e)),
            SendError::Refused(e) => SendError::Refused(f(e)),
        }
    }
}

/// A network's rate limits.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Messages a second to all chats together, evenly spaced (no burst): no second sees more.
    pub per_second: u32,
    /// Messages a second to one chat, and how many may go at once (a reply and its menu).
    pub per_chat_per_second: u32,
    pub per_chat_burst: u32,
}

/// The limits every call to one network goes through, keyed by chat; `E` is the network
/// client's error.
pub struct Limits<K: Hash + Eq + Clone, E> {
    global: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<K>,
    classify: fn(&E) -> Failure,
}

impl<K: Hash + Eq + Clone, E: std::fmt::Display> Limits<K, E> {
    /// `classify` reads the network's errors.
    pub fn new(limits: RateLimits, classify: fn(&E) -> Failure) -> Self {
        let n = |v: u32| NonZeroU32::new(v.max(1)).expect("at least one");
        Self {
            global: RateLimiter::direct(Quota::per_second(n(limits.per_second)).allow_burst(NonZeroU32::MIN)),
            per_chat: RateLimiter::keyed(Quota::per_second(n(limits.per_chat_per_second)).allow_burst(n(limits.per_chat_burst))),
            classify,
        }
    }

    /// Runs `call` for `chat` within the limits, waiting as the network asks and retrying
    /// passing failures with growing pauses.
    pub async fn send<T, F, Fut>(&self, chat: &K, call: F) -> Result<T, SendError<E>>
    where
        F: Fn() -> Fut,
        Fut: std::future::IntoFuture<Output = Result<T, E>>,
    {
        self.try_call(Some(chat), call).await
    }

    /// Runs a call that is not a new message (answering a button press, editing the menu
    /// that was pressed): networks do not count these against their message limits, so it
    /// is not spaced, but waits and retries like a send.
    pub async fn call<T, F, Fut>(&self, call: F) -> Result<T, SendError<E>>
    where
        F: Fn() -> Fut,
        Fut: std::future::IntoFuture<Output = Result<T, E>>,
    {
        self.try_call(None, call).await
    }

    async fn try_call<T, F, Fut>(&self, spaced_for: Option<&K>, call: F) -> Result<T, SendError<E>>
    where
        F: Fn() -> Fut,
        Fut: std::future::IntoFuture<Output = Result<T, E>>,
    {
        let mut tries = 0;
        loop {
            if let Some(chat) = spaced_for {
                self.per_chat.until_key_ready(chat).await;
                self.global.until_ready().await;
            }
            tries += 1;
            let error = match call().await {
                Ok(value) => return Ok(value),
                Err(e) => e,
            };
            match (self.classify)(&error) {
                Failure::RetryAfter(wait) if wait <= MAX_RETRY_AFTER && tries < MAX_TRIES * 4 => {
                    tracing::warn!(?wait, "the network asks to wait before the next message");
                    tokio::time::sleep(wait).await;
                }
                Failure::Unreachable => return Err(SendError::Unreachable),
                Failure::Passing if tries < MAX_TRIES => {
                    let pause = backoff(tries);
                    tracing::warn!(error = %error, ?pause, "sending failed; trying again");
                    tokio::time::sleep(pause).await;
                }
                Failure::Permanent => return Err(SendError::Refused(error)),
                _ => return Err(SendError::Failed(error)),
            }
        }
    }
}

/// 0.5 s, 1 s, 2 s, 4 s …
pub fn backoff(tries: u32) -> Duration {
    Duration::from_millis(250 << tries.min(8))
}

/// Which stored row a message comes from. The same row sent again (after a crash between
/// sending and marking it sent) names the same origin, so a network that deduplicates
/// sends by a client's transaction id (Matrix) shows it once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An outbox row: a reply to an event, or a notification.
    Outbox(i64),
    /// A broadcast's message to one recipient (one row per recipient and broadcast).
    Broadcast(i64),
}

/// How a channel sends one message to one of its users (a chat id, a Matrix user id).
pub trait Sender: Clone + Send + Sync + 'static {
    type Error: std::fmt::Display + Send;

    /// Sends `message`, stored as `origin`, to `user`, through the channel's [`Limits`]; a
    /// channel that gives each handover its own room sends it in `handover`'s room.
    /// Returns the platform's ids of the messages it became in `user`'s private chat
    /// (none where they cannot be deleted later).
    fn send_to(&self, user: &str, message: &Outbound, handover: Option<i64>, origin: Origin) -> impl Future<Output = Result<Vec<String>, SendError<Self::Error>>> + Send;

    /// Deletes what `erase` names in `user`'s private chat, or in `handover`'s own room;
    /// what the network no longer has is skipped. Returns how many messages it found but
    /// could not delete (another's, where the bot may delete only its own).
    fn erase(&self, user: &str, handover: Option<i64>, erase: &Erase) -> impl Future<Output = Result<u32, SendError<Self::Error>>> + Send {
        let _ = (user, handover, erase);
        async { Ok(0) }
    }
}

/// Delivers `channel`'s outbox (notifications, and replies their channel did not report
/// sent) until the gateway stops ([`Conversations::stopping`]), after the round in hand.
/// A round that sent nothing waits before the next.
pub async fn deliver_outbox<G: Conversations, S: Sender>(gateway: Arc<G>, channel: &'static str, sender: S) {
    let stopping = gateway.stopping();
    while !stopping.is_cancelled() {
        let pause = match deliver_pending(&gateway, channel, &sender).await {
            Ok(0) => OUTBOX_INTERVAL,
            Ok(_) => continue,
            Err(e) => {
                tracing::warn!(channel, error = %e, "could not read the outbox; trying again");
                OUTBOX_INTERVAL * 5
            }
        };
        pause_unless_stopping(&stopping, pause).await;
    }
}

/// Sleeps for `pause`, or less when the gateway is asked to stop meanwhile.
pub async fn pause_unless_stopping(stopping: &CancellationToken, pause: Duration) {
    tokio::select! {
        () = tokio::time::sleep(pause) => {}
        () = stopping.cancelled() => {}
    }
}

/// One round of outbox delivery, users side by side, each user's messages in order; a
/// failed message is recorded for a later try and holds back that user's later ones.
/// Returns how many messages were sent.
pub async fn deliver_pending<G: Conversations, S: Sender>(gateway: &Arc<G>, channel: &'static str, sender: &S) -> Result<usize, G::Error> {
    let pending = gateway.pending(channel, OUTBOX_BATCH).await?;
    let mut by_user: Vec<(String, Vec<Delivery>)> = Vec::new();
    for delivery in pending {
        match by_user.iter_mut().find(|(u, _)| *u == delivery.user) {
            Some((_, list)) => list.push(delivery),
            None => by_user.push((delivery.user.clone(), vec![delivery])),
        }
    }
    // Users side by side, but one stored file in memory at a time, however many get one.
    let files = Arc::new(tokio::sync::Semaphore::new(1));
    let mut tasks = tokio::task::JoinSet::new();
    for (user, list) in by_user {
        let (gateway, sender, files) = (gateway.clone(), sender.clone(), files.clone());
        tasks.spawn(async move { deliver_to(&*gateway, channel, &sender, &user, list, &files).await });
    }
    let mut sent = 0;
    while let Some(done) = tasks.join_next().await {
        match done {
            Ok(Ok(count)) => sent += count,
            Ok(Err(e)) => tracing::warn!(channel, error = %e, "could not record a delivery"),
            Err(e) => tracing::error!(channel, error = %e, "a delivery task failed"),
        }
    }
    Ok(sent)
}

async fn deliver_to<G: Conversations, S: Sender>(
    gateway: &G,
    channel: &str,
    sender: &S,
    user: &str,
    list: Vec<Delivery>,
    files: &tokio::sync::Semaphore,
) -> Result<usize, G::Error> {
    let mut sent = 0;
    for mut delivery in list {
        let origin = Origin::Outbox(delivery.id);
        let erased = match delivery.erase {
            Erase::Nothing => Ok(0),
            ref erase => sender.erase(user, delivery.handover, erase).await,
        };
        // A row that erases and says something is `/clear`'s report: where the channel
        // found messages it could not delete, it says how many.
        if let Ok(kept @ 1..) = erased
            && !delivery.message.text.is_empty()
        {
            delivery.message = gateway.render_count(&delivery.message.locale, CLEAR_SOME_LEFT, kept);
        }
        let outcome = match delivery.media_file {
            _ if erased.is_err() => erased.map(|_| Vec::new()),
            None if delivery.message.text.is_empty() && delivery.message.attachment.is_none() => Ok(Vec::new()),
            None => sender.send_to(user, &delivery.message, delivery.handover, origin).await,
            Some(file) => {
                let _alone = files.acquire().await.expect("the semaphore is never closed");
                let mut message = delivery.message.clone();
                message.attachment = gateway.media_file(file).await?;
                sender.send_to(user, &message, delivery.handover, origin).await
            }
        };
        match outcome {
            Ok(messages) => {
                gateway.delivered(&[Sent { outbox: delivery.id, messages }]).await?;
                sent += 1;
            }
            Err(SendError::Unreachable) => {
                report_unreachable(gateway, channel, user).await?;
                break;
            }
            Err(SendError::Failed(e)) => {
                gateway.delivery_failed(delivery.id, &e.to_string(), false).await?;
                break;
            }
            Err(SendError::Refused(e)) => {
                gateway.delivery_failed(delivery.id, &e.to_string(), true).await?;
                break;
            }
        }
    }
    Ok(sent)
}

/// Sends the replies to one event in order, `send(i)` sending the i-th, stopping at the
/// first that fails, then records how it went ([`settle_replies`]).
pub async fn send_replies<G: Conversations, E: std::fmt::Display, Fut>(gateway: &G, channel: &str, user: &str, replies: &crate::Replies, send: impl Fn(usize) -> Fut)
where
    Fut: Future<Output = Result<Vec<String>, SendError<E>>>,
{
    let mut outcomes = Vec::with_capacity(replies.messages.len());
    for i in 0..replies.messages.len() {
        let outcome = send(i).await;
        let failed = outcome.is_err();
        outcomes.push(outcome);
        if failed {
            break;
        }
    }
    settle_replies(gateway, channel, user, replies, outcomes).await;
}

/// Records how sending the replies to one event went: `outcomes` holds one result per
/// reply sent or tried, in order (a channel stops at the first that fails), with the
/// platform's ids of what was sent. What was sent is marked delivered; a failed reply is left for the outbox delivery to try again, with
/// the replies after it; replies to a user who cannot be reached are dropped.
pub async fn settle_replies<G: Conversations, E: std::fmt::Display>(
    gateway: &G,
    channel: &str,
    user: &str,
    replies: &crate::Replies,
    outcomes: Vec<Result<Vec<String>, SendError<E>>>,
) {
    let mut delivered = Vec::new();
    let mut failure = None;
    for (id, outcome) in replies.outbox.iter().zip(outcomes) {
        match outcome {
            Ok(messages) => delivered.push(Sent { outbox: *id, messages }),
            Err(SendError::Unreachable) => {
                if let Err(e) = report_unreachable(gateway, channel, user).await {
                    tracing::warn!(channel, error = %e, "could not mark a user unreachable");
                }
                // Nothing reaches them; their replies are dropped, not kept for later.
                delivered = Sent::rows(&replies.outbox);
                break;
            }
            Err(SendError::Failed(e)) => {
                failure = Some((*id, e.to_string(), false));
                break;
            }
            Err(SendError::Refused(e)) => {
                failure = Some((*id, e.to_string(), true));
                break;
            }
        }
    }
    if let Err(e) = gateway.delivered(&delivered).await {
        tracing::warn!(channel, error = %e, "could not record sent replies; they may be sent again");
    }
    if let Some((id, reason, refused)) = failure {
        tracing::warn!(channel, %reason, "a reply was not sent; the outbox tries it again");
        if let Err(e) = gateway.delivery_failed(id, &reason, refused).await {
            tracing::warn!(channel, error = %e, "could not record a failed reply");
        }
    }
}

/// Sends the messages of confirmed broadcasts on `channel`, evenly paced at `per_second`
/// (a broadcast never bursts, so it stays under the network's limit in every second), each
/// marked as going out right before it is sent and recorded right after, until the gateway
/// stops: then the messages going out are finished and no new one is started. Replies to users share the channel's [`Limits`] and so slow it down.
pub async fn deliver_broadcasts<G: Conversations, S: Sender>(gateway: Arc<G>, channel: &'static str, sender: S, per_second: u32, percent: u32) {
    let period = Duration::from_secs_f64(100.0 / (f64::from(per_second.max(1)) * f64::from(percent.clamp(1, 100))));
    let pace = RateLimiter::direct(Quota::with_period(period).expect("a period above zero").allow_burst(NonZeroU32::MIN));
    let batch = (per_second as usize * 4).max(OUTBOX_BATCH);
    let stopping = gateway.stopping();
    while !stopping.is_cancelled() {
        let waiting = match gateway.broadcast_waiting(channel, batch).await {
            Ok(waiting) if waiting.is_empty() => {
                pause_unless_stopping(&stopping, OUTBOX_INTERVAL).await;
                continue;
            }
            Ok(waiting) => waiting,
            Err(e) => {
                tracing::warn!(channel, error = %e, "could not read the broadcast outbox; trying again");
                pause_unless_stopping(&stopping, OUTBOX_INTERVAL * 5).await;
                continue;
            }
        };
        let mut sending = tokio::task::JoinSet::new();
        for delivery in waiting {
            tokio::select! {
                () = pace.until_ready() => {}
                () = stopping.cancelled() => break,
            }
            let (gateway, sender) = (gateway.clone(), sender.clone());
            sending.spawn(async move { send_broadcast_message(&*gateway, channel, &sender, delivery).await });
            while let Some(done) = sending.try_join_next() {
                log_broadcast_failure(channel, done);
            }
        }
        while let Some(done) = sending.join_next().await {
            log_broadcast_failure(channel, done);
        }
    }
}

fn log_broadcast_failure<E: std::fmt::Display>(channel: &str, done: Result<Result<(), E>, tokio::task::JoinError>) {
    if let Ok(Err(e)) = done {
        tracing::warn!(channel, error = %e, "could not record a broadcast message");
    }
}

async fn send_broadcast_message<G: Conversations, S: Sender>(gateway: &G, channel: &str, sender: &S, delivery: BroadcastDelivery) -> Result<(), G::Error> {
    if !gateway.broadcast_claim(delivery.broadcast, channel, &delivery.user).await? {
        return Ok(());
    }
    let (status, error) = match sender.send_to(&delivery.user, &delivery.message, None, Origin::Broadcast(delivery.broadcast)).await {
        Ok(_) => (DeliveryStatus::Sent, None),
        Err(SendError::Unreachable) => {
            report_unreachable(gateway, channel, &delivery.user).await?;
            (DeliveryStatus::Blocked, None)
        }
        Err(SendError::Failed(e) | SendError::Refused(e)) => (DeliveryStatus::Failed, Some(e.to_string())),
    };
    gateway.broadcast_outcome(delivery.broadcast, channel, &delivery.user, status, error).await
}

/// Records that `user` cannot be reached: nothing more is sent until they write again.
pub async fn report_unreachable<G: Conversations>(gateway: &G, channel: &str, user: &str) -> Result<(), G::Error> {
    tracing::info!(channel, user = %crate::log_tag::tag(user), "the user cannot be reached; nothing more is sent until they write again");
    gateway.unreachable(channel, user).await
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    #[derive(Debug)]
    struct TestError(Failure);

    impl std::fmt::Display for TestError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }

    fn limits() -> Limits<i64, TestError> {
        Limits::new(RateLimits { per_second: 30, per_chat_per_second: 1, per_chat_burst: 3 }, |e| e.0)
    }

    #[tokio::test(start_paused = true)]
    async fn a_requested_wait_is_honoured_then_the_call_repeats() {
        let limits = limits();
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let result = limits
            .send(&1, || async {
                match calls.fetch_add(1, Ordering::SeqCst) {
                    0 => Err(TestError(Failure::RetryAfter(Duration::from_millis(7300)))),
                    _ => Ok("sent"),
                }
            })
            .await;
        assert_eq!(result.unwrap(), "sent");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        assert!(started.elapsed() >= Duration::from_millis(7300), "{:?}", started.elapsed());
    }

    #[tokio::test(start_paused = true)]
    async fn an_unreachable_user_is_reported_at_once_and_permanent_errors_are_not_retried() {
        let limits = limits();
        let calls = AtomicU32::new(0);
        let blocked = limits
            .send(&2, || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err::<(), _>(TestError(Failure::Unreachable))
            })
            .await;
        assert!(matches!(blocked, Err(SendError::Unreachable)));
        let bad = limits.send(&2, || async { Err::<(), _>(TestError(Failure::Permanent)) }).await;
        assert!(matches!(bad, Err(SendError::Refused(_))));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn passing_failures_are_retried_a_few_times_with_growing_pauses() {
        let limits = limits();
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let result = limits
            .send(&3, || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err::<(), _>(TestError(Failure::Passing))
            })
            .await;
        assert!(matches!(result, Err(SendError::Failed(_))));
        assert_eq!(calls.load(Ordering::SeqCst), MAX_TRIES);
        assert!(started.elapsed() >= Duration::from_millis(500 + 1000 + 2000 + 4000));
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_longer_than_the_longest_allowed_is_a_failure() {
        let limits = limits();
        let result = limits.send(&4, || async { Err::<(), _>(TestError(Failure::RetryAfter(MAX_RETRY_AFTER * 2))) }).await;
        assert!(matches!(result, Err(SendError::Failed(_))));
    }

    /// Real time: the limiter keeps its own clock.
    #[tokio::test]
    async fn one_chat_gets_a_short_burst_then_one_message_a_second() {
        let limits = limits();
        let started = std::time::Instant::now();
        for _ in 0..5 {
            limits.send(&5, || async { Ok::<_, TestError>(()) }).await.unwrap();
        }
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(1900) && elapsed < Duration::from_millis(2500), "{elapsed:?}");
        let other = std::time::Instant::now();
        limits.send(&6, || async { Ok::<_, TestError>(()) }).await.unwrap();
        assert!(other.elapsed() < Duration::from_millis(100), "another chat does not wait");
        let pressed = std::time::Instant::now();
        for _ in 0..5 {
            limits.call(|| async { Ok::<_, TestError>(()) }).await.unwrap();
        }
        assert!(pressed.elapsed() < Duration::from_millis(100), "edits of a pressed menu are not spaced like messages");
    }
}
