// Field-layout detection and the per-feature estimate: field names and the values in them are user data
// (any attribute table). Contract (agelayout.h, dementiaestimator.h): no crash; a plan reads only fields
// the table has, fine bands cover 65 and older without gaps; an estimate is either a flag with no numbers
// or finite numbers with 0 <= low <= expected <= high and 0 <= atHome <= expected.
#include "agelayout.h"
#include "dementiaestimator.h"
#include "fuzzcheck.h"

#include <algorithm>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  std::vector<std::string> fields;
  const size_t count = in.ConsumeIntegralInRange<size_t>( 0, 40 );
  for ( size_t i = 0; i < count && in.remaining_bytes() > 0; ++i )
    fields.push_back( in.ConsumeRandomLengthString( 64 ) );
  // Also names the detector looks for, so that the fuzzer reaches every layout quickly.
  static const char *const known[] = {
      "men_65_69",        "women_65_69",     "men_70_74",
      "women_70_74",      "men_75_plus",     "women_75_plus",
      "age_65_74",        "age_75_plus",     "k_65JaarOfOuder_12",
      "AantalInwoners_5", "aantal_inwoners", "percentage_personen_65_jaar_en_ouder",
      "P_65_EO_JR",       "AANT_INW",        "aantal_inwoners_65_jaar_en_ouder",
      "INW_65PL",         "INWONER",         "m_65_tot_70",
      "v_90_eo",          "leeftijd_65_69" };
  const size_t extra = in.ConsumeIntegralInRange<size_t>( 0, 8 );
  for ( size_t i = 0; i < extra; ++i )
    fields.push_back( known[in.ConsumeIntegralInRange<size_t>( 0, sizeof known / sizeof known[0] - 1 )] );

  const dfn::FieldPlan plan = dfn::detectLayout( fields );
  for ( const std::string &f : plan.usedFields() )
    FUZZ_CHECK( std::find( fields.begin(), fields.end(), f ) != fields.end() );
  if ( plan.layout == dfn::InputLayout::FineBands )
  {
    FUZZ_CHECK( !plan.bands.empty() );
    for ( dfn::Sex s : { dfn::Sex::Men, dfn::Sex::Women, dfn::Sex::Both } )
    {
      std::vector<dfn::AgeBand> bands;
      for ( const dfn::BandField &b : plan.bands )
        if ( b.sex == s && b.band.to >= 65 )
          bands.push_back( b.band );
      if ( bands.empty() )
        continue;
      std::sort( bands.begin(), bands.end(),
                 []( const dfn::AgeBand &a, const dfn::AgeBand &b ) { return a.from < b.from; } );
      FUZZ_CHECK( bands.front().from <= 65 );
      FUZZ_CHECK( bands.back().to == dfn::AgeBand::OpenEnded );
    }
  }
  if ( plan.layout == dfn::InputLayout::Unknown )
    return 0;

  // Values for the plan's fields: numbers or text, whatever the bytes say.
  dfn::FeatureValues values;
  for ( size_t i = 0; i < plan.usedFields().size(); ++i )
    values.planValues.push_back( in.ConsumeBool()
                                     ? dfn::RawValue::fromNumber( dffuzz::pickDouble( in ) )
                                     : dfn::RawValue::fromText( in.ConsumeRandomLengthString( 24 ) ) );
  if ( in.ConsumeBool() )
    values.nursingHomePlaces = dfn::RawValue::fromNumber( dffuzz::pickDouble( in ) );
  dfn::EstimatorSettings settings;
  if ( in.ConsumeBool() )
    settings.choice = dfn::RateChoice::Flat;
  FUZZ_CHECK( settings.validate().empty() );
  const dfn::FeatureEstimate e = dfn::estimateFeature( plan, values, settings );
  const bool any = e.expected || e.low || e.high || e.atHome || e.pop65;
  const bool all = e.expected && e.low && e.high && e.atHome && e.pop65;
  FUZZ_CHECK( any == all );
  FUZZ_CHECK( all != !e.flag.empty() );
  if ( all )
  {
    for ( double v : { *e.expected, *e.low, *e.high, *e.atHome, *e.pop65 } )
      FUZZ_CHECK( dffuzz::finite( v ) && v >= 0 );
    FUZZ_CHECK( *e.low <= *e.expected * ( 1 + 1e-12 ) && *e.expected <= *e.high * ( 1 + 1e-12 ) );
    FUZZ_CHECK( *e.atHome <= *e.expected * ( 1 + 1e-12 ) );
  }
  return 0;
}
