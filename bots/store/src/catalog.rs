//! The catalog in the database: imports are one transaction (all or nothing), entries can be
//! added, closed, reopened and removed, and a new database gets the sample catalog once.

use serde::Serialize;
use sqlx::{AssertSqlSafe, Sqlite, Transaction};
use wegweiser_core::catalog::{Catalog, Course, DialogueSession, EntryKind, Peer};

use crate::world::{notify, Notice, SESSION_CALLED_OFF};
use crate::{now, Error, Result, Store};
use wegweiser_core::NotificationArg;

/// Whether an entry is offered to users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}

/// How an import changed the catalog.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
}

/// Every entry with its status, for `catalog list`.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub courses: Vec<(Course, Status)>,
    pub sessions: Vec<(DialogueSession, Status)>,
    pub peers: Vec<(Peer, Status)>,
}

/// The table of a kind of entry; the only text ever spliced into this module's SQL.
fn table(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Course => "courses",
        EntryKind::Session => "dialogue_sessions",
        EntryKind::Peer => "peers",
    }
}

fn encode<T: Serialize>(entry: &T) -> Result<String> {
    Ok(serde_json::to_string(entry)?)
}

fn status_of(text: &str) -> Status {
    if text == "closed" { Status::Closed } else { Status::Open }
}

/// Inserts or, with `replace`, updates the entries; returns how many were new. An entry
/// that exists is an error when not replacing. A status set by staff survives an update.
async fn write(tx: &mut Transaction<'_, Sqlite>, catalog: &Catalog, replace: bool) -> Result<ImportSummary> {
    let now = now();
    let mut summary = ImportSummary::default();
    let mut count = |existed: bool, kind: EntryKind, id: &str| -> Result<()> {
        match (existed, replace) {
            (true, false) => Err(Error::Exists { kind: kind.name(), id: id.to_string() }),
            (true, true) => {
                summary.updated += 1;
                Ok(())
            }
            (false, _) => {
                summary.added += 1;
                Ok(())
            }
        }
    };
    for c in &catalog.courses {
        let existed = exists(tx, EntryKind::Course, &c.id).await?;
        count(existed, EntryKind::Course, &c.id)?;
        sqlx::query(
            "INSERT INTO courses (id, kind, district, capacity, entry, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, district = excluded.district, capacity = excluded.capacity, \
             entry = excluded.entry, updated_at = excluded.updated_at",
        )
        .bind(&c.id)
        .bind(&c.kind)
        .bind(&c.district)
        .bind(c.capacity)
        .bind(encode(c)?)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    for s in &catalog.sessions {
        let existed = exists(tx, EntryKind::Session, &s.id).await?;
        count(existed, EntryKind::Session, &s.id)?;
        sqlx::query(
            "INSERT INTO dialogue_sessions (id, starts, district, capacity, entry, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (id) DO UPDATE SET starts = excluded.starts, district = excluded.district, capacity = excluded.capacity, \
             entry = excluded.entry, updated_at = excluded.updated_at",
        )
        .bind(&s.id)
        .bind(s.starts.to_string())
        .bind(&s.district)
        .bind(s.capacity)
        .bind(encode(s)?)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    for p in &catalog.peers {
        let existed = exists(tx, EntryKind::Peer, &p.id).await?;
        count(existed, EntryKind::Peer, &p.id)?;
        sqlx::query(
            "INSERT INTO peers (id, available, account_channel, account_user, entry, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (id) DO UPDATE SET available = excluded.available, account_channel = excluded.account_channel, \
             account_user = excluded.account_user, entry = excluded.entry, updated_at = excluded.updated_at",
        )
        .bind(&p.id)
        .bind(p.available)
        .bind(&p.account.channel)
        .bind(&p.account.user)
        .bind(encode(p)?)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(summary)
}

async fn exists(tx: &mut Transaction<'_, Sqlite>, kind: EntryKind, id: &str) -> Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(AssertSqlSafe(format!("SELECT 1 FROM {} WHERE id = ?1", table(kind))))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(found.is_some())
}

const SAMPLE_SEEDED: &str = "sample_catalog_seeded";

impl Store {
    /// Writes a validated catalog in one transaction: new entries are added, existing ones
    /// (same kind and id) updated. Nothing is written if anything fails.
    pub async fn import_catalog(&self, catalog: &Catalog) -> Result<ImportSummary> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let summary = write(&mut tx, catalog, true).await?;
        tx.commit().await?;
        Ok(summary)
    }

    /// Adds entries that must not exist yet.
    pub async fn add_catalog_entries(&self, catalog: &Catalog) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        write(&mut tx, catalog, false).await?;
        tx.commit().await?;
        Ok(())
    }

    /// True once the sample catalog has been loaded into this database.
    pub async fn sample_catalog_loaded(&self) -> Result<bool> {
        let found: Option<String> = sqlx::query_scalar("SELECT value FROM store_meta WHERE key = ?1")
            .bind(SAMPLE_SEEDED)
            .fetch_optional(&self.pool)
            .await?;
        Ok(found.is_some())
    }

    /// Loads `sample` into a database that never had it; true when it did now. Staff who
    /// empty their catalog later do not get the sample back.
    pub async fn seed_catalog_once(&self, sample: &Catalog) -> Result<bool> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let claimed = sqlx::query("INSERT INTO store_meta (key, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
            .bind(SAMPLE_SEEDED)
            .bind(now().to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        if claimed {
            write(&mut tx, sample, true).await?;
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// Opens or closes an entry to users.
    pub async fn set_catalog_status(&self, kind: EntryKind, id: &str, status: Status) -> Result<()> {
        let done = sqlx::query(AssertSqlSafe(format!("UPDATE {} SET status = ?1, updated_at = ?2 WHERE id = ?3", table(kind))))
            .bind(status.as_str())
            .bind(now())
            .bind(id)
            .execute(&self.pool)
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound { kind: kind.name(), id: id.to_string() });
        }
        Ok(())
    }

    /// Removes an entry for good. An entry people still rely on (a course with sign-ups, a
    /// session with bookings, a peer with open requests) is refused: close it instead, so
    /// that what users hold keeps its meaning.
    pub async fn remove_catalog_entry(&self, kind: EntryKind, id: &str) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let (in_use, what) = match kind {
            EntryKind::Course => ("SELECT COUNT(*) FROM course_signups WHERE course_id = ?1 AND status != 'cancelled'", "active sign-up(s)"),
            EntryKind::Session => ("SELECT COUNT(*) FROM session_bookings WHERE session_id = ?1 AND status = 'booked'", "booking(s)"),
            EntryKind::Peer => ("SELECT COUNT(*) FROM peer_requests WHERE peer_id = ?1 AND status IN ('pending', 'accepted')", "open request(s)"),
        };
        let active: i64 = sqlx::query_scalar(in_use).bind(id).fetch_one(&mut *tx).await?;
        if active > 0 {
            return Err(Error::InUse { kind: kind.name(), id: id.to_string(), active: active as u32, what });
        }
        let done = sqlx::query(AssertSqlSafe(format!("DELETE FROM {} WHERE id = ?1", table(kind)))).bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound { kind: kind.name(), id: id.to_string() });
        }
        Ok(())
    }

    /// Calls off a dialogue session: closes it, ends its bookings and tells everyone booked,
    /// in their language, in the same transaction. Returns how many were told.
    pub async fn call_off_session(&self, id: &str) -> Result<usize> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let now = now();
        let entry: Option<String> = sqlx::query_scalar("UPDATE dialogue_sessions SET status = 'closed', updated_at = ?2 WHERE id = ?1 RETURNING entry")
            .bind(id)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(entry) = entry else { return Err(Error::NotFound { kind: EntryKind::Session.name(), id: id.to_string() }) };
        let session: DialogueSession = serde_json::from_str(&entry)?;
        let booked: Vec<(String, String)> = sqlx::query_as(
            "UPDATE session_bookings SET status = 'cancelled', updated_at = ?2 WHERE session_id = ?1 AND status = 'booked' RETURNING channel, user_id",
        )
        .bind(id)
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        for (channel, user) in &booked {
            let args = [("session_topic", NotificationArg::Text(session.topic.clone())), ("when", NotificationArg::When { when: session.starts })];
            let notice = Notice::new((channel, user), SESSION_CALLED_OFF, args.into());
            notify(&mut tx, notice, now).await?;
        }
        tx.commit().await?;
        Ok(booked.len())
    }

    /// Places booked at a session.
    pub async fn bookings_count(&self, session: &str) -> Result<u32> {
        let booked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM session_bookings WHERE session_id = ?1 AND status = 'booked'")
            .bind(session)
            .fetch_one(&self.pool)
            .await?;
        Ok(booked as u32)
    }

    /// Every entry, courses by kind and district, sessions by start, peers by id.
    pub async fn catalog(&self) -> Result<Listing> {
        let mut listing = Listing::default();
        for (entry, status) in self.entries("SELECT entry, status FROM courses ORDER BY kind, district, id").await? {
            listing.courses.push((serde_json::from_str(&entry)?, status_of(&status)));
        }
        for (entry, status) in self.entries("SELECT entry, status FROM dialogue_sessions ORDER BY starts, id").await? {
            listing.sessions.push((serde_json::from_str(&entry)?, status_of(&status)));
        }
        for (entry, status) in self.entries("SELECT entry, status FROM peers ORDER BY id").await? {
            listing.peers.push((serde_json::from_str(&entry)?, status_of(&status)));
        }
        Ok(listing)
    }

    /// Confirmed seats and waitlist length of a course.
    pub async fn seat_counts(&self, course: &str) -> Result<(u32, u32)> {
        let (confirmed, waiting): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*) FILTER (WHERE status = 'confirmed'), COUNT(*) FILTER (WHERE status = 'waiting') \
             FROM course_signups WHERE course_id = ?1",
        )
        .bind(course)
        .fetch_one(&self.pool)
        .await?;
        Ok((confirmed as u32, waiting as u32))
    }

    async fn entries(&self, sql: &'static str) -> Result<Vec<(String, String)>> {
        Ok(sqlx::query_as(sql).fetch_all(&self.pool).await?)
    }
}
