#pragma once
// Who advises on an event's risks, by code. Belgian emergency planning works in five
// disciplines (KB 16 Feb 2006 on emergency and intervention plans; circular NPU-4 on the
// multidisciplinary risk analysis of events): D1 fire and rescue, D2 medical and psychosocial
// aid, D3 police, D4 civil protection and logistics, D5 information. The authority's emergency
// planning coordinator joins them, and the threat analysis centre (OCAM/CUTA) where a
// terrorist threat is in play. Profiles name disciplines by these codes; the report's string
// tables name them in words.

#include <string_view>

namespace agora::assess::discipline {

inline constexpr const char* kFire = "fire";                         // D1
inline constexpr const char* kMedical = "medical";                   // D2
inline constexpr const char* kPolice = "police";                     // D3
inline constexpr const char* kCivilProtection = "civil_protection";  // D4
inline constexpr const char* kInformation = "information";           // D5
inline constexpr const char* kEmergencyPlanning =
    "emergency_planning";                                          // the authority's coordinator
inline constexpr const char* kThreatAnalysis = "threat_analysis";  // OCAM/CUTA

// The five disciplines in order D1 … D5.
inline constexpr const char* kFive[] = {kFire, kMedical, kPolice, kCivilProtection, kInformation};
// A risk event's multidisciplinary analysis: the five and emergency planning.
inline constexpr const char* kMultidisciplinary[] = {
    kFire, kMedical, kPolice, kCivilProtection, kInformation, kEmergencyPlanning};
inline constexpr const char* kAll[] = {
    kFire, kMedical, kPolice, kCivilProtection, kInformation, kEmergencyPlanning, kThreatAnalysis};

// Whether code is one of kAll.
inline bool is_known(std::string_view code) {
  for (const char* d : kAll)
    if (code == d) return true;
  return false;
}

}  // namespace agora::assess::discipline
