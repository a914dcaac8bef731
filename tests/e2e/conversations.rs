//! Conversations through the gateway in-process: language choice, the Welcome Center
//! journey, handover requests, restarts, duplicates and bad input.

use wegweiser_core::{InboundKind, LocaleSource, MediaKind, Outbound};

use crate::support::*;

fn format(chat: &Chat, locale: &str, id: &str) -> String {
    chat.gateway.engine().catalog().format(locale, id, None)
}

fn labels(reply: &Outbound) -> Vec<&str> {
    reply.buttons.iter().map(|b| b.label.as_str()).collect()
}

#[tokio::test]
async fn first_contact_offers_every_language_in_its_own_script() {
    let mut chat = Chat::new().await;
    let replies = chat.say("/start").await;
    assert_eq!(replies.len(), 1);
    let menu = &replies[0];
    assert_eq!(
        labels(menu),
        ["Deutsch", "English", "Українська", "العربية", "دری", "فارسی", "Türkçe", "Русский", "پښتو", "Kurdî (Kurmancî)", "Français", "Soomaali", "ትግርኛ", "کوردی (سۆرانی)"]
    );
    for greeting in ["de", "en", "uk", "ar"] {
        assert!(menu.text.contains(&format(&chat, greeting, "language-menu")), "greets in {greeting}: {}", menu.text);
    }
}

#[tokio::test]
async fn the_channel_hint_preselects_the_language() {
    let mut chat = Chat::new().await;
    let event = chat.next_event(InboundKind::from_typed("/start"), Some("uk-UA"));
    let replies = chat.send_event(&event).await;
    let menu = &replies[0];
    assert_eq!(menu.text, format(&chat, "uk", "language-menu"));
    assert_eq!(labels(menu)[0], "Українська", "the hinted language comes first");
    assert_eq!(menu.locale, "uk");
    let state = chat.state().await;
    assert_eq!((state.locale.as_deref(), state.locale_source), (Some("uk"), LocaleSource::Hint));
    // Pressing the pre-selected language makes it the user's choice.
    let chosen = chat.say("1").await;
    assert_eq!(chosen[0].text, format(&chat, "uk", "language-set"));
    assert_eq!(chat.state().await.locale_source, LocaleSource::Chosen);
}

#[tokio::test]
async fn the_first_free_text_is_answered_in_its_language_with_an_offer_to_change() {
    for (text, tag) in [
        ("مرحبا، أحتاج إلى مساعدة في تسجيل السكن من فضلك", "ar"),
        ("سلام، زه د خپل کور د ثبتولو لپاره مرستې ته اړتیا لرم", "ps"),
        ("Добрий день, мені потрібна допомога з житлом", "uk"),
        ("ሰላም፡ ንምዝገባ ገዛይ ሓገዝ የድልየኒ ኣሎ።", "ti"),
        ("Silav, ez alîkarî dixwazim ji bo malê", "ku"),
    ] {
        let mut chat = Chat::new().await;
        let replies = chat.say(text).await;
        assert_eq!(replies.len(), 2, "{tag}: detected message, then the privacy note");
        assert_eq!(replies[0].text, format(&chat, tag, "language-detected"), "{tag}");
        assert_eq!(replies[1].locale, tag);
        let menu = chat.accept_privacy_note(&replies).await;
        let change = format(&chat, tag, "main-language");
        assert!(labels(&menu[0]).contains(&change.as_str()), "{tag}: the main menu offers to change the language");
        assert_eq!(chat.state().await.locale_source, LocaleSource::Detected);
    }
}

#[tokio::test]
async fn an_explicit_choice_wins_over_detection_and_is_kept() {
    let mut chat = Chat::new().await;
    chat.say("Добрий день, мені потрібна допомога з житлом").await;
    let menu = chat.say("/language").await;
    let german = labels(&menu[0]).iter().position(|l| *l == "Deutsch").unwrap() + 1;
    chat.say(&german.to_string()).await;
    assert_eq!(chat.state().await.locale.as_deref(), Some("de"));
    // Writing in another language afterwards does not switch away from the choice.
    let replies = chat.say("مرحبا، أحتاج إلى مساعدة في تسجيل السكن").await;
    assert_eq!(replies[0].locale, "de");
    assert_eq!(replies[0].text, format(&chat, "de", "not-understood"));
    chat.restart().await;
    let after_restart = chat.say("/start").await;
    assert_eq!(after_restart[0].locale, "de");
    assert_eq!(after_restart[0].text, chat.gateway.engine().catalog().format("de", "main-menu", Some(&city())));
}

fn city() -> wegweiser_i18n::Args<'static> {
    let mut args = wegweiser_i18n::Args::new();
    args.set("city", "Stuttgart");
    args
}

#[tokio::test]
async fn typed_labels_and_other_digit_systems_pick_options() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("العربية").await;
    assert_eq!(chat.state().await.locale.as_deref(), Some("ar"));
    let topics_label = format(&chat, "ar", "main-topics");
    let replies = chat.say(&topics_label).await;
    assert_eq!(replies[0].text, format(&chat, "ar", "topics-menu"));
    // Arabic-Indic ٤ is option 4: housing.
    let housing = chat.say("٤").await;
    assert_eq!(chat.state().await.step, "info-housing");
    assert!(housing[0].text.contains("https://www.stuttgart.de/wohnen"));
}

#[tokio::test]
async fn right_to_left_text_marks_outside_values_and_has_no_isolates() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("العربية").await;
    chat.say("1").await;
    let arrival = chat.say_as_sent("1").await;
    let text = &arrival[0].text;
    assert!(text.contains("\u{200E}Charlottenplatz 17, 70173 Stuttgart\u{200E}"), "{text}");
    assert!(text.contains("\u{200E}+49 711 216-0\u{200E}"), "{text}");
    assert!(text.lines().filter(|l| !l.is_empty()).all(|l| l.starts_with('\u{200F}')), "every line opens right to left: {text:?}");
    assert_eq!(stray_bidi_controls(text), Vec::<char>::new());
    // The user's own Latin text inside the Arabic confirmation is enclosed in marks as well,
    // and bidi overrides they typed are gone.
    chat.say("1").await;
    let confirm = chat.say_as_sent("Anna K.\u{202E} Wohnung?").await;
    assert!(confirm[0].text.contains("\u{200E}Anna K. Wohnung?\u{200E}"), "{}", confirm[0].text);
    assert_eq!(stray_bidi_controls(&confirm[0].text), Vec::<char>::new());
    // Left-to-right text with left-to-right values needs no marks at all.
    let mut german = Chat::new().await;
    german.say("/start").await;
    german.choose_language("Deutsch").await;
    german.say("1").await;
    let de = german.say("1").await;
    assert!(!de[0].text.chars().any(|c| wegweiser_i18n::BIDI_CONTROLS.contains(&c)), "{}", de[0].text);
}

#[tokio::test]
async fn talk_to_a_person_records_topic_language_and_question() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("پښتو").await;
    chat.say("1").await; // information
    chat.say("5").await; // work and recognition
    chat.say("1").await; // talk to a person
    chat.say("زما سند په آلمان کې منل کېږي؟").await;
    let done = chat.say("1").await; // yes, pass it on
    assert_eq!(chat.state().await.step, "person-done");
    // Outside office hours a note on when the office opens comes first; the thanks is last.
    let thanks = &done.last().unwrap().text;
    assert!(thanks.contains("24") || thanks.contains("۲۴"), "{thanks}");
    let requests = chat.gateway.store().handover_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!((r.topic.as_deref(), r.locale.as_str(), r.note.as_deref()), (Some("work"), "ps", Some("زما سند په آلمان کې منل کېږي؟")));
    assert!(!chat.state().await.vars.contains_key("note"), "the question leaves the conversation state once handed over");
}

#[tokio::test]
async fn a_restart_resumes_each_user_where_they_were() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("Українська").await;
    chat.say("1").await;
    chat.restart().await;
    let replies = chat.say("4").await;
    assert_eq!(chat.state().await.step, "info-housing");
    assert_eq!(replies[0].locale, "uk");
}

#[tokio::test]
async fn a_redelivered_event_is_not_processed_twice() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    let event = chat.next_event(InboundKind::Text("1".into()), None);
    assert!(!chat.send_event(&event).await.is_empty());
    let before = chat.state().await;
    let again = chat.gateway.handle(&event).await.unwrap();
    assert_eq!(again, wegweiser::Handled::Duplicate);
    assert_eq!(chat.state().await, before);
}

#[tokio::test]
async fn stale_and_forged_buttons_change_nothing() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("English").await;
    let old_menu = chat.state().await.menu_id;
    chat.say("1").await; // topics: a new menu
    let before = chat.state().await;
    for (menu, option) in [(old_menu, 0), (before.menu_id, 99), (before.menu_id + 7, 0)] {
        let event = chat.next_event(InboundKind::Button { menu, option }, None);
        let replies = chat.send_event(&event).await;
        assert_eq!(replies[0].text, format(&chat, "en", "button-stale"));
        let after = chat.state().await;
        assert_eq!((after.step.as_str(), after.menu_id), (before.step.as_str(), before.menu_id));
    }
    let current = chat.next_event(InboundKind::Button { menu: before.menu_id, option: 3 }, None);
    chat.send_event(&current).await;
    assert_eq!(chat.state().await.step, "info-housing");
}

#[tokio::test]
async fn bad_input_gets_a_short_helpful_reply_in_the_users_language() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.choose_language("Українська").await;
    let step = chat.state().await.step;
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty-message"),
        ("   \t ".into(), "empty-message"),
        ("\u{202E}\u{0007}\u{200F}".into(), "empty-message"),
        ("x".repeat(10_000), "message-too-long"),
        ("🙂🙂🙂".into(), "not-understood"),
        ("/frobnicate".into(), "unknown-command"),
    ];
    for (input, id) in cases {
        let replies = chat.say(&input).await;
        assert_eq!(replies.len(), 1, "{id}");
        assert_eq!(replies[0].locale, "uk", "{id}");
        let expected: String = format(&chat, "uk", id).chars().take(12).collect();
        assert!(replies[0].text.starts_with(&expected), "{id}: {}", replies[0].text);
        assert!(!replies[0].buttons.is_empty(), "{id}: the options come along");
        assert_eq!(chat.state().await.step, step, "{id}: the user stays where they were");
    }
    let options = chat.state().await.options.len();
    let beyond = chat.say("15").await;
    assert!(beyond[0].text.contains("15") && beyond[0].text.contains(&options.to_string()), "{}", beyond[0].text);
    let photo = chat.next_event(InboundKind::Media(MediaKind::Photo), None);
    let replies = chat.send_event(&photo).await;
    assert_eq!(replies[0].text, format(&chat, "uk", "media-not-supported"));
}

#[tokio::test]
async fn stop_and_start_again() {
    let mut chat = Chat::new().await;
    chat.say("/start").await;
    chat.say("Français").await;
    let bye = chat.say("/stop").await;
    assert_eq!(bye[0].text, format(&chat, "fr", "stopped"));
    assert!(bye[0].buttons.is_empty());
    assert!(chat.state().await.stopped);
    let back = chat.say("/start").await;
    assert_eq!(back[0].locale, "fr");
    assert!(!chat.state().await.stopped);
}

#[tokio::test]
async fn every_step_renders_in_every_locale_without_gaps() {
    let chat = Chat::new().await;
    let engine = chat.gateway.engine();
    let catalog = engine.catalog();
    for locale in catalog.registry().all() {
        for (id, _) in catalog.base_messages() {
            let mut args = wegweiser_i18n::Args::new();
            for var in catalog.variables(id) {
                args.set(var.clone(), "X");
            }
            let text = catalog.format(&locale.tag, id, Some(&args));
            assert!(catalog.message_info(&locale.tag, id).is_some(), "{}: {id} missing", locale.tag);
            assert!(!text.trim().is_empty() && !text.contains('{'), "{}: {id} renders as {text:?}", locale.tag);
        }
    }
}

#[tokio::test]
async fn plural_forms_follow_each_languages_rules() {
    let chat = Chat::new().await;
    let catalog = chat.gateway.engine().catalog();
    let waiting = |locale: &str, hours: u32| {
        let mut args = wegweiser_i18n::Args::new();
        args.set("hours", hours);
        args.set("office_hours", "–");
        catalog.format(locale, "person-done", Some(&args))
    };
    for (hours, form) in [(1, "1 години"), (3, "3 годин"), (5, "5 годин"), (11, "11 годин"), (21, "21 години"), (24, "24 годин")] {
        assert!(waiting("uk", hours).contains(form), "uk {hours}: {}", waiting("uk", hours));
    }
    for (hours, form) in [(0, "0 ساعة"), (1, "ساعة واحدة"), (2, "ساعتين"), (3, "3 ساعات"), (11, "11 ساعة"), (100, "100 ساعة")] {
        assert!(waiting("ar", hours).contains(form), "ar {hours}: {}", waiting("ar", hours));
    }
    assert!(waiting("de", 1).contains("einer Stunde"));
    assert!(waiting("de", 24).contains("24 Stunden"));
}
