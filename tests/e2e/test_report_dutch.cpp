// The Dutch permit report holds no English sentence (issue 13): for both bundled scenarios
// (München Christkindlmarkt and the Leopoldstraße festival, every analysis they name: ramming,
// crowd simulation, assessment), the report is built in Dutch and rendered to HTML; the text
// a reader sees (tags stripped, the <style> sheet left out, and everything marked
// translate="no" left out: names of stalls, exits and streets, product names, file paths,
// profile keys and the profile's own source notes) must not hold a single word of a list of
// English-only words. Each analysis's own Dutch sentences are checked to be there too.

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <string>

#include "app/report_files.hpp"
#include "report/report.hpp"
#include "report/strings.hpp"
#include "tests/e2e/munchen_fixture.hpp"

using namespace agora;

namespace {

// English words that are not Dutch words, so none may appear as a whole word in Dutch text.
// Left out on purpose because they are Dutch words as well: "in", "is", "was" (past tense of
// zijn), "of" (or), "per", "over", "open", "model", "test", "had", "man", "rest", "hoe" (how).
const std::set<std::string> kEnglishOnly = {
    "the",          // Dutch: de, het
    "and",          // en
    "with",         // met
    "which",        // welke, die
    "from",         // van, uit
    "people",       // mensen, personen
    "persons",      // personen
    "should",       // zou moeten
    "must",         // moet
    "when",         // wanneer, als
    "where",        // waar
    "assessed",     // beoordeeld
    "crossing",     // doorsteek
    "crossings",    // doorsteken, doorsteekpunten
    "barrier",      // barrière (the English spelling is not Dutch)
    "exit",         // uitgang (Dutch officers write uitgang, nooduitgang)
    "exits",        // uitgangen
    "vehicle",      // voertuig
    "speed",        // snelheid
    "not",          // niet
    "for",          // voor
    "this",         // dit, deze
    "that",         // dat, die
    "are",          // zijn
    "on",           // op
    "to",           // naar, tot, om te
    "at",           // bij, aan, op
    "by",           // door, bij
    "or",           // of
    "than",         // dan
    "between",      // tussen
    "within",       // binnen
    "only",         // enkel, alleen
    "each",         // elk
    "every",        // elk, iedere
    "agents",       // gesimuleerde personen (Dutch "agenten" are police officers)
    "still",        // nog
    "inside",       // binnen
    "after",        // na
    "gate",         // poort, doorgang
    "fire",         // brand, brandweer
    "street",       // straat
    "approaches",   // aanrijroutes
    "verdict",      // oordeel
    "unprotected",  // onbeschermd
    "inadequate",   // onvoldoende
    "adequate",     // voldoet
    "placeholder",  // voorlopige waarde
    "walled",       // ingesloten
    "stairwell",    // trappenhuis
    "receiver",     // meetpunt
    "moved",        // verplaatst
    "highest",      // hoogste
    "density",      // dichtheid
};

void collect_text(xmlNodePtr node, std::string& out) {
  for (xmlNodePtr n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      out += reinterpret_cast<const char*>(n->content);
      out += ' ';  // text of neighbouring elements never runs into one word
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string name = reinterpret_cast<const char*>(n->name);
    if (name == "style" || name == "title") continue;
    xmlChar* translate = xmlGetProp(n, BAD_CAST "translate");
    const bool data = translate && std::string(reinterpret_cast<const char*>(translate)) == "no";
    xmlFree(translate);
    if (data) continue;
    collect_text(n->children, out);
  }
}

// The text a reader sees, without the data marked translate="no". The HTML is well-formed XML
// (test_report_munchen.cpp checks it), so libxml2's XML parser reads it.
std::string visible_text(const std::string& html) {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "UTF-8",
                    XML_PARSE_NONET),
      &xmlFreeDoc);
  REQUIRE(doc);
  std::string out;
  collect_text(xmlDocGetRootElement(doc.get()), out);
  return out;
}

// Whole words (runs of ASCII letters; a byte of a multi-byte letter counts as part of a word,
// so "für" or "façade" never yield "f"), lower-cased, found in the list, with their context.
std::vector<std::string> english_words(const std::string& text) {
  std::vector<std::string> found;
  std::size_t i = 0;
  while (i < text.size()) {
    auto letter = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(text[k]);
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && letter(j)) ++j;
    std::string word = text.substr(i, j - i);
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (kEnglishOnly.count(word)) {
      const std::size_t from = i > 80 ? i - 80 : 0;
      found.push_back(word + " in \"" +
                      text.substr(from, std::min<std::size_t>(j + 80, text.size()) - from) + "\"");
    }
    i = j;
  }
  return found;
}

std::string dutch_html(const report::ReportInput& in) {
  report::ReportOptions options;
  options.lang = "nl";
  options.generated = "2026-11-28 09:00";
  return report::render_html(report::build_report(in, options));
}

void check_no_english(const std::string& text) {
  const std::vector<std::string> found = english_words(text);
  for (const std::string& f : found) UNSCOPED_INFO(f);
  CHECK(found.empty());
}

}  // namespace

TEST_CASE("the word list finds English words and skips data marked translate=\"no\"",
          "[report][nl]") {
  // Hand check: "the" and "exits" are listed; "de", "of" and "is" are Dutch and not listed; the
  // German street name is data and left out with its English words.
  const std::string text = visible_text(
      "<html><body><p>De uitgang is open of dicht</p><p>The exits</p>"
      "<p><span translate=\"no\">Exit Kaufingerstraße (to the west)</span></p></body></html>");
  CHECK(text.find("Kaufingerstraße") == std::string::npos);
  const std::vector<std::string> found = english_words(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].rfind("the in", 0) == 0);
  CHECK(found[1].rfind("exits in", 0) == 0);
}

TEST_CASE("the Dutch report of the München Christkindlmarkt has no English word",
          "[e2e][report][nl]") {
  const run::RunResult& run = test::munchen_run();
  const std::string html = dutch_html(test::munchen_input(run));
  CHECK(html.find("[[") == std::string::npos);  // every text came from the string tables
  const std::string text = visible_text(html);
  check_no_english(text);
  // Each analysis's own sentences, in Dutch (report/strings_nl.cpp):
  // ramming: its exposure assumption and its headline on the cover.
  CHECK(text.find("De blootstelling van de menigte is een modelaanname") != std::string::npos);
  // The headlines `agora run` prints (not in the report) say the same in Dutch through the
  // tables; München's crossings as test_ramming_munchen.cpp counts them: 53 at 17 approaches,
  // 0 unprotected, 0 gap passable, 49 inadequate, 4 energy only, 0 adequate.
  const report::Strings nl("nl");
  std::string headlines;
  for (const run::AnalysisOutput& o : run.outputs)
    for (const Statement& h : o.headline) headlines += nl.say(h) + "\n";
  CHECK(headlines.find(
            "53 doorsteekpunten op 17 aanrijroutes; slechtste oordeel: 0 onbeschermd, 0 opening "
            "passeerbaar, 49 onvoldoende, 4 enkel energie-equivalent, 0 voldoet volgens "
            "certificering") != std::string::npos);
  CHECK(headlines.find("gesimuleerde personen, ontruiming: ") != std::string::npos);
  check_no_english(headlines);
  // crowd simulation: its model assumption.
  CHECK(text.find("Personen bewegen volgens het botsingsvrije snelheidsmodel") !=
        std::string::npos);
  // assessment: its capacity assumption, and the keyed warning on the subway stairwells.
  CHECK(text.find("Capaciteit: netto bruikbare oppervlakte") != std::string::npos);
  CHECK(text.find("een trappenhuis binnen de perimeter op") != std::string::npos);
  // The data stays as it is, marked: the exit's German name is in the HTML, not in the text.
  CHECK(html.find("<span translate=\"no\">Exit Kaufingerstraße (west)</span>") !=
        std::string::npos);
}

TEST_CASE("the Dutch report of the Leopoldstraße festival has no English word",
          "[e2e][report][nl]") {
  const run::RunResult& run = test::leopoldstrasse_run();
  const std::string html = dutch_html(app::report_input(run, "leopoldstrasse"));
  CHECK(html.find("[[") == std::string::npos);
  const std::string text = visible_text(html);
  check_no_english(text);
  CHECK(text.find("De blootstelling van de menigte is een modelaanname") != std::string::npos);
  CHECK(text.find("Voertuigklassen uit het ingebouwde bestand") != std::string::npos);
  CHECK(text.find("Personen bewegen volgens het botsingsvrije snelheidsmodel") !=
        std::string::npos);
  CHECK(text.find("Capaciteit: netto bruikbare oppervlakte") != std::string::npos);
  // The two noise receivers drawn inside a building (scenario README): keyed warnings.
  CHECK(text.find("het meetpunt ligt in gebouw") != std::string::npos);
}
