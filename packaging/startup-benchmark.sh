#!/usr/bin/env bash
# Start-up benchmark: milliseconds from JVM start to the first frame, for the Signalbox console and for a minimal
# JavaFX window started the same way (same JVM, same class path, same measurement), alternating, several runs.
# Prints each run, the medians and the ratio console/minimal. Target: ratio <= 1.5.
#
#   mvn -q -B package -DskipTests && mvn -q -B test-compile && packaging/startup-benchmark.sh [RUNS]
#
# Without a DISPLAY it starts Xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f target/signalbox.jar ] && [ -d target/test-classes/dev/signalbox/bench ] || {
  echo "build first: mvn -q -B package -DskipTests && mvn -q -B test-compile" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
fi

cp="target/signalbox.jar:target/lib/*:target/test-classes"
home=$(mktemp -d)
jvm=(java -Dprism.order=sw -DSIGNALBOX_BENCH=1 -cp "$cp")
measure() { SIGNALBOX_HOME="$home" "${jvm[@]}" "$@" 2>/dev/null | sed -n 's/^startup-ms=\([0-9]*\).*/\1/p' | head -1; }

console=(); minimal=()
for i in $(seq "$runs"); do
  m=$(measure dev.signalbox.bench.MinimalWindow)
  c=$(measure dev.signalbox.Signalbox --measure-startup)
  echo "run $i: minimal ${m} ms, console ${c} ms"
  minimal+=("$m"); console+=("$c")
done
rm -rf "$home"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
mm=$(median "${minimal[@]}"); cm=$(median "${console[@]}")
echo "median minimal window: ${mm} ms"
echo "median console:        ${cm} ms"
awk -v c="$cm" -v m="$mm" 'BEGIN { printf "ratio console/minimal: %.2f (target <= 1.50)\n", c/m }'
