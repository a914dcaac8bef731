//! `wegweiser failed …`: what the gateway could not handle or deliver, for operators. Lines
//! name the channel, the time, the attempts and the reason, never what a user wrote.

use std::process::ExitCode;

use clap::Subcommand;

use crate::Gateway;

#[derive(Debug, Clone, Subcommand)]
pub enum FailedAction {
    /// Events that failed (given up, or still being retried) and messages given up.
    List,
    /// Handle a given-up event again, with all its attempts; its answer waits in the outbox
    /// for the running gateway.
    Retry { id: i64 },
    /// Delete the record of a failed event (and the event kept for a retry).
    Forget { id: i64 },
}

pub async fn run(gateway: Gateway, action: &FailedAction) -> anyhow::Result<ExitCode> {
    let store = gateway.store();
    let outcome = match action {
        FailedAction::List => {
            let events = store.failed_events().await?;
            let deliveries = store.failed_deliveries().await?;
            if events.is_empty() && deliveries.is_empty() {
                println!("nothing failed");
            }
            for e in &events {
                let state = match e.gave_up_at {
                    Some(at) => format!("given up {}", time(at)),
                    None => format!("being retried, last {}", time(e.last_failed_at)),
                };
                println!("event {} · {} · {} · {} attempts · {}", e.id, e.channel, state, e.attempts, e.reason);
            }
            for (id, channel, message, reason, at) in &deliveries {
                println!("message {id} · {channel} · {message} · given up {} · {reason}", time(*at));
            }
            Ok(())
        }
        FailedAction::Retry { id } => gateway.retry_failed(*id).await.map(|replies| {
            println!("event {id} handled; its answer ({} messages) goes out through the running gateway", replies.len());
        }),
        FailedAction::Forget { id } => store.forget_failed_event(*id).await.map(|()| println!("event {id} forgotten")),
    };
    match outcome {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e @ (wegweiser_store::Error::NotFound { .. } | wegweiser_store::Error::StillRetried { .. } | wegweiser_store::Error::GaveUp)) => {
            eprintln!("wegweiser: {e}");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}

/// A Unix time as UTC, to the minute.
fn time(at: i64) -> String {
    jiff::Timestamp::from_second(at).map_or_else(|_| at.to_string(), |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
}
