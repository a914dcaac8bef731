//! Fluent catalogs for every served locale, checked against the German base.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use crate::bidi::BIDI_CONTROLS;
use crate::{read_source, Diagnostics, LocaleRegistry, Location};

/// Arguments passed to a message: variables by name.
pub type Args<'a> = FluentArgs<'a>;

/// Where a message is defined and which variables it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub location: Location,
    pub variables: BTreeSet<String>,
}

struct LocaleCatalog {
    bundle: FluentBundle<FluentResource>,
    messages: BTreeMap<String, MessageInfo>,
}

/// Every served locale's messages, ready to render. Loading checks the files: syntax,
/// completeness against the base, the same placeables everywhere, plural forms, no bidi
/// control characters and no city facts typed into a translation.
pub struct Catalog {
    registry: LocaleRegistry,
    locales: HashMap<String, LocaleCatalog>,
    variables: HashMap<String, Vec<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("locales", &self.registry.tags().collect::<Vec<_>>()).finish()
    }
}

impl Catalog {
    /// Loads `dir/locales.toml` and every `dir/<tag>/*.ftl`.
    pub fn load(dir: &Path) -> Result<Self, Diagnostics> {
        let registry = LocaleRegistry::load(&dir.join("locales.toml"))?;
        let mut diags = Diagnostics::default();
        let mut locales = HashMap::new();
        for info in registry.all() {
            let folder = dir.join(&info.tag);
            let mut bundle = FluentBundle::new_concurrent(vec![info.langid.clone()]);
            bundle.set_use_isolating(false);
            let mut messages = BTreeMap::new();
            let files = match ftl_files(&folder) {
                Ok(files) => files,
                Err(e) => {
                    diags.push(info.location.clone(), format!("locale '{}': cannot read its folder {}: {e}", info.tag, folder.display()));
                    continue;
                }
            };
            if files.is_empty() {
                diags.push(Location::new(&folder, 1, 1), format!("locale '{}' has no .ftl files", info.tag));
            }
            for file in files {
                let source = match read_source(&file, "translation") {
                    Ok(s) => s,
                    Err(d) => {
                        diags.0.push(d);
                        continue;
                    }
                };
                check_source_text(&file, &source, &mut diags);
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            diags.push(Location::of_error(&file, &source, e.pos.clone()), format!("Fluent syntax: {}", e.kind));
                        }
                        r
                    }
                };
                let lines = definition_lines(&source);
                for entry in resource.entries() {
                    let (id, pattern) = match entry {
                        ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref()),
                        ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
                        _ => continue,
                    };
                    let line = lines.get(id.as_str()).copied().unwrap_or(1);
                    let location = Location::new(&file, line, 1);
                    let Some(pattern) = pattern else {
                        diags.push(location, format!("message '{id}' has no text"));
                        continue;
                    };
                    let mut variables = BTreeSet::new();
                    let mut plural_selects = Vec::new();
                    walk_pattern(pattern, &mut variables, &mut plural_selects);
                    for keys in plural_selects {
                        check_plural_forms(&info.langid, &keys, &location, &id, &mut diags);
                    }
                    if let Some(previous) = messages.get(&id) {
                        let previous: &MessageInfo = previous;
                        diags.push(location.clone(), format!("'{id}' is defined twice (also at {})", previous.location));
                    }
                    messages.insert(id, MessageInfo { location, variables });
                }
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                            diags.push(Location::new(&file, 1, 1), format!("Fluent: {e}"));
                        }
                    }
                }
            }
            locales.insert(info.tag.clone(), LocaleCatalog { bundle, messages });
        }
        check_against_base(&registry, &locales, &mut diags);
        diags.into_result()?;
        let mut variables: HashMap<String, Vec<String>> = HashMap::new();
        for catalog in locales.values() {
            for (id, info) in &catalog.messages {
                let vars = variables.entry(id.clone()).or_default();
                for v in &info.variables {
                    if !vars.contains(v) {
                        vars.push(v.clone());
                    }
                }
            }
        }
        Ok(Self { registry, locales, variables })
    }

    pub fn registry(&self) -> &LocaleRegistry {
        &self.registry
    }

    /// True when the base locale defines the message (every locale does once loaded).
    pub fn has_message(&self, id: &str) -> bool {
        self.locales.get(self.registry.base()).is_some_and(|c| c.messages.contains_key(id))
    }

    /// Where the base locale defines a message and which variables it uses.
    pub fn message_info(&self, locale: &str, id: &str) -> Option<&MessageInfo> {
        self.locales.get(locale).and_then(|c| c.messages.get(id))
    }

    /// All message ids of the base locale with their definitions.
    pub fn base_messages(&self) -> impl Iterator<Item = (&str, &MessageInfo)> {
        self.locales[self.registry.base()].messages.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The variables a message uses in any locale: what a caller must supply.
    pub fn variables(&self, id: &str) -> &[String] {
        self.variables.get(id).map_or(&[], Vec::as_slice)
    }

    /// Renders a message in `locale`, walking the fallback chain when it is missing there.
    /// A message missing everywhere renders as its id, so a gap shows instead of crashing.
    pub fn format(&self, locale: &str, id: &str, args: Option<&Args<'_>>) -> String {
        let pattern_in = |tag: &str| {
            let catalog = self.locales.get(tag)?;
            Some((catalog, catalog.bundle.get_message(id)?.value()?))
        };
        // Loading checks every served locale for completeness, so the chain is walked only
        // for a locale not served or a message with no value of its own.
        let Some((catalog, pattern)) = pattern_in(locale).or_else(|| self.registry.chain(locale).into_iter().find_map(pattern_in)) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        catalog.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

fn ftl_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

/// Line numbers of the messages and terms defined in a Fluent file.
fn definition_lines(source: &str) -> HashMap<&str, usize> {
    let mut lines = HashMap::new();
    for (n, line) in source.lines().enumerate() {
        let Some((head, _)) = line.split_once('=') else { continue };
        let id = head.trim_end();
        let body = id.strip_prefix('-').unwrap_or(id);
        let valid = body.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if valid {
            lines.entry(id).or_insert(n + 1);
        }
    }
    lines
}

fn walk_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, plurals: &mut Vec<Vec<String>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, plurals);
        }
    }
}

fn walk_expression(expr: &ast::Expression<&str>, vars: &mut BTreeSet<String>, plurals: &mut Vec<Vec<String>>) {
    match expr {
        ast::Expression::Inline(inline) => walk_inline(inline, vars, plurals),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, plurals);
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // `other` alone is also the usual catch-all of a select on a text variable.
            if keys.iter().any(|k| k != "other" && PLURAL_NAMES.contains(&k.as_str())) {
                plurals.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, vars, plurals);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, plurals: &mut Vec<Vec<String>>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, plurals);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, plurals);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, plurals),
        _ => {}
    }
}

const PLURAL_NAMES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// A plural select must name every category whole numbers fall into in that language
/// (Ukrainian one/few/many, Arabic zero/one/two/few/many/other).
fn check_plural_forms(
    langid: &unic_langid::LanguageIdentifier,
    keys: &[String],
    location: &Location,
    id: &str,
    diags: &mut Diagnostics,
) {
    let needed = plural_categories(langid);
    let missing: Vec<&str> = needed.iter().filter(|c| !keys.iter().any(|k| k == *c)).copied().collect();
    if !missing.is_empty() {
        diags.push(
            location.clone(),
            format!("'{id}': plural forms for {langid} need [{}]; missing [{}]", needed.join("], ["), missing.join("], [")),
        );
    }
}

/// The plural categories that whole numbers reach in a language, in CLDR order.
pub(crate) fn plural_categories(langid: &unic_langid::LanguageIdentifier) -> Vec<&'static str> {
    let supported = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let fallback: unic_langid::LanguageIdentifier = "en".parse().expect("valid tag");
    let chosen = negotiate_languages(std::slice::from_ref(langid), &supported, Some(&fallback), NegotiationStrategy::Lookup)[0].clone();
    let rules = PluralRules::create(chosen, PluralRuleType::CARDINAL).expect("negotiated locale has rules");
    let mut seen = BTreeSet::new();
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            seen.insert(category_name(c));
        }
    }
    PLURAL_NAMES.iter().copied().filter(|c| seen.contains(c)).collect()
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Translations carry neither bidi control characters (messengers show them as boxes) nor
/// city facts: addresses, phone numbers and links come from the deployment config.
fn check_source_text(file: &Path, source: &str, diags: &mut Diagnostics) {
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let at = |col: usize| Location::new(file, n + 1, col);
        if let Some((i, c)) = line.char_indices().find(|(_, c)| BIDI_CONTROLS.contains(c)) {
            diags.push(at(line[..i].chars().count() + 1), format!("bidi control character U+{:04X}: remove it, the renderer marks values and lines itself", c as u32));
        }
        if let Some(i) = line.find("http://").or_else(|| line.find("https://")).or_else(|| line.find("www.")) {
            diags.push(at(line[..i].chars().count() + 1), "a link belongs in the deployment config, not in a translation");
        }
        if let Some(i) = long_digit_run(line) {
            diags.push(at(line[..i].chars().count() + 1), "a phone number, postcode or time belongs in the deployment config, not in a translation");
        }
    }
}

/// Byte offset of a run of four or more digits (spaces, dashes and slashes allowed inside),
/// which in a translation is almost always a phone number, postcode or time.
fn long_digit_run(line: &str) -> Option<usize> {
    let mut start = None;
    let mut digits = 0;
    for (i, c) in line.char_indices() {
        if c.is_numeric() {
            if start.is_none() {
                start = Some(i);
            }
            digits += 1;
            if digits >= 4 {
                return start;
            }
        } else if !(digits > 0 && matches!(c, ' ' | '-' | '/' | ':' | '.')) {
            start = None;
            digits = 0;
        }
    }
    None
}

fn check_against_base(registry: &LocaleRegistry, locales: &HashMap<String, LocaleCatalog>, diags: &mut Diagnostics) {
    let Some(base) = locales.get(registry.base()) else { return };
    for info in registry.all() {
        if info.tag == registry.base() {
            continue;
        }
        let Some(other) = locales.get(&info.tag) else { continue };
        for (id, base_msg) in &base.messages {
            match other.messages.get(id) {
                None => diags.push(base_msg.location.clone(), format!("'{id}' is missing in locale '{}'", info.tag)),
                Some(msg) if msg.variables != base_msg.variables => diags.push(
                    msg.location.clone(),
                    format!(
                        "'{id}' uses {} but the base ({}) uses {}",
                        describe_vars(&msg.variables),
                        base_msg.location,
                        describe_vars(&base_msg.variables)
                    ),
                ),
                Some(_) => {}
            }
        }
        for (id, msg) in &other.messages {
            if !base.messages.contains_key(id) {
                diags.push(msg.location.clone(), format!("'{id}' is not in the base locale '{}': remove it or add it there", registry.base()));
            }
        }
    }
}

fn describe_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "no variables".to_string()
    } else {
        vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_per_language() {
        let cats = |t: &str| plural_categories(&t.parse().unwrap());
        assert_eq!(cats("uk"), ["one", "few", "many"]);
        assert_eq!(cats("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(cats("de"), ["one", "other"]);
        assert_eq!(cats("fa-AF"), ["one", "other"]);
        assert_eq!(cats("ti"), ["one", "other"]);
    }

    #[test]
    fn digit_runs_are_found() {
        assert_eq!(long_digit_run("Ruf an: 0711 216"), Some(8));
        assert_eq!(long_digit_run("in { $hours } Stunden"), None);
        assert_eq!(long_digit_run("Schritt 1 von 3"), None);
    }
}
