// Input that no real file holds but a broken one can: values that are not numbers, infinite or 1e308, and
// coordinates far outside any projected CRS. Each kernel names it (an error, a problem code, a count) or
// leaves it out as its header says; none crashes or gives a number that is not finite.
#include "censusvalue.h"
#include "demandclusters.h"
#include "networksnap.h"
#include "prevalence.h"
#include "streetnetwork.h"
#include "walksearch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace dfn;

namespace
{
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

StreetNetwork lines( std::initializer_list<std::vector<XY>> parts, double tolerance = 0,
                     NetworkBuildStats *stats = nullptr )
{
  StreetNetworkBuilder b( tolerance );
  int32_t line = 0;
  for ( const std::vector<XY> &part : parts )
    b.addLine( part.data(), part.size(), line++ );
  StreetNetwork net = b.finish();
  if ( stats )
    *stats = b.stats();
  return net;
}
} // namespace

// --- censusvalue ---------------------------------------------------------------------------------------

TEST( CensusValueRobustness, TextForNonFiniteNumbersIsNotANumber )
{
  for ( const char *t : { "inf", "-inf", "nan", "-nan", "NaN", "Infinity", "INF", "1e309", "-1e309" } )
  {
    const CheckedValue c = checkCount( RawValue::fromText( t ) );
    EXPECT_FALSE( c.value ) << t;
    EXPECT_EQ( c.problem, ValueProblem::NotANumber ) << t;
  }
}

TEST( CensusValueRobustness, HugeValuesAreImpossibleNotAPopulation )
{
  // "1e308" from a broken export used to become a population of 1e308; three of them summed to infinity.
  for ( const RawValue &raw :
        { RawValue::fromText( "1e308" ), RawValue::fromText( " 1e300 " ), RawValue::fromText( "1,5e200" ),
          RawValue::fromNumber( 1e308 ), RawValue::fromNumber( std::numeric_limits<double>::max() ),
          RawValue::fromNumber( 1.0000001e12 ) } )
  {
    const CheckedValue c = checkCount( raw );
    EXPECT_FALSE( c.value ) << raw.text << raw.number;
    EXPECT_EQ( c.problem, ValueProblem::Impossible ) << raw.text << raw.number;
    EXPECT_STREQ( problemCode( c.problem ), "impossible" );
    EXPECT_EQ( checkPercentage( raw ).problem, ValueProblem::Impossible );
  }
  // The limit itself and ordinary large counts pass, as text and as numbers.
  EXPECT_EQ( *checkCount( RawValue::fromText( "1e12" ) ).value, 1e12 );
  EXPECT_EQ( *checkCount( RawValue::fromNumber( 17942942 ) ).value, 17942942 );
}

// --- street network and snapping ------------------------------------------------------------------------

TEST( StreetNetworkRobustness, HugeCoordinatesAreLeftOutLikeNonFiniteOnes )
{
  // -1e308 .. 1e308 used to become an edge of infinite length (and a cell number out of int64's range).
  NetworkBuildStats stats;
  const StreetNetwork net =
      lines( { { { -1e308, 0 }, { 1e308, 0 } }, { { 0, 0 }, { 3, 4 }, { 1e11, 4 }, { 6, 8 }, { 6, 8 } } }, 0,
             &stats );
  // Left: 0,0 - 3,4 (length 5); 1e11 splits the second line, the repeated 6,8 is a zero-length segment.
  EXPECT_EQ( net.edgeCount(), 1u );
  EXPECT_EQ( net.totalLength(), 5.0 );
  EXPECT_EQ( stats.unusableVertices, 3u );
  EXPECT_EQ( stats.zeroLengthSegments, 1u );
  for ( size_t n = 0; n < net.nodeCount(); ++n )
    EXPECT_TRUE( isUsableCoordinate( net.node( static_cast<int32_t>( n ) ) ) );
}

TEST( StreetNetworkRobustness, NonFiniteAndHugeTolerances )
{
  // NaN and negative: exactly equal vertices only. Infinite: everything one node, so no edges at all.
  for ( double t : { NaN, -1.0 } )
    EXPECT_EQ( lines( { { { 0, 0 }, { 0.001, 0 } } }, t ).edgeCount(), 1u ) << t;
  for ( double t : { Inf, 1e308 } )
  {
    NetworkBuildStats stats;
    const StreetNetwork net = lines( { { { 0, 0 }, { 1e9, 0 }, { -1e9, 5 } } }, t, &stats );
    EXPECT_EQ( net.nodeCount(), 1u ) << t;
    EXPECT_EQ( net.edgeCount(), 0u ) << t;
    EXPECT_EQ( stats.zeroLengthSegments, 2u ) << t;
  }
}

TEST( StreetNetworkRobustness, SinglePointsDuplicatesAndEmptyLines )
{
  NetworkBuildStats stats;
  const StreetNetwork net = lines(
      { {}, { { 5, 5 } }, { { 0, 0 }, { 10, 0 } }, { { 10, 0 }, { 0, 0 } }, { { NaN, 1 } } }, 0, &stats );
  EXPECT_EQ( net.edgeCount(), 1u );
  EXPECT_EQ( stats.duplicateSegments, 1u );
  EXPECT_EQ( stats.unusableVertices, 1u );
  int32_t parts = 0;
  const std::vector<int32_t> label = net.componentLabels( &parts );
  EXPECT_EQ( parts, 1 );
  EXPECT_EQ( label[0], -1 ); // the lone vertex 5,5: a node without edges
}

TEST( NetworkSnapRobustness, EdgesFarApartMakeASmallGrid )
{
  // Two 1 mm edges 1e10 m apart on one line used to ask for a grid of 2·10^10 cells (out of memory).
  const StreetNetwork net = lines( { { { 0, 0 }, { 0.001, 0 } }, { { 1e10 - 0.001, 0 }, { 1e10, 0 } } } );
  ASSERT_EQ( net.edgeCount(), 2u );
  const EdgeSnapIndex index( net );
  const NetworkSnap a = index.snap( { 0.0005, 3 }, 10 );
  ASSERT_TRUE( a.valid() );
  EXPECT_EQ( a.edge, 0 );
  EXPECT_DOUBLE_EQ( a.connector, 3 );
  EXPECT_DOUBLE_EQ( a.along, 0.0005 );
  const NetworkSnap b = index.snap( { 1e10 - 5, 0 }, Inf );
  ASSERT_TRUE( b.valid() );
  EXPECT_EQ( b.edge, 1 );
  EXPECT_NEAR( b.connector, 5 - 0.001, 1e-5 );
  EXPECT_EQ( b.along, 0 );
  EXPECT_FALSE( index.snap( { 5e9, 0 }, 1000 ).valid() );
}

TEST( NetworkSnapRobustness, UnusablePointsAndDistancesSnapToNothing )
{
  const StreetNetwork net = lines( { { { 0, 0 }, { 100, 0 } } } );
  const EdgeSnapIndex index( net );
  for ( XY p : { XY{ NaN, 0 }, XY{ 0, Inf }, XY{ -Inf, 0 }, XY{ 1e308, 0 }, XY{ 50, -1e11 } } )
    EXPECT_FALSE( index.snap( p, Inf ).valid() ) << p.x << " " << p.y;
  for ( double d : { NaN, -1.0, -Inf } )
    EXPECT_FALSE( index.snap( { 50, 1 }, d ).valid() ) << d;
  const NetworkSnap s = index.snap( { 50, 1e9 }, Inf ); // far but usable
  ASSERT_TRUE( s.valid() );
  EXPECT_EQ( s.connector, 1e9 );
  EXPECT_EQ( s.along, 50 );
}

// --- walking search -------------------------------------------------------------------------------------

namespace
{
//! A straight street 0,0 - 100,0 - 300,0 (two edges) and its snap index.
struct Street
{
  StreetNetwork net = lines( { { { 0, 0 }, { 100, 0 }, { 300, 0 } } } );
  EdgeSnapIndex index{ net };
  NetworkSnap at( double x ) const { return index.snap( { x, 0 }, 10 ); }
};
} // namespace

TEST( WalkSearchRobustness, NanOrNegativeCutoffReachesNothingAndSaysSo )
{
  const Street s;
  WalkSearch search( s.net );
  for ( double cutoff : { NaN, -5.0, -Inf } )
  {
    // Before: NaN and -5 were silently a cut-off of 0, which still reached the facility's own spot.
    EXPECT_TRUE( search.run( { { s.at( 100 ), 7 } }, cutoff ) );
    EXPECT_FALSE( search.reach( s.at( 100 ) ).reached() ) << cutoff;
    EXPECT_TRUE( search.reachablePieces( 1000 ).empty() ) << cutoff;
    EXPECT_NE( search.error().find( "cut-off" ), std::string::npos ) << cutoff;
  }
  // An infinite cut-off is no limit: 100 m and 200 m, by hand.
  EXPECT_TRUE( search.run( { { s.at( 100 ), 7 } }, Inf ) );
  EXPECT_TRUE( search.error().empty() );
  EXPECT_EQ( search.reach( s.at( 0 ) ).distance, 100 );
  EXPECT_EQ( search.reach( s.at( 300 ) ).distance, 200 );
  EXPECT_EQ( search.reach( s.at( 300 ) ).label, 7 );
}

TEST( WalkSearchRobustness, SeedsOffTheNetworkAreLeftOutAndNamed )
{
  const Street s;
  WalkSearch search( s.net );
  NetworkSnap noEdge = s.at( 100 );
  noEdge.edge = 99; // used to read past the edge table
  NetworkSnap nanAlong = s.at( 100 );
  nanAlong.along = NaN;
  NetworkSnap pastEnd = s.at( 100 );
  pastEnd.along = 1e308;
  NetworkSnap infConnector = s.at( 100 );
  infConnector.connector = Inf;
  for ( const NetworkSnap &bad : { noEdge, nanAlong, pastEnd, infConnector } )
  {
    EXPECT_TRUE( search.run( { { bad, 1 }, { s.at( 300 ), 2 } }, 1000 ) );
    EXPECT_NE( search.error().find( "seed 0" ), std::string::npos ) << search.error();
    // The good seed alone, by hand: 300 m from 0,0, 200 m from 100,0.
    const WalkReach r = search.reach( s.at( 0 ) );
    EXPECT_EQ( r.label, 2 );
    EXPECT_EQ( r.distance, 300 );
    EXPECT_EQ( search.reach( s.at( 100 ) ).distance, 200 );
    // An origin with the same fault is simply not reached.
    EXPECT_FALSE( search.reach( bad ).reached() );
  }
}

// --- demand clusters ------------------------------------------------------------------------------------

TEST( DemandClustersRobustness, HugeCoordinatesAreRefusedNotLinked )
{
  // 0 and 1e200 are ten times the linking distance apart, but their squared distance and d² both overflow
  // to infinity, so they used to be linked into one cluster.
  const DemandClusters r = clusterDemand( { { 0, 0, 1 }, { 1e200, 0, 1 } }, 1e199 );
  EXPECT_NE( r.error.find( "point 1" ), std::string::npos ) << r.error;
  EXPECT_TRUE( r.clusters.empty() );
  for ( XY p : { XY{ 1e308, 0 }, XY{ 0, -1e308 }, XY{ 2e10, 0 }, XY{ NaN, 0 }, XY{ 0, Inf } } )
  {
    const DemandClusters q = clusterDemand( { { 0, 0, 1 }, { p.x, p.y, 1 } }, 10 );
    EXPECT_NE( q.error.find( "point 1" ), std::string::npos ) << p.x << " " << p.y << ": " << q.error;
  }
}

TEST( DemandClustersRobustness, WeightsThatAddUpToInfinityAreRefused )
{
  // Three 1e308 used to give a cluster of infinite weight with a NaN centroid.
  const DemandClusters r = clusterDemand( { { 0, 0, 1e308 }, { 1, 0, 1e308 }, { 2, 0, 1e308 } }, 5 );
  EXPECT_NE( r.error.find( "too large" ), std::string::npos ) << r.error;
  EXPECT_TRUE( r.clusters.empty() );
  for ( double w : { NaN, Inf, -1.0 } )
    EXPECT_NE( clusterDemand( { { 0, 0, 1 }, { 1, 0, w } }, 5 ).error.find( "point 1" ), std::string::npos );
  // At the limits: finite, by hand. Centroid (0·4e14 + 1e10·6e14) / 1e15 = 6e9.
  const DemandClusters ok = clusterDemand( { { 0, 0, 4e14 }, { 1e10, 0, 6e14 } }, Inf );
  ASSERT_TRUE( ok.error.empty() ) << ok.error;
  ASSERT_EQ( ok.clusters.size(), 1u );
  EXPECT_EQ( ok.clusters[0].weight, 1e15 );
  EXPECT_DOUBLE_EQ( ok.clusters[0].centroid.x, 6e9 );
  EXPECT_EQ( ok.clusters[0].centroid.y, 0 );
}

// --- prevalence -----------------------------------------------------------------------------------------

TEST( ProjectionRobustness, FactorMustBeFiniteAndAboveZero )
{
  Projection overflow;
  overflow.populationFactor = 1e308;
  overflow.trendPercentPerDecade = 100;
  overflow.years = 100; // 1e308 × 2^10 = infinity
  EXPECT_FALSE( std::isfinite( overflow.factor() ) );
  EXPECT_FALSE( overflow.validate().empty() );
  Projection underflow;
  underflow.trendPercentPerDecade = -50;
  underflow.years = 1e300; // 0.5^(1e299) = 0: every estimate would silently be 0
  EXPECT_EQ( underflow.factor(), 0 );
  EXPECT_FALSE( underflow.validate().empty() );
  // The glue's extremes are fine: 100 × 2^10 and 0.01 × 0.01^10.
  Projection high{ 100, 100, 100 };
  EXPECT_TRUE( high.validate().empty() ) << high.validate();
  EXPECT_DOUBLE_EQ( high.factor(), 102400 );
  Projection low{ 0.01, -99, 100 };
  EXPECT_TRUE( low.validate().empty() ) << low.validate();
}

TEST( DemandClustersRobustness, TinyDistancesDoNotUnderflowIntoLinks )
{
  // Found by fuzz_clusters: 1e-300² underflows to 0, so withinLinkDistance said 0 and 1e-300 are within 0,
  // and two points 1.3e-200 apart were linked within 1e-200 (the grid even tests them, being one cell apart).
  EXPECT_FALSE( withinLinkDistance( { 0, 0 }, { 1e-300, 0 }, 0 ) );
  EXPECT_FALSE( withinLinkDistance( { 0, 0 }, { 1.3e-200, 0 }, 1e-200 ) );
  EXPECT_TRUE( withinLinkDistance( { 0, 0 }, { 0.9e-200, 0 }, 1e-200 ) );
  // Exactly d apart (3-4-5 times 2^-1000, all exact): scaled exactly, still within.
  EXPECT_TRUE( withinLinkDistance( { 0, 0 }, { std::ldexp( 3.0, -1000 ), std::ldexp( 4.0, -1000 ) },
                                   std::ldexp( 5.0, -1000 ) ) );
  EXPECT_FALSE( withinLinkDistance( { 0, 0 }, { 1e200, 0 }, 1e199 ) ); // and no overflow either
  EXPECT_TRUE( withinLinkDistance( { 0, 0 }, { 3, 4 }, 5 ) );
  EXPECT_TRUE( withinLinkDistance( { 0, 0 }, { 1e9, 0 }, Inf ) );
  const DemandClusters r = clusterDemand( { { 0, 0, 1 }, { 1.3e-200, 0, 1 }, { 1e-300, 0, 1 } }, 1e-200 );
  ASSERT_TRUE( r.error.empty() ) << r.error;
  EXPECT_EQ( r.clusters.size(), 2u );
  EXPECT_EQ( r.clusterOf[0], r.clusterOf[2] );
  EXPECT_NE( r.clusterOf[0], r.clusterOf[1] );
  const DemandClusters zero = clusterDemand( { { 0, 0, 0 }, { 1e-300, 0, 0 }, { 0, 0, 0 } }, 0 );
  ASSERT_TRUE( zero.error.empty() ) << zero.error;
  EXPECT_EQ( zero.clusters.size(), 2u );
}

TEST( DemandClustersRobustness, SubnormalWeightsKeepTheCentroidInTheCluster )
{
  // Found by fuzz_clusters: all weight on a point with the smallest subnormal weight; weight × x rounded to
  // a whole multiple of it, and the centroid came out at 302, outside the cluster's box (0 .. 301.96…).
  const double w = std::numeric_limits<double>::denorm_min();
  const DemandClusters r = clusterDemand( { { 0, 0, 0 }, { 301.96030747538316, 0, w } }, 302 );
  ASSERT_TRUE( r.error.empty() ) << r.error;
  ASSERT_EQ( r.clusters.size(), 1u );
  EXPECT_EQ( r.clusters[0].weight, w );
  EXPECT_DOUBLE_EQ( r.clusters[0].centroid.x, 301.96030747538316 );
  EXPECT_LE( r.clusters[0].centroid.x, r.clusters[0].maxX );
  // Normal weights, by hand: (1 · 0 + 3 · 4) / 4 = 3.
  const DemandClusters n = clusterDemand( { { 0, 0, 1 }, { 4, 8, 3 } }, 10 );
  ASSERT_EQ( n.clusters.size(), 1u );
  EXPECT_EQ( n.clusters[0].centroid.x, 3 );
  EXPECT_EQ( n.clusters[0].centroid.y, 6 );
}
