#!/usr/bin/env bash
# Idle cost of agora-gui: the editor opened interactively (no script) on the bundled München
# scenario at 1600×1000 under Mesa's software OpenGL in Xvfb, left alone. After it has settled
# (15 s), prints the CPU time the whole process (every thread, the rasterizer's included)
# spends in the next 10 s, from /proc/PID/stat (utime + stime), and the frames it drew then.
# Issue 17's target: an idle window costs next to nothing (it used to draw continuously).
#   bench/gui_idle_cpu.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scenario=scenarios/munchen-christkindlmarkt/scenario.json
autosave=$(mktemp -d)
trap 'rm -rf "$autosave"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1200x24" bash -c '
  "$0" "$1" --size 1600x1000 --autosave-dir "$2" --frame-stats > "$2/out.txt" 2>&1 &
  pid=$!
  sleep 15
  cpu() { awk "{print \$14 + \$15}" /proc/$pid/stat; }
  t0=$(cpu)
  sleep 10
  t1=$(cpu)
  hz=$(getconf CLK_TCK)
  echo "idle CPU: $(( (t1 - t0) * 1000 / hz )) ms per 10 s"
  kill $pid; wait $pid 2>/dev/null || true
' "$build/agora-gui" "$scenario" "$autosave"
