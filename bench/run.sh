#!/usr/bin/env bash
# The benchmark that picks the snapshot trigger (BENCHMARKS.md): latency of one command against plans with long
# histories, for every snapshot threshold, on this machine.
#
#   bench/run.sh              the full run (about 5 minutes on 2 cores, plus the build; waits for /tmp/bench.lock);
#                             rewrites the results block of BENCHMARKS.md
#   bench/run.sh --sessions   the supplement (about 5 minutes): histories of sessions, whose state grows with them;
#                             rewrites the sessions block of BENCHMARKS.md
#   bench/run.sh --smoke      a tiny size (well under a minute) that proves the whole path works; its report goes to
#                             bench/target/BENCHMARKS.smoke.md and BENCHMARKS.md is left alone
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
sessions=false
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=true ;;
    --sessions) sessions=true ;;
    *) echo "usage: bench/run.sh [--smoke] [--sessions]" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
source bench/common.sh

args=(--command "bench/run.sh$($sessions && echo ' --sessions' || true)$($smoke && echo ' --smoke' || true)")
$sessions && args+=(--sessions)
if $smoke; then
  report=bench/target/BENCHMARKS.smoke.md
  if [ -f BENCHMARKS.md ]; then cp BENCHMARKS.md "$report"; else : > "$report"; fi
  args+=(--smoke)
else
  report=BENCHMARKS.md
fi

# A fixed heap, so that heap resizing does not land in the measured commands.
run=("$java" -Xms1g -Xmx1g -jar "$jar" "${args[@]}" --java-version "$java_version" --report "$report")
if $smoke; then "${run[@]}" >/dev/null; else flock /tmp/bench.lock "${run[@]}" >/dev/null; fi

echo "done in $(( $(date +%s) - started )) s (build included); results in $report" >&2
