#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, one after the other, keeping the
# corpus in fuzz/corpus/<target>/ (not committed: an empty one is first seeded by
# fuzz/seed.sh), and appends the outcome to fuzz/LAST_RUN.md.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Not part of the
# test command.
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
targets="${TARGETS:-document extract check index forget}"
{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ): ${secs}s per target"
  echo
} >> LAST_RUN.md
for t in $targets; do
  mkdir -p "corpus/$t"
  [ -n "$(ls -A "corpus/$t")" ] || TARGETS="$t" bash seed.sh
  log="/tmp/fuzz-$t.log"
  cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 > "$log" 2>&1
  rc=$?
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  if [ $rc -eq 0 ]; then verdict="no crash"; else verdict="FAILED (exit $rc, see $log and fuzz/artifacts/$t/)"; fi
  echo "- \`$t\`: $verdict; ${runs:-runs unknown}; ${cov:-}; corpus $(ls "corpus/$t" | wc -l) inputs" >> LAST_RUN.md
done
echo >> LAST_RUN.md
