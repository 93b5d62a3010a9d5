#pragma once
// The dementia-friendly neighbourhood score and the urgency index of the algorithm
// dementiafriendly:neighbourhoodscore, for a layer of areas (buurten, wijken, grid cells). The glue reads the
// indicator fields and need inputs into AreaInput and writes AreaScore back; everything in between is here.
// Plain C++ (no Qt, no QGIS).
//
// How an area is scored, with a ScoreProfile (scoreprofile.h):
//   1. Sub-scores 0..100 per indicator. Norms: on the straight line from bad (0) to good (100), clamped.
//      Rank: the percentile rank among the areas of the layer that have a value, ties sharing their mean
//      rank, 0 for the worst and 100 for the best in the direction bad -> good (50 when only one area, or
//      only equal values, have one).
//   2. A domain score is the weighted mean of the sub-scores the area has in that domain: the weights of its
//      missing indicators are spread over the others in proportion to their weights.
//   3. friendly = the mean of the area's access, comfort and housing scores, weighted by domain weight;
//      empty when it has none: never 0 for "no data". Class 1..5 by steps of 20 (friendlyClass()).
//   4. Need. need_people = people with dementia at home + older people living alone, whichever are present;
//      need_density = need_people / km². The density rank (percentile rank as in 1, higher = more need)
//      weighs 1; the social domain score (itself need, not friendliness) weighs its domain weight. need = the
//      weighted mean of the two that are present, so with the default social weight 1 it is their plain
//      mean, and social can pull need down as well as up.
//   5. urgency = need × (100 − friendly) / 100, 0..100: high where many people need a friendly neighbourhood
//      and it is not. urgency_rank 1 = most urgent; equal urgencies (to 1e-9) share a rank (1, 2, 2, 4) and
//      list the lower area index first in urgencyOrder.
//   6. reasons: the (at most three) access, comfort and housing indicators that cost the area most friendly
//      points. An indicator's loss = its effective share of the friendly score (domain share × share within
//      the domain, after redistribution) × (100 − sub-score); all losses of an area add up to 100 − friendly.
//   7. An area known to have no homes (AreaInput::homes == 0: the glue located no home in it) has no
//      friendliness for residents: it is not scored at all. friendly, its class, every domain score, every
//      sub-score, need, urgency and its rank stay empty (AreaScore::noHomes); only needPeople and
//      needDensity, which are facts, are kept. It takes no part in the layer: the Rank sub-scores, the need
//      rank, which indicators count, and so every other area's numbers, are what they would be without it.
//      An area whose homes are not known (no address layer) is scored as usual.
//
// What holds (and is tested):
//   - Norms mode: raising an access, comfort or housing value in its good direction never lowers the area's
//     friendly score, and leaves every other area alone. (In Rank mode the area's own friendly score does not
//     drop either, but other areas' can.) Turning a missing value into a present one is not covered: it
//     changes which weights count.
//   - Need is always a rank. Raising dementia-at-home or living-alone (present values) in one area with a
//     usable km² never lowers that area's need or urgency and never worsens its urgency_rank. Other areas'
//     need and urgency can drop, because they fall behind it in the rank: the index is relative to the layer.

#include "scoreprofile.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dfn
{

enum class ScoreMode
{
  Norms, //!< the profile's bad and good values
  Rank   //!< percentile ranks within the layer; bad and good only give the direction
};

//! One area's inputs.
struct AreaInput
{
  //! Indicator id -> value. An id that no area of the layer has is missing for the whole layer: it is left
  //! out (LayerScore::absentIndicators). An id that other areas have but this one lacks, holds empty, or
  //! holds a value that is not finite, is missing for this area: its weight is redistributed here.
  std::map<std::string, std::optional<double>> indicators;
  std::optional<double> dementiaAtHome; //!< people with dementia living at home (negative = missing)
  std::optional<double> olderAlone;     //!< older people living alone (negative = missing)
  double areaKm2 = 0;                   //!< not above 0 or not finite: no need density
  //! Homes located in the area. Empty (or negative): not known, e.g. without an address layer; the area is
  //! scored. 0: the area has no homes and is not scored (see 7. above).
  std::optional<long long> homes;
};

//! An indicator that pulls the friendly score down.
struct ScoreReason
{
  std::string id;
  double value = 0;    //!< the area's value
  double subScore = 0; //!< 0..100
  double good = 0;     //!< the norm: the profile's good value
  double loss = 0;     //!< friendly points lost: effective share × (100 − subScore), > 0
};

struct AreaScore
{
  //! Per profile indicator (profile order); empty when the indicator does not count (weight 0, domain weight
  //! 0, absent from the layer) or the area has no value.
  std::vector<std::optional<double>> subScores;
  //! Per profile domain (profile order); empty when the area has no scored indicator in it. For social this
  //! is need.
  std::vector<std::optional<double>> domainScores;
  std::optional<double> friendly;    //!< 0..100, empty when no access, comfort or housing value
  std::optional<int> friendlyClass;  //!< 1..5, empty with friendly
  std::optional<double> needPeople;  //!< dementia at home + older alone, whichever are present
  std::optional<double> needDensity; //!< per km²
  std::optional<double> needRank;    //!< percentile rank of needDensity, 0..100
  std::optional<double> need;        //!< 0..100
  std::optional<double> urgency;     //!< 0..100, empty when need or friendly is
  std::optional<int> urgencyRank;    //!< 1 = most urgent
  std::vector<ScoreReason> reasons;  //!< at most three, largest loss first (ties: profile order)
  //! Ids (profile order) of counting indicators, of any domain, without a value in this area.
  std::vector<std::string> missing;
  //! The share (0..1) of the friendly score that the missing access, comfort and housing indicators would
  //! have carried had the area had every indicator of the layer; it went to the indicators present. 1 when
  //! friendly is empty.
  double redistributedShare = 0;
  //! A need input that other areas have (dementia at home, older alone) is missing here: needPeople counts
  //! only part of the people.
  bool needPartial = false;
  //! The area has no homes (AreaInput::homes == 0): nothing is scored, missing and reasons are empty,
  //! redistributedShare is 1; needPeople and needDensity are filled in as for any area.
  bool noHomes = false;
};

struct LayerScore
{
  std::string error; //!< empty on success; then areas has one entry per input area
  std::vector<AreaScore> areas;
  std::vector<size_t> urgencyOrder;     //!< indices of areas with an urgency, most urgent first
  std::vector<size_t> noHomeAreas;      //!< indices of the areas without homes (not scored), in layer order
  std::vector<size_t> scoredIndicators; //!< profile indices of the indicators that count in this layer
  //! Profile ids (profile order) with a weight above 0 in a domain with weight above 0 that no area has: left
  //! out, their weight spread over the rest.
  std::vector<std::string> absentIndicators;
  std::vector<std::string> unknownIndicators; //!< input ids the profile does not know (sorted): ignored
};

//! Scores every area (see the top of this header). Errors: the profile does not pass validateScoreProfile();
//! or no indicator of access, comfort or housing with weight above 0 is in the layer, so that all friendly
//! weights resolve to zero. No areas: no error, nothing scored.
LayerScore scoreNeighbourhoods( const ScoreProfile &profile, const std::vector<AreaInput> &areas,
                                ScoreMode mode );

//! Norms sub-score: 100 (value − bad) / (good − bad), clamped to 0..100. bad != good.
double normScore( double value, double bad, double good );

//! Percentile ranks 0..100 of the finite values (others stay empty): sorted positions 0..n−1, ties sharing
//! their mean position, scaled by 100 / (n − 1); 50 for a single value. Reversed when !\a higherIsBetter.
std::vector<std::optional<double>> percentileScores( const std::vector<std::optional<double>> &values,
                                                     bool higherIsBetter );

//! 1 for friendly below 20, 2 below 40, … 5 from 80 (a score within 1e-9 under a bound counts as reaching
//! it, so that 40 computed as 39.999999999 is still class 3); 0 for a value that is not finite.
int friendlyClass( double friendly );
//! Stable label ids of the classes for the glue to translate: very_low, low, moderate, high, very_high;
//! "" outside 1..5.
const char *friendlyClassId( int friendlyClass );

} // namespace dfn
