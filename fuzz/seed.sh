#!/usr/bin/env bash
# Seeds the fuzz corpora, fuzz/corpus/<target>/ (grown by the fuzzer, not committed), with
# the seed articles (seeds/) and the invented stories of the tests (tests/stories/*/); the
# index target gets their prebuilt indexes (`factcheck index`). fuzz/run.sh calls it for a
# target whose corpus is empty; TARGETS (default: all four) picks the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="${TARGETS:-document extract check index}"
for t in $targets; do
  dir="fuzz/corpus/$t"
  mkdir -p "$dir"
  if [ "$t" = index ]; then
    for src in seeds tests/stories/*/; do
      name=$(basename "$src")
      cargo run -q --release -- index "$src" -o "$dir/$name.index.json"
    done
  else
    for f in seeds/*.txt tests/stories/*/*.txt; do
      cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
  fi
  echo "$dir: $(ls "$dir" | wc -l) inputs"
done
