#include "gis/crowd/trajectory_file.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "sim/core/error.hpp"

namespace agora::gis {

namespace {

// The file is little-endian; so are the machines Agora is built for (x86-64, arm64).
static_assert(std::endian::native == std::endian::little, "the trajectory format is little-endian");

template <class T>
void put(std::ofstream& out, T v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

template <class T>
bool get(std::ifstream& in, T& v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof v));
}

// magic 8, version 4, origin 2 × 8, scale 8, frame interval 8.
constexpr std::streamoff kAgentCountOffset = 8 + 4 + 16 + 8 + 8;

}  // namespace

TrajectoryWriter::TrajectoryWriter(const std::string& path, const std::string& crs, const Box& bounds,
                                   double frame_interval_s)
    : output_(path) {
  header_.crs = crs;
  header_.origin = bounds.min_corner();
  const double extent = std::max(bounds.max_corner().x - bounds.min_corner().x, bounds.max_corner().y - bounds.min_corner().y);
  header_.scale_m = std::max(0.01, extent / 65535.0);
  header_.frame_interval_s = frame_interval_s;
  header_.agent_count = 0;  // patched by commit()
  out_.open(output_.temp_path(), std::ios::binary | std::ios::trunc);
  if (!out_) throw Error(path, "", "", "cannot write the trajectory file");
  out_.write(kTrajectoryMagic, 8);
  put(out_, kTrajectoryVersion);
  put(out_, header_.origin.x);
  put(out_, header_.origin.y);
  put(out_, header_.scale_m);
  put(out_, header_.frame_interval_s);
  put(out_, header_.agent_count);
  put(out_, static_cast<std::uint32_t>(crs.size()));
  out_.write(crs.data(), static_cast<std::streamsize>(crs.size()));
}

void TrajectoryWriter::frame(double time_s, const std::vector<crowd::agents::AgentFrame>& agents) {
  put(out_, static_cast<float>(time_s));
  put(out_, static_cast<std::uint32_t>(agents.size()));
  auto quantise = [&](double v, double origin) {
    const double u = std::round((v - origin) / header_.scale_m);
    return static_cast<std::uint16_t>(std::clamp(u, 0.0, 65535.0));
  };
  for (const crowd::agents::AgentFrame& a : agents) {
    put(out_, a.id);
    put(out_, quantise(a.x, header_.origin.x));
    put(out_, quantise(a.y, header_.origin.y));
  }
}

void TrajectoryWriter::commit(std::uint32_t agent_count) {
  header_.agent_count = agent_count;
  out_.seekp(kAgentCountOffset);
  put(out_, agent_count);
  out_.close();
  if (!out_) throw Error(output_.target().string(), "", "", "writing the trajectory file failed");
  output_.commit();
}

TrajectoryFile read_trajectory_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "", "", "cannot open the trajectory file");
  char magic[8];
  TrajectoryFile f;
  std::uint32_t version = 0, crs_len = 0;
  if (!in.read(magic, 8) || std::memcmp(magic, kTrajectoryMagic, 8) != 0)
    throw Error(path, "header", "magic", "not an Agora trajectory file (expected AGORATRJ)");
  if (!get(in, version) || version != kTrajectoryVersion)
    throw Error(path, "header", "version", "unsupported trajectory file version " + std::to_string(version));
  TrajectoryHeader& h = f.header;
  if (!get(in, h.origin.x) || !get(in, h.origin.y) || !get(in, h.scale_m) || !get(in, h.frame_interval_s) ||
      !get(in, h.agent_count) || !get(in, crs_len) || crs_len > 4096)
    throw Error(path, "header", "", "truncated header");
  h.crs.resize(crs_len);
  if (!in.read(h.crs.data(), crs_len)) throw Error(path, "header", "crs", "truncated header");
  while (true) {
    float t = 0.0f;
    std::uint32_t n = 0;
    if (!get(in, t)) break;
    if (!get(in, n) || n > h.agent_count) throw Error(path, "frame " + std::to_string(f.frames.size()), "", "truncated or corrupt frame");
    TrajectoryFrame fr;
    fr.time_s = static_cast<double>(t);
    fr.agents.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint32_t id = 0;
      std::uint16_t x = 0, y = 0;
      if (!get(in, id) || !get(in, x) || !get(in, y))
        throw Error(path, "frame " + std::to_string(f.frames.size()), "", "truncated frame");
      fr.agents[i] = {id, h.origin.x + x * h.scale_m, h.origin.y + y * h.scale_m};
    }
    f.frames.push_back(std::move(fr));
  }
  return f;
}

}  // namespace agora::gis
