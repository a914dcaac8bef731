//! Wegweiser's durable store. Each inbound event is handled in one transaction: it is
//! recorded as processed (a repeated platform id stops here), the conversation state is
//! loaded, the engine decides, and the new state and its effects are written together.
//! SQLite is the embedded default; its file is created and migrated on first open.

use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use wegweiser_core::{ConversationState, Effect, Inbound, Outcome};

mod suite;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("cannot encode the conversation state: {0}")]
    Encode(#[from] serde_json::Error),
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
}

/// The store. Cheap to clone; all clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
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
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| Error::Folder { path: parent.display().to_string(), source })?;
        }
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(match durability {
                Durability::Normal => SqliteSynchronous::Normal,
                Durability::Full => SqliteSynchronous::Full,
            })
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // One connection: SQLite has a single writer, and queueing in the pool is cheaper
        // and fairer than several connections spinning on the file lock.
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self { pool })
    }

    /// Handles one inbound event atomically. `decide` gets the stored state (None on first
    /// contact) and returns the outcome, which is committed with the event id. Returns None,
    /// without calling `decide`, when this event id was processed before.
    pub async fn process(
        &self,
        event: &Inbound,
        decide: impl FnOnce(Option<ConversationState>) -> Outcome,
    ) -> Result<Option<Outcome>> {
        let now = now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let fresh = sqlx::query("INSERT INTO processed_events (channel, event_id, processed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .bind(&event.channel)
            .bind(&event.event_id)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        if !fresh {
            tx.rollback().await?;
            return Ok(None);
        }
        let stored: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE channel = ? AND user_id = ?")
            .bind(&event.channel)
            .bind(&event.user)
            .fetch_optional(&mut *tx)
            .await?;
        let previous = stored.and_then(|json| match serde_json::from_str(&json) {
            Ok(state) => Some(state),
            Err(e) => {
                tracing::warn!(channel = %event.channel, error = %e, "unreadable conversation state; starting the conversation anew");
                None
            }
        });
        let outcome = decide(previous);
        let json = serde_json::to_string(&outcome.state)?;
        sqlx::query(
            "INSERT INTO conversations (channel, user_id, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?) \
             ON CONFLICT (channel, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(&event.channel)
        .bind(&event.user)
        .bind(&json)
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for effect in &outcome.effects {
            match effect {
                Effect::HandoverRequested { topic, locale, note } => {
                    sqlx::query("INSERT INTO handover_requests (channel, user_id, topic, locale, note, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .bind(&event.channel)
                        .bind(&event.user)
                        .bind(topic)
                        .bind(locale)
                        .bind(note)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(Some(outcome))
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

    /// Handover requests, oldest first.
    pub async fn handover_requests(&self) -> Result<Vec<HandoverRequest>> {
        let rows = sqlx::query("SELECT id, channel, user_id, topic, locale, note, status FROM handover_requests ORDER BY id")
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
                })
            })
            .collect()
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
