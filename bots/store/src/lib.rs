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
use jiff::civil::DateTime;
use wegweiser_core::{ConversationState, Effect, HandoverStatus, Inbound, NotificationArg, Outcome, World};

mod broadcast;
mod catalog;
mod handover;
mod privacy;
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
pub use privacy::MY_DATA;
use handover::{load_team_and_handovers, NewHandover, Written};
pub use world::{
    COURSE_PROMOTED, PEER_REQUEST_ACCEPTED, PEER_REQUEST_DECLINED, PEER_REQUEST_NEW, PEER_REQUEST_WITHDRAWN, SESSION_CALLED_OFF,
    SESSION_REMINDER,
};
use world::{load_personal, load_world, notify, Batch, NewRequest, Notice, Personal};

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

/// A message for a user from the outbox: a Fluent id and its arguments, rendered in the
/// user's language on delivery, with command buttons as (label message id, command).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    /// The language to use when the recipient has no conversation yet.
    pub locale: Option<String>,
    pub message: String,
    pub args: std::collections::BTreeMap<String, NotificationArg>,
    pub buttons: Vec<(String, String)>,
    /// The handover whose own room it goes to, on channels that give each one a room.
    pub handover: Option<i64>,
    /// A stored file to send with it ([`Store::media_file`]).
    pub media_file: Option<i64>,
}

/// A notification with its recipient and the language of their conversation (None: the bot
/// has not talked with them, or does not know their language yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub user: String,
    pub conversation_locale: Option<String>,
    pub notification: Notification,
}

/// The columns every outbox read takes, with the recipient's conversation language.
macro_rules! outbox_select {
    () => {
        "SELECT o.id, o.user_id, c.state ->> '$.locale' AS known_locale, o.locale, o.message, o.args, o.buttons, o.room_handover, o.media_file \
         FROM outbox o LEFT JOIN conversations c ON c.channel = o.channel AND c.user_id = o.user_id"
    };
}

#[derive(sqlx::FromRow)]
struct OutboxRow {
    id: i64,
    user_id: String,
    known_locale: Option<String>,
    locale: Option<String>,
    message: String,
    args: String,
    buttons: String,
    room_handover: Option<i64>,
    media_file: Option<i64>,
}

impl OutboxRow {
    fn into_pending(self) -> Result<Pending> {
        let notification = Notification {
            id: self.id,
            locale: self.locale,
            message: self.message,
            args: serde_json::from_str(&self.args)?,
            buttons: serde_json::from_str(&self.buttons)?,
            handover: self.room_handover,
            media_file: self.media_file,
        };
        Ok(Pending { user: self.user_id, conversation_locale: self.known_locale, notification })
    }
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

/// What the engine is asked for one event: the stored state and the world in, the outcome out.
pub type Decide = Box<dyn FnOnce(Option<ConversationState>, &wegweiser_core::World) -> Outcome + Send>;

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
        let rows: Vec<OutboxRow> = sqlx::query_as(concat!(outbox_select!(), " WHERE o.channel = ?1 AND o.user_id = ?2 AND o.sent_at IS NULL ORDER BY o.id"))
            .bind(channel)
            .bind(user)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(|row| Ok(row.into_pending()?.notification)).collect()
    }

    /// Notifications waiting for users of `channel` who can be reached, oldest first, at most
    /// `limit`, each with its recipient and the language of their conversation.
    pub async fn pending_for_channel(&self, channel: &str, limit: usize) -> Result<Vec<Pending>> {
        let rows: Vec<OutboxRow> = sqlx::query_as(concat!(
            outbox_select!(),
            " WHERE o.channel = ?1 AND o.sent_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM unreachable_users u WHERE u.channel = o.channel AND u.user_id = o.user_id) \
             ORDER BY o.id LIMIT ?2"
        ))
        .bind(channel)
        .bind(limit as i64)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(OutboxRow::into_pending).collect()
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

/// Commits batches of jobs until every `Store` clone is gone.
async fn committer(mut conn: SqliteConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut shared: Option<SharedWorld> = None;
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs: Vec<Job> = std::mem::take(&mut batch);
        let mut replies = Vec::with_capacity(jobs.len());
        let result = commit_batch(&mut conn, jobs, &mut replies, &mut shared).await;
        match result {
            Ok(()) => {
                for (reply, outcome) in replies {
                    let _ = reply.send(outcome);
                }
            }
            Err(e) => {
                shared = None;
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

/// The shared part of the world (catalog with counts, team, open handovers) as the last
/// committed batch left it. Every write in a batch updates the world it decides on, so the
/// next batch can start from it instead of reading it again: that saves seven statements a
/// batch. It is read anew when another connection committed since (SQLite's
/// `data_version` moved: the command line, the scheduler, delivery), after a failed batch,
/// and at least every minute, as sessions age out of it.
struct SharedWorld {
    world: World,
    data_version: i64,
    loaded: std::time::Instant,
}

/// How long a kept world may be used before it is read again.
const SHARED_WORLD_MAX_AGE: Duration = Duration::from_secs(60);

impl SharedWorld {
    /// The world this batch decides on: the kept one while nothing else wrote, else read.
    async fn take(kept: &mut Option<SharedWorld>, tx: &mut SqliteConnection) -> Result<SharedWorld, sqlx::Error> {
        let data_version: i64 = sqlx::query_scalar("PRAGMA data_version").fetch_one(&mut *tx).await?;
        if let Some(shared) = kept.take().filter(|s| s.data_version == data_version && s.loaded.elapsed() < SHARED_WORLD_MAX_AGE) {
            if cfg!(debug_assertions) {
                let fresh = SharedWorld::read(tx).await?;
                assert_eq!(shared.world, fresh, "the world kept from the last batch differs from the stored one");
            }
            return Ok(shared);
        }
        Ok(SharedWorld { world: SharedWorld::read(tx).await?, data_version, loaded: std::time::Instant::now() })
    }

    async fn read(tx: &mut SqliteConnection) -> Result<World, sqlx::Error> {
        let mut world = load_world(tx, recent_sessions_since()).await?;
        load_team_and_handovers(tx, &mut world).await?;
        Ok(world)
    }

    /// Keeps the world a committed batch leaves, as a fresh read would return it.
    fn keep(mut self, kept: &mut Option<SharedWorld>) {
        self.world.handovers.retain(|h| h.status != HandoverStatus::Closed);
        *kept = Some(self);
    }
}

type Reply = (oneshot::Sender<Result<Option<Outcome>>>, Result<Option<Outcome>>);

/// One transaction for a batch: mark the event ids processed (a repeated id, also twice in
/// the batch, is a duplicate), load the states, decide in order (later events of the same
/// conversation see the earlier ones' state), write states and effects, commit.
async fn commit_batch(conn: &mut SqliteConnection, jobs: Vec<Job>, replies: &mut Vec<Reply>, shared: &mut Option<SharedWorld>) -> Result<(), sqlx::Error> {
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

    let SharedWorld { mut world, data_version, loaded } = SharedWorld::take(shared, &mut tx).await?;
    let mut personal = load_personal(&mut tx, &users).await?;

    let mut changed: Vec<(String, String)> = Vec::new();
    for job in jobs {
        if !fresh.remove(&(job.channel.clone(), job.event_id.clone())) {
            replies.push((job.reply, Ok(None)));
            continue;
        }
        let key = (job.channel, job.user);
        let previous = states.get(&key).cloned().flatten();
        let decide = job.decide;
        personal.remove(&key).unwrap_or_default().lend(&mut world);
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
                personal.insert(key, Personal::take_back(&mut world));
                continue;
            }
        };
        personal.insert(key.clone(), Personal::take_back(&mut world));
        let mut batch = Batch { world: &mut world, personal: &mut personal, now };
        for effect in &outcome.effects {
            match effect {
                Effect::HandoverRequested { topic, district, staff_only, locale, note } => {
                    let request = NewHandover { topic: topic.as_deref(), district: district.as_deref(), staff_only: *staff_only, locale, note: note.as_deref() };
                    batch.open_handover(&mut tx, &key, request).await?
                }
                Effect::HandoverMessage { text, media, attachment } => {
                    batch.user_wrote(&mut tx, &key, Written { text: text.as_deref(), media: *media, attachment: attachment.as_ref() }).await?
                }
                Effect::HandoverLeft => batch.user_left(&mut tx, &key).await?,
                Effect::ClaimHandover { handover } => batch.claim(&mut tx, &key, *handover).await?,
                Effect::ReleaseHandover { handover } => batch.release(&mut tx, &key, *handover).await?,
                Effect::CloseHandover { handover } => batch.close(&mut tx, &key, *handover).await?,
                Effect::HandoverReply { handover, text, media, attachment } => {
                    let written = Written { text: text.as_deref(), media: *media, attachment: attachment.as_ref() };
                    batch.helper_wrote(&mut tx, &key, *handover, written).await?
                }
                Effect::HandoverFeedback { handover, helpful } => batch.feedback(&mut tx, &key, *handover, *helpful).await?,
                Effect::GrantRole(member) => batch.grant(&mut tx, &key, member).await?,
                Effect::RevokeRole { name } => batch.revoke(&mut tx, &key, name).await?,
                Effect::SendTranscript { handover } => batch.send_transcript(&mut tx, &key, *handover).await?,
                Effect::DraftBroadcast { source, segment, default_locale, answer_to } => {
                    let draft = Draft { source: source.clone(), segment: segment.clone(), created_by: batch.member_name(&key), reply_to: Some(answer_to.clone()) };
                    batch.draft_broadcast(&mut tx, answer_to, &draft, default_locale).await?
                }
                Effect::ConfirmBroadcast { broadcast, answer_to } => batch.confirm_broadcast(&mut tx, answer_to, *broadcast).await?,
                Effect::CancelBroadcast { broadcast, answer_to } => batch.cancel_broadcast(&mut tx, answer_to, *broadcast).await?,
                Effect::ReportBroadcast { broadcast, answer_to } => batch.report_broadcast(&mut tx, answer_to, *broadcast).await?,
                Effect::ExportMyData { news } => batch.export_my_data(&mut tx, &key, news).await?,
                Effect::DeleteMyData => batch.delete_my_data(&mut tx, &key).await?,
                Effect::SignUp { course, waitlisted } => batch.sign_up(&mut tx, &key, course, *waitlisted).await?,
                Effect::CancelSignUp { course } => batch.cancel_sign_up(&mut tx, &key, course).await?,
                Effect::BookSession { session, local_time } => batch.book(&mut tx, &key, session, *local_time).await?,
                Effect::CancelBooking { session } => batch.cancel_booking(&mut tx, &key, session).await?,
                Effect::RequestPeer { peer, topic, district, locale, contact } => {
                    let request = NewRequest { peer, topic: topic.as_deref(), district: district.as_deref(), locale, contact };
                    batch.request_peer(&mut tx, &key, request).await?
                }
                Effect::WithdrawPeerRequest { request } => batch.withdraw(&mut tx, &key, *request).await?,
                Effect::AnswerPeerRequest { request, accept } => batch.answer(&mut tx, &key, *request, *accept).await?,
            }
        }
        if outcome.effects.contains(&Effect::DeleteMyData) {
            // Nothing about the user is written back; their next event is a first contact.
            states.insert(key.clone(), None);
            changed.retain(|k| *k != key);
        } else {
            states.insert(key.clone(), Some(outcome.state.clone()));
            if !changed.contains(&key) {
                changed.push(key);
            }
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
    tx.commit().await?;
    SharedWorld { world, data_version, loaded }.keep(shared);
    Ok(())
}

/// Sessions starting from this local time on are part of the world: three days back in UTC
/// is before two days ago in every time zone, and sessions older than that are past for good.
fn recent_sessions_since() -> DateTime {
    let utc = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now());
    utc.checked_sub(jiff::Span::new().days(3)).unwrap_or(utc)
}

/// A JSON array of rows, one statement parameter for a whole batch.
fn json<T: serde::Serialize>(rows: &T) -> String {
    serde_json::to_string(rows).expect("rows of strings serialise")
}

