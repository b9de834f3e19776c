#!/usr/bin/env bash
# Frame time of agora-gui at 1600×1000 under Mesa's software OpenGL (llvmpipe) in Xvfb, with
# the bundled München scenario: the map still, panned, zoomed, and with the analyses' overlays
# after a run. Prints, for each, wall and CPU time per frame (CPU: every thread of the process,
# the rasterizer's included) for frames that copied the cached map and frames that redrew it,
# and the time from start to the first frame. Target: under 16 ms per frame (issue 7).
#   bench/gui_frame_time.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scenario=scenarios/munchen-christkindlmarkt/scenario.json
run() {
  echo "== $1"
  LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$build/agora-gui" "$scenario" --script "bench/gui/$1.txt" --size 1600x1000 --frame-stats
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for s in static pan zoom overlay; do run "$s"; done
