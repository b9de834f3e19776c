#!/usr/bin/env bash
# Frame time of agora-gui at 1600×1000 under Mesa's software OpenGL (llvmpipe) in Xvfb, with
# the bundled München scenario: the map still, panned, zoomed, and with the analyses' overlays
# after a run. Prints, for each, wall and CPU time per frame (CPU: every thread of the process,
# the rasterizer's included) for frames that copied the cached map and frames that redrew it,
# and the time from start to the first frame. Target: under 16 ms per frame (issue 7), and a
# map redraw with the results overlays under 16 ms of CPU (issue 17: after_run). The editor is
# pinned to one core (AGORA_BENCH_CPU, default 0), the software rasterizer's threads with it.
#   bench/gui_frame_time.sh [BUILD_DIR] [SCRIPT...]   (scripts of bench/gui/, default all)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=(static pan zoom overlay after_run)
cpu=${AGORA_BENCH_CPU:-0}
scenario=scenarios/munchen-christkindlmarkt/scenario.json
run() {
  echo "== $1"
  LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1200x24" \
    taskset -c "$cpu" "$build/agora-gui" "$scenario" --script "bench/gui/$1.txt" --size 1600x1000 --frame-stats
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); editor pinned to CPU $cpu"
for s in "${scripts[@]}"; do run "$s"; done
