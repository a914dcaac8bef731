//! What a user can ask about their own data: a summary of everything stored about them
//! (`/mydata`), and deleting all of it (`/delete`). Deleting goes through the same steps as
//! the user's own cancellations, so a freed seat still goes to the next person waiting and
//! a peer or helper is told, and then removes every row that names the user.

use sqlx::SqliteConnection;
use wegweiser_core::catalog::{Course, DialogueSession};
use wegweiser_core::{pick_localized, NotificationArg};

use crate::world::{notify, Batch, Notice, UserKey};

/// The summary of what is stored about a user.
pub const MY_DATA: &str = "my-data";

/// Catalog titles in the base language, for the summary (the user reads them in the bot).
const TITLE_LOCALES: &[&str] = &["de"];

impl Batch<'_> {
    /// Sends the user a summary of everything stored about them.
    pub(crate) async fn export_my_data(&mut self, tx: &mut SqliteConnection, key: &UserKey, news: &[String]) -> Result<(), sqlx::Error> {
        let language: Option<String> = sqlx::query_scalar("SELECT state ->> '$.locale' FROM conversations WHERE channel = ?1 AND user_id = ?2")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
        let courses: Vec<String> = sqlx::query_scalar(
            "SELECT c.entry FROM course_signups s JOIN courses c ON c.id = s.course_id \
             WHERE s.channel = ?1 AND s.user_id = ?2 AND s.status != 'cancelled' ORDER BY s.id",
        )
        .bind(&key.0)
        .bind(&key.1)
        .fetch_all(&mut *tx)
        .await?;
        let courses: Vec<String> = courses
            .iter()
            .filter_map(|entry| serde_json::from_str::<Course>(entry).ok())
            .map(|c| pick_localized(&c.title, TITLE_LOCALES).to_string())
            .collect();
        let sessions: Vec<String> = sqlx::query_scalar(
            "SELECT d.entry FROM session_bookings b JOIN dialogue_sessions d ON d.id = b.session_id \
             WHERE b.channel = ?1 AND b.user_id = ?2 AND b.status = 'booked' ORDER BY b.id",
        )
        .bind(&key.0)
        .bind(&key.1)
        .fetch_all(&mut *tx)
        .await?;
        let sessions: Vec<String> = sessions
            .iter()
            .filter_map(|entry| serde_json::from_str::<DialogueSession>(entry).ok())
            .map(|s| format!("{} {}", s.starts.date(), pick_localized(&s.topic, TITLE_LOCALES)))
            .collect();
        let (requests, handovers, messages, notices, chat): (i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM peer_requests WHERE channel = ?1 AND user_id = ?2), \
                    (SELECT COUNT(*) FROM handover_requests WHERE channel = ?1 AND user_id = ?2), \
                    (SELECT COUNT(*) FROM handover_messages m JOIN handover_requests h ON h.id = m.handover \
                      WHERE h.channel = ?1 AND h.user_id = ?2 AND m.sender = 'user'), \
                    (SELECT COUNT(*) FROM outbox WHERE channel = ?1 AND user_id = ?2), \
                    (SELECT COUNT(*) FROM chat_messages WHERE channel = ?1 AND user_id = ?2)",
        )
        .bind(&key.0)
        .bind(&key.1)
        .fetch_one(&mut *tx)
        .await?;
        let list = |items: Vec<String>| NotificationArg::plain(if items.is_empty() { "–".to_string() } else { items.join(", ") });
        let args = [
            ("language", match language {
                Some(language) => NotificationArg::Language { language },
                None => NotificationArg::plain("–"),
            }),
            ("news", list(news.to_vec())),
            ("courses", list(courses)),
            ("sessions", list(sessions)),
            ("requests", NotificationArg::Number { number: requests }),
            ("handovers", NotificationArg::Number { number: handovers }),
            ("messages", NotificationArg::Number { number: messages }),
            ("notices", NotificationArg::Number { number: notices }),
            ("chat", NotificationArg::Number { number: chat }),
        ];
        notify(tx, Notice::new((&key.0, &key.1), MY_DATA, args.into()), self.now).await
    }

    /// Deletes everything stored about the user. Their seats, places and requests are given
    /// up first as if they had cancelled them (the next person waiting moves up; a peer or
    /// helper is told), then every row that names them goes: sign-ups, bookings, requests,
    /// handovers with their messages and relayed copies, the outbox, the conversation.
    pub(crate) async fn delete_my_data(&mut self, tx: &mut SqliteConnection, key: &UserKey) -> Result<(), sqlx::Error> {
        // The chat goes first, while its messages are still known.
        self.clear_chat(tx, key, false).await?;
        let signups: Vec<String> = sqlx::query_scalar("SELECT course_id FROM course_signups WHERE channel = ?1 AND user_id = ?2 AND status != 'cancelled'")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_all(&mut *tx)
            .await?;
        for course in signups {
            self.cancel_sign_up(tx, key, &course).await?;
        }
        let bookings: Vec<String> = sqlx::query_scalar("SELECT session_id FROM session_bookings WHERE channel = ?1 AND user_id = ?2 AND status = 'booked'")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_all(&mut *tx)
            .await?;
        for session in bookings {
            self.cancel_booking(tx, key, &session).await?;
        }
        let requests: Vec<i64> = sqlx::query_scalar("SELECT id FROM peer_requests WHERE channel = ?1 AND user_id = ?2 AND status IN ('pending', 'accepted')")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_all(&mut *tx)
            .await?;
        for request in requests {
            self.withdraw(tx, key, request).await?;
        }
        self.user_left(tx, key).await?;
        let handovers: Vec<i64> = sqlx::query_scalar("SELECT id FROM handover_requests WHERE channel = ?1 AND user_id = ?2")
            .bind(&key.0)
            .bind(&key.1)
            .fetch_all(&mut *tx)
            .await?;
        let handovers_json = crate::json(&handovers);
        // Relayed copies of the user's messages wait for (or reached) the helper's outbox.
        // The note that the user left is kept: it names no one.
        sqlx::query(
            "DELETE FROM outbox WHERE handover IN (SELECT value FROM json_each(?1)) \
             AND message NOT IN ('handover-user-left')",
        )
        .bind(&handovers_json)
        .execute(&mut *tx)
        .await?;
        crate::chat::close_handover_rooms(tx, &handovers, self.now).await?;
        for sql in [
            "DELETE FROM handover_messages WHERE handover IN (SELECT value FROM json_each(?1))",
            "DELETE FROM media_files WHERE handover IN (SELECT value FROM json_each(?1))",
            "DELETE FROM handover_offers WHERE handover IN (SELECT value FROM json_each(?1))",
        ] {
            sqlx::query(sql).bind(&handovers_json).execute(&mut *tx).await?;
        }
        // The requests stay without anyone in them, as a purge leaves them: their numbers
        // are never given to a new request, whose helper would find the old room under it.
        sqlx::query(
            "UPDATE handover_requests SET user_id = '', note = NULL, pseudonym = '', status = 'closed', \
             closed_at = coalesce(closed_at, ?3), purged_at = ?3 WHERE channel = ?1 AND user_id = ?2",
        )
        .bind(&key.0)
        .bind(&key.1)
        .bind(self.now)
        .execute(&mut *tx)
        .await?;
        for sql in [
            "DELETE FROM course_signups WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM session_bookings WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM peer_requests WHERE channel = ?1 AND user_id = ?2",
            // A row deleting the chat's messages (queued just before) is still to go out.
            "DELETE FROM outbox WHERE channel = ?1 AND user_id = ?2 AND erase IS NULL",
            "DELETE FROM chat_messages WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM chat_messages_older WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM broadcast_deliveries WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM unreachable_users WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM event_failures WHERE channel = ?1 AND user_id = ?2",
            "DELETE FROM conversations WHERE channel = ?1 AND user_id = ?2",
        ] {
            sqlx::query(sql).bind(&key.0).bind(&key.1).execute(&mut *tx).await?;
        }
        self.personal.remove(key);
        self.world.handovers.retain(|h| !(h.user.channel == key.0 && h.user.user == key.1));
        tracing::info!(channel = %key.0, "a user's data was deleted");
        Ok(())
    }
}
