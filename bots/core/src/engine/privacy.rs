//! What a user is told about their data: the privacy note once before their first main
//! menu, and `/privacy` with every retention period as the deployment configured it.

use super::Turn;

/// Whole days of a period, as users are told.
fn days(period: std::time::Duration) -> u64 {
    period.as_secs() / 86_400
}

impl<'e> Turn<'e> {
    /// The privacy note's step, when this user, whose language is known, has not seen the
    /// note yet and is about to see `id`.
    fn unseen_privacy_note(&self, id: &str) -> Option<&'e crate::flow::Step> {
        let engine: &'e super::Engine = self.engine;
        let entry = &engine.flows.entry;
        if self.state.privacy_noted || self.state.locale.is_none() || id == entry.language || Some(id) == entry.privacy.as_deref() {
            return None;
        }
        entry.privacy_note.as_deref().filter(|note| *note != id).and_then(|note| engine.flows.step(note))
    }

    /// The note's step to show instead of the main menu `id`, when the note is due: it
    /// leads on to the menu with OK.
    pub(super) fn privacy_note_instead_of(&self, id: &str) -> Option<&'e str> {
        (id == self.engine.flows.entry.start).then(|| self.unseen_privacy_note(id)).flatten().map(|note| note.id.as_str())
    }

    /// The note's message to say before `id` when the note is due and `id` is not the main
    /// menu: a deep link from a poster, or a user who was mid-journey when the note came,
    /// goes on where they meant to go.
    pub(super) fn privacy_note_before(&self, id: &str) -> Option<&'e str> {
        (id != self.engine.flows.entry.start).then(|| self.unseen_privacy_note(id)).flatten().map(|note| note.message.as_str())
    }

    /// A retention period a privacy text names, from `[privacy]` and `[handover]`; None
    /// when `name` is no such variable.
    pub(super) fn privacy_period(&self, name: &str) -> Option<u64> {
        let config = &self.engine.config;
        let privacy = &config.privacy;
        Some(match name {
            "idle_months" => u64::from(privacy.idle_conversation_months),
            "notice_days" => days(privacy.idle_notice),
            "delivered_days" => days(privacy.keep_delivered),
            "transcript_days" => days(config.keep_transcripts),
            "handover_idle_days" => days(privacy.close_idle_handovers),
            _ => return None,
        })
    }
}
