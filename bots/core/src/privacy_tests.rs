//! What users are told about their data and the commands that remove it: the privacy note
//! on first contact, `/privacy` with the configured periods, `/clear` and `/delete`.

use crate::journey_tests::Chat;
use crate::Effect;

#[test]
fn first_contact_shows_the_privacy_note_once_after_the_language_choice() {
    let mut chat = Chat::first_contact();
    let languages = chat.say("/start");
    assert!(Chat::text(&languages).contains("Sprache"), "first the language menu: {}", Chat::text(&languages));
    let german = Chat::buttons(&languages).iter().position(|label| label.contains("Deutsch")).expect("German is offered") + 1;
    let note = chat.say(&german.to_string());
    let text = Chat::text(&note);
    assert!(text.contains("\nKurz zum Datenschutz"), "the note, in German, after the language is confirmed: {text}");
    assert!(text.contains("12 Monate"), "the idle period comes from config: {text}");
    assert!(!text.contains("Wobei kann ich Ihnen helfen"), "the main menu waits for OK: {text}");
    assert_eq!(Chat::buttons(&note), ["👍 OK", "🔒 Mehr zum Datenschutz"]);
    assert!(chat.state.privacy_noted);

    let menu = chat.say("👍 OK");
    assert!(Chat::text(&menu).contains("Wobei kann ich Ihnen helfen"), "{}", Chat::text(&menu));
    assert!(Chat::text(&menu).contains("Neuigkeiten"), "the news offer still comes with the first menu: {}", Chat::text(&menu));
    let again = chat.say("/start");
    assert!(!Chat::text(&again).contains("Datenschutz"), "shown once only: {}", Chat::text(&again));
    let other_language = chat.say("/language");
    let english = Chat::buttons(&other_language).iter().position(|label| label.contains("English")).unwrap() + 1;
    let menu = chat.say(&english.to_string());
    assert!(Chat::text(&menu).contains("\nWelcome to Wegweiser"), "not again after another language: {}", Chat::text(&menu));
}

#[test]
fn more_about_privacy_names_every_period_as_configured_and_leads_back_to_the_menu() {
    let mut chat = Chat::first_contact();
    chat.engine.preset_locale(&mut chat.state, "en");
    let note = chat.say("/start");
    assert!(Chat::text(&note).starts_with("About your privacy"), "{}", Chat::text(&note));
    let info = chat.say("🔒 More about privacy");
    let text = Chat::text(&info);
    let config = chat.engine.config();
    let days = |period: std::time::Duration| period.as_secs() / 86_400;
    for expected in [
        format!("nobody writes for {} days", days(config.privacy.close_idle_handovers)),
        format!("{} days after it ends", days(config.keep_transcripts)),
        format!("after {} days", days(config.privacy.keep_delivered)),
        format!("for {} months", config.privacy.idle_conversation_months),
        format!("for {} days, we delete everything", days(config.privacy.idle_notice)),
    ] {
        assert!(text.contains(&expected), "{expected:?} in {text}");
    }
    assert!(!text.contains('{'), "every variable filled: {text}");
    let menu = chat.say("👍 OK");
    assert!(Chat::text(&menu).contains("Welcome to Wegweiser"), "{}", Chat::text(&menu));
    assert_eq!(Chat::text(&chat.say("/privacy")), text, "/privacy shows the same again");
    assert_eq!(Chat::text(&chat.say("/datenschutz")), text);
}

#[test]
fn privacy_and_clear_work_during_a_handover_without_ending_it() {
    let mut chat = Chat::new("en");
    let ask = chat.say("/human");
    let confirm = chat.say(&Chat::buttons(&ask)[0]);
    chat.say(&Chat::buttons(&confirm)[0]);
    assert!(chat.state.with_person);

    let privacy = chat.say("/privacy");
    assert!(Chat::text(&privacy).starts_with("How we handle your data"), "{}", Chat::text(&privacy));
    assert!(privacy.effects.is_empty(), "nothing reaches the helper: {:?}", privacy.effects);
    let clear = chat.say("/clear");
    assert_eq!(clear.effects, [Effect::ClearChat]);
    assert!(clear.replies.is_empty(), "the store tells what could be removed");
    assert!(chat.state.with_person, "the helper is still there");
}

#[test]
fn clear_removes_the_chat_and_keeps_the_sign_ups() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    let before = chat.state.clone();
    let clear = chat.say("/clear");
    assert_eq!(clear.effects, [Effect::ClearChat]);
    assert!(clear.replies.is_empty());
    assert_eq!((chat.state.locale.clone(), chat.state.step.clone()), (before.locale, before.step), "the conversation goes on where it was");
}

#[test]
fn delete_asks_the_store_to_delete_everything() {
    let mut chat = Chat::new("en");
    let ask = chat.say("/delete");
    let deleted = chat.say(&Chat::buttons(&ask)[0]);
    assert_eq!(deleted.effects, [Effect::DeleteMyData], "the store clears the chat with the rest");
    assert!(Chat::text(&deleted).starts_with("Everything we stored about you has been deleted"), "{}", Chat::text(&deleted));
    assert!(!chat.state.privacy_noted, "a new start shows the note again");
}

#[test]
fn a_deep_link_on_first_contact_says_the_note_and_goes_where_the_poster_promised() {
    let mut chat = Chat::first_contact();
    let languages = chat.say("/start session_dialog-wohnen-test");
    let english = Chat::buttons(&languages).iter().position(|label| label == "English").unwrap() + 1;
    let detail = chat.say(&english.to_string());
    let text = Chat::text(&detail);
    assert!(text.contains("About your privacy"), "the note comes first: {text}");
    assert!(detail.replies.last().unwrap().text.starts_with("Housing (test)"), "then the session: {text}");
    assert!(chat.state.privacy_noted);
    let menu = chat.say("/start");
    assert!(!Chat::text(&menu).contains("About your privacy"), "once only: {}", Chat::text(&menu));
}

#[test]
fn a_user_from_before_the_note_reads_it_once_on_their_next_step() {
    let mut chat = Chat::new("en");
    chat.say("/start");
    chat.state.privacy_noted = false;
    let topics = chat.say("1");
    assert!(Chat::text(&topics).starts_with("About your privacy"), "{}", Chat::text(&topics));
    assert_eq!(chat.state.step, "topics", "and goes on where they were going");
    assert!(!Chat::text(&chat.say("/start")).contains("About your privacy"));
}
