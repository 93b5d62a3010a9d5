#pragma once
// The assessment and ranking of housing opportunity sites of the algorithm
// dementiafriendly:housingopportunities: candidate sites (existing buildings or complexes, vacant plots)
// assessed for each housing concept of a SiteProfile (siteprofile.h), e.g. Thuisplusflat, clustered housing
// and wonen met een plus. The glue measures each site (walking minutes, need within 500 m, ownership, the
// exclusion layers it falls in) into SiteInput and writes SiteResult back; everything in between is here.
// Plain C++ (no Qt, no QGIS).
//
// How a site is assessed:
//   1. Criteria, the same for every concept: a value (finite, else missing), passed or failed against the
//      profile's pass value, and a sub-score 0..100 on the straight line from bad (0) to good (100),
//      clamped. Every site gets them, eligible or not, so that the table shows why.
//   2. Gates, per concept, in this order: not in an exclusion layer; a site type the concept can use (only
//      when it cannot use both); at least min_homes homes and min_units units (when above 0); owned by a
//      corporation and a shared space (when the concept needs them: the input at least 0.5). A gate whose
//      input is missing is Unknown, and the site is not eligible: the municipality should fill the value in
//      rather than have the plugin guess. When "units" is missing at an existing site, its "homes" stand in:
//      the units of an existing complex are its homes.
//   3. An eligible site's score for a concept is the weighted mean of the sub-scores it has, with the
//      concept's weights: a missing criterion's weight goes to the others in proportion to theirs. Empty
//      when it has none of them: never 0 for "no data". Criteria with weight 0 for the concept, or that no
//      site of the layer has, do not count.
//   4. rank: per concept among the scored sites of the same group (the glue passes the municipality's code;
//      sites with equal groups are ranked together): 1 = best; equal scores (to 1e-9) share a rank
//      (1, 2, 2, 4). A site that is not eligible, or has no score, has no rank.
//   5. The explanation: the first gate that did not pass, or for a scored site the (at most two) passed
//      criteria that earned it most points and the (at most two) failed criteria that cost it most. Stable
//      parts, for the glue to translate; explainSiteInEnglish() renders them for tests and logs.
//
// What holds (and is tested): raising one input of a site in its good direction (a criterion towards good,
// homes, units, corporation or shared space upwards) never makes the site lose eligibility for a concept,
// never lowers its score there and never worsens its rank; other sites' scores do not change. (A profile
// that also scores homes, units, corporation or shared space as a criterion, with lower values better, makes
// the gate and the criterion pull apart; the default scores only corporation, higher better.)

#include "siteprofile.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dfn
{

enum class SiteType
{
  Unknown,
  Existing, //!< an existing building or complex
  Plot      //!< a vacant plot
};

//! One candidate site's inputs.
struct SiteInput
{
  SiteType type = SiteType::Unknown;
  //! Criterion id or gate input (homes, units, corporation, shared_space) -> value. Empty or not finite:
  //! missing at this site. A criterion id that no site of the layer has is missing for the whole layer
  //! (SiteAssessment::absentCriteria). Ids that are neither are reported (unknownInputs) and ignored.
  std::map<std::string, std::optional<double>> values;
  //! Names of the exclusion layers the site falls in (e.g. "Natura 2000"); any one excludes it.
  std::vector<std::string> exclusions;
  std::string group; //!< ranks are within a group: the municipality's code; "" for one group
};

enum class SiteGate
{
  Exclusion,
  SiteType,
  MinHomes,
  MinUnits,
  Corporation,
  SharedSpace
};

enum class GateOutcome
{
  Passed,
  Failed,
  Unknown //!< the input is missing (site type Unknown, or no value)
};

struct GateResult
{
  SiteGate gate = SiteGate::Exclusion;
  GateOutcome outcome = GateOutcome::Passed;
  std::optional<double> value; //!< the site's value for homes, units, corporation, shared space
  double threshold = 0;        //!< min_homes, min_units; 0.5 for corporation and shared space
  std::string layer;           //!< Exclusion, failed: the first exclusion layer the site falls in
};

struct CriterionResult
{
  std::optional<double> value;    //!< finite; empty when missing
  std::optional<bool> passed;     //!< empty when missing
  std::optional<double> subScore; //!< 0..100, empty when missing
};

//! A criterion named in an explanation.
struct SiteReason
{
  size_t criterion = 0; //!< index in SiteProfile::criteria
  double value = 0;
  double subScore = 0;
  //! For: points of the score it earned, share × sub-score; against: points it cost, share × (100 −
  //! sub-score). The share is its weight over the weights of the criteria the site has.
  double points = 0;
};

enum class SiteStatus
{
  Ranked,     //!< eligible, scored and ranked
  Unscored,   //!< eligible, but no counting criterion has a value
  NotEligible //!< a gate failed or is unknown
};

//! The stable parts of the one-line explanation of a site's place for one concept.
struct SiteExplanation
{
  SiteStatus status = SiteStatus::NotEligible;
  std::optional<GateResult> failedGate; //!< NotEligible: the first gate that did not pass
  std::vector<SiteReason> pros;         //!< Ranked: at most two passed criteria, most points first
  std::vector<SiteReason> cons;         //!< Ranked: at most two failed criteria, most points lost first
};

struct ConceptResult
{
  bool eligible = false;
  std::vector<GateResult> gates;    //!< the gates of the concept, in the order of the top of this header
  std::optional<double> score;      //!< 0..100; empty when not eligible or nothing to score
  std::optional<int> rank;          //!< 1 = best in its group
  int rankedInGroup = 0;            //!< the number of ranked sites in the site's group ("rank 2 of 7")
  int criteriaPassed = 0;           //!< of the counting criteria the site has a value for …
  int criteriaCounted = 0;          //!< … how many there are
  std::vector<std::string> missing; //!< ids (profile order) of counting criteria without a value here
  //! The share (0..1) of the score that the missing criteria would have carried: it went to the others. 1
  //! when there is no score.
  double redistributedShare = 0;
  SiteExplanation explanation;
};

struct SiteResult
{
  std::vector<CriterionResult> criteria; //!< per profile criterion (profile order)
  std::vector<ConceptResult> concepts;   //!< per profile concept (profile order)
};

struct SiteAssessment
{
  std::string error; //!< empty on success; then sites has one entry per input site
  std::vector<SiteResult> sites;
  //! Profile criteria with a weight above 0 in some concept that no site has: left out, their weight spread
  //! over the rest.
  std::vector<std::string> absentCriteria;
  std::vector<std::string> unknownInputs; //!< input ids neither a criterion nor a gate input (sorted)
};

//! Assesses and ranks every site (see the top of this header). Errors: the profile does not pass
//! validateSiteProfile(); or for some concept no criterion with a weight above 0 is in the layer, so its
//! weights sum to zero. No sites: no error, nothing assessed.
SiteAssessment assessHousingSites( const SiteProfile &profile, const std::vector<SiteInput> &sites );

//! Stable ids for the glue to translate: exclusion, site_type, min_homes, min_units, needs_corporation,
//! needs_shared_space.
const char *siteGateId( SiteGate gate );

//! The explanation as one English line, e.g. "Thuisplusflat: rank 2 of 7, score 71.3, 6 of 8 criteria
//! passed. For: Walk to the nearest supermarket 3 min. Against: Urgency of its own or a neighbouring area
//! 25 points (needs at least 40)." For tests and logs; the glue builds its translated line from the parts.
std::string explainSiteInEnglish( const SiteProfile &profile, size_t conceptIndex,
                                  const ConceptResult &result );

} // namespace dfn
