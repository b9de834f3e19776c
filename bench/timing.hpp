#pragma once
// A plain timing harness for the benchmarks: repeat, take the median and the minimum, and
// read the process's peak memory. Figures go to stdout in one readable block.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace agora::bench {

struct Timing {
  double median_s = 0.0;
  double min_s = 0.0;
  int runs = 0;
};

// Runs body `runs` times (after one warm-up unless warmup is false).
Timing time_it(const std::function<void()>& body, int runs, bool warmup = true);

// Peak resident set size of this process so far, MiB (VmHWM).
double peak_rss_mib();

// Wall time of a shell command, seconds; -1 when it fails.
double time_command(const std::string& command);

// Median of the values.
double median(std::vector<double> values);

}  // namespace agora::bench
