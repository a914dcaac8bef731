//! Telegram's side of the shared delivery path: its limits (about 30 messages a second in
//! all, about one a second per chat with short bursts) and how its errors are read.

use teloxide::{ApiError, RequestError};
use wegweiser_core::delivery::{Failure, RateLimits};

pub use wegweiser_core::delivery::SendError as DeliveryError;

/// Every call to Telegram goes through these, keyed by chat id.
pub type Limits = wegweiser_core::delivery::Limits<i64, RequestError>;
pub type SendError = DeliveryError<RequestError>;

/// Telegram's limit for all chats together.
pub const MESSAGES_PER_SECOND: u32 = 30;

/// The limits, with `per_second` messages to all chats together.
pub fn limits(per_second: u32) -> Limits {
    Limits::new(RateLimits { per_second, per_chat_per_second: 1, per_chat_burst: 3 }, classify)
}

/// A 429 asks to wait; a blocked, deleted or unknown user ("chat not found": a mistyped
/// account) cannot be reached; the network and
/// Telegram's own trouble (its 5xx answers, errors teloxide does not know) may pass.
pub fn classify(e: &RequestError) -> Failure {
    match e {
        RequestError::RetryAfter(wait) => Failure::RetryAfter(wait.duration()),
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::BotKicked
            | ApiError::ChatNotFound
            | ApiError::UserNotFound,
        ) => {
            Failure::Unreachable
        }
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) | RequestError::Api(ApiError::Unknown(_)) => Failure::Passing,
        _ => Failure::Permanent,
    }
}

#[cfg(test)]
mod tests {
    use teloxide::types::Seconds;

    use super::*;

    #[test]
    fn telegram_errors_are_read_as_the_shared_path_expects() {
        assert_eq!(classify(&RequestError::RetryAfter(Seconds::from_seconds(7))), Failure::RetryAfter(std::time::Duration::from_secs(7)));
        assert_eq!(classify(&RequestError::Api(ApiError::BotBlocked)), Failure::Unreachable);
        assert_eq!(classify(&RequestError::Api(ApiError::ChatNotFound)), Failure::Unreachable);
        assert_eq!(classify(&RequestError::Api(ApiError::Unknown("Internal Server Error".into()))), Failure::Passing);
        assert_eq!(classify(&RequestError::Api(ApiError::MessageTextIsEmpty)), Failure::Permanent);
    }
}
