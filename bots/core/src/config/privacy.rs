//! `[privacy]`: how long what is no longer needed is kept.

use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;
use wegweiser_i18n::{Diagnostics, Location};

/// Days a delivered notification (a peer's contact, a `/mydata` summary, news of a freed
/// seat) is kept after it was sent, when `keep_delivered_days` is not set.
pub const DEFAULT_KEEP_DELIVERED_DAYS: i64 = 30;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PrivacyFile {
    keep_delivered_days: Option<Spanned<i64>>,
}

/// The retention periods of `[privacy]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Privacy {
    /// How long a delivered message (and one given up) stays in the outbox: long enough to
    /// answer "did it reach them?", then it goes.
    pub keep_delivered: Duration,
}

pub(super) fn privacy_settings(file: Option<&PrivacyFile>, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Privacy {
    let days = match file.and_then(|f| f.keep_delivered_days.as_ref()) {
        None => DEFAULT_KEEP_DELIVERED_DAYS,
        Some(days) if (1..=365).contains(days.get_ref()) => *days.get_ref(),
        Some(days) => {
            diags.push(at(days.span().start), format!("privacy.keep_delivered_days must be between 1 and 365, not {}", days.get_ref()));
            DEFAULT_KEEP_DELIVERED_DAYS
        }
    };
    Privacy { keep_delivered: Duration::from_secs(86400 * days as u64) }
}
