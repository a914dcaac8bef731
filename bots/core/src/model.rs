//! What goes into the engine and what comes out: normalised inbound events from any channel,
//! the stored conversation state, outbound messages and durable effects.

use std::collections::BTreeMap;

use jiff::civil::DateTime;
use serde::{Deserialize, Serialize};
use wegweiser_i18n::Direction;

use crate::catalog::{Account, Course, DialogueSession, Localized, Peer};
use crate::team::TeamMember;
use crate::Action;

/// Something a user sent, normalised by the channel that received it.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    /// Which channel: "console", "telegram", "matrix".
    pub channel: String,
    /// The user's id on that channel.
    pub user: String,
    /// The platform's id of this event; a repeated id is not processed twice.
    pub event_id: String,
    pub kind: InboundKind,
    /// The user's app language as the channel reports it (Telegram's `language_code`).
    pub language_hint: Option<String>,
    /// The handover whose own room this came from, on channels that give each handover a
    /// room with its helper (Matrix); None elsewhere.
    pub handover: Option<i64>,
    /// The team's room a team command was given in (a Matrix staff room): what answers it
    /// later, like a broadcast's count, progress and report, goes there. None elsewhere.
    pub staff_room: Option<String>,
    /// The platform's id of the user's message in their private chat with the bot, kept
    /// so that `/clear` and `/delete` can delete it there; None for a button press and on
    /// networks where the bot cannot delete it.
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InboundKind {
    /// Free text, including a typed button number or label.
    Text(String),
    /// A pressed button: the menu it belonged to and its position (0-based).
    Button { menu: u32, option: u16 },
    /// `/name argument`.
    Command { name: String, argument: Option<String> },
    /// A photo, voice note, sticker, document or location the channel did not fetch.
    Media(MediaKind),
    /// A photo, voice note or document with its content, which can be passed on.
    Attachment(Attachment),
    /// A photo, voice note or document the channel did not fetch because it is larger than
    /// [`Attachment::MAX_BYTES`] (announced so, or found so while downloading).
    TooLarge(MediaKind),
    /// A file that is not passed on for what it is: a program, an archive, a type that
    /// cannot be recognised or a damaged picture ([`crate::cleaning`]).
    FileRefused(MediaKind),
}

/// Channels that give each handover its own room with its helper (a Matrix room per
/// request); elsewhere the helper answers in their chat with the bot.
pub const HANDOVER_ROOM_CHANNELS: &[&str] = &["matrix"];

/// A file a user sent, fetched by the channel so that another channel can pass it on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub kind: MediaKind,
    /// The content type, e.g. `image/jpeg`.
    pub mime: String,
    /// The file name as sent, if any.
    pub name: Option<String>,
    /// Text sent with it.
    pub caption: Option<String>,
    pub bytes: std::sync::Arc<[u8]>,
}

impl Attachment {
    /// The most a channel fetches: Telegram lets bots download up to 20 MB.
    pub const MAX_BYTES: usize = 20 * 1024 * 1024;

    /// [`Attachment::MAX_BYTES`] in megabytes, as users are told it.
    pub const MAX_MEGABYTES: usize = Self::MAX_BYTES / (1024 * 1024);

    /// A file name to send it under: the one it has (a handover's files have neutral
    /// ones, [`crate::cleaning::neutral_name`]), else one from its kind and type.
    pub fn file_name(&self) -> String {
        if let Some(name) = self.name.as_ref().filter(|n| !n.trim().is_empty()) {
            return name.clone();
        }
        format!("{}.{}", self.kind.name(), crate::cleaning::extension_of(&self.mime))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Photo,
    Voice,
    Sticker,
    Document,
    Location,
    Other,
}

impl MediaKind {
    const NAMES: [(MediaKind, &'static str, &'static str); 6] = [
        (MediaKind::Photo, "photo", "📷"),
        (MediaKind::Voice, "voice", "🎤"),
        (MediaKind::Sticker, "sticker", "🙂"),
        (MediaKind::Document, "document", "📄"),
        (MediaKind::Location, "location", "📍"),
        (MediaKind::Other, "other", "📎"),
    ];

    /// The name messages select on (`photo`, `voice`, …) and the store keeps.
    pub fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(k, _, _)| *k == self).map_or("other", |(_, name, _)| name)
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::NAMES.iter().find(|(_, n, _)| *n == name).map(|(k, _, _)| *k)
    }

    /// A sign for it in a list of messages, the same in every language.
    pub fn symbol(self) -> &'static str {
        Self::NAMES.iter().find(|(k, _, _)| *k == self).map_or("📎", |(_, _, symbol)| symbol)
    }
}

impl InboundKind {
    /// Parses a typed line: `/name argument` is a command, anything else text.
    pub fn from_typed(line: &str) -> Self {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix('/') {
            let (name, argument) = match rest.split_once(char::is_whitespace) {
                Some((n, a)) => (n, Some(a.trim().to_string()).filter(|a| !a.is_empty())),
                None => (rest, None),
            };
            let name = name.split('@').next().unwrap_or("").to_lowercase();
            return Self::Command { name, argument };
        }
        Self::Text(line.to_string())
    }
}

/// How the conversation's language was set; a stronger source is never overridden by a weaker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocaleSource {
    #[default]
    Unknown,
    /// The channel's app-language hint.
    Hint,
    /// Detected from what the user wrote.
    Detected,
    /// The user chose it.
    Chosen,
}

/// An option the user was offered, resolved on the server: a pressed or typed answer can
/// only ever pick one of these, never name a target of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedOption {
    /// A message id for the label, or for language buttons the locale tag.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goto: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// Conversation variables the option sets when chosen (a filter, the course picked).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub set: BTreeMap<String, String>,
    /// A label that is data, not a message: a district, a course title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
    /// For language buttons: the locale chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// One conversation per (channel, user), stored after every event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationState {
    /// The step the user is at; empty before the first step.
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub locale_source: LocaleSource,
    /// Counts menus shown, so a button from an older menu is recognised as stale.
    #[serde(default)]
    pub menu_id: u32,
    #[serde(default)]
    pub options: Vec<OfferedOption>,
    /// Answers and context kept for the next steps: `topic`, `note`, ….
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// Consecutive messages the bot did not understand.
    #[serde(default)]
    pub misunderstood: u8,
    /// The user said /stop: no notifications until they write again.
    #[serde(default)]
    pub stopped: bool,
    /// A handover to a person is open: what the user writes is for that person, and the bot
    /// answers only `/bot`, `/stop` and the button that leads back.
    #[serde(default)]
    pub with_person: bool,
    /// Which staff announcements the user wants.
    #[serde(default, skip_serializing_if = "Subscription::is_untouched")]
    pub subscription: Subscription,
    /// The user was shown the privacy note (once, before their first main menu).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub privacy_noted: bool,
}

/// The announcements a user subscribed to: topics from `[announcement.*]` in the flows,
/// and optionally their district for news about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// Announcement topic ids; [`Subscription::EVERYTHING`] stands for all, today's and later ones.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub topics: std::collections::BTreeSet<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// The user was offered announcements once (they may have said no).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub asked: bool,
}

impl Subscription {
    /// The topic id for "everything".
    pub const EVERYTHING: &'static str = "all";

    /// Whether announcements on `topic` reach this user (any topic when `topic` is None).
    pub fn wants(&self, topic: Option<&str>) -> bool {
        match topic {
            _ if self.topics.contains(Self::EVERYTHING) => true,
            Some(topic) => self.topics.contains(topic),
            None => !self.topics.is_empty(),
        }
    }

    fn is_untouched(&self) -> bool {
        *self == Self::default()
    }
}

/// A message for the user, already rendered in their language. A reply is kept in the
/// outbox as JSON until it is sent; replies never carry a file (relayed files travel as
/// stored media), so the attachment is not part of that JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outbound {
    pub text: String,
    pub buttons: Vec<OutButton>,
    pub locale: String,
    pub direction: Direction,
    /// A file passed on with the text (a photo of an official letter, a voice note).
    #[serde(skip)]
    pub attachment: Option<Attachment>,
}

/// A button as shown: its label and what pressing it sends back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutButton {
    pub label: String,
    pub press: Press,
}

/// What a button press sends: an opaque reference to an offered option, or (on
/// notifications, which belong to no menu) a command that is checked like a typed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Press {
    Option { menu: u32, option: u16 },
    Command(String),
}

/// Something that must happen durably, committed together with the new state.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// The user asked to talk to a person; `district` (when known) and `topic` help choose
    /// whom it is offered to, and a staff-only topic goes to staff alone.
    HandoverRequested { topic: Option<String>, district: Option<String>, staff_only: bool, locale: String, note: Option<String> },
    /// The user wrote during their open handover: kept for the person who takes it.
    HandoverMessage { text: Option<String>, media: Option<MediaKind>, attachment: Option<Attachment> },
    /// The user went back to the bot: their open handover closes.
    HandoverLeft,
    /// A peer or staff member takes a handover; a staff member may take one over from
    /// another helper. The user is told who answers, the helper gets what was written so far.
    ClaimHandover { handover: i64 },
    /// The helper gives the handover back to the queue.
    ReleaseHandover { handover: i64 },
    /// The helper closes the handover; the user is asked for feedback and is back with the bot.
    CloseHandover { handover: i64 },
    /// The helper wrote to the user of a handover they hold.
    HandoverReply { handover: i64, text: Option<String>, media: Option<MediaKind>, attachment: Option<Attachment> },
    /// The user's one-tap answer to "did this help?" after a handover closed.
    HandoverFeedback { handover: i64, helpful: bool },
    /// An admin gives someone a team role (replacing one they had).
    GrantRole(TeamMember),
    /// An admin takes a team role away.
    RevokeRole { name: String },
    /// A staff member reads what was written in a handover: sent to them, and logged.
    SendTranscript { handover: i64 },
    /// A staff member drafts a broadcast: the store picks the recipients and tells
    /// `answer_to` the count, with buttons to send or cancel.
    /// `default_locale` is for recipients whose language the bot does not know.
    DraftBroadcast { source: crate::broadcast::Source, segment: crate::broadcast::Segment, default_locale: String, answer_to: Account },
    /// A staff member sends a drafted broadcast; its progress and report go to `answer_to`.
    ConfirmBroadcast { broadcast: i64, answer_to: Account },
    /// A staff member stops a broadcast.
    CancelBroadcast { broadcast: i64, answer_to: Account },
    /// A staff member asks how a broadcast stands.
    ReportBroadcast { broadcast: i64, answer_to: Account },
    /// The user asks what is stored about them: a summary is sent to them. `news`: the
    /// news topics and district they subscribed to, named in their language.
    ExportMyData { news: Vec<String> },
    /// The user confirmed: every row that names them is deleted, their conversation too.
    DeleteMyData,
    /// `/clear`: the messages of the user's private chat with the bot are deleted there, as
    /// far as the network allows, and the user is told what could not be.
    ClearChat,
    /// A seat in a course, or a place on its waitlist.
    SignUp { course: String, waitlisted: bool },
    /// The user gives up their seat or waitlist place; the first waiting person moves up.
    CancelSignUp { course: String },
    /// A place at a dialogue session; `local_time` is when it was booked, which decides
    /// whether a reminder is still due.
    BookSession { session: String, local_time: DateTime },
    /// The user gives up their place at a dialogue session.
    CancelBooking { session: String },
    /// The user asks a peer for contact; the peer is notified, the contact kept until they accept.
    RequestPeer { peer: String, topic: Option<String>, district: Option<String>, locale: String, contact: String },
    /// The user takes back a request; the peer is told.
    WithdrawPeerRequest { request: i64 },
    /// The peer answers a request addressed to them; the user is told, and on acceptance
    /// gets the peer's contact.
    AnswerPeerRequest { request: i64, accept: bool },
}

/// What the engine may know beyond the conversation, read by the store in the same
/// transaction that commits the outcome: the catalog with its seat counts, and this user's
/// own sign-ups, bookings and requests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct World {
    pub courses: Vec<CourseView>,
    pub sessions: Vec<SessionView>,
    pub peers: Vec<PeerView>,
    pub signups: Vec<MySignUp>,
    /// The sessions this user has a place at.
    pub bookings: Vec<String>,
    /// Open requests this user made.
    pub requests: Vec<PeerRequest>,
    /// Open requests addressed to this user, when they are a peer.
    pub incoming: Vec<PeerRequest>,
    /// Peers, staff and admins.
    pub team: Vec<TeamMember>,
    /// Handovers not closed yet (or closed by an event earlier in the same batch).
    pub handovers: Vec<HandoverView>,
}

/// Where a handover stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoverStatus {
    /// Waiting for someone to take it.
    Open,
    Claimed,
    Closed,
}

/// A request to talk to a person, as the team and its user see it.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoverView {
    pub id: i64,
    /// Whose request it is; never shown to the team, who see the pseudonym.
    pub user: Account,
    pub pseudonym: String,
    pub topic: Option<String>,
    pub locale: String,
    pub note: Option<String>,
    pub status: HandoverStatus,
    /// Only staff may see and take it (a staff-only topic, or escalated).
    pub staff_only: bool,
    /// When it was opened.
    pub opened: jiff::Timestamp,
    /// The team members it was offered to.
    pub offered_to: Vec<String>,
    /// Who holds it, and the account they took it from (where the user's messages go).
    pub claimed_by: Option<(String, Account)>,
}

/// A course, whether staff offer it, and how full it is.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseView {
    pub course: Course,
    pub open: bool,
    pub confirmed: u32,
    pub waiting: u32,
}

/// A dialogue session, whether staff offer it, and how many places are taken.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionView {
    pub session: DialogueSession,
    pub open: bool,
    pub booked: u32,
}

/// A peer and whether staff list them (their own availability is in the entry).
#[derive(Debug, Clone, PartialEq)]
pub struct PeerView {
    pub peer: Peer,
    pub open: bool,
}

/// One of the user's sign-ups: a seat, or a place on the waitlist (1 = next).
#[derive(Debug, Clone, PartialEq)]
pub struct MySignUp {
    pub course: String,
    pub waiting_position: Option<u32>,
}

/// An open contact request, as its user or its peer sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerRequest {
    pub id: i64,
    pub peer: String,
    pub topic: Option<String>,
    pub district: Option<String>,
    /// The language of the user who asked.
    pub locale: String,
    /// What the user shared; shown to the peer only once accepted.
    pub contact: String,
    pub accepted: bool,
}

impl World {
    pub fn course(&self, id: &str) -> Option<&CourseView> {
        self.courses.iter().find(|c| c.course.id == id)
    }

    pub fn signup(&self, course: &str) -> Option<&MySignUp> {
        self.signups.iter().find(|s| s.course == course)
    }

    pub fn session(&self, id: &str) -> Option<&SessionView> {
        self.sessions.iter().find(|s| s.session.id == id)
    }

    pub fn has_booked(&self, session: &str) -> bool {
        self.bookings.iter().any(|b| b == session)
    }

    pub fn peer(&self, id: &str) -> Option<&PeerView> {
        self.peers.iter().find(|p| p.peer.id == id)
    }

    /// The team member who uses `account`.
    pub fn member(&self, account: &Account) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.accounts.contains(account))
    }

    pub fn handover(&self, id: i64) -> Option<&HandoverView> {
        self.handovers.iter().find(|h| h.id == id)
    }

    /// The user's handover that is not closed yet.
    pub fn open_handover_of(&self, user: &Account) -> Option<&HandoverView> {
        self.handovers.iter().find(|h| &h.user == user && h.status != HandoverStatus::Closed)
    }
}

/// A value for a notification's message, rendered for its recipient on delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum NotificationArg {
    /// A local date and time, written with the message `date-time`.
    When { when: DateTime },
    /// A number, e.g. a request number.
    Number { number: i64 },
    /// An information topic (its id; empty for none), named in the recipient's language.
    Topic { topic: String },
    /// A served language (its tag), named in its own script.
    Language { language: String },
    /// The kind of a photo, voice note or file (`MediaKind::name`), for messages to select on.
    Media { media: String },
    /// Catalog data: a text per locale (`default` for all others).
    Text(Localized),
}

impl NotificationArg {
    /// The same text for every locale: a name, a contact, a place.
    pub fn plain(text: impl Into<String>) -> Self {
        Self::Text([("default".to_string(), text.into())].into())
    }
}

/// What the engine decided for one inbound event.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub state: ConversationState,
    pub replies: Vec<Outbound>,
    pub effects: Vec<Effect>,
}

/// Escapes the characters HTML gives meaning to in text (`&`, `<`, `>`), for the channels
/// that send HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}
