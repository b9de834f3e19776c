// Dutch texts of the report: one for every key of the English table (strings_en.cpp; a test
// checks it, and Strings still falls back to English for a key added there alone). Names that
// stay as they are (sources.md sections, layer names) sit between \u2068 and \u2069, the data
// marks of report/escape.hpp: translate="no" in the HTML, nothing on the page.

#include "report/strings.hpp"

namespace agora::report {

const StringTable& strings_nl() {
  static const StringTable table = {
      {"num.group", "."},
      {"num.decimal", ","},
      {"value.yes", "ja"},
      {"value.no", "nee"},
      {"value.not_given", "niet opgegeven"},
      {"month.1", "januari"},
      {"month.2", "februari"},
      {"month.3", "maart"},
      {"month.4", "april"},
      {"month.5", "mei"},
      {"month.6", "juni"},
      {"month.7", "juli"},
      {"month.8", "augustus"},
      {"month.9", "september"},
      {"month.10", "oktober"},
      {"month.11", "november"},
      {"month.12", "december"},
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
      {"layout.stairs", "Trappen"},
      {"layout.stairs_up", "omhoog richting {0}°"},
      {"kind.stairs", "trap"},
      {"map.stairs", "Trap"},
      {"assumptions.crowd_speeds", "Wandelsnelheden (crowdsimulatie)"},
      {"assumptions.crowd_los", "Tabel serviceniveaus (crowdsimulatie)"},
      {"compare.title", "Varianten naast elkaar"},
      // Gedeeld door de secties van de analyses
      {"table.parameter", "Parameter"},
      {"table.source", "Bron"},
      {"assumptions.placeholder_flag", "[voorlopige waarde]"},
      {"assumptions.profile_not_given",
       "De waarden van profiel {0} staan met hun bronnen in het profielbestand; deze run gaf ze "
       "niet door aan het verslag."},
      {"verdict.adequate", "voldoet volgens certificering"},
      {"verdict.energy_only", "enkel energie-equivalent, deskundige toets nodig"},
      {"verdict.inadequate", "onvoldoende"},
      {"verdict.gap_passable", "opening passeerbaar"},
      {"verdict.unprotected", "onbeschermd"},
      {"verdict.not_reachable", "niet bereikbaar"},
      {"rating.green", "groen"},
      {"rating.amber", "oranje"},
      {"rating.red", "rood"},
      {"rating.not_assessed", "niet beoordeeld"},
      {"band.low", "laag"},
      {"band.medium", "middel"},
      {"band.high", "hoog"},
      {"band.very_high", "zeer hoog"},
      {"discipline.police", "politie (D3)"},
      {"discipline.fire", "brandweer (D1)"},
      {"discipline.medical", "medische hulpverlening (D2)"},
      {"class_meaning.A", "geen bijzonder risico: de overheid beslist zelf over de vergunning"},
      {"class_meaning.B", "aandachtsevenement: advies van één hulpdienst"},
      {"class_meaning.C",
       "risico-evenement: gezamenlijk advies van brandweer, politie en medische hulpverlening"},
      // Voertuigramming
      {"ramming.title", "Voertuigramming (vijandig voertuig)"},
      {"ramming.method",
       "Methode: de EU PERICLES-aanpak voor de kwetsbaarheid van publieke ruimte, met de "
       "voertuigdynamica-analyse van "
       "ISO 22343-2:2023 §9.2. Elke plaats binnen {0} m van de perimeter is een mogelijk "
       "vertrekpunt vanuit stilstand; "
       "het voertuig rijdt elke straat, stoep of plein die de fysica toelaat (aanvallers negeren "
       "de verkeersregels), "
       "versnelt op rechte stukken (v² = v0² + 2·a·s, begrensd op de topsnelheid) en remt voor "
       "bochten tot de "
       "sliplimiet v = √(f·g·r). De snelheid aan elke doorsteek van de perimeter is een band van "
       "de laagste versnelling "
       "met normale wrijving tot de hoogste met conservatieve wrijving; de energie ½·m·v² gebruikt "
       "de bovengrens. De "
       "barrière daar wordt tegen die dreiging getoetst; houdt ze niet, dan worden de mensen in "
       "het pad geteld."},
      {"ramming.crossings_approaches", "Doorsteekpunten / aanrijroutes"},
      {"ramming.crossings_approaches_value",
       "{0} doorsteekpunten op {1} aanrijroutes (straatmondingen)"},
      {"ramming.by_worst_verdict", "Doorsteken per slechtste oordeel"},
      {"ramming.summary", "Samenvatting"},
      {"ramming.max_speed", "Hoogste inrijsnelheid (elke klasse)"},
      {"ramming.max_energy", "Hoogste inrijenergie"},
      {"ramming.people_max", "Meeste blootgestelde personen achter één doorsteek"},
      {"ramming.entry_speed_max", "Hoogste snelheid bij het binnenrijden van de menigte"},
      {"ramming.placeholder_title", "Voorlopige voertuiggegevens"},
      {"ramming.placeholder",
       "De versnellingen in de voertuigtabel zijn voorlopige waarden uit secundaire bronnen tot "
       "officiële NPSA/JRC/ISO-"
       "curves geladen zijn: de snelheden zijn indicatief."},
      {"ramming.map_caption",
       "Aanrijsnelheden in de straten rond het terrein (hoogste snelheid van eender welke klasse) "
       "en het oordeel per "
       "doorsteekpunt (slechtste over de klassen)."},
      {"ramming.map_speed", "Aanrijsnelheid {0}"},
      {"ramming.map_verdict", "Doorsteek: {0}"},
      {"ramming.by_class", "Per voertuigklasse"},
      {"ramming.classes_caption",
       "Slechtste geval per voertuigklasse over alle doorsteken (cijfers zoals in summary.json)"},
      {"ramming.class", "Klasse"},
      {"ramming.reaches", "Bereikt"},
      {"ramming.fastest", "Snelste"},
      {"ramming.energy", "Energie kJ"},
      {"ramming.count_by_verdict", "Doorsteken per oordeel"},
      {"ramming.people", "Personen"},
      {"ramming.short.adequate", "ok"},
      {"ramming.short.energy_only", "toets"},
      {"ramming.short.inadequate", "onvold."},
      {"ramming.short.gap_passable", "open."},
      {"ramming.short.unprotected", "open"},
      {"ramming.by_approach", "Per aanrijroute"},
      {"ramming.approaches_caption",
       "De slechtste doorsteek en klasse van elke aanrijroute, slechtste eerst"},
      {"ramming.approaches_note",
       "Snelheidsband in km/u (laagste versnelling en normale wrijving – hoogste versnelling en "
       "conservatieve "
       "wrijving); energie aan de bovengrens; hoek tussen het pad en de barrière of perimeter (90° "
       "frontaal); "
       "personen: blootgesteld achter de doorsteek als de barrière niet houdt."},
      {"ramming.crossing", "Doorsteek"},
      {"ramming.speed_band", "Snelheid km/u"},
      {"ramming.angle", "Hoek"},
      {"ramming.barrier", "Barrière (certificering)"},
      {"ramming.verdict", "Oordeel"},
      {"ramming.more_crossings", "(+{0} meer)"},
      {"ramming.crossing_n", "doorsteek #{0}"},
      {"ramming.no_barrier", "geen"},
      {"ramming.all_crossings", "Alle doorsteekpunten"},
      {"ramming.crossings_caption",
       "Alle {0} doorsteekpunten per aanrijroute: snelheidsband (km/u) en oordeel per klasse"},
      {"ramming.crossings_note",
       "ok = voldoet; toets = enkel energie-equivalent, deskundige toets; onvold. = onvoldoende; "
       "open. = opening "
       "passeerbaar; open = onbeschermd; — = de klasse bereikt de doorsteek niet. Alle cijfers "
       "staan in ramming.csv en "
       "results.gpkg."},
      {"ramming.not_reachable", "—"},
      {"ramming.rules", "Regels en bronnen"},
      {"ramming.rule.adequate",
       "Voldoet: een certificering met een testvoertuig van dezelfde of een zwaardere klasse, "
       "geteste snelheid ≥ "
       "inrijsnelheid + {0} km/u, geteste hoek binnen {1}° van de aanrijhoek, penetratie (en PAS "
       "68-brokstukken) "
       "binnen de afstand tot de menigte."},
      {"ramming.rule.energy_only",
       "Enkel energie-equivalent, deskundige toets nodig: ½·m·v² valt binnen de geteste energie, "
       "maar een voorwaarde "
       "voor klasse, hoek of penetratie is niet vervuld. Nooit goedgekeurd op energie alleen."},
      {"ramming.rule.inadequate",
       "Onvoldoende: geen van beide, en elke niet-gecertificeerde barrière (waterbarrières, "
       "verkeersbarrières, "
       "bloembakken, geparkeerde voertuigen)."},
      {"ramming.rule.gap_passable",
       "Opening passeerbaar: een vrije opening minstens zo breed als het voertuig, of breder dan "
       "{0} m."},
      {"ramming.rule.unprotected", "Onbeschermd: geen barrière op de doorsteek."},
      {"ramming.rating_formats", "Gelezen certificeringsnotaties"},
      {"ramming.format.iso",
       "ISO 22343-1 / IWA 14-1: V/7200[N2A]/48/90:0.0 = voertuigtest / massa kg [klasse] / "
       "snelheid km/u / hoek ° : "
       "penetratie m."},
      {"ramming.format.pas68",
       "PAS 68: V/7500[N3]/48/90:28.1/18.0 = … : penetratie m / afstand grootste brokstukken m."},
      {"ramming.format.astm",
       "ASTM F2656: M50/P1 = vrachtwagen van 6800 kg aan 50 mph (M30/M40/M50 ≈ 612/1088/1700 kJ), "
       "penetratieklasse "
       "P1 ≤ 1 m, P2 ≤ 7 m, P3 ≤ 30 m; oude DoS K4/K8/K12 dezelfde vrachtwagen aan 30/40/50 mph."},
      {"ramming.format.unrated",
       "Waterbarrières en verkeersbarrières hebben geen anti-ramcertificering en tellen als "
       "niet-gecertificeerd."},
      {"ramming.sources",
       "Bronnen: \u2068sources.md: Vehicles\u2069 (PERICLES; ISO 22343-1/-2:2023; PAS 68; ASTM "
       "F2656; MIL-HDBK-1013/14 "
       "wrijving). "
       "Voertuigklassen: {0}. Barrièrecertificeringen: {1} (gepubliceerde claims, geen "
       "certificaten)."},
      {"ramming.cover_crossings",
       "{0} van {1} doorsteekpunten onvoldoende beschermd; hoogste inrijsnelheid {2}; tot {3} "
       "personen blootgesteld"},
      {"ramming.compare_speed", "Hoogste inrijsnelheid, {0}"},
      {"ramming.compare_not_adequate", "Doorsteken onvoldoende beschermd"},
      {"ramming.compare_inadequate", "Doorsteken met een onvoldoende barrière"},
      {"ramming.compare_unprotected", "Onbeschermde doorsteken"},
      {"ramming.compare_people", "Meeste blootgestelden (één doorsteek)"},
      {"ramming.vehicle_table", "Voertuigramming: voertuigklassen"},
      {"ramming.vehicle_table_caption", "Gebruikte voertuigklassen ({0})"},
      {"ramming.mass", "Testmassa"},
      {"ramming.width", "Breedte"},
      {"ramming.accel", "Versnelling"},
      {"ramming.vmax", "Topsnelheid"},
      {"ramming.placeholder_fields", "Voorlopige waarden"},
      {"ramming.vehicle_table_note",
       "* voorlopig: te vervangen door officiële NPSA/JRC/ISO-waarden (--vehicles BESTAND)."},
      {"ramming.profile_values", "Voertuigramming: profielwaarden"},
      {"ramming.profile_caption", "Profielwaarden van de ramminganalyse (sectie ramming)"},
      // Beoordeling
      {"assess.capacity_title", "Capaciteit en ontruiming"},
      {"assess.capacity_what",
       "Hoeveel mensen het terrein kan bevatten: het kleinste van de oppervlaktecapaciteit (netto "
       "bruikbare oppervlakte "
       "× planningsdichtheid) en de uitgangscapaciteit (breedte van de uitgangen zonder de "
       "breedste × doorstroming × "
       "ontruimingstijd), tegenover het verwachte aantal bezoekers; de uitgangsregels van de "
       "brandweer (Fluvia); de "
       "loopafstand tot de dichtstbijzijnde uitgang; en een macroscopische ontruiming langs de "
       "uitgangen."},
      {"assess.capacity_badge", "Capaciteit {0} personen voor {1} verwacht"},
      {"assess.capacity_badge_detail", "begrensd door de {0}; {1} % benut"},
      {"assess.limited_by.area", "oppervlakte"},
      {"assess.limited_by.exits", "uitgangen"},
      {"assess.capacity_figures", "Capaciteit"},
      {"assess.capacity", "Capaciteit"},
      {"assess.area_capacity", "Oppervlaktecapaciteit"},
      {"assess.exit_capacity", "Uitgangscapaciteit"},
      {"assess.net_area", "Netto bruikbare oppervlakte"},
      {"assess.blocked_area", "Oppervlakte van kramen, constructies, podia en gebouwen"},
      {"assess.attendance", "Verwacht piekaantal bezoekers"},
      {"assess.capacity_verdict", "Oordeel"},
      {"assess.widest_exit", "Breedste uitgang (niet meegeteld)"},
      {"assess.below_min_width", "Meegetelde uitgangen smaller dan 1,05 m"},
      {"assess.capacity_rule",
       "Capaciteit = min(netto oppervlakte × dichtheid, Σ uitgangsbreedtes zonder de breedste × "
       "doorstroming × "
       "ontruimingstijd) (UK Green Guide, HSG195; \u2068sources.md: Capacity, egress and fire "
       "access\u2069). Dichtheid, doorstroming en tijd: zie "
       "de profielwaarden."},
      {"assess.exit_rules", "Uitgangsregels (Fluvia)"},
      {"assess.exit_rules_caption",
       "Uitgangsregels van de Vlaamse brandweer voor het verwachte aantal bezoekers"},
      {"assess.exit_rules_note",
       "Fluvia: 1 cm uitgangsbreedte per persoon, samen minstens 0,80 m; 1 uitgang tot 49 "
       "personen, 2 tot 499, 3 tot "
       "999, één meer per bijkomende 1000. Enkel open, niet-vergrendelde, naar buiten draaiende "
       "uitgangen tellen."},
      {"assess.rule", "Regel"},
      {"assess.required", "Vereist"},
      {"assess.provided", "Voorzien"},
      {"assess.verdict", "Oordeel"},
      {"assess.meets", "voldoet"},
      {"assess.fails", "voldoet niet"},
      {"assess.rule_count", "Aantal uitgangen"},
      {"assess.rule_width", "Totale uitgangsbreedte (1 cm per persoon)"},
      {"assess.rule_total", "Totale uitgangsbreedte minstens"},
      {"assess.distance", "Afstand tot de dichtstbijzijnde uitgang"},
      {"assess.distance_max", "Langste looproute naar een uitgang"},
      {"assess.distance_mean", "Gemiddelde looproute naar een uitgang"},
      {"assess.distance_beyond", "Publieksoppervlakte voorbij de afstandsgrens"},
      {"assess.distance_unreachable", "Publieksoppervlakte zonder uitgang"},
      {"assess.crowd_area", "Publieksoppervlakte"},
      {"assess.distance_ramp", "Loopafstand tot de dichtstbijzijnde uitgang (m)"},
      {"assess.map_exit_load", "Uitgang met zijn belasting (personen)"},
      {"assess.exits_map_caption",
       "Loopafstand tot de dichtstbijzijnde open uitgang, en de personen die elke uitgang neemt "
       "bij ontruiming."},
      {"assess.egress", "Ontruiming per uitgang"},
      {"assess.egress_caption",
       "Macroscopische ontruiming: belasting en tijden per uitgang (cijfers zoals in summary.json; "
       "vet: de uitgang die het laatst leeg is)"},
      {"assess.exit", "Uitgang"},
      {"assess.persons", "Personen"},
      {"assess.nearest", "Dichtst voor"},
      {"assess.first_arrival", "Eerste aankomst"},
      {"assess.longest_wait", "Langste wachttijd"},
      {"assess.clear_time", "Leeg na"},
      {"assess.not_counted", "niet meegeteld: {0}"},
      {"assess.all_exits", "Alle uitgangen"},
      {"assess.access_title", "Bereikbaarheid voor hulpdiensten"},
      {"assess.access_what",
       "Kunnen brandweerwagens binnen: van de openbare straten naar elk deel van het "
       "evenemententerrein, langs een "
       "route met de vrije breedte en draaicirkels van het profiel, langs kramen, constructies en "
       "barrières, met de "
       "nooddoorgangen open. Een deel telt als bereikt binnen de slangafstand van waar het "
       "voertuig kan staan."},
      {"assess.event_area", "Evenemententerrein"},
      {"assess.reachable_area", "Bereikt"},
      {"assess.unreachable_area", "Onbereikbaar voor de brandweer"},
      {"assess.unreachable_parts", "Onbereikbare delen"},
      {"assess.narrowest", "Smalste blokkerend punt"},
      {"assess.facades_unreachable", "Onbereikbare gevels"},
      {"assess.map_unreachable", "Onbereikbaar voor de brandweer"},
      {"assess.map_blocking", "Blokkerend punt (vrije breedte)"},
      {"assess.access_map_caption",
       "Delen van het terrein buiten bereik van een brandweerwagen, en de punten die ze "
       "blokkeren."},
      {"assess.access_parts_caption", "Onbereikbare delen, grootste eerst"},
      {"assess.reason", "Waarom"},
      {"assess.clear_width", "Vrije breedte"},
      {"assess.between", "Tussen"},
      {"access_reason.too narrow", "te smal"},
      {"access_reason.turn too tight", "bocht te krap"},
      {"access_reason.too far from where the vehicle can stand",
       "te ver van waar het voertuig kan staan"},
      {"access_reason.no drivable route", "geen berijdbare route"},
      {"access_reason.no public street within reach", "geen openbare straat binnen bereik"},
      {"assess.access_rule",
       "Vlaamse brandweer: vrije doorgang 4 m breed en 4 m hoog, draaicirkels 11 m binnen / 15 m "
       "buiten, het voertuig "
       "binnen 60 m van de gevel (\u2068sources.md: Capacity, egress and fire access\u2069); het "
       "profiel bepaalt de gebruikte waarden."},
      {"assess.noise_title", "Geluid"},
      {"assess.noise_what",
       "Geluidsniveaus aan de gevels van de buren van elk podium (ISO 9613-2 vereenvoudigd, "
       "afgeschermd door de "
       "gebouwen ertussen), de woningen boven de gevelnorm, en het publieksniveau tegenover de "
       "VLAREM-categorieën voor "
       "versterkte muziek."},
      {"assess.noise_none_title", "Geen geluidsbron"},
      {"assess.noise_none",
       "De inplanting heeft geen podium met een geluidsvermogen: geluid is niet beoordeeld."},
      {"assess.noise_limit", "Toegepaste gevelnorm"},
      {"assess.noise_limit_why", "Waarom deze norm"},
      {"assess.dwellings_over", "Woningen boven de norm"},
      {"assess.dwellings_considered", "Beschouwde woningen"},
      {"assess.receivers_over", "Gevelpunten boven de norm"},
      {"assess.receivers", "Berekende gevelpunten"},
      {"assess.max_facade", "Luidste gevel"},
      {"assess.max_dwelling", "Luidste woninggevel"},
      {"assess.audience_level", "Publieksniveau (bij het podium)"},
      {"assess.audience_category", "Publiekscategorie (VLAREM)"},
      {"assess.vlarem_category", "categorie {0}"},
      {"assess.noise_map_caption",
       "Geluidsniveau aan de gevelpunten rond het terrein (L_Aeq, dB(A))."},
      {"assess.noise_table_caption", "De luidste woninggevels"},
      {"assess.receiver", "Gevel"},
      {"assess.level", "Niveau"},
      {"assess.limit", "Norm"},
      {"assess.screening", "Afscherming"},
      {"assess.unnamed_building", "gebouw zonder naam"},
      {"assess.noise_rule",
       "ISO 9613-2 vereenvoudigd: L = L_W − 20·log10(r) − 11 − luchtdemping − afscherming; "
       "gevelnorm uit het profiel "
       "(dag, of nacht als het evenement in de nachturen loopt); VLAREM-publiekscategorieën 1–3 "
       "(85/95/100 dB(A)) "
       "(\u2068sources.md: Liveability and noise\u2069)."},
      {"assess.scorecard_title", "Leefbaarheidstoets"},
      {"assess.scorecard_what",
       "Elk criterium van het profiel leest één gemeten cijfer en beoordeelt het groen, oranje of "
       "rood volgens de "
       "drempels van het profiel; de gewogen index middelt de oordelen. De Vlaamse "
       "leefbaarheidstoets heeft geen "
       "gepubliceerd scoreblad: drempels en gewichten zijn lokaal beleid, met hun bronnen "
       "hieronder."},
      {"assess.scorecard_overall", "Globaal {0}"},
      {"assess.scorecard_counts",
       "{0} groen, {1} oranje, {2} rood, {3} niet beoordeeld; gewogen index {4} (0 alles groen, 1 "
       "alles rood)"},
      {"assess.scorecard_caption", "Criteria van de leefbaarheidstoets"},
      {"assess.criterion", "Criterium"},
      {"assess.rating", "Oordeel"},
      {"assess.weight", "Gewicht"},
      {"assess.veto", "(veto)"},
      {"assess.scorecard_rule",
       "Index = Σ gewicht × oordeel (groen 0, oranje 1, rood 2) / (2 × Σ gewicht) over de "
       "beoordeelde criteria; het "
       "globale oordeel volgt de banden van het profiel, en een rood vetocriterium maakt het rood "
       "(\u2068sources.md: Assessment\u2069)."},
      {"assess.scorecard_overall_key", "Leefbaarheidstoets globaal"},
      {"assess.scorecard_green_label", "Andere criteria"},
      {"assess.scorecard_green_count", "{0} groen"},
      {"assess.scorecard_short", "{0} rood, {1} oranje, {2} groen"},
      {"assess.risk_title", "Risicomatrix en classificatie"},
      {"assess.risk_what",
       "Een 5 × 5-risicomatrix: per gevaar de waarschijnlijkheid (1–5) uit het slechtste oordeel "
       "van de criteria die "
       "erop wegen, het gevolg (1–5) uit een gemeten cijfer tegenover de banden van het profiel; "
       "risico = "
       "waarschijnlijkheid × gevolg. De classificatie volgt uit de matrix en het aantal "
       "bezoekers."},
      {"assess.risk_caption", "Risicomatrix"},
      {"assess.risk_note",
       "Banden: 0–3 laag, 4–9 middel, 10–14 hoog, 15–25 zeer hoog (\u2068sources.md: "
       "Assessment\u2069)."},
      {"assess.hazard", "Gevaar"},
      {"assess.likelihood", "Kans"},
      {"assess.consequence", "Gevolg"},
      {"assess.score", "Score"},
      {"assess.band", "Band"},
      {"assess.basis", "Grond"},
      {"assess.advises", "Adviseert"},
      {"assess.classification", "Classificatie"},
      {"assess.nl_advisors", "Adviserende diensten (Nederlandse klasse)"},
      {"assess.override_text",
       "berekende klasse {0}, risico-evenement {1}; vastgelegd door {2}: {3}"},
      {"assess.classification_rule",
       "Nederlandse klassen A/B/C en het Belgische risico-evenement (KB 16 februari 2006, "
       "omzendbrief NPU-4) volgens "
       "de regels van het profiel: de hoogste risicoband en het piekaantal bezoekers "
       "(\u2068sources.md: Assessment\u2069). "
       "Adviserend: de "
       "ambtenaar kan afwijken, met vermelding van de reden."},
      {"assess.reason_nl", "Nederlandse klasse: {0}"},
      {"assess.reason_be", "Belgisch risico-evenement: {0}"},
      {"assess.cover_capacity",
       "capaciteit {0} voor {1} verwacht; ontruiming {2}; {3} buiten bereik van de brandweer"},
      {"assess.compare_egress", "Ontruimingstijd (macroscopisch)"},
      {"assess.compare_class", "Nederlandse klasse"},
      {"assess.profile_values", "Beoordeling: profielwaarden"},
      {"assess.profile_caption", "Profielwaarden van de beoordeling"},
      {"assess.profile_criteria_note",
       "De criteria van de leefbaarheidstoets en de gevaren van de risicomatrix staan met hun "
       "bronnen in hun eigen secties."},
      // Agentensimulatie
      {"crowd.title", "Agentgebaseerde simulatie van de menigte"},
      {"crowd.what",
       "Elke persoon in de publiekszones als agent die naar de uitgangen loopt (botsingsvrij "
       "snelheidsmodel met "
       "vloervelden, docs/crowd-model.md): wanneer de laatste buiten is, in totaal en per uitgang, "
       "en waar de lokale "
       "dichtheid boven de drempels kwam. Een controle op de macroscopische ontruiming: ze toont "
       "waar het vastloopt."},
      {"crowd.not_completed_title", "Niet iedereen raakte buiten"},
      {"crowd.not_completed",
       "{0} gesimuleerde personen waren nog binnen toen de run stopte na {1} s."},
      {"crowd.agents", "Agenten"},
      {"crowd.phase", "Fase"},
      {"crowd.phase.egress", "ontruiming (het terrein verlaten)"},
      {"crowd.phase.ingress", "instroom (het terrein vullen)"},
      {"crowd.phase.circulation", "circulatie"},
      {"crowd.evacuation_time", "Ontruimingstijd (laatste buiten)"},
      {"crowd.max_density", "Hoogste lokale dichtheid"},
      {"crowd.area_over", "Oppervlakte ooit boven {0} personen/m²"},
      {"crowd.model", "Model en seed"},
      {"crowd.model_value", "seed {0}, tijdstap {1}; runs herhalen zich exact met dezelfde seed"},
      {"crowd.per_exit", "Per uitgang"},
      {"crowd.exits_caption", "Agenten per uitgang (cijfers zoals in summary.json)"},
      {"crowd.agents_through", "Agenten"},
      {"crowd.first_out", "Eerste buiten"},
      {"crowd.last_out", "Laatste buiten"},
      {"crowd.emergency_only", "enkel nooduitgang"},
      {"crowd.density_ramp", "Hoogste lokale dichtheid (personen/m²)"},
      {"crowd.map_hotspot", "Knelpunt (dichtheid boven een drempel)"},
      {"crowd.map_caption",
       "De hoogste lokale dichtheid die elke plaats tijdens de run bereikte, en de knelpunten."},
      {"crowd.hotspots", "Knelpunten"},
      {"crowd.hotspots_caption",
       "Plaatsen waar de dichtheid een drempel overschreed, hoogste drempel en grootste eerst"},
      {"crowd.hotspots_more", "{0} andere knelpunten staan in results.gpkg."},
      {"crowd.threshold", "Drempel"},
      {"crowd.when", "Wanneer"},
      {"crowd.duration", "Langst boven"},
      {"crowd.more",
       "Model, parameters en validatie (RiMEA-tests): docs/crowd-model.md. Doorstroming per "
       "uitgang in de tijd en de "
       "trajecten: agora crowd. Fruin: 3,57 personen/m² onvrijwillig contact, 5,55 gevaarlijke "
       "krachten (\u2068sources.md: Capacity, egress and fire access\u2069)."},
      {"crowd.cover", "{0} gesimuleerde personen buiten na {1}; hoogste lokale dichtheid {2}"},
      {"crowd.compare.crowd.evacuation_time_s", "Ontruimingstijd (simulatie)"},
      {"crowd.compare.crowd.max_density_ppm2", "Hoogste lokale dichtheid (simulatie)"},
      {"headline.assess.capacity",
       "capaciteit {0} personen ({1}), {2} verwacht: {3}; ontruiming {4}"},
      {"headline.assess.access", "bereikbaarheid brandweer: {0} van {1} onbereikbaar"},
      {"headline.assess.noise", "geluid: {0} woningen boven {1}"},
      {"headline.assess.scorecard",
       "scorekaart {0} ({1} rood, {2} oranje); klasse {3}; Belgisch risico-evenement: {4}"},
      {"headline.assess.scorecard_overridden",
       "scorekaart {0} ({1} rood, {2} oranje); klasse {3} (ambtenaar); Belgisch risico-evenement: "
       "{4}"},
      {"assess.capacity_verdict.pass", "voldoet"},
      {"assess.capacity_verdict.warn", "dicht bij de grens"},
      {"assess.capacity_verdict.fail", "voldoet niet"},
      {"assumption.assess.capacity",
       "Capaciteit: netto bruikbare oppervlakte (perimeter min kramen, constructies, podia en "
       "gebouwen) maal de planningsdichtheid van het profiel; uitgangscapaciteit van de uitgangen "
       "die open, niet vergrendeld en naar buiten draaiend zijn, zonder de breedste."},
      {"assumption.assess.distance_egress",
       "Afstand tot een uitgang en ontruiming: loopafstand op een raster van {0} rond kramen, "
       "constructies en gebouwen; de ontruiming is macroscopisch (mensen lopen aan {1} en schuiven "
       "bij elke uitgang aan met breedte × {2} personen/m/min), zonder opstopping onderweg."},
      {"assumption.assess.access",
       "Bereikbaarheid brandweer: het voertuig past waar de vrije ruimte tot obstakels minstens de "
       "helft van de vrije breedte is, op één cel van {0} nauwkeurig; bochten gebruiken het "
       "gemiddelde van de binnen- en buitenstraal; vrije hoogte en helling worden niet "
       "gecontroleerd (de kaart bevat geen doorrijhoogtes of hoogtes); barrières van de types die "
       "het profiel bedienbaar noemt (en nooddoorgangen) gaan open voor de brandweer."},
      {"assumption.assess.noise",
       "Geluid: ISO 9613-2 vereenvoudigd, één breedbandige band op {0}, vrij veld op {1} voor de "
       "gevel (geen gevelreflectie), vlak terrein, gebouwen met platte daken op hun gekarteerde of "
       "standaardhoogte; tijdelijke constructies schermen niet af."},
      {"assumption.assess.mobility",
       "Mobiliteit: omleidingen over wegen die auto's mogen gebruiken, met eenrichtingsstraten; "
       "huishoudens geschat als de afzonderlijke adressen van woongebouwen binnen {0} van de "
       "perimeter."},
      {"assumption.assess.no_ramming",
       "Voertuigramming werd in deze run niet geanalyseerd: het criterium en het gevaar staan op "
       "niet beoordeeld."},
      {"assumption.profile_value", "Profielwaarde {0} = {1} ({2})."},
      {"assumption.ramming.exposure",
       "De blootstelling van de menigte is een modelaanname: waar een doorsteek niet afdoende "
       "beschermd is, houdt het voertuig zijn richting aan; in een publiekszone verliest het "
       "snelheid doordat het mensen raakt (behoud van impuls: elke geraakte persoon, {1} "
       "lichaamsmassa, krijgt de snelheid van het voertuig; referentievolwassenen van ICRP-"
       "publicatie 89), terwijl de bestuurder blijft optrekken, tot een gebouw, muur of paal "
       "uit de kaart het stopt, het de zone verlaat of het tot wandeltempo is vertraagd ({2}, "
       "Fruin 1971). Blootgestelde personen N = dichtheid × (voertuigbreedte + 2 × {0}) × "
       "afgelegde weg in de menigte; waar meerdere aanlopen een doorsteek binnen 5 % van de "
       "hoogste snelheid bereiken, telt de ongunstigste van hun richtingen en wordt de "
       "spreiding gemeld. Voetgangers overleven ongeveer 90 % van de aanrijdingen bij 30 km/u "
       "en 60 % bij 40 km/u: de snelheid bij het binnendringen van de menigte staat erbij."},
      {"assumption.ramming.vehicles",
       "Voertuigklassen uit {0}, optrekkend volgens {1}: a(v) = min(aandeel·f·g, η·P/(m·v)) − "
       "½·ρ·C_d·A·v²/m − C_rr·g − g·sin(helling) voor een gewoon en een krachtig voertuig per "
       "klasse (de twee uiteinden van de snelheidsband), topsnelheid uit de vermogensbalans of "
       "de snelheidsbegrenzer van 90 km/u voor N2/N3-vrachtwagens (Richtlijn 92/6/EEG, "
       "gewijzigd bij 2002/85/EG); remmen b = f·g voor elke bocht; een aanloop begint in rust "
       "binnen de zoekstraal, buiten de barrièrelijnen en nergens in een tunnel."},
      {"discipline.civil_protection", "civiele bescherming (D4)"},
      {"discipline.information", "informatie (D5)"},
      {"discipline.emergency_planning", "noodplanning"},
      {"discipline.threat_analysis", "dreigingsanalyse (OCAM)"},
      {"criterion.capacity", "Capaciteit"},
      {"criterion.capacity.unit", "bezoekers / capaciteit"},
      {"criterion.exit_rules", "Uitgangsregels brandweer"},
      {"criterion.exit_rules.unit", "regels niet gehaald"},
      {"criterion.egress_time", "Ontruimingstijd"},
      {"criterion.egress_time.unit", "s"},
      {"criterion.distance_to_exit", "Afstand tot een uitgang"},
      {"criterion.distance_to_exit.unit", "deel van de publiekszone voorbij de grens"},
      {"criterion.emergency_access", "Bereikbaarheid van het terrein voor de brandweer"},
      {"criterion.emergency_access.unit", "deel van het terrein onbereikbaar"},
      {"criterion.facade_access", "Bereikbaarheid van de gevels voor de brandweer"},
      {"criterion.facade_access.unit", "gebouwen"},
      {"criterion.noise_dwellings", "Geluid aan woningen"},
      {"criterion.noise_dwellings.unit", "woningen boven de norm"},
      {"criterion.audience_level", "Geluidsniveau bij het publiek"},
      {"criterion.audience_level.unit", "VLAREM-categorie"},
      {"criterion.visitors", "Aantal bezoekers"},
      {"criterion.visitors.unit", "personen op het piekmoment"},
      {"criterion.traffic", "Omleidingen"},
      {"criterion.traffic.unit", "m"},
      {"criterion.parking_transit", "Parkeren en openbaar vervoer"},
      {"criterion.parking_transit.unit", "plaatsen"},
      {"criterion.residents", "Getroffen bewoners"},
      {"criterion.residents.unit", "huishoudens"},
      {"criterion.event_frequency", "Evenementen op de locatie dit jaar"},
      {"criterion.event_frequency.unit", "evenementen"},
      {"criterion.public_order", "Openbare orde (alcohol geschonken)"},
      {"criterion.public_order.unit", "1 = ja"},
      {"criterion.vehicle_ramming", "Bescherming tegen vijandige voertuigen"},
      {"criterion.vehicle_ramming.unit", "doorsteken onvoldoende beschermd"},
      {"hazard.crowd_crush", "Verdrukking in de menigte"},
      {"hazard.vehicle_ramming", "Voertuigramming"},
      {"hazard.fire_evacuation", "Brand en ontruiming"},
      {"hazard.noise_nuisance", "Geluidshinder"},
      {"hazard.access", "Bereikbaarheid hulpdiensten"},
      {"assess.rule_text", "groen ≤ {0}, oranje ≤ {1}, daarboven rood ({2})"},
      {"risk.basis", "kans {0} uit {1} ({2}); gevolg {3} uit {4} = {5}"},
      {"risk.no_criterion_assessed", "geen van de criteria kon beoordeeld worden"},
      {"not_assessed.not_in_scenario",
       "niet beoordeeld: de analyse {0} staat niet bij de analyses die scenario.json vraagt"},
      {"not_assessed.not_applicable",
       "niet beoordeeld: de analyse {0} is niet van toepassing op deze inplanting"},
      {"not_assessed.not_run", "niet beoordeeld: de analyse {0} liep niet vóór de beoordeling"},
      {"not_assessed.absent", "niet beoordeeld: {0}"},
      {"not_assessed.not_measured", "niet beoordeeld: het cijfer {0} werd niet gemeten"},
      {"absent.no_stage", "geen podium in de inplanting geeft zijn geluidsvermogen"},
      {"absent.no_exit_rules", "de uitgangsregels van het profiel zijn niet van toepassing"},
      {"absent.no_fire_route", "geen brandweerroute komt het terrein op"},
      {"absent.hazard_not_assessed", "het gevaar kon niet beoordeeld worden"},
      {"absent.no_hazard", "geen enkel gevaar kon beoordeeld worden"},
      {"absent.no_override", "de ambtenaar heeft niet bijgestuurd"},
      {"absent.no_crowd_reached", "geen voertuig bereikt een publiekszone"},
      {"absent.not_egress", "de crowdsimulatie rekende geen ontruiming"},
      {"absent.not_ingress", "de crowdsimulatie rekende geen instroom"},
      {"absent.exit_unused", "niemand gebruikte de uitgang"},
      {"class.reason.risk", "hoogste risico {0} (score {1})"},
      {"class.reason.no_risk", "geen enkel gevaar kon beoordeeld worden"},
      {"class.reason.people_from", "{0} personen op het piekmoment ({1} vanaf {2})"},
      {"class.reason.people", "{0} personen op het piekmoment"},
      {"class.reason.risk_event_from",
       "{0} personen op het piekmoment (risico-evenement vanaf {1})"},
      {"assumption.assess.absent",
       "De analyse {0} liep niet vóór de beoordeling: criteria en gevaren die haar cijfers lezen "
       "staan op niet beoordeeld, met de reden."},
      {"analysis.ramming.name", "voertuigramming"},
      {"analysis.crowd.name", "crowdsimulatie"},
      {"analysis.assess.name", "beoordeling"},
      {"analysis.ramming.title", "Vijandig voertuig (ramming)"},
      {"analysis.assess.title", "Menigte, bereikbaarheid, geluid en de vergunningsbeoordeling"},
      {"analysis.crowd.title", "Crowdsimulatie"},
      {"analysis.crowd.what", "Agentgebaseerde simulatie van de menigte die het terrein verlaat."},
      {"criterion.egress_widest_lost", "Ontruiming zonder de breedste uitgang"},
      {"criterion.egress_widest_lost.unit", "s"},
      {"criterion.crowd_density", "Hoogste dichtheid in de menigte (simulatie)"},
      {"criterion.crowd_density.unit", "personen/m²"},
      {"absent.one_exit", "de inplanting heeft minder dan twee bruikbare uitgangen"},
      {"emma.title", "Het multidisciplinaire beeld"},
      {"emma.intro",
       "Wat elk van de vijf disciplines van de noodplanning uit deze berekening nodig heeft, op "
       "één plaats voor de veiligheidscel: D1 brandweer, D2 medische en psychosociale "
       "hulpverlening, D3 politie, D4 civiele bescherming en logistiek, D5 informatie. Elke regel "
       "is een cijfer van een analyse; een regel zegt \"niet berekend\" wanneer die analyse niet "
       "is uitgevoerd."},
      {"emma.heading.fire", "D1 Brandweer"},
      {"emma.heading.medical", "D2 Medische en psychosociale hulpverlening"},
      {"emma.heading.police", "D3 Politie"},
      {"emma.heading.civil_protection", "D4 Civiele bescherming en logistiek"},
      {"emma.heading.information", "D5 Informatie"},
      {"emma.column.what", "Wat"},
      {"emma.column.value", "Waarde"},
      {"emma.not_run", "niet berekend ({0} niet uitgevoerd)"},
      {"emma.item.access_road_found", "Toegangsweg voor de brandweer gevonden"},
      {"emma.item.access_narrowest", "Smalste punt van de toegangsweg"},
      {"emma.item.access_unreachable",
       "Deel van het evenemententerrein dat de brandweer niet bereikt"},
      {"emma.item.access_parts", "Delen van het terrein die apart bereikt worden"},
      {"emma.item.facades_unreachable", "Gevels buiten bereik van de brandweer"},
      {"emma.item.egress_judged", "Ontruimingstijd van het terrein (beoordeeld)"},
      {"emma.item.egress_widest_lost", "Ontruimingstijd zonder de breedste uitgang"},
      {"emma.item.attendance", "Piekbezetting"},
      {"emma.item.max_density", "Hoogste plaatselijke dichtheid in de mensenmassasimulatie"},
      {"emma.item.hotspots", "Plaatsen met hoge dichtheid (waar slachtoffers zouden vallen)"},
      {"emma.item.people_exposed", "Meeste mensen die een voertuig kan bereiken"},
      {"emma.item.people_exposed_where", "Doorgang waar dat voertuig binnenkomt"},
      {"emma.item.perimeter_area", "Oppervlakte binnen de perimeter"},
      {"emma.item.crossings", "Doorgangen voor voertuigen door de perimeter"},
      {"emma.item.barriers", "Geplande barrières"},
      {"emma.item.adequate", "Doorgangen voldoende beschermd"},
      {"emma.item.not_adequate", "Doorgangen onvoldoende beschermd"},
      {"emma.item.unprotected", "Doorgangen zonder enige barrière"},
      {"emma.item.max_speed", "Hoogste voertuigsnelheid aan een doorgang"},
      {"emma.item.closures", "Wegafsluitingen"},
      {"emma.item.closed_length", "Lengte afgesloten weg"},
      {"emma.item.max_detour", "Langste omleiding"},
      {"emma.item.closures_cut_off", "Afsluitingen die plaatsen afsnijden"},
      {"emma.item.stops_affected", "Getroffen haltes van het openbaar vervoer"},
      {"emma.item.parking_affected", "Getroffen parkeerplaatsen"},
      {"emma.item.residential_inside", "Woongebouwen binnen de afsluiting"},
      {"emma.item.residential_near", "Woongebouwen in de buurt"},
      {"emma.item.households", "Te informeren huishoudens"},
      {"emma.item.dwellings_over", "Woningen boven de geluidsnorm"},
      {"emma.item.max_dwelling_noise", "Hoogste niveau aan een woning"},
      {"assess.egress_compare", "Ontruiming: het macroscopische model en de mensenmassasimulatie"},
      {"assess.egress_macroscopic",
       "Macroscopische ontruiming (elke uitgang vanaf het begin op volle doorstroming)"},
      {"assess.egress_simulated", "Gesimuleerde ontruiming (de mensenmassasimulatie)"},
      {"assess.egress_judged", "Beoordeeld (de tragere van de twee)"},
      {"assess.egress_compare_caption",
       "Per uitgang: personen en gemiddelde specifieke doorstroming in elk model"},
      {"assess.persons_macroscopic", "Personen (macroscopisch)"},
      {"assess.persons_simulated", "Personen (gesimuleerd)"},
      {"assess.flow_macroscopic", "Doorstroming (macroscopisch)"},
      {"assess.flow_simulated", "Doorstroming (gesimuleerd)"},
      {"assess.egress_compare_note",
       "Gemiddelde specifieke doorstroming: personen door de uitgang per meter breedte per "
       "seconde, tot de laatste persoon erdoor is. Het macroscopische model laat vanaf de eerste "
       "seconde 82 personen/m/min (1,37 P/(m·s), Green Guide) door elke uitgang en stuurt iedereen "
       "naar de uitgang die het terrein het snelst leegmaakt; de simulatie laat mensen lopen, "
       "kiezen en aanschuiven. Een uitgang met een gesimuleerde doorstroming ver onder de "
       "macroscopische krijgt te weinig aanvoer (mensen komen laat of weinigen kiezen haar) of "
       "wordt stroomopwaarts afgeremd (kramen, een smal gangpad); een uitgang met meer personen "
       "dan het macroscopische model trekt het publiek omdat ze het dichtst bij ligt. De "
       "beoordeelde tijd is de tragere van de twee."},
      // Barrier suggestion (agora suggest-barriers)
      {"suggestion.title", "Voorstel voor voertuigbarrières"},
      {"suggestion.method",
       "De goedkoopste set barrièreproducten uit de catalogus die elke aanrijroute volgens de "
       "certificering "
       "afdoende maakt voor de klassen {0}. Kandidaatlijnen staan dwars op elke aanloop, aan de "
       "monding en verder "
       "weg, waar één lijn een straat kan afsluiten die meerdere aanlopen delen ({1} lijnen, {2} "
       "lijnopties: elk "
       "geprijsd product dat past, een bedienbaar product op de brandweerroute). De keuze is een "
       "geheeltallig programma dat exact wordt opgelost (GLPK); daarna beoordeelt de aanrijanalyse "
       "het voorstel, "
       "en elke aanloop die langs of om de lijnen komt, wordt toegevoegd en het programma opnieuw "
       "opgelost ({3} "
       "aanlopen, {4} rondes). Uitgangen houden hun breedte, openingen voor voetgangers blijven "
       "binnen het "
       "maximum van het profiel, brandweerwagens rijden door bedienbare barrières."},
      {"suggestion.badge_full", "Elk kruispunt afdoende volgens certificering"},
      {"suggestion.badge_partial", "Niet elk kruispunt afdoende"},
      {"suggestion.badge_detail", "voorgestelde inplanting: {0}"},
      {"suggestion.compare_caption", "Het voorstel naast de eigen inplanting van de planner"},
      {"suggestion.col_measure", "Maat"},
      {"suggestion.col_suggested", "Voorstel"},
      {"suggestion.col_planner", "Inplanting van de planner"},
      {"suggestion.row_cost", "Kosten"},
      {"suggestion.row_barriers", "Barrièrelijnen"},
      {"suggestion.row_adequate", "Kruispunten afdoende volgens certificering"},
      {"suggestion.row_exposed",
       "Blootgestelde personen (meest blootgestelde klasse per aanrijroute, opgeteld)"},
      {"suggestion.row_fire", "Deel van het evenemententerrein dat de brandweer niet bereikt"},
      {"suggestion.of", "{0} van {1}"},
      {"suggestion.without_cost", "({0} lijnen zonder kostprijs)"},
      {"suggestion.compare_note",
       "Beide inplantingen worden met dezelfde aanrijanalyse en dezelfde analyse van de "
       "brandweertoegang "
       "beoordeeld. De kosten van de planner zijn de som van de cost_eur in de inplanting."},
      {"suggestion.bill_caption", "Meetstaat"},
      {"suggestion.col_product", "Product"},
      {"suggestion.col_count", "Aantal"},
      {"suggestion.col_unit_price", "Eenheidsprijs"},
      {"suggestion.col_total", "Totaal"},
      {"suggestion.col_price_source", "Bron van de prijs"},
      {"suggestion.total", "Totaal"},
      {"suggestion.crossings_caption", "Per kruispunt: welke lijn het beschermt en waarom"},
      {"suggestion.col_crossing", "Kruispunt"},
      {"suggestion.col_verdict", "Oordeel (slechtste klasse)"},
      {"suggestion.col_line", "Lijn"},
      {"suggestion.col_why", "Waarom"},
      {"suggestion.col_exposed", "Blootgestelde personen"},
      {"suggestion.unprotectable",
       "geen geprijsd product op een kandidaatlijn houdt hier elke aanloop tegen"},
      {"suggestion.crossings_note",
       "Het oordeel is dat van de aanrijanalyse op de voorgestelde inplanting; blootgestelde "
       "personen telt de "
       "menigte in het pad van het voertuig waar het oordeel niet afdoende is (een modelaanname)."},
      {"suggestion.pareto_caption",
       "Kosten tegenover personen die blootgesteld blijven (het budget volstaat niet voor "
       "volledige bescherming)"},
      {"suggestion.col_cost", "Kosten"},
      {"suggestion.col_approaches", "Beschermde aanrijroutes"},
      {"suggestion.pareto_note",
       "Elk punt is de laagste kostprijs waarbij niet meer personen blootgesteld blijven; het "
       "budget koopt het "
       "laatste punt dat erbinnen valt."},
      {"suggestion.caveat_title", "Een vertrekpunt, geen ontwerp"},
      {"suggestion.caveat",
       "Prijzen zijn illustratief of aannames, zoals de meetstaat per product vermeldt; een "
       "certificering geldt "
       "voor één enkele aanrijding; funderingen, nutsleidingen en het gebruik van de straat moet "
       "de ontwerper "
       "nagaan."},
      // Leefbaarheid en geluid (issue 18): octaafbanden, bewoners te informeren, locatie en
      // kalender.
      {"assumption.assess.noise_octave",
       "Geluid: ISO 9613-2 algemene methode in octaafbanden 63 Hz–8 kHz, het geluidsvermogen van "
       "het podium "
       "verdeeld volgens een muziekspectrum (ISO 717-1 spectrum nr. 2, te vervangen in het "
       "profiel); bodemfactor "
       "uit het bodemgebruik op de kaart (gras en parken poreus, water en verharding hard), {0} "
       "waar de kaart niets "
       "toont; gebouwen schermen af met platte daken op hun gekarteerde of standaardhoogte; "
       "gevelpunten krijgen {1} "
       "voor de weerkaatsing op de gevel; ontvangers die in een gebouw getekend zijn, worden naar "
       "de gevel "
       "verplaatst; tijdelijke constructies schermen niet af."},
      {"assumption.residents.estimate",
       "Bewoners: woningen per gebouw geschat uit building:flats, het gebouwtype, of voor gebouwen "
       "met onbekend "
       "gebruik uit grondvlak × bouwlagen ÷ {0} en het bodemgebruik (gemengde binnenstad waar "
       "niets gekarteerd is: "
       "woningen boven een winkel op het gelijkvloers); {1} van de {2} gebouwen in de bewonerszone "
       "hebben geen "
       "gekend gebruik op de kaart, met naar schatting {3} woningen. Eén huishouden per woning."},
      {"assumption.location.illustrative",
       "De voorwaarden en de evenementenkalender van {0} zijn een voorbeeld: een illustratie van "
       "een "
       "locatiefiche van een stad, niet de eigen regels van de stad."},
      {"criterion.residents_data", "Kaartdekking van de bewoners"},
      {"criterion.residents_data.unit", "aandeel gebouwen met onbekend gebruik"},
      {"criterion.location_rules", "Voorwaarden van de locatie"},
      {"criterion.location_rules.unit", "regels overtreden"},
      {"absent.no_location", "het scenario noemt geen locatievoorwaarden"},
      {"headline.residents",
       "Te informeren bewoners: {0} gebouwen, ongeveer {1} huishoudens binnen {2} of boven de "
       "geluidsnorm."},
      {"headline.residents.coverage_poor",
       "Te informeren bewoners: {0} gebouwen, ongeveer {1} huishoudens binnen {2} of boven de "
       "geluidsnorm — een schatting: de kaart geeft voor {3} van de gebouwen geen gebruik."},
      {"headline.location",
       "{0}: {1} evenementen dit jaar; dit evenement overtreedt {2} van de regels ({3} "
       "overtredingen in het jaar)."},
      {"assess.noise_model", "Rekenmodel"},
      {"assess.noise_moved", "Ontvangers uit een gebouw verplaatst"},
      {"residents.title", "Te informeren bewoners"},
      {"residents.what",
       "De organisator schrijft de buurtbewoners aan: elk gebouw met woningen of een adres binnen "
       "{0} m van de "
       "perimeter, en elk gebouw met een gevel boven de geluidsnorm. De lijst staat in "
       "residents.csv en in de laag "
       "\u2068assess_residents_to_inform\u2069."},
      {"residents.to_inform", "Gebouwen op de bewonersbrief-lijst"},
      {"residents.households", "Huishoudens (één per geschatte woning)"},
      {"residents.dwellings_untagged", "Waarvan in gebouwen met onbekend gebruik"},
      {"residents.addresses", "Gebouwen met een huisnummer op de kaart"},
      {"residents.over_limit", "Gebouwen met een gevel boven de geluidsnorm"},
      {"residents.buildings", "Gebouwen in de zone"},
      {"residents.unknown_share", "Aandeel gebouwen met onbekend gebruik (kaartdekking)"},
      {"residents.coverage_title", "De kaart zegt niet wie hier woont"},
      {"residents.coverage_poor",
       "{0} % van de {1} gebouwen in de zone is enkel als gebouw getagd, zonder gebruik of adres. "
       "Hun {2} woningen "
       "zijn een schatting uit grondvlak, bouwlagen en bodemgebruik; toets de lijst aan het "
       "adressenregister van de "
       "stad voor de brieven vertrekken."},
      {"residents.table_caption", "De bewonersbrief-lijst (eerste rijen, per straat)"},
      {"residents.street", "Straat"},
      {"residents.number", "Nr."},
      {"residents.dwellings", "Woningen"},
      {"residents.method", "Geschat uit"},
      {"residents.facade", "Gevelniveau"},
      {"residents.no_address", "(geen adres op de kaart)"},
      {"residents.near", "bij {0}"},
      {"residents.more", "nog {0} in residents.csv"},
      {"residents.method_rule",
       "Woningen: building:flats waar getagd; een huis 1; appartementen bouwlagen × grondvlak ÷ "
       "vloeroppervlak per "
       "woning; een gebouw met adres en zonder type, de bouwlagen boven het gelijkvloers; een "
       "gebouw met onbekend "
       "gebruik volgens het bodemgebruik. Methode en bronnen in docs/liveability.md."},
      {"residents.method.flats", "building:flats"},
      {"residents.method.house", "huis"},
      {"residents.method.apartments", "appartementen: bouwlagen × grondvlak"},
      {"residents.method.address_mixed", "adres: bouwlagen boven de winkel"},
      {"residents.method.land_use", "bodemgebruik (schatting)"},
      {"residents.method.assumed_mixed", "geen gebruik op de kaart (schatting)"},
      {"residents.method.other_use", "ander gebruik"},
      {"residents.method.too_small", "te klein voor een woning"},
      {"residents.method.too_large", "te groot voor woningen (een hal)"},
      {"location.title", "De locatie: {0}"},
      {"location.illustrative_title", "Illustratief"},
      {"location.illustrative",
       "Deze voorwaarden en deze kalender zijn een voorbeeld van een locatiefiche en een "
       "evenementenkalender van "
       "een stad, opgesteld voor het meegeleverde scenario: het zijn niet de eigen regels of "
       "evenementen van de stad."},
      {"location.period_limit", "Gevelnorm, {0} ({1}–{2})"},
      {"location.latest_end", "Uiterste einduur"},
      {"location.no_rule", "geen regel"},
      {"location.max_year", "Hoogstens evenementen per jaar"},
      {"location.max_month", "Hoogstens evenementen per maand"},
      {"location.max_weekends", "Hoogstens weekends na elkaar"},
      {"location.letter_radius", "Bewonersbrief binnen"},
      {"location.source", "Bron"},
      {"location.year_title", "Het jaar op deze locatie"},
      {"location.events", "Evenementen dit jaar, dit meegerekend"},
      {"location.month_most", "Meeste evenementen in één maand"},
      {"location.weekends_row", "Meeste weekends na elkaar"},
      {"location.over_level", "Boven {0} dB(A) aan de gevels"},
      {"location.days_nights", "{0} dagen, waarvan {1} tot in de nacht"},
      {"location.calendar_caption", "De evenementenkalender van {0}"},
      {"location.event", "Evenement"},
      {"location.when", "Wanneer"},
      {"location.facade", "Gevel"},
      {"location.breaks", "Overtreden regels"},
      {"location.breach.max_events_per_month", "evenement {0} in {2} (hoogstens {1})"},
      {"location.breach.max_events_per_year", "evenement {0} van het jaar (hoogstens {1})"},
      {"location.breach.max_consecutive_weekends",
       "weekend {0} na elkaar vanaf {2} (hoogstens {1})"},
      {"location.breach.latest_end", "eindigt {0} min na het uiterste einduur ({2})"},
      {"location.breach.facade_limit", "{0} dB(A) aan de gevel, norm {1} ({2})"},
      {"location.this_event", "{0} (dit evenement)"},
      {"location.no_breach", "geen"},
      {"location.rule",
       "Evenementen worden in kalendervolgorde geteld: het evenement dat over een regel gaat, "
       "wordt genoemd. Een "
       "weekend telt wanneer een evenement een zaterdag of zondag bevat. Het gevelniveau van dit "
       "evenement is het "
       "hoogste aan een woning."},
      {"liveability.days_span", "{0} – {1} ({2} dagen), {3}"},
      {"assumption.ramming.run_up_bound",
       "Aanlopen beginnen stilstaand binnen {1} van de perimeter en zijn ten hoogste {0} lang ({2} "
       "keer die afstand: stadsstraten bereiken een plek via 1,2 tot 1,4 keer de rechte lijn, "
       "Ballou, Rahardja en Sakai 2002); van aanlopen die een plek bereiken met minder dan {3} "
       "verschil wordt de eerst gevonden aanloop, over de minste straten, behouden, zodat geen "
       "omweg of rondje rond een bouwblok de aanloop wordt voor een fractie van een km/u. "
       "Snelheden liggen binnen {3} van het onbegrensde maximum."},
      // Aangevuld: de rest van de Engelse tabel (issue 13: geen Engelse zin meer in het Nederlandse
      // verslag)
      {"value.none", "(geen)"},
      {"date.long", "{0} {1} {2}"},
      {"date.hours", "{0}–{1}"},
      {"date.hours_on", "{0}: {1}–{2}"},
      {"figure.scenario.name", "Naam van het scenario"},
      {"figure.scenario.crs", "Coördinatenstelsel"},
      {"figure.event.name", "Naam van het evenement"},
      {"figure.event.type", "Soort evenement"},
      {"figure.event.days", "Aantal evenementdagen"},
      {"figure.event.attendance_peak", "Verwacht piekaantal bezoekers"},
      {"figure.event.alcohol", "Schenken van alcohol"},
      {"figure.layout.perimeter_area_m2", "Oppervlakte binnen de perimeter"},
      {"figure.layout.emergency_gates", "Doorgangen voor hulpdiensten"},
      {"figure.map.road_edges", "Wegvakken in de kaart"},
      {"figure.map.buildings", "Gebouwen in de kaart"},
      {"figure.map.open_areas", "Open pleinen in de kaart"},
      {"figure.map.vehicle_passable_km", "Berijdbare straten"},
      {"doc.running_foot",
       "Agora {0} · opgemaakt {1} · advies: de veiligheidscel en de bevoegde overheid beslissen"},
      {"doc.running_foot_undated",
       "Agora {0} · advies: de veiligheidscel en de bevoegde overheid beslissen"},
      {"table.figure", "Cijfer"},
      {"table.value", "Waarde"},
      {"table.key", "Sleutel (summary.json)"},
      {"table.name", "Naam"},
      {"table.id", "Id"},
      {"table.item", "Onderdeel"},
      {"cover.type", "Soort"},
      {"cover.alcohol", "Schenken van alcohol"},
      {"cover.amplified_music", "Versterkte muziek"},
      {"cover.events_here", "Evenementen op deze locatie dit jaar"},
      {"cover.scenario", "Scenario"},
      {"cover.profile", "Profiel (rechtsgebied)"},
      {"cover.generated", "Verslag opgemaakt"},
      {"cover.risk_event_yes", "Risico-evenement"},
      {"cover.risk_event_yes_detail",
       "Belgisch risico-evenement (KB 16 februari 2006, omzendbrief NPU-4): een multidisciplinaire "
       "risicoanalyse is vereist"},
      {"cover.risk_event_no", "Geen risico-evenement"},
      {"cover.risk_event_no_detail",
       "Geen Belgisch risico-evenement volgens de regels van het profiel; de overheid kan anders "
       "beslissen"},
      {"cover.disciplines_all",
       "te bepalen: voor een risico-evenement politie (D3), brandweer (D1), medische hulpverlening "
       "(D2) en "
       "noodplanning (D5), met het OCAM wanneer een terroristische dreiging speelt"},
      {"cover.override", "Afwijking door de ambtenaar"},
      {"cover.not_assessed_detail",
       "Voor deze berekening is geen classificatie bepaald (de vergunningsbeoordeling is niet "
       "uitgevoerd): "
       "de Nederlandse klasse A/B/C en de vraag naar een Belgisch risico-evenement blijven open"},
      {"cover.scorecard_not_assessed",
       "Niet beoordeeld: de leefbaarheidstoets vraagt de vergunningsbeoordeling."},
      {"cover.headline", "Kerncijfers"},
      {"cover.scope_title", "Wat dit verslag is"},
      {"cover.scope",
       "Een adviserende analyse van het inplantingsplan voor het vergunningsdossier en de "
       "multidisciplinaire "
       "veiligheidscel. Hier berekend: {0}. De cijfers zijn maar zo goed als de kaart, het "
       "inplantingsplan en "
       "de tabellen in het deel over de aannames; de bevoegde overheid en de disciplines "
       "beslissen."},
      {"cover.no_analyses", "enkel het terrein en de inplanting (geen analyse uitgevoerd)"},
      {"event_type.market", "Markt"},
      {"event_type.concert", "Concert"},
      {"event_type.festival", "Festival"},
      {"event_type.sports", "Sportevenement"},
      {"event_type.fair", "Beurs"},
      {"event_type.procession", "Stoet"},
      {"event_type.fun_fair", "Kermis"},
      {"event_type.gathering", "Samenkomst"},
      {"event_type.other", "Ander"},
      {"layout.intro",
       "Het inplantingsplan zoals ingediend, getekend op het stadsmodel: de beschermde perimeter, "
       "de zones "
       "voor publiek, kramen en constructies, uitgangen, geplande voertuigbarrières, doorgangen en "
       "opstelplaatsen voor de brandweer en meetpunten voor geluid."},
      {"layout.map_caption", "De inplanting op gebouwen en straten (straatbreedtes op schaal)."},
      {"layout.key_facts", "Kerngegevens"},
      {"layout.figures_caption", "Cijfers van het scenario (zoals in summary.json)"},
      {"layout.perimeter_area", "Oppervlakte binnen de perimeter"},
      {"layout.crowd_zones", "Zones voor publiek"},
      {"layout.exits", "Uitgangen"},
      {"layout.exits_value", "{0}, samen {1} vrije breedte"},
      {"layout.stalls_structures", "Kramen / constructies"},
      {"layout.stages", "Podia"},
      {"layout.barriers", "Geplande voertuigbarrières"},
      {"layout.gates_access", "Doorgangen / opstelplaatsen hulpdiensten"},
      {"layout.receivers", "Meetpunten geluid"},
      {"layout.zones_caption", "Zones voor publiek"},
      {"layout.area", "Oppervlakte"},
      {"layout.density", "Dichtheid"},
      {"layout.persons", "Personen"},
      {"layout.profile_density", "profiel"},
      {"layout.exits_caption", "Uitgangen (nooduitgangen)"},
      {"layout.width", "Breedte"},
      {"layout.emergency_only", "Enkel nooduitgang"},
      {"layout.unlocked", "Niet op slot"},
      {"layout.outward", "Draait naar buiten"},
      {"layout.closed", "Gesloten"},
      {"layout.barriers_caption", "Geplande voertuigbarrières en doorgangen voor hulpdiensten"},
      {"layout.type", "Soort"},
      {"layout.rating", "Certificering"},
      {"layout.gap", "Vrije opening"},
      {"layout.cost", "Kostprijs"},
      {"layout.unrated", "niet gecertificeerd"},
      {"layout.continuous", "doorlopend"},
      {"layout.emergency_gate", "doorgang hulpdiensten"},
      {"layout.total", "Totaal"},
      {"layout.inventory_caption", "Overige onderdelen van de inplanting"},
      {"layout.kind", "Soort"},
      {"layout.detail", "Toelichting"},
      {"layout.limit", "norm {0} dB(A)"},
      {"kind.perimeter", "perimeter"},
      {"kind.stage", "podium"},
      {"kind.structure", "constructie"},
      {"kind.stall", "kraam"},
      {"kind.access_point", "opstelplaats hulpdiensten"},
      {"kind.receiver", "meetpunt"},
      {"barrier_type.bollard", "paaltjes"},
      {"barrier_type.road_blocker", "wegblokker"},
      {"barrier_type.water_filled", "watergevulde elementen"},
      {"barrier_type.concrete_block", "betonblokken"},
      {"barrier_type.mobile_barrier", "mobiele barrière"},
      {"barrier_type.gate", "poort"},
      {"map.north", "N"},
      {"map.open_area", "Plein / voetgangersgebied"},
      {"map.building", "Gebouw"},
      {"map.building_residential", "Gebouw met woningen"},
      {"map.street", "Straat (berijdbaar)"},
      {"map.footway", "Voetpad"},
      {"map.map_barrier", "Bestaand paaltje of bestaande muur (kaart)"},
      {"map.crowd_zone", "Zone voor publiek"},
      {"map.stall", "Kraam"},
      {"map.structure", "Constructie (bar, tent, ...)"},
      {"map.perimeter", "Perimeter van het evenement"},
      {"map.exit", "Uitgang"},
      {"map.exit_emergency", "Nooduitgang"},
      {"map.exit_closed", "Uitgang gesloten in deze variant"},
      {"map.barrier_rated", "Voertuigbarrière (gecertificeerd)"},
      {"map.barrier_unrated", "Voertuigbarrière (niet gecertificeerd)"},
      {"map.emergency_gate", "Doorgang hulpdiensten"},
      {"map.stage", "Podium (geluidsbron)"},
      {"map.access_point", "Opstelplaats brandweer"},
      {"map.receiver", "Meetpunt geluid (gevel)"},
      {"generic.note_title", "Algemene weergave"},
      {"generic.note",
       "Deze analyse wordt in haar algemene vorm getoond: elk cijfer dat ze berekende, elk van "
       "haar "
       "kaartlagen en rasters, haar aannames en waarschuwingen."},
      {"generic.figures", "Cijfers"},
      {"generic.figures_caption", "Cijfers van {0}"},
      {"generic.layer_heading", "Laag {0}"},
      {"generic.layer_caption", "Kaart van de laag {0} op het terrein."},
      {"generic.layer_empty", "Deze laag heeft geen objecten."},
      {"generic.layer_table", "Laag {0}: {1} objecten"},
      {"generic.layer_more", "Nog {0} objecten staan in results.gpkg."},
      {"generic.layer_more_fields", "Nog {0} velden van elk object staan in results.gpkg."},
      {"generic.raster_heading", "Raster {0}"},
      {"generic.assumptions", "Modelaannames"},
      {"generic.warnings", "Waarschuwingen"},
      {"analysis.ramming.what",
       "Voertuigdynamica-analyse volgens ISO 22343-2:2023 §9.2: elke route die een voertuig naar "
       "de "
       "perimeter kan nemen, de hoogste snelheid die elke voertuigklasse daar haalt, haar energie, "
       "het "
       "oordeel over de barrière die ze treft en de personen die erachter blootgesteld zijn."},
      {"analysis.assess.what",
       "Capaciteit en ontruiming, bereikbaarheid voor de brandweer, geluid aan de gevels, de "
       "leefbaarheidstoets, de risicomatrix en de classificatie."},
      {"compare.intro",
       "Hetzelfde evenement in elke variant van de inplanting (keuzes van barrières, gesloten "
       "uitgangen): de "
       "cijfers die tussen de varianten beslissen, één kolom per variant."},
      {"compare.caption", "Vergelijking van de varianten"},
      {"compare.item", "Cijfer"},
      {"compare.barriers", "Voertuigbarrières (gecertificeerd)"},
      {"compare.barriers_value", "{0} ({1} gecertificeerd)"},
      {"compare.barrier_cost", "Kostprijs barrières"},
      {"compare.map_caption", "Variant {0}: inplanting en barrières."},
      {"assumptions.intro",
       "Waarop de cijfers in dit verslag steunen: de gebruikte gegevenstabellen en het profiel, de "
       "modelaannames van elke analyse en de precieze invoerbestanden (met hun "
       "SHA-256-controlegetal), zodat "
       "de berekening herhaald en nagekeken kan worden."},
      {"assumptions.tables", "Tabellen en profiel"},
      {"assumptions.profile", "Profiel (drempels, gewichten, beleid)"},
      {"assumptions.vehicles", "Tabel van de voertuigklassen"},
      {"assumptions.catalogue", "Catalogus van barrières"},
      {"assumptions.crs", "Coördinatenstelsel"},
      {"assumptions.builtin", "ingebouwd: {0}"},
      {"assumptions.placeholder_title", "Voorlopige waarden"},
      {"assumptions.placeholder",
       "Waarden gemerkt als voorlopig (bijvoorbeeld de versnellingen van bestelwagens en "
       "vrachtwagens) komen "
       "uit secundaire bronnen tot officiële NPSA/JRC/ISO-gegevens geladen zijn; waarden gemerkt "
       "als beleid "
       "zijn lokale keuzes van het profiel. Beide kunnen door een bestand vervangen worden zonder "
       "Agora te "
       "wijzigen."},
      {"assumptions.modelling", "Modelaannames"},
      {"assumptions.none", "Geen enkele analyse vermeldde modelaannames in deze berekening."},
      {"assumptions.out_of_scope_title", "Buiten het bestek"},
      {"assumptions.vads",
       "Herhaaldelijk inrijden (UK VADS) valt buiten een certificering voor één enkele aanrijding: "
       "de "
       "oordelen over de barrières gelden voor één aanrijding, met de getoonde snelheid en hoek."},
      {"assumptions.provenance", "Invoerbestanden en versie"},
      {"assumptions.provenance_caption", "Herkomst van dit verslag"},
      {"provenance.agora_version", "Versie van Agora"},
      {"provenance.map", "Kaartbestand"},
      {"provenance.map_sha256", "SHA-256 van het kaartbestand"},
      {"provenance.crs", "Coördinatenstelsel"},
      {"provenance.scenario", "Scenario"},
      {"provenance.scenario_file", "Scenariobestand"},
      {"provenance.scenario_sha256", "SHA-256 van het scenariobestand"},
      {"provenance.profile", "Profiel"},
      {"provenance.layout_n", "Inplantingsbestand {0}"},
      {"provenance.layout_n_sha256", "SHA-256 van inplantingsbestand {0}"},
      {"provenance.attribution", "Kaartgegevens"},
      // Uitspraken van de analyse voertuigramming (sim/vehicle/ramming_output.cpp)
      {"assumption.ramming.zones_from_perimeter",
       "De inplanting heeft geen zones voor publiek: de hele perimeter geldt als één zone, met {0} "
       "personen/m²."},
      {"assumption.ramming.vehicles_placeholder",
       "De versnellingen daarin zijn voorlopige waarden (bereiken voor een vijandige bestuurder "
       "uit secundaire "
       "bronnen) tot officiële NPSA/JRC/ISO-curves geladen worden met --vehicles."},
      {"assumption.ramming.speed_bands",
       "Snelheden zijn banden: van het gewone voertuig van elke klasse (a_min in een tabel met "
       "constante versnellingen) met slipwrijving f = {0} tot het krachtige (a_max) met f = {1}; "
       "oordelen en blootstelling gebruiken de bovengrens. Een aanloop vertrekt vanuit stilstand, "
       "overal binnen {2} van de perimeter; een dader negeert het verkeersreglement "
       "(eenrichtingsstraten, voetgangerszones, pleinen), enkel de fysica houdt hem tegen: "
       "gebouwen, muren, paaltjes en monumenten in de kaart, trappen, wegen smaller of lager dan "
       "het voertuig, en doorgangen onder gebouwen en arcaden die hun kenmerken niet openstellen."},
      {"assumption.ramming.corners",
       "Snelheid in bochten: v = sqrt(f·g·r) met r de straal van de ideale lijn door de bocht "
       "volgens de "
       "straatbreedtes (docs/ramming.md); op open pleinen rijdt het voertuig in rechte lijnen "
       "tussen "
       "straatmonden, hoeken en doorsteekpunten, en een bocht benut de vrije ruimte rond het "
       "draaipunt."},
      {"assumption.ramming.barriers",
       "Barrières worden beoordeeld waar de aanloop ze treft (voertuigdynamica-analyse volgens ISO "
       "22343-2); een "
       "certificering voldoet enkel voor een testvoertuig van dezelfde of een zwaardere klasse, "
       "met een geteste "
       "snelheid van minstens de dreigingssnelheid + {0} km/u, binnen {1} van de geteste hoek, met "
       "penetratie en "
       "brokstukken binnen de afstand tot de menigte; een gelijke energie alleen vraagt enkel een "
       "deskundige "
       "toets. Openingen ≥ de voertuigbreedte of > {2} zijn passeerbaar. Watergevulde elementen, "
       "verkeersbarrières en geïmproviseerde afsluitingen gelden als niet gecertificeerd. "
       "Doorgangen voor "
       "hulpdiensten worden gesloten beoordeeld."},
      {"assumption.ramming.ratings",
       "Certificeringen komen uit de inplanting of uit de catalogus van barrières ({0}): "
       "gepubliceerde opgaven, "
       "geen certificaten. Eén enkele aanrijding wordt beoordeeld; herhaaldelijk inrijden (UK "
       "VADS) valt buiten "
       "het bestek."},
      {"assumption.ramming.ratings_builtin",
       "Certificeringen komen uit de inplanting of uit de catalogus van barrières (ingebouwd "
       "bestand {0}): "
       "gepubliceerde opgaven, geen certificaten. Eén enkele aanrijding wordt beoordeeld; "
       "herhaaldelijk inrijden "
       "(UK VADS) valt buiten het bestek."},
      {"headline.ramming.crossings",
       "{0} doorsteekpunten op {1} aanrijroutes; slechtste oordeel: {2} onbeschermd, {3} opening "
       "passeerbaar, {4} "
       "onvoldoende, {5} enkel energie-equivalent, {6} voldoet volgens certificering"},
      {"headline.ramming.fastest",
       "snelst: {0} {1} km/u bij {2} (doorsteek {3}, {4}); meeste blootgestelde personen: {5}, {6} "
       "{7} km/u bij {8} "
       "(doorsteek {9}, {10})"},
      {"headline.ramming.vehicles", "voertuigklassen uit {0} ({2}){1}"},
      {"headline.ramming.vehicles_builtin",
       "voertuigklassen uit het ingebouwde bestand {0} ({2}){1}"},
      {"headline.ramming.placeholder", " (voorlopige versnellingen)"},
      {"statement.nothing", ""},
      // Uitspraken van de crowdsimulatie (sim/crowd/agents/crowd_run.cpp,
      // gis/crowd/crowd_outputs.cpp)
      {"assumption.crowd.model",
       "Personen bewegen volgens het botsingsvrije snelheidsmodel (Tordeux, Chraibi & Seyfried "
       "2016) met de "
       "standaardparameters van JuPedSim, tijdstap {0} s; muren buigen de beweging af in plaats "
       "van af te stoten."},
      {"assumption.crowd.speeds",
       "Gewenste wandelsnelheden volgens de leeftijdsgroepen van Weidmann zoals getabelleerd voor "
       "RiMEA-test 7; "
       "lichaamsbreedte {0}."},
      {"assumption.crowd.walkable",
       "Beloopbare ruimte: het terrein binnen de perimeter min gebouwen, kramen, constructies, "
       "podia en "
       "barrièrelijnen, op een raster van {0}; uitgangen zijn openingen in de perimeterlijn."},
      {"assumption.crowd.density",
       "De lokale dichtheid telt de personen binnen {0} rond elke cel van {1}, gemeten om de {2} "
       "s; "
       "serviceniveau volgens Fruin ({3})."},
      {"assumption.crowd.agents_attendance",
       "{0} gesimuleerde personen: het verwachte piekaantal bezoekers, verdeeld over de zones voor "
       "publiek naar "
       "hun capaciteit (beloopbare oppervlakte × dichtheid)."},
      {"assumption.crowd.agents_given",
       "{0} gesimuleerde personen zoals opgegeven, verdeeld over de zones voor publiek naar hun "
       "capaciteit "
       "(beloopbare oppervlakte × dichtheid)."},
      {"assumption.crowd.agents_zone_density",
       "{0} gesimuleerde personen: de dichtheid van elke zone voor publiek (of de "
       "planningsdichtheid van het "
       "profiel) × haar beloopbare oppervlakte; het evenement geeft geen piekaantal bezoekers op."},
      {"assumption.crowd.premovement",
       "Reactietijd gelijk verdeeld tussen {0} en {1} s; elke persoon kiest de uitgang die het "
       "snelst is volgens "
       "wandelafstand plus de wachtrij ervoor, en herbekijkt die keuze om de {2} s."},
      {"headline.crowd.circulation", "{0} gesimuleerde personen, rondwandelen: {1} s gesimuleerd"},
      {"headline.crowd.egress_done",
       "{0} gesimuleerde personen, ontruiming: iedereen buiten na {1} s"},
      {"headline.crowd.ingress_done",
       "{0} gesimuleerde personen, instroom: iedereen op zijn plaats na {1} s"},
      {"headline.crowd.egress_remaining",
       "{0} gesimuleerde personen, ontruiming: nog {1} binnen na {2} s (tijdslimiet)"},
      {"headline.crowd.ingress_remaining",
       "{0} gesimuleerde personen, instroom: nog {1} onderweg na {2} s (tijdslimiet)"},
      {"headline.crowd.density",
       "hoogste lokale dichtheid {0} personen/m²; {1} plaatsen boven de drempels"},
      // Waarschuwingen van de analyses (Problem::said)
      {"warning.field", "veld '{0}'"},
      {"warning.crowd.walled_in",
       "{0} van de zone is ingesloten (geen weg naar een uitgang): daar wordt niemand geplaatst"},
      {"warning.crowd.time_limit",
       "{0} van de {1} gesimuleerde personen waren niet klaar bij de tijdslimiet van {2} s"},
      {"warning.access.gate_at_limit",
       "de doorgang voor de hulpdiensten is {0} breed, precies de {1} die de brandweer nodig "
       "heeft: geen marge "
       "voor een paal of een geparkeerde wagen"},
      {"warning.mobility.subway_inside",
       "een trappenhuis binnen de perimeter op ({0}, {1}): hier stappen mensen de menigte in en "
       "uit; houd de "
       "trapmond vrij (een wachtruimte) of sluit de toegang in overleg met de vervoermaatschappij"},
      {"figure.ramming.people_exposed_max", "Blootgestelde personen (meeste aan één doorsteek)"},
      {"figure.assess.event.attendance_peak", "Piekaantal bezoekers"},
      {"figure.assess.mobility.households", "Huishoudens binnen de buurtafstand"},
      {"figure.scenario.profile", "Profiel"},
      {"figure.layout.crowd_zones", "Zones voor publiek"},
      {"figure.layout.exits", "Uitgangen"},
      {"figure.layout.stalls", "Kramen"},
      {"figure.layout.structures", "Constructies"},
      {"figure.layout.stages", "Podia"},
      {"figure.layout.barriers", "Geplande voertuigbarrières"},
      {"warning.noise.receiver_moved",
       "het meetpunt ligt in gebouw {0}; verplaatst over {1} naar de dichtstbijzijnde gevel"},
      {"unit.persons_m2", "personen/m²"},
      {"unit.persons", "personen"},
      {"unit.people", "personen"},
      {"unit.persons_m_min", "personen/m/min"},
      {"unit.kmh", "km/u"},
      {"noise.why.night", "{0} loopt van {1} tot {2}, tot in de nacht (vanaf {3})"},
      {"noise.why.day", "elke evenementdag eindigt vóór {0}"},
      {"assumption.ramming.vehicles_builtin",
       "Voertuigklassen uit het ingebouwde bestand {0}, optrekkend volgens {1}: a(v) = "
       "min(aandeel·f·g, η·P/(m·v)) − ½·ρ·C_d·A·v²/m − C_rr·g − g·sin(helling) voor een gewoon en "
       "een krachtig voertuig per klasse (de twee uiteinden van de snelheidsband), topsnelheid uit "
       "de vermogensbalans of de snelheidsbegrenzer van 90 km/u voor N2/N3-vrachtwagens (Richtlijn "
       "92/6/EEG, gewijzigd bij 2002/85/EG); remmen b = f·g voor elke bocht; een aanloop begint in "
       "rust binnen de zoekstraal, buiten de barrièrelijnen en nergens in een tunnel."},
      {"vehicle.models.physics", "fysica voor elke klasse"},
      {"vehicle.models.mixed",
       "fysica, een geladen curve of constante versnellingen per klasse, zoals de voertuigtabel "
       "aangeeft"},
  };
  return table;
}

}  // namespace agora::report
