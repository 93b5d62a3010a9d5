#pragma once
// Planar geometry in metres (a projected CRS), shared by the network kernels. Plain C++.

#include <algorithm>
#include <cmath>

namespace dfn
{

struct XY
{
  double x = 0;
  double y = 0;
};

//! The largest coordinate magnitude the network and cluster kernels accept: 10^10 m, far beyond any
//! projected CRS (RD New stays below 10^6, Web Mercator below 2·10^7). Within it, differences and their
//! squares never overflow and grid cell numbers stay exact integers. A point beyond it (1e308 from a broken
//! file) is treated like one that is not finite: see each kernel's header for what that means there.
inline constexpr double MaxCoordinate = 1e10;

//! True when both coordinates are finite and within ±MaxCoordinate.
inline bool isUsableCoordinate( XY p )
{
  return std::abs( p.x ) <= MaxCoordinate && std::abs( p.y ) <= MaxCoordinate; // false for NaN too
}

inline double distance( XY a, XY b )
{
  return std::hypot( b.x - a.x, b.y - a.y );
}

//! Where the perpendicular from \a p meets segment \a a–\a b: the fraction t in [0, 1] from \a a.
inline double projectionFraction( XY p, XY a, XY b )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double l2 = dx * dx + dy * dy;
  if ( l2 <= 0 )
    return 0;
  return std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / l2, 0.0, 1.0 );
}

inline XY pointAt( XY a, XY b, double t )
{
  return { a.x + ( b.x - a.x ) * t, a.y + ( b.y - a.y ) * t };
}

} // namespace dfn
