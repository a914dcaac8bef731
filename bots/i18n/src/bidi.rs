//! Safe handling of text typed by users before it is stored or shown inside a message.

use crate::Direction;

/// Bidi embedding, override, isolate and mark characters. Messengers show some of them as boxes,
/// and overrides let a user flip how the text around them reads.
pub const BIDI_CONTROLS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

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
/// config) for a placeable inside a message of direction `context`.
/// The value is sanitised; where its own direction may differ from the surrounding text it is
/// wrapped in a first-strong isolate so that it cannot reorder the sentence around it.
pub fn isolate_value(value: &str, context: Direction) -> String {
    let clean = sanitize_user_text(value);
    let needs_isolation = match context {
        Direction::Rtl => clean.chars().any(is_strong_ltr) || clean.chars().all(|c| !is_strong_rtl(c)),
        Direction::Ltr => clean.chars().any(is_strong_rtl),
    };
    if needs_isolation && !clean.is_empty() {
        format!("{FIRST_STRONG_ISOLATE}{clean}{POP_DIRECTIONAL_ISOLATE}")
    } else {
        clean
    }
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
    fn latin_value_in_rtl_text_is_isolated() {
        assert_eq!(isolate_value("Anna K.", Direction::Rtl), "\u{2068}Anna K.\u{2069}");
        assert_eq!(isolate_value("12 34", Direction::Rtl), "\u{2068}12 34\u{2069}");
        assert_eq!(isolate_value("سلام", Direction::Rtl), "سلام");
    }

    #[test]
    fn rtl_value_in_ltr_text_is_isolated_and_latin_is_left_alone() {
        assert_eq!(isolate_value("سلام", Direction::Ltr), "\u{2068}سلام\u{2069}");
        assert_eq!(isolate_value("Hallo", Direction::Ltr), "Hallo");
    }

    #[test]
    fn a_value_cannot_smuggle_its_own_overrides() {
        let v = isolate_value("\u{202E}evil\u{202C}", Direction::Ltr);
        assert_eq!(v, "evil");
    }
}
