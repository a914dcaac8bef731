//! The served locales, read from `locales/locales.toml`: tag, name in its own script,
//! writing direction, fallback chain and whether a native speaker has reviewed it.

use std::path::Path;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::{parse_toml, read_source, Diagnostics, Location};

/// Writing direction. Kept per locale in `locales.toml` because unic-langid's guess is wrong
/// for some of the tags we serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// One served locale.
#[derive(Debug, Clone)]
pub struct LocaleInfo {
    /// Canonical tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in its own script, as shown in the language menu.
    pub endonym: String,
    /// The language's name in English, for staff and logs.
    pub english_name: String,
    pub direction: Direction,
    /// Locales tried in order when a message is missing, ending with the base locale.
    pub fallback: Vec<String>,
    /// True once a native speaker has reviewed the translation.
    pub reviewed: bool,
    pub langid: LanguageIdentifier,
    /// Where `locales.toml` lists this locale.
    pub location: Location,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    base: Spanned<String>,
    locale: Vec<Spanned<LocaleEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleEntry {
    tag: Spanned<String>,
    endonym: String,
    english_name: String,
    direction: Direction,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
    reviewed: bool,
}

/// All served locales in menu order, with the base locale every chain ends in.
#[derive(Debug, Clone)]
pub struct LocaleRegistry {
    locales: Vec<LocaleInfo>,
    base: String,
}

impl LocaleRegistry {
    /// Reads and validates `locales.toml`.
    pub fn load(path: &Path) -> Result<Self, Diagnostics> {
        let source = read_source(path, "locale list")?;
        Self::parse(path, &source)
    }

    pub fn parse(path: &Path, source: &str) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::default();
        let at = |offset: usize| Location::at_offset(path, source, offset);
        let file: RegistryFile = parse_toml(path, source, "locale list")?;
        let mut locales: Vec<LocaleInfo> = Vec::new();
        for entry in &file.locale {
            let e = entry.get_ref();
            let tag = e.tag.get_ref();
            let langid: LanguageIdentifier = match tag.parse() {
                Ok(l) => l,
                Err(_) => {
                    diags.push(at(e.tag.span().start), format!("'{tag}' is not a language tag"));
                    continue;
                }
            };
            if langid.to_string() != *tag {
                diags.push(at(e.tag.span().start), format!("write the tag as '{langid}'"));
            }
            if locales.iter().any(|l| l.tag == *tag) {
                diags.push(at(e.tag.span().start), format!("locale '{tag}' is listed twice"));
            }
            locales.push(LocaleInfo {
                tag: tag.clone(),
                endonym: e.endonym.clone(),
                english_name: e.english_name.clone(),
                direction: e.direction,
                fallback: e.fallback.iter().map(|f| f.get_ref().clone()).collect(),
                reviewed: e.reviewed,
                langid,
                location: at(e.tag.span().start),
            });
        }
        let base = file.base.get_ref().clone();
        if !locales.iter().any(|l| l.tag == base) {
            diags.push(at(file.base.span().start), format!("base locale '{base}' is not in the list"));
        }
        for entry in &file.locale {
            let e = entry.get_ref();
            for f in &e.fallback {
                let target = f.get_ref();
                if !locales.iter().any(|l| l.tag == *target) {
                    diags.push(at(f.span().start), format!("fallback '{target}' is not a served locale"));
                } else if target == e.tag.get_ref() {
                    diags.push(at(f.span().start), "a locale cannot fall back to itself");
                }
            }
        }
        diags.into_result()?;
        for l in &mut locales {
            if l.tag != base && l.fallback.last() != Some(&base) {
                l.fallback.push(base.clone());
            }
        }
        Ok(Self { locales, base })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn all(&self) -> &[LocaleInfo] {
        &self.locales
    }

    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.tag.as_str())
    }

    pub fn get(&self, tag: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The locale itself followed by its fallback chain.
    pub fn chain(&self, tag: &str) -> Vec<&str> {
        let mut chain = Vec::new();
        if let Some(l) = self.get(tag) {
            chain.push(l.tag.as_str());
            chain.extend(l.fallback.iter().map(String::as_str));
        } else {
            chain.push(self.base.as_str());
        }
        chain
    }

    /// The served locale that best fits a tag from a channel or a user (`uk-UA`, `prs`,
    /// `fa_AF`, `kmr`), or None when nothing we serve fits.
    pub fn negotiate(&self, requested: &str) -> Option<&LocaleInfo> {
        let canonical = canonicalize_tag(requested)?;
        if let Some(exact) = self.get(&canonical) {
            return Some(exact);
        }
        let wanted: LanguageIdentifier = canonical.parse().ok()?;
        let available: Vec<&LanguageIdentifier> = self.locales.iter().map(|l| &l.langid).collect();
        let chosen = negotiate_languages(&[wanted], &available, None, NegotiationStrategy::Filtering);
        chosen.first().and_then(|id| self.locales.iter().find(|l| l.langid == ***id))
    }
}

/// Canonical form of a language tag, with the aliases our users' apps and staff send:
/// `prs` is Dari (`fa-AF`), `kmr` is Kurmanji (`ku`), `pbu`/`pbt`/`pst` are Pashto (`ps`),
/// `ku-Arab` and `ku-IQ` are written in Arabic script, i.e. Sorani (`ckb`).
pub fn canonicalize_tag(raw: &str) -> Option<String> {
    let cleaned = raw.trim().replace('_', "-");
    if cleaned.is_empty() {
        return None;
    }
    let lower = cleaned.to_ascii_lowercase();
    let aliased = match lower.as_str() {
        "prs" | "fa-af" | "prs-af" | "fa-arab-af" => "fa-AF",
        "kmr" | "kmr-latn" | "ku-latn" | "ku-tr" | "ku-sy" => "ku",
        "ckb" | "ku-arab" | "ku-iq" | "ku-ir" | "ckb-iq" | "ckb-ir" | "ckb-arab" => "ckb",
        "pbu" | "pbt" | "pst" | "ps-af" | "ps-pk" => "ps",
        "pes" | "fa-ir" => "fa",
        _ => "",
    };
    if !aliased.is_empty() {
        return Some(aliased.to_string());
    }
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    Some(id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> LocaleRegistry {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/locales.toml");
        LocaleRegistry::load(&path).expect("bundled locale list is valid")
    }

    #[test]
    fn serves_fourteen_locales_with_german_base() {
        let r = registry();
        assert_eq!(r.all().len(), 14);
        assert_eq!(r.base(), "de");
        let rtl: Vec<&str> =
            r.all().iter().filter(|l| l.direction == Direction::Rtl).map(|l| l.tag.as_str()).collect();
        assert_eq!(rtl, ["ar", "fa-AF", "fa", "ps", "ckb"]);
    }

    #[test]
    fn fallback_chains_make_sense() {
        let r = registry();
        assert_eq!(r.chain("ps"), ["ps", "fa-AF", "fa", "en", "de"]);
        assert_eq!(r.chain("ku"), ["ku", "tr", "en", "de"]);
        assert_eq!(r.chain("de"), ["de"]);
        for l in r.all() {
            assert_eq!(r.chain(&l.tag).last(), Some(&"de"), "{} ends in the base", l.tag);
        }
        assert!(!r.chain("uk").contains(&"ru"), "Ukrainian never falls back to Russian");
    }

    #[test]
    fn negotiates_channel_hints_and_aliases() {
        let r = registry();
        let n = |t: &str| r.negotiate(t).map(|l| l.tag.clone());
        assert_eq!(n("uk-UA").as_deref(), Some("uk"));
        assert_eq!(n("prs").as_deref(), Some("fa-AF"));
        assert_eq!(n("fa_AF").as_deref(), Some("fa-AF"));
        assert_eq!(n("fa-IR").as_deref(), Some("fa"));
        assert_eq!(n("fa").as_deref(), Some("fa"));
        assert_eq!(n("kmr").as_deref(), Some("ku"));
        assert_eq!(n("ku-Arab").as_deref(), Some("ckb"));
        assert_eq!(n("pbu").as_deref(), Some("ps"));
        assert_eq!(n("ar-SY").as_deref(), Some("ar"));
        assert_eq!(n("en-GB").as_deref(), Some("en"));
        assert_eq!(n("ti-ER").as_deref(), Some("ti"));
        assert_eq!(n("it"), None);
        assert_eq!(n(""), None);
        assert_eq!(n("not a tag!"), None);
    }

    #[test]
    fn reports_bad_entries_with_lines() {
        let src = "base = \"de\"\n[[locale]]\ntag = \"de\"\nendonym = \"Deutsch\"\nenglish_name = \"German\"\ndirection = \"ltr\"\nreviewed = true\nfallback = [\"xx\"]\n";
        let err = LocaleRegistry::parse(Path::new("l.toml"), src).unwrap_err();
        assert_eq!(err.to_string(), "l.toml:8:13: error: fallback 'xx' is not a served locale");
    }
}
