//! Everything about language for Wegweiser: the served locales and their fallback chains,
//! Fluent catalogs rendered without bidi marks, language negotiation for channel hints,
//! detection of the language a user writes in, and safe handling of user-supplied text.
//!
//! No I/O happens here except reading locale files at load time.

mod bidi;
mod catalog;
mod detect;
mod diagnostic;
mod locales;

pub use bidi::{for_display, label_for_display, mark_value, sanitize_user_text, without_marks, BIDI_CONTROLS, LRM, RLM};
pub use catalog::{Args, Catalog, MessageInfo};
pub use fluent_bundle::FluentValue;
pub use detect::{Detection, Detector};
pub use diagnostic::{parse_toml, read_source, Diagnostic, Diagnostics, Location};
pub use locales::{canonicalize_tag, Direction, LocaleInfo, LocaleRegistry};

/// Errors while loading locales.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The locale files have problems; each one carries its file and line.
    #[error("{0}")]
    Invalid(Diagnostics),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
