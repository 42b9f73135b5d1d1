#!/usr/bin/env bash
# Browser and wasm API tests: builds the wasm, installs Debian's Chromium and the npm test
# dependencies (playwright-core, TypeScript) when missing, type-checks www/*.js with tsc,
# then runs the Node test runner.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/tsc ]; then
  npm install --no-audit --no-fund --silent
fi
bash ../../www/build.sh
# The page has no build step; its JavaScript is checked with JSDoc types (www/pkg/factcheck.d.ts
# types the checker, so this runs after the build).
echo "== tsc (www/*.js)"
node_modules/.bin/tsc -p ../../www/tsconfig.json
node_modules/.bin/tsc -p ../../www/tsconfig.worker.json
node --test --test-concurrency=1 api.test.mjs package.test.mjs e2e.test.mjs page.test.mjs embed.test.mjs
