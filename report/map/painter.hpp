#pragma once
// What a map needs from a drawing surface, in millimetres on paper with y pointing down:
// paths (filled and/or stroked), text, a raster image and a rectangular clip. The SVG
// painter writes markup for the HTML report; the Cairo painter draws onto a PDF page. The
// map layout (map_render.hpp) is written once against this interface.

#include <optional>
#include <string>
#include <vector>

#include "report/map/map_model.hpp"

namespace agora::report {

struct Pt {
  double x = 0.0;
  double y = 0.0;
};

enum class Anchor { kStart, kMiddle, kEnd };

struct TextStyle {
  double size_mm = 2.5;
  bool bold = false;
  bool italic = false;
  Colour colour{};
  Anchor anchor = Anchor::kStart;
  bool halo = false;  // a white outline under the glyphs, for labels over busy maps
};

// A stroke as drawn: its width already in millimetres on paper.
struct PenStroke {
  Colour colour;
  double width_mm = 0.3;
  std::vector<double> dash_mm;
};

class Painter {
 public:
  virtual ~Painter() = default;
  // Closed rings are filled together with the even-odd rule (holes); open paths only stroked.
  virtual void path(const std::vector<std::vector<Pt>>& parts, bool closed,
                    const std::optional<Colour>& fill, const std::optional<PenStroke>& stroke) = 0;
  // pos is the left end (or middle, or right end) of the text's baseline.
  virtual void text(Pt pos, const std::string& text, const TextStyle& style) = 0;
  virtual void image(Pt top_left, double width_mm, double height_mm, const MapRaster& raster) = 0;
  virtual void push_clip(Pt top_left, double width_mm, double height_mm) = 0;
  virtual void pop_clip() = 0;
  virtual double text_width_mm(const std::string& text, const TextStyle& style) = 0;
};

}  // namespace agora::report
