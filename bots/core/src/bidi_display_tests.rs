//! Every message of every right-to-left locale, rendered as the engine sends it and laid out
//! with a real implementation of the Unicode bidi algorithm (the `unicode-bidi` crate, as
//! Telegram's and Element's text engines do): each line reads right to left, `/commands`
//! keep their slash before the word, and Latin names of several words keep their order.

use std::collections::BTreeMap;

use unicode_bidi::BidiInfo;
use wegweiser_i18n::{without_marks, Direction};

use crate::test_fixture::repo_engine;
use crate::{Engine, NotificationArg};

/// A name of several Latin words, as course titles and places are.
const LATIN_NAME: &str = "Deutschkurs A1 Abendkurs";

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß' | 'é')
}

/// The `/commands` of a text.
fn commands(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let starts = *c == '/' && (i == 0 || chars[i - 1].is_whitespace() || "(«\"".contains(chars[i - 1]));
        if starts && chars.get(i + 1).is_some_and(char::is_ascii_alphabetic) {
            found.push(chars[i..].iter().take_while(|c| **c == '/' || c.is_ascii_alphanumeric() || **c == '_').collect());
        }
    }
    found
}

/// The runs of two or more Latin words of a text; punctuation next to a word ends its run.
fn latin_phrases(text: &str) -> Vec<String> {
    let mut phrases = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        if run.len() > 1 {
            phrases.push(run.join(" "));
        }
        run.clear();
    };
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !is_latin(c));
        let latin = !word.is_empty() && word.chars().all(is_latin) && word.chars().any(|c| c.is_ascii_alphabetic());
        if !latin {
            flush(&mut run);
            continue;
        }
        if !token.starts_with(word) {
            flush(&mut run);
        }
        run.push(word);
        if !token.ends_with(word) {
            flush(&mut run);
        }
    }
    flush(&mut run);
    phrases
}

/// A value for each of a message's variables: numbers where messages count, a Latin name
/// of several words for every text.
fn arguments(engine: &Engine, id: &str) -> BTreeMap<String, NotificationArg> {
    engine
        .catalog()
        .variables(id)
        .iter()
        .map(|name| {
            let numeric = ["count", "number", "max", "seats", "places", "position", "days", "months", "minutes", "handover", "request", "waiting", "free", "left", "files", "size"];
            let value = if numeric.iter().any(|n| name.contains(n)) {
                NotificationArg::Number { number: 3 }
            } else {
                NotificationArg::Text([("default".to_string(), LATIN_NAME.to_string())].into())
            };
            (name.clone(), value)
        })
        .collect()
}

/// What is wrong with a text as the bidi algorithm lays it out, one line a paragraph.
fn layout_faults(text: &str) -> Vec<String> {
    let mut faults = Vec::new();
    if text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)) {
        faults.push("uses an isolate, which some messengers show as a box".to_string());
    }
    let info = BidiInfo::new(text, None);
    for paragraph in &info.paragraphs {
        let logical = &text[paragraph.range.clone()];
        if without_marks(logical).trim().is_empty() {
            continue;
        }
        if !paragraph.level.is_rtl() {
            faults.push(format!("the line {logical:?} is laid out left to right"));
        }
        let visual = without_marks(&info.reorder_line(paragraph, paragraph.range.clone()));
        let logical = without_marks(logical);
        for command in commands(&logical) {
            if !visual.contains(&command) {
                faults.push(format!("{command} is shown as {visual:?}"));
            }
        }
        for phrase in latin_phrases(&logical) {
            if !visual.contains(&phrase) {
                faults.push(format!("{phrase:?} is shown out of order: {visual:?}"));
            }
        }
    }
    faults
}

#[test]
fn every_right_to_left_message_reads_right_to_left_with_commands_and_latin_names_in_order() {
    let engine = repo_engine();
    let registry = engine.catalog().registry();
    let rtl: Vec<&str> = registry.all().iter().filter(|l| l.direction == Direction::Rtl).map(|l| l.tag.as_str()).collect();
    assert_eq!(rtl, ["ar", "fa-AF", "fa", "ps", "ckb"], "the right-to-left locales");
    let mut faults = Vec::new();
    let mut checked = 0;
    for locale in &rtl {
        for (id, _) in engine.catalog().base_messages() {
            let message = engine.render_notification(Some(locale), id, &arguments(&engine, id), &[("button-back".into(), "/back".into())]);
            for (part, text) in std::iter::once(("text", &message.text)).chain(message.buttons.iter().map(|b| ("label", &b.label))) {
                faults.extend(layout_faults(text).into_iter().map(|f| format!("{locale} {id} ({part}): {f}")));
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} messages checked");
    assert!(faults.is_empty(), "{} faults:\n{}", faults.len(), faults.join("\n"));
}

#[test]
fn the_checks_see_the_defects_they_look_for() {
    assert!(!layout_faults("Wegweiser \u{2068}Stuttgart\u{2069} سلام").is_empty(), "isolates");
    assert!(!layout_faults("اكتبوا /bot للعودة").is_empty(), "a command without its mark");
    assert!(!layout_faults("Deutschkurs A1 للمبتدئين").is_empty(), "a line that opens with Latin");
    assert!(layout_faults("\u{200F}اكتبوا \u{200E}/bot للعودة").is_empty());
    assert_eq!(commands("اكتبوا /bot أو (/help)."), ["/bot", "/help"]);
    assert_eq!(latin_phrases("مرحبا Wegweiser Stuttgart، و A1 فقط"), ["Wegweiser Stuttgart"]);
}

#[test]
fn back_points_right_for_a_right_to_left_reader() {
    let engine = repo_engine();
    let back = [("button-back".to_string(), "/back".to_string())];
    let arabic = engine.render_notification(Some("ar"), "main-menu", &BTreeMap::new(), &back);
    assert!(arabic.buttons[0].label.contains('➡') && !arabic.buttons[0].label.contains('⬅'), "{:?}", arabic.buttons[0].label);
    let german = engine.render_notification(Some("de"), "main-menu", &BTreeMap::new(), &back);
    assert!(german.buttons[0].label.contains('⬅'), "{:?}", german.buttons[0].label);
}
