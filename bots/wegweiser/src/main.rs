use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use wegweiser::{broadcast_cli, catalog_cli, failed_cli, instance, qr, serve, team_cli};
use wegweiser::cli::{Cli, Command, DbArgs};
use wegweiser::console::{self, ConsoleOptions};
use wegweiser::{Clock, Gateway};
use wegweiser_core::Engine;
use wegweiser_store::Store;

fn main() -> ExitCode {
    owner_only_files();
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("WEGWEISER_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(wegweiser::log_writer::RedactingStderr)
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wegweiser: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Everything Wegweiser creates (the database and its WAL, the Matrix stores, exports) is
/// its owner's alone, whatever the shell's umask: it holds what refugees told.
fn owner_only_files() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail, and it runs
    // before any thread or file is made.
    unsafe {
        libc::umask(0o077);
    }
}

fn load_engine(cli: &Cli) -> Result<Engine, ExitCode> {
    Engine::load(&cli.sources.resolve()).map_err(|diagnostics| {
        for d in diagnostics.iter() {
            eprintln!("{d}");
        }
        eprintln!("wegweiser: {} problem(s) found; nothing was started", diagnostics.len());
        ExitCode::FAILURE
    })
}

/// Runs `work` on a tokio runtime: one thread for commands, all cores for `serve`.
fn block_on<F: std::future::Future>(all_cores: bool, work: F) -> anyhow::Result<F::Output> {
    let mut builder = if all_cores { tokio::runtime::Builder::new_multi_thread() } else { tokio::runtime::Builder::new_current_thread() };
    Ok(builder.enable_all().build()?.block_on(work))
}

/// Opens the database a command names (creating and migrating it, with the sample catalog
/// if it is new, leaving out sample sessions already past at `now`).
async fn open_store(cli: &Cli, engine: &Engine, db: &DbArgs, now: jiff::civil::DateTime) -> anyhow::Result<Store> {
    catalog_cli::open_store(engine, &db.path()?, &cli.sources.sample_catalog(), now).await
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let engine = match load_engine(&cli) {
        Ok(e) => e,
        Err(code) => return Ok(code),
    };
    match &cli.command {
        Command::Check => {
            let s = engine.summary();
            println!(
                "ok: {} locales, {} messages, {} steps, {} topics, {} config facts",
                s.locales, s.messages, s.steps, s.topics, s.facts
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Detect { text } => {
            let text = text.join(" ");
            match engine.detector().detect(&text) {
                Some(d) => {
                    println!("{} {:.2}", d.tag, d.confidence);
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    println!("und 0.00");
                    eprintln!("wegweiser: no served language recognised (the text needs letters)");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Catalog { action, db } => {
            block_on(false, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                catalog_cli::run(&engine, &store, action).await
            })?
        }
        Command::Serve { db } => {
            let path = db.path()?;
            let _lock = instance::lock_database(&path, "serve")?;
            block_on(true, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                let gateway = Arc::new(Gateway::new(engine, store).limiting_floods());
                serve::run(gateway, &path).await?;
                Ok(ExitCode::SUCCESS)
            })?
        }
        Command::Broadcast { action, db } => {
            block_on(false, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                broadcast_cli::run(&engine, &store, action.clone()).await
            })?
        }
        Command::Failed { action, db } => {
            block_on(false, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                failed_cli::run(Gateway::new(engine, store), action).await
            })?
        }
        Command::Role { db, words } => {
            block_on(false, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                team_cli::run(&engine, &store, words).await
            })?
        }
        Command::Qr { target, out, db } => {
            block_on(false, async {
                let store = open_store(&cli, &engine, db, engine.config().local_now()).await?;
                if let Err(problem) = catalog_cli::check_link(&engine, &store, target).await? {
                    eprintln!("wegweiser: {problem}");
                    return Ok(ExitCode::FAILURE);
                }
                let link = qr::link_for(target, engine.config().telegram.username.as_deref())?;
                let name = if target.starts_with("https://") { "link" } else { target.as_str() };
                let (png, svg) = qr::write(&link, name, out)?;
                println!("{link}\n{}\n{}", png.display(), svg.display());
                Ok(ExitCode::SUCCESS)
            })?
        }
        Command::Chat(args) => {
            let _lock = instance::lock_database(&args.db.path()?, "chat")?;
            block_on(false, async {
                let clock = args.clock.map(|start| Clock::starting_at(start, &engine)).unwrap_or_default();
                let store = open_store(&cli, &engine, &args.db, clock.now(&engine)).await?;
                let gateway = Arc::new(Gateway::with_clock(engine, store, clock));
                gateway.run_scheduler_once().await?;
                let scheduler = tokio::spawn(gateway.clone().run_scheduler());
                let options = ConsoleOptions {
                    user: args.user.clone(),
                    lang: args.lang.clone(),
                    interactive: std::io::stdin().is_terminal() && std::io::stdout().is_terminal(),
                };
                let exit = console::run(&gateway, options, tokio::io::stdin(), tokio::io::stdout()).await;
                scheduler.abort();
                exit
            })?
        }
    }
}
