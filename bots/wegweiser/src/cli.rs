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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Talk to the bot in this terminal. Each input line is one message; replies print
    /// their text, then their buttons as "  [N] label".
    Chat(ChatArgs),
    /// Validate flows, locales and config together; print each problem with file:line.
    Check,
    /// Print the language TEXT is written in and the confidence, e.g. "uk 0.95".
    Detect {
        /// The text; several words may be given without quotes.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ChatArgs {
    /// SQLite database file; created and migrated on first use.
    #[arg(long, env = "WEGWEISER_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Who is talking; each user has their own conversation.
    #[arg(long, default_value = "console-user", value_name = "ID")]
    pub user: String,
    /// Preset the language (e.g. uk, ar, fa-AF) as if the user had chosen it.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
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
}

/// The default database: `wegweiser.sqlite3` in the user's data directory.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("de", "Stuttgart", "wegweiser")
        .ok_or_else(|| anyhow::anyhow!("no home directory found; pass --db PATH"))?;
    Ok(dirs.data_dir().join("wegweiser.sqlite3"))
}
