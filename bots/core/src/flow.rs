//! Conversations as data: the TOML files under `flows/` define steps, buttons, free-text
//! inputs and the named actions the engine implements. Staff edit them without a rebuild;
//! loading checks every reference and reports problems with file and line.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use wegweiser_i18n::{parse_toml, read_source, Diagnostics, Location};

use crate::model::Subscription;

/// What a button or a step does besides moving on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Remember which information topic the user is reading (for a later handover).
    ShowTopic(String),
    /// Forget the topic and any question typed for a handover.
    ClearTopic,
    /// Record a request to talk to a person, with the topic, language and question.
    RequestPerson,
    /// The user goes back to the bot from a handover.
    LeaveHandover,
    /// The user confirmed that everything stored about them is to be deleted.
    DeleteMyData,
    /// Sign up for the course in `course` (a seat, or the waitlist when full).
    SignUpCourse,
    /// Give up the sign-up for the course in `course`.
    CancelCourse,
    /// Forget the course filters (kind, level, district) and the course picked.
    ClearCourseFilters,
    /// Book a place at the dialogue session in `session`.
    BookSession,
    /// Give up the place at the dialogue session in `session`.
    CancelBooking,
    /// Forget the interpreter language chosen and the session picked.
    ClearSessionFilters,
    /// Forget the topic, district, peer and contact chosen for a peer request.
    ClearPeerChoice,
    /// Ask the peer in `peer` for contact, sharing `contact`.
    RequestPeer,
    /// Take back the user's request in `request`.
    WithdrawPeerRequest,
    /// As a peer, accept the request in `request`.
    AcceptPeerRequest,
    /// As a peer, decline the request in `request`.
    DeclinePeerRequest,
    /// Switch the announcement topic in `announcement` on or off.
    ToggleSubscription,
    /// Subscribe to every announcement topic, later ones too.
    SubscribeAll,
    /// Unsubscribe from every announcement, the district too.
    UnsubscribeAll,
    /// Also get news for the district in `subscription_district` (none when it is empty).
    SubscribeDistrict,
}

/// The names staff write in flow files.
pub const ACTION_NAMES: &[&str] = &[
    "show_topic", "clear_topic", "request_person", "sign_up_course", "cancel_course", "clear_course_filters", "book_session",
    "cancel_booking", "clear_session_filters", "clear_peer_choice", "request_peer", "withdraw_peer_request",
    "accept_peer_request", "decline_peer_request", "leave_handover", "delete_my_data", "toggle_subscription", "subscribe_all",
    "unsubscribe_all", "subscribe_district",
];

/// Menus built by the engine rather than listed in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    /// One button per served language, in its own script.
    Languages,
    /// The levels of the open courses that match the filters chosen so far.
    CourseLevels,
    /// The districts of the open courses that match the filters chosen so far.
    CourseDistricts,
    /// The open courses that match the filters.
    Courses,
    /// The user's own course sign-ups.
    MySignUps,
    /// The interpreter languages of upcoming sessions, the user's own first.
    SessionLanguages,
    /// Upcoming open sessions, with an interpreter for the language chosen.
    Sessions,
    /// The sessions the user has a place at.
    MyBookings,
    /// The information topics available peers help with.
    PeerTopics,
    /// The districts available peers cover.
    PeerDistricts,
    /// Available peers, best match first: language, then district, then topic.
    Peers,
    /// The user's open requests to peers.
    MyPeerRequests,
    /// Requests to the user as a peer that wait for their answer.
    IncomingRequests,
    /// Requests the user as a peer accepted: the people they help.
    HelpingRequests,
    /// The announcement topics, each switching itself on or off, marked when on.
    AnnouncementTopics,
    /// Every district, for district news; the subscribed one marked.
    SubscriptionDistricts,
}

/// The names staff write after `buttons_from`, with their generators.
pub const GENERATORS: &[(&str, Generator)] = &[
    ("languages", Generator::Languages),
    ("course_levels", Generator::CourseLevels),
    ("course_districts", Generator::CourseDistricts),
    ("courses", Generator::Courses),
    ("my_signups", Generator::MySignUps),
    ("session_languages", Generator::SessionLanguages),
    ("sessions", Generator::Sessions),
    ("my_bookings", Generator::MyBookings),
    ("peer_topics", Generator::PeerTopics),
    ("peer_districts", Generator::PeerDistricts),
    ("peers", Generator::Peers),
    ("my_peer_requests", Generator::MyPeerRequests),
    ("incoming_requests", Generator::IncomingRequests),
    ("helping_requests", Generator::HelpingRequests),
    ("announcement_topics", Generator::AnnouncementTopics),
    ("subscription_districts", Generator::SubscriptionDistricts),
];

/// A button of a step.
#[derive(Debug, Clone)]
pub struct Button {
    pub label: String,
    pub goto: Option<String>,
    pub action: Option<Action>,
    /// Conversation variables set when the button is chosen.
    pub set: BTreeMap<String, String>,
    pub location: Location,
}

/// What a free-text input accepts.
#[derive(Debug, Clone)]
pub enum Validation {
    /// Any text of `min..=max` characters.
    Text { min: usize, max: usize },
    /// Text matching a regular expression (e.g. a postcode).
    Pattern { regex: Regex, max: usize },
}

/// A free-text answer a step accepts besides its buttons.
#[derive(Debug, Clone)]
pub struct Input {
    pub validation: Validation,
    /// The conversation variable the answer is kept in.
    pub save_as: String,
    pub next: String,
    /// Message shown when the answer does not match a pattern.
    pub invalid: Option<String>,
}

/// One step of a conversation.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub message: String,
    pub buttons: Vec<Button>,
    /// Buttons the engine builds (before the listed ones), each list with the step a
    /// choice from it goes on to.
    pub generated: Vec<(Generator, String)>,
    pub input: Option<Input>,
    pub on_enter: Option<Action>,
    pub location: Location,
}

/// Where commands lead.
#[derive(Debug, Clone)]
pub struct Entry {
    /// `/start` once the language is known, and "main menu".
    pub start: String,
    /// First contact and `/language`.
    pub language: String,
    /// "Talk to a person".
    pub person: String,
    /// `/my`: the user's sign-ups, bookings and requests.
    pub my: Option<String>,
    /// Where `/accept N` and `/decline N` (a peer answering a request) lead.
    pub peer_answer: Option<String>,
    /// `/delete`: the step that asks before everything about the user is deleted.
    pub delete: Option<String>,
    /// `/subscribe`: the announcements menu.
    pub subscriptions: Option<String>,
    /// A step whose text and buttons are added once to a user's first main menu: the offer
    /// of announcements, with "no" one tap away.
    pub ask_subscription: Option<String>,
    /// `/privacy`: how the bot handles the user's data, with the retention periods.
    pub privacy: Option<String>,
    /// Shown once, instead of the first main menu a user would see once their language is
    /// known: a short privacy note, whose buttons lead on to the main menu or to `privacy`.
    pub privacy_note: Option<String>,
    /// Deep links (`/start NAME`, e.g. from a poster's QR code): a name leads to a step;
    /// `course` and `session` lead to the details of `course_ID` and `session_ID`.
    pub links: BTreeMap<String, String>,
}

/// An information topic: its id and the message naming it.
#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub name: String,
    /// Requests for a person on this topic go to staff only (asylum procedure, violence, …).
    pub staff_only: bool,
    pub location: Location,
}

/// A topic staff announce news on (courses, dialogue sessions, …), users subscribe to.
#[derive(Debug, Clone)]
pub struct Announcement {
    pub id: String,
    /// The message naming it.
    pub name: String,
    pub location: Location,
}

/// All flows, merged from every file under `flows/`.
#[derive(Debug, Clone)]
pub struct Flows {
    pub entry: Entry,
    pub steps: HashMap<String, Step>,
    pub topics: BTreeMap<String, Topic>,
    /// Announcement topics, in the order users see them.
    pub announcements: Vec<Announcement>,
    /// Message ids used anywhere, with where they are used, for checking against the catalog.
    pub message_uses: Vec<(String, Location)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowFile {
    entry: Option<Spanned<EntryFile>>,
    #[serde(default)]
    topic: BTreeMap<String, Spanned<TopicFile>>,
    #[serde(default)]
    announcement: BTreeMap<String, Spanned<AnnouncementFile>>,
    #[serde(default)]
    step: BTreeMap<String, Spanned<StepFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    start: Spanned<String>,
    language: Spanned<String>,
    person: Spanned<String>,
    my: Option<Spanned<String>>,
    peer_answer: Option<Spanned<String>>,
    delete: Option<Spanned<String>>,
    subscriptions: Option<Spanned<String>>,
    ask_subscription: Option<Spanned<String>>,
    privacy: Option<Spanned<String>>,
    privacy_note: Option<Spanned<String>>,
    #[serde(default)]
    links: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnouncementFile {
    name: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFile {
    name: Spanned<String>,
    #[serde(default)]
    staff_only: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    message: Spanned<String>,
    #[serde(default)]
    buttons: Vec<Spanned<ButtonFile>>,
    buttons_from: Option<Spanned<ButtonsFrom>>,
    next: Option<Spanned<String>>,
    input: Option<Spanned<InputFile>>,
    action: Option<Spanned<String>>,
    topic: Option<Spanned<String>>,
}

/// `buttons_from = "courses"` (with the step's `next`), or several lists each with their
/// own next step: `buttons_from = [{ from = "my_signups", next = "my-signup" }, …]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum ButtonsFrom {
    One(String),
    Several(Vec<GeneratedList>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GeneratedList {
    from: String,
    next: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ButtonFile {
    label: Spanned<String>,
    goto: Option<Spanned<String>>,
    action: Option<Spanned<String>>,
    topic: Option<Spanned<String>>,
    #[serde(default)]
    set: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputFile {
    save_as: Spanned<String>,
    next: Spanned<String>,
    min_chars: Option<usize>,
    max_chars: Option<usize>,
    pattern: Option<Spanned<String>>,
    invalid: Option<Spanned<String>>,
}

/// Longest free-text answer any input accepts; longer text is refused before validation.
pub const MAX_INPUT_CHARS: usize = 1000;

struct FileCtx<'a> {
    path: &'a Path,
    source: &'a str,
}

impl FileCtx<'_> {
    /// The location of a span start; toml spans of tables begin with the blank lines before.
    fn at(&self, offset: usize) -> Location {
        let skipped = self.source.get(offset..).map_or(0, |rest| rest.len() - rest.trim_start().len());
        Location::at_offset(self.path, self.source, offset + skipped)
    }
}

impl Flows {
    /// Loads every `*.toml` under `dir` and checks the flow structure.
    pub fn load(dir: &Path) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect(),
            Err(e) => {
                diags.push(Location::new(dir, 1, 1), format!("cannot read the flows folder: {e}"));
                return Err(diags);
            }
        };
        files.sort();
        let mut sources = Vec::new();
        for path in files {
            match read_source(&path, "flow file") {
                Ok(s) => sources.push((path, s)),
                Err(d) => diags.0.push(d),
            }
        }
        if sources.is_empty() && diags.is_empty() {
            diags.push(Location::new(dir, 1, 1), "no flow files (*.toml) found");
        }
        match Self::parse(&sources) {
            Ok(flows) if diags.is_empty() => Ok(flows),
            Ok(_) => Err(diags),
            Err(more) => {
                diags.extend(more);
                diags.into_result().map(|_| unreachable!("there are diagnostics"))
            }
        }
    }

    /// Builds flows from (path, source) pairs.
    pub fn parse(sources: &[(PathBuf, String)]) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let mut entry: Option<(Entry, Vec<(String, Location)>)> = None;
        let mut steps = HashMap::new();
        let mut topics = BTreeMap::new();
        let mut announcements: Vec<Announcement> = Vec::new();
        let mut message_uses = Vec::new();
        let mut step_refs: Vec<(String, Location)> = Vec::new();
        let mut topic_refs: Vec<(String, Location)> = Vec::new();
        let mut syntax_errors = false;
        for (path, source) in sources {
            let ctx = FileCtx { path, source };
            let file: FlowFile = match parse_toml(path, source, "flow file") {
                Ok(f) => f,
                Err(d) => {
                    diags.0.push(d);
                    syntax_errors = true;
                    continue;
                }
            };
            if let Some(e) = file.entry {
                if entry.is_some() {
                    diags.push(ctx.at(e.span().start), "[entry] is defined in more than one flow file");
                }
                let e = e.into_inner();
                let mut refs = vec![
                    (e.start.get_ref().clone(), ctx.at(e.start.span().start)),
                    (e.language.get_ref().clone(), ctx.at(e.language.span().start)),
                    (e.person.get_ref().clone(), ctx.at(e.person.span().start)),
                ];
                for optional in [&e.my, &e.peer_answer, &e.delete, &e.subscriptions, &e.ask_subscription, &e.privacy, &e.privacy_note].into_iter().flatten().chain(e.links.values()) {
                    refs.push((optional.get_ref().clone(), ctx.at(optional.span().start)));
                }
                for name in e.links.keys() {
                    if !is_link_name(name) {
                        let at = ctx.at(e.links[name].span().start);
                        diags.push(at, format!("link name '{name}' may only have lower-case letters and digits (it becomes part of a Telegram link)"));
                    }
                }
                let value = Entry {
                    start: e.start.into_inner(),
                    language: e.language.into_inner(),
                    person: e.person.into_inner(),
                    my: e.my.map(Spanned::into_inner),
                    peer_answer: e.peer_answer.map(Spanned::into_inner),
                    delete: e.delete.map(Spanned::into_inner),
                    subscriptions: e.subscriptions.map(Spanned::into_inner),
                    ask_subscription: e.ask_subscription.map(Spanned::into_inner),
                    privacy: e.privacy.map(Spanned::into_inner),
                    privacy_note: e.privacy_note.map(Spanned::into_inner),
                    links: e.links.into_iter().map(|(k, v)| (k, v.into_inner())).collect(),
                };
                entry = Some((value, refs));
            }
            for (id, t) in file.topic {
                let location = ctx.at(t.span().start);
                let t = t.into_inner();
                message_uses.push((t.name.get_ref().clone(), ctx.at(t.name.span().start)));
                if let Some(previous) = topics.get(&id) {
                    let previous: &Topic = previous;
                    diags.push(location.clone(), format!("topic '{id}' is defined twice (also at {})", previous.location));
                }
                topics.insert(id.clone(), Topic { id, name: t.name.into_inner(), staff_only: t.staff_only, location });
            }
            for (id, a) in file.announcement {
                let location = ctx.at(a.span().start);
                let a = a.into_inner();
                message_uses.push((a.name.get_ref().clone(), ctx.at(a.name.span().start)));
                if id == Subscription::EVERYTHING {
                    diags.push(location.clone(), format!("announcement '{id}' is taken: it stands for every announcement"));
                }
                if let Some(previous) = announcements.iter().find(|p| p.id == id) {
                    diags.push(location.clone(), format!("announcement '{id}' is defined twice (also at {})", previous.location));
                }
                announcements.push(Announcement { id, name: a.name.into_inner(), location });
            }
            for (id, s) in file.step {
                let location = ctx.at(s.span().start);
                let s = s.into_inner();
                if let Some(previous) = steps.get(&id) {
                    let previous: &Step = previous;
                    diags.push(location.clone(), format!("step '{id}' is defined twice (also at {})", previous.location));
                }
                message_uses.push((s.message.get_ref().clone(), ctx.at(s.message.span().start)));
                let mut generated = Vec::new();
                if let Some(from) = &s.buttons_from {
                    let at = ctx.at(from.span().start);
                    let lists = match from.get_ref() {
                        ButtonsFrom::One(name) => match &s.next {
                            Some(next) => vec![(name.clone(), next.get_ref().clone(), ctx.at(next.span().start))],
                            None => {
                                diags.push(location.clone(), format!("step '{id}' builds its buttons and needs 'next': where to go after a choice"));
                                Vec::new()
                            }
                        },
                        ButtonsFrom::Several(lists) => {
                            if s.next.is_some() {
                                diags.push(at.clone(), "with several lists, each names its own 'next'; remove the step's 'next'");
                            }
                            lists.iter().map(|l| (l.from.clone(), l.next.clone(), at.clone())).collect()
                        }
                    };
                    for (name, next, next_at) in lists {
                        match GENERATORS.iter().find(|(n, _)| *n == name) {
                            Some((_, generator)) => {
                                step_refs.push((next.clone(), next_at));
                                generated.push((*generator, next));
                            }
                            None => {
                                let known: Vec<&str> = GENERATORS.iter().map(|(n, _)| *n).collect();
                                diags.push(at.clone(), format!("unknown buttons_from '{name}'; the bot knows {}", known.join(", ")));
                            }
                        }
                    }
                } else if let Some(next) = &s.next {
                    diags.push(ctx.at(next.span().start), "'next' only goes with 'buttons_from' (an input names its own next)");
                }
                let mut buttons = Vec::new();
                for b in s.buttons {
                    let b_loc = ctx.at(b.span().start);
                    let b = b.into_inner();
                    message_uses.push((b.label.get_ref().clone(), ctx.at(b.label.span().start)));
                    if let Some(goto) = &b.goto {
                        step_refs.push((goto.get_ref().clone(), ctx.at(goto.span().start)));
                    }
                    let action = parse_action(&ctx, b.action.as_ref(), b.topic.as_ref(), &mut diags, &mut topic_refs);
                    if b.goto.is_none() && action.is_none() {
                        diags.push(b_loc.clone(), "a button needs 'goto', 'action' or both");
                    }
                    buttons.push(Button { label: b.label.into_inner(), goto: b.goto.map(Spanned::into_inner), action, set: b.set, location: b_loc });
                }
                let on_enter = parse_action(&ctx, s.action.as_ref(), s.topic.as_ref(), &mut diags, &mut topic_refs);
                let input = s.input.map(|i| {
                    let i_loc = ctx.at(i.span().start);
                    let i = i.into_inner();
                    step_refs.push((i.next.get_ref().clone(), ctx.at(i.next.span().start)));
                    if let Some(invalid) = &i.invalid {
                        message_uses.push((invalid.get_ref().clone(), ctx.at(invalid.span().start)));
                    }
                    let max = i.max_chars.unwrap_or(MAX_INPUT_CHARS);
                    if max > MAX_INPUT_CHARS {
                        diags.push(i_loc.clone(), format!("max_chars may be at most {MAX_INPUT_CHARS}"));
                    }
                    let validation = match &i.pattern {
                        Some(p) => match Regex::new(&format!("^(?:{})$", p.get_ref())) {
                            Ok(regex) => {
                                if i.invalid.is_none() {
                                    diags.push(i_loc.clone(), "an input with a pattern needs 'invalid': the message shown when it does not match");
                                }
                                Validation::Pattern { regex, max }
                            }
                            Err(e) => {
                                diags.push(ctx.at(p.span().start), format!("invalid pattern: {e}"));
                                Validation::Text { min: 1, max }
                            }
                        },
                        None => {
                            let min = i.min_chars.unwrap_or(1).max(1);
                            if min > max {
                                diags.push(i_loc.clone(), format!("min_chars ({min}) is larger than max_chars ({max})"));
                            }
                            Validation::Text { min, max }
                        }
                    };
                    Input { validation, save_as: i.save_as.into_inner(), next: i.next.into_inner(), invalid: i.invalid.map(Spanned::into_inner) }
                });
                if buttons.is_empty() && generated.is_empty() && input.is_none() {
                    diags.push(location.clone(), format!("step '{id}' has no buttons and no input: the user would be stuck there"));
                }
                let step = Step {
                    id: id.clone(),
                    message: s.message.into_inner(),
                    buttons,
                    generated,
                    input,
                    on_enter,
                    location,
                };
                steps.insert(id, step);
            }
        }
        if syntax_errors {
            // References into a file that did not parse would only add noise.
            return diags.into_result().map(|_| unreachable!("there are diagnostics"));
        }
        let Some((entry, entry_refs)) = entry else {
            let at = sources.first().map_or_else(|| Location::new("flows", 1, 1), |(p, _)| Location::new(p, 1, 1));
            diags.push(at, "no [entry] table: the flows must say where /start, /language and \"talk to a person\" lead");
            return diags.into_result().map(|_| unreachable!("there are diagnostics"));
        };
        let mut broken_step_reference = false;
        for (target, location) in entry_refs.iter().chain(&step_refs) {
            if !steps.contains_key(target) {
                broken_step_reference = true;
                diags.push(location.clone(), format!("there is no step '{target}'{}", suggestion(target, steps.keys())));
            }
        }
        for (topic, location) in &topic_refs {
            if !topics.contains_key(topic) {
                diags.push(location.clone(), format!("there is no topic '{topic}'{}", suggestion(topic, topics.keys())));
            }
        }
        announcements.sort_by(|a, b| a.location.cmp(&b.location));
        let flows = Flows { entry, steps, topics, announcements, message_uses };
        if broken_step_reference {
            // Reachability would only report the consequences of the broken reference.
            return diags.into_result().map(|_| unreachable!("there are diagnostics"));
        }
        for step in flows.unreachable_steps() {
            diags.push(step.location.clone(), format!("step '{}' cannot be reached from /start, /language or \"talk to a person\"", step.id));
        }
        diags.into_result()?;
        Ok(flows)
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.get(id)
    }

    fn unreachable_steps(&self) -> Vec<&Step> {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut queue: VecDeque<&str> = [self.entry.start.as_str(), self.entry.language.as_str(), self.entry.person.as_str()].into();
        queue.extend(self.entry.my.as_deref());
        queue.extend(self.entry.peer_answer.as_deref());
        queue.extend(self.entry.delete.as_deref());
        queue.extend(self.entry.subscriptions.as_deref());
        queue.extend(self.entry.ask_subscription.as_deref());
        queue.extend(self.entry.privacy.as_deref());
        queue.extend(self.entry.privacy_note.as_deref());
        queue.extend(self.entry.links.values().map(String::as_str));
        while let Some(id) = queue.pop_front() {
            if !seen.insert(id) {
                continue;
            }
            let Some(step) = self.steps.get(id) else { continue };
            queue.extend(step.buttons.iter().filter_map(|b| b.goto.as_deref()));
            queue.extend(step.generated.iter().map(|(_, next)| next.as_str()));
            queue.extend(step.input.as_ref().map(|i| i.next.as_str()));
        }
        let mut unreachable: Vec<&Step> = self.steps.values().filter(|s| !seen.contains(s.id.as_str())).collect();
        unreachable.sort_by(|a, b| a.location.cmp(&b.location));
        unreachable
    }
}

fn parse_action(
    ctx: &FileCtx<'_>,
    action: Option<&Spanned<String>>,
    topic: Option<&Spanned<String>>,
    diags: &mut Diagnostics,
    topic_refs: &mut Vec<(String, Location)>,
) -> Option<Action> {
    let Some(action) = action else {
        if let Some(t) = topic {
            diags.push(ctx.at(t.span().start), "'topic' only goes with action = \"show_topic\"");
        }
        return None;
    };
    let at = ctx.at(action.span().start);
    match action.get_ref().as_str() {
        "show_topic" => match topic {
            Some(t) => {
                topic_refs.push((t.get_ref().clone(), ctx.at(t.span().start)));
                Some(Action::ShowTopic(t.get_ref().clone()))
            }
            None => {
                diags.push(at, "action \"show_topic\" needs topic = \"...\"");
                None
            }
        },
        "clear_topic" => Some(Action::ClearTopic),
        "request_person" => Some(Action::RequestPerson),
        "leave_handover" => Some(Action::LeaveHandover),
        "delete_my_data" => Some(Action::DeleteMyData),
        "sign_up_course" => Some(Action::SignUpCourse),
        "cancel_course" => Some(Action::CancelCourse),
        "clear_course_filters" => Some(Action::ClearCourseFilters),
        "book_session" => Some(Action::BookSession),
        "cancel_booking" => Some(Action::CancelBooking),
        "clear_session_filters" => Some(Action::ClearSessionFilters),
        "clear_peer_choice" => Some(Action::ClearPeerChoice),
        "request_peer" => Some(Action::RequestPeer),
        "withdraw_peer_request" => Some(Action::WithdrawPeerRequest),
        "accept_peer_request" => Some(Action::AcceptPeerRequest),
        "decline_peer_request" => Some(Action::DeclinePeerRequest),
        "toggle_subscription" => Some(Action::ToggleSubscription),
        "subscribe_all" => Some(Action::SubscribeAll),
        "unsubscribe_all" => Some(Action::UnsubscribeAll),
        "subscribe_district" => Some(Action::SubscribeDistrict),
        other => {
            diags.push(at, format!("unknown action '{other}'; the bot knows {}", ACTION_NAMES.join(", ")));
            None
        }
    }
}

fn is_link_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Links that need an id (`course_ID`, `session_ID`): their name alone opens nothing.
pub const ID_LINKS: &[&str] = &["course", "session"];

impl Flows {
    /// The step a link name alone opens (`peers`, `sessions`, …).
    pub fn plain_link(&self, name: &str) -> Option<&String> {
        self.entry.links.get(name).filter(|_| !ID_LINKS.contains(&name))
    }

    /// Link names that work alone, for messages.
    pub fn plain_link_names(&self) -> Vec<&str> {
        self.entry.links.keys().map(String::as_str).filter(|n| !ID_LINKS.contains(n)).collect()
    }

    /// The step that shows an information topic (its action is `show_topic` with it).
    pub fn topic_step(&self, topic: &str) -> Option<&Step> {
        let mut steps: Vec<&Step> = self.steps.values().filter(|s| s.on_enter == Some(Action::ShowTopic(topic.to_string()))).collect();
        steps.sort_by(|a, b| a.location.cmp(&b.location));
        steps.into_iter().next()
    }
}

/// " (did you mean 'x'?)" for a close match among `known`.
fn suggestion<'a>(wanted: &str, known: impl Iterator<Item = &'a String>) -> String {
    known
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| format!(" (did you mean '{k}'?)"))
        .unwrap_or_default()
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(row[j]).min(row[j + 1]) };
            prev = cur;
        }
    }
    row[b.len()]
}
