#!/usr/bin/env bash
# Seeds the fuzz corpora, fuzz/corpus/<target>/ (grown by the fuzzer, not committed), with
# the seed articles (seeds/) and the tests' invented articles (tests/stories/*/,
# tests/articles/); the index target gets prebuilt indexes (`factcheck index`) of each
# story (1-5 KB; the seeds' 61 KB index is left out: index inputs are kept under 16 KB so
# the fuzzer runs fast); the forget target gets each story's articles as one input. fuzz/run.sh calls it for a target whose corpus is empty;
# TARGETS (default: all five) picks the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="${TARGETS:-document extract check index forget}"
for t in $targets; do
  dir="fuzz/corpus/$t"
  mkdir -p "$dir"
  if [ "$t" = forget ]; then
    # One input per story: a byte that picks the article to forget, then the articles
    # joined by form feeds.
    for src in tests/stories/*/; do
      name=$(basename "$src")
      for pick in 0 1 2; do
        { printf "\\x0$pick"; for f in "$src"*.txt; do cat "$f"; printf '\f'; done; } \
          > "$dir/$name-$pick"
      done
    done
  elif [ "$t" = index ]; then
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
