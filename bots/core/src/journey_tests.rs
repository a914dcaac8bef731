//! The session and peer journeys through the bundled flows and locales, against a world
//! built from the test catalog: what is offered, in which order, what is refused, and which
//! effects come out. The store's side is tested in the store suite.

use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use crate::broadcast::Source;
use crate::catalog::{parse_file, Account, Catalog, Context};
use crate::team::{Role, TeamMember};
use crate::test_fixture::unmarked;
use crate::{
    Attachment, ConversationState, CourseView, Effect, Engine, HandoverStatus, HandoverView, Inbound, InboundKind, MediaKind, NotificationArg, Outcome, PeerRequest,
    PeerView, Press, SessionView, World,
};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

fn engine() -> Engine {
    crate::test_fixture::repo_engine()
}

const NOW: &str = "2027-01-10T12:00";

fn at(time: &str) -> DateTime {
    time.parse().unwrap()
}

fn test_catalog(engine: &Engine) -> Catalog {
    let path = repository().join("tests/fixtures/catalog.toml");
    let source = std::fs::read_to_string(&path).unwrap();
    let topics = engine.flows().topics.keys().cloned().collect();
    let cx = Context { registry: engine.catalog().registry(), topics, now: at("2027-01-01T00:00"), skip_past_sessions: false };
    parse_file(&path, &source, &cx).unwrap_or_else(|d| panic!("{d}"))
}

/// Every session and peer of the test catalog, open, nothing booked or asked yet.
fn world(engine: &Engine) -> World {
    let catalog = test_catalog(engine);
    World {
        courses: catalog.courses.into_iter().map(|course| CourseView { course, open: true, confirmed: 0, waiting: 0 }).collect(),
        sessions: catalog.sessions.into_iter().map(|session| SessionView { session, open: true, booked: 0 }).collect(),
        peers: catalog.peers.into_iter().map(|peer| PeerView { peer, open: true }).collect(),
        ..World::default()
    }
}

/// One user talking to the engine; the world and the time can change between lines.
pub(crate) struct Chat {
    pub(crate) engine: Engine,
    pub(crate) world: World,
    now: DateTime,
    user: String,
    pub(crate) state: ConversationState,
    events: u32,
}

impl Chat {
    /// A user whose language is known and who has read the privacy note (tested on its own).
    pub(crate) fn new(lang: &str) -> Self {
        let mut chat = Self::first_contact();
        chat.engine.preset_locale(&mut chat.state, lang);
        chat.state.privacy_noted = true;
        chat
    }

    /// A user writing for the first time.
    pub(crate) fn first_contact() -> Self {
        let engine = engine();
        let world = world(&engine);
        Self { engine, world, now: at(NOW), user: "u".into(), state: ConversationState::default(), events: 0 }
    }

    pub(crate) fn say(&mut self, line: &str) -> Outcome {
        self.send(InboundKind::from_typed(line))
    }

    fn send(&mut self, kind: InboundKind) -> Outcome {
        self.events += 1;
        let event = Inbound {
            channel: "console".into(),
            user: self.user.clone(),
            event_id: format!("e{}", self.events),
            kind,
            language_hint: None,
            handover: None,
            staff_room: None,
            message: None,
        };
        let outcome = self.engine.handle(Some(self.state.clone()), &event, &self.world, self.now);
        self.state = outcome.state.clone();
        self.keep_handovers(&outcome.effects);
        outcome
    }

    /// Opens and closes this user's handover in the world, as the store would.
    fn keep_handovers(&mut self, effects: &[Effect]) {
        let me = Account { channel: "console".into(), user: self.user.clone() };
        for effect in effects {
            match effect {
                Effect::HandoverRequested { topic, locale, note, staff_only, .. } => self.world.handovers.push(HandoverView {
                    id: self.world.handovers.len() as i64 + 1,
                    user: me.clone(),
                    pseudonym: "Olive".into(),
                    topic: topic.clone(),
                    locale: locale.clone(),
                    note: note.clone(),
                    status: HandoverStatus::Open,
                    staff_only: *staff_only,
                    opened: jiff::Timestamp::UNIX_EPOCH,
                    offered_to: Vec::new(),
                    claimed_by: None,
                }),
                Effect::HandoverLeft => self.world.handovers.retain(|h| h.user != me),
                _ => {}
            }
        }
    }

    /// The labels of the last reply's buttons.
    /// The labels of the last reply's buttons as the user reads them (without direction marks).
    pub(crate) fn buttons(outcome: &Outcome) -> Vec<String> {
        outcome.replies.last().map(|r| r.buttons.iter().map(|b| unmarked(&b.label)).collect()).unwrap_or_default()
    }

    /// The replies' texts as the user reads them (without direction marks).
    pub(crate) fn text(outcome: &Outcome) -> String {
        unmarked(&outcome.replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n"))
    }

    fn session_mut(&mut self, id: &str) -> &mut SessionView {
        self.world.sessions.iter_mut().find(|s| s.session.id == id).unwrap()
    }

    fn request(&self, id: i64, peer: &str, accepted: bool) -> PeerRequest {
        PeerRequest {
            id,
            peer: peer.into(),
            topic: Some("housing".into()),
            district: None,
            locale: "uk".into(),
            contact: "+49 170 5550000".into(),
            accepted,
        }
    }
}

#[test]
fn sessions_are_upcoming_only_and_filtered_by_the_interpreter_language() {
    let mut chat = Chat::new("ar");
    chat.say("/start");
    let languages = chat.say("3");
    let labels = Chat::buttons(&languages);
    assert_eq!(labels[0], "العربية", "the user's own language comes first: {labels:?}");
    assert!(labels.contains(&"Українська".to_string()) && labels.contains(&"پښتو".to_string()), "{labels:?}");
    let list = chat.say("1");
    let labels = Chat::buttons(&list);
    assert_eq!(labels.len(), 3, "one session with Arabic interpreters, plus two buttons: {labels:?}");
    assert!(labels[0].contains("السكن (تجربة)") && labels[0].contains("21/01/2027"), "{labels:?}");
    assert!(!labels.iter().any(|l| l.contains("Already over")), "a past session is not offered");
}

#[test]
fn booking_checks_capacity_time_and_duplicates_again_when_pressed() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.say("3");
    chat.say("Show all dates");
    let detail = chat.say("1");
    assert!(Chat::text(&detail).contains("2 places left"), "{}", Chat::text(&detail));

    // The session filled up while the user was reading.
    chat.session_mut("dialog-wohnen-test").booked = 2;
    let full = chat.say("1");
    assert!(full.effects.is_empty());
    assert!(Chat::text(&full).contains("all places are taken"), "{}", Chat::text(&full));

    // Capacity 0: staff allow no bookings.
    chat.session_mut("dialog-wohnen-test").booked = 0;
    chat.session_mut("dialog-wohnen-test").session.capacity = 0;
    for line in ["/start", "3", "Show all dates", "1"] {
        chat.say(line);
    }
    let none = chat.say("1");
    assert!(none.effects.is_empty() && Chat::text(&none).contains("all places are taken"));
    chat.session_mut("dialog-wohnen-test").session.capacity = 2;

    chat.session_mut("dialog-wohnen-test").booked = 1;
    chat.world.bookings = vec!["dialog-wohnen-test".into()];
    chat.say("/start");
    chat.say("3");
    chat.say("Show all dates");
    chat.say("1");
    let already = chat.say("1");
    assert!(already.effects.is_empty());
    assert!(Chat::text(&already).contains("already have a place"));

    // The menu is old: the session started meanwhile.
    chat.world.bookings.clear();
    chat.say("/start");
    chat.say("3");
    chat.say("Show all dates");
    chat.say("1");
    chat.now = at("2027-01-21T18:00");
    let past = chat.say("1");
    assert!(past.effects.is_empty());
    assert!(Chat::text(&past).contains("already over"), "{}", Chat::text(&past));

    chat.now = at(NOW);
    chat.say("/start");
    chat.say("3");
    chat.say("Show all dates");
    chat.say("1");
    let booked = chat.say("1");
    assert_eq!(booked.effects, [Effect::BookSession { session: "dialog-wohnen-test".into(), local_time: at(NOW) }]);
    assert!(Chat::text(&booked).contains("We will remind you the day before"));
}

#[test]
fn only_ones_own_upcoming_booking_can_be_cancelled() {
    let mut chat = Chat::new("en");
    chat.world.bookings = vec!["dialog-wohnen-test".into()];
    chat.say("/my");
    chat.say("1");
    // Someone else's booking: the conversation points at a session this user never booked.
    chat.world.bookings.clear();
    let forged = chat.say("1");
    assert!(forged.effects.is_empty());
    assert!(Chat::text(&forged).contains("did not have a place"), "{}", Chat::text(&forged));

    chat.world.bookings = vec!["dialog-wohnen-test".into()];
    chat.say("/my");
    chat.say("1");
    let cancelled = chat.say("1");
    assert_eq!(cancelled.effects, [Effect::CancelBooking { session: "dialog-wohnen-test".into() }]);
}

#[test]
fn peers_are_ranked_by_language_then_district_then_topic_without_contacts() {
    let mut chat = Chat::new("ar");
    chat.say("/start");
    let topics = chat.say("4");
    assert_eq!(Chat::buttons(&topics).len(), 3 + 2, "housing, school, work, and two buttons: {:?}", Chat::buttons(&topics));
    chat.say("3"); // work
    let districts = chat.say("Vaihingen");
    let names: Vec<String> = Chat::buttons(&districts).iter().map(|l| l.split(" · ").next().unwrap().to_string()).collect();
    // Samir and Amal speak Arabic; Samir lives in Vaihingen and helps with work. Olena
    // shares only German (the last fallback); Hamid is away.
    assert_eq!(names[..3], ["Samir", "Amal", "Olena"], "{names:?}");
    assert!(!names.contains(&"Hamid".to_string()));
    let detail = chat.say("2");
    let shown = Chat::text(&districts) + &Chat::text(&detail);
    for private in ["@amal_test", "@samir_test", "@olena:example.org", "console:"] {
        assert!(!shown.contains(private), "{private} must stay hidden: {shown}");
    }
}

#[test]
fn a_request_needs_consent_and_respects_limits() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.say("4");
    chat.say("Housing");
    chat.say("Mitte");
    chat.say("1"); // Amal
    chat.say("1");
    let refused = chat.say("call me maybe");
    assert!(Chat::text(&refused).contains("does not look like"), "{}", Chat::text(&refused));
    let consent = chat.say("@someone_here");
    assert!(consent.effects.is_empty(), "nothing is sent before the user agrees");
    assert!(Chat::text(&consent).contains("@someone_here"));
    let sent = chat.say("1");
    assert_eq!(
        sent.effects,
        [Effect::RequestPeer {
            peer: "peer-amal-test".into(),
            topic: Some("housing".into()),
            district: Some("Mitte".into()),
            locale: "en".into(),
            contact: "@someone_here".into(),
        }]
    );
    assert!(!chat.state.vars.contains_key("contact"), "the typed contact went with the request and is not kept: {:?}", chat.state.vars);

    let mut again = Chat::new("en");
    again.world.requests = vec![again.request(7, "peer-amal-test", false)];
    for line in ["/start", "4", "Housing", "Mitte", "1", "1", "+49 711 1234567"] {
        again.say(line);
    }
    let already = again.say("1");
    assert!(already.effects.is_empty() && Chat::text(&already).contains("already asked"));

    let mut busy = Chat::new("en");
    busy.world.requests = (1..=3).map(|n| busy.request(n, &format!("peer-{n}"), false)).collect();
    for line in ["/start", "4", "Housing", "Mitte", "1", "1", "name@example.org"] {
        busy.say(line);
    }
    let too_many = busy.say("1");
    assert!(too_many.effects.is_empty() && Chat::text(&too_many).contains("several open requests"));

    // The peer became unavailable while the user was typing their contact.
    let mut away = Chat::new("en");
    for line in ["/start", "4", "Housing", "Mitte", "1", "1", "+49 711 1234567"] {
        away.say(line);
    }
    away.world.peers.iter_mut().for_each(|p| p.peer.available = false);
    let unavailable = away.say("1");
    assert!(unavailable.effects.is_empty() && Chat::text(&unavailable).contains("cannot take requests"));
    assert!(!away.state.vars.contains_key("contact"), "not kept for a request that could not go either");
}

#[test]
fn the_peers_contact_shows_only_in_the_users_own_accepted_request() {
    let mut chat = Chat::new("en");
    chat.world.requests = vec![chat.request(5, "peer-amal-test", false)];
    chat.say("/my");
    let pending = chat.say("1");
    assert!(!Chat::text(&pending).contains("@amal_test"), "{}", Chat::text(&pending));
    chat.world.requests[0].accepted = true;
    chat.say("/my");
    let accepted = chat.say("1");
    assert!(Chat::text(&accepted).contains("@amal_test (Telegram)"), "{}", Chat::text(&accepted));

    // Withdrawing a request that is not the user's own changes nothing.
    chat.world.requests.clear();
    let forged = chat.say("1");
    assert!(forged.effects.is_empty());
    assert!(Chat::text(&forged).contains("no longer open"));
}

#[test]
fn a_peer_answers_only_requests_made_to_them() {
    let mut peer = Chat::new("de");
    peer.user = "amal".into();
    let unknown = peer.say("/accept 3");
    assert!(unknown.effects.is_empty());
    assert!(Chat::text(&unknown).contains("Eine offene Bitte mit dieser Nummer gibt es nicht"));

    peer.world.incoming = vec![peer.request(3, "peer-amal-test", false)];
    let before = peer.say("/my");
    assert!(!Chat::text(&before).contains("+49 170 5550000"), "the user's contact is hidden before accepting");
    let accepted = peer.say("/accept 3");
    assert_eq!(accepted.effects, [Effect::AnswerPeerRequest { request: 3, accept: true }]);
    assert!(Chat::text(&accepted).contains("+49 170 5550000"), "{}", Chat::text(&accepted));

    let declined = peer.say("/decline #3");
    assert_eq!(declined.effects, [Effect::AnswerPeerRequest { request: 3, accept: false }]);
    assert!(!Chat::text(&declined).contains("+49 170 5550000"));

    peer.world.incoming[0].accepted = true;
    let again = peer.say("/decline 3");
    assert!(again.effects.is_empty(), "an accepted request is not answered twice");
}

#[test]
fn notifications_render_dates_names_and_command_buttons_in_the_recipients_language() {
    let engine = engine();
    let args = [
        ("request".to_string(), NotificationArg::Number { number: 12 }),
        ("topic".to_string(), NotificationArg::Topic { topic: "housing".into() }),
        ("language".to_string(), NotificationArg::Language { language: "uk".into() }),
    ]
    .into();
    let buttons = [("peer-accept".to_string(), "/accept 12".to_string())];
    let out = engine.render_notification(Some("de"), "peer-request-new", &args, &buttons);
    assert!(out.text.contains("(12)") && out.text.contains("Wohnen") && out.text.contains("Українська"), "{}", out.text);
    assert_eq!(out.buttons[0].press, Press::Command("/accept 12".into()));

    let args = [
        ("session_topic".to_string(), NotificationArg::plain("Wohnen")),
        ("when".to_string(), NotificationArg::When { when: at("2027-01-21T17:30") }),
        ("place".to_string(), NotificationArg::plain("Rathaus")),
    ]
    .into();
    let de = engine.render_notification(Some("de"), "session-reminder", &args, &[]);
    assert!(de.text.contains("Donnerstag, 21.01.2027, 17:30 Uhr"), "{}", de.text);
    let en = engine.render_notification(None, "session-reminder", &args, &[]);
    assert_eq!(en.locale, "de", "without a known language the base locale is used");
}

#[test]
fn deep_links_open_a_journey_or_say_they_are_out_of_date() {
    let mut chat = Chat::new("en");
    let course = chat.say("/start course_deutsch-a1-test");
    assert_eq!(chat.state.step, "course-detail");
    assert!(Chat::text(&course).starts_with("German A1 (test)"), "{}", Chat::text(&course));

    let session = chat.say("/start session_dialog-wohnen-test");
    assert_eq!(chat.state.step, "session-detail");
    assert!(Chat::text(&session).contains("Housing (test)"));
    chat.say("/start topic_housing");
    assert_eq!(chat.state.step, "info-housing");
    chat.say("/start peers");
    assert_eq!(chat.state.step, "peers");

    for stale in ["session_dialog-vorbei-test", "course_nope", "topic_nope", "nonsense", "course", "x_y"] {
        let out = chat.say(&format!("/start {stale}"));
        assert!(Chat::text(&out).starts_with("This link is out of date."), "{stale}: {}", Chat::text(&out));
        assert_eq!(chat.state.step, "main", "{stale}");
    }
    chat.world.courses[0].open = false;
    chat.say("/start course_deutsch-a1-test");
    assert_eq!(chat.state.step, "main", "a closed course is not opened by its poster");
}

#[test]
fn a_deep_link_on_first_contact_waits_for_the_language_choice() {
    let engine = engine();
    let mut chat = Chat::new("en");
    chat.state = ConversationState::default();
    let first = chat.say("/start session_dialog-wohnen-test");
    assert_eq!(chat.state.step, "language");
    assert!(Chat::buttons(&first).contains(&"Українська".to_string()));
    let chosen = chat.say("Українська");
    assert_eq!(chat.state.step, "session-detail");
    assert!(Chat::text(&chosen).contains(&engine.format_when("uk", at("2027-01-21T17:30"))), "{}", Chat::text(&chosen));
    assert!(!chat.state.vars.contains_key("link"));
}

#[test]
fn human_opens_a_handover_after_which_the_bot_is_silent_and_only_the_way_back_works() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    let ask = chat.say("/human");
    assert!(Chat::text(&ask).starts_with("I will pass your question on"), "{}", Chat::text(&ask));
    let confirm = chat.say("Where can I register my flat?");
    let done = chat.say(&Chat::buttons(&confirm)[0]);
    assert!(matches!(&done.effects[..], [Effect::HandoverRequested { locale, note: Some(note), .. }] if locale == "en" && note.contains("register")));
    assert!(chat.state.with_person);
    assert_eq!(Chat::buttons(&done), ["🤖 Back to the bot"]);
    // A Sunday: the user learns when the office opens.
    assert!(Chat::text(&done).starts_with("It is outside office hours now. We will answer from Monday 11/01/2027, 09:00."), "{}", Chat::text(&done));

    // Everything is for the person now, numbers and commands included; the bot says nothing.
    for line in ["Hello, are you there?", "1", "/language", "/my"] {
        let relayed = chat.say(line);
        assert!(relayed.replies.is_empty(), "{line}: {}", Chat::text(&relayed));
        assert_eq!(relayed.effects, [Effect::HandoverMessage { text: Some(line.to_string()), media: None, attachment: None }], "{line}");
    }
    let photo = chat.engine.handle(
        Some(chat.state.clone()),
        &Inbound { channel: "console".into(), user: "u".into(), event_id: "photo".into(), kind: InboundKind::Media(crate::MediaKind::Photo), language_hint: None, handover: None, staff_room: None, message: None },
        &chat.world,
        chat.now,
    );
    assert!(photo.replies.is_empty());
    assert_eq!(photo.effects, [Effect::HandoverMessage { text: None, media: Some(crate::MediaKind::Photo), attachment: None }]);

    // The button back, typed as its label, ends the handover.
    let back = chat.say("back to the bot");
    assert_eq!(back.effects, [Effect::HandoverLeft]);
    assert!(Chat::text(&back).starts_with("Your request to a person has ended."), "{}", Chat::text(&back));
    assert!(!chat.state.with_person);
    assert!(!chat.say("/my").replies.is_empty(), "the bot answers again");
}

#[test]
fn bot_and_stop_end_a_handover() {
    for (line, expected) in [("/bot", "Welcome to Wegweiser"), ("/stop", "You will not get any more messages")] {
        let mut chat = Chat::new("en");
        let ask = chat.say("/human");
        let confirm = chat.say(&Chat::buttons(&ask)[0]);
        chat.say(&Chat::buttons(&confirm)[0]);
        assert!(chat.state.with_person);
        let left = chat.say(line);
        assert_eq!(left.effects, [Effect::HandoverLeft], "{line}");
        assert!(Chat::text(&left).contains(expected), "{line}: {}", Chat::text(&left));
        assert!(!chat.state.with_person);
    }
}

#[test]
fn not_understanding_twice_in_a_row_offers_a_person() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    let first = chat.say("blorp");
    assert!(Chat::text(&first).starts_with("Sorry, I did not understand"), "{}", Chat::text(&first));
    let second = chat.say("blorp blorp");
    let text = Chat::text(&second);
    assert!(text.starts_with("Sorry, I still do not understand. I will pass you to a person."), "{text}");
    assert!(text.contains("I will pass your question on"), "{text}");
    assert!(second.effects.is_empty(), "nothing is passed on before the user confirms");
}

#[test]
fn a_handover_closed_by_its_helper_returns_the_user_to_the_bot_and_staff_only_topics_say_so() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.say("1"); // information
    chat.say("2"); // residence and asylum procedure
    assert_eq!(chat.state.vars.get("topic").map(String::as_str), Some("residence"));
    let ask = chat.say("1"); // talk to a person
    let skipped = chat.say(&Chat::buttons(&ask)[0]);
    let confirm = chat.say(&Chat::buttons(&skipped)[0]);
    assert!(matches!(&confirm.effects[..], [Effect::HandoverRequested { staff_only: true, .. }]), "{:?}", confirm.effects);
    assert!(chat.say("still there?").replies.is_empty());
    chat.world.handovers[0].status = HandoverStatus::Closed;
    let answered = chat.say("/my");
    assert!(!answered.replies.is_empty(), "the bot answers again once the helper closed it");
    assert!(answered.effects.is_empty());
    assert!(!chat.state.with_person);
}

#[test]
fn a_conversation_started_anew_while_its_request_is_open_goes_back_into_it() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.say("/human");
    let ask = chat.say("Where do I register?");
    let sent = chat.say(&Chat::buttons(&ask)[0]);
    assert!(matches!(&sent.effects[..], [Effect::HandoverRequested { .. }]), "{:?}", sent.effects);
    // The stored state is lost (unreadable, say); the request is still open in the world.
    chat.state = ConversationState::default();
    let again = chat.say("/start");
    assert!(chat.state.with_person, "back with the person");
    assert_eq!(chat.state.locale.as_deref(), Some("en"), "in the language of the request");
    assert!(Chat::text(&again).contains("still open"), "{}", Chat::text(&again));
    assert!(again.effects.iter().all(|e| !matches!(e, Effect::HandoverRequested { .. })), "no second request: {:?}", again.effects);
    let relayed = chat.say("I am still here");
    assert!(matches!(&relayed.effects[..], [Effect::HandoverMessage { .. }]), "{:?}", relayed.effects);
}

#[test]
fn announcements_are_offered_once_with_the_first_main_menu_and_no_is_one_tap() {
    let mut chat = Chat::new("en");
    let first = chat.say("/start");
    assert!(Chat::text(&first).contains("news about courses and events"), "{}", Chat::text(&first));
    assert_eq!(&Chat::buttons(&first)[7..], ["Yes, please", "Choose topics", "No, thanks"]);
    let no = chat.say("No, thanks");
    assert!(chat.state.subscription.asked);
    assert!(chat.state.subscription.topics.is_empty());
    assert!(!Chat::text(&no).contains("news about courses"), "asked once only: {}", Chat::text(&no));
    assert_eq!(Chat::buttons(&no).len(), 7);

    let mut chat = Chat::new("en");
    chat.say("/start");
    let yes = chat.say("Yes, please");
    assert!(Chat::text(&yes).contains("You will now get our news"), "{}", Chat::text(&yes));
    assert!(chat.state.subscription.wants(Some("courses")) && chat.state.subscription.wants(None));

    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.say("/help");
    let later = chat.say("/start");
    assert_eq!(Chat::buttons(&later).len(), 7, "ignoring the offer is a no as well");
}

#[test]
fn the_announcements_menu_switches_topics_and_the_district_on_and_off() {
    let mut chat = Chat::new("en");
    let menu = chat.say("/subscribe");
    assert_eq!(&Chat::buttons(&menu)[..5], ["▫️ Courses", "▫️ Refugee dialogues", "▫️ Events", "▫️ Housing", "▫️ Everything"]);
    let menu = chat.say("1");
    assert_eq!(Chat::buttons(&menu)[0], "✅ Courses");
    chat.say("4");
    assert_eq!(chat.state.subscription.topics.iter().map(String::as_str).collect::<Vec<_>>(), ["courses", "housing"]);
    assert!(chat.state.subscription.wants(Some("housing")) && !chat.state.subscription.wants(Some("events")));
    let menu = chat.say("1");
    assert_eq!(Chat::buttons(&menu)[0], "▫️ Courses");

    // Everything, then one topic off: the others stay on.
    let menu = chat.say("5");
    assert!(Chat::buttons(&menu)[..5].iter().all(|b| b.starts_with('✅')), "{:?}", Chat::buttons(&menu));
    chat.say("3");
    assert_eq!(chat.state.subscription.topics.iter().map(String::as_str).collect::<Vec<_>>(), ["courses", "housing", "sessions"]);

    let districts = chat.say("📍 News from my district");
    assert!(Chat::buttons(&districts).contains(&"Mitte".to_string()));
    let back = chat.say("Mitte");
    assert_eq!(chat.state.subscription.district.as_deref(), Some("Mitte"));
    assert_eq!(chat.state.step, "subscriptions", "{}", Chat::text(&back));
    chat.say("📍 News from my district");
    chat.say("📍 Mitte");
    assert_eq!(chat.state.subscription.district, None, "choosing it again turns it off");

    chat.say("📍 News from my district");
    chat.say("Vaihingen");
    let mydata = chat.say("/mydata");
    let news = ["Courses", "Refugee dialogues", "Housing", "📍 Vaihingen"].map(String::from).to_vec();
    assert!(mydata.effects.contains(&Effect::ExportMyData { news }), "/mydata names them: {:?}", mydata.effects);
    let stop = chat.say("/stop");
    assert!(Chat::text(&stop).contains("You will not get any more messages"));
    assert!(chat.state.subscription.topics.is_empty() && chat.state.subscription.district.is_none());
    assert!(!chat.state.subscription.wants(None));

    chat.say("/subscribe");
    chat.say("5");
    let off = chat.say("🔕 No news");
    assert!(Chat::text(&off).contains("no more news"), "{}", Chat::text(&off));
    assert!(chat.state.subscription.topics.is_empty());
}

#[test]
fn a_broadcast_file_gives_each_language_its_text_or_its_fallback_chains_and_names_wrong_lines() {
    use crate::broadcast::{parse_texts, Source};
    let engine = engine();
    let registry = engine.catalog().registry();
    let path = Path::new("news.toml");
    let source = "de = \"Neue Kurse.\"\nfa = \"دوره‌های جدید.\"\nuk = \"Нові курси.\"\n";
    let texts = parse_texts(path, source, registry).unwrap();
    let text = |locale: &str| {
        let out = engine.render_broadcast(locale, &texts);
        (out.locale, unmarked(&out.text))
    };
    assert_eq!(text("uk"), ("uk".into(), "Нові курси.".into()));
    assert_eq!(text("ps"), ("fa".into(), "دوره‌های جدید.".into()), "Pashto falls back through Dari to Persian");
    assert_eq!(text("fa-AF"), ("fa".into(), "دوره‌های جدید.".into()));
    assert_eq!(text("tr"), ("de".into(), "Neue Kurse.".into()), "no Turkish or English text: the German one");

    let wrong = parse_texts(path, "en = \"New courses.\"\nxx = \"?\"\nru = \"  \"\n", registry).unwrap_err().to_string();
    assert!(wrong.contains("news.toml:2:6") && wrong.contains("'xx' is not a served locale"), "{wrong}");
    assert!(wrong.contains("news.toml:3:6") && wrong.contains("the ru text is empty"), "{wrong}");
    assert!(wrong.contains("there is no de text"), "{wrong}");
    let broken = parse_texts(path, "de = \"unclosed\n", registry).unwrap_err().to_string();
    assert!(broken.contains("news.toml:1"), "{broken}");
    let long = format!("de = \"{}\"\n", "x".repeat(5000));
    assert!(parse_texts(path, &long, registry).unwrap_err().to_string().contains("at most 4096"));
    let huge = format!("de = \"{}\"\n", "ü".repeat(200_000));
    let refused = parse_texts(path, &huge, registry).unwrap_err();
    assert_eq!(refused.len(), 1, "a file far too large is refused before it is read: {refused}");
    assert!(refused.to_string().contains("at most 256 KiB"), "{refused}");
    let many: String = (0..40).map(|n| format!("x{n} = \"?\"\n")).collect();
    let capped = parse_texts(path, &format!("de = \"Hallo\"\n{many}"), registry).unwrap_err();
    assert_eq!(capped.len(), crate::broadcast::MAX_FILE_PROBLEMS_SHOWN + 1, "{capped}");
    assert!(capped.to_string().contains("and 35 more problems"), "{capped}");
    let multibyte_broken = parse_texts(path, "de = \"Straße\nfa = \"دوره\n", registry).unwrap_err().to_string();
    assert!(multibyte_broken.contains("news.toml:1"), "{multibyte_broken}");

    let message = Source::Message("news-new-courses".into());
    assert!(engine.render_broadcast("ar", &message).text.contains("/start"));
    assert_eq!(engine.render_broadcast("ar", &message).locale, "ar");
    assert!(engine.check_news_message("news-new-courses").is_ok());
    assert!(engine.check_news_message("help").unwrap_err().contains("news-new-dialogue"));
}

/// A TOML file named news.toml sent with `caption`.
fn news_file(caption: &str, content: &[u8]) -> InboundKind {
    InboundKind::Attachment(Attachment {
        kind: MediaKind::Document,
        mime: "application/toml".into(),
        name: Some("news.toml".into()),
        caption: Some(caption.into()),
        bytes: content.into(),
    })
}

#[test]
fn staff_broadcast_a_file_of_texts_sent_with_broadcast_as_its_caption_and_wrong_lines_are_named() {
    let mut chat = Chat::new("de");
    let format = |chat: &Chat, id: &str| chat.engine.catalog().format("de", id, None);
    let drafted = |outcome: &Outcome| {
        outcome.effects.iter().find_map(|e| match e {
            Effect::DraftBroadcast { source, segment, .. } => Some((source.clone(), segment.clone())),
            _ => None,
        })
    };
    let texts = "de = \"Neue Kurse ab Montag.\"\nuk = \"Нові курси з понеділка.\"\n".as_bytes();

    // Not on the team: a file is only a file.
    let refugee = chat.send(news_file("/broadcast", texts));
    assert!(drafted(&refugee).is_none());
    assert!(Chat::text(&refugee).contains(&format(&chat, "media-not-supported")), "{}", Chat::text(&refugee));

    let me = Account { channel: "console".into(), user: "u".into() };
    chat.world.team.push(TeamMember { name: "Amal".into(), role: Role::Peer, languages: vec!["de".into()], accounts: vec![me.clone()] });
    let peer = chat.send(news_file("/broadcast", texts));
    assert!(drafted(&peer).is_none());
    assert!(Chat::text(&peer).contains(&format(&chat, "team-not-allowed")), "a peer may not: {}", Chat::text(&peer));

    chat.world.team[0].role = Role::Staff;
    let preview = chat.send(news_file("/broadcast lang=uk topic=courses", texts));
    assert!(Chat::text(&preview).contains("Нові курси з понеділка."), "{}", Chat::text(&preview));
    assert!(!Chat::text(&preview).contains("Neue Kurse ab Montag."), "only the chosen language: {}", Chat::text(&preview));
    let (source, segment) = drafted(&preview).expect("drafted");
    assert_eq!(source, Source::Texts([("de", "Neue Kurse ab Montag."), ("uk", "Нові курси з понеділка.")].map(|(l, t)| (l.to_string(), t.to_string())).into()));
    assert_eq!(segment.describe(), "lang=uk topic=courses");

    let wrong = chat.send(news_file("/broadcast", "de = \"Neue Kurse.\"\nxx = \"?\"\n".as_bytes()));
    assert!(drafted(&wrong).is_none());
    let said = Chat::text(&wrong);
    assert!(said.contains("news.toml:2:") && said.contains("'xx' is not a served locale"), "{said}");
    assert!(said.starts_with(&format(&chat, "broadcast-file-wrong").chars().take(9).collect::<String>()), "{said}");
    let binary = chat.send(news_file("/broadcast", &[0xff, 0xfe, 0x00]));
    assert!(drafted(&binary).is_none() && Chat::text(&binary).contains("not a text file"), "{}", Chat::text(&binary));
    let filter = chat.send(news_file("/broadcast district=Berlin", texts));
    assert!(drafted(&filter).is_none() && Chat::text(&filter).contains("Berlin"), "{}", Chat::text(&filter));

    let both = chat.send(news_file("/broadcast news-new-courses", texts));
    assert!(drafted(&both).is_none());
    assert!(Chat::text(&both).contains(&format(&chat, "broadcast-file-or-news")), "{}", Chat::text(&both));
    let neither = chat.say("/broadcast lang=uk");
    assert!(drafted(&neither).is_none());
    assert!(Chat::text(&neither).contains("news-new-courses") && Chat::text(&neither).contains("/broadcast"), "{}", Chat::text(&neither));
}
