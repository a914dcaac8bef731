//! Files users pass on in a handover, within limits: per handover and per user and day,
//! checked inside the committing transaction (the committer is the only writer, so files
//! of one batch or of racing users count exactly). A file over a limit is not kept and its
//! sender is told; its caption still goes to the person. Files from the team count for
//! neither limit: they only answer users. And which conversations keep files at all.

use sqlx::SqliteConnection;
use wegweiser_core::catalog::Account;
use wegweiser_core::{Attachment, MediaKind};

use crate::{Result, Store};

/// Files a user may pass on in one handover, and their bytes together.
pub const FILES_PER_HANDOVER: i64 = 20;
pub const BYTES_PER_HANDOVER: i64 = 50 * 1024 * 1024;
/// Files a user may pass on in a day (the last 24 hours), across their handovers.
pub const FILES_PER_USER_PER_DAY: i64 = 30;
pub const BYTES_PER_USER_PER_DAY: i64 = 100 * 1024 * 1024;

/// Tells a user a file was not passed on because they sent too many.
pub const FILE_QUOTA_REACHED: &str = "file-quota-reached";

const DAY_SECONDS: i64 = 24 * 3600;

/// Whether one more file of `size` bytes from the user of `handover` (`user`) stays within
/// both limits, counting what they passed on before in this transaction's view.
pub(crate) async fn within_quota(tx: &mut SqliteConnection, handover: i64, user: (&str, &str), size: usize, now: i64) -> Result<bool, sqlx::Error> {
    let size = i64::try_from(size).unwrap_or(i64::MAX);
    // length() of a BLOB reads the record header, not the file.
    let (files, bytes): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(length(f.bytes)), 0) FROM media_files f JOIN handover_messages m ON m.media_file = f.id \
         WHERE f.handover = ?1 AND m.sender = 'user'",
    )
    .bind(handover)
    .fetch_one(&mut *tx)
    .await?;
    if files >= FILES_PER_HANDOVER || bytes.saturating_add(size) > BYTES_PER_HANDOVER {
        return Ok(false);
    }
    let (files, bytes): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(length(f.bytes)), 0) FROM media_files f \
         JOIN handover_messages m ON m.media_file = f.id JOIN handover_requests h ON h.id = f.handover \
         WHERE h.channel = ?1 AND h.user_id = ?2 AND m.sender = 'user' AND f.at > ?3",
    )
    .bind(user.0)
    .bind(user.1)
    .bind(now - DAY_SECONDS)
    .fetch_one(&mut *tx)
    .await?;
    Ok(files < FILES_PER_USER_PER_DAY && bytes.saturating_add(size) <= BYTES_PER_USER_PER_DAY)
}

impl Store {
    /// Whether a file `account` sends now would be kept: they have an open handover (the
    /// engine keeps what they write for its person, whatever their stored state says) or
    /// are on the team (a reply to a user, the texts of a broadcast). From the read pool.
    pub async fn keeps_files(&self, account: &Account) -> Result<bool> {
        let keeps: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM handover_requests WHERE channel = ?1 AND user_id = ?2 AND status != 'closed') \
             OR EXISTS (SELECT 1 FROM team_accounts WHERE channel = ?1 AND user_id = ?2)",
        )
        .bind(&account.channel)
        .bind(&account.user)
        .fetch_one(&self.pool)
        .await?;
        Ok(keeps)
    }

    /// A stored file of a handover, for sending it on.
    pub async fn media_file(&self, id: i64) -> Result<Option<Attachment>> {
        let row: Option<(String, String, Option<String>, Vec<u8>)> =
            sqlx::query_as("SELECT kind, mime, name, bytes FROM media_files WHERE id = ?1").bind(id).fetch_optional(&self.pool).await?;
        Ok(row.map(|(kind, mime, name, bytes)| Attachment {
            kind: MediaKind::from_name(&kind).unwrap_or(MediaKind::Other),
            mime,
            name,
            caption: None,
            bytes: bytes.into(),
        }))
    }
}
