// Prevalence kernel against values computed by hand from the tables in docs/estimatedementia.md.
#include "prevalence.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dfn;

namespace
{
const AgeBand Open = { 90, AgeBand::OpenEnded };
}

TEST( Prevalence, FlatRateIsExactlyTheShareOf65Plus )
{
  EXPECT_DOUBLE_EQ( estimateFlat( 1234, 8.0 ).expected, 98.72 );
  EXPECT_DOUBLE_EQ( estimateFlat( 1234, 8.0 ).pop65, 1234 );
  EXPECT_DOUBLE_EQ( estimateFlat( 0, 8.0 ).expected, 0 );
}

TEST( Prevalence, FineBandsBySexUseTheRowOfTheirSex )
{
  // 100 men 65-69 at 1.8 % = 1.8; 50 women 90+ at 44.4 % = 22.2; 1000 men 30-59 at 0.02 % = 0.2.
  const std::vector<BandCount> counts = {
      { { 65, 69 }, Sex::Men, 100 }, { Open, Sex::Women, 50 }, { { 30, 59 }, Sex::Men, 1000 } };
  std::string problem;
  const auto e = estimateFromBands( counts, alzheimerEurope2019(), netherlands2024AgeMix(), &problem );
  ASSERT_TRUE( e ) << problem;
  EXPECT_NEAR( e->expected, 24.2, 1e-9 );
  EXPECT_DOUBLE_EQ( e->pop65, 150 ); // the 30-59 band is not part of 65+
}

TEST( Prevalence, BothSexesBandIsWeightedBySexRatioOfTheMix )
{
  AgeMix mix;
  mix.rows = { { { 80, 84 }, 0.25, 0.75 } };
  // 14.5 * 0.25 + 16.4 * 0.75 = 15.925 %; of 200 people = 31.85.
  const auto e = estimateFromBands( { { { 80, 84 }, Sex::Both, 200 } }, alzheimerEurope2019(), mix );
  ASSERT_TRUE( e );
  EXPECT_NEAR( e->expected, 31.85, 1e-9 );
}

TEST( Prevalence, BothSexesBandUnder65UsesThePlainMean )
{
  // 60-64: men 0.2 %, women 0.9 %: mean 0.55 % of 1000 = 5.5.
  const auto e = estimateFromBands( { { { 60, 64 }, Sex::Both, 1000 } }, alzheimerEurope2019(),
                                    netherlands2024AgeMix() );
  ASSERT_TRUE( e );
  EXPECT_NEAR( e->expected, 5.5, 1e-9 );
  EXPECT_DOUBLE_EQ( e->pop65, 0 );
}

TEST( Prevalence, BandWiderThanATableRowIsRefusedWithItsName )
{
  std::string problem;
  const auto e = estimateFromBands( { { { 65, 74 }, Sex::Men, 10 } }, alzheimerEurope2019(),
                                    netherlands2024AgeMix(), &problem );
  EXPECT_FALSE( e );
  EXPECT_NE( problem.find( "65-74" ), std::string::npos ) << problem;
}

TEST( Prevalence, Pop65IsSplitByTheMixThenRated )
{
  AgeMix mix;
  mix.rows = { { { 65, 69 }, 0.5, 0.5 } };
  // 500 men at 1.8 % + 500 women at 1.4 % = 9 + 7 = 16.
  const auto e = estimateFromPop65( 1000, mix, alzheimerEurope2019() );
  ASSERT_TRUE( e );
  EXPECT_NEAR( e->expected, 16.0, 1e-9 );
  EXPECT_DOUBLE_EQ( e->pop65, 1000 );
}

TEST( Prevalence, NationalMixGivesALittleOverEightPercentOf65Plus )
{
  // Alzheimer Nederland's rule of thumb, an independent cross-check of both default tables together.
  const auto p = overallPercent65( netherlands2024AgeMix(), alzheimerEurope2019() );
  ASSERT_TRUE( p );
  EXPECT_GT( *p, 7.8 );
  EXPECT_LT( *p, 8.6 );
  EXPECT_EQ( netherlands2024AgeMix().validate(), "" );
  EXPECT_EQ( alzheimerEurope2019().validate(), "" );
}

TEST( Prevalence, EightyPlusRateIsAboutAQuarter )
{
  // Rule of thumb: 25 % of 80+. The 80+ part of the national mix, rated band by band.
  const AgeMix mix = netherlands2024AgeMix();
  double people = 0, cases = 0;
  for ( const AgeMixRow &r : mix.rows )
    if ( r.band.from >= 80 )
    {
      people += r.menShare + r.womenShare;
      cases += r.menShare * *alzheimerEurope2019().percentFor( r.band, Sex::Men ) / 100 +
               r.womenShare * *alzheimerEurope2019().percentFor( r.band, Sex::Women ) / 100;
    }
  EXPECT_NEAR( cases / people, 0.25, 0.04 );
}

TEST( Prevalence, UncertaintyBandByHand )
{
  // e = 100, margin 15 %: low = 85 - 1.96 sqrt(85), high = 115 + 1.96 sqrt(115).
  const UncertaintyBand b = uncertaintyBand( 100, 0.15 );
  EXPECT_NEAR( b.low, 66.92976, 1e-4 );
  EXPECT_NEAR( b.high, 136.01873, 1e-4 );
  const UncertaintyBand zero = uncertaintyBand( 0, 0.15 );
  EXPECT_DOUBLE_EQ( zero.low, 0 );
  EXPECT_DOUBLE_EQ( zero.high, 0 );
  EXPECT_DOUBLE_EQ( uncertaintyBand( 0.5, 0.15 ).low, 0 ); // never negative
}

TEST( Prevalence, ProjectionFactorByHand )
{
  Projection p;
  EXPECT_DOUBLE_EQ( p.factor(), 1.0 );
  p.populationFactor = 1.7;
  p.trendPercentPerDecade = -13;
  p.years = 16;
  EXPECT_NEAR( p.factor(), 1.7 * std::pow( 0.87, 1.6 ), 1e-12 );
  EXPECT_NEAR( p.factor(), 1.36048, 1e-4 );
  EXPECT_EQ( p.validate(), "" );
  p.populationFactor = 0;
  EXPECT_NE( p.validate(), "" );
}

TEST( Prevalence, LivingAtHome )
{
  EXPECT_DOUBLE_EQ( livingAtHome( 100, std::nullopt, 0.68 ), 68 );
  EXPECT_DOUBLE_EQ( livingAtHome( 100, 30.0, 0.68 ), 70 );
  EXPECT_DOUBLE_EQ( livingAtHome( 100, 150.0, 0.68 ), 0 );
}

TEST( Prevalence, RateTableValidation )
{
  RateTable t;
  EXPECT_NE( t.validate(), "" );
  t.rows = { { { 65, 74 }, 2, 2 }, { { 70, 79 }, 5, 5 } };
  EXPECT_NE( t.validate().find( "overlap" ), std::string::npos );
  t.rows = { { { 65, 69 }, 120, 2 } };
  EXPECT_NE( t.validate().find( "65-69" ), std::string::npos );
  t.rows = { { { 65, 69 }, 1, 2 }, { { 70, AgeBand::OpenEnded }, 10, 12 } };
  EXPECT_EQ( t.validate(), "" );
  EXPECT_DOUBLE_EQ( *t.percentFor( { 95, AgeBand::OpenEnded }, Sex::Women ), 12 );
}

TEST( Prevalence, AgeMixValidation )
{
  AgeMix m;
  m.rows = { { { 65, 69 }, 0.3, 0.3 } };
  EXPECT_NE( m.validate().find( "0.6" ), std::string::npos ) << m.validate();
  m.rows = { { { 60, 69 }, 0.5, 0.5 } };
  EXPECT_NE( m.validate().find( "65" ), std::string::npos );
  m.rows = { { { 65, 69 }, -0.5, 1.5 } };
  EXPECT_NE( m.validate(), "" );
}
