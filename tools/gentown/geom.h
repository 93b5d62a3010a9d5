// Minimal 2D geometry used while planning the town (local metres, origin = lower-left of the town tile).
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace gentown
{

struct Pt
{
  double x = 0;
  double y = 0;
};

inline Pt operator+( Pt a, Pt b )
{
  return { a.x + b.x, a.y + b.y };
}
inline Pt operator-( Pt a, Pt b )
{
  return { a.x - b.x, a.y - b.y };
}
inline Pt operator*( Pt a, double s )
{
  return { a.x * s, a.y * s };
}
inline double dot( Pt a, Pt b )
{
  return a.x * b.x + a.y * b.y;
}
inline double norm( Pt a )
{
  return std::sqrt( dot( a, a ) );
}
inline Pt unit( Pt a )
{
  const double n = norm( a );
  return n > 0 ? a * ( 1.0 / n ) : Pt{ 0, 0 };
}
// Left-hand perpendicular.
inline Pt perp( Pt a )
{
  return { -a.y, a.x };
}
inline Pt lerp( Pt a, Pt b, double t )
{
  return a + ( b - a ) * t;
}

inline double segmentDistance( Pt p, Pt a, Pt b )
{
  const Pt ab = b - a;
  const double l2 = dot( ab, ab );
  double t = l2 > 0 ? dot( p - a, ab ) / l2 : 0.0;
  t = std::clamp( t, 0.0, 1.0 );
  return norm( p - ( a + ab * t ) );
}

// Output coordinates are rounded to whole millimetres, like most survey data.
inline double roundMm( double v )
{
  return std::round( v * 1000.0 ) / 1000.0;
}

// Bilinear quadrilateral: (u, v) in [0,1]^2 maps onto the cell; bottom edge is v = 0, left edge u = 0.
struct Quad
{
  Pt bl, br, tr, tl;
  Pt at( double u, double v ) const
  {
    const Pt bottom = lerp( bl, br, u );
    const Pt top = lerp( tl, tr, u );
    return lerp( bottom, top, v );
  }
  double width() const { return 0.5 * ( norm( br - bl ) + norm( tr - tl ) ); }
  double height() const { return 0.5 * ( norm( tl - bl ) + norm( tr - br ) ); }
};

inline bool pointInRing( const std::vector<Pt> &ring, Pt p )
{
  bool inside = false;
  const size_t n = ring.size();
  for ( size_t i = 0, j = n - 1; i < n; j = i++ )
  {
    const Pt a = ring[i];
    const Pt b = ring[j];
    if ( ( a.y > p.y ) != ( b.y > p.y ) && p.x < ( b.x - a.x ) * ( p.y - a.y ) / ( b.y - a.y ) + a.x )
      inside = !inside;
  }
  return inside;
}

inline double ringDistance( const std::vector<Pt> &ring, Pt p )
{
  double d = 1e300;
  for ( size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++ )
    d = std::min( d, segmentDistance( p, ring[j], ring[i] ) );
  return d;
}

// Polyline helpers: arc length and point/direction at an arc position.
inline double polylineLength( const std::vector<Pt> &pts )
{
  double l = 0;
  for ( size_t i = 1; i < pts.size(); ++i )
    l += norm( pts[i] - pts[i - 1] );
  return l;
}

inline void polylineAt( const std::vector<Pt> &pts, double s, Pt &pos, Pt &dir )
{
  for ( size_t i = 1; i < pts.size(); ++i )
  {
    const double l = norm( pts[i] - pts[i - 1] );
    if ( s <= l || i + 1 == pts.size() )
    {
      const double t = l > 0 ? std::clamp( s / l, 0.0, 1.0 ) : 0.0;
      pos = lerp( pts[i - 1], pts[i], t );
      dir = unit( pts[i] - pts[i - 1] );
      return;
    }
    s -= l;
  }
  pos = pts.empty() ? Pt{} : pts.front();
  dir = { 1, 0 };
}

} // namespace gentown
