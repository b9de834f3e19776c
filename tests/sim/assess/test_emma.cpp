#include <catch2/catch.hpp>
#include <string>

#include "sim/assess/disciplines.hpp"
#include "sim/assess/emma.hpp"
#include "sim/figures/catalogue.hpp"

using namespace agora;

TEST_CASE("the multidisciplinary picture lists D1 to D5 in order, each with declared figures",
          "[assess][emma]") {
  const auto picture = assess::emma_picture();
  REQUIRE(picture.size() == 5);
  const char* numbers[] = {"D1", "D2", "D3", "D4", "D5"};
  for (std::size_t i = 0; i < picture.size(); ++i) {
    CHECK(picture[i].discipline == assess::discipline::kFive[i]);
    CHECK(picture[i].number == numbers[i]);
    CHECK_FALSE(picture[i].items.empty());
    for (const assess::DisciplineItem& item : picture[i].items) {
      INFO(item.figure->key);
      // A figure without run-time parts, declared by the analysis that writes it.
      CHECK(std::string(item.figure->key).find('{') == std::string::npos);
      CHECK(find_figure(item.figure->key) == item.figure);
      CHECK(std::string(item.label).rfind("emma.item.", 0) == 0);
    }
  }
  // D1 names the fire service's access, D3 the vehicle crossings (the police's perimeter).
  CHECK(std::string(picture[0].items.front().figure->key) == "assess.access.road_found");
  CHECK(std::string(picture[2].items[1].figure->key) == "ramming.crossings");
}
