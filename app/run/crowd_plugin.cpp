#include "app/run/crowd_plugin.hpp"

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
    ctx_.progress(phase_ == ca::Phase::kCirculation ? 0.0 : fraction,
                  "t = " + std::to_string(static_cast<long>(p.time_s)) + " s, " +
                      std::to_string(p.agents_inside) + " agents to go");
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
};

}  // namespace

ca::CrowdRunOptions default_crowd_options(const scenario::Scenario& scenario) {
  ca::CrowdRunOptions o;
  o.phase = ca::Phase::kEgress;
  o.seed = scenario.seed;
  o.threads = 1;
  o.planning_density_ppm2 = gis::planning_density_ppm2(gis::Profile::load(scenario.profile));
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
