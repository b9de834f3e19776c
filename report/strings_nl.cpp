// Dutch texts of the report, as far as translated: any key missing here falls back to the
// English table (strings_en.cpp), so the translation can grow one line at a time.

#include "report/strings.hpp"

namespace agora::report {

const StringTable& strings_nl() {
  static const StringTable table = {
      {"num.group", "."},
      {"num.decimal", ","},
      {"value.yes", "ja"},
      {"value.no", "nee"},
      {"value.not_given", "niet opgegeven"},
      {"month.1", "januari"}, {"month.2", "februari"}, {"month.3", "maart"}, {"month.4", "april"},
      {"month.5", "mei"}, {"month.6", "juni"}, {"month.7", "juli"}, {"month.8", "augustus"},
      {"month.9", "september"}, {"month.10", "oktober"}, {"month.11", "november"}, {"month.12", "december"},
      {"date.range", "{0} – {1} ({2} dagen)"},
      {"date.hours_daily", "dagelijks {0}–{1}"},
      {"doc.title", "Veiligheidsverslag vergunning – {0}"},
      {"doc.running_head", "Veiligheidsverslag vergunning · {0}"},
      {"doc.page", "Pagina"},
      {"doc.of", "van"},
      {"cover.kicker", "Veiligheidsverslag vergunning · veiligheidsdossier evenement"},
      {"cover.facts", "Het evenement"},
      {"cover.event", "Evenement"},
      {"cover.place", "Plaats"},
      {"cover.dates", "Data"},
      {"cover.hours", "Openingsuren"},
      {"cover.attendance_peak", "Verwacht piekaantal bezoekers"},
      {"cover.attendance_total", "Verwacht totaal aantal bezoekers"},
      {"cover.persons", "{0} personen"},
      {"cover.organiser", "Organisator"},
      {"cover.classification", "Classificatie"},
      {"cover.nl_class", "Klasse {0}"},
      {"cover.not_assessed", "Niet beoordeeld"},
      {"cover.disciplines", "Adviserende disciplines"},
      {"cover.scorecard", "Samenvatting leefbaarheidstoets"},
      {"layout.title", "Terrein en inplanting"},
      {"assumptions.title", "Aannames, bronnen en herkomst"},
      {"compare.title", "Varianten naast elkaar"},
  };
  return table;
}

}  // namespace agora::report
