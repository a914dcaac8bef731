//! The messages of a user's private chat with the bot, by their platform ids, for as long
//! as the network lets the bot delete them: `/clear` deletes them there (a shared phone
//! shows nothing of the conversation afterwards), `/delete` too before the data goes.

use sqlx::SqliteConnection;
pub use wegweiser_core::{CLEAR_DONE, CLEAR_NOT_HERE, CLEAR_SOME_LEFT};
use wegweiser_core::{erasable, Erasable, Erase, Inbound, NotificationArg, Sent};

use crate::world::{notify, Batch, Notice, UserKey};
use crate::{json, now, Result, Store};

/// An outbox row that only deletes messages and sends none.
pub const ERASE_ONLY: &str = "";

/// Remembers the users' own messages of a batch, on networks that delete messages by the
/// ids the store keeps.
pub(crate) async fn remember_inbound(tx: &mut SqliteConnection, events: &[&Inbound], now: i64) -> Result<(), sqlx::Error> {
    let rows: Vec<(&str, &str, &str)> = events
        .iter()
        .filter(|e| matches!(erasable(&e.channel), Erasable::Within(_)))
        .filter_map(|e| Some((e.channel.as_str(), e.user.as_str(), e.message.as_deref()?)))
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO chat_messages (channel, user_id, message_id, at) \
         SELECT value ->> 0, value ->> 1, value ->> 2, ?1 FROM json_each(?2) WHERE true ON CONFLICT DO NOTHING",
    )
    .bind(now)
    .bind(json(&rows))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Remembers what sent outbox rows became in their recipients' private chats; runs before
/// the rows are marked. Nothing is remembered for whom the bot keeps no conversation (the
/// answer to `/delete`, say). Binds the time, then [`sent_messages`]. A part of the
/// statement that starts a batch (`committer::load_batch`).
macro_rules! remember_sent {
    () => {
        "INSERT INTO chat_messages (channel, user_id, message_id, at) \
         SELECT o.channel, o.user_id, j.value ->> 1, ? FROM json_each(?) AS j JOIN outbox AS o ON o.id = j.value ->> 0 \
         WHERE o.room_handover IS NULL \
         AND EXISTS (SELECT 1 FROM conversations AS c WHERE c.channel = o.channel AND c.user_id = o.user_id) ON CONFLICT DO NOTHING"
    };
}
pub(crate) use remember_sent;

/// The chat messages sent rows became, for [`remember_sent!`]: [[outbox id, message id], …].
pub(crate) fn sent_messages(sent: &[&Sent]) -> String {
    let rows: Vec<(i64, &str)> = sent.iter().flat_map(|s| s.messages.iter().map(|m| (s.outbox, m.as_str()))).collect();
    json(&rows)
}

impl Batch<'_> {
    /// Queues the deletion of the user's chat messages that the network still lets go, and
    /// forgets them all. With `tell` (`/clear`) the user is told afterwards how it went;
    /// without it (`/delete`, an idle conversation deleted) the bot also leaves the chat
    /// where the network has rooms to leave.
    pub(crate) async fn clear_chat(&mut self, tx: &mut SqliteConnection, key: &UserKey, tell: bool) -> Result<(), sqlx::Error> {
        let to = (key.0.as_str(), key.1.as_str());
        let window = match erasable(&key.0) {
            Erasable::Never if tell => return notify(tx, Notice::new(to, CLEAR_NOT_HERE, Default::default()), self.now).await,
            Erasable::Never => return Ok(()),
            Erasable::History => {
                let message = if tell { CLEAR_DONE } else { ERASE_ONLY };
                let erase = Erase::Chat { leave: !tell, before_ms: jiff::Timestamp::now().as_millisecond() };
                return notify(tx, Notice { erase, ..Notice::new(to, message, Default::default()) }, self.now).await;
            }
            Erasable::Within(window) => window,
        };
        let messages: Vec<(String, i64)> = sqlx::query_as("DELETE FROM chat_messages WHERE channel = ?1 AND user_id = ?2 RETURNING message_id, at")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_all(&mut *tx)
            .await?;
        let pruned: Option<i64> = sqlx::query_scalar("DELETE FROM chat_messages_older WHERE channel = ?1 AND user_id = ?2 RETURNING count")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_optional(&mut *tx)
            .await?;
        let since = self.now - window.as_secs() as i64;
        let (erase, too_old): (Vec<_>, Vec<_>) = messages.into_iter().partition(|(_, at)| *at >= since);
        let erase: Vec<String> = erase.into_iter().map(|(id, _)| id).collect();
        let too_old = too_old.len() + pruned.unwrap_or(0) as usize;
        let (message, args) = match (tell, too_old) {
            (false, _) => (ERASE_ONLY, Default::default()),
            (true, 0) => (CLEAR_DONE, Default::default()),
            (true, count) => (CLEAR_SOME_LEFT, [("count", NotificationArg::Number { number: count as i64 })].into()),
        };
        if erase.is_empty() && !tell {
            return Ok(());
        }
        notify(tx, Notice { erase: Erase::Messages(erase), ..Notice::new(to, message, args) }, self.now).await
    }
}

/// Queues, for each helper on a network that gives handovers their own rooms, the
/// closing of those rooms: their messages redacted, the bot gone from them. For a
/// user's `/delete` and for transcripts past their retention.
pub(crate) async fn close_handover_rooms(tx: &mut SqliteConnection, handovers: &[i64], now: i64) -> Result<(), sqlx::Error> {
    let rooms: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, claimed_channel, claimed_user FROM handover_requests \
         WHERE id IN (SELECT value FROM json_each(?1)) AND claimed_user IS NOT NULL",
    )
    .bind(json(&handovers))
    .fetch_all(&mut *tx)
    .await?;
    for (handover, channel, user) in rooms.iter().filter(|(_, channel, _)| erasable(channel) == Erasable::History) {
        let notice = Notice { handover: Some(*handover), in_room: true, erase: Erase::Chat { leave: true, before_ms: i64::MAX }, ..Notice::new((channel, user), ERASE_ONLY, Default::default()) };
        notify(tx, notice, now).await?;
    }
    Ok(())
}

impl Store {
    /// Forgets chat messages the network no longer lets the bot delete, counting them per
    /// user for `/clear` to tell. Returns how many.
    pub async fn prune_chat_messages(&self) -> Result<u64> {
        let now = now();
        let channels: Vec<String> = sqlx::query_scalar("SELECT DISTINCT channel FROM chat_messages").fetch_all(&self.pool).await?;
        let mut gone = 0;
        for channel in channels {
            let before = match erasable(&channel) {
                Erasable::Within(window) => now - window.as_secs() as i64,
                Erasable::Never | Erasable::History => i64::MAX,
            };
            let mut tx = self.pool.begin().await?;
            sqlx::query(
                "INSERT INTO chat_messages_older (channel, user_id, count) \
                 SELECT channel, user_id, count(*) FROM chat_messages WHERE channel = ?1 AND at < ?2 GROUP BY user_id \
                 ON CONFLICT DO UPDATE SET count = count + excluded.count",
            )
            .bind(&channel)
            .bind(before)
            .execute(&mut *tx)
            .await?;
            gone += sqlx::query("DELETE FROM chat_messages WHERE channel = ?1 AND at < ?2").bind(&channel).bind(before).execute(&mut *tx).await?.rows_affected();
            tx.commit().await?;
        }
        Ok(gone)
    }
}
