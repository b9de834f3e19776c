#!/usr/bin/env bash
# Frame time of agora-gui while it replays the bundled scenario's crowd egress (every agent of
# `agora crowd --trajectories`): the same view with no replay, paused at 60 s (agents drawn into
# the cached map), and playing at 20x. Both under Mesa's
# software OpenGL (llvmpipe) in Xvfb at 1600×1000, as bench/gui_frame_time.sh. While playing,
# every frame interpolates the agents, uploads one point per agent and draws them in one call
# over the cached map; the map itself is not redrawn.
#   bench/gui_replay_frame_time.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scenario=scenarios/munchen-christkindlmarkt/scenario.json
runs="$build/bench-replay"
traj="$runs/crowd_trajectories.agtraj"
if [ ! -f "$traj" ]; then
  echo "== agora crowd --trajectories (once)"
  "$build/agora" crowd "$scenario" --trajectories -o "$runs" | tail -n 3
fi
ls -l "$traj" | awk '{printf "trajectory file: %.1f MB\n", $5 / 1e6}'
cat > "$runs/still.txt" <<SCRIPT
fit
wait_frames 30
stats_reset
wait_frames 300
SCRIPT
cat > "$runs/paused.txt" <<SCRIPT
fit
replay $traj
replay_seek 60
wait_frames 30
stats_reset
wait_frames 300
SCRIPT
cat > "$runs/replay.txt" <<SCRIPT
fit
replay $traj
replay_play 20
wait_frames 30
stats_reset
wait_frames 300
SCRIPT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for s in still paused replay; do
  echo "== $s"
  LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$build/agora-gui" "$scenario" --script "$runs/$s.txt" --size 1600x1000 --frame-stats
done
