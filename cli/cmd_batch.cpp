// agora batch SWEEP.json [-j N] [-o DIR] [--resume] [--force] [--gpkg]: every variant of a
// sweep on N threads, or across MPI ranks when started by mpirun. Exit status: 0 when every
// variant succeeded, 2 for bad input found before anything ran, 100 + the number of failed
// variants (at most 255) otherwise.

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/run/batch_mpi.hpp"
#include "app/run/batch_runner.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "gis/sweep_reader.hpp"

namespace agora::cli {

namespace {

std::string duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  const long t = std::lround(s);
  char buf[32];
  if (t >= 3600)
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, (t % 3600) / 60);
  else if (t >= 60)
    std::snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
  else
    std::snprintf(buf, sizeof buf, "%lds", t);
  return buf;
}

// A progress bar on a terminal, plain lines (at most every 5 %) otherwise.
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool tty) : tty_(tty) {}
  void operator()(const run::BatchProgress& p) {
    const std::size_t todo = p.total - p.skipped;
    const double rate = p.elapsed_s > 0 ? static_cast<double>(p.done) / p.elapsed_s : 0.0;
    const double eta = rate > 0 ? static_cast<double>(todo - p.done) / rate : std::nan("");
    const double fraction = todo ? static_cast<double>(p.done) / static_cast<double>(todo) : 1.0;
    char line[256];
    std::snprintf(line, sizeof line, "%zu/%zu done, %zu failed, %.2f variants/s, ETA %s",
                  p.done + p.skipped, p.total, p.failed, rate, duration(eta).c_str());
    if (tty_) {
      constexpr int kWidth = 30;
      const int filled = static_cast<int>(fraction * kWidth);
      std::string bar(static_cast<std::size_t>(filled), '=');
      if (filled < kWidth)
        bar += '>' + std::string(static_cast<std::size_t>(kWidth - filled - 1), ' ');
      std::fprintf(stderr, "\r[%s] %s   ", bar.c_str(), line);
      if (p.done == todo) std::fprintf(stderr, "\n");
    } else {
      const int step = static_cast<int>(fraction * 20);
      if (step > last_step_ || p.done == todo) {
        last_step_ = step;
        std::fprintf(stderr, "progress: %s\n", line);
      }
    }
  }

 private:
  bool tty_;
  int last_step_ = -1;
};

}  // namespace

void register_batch(CLI::App& app, CommandContext& ctx) {
  auto* cmd =
      app.add_subcommand("batch", "Run every variant of a sweep (threads; MPI ranks under mpirun)");
  struct Args {
    std::string sweep, out = "batch-out";
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    bool resume = false, force = false, gpkg = false;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("SWEEP", a->sweep, "Sweep file (docs/batch.md)")->required();
  cmd->add_option("-o,--output", a->out, "Output folder")->capture_default_str();
  cmd->add_option("-j,--jobs", a->threads, "Threads (variants in parallel)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--resume", a->resume,
                "Continue a batch in the same folder, skipping finished variants");
  cmd->add_flag("--force", a->force, "Run more variants than the sweep's limit");
  cmd->add_flag("--gpkg", a->gpkg, "Write each variant's results.gpkg and rasters too");
  cmd->callback([&ctx, a] {
    ctx.exit_code = guarded([&] {
      run::BatchOptions options;
      options.out_dir = a->out;
      options.threads = a->threads;
      options.resume = a->resume;
      options.force = a->force;
      options.write_geopackage = a->gpkg;
      ProgressPrinter printer(::isatty(STDERR_FILENO) != 0);
      options.progress = [&printer](const run::BatchProgress& p) { printer(p); };
      run::BatchRunner runner(run::read_sweep_file(a->sweep), options);

      run::BatchReport report;
      int rank = 0;
      const bool mpi = run::launched_under_mpi();
      if (mpi) {
        report = run::run_batch_mpi(runner, &rank);
        if (rank != 0) return 0;
      } else {
        runner.prepare();
        if (runner.pending().empty()) std::cerr << "nothing to do: every variant is already done\n";
        report = runner.run_local();
      }
      const auto& p = report.progress;
      const double overhead =
          report.variant_seconds > 0
              ? 100.0 * (report.variant_seconds - report.analysis_seconds) / report.variant_seconds
              : 0.0;
      std::printf(
          "batch: %zu variants (%zu done before), %zu run, %zu failed, %.1f s, %.2f variants/s%s\n",
          p.total, p.skipped, p.done, p.failed, p.elapsed_s,
          p.elapsed_s > 0 ? static_cast<double>(p.done) / p.elapsed_s : 0.0, mpi ? " (MPI)" : "");
      if (mpi)
        std::printf(
            "batch: each rank builds a map's city model once and shares it between its variants\n");
      else
        std::printf(
            "batch: %zu city model(s) built and shared; %.1f %% of variant time outside the "
            "analyses\n",
            report.city_models, overhead);
      std::printf("batch: results in %s/results.csv, one folder per variant in %s/variants/\n",
                  a->out.c_str(), a->out.c_str());
      if (p.failed > 0) {
        std::fprintf(stderr, "agora: %zu variant(s) failed; their errors are in results.csv\n",
                     p.failed);
        return static_cast<int>(std::min<std::size_t>(100 + p.failed, 255));
      }
      return 0;
    });
  });
}

}  // namespace agora::cli
