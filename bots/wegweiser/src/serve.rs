//! `wegweiser serve`: the long-running gateway. Runs every configured channel side by side
//! (Telegram by long polling or a webhook behind axum; Matrix by sync), delivers each
//! channel's outbox, and runs the reminder scheduler, until Ctrl-C or SIGTERM.

use std::path::Path;
use std::sync::Arc;

use anyhow::{bail, Context};
use wegweiser_core::{is_bot_token, is_http_url, is_matrix_user_id, Secret};
use wegweiser_matrix::{Credentials, Matrix};
use wegweiser_telegram::{Connection, Telegram};

use crate::Gateway;

/// The environment variable that holds the bot token; it wins over the config file.
pub const TOKEN_VARIABLE: &str = "WEGWEISER_TELEGRAM_TOKEN";
/// Another Bot API server; wins over `telegram.api_url`.
pub const API_URL_VARIABLE: &str = "WEGWEISER_TELEGRAM_API_URL";
/// The Matrix settings from the environment; each wins over its `matrix.*` value.
pub const MATRIX_HOMESERVER_VARIABLE: &str = "WEGWEISER_MATRIX_HOMESERVER";
pub const MATRIX_USER_VARIABLE: &str = "WEGWEISER_MATRIX_USER";
pub const MATRIX_PASSWORD_VARIABLE: &str = "WEGWEISER_MATRIX_PASSWORD";
pub const MATRIX_ACCESS_TOKEN_VARIABLE: &str = "WEGWEISER_MATRIX_ACCESS_TOKEN";
/// Encrypts the Matrix stores (session keys, room keys) at rest when set.
pub const MATRIX_STORE_PASSPHRASE_VARIABLE: &str = "WEGWEISER_MATRIX_STORE_PASSPHRASE";

fn from_env(variable: &str) -> Option<String> {
    std::env::var(variable).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Where to reach Telegram, or None when no token is set anywhere. The token is checked
/// but never printed.
pub fn telegram_connection(gateway: &Gateway) -> anyhow::Result<Option<Connection>> {
    let settings = &gateway.engine().config().telegram;
    let token = match from_env(TOKEN_VARIABLE) {
        Some(value) => {
            if !is_bot_token(&value) {
                bail!("{TOKEN_VARIABLE} does not look like a bot token (digits, ':', then letters); the value is not shown");
            }
            Secret::new(value)
        }
        None => match &settings.token {
            Some(token) => token.clone(),
            None => return Ok(None),
        },
    };
    let api_url = from_env(API_URL_VARIABLE).or_else(|| settings.api_url.clone());
    Ok(Some(Connection { token, api_url, messages_per_second: settings.messages_per_second }))
}

/// Where and as whom to reach Matrix, or None when no homeserver is set anywhere. The store
/// folder is `matrix.store`, else beside the database (`DB.matrix`).
pub fn matrix_connection(gateway: &Gateway, db: &Path) -> anyhow::Result<Option<wegweiser_matrix::Connection>> {
    let settings = &gateway.engine().config().matrix;
    let config = gateway.engine().config().path.display().to_string();
    let Some(homeserver) = from_env(MATRIX_HOMESERVER_VARIABLE).or_else(|| settings.homeserver.clone()) else {
        return Ok(None);
    };
    if !is_http_url(&homeserver) {
        bail!("{MATRIX_HOMESERVER_VARIABLE} must be an http(s):// URL like https://matrix.example.org, not '{homeserver}'");
    }
    let Some(user) = from_env(MATRIX_USER_VARIABLE).or_else(|| settings.user.clone()) else {
        bail!("a Matrix homeserver is set but not the bot's user: set {MATRIX_USER_VARIABLE} or matrix.user in {config}");
    };
    if !is_matrix_user_id(&user) {
        bail!("{MATRIX_USER_VARIABLE} must be a full user id like @wegweiser:example.org, not '{user}'");
    }
    let password = from_env(MATRIX_PASSWORD_VARIABLE).map(Secret::new).or_else(|| settings.password.clone());
    let token = from_env(MATRIX_ACCESS_TOKEN_VARIABLE).map(Secret::new).or_else(|| settings.access_token.clone());
    let credentials = match (password, token) {
        (Some(password), _) => Credentials::Password(password),
        (None, Some(token)) => Credentials::AccessToken(token),
        (None, None) => bail!(
            "no Matrix credentials for {user}: set {MATRIX_PASSWORD_VARIABLE} or {MATRIX_ACCESS_TOKEN_VARIABLE} (or matrix.password / matrix.access_token in {config})"
        ),
    };
    let store = settings.store.clone().unwrap_or_else(|| db.with_extension("matrix"));
    Ok(Some(wegweiser_matrix::Connection {
        homeserver,
        user,
        credentials,
        store,
        store_passphrase: from_env(MATRIX_STORE_PASSPHRASE_VARIABLE).map(Secret::new),
        display_name: settings.display_name.clone().unwrap_or_else(|| gateway.engine().config().name.clone()),
        messages_per_second: settings.messages_per_second,
    }))
}

/// Runs every configured channel until a shutdown signal; returns an error only if none is
/// configured or one cannot start (a wrong token or password, an unreachable server).
pub async fn run(gateway: Arc<Gateway>, db: &Path) -> anyhow::Result<()> {
    let telegram = telegram_connection(&gateway)?;
    let matrix = matrix_connection(&gateway, db)?;
    if telegram.is_none() && matrix.is_none() {
        let config = gateway.engine().config().path.display().to_string();
        bail!(
            "no channel to serve: set {TOKEN_VARIABLE} (Telegram) or {MATRIX_HOMESERVER_VARIABLE} with the bot's Matrix account, or [telegram] / [matrix] in {config} (see README)"
        );
    }
    let interrupted = gateway.store().interrupt_deliveries().await?;
    if interrupted > 0 {
        tracing::warn!(
            messages = interrupted,
            "broadcast messages were going out when the gateway stopped; they may have arrived and are not sent again (reported as interrupted)"
        );
    }
    let mut tasks = tokio::task::JoinSet::new();
    let mut serving = Vec::new();
    if let Some(connection) = telegram {
        start_telegram(&gateway, &connection, &mut tasks).await?;
        serving.push("Telegram");
    }
    if let Some(connection) = matrix {
        let matrix = Matrix::connect(&connection, gateway.clone()).await.with_context(|| format!("connecting to Matrix at {}", connection.homeserver))?;
        let outbox = matrix.clone();
        tasks.spawn(async move { outbox.deliver_outbox().await });
        let broadcasts = matrix.clone();
        tasks.spawn(async move { broadcasts.deliver_broadcasts().await });
        tasks.spawn(async move {
            if let Err(e) = matrix.run().await {
                tracing::error!(error = %e, "the Matrix channel stopped");
            }
        });
        serving.push("Matrix");
    }
    gateway.run_scheduler_once().await?;
    tasks.spawn(gateway.clone().run_scheduler());
    eprintln!("wegweiser: serving {}; stop with Ctrl-C", serving.join(" and "));
    shutdown_signal().await;
    tasks.abort_all();
    eprintln!("wegweiser: stopped");
    Ok(())
}

async fn start_telegram(gateway: &Arc<Gateway>, connection: &Connection, tasks: &mut tokio::task::JoinSet<()>) -> anyhow::Result<()> {
    let telegram = Telegram::connect(connection, gateway.clone()).await.context("connecting to Telegram")?;
    telegram.describe().await;
    let outbox = telegram.clone();
    tasks.spawn(async move { outbox.deliver_outbox().await });
    let broadcasts = telegram.clone();
    tasks.spawn(async move { broadcasts.deliver_broadcasts().await });
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
