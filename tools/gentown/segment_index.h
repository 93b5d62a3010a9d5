// Uniform-grid index of street segments, used to keep buildings and amenities off the streets.
#pragma once

#include "geom.h"

#include <cmath>
#include <vector>

namespace gentown
{

class SegmentIndex
{
public:
  SegmentIndex( double minX, double minY, double maxX, double maxY, double cell )
      : mMinX( minX ), mMinY( minY ), mCell( cell ),
        mNx( static_cast<int>( std::ceil( ( maxX - minX ) / cell ) ) + 1 ),
        mNy( static_cast<int>( std::ceil( ( maxY - minY ) / cell ) ) + 1 ),
        mBuckets( static_cast<size_t>( mNx ) * static_cast<size_t>( mNy ) )
  {
  }

  void add( Pt a, Pt b )
  {
    const int id = static_cast<int>( mSegments.size() );
    mSegments.push_back( { a, b } );
    const int x0 = ix( std::min( a.x, b.x ) ), x1 = ix( std::max( a.x, b.x ) );
    const int y0 = iy( std::min( a.y, b.y ) ), y1 = iy( std::max( a.y, b.y ) );
    for ( int y = y0; y <= y1; ++y )
      for ( int x = x0; x <= x1; ++x )
        mBuckets[static_cast<size_t>( y ) * static_cast<size_t>( mNx ) + static_cast<size_t>( x )].push_back(
            id );
  }

  void addPolyline( const std::vector<Pt> &pts )
  {
    for ( size_t i = 1; i < pts.size(); ++i )
      add( pts[i - 1], pts[i] );
  }

  // Distance to the nearest segment, or `radius` if none is closer than that.
  double nearest( Pt p, double radius ) const
  {
    double best = radius;
    const int x0 = ix( p.x - radius ), x1 = ix( p.x + radius );
    const int y0 = iy( p.y - radius ), y1 = iy( p.y + radius );
    for ( int y = y0; y <= y1; ++y )
      for ( int x = x0; x <= x1; ++x )
        for ( int id :
              mBuckets[static_cast<size_t>( y ) * static_cast<size_t>( mNx ) + static_cast<size_t>( x )] )
        {
          const auto &s = mSegments[static_cast<size_t>( id )];
          best = std::min( best, segmentDistance( p, s.first, s.second ) );
        }
    return best;
  }

private:
  int ix( double x ) const { return std::clamp( static_cast<int>( ( x - mMinX ) / mCell ), 0, mNx - 1 ); }
  int iy( double y ) const { return std::clamp( static_cast<int>( ( y - mMinY ) / mCell ), 0, mNy - 1 ); }

  double mMinX, mMinY, mCell;
  int mNx, mNy;
  std::vector<std::vector<int>> mBuckets;
  std::vector<std::pair<Pt, Pt>> mSegments;
};

} // namespace gentown
