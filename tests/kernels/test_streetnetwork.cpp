#include "networksnap.h"
#include "streetnetwork.h"
#include "walkability.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace dfn;

namespace
{
StreetNetwork build( const std::vector<std::vector<XY>> &lines, double tolerance,
                     NetworkBuildStats *stats = nullptr )
{
  StreetNetworkBuilder b( tolerance );
  for ( size_t i = 0; i < lines.size(); ++i )
    b.addLine( lines[i].data(), lines[i].size(), static_cast<int32_t>( i ) );
  StreetNetwork net = b.finish();
  if ( stats )
    *stats = b.stats(); // complete only after finish(), which drops duplicate segments
  return net;
}
} // namespace

TEST( StreetNetwork, LinesJoinAtSharedVerticesAlsoMidLine )
{
  // An OSM-like way running through a junction vertex of a second way.
  const StreetNetwork net =
      build( { { { 0, 0 }, { 100, 0 }, { 200, 0 } }, { { 100, -50 }, { 100, 0 }, { 100, 80 } } }, 0 );
  EXPECT_EQ( net.nodeCount(), 5u );
  EXPECT_EQ( net.edgeCount(), 4u );
  EXPECT_DOUBLE_EQ( net.totalLength(), 330 );
  int32_t parts = 0;
  net.componentLabels( &parts );
  EXPECT_EQ( parts, 1 );
  // The junction node has four arcs.
  int junctionArcs = 0;
  for ( int32_t n = 0; n < static_cast<int32_t>( net.nodeCount() ); ++n )
    junctionArcs = std::max( junctionArcs, static_cast<int>( net.arcBegin( n + 1 ) - net.arcBegin( n ) ) );
  EXPECT_EQ( junctionArcs, 4 );
}

TEST( StreetNetwork, CrossingWithoutSharedVertexStaysApart )
{
  // A bridge over a street: the lines cross at (50, 0) but share no vertex.
  const StreetNetwork net = build( { { { 0, 0 }, { 100, 0 } }, { { 50, -50 }, { 50, 50 } } }, 0.5 );
  int32_t parts = 0;
  const auto labels = net.componentLabels( &parts );
  EXPECT_EQ( parts, 2 );
  EXPECT_EQ( net.nodeCount(), 4u );
}

TEST( StreetNetwork, ToleranceJoinsNearMisses )
{
  const std::vector<std::vector<XY>> lines = { { { 0, 0 }, { 100, 0 } }, { { 100.05, 0 }, { 200, 0 } } };
  int32_t parts = 0;
  NetworkBuildStats stats;
  build( lines, 0.1, &stats ).componentLabels( &parts );
  EXPECT_EQ( parts, 1 ) << "5 cm gap, 10 cm tolerance";
  EXPECT_EQ( stats.nearMissJoins, 1u );
  build( lines, 0.01 ).componentLabels( &parts );
  EXPECT_EQ( parts, 2 ) << "5 cm gap, 1 cm tolerance";
  // A tolerance that spans cells: the partner lies in the neighbouring cell.
  build( { { { 0, 0 }, { 99.99, 0 } }, { { 100.02, 0 }, { 200, 0 } } }, 0.05 ).componentLabels( &parts );
  EXPECT_EQ( parts, 1 );
}

TEST( StreetNetwork, ZeroLengthAndBrokenVerticesAreSkipped )
{
  NetworkBuildStats stats;
  const StreetNetwork net =
      build( { { { 0, 0 }, { 0, 0 }, { 10, 0 }, { NAN, 1 }, { 20, 0 }, { 30, 0 } }, { { 5, 5 }, { 5, 5 } } },
             0, &stats );
  EXPECT_EQ( net.edgeCount(), 2u ); // 0-10 and 20-30; the NaN breaks the line
  EXPECT_EQ( stats.zeroLengthSegments, 2u );
  EXPECT_EQ( stats.lines, 2u );
  int32_t parts = 0;
  const auto labels = net.componentLabels( &parts );
  EXPECT_EQ( parts, 2 ) << "the collapsed line at (5, 5) is no part of the network";
  EXPECT_EQ( std::count( labels.begin(), labels.end(), -1 ), 1 );
}

TEST( StreetNetwork, AStreetDigitisedTwiceIsOneEdge )
{
  NetworkBuildStats stats;
  const StreetNetwork net =
      build( { { { 0, 0 }, { 100, 0 } }, { { 100, 0 }, { 0, 0 } }, { { 0, 0 }, { 100, 0 } } }, 0, &stats );
  EXPECT_EQ( net.edgeCount(), 1u );
  EXPECT_EQ( stats.duplicateSegments, 2u );
  EXPECT_EQ( net.edge( 0 ).line, 0 ) << "the first copy is kept";
}

TEST( StreetNetwork, LargestPartIsComponentZero )
{
  const StreetNetwork net =
      build( { { { 0, 0 }, { 10, 0 } }, { { 100, 0 }, { 400, 0 } }, { { 1000, 0 }, { 1020, 0 } } }, 0 );
  int32_t parts = 0;
  const auto labels = net.componentLabels( &parts );
  EXPECT_EQ( parts, 3 );
  EXPECT_EQ( labels[static_cast<size_t>( net.edge( 1 ).from )], 0 );
}

TEST( EdgeSnap, NearestPointOnNearestEdge )
{
  const StreetNetwork net = build( { { { 0, 0 }, { 100, 0 } }, { { 0, 30 }, { 100, 30 } } }, 0 );
  const EdgeSnapIndex index( net );
  const NetworkSnap s = index.snap( { 40, 12 }, 50 );
  ASSERT_TRUE( s.valid() );
  EXPECT_EQ( s.edge, 0 );
  EXPECT_DOUBLE_EQ( s.along, 40 );
  EXPECT_DOUBLE_EQ( s.connector, 12 );
  // Beyond the end of an edge the end vertex is the nearest point.
  const NetworkSnap end = index.snap( { 130, -40 }, 100 );
  EXPECT_EQ( end.edge, 0 );
  EXPECT_DOUBLE_EQ( end.along, 100 );
  EXPECT_DOUBLE_EQ( end.connector, 50 );
  // Equidistant: the lower edge index.
  EXPECT_EQ( index.snap( { 50, 15 }, 50 ).edge, 0 );
}

TEST( EdgeSnap, MaximumDistanceIsInclusiveAndFarPointsAreUnreachable )
{
  const StreetNetwork net = build( { { { 0, 0 }, { 100, 0 } } }, 0 );
  const EdgeSnapIndex index( net );
  EXPECT_TRUE( index.snap( { 50, 25 }, 25 ).valid() );
  EXPECT_FALSE( index.snap( { 50, 25.001 }, 25 ).valid() );
  EXPECT_FALSE( index.snap( { 1e12, 1e12 }, 1e9 ).valid() );
  EXPECT_TRUE( index.snap( { 1e7, 0 }, 1e9 ).valid() );
  EXPECT_FALSE( index.snap( { NAN, 0 }, 1e9 ).valid() );
  const StreetNetwork empty = build( {}, 0 );
  EXPECT_FALSE( EdgeSnapIndex( empty ).snap( { 0, 0 }, 1e9 ).valid() );
}

TEST( EdgeSnap, AgreesWithBruteForceOnRandomSegments )
{
  std::mt19937 rng( 7 );
  std::uniform_real_distribution<double> coord( 0, 1000 ), len( -60, 60 );
  std::vector<std::vector<XY>> lines;
  for ( int i = 0; i < 800; ++i )
  {
    const XY a{ coord( rng ), coord( rng ) };
    lines.push_back( { a, { a.x + len( rng ), a.y + len( rng ) } } );
  }
  const StreetNetwork net = build( lines, 0 );
  const EdgeSnapIndex index( net );
  std::uniform_real_distribution<double> query( -200, 1200 );
  for ( int q = 0; q < 2000; ++q )
  {
    const XY p{ query( rng ), query( rng ) };
    double best = INFINITY;
    for ( const StreetEdge &e : net.edges() )
      best = std::min( best, distance( p, pointAt( e.a, e.b, projectionFraction( p, e.a, e.b ) ) ) );
    const NetworkSnap s = index.snap( p, 150 );
    if ( best > 150 )
      EXPECT_FALSE( s.valid() );
    else
    {
      ASSERT_TRUE( s.valid() );
      EXPECT_NEAR( s.connector, best, 1e-9 );
    }
  }
}

TEST( Walkability, OpenStreetMapTags )
{
  for ( const char *yes :
        { "residential", "footway", "path", "pedestrian", "living_street", "primary", "service", "steps" } )
    EXPECT_TRUE( osmWalkable( yes, "" ) ) << yes;
  for ( const char *no :
        { "motorway", "trunk", "motorway_link", "trunk_link", "primary_link", "construction", "" } )
    EXPECT_FALSE( osmWalkable( no, "" ) ) << no;
  EXPECT_FALSE( osmWalkable( "footway", "\"foot\"=>\"no\"" ) );
  EXPECT_FALSE( osmWalkable( "service", "\"access\"=>\"private\"" ) );
  EXPECT_TRUE( osmWalkable( "service", "\"access\"=>\"no\",\"foot\"=>\"yes\"" ) );
  EXPECT_TRUE( osmWalkable( " Residential ", "\"surface\"=>\"paving_stones\"" ) );
}

TEST( Walkability, NwbRoadAuthority )
{
  EXPECT_TRUE( nwbWalkable( "G", "RB" ) );
  EXPECT_TRUE( nwbWalkable( "P", "VWG" ) );
  EXPECT_FALSE( nwbWalkable( "R", "HR" ) );
  EXPECT_FALSE( nwbWalkable( "P", "AF" ) );
  EXPECT_FALSE( nwbWalkable( "g", "op" ) );
}
