#include "gui/overlay/overlays.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "gui/map/layout_painter.hpp"
#include "gui/map/triangulate.hpp"
#include "gui/overlay/presets.hpp"
#include "gui/render/gl.hpp"
#include "report/strings.hpp"

namespace agora::gui {

namespace {

std::optional<double> number_of(const Value& v) {
  if (const auto* d = std::get_if<double>(&v))
    return std::isfinite(*d) ? std::optional(*d) : std::nullopt;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? 1.0 : 0.0;
  return std::nullopt;
}

bool contains(const std::string& s, const char* part) {
  return s.find(part) != std::string::npos;
}

const Rgba kCategoryPalette[] = {rgba(31, 119, 180),  rgba(255, 127, 14),  rgba(44, 160, 44),
                                 rgba(214, 39, 40),   rgba(148, 103, 189), rgba(140, 86, 75),
                                 rgba(227, 119, 194), rgba(127, 127, 127)};

double segment_distance_px(const MapView& view, const Polyline& line, Vec2 screen) {
  double d = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    d = std::min(d,
                 distance_to_segment(screen, view.to_screen(line[i]), view.to_screen(line[i + 1])));
  return d;
}

}  // namespace

std::string value_text(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return "—";
        else if constexpr (std::is_same_v<T, bool>)
          return x ? "yes" : "no";
        else if constexpr (std::is_same_v<T, std::int64_t>)
          return std::to_string(x);
        else if constexpr (std::is_same_v<T, double>) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.4g", x);
          return buf;
        } else
          return x;
      },
      v);
}

int default_colour_field(const FeatureLayer& layer) {
  int first_number = -1, first_text = -1, speed = -1;
  for (std::size_t i = 0; i < layer.fields.size(); ++i) {
    const FieldDef& f = layer.fields[i];
    const int k = static_cast<int>(i);
    if (f.type == ValueType::Text && (contains(f.name, "verdict") || contains(f.name, "status")))
      return k;
    if (f.type == ValueType::Real || f.type == ValueType::Integer) {
      if (speed < 0 && contains(f.name, "speed")) speed = k;
      if (first_number < 0 && f.name != "id" && !contains(f.name, "_id") &&
          !contains(f.name, "index"))
        first_number = k;
    }
    if (f.type == ValueType::Text && first_text < 0 && f.name != "id" && f.name != "name")
      first_text = k;
  }
  if (speed >= 0) return speed;
  if (first_number >= 0) return first_number;
  return first_text;
}

Rgba LayerOverlay::colour_of(const Feature& f) const {
  if (colour_field < 0 || static_cast<std::size_t>(colour_field) >= f.values.size())
    return rgba(50, 90, 200);
  const Value& v = f.values[static_cast<std::size_t>(colour_field)];
  if (categorical) {
    const std::string t = value_text(v);
    for (const Category& c : categories)
      if (c.text == t) return c.colour;
    return rgba(120, 120, 130);
  }
  const auto n = number_of(v);
  return n ? scale.at(*n) : rgba(160, 160, 160, 160);
}

bool LayerOverlay::passes_filter(const Feature& f) const {
  if (follows.empty()) return true;
  if (!filter_value) return false;
  const int k = layer->field_index(filter_field);
  return k >= 0 && value_text(f.values.at(static_cast<std::size_t>(k))) == *filter_value;
}

Overlays::~Overlays() {
  clear();
}

void Overlays::clear() {
  for (RasterOverlay& r : rasters_)
    if (r.texture) glDeleteTextures(1, &r.texture);
  rasters_.clear();
  layers_.clear();
  selection_.reset();
}

void Overlays::build(const std::vector<run::AnalysisOutput>& outputs, Vec2 origin) {
  clear();
  ++builds_;
  origin_ = origin;
  for (const run::AnalysisOutput& out : outputs) {
    for (const FeatureLayer& l : out.layers) {
      LayerOverlay o;
      o.analysis = out.analysis;
      o.layer = &l;
      o.title = l.name;
      int field = default_colour_field(l);
      if (const LayerPreset* p = layer_preset(l.name)) {
        o.title = p->title;
        o.visible = p->visible;
        o.line_half_px = p->line_half_px;
        o.point_radius_px = p->point_radius_px;
        o.fixed_scale = p->fixed_scale;
        o.follows = p->follows;
        o.filter_field = p->filter_field;
        o.follows_key = p->follows_key;
        if (!p->colour_field.empty()) field = l.field_index(p->colour_field);
      }
      layers_.push_back(std::move(o));
      set_colour_field(layers_.size() - 1, field);
    }
    for (const run::RasterLayer& r : out.rasters) {
      RasterOverlay o;
      o.analysis = out.analysis;
      o.raster = &r;
      const auto& a = r.grid.values();
      double lo = std::numeric_limits<double>::infinity(), hi = -lo;
      for (Eigen::Index i = 0; i < a.size(); ++i) {
        const float v = a.data()[i];
        if (!std::isfinite(v) || v == r.nodata) continue;
        lo = std::min(lo, static_cast<double>(v));
        hi = std::max(hi, static_cast<double>(v));
      }
      if (!(lo <= hi)) lo = 0, hi = 1;
      o.scale = {lo, hi, ramp_for_field(r.name)};
      if (const RasterPreset* p = raster_preset(r.name)) {
        if (p->fixed_scale) o.scale = *p->fixed_scale;
        o.visible = p->visible;
      }
      const int nx = r.grid.nx(), ny = r.grid.ny();
      std::vector<Rgba> pixels(static_cast<std::size_t>(nx) * ny);
      for (int iy = 0; iy < ny; ++iy)
        for (int ix = 0; ix < nx; ++ix) {
          const float v = r.grid(ix, iy);
          pixels[static_cast<std::size_t>(iy) * nx + ix] =
              (!std::isfinite(v) || v == r.nodata) ? 0u : o.scale.at(v);
        }
      glGenTextures(1, &o.texture);
      glBindTexture(GL_TEXTURE_2D, o.texture);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
      glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
      glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, nx, ny, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
      rasters_.push_back(std::move(o));
    }
  }
  // Drawn in order: areas, then lines, then points, and the crossings on top of everything.
  auto rank = [](const LayerOverlay& o) {
    if (o.layer->name == "ramming_crossings") return 4;
    int r = 0;
    for (const Feature& f : o.layer->features) {
      if (std::holds_alternative<Vec2>(f.geometry))
        r = std::max(r, 3);
      else if (std::holds_alternative<Polyline>(f.geometry))
        r = std::max(r, 2);
      else
        r = std::max(r, 1);
      break;
    }
    return r;
  };
  std::stable_sort(layers_.begin(), layers_.end(),
                   [&](const LayerOverlay& a, const LayerOverlay& b) { return rank(a) < rank(b); });
  show_defaults();
}

void Overlays::show_defaults() {
  // Known layers come as their preset says; the rest: the first layer of each analysis.
  std::map<std::string, bool> seen;
  for (LayerOverlay& o : layers_) {
    if (const LayerPreset* p = layer_preset(o.layer->name)) {
      o.visible = p->visible;
      seen[o.analysis] = seen[o.analysis] || p->visible;
      continue;
    }
    o.visible = !seen[o.analysis];
    seen[o.analysis] = true;
  }
  for (RasterOverlay& r : rasters_) {
    const RasterPreset* p = raster_preset(r.raster->name);
    r.visible = p && p->visible;
  }
}

void Overlays::set_colour_field(std::size_t index, int field) {
  LayerOverlay& o = layers_.at(index);
  const FeatureLayer& l = *o.layer;
  o.colour_field = field;
  o.categories.clear();
  o.categorical = false;
  if (field >= 0) {
    const FieldDef& def = l.fields.at(static_cast<std::size_t>(field));
    o.categorical = def.type == ValueType::Text || def.type == ValueType::Bool;
    if (o.categorical) {
      for (const Feature& f : l.features) {
        const std::string t = value_text(f.values.at(static_cast<std::size_t>(field)));
        auto it = std::find_if(o.categories.begin(), o.categories.end(),
                               [&](const Category& c) { return c.text == t; });
        if (it == o.categories.end()) {
          const Verdict v = verdict_of(t);
          Rgba c = v != Verdict::Unknown
                       ? verdict_colour(v)
                       : kCategoryPalette[o.categories.size() % std::size(kCategoryPalette)];
          if (const auto rc = ramming_verdict_colour(t)) c = *rc;
          // A verdict in the report's words ("energy-equivalent only, needs expert check").
          static const report::Strings en("en");
          const std::string label = en.has("verdict." + t) ? en("verdict." + t) : "";
          o.categories.push_back({t, c, 1, label});
        } else {
          ++it->count;
        }
      }
    } else {
      double lo = std::numeric_limits<double>::infinity(), hi = -lo;
      for (const Feature& f : l.features)
        if (auto n = number_of(f.values.at(static_cast<std::size_t>(field))))
          lo = std::min(lo, *n), hi = std::max(hi, *n);
      if (!(lo <= hi)) lo = 0, hi = 1;
      o.scale = {lo, hi, ramp_for_field(def.name)};
      // A preset's fixed range for its own field, widened to the data when they exceed it.
      if (o.fixed_scale && layer_preset(l.name) &&
          l.field_index(layer_preset(l.name)->colour_field) == field)
        o.scale = {std::min(o.fixed_scale->lo, lo), std::max(o.fixed_scale->hi, hi),
                   o.fixed_scale->ramp};
    }
  }
  upload(o);
}

void Overlays::upload(LayerOverlay& o) {
  VertexBatch batch(origin_);
  const Rgba casing = rgba(30, 30, 30, 150);
  auto polygon = [&](const Polygon& p, Rgba c) {
    batch.add_triangles(triangulate(p), with_alpha(c, 150));
    batch.add_polyline({p.outer().data(), p.outer().size()}, {c, 0.0, 1.0});
  };
  // Casings first so every line has a thin dark edge against the map.
  for (const Feature& f : o.layer->features)
    if (const auto* l = std::get_if<Polyline>(&f.geometry); l && o.passes_filter(f))
      batch.add_polyline({l->data(), l->size()}, {casing, 0.0, o.line_half_px, 1.0});
  o.shown = 0;
  for (const Feature& f : o.layer->features) {
    if (!o.passes_filter(f)) continue;
    ++o.shown;
    const Rgba c = o.colour_of(f);
    std::visit(
        [&](const auto& g) {
          using T = std::decay_t<decltype(g)>;
          if constexpr (std::is_same_v<T, Vec2>) {
            batch.add_dot(g, o.point_radius_px + 1.2, casing);
            batch.add_dot(g, o.point_radius_px, c);
          } else if constexpr (std::is_same_v<T, Polyline>) {
            batch.add_polyline({g.data(), g.size()}, {c, 0.0, o.line_half_px});
          } else if constexpr (std::is_same_v<T, Polygon>) {
            polygon(g, c);
          } else {
            for (const Polygon& p : g) polygon(p, c);
          }
        },
        f.geometry);
  }
  o.gpu.upload(batch);
  ++builds_;
}

LayerOverlay* Overlays::find_layer(const std::string& name) {
  for (LayerOverlay& o : layers_)
    if (o.layer->name == name) return &o;
  return nullptr;
}

RasterOverlay* Overlays::find_raster(const std::string& name) {
  for (RasterOverlay& r : rasters_)
    if (r.raster->name == name) return &r;
  return nullptr;
}

void Overlays::draw_layers(MapRenderer& renderer, bool on_top) const {
  for (const LayerOverlay& o : layers_) {
    const bool top = o.layer->name == "ramming_crossings" || o.follows == "ramming_crossings";
    if (o.visible && top == on_top) renderer.draw(o.gpu);
  }
}

void Overlays::draw_rasters(MapRenderer& renderer) const {
  for (const RasterOverlay& r : rasters_)
    if (r.visible && r.texture) renderer.draw_image(r.texture, r.raster->grid.bounds(), r.opacity);
}

std::uint64_t Overlays::signature() const {
  std::uint64_t h = builds_ * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](std::uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  for (const LayerOverlay& o : layers_)
    mix(static_cast<std::uint64_t>(o.visible) << 32 | static_cast<std::uint32_t>(o.colour_field));
  for (const RasterOverlay& r : rasters_)
    mix(static_cast<std::uint64_t>(r.visible) << 32 | static_cast<std::uint64_t>(r.opacity * 1000));
  return h;
}

void Overlays::draw_legends(ImDrawList* dl, Vec2 top_left) const {
  float y = static_cast<float>(top_left.y);
  const float x = static_cast<float>(top_left.x);
  const float line_h = ImGui::GetTextLineHeight();
  auto box = [&](float height, float width) {
    dl->AddRectFilled({x - 6, y - 4}, {x + width + 6, y + height + 4}, IM_COL32(255, 255, 255, 225),
                      4.0f);
    dl->AddRect({x - 6, y - 4}, {x + width + 6, y + height + 4}, IM_COL32(160, 160, 160, 255),
                4.0f);
  };
  auto ramp = [&](const std::string& title, const ColourScale& s) {
    const float w = 220;
    box(line_h * 2 + 14, w);
    dl->AddText({x, y}, IM_COL32(20, 20, 20, 255), title.c_str());
    const float by = y + line_h + 2;
    for (int i = 0; i < 44; ++i) {
      const double t = s.lo + (s.hi - s.lo) * (i + 0.5) / 44.0;
      dl->AddRectFilled({x + w * i / 44.0f, by}, {x + w * (i + 1) / 44.0f, by + 10}, s.at(t));
    }
    // Decimals by the range, not the ends: a minimum of 0.000148 on a 0-4 scale reads 0.00.
    const double range = std::abs(s.hi - s.lo);
    const int decimals = range >= 100 ? 0 : range >= 10 ? 1 : 2;
    char lo[32], hi[32];
    std::snprintf(lo, sizeof lo, "%.*f", decimals, s.lo);
    std::snprintf(hi, sizeof hi, "%.*f", decimals, s.hi);
    dl->AddText({x, by + 11}, IM_COL32(40, 40, 40, 255), lo);
    dl->AddText({x + w - ImGui::CalcTextSize(hi).x, by + 11}, IM_COL32(40, 40, 40, 255), hi);
    y += line_h * 2 + 26;
  };
  for (const LayerOverlay& o : layers_) {
    if (!o.visible || o.shown == 0) continue;
    const std::string title =
        o.title != o.layer->name || o.colour_field < 0
            ? o.title
            : o.title + " · " + o.layer->fields[static_cast<std::size_t>(o.colour_field)].name;
    if (o.categorical) {
      float w = ImGui::CalcTextSize(title.c_str()).x;
      for (const Category& c : o.categories)
        w = std::max(w, ImGui::CalcTextSize((c.label.empty() ? c.text : c.label).c_str()).x + 60);
      const float h = line_h * static_cast<float>(1 + o.categories.size());
      box(h, w);
      dl->AddText({x, y}, IM_COL32(20, 20, 20, 255), title.c_str());
      float cy = y + line_h;
      for (const Category& c : o.categories) {
        dl->AddRectFilled({x + 2, cy + 3}, {x + 14, cy + line_h - 3}, c.colour);
        const std::string label =
            (c.label.empty() ? c.text : c.label) + " (" + std::to_string(c.count) + ")";
        dl->AddText({x + 20, cy}, IM_COL32(30, 30, 30, 255), label.c_str());
        cy += line_h;
      }
      y += h + 14;
    } else if (o.colour_field >= 0) {
      ramp(title, o.scale);
    }
  }
  for (const RasterOverlay& r : rasters_)
    if (r.visible)
      ramp(r.raster->description.empty() ? r.raster->name : r.raster->description, r.scale);
}

std::optional<OverlayHit> Overlays::hit(const MapView& view, Vec2 screen, double tol) const {
  std::optional<OverlayHit> best;
  double best_d = tol;
  for (auto it = layers_.rbegin(); it != layers_.rend(); ++it) {
    const LayerOverlay& o = *it;
    if (!o.visible) continue;
    for (std::size_t i = 0; i < o.layer->features.size(); ++i) {
      if (!o.passes_filter(o.layer->features[i])) continue;
      const Geometry& g = o.layer->features[i].geometry;
      double d = std::numeric_limits<double>::infinity();
      const Vec2 w = view.to_world(screen);
      if (const auto* p = std::get_if<Vec2>(&g))
        d = distance(view.to_screen(*p), screen);
      else if (const auto* l = std::get_if<Polyline>(&g))
        d = segment_distance_px(view, *l, screen);
      else if (const auto* a = std::get_if<Polygon>(&g))
        d = bg::within(w, *a) ? tol * 0.99 : d;
      else if (const auto* m = std::get_if<MultiPolygon>(&g))
        d = bg::within(w, *m) ? tol * 0.99 : d;
      if (d <= best_d) best_d = d, best = OverlayHit{&o, i};
    }
  }
  return best;
}

void Overlays::select(std::optional<OverlaySelection> selection) {
  selection_ = std::move(selection);
  const Feature* f = selected_feature();
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    LayerOverlay& o = layers_[i];
    if (o.follows.empty()) continue;
    std::optional<std::string> value;
    if (f && selection_->layer == o.follows) {
      const FeatureLayer* leader = nullptr;
      for (const LayerOverlay& l : layers_)
        if (l.layer->name == o.follows) leader = l.layer;
      const int k = leader ? leader->field_index(o.follows_key) : -1;
      if (k >= 0) value = value_text(f->values.at(static_cast<std::size_t>(k)));
    }
    if (value == o.filter_value) continue;
    o.filter_value = value;
    upload(o);
  }
}

const Feature* Overlays::selected_feature() const {
  if (!selection_) return nullptr;
  for (const LayerOverlay& o : layers_)
    if (o.layer->name == selection_->layer && selection_->feature < o.layer->features.size())
      return &o.layer->features[selection_->feature];
  return nullptr;
}

void Overlays::draw_selection(ImDrawList* dl, const MapView& view) const {
  const Feature* f = selected_feature();
  if (!f) return;
  const Rgba ring = rgba(0, 200, 255);
  std::visit(
      [&](const auto& g) {
        using T = std::decay_t<decltype(g)>;
        if constexpr (std::is_same_v<T, Vec2>) {
          const Vec2 s = view.to_screen(g);
          dl->AddCircle({static_cast<float>(s.x), static_cast<float>(s.y)}, 12.0f, IM_COL32_WHITE,
                        0, 5.0f);
          dl->AddCircle({static_cast<float>(s.x), static_cast<float>(s.y)}, 12.0f, ring, 0, 2.5f);
        } else if constexpr (std::is_same_v<T, Polyline>) {
          paint_polyline(dl, std::vector<Vec2>(g.begin(), g.end()), view, ring, 3.0f, false);
        } else if constexpr (std::is_same_v<T, Polygon>) {
          paint_polyline(dl, std::vector<Vec2>(g.outer().begin(), g.outer().end()), view, ring,
                         3.0f, true);
        } else {
          for (const Polygon& p : g)
            paint_polyline(dl, std::vector<Vec2>(p.outer().begin(), p.outer().end()), view, ring,
                           3.0f, true);
        }
      },
      f->geometry);
}

}  // namespace agora::gui
