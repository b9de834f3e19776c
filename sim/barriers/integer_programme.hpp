#pragma once
// A 0-1 integer programme solved exactly with GLPK's branch and cut (glp_intopt, relative
// gap 0, no terminal output): minimise c·x over binary x subject to rows lo ≤ a·x ≤ hi.
// The barrier suggestion's set cover and its budget variants are written in this form.

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace agora::barriers {

struct IpRow {
  std::vector<std::pair<int, double>> terms;  // (column, coefficient)
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
};

struct IntegerProgramme {
  std::vector<double> cost;  // one binary column each
  std::vector<IpRow> rows;
  int add_column(double c) {
    cost.push_back(c);
    return static_cast<int>(cost.size()) - 1;
  }
};

struct IpSolution {
  std::vector<bool> x;
  double objective = 0.0;
  long long nodes = 0;  // branch-and-bound nodes GLPK explored (0 when not reported)
};

// The optimum, or nullopt when the programme has no feasible solution.
std::optional<IpSolution> solve(const IntegerProgramme& ip);

}  // namespace agora::barriers
