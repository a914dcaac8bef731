//! The course journey: browse, read the details, sign up or join the waitlist, /my,
//! cancel; a freed seat goes to the first person waiting, who is told in their language.

use std::sync::Arc;

use wegweiser_core::InboundKind;
use wegweiser_core::catalog::EntryKind;
use wegweiser_store::Status;

use crate::support::*;

/// main → courses → German courses → level A1 → district Mitte → the A1 course.
const TO_A1_COURSE: &[&str] = &["2", "1", "1", "1", "1"];

async fn signed_up_states(chat: &Chat, course: &str) -> (u32, u32) {
    chat.gateway.store().seat_counts(course).await.unwrap()
}

async fn start_in(chat: &mut Chat, language: &str) {
    chat.say("/start").await;
    chat.choose_language(language).await;
}

#[tokio::test]
async fn browse_by_kind_level_and_district_then_sign_up() {
    let mut chat = Chat::with_test_catalog().await;
    start_in(&mut chat, "Deutsch").await;
    chat.say("2").await;
    let levels = chat.say("1").await;
    let labels: Vec<&str> = levels[0].buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["A1", "A2", "Egal welches Niveau", "⬅️ Zurück"], "levels of open German courses");
    let districts = chat.say("1").await;
    assert_eq!(districts[0].buttons[0].label, "Mitte");
    let list = chat.say("1").await;
    assert_eq!(list[0].text, "Es gibt ein passendes Angebot. Tippen Sie darauf.");
    assert_eq!(list[0].buttons[0].label, "Deutsch A1 (Test) · Mitte");
    let detail = chat.say("1").await;
    let text = &detail[0].text;
    for part in ["Deutsch A1 (Test)\n", "📍 Rotebühlplatz 28, 70173 Stuttgart (Mitte)", "Niveau: A1", "Unterricht auf: Deutsch, العربية", "Kinderbetreuung: ja", "Noch ein Platz frei."] {
        assert!(text.contains(part), "{part:?} missing in\n{text}");
    }
    let result = chat.say("1").await;
    assert_eq!(result[0].text, "Sie sind angemeldet: Deutsch A1 (Test). Der Anbieter meldet sich bei Ihnen.");
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (1, 0));
    let my = chat.say("/my").await;
    assert_eq!(my[0].text, "Sie haben einen Eintrag. Tippen Sie darauf, um ihn anzusehen oder abzusagen.");
    assert_eq!(my[0].buttons[0].label, "✅ Deutsch A1 (Test)");
}

#[tokio::test]
async fn a_full_course_has_a_waitlist_and_a_freed_seat_is_announced_in_the_next_persons_language() {
    let mut chat = Chat::with_test_catalog().await;
    chat.as_user("amal");
    start_in(&mut chat, "العربية").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    let seat = chat.say("1").await;
    assert!(seat[0].text.contains("الألمانية A1 (تجربة)"), "{}", seat[0].text);

    chat.as_user("olena");
    start_in(&mut chat, "Українська").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    let waiting = chat.say("1").await;
    assert_eq!(waiting[0].locale, "uk");
    assert!(waiting[0].text.contains('1'), "{}", waiting[0].text);
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (1, 1));
    let my = chat.say("/my").await;
    assert_eq!(my[0].buttons[0].label, "⏳ Німецька A1 (тест) (1)");

    chat.as_user("amal");
    chat.say("/my").await;
    chat.say("1").await;
    let cancelled = chat.say("1").await;
    assert_eq!(chat.state().await.step, "course-cancelled");
    assert!(!cancelled[0].text.is_empty());
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (1, 0));

    let news = chat.gateway.pending_notifications(wegweiser::console::CHANNEL, "olena").await.unwrap();
    assert_eq!(news.len(), 1);
    let mut args = wegweiser_i18n::Args::new();
    args.set("course_title", "Німецька A1 (тест)");
    assert_eq!(news[0].1.text, chat.gateway.engine().catalog().format("uk", "course-promoted", Some(&args)));
    assert!(chat.gateway.pending_notifications(wegweiser::console::CHANNEL, "amal").await.unwrap().is_empty());
}

#[tokio::test]
async fn a_course_closed_after_it_was_offered_and_a_second_sign_up_change_nothing() {
    let mut chat = Chat::with_test_catalog().await;
    start_in(&mut chat, "English").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    chat.gateway.store().set_catalog_status(EntryKind::Course, "deutsch-a1-test", Status::Closed).await.unwrap();
    let refused = chat.say("1").await;
    assert_eq!(refused[0].text, "Sign-up for this course is closed.");
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (0, 0));

    chat.gateway.store().set_catalog_status(EntryKind::Course, "deutsch-a1-test", Status::Open).await.unwrap();
    chat.say("/start").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    chat.say("1").await;
    chat.say("/start").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    let again = chat.say("1").await;
    assert_eq!(again[0].text, "You are already signed up for this course.");
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (1, 0));
}

#[tokio::test]
async fn a_pressed_button_from_an_old_menu_signs_nobody_up() {
    let mut chat = Chat::with_test_catalog().await;
    start_in(&mut chat, "English").await;
    for step in TO_A1_COURSE {
        chat.say(step).await;
    }
    let detail_menu = chat.state().await.menu_id;
    chat.say("2").await; // back to the list: the detail's buttons are now stale
    let forged = chat.next_event(InboundKind::Button { menu: detail_menu, option: 0 }, None);
    let replies = chat.send_event(&forged).await;
    assert_eq!(replies[0].text, chat.gateway.engine().catalog().format("en", "button-stale", None));
    assert_eq!(signed_up_states(&chat, "deutsch-a1-test").await, (0, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_people_race_for_the_last_seat_through_the_whole_gateway() {
    let dir = tempfile::tempdir().unwrap();
    let gateway = Arc::new(open_gateway(&dir.path().join("race.sqlite3")).await);
    import_test_catalog(&gateway).await;
    let mut racers = Vec::new();
    for n in 0..30 {
        let gateway = gateway.clone();
        racers.push(tokio::spawn(async move {
            let user = format!("racer-{n}");
            let mut last = Vec::new();
            for (i, line) in ["/start", "Deutsch", "👍 OK", "2", "1", "1", "1", "1", "1"].iter().enumerate() {
                let event = wegweiser_core::Inbound {
                    channel: "race".into(),
                    user: user.clone(),
                    event_id: format!("{user}-{i}"),
                    kind: InboundKind::from_typed(line),
                    language_hint: None,
                    handover: None,
                    staff_room: None,
                    message: None,
                };
                match gateway.handle(&event).await.unwrap() {
                    wegweiser::Handled::Replies(r) => last = r.messages,
                    wegweiser::Handled::Duplicate => unreachable!(),
                }
            }
            last[0].text.clone()
        }));
    }
    let mut confirmed = 0;
    let mut positions = Vec::new();
    for r in racers {
        let text = r.await.unwrap();
        if text.starts_with("Sie sind angemeldet") {
            confirmed += 1;
        } else {
            let n: u32 = text.split("Platz ").nth(1).and_then(|t| t.split('.').next()).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{text}"));
            positions.push(n);
        }
    }
    positions.sort();
    assert_eq!(confirmed, 1, "exactly one seat");
    assert_eq!(positions, (1..=29).collect::<Vec<_>>(), "every other person has their own waitlist place");
}
