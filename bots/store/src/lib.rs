//! Wegweiser's durable store. Each inbound event is handled in a transaction: it is
//! recorded as processed (a repeated platform id stops here), the conversation state is
//! loaded, the engine decides, and the new state and its effects are written together.
//! SQLite is the embedded default; its file is created and migrated on first open.
//!
//! Writes go through one committer task that owns the write connection and commits every
//! event waiting at that moment in one transaction (group commit), with a fixed set of
//! set-based statements. Each caller gets its outcome only after that commit, so nothing is
//! acknowledged before it is durable, and throughput does not pay one round trip per row.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, Row, SqlitePool};
use tokio::sync::{mpsc, oneshot};
use jiff::civil::DateTime;
use wegweiser_core::{ConversationState, Inbound, NotificationArg, Outcome};

mod broadcast;
mod chat;
mod catalog;
mod committer;
mod failed;
mod handover;
mod many_rows;
mod media;
mod on_disk;
mod outbox;
mod privacy;
mod retention;
#[macro_use]
mod suite_faults;
#[macro_use]
mod suite_media;
mod suite;
mod team;
mod world;

pub use broadcast::{Broadcast, BroadcastStatus, Draft, WaitingDelivery, BROADCAST_DONE, BROADCAST_PROGRESS, PROGRESS_EVERY_SECONDS};
pub use catalog::{ImportSummary, Listing, Status};
pub use handover::{
    HANDOVER_CLAIMED, HANDOVER_CLOSED, HANDOVER_ESCALATED, HANDOVER_FROM_HELPER, HANDOVER_FROM_USER, HANDOVER_HISTORY,
    HANDOVER_MEDIA_FROM_HELPER, HANDOVER_MEDIA_FROM_USER, HANDOVER_NEW, HANDOVER_TAKEN_OVER, HANDOVER_TRANSCRIPT, HANDOVER_USER_LEFT,
    TEAM_TRANSCRIPT_UNKNOWN,
};
pub use retention::{CONVERSATION_IDLE_NOTICE, HANDOVER_CLOSED_IDLE, HANDOVER_CLOSED_IDLE_HELPER};
pub use media::{BYTES_PER_HANDOVER, BYTES_PER_USER_PER_DAY, FILES_PER_HANDOVER, FILES_PER_USER_PER_DAY, FILE_QUOTA_REACHED};
pub use privacy::MY_DATA;
pub use chat::{CLEAR_DONE, CLEAR_NOT_HERE, CLEAR_SOME_LEFT, ERASE_ONLY};
pub use committer::{Apologise, Decide, Processed, MAX_EVENT_ATTEMPTS};
use committer::{committer, EventJob, Job, MAX_BATCH};
pub use failed::{FailedEvent, KEEP_FAILED_EVENTS};
pub use outbox::{Notification, Pending, MAX_DELIVERY_ATTEMPTS, REPLY_GRACE_SECONDS};
use outbox::Mark;
pub use world::{
    COURSE_PROMOTED, PEER_REQUEST_ACCEPTED, PEER_REQUEST_DECLINED, PEER_REQUEST_NEW, PEER_REQUEST_WITHDRAWN, SESSION_CALLED_OFF,
    SESSION_REMINDER,
};
use world::{notify, Notice};

/// Prepared statements the committer's connection keeps: its own few dozen and one of each
/// size of the multi-row writes (`many_rows`), so that none is prepared again.
pub(crate) const WRITER_STATEMENTS: usize = 256;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not commit the batch this event was in: {0}")]
    Commit(Arc<sqlx::Error>),
    #[error("could not bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("cannot create the database file {path} readable by its owner alone: {source}")]
    File { path: String, source: std::io::Error },
    #[error("cannot encode the conversation state: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("handling this event failed ({attempts} of {max} attempts): {reason}", max = MAX_EVENT_ATTEMPTS)]
    Attempt { attempts: u32, reason: String },
    #[error("this event failed on every attempt and was given up")]
    GaveUp,
    #[error("failed event {id} is still being tried; wait until it is given up")]
    StillRetried { id: i64 },
    #[error("the store has shut down")]
    Closed,
    #[error("there is already a {kind} '{id}'")]
    Exists { kind: &'static str, id: String },
    #[error("{account} already belongs to {owner}")]
    Taken { account: String, owner: String },
    #[error("there is no {kind} '{id}'")]
    NotFound { kind: &'static str, id: String },
    #[error("{kind} '{id}' still has {active} {what}; close it instead of removing it")]
    InUse { kind: &'static str, id: String, active: u32, what: &'static str },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How safely a commit is written. `Normal` (WAL) survives a crash of the gateway; `Full`
/// also survives a power cut, at the cost of an fsync per commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    #[default]
    Normal,
    Full,
}

/// A handover request as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverRequest {
    pub id: i64,
    pub channel: String,
    pub user: String,
    pub topic: Option<String>,
    pub locale: String,
    pub note: Option<String>,
    pub status: String,
    /// The team member who holds or held it.
    pub claimed_by: Option<String>,
    /// The user's answer to "did this help?": `yes` or `no`.
    pub feedback: Option<String>,
}

/// The store. Cheap to clone; all clones share the committer and the read pool.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    jobs: mpsc::Sender<Job>,
    /// When this store was opened (Unix seconds): replies written before then were left
    /// unsent by a gateway that stopped.
    opened_at: i64,
    /// Drawn once when the database was created (`instance`).
    instance: std::sync::Arc<str>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

impl Store {
    /// Opens (creating and migrating if needed) the SQLite database at `path`.
    pub async fn open(path: &Path) -> Result<Self> {
        Self::open_with(path, Durability::default()).await
    }

    pub async fn open_with(path: &Path, durability: Durability) -> Result<Self> {
        on_disk::prepare(path)?;
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // What is deleted is overwritten, not left in free pages.
            .pragma("secure_delete", "on")
            .synchronous(match durability {
                Durability::Normal => SqliteSynchronous::Normal,
                Durability::Full => SqliteSynchronous::Full,
            })
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options.clone()).await?;
        MIGRATOR.run(&pool).await?;
        let instance: String = sqlx::query_scalar("SELECT id FROM instance").fetch_one(&pool).await?;
        let log_key: String = sqlx::query_scalar("SELECT key FROM log_key").fetch_one(&pool).await?;
        wegweiser_core::log_tag::set_key(&log_key);
        let writer = SqliteConnection::connect_with(&options.clone().statement_cache_capacity(WRITER_STATEMENTS)).await?;
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(committer(writer, queue));
        Ok(Self { pool, jobs, opened_at: now(), instance: instance.into() })
    }

    /// A value drawn once when this database was created, unlike any other database's: with
    /// an outbox row's id (never reused) it names one message for good.
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Handles one inbound event atomically. `decide` gets the stored state (None on first
    /// contact) and returns the outcome, which is committed with the event id and the
    /// replies (as outbox rows) before this returns. A duplicate event id is not decided
    /// again. A failed attempt is an [`Error::Attempt`] (hand the event in again); after the
    /// last one the event is given up and `apologise` says what the user is told. Events of
    /// one conversation must be handed in one after another.
    pub async fn process_event(&self, event: &Inbound, decide: Decide, apologise: Option<Apologise>) -> Result<Processed> {
        let (reply, processed) = oneshot::channel();
        let job = Job::Event(EventJob { event: event.clone(), decide, apologise, reply });
        self.jobs.send(job).await.map_err(|_| Error::Closed)?;
        processed.await.map_err(|_| Error::Closed)?
    }

    /// [`Store::process_event`] without an apology: the outcome, or None for a duplicate.
    pub async fn process(&self, event: &Inbound, decide: Decide) -> Result<Option<Outcome>> {
        match self.process_event(event, decide, None).await? {
            Processed::Decided { outcome, .. } => Ok(Some(outcome)),
            Processed::Duplicate => Ok(None),
            Processed::GaveUp { .. } => Err(Error::GaveUp),
        }
    }

    /// Hands an outbox mark to the committer and waits for its commit.
    async fn mark(&self, mark: Mark) -> Result<()> {
        let (reply, done) = oneshot::channel();
        self.jobs.send(Job::Mark { mark, reply }).await.map_err(|_| Error::Closed)?;
        done.await.map_err(|_| Error::Closed)?
    }

    /// The stored state of one conversation.
    pub async fn conversation(&self, channel: &str, user: &str) -> Result<Option<ConversationState>> {
        let stored: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE channel = ? AND user_id = ?")
            .bind(channel)
            .bind(user)
            .fetch_optional(&self.pool)
            .await?;
        Ok(stored.map(|json| serde_json::from_str(&json)).transpose()?)
    }

    /// Records that a user cannot be reached (they blocked the bot); cleared when they write.
    pub async fn mark_unreachable(&self, channel: &str, user: &str) -> Result<()> {
        let now = now();
        sqlx::query("INSERT INTO unreachable_users (channel, user_id, since) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .bind(channel)
            .bind(user)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Handover requests, oldest first.
    pub async fn handover_requests(&self) -> Result<Vec<HandoverRequest>> {
        let rows = sqlx::query("SELECT id, channel, user_id, topic, locale, note, status, claimed_by, feedback FROM handover_requests ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(HandoverRequest {
                    id: r.try_get("id")?,
                    channel: r.try_get("channel")?,
                    user: r.try_get("user_id")?,
                    topic: r.try_get("topic")?,
                    locale: r.try_get("locale")?,
                    note: r.try_get("note")?,
                    status: r.try_get("status")?,
                    claimed_by: r.try_get("claimed_by")?,
                    feedback: r.try_get("feedback")?,
                })
            })
            .collect()
    }

    /// What was written in a handover, oldest first: (sender, text, media). The sender is
    /// `user` or `helper`; media names a photo, voice note, document ….
    pub async fn handover_messages(&self, handover: i64) -> Result<Vec<(String, Option<String>, Option<String>)>> {
        Ok(sqlx::query_as("SELECT sender, text, media FROM handover_messages WHERE handover = ?1 ORDER BY id")
            .bind(handover)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Queues the reminders that are due at `local_now` (the city's time): for every place
    /// booked at a session starting after `local_now`, from `reminder_time` on the day before,
    /// unless it was booked only after that. Marking a booking reminded and queueing its
    /// message happen in one transaction, so a reminder is queued exactly once, whether the
    /// gateway restarts or several gateways run this at the same moment. Returns how many.
    pub async fn queue_due_reminders(&self, local_now: DateTime, reminder_time: jiff::civil::Time) -> Result<usize> {
        let at = format!("+{:02}:{:02}", reminder_time.hour(), reminder_time.minute());
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let due: Vec<(String, String, String)> = sqlx::query_as(
            "UPDATE session_bookings SET reminded_at = ?3 WHERE id IN (                SELECT b.id FROM session_bookings b JOIN dialogue_sessions d ON d.id = b.session_id                WHERE b.status = 'booked' AND b.reminded_at IS NULL                  AND datetime(d.starts) > datetime(?1)                  AND datetime(d.starts, '-1 day', 'start of day', ?2) <= datetime(?1)                  AND datetime(b.booked_local) < datetime(d.starts, '-1 day', 'start of day', ?2))              RETURNING session_id, channel, user_id",
        )
        .bind(local_now.to_string())
        .bind(at)
        .bind(now())
        .fetch_all(&mut *tx)
        .await?;
        let ids: Vec<&str> = due.iter().map(|(session, ..)| session.as_str()).collect();
        let entries: Vec<(String, String)> =
            sqlx::query_as("SELECT id, entry FROM dialogue_sessions WHERE id IN (SELECT value FROM json_each(?1))")
                .bind(json(&ids))
                .fetch_all(&mut *tx)
                .await?;
        let mut sessions = HashMap::new();
        for (id, entry) in entries {
            sessions.insert(id, serde_json::from_str::<wegweiser_core::catalog::DialogueSession>(&entry)?);
        }
        for (id, channel, user) in &due {
            let Some(session) = sessions.get(id) else { continue };
            let args = [
                ("session_topic", NotificationArg::Text(session.topic.clone())),
                ("when", NotificationArg::When { when: session.starts }),
                ("place", NotificationArg::plain(&session.place)),
            ];
            let notice = Notice::new((channel, user), SESSION_REMINDER, args.into());
            notify(&mut tx, notice, now()).await?;
        }
        tx.commit().await?;
        Ok(due.len())
    }

    /// Forgets processed event ids older than `age`; platforms redeliver within minutes,
    /// so a few days are plenty. Returns how many were removed.
    pub async fn prune_processed_events(&self, age: Duration) -> Result<u64> {
        let cutoff = now() - age.as_secs() as i64;
        let done = sqlx::query("DELETE FROM processed_events WHERE processed_at < ?").bind(cutoff).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    /// Writes a row straight into one table, bypassing the engine: the reference point for
    /// the pipeline benchmark (the same upsert, on the same file settings).
    pub async fn raw_upsert(&self, user: &str, state: &str) -> Result<()> {
        let now = now();
        sqlx::query(
            "INSERT INTO conversations (channel, user_id, state, created_at, updated_at) VALUES ('bench-raw', ?, ?, ?, ?) \
             ON CONFLICT (channel, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(user)
        .bind(state)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Direct access for tests that inspect or damage rows on purpose.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

/// A JSON array of rows, one statement parameter for a whole batch.
fn json<T: serde::Serialize>(rows: &T) -> String {
    serde_json::to_string(rows).expect("rows of strings serialise")
}

