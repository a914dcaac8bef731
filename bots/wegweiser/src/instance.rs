//! One Wegweiser at a time on a database: `serve` and `chat` hold an exclusive lock on a
//! file beside it (`DB.lock`), and `serve` one in the Matrix store folder too
//! (`wegweiser.lock`), for as long as they run. A second one refuses to start and names the
//! holder, instead of answering the same users twice. The operating system releases the
//! lock when the process ends, however it ends (a crash, SIGKILL), so a lock file left
//! behind blocks nothing; it is never deleted, since deleting it could race a new holder.
//! Staff commands (`catalog`, `role`, `broadcast`, `qr`, …) take no lock and run beside the
//! gateway.

use std::ffi::OsString;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

/// The lock file's name in a Matrix store folder.
pub const MATRIX_STORE_LOCK: &str = "wegweiser.lock";

/// An exclusive lock, held until dropped or until the process ends.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Locks the database at `db` for `command` (`serve` or `chat`), before it is opened.
pub fn lock_database(db: &Path, command: &str) -> anyhow::Result<InstanceLock> {
    match acquire(&database_lock_path(db), command)? {
        Ok(lock) => Ok(lock),
        Err(holder) => bail!("the database {} is in use by another Wegweiser ({holder}); stop it first or use another --db", db.display()),
    }
}

/// Locks the Matrix store folder `store` for `command`, creating the folder (owner-only, as
/// the Matrix channel would) if it does not exist yet.
pub fn lock_matrix_store(store: &Path, command: &str) -> anyhow::Result<InstanceLock> {
    create_private_dir(store).with_context(|| format!("creating the Matrix store folder {}", store.display()))?;
    match acquire(&store.join(MATRIX_STORE_LOCK), command)? {
        Ok(lock) => Ok(lock),
        Err(holder) => bail!(
            "the Matrix store {} is in use by another Wegweiser ({holder}); stop it first or give this gateway its own store (matrix.store, or another --db)",
            store.display()
        ),
    }
}

/// `DB.lock` beside the database, the database's path resolved when it exists, so that two
/// spellings of one file share one lock.
pub fn database_lock_path(db: &Path) -> PathBuf {
    let resolved = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    let mut name = OsString::from(resolved.as_os_str());
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the lock at `path` and writes who holds it; `Ok(Err(holder))` when another
/// process holds it.
fn acquire(path: &Path, command: &str) -> anyhow::Result<Result<InstanceLock, String>> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("creating the folder {}", parent.display()))?;
    }
    // Not truncated on opening: until the lock is ours, the line in it is the holder's.
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .with_context(|| format!("opening the lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Ok(Err(describe_holder(&std::fs::read_to_string(path).unwrap_or_default()))),
        Err(TryLockError::Error(e)) => return Err(e).with_context(|| format!("locking {}", path.display())),
    }
    let started = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
    let line = format!("pid={} command={command} started={started}\n", std::process::id());
    file.set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| file.write_all(line.as_bytes()))
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(Ok(InstanceLock { _file: file }))
}

/// The holder as its lock file's line names it: "wegweiser serve, pid 1234, since
/// 2026-12-02 09:10 UTC". A holder that has not written its line yet is "pid unknown".
fn describe_holder(line: &str) -> String {
    let field = |name: &str| line.split_whitespace().find_map(|word| word.strip_prefix(name)?.strip_prefix('='));
    let mut parts = Vec::new();
    if let Some(command) = field("command") {
        parts.push(format!("wegweiser {command}"));
    }
    parts.push(match field("pid") {
        Some(pid) => format!("pid {pid}"),
        None => "pid unknown".to_string(),
    });
    if let Some(started) = field("started").and_then(|t| t.parse::<jiff::Timestamp>().ok()) {
        parts.push(format!("since {}", started.strftime("%Y-%m-%d %H:%M UTC")));
    }
    parts.join(", ")
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_one_database_is_refused_naming_the_holder_and_free_once_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db.sqlite3");
        let first = lock_database(&db, "serve").unwrap();
        let refused = lock_database(&db, "chat").unwrap_err().to_string();
        let expected = format!("the database {} is in use by another Wegweiser (wegweiser serve, pid {}, since ", db.display(), std::process::id());
        assert!(refused.starts_with(&expected), "{refused}");
        assert!(refused.ends_with(" UTC); stop it first or use another --db"), "{refused}");
        drop(first);
        let line = {
            let _again = lock_database(&db, "chat").unwrap();
            std::fs::read_to_string(dir.path().join("db.sqlite3.lock")).unwrap()
        };
        assert!(line.starts_with(&format!("pid={} command=chat started=", std::process::id())), "{line}");
    }

    #[test]
    fn a_holder_is_described_by_its_line_or_as_unknown() {
        assert_eq!(describe_holder("pid=1234 command=serve started=2026-12-02T09:10:05Z\n"), "wegweiser serve, pid 1234, since 2026-12-02 09:10 UTC");
        assert_eq!(describe_holder(""), "pid unknown");
    }

    #[test]
    fn the_matrix_store_folder_is_created_owner_only_and_locked() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("db.matrix");
        let _lock = lock_matrix_store(&store, "serve").unwrap();
        assert!(store.join(MATRIX_STORE_LOCK).is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&store).unwrap().permissions().mode() & 0o777, 0o700);
        }
        let refused = lock_matrix_store(&store, "serve").unwrap_err().to_string();
        assert!(refused.starts_with(&format!("the Matrix store {} is in use by another Wegweiser (wegweiser serve, pid ", store.display())), "{refused}");
    }
}
