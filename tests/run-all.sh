#!/usr/bin/env bash
# Runs Wegweiser's whole test suite on a fresh machine: installs what the tests need,
# validates the bundled flows, locales and config, and runs every test.
# The README's second command and .ci/run call this script.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== test peers: the Telegram Bot API emulator (npm telegram-test-api)"
command -v node >/dev/null || { echo "node is needed for the Telegram tests (Debian: apt-get install nodejs npm)" >&2; exit 1; }
npm ci --prefix tests/telegram --no-audit --no-fund --loglevel=error

echo "== test peers: the Synapse Matrix homeserver (PyPI matrix-synapse)"
bash tests/matrix/install.sh

echo "== build (one build for the check and the tests: the test build's features)"
# No incremental state: a CI build is built once, and the state would double its size on disk.
export CARGO_INCREMENTAL=0
cargo test --workspace --locked --lib --bins --tests --no-run

echo "== wegweiser check (bundled flows, locales, config)"
target/debug/wegweiser check

echo "== tests"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# --include-ignored: also the tests that need the test peers installed above.
cargo test --workspace --locked --no-fail-fast --lib --bins --tests -- --include-ignored 2>&1 | tee "$log" || status=$?

# One closing line over every test binary.
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "total: %d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
