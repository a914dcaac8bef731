//! End-to-end tests: the real `wegweiser` binary and the gateway in-process, on real SQLite
//! files, with the bundled flows, locales and sample config.

mod support;

mod broadcast;
mod catalog;
mod clear;
mod cli;
mod handover;
mod conversations;
mod courses;
mod flood;
mod exclusive;
mod matrix;
mod matrix_privacy;
mod matrix_reliability;
mod media;
mod properties;
mod relay;
mod slow_media;
mod soak;
mod telegram;
mod transcripts;
