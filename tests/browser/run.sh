#!/usr/bin/env bash
# Browser and wasm API tests: builds the wasm, installs Debian's Chromium and the npm test
# dependency when missing, then runs the Node test runner.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
if [ ! -d node_modules/playwright-core ]; then
  npm install --no-audit --no-fund --silent
fi
bash ../../www/build.sh
node --test --test-concurrency=1 api.test.mjs package.test.mjs e2e.test.mjs
