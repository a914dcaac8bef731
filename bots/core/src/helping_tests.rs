//! A helper holding several requests, each with its own room (Matrix): commands typed in
//! a request's room act on that request alone.


use crate::catalog::Account;
use crate::team::{Role, TeamMember};
use crate::{ConversationState, Effect, Engine, HandoverStatus, HandoverView, Inbound, InboundKind, Outcome, World};

fn engine() -> Engine {
    crate::test_fixture::repo_engine()
}

fn helper() -> Account {
    Account { channel: "matrix".into(), user: "@amal:example.org".into() }
}

fn request(id: i64, holder: Option<&str>) -> HandoverView {
    HandoverView {
        id,
        user: Account { channel: "telegram".into(), user: format!("70{id}") },
        pseudonym: format!("Olive {id}"),
        topic: Some("housing".into()),
        locale: "de".into(),
        note: None,
        status: if holder.is_some() { HandoverStatus::Claimed } else { HandoverStatus::Open },
        staff_only: false,
        opened: jiff::Timestamp::UNIX_EPOCH,
        offered_to: Vec::new(),
        claimed_by: holder.map(|name| (name.to_string(), Account { channel: "matrix".into(), user: format!("@{}:example.org", name.to_lowercase()) })),
    }
}

/// Amal (staff) holds requests 1 and 2; what she wrote last went to request 2.
fn world_and_state(engine: &Engine) -> (World, ConversationState) {
    let world = World {
        team: vec![TeamMember { name: "Amal".into(), role: Role::Staff, languages: vec!["de".into()], accounts: vec![helper()] }],
        handovers: vec![request(1, Some("Amal")), request(2, Some("Amal"))],
        ..World::default()
    };
    let mut state = ConversationState::default();
    engine.preset_locale(&mut state, "de");
    state.vars.insert("helping".into(), "2".into());
    (world, state)
}

/// `line` typed by Amal in the room of request `room_of` (None: her own direct chat).
fn typed_in_room(engine: &Engine, world: &World, state: &ConversationState, room_of: Option<i64>, line: &str) -> Outcome {
    let event = Inbound {
        channel: "matrix".into(),
        user: helper().user,
        event_id: format!("${room_of:?}{line}"),
        kind: InboundKind::from_typed(line),
        language_hint: None,
        handover: room_of,
        staff_room: None,
        message: None,
    };
    engine.handle(Some(state.clone()), &event, world, "2027-01-11T10:00".parse().unwrap())
}

fn handover_effects(outcome: &Outcome) -> Vec<Effect> {
    outcome.effects.iter().filter(|e| matches!(e, Effect::CloseHandover { .. } | Effect::ReleaseHandover { .. })).cloned().collect()
}

#[test]
fn close_and_release_typed_in_a_requests_room_act_on_that_request_only() {
    let engine = engine();
    let (world, state) = world_and_state(&engine);
    let closed = typed_in_room(&engine, &world, &state, Some(1), "/close");
    assert_eq!(handover_effects(&closed), [Effect::CloseHandover { handover: 1 }], "the room's own request, not the one written to last");
    let released = typed_in_room(&engine, &world, &state, Some(1), "/release");
    assert_eq!(handover_effects(&released), [Effect::ReleaseHandover { handover: 1 }]);
    let in_two = typed_in_room(&engine, &world, &state, Some(2), "/close");
    assert_eq!(handover_effects(&in_two), [Effect::CloseHandover { handover: 2 }]);
}

#[test]
fn close_and_release_in_the_room_of_a_request_no_longer_held_leave_the_other_alone() {
    let engine = engine();
    let (mut world, state) = world_and_state(&engine);
    let told = engine.catalog().format("de", "team-room-closed", None);
    let told = told.split('#').next().unwrap();
    // Request 1 was taken over by another staff member; then it was released to the queue.
    for first in [request(1, Some("Weber")), request(1, None)] {
        world.handovers[0] = first;
        for line in ["/close", "/release"] {
            let outcome = typed_in_room(&engine, &world, &state, Some(1), line);
            assert_eq!(handover_effects(&outcome), [], "{line} in the room of request 1 touched request 2");
            let text: Vec<&str> = outcome.replies.iter().map(|r| r.text.as_str()).collect();
            assert!(text.len() == 1 && text[0].starts_with(told) && text[0].contains("#1"), "{line}: {text:?}");
        }
    }
    // Typed in her own chat, not a request's room, /close still takes the request she is answering.
    let outside = typed_in_room(&engine, &world, &state, None, "/close");
    assert_eq!(handover_effects(&outside), [Effect::CloseHandover { handover: 2 }]);
}
