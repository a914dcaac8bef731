//! Bot messages as Matrix shows them: an `m.notice` with a plain body and an HTML body. A
//! menu's options are numbered; the user answers with the number or the label. A
//! notification's command buttons show the command to type. Every line of a right-to-left
//! message, the numbered ones too, opens with a right-to-left mark, so that clients which
//! pick a paragraph's direction from its first strong letter (Element does) lay it out
//! right to left even when it opens with a number or a Latin name.

use wegweiser_core::i18n::{for_display, Direction, LRM, RLM};
use wegweiser_core::{escape_html, Outbound, Press};

/// One message, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub plain: String,
    pub html: String,
}

pub fn notice(message: &Outbound) -> Notice {
    let rtl = message.direction == Direction::Rtl;
    let mark = if rtl { RLM.to_string() } else { String::new() };
    let text = for_display(&message.text, message.direction);
    let mut plain = text.clone();
    let mut html = escape_html(&text).replace('\n', "<br>");
    let options: Vec<&str> = message.buttons.iter().filter(|b| matches!(b.press, Press::Option { .. })).map(|b| b.label.as_str()).collect();
    let commands: Vec<(&str, &str)> = message
        .buttons
        .iter()
        .filter_map(|b| match &b.press {
            Press::Command(command) => Some((command.as_str(), b.label.as_str())),
            Press::Option { .. } => None,
        })
        .collect();
    if !options.is_empty() {
        plain.push('\n');
        html.push_str("<ol>");
        for (number, label) in options.iter().enumerate() {
            plain.push_str(&format!("\n{mark}{}. {label}", number + 1));
            html.push_str(&format!("<li>{}</li>", escape_html(label)));
        }
        html.push_str("</ol>");
    }
    if !commands.is_empty() {
        plain.push('\n');
        html.push_str("<ul>");
        for (command, label) in commands {
            plain.push('\n');
            plain.push_str(&for_display(&format!("{label}: {command}"), message.direction));
            let code_mark = if rtl { LRM.to_string() } else { String::new() };
            html.push_str(&format!("<li>{mark}{}: {code_mark}<code>{}</code></li>", escape_html(label), escape_html(command)));
        }
        html.push_str("</ul>");
    }
    Notice { plain, html }
}

#[cfg(test)]
mod tests {
    use wegweiser_core::OutButton;

    use super::*;

    fn outbound(text: &str, direction: Direction, buttons: Vec<OutButton>) -> Outbound {
        Outbound { text: text.into(), buttons, locale: "de".into(), direction, attachment: None }
    }

    fn option(label: &str, option: u16) -> OutButton {
        OutButton { label: label.into(), press: Press::Option { menu: 7, option } }
    }

    #[test]
    fn options_are_numbered_in_both_bodies_and_html_is_escaped() {
        let n = notice(&outbound("Wähle <bitte>:\nzweite Zeile", Direction::Ltr, vec![option("Kurse & Termine", 0), option("Sprache", 1)]));
        assert_eq!(n.plain, "Wähle <bitte>:\nzweite Zeile\n\n1. Kurse & Termine\n2. Sprache");
        assert_eq!(n.html, "Wähle &lt;bitte&gt;:<br>zweite Zeile<ol><li>Kurse &amp; Termine</li><li>Sprache</li></ol>");
    }

    #[test]
    fn command_buttons_show_the_command_to_type() {
        let accept = OutButton { label: "Annehmen".into(), press: Press::Command("/accept 3".into()) };
        let n = notice(&outbound("Neue Anfrage", Direction::Ltr, vec![accept]));
        assert_eq!(n.plain, "Neue Anfrage\n\nAnnehmen: /accept 3");
        assert!(n.html.ends_with("<ul><li>Annehmen: <code>/accept 3</code></li></ul>"), "{}", n.html);
    }

    #[test]
    fn right_to_left_messages_and_their_options_open_with_a_right_to_left_mark() {
        let n = notice(&outbound("اختر:\nسطر ثان", Direction::Rtl, vec![option("الدورات", 0)]));
        assert!(n.plain.starts_with(RLM) && n.html.starts_with(RLM));
        assert!(n.plain.contains(&format!("\n{RLM}سطر ثان")), "every line: {:?}", n.plain);
        assert!(n.plain.ends_with(&format!("\n{RLM}1. الدورات")), "{:?}", n.plain);
        let ltr = notice(&outbound("Hallo", Direction::Ltr, vec![]));
        assert!(!ltr.plain.contains(RLM) && !ltr.html.contains(RLM));
    }

    #[test]
    fn a_command_in_a_right_to_left_notice_keeps_its_slash_before_the_word() {
        let accept = OutButton { label: "قبول".into(), press: Press::Command("/accept 3".into()) };
        let n = notice(&outbound("طلب جديد", Direction::Rtl, vec![accept]));
        assert!(n.plain.ends_with(&format!("\n{RLM}قبول: {LRM}/accept 3")), "{:?}", n.plain);
        assert!(n.html.ends_with(&format!("<li>{RLM}قبول: {LRM}<code>/accept 3</code></li></ul>")), "{}", n.html);
    }
}
