#!/usr/bin/env bash
# The benchmarks (not part of the test command). Builds everything, generates synthetic
# corpora of 100, 1,000 and 10,000 articles with prebuilt indexes, runs the Node
# benchmark of the wasm build against wink-nlp and compromise, the native criterion
# benchmarks, and writes benches/node/results.json and docs/check-curve.svg (generated;
# committed). Figures go to BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
bash www/build.sh
cargo build --release
node_dir=benches/node
work=target/bench
rm -rf "$work" && mkdir -p "$work"
cargo run -q --release --example synth -- 1 1000 "$work/article" 99 > /dev/null
cp "$work/article/synth-00000.txt" "$node_dir/article-1000.txt"
for n in 100 1000 10000; do
  bytes=$(cargo run -q --release --example synth -- "$n" 500 "$work/corpus-$n" 7)
  echo "$bytes" > "$node_dir/corpus-$n.bytes"
  ./target/release/factcheck index "$work/corpus-$n" -o "$node_dir/corpus-$n.index.json"
done
(cd "$node_dir" && npm ci --no-audit --no-fund --silent)
node --expose-gc --max-old-space-size=8192 "$node_dir/bench.mjs"
# Without the CLI feature: building the binary too would build the library twice (panic=abort
# for the binary, unwind for the harness) into the same file, which can fail to link.
cargo bench --bench native --no-default-features
cargo run -q --release --example throughput
node benches/plot.mjs
node benches/page-load.mjs
# Archive scale (issue 25): the synthetic 10,000 and the real-news dev split, each in a
# process of its own (the wasm memory figure is the process's peak).
node --expose-gc benches/node/scale.mjs --synthetic-only
node --expose-gc benches/node/scale.mjs --real-only
cargo run -q --release --example memory -- benches/node/corpus-10000.index.json
# The native scan of 10,000 articles as `factcheck scan` runs it (every core), 5 runs.
cargo run -q --release --example scan -- benches/node/corpus-10000.index.json 5 "$(nproc)"
