//! Engine behaviour that the bundled flows do not exercise: free-text inputs validated by a
//! pattern, and the checks that guard such inputs.

use crate::test_fixture::Fixture;
use crate::{ConversationState, Engine, Inbound, InboundKind};

fn event(n: u32, line: &str) -> Inbound {
    Inbound { channel: "test".into(), user: "u".into(), event_id: format!("e{n}"), kind: InboundKind::from_typed(line), language_hint: None, handover: None, staff_room: None, message: None }
}

/// A main-menu entry (the seventh) asking for a Stuttgart postcode (70173–70619).
fn with_postcode_step(f: &Fixture, input: &str) {
    f.append("flows/person.toml", &format!("\n[step.postcode]\nmessage = \"person-ask\"\ninput = {input}\nbuttons = [{{ label = \"button-cancel\", goto = \"main\" }}]\n"));
    f.edit("flows/welcome.toml", "    { label = \"main-language\", goto = \"language\" },", "    { label = \"main-language\", goto = \"language\" },\n    { label = \"main-person\", goto = \"postcode\" },");
}

fn talk(engine: &Engine, lines: &[&str]) -> (ConversationState, Vec<String>) {
    let mut state = ConversationState::default();
    engine.preset_locale(&mut state, "en");
    state.privacy_noted = true;
    let mut last = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let outcome = engine.handle(Some(state), &event(n as u32, line), &crate::World::default(), "2026-11-23T12:00".parse().unwrap());
        state = outcome.state;
        last = outcome.replies.into_iter().map(|r| r.text).collect();
    }
    (state, last)
}

#[test]
fn a_pattern_input_keeps_only_matching_answers() {
    let f = Fixture::new();
    with_postcode_step(&f, "{ save_as = \"postcode\", pattern = \"7[0-6][0-9]{3}\", invalid = \"not-understood\", next = \"main\" }");
    let engine = f.load().unwrap_or_else(|d| panic!("{d}"));
    let not_understood = engine.catalog().format("en", "not-understood", None);

    let (state, replies) = talk(&engine, &["/start", "7", "10115"]);
    assert_eq!(state.step, "postcode", "a Berlin postcode is refused");
    assert_eq!(replies, std::slice::from_ref(&not_understood));
    assert!(!state.vars.contains_key("postcode"));

    // A number that is not an option goes to the input, not to "there is no number …".
    let (state, replies) = talk(&engine, &["/start", "7", "7017"]);
    assert_eq!((state.step.as_str(), replies.as_slice()), ("postcode", std::slice::from_ref(&not_understood)));

    let (state, _) = talk(&engine, &["/start", "7", "  70173 "]);
    assert_eq!(state.step, "main");
    assert_eq!(state.vars.get("postcode").map(String::as_str), Some("70173"));
}

#[test]
fn a_text_input_enforces_its_length() {
    let f = Fixture::new();
    with_postcode_step(&f, "{ save_as = \"street\", min_chars = 4, max_chars = 10, next = \"main\" }");
    let engine = f.load().unwrap_or_else(|d| panic!("{d}"));
    let (state, replies) = talk(&engine, &["/start", "7", "abc"]);
    assert_eq!(state.step, "postcode");
    assert!(replies[0].contains('4'), "{replies:?}");
    let (state, _) = talk(&engine, &["/start", "7", "Königstraße 1"]);
    assert_eq!(state.step, "postcode", "13 characters are too many");
    let (state, _) = talk(&engine, &["/start", "7", "Marktplatz"]);
    assert_eq!(state.vars.get("street").map(String::as_str), Some("Marktplatz"));
}

#[test]
fn a_pattern_input_needs_a_message_for_wrong_answers_and_a_valid_pattern() {
    let f = Fixture::new();
    with_postcode_step(&f, "{ save_as = \"postcode\", pattern = \"7[0-9\", next = \"main\" }");
    let line = f.line_of("flows/person.toml", "pattern = ");
    f.assert_error(&format!("flows/person.toml:{line}:"), "invalid pattern");

    let f = Fixture::new();
    with_postcode_step(&f, "{ save_as = \"postcode\", pattern = \"7[0-9]{4}\", next = \"main\" }");
    f.assert_error(&format!("flows/person.toml:{line}:"), "an input with a pattern needs 'invalid'");
}
