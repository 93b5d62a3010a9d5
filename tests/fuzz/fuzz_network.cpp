// Street-network builder, snapping and walking search from coordinates (bytes -> lines of points, with NaN,
// infinities, 1e308, huge, duplicate and repeated vertices). Contract (streetnetwork.h, networksnap.h,
// walksearch.h): no crash; nodes have usable coordinates, edges finite lengths and valid ends, arcs mirror
// edges; a snap is the brute-force nearest edge within the distance, with 0 <= along <= length; reached
// walking distances are finite and within the cut-off.
#include "fuzzcheck.h"
#include "networksnap.h"
#include "streetnetwork.h"
#include "walksearch.h"

#include <algorithm>
#include <vector>

namespace
{
dfn::XY pickPoint( FuzzedDataProvider &in, const std::vector<dfn::XY> &earlier )
{
  if ( !earlier.empty() && in.ConsumeIntegralInRange<int>( 0, 3 ) == 0 ) // a repeated vertex
    return earlier[in.ConsumeIntegralInRange<size_t>( 0, earlier.size() - 1 )];
  return { dffuzz::pickDouble( in ), dffuzz::pickDouble( in ) };
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  dfn::StreetNetworkBuilder builder( dffuzz::pickDouble( in ) );
  std::vector<dfn::XY> all;
  const int lines = in.ConsumeIntegralInRange<int>( 0, 12 );
  for ( int l = 0; l < lines; ++l )
  {
    std::vector<dfn::XY> line( in.ConsumeIntegralInRange<size_t>( 0, 8 ) );
    for ( dfn::XY &p : line )
      all.push_back( p = pickPoint( in, all ) );
    builder.addLine( line.data(), line.size(), l );
  }
  const dfn::StreetNetwork net = builder.finish();
  const size_t nodes = net.nodeCount();
  for ( size_t n = 0; n < nodes; ++n )
    FUZZ_CHECK( dfn::isUsableCoordinate( net.node( static_cast<int32_t>( n ) ) ) );
  for ( const dfn::StreetEdge &e : net.edges() )
  {
    FUZZ_CHECK( e.from >= 0 && static_cast<size_t>( e.from ) < nodes && e.to >= 0 &&
                static_cast<size_t>( e.to ) < nodes && e.from != e.to );
    FUZZ_CHECK( dffuzz::finite( e.length ) && e.length >= 0 );
    FUZZ_CHECK( dfn::isUsableCoordinate( e.a ) && dfn::isUsableCoordinate( e.b ) );
  }
  FUZZ_CHECK( net.arcBegin( static_cast<int32_t>( nodes ) ) == 2 * net.edgeCount() );
  FUZZ_CHECK( dffuzz::finite( net.totalLength() ) );
  int32_t parts = 0;
  const std::vector<int32_t> labels = net.componentLabels( &parts );
  for ( int32_t l : labels )
    FUZZ_CHECK( l >= -1 && l < parts );

  const dfn::EdgeSnapIndex index( net );
  std::vector<dfn::WalkSeed> seeds;
  std::vector<dfn::NetworkSnap> origins;
  const int queries = in.ConsumeIntegralInRange<int>( 0, 6 );
  for ( int q = 0; q < queries; ++q )
  {
    const dfn::XY p = pickPoint( in, all );
    const double maxDistance =
        in.ConsumeBool() ? dffuzz::pickDouble( in ) : std::numeric_limits<double>::infinity();
    const dfn::NetworkSnap s = index.snap( p, maxDistance );
    // Brute force: the nearest distance to any edge.
    double nearest = std::numeric_limits<double>::infinity();
    if ( dfn::isUsableCoordinate( p ) )
      for ( const dfn::StreetEdge &e : net.edges() )
        nearest = std::min(
            nearest, dfn::distance( p, dfn::pointAt( e.a, e.b, dfn::projectionFraction( p, e.a, e.b ) ) ) );
    if ( s.valid() )
    {
      FUZZ_CHECK( static_cast<size_t>( s.edge ) < net.edgeCount() );
      FUZZ_CHECK( s.along >= 0 && s.along <= net.edge( s.edge ).length );
      FUZZ_CHECK( dffuzz::finite( s.connector ) && s.connector >= 0 && s.connector <= maxDistance );
      FUZZ_CHECK( s.connector == nearest );
    }
    else
      FUZZ_CHECK( net.edgeCount() == 0 || !( nearest <= maxDistance ) || !dfn::isUsableCoordinate( p ) );
    if ( in.ConsumeBool() )
      seeds.push_back( { s, q } );
    origins.push_back( s );
  }
  dfn::WalkSearch search( net );
  const double cutoff = dffuzz::pickDouble( in );
  FUZZ_CHECK( search.run( seeds, cutoff ) );
  FUZZ_CHECK( search.error().empty() == ( cutoff >= 0 ) ); // snaps from the index are always usable
  for ( const dfn::NetworkSnap &o : origins )
  {
    const dfn::WalkReach r = search.reach( o );
    if ( r.reached() )
      FUZZ_CHECK( dffuzz::finite( r.distance ) && r.distance >= 0 && r.distance <= cutoff );
  }
  for ( const dfn::EdgePiece &piece : search.reachablePieces( dffuzz::pickDouble( in ) ) )
    FUZZ_CHECK( static_cast<size_t>( piece.edge ) < net.edgeCount() && 0 <= piece.from &&
                piece.from < piece.to && piece.to <= net.edge( piece.edge ).length );
  return 0;
}
