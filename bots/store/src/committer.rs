//! The committer: the one task that owns SQLite's write connection. It takes every job
//! waiting at that moment and commits them in one transaction (group commit) with a fixed
//! set of set-based statements; each caller hears of its job only after that commit.
//!
//! One event cannot fail the others: each event is decided and written inside a savepoint,
//! and an event that fails (an error, a panic) is rolled back alone and its attempt counted
//! (`event_failures`). After [`MAX_EVENT_ATTEMPTS`] it is given up: it stays marked processed
//! so the channel moves on, and the user gets an apology in their language. If the batch as
//! a whole cannot commit, its jobs are committed again one by one, so that the one to blame
//! is found and the rest go through. A panic anywhere in a batch is caught the same way: the
//! committer never stops while a `Store` is alive.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use sqlx::{Connection, SqliteConnection};
use tokio::sync::{mpsc, oneshot};
use wegweiser_core::{ConversationState, Effect, HandoverStatus, Inbound, Outbound, Outcome, Sent, World};

use crate::failed::{record_attempt, Attempt};
use crate::handover::{load_team_and_handovers, NewHandover, Written};
use crate::many_rows::ManyRows;
use crate::on_disk::Scrubbing;
use crate::outbox::{record_failures, sent_of, Mark};
use crate::world::{load_personal, load_world, Batch, NewRequest, Personal};
use crate::{json, now, Draft, Error, Result};

/// What the engine is asked for one event: the stored state and the world in, the outcome
/// out. It may be asked more than once (a batch that failed is committed again event by
/// event), so it must not do anything but decide.
pub type Decide = Box<dyn Fn(Option<ConversationState>, &World) -> Outcome + Send + Sync>;

/// What the user is told when their event failed for good, from their stored state.
pub type Apologise = Box<dyn Fn(Option<&ConversationState>) -> Vec<Outbound> + Send + Sync>;

/// Tries of one inbound event before it is given up.
pub const MAX_EVENT_ATTEMPTS: u32 = 3;

/// Most jobs committed in one transaction.
pub(crate) const MAX_BATCH: usize = 256;

/// What became of an inbound event.
#[derive(Debug, Clone, PartialEq)]
pub enum Processed {
    /// Decided and committed. `outbox` holds the outbox rows of the replies, in order:
    /// mark them delivered once sent ([`crate::Store::mark_delivered`]), or the delivery
    /// loop sends them later.
    Decided { outcome: Outcome, outbox: Vec<i64> },
    /// This platform event id was processed before.
    Duplicate,
    /// Its last attempt failed: it is recorded as failed, acknowledged, and `replies` (kept
    /// in the outbox like any reply) tell the user to try again.
    GaveUp { replies: Vec<Outbound>, outbox: Vec<i64> },
}

pub(crate) struct EventJob {
    pub event: Inbound,
    pub decide: Decide,
    pub apologise: Option<Apologise>,
    pub reply: oneshot::Sender<Result<Processed>>,
}

/// One piece of work for the committer.
pub(crate) enum Job {
    Event(EventJob),
    /// Outbox rows sent, or a try that failed.
    Mark { mark: Mark, reply: oneshot::Sender<Result<()>> },
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Job::Event(job) => f.debug_struct("Event").field("channel", &job.event.channel).field("event_id", &job.event.event_id).finish(),
            Job::Mark { mark, .. } => f.debug_struct("Mark").field("mark", mark).finish(),
        }
    }
}

/// What a committed batch tells one job's caller.
enum Answer {
    Event(Result<Processed>),
    Mark(Result<()>),
}

/// Commits batches of jobs until every `Store` clone is gone.
pub(crate) async fn committer(mut conn: SqliteConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut shared: Option<SharedWorld> = None;
    let mut scrubbing = Scrubbing::default();
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs: Vec<Job> = std::mem::take(&mut batch);
        let mut committed = batch_or_roll_back(&mut conn, &jobs, &mut shared, Care::Optimistic).await;
        if matches!(committed, Err(BatchFailure::NeedsSavepoints)) {
            shared = None;
            committed = batch_or_roll_back(&mut conn, &jobs, &mut shared, Care::Savepoints).await;
        }
        match committed {
            Ok(answers) => {
                scrub(&mut scrubbing, &mut conn, &answers).await;
                answer(jobs, answers);
            }
            Err(e) => {
                shared = None;
                tracing::error!(error = %e, jobs = jobs.len(), "a batch could not be committed; committing its jobs one by one");
                for job in jobs {
                    let one = std::slice::from_ref(&job);
                    let answers = match batch_or_roll_back(&mut conn, one, &mut shared, Care::Savepoints).await {
                        Ok(answers) => answers,
                        Err(e) => {
                            shared = None;
                            vec![guarded(fail_alone(&mut conn, &job, &e.to_string())).await.unwrap_or_else(|e: sqlx::Error| failed_answer(&job, e))]
                        }
                    };
                    scrub(&mut scrubbing, &mut conn, &answers).await;
                    answer(vec![job], answers);
                }
            }
        }
    }
    let _ = conn.close().await;
}

/// Commits one batch; one that failed (an error, a panic) is rolled back. A batch's
/// transaction is begun by its first statement and committed by its last, so that neither
/// costs a round trip of its own; so it is rolled back here, not by a guard that sqlx keeps.
async fn batch_or_roll_back(conn: &mut SqliteConnection, jobs: &[Job], shared: &mut Option<SharedWorld>, care: Care) -> Result<Vec<Answer>, BatchFailure> {
    let committed = guarded(commit_batch(conn, jobs, shared, care)).await;
    if committed.is_err() {
        // Fails, harmlessly, when the batch failed before its BEGIN took effect.
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    committed
}

/// How a batch guards its events against each other. A savepoint costs two round trips
/// an event, which would halve the throughput, and events rarely fail: so a batch is first
/// written without them, and only when one of its events fails is it written again, each
/// event with effects in a savepoint of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Care {
    Optimistic,
    Savepoints,
}

/// Why a batch did not commit.
#[derive(Debug)]
enum BatchFailure {
    /// One event's writes failed in an optimistic batch: write it again with savepoints.
    NeedsSavepoints,
    Sql(sqlx::Error),
}

impl From<sqlx::Error> for BatchFailure {
    fn from(e: sqlx::Error) -> Self {
        Self::Sql(e)
    }
}

impl std::fmt::Display for BatchFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NeedsSavepoints => write!(f, "an event failed in a batch written without savepoints"),
            Self::Sql(e) => write!(f, "{e}"),
        }
    }
}

/// Runs one step of the committer, turning a panic into an error.
async fn guarded<T, E: From<sqlx::Error>>(work: impl std::future::Future<Output = Result<T, E>>) -> Result<T, E> {
    match AssertUnwindSafe(work).catch_unwind().await {
        Ok(result) => result,
        Err(panic) => Err(sqlx::Error::Protocol(format!("the committer panicked: {}", panic_text(&panic))).into()),
    }
}

/// A panic's message for the log and the failed event's record: its first line, cut
/// before any quoted text, because Rust's string panics quote the text they were given,
/// which may be what a user wrote.
fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_else(|| "no message".into());
    let line = text.lines().next().unwrap_or_default();
    match line.find(['`', '"', '\'']) {
        Some(quote) => format!("{}…", &line[..quote]),
        None => line.to_string(),
    }
}

/// Empties the WAL after a commit that deleted someone's data and after those that follow
/// it for a while, before anyone hears of them: once a deletion is confirmed, no file
/// holds what was deleted.
async fn scrub(scrubbing: &mut Scrubbing, conn: &mut SqliteConnection, answers: &[Answer]) {
    let deleted = answers.iter().any(|a| matches!(a, Answer::Event(Ok(Processed::Decided { outcome, .. })) if outcome.effects.contains(&Effect::DeleteMyData)));
    if deleted {
        scrubbing.deleted();
    }
    scrubbing.after_commit(conn).await;
}

fn answer(jobs: Vec<Job>, answers: Vec<Answer>) {
    for (job, answer) in jobs.into_iter().zip(answers) {
        match (job, answer) {
            (Job::Event(job), Answer::Event(result)) => drop(job.reply.send(result)),
            (Job::Mark { reply, .. }, Answer::Mark(result)) => drop(reply.send(result)),
            _ => unreachable!("answers are made in the order of their jobs"),
        }
    }
}

fn failed_answer(job: &Job, e: sqlx::Error) -> Answer {
    let e = Error::Commit(Arc::new(e));
    match job {
        Job::Event(_) => Answer::Event(Err(e)),
        Job::Mark { .. } => Answer::Mark(Err(e)),
    }
}

/// A job that failed on its own, outside any batch: its attempt is counted in a
/// transaction of its own (the event's own one was rolled back).
async fn fail_alone(conn: &mut SqliteConnection, job: &Job, reason: &str) -> Result<Answer, sqlx::Error> {
    let Job::Event(job) = job else {
        tracing::error!(reason, "could not record outbox deliveries; they may be sent again");
        return Ok(Answer::Mark(Err(Error::Commit(Arc::new(sqlx::Error::Protocol(reason.to_string()))))));
    };
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    let previous = read_state(&mut tx, &job.event).await?;
    let failure = record_attempt(&mut tx, &job.event, reason, now()).await?;
    let answer = match failure {
        Attempt::Again(attempts) => Answer::Event(Err(Error::Attempt { attempts, reason: reason.to_string() })),
        Attempt::GaveUp => {
            mark_processed(&mut tx, &job.event).await?;
            let replies = job.apologise.as_ref().map(|a| a(previous.as_ref())).unwrap_or_default();
            let rows: Vec<(&str, &str, &Outbound)> = replies.iter().map(|r| (job.event.channel.as_str(), job.event.user.as_str(), r)).collect();
            let outbox = crate::outbox::insert_replies(&mut tx, &rows, now()).await?;
            Answer::Event(Ok(Processed::GaveUp { replies, outbox }))
        }
    };
    tx.commit().await?;
    Ok(answer)
}

async fn read_state(tx: &mut SqliteConnection, event: &Inbound) -> Result<Option<ConversationState>, sqlx::Error> {
    let stored: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE channel = ?1 AND user_id = ?2")
        .bind(&event.channel)
        .bind(&event.user)
        .fetch_optional(&mut *tx)
        .await?;
    Ok(stored.and_then(|json| serde_json::from_str(&json).ok()))
}

async fn mark_processed(tx: &mut SqliteConnection, event: &Inbound) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO processed_events (channel, event_id, processed_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
        .bind(&event.channel)
        .bind(&event.event_id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    Ok(())
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
    /// `data_version` is SQLite's, as read in this transaction.
    async fn take(kept: &mut Option<SharedWorld>, data_version: i64, tx: &mut SqliteConnection) -> Result<SharedWorld, sqlx::Error> {
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
        read_world(tx).await
    }

    /// Keeps the world a committed batch leaves, as a fresh read would return it.
    fn keep(mut self, kept: &mut Option<SharedWorld>) {
        self.world.handovers.retain(|h| h.status != HandoverStatus::Closed);
        *kept = Some(self);
    }
}

/// The world as stored: the catalog, the team and the open handovers.
pub(crate) async fn read_world(tx: &mut SqliteConnection) -> Result<World, sqlx::Error> {
    let mut world = load_world(tx, recent_sessions_since()).await?;
    load_team_and_handovers(tx, &mut world).await?;
    Ok(world)
}

/// How one event of a batch came out, before the commit.
enum Decision {
    Decided(Outcome),
    Duplicate,
    Again { attempts: u32, reason: String },
    GaveUp(Vec<Outbound>),
}

/// One transaction for a batch: apply the outbox marks, mark the event ids processed (a
/// repeated id, also twice in the batch, is a duplicate), load the states, decide in order
/// (later events of the same conversation see the earlier ones' state), each event in a
/// savepoint of its own, write states, replies and effects, commit.
async fn commit_batch(tx: &mut SqliteConnection, jobs: &[Job], shared: &mut Option<SharedWorld>, care: Care) -> Result<Vec<Answer>, BatchFailure> {
    let now = now();
    let marks: Vec<&Mark> = jobs.iter().filter_map(|j| if let Job::Mark { mark, .. } = j { Some(mark) } else { None }).collect();
    let events: Vec<&EventJob> = jobs.iter().filter_map(|j| if let Job::Event(e) = j { Some(e) } else { None }).collect();

    let ids: Vec<(&str, &str)> = events.iter().map(|j| (j.event.channel.as_str(), j.event.event_id.as_str())).collect();
    let users: Vec<(&str, &str)> = events.iter().map(|j| (j.event.channel.as_str(), j.event.user.as_str())).collect();
    let Loaded { mut states, mut fresh, data_version } = load_batch(tx, &sent_of(&marks), &ids, &users, now).await?;
    record_failures(tx, &marks, now).await?;
    if events.iter().any(|j| j.event.message.is_some()) {
        let new: Vec<&Inbound> = events.iter().map(|j| &j.event).filter(|e| fresh.contains(&(e.channel.clone(), e.event_id.clone()))).collect();
        crate::chat::remember_inbound(tx, &new, now).await?;
    }
    let SharedWorld { mut world, data_version, loaded } = SharedWorld::take(shared, data_version, tx).await?;
    let mut personal = load_personal(tx, &users).await?;

    let mut changed: Vec<(String, String)> = Vec::new();
    let mut decisions = Vec::with_capacity(events.len());
    for job in &events {
        let event = &job.event;
        if !fresh.remove(&(event.channel.clone(), event.event_id.clone())) {
            decisions.push(Decision::Duplicate);
            continue;
        }
        let key = (event.channel.clone(), event.user.clone());
        let decided = match decide(job, states.get(&key).cloned().flatten(), &mut world, &mut personal) {
            Ok(outcome) if outcome.effects.is_empty() => Ok(Ok(outcome)),
            Ok(outcome) => {
                if care == Care::Savepoints {
                    sqlx::query("SAVEPOINT event").execute(&mut *tx).await?;
                }
                let written = AssertUnwindSafe(write_effects(tx, &key, &outcome.effects, &mut world, &mut personal, now)).catch_unwind().await;
                match written {
                    Ok(Ok(())) => {
                        if care == Care::Savepoints {
                            sqlx::query("RELEASE event").execute(&mut *tx).await?;
                        }
                        Ok(Ok(outcome))
                    }
                    _ if care == Care::Optimistic => return Err(BatchFailure::NeedsSavepoints),
                    Ok(Err(e)) => Ok(Err(e.to_string())),
                    Err(panic) => Ok(Err(format!("panicked: {}", panic_text(&panic)))),
                }
            }
            // The engine panicked before anything of this event was written.
            Err(reason) => Err(reason),
        };
        let failure = match decided {
            Ok(Ok(outcome)) => {
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
                decisions.push(Decision::Decided(outcome));
                continue;
            }
            Ok(Err(reason)) => {
                sqlx::query("ROLLBACK TO event").execute(&mut *tx).await?;
                sqlx::query("RELEASE event").execute(&mut *tx).await?;
                // What this event did to the batch's world is undone in the database, not in memory.
                world = SharedWorld::read(tx).await?;
                personal = load_personal(tx, &users).await?;
                reason
            }
            Err(reason) => reason,
        };
        tracing::error!(channel = %event.channel, event = %event.event_id, reason = %failure, "an event failed; its changes were rolled back");
        decisions.push(match record_attempt(tx, event, &failure, now).await? {
            Attempt::Again(attempts) => {
                sqlx::query("DELETE FROM processed_events WHERE channel = ?1 AND event_id = ?2").bind(&event.channel).bind(&event.event_id).execute(&mut *tx).await?;
                Decision::Again { attempts, reason: failure }
            }
            // The state is still the one before the event: it is written back only on success.
            Attempt::GaveUp => Decision::GaveUp(job.apologise.as_ref().map(|a| a(states.get(&key).and_then(Option::as_ref))).unwrap_or_default()),
        });
    }

    write_states(tx, &changed, &states, now).await?;
    let mut rows: Vec<(&str, &str, &Outbound)> = Vec::new();
    for (job, decision) in events.iter().zip(&decisions) {
        let replies = match decision {
            Decision::Decided(outcome) => &outcome.replies,
            Decision::GaveUp(replies) => replies,
            _ => continue,
        };
        rows.extend(replies.iter().map(|r| (job.event.channel.as_str(), job.event.user.as_str(), r)));
    }
    let mut outbox = crate::outbox::insert_replies_and_commit(tx, &rows, now).await?.into_iter();
    SharedWorld { world, data_version, loaded }.keep(shared);

    let mut decisions = decisions.into_iter();
    let answers = jobs
        .iter()
        .map(|job| match job {
            Job::Mark { .. } => Answer::Mark(Ok(())),
            Job::Event(_) => Answer::Event(Ok(match decisions.next().expect("one decision per event") {
                Decision::Decided(outcome) => {
                    let ids = outbox.by_ref().take(outcome.replies.len()).collect();
                    Processed::Decided { outcome, outbox: ids }
                }
                Decision::Duplicate => Processed::Duplicate,
                Decision::Again { attempts, reason } => return Answer::Event(Err(Error::Attempt { attempts, reason })),
                Decision::GaveUp(replies) => {
                    let ids = outbox.by_ref().take(replies.len()).collect();
                    Processed::GaveUp { replies, outbox: ids }
                }
            })),
        })
        .collect();
    Ok(answers)
}

/// What a batch starts from: the stored states of its conversations (an unreadable one
/// starts anew), its event ids not processed before, and SQLite's `data_version`.
struct Loaded {
    states: HashMap<(String, String), Option<ConversationState>>,
    fresh: HashSet<(String, String)>,
    data_version: i64,
}

/// Starts a batch in one round trip to SQLite's thread that returns one row: begins its
/// transaction, records the outbox rows its marks report sent, reads the stored states of
/// its conversations and which of its event ids were processed before, and marks them
/// processed. Each row a statement returns is a wake-up of the committer, which costs
/// more than SQLite's work for it. The parameters are anonymous, bound in the order they appear in the text.
async fn load_batch(tx: &mut SqliteConnection, sent: &[&Sent], ids: &[(&str, &str)], users: &[(&str, &str)], now: i64) -> Result<Loaded, sqlx::Error> {
    let delivered = json(&sent.iter().map(|s| s.outbox).collect::<Vec<i64>>());
    let (event_ids, conversations) = (json(&ids), json(&users));
    // Every statement of the text runs only when all rows are fetched.
    let mut rows: Vec<(String, String, i64)> = sqlx::query_as(concat!(
        "BEGIN IMMEDIATE; ",
        crate::chat::remember_sent!(),
        "; ",
        crate::outbox::record_sent!(),
        "; SELECT \
           (SELECT json_group_array(json_array(c.channel, c.user_id, c.state)) FROM json_each(?) AS j \
            JOIN conversations AS c ON c.channel = j.value ->> 0 AND c.user_id = j.value ->> 1), \
           (SELECT json_group_array(json_array(p.channel, p.event_id)) FROM json_each(?) AS j \
            JOIN processed_events AS p ON p.channel = j.value ->> 0 AND p.event_id = j.value ->> 1), \
           (SELECT data_version FROM pragma_data_version); \
         INSERT INTO processed_events (channel, event_id, processed_at) \
         SELECT value ->> 0, value ->> 1, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING"
    ))
    .bind(now)
    .bind(crate::chat::sent_messages(sent))
    .bind(now)
    .bind(&delivered)
    .bind(&delivered)
    .bind(&conversations)
    .bind(&event_ids)
    .bind(now)
    .bind(&event_ids)
    .fetch_all(&mut *tx)
    .await?;
    let (stored, processed, data_version) = rows.pop().ok_or_else(|| sqlx::Error::Protocol("the batch's states were not read".into()))?;
    let decode = |e: serde_json::Error| sqlx::Error::Decode(Box::new(e));
    let mut states = HashMap::new();
    for (channel, user, stored) in serde_json::from_str::<Vec<(String, String, String)>>(&stored).map_err(decode)? {
        let state = match serde_json::from_str(&stored) {
            Ok(state) => Some(state),
            Err(e) => {
                tracing::warn!(%channel, error = %e, "unreadable conversation state; starting the conversation anew");
                None
            }
        };
        states.insert((channel, user), state);
    }
    let processed: HashSet<(String, String)> = serde_json::from_str::<Vec<(String, String)>>(&processed).map_err(decode)?.into_iter().collect();
    let fresh = ids.iter().map(|(c, e)| (c.to_string(), e.to_string())).filter(|id| !processed.contains(id)).collect();
    Ok(Loaded { states, fresh, data_version })
}

async fn write_states(
    tx: &mut SqliteConnection,
    changed: &[(String, String)],
    states: &HashMap<(String, String), Option<ConversationState>>,
    now: i64,
) -> Result<(), sqlx::Error> {
    if changed.is_empty() {
        return Ok(());
    }
    let mut rows = Vec::with_capacity(changed.len());
    for key in changed {
        let encoded = match states.get(key).and_then(Option::as_ref) {
            Some(state) => serde_json::to_string(state),
            None => serde_json::to_string(&ConversationState::default()),
        }
        .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        rows.push((key.0.as_str(), key.1.as_str(), encoded));
    }
    for (sql, range) in UPSERT_STATES.chunks(rows.len()) {
        let mut upsert = sqlx::query(sql);
        for (channel, user, state) in &rows[range] {
            upsert = upsert.bind(*channel).bind(*user).bind(state.as_str()).bind(now).bind(now);
        }
        upsert.execute(&mut *tx).await?;
    }
    Ok(())
}

/// Writes conversation states: (channel, user, state, created, updated) a row.
static UPSERT_STATES: ManyRows = ManyRows::new(
    "INSERT INTO conversations (channel, user_id, state, created_at, updated_at) VALUES ",
    "(?, ?, ?, ?, ?)",
    " ON CONFLICT (channel, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, idle_notice_at = NULL",
);

/// Decides one event against the batch's world, with the user's own part of the world
/// lent to the engine. A panic of the engine is the reason the event failed.
fn decide(job: &EventJob, previous: Option<ConversationState>, world: &mut World, personal: &mut HashMap<(String, String), Personal>) -> Result<Outcome, String> {
    let key = (job.event.channel.clone(), job.event.user.clone());
    personal.remove(&key).unwrap_or_default().lend(world);
    let decided = catch_unwind(AssertUnwindSafe(|| (job.decide)(previous, world)));
    personal.insert(key, Personal::take_back(world));
    decided.map_err(|panic| format!("the engine panicked: {}", panic_text(&panic)))
}

/// Writes one event's effects, updating the batch's world as it goes.
async fn write_effects(
    tx: &mut SqliteConnection,
    key: &(String, String),
    effects: &[Effect],
    world: &mut World,
    personal: &mut HashMap<(String, String), Personal>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch { world, personal, now };
    for effect in effects {
        write_effect(&mut batch, tx, key, effect).await?;
    }
    Ok(())
}

async fn write_effect(batch: &mut Batch<'_>, tx: &mut SqliteConnection, key: &(String, String), effect: &Effect) -> Result<(), sqlx::Error> {
    match effect {
        Effect::HandoverRequested { topic, district, staff_only, locale, note } => {
            let request = NewHandover { topic: topic.as_deref(), district: district.as_deref(), staff_only: *staff_only, locale, note: note.as_deref() };
            batch.open_handover(tx, key, request).await
        }
        Effect::HandoverMessage { text, media, attachment } => {
            batch.user_wrote(tx, key, Written { text: text.as_deref(), media: *media, attachment: attachment.as_ref() }).await
        }
        Effect::HandoverLeft => batch.user_left(tx, key).await,
        Effect::ClaimHandover { handover } => batch.claim(tx, key, *handover).await,
        Effect::ReleaseHandover { handover } => batch.release(tx, key, *handover).await,
        Effect::CloseHandover { handover } => batch.close(tx, key, *handover).await,
        Effect::HandoverReply { handover, text, media, attachment } => {
            let written = Written { text: text.as_deref(), media: *media, attachment: attachment.as_ref() };
            batch.helper_wrote(tx, key, *handover, written).await
        }
        Effect::HandoverFeedback { handover, helpful } => batch.feedback(tx, key, *handover, *helpful).await,
        Effect::GrantRole(member) => batch.grant(tx, key, member).await,
        Effect::RevokeRole { name } => batch.revoke(tx, key, name).await,
        Effect::SendTranscript { handover } => batch.send_transcript(tx, key, *handover).await,
        Effect::DraftBroadcast { source, segment, default_locale, answer_to } => {
            let draft = Draft { source: source.clone(), segment: segment.clone(), created_by: batch.member_name(key), reply_to: Some(answer_to.clone()) };
            batch.draft_broadcast(tx, answer_to, &draft, default_locale).await
        }
        Effect::ConfirmBroadcast { broadcast, answer_to } => batch.confirm_broadcast(tx, answer_to, *broadcast).await,
        Effect::CancelBroadcast { broadcast, answer_to } => batch.cancel_broadcast(tx, answer_to, *broadcast).await,
        Effect::ReportBroadcast { broadcast, answer_to } => batch.report_broadcast(tx, answer_to, *broadcast).await,
        Effect::ExportMyData { news } => batch.export_my_data(tx, key, news).await,
        Effect::DeleteMyData => batch.delete_my_data(tx, key).await,
        Effect::ClearChat => batch.clear_chat(tx, key, true).await,
        Effect::SignUp { course, waitlisted } => batch.sign_up(tx, key, course, *waitlisted).await,
        Effect::CancelSignUp { course } => batch.cancel_sign_up(tx, key, course).await,
        Effect::BookSession { session, local_time } => batch.book(tx, key, session, *local_time).await,
        Effect::CancelBooking { session } => batch.cancel_booking(tx, key, session).await,
        Effect::RequestPeer { peer, topic, district, locale, contact } => {
            let request = NewRequest { peer, topic: topic.as_deref(), district: district.as_deref(), locale, contact };
            batch.request_peer(tx, key, request).await
        }
        Effect::WithdrawPeerRequest { request } => batch.withdraw(tx, key, *request).await,
        Effect::AnswerPeerRequest { request, accept } => batch.answer(tx, key, *request, *accept).await,
    }
}

/// Sessions starting from this local time on are part of the world: three days back in UTC
/// is before two days ago in every time zone, and sessions older than that are past for good.
fn recent_sessions_since() -> jiff::civil::DateTime {
    let utc = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now());
    utc.checked_sub(jiff::Span::new().days(3)).unwrap_or(utc)
}
