//! `wegweiser serve`: the long-running gateway. Runs the Telegram channel (long polling, or
//! a webhook behind axum), delivers the outbox, and runs the reminder scheduler, until
//! Ctrl-C or SIGTERM.

use std::sync::Arc;

use anyhow::{bail, Context};
use wegweiser_core::{is_bot_token, Secret};
use wegweiser_telegram::{Connection, Telegram};

use crate::Gateway;

/// The environment variable that holds the bot token; it wins over the config file.
pub const TOKEN_VARIABLE: &str = "WEGWEISER_TELEGRAM_TOKEN";
/// Another Bot API server; wins over `telegram.api_url`.
pub const API_URL_VARIABLE: &str = "WEGWEISER_TELEGRAM_API_URL";

/// Where to reach Telegram: the token and the API URL from the environment or the config.
/// The token is checked but never printed.
pub fn telegram_connection(gateway: &Gateway) -> anyhow::Result<Connection> {
    let settings = &gateway.engine().config().telegram;
    let config = gateway.engine().config().path.display().to_string();
    let token = match std::env::var(TOKEN_VARIABLE) {
        Ok(value) if !value.trim().is_empty() => {
            if !is_bot_token(value.trim()) {
                bail!("{TOKEN_VARIABLE} does not look like a bot token (digits, ':', then letters); the value is not shown");
            }
            Secret::new(value.trim())
        }
        _ => match &settings.token {
            Some(token) => token.clone(),
            None => bail!("no Telegram bot token: set {TOKEN_VARIABLE}, or telegram.token in {config} (see README: running on Telegram)"),
        },
    };
    let api_url = std::env::var(API_URL_VARIABLE).ok().filter(|u| !u.trim().is_empty()).or_else(|| settings.api_url.clone());
    Ok(Connection { token, api_url })
}

/// Runs everything until a shutdown signal; returns an error only if the channel cannot
/// start (a wrong token, an unreachable API).
pub async fn run(gateway: Arc<Gateway>) -> anyhow::Result<()> {
    let connection = telegram_connection(&gateway)?;
    let telegram = Telegram::connect(&connection, gateway.clone()).await.context("connecting to Telegram")?;
    telegram.describe().await;
    gateway.run_scheduler_once().await?;
    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(gateway.clone().run_scheduler());
    let outbox = telegram.clone();
    tasks.spawn(async move { outbox.deliver_outbox().await });
    match gateway.engine().config().telegram.webhook.clone() {
        Some(webhook) => {
            let routes = telegram.webhook(&webhook.url, webhook.secret_token.as_ref()).await.context("registering the webhook")?;
            let listener = tokio::net::TcpListener::bind(webhook.listen).await.with_context(|| format!("listening on {}", webhook.listen))?;
            tracing::info!(listen = %webhook.listen, "receiving Telegram updates by webhook");
            tasks.spawn(async move {
                if let Err(e) = axum::serve(listener, routes).await {
                    tracing::error!(error = %e, "the webhook server stopped");
                }
            });
        }
        None => {
            tracing::info!("receiving Telegram updates by long polling");
            tasks.spawn(async move {
                if let Err(e) = telegram.poll().await {
                    tracing::error!(error = %e, "polling stopped");
                }
            });
        }
    }
    eprintln!("wegweiser: serving Telegram; stop with Ctrl-C");
    shutdown_signal().await;
    tasks.abort_all();
    eprintln!("wegweiser: stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => return ctrl_c.await.unwrap_or(()),
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    ctrl_c.await.unwrap_or(());
}
