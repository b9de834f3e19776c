// A layout layer (GeoJSON through GDAL, gis/scenario_reader.*) read into the Belgian Lambert 72
// CRS and validated (sim/scenario/validate.*) against a city covering Mechelen.
#include "fuzz/fuzz_support.hpp"
#include "gis/scenario_reader.hpp"
#include "sim/scenario/validate.hpp"

namespace {

const agora::city::CityModel& mechelen() {
  static const agora::city::CityModel city = [] {
    agora::city::CityModel c;
    agora::city::Building b;
    // Lambert 72 box around the fixture's Grote Markt (4.479° E, 51.028° N).
    b.footprint.outer() = {
        {155000, 188000}, {155000, 192000}, {159000, 192000}, {159000, 188000}, {155000, 188000}};
    c.buildings.push_back(b);
    c.build_index();
    return c;
  }();
  return city;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = agora::fuzz::write_scratch_file(
      "layout.geojson", {reinterpret_cast<const char*>(data), size});
  return agora::fuzz::refused_or_loaded([&] {
    agora::scenario::Scenario s;
    s.file = "/fuzz/scenario.json";
    s.layout_paths = {path};
    s.event.attendance_peak = 100;
    agora::ProblemList problems;
    std::vector<agora::Problem> warnings;
    agora::gis::read_layout(s, "EPSG:31370", problems, warnings);
    problems.throw_if_any();
    (void)agora::scenario::validate(s, mechelen());
  });
}
