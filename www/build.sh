#!/usr/bin/env bash
# Builds the checker to WebAssembly and writes www/pkg/ (ES module + .wasm + .d.ts).
# Installs what is missing (the wasm target, wasm-bindgen-cli at the version in
# Cargo.lock) and skips what is present. Node loads the same build (`initSync`, as
# www/package/node.js does).
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
# An ES module also to Node (the npm package, the Node tests and the benchmark load it).
echo '{"type":"module"}' > www/pkg/package.json
# Build-time npm dependencies, pinned in www/deps/package-lock.json: ProseMirror for the
# editor.html demo, esbuild to bundle it, and binaryen's wasm-opt.
if [ ! -x www/deps/node_modules/.bin/wasm-opt ] || [ ! -x www/deps/node_modules/.bin/esbuild ] || [ ! -d www/deps/node_modules/prosemirror-view ]; then
  (cd www/deps && npm ci --no-audit --no-fund --silent)
fi
# ProseMirror as one ES module for the demo (the site has no build step of its own), its
# stylesheet, its licence, and types for tsc (re-exported from the packages).
if [ ! -f www/vendor/prosemirror.js ] || [ www/deps/package-lock.json -nt www/vendor/prosemirror.js ]; then
  mkdir -p www/vendor
  www/deps/node_modules/.bin/esbuild www/deps/prosemirror.js --bundle --format=esm --log-level=warning --outfile=www/vendor/prosemirror.js
  cp www/deps/node_modules/prosemirror-view/style/prosemirror.css www/vendor/
  cp www/deps/node_modules/prosemirror-view/LICENSE www/vendor/LICENSE-prosemirror.txt
  {
    for p in state view model schema-basic; do echo "export * from '../deps/node_modules/prosemirror-$p/dist/index.js';"; done
  } > www/vendor/prosemirror.d.ts
fi
# Optimise the wasm within the size bound (see the wasm profile in Cargo.toml). -O1: on
# 2026-11-22, builds interleaved in one Node process, -O3 and -O2 extracted 2-4 % slower
# and gave 6.7 KB more gzipped; -Os and -Oz were as large as -O3.
www/deps/node_modules/.bin/wasm-opt -O1 --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals www/pkg/factcheck_bg.wasm -o www/pkg/factcheck_bg.wasm
ls -l www/pkg/*.wasm
