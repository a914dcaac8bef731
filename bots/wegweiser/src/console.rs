//! The console channel: talk to the bot in a terminal, or pipe a transcript through it.
//!
//! Contract relied on by tests and scripts: each input line is one user message; each bot
//! message prints as its text, then its buttons one per line as `  [N] label`, then an empty
//! line. A notification's command buttons print as `  [/command] label`. The user answers with the number, the label or free text. When input is not a
//! terminal there are no prompts or colours; the chat reads to the end and exits 0.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use wegweiser_core::{Inbound, InboundKind, Outbound, Press};

use crate::{Gateway, Handled};

/// The channel name console conversations are stored under.
pub const CHANNEL: &str = "console";

#[derive(Debug, Clone)]
pub struct ConsoleOptions {
    /// Who is talking.
    pub user: String,
    /// Language preset as the user's choice.
    pub lang: Option<String>,
    /// A person at a terminal: show a prompt and colours.
    pub interactive: bool,
}

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Runs the chat until the input ends.
pub async fn run<R, W>(gateway: &Gateway, options: ConsoleOptions, input: R, mut output: W) -> anyhow::Result<ExitCode>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    if let Some(lang) = &options.lang
        && gateway.engine().catalog().registry().negotiate(lang).is_none()
    {
        let served: Vec<&str> = gateway.engine().catalog().registry().tags().collect();
        eprintln!("wegweiser: unknown language '{lang}'; served: {}", served.join(", "));
        return Ok(ExitCode::from(2));
    }
    let mut reader = BufReader::new(input);
    let mut pending_lang = options.lang.clone();
    let ids = EventIds::new();
    if options.interactive {
        let fresh = gateway.store().conversation(CHANNEL, &options.user).await?.is_none();
        output
            .write_all(format!("{DIM}Wegweiser chat as '{}'. Type /start to begin, /help for help, Ctrl-D to quit.{RESET}\n\n", options.user).as_bytes())
            .await?;
        if fresh && pending_lang.is_none() {
            let start = event(&options.user, ids.next(), InboundKind::from_typed("/start"));
            if let Handled::Replies(replies) = gateway.handle(&start).await? {
                print_replies(&mut output, &replies.messages, true).await?;
                gateway.store().mark_delivered(&replies.outbox).await?;
            }
        }
    }
    let mut raw = Vec::new();
    loop {
        if options.interactive {
            output.write_all(format!("{BOLD}> {RESET}").as_bytes()).await?;
            output.flush().await?;
        }
        raw.clear();
        if reader.read_until(b'\n', &mut raw).await.context("reading input")? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&raw);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let inbound = event(&options.user, ids.next(), InboundKind::from_typed(line));
        let handled = gateway.handle_with_language(&inbound, pending_lang.take().as_deref()).await?;
        let answering = match &handled {
            Handled::Replies(replies) => replies.outbox.as_slice(),
            Handled::Duplicate => &[],
        };
        deliver_notifications(gateway, &options.user, answering, &mut output, options.interactive).await?;
        if let Handled::Replies(replies) = handled {
            print_replies(&mut output, &replies.messages, options.interactive).await?;
            gateway.store().mark_delivered(&replies.outbox).await?;
        }
    }
    if options.interactive {
        output.write_all(b"\n").await?;
    }
    output.flush().await?;
    Ok(ExitCode::SUCCESS)
}

/// Prints what the outbox holds for this user (news from while they were away, replies a
/// stopped chat did not show) but the replies to the line just typed, then marks it
/// delivered.
async fn deliver_notifications<W: AsyncWrite + Unpin>(gateway: &Gateway, user: &str, answering: &[i64], output: &mut W, colour: bool) -> anyhow::Result<()> {
    let mut pending = gateway.pending_notifications(CHANNEL, user).await?;
    pending.retain(|(id, _)| !answering.contains(id));
    if pending.is_empty() {
        return Ok(());
    }
    let (ids, messages): (Vec<i64>, Vec<Outbound>) = pending.into_iter().unzip();
    print_replies(output, &messages, colour).await?;
    gateway.store().mark_delivered(&ids).await?;
    Ok(())
}

fn event(user: &str, id: String, kind: InboundKind) -> Inbound {
    Inbound { channel: CHANNEL.into(), user: user.into(), event_id: id, kind, language_hint: None, handover: None, staff_room: None, message: None }
}

/// Renders replies in the transcript format.
pub fn render_transcript(replies: &[Outbound]) -> String {
    let mut out = String::new();
    for reply in replies {
        out.push_str(&reply.text);
        out.push('\n');
        if let Some(file) = &reply.attachment {
            out.push_str(&format!("  {} {} ({} bytes)\n", file.kind.symbol(), file.file_name(), file.bytes.len()));
        }
        for (i, button) in reply.buttons.iter().enumerate() {
            match &button.press {
                Press::Option { .. } => out.push_str(&format!("  [{}] {}\n", i + 1, button.label)),
                Press::Command(command) => out.push_str(&format!("  [{command}] {}\n", button.label)),
            }
        }
        out.push('\n');
    }
    out
}

async fn print_replies<W: AsyncWrite + Unpin>(output: &mut W, replies: &[Outbound], colour: bool) -> std::io::Result<()> {
    let text = render_transcript(replies);
    if colour {
        let coloured: String = text
            .lines()
            .map(|l| if l.starts_with("  [") { format!("{BOLD}{l}{RESET}\n") } else { format!("{l}\n") })
            .collect();
        output.write_all(coloured.as_bytes()).await?;
    } else {
        output.write_all(text.as_bytes()).await?;
    }
    output.flush().await
}

/// Unique event ids for console lines: the console has no platform ids of its own.
struct EventIds {
    prefix: String,
    counter: AtomicU64,
}

impl EventIds {
    fn new() -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        Self { prefix: format!("console-{}-{nanos}", std::process::id()), counter: AtomicU64::new(0) }
    }

    fn next(&self) -> String {
        format!("{}-{}", self.prefix, self.counter.fetch_add(1, Ordering::Relaxed))
    }
}
