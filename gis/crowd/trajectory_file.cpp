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

Box trajectory_bounds(const scenario::Layout& layout) {
  Box b;
  bg::assign_inverse(b);
  const MultiPolygon perimeter = layout.perimeter_area();
  if (!perimeter.empty()) {
    bg::envelope(perimeter, b);
  } else {
    for (const auto& z : layout.crowd_zones) bg::expand(b, bg::return_envelope<Box>(z.area));
    for (const auto& e : layout.exits) bg::expand(b, bg::return_envelope<Box>(e.line));
  }
  if (b.min_corner().x > b.max_corner().x) return Box{{0.0, 0.0}, {0.0, 0.0}};
  return {b.min_corner() - Vec2{50.0, 50.0}, b.max_corner() + Vec2{50.0, 50.0}};
}

TrajectoryWriter::TrajectoryWriter(const std::string& path, const std::string& crs,
                                   const Box& bounds, double frame_interval_s)
    : output_(path) {
  header_.crs = crs;
  header_.origin = bounds.min_corner();
  const double extent = std::max(bounds.max_corner().x - bounds.min_corner().x,
                                 bounds.max_corner().y - bounds.min_corner().y);
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

TrajectoryReader::TrajectoryReader(const std::string& path)
    : path_(path), in_(path, std::ios::binary) {
  if (!in_) throw Error(path, "", "", "cannot open the trajectory file");
  char magic[8];
  std::uint32_t version = 0, crs_len = 0;
  if (!in_.read(magic, 8) || std::memcmp(magic, kTrajectoryMagic, 8) != 0)
    throw Error(path, "header", "magic", "not an Agora trajectory file (expected AGORATRJ)");
  if (!get(in_, version) || version != kTrajectoryVersion)
    throw Error(path, "header", "version",
                "unsupported trajectory file version " + std::to_string(version));
  TrajectoryHeader& h = header_;
  if (!get(in_, h.origin.x) || !get(in_, h.origin.y) || !get(in_, h.scale_m) ||
      !get(in_, h.frame_interval_s) || !get(in_, h.agent_count) || !get(in_, crs_len) ||
      crs_len > 4096)
    throw Error(path, "header", "", "truncated header");
  if (!std::isfinite(h.origin.x) || !std::isfinite(h.origin.y) ||
      !(h.scale_m > 0.0 && h.scale_m < 1e6))
    throw Error(path, "header", "scale_m", "expected a finite origin and a scale above 0 m");
  h.crs.resize(crs_len);
  if (!in_.read(h.crs.data(), crs_len)) throw Error(path, "header", "crs", "truncated header");
}

bool TrajectoryReader::next(double& time_s, std::vector<StoredAgent>& agents) {
  float t = 0.0f;
  std::uint32_t n = 0;
  if (!get(in_, t)) return false;
  const std::string where = "frame " + std::to_string(frames_read_);
  if (!get(in_, n) || n > header_.agent_count)
    throw Error(path_, where, "", "truncated or corrupt frame");
  if (!std::isfinite(t) || (frames_read_ > 0 && static_cast<double>(t) < last_time_s_))
    throw Error(path_, where, "time_s",
                "expected a time at or after the previous frame's, got " + std::to_string(t));
  agents.resize(n);
  if (!in_.read(reinterpret_cast<char*>(agents.data()),
                static_cast<std::streamsize>(n * sizeof(StoredAgent))))
    throw Error(path_, where, "", "truncated frame");
  time_s = last_time_s_ = static_cast<double>(t);
  ++frames_read_;
  return true;
}

TrajectoryFile read_trajectory_file(const std::string& path) {
  TrajectoryReader reader(path);
  TrajectoryFile f;
  f.header = reader.header();
  double t = 0.0;
  std::vector<StoredAgent> stored;
  while (reader.next(t, stored)) {
    TrajectoryFrame fr;
    fr.time_s = t;
    fr.agents.reserve(stored.size());
    for (const StoredAgent& a : stored) {
      const Vec2 p = reader.position(a);
      fr.agents.push_back({a.id, p.x, p.y});
    }
    f.frames.push_back(std::move(fr));
  }
  return f;
}

}  // namespace agora::gis
