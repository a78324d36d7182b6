#!/usr/bin/env bash
# The UI and sandbox tests, three runs in a row, while busy loops keep every core busy (docs/testing.md).
# A test that waits on a neighbour of what it asserts, or on time, fails here first.
#   bash docs/load-stress.sh            # 3 runs
#   RUNS=5 bash docs/load-stress.sh
# On a machine shared with other builds, take the same lock they do:
#   flock /tmp/signalbox-maven.lock bash docs/load-stress.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-3}
cores=$(nproc)
tests='dev/signalbox/ui/**/*Test.java,dev/signalbox/sandbox/*Test.java'

busy=()
stop_load() {
  # Only the load this script started, by process id.
  if [ ${#busy[@]} -gt 0 ]; then kill "${busy[@]}" 2>/dev/null || true; fi
}
trap stop_load EXIT
if command -v stress-ng >/dev/null 2>&1; then
  stress-ng --cpu "$cores" --quiet &
  busy+=($!)
else
  for _ in $(seq "$cores"); do
    ( while :; do :; done ) &
    busy+=($!)
  done
fi
echo "load: ${#busy[@]} process(es) keeping $cores core(s) busy"

mvn -B -q test-compile
for run in $(seq "$runs"); do
  rm -rf target/surefire-reports
  start=$(date +%s)
  if mvn -B -q surefire:test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false; then
    outcome=green
  else
    outcome=RED
  fi
  counts=$(cat target/surefire-reports/*.txt | awk '/Tests run:/ {t+=$3; f+=$5; e+=$7; s+=$9} END {printf "%d tests, %d failures, %d errors, %d skipped", t, f, e, s}' FS='[ ,]+')
  echo "run $run of $runs: $outcome in $(( $(date +%s) - start )) s ($counts)"
  [ "$outcome" = green ] || exit 1
done
