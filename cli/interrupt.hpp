#pragma once
// Ctrl-C during a long run: the first interrupt sets a flag that the run checks between steps
// (it stops, and the command writes nothing); a second one ends the program at once.

#include <atomic>

namespace agora::cli {

// Installs the SIGINT handler (once) and returns the flag it sets.
const std::atomic<bool>& interrupt_flag();

// True once Ctrl-C was pressed.
bool interrupted();

}  // namespace agora::cli
