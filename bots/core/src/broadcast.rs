//! Staff broadcasts: who gets one (a segment of the subscribers), what it says (a Fluent
//! message translated in every locale, or a file with one text per language) and how its
//! delivery stands. Pure: the store picks and records the recipients, the channels send.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use wegweiser_i18n::{parse_toml, Diagnostics, Location, LocaleRegistry as Registry};

use crate::catalog::DISTRICTS;
use crate::Subscription;

/// The channels broadcasts go out on (the console has nobody to send to later).
pub const BROADCAST_CHANNELS: &[&str] = &["telegram", "matrix"];

/// Longest text a broadcast may carry: what Telegram takes in one message.
pub const MAX_BROADCAST_CHARS: usize = 4096;

/// Who a broadcast goes to. Every recipient subscribed to announcements (to `topic`, or
/// to anything when there is none) and can be reached; the other fields narrow it down,
/// an empty list meaning "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Locale tags; `fa` takes in `fa-AF` too, `fa-AF` only itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Districts the recipient subscribed to news for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<String>,
    /// An announcement topic (`courses`, …); None: any subscriber.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Channel names (`telegram`, `matrix`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// Only those who wrote within this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_within_days: Option<u32>,
}

/// A possible recipient as the store knows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub channel: String,
    pub user: String,
    pub locale: Option<String>,
    pub subscription: Subscription,
    /// When they last wrote, in seconds since the epoch.
    pub last_active: i64,
}

impl Segment {
    /// Whether `candidate` gets the broadcast at `now` (seconds since the epoch).
    pub fn includes(&self, candidate: &Candidate, now: i64) -> bool {
        candidate.subscription.wants(self.topic.as_deref())
            && self.takes_language(candidate.locale.as_deref().unwrap_or_default())
            && (self.districts.is_empty() || candidate.subscription.district.as_ref().is_some_and(|d| self.districts.contains(d)))
            && (self.channels.is_empty() || self.channels.contains(&candidate.channel))
            && self.active_within_days.is_none_or(|days| now - candidate.last_active <= i64::from(days) * 86_400)
    }

    /// Whether the segment's languages take in `tag`: all do when none are named; `fa`
    /// takes in `fa-AF`, `fa-AF` only itself.
    pub fn takes_language(&self, tag: &str) -> bool {
        let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
        self.languages.is_empty() || self.languages.iter().any(|l| l.eq_ignore_ascii_case(tag) || (!l.contains('-') && primary(l) == primary(tag)))
    }

    /// Checks every value against what exists: served languages, Stuttgart's districts,
    /// announcement topics, channels.
    pub fn check(&self, served: &[String], topics: &[String], channels: &[&str]) -> Result<(), SegmentError> {
        if let Some(l) = self.languages.iter().find(|l| !served.iter().any(|s| s.eq_ignore_ascii_case(l) || s.split('-').next() == Some(l.as_str()))) {
            return Err(SegmentError::Language(l.clone()));
        }
        if let Some(d) = self.districts.iter().find(|d| !DISTRICTS.contains(&d.as_str())) {
            return Err(SegmentError::District(d.clone()));
        }
        if let Some(t) = self.topic.as_ref().filter(|t| !topics.contains(t)) {
            return Err(SegmentError::Topic(t.clone()));
        }
        if let Some(c) = self.channels.iter().find(|c| !channels.contains(&c.as_str())) {
            return Err(SegmentError::Channel(c.clone()));
        }
        if self.active_within_days == Some(0) {
            return Err(SegmentError::Days("0".into()));
        }
        Ok(())
    }

    /// Reads one `name=value` filter word (`lang=uk,ar`, `district=Mitte`, `topic=courses`,
    /// `channel=telegram`, `active=30`) into the segment.
    pub fn add_filter(&mut self, word: &str) -> Result<(), SegmentError> {
        let (name, value) = word.split_once('=').ok_or_else(|| SegmentError::Filter(word.to_string()))?;
        let list = || value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        match name.trim().to_lowercase().as_str() {
            "lang" | "language" | "languages" => self.languages.extend(list()),
            "district" | "districts" => self.districts.extend(list()),
            "channel" | "channels" => self.channels.extend(list()),
            "topic" => self.topic = Some(value.trim().to_string()),
            "active" => self.active_within_days = Some(value.trim().parse().map_err(|_| SegmentError::Days(value.to_string()))?),
            _ => return Err(SegmentError::Filter(word.to_string())),
        }
        Ok(())
    }

    /// The filters as typed, for the preview: `lang=uk district=Mitte`, or nothing.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.languages.is_empty() {
            parts.push(format!("lang={}", self.languages.join(",")));
        }
        if !self.districts.is_empty() {
            parts.push(format!("district={}", self.districts.join(",")));
        }
        if let Some(topic) = &self.topic {
            parts.push(format!("topic={topic}"));
        }
        if !self.channels.is_empty() {
            parts.push(format!("channel={}", self.channels.join(",")));
        }
        if let Some(days) = self.active_within_days {
            parts.push(format!("active={days}"));
        }
        parts.join(" ")
    }
}

/// A filter that does not fit; Display for the command line, [`SegmentError::message_id`]
/// for chat.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SegmentError {
    #[error("'{0}' is not a filter; filters: lang=uk,ar district=Mitte topic=courses channel=telegram active=30")]
    Filter(String),
    #[error("'{0}' is not a served language")]
    Language(String),
    #[error("'{0}' is not a Stuttgart district")]
    District(String),
    #[error("'{0}' is not an announcement topic")]
    Topic(String),
    #[error("'{0}' is not a channel the gateway serves")]
    Channel(String),
    #[error("'{0}' is not a number of days (1 or more)")]
    Days(String),
}

impl SegmentError {
    pub fn message_id(&self) -> &'static str {
        "broadcast-bad-filter"
    }

    pub fn value(&self) -> &str {
        match self {
            SegmentError::Filter(v)
            | SegmentError::Language(v)
            | SegmentError::District(v)
            | SegmentError::Topic(v)
            | SegmentError::Channel(v)
            | SegmentError::Days(v) => v,
        }
    }
}

/// What a broadcast says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A Fluent message id, translated in every locale (`wegweiser check` sees to that).
    Message(String),
    /// One text per locale tag, from a file staff wrote.
    Texts(BTreeMap<String, String>),
}

impl Source {
    /// The text for `chain` (a recipient's locale and its fallbacks): the first locale
    /// of the chain that has one, and that locale. Messages are rendered by the engine.
    pub fn text_for<'a>(&'a self, chain: &[&'a str]) -> Option<(&'a str, &'a str)> {
        match self {
            Source::Message(_) => None,
            Source::Texts(texts) => chain.iter().find_map(|l| texts.get(*l).map(|t| (*l, t.as_str()))),
        }
    }

    /// How it is named in reports: the message id, or "file (de, en, uk)".
    pub fn describe(&self) -> String {
        match self {
            Source::Message(id) => id.clone(),
            Source::Texts(texts) => format!("file ({})", texts.keys().cloned().collect::<Vec<_>>().join(", ")),
        }
    }
}

/// Reads a broadcast file: TOML with one text per locale tag, the base locale among them
/// (every other language falls back to it).
///
/// ```toml
/// de = "Neue Deutschkurse ab März. Schreiben Sie /start und wählen Sie „Kurse“."
/// en = "New German courses from March. Write /start and choose “Courses”."
/// ```
pub fn parse_texts(path: &Path, source: &str, registry: &Registry) -> Result<Source, Diagnostics> {
    if source.len() > MAX_BROADCAST_FILE_BYTES {
        let message = format!("the file has {} KiB; a file of texts takes at most {} KiB", source.len() / 1024, MAX_BROADCAST_FILE_BYTES / 1024);
        return Err(Diagnostics(vec![wegweiser_i18n::Diagnostic { location: Location::new(path, 1, 1), message }]));
    }
    read_texts(path, source, registry).map_err(|mut diags| {
        if diags.len() > MAX_FILE_PROBLEMS_SHOWN {
            let more = diags.len() - MAX_FILE_PROBLEMS_SHOWN;
            diags.0.truncate(MAX_FILE_PROBLEMS_SHOWN);
            let last = diags.0.last().map_or_else(|| Location::new(path, 1, 1), |d| d.location.clone());
            diags.push(last, format!("and {more} more problems; mend these first"));
        }
        diags
    })
}

/// The most bytes a file of texts may have: every served language at the longest text.
pub const MAX_BROADCAST_FILE_BYTES: usize = 256 * 1024;
/// The most problems of a file of texts that are named: a wrong file gets a short answer.
pub const MAX_FILE_PROBLEMS_SHOWN: usize = 5;

/// The texts, or every problem found in them.
fn read_texts(path: &Path, source: &str, registry: &Registry) -> Result<Source, Diagnostics> {
    let texts: BTreeMap<String, Spanned<String>> = parse_toml(path, source, "broadcast file").map_err(|d| Diagnostics(vec![d]))?;
    let mut diags = Diagnostics::default();
    let at = |span: std::ops::Range<usize>| Location::at_offset(path, source, span.start);
    for (tag, text) in &texts {
        let chars = text.get_ref().trim().chars().count();
        if registry.get(tag).is_none() {
            let served: Vec<&str> = registry.tags().collect();
            diags.push(at(text.span()), format!("'{tag}' is not a served locale; served: {}", served.join(", ")));
        } else if chars == 0 {
            diags.push(at(text.span()), format!("the {tag} text is empty"));
        } else if chars > MAX_BROADCAST_CHARS {
            diags.push(at(text.span()), format!("the {tag} text has {chars} characters; a broadcast takes at most {MAX_BROADCAST_CHARS}"));
        }
    }
    if !texts.contains_key(registry.base()) {
        diags.push(
            Location::new(path, 1, 1),
            format!("there is no {base} text; every language without its own text falls back to it", base = registry.base()),
        );
    }
    diags.into_result()?;
    Ok(Source::Texts(texts.into_iter().map(|(tag, text)| (tag, text.into_inner().trim().to_string())).collect()))
}

/// Where one recipient's message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Not sent yet.
    Pending,
    /// Handed to the channel; the answer is not recorded yet.
    Sending,
    Sent,
    /// The channel refused it for good (or after its retries).
    Failed,
    /// The recipient blocked the bot; they are skipped until they write again.
    Blocked,
    /// Staff cancelled the broadcast before it was sent.
    Cancelled,
    /// The gateway stopped while it was being sent: it may or may not have arrived, and is
    /// not sent again, so nobody gets it twice.
    Interrupted,
}

impl DeliveryStatus {
    pub const ALL: [DeliveryStatus; 7] = [
        DeliveryStatus::Pending,
        DeliveryStatus::Sending,
        DeliveryStatus::Sent,
        DeliveryStatus::Failed,
        DeliveryStatus::Blocked,
        DeliveryStatus::Cancelled,
        DeliveryStatus::Interrupted,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Sending => "sending",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Blocked => "blocked",
            DeliveryStatus::Cancelled => "cancelled",
            DeliveryStatus::Interrupted => "interrupted",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Whether the recipient is done with: nothing more happens to them.
    pub fn is_final(self) -> bool {
        !matches!(self, DeliveryStatus::Pending | DeliveryStatus::Sending)
    }
}

/// A broadcast's delivery counts, per (language, channel).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub counts: BTreeMap<(String, String), BTreeMap<DeliveryStatus, u64>>,
}

impl Report {
    pub fn add(&mut self, locale: &str, channel: &str, status: DeliveryStatus, count: u64) {
        *self.counts.entry((locale.to_string(), channel.to_string())).or_default().entry(status).or_default() += count;
    }

    /// How many recipients have `status`, over every language and channel.
    pub fn total(&self, status: DeliveryStatus) -> u64 {
        self.counts.values().filter_map(|c| c.get(&status)).sum()
    }

    pub fn recipients(&self) -> u64 {
        self.counts.values().flat_map(|c| c.values()).sum()
    }

    /// Whether every recipient is done with.
    pub fn finished(&self) -> bool {
        self.total(DeliveryStatus::Pending) + self.total(DeliveryStatus::Sending) == 0
    }

    /// One line per language and channel, then the totals: the same table on the command
    /// line and in the staff room (numbers and names need no translation).
    pub fn table(&self) -> String {
        let shown = [DeliveryStatus::Sent, DeliveryStatus::Failed, DeliveryStatus::Blocked, DeliveryStatus::Pending];
        let mut lines = vec![format!("{:<8} {:<10} {:>7} {:>7} {:>7} {:>7} {:>7}", "language", "channel", "sent", "failed", "blocked", "pending", "other")];
        let mut row = |label: (&str, &str), counts: &dyn Fn(DeliveryStatus) -> u64| {
            let other = counts(DeliveryStatus::Cancelled) + counts(DeliveryStatus::Interrupted);
            let pending = counts(DeliveryStatus::Pending) + counts(DeliveryStatus::Sending);
            let [sent, failed, blocked, _] = shown.map(counts);
            lines.push(format!("{:<8} {:<10} {sent:>7} {failed:>7} {blocked:>7} {pending:>7} {other:>7}", label.0, label.1));
        };
        for ((locale, channel), counts) in &self.counts {
            row((locale, channel), &|s| counts.get(&s).copied().unwrap_or(0));
        }
        row(("all", ""), &|s| self.total(s));
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(channel: &str, locale: &str, topics: &[&str], district: Option<&str>, last_active: i64) -> Candidate {
        Candidate {
            channel: channel.into(),
            user: format!("{channel}-{locale}-{}", topics.join("+")),
            locale: Some(locale.into()),
            subscription: Subscription { topics: topics.iter().map(|t| t.to_string()).collect(), district: district.map(str::to_string), asked: true },
            last_active,
        }
    }

    #[test]
    fn a_segment_takes_subscribers_by_topic_language_district_channel_and_activity() {
        let now = 100 * 86_400;
        let everything = candidate("telegram", "uk", &["all"], None, now);
        let courses_dari = candidate("matrix", "fa-AF", &["courses"], Some("Mitte"), now - 10 * 86_400);
        let housing_farsi = candidate("telegram", "fa", &["housing"], Some("Vaihingen"), now - 40 * 86_400);
        let nothing = candidate("telegram", "uk", &[], Some("Mitte"), now);
        let all = [&everything, &courses_dari, &housing_farsi, &nothing];
        let picked = |segment: &Segment| all.iter().filter(|c| segment.includes(c, now)).map(|c| &c.user).collect::<Vec<_>>();

        assert_eq!(picked(&Segment::default()), [&everything.user, &courses_dari.user, &housing_farsi.user]);
        let topic = Segment { topic: Some("courses".into()), ..Segment::default() };
        assert_eq!(picked(&topic), [&everything.user, &courses_dari.user]);
        let farsi = Segment { languages: vec!["fa".into()], ..Segment::default() };
        assert_eq!(picked(&farsi), [&courses_dari.user, &housing_farsi.user], "fa takes in fa-AF");
        let dari = Segment { languages: vec!["fa-AF".into()], ..Segment::default() };
        assert_eq!(picked(&dari), [&courses_dari.user]);
        let district = Segment { districts: vec!["Mitte".into(), "Vaihingen".into()], ..Segment::default() };
        assert_eq!(picked(&district), [&courses_dari.user, &housing_farsi.user], "only those who chose a district's news");
        let telegram = Segment { channels: vec!["telegram".into()], ..Segment::default() };
        assert_eq!(picked(&telegram), [&everything.user, &housing_farsi.user]);
        let recent = Segment { active_within_days: Some(30), ..Segment::default() };
        assert_eq!(picked(&recent), [&everything.user, &courses_dari.user]);
        let narrow = Segment { topic: Some("housing".into()), languages: vec!["fa".into()], active_within_days: Some(30), ..Segment::default() };
        assert!(picked(&narrow).is_empty());
    }

    #[test]
    fn filter_words_build_a_segment_and_wrong_values_are_named() {
        let mut segment = Segment::default();
        for word in ["lang=uk,ar", "district=Mitte", "topic=courses", "channel=telegram", "active=30"] {
            segment.add_filter(word).unwrap();
        }
        assert_eq!(segment.describe(), "lang=uk,ar district=Mitte topic=courses channel=telegram active=30");
        let served = vec!["de".to_string(), "uk".into(), "ar".into(), "fa-AF".into()];
        let topics = vec!["courses".to_string()];
        assert_eq!(segment.check(&served, &topics, &["telegram", "matrix"]), Ok(()));
        assert_eq!(Segment::default().add_filter("colour=red"), Err(SegmentError::Filter("colour=red".into())));
        assert_eq!(Segment::default().add_filter("active=soon"), Err(SegmentError::Days("soon".into())));
        let wrong = |word: &str| {
            let mut s = Segment::default();
            s.add_filter(word).unwrap();
            s.check(&served, &topics, &["telegram"]).unwrap_err()
        };
        assert_eq!(wrong("lang=xx"), SegmentError::Language("xx".into()));
        assert_eq!(wrong("district=Berlin"), SegmentError::District("Berlin".into()));
        assert_eq!(wrong("topic=weather"), SegmentError::Topic("weather".into()));
        assert_eq!(wrong("channel=sms"), SegmentError::Channel("sms".into()));
        assert_eq!(wrong("active=0"), SegmentError::Days("0".into()));
    }

    #[test]
    fn a_report_counts_per_language_and_channel() {
        let mut report = Report::default();
        report.add("uk", "telegram", DeliveryStatus::Sent, 7);
        report.add("uk", "telegram", DeliveryStatus::Blocked, 1);
        report.add("ar", "matrix", DeliveryStatus::Pending, 2);
        assert_eq!((report.total(DeliveryStatus::Sent), report.recipients()), (7, 10));
        assert!(!report.finished());
        let table = report.table();
        assert!(table.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["uk", "telegram", "7", "0", "1", "0", "0"]), "{table}");
        assert!(table.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["all", "7", "0", "1", "2", "0"]), "{table}");
    }
}
