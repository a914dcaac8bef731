//! `wegweiser serve`: the long-running gateway. Runs every configured channel side by side
//! (Telegram by long polling or a webhook behind axum; Matrix by sync), delivers each
//! channel's outbox, and runs the reminder scheduler, until Ctrl-C or SIGTERM: then intake
//! stops, the events in hand are finished and their replies sent, and serve exits. Start-up
//! calls to the networks are tried again while they fail for a passing reason; once
//! serving, a task that stops ends serve with an error naming it, for the service manager
//! to restart.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use matrix_sdk::ruma::api::error::ErrorKind;
use teloxide::{ApiError, RequestError};
use tokio::task::JoinSet;
use wegweiser_core::delivery::{backoff, Failure};
use wegweiser_core::{CancellationToken, Conversations};
use wegweiser_core::{is_bot_token, is_http_url, is_matrix_user_id, Secret};
use wegweiser_matrix::{Credentials, Matrix};
use wegweiser_telegram::{Connection, Telegram};

use crate::{instance, Gateway};

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
    Ok(Some(Connection { token, api_url, messages_per_second: settings.messages_per_second, broadcast_percent: settings.broadcast_percent }))
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
        broadcast_percent: settings.broadcast_percent,
    }))
}

/// Runs every configured channel until a shutdown signal (then `Ok`). Returns an error if
/// none is configured, if one cannot start (a wrong token or password, a server still
/// unreachable after [`START_PATIENCE`]), or when one of its tasks stops: a service manager
/// then starts Wegweiser again instead of leaving it running deaf.
pub async fn run(gateway: Arc<Gateway>, db: &Path) -> anyhow::Result<()> {
    let mut signals = StopSignals::listen();
    let telegram = telegram_connection(&gateway)?;
    let matrix = matrix_connection(&gateway, db)?;
    if telegram.is_none() && matrix.is_none() {
        let config = gateway.engine().config().path.display().to_string();
        bail!(
            "no channel to serve: set {TOKEN_VARIABLE} (Telegram) or {MATRIX_HOMESERVER_VARIABLE} with the bot's Matrix account, or [telegram] / [matrix] in {config} (see README)"
        );
    }
    let _matrix_store = matrix.as_ref().map(|c| instance::lock_matrix_store(&c.store, "serve")).transpose()?;
    let interrupted = gateway.store().interrupt_deliveries().await?;
    if interrupted > 0 {
        tracing::warn!(
            messages = interrupted,
            "broadcast messages were going out when the gateway stopped; they may have arrived and are not sent again (reported as interrupted)"
        );
    }
    let mut tasks = Tasks::default();
    let mut serving = Vec::new();
    if let Some(connection) = telegram {
        start_telegram(&gateway, &connection, &mut tasks).await?;
        serving.push("Telegram");
    }
    if let Some(connection) = matrix {
        start_matrix(&gateway, &connection, &mut tasks).await?;
        serving.push("Matrix");
    }
    gateway.run_scheduler_once().await?;
    let scheduler = gateway.clone();
    tasks.spawn("the scheduler", async move {
        scheduler.run_scheduler().await;
        Ok(())
    });
    eprintln!("wegweiser: serving {}; stop with Ctrl-C", serving.join(" and "));
    supervise(&mut tasks, signals.next(), &gateway.stopping(), DRAIN_PATIENCE).await?;
    eprintln!("wegweiser: stopped");
    Ok(())
}

async fn start_telegram(gateway: &Arc<Gateway>, connection: &Connection, tasks: &mut Tasks) -> anyhow::Result<()> {
    let config = gateway.engine().config().path.display().to_string();
    let telegram = retry_start("connecting to Telegram", telegram_failure, || Telegram::connect(connection, gateway.clone()))
        .await
        .map_err(|e| telegram_refused(e, "connecting to Telegram", &config))?;
    telegram.describe().await;
    let outbox = telegram.clone();
    tasks.spawn("the Telegram outbox delivery", async move {
        outbox.deliver_outbox().await;
        Ok(())
    });
    let broadcasts = telegram.clone();
    tasks.spawn("the Telegram broadcast delivery", async move {
        broadcasts.deliver_broadcasts().await;
        Ok(())
    });
    match gateway.engine().config().telegram.webhook.clone() {
        Some(webhook) => {
            let register = || telegram.webhook(&webhook.url, &webhook.secret_token);
            let routes = retry_start("registering the webhook", telegram_failure, register)
                .await
                .map_err(|e| telegram_refused(e, "registering the webhook", &config))?;
            let listener = tokio::net::TcpListener::bind(webhook.listen).await.with_context(|| format!("listening on {}", webhook.listen))?;
            tracing::info!(listen = %webhook.listen, "receiving Telegram updates by webhook");
            let stopping = gateway.stopping();
            tasks.spawn("the Telegram webhook server", async move {
                // A stop lets the updates being received finish, then their replies go out.
                axum::serve(listener, routes).with_graceful_shutdown(stopping.cancelled_owned()).await?;
                telegram.finish_sending().await;
                Ok(())
            });
        }
        None => {
            tracing::info!("receiving Telegram updates by long polling");
            tasks.spawn("the Telegram polling", async move { Ok(telegram.poll().await?) });
        }
    }
    Ok(())
}

async fn start_matrix(gateway: &Arc<Gateway>, connection: &wegweiser_matrix::Connection, tasks: &mut Tasks) -> anyhow::Result<()> {
    let config = gateway.engine().config().path.display().to_string();
    let connect = move || {
        let gateway = gateway.clone();
        async move { Matrix::connect(connection, gateway).await.map_err(request_errors_as_sdk_errors) }
    };
    let matrix = retry_start("connecting to Matrix", matrix_failure, connect).await.map_err(|e| matrix_refused(e, connection, &config))?;
    let outbox = matrix.clone();
    tasks.spawn("the Matrix outbox delivery", async move {
        outbox.deliver_outbox().await;
        Ok(())
    });
    let broadcasts = matrix.clone();
    tasks.spawn("the Matrix broadcast delivery", async move {
        broadcasts.deliver_broadcasts().await;
        Ok(())
    });
    tasks.spawn("the Matrix sync", async move { Ok(matrix.run().await?) });
    Ok(())
}

/// How long start-up keeps trying a call that fails for a passing reason.
pub const START_PATIENCE: Duration = Duration::from_secs(120);
/// The longest pause between two tries at start-up.
const MAX_START_PAUSE: Duration = Duration::from_secs(30);

/// The pause after the `tries`-th failed try at start-up: 1 s, 2 s, 4 s … up to 30 s.
pub fn start_pause(tries: u32) -> Duration {
    backoff(tries + 1).min(MAX_START_PAUSE)
}

/// Calls `call` until it succeeds, fails for good, or [`START_PATIENCE`] is spent. A
/// failure `classify` calls passing (the network, a server's 5xx) is tried again after
/// [`start_pause`], a "wait this long" after that wait; any other (a wrong token, a refused
/// login: at start-up "unreachable" is as final as "permanent") is returned at once.
pub async fn retry_start<T, E, Fut>(what: &str, classify: impl Fn(&E) -> Failure, mut call: impl FnMut() -> Fut) -> Result<T, E>
where
    E: std::fmt::Display,
    Fut: Future<Output = Result<T, E>>,
{
    let started = tokio::time::Instant::now();
    let mut tries = 0;
    loop {
        let error = match call().await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        tries += 1;
        let pause = match classify(&error) {
            Failure::Passing => start_pause(tries),
            Failure::RetryAfter(wait) => wait,
            Failure::Unreachable | Failure::Permanent => return Err(error),
        };
        if started.elapsed() + pause > START_PATIENCE {
            return Err(error);
        }
        tracing::warn!(error = %error, ?pause, "{what} failed; trying again");
        tokio::time::sleep(pause).await;
    }
}

fn telegram_failure(error: &wegweiser_telegram::Error) -> Failure {
    match error {
        wegweiser_telegram::Error::Telegram(e) => wegweiser_telegram::classify(e),
        _ => Failure::Permanent,
    }
}

/// A start-up failure of Telegram as staff can act on it.
fn telegram_refused(error: wegweiser_telegram::Error, what: &str, config: &str) -> anyhow::Error {
    match error {
        wegweiser_telegram::Error::Telegram(RequestError::Api(ApiError::InvalidToken)) => {
            anyhow!("Telegram does not accept the bot token (401 Unauthorized): check {TOKEN_VARIABLE} or telegram.token in {config}")
        }
        other => anyhow::Error::new(other).context(what.to_string()),
    }
}

/// matrix-sdk's request errors (the access token's check) as its general error, the one
/// `wegweiser_matrix::classify` reads.
fn request_errors_as_sdk_errors(error: wegweiser_matrix::Error) -> wegweiser_matrix::Error {
    match error {
        wegweiser_matrix::Error::Http(http) => wegweiser_matrix::Error::Matrix(matrix_sdk::Error::from(http)),
        other => other,
    }
}

fn matrix_failure(error: &wegweiser_matrix::Error) -> Failure {
    match error {
        wegweiser_matrix::Error::Matrix(e) => wegweiser_matrix::classify(e),
        _ => Failure::Permanent,
    }
}

/// A start-up failure of Matrix as staff can act on it: a refused login names the setting
/// to check.
fn matrix_refused(error: wegweiser_matrix::Error, connection: &wegweiser_matrix::Connection, config: &str) -> anyhow::Error {
    let (homeserver, user) = (&connection.homeserver, &connection.user);
    let kind = match &error {
        wegweiser_matrix::Error::Matrix(e) => e.client_api_error_kind(),
        _ => None,
    };
    match kind {
        Some(ErrorKind::Forbidden) => anyhow!(
            "the homeserver {homeserver} refused the login of {user}: {error}; check the password ({MATRIX_PASSWORD_VARIABLE} or matrix.password in {config})"
        ),
        Some(ErrorKind::UnknownToken(_)) => anyhow!(
            "the homeserver {homeserver} does not accept the access token of {user}: {error}; check {MATRIX_ACCESS_TOKEN_VARIABLE} or matrix.access_token in {config}"
        ),
        _ => anyhow::Error::new(error).context(format!("connecting to Matrix at {homeserver}")),
    }
}

/// The long-running tasks of `serve`, each known by its name, so that the one that stops
/// can be named.
#[derive(Default)]
pub struct Tasks {
    running: JoinSet<anyhow::Result<()>>,
    names: HashMap<tokio::task::Id, &'static str>,
}

/// A task that ended, and how.
#[derive(Debug)]
pub struct Stopped {
    pub task: &'static str,
    pub reason: String,
}

impl Tasks {
    /// Starts `task` (named like "the Telegram polling"), meant to run until serve stops.
    pub fn spawn(&mut self, name: &'static str, task: impl Future<Output = anyhow::Result<()>> + Send + 'static) {
        let handle = self.running.spawn(task);
        self.names.insert(handle.id(), name);
    }

    /// Waits until a task ends (returns, fails or panics); pending for ever if there is none.
    pub async fn first_stopped(&mut self) -> Stopped {
        let Some(joined) = self.running.join_next_with_id().await else {
            return std::future::pending().await;
        };
        let (id, reason) = match joined {
            Ok((id, Ok(()))) => (id, "it ended without an error".to_string()),
            Ok((id, Err(e))) => (id, format!("{e:#}")),
            Err(e) if e.is_panic() => (e.id(), format!("it panicked: {}", panic_message(e.into_panic()))),
            Err(e) => (e.id(), "it was cancelled".to_string()),
        };
        Stopped { task: self.names.remove(&id).unwrap_or("a task"), reason }
    }

    /// Waits until every task has ended; one that fails on its way out is logged.
    pub async fn all_stopped(&mut self) {
        while let Some(joined) = self.running.join_next_with_id().await {
            let (id, failure) = match joined {
                Ok((id, Ok(()))) => (id, None),
                Ok((id, Err(e))) => (id, Some(format!("{e:#}"))),
                Err(e) if e.is_panic() => (e.id(), Some(format!("it panicked: {}", panic_message(e.into_panic())))),
                Err(e) => (e.id(), None),
            };
            let task = self.names.remove(&id).unwrap_or("a task");
            if let Some(reason) = failure {
                tracing::warn!(task, %reason, "a task failed while stopping");
            }
        }
    }

    /// The names of the tasks still running.
    pub fn running_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.names.values().copied().collect();
        names.sort_unstable();
        names
    }

    /// Stops every task and waits until they are gone.
    pub async fn stop_all(&mut self) {
        self.running.shutdown().await;
        self.names.clear();
    }
}

/// How long a stop waits for the work in hand (events being handled, replies and messages
/// being sent) before the remaining tasks are cut off. Well below a service manager's usual
/// stop timeout (systemd: 90 s).
pub const DRAIN_PATIENCE: Duration = Duration::from_secs(30);

/// Waits for `shutdown` (then `Ok`) or for any task to end: that one is logged and returned
/// as the error, so that serve exits non-zero. Either way `stop` is cancelled, so that the
/// other tasks finish what is in hand and end, for at most `patience` (a second shutdown
/// signal cuts it short); what is still running then is stopped.
pub async fn supervise(tasks: &mut Tasks, shutdown: impl Future<Output = ()>, stop: &CancellationToken, patience: Duration) -> anyhow::Result<()> {
    let outcome = tokio::select! {
        () = shutdown => Ok(()),
        stopped = tasks.first_stopped() => {
            tracing::error!(task = stopped.task, reason = %stopped.reason, "a task of the gateway stopped; exiting");
            Err(anyhow!("{} stopped: {}; exiting so that the service manager restarts Wegweiser", stopped.task, stopped.reason))
        }
    };
    stop.cancel();
    if outcome.is_ok() {
        eprintln!("wegweiser: stopping: no new messages are taken; finishing those in hand");
    }
    tokio::select! {
        () = tasks.all_stopped() => {}
        () = tokio::time::sleep(patience) => {
            tracing::warn!(tasks = ?tasks.running_names(), ?patience, "these tasks did not finish in time and are cut off; what they did not send goes out after the next start");
        }
        () = shutdown_signal() => tracing::warn!(tasks = ?tasks.running_names(), "asked again to stop; cutting off what is still running"),
    }
    tasks.stop_all().await;
    outcome
}

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => payload.downcast_ref::<&str>().map_or_else(|| "no message".to_string(), |text| text.to_string()),
    }
}

/// SIGTERM and Ctrl-C, listened for from the moment `serve` starts: one that comes while it
/// is still starting is kept (not left to the default action, which would end it at once)
/// and stops it cleanly as soon as it serves.
struct StopSignals {
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    fn listen() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Self { term: signal(SignalKind::terminate()).ok(), interrupt: signal(SignalKind::interrupt()).ok() }
        }
        #[cfg(not(unix))]
        Self {}
    }

    /// The next stop signal, however early it came.
    async fn next(&mut self) {
        #[cfg(unix)]
        {
            async fn recv(signal: &mut Option<tokio::signal::unix::Signal>) -> Option<()> {
                match signal {
                    Some(signal) => signal.recv().await,
                    None => std::future::pending().await,
                }
            }
            tokio::select! {
                Some(()) = recv(&mut self.term) => {}
                Some(()) = recv(&mut self.interrupt) => {}
                else => shutdown_signal().await,
            }
        }
        #[cfg(not(unix))]
        shutdown_signal().await;
    }
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

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    /// A task like the gateway's loops: runs until asked to stop.
    fn runs_until_stopped(tasks: &mut Tasks, stop: &CancellationToken) {
        let stop = stop.clone();
        tasks.spawn("the Telegram polling", async move {
            stop.cancelled().await;
            Ok(())
        });
    }

    const PATIENCE: Duration = Duration::from_secs(5);

    #[tokio::test]
    async fn a_task_that_returns_ends_serve_with_an_error_naming_it_and_stops_the_others() {
        let (mut tasks, stop) = (Tasks::default(), CancellationToken::new());
        runs_until_stopped(&mut tasks, &stop);
        tasks.spawn("the Telegram outbox delivery", async { Ok(()) });
        let error = supervise(&mut tasks, std::future::pending(), &stop, PATIENCE).await.unwrap_err();
        assert_eq!(
            error.to_string(),
            "the Telegram outbox delivery stopped: it ended without an error; exiting so that the service manager restarts Wegweiser"
        );
        assert!(tasks.running.is_empty(), "the other tasks are stopped");
    }

    #[tokio::test]
    async fn a_task_that_fails_or_panics_is_named_with_its_reason() {
        let (mut tasks, stop) = (Tasks::default(), CancellationToken::new());
        runs_until_stopped(&mut tasks, &stop);
        tasks.spawn("the Matrix sync", async { Err(anyhow!("Matrix: the store is gone")) });
        let error = supervise(&mut tasks, std::future::pending(), &stop, PATIENCE).await.unwrap_err().to_string();
        assert!(error.starts_with("the Matrix sync stopped: Matrix: the store is gone; exiting"), "{error}");

        let (mut tasks, stop) = (Tasks::default(), CancellationToken::new());
        runs_until_stopped(&mut tasks, &stop);
        tasks.spawn("the scheduler", async { panic!("the clock broke") });
        let error = supervise(&mut tasks, std::future::pending(), &stop, PATIENCE).await.unwrap_err().to_string();
        assert!(error.starts_with("the scheduler stopped: it panicked: the clock broke; exiting"), "{error}");
    }

    #[tokio::test]
    async fn a_shutdown_signal_lets_every_task_finish_its_work_and_is_no_error() {
        let (mut tasks, stop) = (Tasks::default(), CancellationToken::new());
        runs_until_stopped(&mut tasks, &stop);
        let finished = Arc::new(AtomicU32::new(0));
        let (in_hand, done) = (stop.clone(), finished.clone());
        tasks.spawn("the Telegram outbox delivery", async move {
            in_hand.cancelled().await;
            // The message being sent when the stop came.
            tokio::time::sleep(Duration::from_millis(200)).await;
            done.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
        supervise(&mut tasks, async {}, &stop, PATIENCE).await.unwrap();
        assert!(stop.is_cancelled(), "the tasks were asked to stop");
        assert_eq!(finished.load(Ordering::SeqCst), 1, "the work in hand was finished, not cut off");
        assert!(tasks.running.is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn a_task_that_does_not_finish_in_time_is_cut_off() {
        let (mut tasks, stop) = (Tasks::default(), CancellationToken::new());
        runs_until_stopped(&mut tasks, &stop);
        tasks.spawn("the Matrix sync", std::future::pending());
        let started = tokio::time::Instant::now();
        supervise(&mut tasks, async {}, &stop, PATIENCE).await.unwrap();
        assert_eq!(started.elapsed().as_secs(), PATIENCE.as_secs(), "cut off after the patience, not before, not never");
        assert!(tasks.running.is_empty());
    }

    #[test]
    fn start_up_pauses_double_from_one_second_up_to_thirty() {
        let pauses: Vec<u64> = (1..=8).map(|tries| start_pause(tries).as_secs()).collect();
        assert_eq!(pauses, [1, 2, 4, 8, 16, 30, 30, 30]);
    }

    #[tokio::test]
    async fn start_up_tries_a_passing_failure_again_and_gives_up_at_once_on_a_permanent_one() {
        let calls = AtomicU32::new(0);
        let flaky = || async {
            match calls.fetch_add(1, Ordering::SeqCst) {
                0 => Err("503 Service Unavailable"),
                _ => Ok("connected"),
            }
        };
        let classify = |e: &&str| if e.starts_with('5') { Failure::Passing } else { Failure::Permanent };
        assert_eq!(retry_start("connecting", classify, flaky).await, Ok("connected"));
        assert_eq!(calls.load(Ordering::SeqCst), 2);

        let calls = AtomicU32::new(0);
        let refused = || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err::<(), _>("401 Unauthorized")
        };
        assert_eq!(retry_start("connecting", classify, refused).await, Err("401 Unauthorized"));
        assert_eq!(calls.load(Ordering::SeqCst), 1, "a wrong token is not tried again");
    }
}
