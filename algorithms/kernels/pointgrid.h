#pragma once
// Points bucketed in a uniform grid, to find the addresses inside an area quickly. Plain C++.

#include "planar.h"

#include <cstdint>
#include <vector>

namespace dfn
{

class PointGrid
{
public:
  explicit PointGrid( std::vector<XY> points );

  //! Calls \a visit( index ) for every point in the rectangle (bounds inclusive), in no particular order.
  template <class Visit>
  void forEachIn( double minX, double minY, double maxX, double maxY, Visit visit ) const
  {
    if ( mStart.empty() || maxX < minX || maxY < minY )
      return;
    const int64_t x0 = cellX( minX ), x1 = cellX( maxX ), y0 = cellY( minY ), y1 = cellY( maxY );
    for ( int64_t y = y0; y <= y1; ++y )
      for ( int64_t x = x0; x <= x1; ++x )
      {
        const size_t c = static_cast<size_t>( y * mNx + x );
        for ( uint32_t i = mStart[c]; i < mStart[c + 1]; ++i )
        {
          const XY &p = mPoints[mOrder[i]];
          if ( p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY )
            visit( mOrder[i] );
        }
      }
  }

  const XY &point( uint32_t i ) const { return mPoints[i]; }
  size_t size() const { return mPoints.size(); }

private:
  int64_t cellX( double x ) const;
  int64_t cellY( double y ) const;
  std::vector<XY> mPoints;
  std::vector<uint32_t> mOrder; //!< point indexes sorted by cell
  std::vector<uint32_t> mStart; //!< points of cell c: mOrder[mStart[c] .. mStart[c + 1])
  double mMinX = 0, mMinY = 0, mCell = 1;
  int64_t mNx = 0, mNy = 0;
};

} // namespace dfn
