#!/usr/bin/env bash
# How long verifying the event store takes (BENCHMARKS.md, "Verifying the event store"): the demo program is seeded
# through the command API into a fresh data folder (checkpoints every 5 s while it runs), the platform is stopped,
# and the platform jar's CLI verifies the whole store (every event against its chain, every stream against the newest
# signed checkpoint), alternating with a baseline run of the same CLI that starts the same JVM and embedded PostgreSQL
# and checks the checkpoint but walks no stream (--plan of a plan that does not exist). Wall time from outside the
# process, and the verifier's own time from its answer.
#
#   bench/verify-store.sh            5 pairs; rewrites the section of BENCHMARKS.md
#   bench/verify-store.sh --runs N   N pairs
#
# Uses the default embedded ports (8080, 8081, 9000, 9092, 9093, 27017, 54329): nothing else may hold them.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) shift; runs="${1:?--runs needs a number}" ;;
    *) echo "usage: bench/verify-store.sh [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
platform=infra/target/tandem-platform.jar
if [ ! -f "$platform" ]; then
  echo "building the platform jar ..." >&2
  ./mvnw -q -B -pl infra -am package -DskipTests
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export TANDEM_DATA_DIR="$data"

exec 9>/tmp/bench.lock
flock 9
echo "seeding the demo program into $data ..." >&2
TANDEM_CHECKPOINT_INTERVAL=PT5S "$java" -jar "$platform" --demo >"$data/platform.log" 2>&1 &
platform_pid=$!
until grep -q 'Press Ctrl+C to stop' "$data/platform.log"; do
  if ! kill -0 "$platform_pid" 2>/dev/null; then
    echo "the platform stopped while seeding; see its log:" >&2
    tail -40 "$data/platform.log" >&2
    exit 1
  fi
  sleep 2
done
sleep 6 # one more checkpoint, with the last commands in it
kill -TERM "$platform_pid"
wait "$platform_pid" || true

verify() { # prints: wall milliseconds, exit code, the verifier's answer on one line
  local started ended status answer
  started=$(date +%s%N)
  set +e
  answer=$("$java" -jar "$platform" verify-event-store "$@" 2>&1)
  status=$?
  set -e
  ended=$(date +%s%N)
  echo "$(( (ended - started) / 1000000 )) $status $(echo "$answer" | tr -d '\n ')"
}

field() { # a number field of the answer's JSON
  echo "$1" | grep -o "\"$2\":[0-9]*" | head -1 | cut -d: -f2
}

verify >/dev/null # warm-up: the file cache, the JIT's first contact
store_walls=(); baseline_walls=(); verifier_millis=(); ratios=()
for ((i = 1; i <= runs; i++)); do
  read -r wall status answer < <(verify)
  [ "$status" = 0 ] || { echo "the store did not verify: $answer" >&2; exit 1; }
  read -r base_wall base_status _ < <(verify --plan=bench-no-such-plan)
  [ "$base_status" = 0 ] || { echo "the baseline failed" >&2; exit 1; }
  store_walls+=("$wall"); baseline_walls+=("$base_wall"); verifier_millis+=("$(field "$answer" millis)")
  ratios+=("$(awk -v a="$wall" -v b="$base_wall" 'BEGIN { printf "%.2f", a / b }')")
  echo "pair $i: store ${wall} ms (verifier $(field "$answer" millis) ms), baseline ${base_wall} ms" >&2
done
events=$(field "$answer" events)
streams=$(field "$answer" streams)

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

section=$(cat <<MD
## Verifying the event store (tamper evidence)

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),
$("$java" -version 2>&1 | head -1), with \`bench/verify-store.sh --runs $runs\`: the demo program seeded through the
command API ($events events in $streams streams, checkpoints every 5 s while seeding), the platform stopped, then the
CLI \`java -jar infra/target/tandem-platform.jar verify-event-store\` on the whole store, alternating with a baseline
of the same CLI that starts the same JVM and embedded PostgreSQL and checks the newest checkpoint's signature and root
but walks no stream. Medians of $runs pairs; the ratio is taken pair by pair.

| | whole store | baseline (no stream walked) | ratio |
|---|---|---|---|
| wall time, from outside the process | $(median "${store_walls[@]}") ms | $(median "${baseline_walls[@]}") ms | $(median "${ratios[@]}")x |
| the verifier's own time (its \`millis\`) | $(median "${verifier_millis[@]}") ms | | |

Every event is read once and hashed; each stream costs two queries (its events, its chain). The store verified in
every run.
MD
)
python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1].rstrip() + "\n"
text = open("BENCHMARKS.md").read()
pattern = re.compile(r"## Verifying the event store \(tamper evidence\)\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open("BENCHMARKS.md", "w").write(text)
PY
echo "$section"
