//! Broadcasts in the database: drafting picks the recipients once and writes one row each;
//! each channel's delivery takes rows, marks one `sending` just before its message goes
//! out and records the outcome right after. So a crash leaves at most the messages that
//! were in flight undecided (`interrupted`, never sent twice), and the rest is sent after
//! the restart.

use std::collections::BTreeMap;

use sqlx::SqliteConnection;
use wegweiser_core::broadcast::{Candidate, DeliveryStatus, Report, Segment, Source, BROADCAST_CHANNELS};
use wegweiser_core::catalog::Account;
use wegweiser_core::{NotificationArg, Subscription};

use crate::world::{notify, Batch, Notice, UserKey};
use crate::{json, now, Error, Result, Store};

/// A broadcast as staff composed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub source: Source,
    pub segment: Segment,
    /// `command line` or the team member's name.
    pub created_by: String,
    /// Where progress and the report go (a staff member's chat, the staff room).
    pub reply_to: Option<Account>,
}

/// Where a broadcast stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BroadcastStatus {
    /// Recipients picked; waits for confirmation.
    Draft,
    Sending,
    Cancelled,
    Done,
}

impl BroadcastStatus {
    fn parse(name: &str) -> Self {
        match name {
            "draft" => Self::Draft,
            "sending" => Self::Sending,
            "cancelled" => Self::Cancelled,
            _ => Self::Done,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sending => "sending",
            Self::Cancelled => "cancelled",
            Self::Done => "done",
        }
    }
}

/// A stored broadcast with its delivery counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast {
    pub id: i64,
    pub created_at: i64,
    pub created_by: String,
    pub source: Source,
    pub segment: Segment,
    pub status: BroadcastStatus,
    pub report: Report,
}

/// One recipient's message waiting in a channel's part of the broadcast outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingDelivery {
    pub broadcast: i64,
    pub user: String,
    pub locale: String,
}

/// Messages that report on a broadcast to whoever started it.
pub const BROADCAST_PROGRESS: &str = "broadcast-progress";
pub const BROADCAST_DONE: &str = "broadcast-done";

/// Recipients of a broadcast with one language, channel and status: how many.
type ReportRow = (String, String, String, i64);

/// A broadcast being sent: id, the chat to report to, when it last reported.
type SendingRow = (i64, Option<String>, Option<String>, Option<i64>);

/// How long a draft nobody sent is kept.
pub const DRAFTS_KEPT_SECONDS: i64 = 86_400;

/// How long the recipients of a finished or cancelled broadcast are kept; then only its
/// counts are.
pub const RECIPIENTS_KEPT_SECONDS: i64 = 86_400;

/// How often a sending broadcast reports its progress to the chat it was started from.
pub const PROGRESS_EVERY_SECONDS: i64 = 60;

fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(text).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn encode<T: serde::Serialize>(value: &T) -> Result<String, sqlx::Error> {
    serde_json::to_string(value).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

/// Everyone who subscribed to something on one of `channels` and can be reached.
async fn candidates(tx: &mut SqliteConnection, channels: &[&str]) -> Result<Vec<Candidate>, sqlx::Error> {
    let rows: Vec<(String, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT c.channel, c.user_id, c.state ->> '$.locale', c.state -> '$.subscription', c.updated_at FROM conversations c \
         WHERE c.channel IN (SELECT value FROM json_each(?1)) AND c.state -> '$.subscription.topics' IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM unreachable_users u WHERE u.channel = c.channel AND u.user_id = c.user_id) \
         ORDER BY c.channel, c.user_id",
    )
    .bind(json(&channels))
    .fetch_all(&mut *tx)
    .await?;
    rows.into_iter()
        .map(|(channel, user, locale, subscription, last_active)| {
            Ok(Candidate { channel, user, locale, subscription: decode::<Subscription>(&subscription)?, last_active })
        })
        .collect()
}

/// Writes a draft and its recipients: subscribers on `channels` the segment takes in, each
/// with their language (`base` when the bot does not know it).
pub(crate) async fn write_draft(tx: &mut SqliteConnection, draft: &Draft, channels: &[&str], base: &str, now: i64) -> Result<(i64, Report), sqlx::Error> {
    let (reply_channel, reply_user) = draft.reply_to.as_ref().map(|a| (a.channel.as_str(), a.user.as_str())).unzip();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO broadcasts (created_at, created_by, reply_channel, reply_user, source, segment, status) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft') RETURNING id",
    )
    .bind(now)
    .bind(&draft.created_by)
    .bind(reply_channel)
    .bind(reply_user)
    .bind(encode(&draft.source)?)
    .bind(encode(&draft.segment)?)
    .fetch_one(&mut *tx)
    .await?;
    let mut report = Report::default();
    let mut rows = Vec::new();
    for candidate in candidates(tx, channels).await? {
        if draft.segment.includes(&candidate, now) {
            let locale = candidate.locale.unwrap_or_else(|| base.to_string());
            report.add(&locale, &candidate.channel, DeliveryStatus::Pending, 1);
            rows.push((candidate.channel, candidate.user, locale));
        }
    }
    sqlx::query(
        "INSERT INTO broadcast_deliveries (broadcast, channel, user_id, locale, updated_at) \
         SELECT ?1, value ->> 0, value ->> 1, value ->> 2, ?2 FROM json_each(?3)",
    )
    .bind(id)
    .bind(now)
    .bind(json(&rows))
    .execute(&mut *tx)
    .await?;
    Ok((id, report))
}

async fn count_recipients_by_status(tx: &mut SqliteConnection, id: i64) -> Result<Vec<ReportRow>, sqlx::Error> {
    sqlx::query_as("SELECT locale, channel, status, COUNT(*) FROM broadcast_deliveries WHERE broadcast = ?1 GROUP BY 1, 2, 3").bind(id).fetch_all(&mut *tx).await
}

async fn read_report(tx: &mut SqliteConnection, id: i64) -> Result<Report, sqlx::Error> {
    let kept: Option<String> = sqlx::query_scalar("SELECT report FROM broadcasts WHERE id = ?1").bind(id).fetch_optional(&mut *tx).await?.flatten();
    let rows: Vec<ReportRow> = match kept {
        Some(kept) => decode(&kept)?,
        None => count_recipients_by_status(tx, id).await?,
    };
    let mut report = Report::default();
    for (locale, channel, status, count) in rows {
        let status = DeliveryStatus::parse(&status).ok_or_else(|| sqlx::Error::Protocol(format!("unknown delivery status '{status}'")))?;
        report.add(&locale, &channel, status, count as u64);
    }
    Ok(report)
}

/// Keeps the counts of broadcasts that finished or were cancelled before `finished_before`
/// and deletes their recipients' rows.
async fn forget_recipients(tx: &mut SqliteConnection, finished_before: i64) -> Result<(), sqlx::Error> {
    let old: Vec<i64> = sqlx::query_scalar("SELECT id FROM broadcasts WHERE status IN ('done', 'cancelled') AND finished_at < ?1 AND report IS NULL")
        .bind(finished_before)
        .fetch_all(&mut *tx)
        .await?;
    for id in old {
        let rows = count_recipients_by_status(tx, id).await?;
        sqlx::query("UPDATE broadcasts SET report = ?2 WHERE id = ?1").bind(id).bind(json(&rows)).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM broadcast_deliveries WHERE broadcast = ?1").bind(id).execute(&mut *tx).await?;
    }
    Ok(())
}

/// Confirms a draft: its recipients are sent to from now on, and its progress goes to
/// `reply_to` (the chat or room it was sent from), or where its draft's answers went.
/// Confirming a broadcast that is already sending changes nothing.
pub(crate) async fn write_confirm(tx: &mut SqliteConnection, id: i64, reply_to: Option<&Account>, now: i64) -> Result<BroadcastStatus, sqlx::Error> {
    let (reply_channel, reply_user) = reply_to.map(|a| (a.channel.as_str(), a.user.as_str())).unzip();
    let status: Option<String> = sqlx::query_scalar(
        "UPDATE broadcasts SET status = 'sending', confirmed_at = ?2, reported_at = ?2, \
         reply_channel = coalesce(?3, reply_channel), reply_user = coalesce(?4, reply_user) \
         WHERE id = ?1 AND status = 'draft' RETURNING status",
    )
    .bind(id)
    .bind(now)
    .bind(reply_channel)
    .bind(reply_user)
    .fetch_optional(&mut *tx)
    .await?;
    match status {
        Some(s) => Ok(BroadcastStatus::parse(&s)),
        None => Ok(sqlx::query_scalar::<_, String>("SELECT status FROM broadcasts WHERE id = ?1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .map_or(BroadcastStatus::Cancelled, |s| BroadcastStatus::parse(&s))),
    }
}

/// Cancels what was not sent yet; returns how many messages were held back.
pub(crate) async fn write_cancel(tx: &mut SqliteConnection, id: i64, now: i64) -> Result<u64, sqlx::Error> {
    let held = sqlx::query("UPDATE broadcast_deliveries SET status = 'cancelled', updated_at = ?2 WHERE broadcast = ?1 AND status = 'pending'")
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query("UPDATE broadcasts SET status = 'cancelled', finished_at = ?2 WHERE id = ?1 AND status IN ('draft', 'sending')")
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    Ok(held)
}

async fn exists(tx: &mut SqliteConnection, id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query_scalar::<_, i64>("SELECT 1 FROM broadcasts WHERE id = ?1").bind(id).fetch_optional(&mut *tx).await?.is_some())
}

/// Fails with "there is no broadcast N" unless it exists.
async fn must_exist(tx: &mut SqliteConnection, id: i64) -> Result<()> {
    if exists(tx, id).await? {
        Ok(())
    } else {
        Err(not_found(id))
    }
}

fn not_found(id: i64) -> Error {
    Error::NotFound { kind: "broadcast", id: id.to_string() }
}

impl Store {
    /// Who a segment takes in today, per language and channel, without drafting anything.
    pub async fn count_recipients(&self, segment: &Segment, channels: &[&str], base_locale: &str) -> Result<Report> {
        let mut conn = self.pool.acquire().await?;
        let now = now();
        let mut report = Report::default();
        for candidate in candidates(&mut conn, channels).await?.into_iter().filter(|c| segment.includes(c, now)) {
            report.add(candidate.locale.as_deref().unwrap_or(base_locale), &candidate.channel, DeliveryStatus::Pending, 1);
        }
        Ok(report)
    }

    /// Drafts a broadcast: the recipients are picked now and kept, so the count shown
    /// before confirming is the count sent to. Returns its number and the recipients per
    /// language and channel.
    pub async fn draft_broadcast(&self, draft: &Draft, channels: &[&str], base_locale: &str) -> Result<(i64, Report)> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let drafted = write_draft(&mut tx, draft, channels, base_locale, now()).await?;
        tx.commit().await?;
        Ok(drafted)
    }

    /// Starts sending a draft.
    pub async fn confirm_broadcast(&self, id: i64) -> Result<BroadcastStatus> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        must_exist(&mut tx, id).await?;
        let status = write_confirm(&mut tx, id, None, now()).await?;
        tx.commit().await?;
        Ok(status)
    }

    /// Cancels the messages of a broadcast not sent yet; returns how many.
    pub async fn cancel_broadcast(&self, id: i64) -> Result<u64> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        must_exist(&mut tx, id).await?;
        let held = write_cancel(&mut tx, id, now()).await?;
        tx.commit().await?;
        Ok(held)
    }

    /// One broadcast with its counts.
    pub async fn broadcast(&self, id: i64) -> Result<Broadcast> {
        let mut conn = self.pool.acquire().await?;
        let row: Option<(i64, i64, String, String, String, String)> =
            sqlx::query_as("SELECT id, created_at, created_by, source, segment, status FROM broadcasts WHERE id = ?1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        let (id, created_at, created_by, source, segment, status) = row.ok_or_else(|| not_found(id))?;
        Ok(Broadcast {
            id,
            created_at,
            created_by,
            source: decode(&source)?,
            segment: decode(&segment)?,
            status: BroadcastStatus::parse(&status),
            report: read_report(&mut conn, id).await?,
        })
    }

    /// What a broadcast says.
    pub async fn broadcast_source(&self, id: i64) -> Result<Source> {
        let source: Option<String> = sqlx::query_scalar("SELECT source FROM broadcasts WHERE id = ?1").bind(id).fetch_optional(&self.pool).await?;
        Ok(decode(&source.ok_or_else(|| not_found(id))?)?)
    }

    /// Every broadcast's number, newest first.
    pub async fn broadcast_ids(&self) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT id FROM broadcasts ORDER BY id DESC").fetch_all(&self.pool).await?)
    }

    /// Recipients on `channel` of confirmed broadcasts whose message waits, oldest
    /// broadcast first, at most `limit`.
    pub async fn waiting_deliveries(&self, channel: &str, limit: usize) -> Result<Vec<WaitingDelivery>> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT d.broadcast, d.user_id, d.locale FROM broadcast_deliveries d JOIN broadcasts b ON b.id = d.broadcast \
             WHERE d.channel = ?1 AND d.status = 'pending' AND b.status = 'sending' \
             AND NOT EXISTS (SELECT 1 FROM unreachable_users u WHERE u.channel = d.channel AND u.user_id = d.user_id) \
             ORDER BY d.broadcast, d.user_id LIMIT ?2",
        )
        .bind(channel)
        .bind(limit as i64)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(broadcast, user, locale)| WaitingDelivery { broadcast, user, locale }).collect())
    }

    /// Marks one recipient's message as going out now. False when it is no longer waiting
    /// (cancelled, or taken already): then it must not be sent.
    pub async fn claim_delivery(&self, broadcast: i64, channel: &str, user: &str) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE broadcast_deliveries SET status = 'sending', updated_at = ?4 \
             WHERE broadcast = ?1 AND channel = ?2 AND user_id = ?3 AND status = 'pending' \
             AND (SELECT status FROM broadcasts WHERE id = ?1) = 'sending'",
        )
        .bind(broadcast)
        .bind(channel)
        .bind(user)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records how sending one recipient's message went.
    pub async fn record_delivery(&self, broadcast: i64, channel: &str, user: &str, status: DeliveryStatus, error: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE broadcast_deliveries SET status = ?4, error = ?5, updated_at = ?6 WHERE broadcast = ?1 AND channel = ?2 AND user_id = ?3")
            .bind(broadcast)
            .bind(channel)
            .bind(user)
            .bind(status.name())
            .bind(error)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// After a restart: messages that were going out when the gateway stopped may have
    /// arrived; they are marked `interrupted` and not sent again. Returns how many.
    pub async fn interrupt_deliveries(&self) -> Result<u64> {
        let done = sqlx::query("UPDATE broadcast_deliveries SET status = 'interrupted', updated_at = ?1 WHERE status = 'sending'")
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Finishes broadcasts with nothing left to send and tells whoever started them, with
    /// the report; a broadcast still sending reports its progress every
    /// [`PROGRESS_EVERY_SECONDS`]. Drafts nobody sent within [`DRAFTS_KEPT_SECONDS`] are
    /// deleted with their list of recipients; a broadcast finished or cancelled
    /// [`RECIPIENTS_KEPT_SECONDS`] ago keeps its counts and loses its recipients. Runs from
    /// the scheduler. Returns the broadcasts finished.
    pub async fn report_broadcasts(&self) -> Result<Vec<i64>> {
        let now = now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("DELETE FROM broadcast_deliveries WHERE broadcast IN (SELECT id FROM broadcasts WHERE status = 'draft' AND created_at < ?1)")
            .bind(now - DRAFTS_KEPT_SECONDS)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM broadcasts WHERE status = 'draft' AND created_at < ?1").bind(now - DRAFTS_KEPT_SECONDS).execute(&mut *tx).await?;
        forget_recipients(&mut tx, now - RECIPIENTS_KEPT_SECONDS).await?;
        let sending: Vec<SendingRow> =
            sqlx::query_as("SELECT id, reply_channel, reply_user, reported_at FROM broadcasts WHERE status = 'sending' ORDER BY id")
                .fetch_all(&mut *tx)
                .await?;
        let mut finished = Vec::new();
        for (id, reply_channel, reply_user, reported_at) in sending {
            let report = read_report(&mut tx, id).await?;
            let done = report.finished();
            if done {
                sqlx::query("UPDATE broadcasts SET status = 'done', finished_at = ?2, reported_at = ?2 WHERE id = ?1").bind(id).bind(now).execute(&mut *tx).await?;
                finished.push(id);
            } else if reported_at.is_some_and(|at| now - at < PROGRESS_EVERY_SECONDS) {
                continue;
            } else {
                sqlx::query("UPDATE broadcasts SET reported_at = ?2 WHERE id = ?1").bind(id).bind(now).execute(&mut *tx).await?;
            }
            let (Some(channel), Some(user)) = (reply_channel, reply_user) else { continue };
            let notice = progress_notice((&channel, &user), id, &report, done);
            notify(&mut tx, notice, now).await?;
        }
        tx.commit().await?;
        Ok(finished)
    }
}

/// The progress or final report for the chat a broadcast was started from.
fn progress_notice<'a>(to: (&'a str, &'a str), id: i64, report: &Report, done: bool) -> Notice<'a> {
    let count = |status| NotificationArg::Number { number: report.total(status) as i64 };
    let mut args = BTreeMap::from([
        ("broadcast", NotificationArg::Number { number: id }),
        ("sent", count(DeliveryStatus::Sent)),
        ("failed", count(DeliveryStatus::Failed)),
        ("blocked", count(DeliveryStatus::Blocked)),
        ("total", NotificationArg::Number { number: report.recipients() as i64 }),
    ]);
    if done {
        args.insert("table", NotificationArg::plain(report.table()));
    }
    Notice::new(to, if done { BROADCAST_DONE } else { BROADCAST_PROGRESS }, args)
}

impl Batch<'_> {
    /// The team member's name at `key`, for the broadcast's record.
    pub(crate) fn member_name(&self, key: &UserKey) -> String {
        let account = Account { channel: key.0.clone(), user: key.1.clone() };
        self.world.member(&account).map_or_else(|| account.to_string(), |m| m.name.clone())
    }

    /// A broadcast drafted from chat (the engine showed the preview): the recipients are
    /// picked in the batch, and their count per language and channel goes with buttons to
    /// send or cancel to `to`, the chat or room the draft came from.
    pub(crate) async fn draft_broadcast(&mut self, tx: &mut SqliteConnection, to: &Account, draft: &Draft, base: &str) -> Result<(), sqlx::Error> {
        let to = (to.channel.as_str(), to.user.as_str());
        let (id, report) = write_draft(tx, draft, BROADCAST_CHANNELS, base, self.now).await?;
        if report.recipients() == 0 {
            write_cancel(tx, id, self.now).await?;
            return notify(tx, Notice::new(to, "broadcast-nobody", BTreeMap::new()), self.now).await;
        }
        let mut notice = Notice::new(
            to,
            "broadcast-drafted",
            BTreeMap::from([
                ("broadcast", NotificationArg::Number { number: id }),
                ("total", NotificationArg::Number { number: report.recipients() as i64 }),
                ("table", NotificationArg::plain(report.table())),
            ]),
        );
        notice.buttons = vec![("broadcast-send-button", format!("/broadcast send {id}")), ("broadcast-cancel-button", format!("/broadcast cancel {id}"))];
        notify(tx, notice, self.now).await
    }

    /// A staff member sends a draft; they are told, or why not, at `to`, where its progress
    /// and report go too.
    pub(crate) async fn confirm_broadcast(&mut self, tx: &mut SqliteConnection, to: &Account, id: i64) -> Result<(), sqlx::Error> {
        let message = if !exists(tx, id).await? {
            "broadcast-unknown"
        } else if write_confirm(tx, id, Some(to), self.now).await? == BroadcastStatus::Sending {
            "broadcast-confirmed"
        } else {
            "broadcast-not-draft"
        };
        let args = BTreeMap::from([("broadcast", NotificationArg::Number { number: id })]);
        notify(tx, Notice::new((&to.channel, &to.user), message, args), self.now).await
    }

    /// A staff member stops a broadcast; they are told how many messages were held back.
    pub(crate) async fn cancel_broadcast(&mut self, tx: &mut SqliteConnection, to: &Account, id: i64) -> Result<(), sqlx::Error> {
        let mut args = BTreeMap::from([("broadcast", NotificationArg::Number { number: id })]);
        let message = if exists(tx, id).await? {
            let held = write_cancel(tx, id, self.now).await?;
            args.insert("held", NotificationArg::Number { number: held as i64 });
            "broadcast-cancelled"
        } else {
            "broadcast-unknown"
        };
        notify(tx, Notice::new((&to.channel, &to.user), message, args), self.now).await
    }

    /// How a broadcast stands, for the staff member who asks.
    pub(crate) async fn report_broadcast(&mut self, tx: &mut SqliteConnection, to: &Account, id: i64) -> Result<(), sqlx::Error> {
        let mut args = BTreeMap::from([("broadcast", NotificationArg::Number { number: id })]);
        let message = if exists(tx, id).await? {
            args.insert("table", NotificationArg::plain(read_report(tx, id).await?.table()));
            "broadcast-report"
        } else {
            "broadcast-unknown"
        };
        notify(tx, Notice::new((&to.channel, &to.user), message, args), self.now).await
    }
}
