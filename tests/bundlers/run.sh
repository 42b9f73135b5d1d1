#!/usr/bin/env bash
# The npm package in production builds of Vite and webpack, its types, the SARIF schema
# check: installs this folder's pinned npm packages when missing (Chromium, playwright-core
# and tsc come from tests/browser, which runs first), then runs the Node test runner.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/vite ] || [ ! -d node_modules/webpack ] || [ ! -d node_modules/ajv-draft-04 ]; then
  npm ci --no-audit --no-fund --silent
fi
[ -x ../../target/debug/factcheck ] || (cd ../.. && cargo build --bin factcheck)
node --test --test-concurrency=1 bundlers.test.mjs sarif.test.mjs
