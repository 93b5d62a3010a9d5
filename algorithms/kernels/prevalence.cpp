#include "prevalence.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace dfn
{

std::string AgeBand::label() const
{
  if ( to == OpenEnded )
    return std::to_string( from ) + "+";
  return std::to_string( from ) + "-" + std::to_string( to );
}

std::optional<double> RateTable::percentFor( const AgeBand &band, Sex sex ) const
{
  for ( const RateRow &row : rows )
  {
    if ( !row.band.contains( band ) )
      continue;
    switch ( sex )
    {
    case Sex::Men:
      return row.menPercent;
    case Sex::Women:
      return row.womenPercent;
    case Sex::Both:
      return ( row.menPercent + row.womenPercent ) / 2.0;
    }
  }
  return std::nullopt;
}

std::string RateTable::validate() const
{
  if ( rows.empty() )
    return "the rate table has no rows";
  for ( size_t i = 0; i < rows.size(); ++i )
  {
    const RateRow &r = rows[i];
    if ( r.band.from < 0 || r.band.to < r.band.from )
      return "row " + std::to_string( i + 1 ) + ": the age band " + r.band.label() + " is not a valid band";
    for ( double p : { r.menPercent, r.womenPercent } )
      if ( !std::isfinite( p ) || p < 0 || p > 100 )
        return "row " + std::to_string( i + 1 ) + " (" + r.band.label() +
               "): a rate must be a percentage between 0 and 100";
    for ( size_t j = 0; j < i; ++j )
    {
      const AgeBand &o = rows[j].band;
      if ( r.band.from <= o.to && o.from <= r.band.to )
        return "rows " + std::to_string( j + 1 ) + " and " + std::to_string( i + 1 ) + " overlap (" +
               o.label() + " and " + r.band.label() + ")";
    }
  }
  return {};
}

RateTable alzheimerEurope2019()
{
  RateTable t;
  t.name = "Alzheimer Europe 2019";
  t.source =
      "Alzheimer Europe, Dementia in Europe Yearbook 2019: estimating the prevalence of dementia in Europe "
      "(prevalence by sex and 5-year age band)";
  t.rows = {
      { { 30, 59 }, 0.02, 0.02 }, { { 60, 64 }, 0.2, 0.9 },
      { { 65, 69 }, 1.8, 1.4 },   { { 70, 74 }, 3.2, 3.8 },
      { { 75, 79 }, 7.0, 7.6 },   { { 80, 84 }, 14.5, 16.4 },
      { { 85, 89 }, 20.9, 28.5 }, { { 90, AgeBand::OpenEnded }, 29.2, 44.4 },
  };
  return t;
}

AgeMix netherlands2024AgeMix()
{
  // Thousands of residents on 1 January 2024 (rounded), men and women; normalised to shares of all 65+.
  struct Raw
  {
    AgeBand band;
    double men, women;
  };
  const Raw raw[] = {
      { { 65, 69 }, 524.7, 535.3 }, { { 70, 74 }, 455.9, 484.1 }, { { 75, 79 }, 371.3, 418.7 },
      { { 80, 84 }, 211.2, 268.8 }, { { 85, 89 }, 97.5, 152.5 },  { { 90, AgeBand::OpenEnded }, 37.5, 87.5 },
  };
  double total = 0;
  for ( const Raw &r : raw )
    total += r.men + r.women;
  AgeMix mix;
  mix.source =
      "CBS StatLine 03759ned, population of the Netherlands on 1 January 2024 by age and sex (rounded)";
  for ( const Raw &r : raw )
    mix.rows.push_back( { r.band, r.men / total, r.women / total } );
  return mix;
}

std::string AgeMix::validate() const
{
  if ( rows.empty() )
    return "the age mix has no rows";
  double sum = 0;
  for ( size_t i = 0; i < rows.size(); ++i )
  {
    const AgeMixRow &r = rows[i];
    if ( r.band.from < 65 || r.band.to < r.band.from )
      return "row " + std::to_string( i + 1 ) + ": the age mix splits the 65+ population, so the band " +
             r.band.label() + " must start at 65 or later";
    if ( !std::isfinite( r.menShare ) || !std::isfinite( r.womenShare ) || r.menShare < 0 ||
         r.womenShare < 0 )
      return "row " + std::to_string( i + 1 ) + " (" + r.band.label() + "): shares must not be negative";
    sum += r.menShare + r.womenShare;
  }
  if ( std::fabs( sum - 1.0 ) > 0.005 )
  {
    std::ostringstream s;
    s << "the shares of the age mix add up to " << sum << ", not 1";
    return s.str();
  }
  return {};
}

namespace
{
//! Rate for a band of both sexes, weighted by the sex ratio of the age mix when it knows the band.
std::optional<double> bothSexesPercent( const AgeBand &band, const RateTable &rates, const AgeMix &mix )
{
  const std::optional<double> men = rates.percentFor( band, Sex::Men );
  const std::optional<double> women = rates.percentFor( band, Sex::Women );
  if ( !men || !women )
    return std::nullopt;
  double menShare = 0, womenShare = 0;
  for ( const AgeMixRow &row : mix.rows )
  {
    if ( band.contains( row.band ) )
    {
      menShare += row.menShare;
      womenShare += row.womenShare;
    }
  }
  if ( menShare + womenShare <= 0 )
    return ( *men + *women ) / 2.0;
  return ( *men * menShare + *women * womenShare ) / ( menShare + womenShare );
}
} // namespace

std::optional<Estimate> estimateFromBands( const std::vector<BandCount> &counts, const RateTable &rates,
                                           const AgeMix &mix, std::string *problem )
{
  Estimate e;
  for ( const BandCount &c : counts )
  {
    const std::optional<double> percent =
        c.sex == Sex::Both ? bothSexesPercent( c.band, rates, mix ) : rates.percentFor( c.band, c.sex );
    if ( !percent )
    {
      if ( problem )
        *problem = "no row of the rate table covers the age band " + c.band.label();
      return std::nullopt;
    }
    e.expected += c.count * *percent / 100.0;
    if ( c.band.from >= 65 )
      e.pop65 += c.count;
  }
  return e;
}

std::optional<Estimate> estimateFromPop65( double pop65, const AgeMix &mix, const RateTable &rates,
                                           std::string *problem )
{
  std::vector<BandCount> counts;
  for ( const AgeMixRow &row : mix.rows )
  {
    counts.push_back( { row.band, Sex::Men, pop65 * row.menShare } );
    counts.push_back( { row.band, Sex::Women, pop65 * row.womenShare } );
  }
  std::optional<Estimate> e = estimateFromBands( counts, rates, mix, problem );
  if ( e )
    e->pop65 = pop65; // exact, not the re-summed shares
  return e;
}

Estimate estimateFlat( double pop65, double flatPercent )
{
  return { pop65 * flatPercent / 100.0, pop65 };
}

std::optional<double> overallPercent65( const AgeMix &mix, const RateTable &rates )
{
  const std::optional<Estimate> e = estimateFromPop65( 100.0, mix, rates );
  if ( !e )
    return std::nullopt;
  return e->expected;
}

double Projection::factor() const
{
  return populationFactor * std::pow( 1.0 + trendPercentPerDecade / 100.0, years / 10.0 );
}

std::string Projection::validate() const
{
  if ( !std::isfinite( populationFactor ) || populationFactor <= 0 )
    return "the projection factor must be greater than 0";
  if ( !std::isfinite( trendPercentPerDecade ) || trendPercentPerDecade <= -100 )
    return "the trend per decade must be greater than -100 %";
  if ( !std::isfinite( years ) || years < 0 )
    return "the number of projection years must not be negative";
  const double f = factor();
  if ( !std::isfinite( f ) || !( f > 0 ) || f > 1e6 )
    return "the projection factor (growth times the trend over the years) must be above 0 and at most "
           "1000000";
  return {};
}

UncertaintyBand uncertaintyBand( double expected, double relativeMargin )
{
  const double z = 1.96;
  const double l = expected * ( 1.0 - relativeMargin );
  const double h = expected * ( 1.0 + relativeMargin );
  UncertaintyBand b;
  b.low = std::max( 0.0, l - z * std::sqrt( std::max( 0.0, l ) ) );
  b.high = h + z * std::sqrt( h );
  return b;
}

double livingAtHome( double expected, std::optional<double> nursingHomePlaces, double homeShare )
{
  if ( nursingHomePlaces )
    return std::max( 0.0, expected - *nursingHomePlaces );
  return expected * homeShare;
}

} // namespace dfn
