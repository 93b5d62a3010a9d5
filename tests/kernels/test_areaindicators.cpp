// The measured indicators of the neighbourhood score, against values counted by hand.
#include "areaindicators.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace dfn;

namespace
{
const double Inf = std::numeric_limits<double>::infinity();

// A plus-shaped crossroads at (0,0) with arms of 100 m, and a T-junction at (300,0): a street from (100,0) to
// (300,0), and from there up to (300,100) and on to (400,0).
StreetNetwork crossAndT()
{
  StreetNetworkBuilder b( 0.01 );
  const XY west[] = { { -100, 0 }, { 0, 0 }, { 100, 0 }, { 300, 0 }, { 400, 0 } };
  const XY north[] = { { 0, 100 }, { 0, 0 }, { 0, -100 } };
  const XY spur[] = { { 300, 0 }, { 300, 100 } };
  b.addLine( west, 5, 0 );
  b.addLine( north, 3, 1 );
  b.addLine( spur, 2, 2 );
  return b.finish();
}
} // namespace

TEST( AreaIndicators, ShareWithinCountsHomesPerAreaAndLeavesAreasWithoutHomesEmpty )
{
  // Area 0: 500 m within, 501 m not, unreached not -> 1 of 3. Area 1: nothing. Area 2: 2 of 2. -1: outside.
  const std::vector<int32_t> area = { 0, 0, 0, 2, 2, -1, 7 };
  const std::vector<double> dist = { 500, 501, Inf, 10, 0, 1, 1 };
  const auto share = shareWithin( area, dist, 3, 500 );
  ASSERT_EQ( share.size(), 3u );
  EXPECT_NEAR( *share[0], 100.0 / 3, 1e-12 );
  EXPECT_FALSE( share[1] );
  EXPECT_DOUBLE_EQ( *share[2], 100 );
}

TEST( AreaIndicators, MedianTreatsUnreachedHomesAsFarthest )
{
  const std::vector<int32_t> area = { 0, 0, 0, 1, 1, 1, 1, 2, 2 };
  const std::vector<double> dist = { 300, 100, Inf, 40, 10, 30, 20, Inf, 5 };
  const auto median = medianDistance( area, dist, 4 );
  EXPECT_DOUBLE_EQ( *median[0], 300 ); // 100, 300, inf
  EXPECT_DOUBLE_EQ( *median[1], 25 );  // 10, 20 | 30, 40
  EXPECT_TRUE( std::isinf( *median[2] ) );
  EXPECT_FALSE( median[3] );
}

TEST( AreaIndicators, ShareTrueIgnoresUnknownFlags )
{
  const std::vector<int32_t> area = { 0, 0, 0, 0, 1, 1 };
  const std::vector<signed char> flag = { 1, 0, -1, 1, -1, -1 };
  const auto share = shareTrue( area, flag, 2 );
  EXPECT_NEAR( *share[0], 200.0 / 3, 1e-12 );
  EXPECT_FALSE( share[1] );
}

TEST( AreaIndicators, StepFreeProxyFollowsTheBuildingCode )
{
  EXPECT_EQ( stepFreeProxy( 3.0, 1.0 ), 1 );          // a lift
  EXPECT_EQ( stepFreeProxy( 1.0, 0.0 ), 1 );          // a bungalow
  EXPECT_EQ( stepFreeProxy( 3.0, 0.0 ), 0 );          // a walk-up flat
  EXPECT_EQ( stepFreeProxy( 6.0, 0.0 ), 0 );          // the data says no lift: believed
  EXPECT_EQ( stepFreeProxy( std::nullopt, 0.0 ), 0 ); // no lift, storeys unknown: not step-free
  EXPECT_EQ( stepFreeProxy( 5.0, std::nullopt ), 1 ); // above 12.5 m: a lift by law
  EXPECT_EQ( stepFreeProxy( 4.0, std::nullopt ), 0 );
  EXPECT_EQ( stepFreeProxy( 1.0, std::nullopt ), 1 );
  EXPECT_EQ( stepFreeProxy( std::nullopt, std::nullopt ), -1 );
  EXPECT_EQ( stepFreeProxy( 0.0, 2.0 ), -1 ); // nonsense in both
  EXPECT_EQ( stepFreeProxy( NAN, NAN ), -1 );
}

TEST( AreaIndicators, JunctionsAreCountedByStreetsMeeting )
{
  const StreetNetwork net = crossAndT();
  std::vector<int32_t> nodeArea( net.nodeCount(), -1 );
  int32_t cross = -1, tee = -1;
  for ( size_t n = 0; n < net.nodeCount(); ++n )
  {
    const XY p = net.node( static_cast<int32_t>( n ) );
    if ( p.x == 0 && p.y == 0 )
      cross = static_cast<int32_t>( n );
    if ( p.x == 300 && p.y == 0 )
      tee = static_cast<int32_t>( n );
    nodeArea[n] = p.x < 200 ? 0 : 1;
  }
  ASSERT_GE( cross, 0 );
  ASSERT_GE( tee, 0 );
  const auto j = junctionsPerArea( net, nodeArea, 3 );
  EXPECT_EQ( j[0].threeWay, 0u );
  EXPECT_EQ( j[0].fourOrMore, 1u );
  EXPECT_DOUBLE_EQ( *j[0].legibleShare(), 0 );
  EXPECT_EQ( j[1].threeWay, 1u );
  EXPECT_DOUBLE_EQ( *j[1].legibleShare(), 100 );
  EXPECT_FALSE( j[2].legibleShare() );
}

TEST( AreaIndicators, StreetLengthGoesToTheAreaOfEachPiecesMidpoint )
{
  const StreetNetwork net = crossAndT();
  std::vector<int32_t> edgeArea;
  for ( const StreetEdge &e : net.edges() )
    edgeArea.push_back( ( e.a.x + e.b.x ) / 2 < 200 ? 0 : 1 );
  const auto length = streetLengthPerArea( net, edgeArea, 2 );
  // Area 0: four arms of 100 m and the piece (100,0)-(300,0) whose midpoint is x = 200 -> area 1.
  EXPECT_NEAR( length[0], 400, 1e-9 );
  EXPECT_NEAR( length[1], 200 + 100 + 100, 1e-9 );
  EXPECT_NEAR( length[0] + length[1], net.totalLength(), 1e-9 );
}

TEST( AreaIndicators, RatesAreEmptyWithoutADenominator )
{
  EXPECT_DOUBLE_EQ( *perKm( 3, 1500 ), 2 );
  EXPECT_FALSE( perKm( 3, 0 ) );
  EXPECT_DOUBLE_EQ( *perKm2( 5, 250000 ), 20 );
  EXPECT_FALSE( perKm2( 5, NAN ) );
  const auto counts = countPerArea( { 0, 1, 1, -1, 5 }, 2 );
  EXPECT_EQ( counts[0], 1u );
  EXPECT_EQ( counts[1], 2u );
}

TEST( AreaIndicators, RecipesReadTheIndicatorIds )
{
  IndicatorRecipe r = recipeFor( "access.supermarket_500m" );
  EXPECT_EQ( r.kind, IndicatorRecipe::ShareWithin );
  EXPECT_EQ( r.facilityKind, "supermarket" );
  EXPECT_DOUBLE_EQ( r.metres, 500 );
  r = recipeFor( "access.meeting_place_800m" );
  EXPECT_EQ( r.facilityKind, "meeting_place" );
  EXPECT_DOUBLE_EQ( r.metres, 800 );
  r = recipeFor( "access.gp_median_min" );
  EXPECT_EQ( r.kind, IndicatorRecipe::MedianMinutes );
  EXPECT_EQ( r.facilityKind, "gp" );
  EXPECT_EQ( recipeFor( "access.gp_0m" ).kind, IndicatorRecipe::AreaField );
  EXPECT_EQ( recipeFor( "access.m" ).kind, IndicatorRecipe::AreaField );
  EXPECT_EQ( recipeFor( "access.shade" ).kind, IndicatorRecipe::AreaField );
  EXPECT_EQ( recipeFor( "comfort.benches_per_km" ).kind, IndicatorRecipe::BenchesPerKm );
  EXPECT_EQ( recipeFor( "housing.step_free" ).kind, IndicatorRecipe::StepFree );
  EXPECT_EQ( recipeFor( "social.lonely" ).kind, IndicatorRecipe::AreaField );
}

TEST( AreaIndicators, AreaFieldSourcesPreferCbsFieldsThenTheIndicatorName )
{
  const auto sources = areaFieldSources( "social.widowed" );
  ASSERT_GE( sources.size(), 5u );
  EXPECT_EQ( sources[0].numerator, "percentage_verweduwd" );
  EXPECT_EQ( sources[2].denominator, "AantalInwoners_" );
  EXPECT_DOUBLE_EQ( sources[2].scale, 100 );
  EXPECT_EQ( sources[sources.size() - 2].numerator, "widowed" );
  EXPECT_EQ( sources.back().numerator, "social_widowed" );
  EXPECT_EQ( areaFieldSources( "comfort.shade" ).front().numerator, "shade" );
}
