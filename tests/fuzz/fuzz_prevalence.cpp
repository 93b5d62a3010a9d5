// Prevalence settings the user types in (the RATE_TABLE and AGE_MIX matrices, the projection, the flat rate,
// margin and home share) and population counts. Contract (prevalence.h, dementiaestimator.h): validate()
// either names a problem or every estimate from counts the census reader accepts is finite and >= 0, the
// rate of the 65+ is a percentage, and the projection factor is finite and above 0.
#include "censusvalue.h"
#include "dementiaestimator.h"
#include "fuzzcheck.h"

#include <vector>

namespace
{
dfn::AgeBand pickBand( FuzzedDataProvider &in )
{
  dfn::AgeBand b;
  b.from = in.ConsumeIntegralInRange<int>( -5, 120 );
  b.to = in.ConsumeBool() ? dfn::AgeBand::OpenEnded : in.ConsumeIntegralInRange<int>( -5, 1200 );
  return b;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  dfn::EstimatorSettings s;
  if ( in.ConsumeBool() )
  {
    s.rates.rows.clear();
    const size_t n = in.ConsumeIntegralInRange<size_t>( 0, 12 );
    for ( size_t i = 0; i < n; ++i )
      s.rates.rows.push_back( { pickBand( in ), dffuzz::pickDouble( in ), dffuzz::pickDouble( in ) } );
  }
  if ( in.ConsumeBool() )
  {
    s.mix.rows.clear();
    const size_t n = in.ConsumeIntegralInRange<size_t>( 0, 8 );
    for ( size_t i = 0; i < n; ++i )
      s.mix.rows.push_back(
          { pickBand( in ), dffuzz::pickDouble( in ) / 100, dffuzz::pickDouble( in ) / 100 } );
  }
  if ( in.ConsumeBool() )
  {
    s.projection.populationFactor = dffuzz::pickDouble( in );
    s.projection.trendPercentPerDecade = dffuzz::pickDouble( in );
    s.projection.years = dffuzz::pickDouble( in );
  }
  if ( in.ConsumeBool() )
    s.flatPercent = dffuzz::pickDouble( in );
  if ( in.ConsumeBool() )
    s.rateMargin = dffuzz::pickDouble( in );
  if ( in.ConsumeBool() )
    s.homeShare = dffuzz::pickDouble( in );
  s.choice = in.ConsumeBool() ? dfn::RateChoice::Flat : dfn::RateChoice::Table;
  if ( !s.validate().empty() )
    return 0;

  const double f = s.projection.factor();
  FUZZ_CHECK( dffuzz::finite( f ) && f > 0 );
  if ( s.choice == dfn::RateChoice::Table )
    if ( const std::optional<double> overall = dfn::overallPercent65( s.mix, s.rates ) )
      FUZZ_CHECK( *overall >= 0 && *overall <= 100 * ( 1 + 1e-9 ) );

  // Counts as the census reader passes them on.
  std::vector<dfn::BandCount> counts;
  const size_t n = in.ConsumeIntegralInRange<size_t>( 0, 12 );
  for ( size_t i = 0; i < n; ++i )
  {
    const dfn::CheckedValue c = dfn::checkCount( dfn::RawValue::fromNumber( dffuzz::pickDouble( in ) ) );
    if ( !c.value )
      continue;
    counts.push_back(
        { pickBand( in ), static_cast<dfn::Sex>( in.ConsumeIntegralInRange<int>( 0, 2 ) ), *c.value } );
  }
  // The rate table is only validated, and only used, when the settings choose it.
  const bool table = s.choice == dfn::RateChoice::Table;
  std::string problem;
  if ( !table )
    ;
  else if ( const std::optional<dfn::Estimate> e =
                dfn::estimateFromBands( counts, s.rates, s.mix, &problem ) )
  {
    FUZZ_CHECK( dffuzz::finite( e->expected ) && e->expected >= 0 );
    FUZZ_CHECK( dffuzz::finite( e->pop65 ) && e->pop65 >= 0 );
    FUZZ_CHECK( dffuzz::finite( e->expected * f ) );
    const dfn::UncertaintyBand b = dfn::uncertaintyBand( e->expected * f, s.rateMargin );
    FUZZ_CHECK( dffuzz::finite( b.low ) && dffuzz::finite( b.high ) && 0 <= b.low && b.low <= b.high );
  }
  else
    FUZZ_CHECK( !problem.empty() );
  const dfn::CheckedValue pop = dfn::checkCount( dfn::RawValue::fromNumber( dffuzz::pickDouble( in ) ) );
  if ( pop.value )
  {
    const dfn::Estimate flat = dfn::estimateFlat( *pop.value, s.flatPercent );
    FUZZ_CHECK( dffuzz::finite( flat.expected ) && flat.expected >= 0 &&
                flat.expected <= *pop.value * ( 1 + 1e-12 ) );
    if ( const std::optional<dfn::Estimate> e =
             table ? dfn::estimateFromPop65( *pop.value, s.mix, s.rates ) : std::nullopt )
      FUZZ_CHECK( dffuzz::finite( e->expected ) && e->expected >= 0 );
  }
  return 0;
}
