//! `wegweiser catalog …`: staff manage courses, dialogue sessions and peers.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use wegweiser_core::catalog::{self, Catalog, Context, EntryKind, Localized};
use wegweiser_core::Engine;
use wegweiser_i18n::Diagnostics;
use wegweiser_store::{Status, Store};

use crate::cli::CatalogAction;

/// What validation needs, from the loaded engine: locales, topics, the city's local time.
pub fn context(engine: &Engine, skip_past_sessions: bool) -> Context<'_> {
    context_at(engine, skip_past_sessions, engine.config().local_now())
}

/// The same, at a given local time (a chat started with `--clock`).
pub fn context_at(engine: &Engine, skip_past_sessions: bool, now: jiff::civil::DateTime) -> Context<'_> {
    Context { registry: engine.catalog().registry(), topics: engine.flows().topics.keys().cloned().collect(), now, skip_past_sessions }
}

fn read_catalog(path: &Path, cx: &Context<'_>) -> Result<Catalog, Diagnostics> {
    let source = wegweiser_i18n::read_source(path, "catalog")?;
    catalog::parse_file(path, &source, cx)
}

/// Opens the database and, if it is new, loads the sample catalog into it, leaving out
/// sessions already past at `now` (local time). The sample file is read only then.
pub async fn open_store(engine: &Engine, db: &Path, sample: &Path, now: jiff::civil::DateTime) -> anyhow::Result<Store> {
    let store = Store::open(db).await.with_context(|| format!("opening the database {}", db.display()))?;
    if store.sample_catalog_loaded().await? {
        return Ok(store);
    }
    let cx = context_at(engine, true, now);
    match read_catalog(sample, &cx) {
        Ok(catalog) => {
            store.seed_catalog_once(&catalog).await?;
        }
        Err(diagnostics) => {
            tracing::warn!("the sample catalog was not loaded:\n{diagnostics}");
        }
    }
    Ok(store)
}

fn print_problems(diagnostics: &Diagnostics, what: &str) -> ExitCode {
    for d in diagnostics.iter() {
        eprintln!("{d}");
    }
    eprintln!("wegweiser: {} problem(s) found; {what}", diagnostics.len());
    ExitCode::FAILURE
}

pub async fn run(engine: &Engine, store: &Store, action: &CatalogAction) -> anyhow::Result<ExitCode> {
    let cx = context(engine, false);
    match action {
        CatalogAction::Import { file } => {
            let catalog = match read_catalog(file, &cx) {
                Ok(c) => c,
                Err(d) => return Ok(print_problems(&d, "nothing was imported")),
            };
            let summary = store.import_catalog(&catalog).await?;
            println!(
                "imported {}: {} courses, {} sessions, {} peers ({} added, {} updated)",
                file.display(),
                catalog.courses.len(),
                catalog.sessions.len(),
                catalog.peers.len(),
                summary.added,
                summary.updated
            );
        }
        CatalogAction::Add { kind, fields } => {
            let kind = EntryKind::from(*kind);
            let catalog = match catalog::parse_arguments(kind, fields, &cx) {
                Ok(c) => c,
                Err(d) => return Ok(print_problems(&d, "nothing was added")),
            };
            if let Err(e) = store.add_catalog_entries(&catalog).await {
                eprintln!("wegweiser: {e}; nothing was added (use `catalog import` to update entries)");
                return Ok(ExitCode::FAILURE);
            }
            let id = catalog.courses.iter().map(|c| &c.id).chain(catalog.sessions.iter().map(|s| &s.id)).chain(catalog.peers.iter().map(|p| &p.id)).next();
            println!("added {} {}", kind.name(), id.map_or("", String::as_str));
        }
        CatalogAction::Close { kind, id } => return status(store, (*kind).into(), id, Status::Closed, "closed").await,
        CatalogAction::Reopen { kind, id } => return status(store, (*kind).into(), id, Status::Open, "reopened").await,
        CatalogAction::Remove { kind, id } => {
            let kind = EntryKind::from(*kind);
            if let Err(e) = store.remove_catalog_entry(kind, id).await {
                eprintln!("wegweiser: {e}");
                return Ok(ExitCode::FAILURE);
            }
            println!("removed {} {id}", kind.name());
        }
        CatalogAction::CallOff { id } => match store.call_off_session(id).await {
            Ok(told) => println!("called off session {id}; {told} booked user(s) will be told"),
            Err(e) => {
                eprintln!("wegweiser: {e}");
                return Ok(ExitCode::FAILURE);
            }
        },
        CatalogAction::List { show_contacts } => print!("{}", listing(store, engine.catalog().registry().base(), *show_contacts).await?),
    }
    Ok(ExitCode::SUCCESS)
}

async fn status(store: &Store, kind: EntryKind, id: &str, status: Status, done: &str) -> anyhow::Result<ExitCode> {
    if let Err(e) = store.set_catalog_status(kind, id, status).await {
        eprintln!("wegweiser: {e}");
        return Ok(ExitCode::FAILURE);
    }
    println!("{done} {} {id}", kind.name());
    Ok(ExitCode::SUCCESS)
}

fn text(localized: &Localized, base: &str) -> String {
    localized.get(base).or_else(|| localized.get("default")).or_else(|| localized.values().next()).cloned().unwrap_or_default()
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Open => "open",
        Status::Closed => "closed",
    }
}

/// The whole catalog as aligned text for staff.
async fn listing(store: &Store, base: &str, show_contacts: bool) -> anyhow::Result<String> {
    let l = store.catalog().await?;
    let mut out = format!("courses ({})\n", l.courses.len());
    for (c, s) in &l.courses {
        let (taken, waiting) = store.seat_counts(&c.id).await?;
        out.push_str(&format!(
            "  {:<32} {:<6} {:<11} {:<14} {:<5} {:>4}/{:<4} seats {:>3} waiting  {}{}\n",
            c.id,
            status_word(*s),
            c.kind,
            c.district,
            c.level.as_deref().unwrap_or("-"),
            taken,
            c.capacity,
            waiting,
            text(&c.title, base),
            if c.childcare { "  (childcare)" } else { "" }
        ));
    }
    out.push_str(&format!("sessions ({})\n", l.sessions.len()));
    for (d, s) in &l.sessions {
        let booked = store.bookings_count(&d.id).await?;
        out.push_str(&format!(
            "  {:<32} {:<6} {} {:<14} {:>4}/{:<4} seats  interpreters {}  {}\n",
            d.id,
            status_word(*s),
            d.starts.strftime("%Y-%m-%d %H:%M"),
            d.district,
            booked,
            d.capacity,
            d.interpreters.join(","),
            text(&d.topic, base)
        ));
    }
    out.push_str(&format!("peers ({})\n", l.peers.len()));
    for (p, s) in &l.peers {
        let contact = if show_contacts {
            format!("{} {} (account {})", p.contact_channel, p.contact, p.account)
        } else {
            format!("{} (contact hidden)", p.contact_channel)
        };
        out.push_str(&format!(
            "  {:<32} {:<6} {:<11} {:<16} {:<24} {}  {}\n",
            p.id,
            status_word(*s),
            if p.available { "available" } else { "away" },
            p.languages.join(","),
            p.districts.join(","),
            p.topics.join(","),
            contact
        ));
    }
    Ok(out)
}

/// Whether a deep link name leads somewhere: a link of the flows, an information topic, or
/// a course or session in the catalog. A whole https link is taken as it is.
pub async fn check_link(engine: &Engine, store: &Store, target: &str) -> anyhow::Result<Result<(), String>> {
    if target.starts_with("https://") {
        return Ok(Ok(()));
    }
    let flows = engine.flows();
    let listing = store.catalog().await?;
    let found = match target.split_once('_') {
        None => flows.plain_link(target).is_some(),
        Some(("topic", id)) => flows.topic_step(id).is_some(),
        Some(("course", id)) => listing.courses.iter().any(|(c, s)| c.id == id && *s == Status::Open),
        Some(("session", id)) => listing.sessions.iter().any(|(d, s)| d.id == id && *s == Status::Open),
        Some(_) => false,
    };
    Ok(if found {
        Ok(())
    } else {
        Err(format!("'{target}' leads nowhere; use one of {}, or topic_ID, course_ID, session_ID of an open entry", flows.plain_link_names().join(", ")))
    })
}
