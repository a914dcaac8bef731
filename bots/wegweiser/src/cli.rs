//! Command-line interface shared by the binary and the tests.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use wegweiser_core::Sources;

/// Wegweiser: a multilingual guide for refugees and new arrivals in Stuttgart.
#[derive(Debug, Parser)]
#[command(name = "wegweiser", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub sources: SourceArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Where flows, locales and the deployment config are read from.
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Folder with the conversation flows (*.toml).
    #[arg(long, global = true, env = "WEGWEISER_FLOWS", value_name = "DIR")]
    pub flows: Option<PathBuf>,
    /// Folder with locales.toml and one Fluent folder per locale.
    #[arg(long, global = true, env = "WEGWEISER_LOCALES", value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Deployment config (city facts, handover settings).
    #[arg(long, global = true, env = "WEGWEISER_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Catalog a new database starts with (TOML or CSV).
    #[arg(long, global = true, env = "WEGWEISER_SAMPLE_CATALOG", value_name = "FILE")]
    pub sample_catalog: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Talk to the bot in this terminal. Each input line is one message; replies print
    /// their text, then their buttons as "  [N] label".
    Chat(ChatArgs),
    /// Run the gateway: every configured channel (Telegram: WEGWEISER_TELEGRAM_TOKEN or
    /// [telegram]; Matrix: WEGWEISER_MATRIX_HOMESERVER, _USER, _PASSWORD or [matrix]), outbox
    /// delivery and session reminders, until Ctrl-C.
    Serve {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Manage the team: `role grant NAME peer|staff|admin LANGUAGES ACCOUNT...` (e.g.
    /// `role grant Amal peer ar,de telegram:123456789 matrix:@amal:example.org`),
    /// `role revoke NAME`, `role list`. Admins give the same commands in chat.
    Role {
        #[command(flatten)]
        db: DbArgs,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true, value_name = "grant|revoke|list")]
        words: Vec<String>,
    },
    /// Validate flows, locales and config together; print each problem with file:line.
    Check,
    /// Write a QR code (PNG and SVG) for a poster: TARGET is a link name such as `peers`,
    /// `sessions`, `course_ID`, `session_ID`, `topic_ID`, or a whole https link.
    Qr {
        target: String,
        /// Folder for TARGET.png and TARGET.svg.
        #[arg(long, default_value = ".", value_name = "DIR")]
        out: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Manage courses, dialogue sessions and Supportgroup peers.
    Catalog {
        #[command(subcommand)]
        action: CatalogAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Send news to subscribers in their languages: `broadcast preview|send --message ID
    /// [--lang uk,ar] [--district Mitte] [--topic courses] [--channel telegram]
    /// [--active-days 30]`, or `--file TEXTS.toml` instead of `--message`; `broadcast
    /// status [N]`, `list`, `cancel N`. The running gateway sends it.
    Broadcast {
        #[command(subcommand)]
        action: crate::broadcast_cli::BroadcastAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Events the gateway could not handle and messages it could not deliver: `failed
    /// list`; `failed retry N` handles a given-up event again (after a fix; the running
    /// gateway sends its answer); `failed forget N` deletes its record. No message text is
    /// shown.
    Failed {
        #[command(subcommand)]
        action: crate::failed_cli::FailedAction,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Print the language TEXT is written in and the confidence, e.g. "uk 0.95".
    Detect {
        /// The text; several words may be given without quotes.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
}

/// The database every command that touches it shares.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// SQLite database file; created and migrated on first use (default: in the user's
    /// data directory).
    #[arg(long, global = true, env = "WEGWEISER_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
}

impl DbArgs {
    pub fn path(&self) -> anyhow::Result<PathBuf> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => default_db_path(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum CatalogAction {
    /// Import a catalog file (TOML, or CSV with a `type` column): every entry is checked,
    /// and either all are written (new ones added, existing ones updated) or none.
    Import { file: PathBuf },
    /// List every entry with its status. Peers' contacts stay hidden unless asked for.
    List {
        #[arg(long)]
        show_contacts: bool,
    },
    /// Add one entry from key=value pairs, e.g. `id=vhs-a2 title.de="Deutsch A2" languages=de;ar`.
    Add {
        kind: KindArg,
        #[arg(required = true, value_name = "KEY=VALUE")]
        fields: Vec<String>,
    },
    /// Stop offering an entry to users; sign-ups and bookings stay.
    Close { kind: KindArg, id: String },
    /// Offer a closed entry again.
    Reopen { kind: KindArg, id: String },
    /// Delete an entry for good; refused while people hold sign-ups, bookings or requests.
    Remove { kind: KindArg, id: String },
    /// Call off a dialogue session: close it, end its bookings and tell everyone booked.
    CallOff { id: String },
}

/// The kinds of catalog entries on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    Course,
    Session,
    Peer,
}

impl From<KindArg> for wegweiser_core::catalog::EntryKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Course => Self::Course,
            KindArg::Session => Self::Session,
            KindArg::Peer => Self::Peer,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ChatArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Who is talking; each user has their own conversation.
    #[arg(long, default_value = "console-user", value_name = "ID")]
    pub user: String,
    /// Preset the language (e.g. uk, ar, fa-AF) as if the user had chosen it.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// Pretend the city's local time is this moment at start (e.g. "2027-01-20 10:05"), to
    /// try reminders; the clock runs on from there.
    #[arg(long, value_name = "LOCAL TIME", value_parser = parse_local_time)]
    pub clock: Option<jiff::civil::DateTime>,
}

fn parse_local_time(text: &str) -> Result<jiff::civil::DateTime, String> {
    text.trim().replace(' ', "T").parse().map_err(|_| format!("'{text}' is not a local time like 2027-01-20 10:05"))
}

/// The repository folder this binary was built from: its flows, locales and sample config
/// are the defaults.
fn bundled(relative: &str) -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repository = crate_dir.ancestors().nth(2).unwrap_or(crate_dir);
    let path = repository.join(relative);
    match std::env::current_dir() {
        Ok(cwd) => path.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(path),
        Err(_) => path,
    }
}

impl SourceArgs {
    pub fn resolve(&self) -> Sources {
        Sources {
            flows: self.flows.clone().unwrap_or_else(|| bundled("flows")),
            locales: self.locales.clone().unwrap_or_else(|| bundled("locales")),
            config: self.config.clone().unwrap_or_else(|| bundled("bots/wegweiser/config/stuttgart.toml")),
        }
    }

    pub fn sample_catalog(&self) -> PathBuf {
        self.sample_catalog.clone().unwrap_or_else(|| bundled("bots/wegweiser/config/stuttgart-catalog.toml"))
    }
}

/// The default database: `wegweiser.sqlite3` in the user's data directory.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("de", "Stuttgart", "wegweiser")
        .ok_or_else(|| anyhow::anyhow!("no home directory found; pass --db PATH"))?;
    Ok(dirs.data_dir().join("wegweiser.sqlite3"))
}
