#pragma once
// Every figure Agora writes: the scenario's own, then each analysis's, in the order the
// analyses run. A new analysis adds one line to catalogue.cpp.

#include <span>
#include <string>
#include <string_view>

#include "sim/figures/figure_spec.hpp"

namespace agora {

struct AnalysisFigures {
  std::string_view analysis;  // "scenario" for the scenario's own figures, else the analysis name
  FigureSpecs specs;
};

std::span<const AnalysisFigures> figure_catalogue();

// The declarations of one analysis (empty for an unknown name).
FigureSpecs figures_of(std::string_view analysis);

// The spec key is an instance of, with the analysis that writes it; nullptr when undeclared.
const FigureSpec* find_figure(std::string_view key, std::string_view* analysis = nullptr);

// A figure key with its declaration, as the report and the editor name a figure: from a spec
// and its run-time parts (`{vehicle::fig::kClassMaxSpeed, {"M1"}}`, checked when compiled), or
// from a key read from data (a profile's criterion, already checked by the loader).
class FigureKey {
 public:
  FigureKey(const FigureSpec& spec,
            std::initializer_list<std::string_view> parts = {})  // NOLINT: implicit
      : spec_(&spec), key_(figure_key(spec, parts)) {}
  // Throws std::logic_error when no analysis declares key.
  static FigureKey of_declared(std::string key);

  const std::string& str() const { return key_; }
  const FigureSpec& spec() const { return *spec_; }

 private:
  FigureKey(const FigureSpec* spec, std::string key) : spec_(spec), key_(std::move(key)) {}
  const FigureSpec* spec_;
  std::string key_;
};

}  // namespace agora
