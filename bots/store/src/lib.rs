//! Wegweiser's durable store. Each inbound event is handled in a transaction: it is
//! recorded as processed (a repeated platform id stops here), the conversation state is
//! loaded, the engine decides, and the new state and its effects are written together.
//! SQLite is the embedded default; its file is created and migrated on first open.
//!
//! Writes go through one committer task that owns the write connection and commits every
//! event waiting at that moment in one transaction (group commit), with a fixed set of
//! set-based statements. Each caller gets its outcome only after that commit, so nothing is
//! acknowledged before it is durable, and throughput does not pay one round trip per row.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, Row, SqlitePool};
use tokio::sync::{mpsc, oneshot};
use wegweiser_core::{ConversationState, CourseView, Effect, Inbound, MySignUp, Outcome, World};

mod catalog;
mod suite;

pub use catalog::{ImportSummary, Listing, Status};

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
    #[error("cannot encode the conversation state: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("the engine failed on this event; nothing was written")]
    Engine,
    #[error("the store has shut down")]
    Closed,
    #[error("there is already a {kind} '{id}'")]
    Exists { kind: &'static str, id: String },
    #[error("there is no {kind} '{id}'")]
    NotFound { kind: &'static str, id: String },
    #[error("{kind} '{id}' still has {active} active sign-up(s); close it instead of removing it")]
    InUse { kind: &'static str, id: String, active: u32 },
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

/// A message for a user from the outbox: a Fluent id and its arguments, each a text per
/// locale, rendered in the user's language on delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub message: String,
    pub args: std::collections::BTreeMap<String, wegweiser_core::catalog::Localized>,
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

/// What the engine is asked for one event: the stored state and the world in, the outcome out.
pub type Decide = Box<dyn FnOnce(Option<ConversationState>, &World) -> Outcome + Send>;

/// The Fluent message telling a user they moved from the waitlist to a seat.
pub const COURSE_PROMOTED: &str = "course-promoted";

struct Job {
    channel: String,
    user: String,
    event_id: String,
    decide: Decide,
    reply: oneshot::Sender<Result<Option<Outcome>>>,
}

/// The store. Cheap to clone; all clones share the committer and the read pool.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").field("channel", &self.channel).field("event_id", &self.event_id).finish()
    }
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");

/// Most events committed in one transaction.
const MAX_BATCH: usize = 256;

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
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options.clone()).await?;
        MIGRATOR.run(&pool).await?;
        let writer = SqliteConnection::connect_with(&options).await?;
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(committer(writer, queue));
        Ok(Self { pool, jobs })
    }

    /// Handles one inbound event atomically. `decide` gets the stored state (None on first
    /// contact) and returns the outcome, which is committed with the event id before this
    /// returns. Returns None, without calling `decide`, when this event id was processed
    /// before. Events of one conversation must be handed in one after another.
    pub async fn process(&self, event: &Inbound, decide: Decide) -> Result<Option<Outcome>> {
        let (reply, outcome) = oneshot::channel();
        let job = Job { channel: event.channel.clone(), user: event.user.clone(), event_id: event.event_id.clone(), decide, reply };
        self.jobs.send(job).await.map_err(|_| Error::Closed)?;
        outcome.await.map_err(|_| Error::Closed)?
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

    /// Messages waiting for a user, oldest first. Each argument is a text per locale.
    pub async fn pending_notifications(&self, channel: &str, user: &str) -> Result<Vec<Notification>> {
        let rows: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, message, args FROM outbox WHERE channel = ?1 AND user_id = ?2 AND sent_at IS NULL ORDER BY id")
                .bind(channel)
                .bind(user)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(id, message, args)| Ok(Notification { id, message, args: serde_json::from_str(&args)? }))
            .collect()
    }

    /// Marks notifications delivered; they are not handed out again.
    pub async fn mark_delivered(&self, ids: &[i64]) -> Result<()> {
        sqlx::query("UPDATE outbox SET sent_at = ?1 WHERE id IN (SELECT value FROM json_each(?2)) AND sent_at IS NULL")
            .bind(now())
            .bind(json(&ids))
            .execute(&self.pool)
            .await?;
        Ok(())
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

/// Commits batches of jobs until every `Store` clone is gone.
async fn committer(mut conn: SqliteConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs: Vec<Job> = std::mem::take(&mut batch);
        let mut replies = Vec::with_capacity(jobs.len());
        let result = commit_batch(&mut conn, jobs, &mut replies).await;
        match result {
            Ok(()) => {
                for (reply, outcome) in replies {
                    let _ = reply.send(outcome);
                }
            }
            Err(e) => {
                tracing::error!(error = %e, events = replies.len(), "batch rolled back");
                let shared = Arc::new(e);
                for (reply, _) in replies {
                    let _ = reply.send(Err(Error::Commit(shared.clone())));
                }
            }
        }
    }
    let _ = conn.close().await;
}

type Reply = (oneshot::Sender<Result<Option<Outcome>>>, Result<Option<Outcome>>);

/// One transaction for a batch: mark the event ids processed (a repeated id, also twice in
/// the batch, is a duplicate), load the states, decide in order (later events of the same
/// conversation see the earlier ones' state), write states and effects, commit.
async fn commit_batch(conn: &mut SqliteConnection, jobs: Vec<Job>, replies: &mut Vec<Reply>) -> Result<(), sqlx::Error> {
    let now = now();
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;

    let ids: Vec<(&str, &str)> = jobs.iter().map(|j| (j.channel.as_str(), j.event_id.as_str())).collect();
    let fresh: Vec<(String, String)> = sqlx::query_as(
        "INSERT INTO processed_events (channel, event_id, processed_at) \
         SELECT value ->> 0, value ->> 1, ?1 FROM json_each(?2) WHERE true \
         ON CONFLICT DO NOTHING RETURNING channel, event_id",
    )
    .bind(now)
    .bind(json(&ids))
    .fetch_all(&mut *tx)
    .await?;
    let mut fresh: HashSet<(String, String)> = fresh.into_iter().collect();

    let users: Vec<(&str, &str)> = jobs.iter().map(|j| (j.channel.as_str(), j.user.as_str())).collect();
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT c.channel, c.user_id, c.state FROM json_each(?1) AS j \
         JOIN conversations AS c ON c.channel = j.value ->> 0 AND c.user_id = j.value ->> 1",
    )
    .bind(json(&users))
    .fetch_all(&mut *tx)
    .await?;
    let mut states: HashMap<(String, String), Option<ConversationState>> = HashMap::new();
    for (channel, user, stored) in rows {
        let state = match serde_json::from_str(&stored) {
            Ok(state) => Some(state),
            Err(e) => {
                tracing::warn!(%channel, error = %e, "unreadable conversation state; starting the conversation anew");
                None
            }
        };
        states.insert((channel, user), state);
    }

    let mut world = World { courses: load_courses(&mut tx).await?, signups: Vec::new() };
    let mut signups = load_signups(&mut tx, &users).await?;

    let mut changed: Vec<(String, String)> = Vec::new();
    let mut handovers: Vec<HandoverRow> = Vec::new();
    for job in jobs {
        if !fresh.remove(&(job.channel.clone(), job.event_id.clone())) {
            replies.push((job.reply, Ok(None)));
            continue;
        }
        let key = (job.channel, job.user);
        let previous = states.get(&key).cloned().flatten();
        let decide = job.decide;
        world.signups = signups.remove(&key).unwrap_or_default();
        let outcome = match catch_unwind(AssertUnwindSafe(|| decide(previous, &world))) {
            Ok(outcome) => outcome,
            Err(_) => {
                tracing::error!(channel = %key.0, "the engine panicked; the event is left unprocessed");
                sqlx::query("DELETE FROM processed_events WHERE channel = ?1 AND event_id = ?2")
                    .bind(&key.0)
                    .bind(&job.event_id)
                    .execute(&mut *tx)
                    .await?;
                replies.push((job.reply, Err(Error::Engine)));
                signups.insert(key, std::mem::take(&mut world.signups));
                continue;
            }
        };
        let mut own = std::mem::take(&mut world.signups);
        for effect in &outcome.effects {
            match effect {
                Effect::HandoverRequested { topic, locale, note } => {
                    handovers.push(HandoverRow(key.0.clone(), key.1.clone(), topic.clone(), locale.clone(), note.clone()));
                }
                Effect::SignUp { course, waitlisted } => {
                    sign_up(&mut tx, &mut world, &mut own, &key, course, *waitlisted, now).await?;
                }
                Effect::CancelSignUp { course } => {
                    cancel(&mut tx, &mut world, &mut own, &mut signups, &key, course, now).await?;
                }
            }
        }
        signups.insert(key.clone(), own);
        states.insert(key.clone(), Some(outcome.state.clone()));
        if !changed.contains(&key) {
            changed.push(key);
        }
        replies.push((job.reply, Ok(Some(outcome))));
    }

    if !changed.is_empty() {
        let mut rows = Vec::with_capacity(changed.len());
        for key in &changed {
            let state = states.get(key).cloned().flatten().unwrap_or_default();
            let encoded = serde_json::to_string(&state).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
            rows.push((key.0.as_str(), key.1.as_str(), encoded));
        }
        sqlx::query(
            "INSERT INTO conversations (channel, user_id, state, created_at, updated_at) \
             SELECT value ->> 0, value ->> 1, value ->> 2, ?1, ?1 FROM json_each(?2) WHERE true \
             ON CONFLICT (channel, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(now)
        .bind(json(&rows))
        .execute(&mut *tx)
        .await?;
    }
    if !handovers.is_empty() {
        sqlx::query(
            "INSERT INTO handover_requests (channel, user_id, topic, locale, note, created_at) \
             SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ?1 FROM json_each(?2)",
        )
        .bind(now)
        .bind(json(&handovers))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// A JSON array of rows, one statement parameter for a whole batch.
fn json<T: serde::Serialize>(rows: &T) -> String {
    serde_json::to_string(rows).expect("rows of strings serialise")
}

type UserKey = (String, String);

/// A handover request to insert: channel, user, topic, locale, note — in the column order
/// of the batch insert, which reads it as a JSON array.
#[derive(serde::Serialize)]
struct HandoverRow(String, String, Option<String>, String, Option<String>);

/// Every course with its seat counts.
async fn load_courses(tx: &mut SqliteConnection) -> Result<Vec<CourseView>, sqlx::Error> {
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT c.entry, c.status, \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'confirmed'), \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'waiting') \
         FROM courses c ORDER BY c.kind, c.district, c.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    rows.into_iter()
        .map(|(entry, status, confirmed, waiting)| {
            let course = serde_json::from_str(&entry).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            Ok(CourseView { course, open: status == "open", confirmed: confirmed as u32, waiting: waiting as u32 })
        })
        .collect()
}

/// The active sign-ups of the batch's users, with waitlist positions.
async fn load_signups(tx: &mut SqliteConnection, users: &[(&str, &str)]) -> Result<HashMap<UserKey, Vec<MySignUp>>, sqlx::Error> {
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT s.channel, s.user_id, s.course_id, s.status, \
           (SELECT COUNT(*) FROM course_signups w WHERE w.course_id = s.course_id AND w.status = 'waiting' AND w.id <= s.id) \
         FROM json_each(?1) AS j \
         JOIN course_signups AS s ON s.channel = j.value ->> 0 AND s.user_id = j.value ->> 1 \
         WHERE s.status != 'cancelled' GROUP BY s.id ORDER BY s.id",
    )
    .bind(json(&users))
    .fetch_all(&mut *tx)
    .await?;
    let mut map: HashMap<UserKey, Vec<MySignUp>> = HashMap::new();
    for (channel, user, course, status, position) in rows {
        let waiting_position = (status == "waiting").then_some(position as u32);
        map.entry((channel, user)).or_default().push(MySignUp { course, waiting_position });
    }
    Ok(map)
}

async fn sign_up(
    tx: &mut SqliteConnection,
    world: &mut World,
    own: &mut Vec<MySignUp>,
    key: &UserKey,
    course: &str,
    waitlisted: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO course_signups (course_id, channel, user_id, status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
        .bind(course)
        .bind(&key.0)
        .bind(&key.1)
        .bind(if waitlisted { "waiting" } else { "confirmed" })
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if let Some(view) = world.courses.iter_mut().find(|c| c.course.id == course) {
        if waitlisted {
            view.waiting += 1;
            own.push(MySignUp { course: course.to_string(), waiting_position: Some(view.waiting) });
        } else {
            view.confirmed += 1;
            own.push(MySignUp { course: course.to_string(), waiting_position: None });
        }
    }
    Ok(())
}

/// Everyone waiting behind `place` on a course's waitlist moves up one (in this batch's
/// copy of the sign-ups; the database orders by arrival and needs no update).
fn shift_waitlist(signups: &mut HashMap<UserKey, Vec<MySignUp>>, course: &str, place: u32) {
    for signup in signups.values_mut().flatten().filter(|s| s.course == course) {
        if let Some(p) = signup.waiting_position.filter(|p| *p > place) {
            signup.waiting_position = Some(p - 1);
        }
    }
}

/// Cancels a sign-up; a freed seat goes to the first person waiting, who is told through
/// the outbox in their own language.
async fn cancel(
    tx: &mut SqliteConnection,
    world: &mut World,
    own: &mut Vec<MySignUp>,
    others: &mut HashMap<UserKey, Vec<MySignUp>>,
    key: &UserKey,
    course: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let cancelled: Option<(i64,)> = sqlx::query_as(
        "UPDATE course_signups SET status = 'cancelled', updated_at = ?4 \
         WHERE course_id = ?1 AND channel = ?2 AND user_id = ?3 AND status != 'cancelled' RETURNING id",
    )
    .bind(course)
    .bind(&key.0)
    .bind(&key.1)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(position) = own.iter().position(|s| s.course == course) else { return Ok(()) };
    let mine = own.remove(position);
    if cancelled.is_none() {
        return Ok(());
    }
    let Some(view) = world.courses.iter_mut().find(|c| c.course.id == course) else { return Ok(()) };
    match mine.waiting_position {
        Some(place) => {
            view.waiting -= 1;
            shift_waitlist(others, course, place);
        }
        None => {
            view.confirmed -= 1;
            let promoted: Option<(String, String)> = sqlx::query_as(
                "UPDATE course_signups SET status = 'confirmed', updated_at = ?2 \
                 WHERE id = (SELECT id FROM course_signups WHERE course_id = ?1 AND status = 'waiting' ORDER BY id LIMIT 1) \
                 RETURNING channel, user_id",
            )
            .bind(course)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((channel, user)) = promoted else { return Ok(()) };
            view.confirmed += 1;
            view.waiting -= 1;
            if let Some(first) = others.get_mut(&(channel.clone(), user.clone())).and_then(|s| s.iter_mut().find(|s| s.course == course)) {
                first.waiting_position = None;
            }
            shift_waitlist(others, course, 1);
            let args = serde_json::json!({ "course_title": view.course.title });
            sqlx::query("INSERT INTO outbox (channel, user_id, message, args, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .bind(&channel)
                .bind(&user)
                .bind(COURSE_PROMOTED)
                .bind(args.to_string())
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}
