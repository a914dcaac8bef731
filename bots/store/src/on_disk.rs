//! What the database leaves on disk. Its folder, the database, its WAL and shared-memory
//! files are the owner's alone (0700 and 0600): they hold what refugees told about their
//! status, health and families. Deleted rows are overwritten (`secure_delete`), and after a
//! deletion the WAL, which still holds copies of the pages as they were, is checkpointed
//! into the database and truncated, so no byte of what was deleted stays in any file.

use std::path::Path;
use std::time::{Duration, Instant};

use sqlx::SqliteConnection;

use crate::{Error, Result};

/// How long after a deletion every commit also checkpoints the WAL: the deletion's own
/// replies are written and marked sent in the commits that follow it, and their pages
/// carry the user's id until then.
const SCRUB_WINDOW: Duration = Duration::from_secs(60);

/// Creates the database's folder (owner-only, as are the folders created on the way)
/// and the database file (owner-only), and takes read access from others on files an
/// earlier version created.
pub(crate) fn prepare(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        owner_only_folder(parent).map_err(|source| Error::Folder { path: parent.display().to_string(), source })?;
    }
    let file_error = |source| Error::File { path: path.display().to_string(), source };
    create_owner_only(path).map_err(file_error)?;
    for suffix in ["", "-wal", "-shm"] {
        let file = path.with_file_name(format!("{}{suffix}", path.file_name().unwrap_or_default().to_string_lossy()));
        restrict(&file).map_err(file_error)?;
    }
    Ok(())
}

#[cfg(unix)]
fn owner_only_folder(folder: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(folder)
}

#[cfg(not(unix))]
fn owner_only_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)
}

/// Creates an empty database file readable by its owner alone; SQLite gives the WAL and
/// shared-memory files the database file's mode.
#[cfg(unix)]
fn create_owner_only(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn create_owner_only(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Takes group and other access away from a file, if it exists.
#[cfg(unix)]
fn restrict(file: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(metadata) = std::fs::metadata(file) else { return Ok(()) };
    let mode = metadata.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode & 0o700))?;
        tracing::info!(file = %file.display(), "the database file was readable by others; it is the owner's alone now");
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_file: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Copies the WAL into the database and truncates it. A reader holding an old snapshot
/// keeps the copy from finishing; then the next scrub does it.
pub(crate) async fn checkpoint(conn: &mut SqliteConnection) -> Result<()> {
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&mut *conn).await?;
    if busy != 0 {
        tracing::warn!("the WAL could not be emptied after a deletion (a reader was busy); it is tried again with the next commit");
    }
    Ok(())
}

/// When the committer checkpoints: after a deletion, for [`SCRUB_WINDOW`].
#[derive(Default)]
pub(crate) struct Scrubbing {
    until: Option<Instant>,
}

impl Scrubbing {
    /// A commit deleted someone's data: scrub after it and after the commits that follow.
    pub(crate) fn deleted(&mut self) {
        self.until = Some(Instant::now() + SCRUB_WINDOW);
    }

    /// Checkpoints if a deletion was recent. A failure is logged, not passed on: the
    /// commit it follows stands.
    pub(crate) async fn after_commit(&mut self, conn: &mut SqliteConnection) {
        match self.until {
            Some(until) if Instant::now() < until => {
                if let Err(e) = checkpoint(conn).await {
                    tracing::warn!(error = %e, "the WAL could not be emptied after a deletion; it is tried again with the next commit");
                }
            }
            Some(_) => self.until = None,
            None => {}
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use crate::Store;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[tokio::test]
    async fn the_folders_and_files_it_creates_are_the_owners_alone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data/wegweiser/wegweiser.sqlite3");
        let store = Store::open(&db).await.unwrap();
        store.pool().acquire().await.unwrap();
        assert_eq!(mode(&dir.path().join("data")), 0o700);
        assert_eq!(mode(&dir.path().join("data/wegweiser")), 0o700);
        for file in ["wegweiser.sqlite3", "wegweiser.sqlite3-wal", "wegweiser.sqlite3-shm"] {
            assert_eq!(mode(&dir.path().join("data/wegweiser").join(file)), 0o600, "{file}");
        }
    }

    #[tokio::test]
    async fn a_database_others_could_read_is_made_the_owners_alone_and_a_given_folder_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let db = dir.path().join("old.sqlite3");
        drop(Store::open(&db).await.unwrap());
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = Store::open(&db).await.unwrap();
        store.pool().acquire().await.unwrap();
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&dir.path().join("old.sqlite3-wal")), 0o600, "SQLite gives the WAL the database's mode");
        assert_eq!(mode(dir.path()), 0o755, "a folder the operator chose keeps its mode");
    }
}
