// English texts of the report, with the Dutch terms Flemish and Dutch officers use. A
// translation copies this table (strings_nl.cpp) and translates the right-hand side.

#include "report/strings.hpp"

namespace agora::report {

const StringTable& strings_en() {
  static const StringTable table = {
      // Numbers and values
      {"num.group", ","},
      {"num.decimal", "."},
      {"value.yes", "yes"},
      {"value.no", "no"},
      {"value.none", "(none)"},
      {"value.not_given", "not given"},
      // Dates
      {"date.long", "{0} {1} {2}"},
      {"date.range", "{0} – {1} ({2} days)"},
      {"date.hours", "{0}–{1}"},
      {"date.hours_daily", "{0}–{1} daily"},
      {"date.hours_on", "{0}: {1}–{2}"},
      {"month.1", "January"},
      {"month.2", "February"},
      {"month.3", "March"},
      {"month.4", "April"},
      {"month.5", "May"},
      {"month.6", "June"},
      {"month.7", "July"},
      {"month.8", "August"},
      {"month.9", "September"},
      {"month.10", "October"},
      {"month.11", "November"},
      {"month.12", "December"},
      // Scenario figure labels (the rest are made from their keys)
      {"figure.scenario.name", "Scenario name"},
      {"figure.scenario.crs", "CRS"},
      {"figure.event.name", "Event name"},
      {"figure.event.type", "Event type"},
      {"figure.event.days", "Event days"},
      {"figure.event.attendance_peak", "Expected peak attendance"},
      {"figure.event.alcohol", "Alcohol served"},
      {"figure.layout.perimeter_area_m2", "Area inside the perimeter"},
      {"figure.layout.emergency_gates", "Emergency gates"},
      {"figure.map.road_edges", "Road edges in the map"},
      {"figure.map.buildings", "Buildings in the map"},
      {"figure.map.open_areas", "Open areas in the map"},
      {"figure.map.vehicle_passable_km", "Vehicle-passable streets"},
      // Document
      {"doc.title", "Permit safety report – {0}"},
      {"doc.running_head", "Permit safety report · {0}"},
      {"doc.running_foot",
       "Agora {0} · generated {1} · advisory: the veiligheidscel and the authority decide"},
      {"doc.running_foot_undated",
       "Agora {0} · advisory: the veiligheidscel and the authority decide"},
      {"doc.page", "Page"},
      {"doc.of", "of"},
      // Tables
      {"table.figure", "Figure"},
      {"table.value", "Value"},
      {"table.key", "Key (summary.json)"},
      {"table.name", "Name"},
      {"table.id", "Id"},
      {"table.item", "Item"},
      // Cover
      {"cover.kicker", "Permit safety report · veiligheidsdossier evenement"},
      {"cover.facts", "The event"},
      {"cover.event", "Event"},
      {"cover.type", "Type"},
      {"cover.place", "Place"},
      {"cover.dates", "Dates"},
      {"cover.hours", "Opening hours"},
      {"cover.attendance_peak", "Expected peak attendance"},
      {"cover.attendance_total", "Expected total attendance"},
      {"cover.persons", "{0} persons"},
      {"cover.organiser", "Organiser"},
      {"cover.alcohol", "Alcohol served"},
      {"cover.amplified_music", "Amplified music"},
      {"cover.events_here", "Events at this location this year"},
      {"cover.scenario", "Scenario"},
      {"cover.profile", "Profile (jurisdiction)"},
      {"cover.generated", "Report generated"},
      {"cover.classification", "Classification"},
      {"cover.nl_class", "Class {0}"},
      {"cover.risk_event_yes", "Risico-evenement"},
      {"cover.risk_event_yes_detail",
       "Belgian risk event (KB 16 February 2006, circular NPU-4): multidisciplinary risk analysis "
       "required"},
      {"cover.risk_event_no", "No risk event"},
      {"cover.risk_event_no_detail",
       "Not a Belgian risk event under the profile's rules; the authority may decide otherwise"},
      {"cover.disciplines", "Disciplines to advise"},
      {"cover.disciplines_all",
       "to be decided: for a risk event police (D3), fire service (D1), medical services (D2) and "
       "emergency "
       "planning (D5), with the threat analysis centre (OCAM/CUTA) where a terrorist threat is in "
       "play"},
      {"cover.override", "Officer's override"},
      {"cover.not_assessed", "Not assessed"},
      {"cover.not_assessed_detail",
       "No classification was computed for this run (the assessment analysis did not run): Dutch "
       "class A/B/C "
       "and the Belgian risk-event question are open"},
      {"cover.scorecard", "Scorecard summary (leefbaarheidstoets)"},
      {"cover.scorecard_not_assessed",
       "Not assessed: the liveability scorecard needs the assessment analysis."},
      {"cover.headline", "Key figures"},
      {"cover.scope_title", "What this report is"},
      {"cover.scope",
       "An advisory analysis of the event layout for the permit file and the multidisciplinary "
       "safety meeting "
       "(veiligheidscel). Computed here: {0}. The figures are only as good as the map, the layout "
       "and the "
       "tables in the assumptions section; the competent authority and the disciplines decide."},
      {"cover.no_analyses", "the site and layout only (no analysis ran)"},
      // Event types
      {"event_type.market", "Market"},
      {"event_type.concert", "Concert"},
      {"event_type.festival", "Festival"},
      {"event_type.sports", "Sports event"},
      {"event_type.fair", "Fair"},
      {"event_type.procession", "Procession"},
      {"event_type.fun_fair", "Fun fair (kermis)"},
      {"event_type.gathering", "Gathering"},
      {"event_type.other", "Other"},
      // Layout section
      {"layout.title", "Site and layout"},
      {"layout.intro",
       "The event layout as submitted (inplantingsplan), drawn over the city model: the protected "
       "perimeter, "
       "crowd zones, stalls and structures, exits, planned vehicle barriers, emergency gates, "
       "fire-service "
       "access points and noise receivers."},
      {"layout.map_caption", "The layout over buildings and streets (street widths to scale)."},
      {"layout.key_facts", "Key facts"},
      {"layout.figures_caption", "Scenario figures (as in summary.json)"},
      {"layout.perimeter_area", "Area inside the perimeter"},
      {"layout.crowd_zones", "Crowd zones"},
      {"layout.exits", "Exits"},
      {"layout.exits_value", "{0}, total open width {1}"},
      {"layout.stalls_structures", "Stalls / structures"},
      {"layout.stages", "Stages"},
      {"layout.barriers", "Planned vehicle barriers"},
      {"layout.gates_access", "Emergency gates / access points"},
      {"layout.receivers", "Noise receivers"},
      {"layout.stairs", "Stairs"},
      {"layout.stairs_up", "up towards {0}°"},
      {"layout.zones_caption", "Crowd zones"},
      {"layout.area", "Area"},
      {"layout.density", "Density"},
      {"layout.persons", "Persons"},
      {"layout.profile_density", "profile"},
      {"layout.exits_caption", "Exits (nooduitgangen)"},
      {"layout.width", "Width"},
      {"layout.emergency_only", "Emergency only"},
      {"layout.unlocked", "Unlocked"},
      {"layout.outward", "Opens outward"},
      {"layout.closed", "Closed"},
      {"layout.barriers_caption", "Planned vehicle barriers and emergency gates"},
      {"layout.type", "Type"},
      {"layout.rating", "Rating"},
      {"layout.gap", "Clear gap"},
      {"layout.cost", "Cost"},
      {"layout.unrated", "unrated"},
      {"layout.continuous", "continuous"},
      {"layout.emergency_gate", "emergency gate"},
      {"layout.total", "Total"},
      {"layout.inventory_caption", "Other features of the layout"},
      {"layout.kind", "Kind"},
      {"layout.detail", "Detail"},
      {"layout.limit", "limit {0} dB(A)"},
      {"kind.perimeter", "perimeter"},
      {"kind.stage", "stage"},
      {"kind.structure", "structure"},
      {"kind.stall", "stall"},
      {"kind.access_point", "access point"},
      {"kind.receiver", "receiver"},
      {"kind.stairs", "stairs"},
      {"barrier_type.bollard", "bollards"},
      {"barrier_type.road_blocker", "road blocker"},
      {"barrier_type.water_filled", "water-filled"},
      {"barrier_type.concrete_block", "concrete blocks"},
      {"barrier_type.mobile_barrier", "mobile barrier"},
      {"barrier_type.gate", "gate"},
      // Map legend
      {"map.north", "N"},
      {"map.open_area", "Square / pedestrian area"},
      {"map.building", "Building"},
      {"map.building_residential", "Building with dwellings"},
      {"map.street", "Street (vehicle-passable)"},
      {"map.footway", "Footway"},
      {"map.map_barrier", "Existing bollard or wall (map)"},
      {"map.crowd_zone", "Crowd zone"},
      {"map.stall", "Stall"},
      {"map.stairs", "Stairs"},
      {"map.structure", "Structure (bar, tent, ...)"},
      {"map.perimeter", "Event perimeter"},
      {"map.exit", "Exit"},
      {"map.exit_emergency", "Emergency exit"},
      {"map.exit_closed", "Exit closed in this variant"},
      {"map.barrier_rated", "Vehicle barrier (rated)"},
      {"map.barrier_unrated", "Vehicle barrier (unrated)"},
      {"map.emergency_gate", "Emergency gate"},
      {"map.stage", "Stage (sound source)"},
      {"map.access_point", "Fire-service access point"},
      {"map.receiver", "Noise receiver (façade)"},
      // Generic analysis section
      {"generic.note_title", "Generic presentation"},
      {"generic.note",
       "This analysis is shown in its generic form: every figure it computed, each of its map "
       "layers and "
       "rasters, its assumptions and warnings."},
      {"generic.figures", "Figures"},
      {"generic.figures_caption", "Figures of {0}"},
      {"generic.layer_heading", "Layer {0}"},
      {"generic.layer_caption", "Map of layer {0} over the site."},
      {"generic.layer_empty", "This layer has no features."},
      {"generic.layer_table", "Layer {0}: {1} features"},
      {"generic.layer_more", "{0} more features are in results.gpkg."},
      {"generic.layer_more_fields", "{0} more fields of each feature are in results.gpkg."},
      {"generic.raster_heading", "Raster {0}"},
      {"generic.assumptions", "Modelling assumptions"},
      {"generic.warnings", "Warnings"},
      // Analyses
      {"analysis.ramming.title", "Hostile vehicle approach (ramming)"},
      {"analysis.ramming.what",
       "Vehicle dynamics assessment after ISO 22343-2:2023 §9.2: every route a vehicle can take to "
       "the "
       "perimeter, the highest speed each vehicle class reaches there, its energy, the verdict of "
       "the barrier it "
       "meets and the people exposed behind it."},
      {"analysis.assess.title", "Crowd, access, noise and the permit assessment"},
      {"analysis.assess.what",
       "Crowd capacity and egress, fire-service access, noise at the façades, the liveability "
       "scorecard "
       "(leefbaarheidstoets), the risk matrix and the classification."},
      {"analysis.crowd.title", "Crowd simulation"},
      {"analysis.crowd.what", "Agent-based simulation of the crowd leaving the site."},
      // Comparison
      {"compare.title", "Variants side by side"},
      {"compare.intro",
       "The same event with each layout variant (barrier options, closed exits): the figures that "
       "decide "
       "between them, one column per variant."},
      {"compare.caption", "Comparison of variants"},
      {"compare.item", "Figure"},
      {"compare.barriers", "Vehicle barriers (rated)"},
      {"compare.barriers_value", "{0} ({1} rated)"},
      {"compare.barrier_cost", "Barrier cost"},
      {"compare.map_caption", "Variant {0}: layout and barriers."},
      // Assumptions
      {"assumptions.title", "Assumptions, sources and provenance"},
      {"assumptions.intro",
       "What the figures in this report rest on: the data tables and the profile used, the "
       "modelling "
       "assumptions of each analysis, and the exact input files (with their SHA-256 checksums) so "
       "that the run "
       "can be repeated and checked."},
      {"assumptions.tables", "Tables and profile"},
      {"assumptions.profile", "Profile (thresholds, weights, policy)"},
      {"assumptions.vehicles", "Vehicle class table"},
      {"assumptions.catalogue", "Barrier catalogue"},
      {"assumptions.crowd_speeds", "Walking speeds (crowd simulation)"},
      {"assumptions.crowd_los", "Level-of-service table (crowd simulation)"},
      {"assumptions.crs", "Coordinate reference system"},
      {"assumptions.builtin", "built-in {0}"},
      {"assumptions.placeholder_title", "Placeholder values"},
      {"assumptions.placeholder",
       "Values marked placeholder (vehicle accelerations for vans and trucks, for example) come "
       "from secondary "
       "sources until official NPSA/JRC/ISO figures are loaded; values marked policy are local "
       "choices of the "
       "profile. Both can be replaced by a file without changing Agora."},
      {"assumptions.modelling", "Modelling assumptions"},
      {"assumptions.none", "No analysis stated modelling assumptions in this run."},
      {"assumptions.out_of_scope_title", "Out of scope"},
      {"assumptions.vads",
       "Repeated ramming (UK VADS) is out of scope of a single-impact rating: barrier verdicts "
       "refer to one "
       "impact at the speed and angle shown."},
      {"assumptions.provenance", "Input files and version"},
      {"assumptions.provenance_caption", "Provenance of this report"},
      {"provenance.agora_version", "Agora version"},
      {"provenance.map", "Map file"},
      {"provenance.map_sha256", "Map file SHA-256"},
      {"provenance.crs", "CRS"},
      {"provenance.scenario", "Scenario"},
      {"provenance.scenario_file", "Scenario file"},
      {"provenance.scenario_sha256", "Scenario file SHA-256"},
      {"provenance.profile", "Profile"},
      {"provenance.layout_n", "Layout file {0}"},
      {"provenance.layout_n_sha256", "Layout file {0} SHA-256"},
      {"provenance.attribution", "Map data"},
      // Shared by the analyses' sections
      {"table.parameter", "Parameter"},
      {"table.source", "Source"},
      {"assumptions.placeholder_flag", "[placeholder]"},
      {"assumptions.profile_not_given",
       "The values of profile {0} used here are listed with their sources in the profile file; "
       "this run did not "
       "hand them to the report."},
      {"verdict.adequate", "adequate by rating"},
      {"verdict.energy_only", "energy-equivalent only, needs expert check"},
      {"verdict.inadequate", "inadequate"},
      {"verdict.gap_passable", "gap passable"},
      {"verdict.unprotected", "unprotected"},
      {"verdict.not_reachable", "not reachable"},
      {"rating.green", "green"},
      {"rating.amber", "amber"},
      {"rating.red", "red"},
      {"rating.not_assessed", "not assessed"},
      {"band.low", "low"},
      {"band.medium", "medium"},
      {"band.high", "high"},
      {"band.very_high", "very high"},
      {"discipline.police", "police (D3)"},
      {"discipline.fire", "fire service (D1)"},
      {"discipline.medical", "medical services (D2)"},
      {"class_meaning.A", "no notable risk: the authority decides on the permit alone"},
      {"class_meaning.B",
       "attention event (aandachtsevenement): advice from one emergency service"},
      {"class_meaning.C",
       "risk event (risico-evenement): joint advice of fire, police and medical services"},
      // Vehicle ramming section
      {"ramming.title", "Vehicle ramming (hostile vehicle approach)"},
      {"ramming.method",
       "Method: the EU PERICLES approach to the vulnerability of public spaces, with the vehicle "
       "dynamics "
       "assessment of ISO 22343-2:2023 §9.2. Every place within {0} m of the perimeter is a "
       "possible start at rest; "
       "the vehicle drives any street, footway or square that physics allows (attackers ignore "
       "traffic law), "
       "accelerating on straights (v² = v0² + 2·a·s, capped at the class's top speed) and slowing "
       "for corners to "
       "the skid limit v = √(f·g·r). The speed at each crossing of the perimeter is a band from "
       "the lowest "
       "acceleration with normal road friction to the highest with conservative friction; energy "
       "½·m·v² uses the "
       "upper end. The barrier met there is judged against that threat; where it does not hold, "
       "the people in the "
       "vehicle's path inside the crowd are counted."},
      {"ramming.crossings_approaches", "Crossing points / approaches"},
      {"ramming.crossings_approaches_value",
       "{0} crossing points at {1} approaches (street mouths)"},
      {"ramming.by_worst_verdict", "Crossings by worst verdict"},
      {"ramming.summary", "Summary"},
      {"ramming.max_speed", "Highest impact speed (any class)"},
      {"ramming.max_energy", "Highest impact energy"},
      {"ramming.people_max", "Most people exposed behind one crossing"},
      {"ramming.entry_speed_max", "Highest speed at crowd entry"},
      {"ramming.placeholder_title", "Placeholder vehicle data"},
      {"ramming.placeholder",
       "The accelerations of the vehicle table are placeholders from secondary sources "
       "(hostile-driver ranges) "
       "until official NPSA/JRC/ISO curves are loaded: the speeds are indicative."},
      {"ramming.map_caption",
       "Approach speeds on the streets around the site (highest speed any class reaches on each "
       "street) and the "
       "verdict at each crossing point (worst over the classes)."},
      {"ramming.map_speed", "Approach speed {0}"},
      {"ramming.map_verdict", "Crossing: {0}"},
      {"ramming.by_class", "Per vehicle class"},
      {"ramming.classes_caption",
       "Worst case per vehicle class over all crossings (figures as in summary.json)"},
      {"ramming.class", "Class"},
      {"ramming.reaches", "Reaches"},
      {"ramming.fastest", "Fastest"},
      {"ramming.energy", "Energy kJ"},
      {"ramming.count_by_verdict", "Crossings by verdict"},
      {"ramming.people", "People"},
      {"ramming.short.adequate", "ok"},
      {"ramming.short.energy_only", "expert"},
      {"ramming.short.inadequate", "inad."},
      {"ramming.short.gap_passable", "gap"},
      {"ramming.short.unprotected", "open"},
      {"ramming.by_approach", "Per approach"},
      {"ramming.approaches_caption", "The worst crossing and class of each approach, worst first"},
      {"ramming.approaches_note",
       "Speed band in km/h (lowest acceleration and normal friction – highest acceleration and "
       "conservative "
       "friction); energy at the upper end; angle between the path and the barrier face or the "
       "perimeter line "
       "(90° head-on); people: exposed behind the crossing when the barrier does not hold."},
      {"ramming.crossing", "Crossing"},
      {"ramming.speed_band", "Speed km/h"},
      {"ramming.angle", "Angle"},
      {"ramming.barrier", "Barrier (rating)"},
      {"ramming.verdict", "Verdict"},
      {"ramming.more_crossings", "(+{0} more)"},
      {"ramming.crossing_n", "crossing #{0}"},
      {"ramming.no_barrier", "none"},
      {"ramming.all_crossings", "Every crossing point"},
      {"ramming.crossings_caption",
       "All {0} crossing points, grouped by approach: speed band (km/h) and verdict per class"},
      {"ramming.crossings_note",
       "ok = adequate by rating; expert = energy-equivalent only, needs expert check; inad. = "
       "inadequate; gap = gap "
       "passable; open = unprotected; — = the class cannot reach the crossing. Every figure per "
       "crossing and class "
       "is in ramming.csv and results.gpkg."},
      {"ramming.not_reachable", "—"},
      {"ramming.rules", "Rules and sources"},
      {"ramming.rule.adequate",
       "Adequate by rating: a rating whose test vehicle is of the same or a heavier class, rated "
       "speed ≥ impact "
       "speed + {0} km/h, rated angle within {1}° of the approach angle, penetration (and PAS 68 "
       "debris) within the "
       "stand-off to the crowd."},
      {"ramming.rule.energy_only",
       "Energy-equivalent only, needs expert check: ½·m·v² of the threat is within the rated test "
       "energy but a "
       "class, angle or penetration condition is not met. Never a pass on energy alone."},
      {"ramming.rule.inadequate",
       "Inadequate: neither of the above, and every unrated barrier (water-filled, road-safety "
       "barriers, planters, "
       "parked vehicles)."},
      {"ramming.rule.gap_passable",
       "Gap passable: a clear gap at least the vehicle's width, or wider than {0} m."},
      {"ramming.rule.unprotected", "Unprotected: no barrier on the crossing."},
      {"ramming.rating_formats", "Rating formats read"},
      {"ramming.format.iso",
       "ISO 22343-1 / IWA 14-1: V/7200[N2A]/48/90:0.0 = vehicle test / mass kg [class] / speed "
       "km/h / angle ° : "
       "penetration m."},
      {"ramming.format.pas68",
       "PAS 68: V/7500[N3]/48/90:28.1/18.0 = … : penetration m / major debris distance m."},
      {"ramming.format.astm",
       "ASTM F2656: M50/P1 = 6800 kg truck at 50 mph (M30/M40/M50 ≈ 612/1088/1700 kJ), penetration "
       "class P1 ≤ 1 m, "
       "P2 ≤ 7 m, P3 ≤ 30 m; legacy DoS K4/K8/K12 the same truck at 30/40/50 mph."},
      {"ramming.format.unrated",
       "Water-filled and road-safety barriers have no anti-ram rating and count as unrated."},
      {"ramming.sources",
       "Sources: sources.md: Vehicles (PERICLES; ISO 22343-1/-2:2023; PAS 68; ASTM F2656; "
       "MIL-HDBK-1013/14 "
       "skid friction). "
       "Vehicle classes: {0}. Barrier ratings: {1} (published claims, not certificates)."},
      {"ramming.cover_crossings",
       "{0} of {1} crossing points not adequately protected; highest impact speed {2}; up to {3} "
       "people exposed"},
      {"ramming.compare_speed", "Worst impact speed, {0}"},
      {"ramming.compare_not_adequate", "Crossings not adequately protected"},
      {"ramming.compare_inadequate", "Crossings with an inadequate barrier"},
      {"ramming.compare_unprotected", "Unprotected crossings"},
      {"ramming.compare_people", "Most people exposed (one crossing)"},
      {"ramming.vehicle_table", "Vehicle ramming: vehicle classes"},
      {"ramming.vehicle_table_caption", "Vehicle classes used ({0})"},
      {"ramming.mass", "Test mass"},
      {"ramming.width", "Width"},
      {"ramming.accel", "Acceleration"},
      {"ramming.vmax", "Top speed"},
      {"ramming.placeholder_fields", "Placeholder values"},
      {"ramming.vehicle_table_note",
       "* placeholder: to be replaced by official NPSA/JRC/ISO figures (--vehicles FILE)."},
      {"ramming.profile_values", "Vehicle ramming: profile values"},
      {"ramming.profile_caption", "Profile values of the ramming analysis (section ramming)"},
      // Assessment sections
      {"assess.capacity_title", "Crowd capacity and egress"},
      {"assess.capacity_what",
       "How many people the site holds: the smaller of the area capacity (net usable area × "
       "planning density) and "
       "the exit capacity (the exits' widths without the widest × flow rate × escape time), "
       "against the expected "
       "attendance; the Flemish fire-service exit rules (Fluvia); the walking distance to the "
       "nearest exit; and a "
       "macroscopic egress of the crowd through the exits."},
      {"assess.capacity_badge", "Capacity {0} persons for {1} expected"},
      {"assess.capacity_badge_detail", "limited by the {0}; {1} % used"},
      {"assess.limited_by.area", "area"},
      {"assess.limited_by.exits", "exits"},
      {"assess.capacity_figures", "Capacity"},
      {"assess.capacity", "Capacity"},
      {"assess.area_capacity", "Area capacity"},
      {"assess.exit_capacity", "Exit capacity"},
      {"assess.net_area", "Net usable area"},
      {"assess.blocked_area", "Area taken by stalls, structures, stages and buildings"},
      {"assess.attendance", "Expected peak attendance"},
      {"assess.capacity_verdict", "Verdict"},
      {"assess.widest_exit", "Widest exit (discounted)"},
      {"assess.below_min_width", "Counted exits narrower than 1.05 m"},
      {"assess.capacity_rule",
       "Capacity = min(net area × density, Σ exit widths without the widest × flow × escape time) "
       "(UK Green Guide, "
       "HSG195; sources.md: Capacity, egress and fire access). Density, flow and escape time: see "
       "the profile values on the "
       "assumptions page."},
      {"assess.exit_rules", "Exit rules (Fluvia)"},
      {"assess.exit_rules_caption", "Flemish fire-service exit rules for the expected attendance"},
      {"assess.exit_rules_note",
       "Fluvia: 1 cm of exit width per person, at least 0.80 m in all; 1 exit up to 49 persons, 2 "
       "up to 499, 3 up to "
       "999, one more per further 1000. Only exits that are open, unlocked and open outward "
       "count."},
      {"assess.rule", "Rule"},
      {"assess.required", "Required"},
      {"assess.provided", "Provided"},
      {"assess.verdict", "Verdict"},
      {"assess.meets", "meets"},
      {"assess.fails", "fails"},
      {"assess.rule_count", "Number of exits"},
      {"assess.rule_width", "Total exit width (1 cm per person)"},
      {"assess.rule_total", "Total exit width at least"},
      {"assess.distance", "Distance to the nearest exit"},
      {"assess.distance_max", "Longest walk to an exit"},
      {"assess.distance_mean", "Mean walk to an exit"},
      {"assess.distance_beyond", "Crowd area beyond the distance limit"},
      {"assess.distance_unreachable", "Crowd area without any exit"},
      {"assess.crowd_area", "Crowd area"},
      {"assess.distance_ramp", "Walking distance to the nearest exit (m)"},
      {"assess.map_exit_load", "Exit with its egress load (persons)"},
      {"assess.exits_map_caption",
       "Walking distance to the nearest open exit over the site, and the persons each exit takes "
       "in the egress."},
      {"assess.egress", "Egress per exit"},
      {"assess.egress_caption",
       "Macroscopic egress: load and timing per exit (figures as in summary.json; bold: the exit "
       "that clears last)"},
      {"assess.exit", "Exit"},
      {"assess.persons", "Persons"},
      {"assess.nearest", "Nearest for"},
      {"assess.first_arrival", "First arrives"},
      {"assess.longest_wait", "Longest wait"},
      {"assess.clear_time", "Clear after"},
      {"assess.not_counted", "not counted: {0}"},
      {"assess.all_exits", "All exits"},
      {"assess.access_title", "Emergency access"},
      {"assess.access_what",
       "Can fire engines get in: from the public streets to every part of the event area, over a "
       "route of the "
       "profile's clear width and turning radii, past stalls, structures and barriers, with "
       "emergency gates open. A "
       "part counts as reached when it lies within the profile's hose distance of where the "
       "vehicle can stand."},
      {"assess.event_area", "Event area"},
      {"assess.reachable_area", "Reached"},
      {"assess.unreachable_area", "Out of reach of the fire service"},
      {"assess.unreachable_parts", "Parts out of reach"},
      {"assess.narrowest", "Narrowest blocking point"},
      {"assess.facades_unreachable", "Façades out of reach"},
      {"assess.map_unreachable", "Out of reach of the fire service"},
      {"assess.map_blocking", "Blocking point (clear width)"},
      {"assess.access_map_caption",
       "Parts of the event area out of reach of a fire engine, and the points that block them."},
      {"assess.access_parts_caption", "Parts out of reach, largest first"},
      {"assess.reason", "Why"},
      {"assess.clear_width", "Clear width"},
      {"assess.between", "Between"},
      {"access_reason.too narrow", "too narrow"},
      {"access_reason.turn too tight", "turn too tight"},
      {"access_reason.too far from where the vehicle can stand",
       "too far from where the vehicle can stand"},
      {"access_reason.no drivable route", "no drivable route"},
      {"access_reason.no public street within reach", "no public street within reach"},
      {"assess.access_rule",
       "Flanders fire service: a clear route 4 m wide and 4 m high, turning radii 11 m inner / 15 "
       "m outer, the "
       "vehicle within 60 m of the façade (sources.md: Capacity, egress and fire access); the "
       "profile sets the values used."},
      {"assess.noise_title", "Noise"},
      {"assess.noise_what",
       "Sound levels at the neighbours' façades from every stage (ISO 9613-2 simplified "
       "propagation, screened by "
       "the buildings in the way), the dwellings over the applicable façade limit, and the "
       "audience level against "
       "the VLAREM categories for amplified music."},
      {"assess.noise_none_title", "No sound source"},
      {"assess.noise_none", "The layout has no stage with a sound power: noise was not assessed."},
      {"assess.noise_limit", "Façade limit applied"},
      {"assess.noise_limit_why", "Why this limit"},
      {"assess.dwellings_over", "Dwellings over the limit"},
      {"assess.dwellings_considered", "Dwellings considered"},
      {"assess.receivers_over", "Façade points over the limit"},
      {"assess.receivers", "Façade points computed"},
      {"assess.max_facade", "Loudest façade"},
      {"assess.max_dwelling", "Loudest dwelling façade"},
      {"assess.audience_level", "Audience level (near the stage)"},
      {"assess.audience_category", "Audience category (VLAREM)"},
      {"assess.vlarem_category", "category {0}"},
      {"assess.noise_map_caption",
       "Sound level at the façade points around the site (L_Aeq, dB(A))."},
      {"assess.noise_table_caption", "The loudest dwelling façades"},
      {"assess.receiver", "Façade"},
      {"assess.level", "Level"},
      {"assess.limit", "Limit"},
      {"assess.screening", "Screening"},
      {"assess.unnamed_building", "building without a name"},
      {"assess.noise_rule",
       "ISO 9613-2 simplified: L = L_W − 20·log10(r) − 11 − air absorption − screening; façade "
       "limit from the "
       "profile (day, or night when the event runs into the night hours); VLAREM audience "
       "categories 1–3 "
       "(85/95/100 dB(A)) (sources.md: Liveability and noise)."},
      {"assess.scorecard_title", "Liveability scorecard (leefbaarheidstoets)"},
      {"assess.scorecard_what",
       "Each criterion of the profile reads one measured figure and rates it green, amber or red "
       "by the profile's "
       "thresholds; the weighted index averages the ratings. The Flemish leefbaarheidstoets has no "
       "published "
       "scoring sheet: thresholds and weights are local policy, with their sources below."},
      {"assess.scorecard_overall", "Overall {0}"},
      {"assess.scorecard_counts",
       "{0} green, {1} amber, {2} red, {3} not assessed; weighted index {4} (0 all green, 1 all "
       "red)"},
      {"assess.scorecard_caption", "Scorecard criteria"},
      {"assess.criterion", "Criterion"},
      {"assess.rating", "Rating"},
      {"assess.weight", "Weight"},
      {"assess.veto", "(veto)"},
      {"assess.scorecard_rule",
       "Index = Σ weight × rating (green 0, amber 1, red 2) / (2 × Σ weight) over the assessed "
       "criteria; the overall "
       "rating follows the profile's bands, and a red veto criterion makes it red (sources.md: "
       "Assessment)."},
      {"assess.scorecard_overall_key", "Scorecard overall"},
      {"assess.scorecard_green_label", "Other criteria"},
      {"assess.scorecard_green_count", "{0} green"},
      {"assess.scorecard_short", "{0} red, {1} amber, {2} green"},
      {"assess.risk_title", "Risk matrix and classification"},
      {"assess.risk_what",
       "A 5 × 5 risk matrix: for each hazard, the likelihood (1–5) from the worst rating among the "
       "scorecard "
       "criteria that bear on it, the consequence (1–5) from a measured figure against the "
       "profile's bands; risk = "
       "likelihood × consequence. The classification follows from the matrix and the audience "
       "size."},
      {"assess.risk_caption", "Risk matrix"},
      {"assess.risk_note",
       "Bands: 0–3 low, 4–9 medium, 10–14 high, 15–25 very high (sources.md: Assessment)."},
      {"assess.hazard", "Hazard"},
      {"assess.likelihood", "Likelihood"},
      {"assess.consequence", "Consequence"},
      {"assess.score", "Score"},
      {"assess.band", "Band"},
      {"assess.basis", "Basis"},
      {"assess.advises", "Advises"},
      {"assess.classification", "Classification"},
      {"assess.nl_advisors", "Services to advise (Dutch class)"},
      {"assess.override_text", "computed class {0}, risk event {1}; set by {2}: {3}"},
      {"assess.classification_rule",
       "Dutch classes A/B/C and the Belgian risk event (KB 16 February 2006, circular NPU-4) by "
       "the profile's rules: "
       "the highest risk band and the peak attendance (sources.md: Assessment). Advisory: the "
       "officer may "
       "override, with the "
       "reason recorded."},
      {"assess.reason_nl", "Dutch class: {0}"},
      {"assess.reason_be", "Belgian risk event: {0}"},
      {"assess.cover_capacity",
       "capacity {0} for {1} expected; egress {2}; {3} out of reach of the fire service"},
      {"assess.compare_egress", "Egress time (macroscopic)"},
      {"assess.compare_class", "Dutch class"},
      {"assess.profile_values", "Assessment: profile values"},
      {"assess.profile_caption", "Profile values of the assessment"},
      {"assess.profile_criteria_note",
       "The scorecard criteria and the hazards of the risk matrix, with their sources, are in "
       "their own sections."},
      // Crowd simulation section
      {"crowd.title", "Agent-based crowd simulation"},
      {"crowd.what",
       "Every person of the crowd zones as an agent walking to the exits (collision-free speed "
       "model with floor "
       "fields, docs/crowd-model.md): when the last one is out, in total and per exit, and where "
       "the local density "
       "rose above the thresholds. A check on the macroscopic egress: it shows where the crowd "
       "jams."},
      {"crowd.not_completed_title", "Not everyone got out"},
      {"crowd.not_completed", "{0} agents were still inside when the run stopped at {1} s."},
      {"crowd.agents", "Agents"},
      {"crowd.phase", "Phase"},
      {"crowd.phase.egress", "egress (leaving the site)"},
      {"crowd.phase.ingress", "ingress (filling the site)"},
      {"crowd.phase.circulation", "circulation"},
      {"crowd.evacuation_time", "Evacuation time (last one out)"},
      {"crowd.max_density", "Highest local density"},
      {"crowd.area_over", "Area ever over {0} persons/m²"},
      {"crowd.model", "Model and seed"},
      {"crowd.model_value", "seed {0}, time step {1}; runs repeat exactly with the same seed"},
      {"crowd.per_exit", "Per exit"},
      {"crowd.exits_caption", "Agents per exit (figures as in summary.json)"},
      {"crowd.agents_through", "Agents"},
      {"crowd.first_out", "First out"},
      {"crowd.last_out", "Last out"},
      {"crowd.emergency_only", "emergency only"},
      {"crowd.density_ramp", "Highest local density (persons/m²)"},
      {"crowd.map_hotspot", "Hotspot (density over a threshold)"},
      {"crowd.map_caption",
       "The highest local density each place reached during the run, and the hotspots."},
      {"crowd.hotspots", "Hotspots"},
      {"crowd.hotspots_caption",
       "Places where the density passed a threshold, highest threshold and largest first"},
      {"crowd.hotspots_more", "{0} more hotspots are in results.gpkg."},
      {"crowd.threshold", "Threshold"},
      {"crowd.when", "When"},
      {"crowd.duration", "Longest over"},
      {"crowd.more",
       "Model, parameters and validation (RiMEA tests): docs/crowd-model.md. Flow per exit over "
       "time and the "
       "trajectories: agora crowd. Fruin: 3.57 persons/m² involuntary contact, 5.55 dangerous "
       "crowd forces "
       "(sources.md: Capacity, egress and fire access)."},
      {"crowd.cover", "{0} agents out after {1}; highest local density {2}"},
      {"crowd.compare.crowd.evacuation_time_s", "Evacuation time (agents)"},
      {"crowd.compare.crowd.max_density_ppm2", "Highest local density (agents)"},
      {"headline.assess.capacity", "capacity {0} persons ({1}), {2} expected: {3}; egress {4}"},
      {"headline.assess.access", "fire access: {0} of {1} out of reach"},
      {"headline.assess.noise", "noise: {0} dwellings over {1}"},
      {"headline.assess.scorecard",
       "scorecard {0} ({1} red, {2} amber); class {3}; Belgian risk event: {4}"},
      {"headline.assess.scorecard_overridden",
       "scorecard {0} ({1} red, {2} amber); class {3} (officer); Belgian risk event: {4}"},
      {"assess.capacity_verdict.pass", "pass"},
      {"assess.capacity_verdict.warn", "close to the limit"},
      {"assess.capacity_verdict.fail", "fail"},
      {"assumption.assess.capacity",
       "Capacity: net usable area (perimeter minus stalls, structures, stage footprints and "
       "buildings) times the profile's planning density; exit capacity from the exits that are "
       "open, unlocked and open outward, without the widest."},
      {"assumption.assess.distance_egress",
       "Distance to exit and egress: walking distance on a {0} grid around stalls, structures and "
       "buildings; egress is macroscopic (people walk at {1} and queue at each exit at width × {2} "
       "persons/m/min), with no congestion on the way."},
      {"assumption.assess.access",
       "Emergency access: the vehicle fits where the clearance to obstacles is at least half the "
       "clear width, resolved to one {0} cell; turns use the mean of the inner and outer radius; "
       "clear height and slope are not checked (the map holds no overhead clearances or "
       "elevations); barriers of the types the profile calls operable (and emergency gates) open "
       "for the fire service."},
      {"assumption.assess.noise",
       "Noise: ISO 9613-2 simplified, one broadband band at {0}, free field {1} in front of the "
       "façade (no façade reflection), flat ground, buildings with flat roofs at their mapped or "
       "default height; temporary structures do not screen."},
      {"assumption.assess.mobility",
       "Mobility: detours over car-legal roads with one-way streets; households estimated as the "
       "distinct addresses of residential buildings within {0} of the perimeter."},
      {"assumption.assess.no_ramming",
       "Vehicle ramming was not analysed in this run: its criterion and hazard are marked not "
       "assessed."},
      {"assumption.profile_value", "Profile {0} = {1} ({2})."},
      {"assumption.ramming.exposure",
       "Crowd exposure is a modelling assumption: where a crossing is not adequately protected, "
       "the vehicle keeps its heading; inside a crowd zone it loses speed as it strikes people "
       "(conservation of momentum: each person struck, {1} of body mass, is brought to the "
       "vehicle's speed; ICRP Publication 89 reference adults), the driver's traction still "
       "applied, until a building, wall or bollard in the map stops it, it leaves the zone or it "
       "has slowed to walking pace ({2}, Fruin 1971). People exposed N = density × (vehicle "
       "width + 2 × {0}) × in-crowd run; where several run-ups reach a crossing within 5 % of "
       "the fastest speed, the worst of their headings counts and the range is reported. "
       "Pedestrians survive about 90 % of impacts at 30 km/h and 60 % at 40 km/h: the speed at "
       "crowd entry is reported with it."},
      {"assumption.ramming.vehicles",
       "Vehicle classes from {0}, accelerating by {1}: a(v) = min(share·f·g, η·P/(m·v)) − "
       "½·ρ·C_d·A·v²/m − C_rr·g − g·sin(grade) for a typical and a powerful vehicle of each "
       "class (the two ends of the speed band), top speed from the power balance or the 90 km/h "
       "limiter of N2/N3 trucks (Directive 92/6/EEC as amended by 2002/85/EC); braking b = f·g "
       "before every corner; a run-up starts at rest within the search radius, outside the "
       "barrier lines and nowhere inside a tunnel."},
      {"discipline.civil_protection", "civil protection (D4)"},
      {"discipline.information", "information (D5)"},
      {"discipline.emergency_planning", "emergency planning"},
      {"discipline.threat_analysis", "threat analysis centre (OCAM/CUTA)"},
      {"criterion.capacity", "Crowd capacity"},
      {"criterion.capacity.unit", "attendance / capacity"},
      {"criterion.exit_rules", "Fire-service exit rules"},
      {"criterion.exit_rules.unit", "rules failed"},
      {"criterion.egress_time", "Egress time"},
      {"criterion.egress_time.unit", "s"},
      {"criterion.distance_to_exit", "Distance to an exit"},
      {"criterion.distance_to_exit.unit", "share of the crowd area beyond the limit"},
      {"criterion.emergency_access", "Fire-engine access to the event area"},
      {"criterion.emergency_access.unit", "share of the event area out of reach"},
      {"criterion.facade_access", "Fire-engine access to façades"},
      {"criterion.facade_access.unit", "buildings"},
      {"criterion.noise_dwellings", "Noise at dwellings"},
      {"criterion.noise_dwellings.unit", "dwellings over the limit"},
      {"criterion.audience_level", "Sound level in the audience"},
      {"criterion.audience_level.unit", "VLAREM category"},
      {"criterion.visitors", "Visitor numbers"},
      {"criterion.visitors.unit", "persons at the peak"},
      {"criterion.traffic", "Traffic detours"},
      {"criterion.traffic.unit", "m"},
      {"criterion.parking_transit", "Parking and public transport"},
      {"criterion.parking_transit.unit", "places"},
      {"criterion.residents", "Residents affected"},
      {"criterion.residents.unit", "households"},
      {"criterion.event_frequency", "Events at the location this year"},
      {"criterion.event_frequency.unit", "events"},
      {"criterion.public_order", "Public order (alcohol served)"},
      {"criterion.public_order.unit", "1 = yes"},
      {"criterion.vehicle_ramming", "Hostile-vehicle protection"},
      {"criterion.vehicle_ramming.unit", "crossings not adequately protected"},
      {"hazard.crowd_crush", "Crowd crush"},
      {"hazard.vehicle_ramming", "Vehicle ramming"},
      {"hazard.fire_evacuation", "Fire and evacuation"},
      {"hazard.noise_nuisance", "Noise nuisance"},
      {"hazard.access", "Emergency access"},
      {"assess.rule_text", "green ≤ {0}, amber ≤ {1}, red above ({2})"},
      {"risk.basis", "likelihood {0} from {1} ({2}); consequence {3} from {4} = {5}"},
      {"risk.no_criterion_assessed", "none of its criteria could be assessed"},
      {"not_assessed.not_in_scenario",
       "not assessed: the {0} analysis is not among the analyses scenario.json asks for"},
      {"not_assessed.not_applicable",
       "not assessed: the {0} analysis does not apply to this layout"},
      {"not_assessed.not_run", "not assessed: the {0} analysis did not run before the assessment"},
      {"not_assessed.absent", "not assessed: {0}"},
      {"not_assessed.not_measured", "not assessed: the figure {0} was not measured"},
      {"absent.no_stage", "no stage in the layout gives its sound power"},
      {"absent.no_exit_rules", "the profile's exit rules do not apply"},
      {"absent.no_fire_route", "no fire route enters the site"},
      {"absent.hazard_not_assessed", "the hazard could not be assessed"},
      {"absent.no_hazard", "no hazard could be assessed"},
      {"absent.no_override", "the officer did not override"},
      {"absent.no_crowd_reached", "no vehicle reaches a crowd zone"},
      {"absent.not_egress", "the crowd simulation did not run an egress"},
      {"absent.not_ingress", "the crowd simulation did not run an ingress"},
      {"absent.exit_unused", "nobody used the exit"},
      {"class.reason.risk", "highest risk {0} (score {1})"},
      {"class.reason.no_risk", "no hazard could be assessed"},
      {"class.reason.people_from", "{0} people at the peak ({1} from {2})"},
      {"class.reason.people", "{0} people at the peak"},
      {"class.reason.risk_event_from", "{0} people at the peak (risk event from {1})"},
      {"assumption.assess.absent",
       "The {0} analysis did not run before the assessment: criteria and hazards that read its "
       "figures are marked not assessed, with the reason."},
      {"analysis.ramming.name", "vehicle-ramming"},
      {"analysis.crowd.name", "crowd simulation"},
      {"analysis.assess.name", "assessment"},
      {"criterion.egress_widest_lost", "Egress with the widest exit lost"},
      {"criterion.egress_widest_lost.unit", "s"},
      {"criterion.crowd_density", "Highest crowd density (simulation)"},
      {"criterion.crowd_density.unit", "persons/m²"},
      {"absent.one_exit", "the layout has fewer than two usable exits"},
      {"emma.title", "The multidisciplinary picture"},
      {"emma.intro",
       "What each of the five disciplines of emergency planning needs from this run, in one place "
       "for the safety meeting: D1 fire and rescue, D2 medical and psychosocial aid, D3 police, D4 "
       "civil protection and logistics, D5 information. Each line is a figure of an analysis; a "
       "line reads \"not run\" when its analysis was not part of the run."},
      {"emma.heading.fire", "D1 Fire and rescue"},
      {"emma.heading.medical", "D2 Medical and psychosocial aid"},
      {"emma.heading.police", "D3 Police"},
      {"emma.heading.civil_protection", "D4 Civil protection and logistics"},
      {"emma.heading.information", "D5 Information"},
      {"emma.column.what", "What"},
      {"emma.column.value", "Value"},
      {"emma.not_run", "not run ({0} not in this run)"},
      {"emma.item.access_road_found", "Fire-service access road found"},
      {"emma.item.access_narrowest", "Narrowest point of the access route"},
      {"emma.item.access_unreachable", "Event area the fire service cannot reach"},
      {"emma.item.access_parts", "Parts of the event area reached separately"},
      {"emma.item.facades_unreachable", "Façades out of the fire service's reach"},
      {"emma.item.egress_judged", "Time to empty the site (as judged)"},
      {"emma.item.egress_widest_lost", "Time to empty the site with the widest exit lost"},
      {"emma.item.attendance", "Peak attendance"},
      {"emma.item.max_density", "Highest local density in the crowd simulation"},
      {"emma.item.hotspots", "Density hotspots (where casualties would be)"},
      {"emma.item.people_exposed", "Most people a hostile vehicle could reach"},
      {"emma.item.people_exposed_where", "Crossing where that vehicle enters"},
      {"emma.item.perimeter_area", "Area inside the perimeter"},
      {"emma.item.crossings", "Vehicle crossings of the perimeter"},
      {"emma.item.barriers", "Barriers planned"},
      {"emma.item.adequate", "Crossings adequately protected"},
      {"emma.item.not_adequate", "Crossings not adequately protected"},
      {"emma.item.unprotected", "Crossings with no barrier at all"},
      {"emma.item.max_speed", "Highest vehicle speed at a crossing"},
      {"emma.item.closures", "Road closures"},
      {"emma.item.closed_length", "Length of road closed"},
      {"emma.item.max_detour", "Longest detour"},
      {"emma.item.closures_cut_off", "Closures that cut places off"},
      {"emma.item.stops_affected", "Public-transport stops affected"},
      {"emma.item.parking_affected", "Parking places affected"},
      {"emma.item.residential_inside", "Residential buildings inside the closure"},
      {"emma.item.residential_near", "Residential buildings nearby"},
      {"emma.item.households", "Households to inform"},
      {"emma.item.dwellings_over", "Dwellings over the noise limit"},
      {"emma.item.max_dwelling_noise", "Loudest level at a dwelling"},
      {"assess.egress_compare", "Egress: the macroscopic model and the crowd simulation"},
      {"assess.egress_macroscopic",
       "Macroscopic egress (every exit at its full flow from the start)"},
      {"assess.egress_simulated", "Simulated egress (the crowd simulation)"},
      {"assess.egress_judged", "Judged (the slower of the two)"},
      {"assess.egress_compare_caption", "Per exit: people and mean specific flow in each model"},
      {"assess.persons_macroscopic", "People (macroscopic)"},
      {"assess.persons_simulated", "People (simulated)"},
      {"assess.flow_macroscopic", "Flow (macroscopic)"},
      {"assess.flow_simulated", "Flow (simulated)"},
      {"assess.egress_compare_note",
       "Mean specific flow: people through the exit per metre of width per second, until its last "
       "person passed. The macroscopic model passes 82 persons/m/min (1.37 P/(m·s), Green Guide) "
       "through every exit from the first second and sends each person to the exit that empties "
       "the site soonest; the simulation lets people walk, choose and queue. An exit whose "
       "simulated flow lies well under the macroscopic one is starved (people reach it late or few "
       "choose it) or blocked upstream (stalls, a narrow aisle); one with more people than the "
       "macroscopic model gives draws the crowd by being nearest. The judged time is the slower of "
       "the two."},
      // Barrier suggestion (agora suggest-barriers)
      {"suggestion.title", "Barrier suggestion"},
      {"suggestion.method",
       "The cheapest set of catalogue barrier products that makes every approach adequate by "
       "rating for the "
       "classes {0}. Candidate lines stand across every run-up at the mouth and further out, where "
       "one line can "
       "close a street that several run-ups share ({1} lines, {2} line options: every priced "
       "product that fits, "
       "an operable one across the fire route). The choice is an integer programme solved exactly "
       "(GLPK); the "
       "ramming analysis then judges the suggestion, and every run-up it finds past or around the "
       "lines is added "
       "and the programme solved again ({3} run-ups, {4} rounds). Exits keep their width, "
       "pedestrian gaps stay "
       "within the profile's maximum, fire engines pass through operable barriers."},
      {"suggestion.badge_full", "Every crossing adequate by rating"},
      {"suggestion.badge_partial", "Not every crossing adequate"},
      {"suggestion.badge_detail", "suggested layout: {0}"},
      {"suggestion.compare_caption", "The suggestion against the planner's own layout"},
      {"suggestion.col_measure", "Measure"},
      {"suggestion.col_suggested", "Suggested"},
      {"suggestion.col_planner", "Planner's layout"},
      {"suggestion.row_cost", "Cost"},
      {"suggestion.row_barriers", "Barrier lines"},
      {"suggestion.row_adequate", "Crossings adequate by rating"},
      {"suggestion.row_exposed", "People exposed (most exposed class per approach, summed)"},
      {"suggestion.row_fire", "Event area fire engines cannot reach"},
      {"suggestion.of", "{0} of {1}"},
      {"suggestion.without_cost", "({0} lines without a cost)"},
      {"suggestion.compare_note",
       "Both layouts are judged by the same ramming analysis and the same fire-access analysis. "
       "The planner's "
       "cost is the sum of the cost_eur the layout gives."},
      {"suggestion.bill_caption", "Bill of quantities"},
      {"suggestion.col_product", "Product"},
      {"suggestion.col_count", "Count"},
      {"suggestion.col_unit_price", "Unit price"},
      {"suggestion.col_total", "Total"},
      {"suggestion.col_price_source", "Source of the price"},
      {"suggestion.total", "Total"},
      {"suggestion.crossings_caption", "Per crossing: which line protects it and why"},
      {"suggestion.col_crossing", "Crossing"},
      {"suggestion.col_verdict", "Verdict (worst class)"},
      {"suggestion.col_line", "Line"},
      {"suggestion.col_why", "Why"},
      {"suggestion.col_exposed", "People exposed"},
      {"suggestion.unprotectable",
       "no priced product on any candidate line holds on every run-up here"},
      {"suggestion.crossings_note",
       "The verdict is the ramming analysis's on the suggested layout; people exposed counts the "
       "crowd in the "
       "vehicle's path where the verdict is not adequate (a modelling assumption)."},
      {"suggestion.pareto_caption",
       "Cost against people still exposed (the budget does not buy full protection)"},
      {"suggestion.col_cost", "Cost"},
      {"suggestion.col_approaches", "Approaches protected"},
      {"suggestion.pareto_note",
       "Each point is the least cost at which no more people stay exposed; the budget buys the "
       "last point within "
       "it."},
      {"suggestion.caveat_title", "A starting point, not a design"},
      {"suggestion.caveat",
       "Prices are illustrative or assumptions, as the bill says for each product; a rating holds "
       "for a single "
       "impact, foundations, utilities and the street's use are for the designer to check."},
      // Liveability and noise (issue 18): octave bands, residents to inform, location and calendar.
      {"assumption.assess.noise_octave",
       "Noise: ISO 9613-2 general method in octave bands 63 Hz–8 kHz, the stage's sound power "
       "spread by a music "
       "spectrum (ISO 717-1 spectrum No. 2, replaceable in the profile); ground factor from the "
       "map's land cover "
       "(grass and parks porous, water and paving hard), {0} where the map shows none; buildings "
       "screen with flat "
       "roofs at their mapped or default height; façade receivers get {1} for the façade's "
       "reflection; receivers "
       "drawn inside a building are moved to its façade; temporary structures do not screen."},
      {"assumption.residents.estimate",
       "Residents: dwellings estimated per building from building:flats, its type, or for "
       "buildings of unknown use "
       "from footprint × floors ÷ {0} and the land use (town-centre mix where none is mapped: "
       "dwellings above a "
       "ground-floor shop); {1} of the {2} buildings in the letter zone have no known use in the "
       "map, holding an "
       "estimated {3} dwellings. One household per dwelling."},
      {"assumption.location.illustrative",
       "The conditions and the event calendar of {0} are illustrative: an example of a city's "
       "condition sheet, not "
       "the city's own rules."},
      {"criterion.residents_data", "Map coverage of the residents"},
      {"criterion.residents_data.unit", "share of buildings of unknown use"},
      {"criterion.location_rules", "The location's conditions"},
      {"criterion.location_rules.unit", "rules broken"},
      {"absent.no_location", "the scenario names no location conditions"},
      {"headline.residents",
       "Residents to inform: {0} buildings, about {1} households within {2} or over the noise "
       "limit."},
      {"headline.residents.coverage_poor",
       "Residents to inform: {0} buildings, about {1} households within {2} or over the noise "
       "limit — an estimate: the map gives no use for {3} of the buildings."},
      {"headline.location",
       "{0}: {1} events this year; this event breaks {2} of its rules ({3} breaches in the year)."},
      {"assess.noise_model", "Propagation model"},
      {"assess.noise_moved", "Receivers moved out of a building"},
      {"residents.title", "Residents to inform"},
      {"residents.what",
       "The organiser writes to the residents around the site: every building with dwellings or an "
       "address within "
       "{0} m of the perimeter, and every building with a façade over the noise limit. The list is "
       "in residents.csv "
       "and the layer assess_residents_to_inform."},
      {"residents.to_inform", "Buildings on the letter list"},
      {"residents.households", "Households (one per estimated dwelling)"},
      {"residents.dwellings_untagged", "Of which in buildings of unknown use"},
      {"residents.addresses", "Buildings with a house number in the map"},
      {"residents.over_limit", "Buildings with a façade over the noise limit"},
      {"residents.buildings", "Buildings in the zone"},
      {"residents.unknown_share", "Share of buildings of unknown use (map coverage)"},
      {"residents.coverage_title", "The map does not say who lives here"},
      {"residents.coverage_poor",
       "{0} % of the {1} buildings in the zone are tagged only as a building, without use or "
       "address. Their {2} "
       "dwellings are an estimate from footprint, floors and land use; check the list against the "
       "city's address "
       "register before the letters go out."},
      {"residents.table_caption", "The letter list (first rows, by street)"},
      {"residents.street", "Street"},
      {"residents.number", "No."},
      {"residents.dwellings", "Dwellings"},
      {"residents.method", "Estimated from"},
      {"residents.facade", "Façade level"},
      {"residents.no_address", "(no address in the map)"},
      {"residents.near", "near {0}"},
      {"residents.more", "{0} more in residents.csv"},
      {"residents.method_rule",
       "Dwellings: building:flats where tagged; a house 1; apartments floors × footprint ÷ floor "
       "area per dwelling; "
       "a building with an address and no type, the floors above the ground floor; a building of "
       "unknown use by "
       "its land use. Method and sources in docs/liveability.md."},
      {"residents.method.flats", "building:flats"},
      {"residents.method.house", "house"},
      {"residents.method.apartments", "apartments: floors × footprint"},
      {"residents.method.address_mixed", "address: floors above the shop"},
      {"residents.method.land_use", "land use (estimate)"},
      {"residents.method.assumed_mixed", "no use in the map (estimate)"},
      {"residents.method.other_use", "other use"},
      {"residents.method.too_small", "too small for a dwelling"},
      {"residents.method.too_large", "too large for housing (a hall)"},
      {"location.title", "The location: {0}"},
      {"location.illustrative_title", "Illustrative"},
      {"location.illustrative",
       "These conditions and this calendar are an example of a city's condition sheet and event "
       "calendar, made up "
       "for the bundled scenario: they are not the city's own rules or events."},
      {"location.period_limit", "Façade limit, {0} ({1}–{2})"},
      {"location.latest_end", "Latest end"},
      {"location.no_rule", "no rule"},
      {"location.max_year", "Most events a year"},
      {"location.max_month", "Most events a month"},
      {"location.max_weekends", "Most weekends in a row"},
      {"location.letter_radius", "Residents' letter within"},
      {"location.source", "Source"},
      {"location.year_title", "The year at this location"},
      {"location.events", "Events this year, with this one"},
      {"location.month_most", "Most events in one month"},
      {"location.weekends_row", "Most weekends in a row"},
      {"location.over_level", "Above {0} dB(A) at the façades"},
      {"location.days_nights", "{0} days, {1} of them into the night"},
      {"location.calendar_caption", "The event calendar of {0}"},
      {"location.event", "Event"},
      {"location.when", "When"},
      {"location.facade", "Façade"},
      {"location.breaks", "Rules broken"},
      {"location.breach.max_events_per_month", "event {0} in {2} (at most {1})"},
      {"location.breach.max_events_per_year", "event {0} of the year (at most {1})"},
      {"location.breach.max_consecutive_weekends", "weekend {0} in a row from {2} (at most {1})"},
      {"location.breach.latest_end", "ends {0} min after the latest end ({2})"},
      {"location.breach.facade_limit", "{0} dB(A) at the façade, limit {1} ({2})"},
      {"location.this_event", "{0} (this event)"},
      {"location.no_breach", "none"},
      {"location.rule",
       "Events are counted in calendar order, so the event that goes over a rule is the one named. "
       "A weekend counts "
       "when an event has a Saturday or a Sunday in it. This event's façade level is the highest "
       "at a dwelling."},
      {"liveability.days_span", "{0} – {1} ({2} days), {3}"},
      {"assumption.ramming.run_up_bound",
       "Run-ups start at rest within {1} of the perimeter and are at most {0} long ({2} times that "
       "distance: city streets reach a place 1.2–1.4 times the straight line, Ballou, Rahardja and "
       "Sakai 2002); of run-ups that reach a place within {3} of each other the first found, over "
       "the fewest streets, is kept, so no detour or lap of a block becomes the run-up for a "
       "fraction of a km/h. Speeds are within {3} of the unbounded maximum."},
      // Statements of the ramming analysis (sim/vehicle/ramming_output.cpp)
      {"assumption.ramming.zones_from_perimeter",
       "The layout has no crowd zones: the whole perimeter is taken as one, at {0} persons/m²."},
      {"assumption.ramming.vehicles_placeholder",
       "Its accelerations are placeholders (hostile-driver ranges from secondary sources) until "
       "official "
       "NPSA/JRC/ISO curves are loaded with --vehicles."},
      {"assumption.ramming.speed_bands",
       "Speeds are bands: from the typical vehicle of each class (a_min in a table of constant "
       "accelerations) with skid friction f = {0} to the powerful one (a_max) with f = {1}; "
       "verdicts and exposure use the upper end. Run-ups start at rest anywhere within {2} of the "
       "perimeter; attackers ignore traffic law (one-way streets, pedestrian zones, squares), only "
       "physics stops them: buildings, walls, bollards and monuments in the map, steps, ways "
       "narrower or lower than the vehicle, and building passages and arcades whose tags do not "
       "open them."},
      {"assumption.ramming.corners",
       "Corner speeds: v = sqrt(f·g·r) with r the racing-line radius through the corner given the "
       "street widths "
       "(docs/ramming.md); in open areas the vehicle drives straight lines between street mouths, "
       "corners and "
       "crossing points, and turns use the free space around the turning point."},
      {"assumption.ramming.barriers",
       "Barriers are judged where the run-up meets them (ISO 22343-2 vehicle dynamics assessment); "
       "a rating is "
       "adequate only for a test vehicle of the same or a heavier class, at a rated speed at least "
       "the threat "
       "speed + {0} km/h, within {1} of the rated angle, with penetration and debris within the "
       "stand-off to the "
       "crowd; an energy match alone only calls for an expert check. Gaps ≥ the vehicle width or > "
       "{2} are "
       "passable. Water-filled, road-safety and ad-hoc barriers count as unrated. Emergency gates "
       "are assessed "
       "closed."},
      {"assumption.ramming.ratings",
       "Ratings come from the layout or the barrier catalogue ({0}): published claims, not "
       "certificates. A single "
       "impact is assessed; repeated ramming (UK VADS) is out of scope."},
      {"assumption.ramming.ratings_builtin",
       "Ratings come from the layout or the barrier catalogue (built-in {0}): published claims, "
       "not certificates. "
       "A single impact is assessed; repeated ramming (UK VADS) is out of scope."},
      {"headline.ramming.crossings",
       "{0} crossing points at {1} approaches; worst verdict: {2} unprotected, {3} gap passable, "
       "{4} inadequate, "
       "{5} energy-equivalent only, {6} adequate by rating"},
      {"headline.ramming.fastest",
       "fastest: {0} {1} km/h at {2} (crossing {3}, {4}); most people exposed: {5}, {6} {7} km/h "
       "at {8} (crossing "
       "{9}, {10})"},
      {"headline.ramming.vehicles", "vehicle classes from {0} ({2}){1}"},
      {"headline.ramming.vehicles_builtin", "vehicle classes from built-in {0} ({2}){1}"},
      {"headline.ramming.placeholder", " (placeholder accelerations)"},
      {"statement.nothing", ""},
      // Statements of the crowd simulation (sim/crowd/agents/crowd_run.cpp,
      // gis/crowd/crowd_outputs.cpp)
      {"assumption.crowd.model",
       "Agents move by the collision-free speed model (Tordeux, Chraibi & Seyfried 2016) with "
       "JuPedSim's default "
       "parameters, time step {0} s; walls deflect rather than repel."},
      {"assumption.crowd.speeds",
       "Desired speeds by Weidmann's age groups as tabulated for RiMEA test 7; body {0} across."},
      {"assumption.crowd.walkable",
       "Walkable space: the site inside the perimeter minus buildings, stalls, structures, stages "
       "and barrier "
       "lines, on a {0} grid; exits are openings in the perimeter line."},
      {"assumption.crowd.density",
       "Local density counts people within {0} of each {1} cell, sampled every {2} s; level of "
       "service after Fruin "
       "({3})."},
      {"assumption.crowd.agents_attendance",
       "{0} agents: the event's expected peak attendance, shared over the crowd zones by their "
       "capacity (walkable "
       "area × density)."},
      {"assumption.crowd.agents_given",
       "{0} agents as given, shared over the crowd zones by their capacity (walkable area × "
       "density)."},
      {"assumption.crowd.agents_zone_density",
       "{0} agents: each crowd zone's density (or the profile's planning density) × its walkable "
       "area; the event "
       "gives no peak attendance."},
      {"assumption.crowd.premovement",
       "Pre-movement time uniform in [{0}, {1}] s; each agent takes the exit quickest by walking "
       "cost plus the "
       "queue ahead, reconsidered every {2} s."},
      {"headline.crowd.circulation", "{0} agents, circulation: circulated for {1} s"},
      {"headline.crowd.egress_done", "{0} agents, egress: all out after {1} s"},
      {"headline.crowd.ingress_done", "{0} agents, ingress: all in place after {1} s"},
      {"headline.crowd.egress_remaining",
       "{0} agents, egress: {1} still inside at {2} s (time limit)"},
      {"headline.crowd.ingress_remaining",
       "{0} agents, ingress: {1} still on their way at {2} s (time limit)"},
      {"headline.crowd.density",
       "highest local density {0} persons/m²; {1} places over the thresholds"},
      // Warnings of the analyses, keyed (Problem::said)
      {"warning.field", "field '{0}'"},
      {"warning.crowd.walled_in",
       "{0} of the zone are walled in (no way to an exit): nobody is placed there"},
      {"warning.crowd.time_limit", "{0} of {1} agents had not finished at the time limit of {2} s"},
      {"warning.access.gate_at_limit",
       "the emergency gate is {0} wide, at the limit of the {1} the fire service needs: no margin "
       "for a post or a "
       "parked car"},
      {"warning.mobility.subway_inside",
       "a stairwell inside the perimeter at ({0}, {1}): people enter and leave the crowd here; "
       "keep its head clear "
       "(a queue space) or close it with the transit operator"},
      // Labels of the figures the profiles' risk rules read as consequence (the rest are made from
      // their keys)
      {"figure.ramming.people_exposed_max", "People exposed (most at one crossing)"},
      {"figure.assess.event.attendance_peak", "Peak attendance"},
      {"figure.assess.mobility.households", "Households within the neighbour distance"},
      {"figure.scenario.profile", "Profile"},
      {"figure.layout.crowd_zones", "Crowd zones"},
      {"figure.layout.exits", "Exits"},
      {"figure.layout.stalls", "Stalls"},
      {"figure.layout.structures", "Structures"},
      {"figure.layout.stages", "Stages"},
      {"figure.layout.barriers", "Planned vehicle barriers"},
      {"warning.noise.receiver_moved",
       "the receiver stands inside building {0}; moved {1} to the nearest façade"},
      // Units with words (report/format.cpp unit_text)
      {"unit.persons_m2", "persons/m²"},
      {"unit.persons", "persons"},
      {"unit.people", "people"},
      {"unit.persons_m_min", "persons/m/min"},
      {"unit.kmh", "km/h"},
      {"noise.why.night", "{0} runs {1}–{2}, into the night from {3}"},
      {"noise.why.day", "every event day ends before {0}"},
      {"assumption.ramming.vehicles_builtin",
       "Vehicle classes from built-in {0}, accelerating by {1}: a(v) = min(share·f·g, η·P/(m·v)) − "
       "½·ρ·C_d·A·v²/m − C_rr·g − g·sin(grade) for a typical and a powerful vehicle of each class "
       "(the two ends of the speed band), top speed from the power balance or the 90 km/h limiter "
       "of N2/N3 trucks (Directive 92/6/EEC as amended by 2002/85/EC); braking b = f·g before "
       "every corner; a run-up starts at rest within the search radius, outside the barrier lines "
       "and nowhere inside a tunnel."},
      {"vehicle.models.physics", "physics for every class"},
      {"vehicle.models.mixed",
       "physics, a loaded curve or constant accelerations by class, as the vehicle table says"},
  };
  return table;
}

}  // namespace agora::report
