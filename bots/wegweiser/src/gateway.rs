//! The gateway: one inbound event in, committed, replies out. Shared by every channel.

use std::sync::Arc;

use wegweiser_core::{Engine, Inbound, Outbound};
use wegweiser_store::Store;

/// What became of an inbound event.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Processed and committed; these replies go to the user.
    Replies(Vec<Outbound>),
    /// This platform event id was processed before; nothing to do.
    Duplicate,
}

/// Engine and store together. Events of one conversation must be handed in order; the
/// store serialises commits, so different conversations may be handled concurrently.
pub struct Gateway {
    engine: Arc<Engine>,
    store: Store,
}

impl Gateway {
    pub fn new(engine: Engine, store: Store) -> Self {
        Self { engine: Arc::new(engine), store }
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Dedupes, loads the state, runs the engine and commits state and effects in one
    /// transaction; only then are the replies returned for sending.
    pub async fn handle(&self, event: &Inbound) -> wegweiser_store::Result<Handled> {
        self.handle_with_language(event, None).await
    }

    /// Like [`Gateway::handle`], first presetting the conversation's language as the user's
    /// own choice when `lang` is given (`wegweiser chat --lang`).
    pub async fn handle_with_language(&self, event: &Inbound, lang: Option<&str>) -> wegweiser_store::Result<Handled> {
        let engine = self.engine.clone();
        let owned = event.clone();
        let lang = lang.map(str::to_string);
        let outcome = self
            .store
            .process(
                event,
                Box::new(move |previous, world| {
                    let now = engine.config().local_now();
                    match lang {
                        Some(lang) => {
                            let mut state = previous.unwrap_or_default();
                            engine.preset_locale(&mut state, &lang);
                            engine.handle(Some(state), &owned, world, now)
                        }
                        None => engine.handle(previous, &owned, world, now),
                    }
                }),
            )
            .await?;
        Ok(match outcome {
            Some(outcome) => Handled::Replies(outcome.replies),
            None => Handled::Duplicate,
        })
    }

    /// Messages waiting for a user (a seat freed up, …), rendered in their language, with
    /// the ids to pass to [`Store::mark_delivered`] once they are sent.
    pub async fn pending_notifications(&self, channel: &str, user: &str) -> wegweiser_store::Result<Vec<(i64, Outbound)>> {
        let pending = self.store.pending_notifications(channel, user).await?;
        if pending.is_empty() {
            return Ok(Vec::new());
        }
        let locale = self.store.conversation(channel, user).await?.and_then(|s| s.locale);
        Ok(pending
            .iter()
            .map(|n| (n.id, self.engine.render_notification(locale.as_deref(), &n.message, &n.args)))
            .collect())
    }
}
