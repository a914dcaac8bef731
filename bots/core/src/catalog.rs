//! The catalog staff manage: courses, dialogue sessions ("Flüchtlingsdialoge") and
//! Supportgroup peers. Files (TOML or CSV) and command-line `key=value` arguments become the
//! same records and pass the same checks; every problem carries its file and line, and an
//! import is all or nothing.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};
use toml::Spanned;
use wegweiser_i18n::{parse_toml, Diagnostics, LocaleRegistry, Location};

/// Stuttgart's 23 city districts (Stadtbezirke).
pub const DISTRICTS: &[&str] = &[
    "Mitte", "Nord", "Ost", "Süd", "West", "Bad Cannstatt", "Birkach", "Botnang", "Degerloch", "Feuerbach",
    "Hedelfingen", "Möhringen", "Mühlhausen", "Münster", "Obertürkheim", "Plieningen", "Sillenbuch", "Stammheim",
    "Untertürkheim", "Vaihingen", "Wangen", "Weilimdorf", "Zuffenhausen",
];

/// Kinds of courses.
pub const COURSE_KINDS: &[&str] = &["german", "integration", "sport", "culture"];

/// Language levels of the Common European Framework, plus literacy courses.
pub const LEVELS: &[&str] = &["alpha", "A1", "A2", "B1", "B2", "C1", "C2"];

/// Channels a peer can be reached on.
pub const PEER_CHANNELS: &[&str] = &["telegram", "matrix"];

const MAX_CAPACITY: i64 = 1000;

/// A text in several locales; `default` serves every locale without its own.
pub type Localized = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Course {
    pub id: String,
    pub kind: String,
    pub title: Localized,
    pub provider: String,
    pub district: String,
    pub address: String,
    pub schedule: Localized,
    pub level: Option<String>,
    /// Languages of instruction (locale tags).
    pub languages: Vec<String>,
    pub childcare: bool,
    pub capacity: u32,
    pub signup_from: Option<Date>,
    pub signup_until: Option<Date>,
    pub starts: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogueSession {
    pub id: String,
    pub topic: Localized,
    /// Local time in the deployment's time zone.
    pub starts: DateTime,
    pub ends: DateTime,
    pub place: String,
    pub district: String,
    pub capacity: u32,
    /// Languages interpreters are booked for.
    pub interpreters: Vec<String>,
    pub moderator: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peer {
    pub id: String,
    pub name: String,
    pub languages: Vec<String>,
    pub districts: Vec<String>,
    /// Information topics (flow topic ids) the peer helps with.
    pub topics: Vec<String>,
    pub available: bool,
    /// Private: shown to nobody until the peer accepts a contact request.
    pub contact_channel: String,
    pub contact: String,
    /// Private: the peer's own account with the bot, where contact requests reach them.
    pub account: Account,
}

/// A user of the bot on one channel.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Account {
    pub channel: String,
    pub user: String,
}

/// How an account is written, for messages about one that is not.
pub const ACCOUNT_FORMS: &str = "write telegram:<numeric user id>, matrix:@name:server (a staff room: matrix:!room:server) or console:<name>";

impl Account {
    /// `channel:user`, e.g. `telegram:123456789`, `matrix:@name:server`, `console:name`; a
    /// Matrix room (`matrix:!room:server`) stands for a staff room on the team.
    pub fn parse(text: &str) -> Option<Self> {
        let (channel, user) = text.trim().split_once(':')?;
        let ok = match channel {
            "telegram" => !user.is_empty() && user.chars().all(|c| c.is_ascii_digit()),
            "matrix" => crate::config::is_matrix_user_id(user) || crate::config::is_matrix_room_id(user),
            "console" => !user.trim().is_empty(),
            _ => false,
        };
        ok.then(|| Account { channel: channel.to_string(), user: user.to_string() })
    }
}

impl std::fmt::Display for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.channel, self.user)
    }
}

/// A validated catalog file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub courses: Vec<Course>,
    pub sessions: Vec<DialogueSession>,
    pub peers: Vec<Peer>,
}

impl Catalog {
    pub fn len(&self) -> usize {
        self.courses.len() + self.sessions.len() + self.peers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a catalog entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Course,
    Session,
    Peer,
}

impl EntryKind {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "course" | "courses" => Some(Self::Course),
            "session" | "sessions" => Some(Self::Session),
            "peer" | "peers" => Some(Self::Peer),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Course => "course",
            Self::Session => "session",
            Self::Peer => "peer",
        }
    }
}

/// A raw value as written in a file or on the command line.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Bool(bool),
    Integer(i64),
    List(Vec<String>),
    Localized(Localized),
}

#[derive(Debug, Clone)]
struct Field {
    value: Value,
    location: Location,
}

/// One entry before validation.
#[derive(Debug, Clone)]
pub struct Record {
    kind: EntryKind,
    location: Location,
    fields: BTreeMap<String, Field>,
}

/// What validation needs to know: the served locales, the information topics, and now.
pub struct Context<'a> {
    pub registry: &'a LocaleRegistry,
    pub topics: Vec<String>,
    pub now: DateTime,
    /// Leave out sessions that already took place instead of refusing the file: for the
    /// bundled sample, whose dates age; a staff import refuses them.
    pub skip_past_sessions: bool,
}

/// Reads a catalog file; `.csv` files are CSV, everything else TOML.
pub fn parse_file(path: &Path, source: &str, cx: &Context<'_>) -> Result<Catalog, Diagnostics> {
    let (records, mut diags) = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        csv_records(path, source)?
    } else {
        toml_records(path, source)?
    };
    // Rows that could be read are validated even when others could not: staff see every
    // problem of the file at once.
    match validate(records, cx) {
        Ok(catalog) if diags.is_empty() => Ok(catalog),
        Ok(_) => diags.into_result().map(|_| unreachable!("there are diagnostics")),
        Err(more) => {
            diags.extend(more);
            diags.into_result().map(|_| unreachable!("there are diagnostics"))
        }
    }
}

/// Records that could be read, and problems with the others; Err when nothing could be read.
type ReadRecords = Result<(Vec<Record>, Diagnostics), Diagnostics>;

/// One entry from command-line arguments `key=value` (lists separated by `;`, localized
/// texts as `title.de=…`); `source` names the arguments in messages.
pub fn parse_arguments(kind: EntryKind, arguments: &[String], cx: &Context<'_>) -> Result<Catalog, Diagnostics> {
    let mut fields = BTreeMap::new();
    let mut diags = Diagnostics::default();
    for (n, argument) in arguments.iter().enumerate() {
        let location = Location::new("argument", n + 1, 1);
        match argument.split_once('=') {
            Some((key, value)) => add_text_field(&mut fields, key.trim(), value.trim(), location),
            None => diags.push(location, format!("'{argument}' is not key=value")),
        }
    }
    diags.into_result()?;
    validate(vec![Record { kind, location: Location::new("argument", 1, 1), fields }], cx)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogToml {
    #[serde(default)]
    course: Vec<Spanned<BTreeMap<Spanned<String>, Spanned<toml::Value>>>>,
    #[serde(default)]
    session: Vec<Spanned<BTreeMap<Spanned<String>, Spanned<toml::Value>>>>,
    #[serde(default)]
    peer: Vec<Spanned<BTreeMap<Spanned<String>, Spanned<toml::Value>>>>,
}

fn toml_records(path: &Path, source: &str) -> ReadRecords {
    let file: CatalogToml = parse_toml(path, source, "catalog")?;
    let at = |offset: usize| Location::at_offset(path, source, offset);
    let mut diags = Diagnostics::default();
    let mut records = Vec::new();
    for (kind, tables) in [(EntryKind::Course, file.course), (EntryKind::Session, file.session), (EntryKind::Peer, file.peer)] {
        for table in tables {
            let start = table.span().start;
            let skipped = source.get(start..).map_or(0, |rest| rest.len() - rest.trim_start().len());
            let mut fields = BTreeMap::new();
            for (key, value) in table.into_inner() {
                let location = at(key.span().start);
                let value = match value.into_inner() {
                    toml::Value::String(s) => Value::Text(s),
                    toml::Value::Boolean(b) => Value::Bool(b),
                    toml::Value::Integer(i) => Value::Integer(i),
                    toml::Value::Datetime(d) => Value::Text(d.to_string()),
                    toml::Value::Array(items) => {
                        let texts: Option<Vec<String>> = items.into_iter().map(|i| i.as_str().map(str::to_string)).collect();
                        match texts {
                            Some(t) => Value::List(t),
                            None => {
                                diags.push(location, format!("'{}' must be a list of texts", key.get_ref()));
                                continue;
                            }
                        }
                    }
                    toml::Value::Table(t) => {
                        let texts: Option<Localized> = t.into_iter().map(|(k, v)| v.as_str().map(|s| (k, s.to_string()))).collect();
                        match texts {
                            Some(t) => Value::Localized(t),
                            None => {
                                diags.push(location, format!("'{}' must be texts per locale, like {{ de = \"…\", en = \"…\" }}", key.get_ref()));
                                continue;
                            }
                        }
                    }
                    toml::Value::Float(_) => {
                        diags.push(location, format!("'{}' must be a whole number or a text", key.get_ref()));
                        continue;
                    }
                };
                fields.insert(key.into_inner(), Field { value, location });
            }
            records.push(Record { kind, location: at(start + skipped), fields });
        }
    }
    Ok((records, diags))
}

/// CSV with a header row; the `type` column says course, session or peer. Lists are
/// separated by `;`, localized texts are columns like `title.de`; empty cells are absent.
fn csv_records(path: &Path, source: &str) -> ReadRecords {
    let mut diags = Diagnostics::default();
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(source.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            diags.push(Location::new(path, 1, 1), format!("invalid CSV header: {e}"));
            return Err(diags);
        }
    };
    if !headers.iter().any(|h| h == "type") {
        diags.push(Location::new(path, 1, 1), "the header needs a 'type' column (course, session or peer)");
        return Err(diags);
    }
    let mut records = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                diags.push(Location::new(path, line, 1), format!("invalid CSV row: {e}"));
                continue;
            }
        };
        let line = row.position().map_or(1, |p| p.line() as usize);
        let location = Location::new(path, line, 1);
        let mut kind = None;
        let mut fields = BTreeMap::new();
        for (column, (header, cell)) in headers.iter().zip(row.iter()).enumerate() {
            let cell_location = Location::new(path, line, column + 1);
            if header == "type" {
                kind = EntryKind::parse(cell);
                if kind.is_none() {
                    diags.push(cell_location, format!("type '{cell}' is not course, session or peer"));
                }
            } else if !cell.is_empty() {
                add_text_field(&mut fields, header, cell, cell_location);
            }
        }
        if let Some(kind) = kind {
            records.push(Record { kind, location, fields });
        }
    }
    Ok((records, diags))
}

/// Adds a field written as text: `title.de` goes into the localized `title`.
fn add_text_field(fields: &mut BTreeMap<String, Field>, key: &str, value: &str, location: Location) {
    if let Some((name, locale)) = key.split_once('.') {
        let entry = fields.entry(name.to_string()).or_insert_with(|| Field { value: Value::Localized(Localized::new()), location: location.clone() });
        if let Value::Localized(map) = &mut entry.value {
            map.insert(locale.to_string(), value.to_string());
        }
    } else {
        fields.insert(key.to_string(), Field { value: Value::Text(value.to_string()), location });
    }
}

/// Checks each record's fields and builds typed entries; nothing is returned unless all pass.
fn validate(records: Vec<Record>, cx: &Context<'_>) -> Result<Catalog, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut catalog = Catalog::default();
    let mut ids: BTreeMap<(&'static str, String), Location> = BTreeMap::new();
    for record in records {
        let mut r = Reader { record: &record, diags: &mut diags, cx, used: Vec::new() };
        let id = r.id();
        if let Some(id) = &id {
            if let Some(first) = ids.get(&(record.kind.name(), id.clone())) {
                let message = format!("{} '{id}' appears twice (first at {first})", record.kind.name());
                r.diags.push(record.location.clone(), message);
            } else {
                ids.insert((record.kind.name(), id.clone()), record.location.clone());
            }
        }
        match record.kind {
            EntryKind::Course => {
                let course = (|| {
                    let kind = r.one_of("kind", COURSE_KINDS);
                    let title = r.localized("title");
                    let provider = r.text("provider");
                    let district = r.district("district");
                    let address = r.text("address");
                    let schedule = r.localized("schedule");
                    let level = r.optional("level", |r| r.one_of("level", LEVELS));
                    let languages = r.locales("languages");
                    let childcare = r.boolean("childcare");
                    let capacity = r.capacity();
                    let signup_from = r.optional("signup_from", |r| r.date("signup_from"));
                    let signup_until = r.optional("signup_until", |r| r.date("signup_until"));
                    let starts = r.optional("starts", |r| r.date("starts"));
                    if let (Some(Some(from)), Some(Some(until))) = (&signup_from, &signup_until)
                        && from > until
                    {
                        r.problem("signup_until", "the sign-up window ends before it opens");
                    }
                    Some(Course {
                        id: id.clone()?, kind: kind?, title: title?, provider: provider?, district: district?, address: address?,
                        schedule: schedule?, level: level?, languages: languages?, childcare: childcare?, capacity: capacity?,
                        signup_from: signup_from?, signup_until: signup_until?, starts: starts?,
                    })
                })();
                r.finish();
                catalog.courses.extend(course);
            }
            EntryKind::Session => {
                let session = (|| {
                    let topic = r.localized("topic");
                    let starts = r.datetime("starts");
                    let ends = r.datetime("ends");
                    let place = r.text("place");
                    let district = r.district("district");
                    let capacity = r.capacity();
                    let interpreters = r.locales("interpreters");
                    let moderator = r.text("moderator");
                    if let Some(s) = starts {
                        if s < cx.now && cx.skip_past_sessions {
                            return None;
                        }
                        if s < cx.now {
                            r.problem("starts", format!("{s} is in the past"));
                        }
                        if let Some(e) = ends
                            && e <= s
                        {
                            r.problem("ends", "the session ends before it starts");
                        }
                    }
                    Some(DialogueSession {
                        id: id.clone()?, topic: topic?, starts: starts?, ends: ends?, place: place?, district: district?,
                        capacity: capacity?, interpreters: interpreters?, moderator: moderator?,
                    })
                })();
                r.finish();
                catalog.sessions.extend(session);
            }
            EntryKind::Peer => {
                let peer = (|| {
                    let name = r.text("name");
                    let languages = r.locales("languages");
                    let districts = r.list("districts").inspect(|list| {
                        for d in list {
                            if !DISTRICTS.contains(&d.as_str()) {
                                let message = format!("'{d}' is not a Stuttgart district{}", did_you_mean(d, DISTRICTS));
                                r.problem("districts", message);
                            }
                        }
                    });
                    let topics = r.list("topics").inspect(|list| {
                        for t in list {
                            if !cx.topics.contains(t) {
                                r.problem("topics", format!("'{t}' is not an information topic; known: {}", cx.topics.join(", ")));
                            }
                        }
                    });
                    let available = r.boolean("available");
                    let contact_channel = r.one_of("contact_channel", PEER_CHANNELS);
                    let contact = r.text("contact");
                    if let (Some(channel), Some(contact)) = (&contact_channel, &contact) {
                        let ok = match channel.as_str() {
                            "telegram" => contact.strip_prefix('@').is_some_and(|h| h.len() >= 5 && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                                || contact.chars().all(|c| c.is_ascii_digit()),
                            _ => contact.starts_with('@') && contact.contains(':'),
                        };
                        if !ok {
                            r.problem("contact", format!("'{contact}' is not a {channel} contact (telegram: @name or a numeric id; matrix: @name:server)"));
                        }
                    }
                    let account = r.optional("account", |r| r.account("account"));
                    let account = match (account?, &contact_channel, &contact) {
                        (Some(account), _, _) => Some(account),
                        (None, Some(channel), Some(contact)) => {
                            let derived = account_of_contact(channel, contact);
                            if derived.is_none() {
                                r.problem("contact", format!(
                                    "a bot cannot write to the Telegram name '{contact}'; add account = \"telegram:<numeric user id>\" so requests reach this peer"
                                ));
                            }
                            derived
                        }
                        _ => None,
                    };
                    Some(Peer {
                        id: id.clone()?, name: name?, languages: languages?, districts: districts?, topics: topics?,
                        available: available?, contact_channel: contact_channel?, contact: contact?, account: account?,
                    })
                })();
                r.finish();
                catalog.peers.extend(peer);
            }
        }
    }
    diags.into_result()?;
    Ok(catalog)
}

/// Reads typed fields of one record, collecting problems; remembers which fields it used
/// so that unknown ones are reported.
struct Reader<'r, 'c> {
    record: &'r Record,
    diags: &'r mut Diagnostics,
    cx: &'r Context<'c>,
    used: Vec<&'static str>,
}

impl Reader<'_, '_> {
    fn field(&mut self, name: &'static str) -> Option<&Field> {
        self.used.push(name);
        let field = self.record.fields.get(name);
        if field.is_none() {
            self.diags.push(self.record.location.clone(), format!("{} lacks '{name}'", self.record.kind.name()));
        }
        field
    }

    fn problem(&mut self, name: &str, message: impl Into<String>) {
        let location = self.record.fields.get(name).map_or_else(|| self.record.location.clone(), |f| f.location.clone());
        self.diags.push(location, format!("{name}: {}", message.into()));
    }

    /// Runs `read` only when the field is present: Some(None) when absent.
    fn optional<T>(&mut self, name: &'static str, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.record.fields.contains_key(name) {
            read(self).map(Some)
        } else {
            self.used.push(name);
            Some(None)
        }
    }

    fn id(&mut self) -> Option<String> {
        let id = self.text("id")?;
        let ok = (2..=40).contains(&id.len()) && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.problem("id", format!("'{id}' must be 2 to 40 lower-case letters, digits or '-'"));
            return None;
        }
        Some(id)
    }

    fn text(&mut self, name: &'static str) -> Option<String> {
        let field = self.field(name)?;
        match &field.value {
            Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            Value::Integer(i) => Some(i.to_string()),
            _ => {
                self.problem(name, "must be a non-empty text");
                None
            }
        }
    }

    fn one_of(&mut self, name: &'static str, allowed: &[&str]) -> Option<String> {
        let value = self.text(name)?;
        match allowed.iter().find(|a| a.eq_ignore_ascii_case(&value)) {
            Some(a) => Some(a.to_string()),
            None => {
                self.problem(name, format!("'{value}' is not one of {}", allowed.join(", ")));
                None
            }
        }
    }

    fn district(&mut self, name: &'static str) -> Option<String> {
        let value = self.text(name)?;
        match DISTRICTS.iter().find(|d| d.eq_ignore_ascii_case(&value)) {
            Some(d) => Some(d.to_string()),
            None => {
                self.problem(name, format!("'{value}' is not a Stuttgart district{}", did_you_mean(&value, DISTRICTS)));
                None
            }
        }
    }

    fn localized(&mut self, name: &'static str) -> Option<Localized> {
        let field = self.field(name)?.clone();
        let map = match field.value {
            Value::Text(t) if !t.trim().is_empty() => Localized::from([("default".to_string(), t.trim().to_string())]),
            Value::Localized(map) => map,
            _ => {
                self.problem(name, "must be a text, or texts per locale");
                return None;
            }
        };
        let base = self.cx.registry.base();
        for (tag, text) in &map {
            if tag != "default" && self.cx.registry.get(tag).is_none() {
                self.problem(name, format!("'{tag}' is not a served locale"));
            }
            if text.trim().is_empty() {
                self.problem(name, format!("the '{tag}' text is empty"));
            }
        }
        if !map.contains_key("default") && !map.contains_key(base) {
            self.problem(name, format!("needs a '{base}' or 'default' text"));
        }
        Some(map)
    }

    fn list(&mut self, name: &'static str) -> Option<Vec<String>> {
        let field = self.field(name)?;
        let list: Vec<String> = match &field.value {
            Value::List(l) => l.iter().map(|s| s.trim().to_string()).collect(),
            Value::Text(t) => t.split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            _ => {
                self.problem(name, "must be a list");
                return None;
            }
        };
        if list.is_empty() {
            self.problem(name, "must not be empty");
        }
        Some(list)
    }

    fn locales(&mut self, name: &'static str) -> Option<Vec<String>> {
        let list = self.list(name)?;
        let mut tags = Vec::new();
        for item in list {
            match self.cx.registry.negotiate(&item) {
                Some(l) => tags.push(l.tag.clone()),
                None => self.problem(name, format!("'{item}' is not a served language")),
            }
        }
        Some(tags)
    }

    fn account(&mut self, name: &'static str) -> Option<Account> {
        let text = self.text(name)?;
        let parsed = Account::parse(&text);
        if parsed.is_none() {
            self.problem(name, format!("'{text}' is not an account; {ACCOUNT_FORMS}"));
        }
        parsed
    }

    fn boolean(&mut self, name: &'static str) -> Option<bool> {
        let field = self.field(name)?;
        let value = match &field.value {
            Value::Bool(b) => Some(*b),
            Value::Text(t) => match t.to_lowercase().as_str() {
                "true" | "yes" | "ja" | "1" => Some(true),
                "false" | "no" | "nein" | "0" => Some(false),
                _ => None,
            },
            _ => None,
        };
        if value.is_none() {
            self.problem(name, "must be true or false");
        }
        value
    }

    fn capacity(&mut self) -> Option<u32> {
        let field = self.field("capacity")?;
        let value = match &field.value {
            Value::Integer(i) => Some(*i),
            Value::Text(t) => t.parse().ok(),
            _ => None,
        };
        match value {
            Some(n) if (0..=MAX_CAPACITY).contains(&n) => Some(n as u32),
            _ => {
                self.problem("capacity", format!("must be a whole number from 0 to {MAX_CAPACITY}"));
                None
            }
        }
    }

    fn date(&mut self, name: &'static str) -> Option<Date> {
        let text = self.text(name)?;
        match text.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(name, format!("'{text}' is not a date like 2027-01-20"));
                None
            }
        }
    }

    fn datetime(&mut self, name: &'static str) -> Option<DateTime> {
        let text = self.text(name)?;
        match text.replacen(' ', "T", 1).parse::<DateTime>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(name, format!("'{text}' is not a local date and time like 2027-01-20 17:30"));
                None
            }
        }
    }

    /// Reports fields nobody asked for: a typo must not pass silently.
    fn finish(self) {
        for (name, field) in &self.record.fields {
            if !self.used.contains(&name.as_str()) {
                self.diags.push(field.location.clone(), format!("unknown field '{name}' for a {}", self.record.kind.name()));
            }
        }
    }
}

/// The bot account a contact is, where the bot can write to it: a Matrix id, or a numeric
/// Telegram id (a Telegram @name is not enough for a bot).
fn account_of_contact(channel: &str, contact: &str) -> Option<Account> {
    let usable = match channel {
        "telegram" => contact.chars().all(|c| c.is_ascii_digit()),
        _ => true,
    };
    usable.then(|| Account { channel: channel.to_string(), user: contact.to_string() })
}

fn did_you_mean(wanted: &str, known: &[&str]) -> String {
    let lower = wanted.to_lowercase();
    known
        .iter()
        .find(|k| {
            let k = k.to_lowercase();
            (lower.len() >= 3 && (k.contains(&lower) || lower.contains(&k))) || crate::flow::edit_distance(&k, &lower) <= 2
        })
        .map(|k| format!(" (did you mean '{k}'?)"))
        .unwrap_or_default()
}
