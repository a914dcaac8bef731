//! `[telegram]` and `[telegram.webhook]`: how the gateway talks to Telegram.

use serde::Deserialize;
use toml::Spanned;
use wegweiser_i18n::{Diagnostics, Location};

use super::{broadcast_percent, has_scheme, is_http_url, per_second, Secret};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TelegramFile {
    token: Option<Spanned<String>>,
    api_url: Option<Spanned<String>>,
    username: Option<Spanned<String>>,
    webhook: Option<Spanned<WebhookFile>>,
    messages_per_second: Option<Spanned<i64>>,
    broadcast_percent: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WebhookFile {
    listen: Option<Spanned<String>>,
    url: Spanned<String>,
    secret_token: Option<Spanned<String>>,
}

/// How the gateway talks to Telegram. The token may also come from the environment
/// (`WEGWEISER_TELEGRAM_TOKEN`), which wins over the file.
#[derive(Debug, Clone, Default)]
pub struct TelegramSettings {
    pub token: Option<Secret>,
    /// The Bot API server; Telegram's own when absent.
    pub api_url: Option<String>,
    /// The bot's @name without the @, for deep links and QR codes.
    pub username: Option<String>,
    /// Receive updates by webhook instead of long polling.
    pub webhook: Option<WebhookSettings>,
    /// Messages a second to all chats together (Telegram allows about 30).
    pub messages_per_second: Option<u32>,
    /// The share of `messages_per_second` a running broadcast takes, in percent; the rest
    /// stays free for replies and relayed messages.
    pub broadcast_percent: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct WebhookSettings {
    /// Where the gateway listens: [`DEFAULT_WEBHOOK_LISTEN`] on this machine, behind a
    /// reverse proxy, unless configured otherwise.
    pub listen: std::net::SocketAddr,
    /// The public https URL Telegram posts updates to.
    pub url: String,
    /// Telegram sends it with every update; a request without it, or with another, is
    /// refused before its body is read. Required: without it anyone who reaches the
    /// webhook could post updates in an admin's name.
    pub secret_token: Secret,
}

/// The webhook's address when `listen` is not set: this machine only.
pub const DEFAULT_WEBHOOK_LISTEN: &str = "127.0.0.1:8443";

/// The shortest webhook secret accepted: long enough that it cannot be guessed.
const SHORTEST_WEBHOOK_SECRET: usize = 32;

pub(super) fn telegram_settings(file: &TelegramFile, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> TelegramSettings {
    if let Some(token) = &file.token
        && !is_bot_token(token.get_ref())
    {
        diags.push(at(token.span().start), "telegram.token does not look like a bot token (digits, ':', then letters); the value is not shown");
    }
    if let Some(url) = &file.api_url
        && !is_http_url(url.get_ref())
    {
        diags.push(at(url.span().start), format!("telegram.api_url must be an http(s):// URL, not '{}'", url.get_ref()));
    }
    if let Some(name) = &file.username {
        let n = name.get_ref().trim_start_matches('@');
        if !(5..=32).contains(&n.len()) || !n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || !n.to_lowercase().ends_with("bot") {
            diags.push(at(name.span().start), format!("telegram.username '{}' is not a bot's @name (5–32 letters, digits or _, ending in 'bot')", name.get_ref()));
        }
    }
    let webhook = file.webhook.as_ref().and_then(|table| {
        let w = table.get_ref();
        let listen = match &w.listen {
            Some(listen) => listen.get_ref().parse().map_err(|_| {
                diags.push(at(listen.span().start), format!("telegram.webhook.listen must be an address like {DEFAULT_WEBHOOK_LISTEN}, not '{}'", listen.get_ref()));
            }),
            None => Ok(DEFAULT_WEBHOOK_LISTEN.parse().expect("the default address parses")),
        };
        let local = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"].iter().any(|p| w.url.get_ref().starts_with(p));
        if !has_scheme(w.url.get_ref(), &["https://"]) && !local {
            let message = format!("telegram.webhook.url must be a public https:// URL (or http:// on this machine, for a local Bot API server), not '{}'", w.url.get_ref());
            diags.push(at(w.url.span().start), message);
        }
        let secret = webhook_secret(w.secret_token.as_ref(), table.span().start, at, diags);
        Some(WebhookSettings { listen: listen.ok()?, url: w.url.get_ref().clone(), secret_token: secret? })
    });
    TelegramSettings {
        token: file.token.as_ref().map(|t| Secret::new(t.get_ref().trim())),
        api_url: file.api_url.as_ref().map(|u| u.get_ref().trim_end_matches('/').to_string()),
        username: file.username.as_ref().map(|n| n.get_ref().trim_start_matches('@').to_string()),
        webhook,
        messages_per_second: per_second(&file.messages_per_second, "telegram", at, diags),
        broadcast_percent: broadcast_percent(&file.broadcast_percent, "telegram", at, diags),
    }
}

/// The webhook's secret, which Telegram sends with every update: required, 32–256 of the
/// characters Telegram allows. A value that is wrong is never shown.
fn webhook_secret(secret: Option<&Spanned<String>>, table: usize, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Option<Secret> {
    let Some(secret) = secret else {
        let message = format!(
            "telegram.webhook needs a secret_token ({SHORTEST_WEBHOOK_SECRET}–256 of A–Z, a–z, 0–9, _ and -; for example the output of `openssl rand -hex 32`): without it anyone who reaches the webhook can post updates in an admin's name"
        );
        diags.push(at(table), message);
        return None;
    };
    let value = secret.get_ref();
    let allowed = value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !(SHORTEST_WEBHOOK_SECRET..=256).contains(&value.len()) || !allowed {
        let message = format!(
            "telegram.webhook.secret_token must be {SHORTEST_WEBHOOK_SECRET}–256 characters of A–Z, a–z, 0–9, _ and - (for example the output of `openssl rand -hex 32`); the value is not shown"
        );
        diags.push(at(secret.span().start), message);
        return None;
    }
    Some(Secret::new(value.clone()))
}

/// `123456789:AA…`: a bot id, a colon, then the secret part.
pub fn is_bot_token(token: &str) -> bool {
    token.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) && secret.len() >= 20 && secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    })
}
