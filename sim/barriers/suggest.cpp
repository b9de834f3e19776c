#include "sim/barriers/suggest.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "sim/barriers/integer_programme.hpp"
#include "sim/core/error.hpp"

namespace agora::barriers {

namespace {

struct CrossingInfo {
  CrossingRef ref;
  std::uint32_t mouth = 0;
  double people_without = 0.0;  // max over the classes, no barriers
};

// The crossing of `list` at p (within 2 m), else none.
std::optional<std::size_t> match_crossing(const std::vector<CrossingInfo>& list, Vec2 p) {
  std::optional<std::size_t> best;
  double best_d = 2.0;
  for (std::size_t i = 0; i < list.size(); ++i)
    if (const double d = distance(list[i].ref.pos, p); d <= best_d) {
      best_d = d;
      best = i;
    }
  return best;
}

bool same_path(const ApproachPath& a, const ApproachPath& b) {
  if (a.crossing != b.crossing || a.vehicle != b.vehicle || a.line.size() != b.line.size())
    return false;
  for (std::size_t i = 0; i < a.line.size(); ++i)
    if (distance(a.line[i], b.line[i]) > 0.01) return false;
  return true;
}

// The cover programme: y per option (cost), z per mouth (protected). Rows: one option per
// line; each path of a mouth needs a covering option when the mouth counts as protected.
struct Model {
  IntegerProgramme ip;
  std::vector<int> y;                 // column per option
  std::map<std::uint32_t, int> z;     // column per protectable mouth
  std::map<std::uint32_t, double> e;  // people exposed per mouth with no barriers
  int cost_row = -1;
};

Model build_model(const CandidateSet& cands, const std::vector<ApproachPath>& paths,
                  const std::vector<CrossingInfo>& crossings, const std::vector<bool>& path_counts,
                  const std::vector<bool>& mouth_protectable, bool full) {
  Model m;
  for (const LineOption& o : cands.options) m.y.push_back(m.ip.add_column(o.cost_eur));
  std::vector<IpRow> per_line(cands.lines.size());
  for (std::size_t o = 0; o < cands.options.size(); ++o)
    per_line[cands.options[o].line].terms.push_back({m.y[o], 1.0});
  for (IpRow& r : per_line)
    if (r.terms.size() > 1) {
      r.hi = 1.0;
      m.ip.rows.push_back(std::move(r));
    }
  for (const CrossingInfo& c : crossings) {
    m.e[c.mouth] = std::max(m.e[c.mouth], c.people_without);
    if (!full && mouth_protectable[c.mouth] && !m.z.count(c.mouth))
      m.z[c.mouth] = m.ip.add_column(0.0);
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    if (!path_counts[p]) continue;
    const std::uint32_t mouth = crossings[paths[p].crossing].mouth;
    if (!full && !m.z.count(mouth)) continue;
    IpRow r;
    for (std::size_t o : cands.covers[p]) r.terms.push_back({m.y[o], 1.0});
    if (full) {
      r.lo = 1.0;
    } else {
      r.terms.push_back({m.z.at(mouth), -1.0});
      r.lo = 0.0;
    }
    m.ip.rows.push_back(std::move(r));
  }
  return m;
}

double residual(const Model& m, const std::vector<bool>& x) {
  double out = 0.0;
  for (const auto& [mouth, people] : m.e) {
    const auto it = m.z.find(mouth);
    if (it == m.z.end() || !x[static_cast<std::size_t>(it->second)]) out += people;
  }
  return out;
}

// The budget form's two objectives. Protected people: Σ e_m z_m; cost: Σ c_o y_o.
IpRow protected_row(const Model& m) {
  IpRow r;
  for (const auto& [mouth, col] : m.z) r.terms.push_back({col, m.e.at(mouth)});
  return r;
}

IpRow cost_row(const Model& m, const CandidateSet& cands) {
  IpRow r;
  for (std::size_t o = 0; o < cands.options.size(); ++o)
    r.terms.push_back({m.y[o], cands.options[o].cost_eur});
  return r;
}

double cost_of(const CandidateSet& cands, const Model& m, const std::vector<bool>& x) {
  double c = 0.0;
  for (std::size_t o = 0; o < cands.options.size(); ++o)
    if (x[static_cast<std::size_t>(m.y[o])]) c += cands.options[o].cost_eur;
  return c;
}

// Most people protected within `budget`, then the least cost that protects as many.
std::optional<std::vector<bool>> best_within(const Model& m, const CandidateSet& cands,
                                             double budget) {
  IntegerProgramme ip = m.ip;
  for (double& c : ip.cost) c = 0.0;
  for (const auto& [mouth, col] : m.z) ip.cost[static_cast<std::size_t>(col)] = -m.e.at(mouth);
  IpRow cap = cost_row(m, cands);
  cap.hi = budget;
  ip.rows.push_back(cap);
  const auto most = solve(ip);
  if (!most) return std::nullopt;
  const double protected_people = -most->objective;
  IntegerProgramme ip2 = m.ip;
  IpRow need = protected_row(m);
  need.lo = protected_people - 1e-6;
  ip2.rows.push_back(need);
  ip2.rows.push_back(cap);
  const auto cheapest = solve(ip2);
  return cheapest ? cheapest->x : most->x;
}

// The least cost at which at most `max_exposed` people stay exposed; none when no choice gets
// there.
std::optional<double> least_cost_for(const Model& m, double max_exposed, double total) {
  IntegerProgramme ip = m.ip;
  IpRow need = protected_row(m);
  need.lo = total - max_exposed;
  ip.rows.push_back(need);
  const auto s = solve(ip);
  if (!s) return std::nullopt;
  return s->objective;
}

std::string product_label(const Product& p) {
  return p.entry ? p.entry->product : p.price.catalogue_id;
}

}  // namespace

Suggestion suggest_barriers(const city::CityModel& city, const scenario::Layout& layout,
                            const SuggestInputs& in) {
  in.params.validate();
  in.candidates.validate();
  in.prices.validate();
  if (in.budget_eur && !(*in.budget_eur >= 0.0))
    throw Error("", "barrier suggestion", "budget_eur", "expected a budget of 0 EUR or more");
  if (in.max_rounds < 1)
    throw Error("", "barrier suggestion", "max_rounds", "expected at least one round");
  Suggestion out;
  const std::vector<vehicle::VehicleClass> classes = in.vehicles.select(in.classes);
  std::vector<std::string> class_codes;
  for (const vehicle::VehicleClass& c : classes) class_codes.push_back(c.code);
  const std::vector<Product> products =
      resolve_products(in.prices, in.catalogue, in.rating_vehicles, in.vehicles.classes,
                       in.params.rules, &out.products_skipped);
  out.products = products.size();
  scenario::Layout bare = layout;
  bare.barriers.clear();
  const vehicle::RammingInputs rin{in.vehicles, class_codes, in.catalogue, in.rating_vehicles,
                                   in.params};
  const vehicle::RammingResult base = vehicle::analyse_ramming(city, bare, rin);

  std::vector<CrossingInfo> crossings;
  std::vector<ApproachPath> paths;
  for (const vehicle::CrossingResult& c : base.crossings) {
    CrossingInfo info{{c.pos, c.label}, c.mouth, c.people_exposed_max()};
    crossings.push_back(info);
    for (std::size_t k = 0; k < c.classes.size(); ++k) {
      const vehicle::ClassAtCrossing& a = c.classes[k];
      if (!a.reachable || a.run_up.size() < 2) continue;
      paths.push_back({crossings.size() - 1, k, a.run_up, a.run_up_speed_kmh});
    }
  }
  std::map<std::uint32_t, bool> mouths;
  for (const CrossingInfo& c : crossings) mouths[c.mouth] = true;
  out.mouths = mouths.size();
  for (const auto& [mouth, _] : mouths) {
    double e = 0.0;
    for (const CrossingInfo& c : crossings)
      if (c.mouth == mouth) e = std::max(e, c.people_without);
    out.people_exposed_without += e;
  }

  const CandidateContext ctx{city, bare, classes, products, in.params.rules, in.fire_clear_width_m};
  CandidateSet cands;
  std::vector<bool> chosen;  // per option
  std::vector<bool> mouth_protectable;
  std::vector<bool> path_counts;
  vehicle::RammingResult judged;
  auto protectable = [&](std::uint32_t mouth) {
    return mouth >= mouth_protectable.size() || mouth_protectable[mouth];
  };
  std::set<std::uint32_t> meant;  // mouths the chosen set is meant to protect
  std::vector<SpeedFloor> floors;
  std::vector<std::size_t> barrier_line;  // per barrier of the last layout_for: its candidate line
  auto layout_for = [&](const std::vector<bool>& pick) {
    scenario::Layout v = bare;
    barrier_line.clear();
    int n = 0;
    for (std::size_t o = 0; o < cands.options.size(); ++o) {
      if (!pick[o]) continue;
      const LineOption& opt = cands.options[o];
      for (const PlacedPart& part : opt.parts) {
        const Product& p = products[part.product];
        scenario::PlannedBarrier b;
        b.info.id = "suggested-" + std::to_string(++n);
        b.info.name = cands.lines[opt.line].label + " – " + product_label(p);
        b.info.index = -1;
        b.line = part.line;
        b.product = p.price.catalogue_id;
        b.barrier_type = p.price.barrier_type;
        b.clear_gap_m = p.price.clear_gap_m;
        b.cost_eur = part.cost_eur;
        v.barriers.push_back(std::move(b));
        barrier_line.push_back(opt.line);
      }
    }
    return v;
  };

  for (out.rounds = 1; out.rounds <= in.max_rounds; ++out.rounds) {
    std::vector<CrossingRef> refs;
    for (const CrossingInfo& c : crossings) refs.push_back(c.ref);
    cands = build_candidates(ctx, in.candidates, refs, paths, floors);
    // A mouth with a run-up no product on any line holds against cannot be protected.
    std::uint32_t max_mouth = 0;
    for (const CrossingInfo& c : crossings) max_mouth = std::max(max_mouth, c.mouth);
    mouth_protectable.assign(max_mouth + 1, true);
    for (std::size_t p = 0; p < paths.size(); ++p)
      if (cands.covers[p].empty()) mouth_protectable[crossings[paths[p].crossing].mouth] = false;
    path_counts.assign(paths.size(), true);
    for (std::size_t p = 0; p < paths.size(); ++p)
      path_counts[p] = mouth_protectable[crossings[paths[p].crossing].mouth];
    const Model model = build_model(cands, paths, crossings, path_counts, mouth_protectable, true);
    const auto sol = solve(model.ip);
    if (!sol)
      throw Error("", "barrier suggestion", "integer programme",
                  "no set of candidate lines protects the site");
    chosen.assign(cands.options.size(), false);
    for (std::size_t o = 0; o < cands.options.size(); ++o)
      chosen[o] = sol->x[static_cast<std::size_t>(model.y[o])];
    judged = vehicle::analyse_ramming(city, layout_for(chosen), rin);
    // Run-ups that get past or around the suggestion join the programme.
    std::size_t added = 0;
    for (const vehicle::CrossingResult& c : judged.crossings) {
      auto idx = match_crossing(crossings, c.pos);
      if (!idx) {
        crossings.push_back({{c.pos, c.label}, c.mouth, c.people_exposed_max()});
        idx = crossings.size() - 1;
      }
      if (!protectable(crossings[*idx].mouth)) continue;
      for (std::size_t k = 0; k < c.classes.size(); ++k) {
        const vehicle::ClassAtCrossing& a = c.classes[k];
        if (!a.reachable || a.verdict == vehicle::Verdict::Adequate) continue;
        if (a.guard >= 0 && static_cast<std::size_t>(a.guard) < barrier_line.size()) {
          // Met a suggested line faster than the model said: the model learns the speed.
          const SpeedFloor f{*idx, k, barrier_line[static_cast<std::size_t>(a.guard)],
                             a.judged_speed_kmh + 0.01, a.impact_angle_deg};
          bool raised = true;
          for (SpeedFloor& g : floors)
            if (g.crossing == f.crossing && g.vehicle == f.vehicle && g.line == f.line) {
              const bool faster = f.speed_kmh > g.speed_kmh + 1e-6;
              const bool steeper =
                  std::abs(f.angle_deg - 90.0) > std::abs(g.angle_deg - 90.0) + 1e-6;
              raised = faster || steeper;
              g.speed_kmh = std::max(g.speed_kmh, f.speed_kmh);
              if (steeper) g.angle_deg = f.angle_deg;
            }
          if (raised) {
            if (std::none_of(floors.begin(), floors.end(), [&](const SpeedFloor& g) {
                  return g.crossing == f.crossing && g.vehicle == f.vehicle && g.line == f.line;
                }))
              floors.push_back(f);
            ++added;
          }
        }
        if (a.judged_run_up.size() < 2) continue;
        ApproachPath np{*idx, k, a.judged_run_up, a.judged_run_up_speed_kmh};
        bool known = false;
        for (ApproachPath& p : paths)
          if (same_path(p, np)) {
            known = true;
            // The analysis met a line faster than the trace's interpolation said: keep the higher
            // speeds.
            for (std::size_t i = 0; i < p.speed_kmh.size() && i < np.speed_kmh.size(); ++i)
              if (np.speed_kmh[i] > p.speed_kmh[i] + 1e-6) {
                p.speed_kmh[i] = np.speed_kmh[i];
                ++added;
              }
          }
        if (!known) {
          paths.push_back(std::move(np));
          ++added;
        }
      }
    }
    if (added == 0) break;
  }
  for (const CrossingInfo& c : crossings)
    if (protectable(c.mouth)) meant.insert(c.mouth);
  out.rounds = std::min(out.rounds, in.max_rounds);
  out.candidate_lines = cands.lines.size();
  out.candidate_options = cands.options.size();
  out.run_ups = paths.size();

  // Full protection costs more than the budget: the Pareto front, and the point it buys.
  double full_cost = 0.0;
  for (std::size_t o = 0; o < cands.options.size(); ++o)
    if (chosen[o]) full_cost += cands.options[o].cost_eur;
  if (in.budget_eur && full_cost > *in.budget_eur + 1e-6) {
    const Model model = build_model(cands, paths, crossings, path_counts, mouth_protectable, false);
    double total = 0.0;
    for (const auto& [mouth, people] : model.e) total += people;
    double unprotectable = 0.0;
    for (const auto& [mouth, people] : model.e)
      if (!model.z.count(mouth)) unprotectable += people;
    out.pareto.push_back({0.0, total, 0});
    double cap = total;
    while (cap > unprotectable + 1e-9) {
      const auto c = least_cost_for(model, cap - 0.01, total);
      if (!c) break;
      const auto x = best_within(model, cands, *c + 0.5);
      if (!x) break;
      ParetoPoint pt;
      pt.cost_eur = cost_of(cands, model, *x);
      pt.people_exposed = residual(model, *x);
      for (const auto& [mouth, col] : model.z)
        pt.mouths_protected += (*x)[static_cast<std::size_t>(col)] ? 1 : 0;
      out.pareto.push_back(pt);
      if (pt.people_exposed >= cap - 1e-9) break;
      cap = pt.people_exposed;
    }
    const auto x = best_within(model, cands, *in.budget_eur);
    chosen.assign(cands.options.size(), false);
    meant.clear();
    if (x) {
      for (std::size_t o = 0; o < cands.options.size(); ++o)
        chosen[o] = (*x)[static_cast<std::size_t>(model.y[o])];
      for (const auto& [mouth, col] : model.z)
        if ((*x)[static_cast<std::size_t>(col)]) meant.insert(mouth);
    }
    judged = vehicle::analyse_ramming(city, layout_for(chosen), rin);
  }

  // The variant, the bill of quantities and the judgement per crossing.
  out.layout = layout_for(chosen);
  out.barriers = out.layout.barriers;
  std::map<std::size_t, BillLine> bill;
  for (std::size_t o = 0; o < cands.options.size(); ++o) {
    if (!chosen[o]) continue;
    for (const PlacedPart& part : cands.options[o].parts) {
      const Product& p = products[part.product];
      BillLine& l = bill[part.product];
      l.catalogue_id = p.price.catalogue_id;
      l.product = product_label(p);
      l.manufacturer = p.entry ? p.entry->manufacturer : "";
      l.unit = p.price.unit;
      l.count += part.units;
      l.unit_price_eur = p.price.unit_price_eur;
      l.total_eur += part.cost_eur;
      l.price_source = p.price.price_source;
    }
  }
  for (auto& [_, l] : bill) {
    out.total_eur += l.total_eur;
    out.bill.push_back(std::move(l));
  }
  out.within_budget = !in.budget_eur || out.total_eur <= *in.budget_eur + 1e-6;
  out.full_protection = true;
  std::map<std::uint32_t, double> exposed_by_mouth;
  for (const vehicle::CrossingResult& c : judged.crossings) {
    CrossingOutcome co;
    co.label = c.label;
    co.pos = c.pos;
    const auto idx = match_crossing(crossings, c.pos);
    co.mouth = idx ? crossings[*idx].mouth : c.mouth;
    co.people_exposed_without = idx ? crossings[*idx].people_without : 0.0;
    co.unprotectable = !protectable(co.mouth);
    const vehicle::ClassAtCrossing* worst = nullptr;
    for (const vehicle::ClassAtCrossing& a : c.classes) {
      if (!a.reachable) continue;
      if (!worst ||
          vehicle::verdict_severity(a.verdict) > vehicle::verdict_severity(worst->verdict))
        worst = &a;
    }
    if (!worst) continue;
    co.worst_class = worst->vehicle_class;
    co.verdict = worst->verdict;
    co.adequate = worst->verdict == vehicle::Verdict::Adequate;
    co.why = worst->verdict_reason;
    if (worst->guard >= 0)
      co.protected_by = judged.guards[static_cast<std::size_t>(worst->guard)].name;
    co.people_exposed = co.adequate ? 0.0 : c.people_exposed_max();
    exposed_by_mouth[co.mouth] = std::max(exposed_by_mouth[co.mouth], co.people_exposed);
    if (!co.adequate) out.full_protection = false;
    out.crossings.push_back(std::move(co));
  }
  for (const auto& [_, e] : exposed_by_mouth) out.people_exposed += e;
  out.verified = true;
  for (const CrossingOutcome& c : out.crossings)
    if (meant.count(c.mouth) && !c.adequate) out.verified = false;
  out.judged = std::move(judged);
  return out;
}

}  // namespace agora::barriers
