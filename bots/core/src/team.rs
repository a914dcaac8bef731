//! The team behind the bot: Supportgroup peers, city staff and admins, with the languages
//! they speak and their accounts on each channel, and the commands they give. One parser
//! reads those commands wherever they are typed (the command line, a Matrix staff room,
//! Telegram), and one table says which role may give which.

use crate::broadcast::{Segment, SegmentError};
use crate::catalog::{Account, ACCOUNT_FORMS};
use crate::{HandoverView, PeerView};

/// What a person may do. Everyone who writes to the bot is a refugee (a user) unless
/// granted more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Refugee,
    /// A Supportgroup volunteer: takes handovers offered to them.
    Peer,
    /// City staff: takes any handover, including staff-only topics.
    Staff,
    /// Manages roles.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Refugee, Role::Peer, Role::Staff, Role::Admin];

    pub fn name(self) -> &'static str {
        match self {
            Role::Refugee => "refugee",
            Role::Peer => "peer",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name().eq_ignore_ascii_case(text.trim()))
    }

    /// Whether this role may give `command`.
    pub fn may(self, command: &StaffCommand) -> bool {
        match command {
            StaffCommand::Queue | StaffCommand::Claim(_) | StaffCommand::Release | StaffCommand::Close => self >= Role::Peer,
            StaffCommand::Transcript(_) => self >= Role::Staff,
            StaffCommand::RoleGrant(_) | StaffCommand::RoleRevoke { .. } | StaffCommand::RoleList => self == Role::Admin,
            StaffCommand::Broadcast { .. } | StaffCommand::BroadcastSend(_) | StaffCommand::BroadcastCancel(_) | StaffCommand::BroadcastReport(_) => {
                self >= Role::Staff
            }
        }
    }
}

/// A peer, staff member or admin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// The name users see, e.g. "Amal" or "Frau Weber"; also how commands name them.
    pub name: String,
    pub role: Role,
    /// Served locale tags, the best first.
    pub languages: Vec<String>,
    /// Where they talk to the bot; each account belongs to one member.
    pub accounts: Vec<Account>,
}

/// A command of the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffCommand {
    /// Waiting handovers the giver may take.
    Queue,
    /// Take the handover numbered N.
    Claim(u32),
    /// Give the claimed handover back to the queue.
    Release,
    /// Close the claimed handover; the user is back with the bot.
    Close,
    /// Read what was written in handover N; every reading is logged.
    Transcript(u32),
    RoleGrant(TeamMember),
    RoleRevoke { name: String },
    RoleList,
    /// Draft a broadcast to the subscribers the filters take in: of a news message, or
    /// (`message` None) of the file of texts the command came with as its caption. The
    /// giver sees a preview and the count, with buttons to send or cancel.
    Broadcast { message: Option<String>, segment: Segment },
    /// Send drafted broadcast N.
    BroadcastSend(u32),
    /// Stop broadcast N: what was not sent yet is not sent.
    BroadcastCancel(u32),
    /// Sent, failed, blocked and pending of broadcast N, per language and channel.
    BroadcastReport(u32),
}

/// Why a command line was refused; each has a message for the command line (Display) and a
/// Fluent message id for chat.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("unknown command '{0}'; commands: queue, claim N, release, close, transcript N, role grant|revoke|list")]
    Unknown(String),
    #[error("usage: {0}")]
    Usage(&'static str),
    #[error("a quote is not closed")]
    Quotes,
    #[error("'{0}' is not a handover number")]
    NotANumber(String),
    #[error("'{0}' is not a role; roles: peer, staff, admin")]
    NotARole(String),
    #[error("'{0}' is not a served language")]
    NotALanguage(String),
    #[error("'{0}' is not an account; {forms}", forms = ACCOUNT_FORMS)]
    NotAnAccount(String),
    #[error("{0}")]
    Filter(#[from] SegmentError),
}

/// Command names the team types in chat; for everyone else they are unknown commands.
pub const TEAM_COMMANDS: &[&str] = &["queue", "claim", "release", "close", "transcript", "role", "broadcast"];

/// Most peers a new handover is offered to at once: the best matches.
pub const MAX_OFFERED_PEERS: usize = 3;

impl CommandError {
    /// The Fluent message that tells a chat user the same.
    pub fn message_id(&self) -> &'static str {
        match self {
            CommandError::Unknown(_) => "staff-unknown-command",
            CommandError::Usage(_) => "staff-usage",
            CommandError::Quotes => "staff-quotes",
            CommandError::NotANumber(_) => "staff-not-a-number",
            CommandError::NotARole(_) => "staff-not-a-role",
            CommandError::NotALanguage(_) => "staff-not-a-language",
            CommandError::NotAnAccount(_) => "staff-not-an-account",
            CommandError::Filter(e) => e.message_id(),
        }
    }
}

impl CommandError {
    /// What the message names: the word that is wrong, or the usage.
    pub fn value(&self) -> &str {
        match self {
            CommandError::Usage(usage) => usage,
            CommandError::Quotes => "",
            CommandError::Unknown(v)
            | CommandError::NotANumber(v)
            | CommandError::NotARole(v)
            | CommandError::NotALanguage(v)
            | CommandError::NotAnAccount(v) => v,
            CommandError::Filter(e) => e.value(),
        }
    }
}

impl TeamMember {
    /// Whether they speak `locale`: the same tag, or the same language in another variant
    /// (fa and fa-AF).
    pub fn speaks(&self, locale: &str) -> bool {
        let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        self.languages.iter().any(|l| l.eq_ignore_ascii_case(locale) || primary(l) == primary(locale))
    }

    /// Whether they may see a handover and take it: staff see every one; a peer only those
    /// offered to them or held by them, never a staff-only one.
    pub fn may_see(&self, handover: &HandoverView) -> bool {
        match self.role {
            Role::Refugee => false,
            Role::Peer => {
                !handover.staff_only
                    && (handover.offered_to.contains(&self.name) || handover.claimed_by.as_ref().is_some_and(|(name, _)| *name == self.name))
            }
            Role::Staff | Role::Admin => true,
        }
    }
}

/// What routing needs to know about a new handover.
#[derive(Debug, Clone)]
pub struct Routing<'a> {
    pub locale: &'a str,
    pub topic: Option<&'a str>,
    pub district: Option<&'a str>,
    pub staff_only: bool,
}

/// Whom a new handover is offered to, by name. Available peers who speak the user's
/// language come first, best first (the user's district, then the topic, decide between
/// them; at most [`MAX_OFFERED_PEERS`]); when there is none, or the topic is staff-only,
/// it goes to staff and admins, those who speak the language first. A peer's availability,
/// districts and topics come from their catalog entry (same account); a peer without one
/// counts as available for every district and topic.
pub fn route(request: &Routing<'_>, team: &[TeamMember], catalog_peers: &[PeerView]) -> Vec<String> {
    if !request.staff_only {
        let mut peers: Vec<(bool, bool, &TeamMember)> = team
            .iter()
            .filter(|m| m.role == Role::Peer && m.speaks(request.locale))
            .filter_map(|m| {
                let entry = catalog_peers.iter().find(|p| m.accounts.contains(&p.peer.account));
                if entry.is_some_and(|p| !p.open || !p.peer.available) {
                    return None;
                }
                let covers = |wanted: Option<&str>, listed: fn(&PeerView) -> &Vec<String>| {
                    wanted.is_some_and(|w| entry.is_none_or(|p| listed(p).iter().any(|l| l == w)))
                };
                Some((covers(request.district, |p| &p.peer.districts), covers(request.topic, |p| &p.peer.topics), m))
            })
            .collect();
        peers.sort_by_key(|(district, topic, _)| (!district, !topic));
        if !peers.is_empty() {
            return peers.into_iter().take(MAX_OFFERED_PEERS).map(|(_, _, m)| m.name.clone()).collect();
        }
    }
    let mut staff: Vec<&TeamMember> = team.iter().filter(|m| m.role >= Role::Staff).collect();
    staff.sort_by_key(|m| !m.speaks(request.locale));
    staff.into_iter().map(|m| m.name.clone()).collect()
}

/// Words a handover's user is called by in the team, instead of their name or handle.
const PSEUDONYMS: &[&str] = &[
    "Aster", "Birch", "Cedar", "Dahlia", "Elm", "Fern", "Hazel", "Iris", "Jasmine", "Juniper", "Laurel", "Lilac", "Lotus", "Maple",
    "Mimosa", "Myrtle", "Olive", "Orchid", "Poppy", "Rowan", "Saffron", "Sage", "Tulip", "Willow",
];

/// The pseudonym of handover `id`: a plant name that says nothing about the user.
pub fn pseudonym(id: i64) -> String {
    PSEUDONYMS[id.unsigned_abs() as usize % PSEUDONYMS.len()].to_string()
}

pub const GRANT_USAGE: &str = "role grant NAME peer|staff|admin LANGUAGES ACCOUNT... (e.g. role grant Amal peer ar,de telegram:123456789 matrix:@amal:example.org)";
pub const REVOKE_USAGE: &str = "role revoke NAME";
pub const CLAIM_USAGE: &str = "claim N";
pub const TRANSCRIPT_USAGE: &str = "transcript N";
pub const BROADCAST_USAGE: &str =
    "broadcast NEWS-ID [lang=uk,ar] [district=Mitte] [topic=courses] [channel=telegram] [active=30] | broadcast send|cancel|report N (or a file of texts with broadcast [filters] as its caption)";

/// Reads one command line: `/claim 3`, `role grant "Frau Weber" staff de,en matrix:@weber:stuttgart.de`.
/// A leading `/` and a bot's `@name` after the command are allowed; `served` are the locale
/// tags languages must be among.
pub fn parse_command(line: &str, served: &[String]) -> Result<StaffCommand, CommandError> {
    parse_words(shlex::split(line.trim()).ok_or(CommandError::Quotes)?, served)
}

/// The same for a command already split into words, as a shell gives them.
pub fn parse_words(words: Vec<String>, served: &[String]) -> Result<StaffCommand, CommandError> {
    let mut words = words.into_iter();
    let first = words.next().unwrap_or_default();
    let command = first.trim_start_matches('/').split('@').next().unwrap_or("").to_lowercase();
    let rest: Vec<String> = words.collect();
    let no_more = |command: StaffCommand, usage: &'static str| if rest.is_empty() { Ok(command) } else { Err(CommandError::Usage(usage)) };
    match command.as_str() {
        "queue" => no_more(StaffCommand::Queue, "queue"),
        "release" => no_more(StaffCommand::Release, "release"),
        "close" => no_more(StaffCommand::Close, "close"),
        "claim" => numbered(&rest, StaffCommand::Claim, CLAIM_USAGE),
        "transcript" => numbered(&rest, StaffCommand::Transcript, TRANSCRIPT_USAGE),
        "role" => parse_role(&rest, served),
        "broadcast" => parse_broadcast(&rest),
        _ => Err(CommandError::Unknown(first)),
    }
}

/// A command with one handover number.
fn numbered(words: &[String], command: fn(u32) -> StaffCommand, usage: &'static str) -> Result<StaffCommand, CommandError> {
    match words {
        [n] => n.trim_start_matches('#').parse().map(command).map_err(|_| CommandError::NotANumber(n.clone())),
        _ => Err(CommandError::Usage(usage)),
    }
}

fn parse_broadcast(words: &[String]) -> Result<StaffCommand, CommandError> {
    match words {
        [action, rest @ ..] if action == "send" => numbered(rest, StaffCommand::BroadcastSend, BROADCAST_USAGE),
        [action, rest @ ..] if action == "cancel" => numbered(rest, StaffCommand::BroadcastCancel, BROADCAST_USAGE),
        [action, rest @ ..] if action == "report" || action == "status" => numbered(rest, StaffCommand::BroadcastReport, BROADCAST_USAGE),
        _ => {
            let (message, filters) = match words {
                [first, rest @ ..] if !first.contains('=') => (Some(first.clone()), rest),
                _ => (None, words),
            };
            let mut segment = Segment::default();
            for filter in filters {
                segment.add_filter(filter)?;
            }
            Ok(StaffCommand::Broadcast { message, segment })
        }
    }
}

fn parse_role(words: &[String], served: &[String]) -> Result<StaffCommand, CommandError> {
    match words {
        [action] if action == "list" => Ok(StaffCommand::RoleList),
        [action, name] if action == "revoke" => Ok(StaffCommand::RoleRevoke { name: name.trim().to_string() }),
        [action, ..] if action == "revoke" => Err(CommandError::Usage(REVOKE_USAGE)),
        [action, name, role, languages, accounts @ ..] if action == "grant" && !accounts.is_empty() => {
            let role = match Role::parse(role) {
                Some(Role::Refugee) | None => return Err(CommandError::NotARole(role.clone())),
                Some(role) => role,
            };
            let mut tags = Vec::new();
            for tag in languages.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                let served_tag = served.iter().find(|s| s.eq_ignore_ascii_case(tag)).ok_or_else(|| CommandError::NotALanguage(tag.to_string()))?;
                if !tags.contains(served_tag) {
                    tags.push(served_tag.clone());
                }
            }
            if tags.is_empty() {
                return Err(CommandError::Usage(GRANT_USAGE));
            }
            let mut parsed: Vec<Account> = Vec::with_capacity(accounts.len());
            for account in accounts {
                let account = Account::parse(account).ok_or_else(|| CommandError::NotAnAccount(account.clone()))?;
                // An account named twice is the same account.
                if !parsed.contains(&account) {
                    parsed.push(account);
                }
            }
            let accounts = parsed;
            Ok(StaffCommand::RoleGrant(TeamMember { name: name.trim().to_string(), role, languages: tags, accounts }))
        }
        [action, ..] if action == "grant" => Err(CommandError::Usage(GRANT_USAGE)),
        _ => Err(CommandError::Usage("role grant … | role revoke NAME | role list")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served() -> Vec<String> {
        ["de", "en", "uk", "ar", "fa-AF"].map(String::from).to_vec()
    }

    fn parse(line: &str) -> Result<StaffCommand, CommandError> {
        parse_command(line, &served())
    }

    #[test]
    fn handover_commands_with_or_without_a_slash_or_the_bot_name() {
        assert_eq!(parse("/queue"), Ok(StaffCommand::Queue));
        assert_eq!(parse("queue"), Ok(StaffCommand::Queue));
        assert_eq!(parse("/claim@WegweiserStuttgartBot 12"), Ok(StaffCommand::Claim(12)));
        // As in a shell, '#' starts a comment: the number is missing.
        assert_eq!(parse("claim #3"), Err(CommandError::Usage(CLAIM_USAGE)));
        assert_eq!(parse("/RELEASE"), Ok(StaffCommand::Release));
        assert_eq!(parse("/close"), Ok(StaffCommand::Close));
        assert_eq!(parse("/transcript 7"), Ok(StaffCommand::Transcript(7)));
        assert_eq!(parse("/transcript"), Err(CommandError::Usage(TRANSCRIPT_USAGE)));
        assert_eq!(parse("/claim drei"), Err(CommandError::NotANumber("drei".into())));
        assert_eq!(parse("/claim"), Err(CommandError::Usage(CLAIM_USAGE)));
        assert_eq!(parse("/close now"), Err(CommandError::Usage("close")));
        assert_eq!(parse("/dance"), Err(CommandError::Unknown("/dance".into())));
    }

    #[test]
    fn a_grant_names_role_languages_and_accounts() {
        let granted = parse("role grant \"Frau Weber\" staff de,EN,de matrix:@weber:stuttgart.de telegram:42").unwrap();
        let StaffCommand::RoleGrant(member) = granted else { panic!("{granted:?}") };
        assert_eq!(member.name, "Frau Weber");
        assert_eq!(member.role, Role::Staff);
        assert_eq!(member.languages, ["de", "en"]);
        assert_eq!(member.accounts[0], Account { channel: "matrix".into(), user: "@weber:stuttgart.de".into() });
        assert_eq!(member.accounts[1].to_string(), "telegram:42");
        let twice = parse("role grant Xaver peer de telegram:7777 telegram:7777").unwrap();
        let StaffCommand::RoleGrant(xaver) = twice else { panic!("{twice:?}") };
        assert_eq!(xaver.accounts.len(), 1, "an account named twice is one account");
        assert_eq!(parse("role revoke Amal"), Ok(StaffCommand::RoleRevoke { name: "Amal".into() }));
        // A Matrix staff room is granted like a person, by its room id (with or without a server).
        let room = parse("role grant Team staff de matrix:!AbCdEf123").unwrap();
        assert!(matches!(room, StaffCommand::RoleGrant(m) if m.accounts[0].user == "!AbCdEf123"));
        assert!(matches!(parse("role grant Team staff de matrix:!abc:example.org"), Ok(StaffCommand::RoleGrant(_))));
        assert_eq!(parse("role grant Team staff de matrix:!"), Err(CommandError::NotAnAccount("matrix:!".into())));
        assert_eq!(parse("/role list"), Ok(StaffCommand::RoleList));
    }

    #[test]
    fn bad_grants_say_what_is_wrong() {
        assert_eq!(parse("role grant Amal chief ar telegram:1"), Err(CommandError::NotARole("chief".into())));
        assert_eq!(parse("role grant Amal refugee ar telegram:1"), Err(CommandError::NotARole("refugee".into())));
        assert_eq!(parse("role grant Amal peer xx telegram:1"), Err(CommandError::NotALanguage("xx".into())));
        assert_eq!(parse("role grant Amal peer ar @amal"), Err(CommandError::NotAnAccount("@amal".into())));
        assert_eq!(parse("role grant Amal peer ar"), Err(CommandError::Usage(GRANT_USAGE)));
        assert_eq!(parse("role grant \"Amal peer ar telegram:1"), Err(CommandError::Quotes));
        assert_eq!(parse("role revoke"), Err(CommandError::Usage(REVOKE_USAGE)));
        assert!(CommandError::NotAnAccount("x".into()).to_string().contains("telegram:<numeric user id>"));
    }

    /// Every command against every role: refugees give none, peers and staff the handover
    /// commands, admins everything.
    #[test]
    fn who_may_give_which_command() {
        let member = TeamMember { name: "A".into(), role: Role::Peer, languages: vec!["de".into()], accounts: vec![] };
        let commands = [
            StaffCommand::Queue,
            StaffCommand::Claim(1),
            StaffCommand::Release,
            StaffCommand::Close,
            StaffCommand::Transcript(1),
            StaffCommand::RoleGrant(member),
            StaffCommand::RoleRevoke { name: "A".into() },
            StaffCommand::RoleList,
        ];
        let expected: [(Role, [bool; 8]); 4] = [
            (Role::Refugee, [false, false, false, false, false, false, false, false]),
            (Role::Peer, [true, true, true, true, false, false, false, false]),
            (Role::Staff, [true, true, true, true, true, false, false, false]),
            (Role::Admin, [true, true, true, true, true, true, true, true]),
        ];
        for (role, allowed) in expected {
            for (command, allowed) in commands.iter().zip(allowed) {
                assert_eq!(role.may(command), allowed, "{} may {command:?}", role.name());
            }
        }
    }
}
