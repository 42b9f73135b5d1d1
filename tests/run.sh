#!/usr/bin/env bash
# Runs every test: the Rust unit and integration tests, then (when present) the
# WebAssembly and browser tests. Installs what is missing; skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test"
cargo test --all-targets 2>&1
cargo test --doc 2>&1

if [ -x tests/browser/run.sh ]; then
  echo "== browser tests"
  tests/browser/run.sh
fi

if [ -x tests/bundlers/run.sh ]; then
  echo "== bundler, types and SARIF tests"
  tests/bundlers/run.sh
fi
