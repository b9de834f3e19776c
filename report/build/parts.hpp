#pragma once
// The fixed parts of the report around the analyses' sections: the cover, the site and
// layout section, the assumptions page and the side-by-side comparison of variants.

#include <vector>

#include "report/build/build_context.hpp"
#include "report/document.hpp"
#include "report/sections/section_registry.hpp"

namespace agora::report {

// What the analyses say on the cover, gathered from their section entries.
CoverSummary cover_summary(BuildContext& ctx);
Cover build_cover(const CoverSummary& summary, BuildContext& ctx);

Section layout_section(BuildContext& ctx);
Section assumptions_section(BuildContext& ctx);
// What each of the five disciplines (D1 … D5) needs from the run, one table each.
Section emma_section(BuildContext& ctx);
// The variants side by side (ctx.options.compare); rows line up by key.
Section comparison_section(BuildContext& ctx);

// Sum of the planned barriers' cost_eur; NaN when no barrier gives a cost.
double barrier_cost_eur(const scenario::Layout& layout);

}  // namespace agora::report
