// The 0-1 programme through GLPK on cases small enough to solve by hand.

#include <catch2/catch.hpp>

#include "sim/barriers/integer_programme.hpp"

using namespace agora::barriers;

TEST_CASE("set cover: the exact optimum, not the greedy choice", "[barriers][ip]") {
  // Elements 1..4. Sets: S0 = {1,2,3,4} at 5, S1 = {1,2} at 2, S2 = {3,4} at 2, S3 = {1} at 1.
  // Greedy by cost per element takes S0 (1.25 per element) first: 5. The optimum is S1 + S2 = 4.
  IntegerProgramme ip;
  for (double c : {5.0, 2.0, 2.0, 1.0}) ip.add_column(c);
  auto cover = [&](std::vector<int> sets) {
    IpRow r;
    for (int s : sets) r.terms.push_back({s, 1.0});
    r.lo = 1.0;
    ip.rows.push_back(r);
  };
  cover({0, 1, 3});  // element 1
  cover({0, 1});     // element 2
  cover({0, 2});     // element 3
  cover({0, 2});     // element 4
  const auto s = solve(ip);
  REQUIRE(s);
  CHECK(s->objective == Approx(4.0));
  CHECK(s->x == std::vector<bool>{false, true, true, false});
}

TEST_CASE("an infeasible programme gives no solution", "[barriers][ip]") {
  // x0 + x1 ≥ 3 with binary x: at most 2.
  IntegerProgramme ip;
  ip.add_column(1.0);
  ip.add_column(1.0);
  ip.rows.push_back({{{0, 1.0}, {1, 1.0}}, 3.0, std::numeric_limits<double>::infinity()});
  CHECK_FALSE(solve(ip).has_value());
}
