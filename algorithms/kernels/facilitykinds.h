#pragma once
// Facility kinds: one name per kind of facility, whatever the data calls it. The value of a facility layer's
// kind field ("Meeting place", "ontmoetingsplek", "community_centre") becomes a field-name stem
// ("meeting_place") and then the plugin's kind, so that every algorithm (walking access, coverage, gaps,
// sites, score, housing) counts the same facilities as the same kind. Plain C++ (no Qt, no QGIS).
//
// Contract
// - kindStem(value): lower-case ASCII letters, digits and single underscores; every other run of characters
//   (spaces, punctuation, accented letters) becomes one "_"; no "_" at either end; "none" for a value with
//   nothing left; "c_" before a leading digit. Not shortened: categoryFieldStems (accesssummary.h) makes the
//   field-length (40) and unique variant.
// - canonicalKind(stem): the plugin's English kind for a known Dutch or OpenStreetMap stem, the stem itself
//   otherwise. Idempotent: canonicalKind(canonicalKind(s)) == canonicalKind(s); every kind it returns for an
//   alias is one of knownKinds().
// - facilityKind(value) = canonicalKind(kindStem(value)).
// - The kinds of the default profile (profiles/default.dfprofile, access domain): profileKinds(), in the
//   order meeting_place, gp, pharmacy, supermarket, bus_stop, park (the meeting place, the plugin's first
//   question, first; walkingaccess writes its fields in this order).
//
// What is deliberately NOT mapped (a wrong match is worse than a missing one): OpenStreetMap "clinic"
// (outpatient and specialist clinics, not a GP), "chemist" (a drugstore, not a pharmacy), "convenience" (not
// a supermarket), "bank" (in OpenStreetMap a bank, in Dutch a bench), "garden" (often private),
// "huisartsenpost" (the out-of-hours service, not one's own GP), "platform" and "station" (trains too).

#include <string>
#include <utility>
#include <vector>

namespace dfn
{

//! The field-name stem of a kind value (see the contract above): "Meeting place" -> "meeting_place".
std::string kindStem( const std::string &value );

//! The plugin's kind for a stem: Dutch and OpenStreetMap names map to the English kinds of the default
//! profile and the comfort indicators ("huisarts", "doctors" -> "gp"; "ontmoetingsplek", "community_centre",
//! "social_centre", "buurthuis", "odensehuis", "dagbesteding" -> "meeting_place"; "bankje" -> "bench"); other
//! stems are kept.
std::string canonicalKind( const std::string &stem );

//! canonicalKind( kindStem( value ) ).
std::string facilityKind( const std::string &value );

//! The kinds the plugin knows: those of profileKinds() and bench, toilet, landmark.
const std::vector<std::string> &knownKinds();

//! The facility kinds the default profile's access indicators use (meeting_place first).
const std::vector<std::string> &profileKinds();

//! The alias stems of a kind (without the kind itself), sorted; empty for a kind without aliases.
std::vector<std::string> aliasesOf( const std::string &kind );

//! A list of kinds as a user types it ("meeting_place, gp; Huisarts"): split at commas, semicolons and
//! line breaks, each part through facilityKind(), empty parts and repeats left out, the order kept.
std::vector<std::string> parseKindList( const std::string &text );

} // namespace dfn
