//! A copy of the bundled flows, config and the German and English locales in a temporary
//! folder, for tests that change them.

use std::path::{Path, PathBuf};

pub(crate) use wegweiser_i18n::without_marks as unmarked;

use crate::{Engine, Sources};

pub(crate) struct Fixture {
    dir: tempfile::TempDir,
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

/// The engine of the bundled flows, locales and Stuttgart config, as `wegweiser` loads it.
pub(crate) fn repo_engine() -> Engine {
    let repo = repository();
    let sources = Sources { flows: repo.join("flows"), locales: repo.join("locales"), config: repo.join("bots/wegweiser/config/stuttgart.toml") };
    Engine::load(&sources).unwrap_or_else(|d| panic!("{d}"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

impl Fixture {
    pub(crate) fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let repo = repository();
        copy_dir(&repo.join("flows"), &dir.path().join("flows"));
        for tag in ["de", "en"] {
            copy_dir(&repo.join("locales").join(tag), &dir.path().join("locales").join(tag));
        }
        let list = std::fs::read_to_string(repo.join("locales/locales.toml")).unwrap();
        let two: String = list.split("[[locale]]").take(3).collect::<Vec<_>>().join("[[locale]]");
        std::fs::write(dir.path().join("locales/locales.toml"), two).unwrap();
        // Only German and English are served here: per-locale fact values for others go.
        let config = std::fs::read_to_string(repo.join("bots/wegweiser/config/stuttgart.toml")).unwrap();
        let served_only: String = config
            .lines()
            .filter(|l| l.split_once(" = ").is_none_or(|(key, _)| !["uk", "ru", "ar", "fa", "fa-AF", "tr", "fr", "ps", "ku", "so", "ti", "ckb"].contains(&key)))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(dir.path().join("config.toml"), served_only).unwrap();
        let f = Self { dir };
        f.edit("config.toml", "greeting_locales = [\"de\", \"en\", \"uk\", \"ar\"]", "greeting_locales = [\"de\", \"en\"]");
        f
    }

    pub(crate) fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub(crate) fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        std::fs::write(self.path(rel), text.replacen(from, to, 1)).unwrap();
    }

    pub(crate) fn append(&self, rel: &str, more: &str) {
        let text = self.read(rel);
        std::fs::write(self.path(rel), format!("{text}{more}")).unwrap();
    }

    /// 1-based line of the first line containing `needle`.
    pub(crate) fn line_of(&self, rel: &str, needle: &str) -> usize {
        self.read(rel).lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {rel}")) + 1
    }

    pub(crate) fn load(&self) -> Result<Engine, wegweiser_i18n::Diagnostics> {
        Engine::load(&Sources { flows: self.path("flows"), locales: self.path("locales"), config: self.path("config.toml") })
    }

    /// The problems found, with the fixture's folder left out of the paths.
    pub(crate) fn errors(&self) -> Vec<String> {
        let prefix = format!("{}/", self.dir.path().display());
        match self.load() {
            Ok(_) => Vec::new(),
            Err(d) => d.iter().map(|d| d.to_string().replace(&prefix, "")).collect(),
        }
    }

    pub(crate) fn assert_error(&self, expected_start: &str, expected_text: &str) {
        let errors = self.errors();
        assert!(
            errors.iter().any(|e| e.starts_with(expected_start) && e.contains(expected_text)),
            "expected an error at {expected_start} saying {expected_text:?}; got:\n{}",
            errors.join("\n")
        );
    }
}

