#include "app/run/batch_mpi.hpp"

#include <cstdlib>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#ifdef AGORA_WITH_MPI
#include <mpi.h>
#endif

#include "sim/core/error.hpp"

namespace agora::run {

bool launched_under_mpi() {
  for (const char* var : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_SIZE", "MPI_LOCALNRANKS"}) {
    if (const char* v = std::getenv(var)) return std::atoi(v) > 1;
  }
  return false;
}

#ifndef AGORA_WITH_MPI

bool mpi_available() {
  return false;
}

BatchReport run_batch_mpi(BatchRunner&, int*) {
  throw Error("", "command line", "mpirun",
              "this Agora was built without MPI (install libopenmpi-dev and rebuild)");
}

#else

bool mpi_available() {
  return true;
}

namespace {

constexpr int kTagRequest = 1;  // worker -> 0: an empty message, or a finished variant
constexpr int kTagAssign = 2;   // 0 -> worker: the index of the next variant, or kStop
constexpr unsigned long long kStop = std::numeric_limits<unsigned long long>::max();

// MPI's counts are ints; a variant's outcome is far below 2 GiB.
int checked_size(const std::string& s) {
  if (s.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw std::runtime_error("a variant's result is too large to send");
  return static_cast<int>(s.size());
}

struct MpiSession {
  MpiSession() {
    int initialized = 0;
    MPI_Initialized(&initialized);
    int provided = 0;
    if (!initialized) MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  }
  ~MpiSession() {
    int finalized = 0;
    MPI_Finalized(&finalized);
    if (!finalized) MPI_Finalize();
  }
};

// Rank 0: answers every worker's request with the next pending variant (dynamic load
// balancing) and records what comes back; meanwhile one local thread of rank 0 takes variants
// from the same queue, so `-np 2` computes on two processes. Only this thread calls MPI.
void coordinate(BatchRunner& runner, int ranks) {
  const auto& pending = runner.pending();
  std::mutex queue_mutex;
  std::size_t next = 0;
  auto take = [&]() -> std::optional<std::size_t> {
    std::lock_guard lock(queue_mutex);
    if (next >= pending.size()) return std::nullopt;
    return pending[next++].index;
  };
  std::jthread local([&] {
    while (auto index = take()) runner.record(runner.run_variant(runner.variants().at(*index)));
  });
  int working = ranks - 1;
  while (working > 0) {
    MPI_Status status;
    MPI_Probe(MPI_ANY_SOURCE, kTagRequest, MPI_COMM_WORLD, &status);
    int count = 0;
    MPI_Get_count(&status, MPI_CHAR, &count);
    std::string payload(static_cast<std::size_t>(count), '\0');
    MPI_Recv(payload.data(), count, MPI_CHAR, status.MPI_SOURCE, kTagRequest, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    if (!payload.empty()) runner.record(VariantOutcome::deserialize(payload));
    unsigned long long assign = kStop;
    if (auto index = take())
      assign = *index;
    else
      --working;
    MPI_Send(&assign, 1, MPI_UNSIGNED_LONG_LONG, status.MPI_SOURCE, kTagAssign, MPI_COMM_WORLD);
  }
  local.join();
  runner.finalize();
}

void work(BatchRunner& runner) {
  std::string payload;  // empty: the first request
  while (true) {
    MPI_Send(payload.data(), checked_size(payload), MPI_CHAR, 0, kTagRequest, MPI_COMM_WORLD);
    unsigned long long index = kStop;
    MPI_Recv(&index, 1, MPI_UNSIGNED_LONG_LONG, 0, kTagAssign, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (index == kStop) return;
    payload = runner.run_variant(runner.variants().at(static_cast<std::size_t>(index))).serialize();
  }
}

}  // namespace

BatchReport run_batch_mpi(BatchRunner& runner, int* rank_out) {
  MpiSession session;
  int rank = 0, ranks = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  if (rank_out) *rank_out = rank;

  // Rank 0 prepares the output (and finds every input error); all ranks learn the outcome.
  int ok = 1;
  std::exception_ptr failure;
  try {
    if (rank == 0)
      runner.prepare();
    else
      runner.prepare_worker();
  } catch (...) {
    ok = 0;
    failure = std::current_exception();
  }
  int all_ok = 0;
  MPI_Allreduce(&ok, &all_ok, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
  if (!all_ok) {
    if (rank == 0 && failure) std::rethrow_exception(failure);
    if (rank == 0)
      throw Error("", "mpi", "", "a worker rank could not read the sweep or its base scenario");
    return {};
  }
  if (ranks == 1) return runner.run_local();
  if (rank == 0) {
    coordinate(runner, ranks);
    return runner.report();
  }
  work(runner);
  return {};
}

#endif

}  // namespace agora::run
