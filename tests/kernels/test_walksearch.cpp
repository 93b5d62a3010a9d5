#include "walkingsettings.h"
#include "walksearch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace dfn;

namespace
{
//! A square grid of streets, n x n nodes, spacing s metres; lines run along full rows and columns and share
//! vertices at every junction.
StreetNetwork grid( int n, double s )
{
  StreetNetworkBuilder b( 0 );
  int32_t line = 0;
  for ( int i = 0; i < n; ++i )
  {
    std::vector<XY> row, column;
    for ( int j = 0; j < n; ++j )
    {
      row.push_back( { j * s, i * s } );
      column.push_back( { i * s, j * s } );
    }
    b.addLine( row.data(), row.size(), line++ );
    b.addLine( column.data(), column.size(), line++ );
  }
  return b.finish();
}

WalkSeed seedAt( const EdgeSnapIndex &index, XY p, int32_t label )
{
  return { index.snap( p, 1000 ), label };
}
} // namespace

TEST( WalkSearch, HandComputedDistancesOnAGrid )
{
  const StreetNetwork net = grid( 4, 100 ); // streets at x, y = 0, 100, 200, 300
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  // A facility 10 m off the street y = 0 at x = 30; a home 20 m off the street x = 300 at y = 250.
  ASSERT_TRUE( search.run( { seedAt( index, { 30, -10 }, 7 ) }, 5000 ) );
  const WalkReach r = search.reach( index.snap( { 320, 250 }, 1000 ) );
  ASSERT_TRUE( r.reached() );
  EXPECT_EQ( r.label, 7 );
  // 10 (connector) + 270 along y = 0 to (300, 0) + 250 up x = 300 + 20 (connector)
  EXPECT_NEAR( r.distance, 10 + 270 + 250 + 20, 1e-9 );
}

TEST( WalkSearch, FacilityOnTheSameEdgeIsReachedDirectly )
{
  const StreetNetwork net = grid( 2, 100 );
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  ASSERT_TRUE( search.run( { seedAt( index, { 40, 5 }, 0 ) }, 1000 ) );
  const WalkReach r = search.reach( index.snap( { 60, 3 }, 50 ) );
  EXPECT_NEAR( r.distance, 5 + 20 + 3, 1e-9 );
}

TEST( WalkSearch, NearestOfSeveralAndCutOff )
{
  const StreetNetwork net = grid( 5, 100 );
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  ASSERT_TRUE( search.run( { seedAt( index, { 0, 0 }, 0 ), seedAt( index, { 400, 400 }, 1 ) }, 350 ) );
  const WalkReach nearFirst = search.reach( index.snap( { 100, 50 }, 10 ) );
  EXPECT_EQ( nearFirst.label, 0 );
  EXPECT_NEAR( nearFirst.distance, 150, 1e-9 );
  const WalkReach nearSecond = search.reach( index.snap( { 300, 400 }, 10 ) );
  EXPECT_EQ( nearSecond.label, 1 );
  EXPECT_NEAR( nearSecond.distance, 100, 1e-9 );
  // The centre is 400 m from both: beyond the 350 m cut-off.
  EXPECT_FALSE( search.reach( index.snap( { 200, 200 }, 10 ) ).reached() );
  // Unsnapped origins are never reached.
  EXPECT_FALSE( search.reach( NetworkSnap() ).reached() );
}

TEST( WalkSearch, UnconnectedPartsAreNotReached )
{
  StreetNetworkBuilder b( 0 );
  const std::vector<XY> street{ { 0, 0 }, { 100, 0 } }, bridge{ { 50, -50 }, { 50, 50 } };
  b.addLine( street.data(), 2, 0 );
  b.addLine( bridge.data(), 2, 1 );
  const StreetNetwork net = b.finish();
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  ASSERT_TRUE( search.run( { seedAt( index, { 0, -1 }, 0 ) }, 1e9 ) );
  EXPECT_FALSE( search.reach( index.snap( { 52, 48 }, 5 ) ).reached() );
  EXPECT_TRUE( search.reach( index.snap( { 90, -2 }, 5 ) ).reached() );
}

TEST( WalkSearch, MultiSourceEqualsTheMinimumOfSingleSourceSearches )
{
  const StreetNetwork net = grid( 12, 80 );
  const EdgeSnapIndex index( net );
  std::mt19937 rng( 3 );
  std::uniform_real_distribution<double> c( -10, 890 );
  std::vector<WalkSeed> seeds;
  for ( int i = 0; i < 6; ++i )
    seeds.push_back( seedAt( index, { c( rng ), c( rng ) }, i ) );
  WalkSearch all( net ), one( net );
  ASSERT_TRUE( all.run( seeds, 600 ) );
  for ( int q = 0; q < 300; ++q )
  {
    const NetworkSnap origin = index.snap( { c( rng ), c( rng ) }, 100 );
    double best = INFINITY;
    for ( const WalkSeed &s : seeds )
    {
      ASSERT_TRUE( one.run( { s }, 600 ) ); // also checks that reruns start clean
      const WalkReach r = one.reach( origin );
      if ( r.reached() )
        best = std::min( best, r.distance );
    }
    const WalkReach r = all.reach( origin );
    if ( std::isinf( best ) )
      EXPECT_FALSE( r.reached() );
    else
      EXPECT_NEAR( r.distance, best, 1e-9 );
  }
}

TEST( WalkSearch, AddingAFacilityNeverIncreasesADistance )
{
  const StreetNetwork net = grid( 10, 90 );
  const EdgeSnapIndex index( net );
  std::mt19937 rng( 11 );
  std::uniform_real_distribution<double> c( 0, 810 );
  std::vector<WalkSeed> seeds;
  WalkSearch before( net ), after( net );
  std::vector<NetworkSnap> origins;
  for ( int i = 0; i < 200; ++i )
    origins.push_back( index.snap( { c( rng ), c( rng ) }, 50 ) );
  for ( int k = 0; k < 8; ++k )
  {
    ASSERT_TRUE( before.run( seeds, 700 ) );
    seeds.push_back( seedAt( index, { c( rng ), c( rng ) }, k ) );
    ASSERT_TRUE( after.run( seeds, 700 ) );
    for ( const NetworkSnap &o : origins )
      EXPECT_LE( after.reach( o ).distance, before.reach( o ).distance );
  }
}

TEST( WalkSearch, CancellingStopsTheSearch )
{
  const StreetNetwork net = grid( 200, 10 ); // 40,000 nodes: several cancellation checks
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  int asked = 0;
  EXPECT_FALSE( search.run( { seedAt( index, { 0, 0 }, 0 ) }, 1e9, [&] { return ++asked >= 1; } ) );
  EXPECT_EQ( asked, 1 );
  EXPECT_TRUE( search.run( { seedAt( index, { 0, 0 }, 0 ) }, 1e9, [] { return false; } ) );
}

TEST( ReachablePieces, CutExactlyWhereTheBudgetRunsOut )
{
  StreetNetworkBuilder b( 0 );
  const std::vector<XY> street{ { 0, 0 }, { 100, 0 }, { 300, 0 } };
  b.addLine( street.data(), street.size(), 0 );
  const StreetNetwork net = b.finish();
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  // Facility 10 m off the street at x = 150 (edge 1, 50 m along); budget 80: 70 m left along the street.
  ASSERT_TRUE( search.run( { seedAt( index, { 150, 10 }, 0 ) }, 200 ) );
  const auto pieces = search.reachablePieces( 80 );
  ASSERT_EQ( pieces.size(), 2u );
  EXPECT_EQ( pieces[0].edge, 0 );
  EXPECT_NEAR( pieces[0].from, 80, 1e-9 ); // node at x = 100 is 60 m away: 20 m more on edge 0
  EXPECT_NEAR( pieces[0].to, 100, 1e-9 );
  EXPECT_EQ( pieces[1].edge, 1 );
  EXPECT_NEAR( pieces[1].from, 0, 1e-9 );
  EXPECT_NEAR( pieces[1].to, 120, 1e-9 );
}

TEST( ReachablePieces, ALargerBudgetNeverGivesLessStreet )
{
  const StreetNetwork net = grid( 15, 70 );
  const EdgeSnapIndex index( net );
  WalkSearch search( net );
  ASSERT_TRUE( search.run( { seedAt( index, { 333, 444 }, 0 ), seedAt( index, { 900, 100 }, 1 ) }, 2000 ) );
  double previous = 0;
  for ( double budget = 0; budget <= 2000; budget += 37 )
  {
    double total = 0;
    for ( const EdgePiece &p : search.reachablePieces( budget ) )
    {
      EXPECT_LT( p.from, p.to );
      total += p.to - p.from;
    }
    EXPECT_GE( total, previous - 1e-9 ) << "budget " << budget;
    previous = total;
  }
  EXPECT_NEAR( previous, net.totalLength(), 1e-6 ) << "2 km covers the whole 1 km grid";
}

// The parameter help's own figures: at 0.8 m/s, 5, 10 and 15 minutes are 240, 480 and 720 m; and back.
TEST( WalkingSettings, MinutesAndMetresAsTheHelpSays )
{
  WalkingSettings walking;
  EXPECT_EQ( walking.speed, 0.8 );
  EXPECT_DOUBLE_EQ( walking.metresFor( 5 ), 240 );
  EXPECT_DOUBLE_EQ( walking.metresFor( 10 ), 480 );
  EXPECT_DOUBLE_EQ( walking.metresFor( 15 ), 720 );
  EXPECT_DOUBLE_EQ( walking.minutesFor( 720 ), 15 );
  EXPECT_DOUBLE_EQ( walking.cutoffMetres(), 480 ) << "MAX_TIME's default is 10 minutes";
  walking.speed = 1.25;
  walking.cutoffMinutes = 4;
  EXPECT_DOUBLE_EQ( walking.cutoffMetres(), 300 );
  EXPECT_DOUBLE_EQ( walking.minutesFor( 75 ), 1 );
}

// The outputs were computed as minutes * 60 * speed and metres / speed / 60 before the conversions moved
// here; they must stay bit for bit the same (scripts/compare_outputs.sh). The other orders round
// differently for some values, so the order is part of the contract.
TEST( WalkingSettings, SameRoundingAsTheFormerHandConversions )
{
  std::mt19937 random( 7 );
  std::uniform_real_distribution<double> minutes( 0, 60 ), speed( 0.1, 3 );
  int otherOrderDiffers = 0;
  for ( int i = 0; i < 10000; ++i )
  {
    WalkingSettings walking;
    walking.speed = speed( random );
    const double m = minutes( random );
    EXPECT_EQ( walking.metresFor( m ), m * 60.0 * walking.speed );
    const double metres = walking.metresFor( m );
    EXPECT_EQ( walking.minutesFor( metres ), metres / walking.speed / 60.0 );
    otherOrderDiffers += walking.minutesFor( metres ) != metres / ( walking.speed * 60.0 );
  }
  EXPECT_GT( otherOrderDiffers, 0 ) << "no value where the order matters: the test would not notice a change";
}
