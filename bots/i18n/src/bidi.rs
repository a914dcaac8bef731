//! Safe handling of text typed by users before it is stored or shown inside a message, and
//! the direction marks that make right-to-left messages display right in every messenger.
//!
//! Only the marks U+200E and U+200F are used: messengers lay a paragraph out by its first
//! strong letter and some show the isolates U+2066–U+2069 as boxes. A right-to-left line
//! opens with a right-to-left mark; a value from outside the translation whose direction
//! differs from the message's is enclosed in marks of its own direction, so that the
//! neutrals at its edges (a space, a bracket, a full stop) and its numbers stay with it; a
//! `/command` inside right-to-left text gets a left-to-right mark before its slash, which
//! would otherwise be drawn on the wrong side of the word.

use crate::Direction;

/// Bidi embedding, override, isolate and mark characters. Messengers show some of them as boxes,
/// and overrides let a user flip how the text around them reads.
pub const BIDI_CONTROLS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// U+200E LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';
/// U+200F RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';

/// Removes control characters (keeping line breaks and tabs as spaces or newlines), bidi
/// controls and stray replacement characters, collapses runs of blank lines and trims.
/// Zero-width (non-)joiners stay: Persian, Dari, Pashto and Sorani spelling needs them.
pub fn sanitize_user_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut newlines = 0;
    for c in text.chars() {
        if c == '\n' {
            newlines += 1;
            if newlines <= 2 {
                out.push('\n');
            }
            continue;
        }
        if c == '\r' {
            continue;
        }
        let c = if c == '\t' { ' ' } else { c };
        if c.is_control() || BIDI_CONTROLS.contains(&c) || c == '\u{FFFD}' || c == '\u{FEFF}' {
            continue;
        }
        newlines = 0;
        out.push(c);
    }
    out.trim().to_string()
}

/// Prepares a value from outside the translation (typed by a user, or a city fact from the
/// config) for a placeable inside a message of direction `context`. The value is sanitised;
/// where its direction may differ from the surrounding text it is enclosed in marks of its
/// own direction (its first strong letter's; left to right for numbers), so that it cannot
/// reorder the sentence around it.
pub fn mark_value(value: &str, context: Direction) -> String {
    let clean = sanitize_user_text(value);
    let own = first_strong(&clean).unwrap_or(Direction::Ltr);
    let foreign = match context {
        Direction::Rtl => own == Direction::Ltr || clean.chars().any(is_strong_ltr),
        Direction::Ltr => clean.chars().any(is_strong_rtl),
    };
    if !foreign || clean.is_empty() {
        return clean;
    }
    let mark = if own == Direction::Rtl { RLM } else { LRM };
    format!("{mark}{clean}{mark}")
}

/// A message's text as it is sent: in a right-to-left message every line opens with a
/// right-to-left mark, and every `/command` has a left-to-right mark before its slash.
/// Left-to-right text is returned as it is.
pub fn for_display(text: &str, direction: Direction) -> String {
    if direction == Direction::Ltr {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if !line.is_empty() && !line.starts_with(RLM) {
            out.push(RLM);
        }
        let mut previous: Option<char> = None;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            let opens_command = c == '/'
                && previous.is_none_or(|p| p.is_whitespace() || p == RLM || matches!(p, '(' | '«' | '"' | '“'))
                && chars.peek().is_some_and(|next| next.is_ascii_alphabetic());
            if opens_command {
                out.push(LRM);
            }
            out.push(c);
            previous = Some(c);
        }
    }
    out
}

/// A button's label as it is sent: like [`for_display`], and in a right-to-left label the
/// arrows point the other way, since "back" points right for a right-to-left reader.
pub fn label_for_display(label: &str, direction: Direction) -> String {
    if direction == Direction::Ltr {
        return label.to_string();
    }
    let mirrored: String = label
        .chars()
        .map(|c| match c {
            '⬅' => '➡',
            '➡' => '⬅',
            '←' => '→',
            '→' => '←',
            other => other,
        })
        .collect();
    for_display(&mirrored, direction)
}

/// A text as its reader sees it: without the marks [`for_display`] and [`mark_value`] add.
pub fn without_marks(text: &str) -> String {
    text.replace([LRM, RLM], "")
}

/// The direction of a text's first strong letter.
fn first_strong(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| {
        if is_strong_rtl(c) {
            Some(Direction::Rtl)
        } else if is_strong_ltr(c) {
            Some(Direction::Ltr)
        } else {
            None
        }
    })
}

fn is_strong_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

fn is_strong_ltr(c: char) -> bool {
    c.is_alphabetic() && !is_strong_rtl(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_controls_and_bidi_overrides_but_keeps_joiners() {
        let dirty = "a\u{202E}b\u{0007}c\u{200C}d\u{2066}\r\n\n\n\ne\tf";
        assert_eq!(sanitize_user_text(dirty), "abc\u{200C}d\n\ne f");
    }

    #[test]
    fn a_latin_value_or_a_number_in_rtl_text_is_enclosed_in_left_to_right_marks() {
        assert_eq!(mark_value("Anna K.", Direction::Rtl), "\u{200E}Anna K.\u{200E}");
        assert_eq!(mark_value("+49 711 216-0", Direction::Rtl), "\u{200E}+49 711 216-0\u{200E}");
        assert_eq!(mark_value("سلام", Direction::Rtl), "سلام");
    }

    #[test]
    fn an_rtl_value_in_ltr_text_is_enclosed_in_right_to_left_marks_and_latin_is_left_alone() {
        assert_eq!(mark_value("سلام", Direction::Ltr), "\u{200F}سلام\u{200F}");
        assert_eq!(mark_value("Hallo", Direction::Ltr), "Hallo");
    }

    #[test]
    fn rtl_lines_open_with_a_mark_and_commands_keep_their_slash() {
        let shown = for_display("اكتبوا /bot للعودة.\n\n/help أو (/start)", Direction::Rtl);
        assert_eq!(shown, "\u{200F}اكتبوا \u{200E}/bot للعودة.\n\n\u{200F}\u{200E}/help أو (\u{200E}/start)");
        assert_eq!(for_display("km/h و 1/2", Direction::Rtl), "\u{200F}km/h و 1/2", "a slash inside a word or a number is no command");
        assert_eq!(for_display("Schreiben Sie /bot.", Direction::Ltr), "Schreiben Sie /bot.");
    }

    #[test]
    fn rtl_labels_point_back_to_the_right() {
        assert_eq!(label_for_display("⬅️ رجوع", Direction::Rtl), "\u{200F}➡️ رجوع");
        assert_eq!(label_for_display("ℹ️ معلومات", Direction::Rtl), "\u{200F}ℹ️ معلومات");
        assert_eq!(label_for_display("⬅️ Zurück", Direction::Ltr), "⬅️ Zurück");
    }

    #[test]
    fn a_value_cannot_smuggle_its_own_overrides() {
        let v = mark_value("\u{202E}evil\u{202C}", Direction::Ltr);
        assert_eq!(v, "evil");
    }
}
