#pragma once
// Expected number of people with dementia from population counts and age-specific prevalence rates.
// Plain C++: no Qt, no QGIS, so it can be tested and reused (scores, overlays) on its own.

#include <optional>
#include <string>
#include <vector>

namespace dfn
{

enum class Sex
{
  Men,
  Women,
  Both
};

//! An age band [from, to], both inclusive, in whole years; to = OpenEnded for "90 and older".
struct AgeBand
{
  static constexpr int OpenEnded = 999;
  int from = 0;
  int to = OpenEnded;

  bool operator==( const AgeBand &o ) const { return from == o.from && to == o.to; }
  bool contains( const AgeBand &inner ) const { return inner.from >= from && inner.to <= to; }
  std::string label() const; //!< "65-69" or "90+"
};

//! One row of a prevalence table: percentage of men and of women in the band who have dementia.
struct RateRow
{
  AgeBand band;
  double menPercent = 0;
  double womenPercent = 0;
};

struct RateTable
{
  std::string name;
  std::string source;
  std::vector<RateRow> rows;

  //! Rate (percent) for a band that lies within one row; nullopt when no row covers it.
  std::optional<double> percentFor( const AgeBand &band, Sex sex ) const;
  //! Empty when usable, else why not (overlapping or negative rows, rates above 100 %).
  std::string validate() const;
};

//! Alzheimer Europe, Dementia in Europe Yearbook 2019, prevalence by sex and 5-year band from 30.
RateTable alzheimerEurope2019();

//! Share of the 65+ population in each 5-year band and sex; the shares sum to 1.
struct AgeMixRow
{
  AgeBand band;
  double menShare = 0;
  double womenShare = 0;
};

struct AgeMix
{
  std::string source;
  std::vector<AgeMixRow> rows;
  std::string validate() const; //!< empty when the shares are non-negative, 65+ bands, and sum to 1 (±0.5 %)
};

//! The Dutch 65+ population of 1 January 2024 by band and sex (CBS StatLine 03759ned, rounded).
AgeMix netherlands2024AgeMix();

//! A population count in one band, for one sex or both.
struct BandCount
{
  AgeBand band;
  Sex sex = Sex::Both;
  double count = 0;
};

struct Estimate
{
  double expected = 0; //!< expected people with dementia
  double pop65 = 0;    //!< the 65+ population the estimate rests on
};

//! Fine bands (population register). A band given for both sexes together gets the rate of men and
//! women weighted by the age mix's sex ratio in that band, or their plain mean where the mix has no
//! such band (under 65). Returns nullopt, naming the band in \a problem, when no table row covers it.
std::optional<Estimate> estimateFromBands( const std::vector<BandCount> &counts, const RateTable &rates,
                                           const AgeMix &mix, std::string *problem = nullptr );

//! Only a 65+ count (CBS): split it over bands and sexes with the age mix, then apply the table.
std::optional<Estimate> estimateFromPop65( double pop65, const AgeMix &mix, const RateTable &rates,
                                           std::string *problem = nullptr );

//! The simplest route: a flat percentage of the 65+ population.
Estimate estimateFlat( double pop65, double flatPercent );

//! Rate that the table gives for the 65+ population as a whole under the age mix (percent).
std::optional<double> overallPercent65( const AgeMix &mix, const RateTable &rates );

//! Scaling to a future year: growth of the older population times a secular trend in incidence.
struct Projection
{
  double populationFactor = 1.0;      //!< e.g. 1.7 for the Dutch 65+ from 2024 to 2040
  double trendPercentPerDecade = 0.0; //!< e.g. -13 (Brück et al. 2022)
  double years = 0.0;

  double factor() const;
  //! Empty when usable: each number finite and in range, and factor() a finite number above 0 (a factor of
  //! 1e308 or a trend over 10^300 years would otherwise overflow to infinity or underflow to 0).
  std::string validate() const;
};

//! Low and high bound of a small-area estimate: the rate margin (relative) widened by a 95 % Poisson
//! interval (normal approximation), because the realised number in a small area scatters around
//! its expectation. low = max(0, l - 1.96 sqrt(l)) with l = e (1 - margin); high = h + 1.96 sqrt(h)
//! with h = e (1 + margin).
struct UncertaintyBand
{
  double low = 0;
  double high = 0;
};
UncertaintyBand uncertaintyBand( double expected, double relativeMargin );

//! People with dementia living at home: minus known places in nursing homes, or a national share.
double livingAtHome( double expected, std::optional<double> nursingHomePlaces, double homeShare );

} // namespace dfn
