#!/usr/bin/env bash
# The batch benchmark (issue 6): the 1,000 variants of the München sweep (ramming +
# assessment: 5 vehicle classes x each exit closed x attendance 6,000..30,000) on 1 and 2
# threads and on 2 MPI ranks over loopback. Prints variants per second, the share of variant
# time spent outside the analyses (target under 5 %), and the peak resident memory (the city
# model is built once and shared by every variant of a process).
#   bench/batch.sh [BUILD_DIR] [TO]   TO: attendance up to TO only (8,000 gives 5 x 8 x 3 = 120
#                                     variants, for a quick look; the rate is per variant)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
to=${2:-}
sweep=scenarios/munchen-christkindlmarkt/sweep-1000.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$to" ]; then
  python3 - "$sweep" "$to" "$work/sweep.json" <<'PY'
import json, os, sys
src, to, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
doc = json.load(open(src))
doc["base"] = os.path.abspath(os.path.join(os.path.dirname(src), doc["base"]))
doc["parameters"]["attendance_peak"]["to"] = to
json.dump(doc, open(dst, "w"))
PY
  sweep="$work/sweep.json"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
measure() {  # label, command...
  local label=$1
  shift
  echo "== $label"
  /usr/bin/time -f "peak resident memory: %M KiB (largest single process), wall %e s" "$@" 2>&1 |
    grep -E "^batch:|peak resident|variant\(s\) failed" | grep -v "^progress" || true
}
measure "1 thread" "$build/agora" batch "$sweep" -j 1 --force -o "$work/j1"
measure "2 threads" "$build/agora" batch "$sweep" -j 2 --force -o "$work/j2"
if command -v mpirun > /dev/null; then
  measure "2 MPI ranks (rank 0 hands out, both run variants)" \
    mpirun --allow-run-as-root --oversubscribe -np 2 --mca btl self,tcp --mca btl_tcp_if_include lo \
    "$build/agora" batch "$sweep" --force -o "$work/mpi"
fi
