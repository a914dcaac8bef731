//! What the engine sees beyond a conversation, read inside the batch transaction, and the
//! effects that change it: course sign-ups, session bookings and peer contact requests.
//! The committer is the only writer, so the counts it reads are exact; each effect also
//! updates the batch's copy, so later events in the same batch see it.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::DateTime;
use sqlx::SqliteConnection;
use wegweiser_core::catalog::{Account, Peer};
use wegweiser_core::{channel_name, CourseView, MySignUp, NotificationArg, PeerRequest, PeerView, SessionView, World};

use crate::json;

/// The Fluent message telling a user they moved from the waitlist to a seat.
pub const COURSE_PROMOTED: &str = "course-promoted";
/// Reminds a user of the session they booked.
pub const SESSION_REMINDER: &str = "session-reminder";
/// Tells a user that staff called off the session they booked.
pub const SESSION_CALLED_OFF: &str = "session-called-off";
/// Tells a peer about a new contact request, with accept and decline buttons.
pub const PEER_REQUEST_NEW: &str = "peer-request-new";
pub const PEER_REQUEST_ACCEPTED: &str = "peer-request-accepted";
pub const PEER_REQUEST_DECLINED: &str = "peer-request-declined";
pub const PEER_REQUEST_WITHDRAWN: &str = "peer-request-withdrawn";

pub(crate) type UserKey = (String, String);

fn key_of(account: &Account) -> UserKey {
    (account.channel.clone(), account.user.clone())
}

/// One user's part of the world: what they signed up for, booked and asked.
#[derive(Debug, Default)]
pub(crate) struct Personal {
    signups: Vec<MySignUp>,
    bookings: Vec<String>,
    requests: Vec<PeerRequest>,
    incoming: Vec<PeerRequest>,
}

impl Personal {
    /// Puts this user's part into the world the engine sees.
    pub(crate) fn lend(self, world: &mut World) {
        world.signups = self.signups;
        world.bookings = self.bookings;
        world.requests = self.requests;
        world.incoming = self.incoming;
    }

    /// Takes the user's part back out of the world.
    pub(crate) fn take_back(world: &mut World) -> Self {
        Self {
            signups: std::mem::take(&mut world.signups),
            bookings: std::mem::take(&mut world.bookings),
            requests: std::mem::take(&mut world.requests),
            incoming: std::mem::take(&mut world.incoming),
        }
    }
}

fn decode<T: serde::de::DeserializeOwned>(entry: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(entry).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The shared part of the world: the catalog with its counts. Sessions that ended more than
/// two days ago are left out (`recent_since`, local time).
pub(crate) async fn load_world(tx: &mut SqliteConnection, recent_since: DateTime) -> Result<World, sqlx::Error> {
    let courses: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT c.entry, c.status, \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'confirmed'), \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'waiting') \
         FROM courses c ORDER BY c.kind, c.district, c.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let sessions: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT d.entry, d.status, \
           (SELECT COUNT(*) FROM session_bookings b WHERE b.session_id = d.id AND b.status = 'booked') \
         FROM dialogue_sessions d WHERE d.starts >= ?1 ORDER BY d.starts, d.id",
    )
    .bind(recent_since.to_string())
    .fetch_all(&mut *tx)
    .await?;
    let peers: Vec<(String, String)> = sqlx::query_as("SELECT entry, status FROM peers ORDER BY id").fetch_all(&mut *tx).await?;
    let mut world = World::default();
    for (entry, status, confirmed, waiting) in courses {
        world.courses.push(CourseView { course: decode(&entry)?, open: status == "open", confirmed: confirmed as u32, waiting: waiting as u32 });
    }
    for (entry, status, booked) in sessions {
        world.sessions.push(SessionView { session: decode(&entry)?, open: status == "open", booked: booked as u32 });
    }
    for (entry, status) in peers {
        world.peers.push(PeerView { peer: decode(&entry)?, open: status == "open" });
    }
    Ok(world)
}

/// The batch users' own parts: active sign-ups with waitlist positions, bookings, open
/// requests they made, and open requests made to them as peers. One statement reads all
/// four (a round trip to SQLite costs more than the reading), each kind in row order.
pub(crate) async fn load_personal(tx: &mut SqliteConnection, users: &[(&str, &str)]) -> Result<HashMap<UserKey, Personal>, sqlx::Error> {
    let rows: Vec<PersonalRow> = sqlx::query_as(
        "WITH u AS MATERIALIZED (SELECT DISTINCT value ->> 0 AS channel, value ->> 1 AS user_id FROM json_each(?1)) \
         SELECT 0 AS kind, s.channel AS channel, s.user_id AS user, s.id AS id, s.course_id AS name, s.status AS first, \
           NULL AS district, NULL AS locale, NULL AS contact, NULL AS status, \
           (SELECT COUNT(*) FROM course_signups w WHERE w.course_id = s.course_id AND w.status = 'waiting' AND w.id <= s.id) AS position \
         FROM u JOIN course_signups AS s ON s.channel = u.channel AND s.user_id = u.user_id WHERE s.status != 'cancelled' \
         UNION ALL \
         SELECT 1, b.channel, b.user_id, b.id, b.session_id, NULL, NULL, NULL, NULL, NULL, 0 \
         FROM u JOIN session_bookings AS b ON b.channel = u.channel AND b.user_id = u.user_id WHERE b.status = 'booked' \
         UNION ALL \
         SELECT 2, r.channel, r.user_id, r.id, r.peer_id, r.topic, r.district, r.locale, r.contact, r.status, 0 \
         FROM u JOIN peer_requests AS r ON r.channel = u.channel AND r.user_id = u.user_id WHERE r.status IN ('pending', 'accepted') \
         UNION ALL \
         SELECT 3, p.account_channel, p.account_user, r.id, r.peer_id, r.topic, r.district, r.locale, r.contact, r.status, 0 \
         FROM u JOIN peers AS p ON p.account_channel = u.channel AND p.account_user = u.user_id \
         JOIN peer_requests AS r ON r.peer_id = p.id WHERE r.status IN ('pending', 'accepted') \
         ORDER BY kind, id",
    )
    .bind(json(&users))
    .fetch_all(&mut *tx)
    .await?;
    let mut map: HashMap<UserKey, Personal> = HashMap::new();
    for row in rows {
        let PersonalRow { kind, channel, user, id, name, first, district, locale, contact, status, position } = row;
        let personal = map.entry((channel, user)).or_default();
        match kind {
            0 => {
                let waiting_position = (first.as_deref() == Some("waiting")).then_some(position as u32);
                personal.signups.push(MySignUp { course: name, waiting_position });
            }
            1 => personal.bookings.push(name),
            _ => {
                let request = PeerRequest {
                    id,
                    peer: name,
                    topic: first,
                    district,
                    locale: locale.unwrap_or_default(),
                    contact: contact.unwrap_or_default(),
                    accepted: status.as_deref() == Some("accepted"),
                };
                if kind == 2 { personal.requests.push(request) } else { personal.incoming.push(request) }
            }
        }
    }
    Ok(map)
}

/// One row of [`load_personal`]: its kind (0 sign-up, 1 booking, 2 request made, 3 request
/// received), whose it is, the row's id, then the columns of its kind.
#[derive(sqlx::FromRow)]
struct PersonalRow {
    kind: i64,
    channel: String,
    user: String,
    id: i64,
    /// The course, session or peer.
    name: String,
    /// A sign-up's status, a request's topic.
    first: Option<String>,
    district: Option<String>,
    locale: Option<String>,
    contact: Option<String>,
    status: Option<String>,
    /// A waiting sign-up's place on the waitlist.
    position: i64,
}

/// A message for a user that does not answer an event of theirs, rendered when delivered.
pub(crate) struct Notice<'a> {
    pub to: (&'a str, &'a str),
    /// The language to use when the recipient has no conversation yet.
    pub locale: Option<&'a str>,
    pub message: &'a str,
    pub args: BTreeMap<&'a str, NotificationArg>,
    /// Command buttons: (label message id, command).
    pub buttons: Vec<(&'static str, String)>,
    /// The handover this message belongs to: deleted with its transcript.
    pub handover: Option<i64>,
    /// Send it in the handover's own room, on channels that give each handover one.
    pub in_room: bool,
    /// A stored file sent with it.
    pub media_file: Option<i64>,
    /// Messages of the recipient's private chat to delete before it is sent.
    pub erase: wegweiser_core::Erase,
}

impl<'a> Notice<'a> {
    /// A message for `to` in the language of their conversation, without buttons.
    pub fn new(to: (&'a str, &'a str), message: &'a str, args: BTreeMap<&'a str, NotificationArg>) -> Self {
        Self { to, locale: None, message, args, buttons: Vec::new(), handover: None, in_room: false, media_file: None, erase: wegweiser_core::Erase::Nothing }
    }
}

pub(crate) async fn notify(tx: &mut SqliteConnection, notice: Notice<'_>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO outbox (channel, user_id, locale, message, args, buttons, handover, room_handover, media_file, created_at, erase) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )
        .bind(notice.to.0)
        .bind(notice.to.1)
        .bind(notice.locale)
        .bind(notice.message)
        .bind(json(&notice.args))
        .bind(json(&notice.buttons))
        .bind(notice.handover)
        .bind(notice.handover.filter(|_| notice.in_room))
        .bind(notice.media_file)
        .bind(now)
        .bind((notice.erase != wegweiser_core::Erase::Nothing).then(|| json(&notice.erase)))
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// The batch's view while effects are applied: the shared world and every batch user's part.
pub(crate) struct Batch<'w> {
    pub world: &'w mut World,
    pub personal: &'w mut HashMap<UserKey, Personal>,
    pub now: i64,
}

impl Batch<'_> {
    fn mine(&mut self, key: &UserKey) -> &mut Personal {
        self.personal.entry(key.clone()).or_default()
    }

    pub(crate) async fn sign_up(&mut self, tx: &mut SqliteConnection, key: &UserKey, course: &str, waitlisted: bool) -> Result<(), sqlx::Error> {
        sqlx::query("INSERT INTO course_signups (course_id, channel, user_id, status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
            .bind(course)
            .bind(&key.0)
            .bind(&key.1)
            .bind(if waitlisted { "waiting" } else { "confirmed" })
            .bind(self.now)
            .execute(&mut *tx)
            .await?;
        let Some(view) = self.world.courses.iter_mut().find(|c| c.course.id == course) else { return Ok(()) };
        let waiting_position = if waitlisted {
            view.waiting += 1;
            Some(view.waiting)
        } else {
            view.confirmed += 1;
            None
        };
        self.mine(key).signups.push(MySignUp { course: course.to_string(), waiting_position });
        Ok(())
    }

    /// Everyone waiting behind `place` on a course's waitlist moves up one (in this batch's
    /// copy; the database orders by arrival and needs no update).
    fn shift_waitlist(&mut self, course: &str, place: u32) {
        for signup in self.personal.values_mut().flat_map(|p| p.signups.iter_mut()).filter(|s| s.course == course) {
            if let Some(p) = signup.waiting_position.filter(|p| *p > place) {
                signup.waiting_position = Some(p - 1);
            }
        }
    }

    /// Cancels a sign-up; a freed seat goes to the first person waiting, who is told through
    /// the outbox in their own language, unless the course still has no seat free (its
    /// capacity was lowered below the seats taken).
    pub(crate) async fn cancel_sign_up(&mut self, tx: &mut SqliteConnection, key: &UserKey, course: &str) -> Result<(), sqlx::Error> {
        let cancelled: Option<(i64,)> = sqlx::query_as(
            "UPDATE course_signups SET status = 'cancelled', updated_at = ?4 \
             WHERE course_id = ?1 AND channel = ?2 AND user_id = ?3 AND status != 'cancelled' RETURNING id",
        )
        .bind(course)
        .bind(&key.0)
        .bind(&key.1)
        .bind(self.now)
        .fetch_optional(&mut *tx)
        .await?;
        let own = &mut self.mine(key).signups;
        let Some(position) = own.iter().position(|s| s.course == course) else { return Ok(()) };
        let mine = own.remove(position);
        if cancelled.is_none() {
            return Ok(());
        }
        let Some(view) = self.world.courses.iter_mut().find(|c| c.course.id == course) else { return Ok(()) };
        if let Some(place) = mine.waiting_position {
            view.waiting = view.waiting.saturating_sub(1);
            self.shift_waitlist(course, place);
            return Ok(());
        }
        view.confirmed = view.confirmed.saturating_sub(1);
        if view.confirmed >= view.course.capacity {
            // Staff lowered the capacity below the seats taken: the freed seat is not free.
            return Ok(());
        }
        let promoted: Option<(String, String)> = sqlx::query_as(
            "UPDATE course_signups SET status = 'confirmed', updated_at = ?2 \
             WHERE id = (SELECT id FROM course_signups WHERE course_id = ?1 AND status = 'waiting' ORDER BY id LIMIT 1) \
             RETURNING channel, user_id",
        )
        .bind(course)
        .bind(self.now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(first) = promoted else { return Ok(()) };
        view.confirmed += 1;
        view.waiting = view.waiting.saturating_sub(1);
        let title = NotificationArg::Text(view.course.title.clone());
        if let Some(signup) = self.personal.get_mut(&first).and_then(|p| p.signups.iter_mut().find(|s| s.course == course)) {
            signup.waiting_position = None;
        }
        self.shift_waitlist(course, 1);
        let notice = Notice::new((&first.0, &first.1), COURSE_PROMOTED, [("course_title", title)].into());
        notify(tx, notice, self.now).await
    }

    pub(crate) async fn book(&mut self, tx: &mut SqliteConnection, key: &UserKey, session: &str, local_time: DateTime) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO session_bookings (session_id, channel, user_id, status, booked_local, created_at, updated_at) \
             VALUES (?1, ?2, ?3, 'booked', ?4, ?5, ?5)",
        )
        .bind(session)
        .bind(&key.0)
        .bind(&key.1)
        .bind(local_time.to_string())
        .bind(self.now)
        .execute(&mut *tx)
        .await?;
        if let Some(view) = self.world.sessions.iter_mut().find(|s| s.session.id == session) {
            view.booked += 1;
        }
        self.mine(key).bookings.push(session.to_string());
        Ok(())
    }

    pub(crate) async fn cancel_booking(&mut self, tx: &mut SqliteConnection, key: &UserKey, session: &str) -> Result<(), sqlx::Error> {
        let done = sqlx::query(
            "UPDATE session_bookings SET status = 'cancelled', updated_at = ?4 \
             WHERE session_id = ?1 AND channel = ?2 AND user_id = ?3 AND status = 'booked'",
        )
        .bind(session)
        .bind(&key.0)
        .bind(&key.1)
        .bind(self.now)
        .execute(&mut *tx)
        .await?;
        self.mine(key).bookings.retain(|b| b != session);
        if done.rows_affected() > 0
            && let Some(view) = self.world.sessions.iter_mut().find(|s| s.session.id == session)
        {
            view.booked = view.booked.saturating_sub(1);
        }
        Ok(())
    }

    fn peer(&self, id: &str) -> Option<Peer> {
        self.world.peers.iter().find(|p| p.peer.id == id).map(|p| p.peer.clone())
    }

    /// Records a contact request and tells the peer, in their language, with buttons to
    /// accept or decline. The user's contact is not in the message.
    pub(crate) async fn request_peer(&mut self, tx: &mut SqliteConnection, key: &UserKey, request: NewRequest<'_>) -> Result<(), sqlx::Error> {
        let Some(peer) = self.peer(request.peer) else { return Ok(()) };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO peer_requests (peer_id, channel, user_id, topic, district, locale, contact, status, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8, ?8) RETURNING id",
        )
        .bind(&peer.id)
        .bind(&key.0)
        .bind(&key.1)
        .bind(request.topic)
        .bind(request.district)
        .bind(request.locale)
        .bind(request.contact)
        .bind(self.now)
        .fetch_one(&mut *tx)
        .await?;
        let stored = PeerRequest {
            id,
            peer: peer.id.clone(),
            topic: request.topic.map(str::to_string),
            district: request.district.map(str::to_string),
            locale: request.locale.to_string(),
            contact: request.contact.to_string(),
            accepted: false,
        };
        self.mine(key).requests.push(stored.clone());
        let peer_key = key_of(&peer.account);
        if let Some(theirs) = self.personal.get_mut(&peer_key) {
            theirs.incoming.push(stored);
        }
        let args = [
            ("request", NotificationArg::Number { number: id }),
            ("topic", NotificationArg::Topic { topic: request.topic.unwrap_or_default().to_string() }),
            ("language", NotificationArg::Language { language: request.locale.to_string() }),
        ];
        let notice = Notice {
            locale: peer.languages.first().map(String::as_str),
            buttons: vec![("peer-accept", format!("/accept {id}")), ("peer-decline", format!("/decline {id}"))],
            ..Notice::new((&peer_key.0, &peer_key.1), PEER_REQUEST_NEW, args.into())
        };
        notify(tx, notice, self.now).await
    }

    /// The user takes back their open request; the peer is told it is over.
    pub(crate) async fn withdraw(&mut self, tx: &mut SqliteConnection, key: &UserKey, request: i64) -> Result<(), sqlx::Error> {
        let peer_id: Option<String> = sqlx::query_scalar(
            "UPDATE peer_requests SET status = 'withdrawn', updated_at = ?4 \
             WHERE id = ?1 AND channel = ?2 AND user_id = ?3 AND status IN ('pending', 'accepted') RETURNING peer_id",
        )
        .bind(request)
        .bind(&key.0)
        .bind(&key.1)
        .bind(self.now)
        .fetch_optional(&mut *tx)
        .await?;
        self.mine(key).requests.retain(|r| r.id != request);
        let Some(peer) = peer_id.and_then(|id| self.peer(&id)) else { return Ok(()) };
        let peer_key = key_of(&peer.account);
        if let Some(theirs) = self.personal.get_mut(&peer_key) {
            theirs.incoming.retain(|r| r.id != request);
        }
        let args = [("request", NotificationArg::Number { number: request })];
        let notice = Notice { locale: peer.languages.first().map(String::as_str), ..Notice::new((&peer_key.0, &peer_key.1), PEER_REQUEST_WITHDRAWN, args.into()) };
        notify(tx, notice, self.now).await
    }

    /// A peer answers a waiting request made to them; the user is told, and on acceptance
    /// gets the contact the peer shares.
    pub(crate) async fn answer(&mut self, tx: &mut SqliteConnection, key: &UserKey, request: i64, accept: bool) -> Result<(), sqlx::Error> {
        let answered: Option<(String, String, String)> = sqlx::query_as(
            "UPDATE peer_requests SET status = ?4, updated_at = ?5 \
             WHERE id = ?1 AND status = 'pending' \
               AND peer_id IN (SELECT id FROM peers WHERE account_channel = ?2 AND account_user = ?3) \
             RETURNING channel, user_id, peer_id",
        )
        .bind(request)
        .bind(&key.0)
        .bind(&key.1)
        .bind(if accept { "accepted" } else { "declined" })
        .bind(self.now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((channel, user, peer_id)) = answered else { return Ok(()) };
        let asker = (channel, user);
        for (side, id) in [(key, request), (&asker, request)] {
            let Some(personal) = self.personal.get_mut(side) else { continue };
            for list in [&mut personal.incoming, &mut personal.requests] {
                if accept {
                    list.iter_mut().filter(|r| r.id == id).for_each(|r| r.accepted = true);
                } else {
                    list.retain(|r| r.id != id);
                }
            }
        }
        let Some(peer) = self.peer(&peer_id) else { return Ok(()) };
        let name = ("peer_name", NotificationArg::plain(&peer.name));
        let notice = if accept {
            let channel = NotificationArg::plain(channel_name(&peer.contact_channel));
            let args = [name, ("peer_contact", NotificationArg::plain(&peer.contact)), ("peer_channel", channel)];
            Notice::new((&asker.0, &asker.1), PEER_REQUEST_ACCEPTED, args.into())
        } else {
            Notice::new((&asker.0, &asker.1), PEER_REQUEST_DECLINED, [name].into())
        };
        notify(tx, notice, self.now).await
    }
}

/// A contact request as the engine decided it.
pub(crate) struct NewRequest<'a> {
    pub peer: &'a str,
    pub topic: Option<&'a str>,
    pub district: Option<&'a str>,
    pub locale: &'a str,
    pub contact: &'a str,
}
