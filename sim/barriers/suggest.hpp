#pragma once
// The barrier suggestion: the least-cost set of catalogue products on candidate lines
// (candidates.hpp) such that every run-up of every chosen class to every perimeter crossing
// meets a product adequate by rating where it meets it, solved exactly as a 0-1 integer
// programme (integer_programme.hpp, GLPK). Run-ups are the ramming analysis's own: the
// fastest one to each crossing with no barriers first; then the suggestion is judged by the
// ramming analysis itself, and every run-up it finds getting past or around the suggested
// lines joins the programme, which is solved again, until the analysis finds none. Each
// round only adds run-ups a real vehicle can drive, so the last optimum is the optimum
// over the candidates for the run-ups the analysis knows.
//
// With a budget below the cost of full protection: the Pareto front of cost against the
// people still exposed (the most exposed class at each street or open-area mouth, summed
// over the mouths left unprotected), and the point of the front the budget buys.

#include <optional>
#include <string>
#include <vector>

#include "sim/barriers/candidates.hpp"
#include "sim/barriers/price_list.hpp"
#include "sim/vehicle/ramming.hpp"

namespace agora::barriers {

struct SuggestInputs {
  const vehicle::VehicleTable& vehicles;
  std::vector<std::string> classes;  // codes to stop; empty: every class of the table
  const vehicle::BarrierCatalogue& catalogue;
  const vehicle::RatingVehicleTable& rating_vehicles;
  const PriceList& prices;
  vehicle::RammingParams params;
  std::optional<double> budget_eur = std::nullopt;  // none: full protection at least cost
  double fire_clear_width_m = 4.0;                  // the profile's clear width for fire engines
  CandidateParams candidates = {};
  int max_rounds = 12;  // of solving and judging
};

struct BillLine {
  std::string catalogue_id, product, manufacturer, unit;
  int count = 0;
  double unit_price_eur = 0.0, total_eur = 0.0;
  std::string price_source;
};

struct CrossingOutcome {
  std::string label;
  Vec2 pos;
  std::uint32_t mouth = 0;
  bool adequate = false;    // every chosen class that reaches it: adequate by rating
  std::string worst_class;  // the class with the worst verdict
  vehicle::Verdict verdict = vehicle::Verdict::Unprotected;
  std::string protected_by;             // the suggested line judged there (empty: none)
  std::string why;                      // the verdict's reason
  double people_exposed = 0.0;          // when not adequate, over the classes
  double people_exposed_without = 0.0;  // with no barriers at all, over the classes
  bool unprotectable = false;           // no candidate product holds on some run-up to it
};

struct ParetoPoint {
  double cost_eur = 0.0;
  double people_exposed = 0.0;  // summed over the mouths left unprotected
  int mouths_protected = 0;
};

struct Suggestion {
  scenario::Layout layout;                         // the input layout with its barriers replaced
  std::vector<scenario::PlannedBarrier> barriers;  // the suggested ones (also in layout)
  std::vector<BillLine> bill;
  double total_eur = 0.0;
  std::vector<CrossingOutcome> crossings;
  std::vector<ParetoPoint> pareto;  // filled when a budget is given and falls short
  bool full_protection = false;     // every crossing adequate for every chosen class
  bool within_budget = true;
  bool verified = false;  // the ramming analysis found no run-up past the lines
  int rounds = 0;
  std::size_t candidate_lines = 0, candidate_options = 0, run_ups = 0, mouths = 0;
  std::size_t products = 0;
  std::vector<std::string> products_skipped;  // priced but not usable, with why
  double people_exposed_without = 0.0;        // summed over the mouths, no barriers
  double people_exposed = 0.0;                // after the suggestion, same measure
  vehicle::RammingResult judged;              // the ramming analysis of the suggestion
};

Suggestion suggest_barriers(const city::CityModel& city, const scenario::Layout& layout,
                            const SuggestInputs& in);

}  // namespace agora::barriers
