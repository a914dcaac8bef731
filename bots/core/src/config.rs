//! The deployment config: which city, which facts (addresses, opening hours, phone numbers,
//! links) the messages show, and handover expectations. One TOML file; every value checked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use wegweiser_i18n::{parse_toml, read_source, Diagnostics, LocaleRegistry, Location, BIDI_CONTROLS};

mod privacy;
mod telegram;
pub use privacy::{Privacy, DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS, DEFAULT_DELETE_IDLE_CONVERSATIONS_MONTHS, DEFAULT_IDLE_NOTICE_DAYS, DEFAULT_KEEP_DELIVERED_DAYS};
pub use telegram::{is_bot_token, TelegramSettings, WebhookSettings};
use telegram::{telegram_settings, TelegramFile};

/// Variables the engine supplies itself; config facts may not use these names.
pub const ENGINE_VARIABLES: &[&str] = &[
    "topic", "note", "hours", "number", "max", "min", "count", "outcome", "course_title", "provider", "address",
    "district", "schedule", "level", "languages", "childcare", "seats", "waiting", "position", "session_topic", "when",
    "place", "session_district", "interpreters", "moderator", "session_seats", "peer_name", "peer_languages",
    "peer_topics", "peer_districts", "peer_contact", "peer_channel", "request_status", "request", "contact", "language",
    "weekday", "day", "days", "month", "year", "time", "value", "usage", "list", "pseudonym", "minutes", "helper", "name", "role",
    "account", "owner", "text", "media", "history", "courses", "sessions", "requests", "handovers", "messages", "notices", "filters", "news",
    "previews", "broadcast", "table", "total", "held", "sent", "failed", "blocked", "file", "errors", "megabytes",
    "idle_months", "notice_days", "delivered_days", "transcript_days", "handover_idle_days", "months", "chat",
];

/// A handover nobody took is offered to every staff member after this long, unless configured.
pub const DEFAULT_ESCALATE_AFTER_MINUTES: i64 = 120;

/// Handover transcripts are kept this long after closing, unless configured.
pub const DEFAULT_KEEP_TRANSCRIPTS_DAYS: i64 = 90;

/// Session reminders go out at this local time on the day before, unless configured.
pub const DEFAULT_REMINDER_TIME: jiff::civil::Time = jiff::civil::time(10, 0, 0, 0);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    deployment: DeploymentFile,
    handover: HandoverFile,
    sessions: Option<SessionsFile>,
    telegram: Option<TelegramFile>,
    matrix: Option<MatrixFile>,
    privacy: Option<privacy::PrivacyFile>,
    facts: BTreeMap<String, Spanned<FactFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MatrixFile {
    homeserver: Option<Spanned<String>>,
    user: Option<Spanned<String>>,
    password: Option<Spanned<String>>,
    access_token: Option<Spanned<String>>,
    store: Option<Spanned<String>>,
    display_name: Option<Spanned<String>>,
    messages_per_second: Option<Spanned<i64>>,
    broadcast_percent: Option<Spanned<i64>>,
}

/// A value that must not appear in logs or `Debug` output: a bot token, a webhook secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([hidden])")
    }
}

/// How the gateway talks to a Matrix homeserver. Each value may also come from the
/// environment (`WEGWEISER_MATRIX_HOMESERVER`, `_USER`, `_PASSWORD`, `_ACCESS_TOKEN`), which
/// wins over the file.
#[derive(Debug, Clone, Default)]
pub struct MatrixSettings {
    /// The client-server API's base URL, used as given (no server discovery).
    pub homeserver: Option<String>,
    /// The bot's user id, `@wegweiser:example.org`.
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub access_token: Option<Secret>,
    /// The folder for the session and the crypto store; beside the database when absent.
    /// A relative path is taken from the config file's folder.
    pub store: Option<PathBuf>,
    /// The bot's name as other users' clients show it (its display name and its device's
    /// name); the deployment's name when absent.
    pub display_name: Option<String>,
    /// Messages a second to all rooms together, as the homeserver allows.
    pub messages_per_second: Option<u32>,
    /// The share of `messages_per_second` a running broadcast takes, in percent.
    pub broadcast_percent: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionsFile {
    reminder_time: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeploymentFile {
    name: Spanned<String>,
    greeting_locales: Spanned<Vec<Spanned<String>>>,
    time_zone: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HandoverFile {
    response_hours: Spanned<i64>,
    office_days: Option<Spanned<Vec<String>>>,
    office_hours: Option<Spanned<String>>,
    escalate_after_minutes: Option<Spanned<i64>>,
    keep_transcripts_days: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FactFile {
    Plain(String),
    PerLocale(BTreeMap<String, String>),
}

/// A city fact: one value for everyone, or values per locale (e.g. opening hours written
/// the way each language writes times) with a `default` for the rest.
#[derive(Debug, Clone)]
pub struct Fact {
    values: BTreeMap<String, String>,
    pub location: Location,
}

const DEFAULT_KEY: &str = "default";

impl Fact {
    /// The value for a locale: its own, else the default, else the first of its fallback
    /// chain that has one. `chain` starts with the locale itself. The default comes before
    /// the chain because a neutral value ("Mo–Fr 09:00–16:00") serves a Ukrainian reader
    /// better than the English one.
    pub fn value_for<'a>(&'a self, chain: &[&str]) -> &'a str {
        pick_localized(&self.values, chain)
    }
}

/// From texts per locale (with an optional `default`), the one for the first locale of
/// `chain`: its own, else the default, else the first of the rest of the chain, else any.
pub fn pick_localized<'a>(values: &'a BTreeMap<String, String>, chain: &[&str]) -> &'a str {
    let (own, rest) = chain.split_first().map_or((None, &[][..]), |(o, r)| (Some(*o), r));
    own.and_then(|tag| values.get(tag))
        .or_else(|| values.get(DEFAULT_KEY))
        .or_else(|| rest.iter().find_map(|tag| values.get(*tag)))
        .or_else(|| values.values().next())
        .map_or("", String::as_str)
}

/// A validated deployment config.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    /// Shown in logs and to staff: e.g. "Wegweiser Stuttgart".
    pub name: String,
    /// Locales greeting a user whose language is not known yet, on the first language menu.
    pub greeting_locales: Vec<String>,
    /// How many hours a user usually waits for a person to answer.
    pub response_hours: u32,
    /// The city's time zone: catalog dates and times are local times there.
    pub time_zone: jiff::tz::TimeZone,
    /// When, on the day before a dialogue session, its reminder goes out (local time).
    pub reminder_time: jiff::civil::Time,
    /// When people answer handovers; None when not configured.
    pub office: Option<OfficeHours>,
    /// A handover nobody took for this long is offered to every staff member.
    pub escalate_after: std::time::Duration,
    /// Handover transcripts are deleted this long after the handover closed.
    pub keep_transcripts: std::time::Duration,
    /// `[privacy]`: how long what is no longer needed is kept.
    pub privacy: Privacy,
    pub telegram: TelegramSettings,
    pub matrix: MatrixSettings,
    facts: BTreeMap<String, Fact>,
}

impl Config {
    /// Reads and validates a config file against the served locales.
    pub fn load(path: &Path, registry: &LocaleRegistry) -> Result<Self, Diagnostics> {
        let source = read_source(path, "config")?;
        Self::parse(path, &source, registry)
    }

    pub fn parse(path: &Path, source: &str, registry: &LocaleRegistry) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let at = |offset: usize| Location::at_offset(path, source, offset);
        let file: ConfigFile = parse_toml(path, source, "config")?;
        let name = file.deployment.name.get_ref().trim().to_string();
        if name.is_empty() {
            diags.push(at(file.deployment.name.span().start), "deployment.name must not be empty");
        }
        let mut greeting_locales = Vec::new();
        for tag in file.deployment.greeting_locales.get_ref() {
            if registry.get(tag.get_ref()).is_none() {
                diags.push(at(tag.span().start), format!("'{}' is not a served locale", tag.get_ref()));
            }
            greeting_locales.push(tag.get_ref().clone());
        }
        if greeting_locales.is_empty() {
            diags.push(at(file.deployment.greeting_locales.span().start), "greeting_locales needs at least one locale");
        }
        let time_zone = match jiff::tz::TimeZone::get(file.deployment.time_zone.get_ref()) {
            Ok(tz) => tz,
            Err(_) => {
                let name = file.deployment.time_zone.get_ref();
                diags.push(at(file.deployment.time_zone.span().start), format!("'{name}' is not a time zone like Europe/Berlin"));
                jiff::tz::TimeZone::UTC
            }
        };
        let hours = *file.handover.response_hours.get_ref();
        if !(1..=720).contains(&hours) {
            diags.push(at(file.handover.response_hours.span().start), format!("handover.response_hours must be between 1 and 720, not {hours}"));
        }
        let office = office_hours(&file.handover, &at, &mut diags);
        let mut within = |value: &Option<Spanned<i64>>, name: &str, range: std::ops::RangeInclusive<i64>, default: i64| match value {
            None => default,
            Some(v) if range.contains(v.get_ref()) => *v.get_ref(),
            Some(v) => {
                diags.push(at(v.span().start), format!("handover.{name} must be between {} and {}, not {}", range.start(), range.end(), v.get_ref()));
                default
            }
        };
        let escalate_after = std::time::Duration::from_secs(60 * within(&file.handover.escalate_after_minutes, "escalate_after_minutes", 1..=10080, DEFAULT_ESCALATE_AFTER_MINUTES) as u64);
        let keep_transcripts = std::time::Duration::from_secs(86400 * within(&file.handover.keep_transcripts_days, "keep_transcripts_days", 1..=3650, DEFAULT_KEEP_TRANSCRIPTS_DAYS) as u64);
        let reminder_time = match &file.sessions {
            None => DEFAULT_REMINDER_TIME,
            Some(sessions) => sessions.reminder_time.get_ref().parse::<jiff::civil::Time>().unwrap_or_else(|_| {
                let at = at(sessions.reminder_time.span().start);
                diags.push(at, format!("sessions.reminder_time must be a time like \"10:00\", not '{}'", sessions.reminder_time.get_ref()));
                DEFAULT_REMINDER_TIME
            }),
        };
        let telegram = file.telegram.as_ref().map(|t| telegram_settings(t, &at, &mut diags)).unwrap_or_default();
        let matrix = file.matrix.as_ref().map(|m| matrix_settings(m, path, &at, &mut diags)).unwrap_or_default();
        let privacy = privacy::privacy_settings(file.privacy.as_ref(), &at, &mut diags);
        let mut facts = BTreeMap::new();
        for (key, fact) in &file.facts {
            let location = at(fact.span().start);
            if !is_variable_name(key) {
                diags.push(location.clone(), format!("fact name '{key}' must be lower case letters, digits and '_', starting with a letter"));
            }
            if ENGINE_VARIABLES.contains(&key.as_str()) {
                diags.push(location.clone(), format!("'{key}' is supplied by the bot itself; choose another fact name"));
            }
            let mut values = BTreeMap::new();
            match fact.get_ref() {
                FactFile::Plain(v) => {
                    check_fact_value(key, v, &location, &mut diags);
                    values.insert(DEFAULT_KEY.to_string(), v.trim().to_string());
                }
                FactFile::PerLocale(map) => {
                    for (tag, v) in map {
                        if tag != DEFAULT_KEY && registry.get(tag).is_none() {
                            diags.push(location.clone(), format!("'{tag}' in fact '{key}' is neither a served locale nor 'default'"));
                        }
                        check_fact_value(key, v, &location, &mut diags);
                        values.insert(tag.clone(), v.trim().to_string());
                    }
                    if !map.contains_key(DEFAULT_KEY) && !map.contains_key(registry.base()) {
                        diags.push(location.clone(), format!("fact '{key}' needs a 'default' or a '{}' value", registry.base()));
                    }
                }
            }
            facts.insert(key.clone(), Fact { values, location });
        }
        diags.into_result()?;
        Ok(Self { path: path.to_path_buf(), name, greeting_locales, response_hours: hours as u32, time_zone, reminder_time, office, escalate_after, keep_transcripts, privacy, telegram, matrix, facts })
    }

    /// The current local time in the city.
    pub fn local_now(&self) -> jiff::civil::DateTime {
        self.time_zone.to_datetime(jiff::Timestamp::now())
    }

    pub fn fact(&self, name: &str) -> Option<&Fact> {
        self.facts.get(name)
    }

    pub fn fact_names(&self) -> impl Iterator<Item = &str> {
        self.facts.keys().map(String::as_str)
    }
}

fn is_variable_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Facts are checked by what their name says they are: `*_phone`, `*_link`, `*_email`.
fn per_second(value: &Option<Spanned<i64>>, section: &str, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Option<u32> {
    bounded(value, section, "messages_per_second", 1..=1000, at, diags)
}

/// `broadcast_percent` of a channel's section: 10 to 97.
fn broadcast_percent(value: &Option<Spanned<i64>>, section: &str, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Option<u32> {
    bounded(value, section, "broadcast_percent", 10..=97, at, diags)
}

/// A whole number of a channel's section within `range`; outside it, a diagnostic.
fn bounded(
    value: &Option<Spanned<i64>>,
    section: &str,
    key: &str,
    range: std::ops::RangeInclusive<u32>,
    at: &impl Fn(usize) -> Location,
    diags: &mut Diagnostics,
) -> Option<u32> {
    let value = value.as_ref()?;
    match u32::try_from(*value.get_ref()) {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            diags.push(at(value.span().start), format!("{section}.{key} must be between {} and {}, not {}", range.start(), range.end(), value.get_ref()));
            None
        }
    }
}

fn matrix_settings(file: &MatrixFile, config: &Path, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> MatrixSettings {
    if let Some(url) = &file.homeserver
        && !is_http_url(url.get_ref())
    {
        diags.push(at(url.span().start), format!("matrix.homeserver must be an http(s):// URL like https://matrix.example.org, not '{}'", url.get_ref()));
    }
    if let Some(user) = &file.user
        && !is_matrix_user_id(user.get_ref())
    {
        diags.push(at(user.span().start), format!("matrix.user must be a full user id like @wegweiser:example.org, not '{}'", user.get_ref()));
    }
    if let (Some(_), Some(token)) = (&file.password, &file.access_token) {
        diags.push(at(token.span().start), "set matrix.password or matrix.access_token, not both");
    }
    let secret = |value: &Option<Spanned<String>>| value.as_ref().map(|v| Secret::new(v.get_ref().trim()));
    let folder = config.parent().unwrap_or(Path::new("."));
    MatrixSettings {
        homeserver: file.homeserver.as_ref().map(|u| u.get_ref().trim().trim_end_matches('/').to_string()),
        user: file.user.as_ref().map(|u| u.get_ref().trim().to_string()),
        password: secret(&file.password),
        access_token: secret(&file.access_token),
        store: file.store.as_ref().map(|s| folder.join(s.get_ref().trim())),
        display_name: file.display_name.as_ref().map(|n| n.get_ref().trim().to_string()),
        messages_per_second: per_second(&file.messages_per_second, "matrix", at, diags),
        broadcast_percent: broadcast_percent(&file.broadcast_percent, "matrix", at, diags),
    }
}

/// An http:// or https:// URL with a host.
pub fn is_http_url(url: &str) -> bool {
    has_scheme(url, &["https://", "http://"])
}

/// A URL starting with one of `schemes`, followed by something without spaces.
fn has_scheme(url: &str, schemes: &[&str]) -> bool {
    schemes.iter().any(|scheme| url.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace)))
}

/// `@localpart:server`, as Matrix writes a user id.
pub fn is_matrix_user_id(user: &str) -> bool {
    user.strip_prefix('@').and_then(|rest| rest.split_once(':')).is_some_and(|(local, server)| {
        !local.is_empty() && !server.is_empty() && !local.contains(char::is_whitespace) && !server.contains(char::is_whitespace)
    })
}

/// `!opaque:server`, or `!opaque` alone from room version 12 on, as Matrix writes a room
/// id (a staff room on the team).
pub fn is_matrix_room_id(room: &str) -> bool {
    room.strip_prefix('!').is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}


/// The days and hours people answer handovers, in the city's time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeHours {
    pub days: Vec<jiff::civil::Weekday>,
    pub from: jiff::civil::Time,
    pub until: jiff::civil::Time,
}

impl OfficeHours {
    /// None while the office is open at `now`; else when it opens next.
    pub fn next_opening(&self, now: jiff::civil::DateTime) -> Option<jiff::civil::DateTime> {
        let open_on = |date: jiff::civil::Date| self.days.contains(&date.weekday());
        if open_on(now.date()) && now.time() >= self.from && now.time() < self.until {
            return None;
        }
        let mut date = now.date();
        if now.time() >= self.from {
            date = date.tomorrow().ok()?;
        }
        for _ in 0..7 {
            if open_on(date) {
                return Some(date.to_datetime(self.from));
            }
            date = date.tomorrow().ok()?;
        }
        None
    }
}

const WEEKDAYS: [(&str, jiff::civil::Weekday); 7] = [
    ("mon", jiff::civil::Weekday::Monday),
    ("tue", jiff::civil::Weekday::Tuesday),
    ("wed", jiff::civil::Weekday::Wednesday),
    ("thu", jiff::civil::Weekday::Thursday),
    ("fri", jiff::civil::Weekday::Friday),
    ("sat", jiff::civil::Weekday::Saturday),
    ("sun", jiff::civil::Weekday::Sunday),
];

/// `office_days = ["mon", …]` and `office_hours = "09:00-16:00"`, both or neither.
fn office_hours(file: &HandoverFile, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Option<OfficeHours> {
    match (&file.office_days, &file.office_hours) {
        (None, None) => None,
        (Some(days), None) => {
            diags.push(at(days.span().start), "handover.office_days needs handover.office_hours, e.g. \"09:00-16:00\"");
            None
        }
        (None, Some(hours)) => {
            diags.push(at(hours.span().start), "handover.office_hours needs handover.office_days, e.g. [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]");
            None
        }
        (Some(days), Some(hours)) => {
            let mut weekdays = Vec::new();
            for day in days.get_ref() {
                match WEEKDAYS.iter().find(|(name, _)| name.eq_ignore_ascii_case(day.trim())) {
                    Some((_, weekday)) => weekdays.push(*weekday),
                    None => diags.push(at(days.span().start), format!("'{day}' is not a day; write mon, tue, wed, thu, fri, sat or sun")),
                }
            }
            let range = hours.get_ref().split_once('-').and_then(|(from, until)| {
                let from = from.trim().parse::<jiff::civil::Time>().ok()?;
                let until = until.trim().parse::<jiff::civil::Time>().ok()?;
                (from < until).then_some((from, until))
            });
            let Some((from, until)) = range else {
                diags.push(at(hours.span().start), format!("handover.office_hours must be like \"09:00-16:00\", not '{}'", hours.get_ref()));
                return None;
            };
            Some(OfficeHours { days: weekdays, from, until })
        }
    }
}

fn check_fact_value(key: &str, value: &str, location: &Location, diags: &mut Diagnostics) {
    let v = value.trim();
    if v.is_empty() {
        diags.push(location.clone(), format!("fact '{key}' is empty"));
        return;
    }
    if v.chars().any(|c| (c.is_control() && c != '\n') || BIDI_CONTROLS.contains(&c)) {
        diags.push(location.clone(), format!("fact '{key}' contains control or bidi characters"));
    }
    if key.ends_with("_phone") {
        let digits = v.chars().filter(char::is_ascii_digit).count();
        let allowed = v.chars().all(|c| c.is_ascii_digit() || " +-/()".contains(c));
        if !allowed || !(6..=16).contains(&digits) {
            diags.push(location.clone(), format!("fact '{key}': '{v}' is not a phone number (digits, spaces, + - / ( ))"));
        }
    } else if key.ends_with("_link") {
        let ok = v.strip_prefix("https://").is_some_and(|rest| {
            let host = rest.split('/').next().unwrap_or("");
            host.contains('.') && !rest.contains(char::is_whitespace)
        });
        if !ok {
            diags.push(location.clone(), format!("fact '{key}': '{v}' must be an https:// link"));
        }
    } else if key.ends_with("_email") {
        let ok = v.split_once('@').is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
            && !v.contains(char::is_whitespace);
        if !ok {
            diags.push(location.clone(), format!("fact '{key}': '{v}' is not an e-mail address"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(pairs: &[(&str, &str)]) -> Fact {
        Fact { values: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), location: Location::new("c.toml", 1, 1) }
    }

    #[test]
    fn a_locale_gets_its_own_value_then_the_default_then_its_fallbacks() {
        let hours = fact(&[("default", "Mo–Fr 09:00–16:00"), ("de", "Montag bis Freitag"), ("en", "Monday to Friday")]);
        assert_eq!(hours.value_for(&["en", "de"]), "Monday to Friday");
        assert_eq!(hours.value_for(&["uk", "en", "de"]), "Mo–Fr 09:00–16:00");
        let office = fact(&[("de", "Bürgerbüro"), ("en", "citizens' office")]);
        assert_eq!(office.value_for(&["uk", "en", "de"]), "citizens' office");
        assert_eq!(office.value_for(&["ps", "fa-AF", "fa", "en", "de"]), "citizens' office");
        assert_eq!(fact(&[("default", "112")]).value_for(&["ar", "en", "de"]), "112");
    }
}
