#!/usr/bin/env bash
# Runs one benchmark script on an earlier revision and then on this checkout, back to back on the same machine, so a
# before-and-after pair is measured in one run (BENCHMARKS.md, the headline table).
#
#   bench/before-after.sh REVISION load.sh [its arguments]      e.g. bench/before-after.sh 7edc3b7 load.sh
#   bench/before-after.sh REVISION rebuild.sh --events 50000
#
# The earlier revision is checked out as a git worktree in bench/target/before-REVISION and benchmarked there; its
# report lands in that worktree's BENCHMARKS.md, this checkout's in BENCHMARKS.md, as the script writes them.
set -euo pipefail
cd "$(dirname "$0")/.."

revision="${1:?usage: bench/before-after.sh REVISION load.sh|rebuild.sh [arguments]}"
script="${2:?usage: bench/before-after.sh REVISION load.sh|rebuild.sh [arguments]}"
shift 2
before="bench/target/before-$revision"

if [ ! -d "$before" ]; then
  git worktree add --force --detach "$before" "$revision" >&2
fi
echo "before: $(git -C "$before" log -1 --format='%h %s' | cut -c1-100)" >&2
(cd "$before" && "bench/$script" "$@")
echo "after: $(git log -1 --format='%h %s' | cut -c1-100)" >&2
"bench/$script" "$@"
echo "before's report: $before/BENCHMARKS.md; after's: BENCHMARKS.md" >&2
