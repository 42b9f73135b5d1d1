#!/usr/bin/env bash
# Builds the checker to WebAssembly and writes www/pkg/ (ES module + .wasm + .d.ts).
# Installs what is missing (the wasm target, wasm-bindgen-cli at the version in
# Cargo.lock) and skips what is present. Pass --node to also write tests/browser/pkg-node/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (about two minutes, once)"
  cargo install wasm-bindgen-cli --version "=$want"
fi

cargo build --lib --profile wasm --target wasm32-unknown-unknown --no-default-features
wasm=target/wasm32-unknown-unknown/wasm/factcheck.wasm
wasm-bindgen --target web --out-dir www/pkg "$wasm"
if [ "${1:-}" = "--node" ]; then
  wasm-bindgen --target nodejs --out-dir tests/browser/pkg-node "$wasm"
  echo '{"type":"commonjs"}' > tests/browser/pkg-node/package.json
fi
# Build-time npm dependencies, pinned in www/deps/package-lock.json: Quill for the
# editor.html demo, and binaryen's wasm-opt.
if [ ! -x www/deps/node_modules/.bin/wasm-opt ] || [ ! -d www/deps/node_modules/quill ]; then
  (cd www/deps && npm ci --no-audit --no-fund --silent)
fi
if [ ! -f www/vendor/quill.js ]; then
  mkdir -p www/vendor
  cp www/deps/node_modules/quill/dist/quill.js www/deps/node_modules/quill/dist/quill.snow.css www/vendor/
  cp www/deps/node_modules/quill/LICENSE www/vendor/LICENSE-quill.txt
fi
# Optimise the wasm for speed within the size bound (see the wasm profile in Cargo.toml).
www/deps/node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals www/pkg/factcheck_bg.wasm -o www/pkg/factcheck_bg.wasm
if [ -f tests/browser/pkg-node/factcheck_bg.wasm ]; then cp www/pkg/factcheck_bg.wasm tests/browser/pkg-node/factcheck_bg.wasm; fi
ls -l www/pkg/*.wasm
