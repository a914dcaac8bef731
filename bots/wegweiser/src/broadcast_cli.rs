//! `wegweiser broadcast …`: staff send news to subscribers from the command line. The
//! broadcast is written to the database; the running gateway (`wegweiser serve`) sends it,
//! and this command follows its progress there.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use wegweiser_core::broadcast::{parse_texts, DeliveryStatus, Report, Segment, Source, BROADCAST_CHANNELS};
use wegweiser_core::Engine;
use wegweiser_store::{BroadcastStatus, Draft, Store};

/// Who the command line acts as, in the broadcast's record.
const BY: &str = "command line";

/// How often a followed broadcast's counts are read.
const FOLLOW_EVERY: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Subcommand)]
pub enum BroadcastAction {
    /// Show who would get it (per language and channel) and its text in each of their
    /// languages; nothing is sent.
    Preview(Compose),
    /// Show the same, ask, then send: the running gateway delivers it; this command shows
    /// the progress until it is finished (Ctrl-C stops watching, not sending).
    Send {
        #[command(flatten)]
        compose: Compose,
        /// Do not ask before sending.
        #[arg(long)]
        yes: bool,
        /// Return once it is confirmed instead of following the progress.
        #[arg(long)]
        detach: bool,
    },
    /// The report of broadcast N (the latest when N is left out): sent, failed, blocked
    /// and pending, per language and channel.
    Status { id: Option<i64> },
    /// Every broadcast, newest first.
    List,
    /// Stop sending broadcast N: what was not sent yet is not sent.
    Cancel { id: i64 },
}

/// What to send and to whom.
#[derive(Debug, Clone, Args)]
pub struct Compose {
    /// A news message translated in every locale (locales/*/news.ftl), e.g. news-new-courses.
    #[arg(long, value_name = "ID", conflicts_with = "file", required_unless_present = "file")]
    pub message: Option<String>,
    /// A TOML file with one text per language (`de = "…"`, `uk = "…"`); the base
    /// language's text is required, everyone else falls back along their language's chain.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Only these languages (locale tags; `fa` includes `fa-AF`).
    #[arg(long = "lang", value_name = "TAGS", value_delimiter = ',')]
    pub languages: Vec<String>,
    /// Only subscribers to these districts' news.
    #[arg(long = "district", value_name = "DISTRICTS", value_delimiter = ',')]
    pub districts: Vec<String>,
    /// Only subscribers to this announcement topic (courses, sessions, events, housing).
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// Only these channels (telegram, matrix).
    #[arg(long = "channel", value_name = "CHANNELS", value_delimiter = ',')]
    pub channels: Vec<String>,
    /// Only those who wrote within this many days.
    #[arg(long = "active-days", value_name = "DAYS")]
    pub active_within_days: Option<u32>,
}

pub async fn run(engine: &Engine, store: &Store, action: BroadcastAction) -> anyhow::Result<ExitCode> {
    match action {
        BroadcastAction::Preview(compose) => {
            let Some((source, segment)) = composed(engine, &compose)? else { return Ok(ExitCode::FAILURE) };
            let report = store.count_recipients(&segment, BROADCAST_CHANNELS, base(engine)).await?;
            print_preview(engine, &source, &segment, &report);
            Ok(ExitCode::SUCCESS)
        }
        BroadcastAction::Send { compose, yes, detach } => {
            let Some((source, segment)) = composed(engine, &compose)? else { return Ok(ExitCode::FAILURE) };
            let draft = Draft { source: source.clone(), segment: segment.clone(), created_by: BY.into(), reply_to: None };
            let (id, report) = store.draft_broadcast(&draft, BROADCAST_CHANNELS, base(engine)).await?;
            print_preview(engine, &source, &segment, &report);
            if report.recipients() == 0 {
                store.cancel_broadcast(id).await?;
                eprintln!("wegweiser: nobody to send to; nothing was sent");
                return Ok(ExitCode::FAILURE);
            }
            if !yes && !confirmed(report.recipients())? {
                store.cancel_broadcast(id).await?;
                eprintln!("wegweiser: not sent");
                return Ok(ExitCode::FAILURE);
            }
            store.confirm_broadcast(id).await?;
            println!("broadcast {id} confirmed: the running gateway (wegweiser serve) sends it");
            if detach {
                println!("follow it with: wegweiser broadcast status {id}; stop it with: wegweiser broadcast cancel {id}");
                return Ok(ExitCode::SUCCESS);
            }
            follow(store, id).await
        }
        BroadcastAction::Status { id } => {
            let Some(id) = (match id {
                Some(id) => Some(id),
                None => store.broadcast_ids().await?.first().copied(),
            }) else {
                println!("no broadcast yet; send one with: wegweiser broadcast send --message ID");
                return Ok(ExitCode::SUCCESS);
            };
            match store.broadcast(id).await {
                Ok(b) => {
                    println!("broadcast {id} · {} · {} · by {} · {}", b.status.name(), b.source.describe(), b.created_by, segment_text(&b.segment));
                    println!("{}", b.report.table());
                    Ok(ExitCode::SUCCESS)
                }
                Err(e @ wegweiser_store::Error::NotFound { .. }) => {
                    eprintln!("wegweiser: {e}");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(e.into()),
            }
        }
        BroadcastAction::List => {
            let ids = store.broadcast_ids().await?;
            if ids.is_empty() {
                println!("no broadcast yet; send one with: wegweiser broadcast send --message ID");
            }
            for id in ids {
                let b = store.broadcast(id).await?;
                let created = jiff::Timestamp::from_second(b.created_at).map(|t| t.to_string()).unwrap_or_default();
                println!(
                    "{id:>4} · {} · {created} · {} · {} of {} sent · {}",
                    b.status.name(),
                    b.source.describe(),
                    b.report.total(DeliveryStatus::Sent),
                    b.report.recipients(),
                    segment_text(&b.segment)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        BroadcastAction::Cancel { id } => match store.cancel_broadcast(id).await {
            Ok(held) => {
                println!("broadcast {id} cancelled: {held} messages not sent");
                Ok(ExitCode::SUCCESS)
            }
            Err(e @ wegweiser_store::Error::NotFound { .. }) => {
                eprintln!("wegweiser: {e}");
                Ok(ExitCode::FAILURE)
            }
            Err(e) => Err(e.into()),
        },
    }
}

fn base(engine: &Engine) -> &str {
    engine.catalog().registry().base()
}

fn segment_text(segment: &Segment) -> String {
    match segment.describe() {
        d if d.is_empty() => "all subscribers".into(),
        d => d,
    }
}

/// The source and segment from the arguments, each value checked; None after printing
/// what is wrong.
fn composed(engine: &Engine, compose: &Compose) -> anyhow::Result<Option<(Source, Segment)>> {
    let source = match (&compose.message, &compose.file) {
        (Some(id), _) => match engine.check_news_message(id) {
            Ok(()) => Source::Message(id.clone()),
            Err(e) => {
                eprintln!("wegweiser: {e}");
                return Ok(None);
            }
        },
        (None, Some(path)) => {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("wegweiser: cannot read {}: {e}", path.display());
                    return Ok(None);
                }
            };
            match parse_texts(path, &text, engine.catalog().registry()) {
                Ok(source) => source,
                Err(diagnostics) => {
                    eprintln!("{diagnostics}");
                    return Ok(None);
                }
            }
        }
        (None, None) => unreachable!("clap requires --message or --file"),
    };
    let segment = Segment {
        languages: compose.languages.clone(),
        districts: compose.districts.clone(),
        topic: compose.topic.clone(),
        channels: compose.channels.clone(),
        active_within_days: compose.active_within_days,
    };
    let served: Vec<String> = engine.catalog().registry().tags().map(str::to_string).collect();
    let topics: Vec<String> = engine.flows().announcements.iter().map(|a| a.id.clone()).collect();
    if let Err(e) = segment.check(&served, &topics, BROADCAST_CHANNELS) {
        eprintln!("wegweiser: {e}");
        return Ok(None);
    }
    Ok(Some((source, segment)))
}

/// The recipients per language and channel, then the text each language gets.
fn print_preview(engine: &Engine, source: &Source, segment: &Segment, report: &Report) {
    println!("{} · {} · {} recipients", source.describe(), segment_text(segment), report.recipients());
    println!("{}", report.table());
    let mut languages: Vec<&str> = report.counts.keys().map(|(locale, _)| locale.as_str()).collect();
    languages.dedup();
    if languages.is_empty() {
        languages = engine.catalog().registry().tags().filter(|tag| segment.takes_language(tag)).collect();
    }
    for locale in languages {
        let message = engine.render_broadcast(locale, source);
        let from = if message.locale == locale { String::new() } else { format!(" (the {} text)", message.locale) };
        println!("\n── {locale}{from} ──\n{}", message.text);
    }
}

/// Asks on the terminal; no terminal means no.
fn confirmed(recipients: u64) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        eprintln!("wegweiser: not asking without a terminal; pass --yes to send");
        return Ok(false);
    }
    print!("\nSend to {recipients} recipients? [y/N] ");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "j" | "ja"))
}

/// A progress bar over the recipients done with, until the broadcast is finished or
/// cancelled; then the report.
async fn follow(store: &Store, id: i64) -> anyhow::Result<ExitCode> {
    let total = store.broadcast(id).await?.report.recipients();
    let bar = ProgressBar::new(total);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({per_sec}, {eta} left)")?);
    loop {
        let broadcast = store.broadcast(id).await?;
        let report = &broadcast.report;
        let done = total - report.total(DeliveryStatus::Pending) - report.total(DeliveryStatus::Sending);
        bar.set_position(done);
        bar.set_message(format!(
            "sent {} · failed {} · blocked {}",
            report.total(DeliveryStatus::Sent),
            report.total(DeliveryStatus::Failed),
            report.total(DeliveryStatus::Blocked)
        ));
        if report.finished() || broadcast.status == BroadcastStatus::Cancelled {
            bar.finish();
            println!("broadcast {id} {}", if broadcast.status == BroadcastStatus::Cancelled { "cancelled" } else { "finished" });
            println!("{}", report.table());
            return Ok(ExitCode::SUCCESS);
        }
        tokio::time::sleep(FOLLOW_EVERY).await;
    }
}
