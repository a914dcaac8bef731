//! Handovers in the database: opened and offered to the team (whom to, `core::team::route`
//! decides), taken, given back and closed; what the user and the helper write is kept in
//! `handover_messages` and relayed to the other side through the outbox. Like the rest of
//! the batch, every change also updates the batch's world, so the next event sees it — a
//! second claim in the same batch finds the handover taken.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use sqlx::SqliteConnection;
use wegweiser_core::catalog::Account;
use wegweiser_core::cleaning::neutral_name;
use wegweiser_core::log_tag::tag;
use wegweiser_core::team::{pseudonym, route, Role, Routing, TeamMember};
use wegweiser_core::{Attachment, HandoverStatus, HandoverView, MediaKind, NotificationArg, World, HANDOVER_ROOM_CHANNELS};

use crate::media::{within_quota, FILE_QUOTA_REACHED};
use crate::team::{read_team, write_grant, write_revoke};
use crate::{now, Result, Store};
use crate::world::{notify, Batch, Notice, UserKey};

/// Tells a team member about a request they may take, with a button to take it.
pub const HANDOVER_NEW: &str = "handover-new";
/// Tells the user who answers their request now.
pub const HANDOVER_CLAIMED: &str = "handover-claimed";
/// What the helper wrote, for the user.
pub const HANDOVER_FROM_HELPER: &str = "handover-from-helper";
/// What the user wrote, for the helper.
pub const HANDOVER_FROM_USER: &str = "handover-from-user";
/// A photo, voice note or file, named for the other side.
pub const HANDOVER_MEDIA_FROM_HELPER: &str = "handover-media-from-helper";
pub const HANDOVER_MEDIA_FROM_USER: &str = "handover-media-from-user";
/// What the user wrote before the helper took the request.
pub const HANDOVER_HISTORY: &str = "handover-history";
/// Tells the user the helper closed the request and asks whether it helped.
pub const HANDOVER_CLOSED: &str = "handover-closed";
/// Tells the helper the user went back to the bot.
pub const HANDOVER_USER_LEFT: &str = "handover-user-left";
/// Tells a helper that staff took over the request they held.
pub const HANDOVER_TAKEN_OVER: &str = "handover-taken-over";
/// Opens a handover's own room for its helper (Matrix): what it is for and how to close it.
pub const HANDOVER_ROOM_OPENED: &str = "handover-room-opened";
/// Tells staff that a request has waited too long, with a button to take it.
pub const HANDOVER_ESCALATED: &str = "handover-escalated";
/// A handover's messages, for a staff member who asked to read them.
pub const HANDOVER_TRANSCRIPT: &str = "handover-transcript";
/// There is no transcript with that number (never opened, or deleted after retention).
pub const TEAM_TRANSCRIPT_UNKNOWN: &str = "team-transcript-unknown";

#[derive(sqlx::FromRow)]
struct HandoverRow {
    id: i64,
    channel: String,
    user_id: String,
    pseudonym: String,
    topic: Option<String>,
    locale: String,
    note: Option<String>,
    status: String,
    staff_only: bool,
    created_at: i64,
    claimed_by: Option<String>,
    claimed_channel: Option<String>,
    claimed_user: Option<String>,
}

fn status(text: &str) -> HandoverStatus {
    match text {
        "claimed" => HandoverStatus::Claimed,
        "closed" => HandoverStatus::Closed,
        _ => HandoverStatus::Open,
    }
}

fn timestamp(unix: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(unix).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// The team and the handovers that are not closed, into the world: a few rows, read for
/// every batch.
pub(crate) async fn load_team_and_handovers(tx: &mut SqliteConnection, world: &mut World) -> Result<(), sqlx::Error> {
    world.team = read_team(tx).await.map_err(into_sqlx)?;
    let rows: Vec<HandoverRow> = sqlx::query_as(
        "SELECT id, channel, user_id, pseudonym, topic, locale, note, status, staff_only, created_at, \
           claimed_by, claimed_channel, claimed_user \
         FROM handover_requests WHERE status != 'closed' ORDER BY id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let offers: Vec<(i64, String)> =
        sqlx::query_as("SELECT handover, member FROM handover_offers WHERE handover IN (SELECT value FROM json_each(?1)) ORDER BY offered_at, member")
            .bind(crate::json(&ids))
            .fetch_all(&mut *tx)
            .await?;
    let mut offered: HashMap<i64, Vec<String>> = HashMap::new();
    for (handover, member) in offers {
        offered.entry(handover).or_default().push(member);
    }
    world.handovers = rows
        .into_iter()
        .map(|r| {
            let claimed_by = match (r.claimed_by, r.claimed_channel, r.claimed_user) {
                (Some(name), Some(channel), Some(user)) => Some((name, Account { channel, user })),
                _ => None,
            };
            HandoverView {
                id: r.id,
                user: Account { channel: r.channel, user: r.user_id },
                pseudonym: r.pseudonym,
                topic: r.topic,
                locale: r.locale,
                note: r.note,
                status: status(&r.status),
                staff_only: r.staff_only,
                opened: timestamp(r.created_at),
                offered_to: offered.remove(&r.id).unwrap_or_default(),
                claimed_by,
            }
        })
        .collect();
    Ok(())
}

/// A store error inside the batch: it fails the batch, so nothing is half-written.
fn into_sqlx(e: crate::Error) -> sqlx::Error {
    match e {
        crate::Error::Database(e) => e,
        other => sqlx::Error::Protocol(other.to_string()),
    }
}

/// A handover request as the engine decided it.
pub(crate) struct NewHandover<'a> {
    pub topic: Option<&'a str>,
    pub district: Option<&'a str>,
    pub staff_only: bool,
    pub locale: &'a str,
    pub note: Option<&'a str>,
}

/// A message offering handover `id` to a team member, with a button to take it: on their
/// first account, in their first language when the bot has not talked with them yet.
fn claim_offer<'a>(member: &'a TeamMember, message: &'a str, id: i64, pseudonym: &str, topic: Option<&str>, locale: &str) -> Option<Notice<'a>> {
    let account = member.accounts.first()?;
    let args = [
        ("request", NotificationArg::Number { number: id }),
        ("pseudonym", NotificationArg::plain(pseudonym)),
        ("topic", NotificationArg::Topic { topic: topic.unwrap_or_default().to_string() }),
        ("language", NotificationArg::Language { language: locale.to_string() }),
    ];
    Some(Notice {
        locale: member.languages.first().map(String::as_str),
        buttons: vec![("handover-claim", format!("/claim {id}"))],
        handover: Some(id),
        ..Notice::new(key_of(account), message, args.into())
    })
}

fn key_of(account: &Account) -> (&str, &str) {
    (&account.channel, &account.user)
}

/// One message of a handover as the engine decided it: text, a file's kind, the file.
pub(crate) struct Written<'a> {
    pub text: Option<&'a str>,
    pub media: Option<MediaKind>,
    pub attachment: Option<&'a Attachment>,
}

impl Written<'_> {
    /// The message relaying it: its text, or (for a file without text) what kind of file
    /// came, with the message ids for each case.
    fn relayed(&self, with_text: &'static str, file_only: &'static str) -> (&'static str, (&'static str, NotificationArg)) {
        match (self.text, self.media) {
            (Some(text), _) => (with_text, ("text", NotificationArg::plain(text))),
            (None, Some(media)) => (file_only, ("media", NotificationArg::Media { media: media.name().to_string() })),
            (None, None) => (with_text, ("text", NotificationArg::plain(""))),
        }
    }
}

impl Batch<'_> {
    fn member_at(&self, key: &UserKey) -> Option<TeamMember> {
        let account = Account { channel: key.0.clone(), user: key.1.clone() };
        self.world.member(&account).cloned()
    }

    fn handover_mut(&mut self, id: i64) -> Option<&mut HandoverView> {
        self.world.handovers.iter_mut().find(|h| h.id == id)
    }

    /// Tells a team member about a request they may take, on their first account and in
    /// their first language when the bot has not talked with them yet.
    async fn offer(&self, tx: &mut SqliteConnection, member: &TeamMember, handover: &HandoverView) -> Result<(), sqlx::Error> {
        let Some(notice) = claim_offer(member, HANDOVER_NEW, handover.id, &handover.pseudonym, handover.topic.as_deref(), &handover.locale) else {
            return Ok(());
        };
        notify(tx, notice, self.now).await
    }

    /// Opens a handover and offers it to the team.
    pub(crate) async fn open_handover(&mut self, tx: &mut SqliteConnection, key: &UserKey, request: NewHandover<'_>) -> Result<(), sqlx::Error> {
        if self.open_handover_of(key).is_some() {
            // One open request per user: a second one adds its question to the first.
            let written = Written { text: request.note, media: None, attachment: None };
            return match written.text {
                Some(_) => self.user_wrote(tx, key, written).await,
                None => Ok(()),
            };
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO handover_requests (channel, user_id, topic, district, staff_only, locale, note, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )
        .bind(&key.0)
        .bind(&key.1)
        .bind(request.topic)
        .bind(request.district)
        .bind(request.staff_only)
        .bind(request.locale)
        .bind(request.note)
        .bind(self.now)
        .fetch_one(&mut *tx)
        .await?;
        let name = pseudonym(id);
        sqlx::query("UPDATE handover_requests SET pseudonym = ?2 WHERE id = ?1").bind(id).bind(&name).execute(&mut *tx).await?;
        let routing = Routing { locale: request.locale, topic: request.topic, district: request.district, staff_only: request.staff_only };
        let offered = route(&routing, &self.world.team, &self.world.peers);
        for member in &offered {
            sqlx::query("INSERT INTO handover_offers (handover, member, offered_at) VALUES (?1, ?2, ?3)")
                .bind(id)
                .bind(member)
                .bind(self.now)
                .execute(&mut *tx)
                .await?;
        }
        let handover = HandoverView {
            id,
            user: Account { channel: key.0.clone(), user: key.1.clone() },
            pseudonym: name,
            topic: request.topic.map(str::to_string),
            locale: request.locale.to_string(),
            note: request.note.map(str::to_string),
            status: HandoverStatus::Open,
            staff_only: request.staff_only,
            opened: timestamp(self.now),
            // As a fresh read lists them: by the time offered, then by name.
            offered_to: {
                let mut names = offered;
                names.sort();
                names
            },
            claimed_by: None,
        };
        for member in self.world.team.iter().filter(|m| handover.offered_to.contains(&m.name)) {
            self.offer(tx, member, &handover).await?;
        }
        self.world.handovers.push(handover);
        Ok(())
    }

    /// The user's open handover, if any.
    fn open_handover_of(&self, key: &UserKey) -> Option<HandoverView> {
        let account = Account { channel: key.0.clone(), user: key.1.clone() };
        self.world.open_handover_of(&account).cloned()
    }

    /// Keeps what the user wrote and, once someone holds the handover, relays it to them
    /// (in the handover's own room where the channel has one), a file included.
    /// A file over the user's limits ([`crate::media`]) is not kept: they are told, and
    /// only its caption goes on.
    pub(crate) async fn user_wrote(&mut self, tx: &mut SqliteConnection, key: &UserKey, mut written: Written<'_>) -> Result<(), sqlx::Error> {
        let Some(handover) = self.open_handover_of(key) else { return Ok(()) };
        if let Some(file) = written.attachment
            && !within_quota(tx, handover.id, key_of(&handover.user), file.bytes.len(), self.now).await?
        {
            let notice = Notice { handover: Some(handover.id), ..Notice::new(key_of(&handover.user), FILE_QUOTA_REACHED, BTreeMap::new()) };
            notify(tx, notice, self.now).await?;
            written = Written { text: written.text, media: None, attachment: None };
            if written.text.is_none() {
                return Ok(());
            }
        }
        let media_file = keep(tx, handover.id, None, &written, self.now).await?;
        let Some((_, helper)) = &handover.claimed_by else { return Ok(()) };
        let (message, said) = written.relayed(HANDOVER_FROM_USER, HANDOVER_MEDIA_FROM_USER);
        let args = [("request", NotificationArg::Number { number: handover.id }), ("pseudonym", NotificationArg::plain(&handover.pseudonym)), said];
        let notice = Notice { handover: Some(handover.id), in_room: true, media_file, ..Notice::new(key_of(helper), message, args.into()) };
        notify(tx, notice, self.now).await
    }

    /// The user went back to the bot: the handover closes, and its helper is told.
    pub(crate) async fn user_left(&mut self, tx: &mut SqliteConnection, key: &UserKey) -> Result<(), sqlx::Error> {
        let Some(handover) = self.open_handover_of(key) else { return Ok(()) };
        sqlx::query("UPDATE handover_requests SET status = 'closed', closed_at = ?2, feedback = NULL WHERE id = ?1")
            .bind(handover.id)
            .bind(self.now)
            .execute(&mut *tx)
            .await?;
        self.world.handovers.retain(|h| h.id != handover.id);
        let Some((_, helper)) = &handover.claimed_by else { return Ok(()) };
        let args = [("request", NotificationArg::Number { number: handover.id }), ("pseudonym", NotificationArg::plain(&handover.pseudonym))];
        let notice = Notice { handover: Some(handover.id), in_room: true, ..Notice::new(key_of(helper), HANDOVER_USER_LEFT, args.into()) };
        notify(tx, notice, self.now).await
    }

    /// A team member takes a handover (the engine checked they may): the user learns who
    /// answers, a helper who held it before is told, and the new helper gets what the user
    /// wrote so far.
    pub(crate) async fn claim(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64) -> Result<(), sqlx::Error> {
        let Some(member) = self.member_at(key) else { return Ok(()) };
        let Some(handover) = self.world.handover(id).filter(|h| h.status != HandoverStatus::Closed).cloned() else { return Ok(()) };
        sqlx::query(
            "UPDATE handover_requests SET status = 'claimed', claimed_by = ?2, claimed_channel = ?3, claimed_user = ?4, claimed_at = ?5 \
             WHERE id = ?1 AND status != 'closed'",
        )
        .bind(id)
        .bind(&member.name)
        .bind(&key.0)
        .bind(&key.1)
        .bind(self.now)
        .execute(&mut *tx)
        .await?;
        let account = Account { channel: key.0.clone(), user: key.1.clone() };
        if let Some(view) = self.handover_mut(id) {
            view.status = HandoverStatus::Claimed;
            view.claimed_by = Some((member.name.clone(), account));
        }
        let helper = ("helper", NotificationArg::plain(&member.name));
        let to_user = Notice { handover: Some(id), ..Notice::new(key_of(&handover.user), HANDOVER_CLAIMED, [helper.clone()].into()) };
        notify(tx, to_user, self.now).await?;
        if let Some((before, account)) = handover.claimed_by.as_ref().filter(|(before, _)| *before != member.name) {
            tracing::info!(handover = id, from = %tag(before), to = %tag(&member.name), "handover taken over");
            let args = [("request", NotificationArg::Number { number: id }), helper];
            notify(tx, Notice { handover: Some(id), ..Notice::new(key_of(account), HANDOVER_TAKEN_OVER, args.into()) }, self.now).await?;
        }
        let lines = transcript_lines(tx, id).await?;
        if !lines.is_empty() {
            log_access(tx, &member.name, key, id, "claim", self.now).await?;
            let args = [
                ("request", NotificationArg::Number { number: id }),
                ("pseudonym", NotificationArg::plain(&handover.pseudonym)),
                ("history", NotificationArg::plain(lines.join("\n"))),
            ];
            notify(tx, Notice { handover: Some(id), in_room: true, ..Notice::new((&key.0, &key.1), HANDOVER_HISTORY, args.into()) }, self.now).await?;
        } else if HANDOVER_ROOM_CHANNELS.contains(&key.0.as_str()) {
            // Opens the handover's own room at once, even before the user writes again.
            let args = [("request", NotificationArg::Number { number: id }), ("pseudonym", NotificationArg::plain(&handover.pseudonym))];
            notify(tx, Notice { handover: Some(id), in_room: true, ..Notice::new((&key.0, &key.1), HANDOVER_ROOM_OPENED, args.into()) }, self.now).await?;
        }
        Ok(())
    }

    /// The helper gives the handover back: it waits again, and those it was offered to are
    /// told once more.
    pub(crate) async fn release(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64) -> Result<(), sqlx::Error> {
        let Some(member) = self.member_at(key) else { return Ok(()) };
        let released = sqlx::query(
            "UPDATE handover_requests SET status = 'open', claimed_by = NULL, claimed_channel = NULL, claimed_user = NULL, claimed_at = NULL \
             WHERE id = ?1 AND status = 'claimed' AND claimed_by = ?2",
        )
        .bind(id)
        .bind(&member.name)
        .execute(&mut *tx)
        .await?;
        if released.rows_affected() == 0 {
            return Ok(());
        }
        let Some(view) = self.handover_mut(id) else { return Ok(()) };
        view.status = HandoverStatus::Open;
        view.claimed_by = None;
        let handover = view.clone();
        for other in self.world.team.iter().filter(|m| m.name != member.name && handover.offered_to.contains(&m.name)) {
            self.offer(tx, other, &handover).await?;
        }
        Ok(())
    }

    /// The helper closes the handover: the user is asked whether it helped and is back with
    /// the bot.
    pub(crate) async fn close(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64) -> Result<(), sqlx::Error> {
        let Some(member) = self.member_at(key) else { return Ok(()) };
        let closed = sqlx::query("UPDATE handover_requests SET status = 'closed', closed_at = ?3 WHERE id = ?1 AND status = 'claimed' AND claimed_by = ?2")
            .bind(id)
            .bind(&member.name)
            .bind(self.now)
            .execute(&mut *tx)
            .await?;
        if closed.rows_affected() == 0 {
            return Ok(());
        }
        let Some(view) = self.handover_mut(id) else { return Ok(()) };
        view.status = HandoverStatus::Closed;
        let user = view.user.clone();
        let notice = Notice {
            buttons: vec![("feedback-yes", format!("/feedback {id} yes")), ("feedback-no", format!("/feedback {id} no"))],
            handover: Some(id),
            ..Notice::new(key_of(&user), HANDOVER_CLOSED, [("helper", NotificationArg::plain(&member.name))].into())
        };
        notify(tx, notice, self.now).await
    }

    /// The helper wrote to the user: kept, and relayed under the helper's name, a file
    /// included.
    pub(crate) async fn helper_wrote(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64, written: Written<'_>) -> Result<(), sqlx::Error> {
        let Some(member) = self.member_at(key) else { return Ok(()) };
        let held = self.world.handover(id).filter(|h| h.status == HandoverStatus::Claimed && h.claimed_by.as_ref().is_some_and(|(n, _)| *n == member.name));
        let Some(user) = held.map(|h| h.user.clone()) else { return Ok(()) };
        let media_file = keep(tx, id, Some(&member.name), &written, self.now).await?;
        let (message, said) = written.relayed(HANDOVER_FROM_HELPER, HANDOVER_MEDIA_FROM_HELPER);
        let args = [("helper", NotificationArg::plain(&member.name)), said];
        notify(tx, Notice { handover: Some(id), media_file, ..Notice::new(key_of(&user), message, args.into()) }, self.now).await
    }

    /// The user's answer to "did this help?": counted once, and only for their own closed
    /// handover; any other number changes nothing.
    pub(crate) async fn feedback(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64, helpful: bool) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE handover_requests SET feedback = ?4 WHERE id = ?1 AND channel = ?2 AND user_id = ?3 AND status = 'closed' AND feedback IS NULL")
            .bind(id)
            .bind(&key.0)
            .bind(&key.1)
            .bind(if helpful { "yes" } else { "no" })
            .execute(&mut *tx)
            .await?;
        Ok(())
    }

    /// A staff member reads a handover's transcript: sent to them and logged. One deleted
    /// after the retention period (or never opened) gets a message saying so.
    pub(crate) async fn send_transcript(&mut self, tx: &mut SqliteConnection, key: &UserKey, id: i64) -> Result<(), sqlx::Error> {
        let Some(member) = self.member_at(key) else { return Ok(()) };
        let found: Option<(String, Option<String>)> =
            sqlx::query_as("SELECT pseudonym, note FROM handover_requests WHERE id = ?1 AND purged_at IS NULL").bind(id).fetch_optional(&mut *tx).await?;
        let number = ("request", NotificationArg::Number { number: id });
        let Some((pseudonym, note)) = found else {
            return notify(tx, Notice::new((&key.0, &key.1), TEAM_TRANSCRIPT_UNKNOWN, [number].into()), self.now).await;
        };
        let mut lines: Vec<String> = note.map(|n| format!("❓ {n}")).into_iter().collect();
        lines.extend(transcript_lines(tx, id).await?);
        log_access(tx, &member.name, key, id, "transcript", self.now).await?;
        let args = [number, ("pseudonym", NotificationArg::plain(&pseudonym)), ("history", NotificationArg::plain(lines.join("\n")))];
        notify(tx, Notice { handover: Some(id), ..Notice::new((&key.0, &key.1), HANDOVER_TRANSCRIPT, args.into()) }, self.now).await
    }

    /// An admin grants a role in chat; logged with their account.
    pub(crate) async fn grant(&mut self, tx: &mut SqliteConnection, key: &UserKey, member: &TeamMember) -> Result<(), sqlx::Error> {
        let by = format!("{}:{}", key.0, key.1);
        write_grant(tx, member, &by, self.now).await.map_err(into_sqlx)?;
        for view in self.world.handovers.iter_mut() {
            if let Some((name, account)) = &mut view.claimed_by
                && *name == member.name
                && !member.accounts.contains(account)
                && let Some(first) = member.accounts.first()
            {
                *account = first.clone();
            }
        }
        self.world.team.retain(|m| m.name != member.name);
        // As a fresh read lists them: accounts by channel and id.
        let mut kept = member.clone();
        kept.accounts.sort_by(|a, b| (&a.channel, &a.user).cmp(&(&b.channel, &b.user)));
        self.world.team.push(kept);
        self.world.team.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(())
    }

    /// An admin revokes a role in chat; the handovers the member held wait again.
    pub(crate) async fn revoke(&mut self, tx: &mut SqliteConnection, key: &UserKey, name: &str) -> Result<(), sqlx::Error> {
        let by = format!("{}:{}", key.0, key.1);
        write_revoke(tx, name, &by, self.now).await.map_err(into_sqlx)?;
        self.world.team.retain(|m| m.name != name);
        for view in self.world.handovers.iter_mut().filter(|h| h.status == HandoverStatus::Claimed) {
            if view.claimed_by.as_ref().is_some_and(|(n, _)| n == name) {
                view.status = HandoverStatus::Open;
                view.claimed_by = None;
            }
        }
        Ok(())
    }
}

/// What was written in a handover, one line per message: the user's as written, the
/// helpers' marked with their name; a photo or file as its sign.
async fn transcript_lines(tx: &mut SqliteConnection, handover: i64) -> Result<Vec<String>, sqlx::Error> {
    let written: Vec<(Option<String>, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT helper, text, media FROM handover_messages WHERE handover = ?1 ORDER BY id").bind(handover).fetch_all(&mut *tx).await?;
    Ok(written
        .into_iter()
        .map(|(helper, text, media)| {
            let said = text.or_else(|| media.as_deref().and_then(MediaKind::from_name).map(|m| m.symbol().to_string())).unwrap_or_default();
            match helper {
                Some(helper) => format!("↪ {helper}: {said}"),
                None => said,
            }
        })
        .collect())
}

/// Records that a team member read a handover's messages.
async fn log_access(tx: &mut SqliteConnection, member: &str, key: &UserKey, handover: i64, reason: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO transcript_access (at, member, account, handover, reason) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(now)
        .bind(member)
        .bind(format!("{}:{}", key.0, key.1))
        .bind(handover)
        .bind(reason)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Keeps one message of a handover (`helper` names the team member who wrote it, None for
/// the user) and its file; returns the file's id.
async fn keep(tx: &mut SqliteConnection, handover: i64, helper: Option<&str>, written: &Written<'_>, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let media_file: Option<i64> = match written.attachment {
        None => None,
        Some(file) => {
            let earlier: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM media_files WHERE handover = ?1").bind(handover).fetch_one(&mut *tx).await?;
            // Named by kind, request and place (`photo-12-3.jpg`): nothing of the sender's.
            let name = neutral_name(file.kind, handover, earlier + 1, &file.mime);
            Some(
                sqlx::query_scalar("INSERT INTO media_files (handover, kind, mime, name, bytes, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id")
                    .bind(handover)
                    .bind(file.kind.name())
                    .bind(&file.mime)
                    .bind(name)
                    .bind(&file.bytes[..])
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?,
            )
        }
    };
    sqlx::query("INSERT INTO handover_messages (handover, sender, helper, text, media, media_file, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(handover)
        .bind(if helper.is_some() { "helper" } else { "user" })
        .bind(helper)
        .bind(written.text)
        .bind(written.media.map(MediaKind::name))
        .bind(media_file)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    Ok(media_file)
}

impl Store {
    /// Offers every handover nobody took within `after` to all staff and admins, once, with
    /// a button to take it. Safe to run at any time and from several gateways: the
    /// `escalated_at` mark and the messages are written in one transaction. Returns how many.
    pub async fn escalate_handovers(&self, after: Duration) -> Result<usize> {
        let now = now();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let due: Vec<(i64, String, Option<String>, String, i64)> = sqlx::query_as(
            "UPDATE handover_requests SET escalated_at = ?1 \
             WHERE status = 'open' AND escalated_at IS NULL AND created_at <= ?2 \
             RETURNING id, pseudonym, topic, locale, created_at",
        )
        .bind(now)
        .bind(now - after.as_secs() as i64)
        .fetch_all(&mut *tx)
        .await?;
        let staff: Vec<TeamMember> = read_team(&mut tx).await?.into_iter().filter(|m| m.role >= Role::Staff).collect();
        if !due.is_empty() && staff.is_empty() {
            tracing::warn!(handovers = due.len(), "handovers waited too long, but nobody has the staff role: grant it with `wegweiser role grant`");
        }
        for (id, pseudonym, topic, locale, created) in &due {
            for member in &staff {
                sqlx::query("INSERT INTO handover_offers (handover, member, offered_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(&member.name)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                let Some(mut notice) = claim_offer(member, HANDOVER_ESCALATED, *id, pseudonym, topic.as_deref(), locale) else { continue };
                notice.args.insert("minutes", NotificationArg::Number { number: (now - created) / 60 });
                notify(&mut tx, notice, now).await?;
            }
        }
        tx.commit().await?;
        Ok(due.len())
    }

    /// Every reading of a transcript by the team, oldest first: (time, member, account,
    /// handover, reason).
    pub async fn transcript_access(&self) -> Result<Vec<(i64, String, String, i64, String)>> {
        Ok(sqlx::query_as("SELECT at, member, account, handover, reason FROM transcript_access ORDER BY id").fetch_all(&self.pool).await?)
    }
}
