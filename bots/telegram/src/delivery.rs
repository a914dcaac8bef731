//! Sending within Telegram's limits: one shared rate limiter (about 30 messages a second in
//! all, about one a second per chat with short bursts), `429 retry_after` honoured, transient
//! failures retried with backoff, and a user who blocked the bot reported as unreachable.

use std::future::IntoFuture;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::types::ChatId;
use teloxide::{ApiError, RequestError};

/// Messages a second to all chats together.
const GLOBAL_PER_SECOND: u32 = 30;
/// Messages a second to one chat, and how many may go at once (a reply and its menu).
const CHAT_PER_SECOND: u32 = 1;
const CHAT_BURST: u32 = 3;
/// Tries of a call that fails for a passing reason (network, Telegram's 5xx).
const MAX_TRIES: u32 = 5;
/// The longest `retry_after` waited for; a longer one is reported as a failure.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// Why a call did not go through.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The user blocked the bot, deleted their account, or never started it.
    #[error("the user cannot be reached")]
    Unreachable,
    #[error("Telegram refused the call: {0}")]
    Failed(#[source] RequestError),
}

/// The limits every call to Telegram goes through.
pub struct Limits {
    global: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<i64>,
}

impl Default for Limits {
    fn default() -> Self {
        let n = |v: u32| NonZeroU32::new(v).expect("limits are positive");
        Self {
            global: RateLimiter::direct(Quota::per_second(n(GLOBAL_PER_SECOND))),
            per_chat: RateLimiter::keyed(Quota::per_second(n(CHAT_PER_SECOND)).allow_burst(n(CHAT_BURST))),
        }
    }
}

impl Limits {
    /// Runs `call` for `chat` within the limits, retrying as Telegram asks or as passing
    /// failures allow.
    pub async fn send<T, F, Fut>(&self, chat: ChatId, call: F) -> Result<T, SendError>
    where
        F: Fn() -> Fut,
        Fut: IntoFuture<Output = Result<T, RequestError>>,
    {
        let mut tries = 0;
        loop {
            self.per_chat.until_key_ready(&chat.0).await;
            self.global.until_ready().await;
            tries += 1;
            match call().await {
                Ok(value) => return Ok(value),
                Err(RequestError::RetryAfter(wait)) if wait.duration() <= MAX_RETRY_AFTER && tries < MAX_TRIES * 4 => {
                    tracing::warn!(chat = chat.0, seconds = wait.seconds(), "Telegram asks to wait before the next message");
                    tokio::time::sleep(wait.duration()).await;
                }
                Err(e) if is_unreachable(&e) => return Err(SendError::Unreachable),
                Err(e) if is_passing(&e) && tries < MAX_TRIES => {
                    let pause = backoff(tries);
                    tracing::warn!(chat = chat.0, error = %e, ?pause, "sending failed; trying again");
                    tokio::time::sleep(pause).await;
                }
                Err(e) => return Err(SendError::Failed(e)),
            }
        }
    }
}

/// 0.5 s, 1 s, 2 s, 4 s …
fn backoff(tries: u32) -> Duration {
    Duration::from_millis(250 << tries.min(8))
}

fn is_unreachable(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::CantInitiateConversation | ApiError::BotKicked)
    )
}

/// Failures that may pass: the network, or Telegram's own trouble (its 5xx answers and
/// errors teloxide does not know).
fn is_passing(e: &RequestError) -> bool {
    matches!(e, RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) | RequestError::Api(ApiError::Unknown(_)))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use teloxide::types::Seconds;

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn retry_after_is_waited_for_then_the_call_repeats() {
        let limits = Limits::default();
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let result = limits
            .send(ChatId(1), || async {
                match calls.fetch_add(1, Ordering::SeqCst) {
                    0 => Err(RequestError::RetryAfter(Seconds::from_seconds(7))),
                    _ => Ok("sent"),
                }
            })
            .await;
        assert_eq!(result.unwrap(), "sent");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        assert!(started.elapsed() >= Duration::from_secs(7), "{:?}", started.elapsed());
    }

    #[tokio::test(start_paused = true)]
    async fn a_blocked_user_is_unreachable_at_once_and_other_errors_are_not_retried() {
        let limits = Limits::default();
        let calls = AtomicU32::new(0);
        let blocked = limits
            .send(ChatId(2), || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err::<(), _>(RequestError::Api(ApiError::BotBlocked))
            })
            .await;
        assert!(matches!(blocked, Err(SendError::Unreachable)));
        let bad = limits.send(ChatId(2), || async { Err::<(), _>(RequestError::Api(ApiError::MessageTextIsEmpty)) }).await;
        assert!(matches!(bad, Err(SendError::Failed(_))));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn passing_failures_are_retried_a_few_times_with_growing_pauses() {
        let limits = Limits::default();
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let result = limits
            .send(ChatId(3), || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err::<(), _>(RequestError::Api(ApiError::Unknown("Internal Server Error".into())))
            })
            .await;
        assert!(matches!(result, Err(SendError::Failed(_))));
        assert_eq!(calls.load(Ordering::SeqCst), MAX_TRIES);
        assert!(started.elapsed() >= Duration::from_millis(500 + 1000 + 2000 + 4000));
    }

    /// Real time: the limiter keeps its own clock.
    #[tokio::test]
    async fn one_chat_gets_a_short_burst_then_one_message_a_second() {
        let limits = Limits::default();
        let started = std::time::Instant::now();
        for _ in 0..CHAT_BURST + 2 {
            limits.send(ChatId(4), || async { Ok::<_, RequestError>(()) }).await.unwrap();
        }
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(1900) && elapsed < Duration::from_millis(2500), "{elapsed:?}");
        let other = std::time::Instant::now();
        limits.send(ChatId(5), || async { Ok::<_, RequestError>(()) }).await.unwrap();
        assert!(other.elapsed() < Duration::from_millis(100), "another chat does not wait");
    }
}
