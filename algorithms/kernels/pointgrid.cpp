#include "pointgrid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dfn
{

PointGrid::PointGrid( std::vector<XY> points ) : mPoints( std::move( points ) )
{
  double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
  size_t finite = 0;
  for ( const XY &p : mPoints )
    if ( std::isfinite( p.x ) && std::isfinite( p.y ) )
    {
      minX = std::min( minX, p.x );
      maxX = std::max( maxX, p.x );
      minY = std::min( minY, p.y );
      maxY = std::max( maxY, p.y );
      ++finite;
    }
  if ( finite == 0 )
    return;
  // About four points per cell on average.
  const double area = std::max( ( maxX - minX ) * ( maxY - minY ), 1.0 );
  mCell = std::max( std::sqrt( area * 4.0 / static_cast<double>( finite ) ), 1e-3 );
  mMinX = minX;
  mMinY = minY;
  mNx = static_cast<int64_t>( ( maxX - minX ) / mCell ) + 1;
  mNy = static_cast<int64_t>( ( maxY - minY ) / mCell ) + 1;
  mStart.assign( static_cast<size_t>( mNx * mNy ) + 1, 0 );
  std::vector<uint32_t> cellOf( mPoints.size(), std::numeric_limits<uint32_t>::max() );
  for ( size_t i = 0; i < mPoints.size(); ++i )
  {
    const XY &p = mPoints[i];
    if ( !std::isfinite( p.x ) || !std::isfinite( p.y ) )
      continue;
    cellOf[i] = static_cast<uint32_t>( cellY( p.y ) * mNx + cellX( p.x ) );
    ++mStart[cellOf[i] + 1];
  }
  std::partial_sum( mStart.begin(), mStart.end(), mStart.begin() );
  mOrder.resize( finite );
  std::vector<uint32_t> fill( mStart.begin(), mStart.end() - 1 );
  for ( size_t i = 0; i < mPoints.size(); ++i )
    if ( cellOf[i] != std::numeric_limits<uint32_t>::max() )
      mOrder[fill[cellOf[i]]++] = static_cast<uint32_t>( i );
}

int64_t PointGrid::cellX( double x ) const
{
  return std::clamp<int64_t>( static_cast<int64_t>( std::floor(
                                  std::clamp( ( x - mMinX ) / mCell, -1.0, static_cast<double>( mNx ) ) ) ),
                              0, mNx - 1 );
}

int64_t PointGrid::cellY( double y ) const
{
  return std::clamp<int64_t>( static_cast<int64_t>( std::floor(
                                  std::clamp( ( y - mMinY ) / mCell, -1.0, static_cast<double>( mNy ) ) ) ),
                              0, mNy - 1 );
}

} // namespace dfn
