//! The team's side of a conversation: peers, staff and admins give their commands in chat
//! (`/queue`, `/claim N`, `/release`, `/close`, `/role …`), and while they hold a handover,
//! what they write goes to its user. The user's side: feedback after a handover closed.

use wegweiser_i18n::{mark_value, sanitize_user_text, FluentValue};

use super::{Turn, MAX_MESSAGE_CHARS};
use crate::broadcast::{parse_texts, Segment, Source, BROADCAST_CHANNELS};
use crate::catalog::Account;
use crate::team::{parse_command, Role, StaffCommand, TeamMember, TEAM_COMMANDS};
use crate::{Attachment, Effect, HandoverStatus, HandoverView, InboundKind, OutButton, Press};

/// Most claim buttons under a queue listing.
const MAX_CLAIM_BUTTONS: usize = 8;

/// The conversation variable naming the handover a helper is answering.
const HELPING: &str = "helping";

impl Turn<'_> {
    /// The team member writing, if they are one.
    pub(super) fn member(&self) -> Option<&TeamMember> {
        self.world.member(&self.me)
    }

    /// Whether `name` is a team command and the writer is on the team.
    pub(super) fn is_team_command(&self, name: &str) -> bool {
        TEAM_COMMANDS.contains(&name) && self.member().is_some()
    }

    /// The handover this helper is answering: the one they took last that they still hold.
    pub(super) fn helping(&self) -> Option<&HandoverView> {
        let member = self.member()?;
        let held = |h: &&HandoverView| h.status == HandoverStatus::Claimed && h.claimed_by.as_ref().is_some_and(|(n, _)| *n == member.name);
        let current = self.state.vars.get(HELPING).and_then(|id| id.parse().ok()).and_then(|id| self.world.handover(id));
        current.filter(held).or_else(|| self.world.handovers.iter().filter(held).max_by_key(|h| h.id))
    }

    /// Where answers that come later go (a broadcast's count, progress and report): the
    /// staff room a team command was given in, else the writer's own chat.
    fn answer_to(&self) -> Account {
        Account { channel: self.me.channel.clone(), user: self.staff_room.map_or_else(|| self.me.user.clone(), str::to_string) }
    }

    /// A file sent by a team member with `/broadcast [filters]` as its caption: the texts
    /// of a broadcast, with the caption's filters.
    pub(super) fn broadcast_file<'a>(&self, kind: &'a InboundKind) -> Option<(Option<String>, &'a Attachment)> {
        let InboundKind::Attachment(file) = kind else { return None };
        let InboundKind::Command { name, argument } = InboundKind::from_typed(file.caption.as_deref()?) else { return None };
        (name == "broadcast" && self.member().is_some()).then_some((argument, file))
    }

    /// A team command typed in chat, parsed by the same parser as the command line;
    /// `file` is the one it came with as a caption, if any.
    pub(super) fn team_command(&mut self, name: &str, argument: Option<&str>, file: Option<&Attachment>) {
        let Some(member) = self.member().cloned() else { return };
        let served: Vec<String> = self.engine.catalog.registry().tags().map(String::from).collect();
        let line = match argument {
            Some(argument) => format!("/{name} {argument}"),
            None => format!("/{name}"),
        };
        let command = match parse_command(&line, &served) {
            Ok(command) => command,
            Err(e) => {
                let value = self.data(e.value());
                return self.say(e.message_id(), &[("value", value.clone()), ("usage", value)]);
            }
        };
        if !member.role.may(&command) {
            return self.say("team-not-allowed", &[]);
        }
        match command {
            StaffCommand::Queue => self.show_queue(&member),
            StaffCommand::Claim(id) => self.claim(&member, i64::from(id)),
            StaffCommand::Release | StaffCommand::Close => {
                let Some(held) = self.helping().map(|h| h.id) else {
                    return self.say("team-nothing-claimed", &[]);
                };
                self.state.vars.remove(HELPING);
                if command == StaffCommand::Close {
                    self.effects.push(Effect::CloseHandover { handover: held });
                    self.say("team-closed", &[("number", held.into())]);
                } else {
                    self.effects.push(Effect::ReleaseHandover { handover: held });
                    self.say("team-released", &[("number", held.into())]);
                }
            }
            StaffCommand::Transcript(id) => self.effects.push(Effect::SendTranscript { handover: i64::from(id) }),
            StaffCommand::RoleGrant(granted) => self.grant(granted),
            StaffCommand::RoleRevoke { name } => {
                if !self.world.team.iter().any(|m| m.name == name) {
                    let name = self.data(&name);
                    return self.say("team-role-unknown", &[("name", name)]);
                }
                self.effects.push(Effect::RevokeRole { name: name.clone() });
                let name = self.data(&name);
                self.say("team-role-revoked", &[("name", name)]);
            }
            StaffCommand::RoleList => {
                let lines: Vec<String> = self
                    .world
                    .team
                    .iter()
                    .map(|m| {
                        let accounts: Vec<String> = m.accounts.iter().map(ToString::to_string).collect();
                        format!("{} · {} · {} · {}", m.name, m.role.name(), m.languages.join(","), accounts.join(" "))
                    })
                    .collect();
                let list = self.data(&lines.join("\n"));
                self.say("team-role-list", &[("count", lines.len().into()), ("list", list)]);
            }
            StaffCommand::Broadcast { message, segment } => match (message, file) {
                (Some(message), None) => self.draft_broadcast_of_news(message, segment),
                (None, Some(file)) => self.draft_broadcast_of_file(file, segment),
                (Some(_), Some(_)) => self.say("broadcast-file-or-news", &[]),
                (None, None) => {
                    let list = self.data(&self.engine.news_messages().join(", "));
                    self.say("broadcast-what", &[("list", list)]);
                }
            },
            StaffCommand::BroadcastSend(id) => self.effects.push(Effect::ConfirmBroadcast { broadcast: i64::from(id), answer_to: self.answer_to() }),
            StaffCommand::BroadcastCancel(id) => self.effects.push(Effect::CancelBroadcast { broadcast: i64::from(id), answer_to: self.answer_to() }),
            StaffCommand::BroadcastReport(id) => self.effects.push(Effect::ReportBroadcast { broadcast: i64::from(id), answer_to: self.answer_to() }),
        }
    }

    /// A news message checked, then drafted.
    fn draft_broadcast_of_news(&mut self, message: String, segment: Segment) {
        if self.engine.check_news_message(&message).is_err() {
            let (value, list) = (self.data(&message), self.data(&self.engine.news_messages().join(", ")));
            return self.say("broadcast-not-news", &[("value", value), ("list", list)]);
        }
        self.draft_broadcast(Source::Message(message), segment);
    }

    /// A file of texts, one per language, read as the command line reads one: what is wrong
    /// in it is named by file:line, and nothing is drafted.
    fn draft_broadcast_of_file(&mut self, file: &Attachment, segment: Segment) {
        let name = file.file_name();
        let read = std::str::from_utf8(&file.bytes)
            .map_err(|_| format!("{name}: error: not a text file (UTF-8)"))
            .and_then(|text| parse_texts(std::path::Path::new(&name), text, self.engine.catalog.registry()).map_err(|e| e.to_string()));
        match read {
            Ok(source) => self.draft_broadcast(source, segment),
            Err(errors) => {
                let (file, errors) = (self.data(&name), self.data(&errors));
                self.say("broadcast-file-wrong", &[("file", file), ("errors", errors)]);
            }
        }
    }

    /// A broadcast shown in the languages it will go out in; the store then picks the
    /// recipients and tells the staff member how many, with send and cancel.
    fn draft_broadcast(&mut self, source: Source, segment: Segment) {
        let registry = self.engine.catalog.registry();
        let served: Vec<String> = registry.tags().map(String::from).collect();
        let topics: Vec<String> = self.engine.flows.announcements.iter().map(|a| a.id.clone()).collect();
        if let Err(e) = segment.check(&served, &topics, BROADCAST_CHANNELS) {
            let value = self.data(e.value());
            return self.say(e.message_id(), &[("value", value)]);
        }
        let languages: Vec<&str> = registry.tags().filter(|tag| segment.takes_language(tag)).collect();
        let previews: Vec<String> = languages.iter().map(|l| format!("── {l} ──\n{}", self.engine.render_broadcast(l, &source).text)).collect();
        let filters = match segment.describe() {
            d if d.is_empty() => "-".to_string(),
            d => d,
        };
        let (filters, previews) = (self.data(&filters), self.data(&previews.join("\n\n")));
        self.say("broadcast-preview", &[("filters", filters), ("previews", previews)]);
        let default_locale = registry.base().to_string();
        self.effects.push(Effect::DraftBroadcast { source, segment, default_locale, answer_to: self.answer_to() });
    }


    /// User data in a message, in direction marks where its direction may differ from the message's.
    fn data(&self, text: &str) -> FluentValue<'static> {
        mark_value(text, self.direction(self.locale())).into()
    }

    /// Minutes since a handover was opened.
    fn waiting_minutes(&self, handover: &HandoverView) -> i64 {
        let now = self.engine.config.time_zone.to_ambiguous_timestamp(self.now).compatible().unwrap_or(handover.opened);
        now.duration_since(handover.opened).as_secs().max(0) / 60
    }

    /// The handovers this member may take or holds, oldest first, with buttons to take the
    /// waiting ones.
    fn show_queue(&mut self, member: &TeamMember) {
        let world = self.world;
        let mut visible: Vec<&HandoverView> =
            world.handovers.iter().filter(|h| h.status != HandoverStatus::Closed && member.may_see(h)).collect();
        visible.sort_by_key(|h| h.id);
        if visible.is_empty() {
            return self.say("team-queue-empty", &[]);
        }
        let locale = self.locale().to_string();
        let mut lines = Vec::new();
        let mut buttons = Vec::new();
        for h in &visible {
            let minutes = self.waiting_minutes(h);
            let mut args: Vec<(&str, FluentValue<'static>)> = vec![
                ("number", h.id.into()),
                ("pseudonym", self.data(&h.pseudonym)),
                ("language", self.data(&self.engine.endonym(&h.locale))),
                ("topic", self.engine.topic_name(&locale, h.topic.as_deref()).into()),
                ("hours", (minutes / 60).into()),
                ("minutes", (minutes % 60).into()),
            ];
            match &h.claimed_by {
                Some((helper, _)) => {
                    args.push(("helper", self.data(helper)));
                    lines.push(self.render_in(&locale, "team-queue-line-claimed", &args));
                }
                None => {
                    lines.push(self.render_in(&locale, "team-queue-line", &args));
                    if buttons.len() < MAX_CLAIM_BUTTONS {
                        let label = self.render_in(&locale, "team-claim-button", &[("number", h.id.into())]);
                        buttons.push(OutButton { label, press: Press::Command(format!("/claim {}", h.id)) });
                    }
                }
            }
        }
        let text = self.render_in(&locale, "team-queue", &[("count", visible.len().into()), ("list", lines.join("\n").into())]);
        self.push(text, buttons);
    }

    /// Takes handover `id` if this member may see it and nobody holds it; staff may take
    /// over one another helper holds (a helper who went silent). Whoever comes second in a
    /// race is told it is taken: the store hands the engine an exact world, event by event.
    fn claim(&mut self, member: &TeamMember, id: i64) {
        let world = self.world;
        let Some(handover) = world.handover(id).filter(|h| h.status != HandoverStatus::Closed && member.may_see(h)) else {
            return self.say("team-claim-unknown", &[("number", id.into())]);
        };
        match &handover.claimed_by {
            Some((holder, _)) if *holder == member.name => {
                self.state.vars.insert(HELPING.into(), id.to_string());
                return self.say("team-claim-yours", &[("number", id.into())]);
            }
            Some(_) if member.role < Role::Staff => return self.say("team-claim-taken", &[("number", id.into())]),
            _ => {}
        }
        let locale = self.locale().to_string();
        let note = match &handover.note {
            Some(note) => self.data(note),
            None => self.engine.catalog.format(&locale, "note-none", None).into(),
        };
        let args = [
            ("number", id.into()),
            ("pseudonym", self.data(&handover.pseudonym)),
            ("language", self.data(&self.engine.endonym(&handover.locale))),
            ("topic", self.engine.topic_name(&locale, handover.topic.as_deref()).into()),
            ("note", note),
        ];
        self.effects.push(Effect::ClaimHandover { handover: id });
        self.state.vars.insert(HELPING.into(), id.to_string());
        self.say("team-claimed", &args);
    }

    /// Gives someone a role; an account that belongs to another member is refused.
    fn grant(&mut self, granted: TeamMember) {
        let taken = granted
            .accounts
            .iter()
            .find_map(|a| self.world.member(a).filter(|owner| owner.name != granted.name).map(|owner| (a.to_string(), owner.name.clone())));
        if let Some((account, owner)) = taken {
            let (account, owner) = (self.data(&account), self.data(&owner));
            return self.say("team-role-taken", &[("account", account), ("owner", owner)]);
        }
        let name = self.data(&granted.name);
        let role = granted.role.name();
        self.effects.push(Effect::GrantRole(granted));
        self.say("team-role-granted", &[("name", name), ("role", role.into())]);
    }

    /// What a helper writes while holding a handover goes to its user, without an answer
    /// from the bot.
    pub(super) fn reply_to_user(&mut self, handover: i64, kind: &InboundKind) {
        let clean = |text: &str| -> String { sanitize_user_text(text).chars().take(MAX_MESSAGE_CHARS).collect() };
        let (text, media, attachment) = match kind {
            InboundKind::Text(text) => (Some(clean(text)), None, None),
            InboundKind::Media(media) => (None, Some(*media), None),
            InboundKind::Attachment(file) => (file.caption.as_deref().map(clean), Some(file.kind), Some(file.clone())),
            _ => return,
        };
        self.state.vars.insert(HELPING.into(), handover.to_string());
        self.effects.push(Effect::HandoverReply { handover, text, media, attachment });
    }

    /// Something written in a handover's own room (Matrix): a message goes to that
    /// handover's user, a team command applies to that handover. A room whose handover the
    /// writer no longer holds gets told so; `/close` and `/release` there never reach
    /// another request the writer holds, which has a room of its own.
    pub(super) fn in_handover_room(&mut self, handover: i64, kind: &InboundKind) {
        let Some(member) = self.member().cloned() else { return };
        let held = self.world.handover(handover).is_some_and(|h| {
            h.status == HandoverStatus::Claimed && h.claimed_by.as_ref().is_some_and(|(name, _)| *name == member.name)
        });
        match kind {
            InboundKind::Command { name, .. } if !held && matches!(name.as_str(), "close" | "release") => {
                self.say("team-room-closed", &[("number", handover.into())])
            }
            InboundKind::Command { name, argument } if TEAM_COMMANDS.contains(&name.as_str()) => {
                if held {
                    self.state.vars.insert(HELPING.into(), handover.to_string());
                }
                self.team_command(name, argument.as_deref(), None);
            }
            _ if !held => self.say("team-room-closed", &[("number", handover.into())]),
            InboundKind::Text(_) | InboundKind::Media(_) | InboundKind::Attachment(_) => self.reply_to_user(handover, kind),
            InboundKind::TooLarge(_) => self.too_large(),
            InboundKind::FileRefused(_) => self.file_refused(),
            _ => self.say("team-room-closed", &[("number", handover.into())]),
        }
    }

    /// `/feedback N yes|no`, from the buttons under "did this help?". Closed handovers are
    /// not in the world: the store counts the answer only for the user's own closed
    /// handover, once, and a number that is still open here is refused.
    pub(super) fn feedback(&mut self, argument: Option<&str>) {
        let mut words = argument.unwrap_or("").split_whitespace();
        let id = words.next().and_then(|w| w.trim_start_matches('#').parse::<i64>().ok());
        let helpful = match words.next() {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        };
        match (id, helpful) {
            (Some(handover), Some(helpful)) if self.world.handover(handover).is_none_or(|h| h.status == HandoverStatus::Closed) => {
                self.effects.push(Effect::HandoverFeedback { handover, helpful });
                self.say_with_options("feedback-thanks", &[]);
            }
            _ => self.say_with_options("unknown-command", &[]),
        }
    }
}
