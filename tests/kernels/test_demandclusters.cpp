#include "demandclusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <numeric>
#include <random>

using namespace dfn;

namespace
{
//! Single linkage by testing every pair, numbered by the rule of demandclusters.h: the reference.
std::vector<int32_t> bruteForceClusters( const std::vector<DemandPoint> &p, double d, double minWeight = 0 )
{
  const size_t n = p.size();
  std::vector<size_t> parent( n );
  std::iota( parent.begin(), parent.end(), 0 );
  const auto find = [&]( size_t i )
  {
    while ( parent[i] != i )
      i = parent[i];
    return i;
  };
  for ( size_t i = 0; i < n; ++i )
    for ( size_t j = i + 1; j < n; ++j )
      if ( withinLinkDistance( { p[i].x, p[i].y }, { p[j].x, p[j].y }, d ) )
        parent[find( j )] = find( i );
  // Components by their lowest point index, weights summed in point order.
  std::vector<size_t> component( n ), lowest;
  std::vector<double> weight;
  std::vector<size_t> componentOfRoot( n, n );
  for ( size_t i = 0; i < n; ++i )
  {
    size_t &c = componentOfRoot[find( i )];
    if ( c == n )
    {
      c = lowest.size();
      lowest.push_back( i );
      weight.push_back( 0 );
    }
    component[i] = c;
    weight[c] += p[i].weight;
  }
  std::vector<size_t> order( lowest.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::sort( order.begin(), order.end(),
             [&]( size_t a, size_t b )
             { return weight[a] != weight[b] ? weight[a] > weight[b] : lowest[a] < lowest[b]; } );
  std::vector<int32_t> id( lowest.size(), 0 );
  int32_t next = 1;
  for ( size_t c : order )
    if ( weight[c] >= minWeight )
      id[c] = next++;
  std::vector<int32_t> out( n );
  for ( size_t i = 0; i < n; ++i )
    out[i] = id[component[i]];
  return out;
}

//! Checks each listed cluster against its points, counted directly.
void expectClustersDescribeTheirPoints( const std::vector<DemandPoint> &p, const DemandClusters &r )
{
  ASSERT_TRUE( r.error.empty() ) << r.error;
  ASSERT_EQ( r.clusterOf.size(), p.size() );
  size_t noise = 0;
  for ( int32_t id : r.clusterOf )
  {
    ASSERT_GE( id, 0 );
    ASSERT_LE( id, static_cast<int32_t>( r.clusters.size() ) );
    noise += id == 0;
  }
  EXPECT_EQ( noise, r.noisePoints );
  for ( size_t c = 0; c < r.clusters.size(); ++c )
  {
    const DemandCluster &k = r.clusters[c];
    EXPECT_EQ( k.id, static_cast<int32_t>( c + 1 ) );
    if ( c > 0 )
    {
      EXPECT_GE( r.clusters[c - 1].weight, k.weight );
    }
    size_t points = 0, first = p.size();
    double weight = 0, wx = 0, wy = 0, sx = 0, sy = 0;
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for ( size_t i = 0; i < p.size(); ++i )
      if ( r.clusterOf[i] == k.id )
      {
        ++points;
        first = std::min( first, i );
        weight += p[i].weight;
        wx += p[i].weight * p[i].x;
        wy += p[i].weight * p[i].y;
        sx += p[i].x;
        sy += p[i].y;
        minX = std::min( minX, p[i].x );
        minY = std::min( minY, p[i].y );
        maxX = std::max( maxX, p[i].x );
        maxY = std::max( maxY, p[i].y );
      }
    EXPECT_EQ( k.points, points );
    EXPECT_EQ( k.firstPoint, first );
    EXPECT_DOUBLE_EQ( k.weight, weight );
    EXPECT_EQ( k.minX, minX );
    EXPECT_EQ( k.minY, minY );
    EXPECT_EQ( k.maxX, maxX );
    EXPECT_EQ( k.maxY, maxY );
    const double cx = weight > 0 ? wx / weight : sx / static_cast<double>( points );
    const double cy = weight > 0 ? wy / weight : sy / static_cast<double>( points );
    EXPECT_NEAR( k.centroid.x, cx, 1e-6 );
    EXPECT_NEAR( k.centroid.y, cy, 1e-6 );
    EXPECT_GE( k.centroid.x, minX - 1e-9 );
    EXPECT_LE( k.centroid.x, maxX + 1e-9 );
  }
}
} // namespace

TEST( DemandClusters, HandComputed )
{
  // Left: a chain 0-1-2 with 10 m steps (weight 1 each); right, far away: two points 5 m apart of weight 2
  // and 4; point 5 alone with weight 3.
  const std::vector<DemandPoint> p{ { 0, 0, 1 },   { 10, 0, 1 },  { 20, 0, 1 },
                                    { 500, 0, 2 }, { 500, 5, 4 }, { 1000, 1000, 3 } };
  const DemandClusters r = clusterDemand( p, 10 );
  expectClustersDescribeTheirPoints( p, r );
  // Weights 3 (chain), 6 (pair), 3 (single): the pair first, then the chain (lowest index 0) before 5.
  EXPECT_EQ( r.clusterOf, ( std::vector<int32_t>{ 2, 2, 2, 1, 1, 3 } ) );
  ASSERT_EQ( r.clusters.size(), 3u );
  EXPECT_DOUBLE_EQ( r.clusters[0].weight, 6 );
  EXPECT_DOUBLE_EQ( r.clusters[0].centroid.x, 500 );
  EXPECT_DOUBLE_EQ( r.clusters[0].centroid.y, 5 * 4.0 / 6 );
  EXPECT_EQ( r.clusters[1].points, 3u );
  EXPECT_DOUBLE_EQ( r.clusters[1].maxX, 20 );
  EXPECT_DOUBLE_EQ( r.clusters[1].centroid.x, 10 );
  EXPECT_EQ( r.clusters[2].firstPoint, 5u );

  // Just under the step, the chain falls apart.
  const DemandClusters apart = clusterDemand( p, 9.999 );
  EXPECT_EQ( apart.clusterOf, ( std::vector<int32_t>{ 3, 4, 5, 1, 1, 2 } ) );

  // A minimum weight of 3.5 leaves only the pair; the chain and point 5 are noise.
  const DemandClusters big = clusterDemand( p, 10, 3.5 );
  expectClustersDescribeTheirPoints( p, big );
  EXPECT_EQ( big.clusterOf, ( std::vector<int32_t>{ 0, 0, 0, 1, 1, 0 } ) );
  EXPECT_EQ( big.noiseClusters, 2u );
  EXPECT_EQ( big.noisePoints, 4u );
  EXPECT_DOUBLE_EQ( big.noiseWeight, 6 );
  // Exactly the minimum is not below it.
  EXPECT_EQ( clusterDemand( p, 10, 6 ).clusters.size(), 1u );
}

TEST( DemandClusters, ExactlyAtTheLinkingDistanceLinksInRdNewCoordinates )
{
  // 3-4-5 triangles: points exactly 5 m apart, diagonally, at RD New coordinates.
  std::vector<DemandPoint> p;
  for ( int i = 0; i < 20; ++i )
    p.push_back( { 155000.0 + 3 * i, 463000.0 + 4 * i, 1 } );
  DemandClusters r = clusterDemand( p, 5 );
  expectClustersDescribeTheirPoints( p, r );
  EXPECT_EQ( r.clusters.size(), 1u );
  EXPECT_EQ( clusterDemand( p, 4.999999 ).clusters.size(), 20u );
  // A straight chain at the far corner of the Netherlands, steps of exactly d = 12.5.
  p.clear();
  for ( int i = 0; i < 50; ++i )
    p.push_back( { 299000.0 + 12.5 * i, 619000.0, 0.5 } );
  r = clusterDemand( p, 12.5 );
  expectClustersDescribeTheirPoints( p, r );
  EXPECT_EQ( r.clusters.size(), 1u );
  EXPECT_DOUBLE_EQ( r.clusters[0].centroid.x, 299000.0 + 12.5 * 24.5 );
  EXPECT_DOUBLE_EQ( r.clusters[0].centroid.y, 619000.0 );
}

TEST( DemandClusters, EmptyOneAndDegenerate )
{
  const DemandClusters none = clusterDemand( {}, 100 );
  EXPECT_TRUE( none.error.empty() );
  EXPECT_TRUE( none.clusterOf.empty() );
  EXPECT_TRUE( none.clusters.empty() );

  const DemandClusters one = clusterDemand( { { 120000, 480000, 2.5 } }, 100 );
  ASSERT_EQ( one.clusters.size(), 1u );
  EXPECT_EQ( one.clusterOf[0], 1 );
  EXPECT_EQ( one.clusters[0].centroid.x, 120000 );
  EXPECT_EQ( one.clusters[0].minY, 480000 );

  // Zero weights: the plain mean. Distance 0 links only points at the same place; infinity links all.
  const std::vector<DemandPoint> p{ { 0, 0, 0 }, { 4, 0, 0 }, { 4, 0, 0 }, { 1e6, 0, 0 } };
  const DemandClusters zero = clusterDemand( p, 0 );
  expectClustersDescribeTheirPoints( p, zero );
  EXPECT_EQ( zero.clusterOf, ( std::vector<int32_t>{ 1, 2, 2, 3 } ) ); // equal weights: by lowest index
  const DemandClusters all = clusterDemand( p, INFINITY );
  expectClustersDescribeTheirPoints( p, all );
  ASSERT_EQ( all.clusters.size(), 1u );
  EXPECT_DOUBLE_EQ( all.clusters[0].centroid.x, ( 0 + 4 + 4 + 1e6 ) / 4 );
}

TEST( DemandClusters, InvalidInput )
{
  EXPECT_FALSE( clusterDemand( { { 0, 0, 1 } }, -1 ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { 0, 0, 1 } }, NAN ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { 0, 0, 1 } }, 1, NAN ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { NAN, 0, 1 } }, 1 ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { 0, INFINITY, 1 } }, 1 ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { 0, 0, -1 } }, 1 ).error.empty() );
  EXPECT_FALSE( clusterDemand( { { 0, 0, NAN } }, 1 ).error.empty() );
}

TEST( DemandClusters, SameAsTestingEveryPair )
{
  std::mt19937 rng( 8 );
  std::uniform_int_distribution<int> size( 0, 300 ), kind( 0, 3 );
  std::uniform_real_distribution<double> unit( 0, 1 );
  for ( int instance = 0; instance < 300; ++instance )
  {
    const int n = size( rng );
    const int k = kind( rng );
    const double d = std::pow( 10.0, 0.5 + 2 * unit( rng ) ); // 3 to 300 m
    const double ox = 100000 + 200000 * unit( rng ), oy = 300000 + 320000 * unit( rng );
    std::vector<DemandPoint> p;
    for ( int i = 0; i < n; ++i )
    {
      DemandPoint q;
      if ( k == 0 ) // spread out
      {
        q.x = ox + unit( rng ) * 3000;
        q.y = oy + unit( rng ) * 3000;
      }
      else if ( k == 1 ) // on a lattice with spacing d: many pairs exactly d apart
      {
        q.x = ox + d * std::floor( unit( rng ) * 15 );
        q.y = oy + d * std::floor( unit( rng ) * 15 );
      }
      else if ( k == 2 ) // a few tight groups with repeated points
      {
        const int group = static_cast<int>( unit( rng ) * 4 );
        q.x = ox + group * 1000 + std::round( unit( rng ) * 5 ) * d * 0.3;
        q.y = oy + std::round( unit( rng ) * 5 ) * d * 0.3;
      }
      else // along streets: lines of points
      {
        q.x = ox + std::floor( unit( rng ) * 6 ) * 400;
        q.y = oy + unit( rng ) * 2000;
      }
      q.weight = unit( rng ) < 0.3 ? 0.0 : std::round( unit( rng ) * 8 ) / 4; // ties between clusters
      p.push_back( q );
    }
    const double minWeight = unit( rng ) < 0.3 ? 2.0 : 0.0;
    const DemandClusters r = clusterDemand( p, d, minWeight );
    expectClustersDescribeTheirPoints( p, r );
    EXPECT_EQ( r.clusterOf, bruteForceClusters( p, d, minWeight ) )
        << "instance " << instance << ", kind " << k;
  }
}

TEST( DemandClusters, CellsLargerThanTheDistanceStayExact )
{
  // A distance far below the extent's 1e-9: cells are larger than d / √2, and pairs inside one are tested.
  std::vector<DemandPoint> p{ { 100000, 400000, 1 }, { 300000, 620000, 1 } };
  std::mt19937 rng( 3 );
  std::uniform_int_distribution<int> step( 0, 40 );
  for ( int i = 0; i < 200; ++i )
    p.push_back( { 200000 + step( rng ) * 1e-5, 500000 + step( rng ) * 1e-5, 1 } );
  for ( double d : { 0.0, 1e-5, 2e-5, 1.5e-4 } )
  {
    const DemandClusters r = clusterDemand( p, d );
    expectClustersDescribeTheirPoints( p, r );
    EXPECT_EQ( r.clusterOf, bruteForceClusters( p, d ) ) << "d " << d;
  }
}

TEST( DemandClusters, LargeInputTiming )
{
  // 100,000 addresses over a 10 x 10 km municipality in RD New. Prints the time; no assertion on it.
  std::mt19937 rng( 6 );
  std::uniform_real_distribution<double> x( 150000, 160000 ), y( 450000, 460000 ), w( 0, 1 );
  std::vector<DemandPoint> p;
  for ( int i = 0; i < 100000; ++i )
    p.push_back( { x( rng ), y( rng ), w( rng ) < 0.8 ? 0.0 : w( rng ) } );
  for ( double d : { 25.0, 150.0 } )
  {
    const auto start = std::chrono::steady_clock::now();
    const DemandClusters r = clusterDemand( p, d );
    const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
    ASSERT_TRUE( r.error.empty() );
    std::cout << "[ measured ] 100,000 points, d = " << d << " m: " << r.clusters.size() << " clusters in "
              << seconds << " s\n";
  }
}
