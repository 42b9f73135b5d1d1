#!/usr/bin/env bash
# Builds the npm package into target/npm/ and packs it: target/factcheck-wasm-VERSION.tgz.
# The package holds the wasm build (www/pkg), the component, its worker and entry points
# for browsers (index.js) and Node (node.js), and the licence texts (LICENSE-MIT,
# LICENSE-APACHE: the crate's "MIT OR Apache-2.0").
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/factcheck_bg.wasm ] || bash www/build.sh
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
out=target/npm
rm -rf "$out" && mkdir -p "$out/pkg"
cp www/package/index.js www/package/node.js www/package/README.md www/package/fact-check-panel.d.ts www/package/client.d.ts www/package/prosemirror.d.ts "$out/"
cp www/fact-check-panel.js www/render.js www/client.js www/worker.js www/prosemirror.js "$out/"
cp LICENSE-MIT LICENSE-APACHE "$out/"
cp -r www/pkg/factcheck.js www/pkg/factcheck_bg.wasm www/pkg/factcheck.d.ts www/pkg/factcheck_bg.wasm.d.ts www/pkg/snippets "$out/pkg/"
# wasm-bindgen declares Checker[Symbol.dispose], which only compiles with the esnext
# "disposable" lib; the types a CMS compiles against leave it out (free() is declared).
sed -i '/\[Symbol\.dispose\]/d' "$out/pkg/factcheck.d.ts"
sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" www/package/package.json > "$out/package.json"
(cd "$out" && npm pack --silent --pack-destination ..)
ls -1 target/factcheck-wasm-"$version".tgz
