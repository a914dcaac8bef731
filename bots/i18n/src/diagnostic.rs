//! Problems found in flows, locales and config, each pointing at a file and line.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in a file, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(file: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Self { file: file.into(), line, column }
    }

    /// The location of a byte offset inside `source`, the text of `file`. An offset inside
    /// a character (parsers report bytes) counts as that character's start.
    pub fn at_offset(file: &Path, source: &str, offset: usize) -> Self {
        let offset = char_start(source, offset);
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..offset].chars().count() + 1;
        Self::new(file, line, column)
    }

    /// The location of a syntax error spanning `span`. Parsers often notice a missing token
    /// only at the start of the next line, with an empty span: then this steps back to where
    /// the broken text ends.
    pub fn of_error(file: &Path, source: &str, span: std::ops::Range<usize>) -> Self {
        let offset = char_start(source, span.start);
        let end_of_text = source[..offset].trim_end().len();
        let empty = span.end <= span.start + 1;
        let at = if empty && end_of_text < offset && source[end_of_text..offset].contains('\n') {
            // The last character of the broken text, however many bytes it has.
            source[..end_of_text].char_indices().next_back().map_or(0, |(i, _)| i)
        } else {
            offset
        };
        Self::at_offset(file, source, at)
    }
}

/// The start of the character that byte `offset` of `source` falls in (the end at most).
fn char_start(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// One problem: where it is and what is wrong, in words a staff member can act on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.location, self.message)
    }
}

/// A list of problems, printed one per line in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, location: Location, message: impl Into<String>) {
        self.0.push(Diagnostic { location, message: message.into() });
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Ok when there is nothing to report, the sorted list otherwise.
    pub fn into_result(mut self) -> Result<(), Diagnostics> {
        if self.0.is_empty() {
            Ok(())
        } else {
            self.0.sort();
            self.0.dedup();
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

/// Reads a staff-edited file (`what` names it in the message); failure points at the file.
pub fn read_source(path: &Path, what: &str) -> Result<String, Diagnostic> {
    std::fs::read_to_string(path)
        .map_err(|e| Diagnostic { location: Location::new(path, 1, 1), message: format!("cannot read the {what}: {e}") })
}

/// Parses a TOML file into `T`; a syntax error, an unknown key or a wrong type is reported
/// at its line.
pub fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, source: &str, what: &str) -> Result<T, Diagnostic> {
    toml::from_str(source).map_err(|e| Diagnostic {
        location: Location::of_error(path, source, e.span().unwrap_or(0..0)),
        message: format!("invalid {what}: {}", e.message()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_multibyte_characters_point_at_the_character() {
        let file = Path::new("news.toml");
        let source = "uk = \"Привіт\"\nde = \"Straße\n";
        for offset in 0..=source.len() + 3 {
            let at = Location::at_offset(file, source, offset);
            assert!(at.line >= 1 && at.column >= 1);
            Location::of_error(file, source, offset..offset);
            Location::of_error(file, source, offset..offset + 5);
        }
        let inside_pryvit = source.find('р').unwrap() + 1;
        assert_eq!(Location::at_offset(file, source, inside_pryvit), Location::new(file, 1, 8));
    }

    #[test]
    fn a_missing_token_after_multibyte_text_is_found_where_the_text_ends() {
        let file = Path::new("news.toml");
        let source = "ar = \"مرحبا\n\nde = 1\n";
        let next_line = source.find("de").unwrap();
        let at = Location::of_error(file, source, next_line..next_line);
        assert_eq!((at.line, at.column), (1, 11));
    }
}
