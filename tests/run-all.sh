#!/usr/bin/env bash
# Runs Wegweiser's whole test suite on a fresh machine: installs what the tests need,
# validates the bundled flows, locales and config, and runs every test.
# The README's second command and .ci/run call this script.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== wegweiser check (bundled flows, locales, config)"
cargo run --quiet --locked -- check

echo "== tests"
cargo test --workspace --locked --no-fail-fast
