//! Polite limits for a user who writes faster than anyone reads: a burst is fine (pressing
//! through menus is quick), then about one message a second. What comes faster is not handled (it is dropped,
//! and counted in the log), and the user is told once, in their language, to slow down.
//! Dropping rather than queueing: a queue would answer a flood one message a second for
//! minutes, every answer to a menu long gone, and hold up the answers the user waits for.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Messages a user may send at once before the limit applies.
pub const FLOOD_BURST: u32 = 30;
/// After the burst, one message per this long.
pub const FLOOD_PERIOD: Duration = Duration::from_secs(1);
/// A user told to slow down is not told again for this long.
const TOLD_AGAIN_AFTER: Duration = Duration::from_secs(60);

/// What to do with one inbound event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Handle,
    /// Too fast: drop it, and tell the user to slow down.
    DropAndTell,
    /// Too fast, and already told.
    Drop,
}

/// Per-user limits, keyed by (channel, user).
pub struct FloodGuard {
    limiter: DefaultKeyedRateLimiter<(String, String)>,
    /// Users being dropped: how many so far, and when they were told.
    flooding: Mutex<HashMap<(String, String), (u64, Instant)>>,
}

impl Default for FloodGuard {
    fn default() -> Self {
        let quota = Quota::with_period(FLOOD_PERIOD).expect("a period above zero").allow_burst(NonZeroU32::new(FLOOD_BURST).expect("above zero"));
        Self { limiter: RateLimiter::keyed(quota), flooding: Mutex::default() }
    }
}

impl FloodGuard {
    pub fn check(&self, channel: &str, user: &str) -> Verdict {
        let key = (channel.to_string(), user.to_string());
        let mut flooding = self.flooding.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if self.limiter.check_key(&key).is_ok() {
            if let Some((dropped, _)) = flooding.remove(&key) {
                tracing::warn!(channel, dropped, "a user wrote faster than the bot answers; these messages were not handled");
            }
            if flooding.len() > 10_000 {
                flooding.clear();
            }
            return Verdict::Handle;
        }
        match flooding.get_mut(&key) {
            Some((dropped, told)) => {
                *dropped += 1;
                if told.elapsed() < TOLD_AGAIN_AFTER {
                    return Verdict::Drop;
                }
                *told = Instant::now();
                Verdict::DropAndTell
            }
            None => {
                flooding.insert(key, (1, Instant::now()));
                Verdict::DropAndTell
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_user_is_told_once_and_others_are_not_held() {
        let guard = FloodGuard::default();
        for _ in 0..FLOOD_BURST {
            assert_eq!(guard.check("telegram", "1"), Verdict::Handle);
        }
        assert_eq!(guard.check("telegram", "1"), Verdict::DropAndTell);
        for _ in 0..70 {
            assert_eq!(guard.check("telegram", "1"), Verdict::Drop);
        }
        assert_eq!(guard.check("telegram", "2"), Verdict::Handle, "another user is not limited");
        assert_eq!(guard.check("matrix", "1"), Verdict::Handle, "nor the same id on another channel");
    }
}
