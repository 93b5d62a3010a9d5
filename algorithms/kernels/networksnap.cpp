#include "networksnap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dfn
{

EdgeSnapIndex::EdgeSnapIndex( const StreetNetwork &network ) : mNet( network )
{
  const auto &edges = network.edges();
  if ( edges.empty() )
    return;
  double minX = std::numeric_limits<double>::infinity(), minY = minX;
  double maxX = -minX, maxY = -minX;
  double lengthSum = 0;
  for ( const StreetEdge &e : edges )
  {
    minX = std::min( { minX, e.a.x, e.b.x } );
    maxX = std::max( { maxX, e.a.x, e.b.x } );
    minY = std::min( { minY, e.a.y, e.b.y } );
    maxY = std::max( { maxY, e.a.y, e.b.y } );
    lengthSum += e.length;
  }
  // Cells about as large as a typical edge, but no more cells than about four per edge: the area term
  // bounds nx · ny, the extent term nx + ny, for edges in a thin strip or far apart.
  const double area = std::max( ( maxX - minX ) * ( maxY - minY ), 1.0 );
  const double count = static_cast<double>( edges.size() );
  mCell = std::max( { lengthSum / count, std::sqrt( area / ( 2.0 * count ) ),
                      ( ( maxX - minX ) + ( maxY - minY ) ) / ( 2.0 * count ), 1e-3 } );
  mMinX = minX;
  mMinY = minY;
  mNx = static_cast<int64_t>( ( maxX - minX ) / mCell ) + 1;
  mNy = static_cast<int64_t>( ( maxY - minY ) / mCell ) + 1;

  auto cellRange = [this]( const StreetEdge &e, int64_t &x0, int64_t &x1, int64_t &y0, int64_t &y1 )
  {
    x0 = static_cast<int64_t>( ( std::min( e.a.x, e.b.x ) - mMinX ) / mCell );
    x1 = static_cast<int64_t>( ( std::max( e.a.x, e.b.x ) - mMinX ) / mCell );
    y0 = static_cast<int64_t>( ( std::min( e.a.y, e.b.y ) - mMinY ) / mCell );
    y1 = static_cast<int64_t>( ( std::max( e.a.y, e.b.y ) - mMinY ) / mCell );
  };
  // Two passes (count, then fill) give one flat array instead of a vector per cell.
  mCellStart.assign( static_cast<size_t>( mNx * mNy ) + 1, 0 );
  for ( const StreetEdge &e : edges )
  {
    int64_t x0, x1, y0, y1;
    cellRange( e, x0, x1, y0, y1 );
    for ( int64_t y = y0; y <= y1; ++y )
      for ( int64_t x = x0; x <= x1; ++x )
        ++mCellStart[static_cast<size_t>( y * mNx + x ) + 1];
  }
  std::partial_sum( mCellStart.begin(), mCellStart.end(), mCellStart.begin() );
  mCellEdges.resize( mCellStart.back() );
  std::vector<uint32_t> fill( mCellStart.begin(), mCellStart.end() - 1 );
  for ( size_t i = 0; i < edges.size(); ++i )
  {
    int64_t x0, x1, y0, y1;
    cellRange( edges[i], x0, x1, y0, y1 );
    for ( int64_t y = y0; y <= y1; ++y )
      for ( int64_t x = x0; x <= x1; ++x )
        mCellEdges[fill[static_cast<size_t>( y * mNx + x )]++] = static_cast<int32_t>( i );
  }
}

NetworkSnap EdgeSnapIndex::snap( XY p, double maxDistance ) const
{
  NetworkSnap best;
  if ( mCellStart.empty() || !isUsableCoordinate( p ) || !( maxDistance >= 0 ) )
    return best;
  double bestDistance = std::numeric_limits<double>::infinity();
  double bestT = 0;
  const double fx = std::floor( ( p.x - mMinX ) / mCell ), fy = std::floor( ( p.y - mMinY ) / mCell );
  if ( std::abs( fx ) > 1e15 || std::abs( fy ) > 1e15 )
    return best; // nonsense coordinates; also keeps the conversion below in range
  const int64_t cx = static_cast<int64_t>( fx ), cy = static_cast<int64_t>( fy );
  // Rings nearer than r0 miss the grid, rings beyond r1 lie outside it.
  const int64_t r0 = std::max( { -cx, cx - ( mNx - 1 ), -cy, cy - ( mNy - 1 ), int64_t( 0 ) } );
  const int64_t r1 = std::max( { cx, mNx - 1 - cx, cy, mNy - 1 - cy, int64_t( 0 ) } );

  auto visitRow = [&]( int64_t y, int64_t x0, int64_t x1 )
  {
    if ( y < 0 || y >= mNy )
      return;
    x0 = std::max<int64_t>( x0, 0 );
    x1 = std::min<int64_t>( x1, mNx - 1 );
    for ( int64_t x = x0; x <= x1; ++x )
    {
      const size_t c = static_cast<size_t>( y * mNx + x );
      for ( uint32_t i = mCellStart[c]; i < mCellStart[c + 1]; ++i )
      {
        const int32_t e = mCellEdges[i];
        const StreetEdge &edge = mNet.edge( e );
        const double t = projectionFraction( p, edge.a, edge.b );
        const double d = distance( p, pointAt( edge.a, edge.b, t ) );
        if ( d < bestDistance || ( d == bestDistance && e < best.edge ) )
        {
          bestDistance = d;
          best.edge = e;
          bestT = t;
        }
      }
    }
  };

  for ( int64_t r = r0; r <= r1; ++r )
  {
    // Every point of ring r is at least (r - 1) cells away from p.
    const double ringDistance = static_cast<double>( r - 1 ) * mCell;
    if ( ringDistance > std::min( bestDistance, maxDistance ) )
      break;
    if ( r == 0 )
    {
      visitRow( cy, cx, cx );
      continue;
    }
    visitRow( cy - r, cx - r, cx + r );
    visitRow( cy + r, cx - r, cx + r );
    for ( int64_t y = std::max( cy - r + 1, int64_t( 0 ) ); y <= std::min( cy + r - 1, mNy - 1 ); ++y )
    {
      visitRow( y, cx - r, cx - r );
      visitRow( y, cx + r, cx + r );
    }
  }
  if ( best.edge < 0 || bestDistance > maxDistance )
    return NetworkSnap();
  best.connector = bestDistance;
  best.along = bestT * mNet.edge( best.edge ).length;
  return best;
}

} // namespace dfn
