//! A property test of the engine and the store together, on a real SQLite file: random
//! sequences of events from refugees, peers, staff and an admin on the console channel —
//! menu inputs, commands with random arguments, text with control and bidi characters, very
//! long lines, forged and stale button presses, media, files of texts, redelivered event ids
//! — with catalog changes in between (entries closed and reopened, capacities lowered). After
//! every step the database must hold what the gateway promises; see [`check_invariants`].
//!
//! A normal test run tries a fixed seed with a few cases; `WEGWEISER_PROPTEST_CASES=300`
//! runs more. A failure prints the shrunk sequence of steps.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use wegweiser::console::CHANNEL;
use wegweiser::{Clock, Gateway, Handled};
use wegweiser_core::catalog::{Catalog, EntryKind};
use wegweiser_core::team::Role;
use wegweiser_core::{Attachment, Engine, Inbound, InboundKind, MediaKind, Outbound};
use wegweiser_store::{Status, Store, MAX_EVENT_ATTEMPTS};

use crate::support::{bundled_sources, member, stray_bidi_controls, test_catalog};

/// Cases in a normal test run; `WEGWEISER_PROPTEST_CASES` sets another number.
const DEFAULT_CASES: u32 = 24;
const SEED: u64 = 0x5765_6777_6569_7365;

/// Who writes: four refugees (one with an Arabic, one with a Ukrainian app language), the
/// two peers of the test catalog, a staff member and an admin.
const USERS: [(&str, Option<&str>); 8] = [
    ("r1", Some("ar")),
    ("r2", Some("uk")),
    ("r3", None),
    ("r4", Some("fa")),
    ("amal", None),
    ("olena", None),
    ("weber", None),
    ("admin", None),
];

const COURSES: [&str; 3] = ["deutsch-a1-test", "deutsch-a2-test", "garten-test"];
const SESSIONS: [&str; 3] = ["dialog-wohnen-test", "dialog-schule-test", "dialog-vorbei-test"];
const PEERS: [&str; 4] = ["peer-amal-test", "peer-olena-test", "peer-samir-test", "peer-hamid-test"];

const LANGUAGES: &[&str] = &["Deutsch", "English", "العربية", "Українська", "فارسی", "Türkçe", "Klingonisch"];
const PLAIN_COMMANDS: &[&str] = &[
    "/human", "/bot", "/my", "/stop", "/language", "/subscribe", "/mydata", "/delete", "/help", "/queue", "/release", "/close", "/start",
];
const NUMBERED_COMMANDS: &[&str] = &["/claim", "/transcript", "/accept", "/decline", "/feedback", "/language", "/subscribe"];
const ODD_ARGUMENTS: &[&str] = &["#1", "abc", "-1", "99999999999", "1 2", "yes", "no", "Deutsch", "ar", "\"", "١"];
const ROLE_WORDS: &[&str] = &[
    "Neu", "Amal", "Olena", "\"Frau Weber\"", "Admin", "\"Frau Kaya\"", "peer", "staff", "admin", "chef", "refugee", "ar", "de", "uk,ru",
    "xx", "console:r1", "console:r2", "console:neu", "console:amal", "console:weber", "telegram:7777", "matrix:@x:example.org", "\"",
];
const NAMES: &[&str] = &["Neu", "Amal", "Olena", "\"Frau Weber\"", "Admin", "\"Frau Kaya\""];
const ACCOUNTS: &[&str] =
    &["console:r1", "console:r2", "console:r3", "console:r4", "console:neu", "console:amal", "console:olena", "console:weber", "telegram:7777"];
const BROADCAST_WORDS: &[&str] = &[
    "news-new-courses", "news-new-dialogue", "help", "send", "cancel", "report", "status", "1", "2", "lang=uk", "lang=ar,de",
    "district=Mitte", "topic=courses", "channel=console", "active=30", "lang=xx", "district=Berlin", "bogus",
];
const LINKS: &[&str] = &[
    "courses", "sessions", "peers", "topics", "person", "course", "session", "course_deutsch-a1-test", "course_garten-test", "course_nope",
    "session_dialog-wohnen-test", "session_dialog-schule-test", "session_dialog-vorbei-test", "session_nope", "topic_housing", "topic_x",
    "\u{202E}", "",
];
const SENTENCES: &[&str] = &[
    "Hallo", "Ich brauche eine Wohnung", "Ja, gerne", "Nein", "Mitte", "Wohnen", "+49 170 1234567", "أحتاج مساعدة في إيجاد سكن",
    "مرحبا", "Де знайти житло?", "سلام", "ok", "0", "10", "٣",
];
const FRAGMENTS: &[&str] = &[
    "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200F}", "\u{200E}", "\u{061C}", "\0", "\r", "\r\n", "\n\n\n", "\t",
    "\u{FEFF}", "\u{FFFD}", "\u{7}", "abc", "مرحبا", "Привіт", "😀", "1", "/", " ", "Deutsch", "<b>", "&amp;",
];
const LONG_CHARS: &[char] = &['a', 'ب', '😀', '\u{202E}', '\n', ' '];
const CAPTIONS: &[Option<&str>] =
    &[Some("/broadcast"), Some("/broadcast lang=uk"), Some("/broadcast district=Mitte"), Some("/broadcast lang=xx"), Some("Mein Dokument"), None];
const TEXT_FILES: &[&str] = &[
    "de = \"Neue Sprechstunde.\"\nuk = \"Нова консультація.\"\n",
    "de = \"Neu.\"\nxx = \"?\"\n",
    "de = \"Kaputt\n",
    "ar = \"جديد\"\n",
];

/// One step of a sequence: an event from a user, a redelivery, or a catalog change.
#[derive(Debug, Clone)]
enum Step {
    Type { user: usize, line: Line },
    /// A button press: `stale` menus back from the user's current one (0 is the current
    /// menu), or a forged menu number.
    Press { user: usize, menu: Menu, option: u16 },
    Media { user: usize, kind: usize },
    File { user: usize, kind: usize, caption: usize, content: FileContent },
    /// A few lines that lead somewhere: a seat, a place, a peer, a person.
    Journey { user: usize, language: &'static str, journey: Journey },
    /// The event sent `back` events ago (modulo how many were sent) comes again.
    Redeliver { back: usize },
    Catalog(Change),
}

#[derive(Debug, Clone)]
enum Line {
    Number(u8),
    Language(&'static str),
    Plain(&'static str),
    Numbered(&'static str, Argument),
    Role(&'static str, Vec<&'static str>),
    /// A well-formed grant: name, role, languages, accounts.
    Grant(&'static str, &'static str, &'static str, Vec<&'static str>),
    Revoke(&'static str),
    Broadcast(Vec<&'static str>),
    Link(&'static str),
    Sentence(&'static str),
    /// Fragments run together: control and bidi characters among ordinary text.
    Odd(Vec<&'static str>),
    /// A line of this many times the character.
    Long(char, usize),
}

#[derive(Debug, Clone)]
enum Journey {
    Course(usize),
    Session(usize),
    Peer,
    Person(&'static str),
    /// `/my` and then these menu numbers: a cancellation, a withdrawal, or nothing much.
    Mine(Vec<u8>),
    /// A team member takes request `request`, answers, and perhaps closes or releases it.
    Help { request: u8, answer: &'static str, then: Option<&'static str> },
    /// A peer answers contact request `request`.
    Answer { request: u8, accept: bool },
}

impl Journey {
    /// The lines typed: a refugee first chooses `language`.
    fn lines(&self, language: &str) -> Vec<String> {
        let lines: Vec<String> = match self {
            Journey::Help { request, answer, then } => {
                return [format!("/claim {request}"), answer.to_string()].into_iter().chain(then.map(str::to_string)).collect();
            }
            Journey::Answer { request, accept } => return vec![format!("/{} {request}", if *accept { "accept" } else { "decline" })],
            Journey::Course(course) => vec![format!("/start course_{}", COURSES[*course]), "1".into()],
            Journey::Session(session) => vec![format!("/start session_{}", SESSIONS[*session]), "1".into()],
            Journey::Peer => ["/start", "4", "Wohnen", "Mitte", "1", "1", "+49 170 9998887", "1"].map(String::from).to_vec(),
            Journey::Person(question) => vec!["/human".into(), question.to_string(), "1".into()],
            Journey::Mine(numbers) => std::iter::once("/my".to_string()).chain(numbers.iter().map(u8::to_string)).collect(),
        };
        ["/language".to_string(), language.to_string()].into_iter().chain(lines).collect()
    }
}

#[derive(Debug, Clone)]
enum Argument {
    Number(i64),
    Odd(&'static str),
}

#[derive(Debug, Clone)]
enum Menu {
    Stale(u32),
    Forged(u32),
}

#[derive(Debug, Clone)]
enum FileContent {
    Texts(&'static str),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone)]
enum Change {
    Status { kind: EntryKind, index: usize, open: bool },
    /// The course's capacity becomes at most `to`, by importing the catalog again.
    LowerCapacity { course: usize, to: u32 },
}

impl Line {
    fn typed(&self) -> String {
        match self {
            Line::Number(n) => n.to_string(),
            Line::Language(l) | Line::Plain(l) | Line::Sentence(l) => l.to_string(),
            Line::Numbered(command, Argument::Number(n)) => format!("{command} {n}"),
            Line::Numbered(command, Argument::Odd(a)) => format!("{command} {a}"),
            Line::Role(action, words) => format!("/role {action} {}", words.join(" ")),
            Line::Grant(name, role, languages, accounts) => format!("/role grant {name} {role} {languages} {}", accounts.join(" ")),
            Line::Revoke(name) => format!("/role revoke {name}"),
            Line::Broadcast(words) => format!("/broadcast {}", words.join(" ")),
            Line::Link(name) => format!("/start {name}"),
            Line::Odd(fragments) => fragments.concat(),
            Line::Long(c, n) => std::iter::repeat_n(*c, *n).collect(),
        }
    }
}

fn user() -> impl Strategy<Value = usize> {
    prop_oneof![1 => 0..4usize, 1 => 4..8usize]
}

fn line() -> impl Strategy<Value = Line> {
    let argument = prop_oneof![3 => (-1i64..6).prop_map(Argument::Number), 1 => prop::sample::select(ODD_ARGUMENTS).prop_map(Argument::Odd)];
    prop_oneof![
        6 => (1u8..=9).prop_map(Line::Number),
        2 => prop::sample::select(LANGUAGES).prop_map(Line::Language),
        4 => prop::sample::select(PLAIN_COMMANDS).prop_map(Line::Plain),
        3 => (prop::sample::select(NUMBERED_COMMANDS), argument).prop_map(|(c, a)| Line::Numbered(c, a)),
        2 => (prop::sample::select(&["grant", "revoke", "list", "bogus"][..]), prop::collection::vec(prop::sample::select(ROLE_WORDS), 0..6))
            .prop_map(|(a, w)| Line::Role(a, w)),
        2 => (
            prop::sample::select(NAMES),
            prop::sample::select(&["peer", "staff", "admin"][..]),
            prop::sample::select(&["ar", "de", "uk,ru", "en,de", "fa"][..]),
            prop::collection::vec(prop::sample::select(ACCOUNTS), 1..3)
        )
            .prop_map(|(name, role, languages, accounts)| Line::Grant(name, role, languages, accounts)),
        1 => prop::sample::select(NAMES).prop_map(Line::Revoke),
        2 => prop::collection::vec(prop::sample::select(BROADCAST_WORDS), 0..4).prop_map(Line::Broadcast),
        2 => prop::sample::select(LINKS).prop_map(Line::Link),
        3 => prop::sample::select(SENTENCES).prop_map(Line::Sentence),
        2 => prop::collection::vec(prop::sample::select(FRAGMENTS), 1..8).prop_map(Line::Odd),
        1 => (prop::sample::select(LONG_CHARS), prop_oneof![Just(10_000usize), Just(4_000), Just(4_001)]).prop_map(|(c, n)| Line::Long(c, n)),
    ]
}

fn change() -> impl Strategy<Value = Change> {
    let kind = prop_oneof![Just(EntryKind::Course), Just(EntryKind::Session), Just(EntryKind::Peer)];
    prop_oneof![
        (kind, 0..4usize, any::<bool>()).prop_map(|(kind, index, open)| Change::Status { kind, index, open }),
        (0..COURSES.len(), 0u32..4).prop_map(|(course, to)| Change::LowerCapacity { course, to }),
    ]
}

fn journey() -> impl Strategy<Value = Journey> {
    prop_oneof![
        3 => (0..COURSES.len()).prop_map(Journey::Course),
        2 => (0..SESSIONS.len()).prop_map(Journey::Session),
        1 => Just(Journey::Peer),
        3 => prop::sample::select(SENTENCES).prop_map(Journey::Person),
        // The first entry in /my, then its first button: cancel or withdraw.
        2 => (1u8..=3).prop_map(|entry| Journey::Mine(vec![entry, 1])),
        2 => prop::collection::vec(1u8..=4, 0..4).prop_map(Journey::Mine),
    ]
}

fn team_journey() -> impl Strategy<Value = Journey> {
    prop_oneof![
        3 => (1u8..6, prop::sample::select(SENTENCES), prop::sample::select(&[None, Some("/close"), Some("/release"), Some("/transcript 1")][..]))
            .prop_map(|(request, answer, then)| Journey::Help { request, answer, then }),
        1 => (1u8..4, any::<bool>()).prop_map(|(request, accept)| Journey::Answer { request, accept }),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let menu = prop_oneof![3 => (0u32..3).prop_map(Menu::Stale), 1 => any::<u32>().prop_map(Menu::Forged)];
    let content = prop_oneof![
        prop::sample::select(TEXT_FILES).prop_map(FileContent::Texts),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(FileContent::Bytes),
    ];
    prop_oneof![
        20 => (user(), line()).prop_map(|(user, line)| Step::Type { user, line }),
        3 => (user(), menu, 0u16..8).prop_map(|(user, menu, option)| Step::Press { user, menu, option }),
        1 => (user(), 0..6usize).prop_map(|(user, kind)| Step::Media { user, kind }),
        2 => (user(), 0..3usize, 0..CAPTIONS.len(), content).prop_map(|(user, kind, caption, content)| Step::File { user, kind, caption, content }),
        2 => (0..20usize).prop_map(|back| Step::Redeliver { back }),
        6 => (0..4usize, prop::sample::select(&["Deutsch", "Deutsch", "English", "العربية", "Українська"][..]), journey())
            .prop_map(|(user, language, journey)| Step::Journey { user, language, journey }),
        4 => (4..8usize, team_journey()).prop_map(|(user, journey)| Step::Journey { user, language: "", journey }),
        2 => change().prop_map(Step::Catalog),
    ]
}

/// Totals over every run, shrinking included.
#[derive(Debug, Default)]
struct Totals {
    runs: u32,
    steps: usize,
    events: usize,
    duplicates: usize,
    /// Attempts that failed and were handed in again, as a channel would.
    failed_attempts: usize,
    /// Events given up after their last attempt.
    given_up: usize,
    reasons: HashMap<String, usize>,
    /// What the runs reached: rows per kind at the end of each run, added up.
    reached: std::collections::BTreeMap<String, i64>,
}

#[test]
fn random_events_from_every_role_keep_the_store_consistent() {
    let cases = std::env::var("WEGWEISER_PROPTEST_CASES").ok().map(|v| v.parse().expect("WEGWEISER_PROPTEST_CASES is a number")).unwrap_or(DEFAULT_CASES);
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(SEED),
        failure_persistence: None,
        max_shrink_iters: 400,
        max_shrink_time: 300_000,
        ..Config::default()
    };
    let engine = Engine::load(&bundled_sources()).unwrap_or_else(|d| panic!("bundled sources are valid:\n{d}"));
    let catalog = test_catalog(&engine);
    drop(engine);
    count_our_panics();
    let totals = Mutex::new(Totals::default());
    let started = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&prop::collection::vec(step(), 1..64), |steps| {
        // The store's committer runs on this runtime's threads, so a panic there is seen by
        // `count_our_panics` even when the committer catches it and commits again.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name(THREAD_NAME)
            .enable_all()
            .build()
            .expect("a runtime");
        // A case that panicked poisons the lock; the totals are still good.
        let mut totals = totals.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        totals.runs += 1;
        runtime.block_on(run_case(&steps, &catalog, &mut totals)).map_err(TestCaseError::fail)
    });
    let totals = totals.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    println!(
        "properties: {cases} cases, {} runs with shrinking, {} steps, {} events ({} duplicates), {} failed attempts, {} events given up, in {:.1} s",
        totals.runs,
        totals.steps,
        totals.events,
        totals.duplicates,
        totals.failed_attempts,
        totals.given_up,
        started.elapsed().as_secs_f64()
    );
    println!("properties: reached {:?}", totals.reached);
    for (reason, count) in &totals.reasons {
        println!("properties: failed {count}×: {reason}");
    }
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, steps)) => panic!("{reason}\nshrunk to {} steps:\n{steps:#?}", steps.len()),
        Err(TestError::Abort(reason)) => panic!("aborted: {reason}"),
    }
}

/// The threads of the runtimes the cases run on.
const THREAD_NAME: &str = "wegweiser-properties";

/// Panics on the cases' threads so far, and the last one's message.
static PANICS: Mutex<(usize, String)> = Mutex::new((0, String::new()));

/// Counts every panic on the cases' threads, before passing it on to the usual hook: the
/// committer catches panics (and, in debug builds, a kept world that differs from the
/// stored one is a panic), so the caller may never hear of one.
fn count_our_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(THREAD_NAME) {
                let message = info.payload().downcast_ref::<String>().cloned().or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()));
                let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
                let mut panics = PANICS.lock().unwrap_or_else(|p| p.into_inner());
                panics.0 += 1;
                panics.1 = format!("{at}: {}", message.unwrap_or_default());
                // The first is shown in full; shrinking repeats it many times.
                if panics.0 > 1 {
                    return;
                }
            }
            previous(info);
        }));
    });
}

fn panics_so_far() -> (usize, String) {
    PANICS.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Fails the case with a message unless `$cond` holds.
macro_rules! ensure {
    ($cond:expr, $($message:tt)+) => {
        if !$cond {
            return Err(format!($($message)+));
        }
    };
}

/// What the sequence has done so far, to check what follows against.
struct Run<'a> {
    gateway: Gateway,
    catalog: Catalog,
    sent: Vec<Inbound>,
    /// Events made so far: the next one's id.
    events: usize,
    /// Panics counted when the case started.
    panics: usize,
    /// Confirmed seats per course after the last step.
    confirmed: HashMap<String, i64>,
    totals: &'a mut Totals,
}

async fn run_case(steps: &[Step], catalog: &Catalog, totals: &mut Totals) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::load(&bundled_sources()).unwrap_or_else(|d| panic!("bundled sources are valid:\n{d}"));
    // A Monday morning in office hours, before two of the three test sessions.
    let clock = Clock::starting_at("2027-01-18T10:00".parse().unwrap(), &engine);
    let store = Store::open(&dir.path().join("wegweiser.sqlite3")).await.map_err(|e| format!("open: {e}"))?;
    let gateway = Gateway::with_clock(engine, store, clock);
    gateway.store().import_catalog(catalog).await.map_err(|e| format!("import: {e}"))?;
    for m in [
        member("Amal", Role::Peer, &["ar", "de"], "amal"),
        member("Olena", Role::Peer, &["uk", "ru", "de"], "olena"),
        member("Frau Weber", Role::Staff, &["de", "en"], "weber"),
        member("Admin", Role::Admin, &["de"], "admin"),
    ] {
        gateway.store().grant_role(&m, "cli").await.map_err(|e| format!("grant: {e}"))?;
    }
    let mut run = Run { gateway, catalog: catalog.clone(), sent: Vec::new(), events: 0, panics: panics_so_far().0, confirmed: HashMap::new(), totals };
    check_invariants(&mut run).await.map_err(|e| format!("before the first step: {e}"))?;
    for (n, step) in steps.iter().enumerate() {
        run.totals.steps += 1;
        run.step(step).await.map_err(|e| format!("step {n} ({step:?}): {e}"))?;
    }
    let store = run.gateway.store();
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(store.pool()).await.map_err(|e| e.to_string())?;
    ensure!(integrity == "ok", "integrity_check: {integrity}");
    let recorded = store.failed_events().await.map_err(|e| e.to_string())?;
    ensure!(recorded.iter().all(|f| f.channel == CHANNEL && f.attempts >= 1), "failed events: {recorded:?}");
    let reached: Vec<(String, i64)> = sqlx::query_as(
        "SELECT 'sign-up ' || status, COUNT(*) FROM course_signups GROUP BY status \
         UNION ALL SELECT 'booking ' || status, COUNT(*) FROM session_bookings GROUP BY status \
         UNION ALL SELECT 'peer request ' || status, COUNT(*) FROM peer_requests GROUP BY status \
         UNION ALL SELECT 'handover ' || status, COUNT(*) FROM handover_requests GROUP BY status \
         UNION ALL SELECT 'handover message', COUNT(*) FROM handover_messages \
         UNION ALL SELECT 'broadcast ' || status, COUNT(*) FROM broadcasts GROUP BY status \
         UNION ALL SELECT 'role change', COUNT(*) FROM role_changes WHERE by != 'cli' \
         UNION ALL SELECT 'transcript read', COUNT(*) FROM transcript_access",
    )
    .fetch_all(store.pool())
    .await
    .map_err(|e| e.to_string())?;
    for (what, count) in reached {
        *run.totals.reached.entry(what).or_default() += count;
    }
    store.pool().close().await;
    Ok(())
}

impl Run<'_> {
    /// The next event from `user`, with a new event id.
    fn event(&mut self, user: usize, kind: InboundKind) -> Inbound {
        let (user, hint) = USERS[user];
        self.events += 1;
        Inbound {
            channel: CHANNEL.into(),
            user: user.into(),
            event_id: format!("event-{}", self.events),
            kind,
            language_hint: hint.map(str::to_string),
            handover: None,
            staff_room: None,
            message: None,
        }
    }

    /// Runs one step; the invariants are checked after each event and catalog change.
    async fn step(&mut self, step: &Step) -> Result<(), String> {
        let event = match step {
            Step::Type { user, line } => self.event(*user, InboundKind::from_typed(&line.typed())),
            Step::Press { user, menu, option } => {
                let current = self.state_of(USERS[*user].0).await?.map_or(0, |s| s.menu_id);
                let menu = match menu {
                    Menu::Stale(back) => current.saturating_sub(*back),
                    Menu::Forged(menu) => *menu,
                };
                self.event(*user, InboundKind::Button { menu, option: *option })
            }
            Step::Media { user, kind } => {
                let kinds = [MediaKind::Photo, MediaKind::Voice, MediaKind::Sticker, MediaKind::Document, MediaKind::Location, MediaKind::Other];
                self.event(*user, InboundKind::Media(kinds[*kind]))
            }
            Step::File { user, kind, caption, content } => {
                let (kind, mime, name) = [
                    (MediaKind::Document, "application/toml", "news.toml"),
                    (MediaKind::Document, "application/octet-stream", "data.bin"),
                    (MediaKind::Photo, "image/jpeg", "photo.jpg"),
                ][*kind];
                let bytes: Vec<u8> = match content {
                    FileContent::Texts(texts) => texts.as_bytes().to_vec(),
                    FileContent::Bytes(bytes) => bytes.clone(),
                };
                let file = Attachment { kind, mime: mime.into(), name: Some(name.into()), caption: CAPTIONS[*caption].map(str::to_string), bytes: bytes.into() };
                self.event(*user, InboundKind::Attachment(file))
            }
            Step::Journey { user, language, journey } => {
                for (n, line) in journey.lines(language).into_iter().enumerate() {
                    let event = self.event(*user, InboundKind::from_typed(&line));
                    self.deliver(event).await.map_err(|e| format!("line {n} ({line:?}): {e}"))?;
                }
                return Ok(());
            }
            Step::Redeliver { back } => {
                if !self.sent.is_empty() {
                    let earlier = self.sent[self.sent.len() - 1 - back % self.sent.len()].clone();
                    self.redeliver(&earlier).await?;
                }
                return check_invariants(self).await;
            }
            Step::Catalog(change) => {
                self.change_catalog(change).await?;
                return check_invariants(self).await;
            }
        };
        self.deliver(event).await
    }

    /// Hands in one new event, checks what it did, and delivers what waits for anyone.
    async fn deliver(&mut self, event: Inbound) -> Result<(), String> {
        let stale_press = match &event.kind {
            InboundKind::Button { menu, option } => self.state_of(&event.user).await?.filter(|s| {
                // A conversation at no step yet (a team member's first command) gets its first menu.
                !s.step.is_empty() && !s.with_person && !s.stopped && (*menu != s.menu_id || usize::from(*option) >= s.options.len())
            }),
            _ => None,
        };
        let footprint = self.footprint(&event.user).await?;
        let replies = self.handle(&event).await?;
        self.sent.push(event.clone());
        check_messages(&event.user, &replies)?;
        if let Some(before) = stale_press {
            // A stale or forged press gets "out of date" and changes nothing.
            let after = self.state_of(&event.user).await?.ok_or("the conversation of a stale press is gone")?;
            ensure!(
                (&after.step, &after.locale, &after.vars) == (&before.step, &before.locale, &before.vars),
                "a stale press changed the conversation: {before:?} → {after:?}"
            );
            let now = self.footprint(&event.user).await?;
            ensure!(now == footprint, "a stale press changed what {} holds: {footprint} → {now}", event.user);
        }
        // Everything waiting for anyone renders and is marked sent, as the channel would.
        for (user, _) in USERS {
            let pending = self.gateway.pending_notifications(CHANNEL, user).await.map_err(|e| format!("outbox of {user}: {e}"))?;
            let messages: Vec<Outbound> = pending.iter().map(|(_, m)| m.clone()).collect();
            check_messages(user, &messages)?;
            let ids: Vec<i64> = pending.iter().map(|(id, _)| *id).collect();
            self.gateway.store().mark_delivered(&ids).await.map_err(|e| format!("marking {user}'s outbox sent: {e}"))?;
        }
        check_invariants(self).await
    }

    /// Hands the event to the gateway as a channel does: a failed attempt is handed in
    /// again, until it is committed or given up. Returns the replies.
    async fn handle(&mut self, event: &Inbound) -> Result<Vec<Outbound>, String> {
        self.totals.events += 1;
        for attempt in 1..=MAX_EVENT_ATTEMPTS {
            let handled = tokio::time::timeout(Duration::from_secs(60), self.gateway.handle(event)).await.map_err(|_| "no answer within 60 s")?;
            match handled {
                Ok(Handled::Replies(replies)) => {
                    self.gateway.store().mark_delivered(&replies.outbox).await.map_err(|e| format!("marking replies sent: {e}"))?;
                    let processed = self.count("SELECT COUNT(*) FROM processed_events WHERE channel = ?1 AND event_id = ?2", &[CHANNEL, &event.event_id]).await?;
                    ensure!(processed == 1, "{} was answered but is not marked processed", event.event_id);
                    if attempt == MAX_EVENT_ATTEMPTS {
                        // Committed at the last attempt, or given up (and answered with an apology).
                        let gave_up = self
                            .count("SELECT COUNT(*) FROM event_failures WHERE channel = ?1 AND event_id = ?2 AND gave_up_at IS NOT NULL", &[CHANNEL, &event.event_id])
                            .await?;
                        self.totals.given_up += gave_up as usize;
                    }
                    return Ok(replies.messages);
                }
                Ok(Handled::Duplicate) => return Err(format!("{} is new, but was taken for a duplicate", event.event_id)),
                Err(wegweiser_store::Error::Attempt { attempts, reason }) => {
                    self.totals.failed_attempts += 1;
                    *self.totals.reasons.entry(reason.clone()).or_default() += 1;
                    ensure!(attempts == attempt, "attempt {attempt} of {} was counted as {attempts}", event.event_id);
                    let recorded = self.count("SELECT COUNT(*) FROM event_failures WHERE channel = ?1 AND event_id = ?2", &[CHANNEL, &event.event_id]).await?;
                    ensure!(recorded == 1, "a failed attempt of {} is not in event_failures", event.event_id);
                }
                Err(e) => return Err(format!("{} failed: {e:?}", event.event_id)),
            }
        }
        Err(format!("{} was neither committed nor given up after {MAX_EVENT_ATTEMPTS} attempts", event.event_id))
    }

    /// An event handled before comes again: a duplicate, which changes nothing.
    async fn redeliver(&mut self, event: &Inbound) -> Result<(), String> {
        self.totals.events += 1;
        self.totals.duplicates += 1;
        let state = self.state_of(&event.user).await?;
        let outbox = self.count("SELECT COUNT(*) FROM outbox", &[]).await?;
        let footprint = self.footprint(&event.user).await?;
        match self.gateway.handle(event).await {
            Ok(Handled::Duplicate) => {}
            other => return Err(format!("{} came again and was not a duplicate: {other:?}", event.event_id)),
        }
        ensure!(self.state_of(&event.user).await? == state, "a duplicate changed the conversation");
        ensure!(self.count("SELECT COUNT(*) FROM outbox", &[]).await? == outbox, "a duplicate wrote to the outbox");
        ensure!(self.footprint(&event.user).await? == footprint, "a duplicate changed what {} holds", event.user);
        Ok(())
    }

    async fn change_catalog(&mut self, change: &Change) -> Result<(), String> {
        let store = self.gateway.store();
        match change {
            Change::Status { kind, index, open } => {
                let id = match kind {
                    EntryKind::Course => COURSES[index % COURSES.len()],
                    EntryKind::Session => SESSIONS[index % SESSIONS.len()],
                    EntryKind::Peer => PEERS[index % PEERS.len()],
                };
                let status = if *open { Status::Open } else { Status::Closed };
                store.set_catalog_status(*kind, id, status).await.map_err(|e| format!("set_catalog_status: {e}"))
            }
            Change::LowerCapacity { course, to } => {
                let course = &mut self.catalog.courses[*course];
                course.capacity = course.capacity.min(*to);
                store.import_catalog(&self.catalog).await.map(drop).map_err(|e| format!("import_catalog: {e}"))
            }
        }
    }

    async fn state_of(&self, user: &str) -> Result<Option<wegweiser_core::ConversationState>, String> {
        self.gateway.store().conversation(CHANNEL, user).await.map_err(|e| format!("state of {user}: {e}"))
    }

    async fn count(&self, sql: &'static str, binds: &[&str]) -> Result<i64, String> {
        let mut query = sqlx::query_scalar(sql);
        for b in binds {
            query = query.bind(*b);
        }
        query.fetch_one(self.gateway.store().pool()).await.map_err(|e| format!("{sql}: {e}"))
    }

    /// What a user holds: sign-ups, bookings, peer requests and handovers with their states.
    async fn footprint(&self, user: &str) -> Result<String, String> {
        let sql = "SELECT COALESCE(group_concat(row, ' '), '') FROM ( \
              SELECT 'course:' || course_id || ':' || status AS row FROM course_signups WHERE channel = ?1 AND user_id = ?2 \
              UNION ALL SELECT 'session:' || session_id || ':' || status FROM session_bookings WHERE channel = ?1 AND user_id = ?2 \
              UNION ALL SELECT 'peer:' || peer_id || ':' || status FROM peer_requests WHERE channel = ?1 AND user_id = ?2 \
              UNION ALL SELECT 'handover:' || id || ':' || status FROM handover_requests WHERE channel = ?1 AND user_id = ?2 \
              ORDER BY 1)";
        sqlx::query_scalar(sql).bind(CHANNEL).bind(user).fetch_one(self.gateway.store().pool()).await.map_err(|e| format!("footprint: {e}"))
    }
}

/// What a user is shown: no bidi control but the isolates the renderer adds, no control
/// character but line breaks.
fn check_messages(user: &str, messages: &[Outbound]) -> Result<(), String> {
    for m in messages {
        let stray = stray_bidi_controls(&m.text);
        ensure!(stray.is_empty(), "{user} was shown bidi controls {stray:?}: {:?}", m.text);
        let control: Vec<char> = m.text.chars().filter(|c| c.is_control() && *c != '\n').collect();
        ensure!(control.is_empty(), "{user} was shown control characters {control:?}: {:?}", m.text);
    }
    Ok(())
}

/// Rows that break one of the invariants, as text; empty when none does.
async fn violations(pool: &sqlx::SqlitePool, sql: &'static str) -> Result<Vec<String>, String> {
    sqlx::query_scalar(sql).fetch_all(pool).await.map_err(|e| format!("{sql}: {e}"))
}

/// What must hold after every event and catalog change: nothing panicked; no confirmed seat
/// added past a course's capacity, and nobody waiting while a seat is free; no session
/// booked past its capacity; at most one open handover per user, each in handover mode; a
/// claimed handover held by a team member, from an account they still have, and an open one
/// held by nobody; no seat, place or request of a user whose conversation was deleted; no
/// dangling foreign key; every event handed in marked processed.
async fn check_invariants(run: &mut Run<'_>) -> Result<(), String> {
    // BUG CHECK (no panics): nothing panics, not even where the committer catches the panic
    // and commits the batch again event by event, so that no caller hears of it. In debug
    // builds this includes the committer's check that the world it kept from the last batch
    // equals the stored one.
    let (panics, last) = panics_so_far();
    ensure!(panics == run.panics, "{} panic(s) on the gateway's threads; the last at {last}", panics - run.panics);
    let pool = run.gateway.store().pool().clone();
    // Seats: a confirmed seat is never added past the capacity. Staff may lower a capacity
    // below the seats taken; those seats stay, but none is added until they are below it.
    let seats: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.capacity, \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'confirmed'), \
           (SELECT COUNT(*) FROM course_signups s WHERE s.course_id = c.id AND s.status = 'waiting') \
         FROM courses c ORDER BY c.id",
    )
    .fetch_all(&pool)
    .await
    .map_err(|e| e.to_string())?;
    for (course, capacity, confirmed, waiting) in seats {
        let before = run.confirmed.get(&course).copied().unwrap_or(0);
        ensure!(confirmed <= capacity.max(before), "{course}: {confirmed} confirmed seats, capacity {capacity}, {before} before this step");
        // Capacities are only ever lowered here: nobody waits while a seat is free.
        ensure!(waiting == 0 || confirmed >= capacity, "{course}: {waiting} waiting while only {confirmed} of {capacity} seats are taken");
        run.confirmed.insert(course, confirmed);
    }
    for (what, sql) in [
        (
            "a session booked beyond its capacity",
            "SELECT d.id FROM dialogue_sessions d WHERE (SELECT COUNT(*) FROM session_bookings b WHERE b.session_id = d.id AND b.status = 'booked') > d.capacity",
        ),
        ("two open handovers of one user", "SELECT user_id FROM handover_requests WHERE status != 'closed' GROUP BY channel, user_id HAVING COUNT(*) > 1"),
        ("a claimed handover held by nobody", "SELECT id FROM handover_requests WHERE status = 'claimed' AND claimed_by IS NULL"),
        ("an unclaimed open handover naming a holder", "SELECT id FROM handover_requests WHERE status = 'open' AND claimed_by IS NOT NULL"),
        (
            "a claimed handover held by someone without a role",
            "SELECT id || ' ' || claimed_by FROM handover_requests WHERE status = 'claimed' AND claimed_by NOT IN (SELECT name FROM team_members)",
        ),
        // BUG CHECK (held from a lost account): an admin's grant that replaces a member's
        // accounts leaves the handovers they hold addressed to the old account, so the
        // user's messages keep going there.
        (
            "a claimed handover held from an account its holder no longer has",
            "SELECT h.id || ' ' || h.claimed_by || ' ' || h.claimed_channel || ':' || h.claimed_user FROM handover_requests h \
             WHERE h.status = 'claimed' AND NOT EXISTS (SELECT 1 FROM team_accounts a \
               WHERE a.member = h.claimed_by AND a.channel = h.claimed_channel AND a.user_id = h.claimed_user)",
        ),
        (
            "an open handover whose user is not in handover mode",
            "SELECT h.id || ' ' || h.user_id FROM handover_requests h LEFT JOIN conversations c ON c.channel = h.channel AND c.user_id = h.user_id \
             WHERE h.status != 'closed' AND COALESCE(json_extract(c.state, '$.with_person'), 0) != 1",
        ),
        (
            "a seat, place or request of a user whose conversation is gone",
            "SELECT 'course ' || user_id FROM course_signups s WHERE status != 'cancelled' AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.channel = s.channel AND c.user_id = s.user_id) \
             UNION ALL SELECT 'session ' || user_id FROM session_bookings s WHERE status = 'booked' AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.channel = s.channel AND c.user_id = s.user_id) \
             UNION ALL SELECT 'peer ' || user_id FROM peer_requests s WHERE status IN ('pending', 'accepted') AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.channel = s.channel AND c.user_id = s.user_id)",
        ),
        ("a row pointing at nothing", "SELECT \"table\" || ' ' || rowid || ' → ' || parent FROM pragma_foreign_key_check"),
    ] {
        let found = violations(&pool, sql).await?;
        ensure!(found.is_empty(), "{what}: {found:?}");
    }
    // Every event handed in was processed (or given up, which marks it processed too).
    let processed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM processed_events WHERE channel = ?1").bind(CHANNEL).fetch_one(&pool).await.map_err(|e| e.to_string())?;
    ensure!(processed as usize == run.sent.len(), "{} events sent, {processed} marked processed", run.sent.len());
    Ok(())
}
