//! Wegweiser's Matrix channel.
