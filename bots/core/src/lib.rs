//! Wegweiser's core: conversations as data, the engine that runs them, and the checks that
//! keep flows, locales and config consistent, and the delivery path all channels share. No
//! network or database I/O happens here: channels and the store feed events in and carry
//! outcomes out.

pub mod broadcast;
pub mod catalog;
mod channel;
pub mod cleaning;
mod config;
pub mod delivery;
mod engine;
mod flow;
pub mod lanes;
pub mod log_tag;
pub mod media;
mod model;
pub mod team;

#[cfg(test)]
mod bidi_display_tests;
#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod catalog_tests;
#[cfg(test)]
mod engine_tests;
#[cfg(test)]
mod helping_tests;
#[cfg(test)]
mod journey_tests;
#[cfg(test)]
mod media_tests;
#[cfg(test)]
mod privacy_tests;
#[cfg(test)]
mod test_fixture;

use std::path::{Path, PathBuf};

pub use channel::{erasable, BroadcastDelivery, CancellationToken, Conversations, Delivery, Erasable, Erase, Replies, Sent, CLEAR_DONE, CLEAR_NOT_HERE, CLEAR_SOME_LEFT};
pub use config::{is_bot_token, is_http_url, is_matrix_user_id, pick_localized, Config, Fact, MatrixSettings, OfficeHours, Privacy, Secret, DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS, DEFAULT_DELETE_IDLE_CONVERSATIONS_MONTHS, DEFAULT_IDLE_NOTICE_DAYS, DEFAULT_KEEP_DELIVERED_DAYS, TelegramSettings, WebhookSettings, ENGINE_VARIABLES};
pub use engine::{channel_name, Engine, NEWS_PREFIX, DETECTION_THRESHOLD, MAX_MESSAGE_CHARS, MAX_PEERS_SHOWN, MAX_PENDING_REQUESTS, SYSTEM_MESSAGES};
pub use flow::{Action, Button, Entry, Flows, Generator, Input, Step, Topic, Validation, ACTION_NAMES, GENERATORS, MAX_INPUT_CHARS};
pub use model::*;
pub use wegweiser_i18n as i18n;
use wegweiser_i18n::{Catalog, Diagnostics, LocaleRegistry};

/// Where the deployment's flows, locales and config live.
#[derive(Debug, Clone)]
pub struct Sources {
    pub flows: PathBuf,
    pub locales: PathBuf,
    pub config: PathBuf,
}

/// What `check` found when everything is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub locales: usize,
    pub messages: usize,
    pub steps: usize,
    pub topics: usize,
    pub facts: usize,
}

impl Engine {
    /// Loads flows, locales and config and checks them together; every problem is reported
    /// with its file and line, and nothing starts on any of them.
    pub fn load(sources: &Sources) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let catalog = Catalog::load(&sources.locales).map_err(|d| diags.extend(d)).ok();
        let registry = match &catalog {
            Some(c) => Some(c.registry().clone()),
            None => LocaleRegistry::load(&sources.locales.join("locales.toml")).ok(),
        };
        let config = registry.as_ref().and_then(|r| Config::load(&sources.config, r).map_err(|d| diags.extend(d)).ok());
        let flows = Flows::load(&sources.flows).map_err(|d| diags.extend(d)).ok();
        let (Some(catalog), Some(config), Some(flows)) = (catalog, config, flows) else {
            return Err(diags.into_result().expect_err("a part failed to load, so there are diagnostics"));
        };
        diags.extend(cross_check(&flows, &catalog, &config));
        diags.into_result()?;
        Ok(Engine::new(flows, catalog, config))
    }

    /// Counts of what was loaded, for `wegweiser check`.
    pub fn summary(&self) -> Summary {
        Summary {
            locales: self.catalog().registry().all().len(),
            messages: self.catalog().base_messages().count(),
            steps: self.flows().steps.len(),
            topics: self.flows().topics.len(),
            facts: self.config().fact_names().count(),
        }
    }
}

/// Checks that need more than one part: every message a flow names exists, every variable
/// a message uses is supplied by the bot or the config.
fn cross_check(flows: &Flows, catalog: &Catalog, config: &Config) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for (id, location) in &flows.message_uses {
        if !catalog.has_message(id) {
            diags.push(location.clone(), format!("there is no message '{id}' in the base locale '{}'", catalog.registry().base()));
        }
    }
    for id in SYSTEM_MESSAGES {
        if !catalog.has_message(id) {
            let base = catalog.registry().base();
            diags.push(
                wegweiser_i18n::Location::new(Path::new(&format!("locales/{base}")), 1, 1),
                format!("the bot needs the message '{id}', which the base locale '{base}' lacks"),
            );
        }
    }
    for (id, info) in catalog.base_messages() {
        for var in &info.variables {
            if !ENGINE_VARIABLES.contains(&var.as_str()) && config.fact(var).is_none() {
                diags.push(
                    info.location.clone(),
                    format!("'{id}' uses ${var}, which is neither a fact in {} nor supplied by the bot", config.path.display()),
                );
            }
        }
    }
    diags
}
