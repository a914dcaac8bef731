//! Inbound events that failed: each failed attempt is counted, and after the last one the
//! event is given up (it stays marked processed, so its channel moves on). Operators list
//! them, retry one (after a fix) or forget it with `wegweiser failed`. What the user wrote
//! is never shown: the record names the channel, the time, the attempts and the reason; the
//! event itself is kept (files left out) only so that it can be retried, and goes with the
//! record, with the user's other data on `/delete`, and after [`KEEP_FAILED_EVENTS`].

use std::time::Duration;

use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use wegweiser_core::{Inbound, InboundKind, MediaKind};

use crate::committer::MAX_EVENT_ATTEMPTS;
use crate::{now, Error, Result, Store};

/// How long given-up events are kept for operators to look at or retry.
pub const KEEP_FAILED_EVENTS: Duration = Duration::from_secs(14 * 24 * 3600);

/// An event that failed, as operators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedEvent {
    /// The number `wegweiser failed retry|forget` takes.
    pub id: i64,
    pub channel: String,
    pub attempts: u32,
    pub reason: String,
    pub first_failed_at: i64,
    pub last_failed_at: i64,
    /// When its last attempt failed; None while it may still be tried again.
    pub gave_up_at: Option<i64>,
}

/// How a failed attempt leaves the event.
pub(crate) enum Attempt {
    /// It may be tried again; this many attempts failed so far.
    Again(u32),
    /// That was the last attempt.
    GaveUp,
}

/// An inbound event as kept for a retry: what the engine needs, without a file's bytes.
#[derive(Serialize, Deserialize)]
struct KeptEvent {
    channel: String,
    user: String,
    event_id: String,
    kind: KeptKind,
    language_hint: Option<String>,
    handover: Option<i64>,
    staff_room: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum KeptKind {
    Text { text: String },
    Button { menu: u32, option: u16 },
    Command { name: String, argument: Option<String> },
    Media { media: String },
    TooLarge { media: String },
    FileRefused { media: String },
}

impl KeptEvent {
    fn of(event: &Inbound) -> Self {
        let kind = match &event.kind {
            InboundKind::Text(text) => KeptKind::Text { text: text.clone() },
            InboundKind::Button { menu, option } => KeptKind::Button { menu: *menu, option: *option },
            InboundKind::Command { name, argument } => KeptKind::Command { name: name.clone(), argument: argument.clone() },
            InboundKind::Media(media) => KeptKind::Media { media: media.name().to_string() },
            InboundKind::Attachment(file) => KeptKind::Media { media: file.kind.name().to_string() },
            InboundKind::TooLarge(media) => KeptKind::TooLarge { media: media.name().to_string() },
            InboundKind::FileRefused(media) => KeptKind::FileRefused { media: media.name().to_string() },
        };
        Self {
            channel: event.channel.clone(),
            user: event.user.clone(),
            event_id: event.event_id.clone(),
            kind,
            language_hint: event.language_hint.clone(),
            handover: event.handover,
            staff_room: event.staff_room.clone(),
            message: event.message.clone(),
        }
    }

    fn into_inbound(self) -> Inbound {
        let kind = match self.kind {
            KeptKind::Text { text } => InboundKind::Text(text),
            KeptKind::Button { menu, option } => InboundKind::Button { menu, option },
            KeptKind::Command { name, argument } => InboundKind::Command { name, argument },
            KeptKind::Media { media } => InboundKind::Media(MediaKind::from_name(&media).unwrap_or(MediaKind::Other)),
            KeptKind::TooLarge { media } => InboundKind::TooLarge(MediaKind::from_name(&media).unwrap_or(MediaKind::Other)),
            KeptKind::FileRefused { media } => InboundKind::FileRefused(MediaKind::from_name(&media).unwrap_or(MediaKind::Other)),
        };
        Inbound {
            channel: self.channel,
            user: self.user,
            event_id: self.event_id,
            kind,
            language_hint: self.language_hint,
            handover: self.handover,
            staff_room: self.staff_room,
            message: self.message,
        }
    }
}

/// Counts a failed attempt of `event` inside the caller's transaction; after the last one
/// the event is given up and logged at error level.
pub(crate) async fn record_attempt(tx: &mut SqliteConnection, event: &Inbound, reason: &str, now: i64) -> Result<Attempt, sqlx::Error> {
    let kept = serde_json::to_string(&KeptEvent::of(event)).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let attempts: i64 = sqlx::query_scalar(
        "INSERT INTO event_failures (channel, event_id, user_id, attempts, reason, event, first_failed_at, last_failed_at) \
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?6) \
         ON CONFLICT (channel, event_id) DO UPDATE SET attempts = attempts + 1, reason = excluded.reason, \
           last_failed_at = excluded.last_failed_at, gave_up_at = NULL \
         RETURNING attempts",
    )
    .bind(&event.channel)
    .bind(&event.event_id)
    .bind(&event.user)
    .bind(reason)
    .bind(&kept)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    if attempts < i64::from(MAX_EVENT_ATTEMPTS) {
        return Ok(Attempt::Again(attempts as u32));
    }
    sqlx::query("UPDATE event_failures SET gave_up_at = ?3 WHERE channel = ?1 AND event_id = ?2")
        .bind(&event.channel)
        .bind(&event.event_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tracing::error!(channel = %event.channel, event = %event.event_id, attempts, %reason, "an event failed for good; its user was told to try again (wegweiser failed lists it)");
    Ok(Attempt::GaveUp)
}

impl Store {
    /// Events that failed, newest first: given up, and those still being retried.
    pub async fn failed_events(&self) -> Result<Vec<FailedEvent>> {
        let rows: Vec<(i64, String, i64, String, i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT rowid, channel, attempts, reason, first_failed_at, last_failed_at, gave_up_at \
             FROM event_failures ORDER BY last_failed_at DESC, rowid DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, channel, attempts, reason, first_failed_at, last_failed_at, gave_up_at)| FailedEvent {
                id,
                channel,
                attempts: attempts as u32,
                reason,
                first_failed_at,
                last_failed_at,
                gave_up_at,
            })
            .collect())
    }

    /// Takes a given-up event out of the record to handle it again: it no longer counts as
    /// processed, and its attempts start from zero.
    pub async fn take_failed_event(&self, id: i64) -> Result<Inbound> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let kept: Option<(String, Option<i64>)> = sqlx::query_as("DELETE FROM event_failures WHERE rowid = ?1 RETURNING event, gave_up_at")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((kept, gave_up_at)) = kept else {
            return Err(Error::NotFound { kind: "failed event", id: id.to_string() });
        };
        if gave_up_at.is_none() {
            return Err(Error::StillRetried { id });
        }
        let event = serde_json::from_str::<KeptEvent>(&kept)?.into_inbound();
        sqlx::query("DELETE FROM processed_events WHERE channel = ?1 AND event_id = ?2").bind(&event.channel).bind(&event.event_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(event)
    }

    /// Forgets a failed event: the record and the event kept with it are deleted.
    pub async fn forget_failed_event(&self, id: i64) -> Result<()> {
        let done = sqlx::query("DELETE FROM event_failures WHERE rowid = ?1").bind(id).execute(&self.pool).await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound { kind: "failed event", id: id.to_string() });
        }
        Ok(())
    }

    /// Deletes the records of events given up longer than [`KEEP_FAILED_EVENTS`] ago.
    pub async fn prune_failed_events(&self) -> Result<u64> {
        let cutoff = now() - KEEP_FAILED_EVENTS.as_secs() as i64;
        let done = sqlx::query("DELETE FROM event_failures WHERE last_failed_at < ?1").bind(cutoff).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }
}
