#include "sim/crowd/agents/thread_pool.hpp"

#include <algorithm>

#include "sim/core/error.hpp"

namespace agora::crowd::agents {

ThreadPool::ThreadPool(int threads) {
  if (threads < 1 || threads > 256)
    throw Error("", "simulation", "threads", "expected 1 to 256 threads");
  for (int w = 1; w < threads; ++w) workers_.emplace_back([this, w] { work(w); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  workers_.clear();  // joins
}

void ThreadPool::run_chunks(int worker) {
  while (true) {
    std::size_t begin = 0;
    {
      std::lock_guard lock(mutex_);
      if (next_ >= n_) return;
      begin = next_;
      next_ = std::min(n_, next_ + chunk_);
    }
    (*job_)(worker, begin, std::min(n_, begin + chunk_));
  }
}

void ThreadPool::work(int worker) {
  std::uint64_t seen = 0;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
    }
    run_chunks(worker);
    {
      std::lock_guard lock(mutex_);
      if (--busy_ == 0) done_.notify_one();
    }
  }
}

void ThreadPool::parallel_for(std::size_t n, std::size_t chunk,
                              const std::function<void(int, std::size_t, std::size_t)>& fn) {
  if (n == 0) return;
  chunk = std::max<std::size_t>(1, chunk);
  if (workers_.empty() || n <= chunk) {
    fn(0, 0, n);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    job_ = &fn;
    n_ = n;
    chunk_ = chunk;
    next_ = 0;
    busy_ = static_cast<int>(workers_.size());
    ++generation_;
  }
  wake_.notify_all();
  run_chunks(0);
  std::unique_lock lock(mutex_);
  done_.wait(lock, [&] { return busy_ == 0; });
  job_ = nullptr;
}

}  // namespace agora::crowd::agents
