#pragma once
// The indicators of the neighbourhood score that are measured, per area, from homes, streets and points: the
// glue locates every home, street piece, junction and point in an area (or -1 outside all of them) and hands
// the area indices here. Plain C++ (no Qt, no QGIS).
//
// Conventions: shares are percentages 0..100; an indicator that an area cannot have (no homes, no street, no
// junction) is empty, never 0, so that the score redistributes its weight instead of punishing the area for
// missing data.

#include "facilitykinds.h" // canonicalKind: the kind an indicator means, for a facility kind stem
#include "streetnetwork.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dfn
{

//! Per area: the percentage of its homes with a distance of at most \a limit metres (an unreached home has
//! distance infinity). Empty for an area without homes. \a homeArea and \a homeDistance run in parallel.
std::vector<std::optional<double>> shareWithin( const std::vector<int32_t> &homeArea,
                                                const std::vector<double> &homeDistance, size_t areaCount,
                                                double limit );

//! Per area: the median distance of its homes (unreached homes count as infinitely far, so the median is
//! infinity when half of them or more are unreached). Empty for an area without homes.
std::vector<std::optional<double>> medianDistance( const std::vector<int32_t> &homeArea,
                                                   const std::vector<double> &homeDistance,
                                                   size_t areaCount );

//! Per area: the percentage of its homes for which \a flag is true, among the homes where it is known (0 or
//! 1; anything else is unknown). Empty for an area without a known home.
std::vector<std::optional<double>> shareTrue( const std::vector<int32_t> &homeArea,
                                              const std::vector<signed char> &flag, size_t areaCount );

//! Step-free proxy for a home from its building (domain notes, 3D BAG): a lift says so directly; without lift
//! information, a building of one storey is step-free and one of five storeys or more (above 12.5 m) must
//! have a lift under the building code. 1 step-free, 0 not, -1 unknown. \a storeys < 1 or \a lift outside
//! {0, 1} count as unknown.
signed char stepFreeProxy( std::optional<double> storeys, std::optional<double> lift );

//! Junctions per area: nodes where three streets meet (T- and forked junctions) and where four or more do
//! (crossroads and complex junctions), counted by the number of street pieces at the node.
struct JunctionCounts
{
  size_t threeWay = 0;
  size_t fourOrMore = 0;
  //! The percentage of three-way junctions among all junctions; empty without junctions.
  std::optional<double> legibleShare() const;
};
std::vector<JunctionCounts> junctionsPerArea( const StreetNetwork &network,
                                              const std::vector<int32_t> &nodeArea, size_t areaCount );

//! Per area: metres of street whose pieces have their midpoint in the area (\a edgeArea, one per edge).
std::vector<double> streetLengthPerArea( const StreetNetwork &network, const std::vector<int32_t> &edgeArea,
                                         size_t areaCount );

//! Per area: how many of the items lie in it.
std::vector<size_t> countPerArea( const std::vector<int32_t> &itemArea, size_t areaCount );

//! \a count per km of \a metres; empty when there is no street.
std::optional<double> perKm( size_t count, double metres );
//! \a count per km² of \a squareMetres; empty when the area has no surface.
std::optional<double> perKm2( size_t count, double squareMetres );

//! What a profile indicator id asks the plugin to measure. An id it does not know is read from an area field.
struct IndicatorRecipe
{
  enum Kind
  {
    ShareWithin,      //!< access.<kind>_<N>m: share of homes within N metres of the kind
    MedianMinutes,    //!< access.<kind>_median_min
    BenchesPerKm,     //!< comfort.benches_per_km
    ToiletsWithin,    //!< comfort.toilets_within_reach: share of homes within 500 m of a public toilet
    LegibleJunctions, //!< comfort.legible_junctions
    LandmarksPerKm2,  //!< comfort.landmarks_per_km2
    StepFree,         //!< housing.step_free
    Corporation,      //!< housing.corporation
    AreaField         //!< anything else (and the social indicators): read from the area layer
  };
  Kind kind = AreaField;
  std::string facilityKind; //!< for ShareWithin and MedianMinutes
  double metres = 0;        //!< for ShareWithin
};
//! The recipe for an indicator id "domain.name".
IndicatorRecipe recipeFor( const std::string &indicatorId );

//! Where an indicator can be read from the area layer, in order of preference. The numerator is a field
//! name, or a name prefix for CBS Kerncijfers tables whose numeric suffix shifts between years; with a
//! denominator the value is scale × numerator / denominator (a percentage from counts), else the numerator
//! itself. Matching is without regard to case.
struct AreaFieldSource
{
  std::string numerator;
  bool numeratorIsPrefix = false;
  std::string denominator; //!< empty: the numerator is the value
  bool denominatorIsPrefix = false;
  double scale = 1;
};
//! The known sources of the social indicators and of housing.corporation (CBS buurten 2019+ and 2018-, CBS
//! Kerncijfers, vierkantstatistieken, GGD monitor), then, for every id, a field named like the indicator
//! ("lonely") or like the whole id with "_" for "." ("social_lonely").
std::vector<AreaFieldSource> areaFieldSources( const std::string &indicatorId );

//! Walking distance within which a public toilet counts as "within reach".
constexpr double ToiletReachMetres = 500;

} // namespace dfn
