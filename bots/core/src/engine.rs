//! The conversation engine: one inbound event and the stored state in, the next state,
//! rendered replies and durable effects out. Pure: no I/O, no clock, no randomness.

use wegweiser_i18n::{for_display, label_for_display, mark_value, sanitize_user_text, Args, Catalog, Detector, Direction, FluentValue};

use jiff::civil::DateTime;

use std::collections::BTreeMap;

use crate::broadcast::Source;
use crate::catalog::{Account, DialogueSession, Peer, DISTRICTS, LEVELS};
use crate::flow::{Action, Flows, Generator, Step, Validation, MAX_INPUT_CHARS};
use crate::model::*;
use crate::{pick_localized, Config};

mod helping;
mod privacy;

/// The variable that holds the offer of announcements while it is part of the menu shown.
const ASKING_SUBSCRIPTION: &str = "asking_subscription";

/// Messages staff may broadcast start with this (`locales/*/news.ftl`).
pub const NEWS_PREFIX: &str = "news-";

/// Messages the engine itself uses, besides those named in flows.
pub const SYSTEM_MESSAGES: &[&str] = &[
    "language-menu",
    "language-set",
    "language-detected",
    "help",
    "stopped",
    "not-understood",
    "no-such-option",
    "empty-message",
    "message-too-long",
    "input-too-short",
    "input-too-long",
    "unknown-command",
    "button-stale",
    "media-not-supported",
    "topic-none",
    "note-none",
    "course-promoted",
    "date-time",
    "session-reminder",
    "session-called-off",
    "request-unknown",
    "peer-request-new",
    "peer-request-accepted",
    "peer-request-declined",
    "peer-request-withdrawn",
    "peer-accept",
    "peer-decline",
    "link-unknown",
    "cmd-start",
    "cmd-my",
    "cmd-language",
    "cmd-help",
    "cmd-stop",
    "cmd-subscribe",
    "announce-all",
    "subscribed",
    "unsubscribed",
    "bot-description",
    "bot-short-description",
    "group-private",
    "group-open-chat",
    "staff-unknown-command", "staff-usage", "staff-quotes", "staff-not-a-number", "staff-not-a-role",
    "staff-not-a-language", "staff-not-an-account", "team-not-allowed", "team-queue-empty", "team-queue",
    "team-queue-line", "team-queue-line-claimed", "team-claim-button", "team-claimed", "team-claim-taken",
    "team-claim-unknown", "team-claim-yours", "team-released", "team-closed", "team-nothing-claimed",
    "broadcast-preview", "broadcast-drafted", "broadcast-send-button", "broadcast-cancel-button", "broadcast-nobody",
    "broadcast-confirmed", "broadcast-not-draft", "broadcast-unknown", "broadcast-cancelled", "broadcast-report", "broadcast-progress",
    "broadcast-done", "broadcast-bad-filter", "broadcast-not-news", "team-role-granted", "team-role-revoked", "team-role-unknown", "team-role-taken", "team-role-list", "handover-new",
    "handover-claim", "handover-claimed", "handover-from-helper", "handover-from-user", "handover-media-from-helper",
    "handover-media-from-user", "handover-history", "handover-closed", "handover-closed-idle", "handover-closed-idle-helper", "handover-user-left", "handover-taken-over",
    "feedback-yes", "feedback-no", "feedback-thanks",
    "handover-escalated", "handover-transcript", "team-transcript-unknown", "my-data", "delete-done", "handover-room-opened",
    "team-room-closed", "handover-already-open", "event-failed", "slow-down", "file-too-large", "file-type-refused", "file-quota-reached",
];

/// Variables that describe the dialogue session the user picked.
const SESSION_VARIABLES: &[&str] = &["session_topic", "when", "place", "session_district", "interpreters", "moderator", "session_seats"];

/// Variables that describe the peer or the contact request the user is looking at.
const PEER_VARIABLES: &[&str] = &[
    "peer_name", "peer_languages", "peer_topics", "peer_districts", "peer_contact", "peer_channel", "request_status", "request",
    "contact", "language",
];

/// Most peers proposed at once: the best matches.
pub const MAX_PEERS_SHOWN: usize = 5;

/// Most contact requests a user may have waiting for an answer at once.
pub const MAX_PENDING_REQUESTS: usize = 3;

/// Variables that describe the course the user picked.
const COURSE_VARIABLES: &[&str] =
    &["course_title", "provider", "address", "district", "schedule", "level", "languages", "childcare", "seats", "waiting", "position"];

/// A detected language is used only from this confidence on.
pub const DETECTION_THRESHOLD: f64 = 0.5;

/// Longest message handled as a whole; longer ones get a polite refusal.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// Flows, messages, config and detector, loaded once and shared by every conversation.
pub struct Engine {
    flows: Flows,
    catalog: Catalog,
    config: Config,
    detector: Detector,
}

impl Engine {
    /// Builds an engine from parts already cross-checked by [`crate::check`].
    pub(crate) fn new(flows: Flows, catalog: Catalog, config: Config) -> Self {
        let detector = Detector::new(catalog.registry().tags());
        Self { flows, catalog, config, detector }
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn flows(&self) -> &Flows {
        &self.flows
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// Decides what happens for one event given the conversation so far (None: first
    /// contact), what the store knows (`world`) and the city's local time.
    pub fn handle(&self, previous: Option<ConversationState>, event: &Inbound, world: &World, now: DateTime) -> Outcome {
        let first_contact = previous.is_none();
        let mut turn = Turn {
            engine: self,
            world,
            now,
            me: Account { channel: event.channel.clone(), user: event.user.clone() },
            staff_room: event.staff_room.as_deref(),
            state: previous.unwrap_or_default(),
            replies: Vec::new(),
            effects: Vec::new(),
            accepted_now: None,
        };
        if first_contact {
            turn.apply_hint(event.language_hint.as_deref());
        }
        if turn.state.with_person && world.open_handover_of(&turn.me).is_none() {
            // The helper closed it: the closing message already told the user.
            turn.state.with_person = false;
        } else if !turn.state.with_person
            && let Some(open) = world.open_handover_of(&turn.me)
        {
            // The conversation started anew (its state was lost) while its request is open:
            // the user is back in it, rather than asking for a person twice.
            turn.state.with_person = true;
            if turn.state.locale.is_none() {
                turn.state.locale = Some(open.locale.clone());
                turn.state.locale_source = LocaleSource::Detected;
            }
            turn.say("handover-already-open", &[]);
        }
        match &event.kind {
            // A file of texts for a broadcast is never passed on to a user, wherever it is sent.
            kind if let Some((argument, file)) = turn.broadcast_file(kind) => turn.team_command("broadcast", argument.as_deref(), Some(file)),
            _ if event.handover.is_some() && turn.member().is_some() => turn.in_handover_room(event.handover.unwrap_or_default(), &event.kind),
            InboundKind::Command { name, argument } if turn.is_team_command(name) => turn.team_command(name, argument.as_deref(), None),
            _ if turn.state.with_person => turn.keep_for_the_person(&event.kind),
            InboundKind::Text(_) | InboundKind::Media(_) | InboundKind::Attachment(_) if turn.helping().is_some() => {
                let handover = turn.helping().map_or(0, |h| h.id);
                turn.reply_to_user(handover, &event.kind)
            }
            InboundKind::Command { name, argument } => turn.command(name, argument.as_deref()),
            InboundKind::Text(text) => turn.text(text),
            InboundKind::Button { menu, option } => turn.button(*menu, *option),
            InboundKind::TooLarge(_) => turn.too_large(),
            InboundKind::FileRefused(_) => turn.file_refused(),
            InboundKind::Media(_) | InboundKind::Attachment(_) => turn.say_with_options("media-not-supported", &[]),
        }
        Outcome { state: turn.state, replies: turn.replies, effects: turn.effects }
    }

    /// A broadcast's text for a recipient whose language is `locale`: the message rendered
    /// in it, or the file's text for the first locale of its fallback chain that has one.
    pub fn render_broadcast(&self, locale: &str, source: &Source) -> Outbound {
        let registry = self.catalog.registry();
        match source {
            Source::Message(id) => self.render_notification(Some(locale), id, &BTreeMap::new(), &[]),
            Source::Texts(_) => {
                let mut chain = registry.chain(locale);
                if !chain.contains(&registry.base()) {
                    chain.push(registry.base());
                }
                let (used, text) = source.text_for(&chain).unwrap_or((registry.base(), ""));
                let direction = registry.get(used).map_or(Direction::Ltr, |l| l.direction);
                displayed(Outbound { text: text.to_string(), buttons: Vec::new(), locale: used.to_string(), direction, attachment: None })
            }
        }
    }

    /// Why `id` cannot be broadcast, if it cannot: broadcasts use the `news-` messages,
    /// which every locale translates.
    pub fn check_news_message(&self, id: &str) -> Result<(), String> {
        if id.starts_with(NEWS_PREFIX) && self.catalog.has_message(id) {
            return Ok(());
        }
        Err(format!("'{id}' is not a news message; news messages: {}", self.news_messages().join(", ")))
    }

    /// The ids of the messages staff may broadcast, sorted.
    pub fn news_messages(&self) -> Vec<&str> {
        let mut news: Vec<&str> = self.catalog.base_messages().map(|(m, _)| m).filter(|m| m.starts_with(NEWS_PREFIX)).collect();
        news.sort_unstable();
        news
    }

    /// Renders an outbox message for a user whose conversation is in `locale` (None: not
    /// known, the base locale), with command buttons given as (label message id, command).
    /// Variables not in `args` come from the config's facts.
    pub fn render_notification(
        &self,
        locale: Option<&str>,
        message: &str,
        args: &BTreeMap<String, NotificationArg>,
        buttons: &[(String, String)],
    ) -> Outbound {
        let registry = self.catalog.registry();
        let locale = locale.filter(|l| registry.get(l).is_some()).unwrap_or(registry.base()).to_string();
        let chain = registry.chain(&locale);
        let direction = registry.get(&locale).map_or(Direction::Ltr, |l| l.direction);
        let mut fluent_args = Args::new();
        for name in self.catalog.variables(message) {
            if !args.contains_key(name)
                && let Some(fact) = self.config.fact(name)
            {
                fluent_args.set(name.clone(), mark_value(fact.value_for(&chain), direction));
            }
        }
        for (name, arg) in args {
            let value: FluentValue = match arg {
                NotificationArg::When { when } => self.format_when(&locale, *when).into(),
                NotificationArg::Number { number } => (*number).into(),
                NotificationArg::Topic { topic } => self.topic_name(&locale, Some(topic)).into(),
                NotificationArg::Language { language } => mark_value(&self.endonym(language), direction).into(),
                NotificationArg::Media { media } => media.clone().into(),
                NotificationArg::Text(values) => mark_value(pick_localized(values, &chain), direction).into(),
            };
            fluent_args.set(name.clone(), value);
        }
        let text = self.catalog.format(&locale, message, Some(&fluent_args));
        let buttons = buttons
            .iter()
            .map(|(label, command)| OutButton { label: self.catalog.format(&locale, label, None), press: Press::Command(command.clone()) })
            .collect();
        displayed(Outbound { text, buttons, locale, direction, attachment: None })
    }

    /// A local date and time as people write it in `locale`: weekday, date, time.
    pub fn format_when(&self, locale: &str, when: DateTime) -> String {
        let mut args = Args::new();
        args.set("weekday", when.weekday().to_monday_one_offset());
        args.set("day", format!("{:02}", when.day()));
        args.set("month", format!("{:02}", when.month()));
        args.set("year", when.year().to_string());
        args.set("time", format!("{:02}:{:02}", when.hour(), when.minute()));
        self.catalog.format(locale, "date-time", Some(&args))
    }

    /// The name of an information topic in `locale`, or the word for "none".
    fn topic_name(&self, locale: &str, topic: Option<&str>) -> String {
        let message = topic.and_then(|t| self.flows.topics.get(t)).map_or("topic-none", |t| t.name.as_str());
        self.catalog.format(locale, message, None)
    }

    /// A served language named in its own script; an unknown tag as it is.
    fn endonym(&self, tag: &str) -> String {
        self.catalog.registry().get(tag).map_or_else(|| tag.to_string(), |l| l.endonym.clone())
    }

    /// Languages named in their own scripts, as a list: "العربية, Deutsch".
    fn endonyms(&self, tags: &[String]) -> String {
        tags.iter().map(|t| self.endonym(t)).collect::<Vec<_>>().join(", ")
    }

    /// Presets the language of a conversation as the user's own choice (`--lang`); a tag
    /// that fits no served locale changes nothing (the console refuses it beforehand).
    pub fn preset_locale(&self, state: &mut ConversationState, requested: &str) {
        if let Some(info) = self.catalog.registry().negotiate(requested) {
            state.locale = Some(info.tag.clone());
            state.locale_source = LocaleSource::Chosen;
        }
    }
}

/// The work of one event: the state being changed and what to send.
struct Turn<'e> {
    engine: &'e Engine,
    world: &'e World,
    now: DateTime,
    /// Who is talking.
    me: Account,
    /// The staff room a team command was given in, if it was (see [`Turn::answer_to`]).
    staff_room: Option<&'e str>,
    state: ConversationState,
    replies: Vec<Outbound>,
    effects: Vec<Effect>,
    /// A request the user (a peer) accepts in this very event: its contact may be shown.
    accepted_now: Option<i64>,
}

impl<'e> Turn<'e> {
    fn locale(&self) -> &str {
        self.state.locale.as_deref().unwrap_or_else(|| self.engine.catalog.registry().base())
    }

    fn direction(&self, locale: &str) -> Direction {
        self.engine.catalog.registry().get(locale).map_or(Direction::Ltr, |l| l.direction)
    }

    fn apply_hint(&mut self, hint: Option<&str>) {
        if let Some(info) = hint.and_then(|h| self.engine.catalog.registry().negotiate(h)) {
            self.state.locale = Some(info.tag.clone());
            self.state.locale_source = LocaleSource::Hint;
        }
    }

    /// Renders a message in `locale`, supplying the variables it uses from the engine's own
    /// context, `extra`, and the config's facts.
    fn render_in(&self, locale: &str, id: &str, extra: &[(&str, FluentValue<'static>)]) -> String {
        let catalog = &self.engine.catalog;
        let names = catalog.variables(id);
        if names.is_empty() {
            return catalog.format(locale, id, None);
        }
        let chain = catalog.registry().chain(locale);
        let mut args = Args::new();
        for name in names {
            if let Some((_, v)) = extra.iter().find(|(n, _)| n == name) {
                args.set(name.clone(), v.clone());
                continue;
            }
            let value: FluentValue = match name.as_str() {
                "topic" => self.engine.topic_name(locale, self.state.vars.get("topic").map(String::as_str)).into(),
                "note" => match self.state.vars.get("note") {
                    Some(note) => mark_value(note, self.direction(locale)).into(),
                    None => catalog.format(locale, "note-none", None).into(),
                },
                "hours" => self.engine.config.response_hours.into(),
                "outcome" => self.state.vars.get("outcome").cloned().unwrap_or_default().into(),
                "count" => self.state.vars.get("count").and_then(|c| c.parse::<u32>().ok()).unwrap_or(0).into(),
                course_field if COURSE_VARIABLES.contains(&course_field) => {
                    let Some(view) = self.chosen_course() else { continue };
                    self.course_variable(view, course_field, locale, &chain)
                }
                session_field if SESSION_VARIABLES.contains(&session_field) => {
                    let Some(view) = self.chosen_session() else { continue };
                    self.session_variable(view, session_field, locale, &chain)
                }
                period if let Some(days) = self.privacy_period(period) => days.into(),
                peer_field if PEER_VARIABLES.contains(&peer_field) => match self.peer_variable(peer_field, locale) {
                    Some(value) => value,
                    None => continue,
                },
                fact => match self.engine.config.fact(fact) {
                    Some(f) => mark_value(f.value_for(&chain), self.direction(locale)).into(),
                    None => continue,
                },
            };
            args.set(name.clone(), value);
        }
        catalog.format(locale, id, Some(&args))
    }

    fn say(&mut self, id: &str, extra: &[(&str, FluentValue<'static>)]) {
        let locale = self.locale().to_string();
        let text = self.render_in(&locale, id, extra);
        self.push(text, Vec::new());
    }

    fn push(&mut self, text: String, buttons: Vec<OutButton>) {
        let locale = self.locale().to_string();
        let direction = self.direction(&locale);
        self.replies.push(displayed(Outbound { text, buttons, locale, direction, attachment: None }));
    }

    fn step(&self) -> Option<&Step> {
        self.engine.flows.step(&self.state.step)
    }

    /// Moves to a step: runs its action, shows its message and offers its buttons.
    fn enter(&mut self, id: &str) {
        if let Some(note) = self.privacy_note_instead_of(id) {
            self.state.privacy_noted = true;
            return self.enter(note);
        }
        if let Some(note) = self.privacy_note_before(id) {
            self.state.privacy_noted = true;
            self.say(note, &[]);
        }
        let Some(step) = self.engine.flows.step(id) else {
            return self.enter_start();
        };
        if let Some(action) = &step.on_enter {
            self.run(action);
        }
        self.state.step = step.id.clone();
        self.state.misunderstood = 0;
        self.state.menu_id = self.state.menu_id.wrapping_add(1);
        self.state.vars.remove(ASKING_SUBSCRIPTION);
        let mut options = Vec::new();
        for (generator, next) in &step.generated {
            options.extend(self.generated_options(*generator, next));
        }
        if step.generated.iter().any(|(g, _)| *g != Generator::Languages) {
            self.state.vars.insert("count".into(), options.len().to_string());
        }
        let mut buttons: Vec<&crate::flow::Button> = step.buttons.iter().collect();
        if let Some(ask) = self.subscription_offer(&step.id) {
            self.state.subscription.asked = true;
            self.state.vars.insert(ASKING_SUBSCRIPTION.into(), ask.message.clone());
            buttons.extend(&ask.buttons);
        }
        options.extend(buttons.into_iter().map(|b| OfferedOption {
            label: b.label.clone(),
            goto: b.goto.clone(),
            action: b.action.clone(),
            set: b.set.clone(),
            literal: None,
            locale: None,
        }));
        self.state.options = options;
        self.show_current();
    }

    fn enter_start(&mut self) {
        let start = self.engine.flows.entry.start.clone();
        self.enter(&start);
    }

    /// Where a conversation without a current step begins: the main menu once the language
    /// is known, the language menu before.
    fn enter_home(&mut self) {
        if self.state.locale_source >= LocaleSource::Detected {
            self.enter_start();
        } else {
            let language = self.engine.flows.entry.language.clone();
            self.enter(&language);
        }
    }

    /// Shows the current step again with the options already offered (same menu id).
    fn reshow(&mut self) {
        if self.step().is_none() {
            return self.enter_home();
        }
        self.show_current();
    }

    /// A short reply (an error, the help) with the current options attached, so the user
    /// can answer at once without the step's text repeated.
    fn say_with_options(&mut self, id: &str, extra: &[(&str, FluentValue<'static>)]) {
        if self.step().is_none() {
            self.say(id, extra);
            return self.enter_home();
        }
        let text = self.render_in(self.locale(), id, extra);
        let buttons = self.current_buttons();
        self.push(text, buttons);
    }

    fn current_buttons(&self) -> Vec<OutButton> {
        self.state
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| OutButton { label: self.option_label(o), press: Press::Option { menu: self.state.menu_id, option: i as u16 } })
            .collect()
    }

    fn show_current(&mut self) {
        let Some(step) = self.step() else { return };
        let offers_languages = step.generated.iter().any(|(g, _)| *g == Generator::Languages);
        let text = if offers_languages && self.state.locale.is_none() {
            self.engine
                .config
                .greeting_locales
                .iter()
                .map(|l| self.render_in(l, &step.message, &[]))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            self.render_in(self.locale(), &step.message, &[])
        };
        let text = match self.state.vars.get(ASKING_SUBSCRIPTION) {
            Some(ask) => format!("{text}\n\n{}", self.render_in(self.locale(), ask, &[])),
            None => text,
        };
        let buttons = self.current_buttons();
        self.push(text, buttons);
    }

    /// The offer of announcements for the main menu a user sees first (once the language is
    /// known), unless they were asked before.
    fn subscription_offer(&self, step: &str) -> Option<&'e Step> {
        let entry = &self.engine.flows.entry;
        if step != entry.start || self.state.subscription.asked || self.state.locale.is_none() {
            return None;
        }
        self.engine.flows.step(entry.ask_subscription.as_deref()?)
    }

    fn option_label(&self, option: &OfferedOption) -> String {
        if let Some(literal) = &option.literal {
            return literal.clone();
        }
        match &option.locale {
            Some(tag) => self.engine.endonym(tag),
            None => self.render_in(self.locale(), &option.label, &[]),
        }
    }

    /// One button per served locale, the current or hinted one first.
    fn language_options(&self, next: &str) -> Vec<OfferedOption> {
        let registry = self.engine.catalog.registry();
        let current = self.state.locale.as_deref();
        let mut tags: Vec<&str> = registry.tags().collect();
        if let Some(pos) = current.and_then(|c| tags.iter().position(|t| *t == c)) {
            let tag = tags.remove(pos);
            tags.insert(0, tag);
        }
        tags.into_iter()
            .map(|t| OfferedOption {
                label: t.to_string(),
                goto: Some(next.to_string()),
                action: None,
                set: Default::default(),
                literal: None,
                locale: Some(t.to_string()),
            })
            .collect()
    }

    /// The buttons a generator builds; each sets variables and goes on to `next`.
    fn generated_options(&self, generator: Generator, next: &str) -> Vec<OfferedOption> {
        let pick = |set: &[(&str, &str)], label: String| OfferedOption {
            label: String::new(),
            goto: Some(next.to_string()),
            action: None,
            set: set.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            literal: Some(label),
            locale: None,
        };
        let option = |var: &str, value: &str, label: String| pick(&[(var, value)], label);
        let locale = self.locale();
        let chain = self.engine.catalog.registry().chain(locale);
        match generator {
            Generator::Languages => self.language_options(next),
            Generator::CourseLevels => {
                let found: Vec<&str> = self.matching_courses(&["course_level"]).filter_map(|c| c.course.level.as_deref()).collect();
                LEVELS.iter().filter(|l| found.contains(l)).map(|l| option("course_level", l, l.to_string())).collect()
            }
            Generator::CourseDistricts => {
                let found: Vec<&str> = self.matching_courses(&["course_district"]).map(|c| c.course.district.as_str()).collect();
                DISTRICTS.iter().filter(|d| found.contains(d)).map(|d| option("course_district", d, d.to_string())).collect()
            }
            Generator::Courses => self
                .matching_courses(&[])
                .map(|c| option("course", &c.course.id, format!("{} · {}", pick_localized(&c.course.title, &chain), c.course.district)))
                .collect(),
            Generator::MySignUps => self
                .world
                .signups
                .iter()
                .filter_map(|s| {
                    let view = self.world.course(&s.course)?;
                    let title = pick_localized(&view.course.title, &chain);
                    let label = match s.waiting_position {
                        None => format!("✅ {title}"),
                        Some(n) => format!("⏳ {title} ({n})"),
                    };
                    Some(option("course", &s.course, label))
                })
                .collect(),
            Generator::SessionLanguages => {
                let offered: Vec<&str> = self.upcoming_sessions().flat_map(|s| s.session.interpreters.iter().map(String::as_str)).collect();
                let mut tags: Vec<&str> = self.engine.catalog.registry().tags().filter(|t| offered.contains(t)).collect();
                tags.sort_by_key(|t| chain.iter().position(|c| c == t).unwrap_or(usize::MAX));
                tags.into_iter().map(|t| option("session_language", t, self.engine.endonym(t))).collect()
            }
            Generator::Sessions => self
                .upcoming_sessions()
                .filter(|s| self.state.vars.get("session_language").is_none_or(|l| s.session.interpreters.contains(l)))
                .map(|s| option("session", &s.session.id, self.session_label(&s.session, &chain)))
                .collect(),
            Generator::MyBookings => self
                .upcoming_sessions()
                .filter(|s| self.world.has_booked(&s.session.id))
                .map(|s| option("session", &s.session.id, format!("🗣️ {}", self.session_label(&s.session, &chain))))
                .collect(),
            Generator::PeerTopics => {
                let helped: Vec<&str> = self.available_peers().flat_map(|p| p.topics.iter().map(String::as_str)).collect();
                self.engine
                    .flows
                    .topics
                    .values()
                    .filter(|t| helped.contains(&t.id.as_str()))
                    .map(|t| option("topic", &t.id, self.engine.catalog.format(locale, &t.name, None)))
                    .collect()
            }
            Generator::PeerDistricts => {
                let covered: Vec<&str> = self.available_peers().flat_map(|p| p.districts.iter().map(String::as_str)).collect();
                DISTRICTS.iter().filter(|d| covered.contains(d)).map(|d| option("peer_district", d, d.to_string())).collect()
            }
            Generator::Peers => self
                .matching_peers()
                .into_iter()
                .map(|p| {
                    option("peer", &p.id, format!("{} · {}", p.name, self.engine.endonyms(&p.languages)))
                })
                .collect(),
            Generator::MyPeerRequests => self
                .world
                .requests
                .iter()
                .filter_map(|r| {
                    let peer = &self.world.peer(&r.peer)?.peer;
                    let mark = if r.accepted { "✅" } else { "⏳" };
                    let id = r.id.to_string();
                    let topic = r.topic.as_deref().unwrap_or("");
                    Some(pick(&[("request", &id), ("peer", &peer.id), ("topic", topic)], format!("🤝 {} {mark}", peer.name)))
                })
                .collect(),
            Generator::AnnouncementTopics => {
                let mine = &self.state.subscription;
                let everything = mine.topics.contains(Subscription::EVERYTHING);
                let topics = self.engine.flows.announcements.iter().map(|a| (a.id.as_str(), a.name.as_str()));
                topics
                    .chain([(Subscription::EVERYTHING, "announce-all")])
                    .map(|(id, name)| {
                        let on = mine.topics.contains(id) || everything;
                        let label = format!("{} {}", if on { "✅" } else { "▫️" }, self.render_in(locale, name, &[]));
                        OfferedOption { action: Some(Action::ToggleSubscription), ..option("announcement", id, label) }
                    })
                    .collect()
            }
            Generator::SubscriptionDistricts => DISTRICTS
                .iter()
                .map(|d| {
                    let on = self.state.subscription.district.as_deref() == Some(*d);
                    let label = if on { format!("📍 {d}") } else { d.to_string() };
                    OfferedOption { action: Some(Action::SubscribeDistrict), ..option("subscription_district", d, label) }
                })
                .collect(),
            Generator::IncomingRequests | Generator::HelpingRequests => self
                .world
                .incoming
                .iter()
                .filter(|r| r.accepted == (generator == Generator::HelpingRequests))
                .map(|r| {
                    let mark = if r.accepted { "✅" } else { "📨" };
                    let id = r.id.to_string();
                    let topic = r.topic.as_deref().unwrap_or("");
                    let label = format!("{mark} {id} · {}", self.engine.topic_name(locale, r.topic.as_deref()));
                    pick(&[("request", &id), ("topic", topic)], label)
                })
                .collect(),
        }
    }

    /// Open sessions that have not started yet, soonest first.
    fn upcoming_sessions(&self) -> impl Iterator<Item = &SessionView> {
        let mut upcoming: Vec<&SessionView> = self.world.sessions.iter().filter(|s| s.open && s.session.starts > self.now).collect();
        upcoming.sort_by_key(|s| s.session.starts);
        upcoming.into_iter()
    }

    fn session_label(&self, session: &DialogueSession, chain: &[&str]) -> String {
        format!("{} · {}", self.engine.format_when(self.locale(), session.starts), pick_localized(&session.topic, chain))
    }

    /// Peers staff list who say they are available, except the user themselves.
    fn available_peers(&self) -> impl Iterator<Item = &Peer> {
        self.world.peers.iter().filter(|p| p.open && p.peer.available && p.peer.account != self.me).map(|p| &p.peer)
    }

    /// Available peers who share a language with the user (theirs, or one of its fallbacks),
    /// best first: the closer the language, then the chosen district, then the topic.
    fn matching_peers(&self) -> Vec<&Peer> {
        let chain = self.engine.catalog.registry().chain(self.locale());
        let district = self.state.vars.get("peer_district");
        let topic = self.state.vars.get("topic");
        let mut ranked: Vec<(usize, bool, bool, &Peer)> = self
            .available_peers()
            .filter_map(|p| {
                let language = chain.iter().position(|l| p.languages.iter().any(|pl| pl == l))?;
                let far = district.is_some_and(|d| !p.districts.contains(d));
                let off_topic = topic.is_some_and(|t| !p.topics.contains(t));
                Some((language, far, off_topic, p))
            })
            .collect();
        ranked.sort_by(|a, b| (a.0, a.1, a.2, &a.3.name).cmp(&(b.0, b.1, b.2, &b.3.name)));
        ranked.into_iter().take(MAX_PEERS_SHOWN).map(|(.., p)| p).collect()
    }

    /// Open courses that match the filters the user chose, except those in `ignoring`.
    fn matching_courses<'w>(&'w self, ignoring: &'w [&'w str]) -> impl Iterator<Item = &'w CourseView> + 'w {
        let filter = move |var: &str| if ignoring.contains(&var) { None } else { self.state.vars.get(var) };
        self.world.courses.iter().filter(move |c| {
            c.open
                && filter("course_kind").is_none_or(|kinds| kinds.split(';').any(|k| k == c.course.kind))
                && filter("course_level").is_none_or(|l| c.course.level.as_deref() == Some(l.as_str()))
                && filter("course_district").is_none_or(|d| *d == c.course.district)
        })
    }

    /// The course the user picked from a menu, if it still exists.
    fn chosen_course(&self) -> Option<&CourseView> {
        self.state.vars.get("course").and_then(|id| self.world.course(id))
    }

    /// The session the user picked from a menu, if it still exists.
    fn chosen_session(&self) -> Option<&SessionView> {
        self.state.vars.get("session").and_then(|id| self.world.session(id))
    }

    /// The peer the user picked from a menu, if staff still list them.
    fn chosen_peer(&self) -> Option<&PeerView> {
        self.state.vars.get("peer").and_then(|id| self.world.peer(id))
    }

    /// The open request the user picked: one they made, or (as a peer) one made to them.
    fn chosen_request(&self) -> Option<(&PeerRequest, Side)> {
        let id: i64 = self.state.vars.get("request")?.parse().ok()?;
        let mine = self.world.requests.iter().find(|r| r.id == id).map(|r| (r, Side::Asked));
        mine.or_else(|| self.world.incoming.iter().find(|r| r.id == id).map(|r| (r, Side::Helping)))
    }

    fn session_variable(&self, view: &SessionView, name: &str, locale: &str, chain: &[&str]) -> FluentValue<'static> {
        let s = &view.session;
        let direction = self.direction(locale);
        let data = |text: &str| -> FluentValue<'static> { mark_value(text, direction).into() };
        match name {
            "session_topic" => data(pick_localized(&s.topic, chain)),
            "when" => self.engine.format_when(locale, s.starts).into(),
            "place" => data(&s.place),
            "session_district" => data(&s.district),
            "interpreters" => data(&self.engine.endonyms(&s.interpreters)),
            "moderator" => data(&s.moderator),
            _ => s.capacity.saturating_sub(view.booked).into(),
        }
    }

    /// What a peer variable shows. A peer's contact appears only in the user's own
    /// accepted request; the user's contact only to the peer who accepted it.
    fn peer_variable(&self, name: &str, locale: &str) -> Option<FluentValue<'static>> {
        let direction = self.direction(locale);
        let data = |text: &str| -> FluentValue<'static> { mark_value(text, direction).into() };
        let request = self.chosen_request();
        let value = match name {
            "request" => request?.0.id.into(),
            "request_status" => (if request?.0.accepted { "accepted" } else { "pending" }).into(),
            "contact" => match request {
                Some((r, Side::Helping)) if r.accepted || self.accepted_now == Some(r.id) => data(&r.contact),
                _ => data(self.state.vars.get("contact")?),
            },
            "language" => match request {
                Some((r, Side::Helping)) => data(&self.engine.endonym(&r.locale)),
                _ => data(&self.engine.endonym(locale)),
            },
            "peer_contact" | "peer_channel" => {
                let (r, Side::Asked) = request? else { return None };
                let peer = &self.world.peer(&r.peer)?.peer;
                match (r.accepted, name) {
                    (false, _) => return None,
                    (true, "peer_contact") => data(&peer.contact),
                    (true, _) => data(&channel_name(&peer.contact_channel)),
                }
            }
            _ => {
                let peer = &self.chosen_peer()?.peer;
                match name {
                    "peer_name" => data(&peer.name),
                    "peer_languages" => data(&self.engine.endonyms(&peer.languages)),
                    "peer_topics" => {
                        let names: Vec<String> = peer.topics.iter().map(|t| self.engine.topic_name(locale, Some(t))).collect();
                        names.join(", ").into()
                    }
                    _ => data(&peer.districts.join(", ")),
                }
            }
        };
        Some(value)
    }

    fn course_variable(&self, view: &CourseView, name: &str, locale: &str, chain: &[&str]) -> FluentValue<'static> {
        let c = &view.course;
        let direction = self.direction(locale);
        let data = |text: &str| -> FluentValue<'static> { mark_value(text, direction).into() };
        match name {
            "course_title" => data(pick_localized(&c.title, chain)),
            "provider" => data(&c.provider),
            "address" => data(&c.address),
            "district" => data(&c.district),
            "schedule" => data(pick_localized(&c.schedule, chain)),
            "level" => data(c.level.as_deref().unwrap_or("–")),
            "languages" => data(&self.engine.endonyms(&c.languages)),
            "childcare" => (if c.childcare { "yes" } else { "no" }).into(),
            "seats" => c.capacity.saturating_sub(view.confirmed).into(),
            "waiting" => view.waiting.into(),
            // The stored sign-up decides; only one made in this very event is not stored yet.
            _ => match self.world.signup(&c.id) {
                Some(signup) => signup.waiting_position.unwrap_or(0),
                None => self.state.vars.get("position").and_then(|p| p.parse().ok()).unwrap_or(0),
            }
            .into(),
        }
    }

    /// Signs up for the picked course: a seat while there is one, else the waitlist.
    /// Everything is checked again here, since the menu may be old: the course must still be
    /// open, its sign-up window open, and the user not signed up already.
    fn sign_up(&mut self) {
        let today = self.now.date();
        let outcome = match self.chosen_course() {
            None => "unavailable",
            Some(view) if !view.open => "unavailable",
            Some(view) if self.world.signup(&view.course.id).is_some() => "already",
            Some(view) if view.course.signup_from.is_some_and(|from| today < from) => "not-yet",
            Some(view) if view.course.signup_until.is_some_and(|until| today > until) => "unavailable",
            Some(view) => {
                let waitlisted = view.confirmed >= view.course.capacity;
                let course = view.course.id.clone();
                let position = view.waiting + 1;
                self.effects.push(Effect::SignUp { course, waitlisted });
                if waitlisted {
                    self.state.vars.insert("position".into(), position.to_string());
                    "waitlisted"
                } else {
                    "confirmed"
                }
            }
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    fn cancel_sign_up(&mut self) {
        let signed_up = self.chosen_course().and_then(|v| self.world.signup(&v.course.id)).map(|s| s.course.clone());
        let outcome = match signed_up {
            Some(course) => {
                self.effects.push(Effect::CancelSignUp { course });
                "cancelled"
            }
            None => "not-signed-up",
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    /// Books the picked session, checked again here since the menu may be old: it must
    /// still be offered, not have started, have a place left, and not be booked already.
    fn book_session(&mut self) {
        let outcome = match self.chosen_session() {
            None => "unavailable",
            Some(view) if !view.open => "unavailable",
            Some(view) if view.session.starts <= self.now => "past",
            Some(view) if self.world.has_booked(&view.session.id) => "already",
            Some(view) if view.booked >= view.session.capacity => "full",
            Some(view) => {
                self.effects.push(Effect::BookSession { session: view.session.id.clone(), local_time: self.now });
                "booked"
            }
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    /// Gives up the place at the picked session: only the user's own, and only before it starts.
    fn cancel_booking(&mut self) {
        let own = self.chosen_session().filter(|v| self.world.has_booked(&v.session.id) && v.session.starts > self.now);
        let outcome = match own {
            Some(view) => {
                self.effects.push(Effect::CancelBooking { session: view.session.id.clone() });
                "cancelled"
            }
            None => "not-booked",
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    /// Sends the contact request the user agreed to: the peer must still be available, not
    /// asked already, and the user not over the limit of waiting requests.
    fn request_peer(&mut self) {
        let waiting = self.world.requests.iter().filter(|r| !r.accepted).count();
        let contact = self.state.vars.get("contact").cloned();
        let outcome = match (self.chosen_peer(), contact) {
            (Some(view), _) if self.world.requests.iter().any(|r| r.peer == view.peer.id) => "already",
            (Some(view), Some(contact)) if view.open && view.peer.available && view.peer.account != self.me => {
                if waiting >= MAX_PENDING_REQUESTS {
                    "too-many"
                } else {
                    self.effects.push(Effect::RequestPeer {
                        peer: view.peer.id.clone(),
                        topic: self.state.vars.get("topic").filter(|t| !t.is_empty()).cloned(),
                        district: self.state.vars.get("peer_district").cloned(),
                        locale: self.locale().to_string(),
                        contact,
                    });
                    "sent"
                }
            }
            _ => "unavailable",
        };
        // Once it went to the peer (or could not), the typed contact is not kept: the
        // request holds it for as long as it lives, and nothing else needs it.
        self.state.vars.remove("contact");
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    fn withdraw_peer_request(&mut self) {
        let outcome = match self.chosen_request() {
            Some((request, Side::Asked)) => {
                self.effects.push(Effect::WithdrawPeerRequest { request: request.id });
                "withdrawn"
            }
            _ => "other",
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    /// A peer accepts or declines a request made to them that is still waiting.
    fn answer_peer_request(&mut self, accept: bool) {
        let outcome = match self.chosen_request() {
            Some((request, Side::Helping)) if !request.accepted => {
                let id = request.id;
                self.effects.push(Effect::AnswerPeerRequest { request: id, accept });
                if accept {
                    self.accepted_now = Some(id);
                    "accepted"
                } else {
                    "declined"
                }
            }
            _ => "gone",
        };
        self.state.vars.insert("outcome".into(), outcome.into());
    }

    /// `/accept N` and `/decline N`: the same as the buttons, for the request numbered N.
    fn answer_command(&mut self, accept: bool, argument: Option<&str>) {
        let id = argument.and_then(|a| a.trim().trim_start_matches('#').parse::<i64>().ok());
        let request = id.and_then(|id| self.world.incoming.iter().find(|r| r.id == id && !r.accepted));
        let (Some(request), Some(target)) = (request, self.engine.flows.entry.peer_answer.clone()) else {
            return self.say_with_options("request-unknown", &[]);
        };
        self.state.vars.insert("request".into(), request.id.to_string());
        self.state.vars.insert("topic".into(), request.topic.clone().unwrap_or_default());
        self.answer_peer_request(accept);
        self.enter(&target);
    }

    fn run(&mut self, action: &Action) {
        match action {
            Action::ShowTopic(topic) => {
                self.state.vars.insert("topic".into(), topic.clone());
            }
            Action::ClearTopic => {
                self.state.vars.remove("topic");
                self.state.vars.remove("note");
            }
            Action::SignUpCourse => self.sign_up(),
            Action::CancelCourse => self.cancel_sign_up(),
            Action::ClearCourseFilters => self.forget(&["course_kind", "course_level", "course_district", "course", "outcome", "position"]),
            Action::BookSession => self.book_session(),
            Action::CancelBooking => self.cancel_booking(),
            Action::ClearSessionFilters => self.forget(&["session_language", "session", "outcome"]),
            Action::ClearPeerChoice => self.forget(&["topic", "peer_district", "peer", "contact", "request", "outcome"]),
            Action::RequestPeer => self.request_peer(),
            Action::WithdrawPeerRequest => self.withdraw_peer_request(),
            Action::AcceptPeerRequest => self.answer_peer_request(true),
            Action::DeclinePeerRequest => self.answer_peer_request(false),
            Action::RequestPerson => {
                let topic = self.state.vars.get("topic").filter(|t| !t.is_empty()).cloned();
                let staff_only = topic.as_ref().and_then(|t| self.engine.flows.topics.get(t)).is_some_and(|t| t.staff_only);
                self.effects.push(Effect::HandoverRequested {
                    topic,
                    district: self.state.vars.get("peer_district").cloned(),
                    staff_only,
                    locale: self.locale().to_string(),
                    note: self.state.vars.remove("note"),
                });
                self.state.with_person = true;
                let office = self.engine.config.office.as_ref();
                if let Some(opens) = office.and_then(|o| o.next_opening(self.now)) {
                    let when = self.engine.format_when(self.locale(), opens);
                    self.say("handover-outside-hours", &[("when", when.into())]);
                }
            }
            Action::ToggleSubscription => {
                let Some(topic) = self.state.vars.remove("announcement") else { return };
                let mine = &mut self.state.subscription;
                if topic == Subscription::EVERYTHING {
                    if !mine.topics.remove(&topic) {
                        mine.topics = [topic].into();
                    }
                } else if mine.topics.remove(Subscription::EVERYTHING) {
                    let others = self.engine.flows.announcements.iter().map(|a| a.id.clone()).filter(|id| *id != topic);
                    mine.topics = others.collect();
                } else if !mine.topics.remove(&topic) && self.engine.flows.announcements.iter().any(|a| a.id == topic) {
                    mine.topics.insert(topic);
                }
            }
            Action::SubscribeAll => {
                self.state.subscription.topics = [Subscription::EVERYTHING.to_string()].into();
                self.say("subscribed", &[]);
            }
            Action::UnsubscribeAll => {
                self.state.subscription.topics.clear();
                self.state.subscription.district = None;
                self.say("unsubscribed", &[]);
            }
            Action::SubscribeDistrict => {
                let district = self.state.vars.remove("subscription_district").filter(|d| DISTRICTS.contains(&d.as_str()));
                let mine = &mut self.state.subscription;
                mine.district = if mine.district == district { None } else { district };
            }
            Action::LeaveHandover => self.leave_handover(),
            Action::DeleteMyData => {
                self.effects.push(Effect::DeleteMyData);
                self.say("delete-done", &[]);
                self.state = ConversationState::default();
            }
        }
    }

    /// During a handover: `/bot`, `/stop`, `/mydata`, `/privacy`, `/clear`, `/delete` and the button back to the
    /// bot work; everything else is kept for the person, without an answer from the bot.
    fn keep_for_the_person(&mut self, kind: &InboundKind) {
        match kind {
            InboundKind::Command { name, .. } if name == "bot" => {
                self.leave_handover();
                self.enter_home();
            }
            InboundKind::Command { name, argument } if name == "stop" => {
                self.leave_handover();
                self.command(name, argument.as_deref());
            }
            // What is stored about the user is theirs to see and delete at any time; asking
            // to delete it ends the handover first.
            InboundKind::Command { name, .. } if name == "mydata" => self.export_my_data(),
            InboundKind::Command { name, .. } if name == "privacy" || name == "datenschutz" => self.say("privacy-info", &[]),
            InboundKind::Command { name, .. } if name == "clear" => self.effects.push(Effect::ClearChat),
            InboundKind::Command { name, argument } if name == "delete" => {
                self.leave_handover();
                self.command(name, argument.as_deref());
            }
            InboundKind::Button { menu, option } => {
                let leads_back = *menu == self.state.menu_id
                    && self.state.options.get(usize::from(*option)).is_some_and(|o| o.action == Some(Action::LeaveHandover));
                if leads_back {
                    self.choose(usize::from(*option));
                }
            }
            InboundKind::Command { name, argument } => {
                let text = match argument {
                    Some(argument) => format!("/{name} {argument}"),
                    None => format!("/{name}"),
                };
                self.effects.push(Effect::HandoverMessage { text: Some(text), media: None, attachment: None });
            }
            InboundKind::Text(text) => {
                let text: String = sanitize_user_text(text).chars().take(MAX_MESSAGE_CHARS).collect();
                // The way back, typed as its label; a number is a message for the person
                // ("1 child"), never a menu choice here.
                let back = parse_number(&text).is_none().then(|| self.match_option(&text)).flatten();
                if let Some(index) = back.filter(|i| self.state.options[*i].action == Some(Action::LeaveHandover)) {
                    return self.choose(index);
                }
                self.effects.push(Effect::HandoverMessage { text: Some(text), media: None, attachment: None });
            }
            InboundKind::Media(media) => self.effects.push(Effect::HandoverMessage { text: None, media: Some(*media), attachment: None }),
            InboundKind::Attachment(file) => self.effects.push(Effect::HandoverMessage {
                text: file.caption.as_deref().map(|c| sanitize_user_text(c).chars().take(MAX_MESSAGE_CHARS).collect()),
                media: Some(file.kind),
                attachment: Some(file.clone()),
            }),
            // Not kept, not relayed: the person would get word of a file they cannot open.
            InboundKind::TooLarge(_) => self.too_large(),
            InboundKind::FileRefused(_) => self.file_refused(),
        }
    }

    /// Tells the writer their file was too large to pass on, and how large one may be.
    fn too_large(&mut self) {
        self.say("file-too-large", &[("megabytes", Attachment::MAX_MEGABYTES.into())]);
    }

    /// Tells the writer their file is of a kind that is not passed on, and which are.
    fn file_refused(&mut self) {
        self.say("file-type-refused", &[]);
    }

    /// Closes the user's handover; they are with the bot again.
    fn leave_handover(&mut self) {
        if std::mem::take(&mut self.state.with_person) {
            self.effects.push(Effect::HandoverLeft);
            self.say("handover-back", &[]);
        }
    }

    fn forget(&mut self, vars: &[&str]) {
        for var in vars {
            self.state.vars.remove(*var);
        }
    }

    /// A deep link (`/start NAME`): opened at once when the language is known, else after
    /// the user chose it.
    fn open_link(&mut self, link: &str) {
        if self.state.locale_source < LocaleSource::Detected {
            self.state.vars.insert("link".into(), link.to_string());
            let language = self.engine.flows.entry.language.clone();
            return self.enter(&language);
        }
        self.follow_link(link);
    }

    /// Enters the step a link names. A course or session must still be offered; an unknown
    /// or outdated link says so and shows the main menu.
    fn follow_link(&mut self, link: &str) {
        let flows = &self.engine.flows;
        let target = match link.split_once('_') {
            None => flows.plain_link(link).cloned(),
            Some(("topic", topic)) => flows.topic_step(topic).map(|s| s.id.clone()),
            Some(("course", id)) if self.world.course(id).is_some_and(|c| c.open) => {
                self.state.vars.insert("course".into(), id.to_string());
                flows.entry.links.get("course").cloned()
            }
            Some(("session", id)) if self.upcoming_sessions().any(|s| s.session.id == id) => {
                self.state.vars.insert("session".into(), id.to_string());
                flows.entry.links.get("session").cloned()
            }
            Some(_) => None,
        };
        match target {
            Some(step) => self.enter(&step),
            None => {
                self.say("link-unknown", &[]);
                self.enter_start();
            }
        }
    }

    fn choose(&mut self, index: usize) {
        let option = self.state.options[index].clone();
        if let Some(tag) = &option.locale {
            self.state.locale = Some(tag.clone());
            self.state.locale_source = LocaleSource::Chosen;
            self.say("language-set", &[]);
            if let Some(link) = self.state.vars.remove("link") {
                return self.follow_link(&link);
            }
        }
        self.state.vars.extend(option.set.clone());
        if let Some(action) = &option.action {
            self.run(action);
            if *action == Action::DeleteMyData {
                return;
            }
        }
        match &option.goto {
            Some(goto) => self.enter(goto),
            None => self.reshow(),
        }
    }

    fn command(&mut self, name: &str, argument: Option<&str>) {
        match name {
            "start" => {
                self.state.stopped = false;
                self.state.vars.clear();
                match argument {
                    Some(link) => self.open_link(link),
                    None => self.enter_home(),
                }
            }
            "help" => {
                self.say_with_options("help", &[]);
            }
            "my" if self.engine.flows.entry.my.is_some() => {
                let my = self.engine.flows.entry.my.clone().unwrap_or_default();
                self.enter(&my);
            }
            "accept" | "decline" => self.answer_command(name == "accept", argument),
            "feedback" => self.feedback(argument),
            "mydata" => self.export_my_data(),
            "clear" => self.effects.push(Effect::ClearChat),
            "privacy" | "datenschutz" if self.engine.flows.entry.privacy.is_some() => {
                let privacy = self.engine.flows.entry.privacy.clone().unwrap_or_default();
                self.enter(&privacy);
            }
            "delete" if self.engine.flows.entry.delete.is_some() => {
                let delete = self.engine.flows.entry.delete.clone().unwrap_or_default();
                self.enter(&delete);
            }
            "human" | "mensch" | "person" => {
                let person = self.engine.flows.entry.person.clone();
                self.enter(&person);
            }
            "language" | "lang" | "sprache" => {
                let language = self.engine.flows.entry.language.clone();
                self.enter(&language);
            }
            "subscribe" | "abo" if self.engine.flows.entry.subscriptions.is_some() => {
                let subscriptions = self.engine.flows.entry.subscriptions.clone().unwrap_or_default();
                self.enter(&subscriptions);
            }
            "stop" => {
                self.state.stopped = true;
                self.state.subscription.topics.clear();
                self.state.subscription.district = None;
                self.state.step.clear();
                self.state.options.clear();
                self.state.vars.clear();
                self.say("stopped", &[]);
            }
            _ => {
                self.say_with_options("unknown-command", &[]);
            }
        }
    }

    /// `/mydata`: the store gathers what it keeps; the news subscribed to come from the
    /// state, named in the user's language as the news menu names them.
    fn export_my_data(&mut self) {
        let locale = self.locale().to_string();
        let mine = &self.state.subscription;
        let topics: Vec<&str> = if mine.topics.contains(Subscription::EVERYTHING) {
            vec!["announce-all"]
        } else {
            self.engine.flows.announcements.iter().filter(|a| mine.topics.contains(&a.id)).map(|a| a.name.as_str()).collect()
        };
        let mut news: Vec<String> = topics.into_iter().map(|name| self.render_in(&locale, name, &[])).collect();
        news.extend(mine.district.as_ref().map(|d| format!("📍 {d}")));
        self.effects.push(Effect::ExportMyData { news });
    }

    fn button(&mut self, menu: u32, option: u16) {
        let index = usize::from(option);
        if menu != self.state.menu_id || index >= self.state.options.len() || self.state.stopped {
            self.state.stopped = false;
            self.say("button-stale", &[]);
            return self.reshow();
        }
        self.choose(index);
    }

    fn text(&mut self, raw: &str) {
        if raw.chars().count() > MAX_MESSAGE_CHARS {
            return self.say_with_options("message-too-long", &[("max", MAX_MESSAGE_CHARS.into())]);
        }
        let text = sanitize_user_text(raw);
        if text.is_empty() {
            return self.say_with_options("empty-message", &[]);
        }
        self.state.stopped = false;
        if let Some(index) = self.match_option(&text) {
            return self.choose(index);
        }
        let takes_input = self.step().is_some_and(|s| s.input.is_some());
        if let Some(number) = parse_number(&text) {
            let max = self.state.options.len();
            if max > 0 && !takes_input {
                return self.say_with_options("no-such-option", &[("number", number.into()), ("max", max.into())]);
            }
        }
        if self.state.locale_source < LocaleSource::Detected && self.detect_language(&text) {
            return;
        }
        if self.step().is_none() {
            return self.enter_home();
        }
        if takes_input {
            return self.take_input(&text);
        }
        self.state.misunderstood = self.state.misunderstood.saturating_add(1);
        if self.state.misunderstood >= 2 {
            self.say("not-understood-twice", &[]);
            let person = self.engine.flows.entry.person.clone();
            return self.enter(&person);
        }
        self.say_with_options("not-understood", &[]);
    }

    /// On first contact (or while only the app language is known), answers in the language
    /// the user writes in, and offers to change it. True when a language was taken.
    fn detect_language(&mut self, text: &str) -> bool {
        let Some(found) = self.engine.detector.detect(text) else { return false };
        if found.confidence < DETECTION_THRESHOLD {
            return false;
        }
        self.state.locale = Some(found.tag);
        self.state.locale_source = LocaleSource::Detected;
        self.say("language-detected", &[]);
        match self.state.vars.remove("link") {
            Some(link) => self.follow_link(&link),
            None => self.enter_start(),
        }
        true
    }

    fn take_input(&mut self, text: &str) {
        let Some(input) = self.step().and_then(|s| s.input.clone()) else { return };
        let chars = text.chars().count();
        let (min, max) = match &input.validation {
            Validation::Text { min, max } => (*min, *max),
            Validation::Pattern { max, .. } => (1, *max),
        };
        if chars > max.min(MAX_INPUT_CHARS) {
            return self.say_with_options("input-too-long", &[("max", max.into())]);
        }
        if chars < min {
            return self.say_with_options("input-too-short", &[("min", min.into())]);
        }
        if let Validation::Pattern { regex, .. } = &input.validation
            && !regex.is_match(text)
        {
            let invalid = input.invalid.as_deref().unwrap_or("not-understood");
            return self.say_with_options(invalid, &[]);
        }
        self.state.vars.insert(input.save_as.clone(), text.to_string());
        self.enter(&input.next);
    }

    /// The offered option a typed answer picks: its number (also in Arabic-Indic or Persian
    /// digits) or its label, ignoring case, emoji and punctuation.
    fn match_option(&self, text: &str) -> Option<usize> {
        if let Some(n) = parse_number(text) {
            return (1..=self.state.options.len()).contains(&n).then(|| n - 1);
        }
        let wanted = normalize_label(text);
        if wanted.is_empty() {
            return None;
        }
        let registry = self.engine.catalog.registry();
        self.state.options.iter().position(|o| {
            if normalize_label(&self.option_label(o)) == wanted {
                return true;
            }
            o.locale.as_deref().and_then(|t| registry.get(t)).is_some_and(|l| {
                normalize_label(&l.english_name) == wanted || l.tag.eq_ignore_ascii_case(text.trim())
            })
        })
    }
}

/// Which side of a contact request the user is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// They asked the peer.
    Asked,
    /// They are the peer asked.
    Helping,
}

/// A message as it is sent: its text and labels marked for the bidi algorithm
/// ([`for_display`]), so that every channel shows right-to-left messages right.
fn displayed(message: Outbound) -> Outbound {
    let direction = message.direction;
    let buttons = message.buttons.into_iter().map(|b| OutButton { label: label_for_display(&b.label, direction), ..b }).collect();
    Outbound { text: for_display(&message.text, direction), buttons, ..message }
}

/// A channel as users know it: "Telegram", "Matrix".
pub fn channel_name(channel: &str) -> String {
    let mut chars = channel.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A whole-message number like "3", "[3]", "3." or "٣".
fn parse_number(text: &str) -> Option<usize> {
    let trimmed = text.trim().trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | '.' | ' '));
    if trimmed.is_empty() || trimmed.chars().count() > 4 {
        return None;
    }
    let mut n = 0usize;
    for c in trimmed.chars() {
        let digit = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
            '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
            _ => return None,
        };
        n = n * 10 + digit as usize;
    }
    Some(n)
}

fn normalize_label(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_several_digit_systems() {
        assert_eq!(parse_number("3"), Some(3));
        assert_eq!(parse_number(" [12] "), Some(12));
        assert_eq!(parse_number("٣"), Some(3));
        assert_eq!(parse_number("۱۰"), Some(10));
        assert_eq!(parse_number("3a"), None);
        assert_eq!(parse_number("12345"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn labels_match_without_case_emoji_or_punctuation() {
        assert_eq!(normalize_label("🌐 Sprache ändern!"), "spracheändern");
        assert_eq!(normalize_label("👍"), "");
    }
}
