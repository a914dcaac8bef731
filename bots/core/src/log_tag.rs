//! People in logs. No log line names a user: where one must refer to a conversation, a
//! room or a team member, it shows a short keyed hash ([`tag`]) instead, the same for the
//! same person within one database and meaningless without that database's key. Matrix
//! ids that reach a log line inside an error or a library's message are replaced the same
//! way by [`redact`], which the log writer applies to every line.

use std::borrow::Cow;
use std::fmt;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

static KEY: OnceLock<[u8; 32]> = OnceLock::new();

/// The key before a database is open: lines then name no one.
const KEY_CONTEXT: &str = "wegweiser 2026-12 log tags";

/// Sets the key tags are made with, from a secret the database holds (its instance id),
/// so that a conversation keeps its tag across restarts. Only the first call counts.
pub fn set_key(secret: &str) {
    let _ = KEY.set(blake3::derive_key(KEY_CONTEXT, secret.as_bytes()));
}

fn key() -> &'static [u8; 32] {
    KEY.get_or_init(|| blake3::derive_key(KEY_CONTEXT, b"no database open yet"))
}

/// A short stand-in for a user id, a room id or a name in log lines.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Tag([u8; 5]);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The tag of `value` (an account, a room id, a name).
pub fn tag(value: impl AsRef<str>) -> Tag {
    let hash = blake3::keyed_hash(key(), value.as_ref().as_bytes());
    let mut short = [0; 5];
    short.copy_from_slice(&hash.as_bytes()[..5]);
    Tag(short)
}

/// Matrix user, room and alias ids (`@name:server`, `!room:server`, `#alias:server`).
static MATRIX_ID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[@!#][A-Za-z0-9._=/+\-]+:[A-Za-z0-9.\-]+(?::[0-9]+)?").expect("valid"));

/// `text` with every Matrix id replaced by its sigil and tag, e.g. `@3f2a9c01bd`.
pub fn redact(text: &str) -> Cow<'_, str> {
    MATRIX_ID.replace_all(text, |id: &regex::Captures<'_>| {
        let id = &id[0];
        format!("{}{}", &id[..1], tag(id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_short_stable_and_differs_between_people() {
        let amal = tag("telegram:9201");
        assert_eq!(amal, tag("telegram:9201"));
        assert_ne!(amal, tag("telegram:9202"));
        assert_eq!(amal.to_string().len(), 10);
        assert!(!amal.to_string().contains("9201"));
    }

    #[test]
    fn matrix_ids_in_a_line_are_replaced_by_their_tags_and_the_rest_is_kept() {
        let line = "M_FORBIDDEN: User @amal.k:matrix.example.org:8448 not in room !AbC123:example.org (alias #hilfe:example.org)";
        let redacted = redact(line);
        assert!(!redacted.contains("amal") && !redacted.contains("AbC123") && !redacted.contains("hilfe"), "{redacted}");
        assert!(redacted.starts_with("M_FORBIDDEN: User @") && redacted.contains(" not in room !"), "{redacted}");
        assert!(redacted.contains(&tag("!AbC123:example.org").to_string()));
        assert_eq!(redact("no ids: 12:30, a@b"), "no ids: 12:30, a@b");
    }
}
