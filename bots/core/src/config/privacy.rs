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

/// Months without a message after which a conversation is noticed for deletion, when
/// `delete_idle_conversations_months` is not set.
pub const DEFAULT_DELETE_IDLE_CONVERSATIONS_MONTHS: i64 = 12;

/// Days between the notice and the deletion of an idle conversation, when
/// `idle_notice_days` is not set.
pub const DEFAULT_IDLE_NOTICE_DAYS: i64 = 30;

/// A month as the retention periods count it.
const MONTH_DAYS: u64 = 30;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PrivacyFile {
    keep_delivered_days: Option<Spanned<i64>>,
    close_idle_handovers_days: Option<Spanned<i64>>,
    delete_idle_conversations_months: Option<Spanned<i64>>,
    idle_notice_days: Option<Spanned<i64>>,
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
    /// How long a user may stay silent before they are told that everything about them
    /// will be deleted (in months of 30 days, as users are told).
    pub idle_conversation_months: u32,
    /// How long after that notice everything about a still silent user is deleted.
    pub idle_notice: Duration,
}

impl Privacy {
    /// How long a user may stay silent before the notice.
    pub fn idle_conversation(&self) -> Duration {
        Duration::from_secs(86_400 * MONTH_DAYS * u64::from(self.idle_conversation_months))
    }
}

pub(super) fn privacy_settings(file: Option<&PrivacyFile>, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Privacy {
    let mut within = |value: Option<&Spanned<i64>>, name: &str, range: std::ops::RangeInclusive<i64>, default: i64| match value {
        None => default,
        Some(value) if range.contains(value.get_ref()) => *value.get_ref(),
        Some(value) => {
            diags.push(at(value.span().start), format!("privacy.{name} must be between {} and {}, not {}", range.start(), range.end(), value.get_ref()));
            default
        }
    };
    let days = |n: i64| Duration::from_secs(86400 * n as u64);
    let setting = |pick: fn(&PrivacyFile) -> Option<&Spanned<i64>>| file.and_then(pick);
    Privacy {
        keep_delivered: days(within(setting(|f| f.keep_delivered_days.as_ref()), "keep_delivered_days", 1..=365, DEFAULT_KEEP_DELIVERED_DAYS)),
        close_idle_handovers: days(within(setting(|f| f.close_idle_handovers_days.as_ref()), "close_idle_handovers_days", 2..=365, DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS)),
        idle_conversation_months: within(
            setting(|f| f.delete_idle_conversations_months.as_ref()),
            "delete_idle_conversations_months",
            3..=60,
            DEFAULT_DELETE_IDLE_CONVERSATIONS_MONTHS,
        ) as u32,
        idle_notice: days(within(setting(|f| f.idle_notice_days.as_ref()), "idle_notice_days", 7..=90, DEFAULT_IDLE_NOTICE_DAYS)),
    }
}
