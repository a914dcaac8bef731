//! The gateway: one inbound event in, committed, replies out. Shared by every channel.

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
    engine: Engine,
    store: Store,
}

impl Gateway {
    pub fn new(engine: Engine, store: Store) -> Self {
        Self { engine, store }
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
        let outcome = self.store.process(event, |previous| self.engine.handle(previous, event)).await?;
        Ok(match outcome {
            Some(outcome) => Handled::Replies(outcome.replies),
            None => Handled::Duplicate,
        })
    }

    /// Handles an event of a conversation that may not exist yet, presetting its language
    /// as the user's choice first (`wegweiser chat --lang`).
    pub async fn handle_with_language(&self, event: &Inbound, lang: &str) -> wegweiser_store::Result<Handled> {
        let outcome = self
            .store
            .process(event, |previous| {
                let mut state = previous.unwrap_or_default();
                self.engine.preset_locale(&mut state, lang);
                self.engine.handle(Some(state), event)
            })
            .await?;
        Ok(match outcome {
            Some(outcome) => Handled::Replies(outcome.replies),
            None => Handled::Duplicate,
        })
    }
}
