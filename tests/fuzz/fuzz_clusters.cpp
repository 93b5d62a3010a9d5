// Demand clustering with any coordinates and weights (NaN, infinities, 1e308, huge, duplicates) and any
// linking distance. Contract (demandclusters.h): no crash; invalid input is an error; otherwise the clusters
// are exactly the single-linkage components (checked by brute force over all pairs), their weights and the
// noise add up, and every number is finite with the centroid inside the cluster's box.
#include "demandclusters.h"
#include "fuzzcheck.h"

#include <numeric>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  std::vector<dfn::DemandPoint> points;
  const size_t n = in.ConsumeIntegralInRange<size_t>( 0, 40 );
  bool bad = false;
  double total = 0;
  for ( size_t i = 0; i < n; ++i )
  {
    dfn::DemandPoint p;
    if ( !points.empty() && in.ConsumeIntegralInRange<int>( 0, 3 ) == 0 )
    {
      const dfn::DemandPoint &q = points[in.ConsumeIntegralInRange<size_t>( 0, points.size() - 1 )];
      p.x = q.x; // a duplicate place
      p.y = q.y;
    }
    else
    {
      p.x = dffuzz::pickDouble( in );
      p.y = dffuzz::pickDouble( in );
    }
    p.weight = in.ConsumeBool() ? in.ConsumeIntegralInRange<int>( 0, 5 ) : dffuzz::pickDouble( in );
    bad =
        bad || !dfn::isUsableCoordinate( { p.x, p.y } ) || !( p.weight >= 0 ) || !dffuzz::finite( p.weight );
    if ( !bad )
      total += p.weight;
    points.push_back( p );
  }
  bad = bad || !( total <= dfn::MaxDemandTotalWeight );
  const double d = dffuzz::pickDouble( in );
  const double minWeight = in.ConsumeBool() ? 0.0 : dffuzz::pickDouble( in );
  bad = bad || !( d >= 0 ) || std::isnan( minWeight );

  const dfn::DemandClusters r = dfn::clusterDemand( points, d, minWeight );
  FUZZ_CHECK( r.error.empty() == !bad );
  if ( bad )
  {
    FUZZ_CHECK( r.clusters.empty() && r.clusterOf.empty() );
    return 0;
  }
  FUZZ_CHECK( r.clusterOf.size() == n );
  // Brute force single linkage.
  std::vector<size_t> root( n );
  std::iota( root.begin(), root.end(), 0 );
  const auto find = [&]( size_t i )
  {
    while ( root[i] != i )
      i = root[i] = root[root[i]];
    return i;
  };
  for ( size_t i = 0; i < n; ++i )
    for ( size_t j = i + 1; j < n; ++j )
      if ( dfn::withinLinkDistance( { points[i].x, points[i].y }, { points[j].x, points[j].y }, d ) )
        root[find( i )] = find( j );
  std::vector<double> weightOf( n, 0 );
  for ( size_t i = 0; i < n; ++i )
    weightOf[find( i )] += points[i].weight;
  double listed = 0;
  for ( size_t i = 0; i < n; ++i )
  {
    const int32_t id = r.clusterOf[i];
    FUZZ_CHECK( id >= 0 && static_cast<size_t>( id ) <= r.clusters.size() );
    for ( size_t j = 0; j < i; ++j )
      if ( find( i ) == find( j ) )
        FUZZ_CHECK( r.clusterOf[j] == id );
      else if ( id != 0 )
        FUZZ_CHECK( r.clusterOf[j] != id );
  }
  for ( size_t c = 0; c < r.clusters.size(); ++c )
  {
    const dfn::DemandCluster &k = r.clusters[c];
    FUZZ_CHECK( k.id == static_cast<int32_t>( c + 1 ) && k.points > 0 && k.weight >= minWeight );
    FUZZ_CHECK( dffuzz::finite( k.weight ) && dffuzz::finite( k.centroid.x ) &&
                dffuzz::finite( k.centroid.y ) );
    const double slackX = 1e-9 * ( std::fabs( k.minX ) + std::fabs( k.maxX ) + 1 );
    const double slackY = 1e-9 * ( std::fabs( k.minY ) + std::fabs( k.maxY ) + 1 );
    FUZZ_CHECK( k.centroid.x >= k.minX - slackX && k.centroid.x <= k.maxX + slackX );
    FUZZ_CHECK( k.centroid.y >= k.minY - slackY && k.centroid.y <= k.maxY + slackY );
    FUZZ_CHECK( r.clusterOf[k.firstPoint] == k.id );
    if ( c > 0 )
      FUZZ_CHECK( r.clusters[c - 1].weight >= k.weight );
    listed += k.weight;
  }
  FUZZ_CHECK( std::fabs( listed + r.noiseWeight - total ) <= 1e-9 * total );
  return 0;
}
