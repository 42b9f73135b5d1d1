#!/usr/bin/env bash
# Seeds the fuzz corpora, fuzz/corpus/<target>/ (grown by the fuzzer, not committed), with
# the seed articles (seeds/) and the tests' invented articles (tests/stories/*/,
# tests/articles/); the index target gets prebuilt indexes (`factcheck index`) of each
# story (1-5 KB; the seeds' 61 KB index is left out: index inputs are kept under 16 KB so
# the fuzzer runs fast). fuzz/run.sh calls it for a target whose corpus is empty;
# TARGETS (default: all four) picks the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="${TARGETS:-document extract check index}"
for t in $targets; do
  dir="fuzz/corpus/$t"
  mkdir -p "$dir"
  if [ "$t" = index ]; then
    for src in tests/stories/*/; do
      name=$(basename "$src")
      cargo run -q --release -- index "$src" -o "$dir/$name.index.json"
    done
  else
    for f in seeds/*.txt tests/stories/*/*.txt tests/articles/*.txt; do
      cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
  fi
  echo "$dir: $(ls "$dir" | wc -l) inputs"
done
