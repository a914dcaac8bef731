//! How Wegweiser's messages look on Telegram: HTML with every text escaped, long texts
//! split at line breaks, buttons as an inline keyboard whose callback data is a short opaque
//! reference resolved on the server.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use wegweiser_core::{OutButton, Press};
pub use wegweiser_core::escape_html;

/// Telegram's limit for a message text, in UTF-16 code units.
pub const MAX_TEXT_UNITS: usize = 4096;

/// The longest caption of a photo, voice note or document, in UTF-16 code units.
pub const MAX_CAPTION_UNITS: usize = 1024;

/// Telegram's limit for callback data, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Splits a text into parts Telegram accepts once escaped: at line breaks where possible,
/// else at spaces, else between characters. Nothing is lost; parts are not empty.
pub fn split_text(text: &str, limit: usize) -> Vec<String> {
    let escaped_units = |s: &str| units(&escape_html(s));
    let mut parts = Vec::new();
    let mut rest = text.trim_end();
    while escaped_units(rest) > limit {
        let mut cut = 0;
        let mut used = 0;
        let mut last_newline = None;
        let mut last_space = None;
        for (i, c) in rest.char_indices() {
            let cost = escaped_units(c.encode_utf8(&mut [0; 4]));
            if used + cost > limit {
                break;
            }
            used += cost;
            cut = i + c.len_utf8();
            if c == '\n' {
                last_newline = Some(i);
            } else if c == ' ' {
                last_space = Some(i);
            }
        }
        let at = last_newline.or(last_space).filter(|&i| i > 0).unwrap_or(cut);
        let (head, tail) = rest.split_at(at);
        parts.push(head.trim_end().to_string());
        rest = tail.trim_start_matches(['\n', ' ']);
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

/// The callback data for a button: `menu.option` for an offered option, the command itself
/// for a notification's command button. None if it would not fit Telegram's limit.
pub fn callback_data(press: &Press) -> Option<String> {
    let data = match press {
        Press::Option { menu, option } => format!("{menu}.{option}"),
        Press::Command(command) => command.clone(),
    };
    (data.len() <= MAX_CALLBACK_BYTES).then_some(data)
}

/// What a button press's callback data refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pressed {
    Option { menu: u32, option: u16 },
    Command(String),
}

/// Reads callback data back; anything else (forged, from another bot version) is None.
pub fn parse_callback(data: &str) -> Option<Pressed> {
    if data.starts_with('/') {
        return Some(Pressed::Command(data.to_string()));
    }
    let (menu, option) = data.split_once('.')?;
    Some(Pressed::Option { menu: menu.parse().ok()?, option: option.parse().ok()? })
}

/// One button per row: labels are sentences in many scripts, and a row of several would
/// cut them off on a phone.
pub fn keyboard(buttons: &[OutButton]) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = buttons
        .iter()
        .filter_map(|b| callback_data(&b.press).map(|data| vec![InlineKeyboardButton::callback(b.label.clone(), data)]))
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<b>Tom & Jerry</b>"), "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;");
    }

    #[test]
    fn long_texts_split_at_line_breaks_and_lose_nothing() {
        let line = "Ein Satz mit Wörtern.";
        let text = vec![line; 400].join("\n");
        let parts = split_text(&text, MAX_TEXT_UNITS);
        assert!(parts.len() > 1);
        for part in &parts {
            assert!(units(&escape_html(part)) <= MAX_TEXT_UNITS);
            assert!(part.ends_with('.'), "cut at a line end: …{}", &part[part.len() - 10..]);
        }
        assert_eq!(parts.join("\n"), text);
    }

    #[test]
    fn escaping_counts_towards_the_limit_and_words_stay_whole() {
        let text = "a&b ".repeat(1500);
        let parts = split_text(&text, 100);
        for part in &parts {
            assert!(units(&escape_html(part)) <= 100, "{}", units(&escape_html(part)));
            assert!(part.split(' ').all(|w| w == "a&b"), "{part}");
        }
        let unbroken = "ж".repeat(250);
        let parts = split_text(&unbroken, 100);
        assert_eq!(parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(), [100, 100, 50]);
    }

    #[test]
    fn callback_data_is_short_and_round_trips() {
        let option = Press::Option { menu: 4_000_000_000, option: 65_535 };
        let data = callback_data(&option).unwrap();
        assert!(data.len() <= MAX_CALLBACK_BYTES);
        assert_eq!(parse_callback(&data), Some(Pressed::Option { menu: 4_000_000_000, option: 65_535 }));
        assert_eq!(parse_callback("/accept 12"), Some(Pressed::Command("/accept 12".into())));
        for forged in ["", "1", "a.b", "1.99999999", "course:42"] {
            assert_eq!(parse_callback(forged), None, "{forged}");
        }
        assert_eq!(callback_data(&Press::Command(format!("/accept {}", "9".repeat(60)))), None);
    }
}
