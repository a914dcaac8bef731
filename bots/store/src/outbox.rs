//! The outbox: every message for a user waits here until it is sent. Notifications (a
//! freed seat, a reminder, a relayed message) are a Fluent id with arguments, rendered in
//! the recipient's language on delivery; replies to the user's own event are stored
//! rendered, in the same transaction as the state, so a crash between the commit and the
//! send loses none (the channel sends them at once and marks them; what it did not mark,
//! the delivery loop sends later).
//!
//! Each row is tried a bounded number of times, with growing pauses between tries; a row
//! that keeps failing ends as `failed` with its reason and stops holding up its recipient.
//! A recipient's rows go out in order: a row waiting for its next try holds back the later
//! rows of the same recipient, never anyone else's.

use std::collections::BTreeMap;

use sqlx::SqliteConnection;
use wegweiser_core::{NotificationArg, Outbound, Sent};

use crate::many_rows::ManyRows;
use crate::{now, Result, Store};

/// Tries of an outbox row that fails for a passing reason before it is given up.
pub const MAX_DELIVERY_ATTEMPTS: i64 = 10;
/// Tries of a row the network refuses as malformed (it will most likely never go through).
pub const MAX_REFUSED_ATTEMPTS: i64 = 3;
/// The first pause after a failed try; it doubles with every further try, up to an hour.
const FIRST_RETRY_SECONDS: i64 = 10;
const LONGEST_RETRY_SECONDS: i64 = 3600;
/// How long a reply belongs to the channel that is sending it at once; after that (or when
/// it was written before this store was opened: a crash) the delivery loop sends it.
pub const REPLY_GRACE_SECONDS: i64 = 20;

/// A message for a user from the outbox: a Fluent id and its arguments, rendered in the
/// user's language on delivery, with command buttons as (label message id, command); or a
/// reply already rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub id: i64,
    /// The language to use when the recipient has no conversation yet.
    pub locale: Option<String>,
    pub message: String,
    pub args: BTreeMap<String, NotificationArg>,
    pub buttons: Vec<(String, String)>,
    /// The handover whose own room it goes to, on channels that give each one a room.
    pub handover: Option<i64>,
    /// A stored file to send with it ([`Store::media_file`]).
    pub media_file: Option<i64>,
    /// A reply to the user's own event, rendered when it was decided.
    pub rendered: Option<Outbound>,
    /// Messages of the recipient's private chat to delete before it is sent.
    pub erase: wegweiser_core::Erase,
}

/// A notification with its recipient and the language of their conversation (None: the bot
/// has not talked with them, or does not know their language yet).
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub user: String,
    pub conversation_locale: Option<String>,
    pub notification: Notification,
}

/// What the committer records about outbox rows, in the transaction of its next batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Sent: a reply, or a row that deleted chat messages, is deleted (nothing is left to do
    /// with it), a notification marked sent; what they became in the chat is remembered.
    Delivered(Vec<Sent>),
    /// One try failed; `refused`: the network said the message itself is wrong.
    Failed { id: i64, reason: String, refused: bool },
}

/// The columns every outbox read takes, with the recipient's conversation language, for
/// the rows of `unsent` (id, user_id, …).
macro_rules! outbox_select {
    () => {
        "SELECT o.id, o.user_id, c.state ->> '$.locale' AS known_locale, o.locale, o.message, o.args, o.buttons, o.room_handover, o.media_file, o.rendered, o.erase \
         FROM unsent u JOIN outbox o ON o.id = u.id LEFT JOIN conversations c ON c.channel = o.channel AND c.user_id = o.user_id"
    };
}

/// The unsent rows of channel ?1 as `unsent` (id, user_id, next_attempt_at, created_at,
/// attempts, reply), read through the two indexes that hold them (migration
/// 20261202000015): replies by row id, notifications by recipient.
macro_rules! with_unsent {
    ($($user:literal)?) => {
        concat!(
            "WITH unsent AS MATERIALIZED (\
               SELECT id, user_id, next_attempt_at, created_at, attempts, 1 AS reply FROM outbox \
                WHERE channel = ?1 AND sent_at IS NULL AND failed_at IS NULL AND rendered IS NOT NULL", $($user,)? " \
               UNION ALL \
               SELECT id, user_id, next_attempt_at, created_at, attempts, 0 FROM outbox \
                WHERE channel = ?1 AND sent_at IS NULL AND failed_at IS NULL AND rendered IS NULL", $($user,)? ") "
        )
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
    rendered: Option<String>,
    erase: Option<String>,
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
            rendered: self.rendered.as_deref().map(serde_json::from_str).transpose()?,
            erase: self.erase.as_deref().map(serde_json::from_str).transpose()?.unwrap_or_default(),
        };
        Ok(Pending { user: self.user_id, conversation_locale: self.known_locale, notification })
    }
}

/// A user's unsent rows, oldest first: ?1 channel, ?2 user.
pub(crate) const PENDING_FOR_USER: &str = concat!(with_unsent!(" AND user_id = ?2"), outbox_select!(), " ORDER BY u.id");

/// The rows due on a channel: ?1 channel, ?2 at most, ?3 now, ?4 replies written before
/// this are no longer being sent by their channel. A row waiting for its next try, or a
/// reply still being sent, holds back the later rows of its recipient.
pub(crate) const PENDING_FOR_CHANNEL: &str = concat!(
    with_unsent!(),
    ", held AS MATERIALIZED (SELECT user_id, min(id) AS first FROM unsent \
         WHERE next_attempt_at > ?3 OR (reply AND attempts = 0 AND created_at >= ?4) GROUP BY user_id) ",
    outbox_select!(),
    " WHERE u.next_attempt_at <= ?3 AND (NOT u.reply OR u.attempts > 0 OR u.created_at < ?4) \
     AND NOT EXISTS (SELECT 1 FROM unreachable_users n WHERE n.channel = ?1 AND n.user_id = u.user_id) \
     AND NOT EXISTS (SELECT 1 FROM held h WHERE h.user_id = u.user_id AND h.first < u.id) \
     ORDER BY u.id LIMIT ?2"
        );

impl Store {
    /// Messages waiting for a user, oldest first.
    pub async fn pending_notifications(&self, channel: &str, user: &str) -> Result<Vec<Notification>> {
        let rows: Vec<OutboxRow> = sqlx::query_as(PENDING_FOR_USER)
        .bind(channel)
        .bind(user)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|row| Ok(row.into_pending()?.notification)).collect()
    }

    /// Messages due for users of `channel` who can be reached, oldest first, at most
    /// `limit`, each with its recipient and the language of their conversation. A row
    /// waiting for its next try, or a reply its channel is still sending, holds back the
    /// later rows of its recipient.
    pub async fn pending_for_channel(&self, channel: &str, limit: usize) -> Result<Vec<Pending>> {
        let now = now();
        let replies_before = (now - REPLY_GRACE_SECONDS).max(self.opened_at);
        let rows: Vec<OutboxRow> = sqlx::query_as(PENDING_FOR_CHANNEL)
        .bind(channel)
        .bind(limit as i64)
        .bind(now)
        .bind(replies_before)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(OutboxRow::into_pending).collect()
    }

    /// Marks outbox rows sent; they are not handed out again. Recorded by the committer,
    /// together with the next batch of events.
    pub async fn mark_delivered(&self, ids: &[i64]) -> Result<()> {
        self.mark_sent(&Sent::rows(ids)).await
    }

    /// Like [`Store::mark_delivered`], remembering what the rows became in their
    /// recipients' private chats (for `/clear`).
    pub async fn mark_sent(&self, sent: &[Sent]) -> Result<()> {
        if sent.is_empty() {
            return Ok(());
        }
        self.mark(Mark::Delivered(sent.to_vec())).await
    }

    /// Records a failed try to send outbox row `id`: it is tried again later, or, after its
    /// last try, ends as failed with `reason`.
    pub async fn mark_failed(&self, id: i64, reason: &str, refused: bool) -> Result<()> {
        self.mark(Mark::Failed { id, reason: reason.to_string(), refused }).await
    }

    /// Queues message `message` (a Fluent id without arguments) for a user, in the language
    /// of their conversation (`locale` when the bot has none): "please slow down".
    pub async fn tell(&self, channel: &str, user: &str, message: &str, locale: Option<&str>) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut notice = crate::world::Notice::new((channel, user), message, BTreeMap::new());
        notice.locale = locale;
        crate::world::notify(&mut tx, notice, now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Outbox rows that were given up, newest first: (id, channel, message id, reason, when).
    pub async fn failed_deliveries(&self) -> Result<Vec<(i64, String, String, String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT id, channel, CASE WHEN rendered IS NULL THEN message ELSE 'reply' END, COALESCE(failure, ''), failed_at \
             FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

/// Records sent outbox rows: a reply, or a row that only deleted chat messages, is deleted
/// (nothing is left to do with it); a notification is kept, marked sent. Binds the time and
/// the ids, then the ids again. A part of the statement that starts a batch
/// (`committer::load_batch`), after [`crate::chat::remember_sent!`].
macro_rules! record_sent {
    () => {
        "UPDATE outbox SET sent_at = ? WHERE id IN (SELECT value FROM json_each(?)) \
           AND sent_at IS NULL AND rendered IS NULL AND erase IS NULL; \
         DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?)) AND (rendered IS NOT NULL OR erase IS NOT NULL)"
    };
}
pub(crate) use record_sent;

/// The rows a batch's marks report sent.
pub(crate) fn sent_of<'m>(marks: &[&'m Mark]) -> Vec<&'m Sent> {
    marks.iter().flat_map(|m| if let Mark::Delivered(sent) = m { sent.iter().collect() } else { Vec::new() }).collect()
}

/// Writes the failed tries of a batch's marks.
pub(crate) async fn record_failures(tx: &mut SqliteConnection, marks: &[&Mark], now: i64) -> Result<(), sqlx::Error> {
    for mark in marks {
        let Mark::Failed { id, reason, refused } = mark else { continue };
        let tried: Option<(i64, String)> = sqlx::query_as(
            "UPDATE outbox SET attempts = attempts + 1, failure = ?2, \
               next_attempt_at = ?3 + min(?4, ?5 << min(attempts, 20)), \
               failed_at = CASE WHEN attempts + 1 >= (CASE WHEN ?6 THEN ?7 ELSE ?8 END) THEN ?3 END \
             WHERE id = ?1 AND sent_at IS NULL AND failed_at IS NULL RETURNING attempts, channel",
        )
        .bind(id)
        .bind(reason)
        .bind(now)
        .bind(LONGEST_RETRY_SECONDS)
        .bind(FIRST_RETRY_SECONDS)
        .bind(refused)
        .bind(MAX_REFUSED_ATTEMPTS)
        .bind(MAX_DELIVERY_ATTEMPTS)
        .fetch_optional(&mut *tx)
        .await?;
        match tried {
            Some((attempts, channel)) if attempts >= if *refused { MAX_REFUSED_ATTEMPTS } else { MAX_DELIVERY_ATTEMPTS } => {
                tracing::error!(outbox = id, %channel, attempts, %reason, "a message could not be delivered and was given up (wegweiser failed lists it)")
            }
            Some((attempts, channel)) => tracing::warn!(outbox = id, %channel, attempts, %reason, "a message was not delivered; it is tried again later"),
            None => {}
        }
    }
    Ok(())
}

/// Writes replies as outbox rows; returns their ids in the order given.
pub(crate) async fn insert_replies(tx: &mut SqliteConnection, rows: &[(&str, &str, &Outbound)], now: i64) -> Result<Vec<i64>, sqlx::Error> {
    write_replies(tx, rows, now, &INSERT_REPLIES).await
}

/// [`insert_replies`] as the last writes of a transaction begun by a statement of its own,
/// which its last statement commits: the commit costs no round trip of its own. If any of it
/// fails, the transaction is left open for the caller to roll back.
pub(crate) async fn insert_replies_and_commit(conn: &mut SqliteConnection, rows: &[(&str, &str, &Outbound)], now: i64) -> Result<Vec<i64>, sqlx::Error> {
    if rows.is_empty() {
        sqlx::query("COMMIT").execute(&mut *conn).await?;
        return Ok(Vec::new());
    }
    write_replies(conn, rows, now, &INSERT_REPLIES_THEN_COMMIT).await
}

/// Writes the replies with [`INSERT_REPLIES`], the last statement taken from `last`.
async fn write_replies(tx: &mut SqliteConnection, rows: &[(&str, &str, &Outbound)], now: i64, last: &'static ManyRows) -> Result<Vec<i64>, sqlx::Error> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut encoded = Vec::with_capacity(rows.len());
    for (channel, user, reply) in rows {
        let rendered = serde_json::to_string(reply).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        encoded.push((*channel, *user, rendered));
    }
    let mut ids: Vec<i64> = Vec::with_capacity(rows.len());
    for (sql, range) in INSERT_REPLIES.chunks(rows.len()) {
        let sql = if range.end == rows.len() { last.sized(range.len()) } else { sql };
        let mut insert = sqlx::query(sql);
        for (channel, user, rendered) in &encoded[range.clone()] {
            insert = insert.bind(*channel).bind(*user).bind(rendered.as_str()).bind(now);
        }
        // The rows of one statement get consecutive ids in the order written: each is one
        // more than the largest the table ever had (AUTOINCREMENT), and nothing else
        // writes the outbox meanwhile. A COMMIT after the insert leaves its last id as it is.
        let last = insert.execute(&mut *tx).await?.last_insert_rowid();
        let first = last + 1 - range.len() as i64;
        if cfg!(debug_assertions) {
            let written: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE id BETWEEN ?1 AND ?2").bind(first).bind(last).fetch_one(&mut *tx).await?;
            assert_eq!(written, range.len() as i64, "the replies of one statement got consecutive ids");
        }
        ids.extend(first..=last);
    }
    Ok(ids)
}

/// The head and the row of a statement that writes rendered replies.
const REPLIES_HEAD: &str = "INSERT INTO outbox (channel, user_id, message, args, rendered, created_at) VALUES ";
const REPLY_ROW: &str = "(?, ?, '', '{}', ?, ?)";

/// Writes rendered replies: (channel, user, reply, time) a row. A statement's rows get
/// increasing ids in the order written.
static INSERT_REPLIES: ManyRows = ManyRows::new(REPLIES_HEAD, REPLY_ROW, "");

/// [`INSERT_REPLIES`], then `COMMIT`.
static INSERT_REPLIES_THEN_COMMIT: ManyRows = ManyRows::new(REPLIES_HEAD, REPLY_ROW, "; COMMIT");
