//! Files too large to pass on: whoever sends one is told so in their language, with the
//! size the bot passes on, and nothing is kept or relayed.


use crate::catalog::Account;
use crate::i18n::{Args, FluentValue};
use crate::team::{Role, TeamMember};
use crate::test_fixture::unmarked;
use crate::{Attachment, ConversationState, Engine, HandoverStatus, HandoverView, Inbound, InboundKind, MediaKind, World};

fn engine() -> Engine {
    crate::test_fixture::repo_engine()
}

fn event(user: &str, kind: InboundKind, handover: Option<i64>) -> Inbound {
    Inbound { channel: "console".into(), user: user.into(), event_id: "e1".into(), kind, language_hint: None, handover, staff_room: None, message: None }
}

fn handover(user: &str, helper: Option<(&str, &str)>) -> HandoverView {
    HandoverView {
        id: 1,
        user: Account { channel: "console".into(), user: user.into() },
        pseudonym: "Olive".into(),
        topic: None,
        locale: "ar".into(),
        note: None,
        status: if helper.is_some() { HandoverStatus::Claimed } else { HandoverStatus::Open },
        staff_only: false,
        opened: jiff::Timestamp::UNIX_EPOCH,
        offered_to: Vec::new(),
        claimed_by: helper.map(|(name, account)| (name.to_string(), Account { channel: "console".into(), user: account.into() })),
    }
}

fn too_large_text(engine: &Engine, locale: &str) -> String {
    let mut args = Args::new();
    args.set("megabytes", FluentValue::from(Attachment::MAX_MEGABYTES));
    engine.catalog().format(locale, "file-too-large", Some(&args))
}

fn in_locale(engine: &Engine, locale: &str, with_person: bool) -> ConversationState {
    let mut state = ConversationState { with_person, ..ConversationState::default() };
    engine.preset_locale(&mut state, locale);
    state
}

#[test]
fn a_user_in_a_handover_is_told_in_their_language_and_nothing_is_relayed() {
    let engine = engine();
    let world = World { handovers: vec![handover("u", None)], ..World::default() };
    for locale in ["ar", "uk", "ti"] {
        let outcome = engine.handle(Some(in_locale(&engine, locale, true)), &event("u", InboundKind::TooLarge(MediaKind::Document), None), &world, "2027-01-11T10:00".parse().unwrap());
        assert!(outcome.effects.is_empty(), "{locale}: {:?}", outcome.effects);
        let texts: Vec<String> = outcome.replies.iter().map(|r| unmarked(&r.text)).collect();
        assert_eq!(texts, [too_large_text(&engine, locale)], "{locale}");
        assert!(texts[0].contains(&Attachment::MAX_MEGABYTES.to_string()), "{}", texts[0]);
        assert!(outcome.state.with_person, "the handover goes on");
    }
}

#[test]
fn a_helper_is_told_too_and_the_user_gets_nothing() {
    let engine = engine();
    let member = TeamMember { name: "Amal".into(), role: Role::Peer, languages: vec!["de".into()], accounts: vec![Account { channel: "console".into(), user: "amal".into() }] };
    let world = World { handovers: vec![handover("u", Some(("Amal", "amal")))], team: vec![member], ..World::default() };
    for room in [None, Some(1)] {
        let outcome = engine.handle(Some(in_locale(&engine, "de", false)), &event("amal", InboundKind::TooLarge(MediaKind::Photo), room), &world, "2027-01-11T10:00".parse().unwrap());
        assert!(outcome.effects.is_empty(), "{room:?}: {:?}", outcome.effects);
        assert_eq!(outcome.replies.iter().map(|r| r.text.clone()).collect::<Vec<_>>(), [too_large_text(&engine, "de")], "{room:?}");
    }
}
