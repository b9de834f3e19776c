#pragma once
// A small fixed pool of worker threads for the simulation step. parallel_for hands out chunks
// of an index range; which thread computes which chunk does not matter for the result, because
// every chunk writes only its own outputs from a read-only snapshot.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace agora::crowd::agents {

class ThreadPool {
 public:
  // threads >= 1 (the calling thread counts as one).
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  int size() const { return static_cast<int>(workers_.size()) + 1; }

  // Calls fn(worker, begin, end) on chunks covering [0, n) (worker in [0, size())), returning
  // when all are done.
  void parallel_for(std::size_t n, std::size_t chunk,
                    const std::function<void(int, std::size_t, std::size_t)>& fn);

 private:
  void work(int worker);
  void run_chunks(int worker);

  std::vector<std::jthread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  std::uint64_t generation_ = 0;
  bool stop_ = false;
  int busy_ = 0;
  // The current job.
  const std::function<void(int, std::size_t, std::size_t)>* job_ = nullptr;
  std::size_t n_ = 0;
  std::size_t chunk_ = 1;
  std::size_t next_ = 0;  // guarded by mutex_
};

}  // namespace agora::crowd::agents
