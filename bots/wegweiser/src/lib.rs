//! The Wegweiser gateway: wires the engine, the store and the channels together, and offers
//! the staff command line (`chat`, `serve`, `check`, `catalog`, `role`, `broadcast`, `failed`, `qr`, `detect`).

pub mod broadcast_cli;
pub mod catalog_cli;
pub mod cli;
pub mod console;
pub mod failed_cli;
pub mod flood;
pub mod gateway;
pub mod instance;
pub mod log_writer;
pub mod qr;
pub mod serve;
pub mod team_cli;

pub use gateway::{Clock, Gateway, Handled};
