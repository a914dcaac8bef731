//! `[privacy]`: how long what is no longer needed is kept.

use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;
use wegweiser_i18n::{Diagnostics, Location};

/// Days a delivered notification (a peer's contact, a `/mydata` summary, news of a freed
/// seat) is kept after it was sent, when `keep_delivered_days` is not set.
pub const DEFAULT_KEEP_DELIVERED_DAYS: i64 = 30;

/// Days without a message after which a handover is closed, when
/// `close_idle_handovers_days` is not set.
pub const DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS: i64 = 30;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PrivacyFile {
    keep_delivered_days: Option<Spanned<i64>>,
    close_idle_handovers_days: Option<Spanned<i64>>,
}

/// The retention periods of `[privacy]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Privacy {
    /// How long a delivered message (and one given up) stays in the outbox: long enough to
    /// answer "did it reach them?", then it goes.
    pub keep_delivered: Duration,
    /// How long a handover may go without a message before it is closed (user and helper
    /// told); then its transcript goes after `keep_transcripts_days` like any other.
    pub close_idle_handovers: Duration,
}

pub(super) fn privacy_settings(file: Option<&PrivacyFile>, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Privacy {
    let mut days = |value: Option<&Spanned<i64>>, name: &str, range: std::ops::RangeInclusive<i64>, default: i64| {
        let days = match value {
            None => default,
            Some(days) if range.contains(days.get_ref()) => *days.get_ref(),
            Some(days) => {
                diags.push(at(days.span().start), format!("privacy.{name} must be between {} and {}, not {}", range.start(), range.end(), days.get_ref()));
                default
            }
        };
        Duration::from_secs(86400 * days as u64)
    };
    Privacy {
        keep_delivered: days(file.and_then(|f| f.keep_delivered_days.as_ref()), "keep_delivered_days", 1..=365, DEFAULT_KEEP_DELIVERED_DAYS),
        close_idle_handovers: days(file.and_then(|f| f.close_idle_handovers_days.as_ref()), "close_idle_handovers_days", 2..=365, DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS),
    }
}
