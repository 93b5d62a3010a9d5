// The per-feature estimate on each route, with every number worked out by hand in the comments.
#include "dementiaestimator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dfn;

namespace
{
FieldPlan wijkBuurt2019()
{
  return detectLayout( { "buurtcode", "aantal_inwoners", "percentage_personen_65_jaar_en_ouder" } );
}

FeatureValues percentAndInhabitants( RawValue pct, RawValue inh )
{
  FeatureValues v;
  v.planValues = { pct, inh }; // usedFields(): percentage first, then inhabitants
  return v;
}

EstimatorSettings flat8()
{
  EstimatorSettings s;
  s.choice = RateChoice::Flat;
  s.flatPercent = 8.0;
  return s;
}
} // namespace

TEST( DementiaEstimator, PercentageRouteByHand )
{
  const FieldPlan plan = wijkBuurt2019();
  ASSERT_EQ( plan.usedFields(),
             ( std::vector<std::string>{ "percentage_personen_65_jaar_en_ouder", "aantal_inwoners" } ) );
  const FeatureEstimate e = estimateFeature(
      plan, percentAndInhabitants( RawValue::fromNumber( 20 ), RawValue::fromNumber( 1000 ) ), flat8() );
  ASSERT_TRUE( e.expected ) << e.flag;
  EXPECT_DOUBLE_EQ( *e.pop65, 200 );
  EXPECT_DOUBLE_EQ( *e.expected, 16 ); // 200 * 8 %
  // Low: 19.5 % of 1000 = 195 -> 15.6 cases; minus the 15 % margin 13.26; minus 1.96 sqrt(13.26).
  EXPECT_NEAR( *e.low, 13.26 - 1.96 * std::sqrt( 13.26 ), 1e-9 );
  EXPECT_NEAR( *e.low, 6.12280, 1e-4 );
  // High: 20.5 % -> 205 -> 16.4; plus 15 % = 18.86; plus 1.96 sqrt(18.86).
  EXPECT_NEAR( *e.high, 27.37187, 1e-4 );
  EXPECT_DOUBLE_EQ( *e.atHome, 16 * 0.68 );
  EXPECT_EQ( e.method, "pop65_flat" );
  EXPECT_EQ( e.flag, "" );
}

TEST( DementiaEstimator, SecretPercentageGivesAFlaggedNull )
{
  const FeatureEstimate e = estimateFeature(
      wijkBuurt2019(), percentAndInhabitants( RawValue::fromNumber( -99999999 ), RawValue::fromNumber( 40 ) ),
      flat8() );
  EXPECT_FALSE( e.expected );
  EXPECT_FALSE( e.low );
  EXPECT_FALSE( e.pop65 );
  EXPECT_EQ( e.flag, "secret: percentage_personen_65_jaar_en_ouder = -99999999" );
}

TEST( DementiaEstimator, SecretInhabitantsAreNamed )
{
  const FeatureEstimate e = estimateFeature(
      wijkBuurt2019(), percentAndInhabitants( RawValue::fromNumber( 20 ), RawValue::fromText( "onbekend" ) ),
      flat8() );
  EXPECT_FALSE( e.expected );
  EXPECT_EQ( e.flag, "not_a_number: aantal_inwoners = 'onbekend'" );
}

TEST( DementiaEstimator, NoInhabitantsMeansNoCasesEvenWithASecretPercentage )
{
  const FeatureEstimate e = estimateFeature(
      wijkBuurt2019(), percentAndInhabitants( RawValue::fromNumber( -99999999 ), RawValue::fromNumber( 0 ) ),
      flat8() );
  ASSERT_TRUE( e.expected ) << e.flag;
  EXPECT_DOUBLE_EQ( *e.expected, 0 );
  EXPECT_DOUBLE_EQ( *e.high, 0 );
}

TEST( DementiaEstimator, CountRouteWithAgeMixAndNursingHome )
{
  const FieldPlan plan = detectLayout( { "aantal_inwoners", "aantal_inwoners_65_jaar_en_ouder" } );
  EstimatorSettings s;
  s.mix.rows = { { { 65, 69 }, 0.5, 0.5 } };
  s.rateMargin = 0;
  FeatureValues v;
  v.planValues = { RawValue::fromNumber( 1000 ), RawValue::fromNumber( 3000 ) };
  v.nursingHomePlaces = RawValue::fromNumber( 5 );
  const FeatureEstimate e = estimateFeature( plan, v, s );
  ASSERT_TRUE( e.expected ) << e.flag;
  EXPECT_NEAR( *e.expected, 16, 1e-9 ); // 500 men * 1.8 % + 500 women * 1.4 %
  EXPECT_NEAR( *e.atHome, 11, 1e-9 );   // minus 5 nursing-home places
  EXPECT_NEAR( *e.low, 16 - 1.96 * 4, 1e-9 );
  EXPECT_EQ( e.method, "pop65_age_mix" );
  v.nursingHomePlaces = RawValue::null(); // unknown: back to the national share
  EXPECT_NEAR( *estimateFeature( plan, v, s ).atHome, 16 * 0.68, 1e-9 );
  v.nursingHomePlaces = RawValue::fromNumber( -4 );
  EXPECT_EQ( estimateFeature( plan, v, s, "verpleeghuisplaatsen" ).flag,
             "negative: verpleeghuisplaatsen = -4" );
}

TEST( DementiaEstimator, FineBandsWithProjection )
{
  const FieldPlan plan = detectLayout( { "men_65_69", "women_65_69", "men_70_plus", "women_70_plus" } );
  ASSERT_EQ( plan.layout, InputLayout::FineBands );
  EstimatorSettings s;
  s.rates.rows = { { { 65, 69 }, 2, 1 }, { { 70, AgeBand::OpenEnded }, 10, 20 } };
  s.projection.populationFactor = 2;
  FeatureValues v;
  for ( const std::string &f : plan.usedFields() )
    v.planValues.push_back( RawValue::fromNumber( f.rfind( "men", 0 ) == 0 ? 100 : 200 ) );
  // men: 100 * 2 % + 100 * 10 % = 12; women: 200 * 1 % + 200 * 20 % = 42; together 54; projected x2 = 108.
  const FeatureEstimate e = estimateFeature( plan, v, s );
  ASSERT_TRUE( e.expected ) << e.flag;
  EXPECT_NEAR( *e.expected, 108, 1e-9 );
  EXPECT_DOUBLE_EQ( *e.pop65, 600 ); // the population itself is not projected
  EXPECT_EQ( e.method, "register_bands_by_sex" );
  v.planValues[2] = RawValue::null();
  EXPECT_EQ( estimateFeature( plan, v, s ).flag.rfind( "missing: ", 0 ), 0u );
}

TEST( DementiaEstimator, FlatPresetOnFineBandsUsesTheir65PlusSum )
{
  const FieldPlan plan = detectLayout( { "age_60_64", "age_65_79", "age_80_plus" } );
  ASSERT_EQ( plan.layout, InputLayout::FineBands );
  FeatureValues v;
  v.planValues = { RawValue::fromNumber( 500 ), RawValue::fromNumber( 300 ), RawValue::fromNumber( 100 ) };
  const FeatureEstimate e = estimateFeature( plan, v, flat8() );
  ASSERT_TRUE( e.expected ) << e.flag;
  EXPECT_DOUBLE_EQ( *e.expected, 32 ); // (300 + 100) * 8 %; the 60-64 band is not 65+
  // With the default table the 65-79 band spans three table rows: refused with a message naming it.
  const FeatureEstimate t = estimateFeature( plan, v, EstimatorSettings() );
  EXPECT_FALSE( t.expected );
  EXPECT_NE( t.flag.find( "65-79" ), std::string::npos ) << t.flag;
}

TEST( DementiaEstimator, SettingsValidation )
{
  EstimatorSettings s;
  EXPECT_EQ( s.validate(), "" );
  s.flatPercent = 120;
  EXPECT_NE( s.validate(), "" );
  s = EstimatorSettings();
  s.rateMargin = 1.5;
  EXPECT_NE( s.validate(), "" );
  s = EstimatorSettings();
  s.rates.rows.clear();
  EXPECT_NE( s.validate().find( "rate table" ), std::string::npos );
  s.choice = RateChoice::Flat; // a flat rate needs no table
  EXPECT_EQ( s.validate(), "" );
}
