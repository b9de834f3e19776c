#pragma once
// The same batch across a cluster: rank 0 hands out variants one at a time to whichever rank
// asks next (dynamic load balancing) and records every result exactly as a local run would,
// while one thread of its own runs variants too; every other rank runs one variant at a time.
// OpenMPI, no home-made networking.

#include <functional>

#include "app/run/batch_runner.hpp"

namespace agora::run {

// True when this process was started by mpirun/mpiexec with more than one rank.
bool launched_under_mpi();

// Whether this build has MPI support.
bool mpi_available();

// Runs the batch over all ranks. On rank 0 returns the report; on other ranks returns an
// empty report. `print_error` is called on rank 0 when preparation fails (the error is then
// rethrown on rank 0; other ranks return quietly).
BatchReport run_batch_mpi(BatchRunner& runner, int* rank_out);

}  // namespace agora::run
