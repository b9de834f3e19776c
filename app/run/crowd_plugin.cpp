#include "app/run/crowd_plugin.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "app/run/scenario_run.hpp"
#include "gis/crowd/agent_tables.hpp"
#include "gis/crowd/crowd_outputs.hpp"
#include "gis/crowd/trajectory_file.hpp"
#include "gis/profile.hpp"

namespace agora::run {

namespace {

namespace ca = crowd::agents;

// Passes progress and cancelling on to the run context, and with frames to another observer;
// frames also to the trajectory file.
class ContextObserver : public ca::CrowdObserver {
 public:
  ContextObserver(const RunContext& ctx, ca::Phase phase, ca::CrowdObserver* frames,
                  gis::TrajectoryWriter* file)
      : ctx_(ctx), phase_(phase), frames_(frames), file_(file) {}
  void progress(const ca::CrowdProgress& p) override {
    if (frames_) frames_->progress(p);
    if (!ctx_.progress) return;
    const double fraction =
        p.agents_total ? static_cast<double>(p.agents_done) / static_cast<double>(p.agents_total)
                       : 1.0;
    const double wall_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    ctx_.progress(phase_ == ca::Phase::kCirculation ? 0.0 : fraction,
                  crowd_progress_text(p, wall_s));
  }
  bool cancelled() const override { return ctx_.cancelled() || (frames_ && frames_->cancelled()); }
  void frame(double t, const std::vector<ca::AgentFrame>& agents) override {
    if (frames_) frames_->frame(t, agents);
    if (file_) file_->frame(t, agents);
  }

 private:
  const RunContext& ctx_;
  ca::Phase phase_;
  ca::CrowdObserver* frames_;
  gis::TrajectoryWriter* file_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

std::string crowd_progress_text(const ca::CrowdProgress& p, double wall_s) {
  auto whole = [](double v) { return std::to_string(static_cast<long>(std::lround(v))); };
  if (p.time_s <= 0.0)
    return std::to_string(p.agents_total) + " agents; about " + whole(p.estimated_end_s) +
           " s to simulate (estimate)";
  // Once people are out, the pace so far bounds the end too: those still inside, at the
  // average outflow up to now.
  double end_s = p.estimated_end_s;
  if (p.agents_done > 0 && p.agents_inside > 0)
    end_s = std::max(end_s, p.time_s + static_cast<double>(p.agents_inside) * p.time_s /
                                           static_cast<double>(p.agents_done));
  std::string text = "t = " + whole(p.time_s) + " s of about " + whole(end_s) + " s, " +
                     std::to_string(p.agents_inside) + " of " + std::to_string(p.agents_total) +
                     " agents to go";
  if (wall_s > 0.5) {
    const double rate = p.time_s / wall_s;  // simulated seconds per wall second
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", rate);
    text += ", " + std::string(buf) + "x real time";
    if (end_s > p.time_s && rate > 0.0)
      text += ", about " + whole((end_s - p.time_s) / rate) + " s left";
  }
  return text;
}

ca::CrowdRunOptions default_crowd_options(const scenario::Scenario& scenario) {
  ca::CrowdRunOptions o;
  o.phase = ca::Phase::kEgress;
  o.seed = scenario.seed;
  o.threads = 1;
  o.planning_density_ppm2 = gis::planning_density_ppm2(gis::Profile::load(scenario.profile));
  // As many people as the event expects at its peak; without that, the zones' densities.
  if (scenario.event.attendance_peak > 0) {
    o.agents = scenario.event.attendance_peak;
    o.agents_from = ca::CrowdSize::kAttendance;
  }
  return o;
}

AnalysisOutput crowd_analysis(const RunContext& ctx, ca::CrowdRunOptions options,
                              ca::CrowdObserver* observer) {
  const gis::Profile profile = gis::Profile::load(ctx.scenario.profile);
  const ca::CrowdSetup setup = gis::load_crowd_setup(
      profile, options.phase, ctx.scenario.crowd_speeds_path, ctx.scenario.crowd_los_path);
  std::unique_ptr<gis::TrajectoryWriter> file;
  if (!ctx.crowd_trajectories_path.empty()) {
    options.trajectory_interval_s = gis::kTrajectoryFrameIntervalS;
    file = std::make_unique<gis::TrajectoryWriter>(
        ctx.crowd_trajectories_path, ctx.city.stats.target_crs,
        gis::trajectory_bounds(ctx.scenario.layout), options.trajectory_interval_s);
  }
  ContextObserver chain(ctx, options.phase, observer, file.get());
  const ca::CrowdResult result = ca::run_crowd(ctx.scenario, ctx.city, setup, options, &chain);
  if (file && !result.cancelled) file->commit(static_cast<std::uint32_t>(result.agents));
  return gis::crowd_output(result);
}

AnalysisPlugin crowd_plugin() {
  AnalysisPlugin p;
  p.name = "crowd";
  p.title = "Agent-based crowd simulation (egress of the crowd zones)";
  p.applies = [](const scenario::Scenario& s) {
    return !s.layout.crowd_zones.empty() && !s.layout.exits.empty();
  };
  p.run = [](const RunContext& ctx) {
    ca::CrowdRunOptions options = default_crowd_options(ctx.scenario);
    options.threads = ctx.threads;
    return crowd_analysis(ctx, options);
  };
  p.write_files = [](const RunResult&, const AnalysisOutput& out, const std::string& dir) {
    const auto& r = std::any_cast<const ca::CrowdResult&>(out.detail);
    gis::write_flow_csv((std::filesystem::path(dir) / "crowd_flow.csv").string(), r);
    gis::write_exits_csv((std::filesystem::path(dir) / "crowd_exits.csv").string(), r);
    return std::vector<std::string>{"crowd_flow.csv", "crowd_exits.csv"};
  };
  return p;
}

}  // namespace agora::run
