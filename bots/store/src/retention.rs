//! Retention: what goes once it is no longer needed. Transcripts of closed handovers,
//! delivered messages, and handovers nobody wrote in for long. Each runs from the
//! scheduler, keeps its state in the rows (a restart changes nothing) and is safe from
//! several gateways at once.

use std::time::Duration;

use wegweiser_core::NotificationArg;

use crate::world::{notify, Batch, Notice};
use crate::{now, Result, Store};

/// Tells the user their request was closed because nobody wrote in it for long.
pub const HANDOVER_CLOSED_IDLE: &str = "handover-closed-idle";
/// Tells the helper who held it the same.
pub const HANDOVER_CLOSED_IDLE_HELPER: &str = "handover-closed-idle-helper";
/// Tells a user silent for long that everything about them will be deleted unless they write.
pub const CONVERSATION_IDLE_NOTICE: &str = "conversation-idle-notice";

impl Store {
    /// Deletes what was written in handovers closed more than `keep` ago: their messages,
    /// the question, the relayed messages in the outbox, and who the user was; topic,
    /// language, dates and feedback stay for the yearly figures. Runs from the scheduler;
    /// its state is in the rows, so a restart changes nothing. Returns how many.
    pub async fn purge_transcripts(&self, keep: Duration) -> Result<usize> {
        let now = now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM handover_requests WHERE status = 'closed' AND purged_at IS NULL AND closed_at <= ?1")
            .bind(now - keep.as_secs() as i64)
            .fetch_all(&mut *tx)
            .await?;
        let ids_json = crate::json(&ids);
        sqlx::query("DELETE FROM handover_messages WHERE handover IN (SELECT value FROM json_each(?1))").bind(&ids_json).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM media_files WHERE handover IN (SELECT value FROM json_each(?1))").bind(&ids_json).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM outbox WHERE handover IN (SELECT value FROM json_each(?1))").bind(&ids_json).execute(&mut *tx).await?;
        crate::chat::close_handover_rooms(&mut tx, &ids, now).await?;
        sqlx::query("UPDATE handover_requests SET note = NULL, user_id = '', purged_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))")
            .bind(&ids_json)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        if !ids.is_empty() {
            crate::on_disk::checkpoint(&mut *self.pool.acquire().await?).await?;
            tracing::info!(handovers = ids.len(), "deleted handover transcripts past their retention");
        }
        Ok(ids.len())
    }

    /// Deletes the messages delivered (or given up) longer than `age` ago: a peer's contact,
    /// a `/mydata` summary and news stay only as long as `[privacy] keep_delivered_days`
    /// says. Those still waiting are kept, however old. Returns how many went.
    pub async fn prune_delivered(&self, age: std::time::Duration) -> Result<u64> {
        let cutoff = now() - age.as_secs() as i64;
        let done = sqlx::query("DELETE FROM outbox WHERE sent_at < ?1 OR failed_at < ?1").bind(cutoff).execute(&self.pool).await?;
        if done.rows_affected() > 0 {
            crate::on_disk::checkpoint(&mut *self.pool.acquire().await?).await?;
            tracing::info!(messages = done.rows_affected(), "deleted delivered messages past their retention");
        }
        Ok(done.rows_affected())
    }

    /// Closes every handover in which nothing happened for `idle` (no message, no claim
    /// since it was made): the user is told and is with the bot again at their next message,
    /// the helper who held it is told in its room, and it is purged like any closed one.
    /// Returns how many.
    pub async fn close_idle_handovers(&self, idle: Duration) -> Result<usize> {
        let now = now();
        let days = (idle.as_secs() / 86_400) as i64;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let idle: Vec<(i64, String, String, String, Option<String>, Option<String>)> = sqlx::query_as(
            "UPDATE handover_requests SET status = 'closed', closed_at = ?1 \
             WHERE status IN ('open', 'claimed') \
               AND max(created_at, COALESCE(claimed_at, 0), \
                       COALESCE((SELECT max(at) FROM handover_messages m WHERE m.handover = handover_requests.id), 0)) <= ?2 \
             RETURNING id, channel, user_id, pseudonym, claimed_channel, claimed_user",
        )
        .bind(now)
        .bind(now - idle.as_secs() as i64)
        .fetch_all(&mut *tx)
        .await?;
        for (id, channel, user, pseudonym, helper_channel, helper_user) in &idle {
            let to_user = Notice { handover: Some(*id), ..Notice::new((channel, user), HANDOVER_CLOSED_IDLE, [("days", NotificationArg::Number { number: days })].into()) };
            notify(&mut tx, to_user, now).await?;
            if let (Some(helper_channel), Some(helper_user)) = (helper_channel, helper_user) {
                let args = [("request", NotificationArg::Number { number: *id }), ("pseudonym", NotificationArg::plain(pseudonym)), ("days", NotificationArg::Number { number: days })];
                let to_helper = Notice { handover: Some(*id), in_room: true, ..Notice::new((helper_channel, helper_user), HANDOVER_CLOSED_IDLE_HELPER, args.into()) };
                notify(&mut tx, to_helper, now).await?;
            }
        }
        tx.commit().await?;
        if !idle.is_empty() {
            tracing::info!(handovers = idle.len(), "closed handovers nobody wrote in for long");
        }
        Ok(idle.len())
    }

    /// Users silent for `idle` (who are not on the team) are told once, in their language,
    /// that everything about them will be deleted `notice` later unless they write; those
    /// told `notice` ago who still did not write are deleted as if they had sent `/delete`
    /// (their seats go to the next person waiting, a helper or peer is told). `months` is
    /// `idle` as users are told it. Returns (told, deleted).
    pub async fn look_after_idle_conversations(&self, idle: Duration, months: u32, notice: Duration) -> Result<(usize, usize)> {
        let now = now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let told: Vec<(String, String)> = sqlx::query_as(
            "UPDATE conversations SET idle_notice_at = ?1 \
             WHERE idle_notice_at IS NULL AND updated_at <= ?2 \
               AND NOT EXISTS (SELECT 1 FROM team_accounts t WHERE t.channel = conversations.channel AND t.user_id = conversations.user_id) \
             RETURNING channel, user_id",
        )
        .bind(now)
        .bind(now - idle.as_secs() as i64)
        .fetch_all(&mut *tx)
        .await?;
        let args = || [("months", NotificationArg::Number { number: i64::from(months) }), ("days", NotificationArg::Number { number: (notice.as_secs() / 86_400) as i64 })].into();
        for (channel, user) in &told {
            notify(&mut tx, Notice::new((channel, user), CONVERSATION_IDLE_NOTICE, args()), now).await?;
        }
        let due: Vec<(String, String)> = sqlx::query_as("SELECT channel, user_id FROM conversations WHERE idle_notice_at <= ?1")
            .bind(now - notice.as_secs() as i64)
            .fetch_all(&mut *tx)
            .await?;
        if !due.is_empty() {
            let mut world = crate::committer::read_world(&mut tx).await?;
            let users: Vec<(&str, &str)> = due.iter().map(|(c, u)| (c.as_str(), u.as_str())).collect();
            let mut personal = crate::world::load_personal(&mut tx, &users).await?;
            let mut batch = Batch { world: &mut world, personal: &mut personal, now };
            for key in &due {
                batch.delete_my_data(&mut tx, key).await?;
            }
        }
        tx.commit().await?;
        if !due.is_empty() {
            crate::on_disk::checkpoint(&mut *self.pool.acquire().await?).await?;
        }
        if !told.is_empty() || !due.is_empty() {
            tracing::info!(told = told.len(), deleted = due.len(), "looked after conversations silent for long");
        }
        Ok((told.len(), due.len()))
    }
}
