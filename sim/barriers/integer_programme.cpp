#include "sim/barriers/integer_programme.hpp"

#include <glpk.h>

#include <cmath>
#include <memory>

#include "sim/core/error.hpp"

namespace agora::barriers {

std::optional<IpSolution> solve(const IntegerProgramme& ip) {
  if (ip.cost.empty()) return IpSolution{};
  std::unique_ptr<glp_prob, void (*)(glp_prob*)> lp(glp_create_prob(), glp_delete_prob);
  glp_set_obj_dir(lp.get(), GLP_MIN);
  const int n = static_cast<int>(ip.cost.size());
  glp_add_cols(lp.get(), n);
  for (int j = 0; j < n; ++j) {
    glp_set_col_kind(lp.get(), j + 1, GLP_BV);
    glp_set_obj_coef(lp.get(), j + 1, ip.cost[static_cast<std::size_t>(j)]);
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  if (!ip.rows.empty()) glp_add_rows(lp.get(), static_cast<int>(ip.rows.size()));
  for (std::size_t i = 0; i < ip.rows.size(); ++i) {
    const IpRow& r = ip.rows[i];
    const bool has_lo = std::isfinite(r.lo), has_hi = std::isfinite(r.hi);
    const int type = has_lo && has_hi ? (r.lo == r.hi ? GLP_FX : GLP_DB)
                     : has_lo         ? GLP_LO
                     : has_hi         ? GLP_UP
                                      : GLP_FR;
    glp_set_row_bnds(lp.get(), static_cast<int>(i) + 1, type, has_lo ? r.lo : 0.0,
                     has_hi ? r.hi : 0.0);
    for (const auto& [col, a] : r.terms) {
      if (col < 0 || col >= n)
        throw Error("", "integer programme", "column", "a row names a column that does not exist");
      ia.push_back(static_cast<int>(i) + 1);
      ja.push_back(col + 1);
      ar.push_back(a);
    }
  }
  glp_load_matrix(lp.get(), static_cast<int>(ar.size()) - 1, ia.data(), ja.data(), ar.data());
  // GLPK writes to the terminal through its own switch, not only msg_lev: off for the solve.
  const int previous_output = glp_term_out(GLP_OFF);
  // The LP relaxation first, then branch and cut without GLPK's MIP presolver (which aborts
  // when it eliminates every column).
  glp_smcp lp_parm;
  glp_init_smcp(&lp_parm);
  lp_parm.msg_lev = GLP_MSG_OFF;
  lp_parm.presolve = GLP_OFF;
  const int lp_ret = glp_simplex(lp.get(), &lp_parm);
  if (lp_ret != 0 || glp_get_status(lp.get()) == GLP_NOFEAS) {
    glp_term_out(previous_output);
    if (lp_ret == 0 || lp_ret == GLP_ENOPFS) return std::nullopt;
    throw Error("", "integer programme", "glp_simplex",
                "GLPK could not solve the relaxation (code " + std::to_string(lp_ret) + ")");
  }
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_OFF;
  parm.msg_lev = GLP_MSG_OFF;
  parm.mip_gap = 0.0;  // exact: stop only at a proven optimum
  const int ret = glp_intopt(lp.get(), &parm);
  glp_term_out(previous_output);
  const int status = glp_mip_status(lp.get());
  if (ret == GLP_ENOPFS || ret == GLP_ENODFS || status == GLP_NOFEAS) return std::nullopt;
  if (ret != 0 || status != GLP_OPT)
    throw Error("", "integer programme", "glp_intopt",
                "GLPK stopped without a proven optimum (code " + std::to_string(ret) + ")");
  IpSolution s;
  s.x.resize(static_cast<std::size_t>(n));
  for (int j = 0; j < n; ++j)
    s.x[static_cast<std::size_t>(j)] = glp_mip_col_val(lp.get(), j + 1) > 0.5;
  s.objective = glp_mip_obj_val(lp.get());
  return s;
}

}  // namespace agora::barriers
