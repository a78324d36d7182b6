#!/usr/bin/env bash
# Start-up benchmark: milliseconds from process start to the first frame, for the Signalbox console and for a
# minimal JavaFX window started the same way, alternating, several runs; prints each run, the medians and the
# ratio console/minimal (target <= 1.3, issue 19).
#
#   mvn -q -B -Ppackage package && mvn -q -B test-compile && packaging/startup-benchmark.sh [RUNS]
#
# Two comparisons:
#   packaged: the app image's launcher (its jlinked runtime + the AppCDS archive made by create-cds-archive.sh)
#             against the minimal window on that same runtime and class path;
#   jar:      `java -cp target/signalbox.jar:target/lib/*` against the minimal window with the same JVM and flags.
# Without a DISPLAY it starts Xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[ -d target/test-classes/dev/signalbox/bench ] || { echo "build first: mvn -q -B test-compile" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
fi
home=$(mktemp -d)
ms() { sed -n 's/^startup-ms=\([0-9]*\).*/\1/p' | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

compare() {  # NAME, then the two commands as the strings in $console_cmd / $minimal_cmd arrays
  local name=$1; local -a console=() minimal=()
  for i in $(seq "$runs"); do
    m=$("${minimal_cmd[@]}" 2>/dev/null | ms)
    c=$(SIGNALBOX_HOME="$home" "${console_cmd[@]}" --measure-startup 2>/dev/null | ms)
    echo "$name run $i: minimal ${m} ms, console ${c} ms"
    minimal+=("$m"); console+=("$c")
  done
  local mm cm; mm=$(median "${minimal[@]}"); cm=$(median "${console[@]}")
  awk -v n="$name" -v c="$cm" -v m="$mm" 'BEGIN { printf "%s: median minimal %d ms, console %d ms, ratio %.2f (target <= 1.30)\n", n, m, c, c/m }'
}

image=target/installer/Signalbox
if [ -x "$image/bin/Signalbox" ]; then
  console_cmd=("$image/bin/Signalbox")
  minimal_cmd=("$image/lib/runtime/bin/java" -cp "$image/lib/app/signalbox.jar:$image/lib/app/lib/*:target/test-classes" dev.signalbox.bench.MinimalWindow)
  compare packaged
else
  echo "no app image (mvn -Ppackage package): skipping the packaged comparison"
fi
if [ -f target/signalbox.jar ]; then
  console_cmd=(java -Dprism.order=sw -cp "target/signalbox.jar:target/lib/*" dev.signalbox.Signalbox)
  minimal_cmd=(java -Dprism.order=sw -cp "target/signalbox.jar:target/lib/*:target/test-classes" dev.signalbox.bench.MinimalWindow)
  compare jar
fi
rm -rf "$home"
