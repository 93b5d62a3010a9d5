#include "demandclusters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dfn
{

namespace
{
class UnionFind
{
public:
  explicit UnionFind( size_t n ) : mParent( n ), mSize( n, 1 )
  {
    std::iota( mParent.begin(), mParent.end(), 0u );
  }
  uint32_t find( uint32_t i )
  {
    while ( mParent[i] != i )
    {
      mParent[i] = mParent[mParent[i]];
      i = mParent[i];
    }
    return i;
  }
  void unite( uint32_t a, uint32_t b )
  {
    a = find( a );
    b = find( b );
    if ( a == b )
      return;
    if ( mSize[a] < mSize[b] )
      std::swap( a, b );
    mParent[b] = a;
    mSize[a] += mSize[b];
  }

private:
  std::vector<uint32_t> mParent;
  std::vector<uint32_t> mSize;
};

constexpr int WeightScale = 600; //!< weights are scaled by 2^600 in the centroid sums

struct Cell
{
  int64_t cy = 0, cx = 0;
  uint32_t begin = 0, end = 0; //!< its points: order[begin .. end)
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  bool linked = false; //!< all its points are known to be in one cluster
};

std::string validate( const std::vector<DemandPoint> &points, double d, double minClusterWeight )
{
  if ( !( d >= 0 ) )
    return "the linking distance must be 0 or more";
  if ( std::isnan( minClusterWeight ) )
    return "the minimum cluster weight is not a number";
  if ( points.size() >= static_cast<size_t>( std::numeric_limits<int32_t>::max() ) )
    return "too many points";
  double total = 0;
  for ( size_t i = 0; i < points.size(); ++i )
  {
    const DemandPoint &p = points[i];
    if ( !std::isfinite( p.x ) || !std::isfinite( p.y ) )
      return "point " + std::to_string( i ) + " has a coordinate that is not a finite number";
    if ( !isUsableCoordinate( { p.x, p.y } ) )
      return "point " + std::to_string( i ) + " has a coordinate beyond 1e10 metres: not a projected CRS";
    if ( !std::isfinite( p.weight ) || p.weight < 0 )
      return "the weight of point " + std::to_string( i ) + " is negative or not a number";
    if ( p.weight > MaxDemandTotalWeight )
      return "the weight of point " + std::to_string( i ) + " is too large";
    total += p.weight; // each term at most 1e15: finite until compared
  }
  if ( !( total <= MaxDemandTotalWeight ) )
    return "the weights are too large: they add up to more than 1e15";
  return {};
}
} // namespace

DemandClusters clusterDemand( const std::vector<DemandPoint> &points, double linkDistance,
                              double minClusterWeight )
{
  DemandClusters r;
  r.error = validate( points, linkDistance, minClusterWeight );
  if ( !r.error.empty() || points.empty() )
    return r;
  const double d = linkDistance;
  const uint32_t n = static_cast<uint32_t>( points.size() );
  const XY at0{ points[0].x, points[0].y };
  double minX = at0.x, minY = at0.y, maxX = minX, maxY = minY;
  for ( const DemandPoint &p : points )
  {
    minX = std::min( minX, p.x );
    maxX = std::max( maxX, p.x );
    minY = std::min( minY, p.y );
    maxY = std::max( maxY, p.y );
  }
  // Cells of d / √2, but no more than about 1e9 per axis: a larger cell only costs comparisons, and keeps the
  // cell numbers exact integers whose rounding cannot move a point more than a sliver of a cell.
  const double span = std::max( maxX - minX, maxY - minY );
  double cellSize = std::max( d / std::sqrt( 2.0 ), span * 1e-9 );
  if ( !( cellSize > 0 ) )
    cellSize = 1; // d = 0 and all points at one place
  const auto cellOf = [&]( double v, double origin )
  { return static_cast<int64_t>( std::floor( ( v - origin ) / cellSize ) ); };

  std::vector<uint32_t> order( n );
  std::iota( order.begin(), order.end(), 0u );
  std::vector<int64_t> cx( n ), cy( n );
  for ( uint32_t i = 0; i < n; ++i )
  {
    cx[i] = cellOf( points[i].x, minX );
    cy[i] = cellOf( points[i].y, minY );
  }
  std::sort( order.begin(), order.end(),
             [&]( uint32_t a, uint32_t b ) {
               return cy[a] != cy[b] ? cy[a] < cy[b] : cx[a] != cx[b] ? cx[a] < cx[b] : a < b;
             } );

  UnionFind sets( n );
  const auto xy = [&]( uint32_t i ) { return XY{ points[i].x, points[i].y }; };
  std::vector<Cell> cells;
  cells.reserve( n );
  for ( uint32_t k = 0; k < n; )
  {
    Cell c;
    c.cy = cy[order[k]];
    c.cx = cx[order[k]];
    c.begin = k;
    c.minX = c.maxX = points[order[k]].x;
    c.minY = c.maxY = points[order[k]].y;
    for ( ; k < n && cy[order[k]] == c.cy && cx[order[k]] == c.cx; ++k )
    {
      const DemandPoint &p = points[order[k]];
      c.minX = std::min( c.minX, p.x );
      c.maxX = std::max( c.maxX, p.x );
      c.minY = std::min( c.minY, p.y );
      c.maxY = std::max( c.maxY, p.y );
    }
    c.end = k;
    // Every pair's dx and dy are at most the box's (rounding is monotonic), so a box whose diagonal passes
    // the test links all pairs without testing them: nearly always, unless the cell had to be larger than d /
    // √2.
    c.linked = withinLinkDistance( { c.minX, c.minY }, { c.maxX, c.maxY }, d );
    for ( uint32_t a = c.begin; a < c.end; ++a )
      if ( c.linked )
        sets.unite( order[c.begin], order[a] );
      else
        for ( uint32_t b = a + 1; b < c.end; ++b )
          if ( sets.find( order[a] ) != sets.find( order[b] ) &&
               withinLinkDistance( xy( order[a] ), xy( order[b] ), d ) )
            sets.unite( order[a], order[b] );
    cells.push_back( c );
  }

  const auto linkCells = [&]( const Cell &a, const Cell &b )
  {
    // The gap between the boxes is at most any pair's distance, again by monotonic rounding.
    const double gx = std::max( { 0.0, b.minX - a.maxX, a.minX - b.maxX } );
    const double gy = std::max( { 0.0, b.minY - a.maxY, a.minY - b.maxY } );
    if ( !withinLinkDistance( { gx, gy }, { 0, 0 }, d ) )
      return;
    const bool one = a.linked && b.linked; // then a single link joins them
    if ( one && sets.find( order[a.begin] ) == sets.find( order[b.begin] ) )
      return;
    for ( uint32_t i = a.begin; i < a.end; ++i )
      for ( uint32_t j = b.begin; j < b.end; ++j )
        if ( sets.find( order[i] ) != sets.find( order[j] ) &&
             withinLinkDistance( xy( order[i] ), xy( order[j] ), d ) )
        {
          sets.unite( order[i], order[j] );
          if ( one )
            return;
        }
  };
  // Points within d are at most √2 cells apart per axis, so at most two cells; half of the neighbourhood
  // visits each pair of cells once.
  static const int Offsets[12][2] = { { 1, 0 }, { 2, 0 },  { -2, 1 }, { -1, 1 }, { 0, 1 }, { 1, 1 },
                                      { 2, 1 }, { -2, 2 }, { -1, 2 }, { 0, 2 },  { 1, 2 }, { 2, 2 } };
  // Cells are sorted by (row, column), and so is each offset's neighbour as a runs over them: one cursor per
  // offset that only moves forward finds them all.
  const auto before = []( const Cell &c, int64_t cy, int64_t cx )
  { return c.cy != cy ? c.cy < cy : c.cx < cx; };
  size_t cursor[12] = {};
  for ( const Cell &a : cells )
    for ( int o = 0; o < 12; ++o )
    {
      const int64_t cy = a.cy + Offsets[o][1], cx = a.cx + Offsets[o][0];
      size_t &b = cursor[o];
      while ( b < cells.size() && before( cells[b], cy, cx ) )
        ++b;
      if ( b < cells.size() && cells[b].cy == cy && cells[b].cx == cx )
        linkCells( a, cells[b] );
    }

  // Clusters in order of their lowest point index; sums in point order, relative to the first point so that
  // large coordinates keep their precision in the centroid.
  std::vector<uint32_t> clusterOfRoot( n, std::numeric_limits<uint32_t>::max() );
  std::vector<uint32_t> raw( n );
  std::vector<DemandCluster> found;
  std::vector<XY> firstAt, weightedSum, plainSum;
  found.reserve( cells.size() ); // a cell lies in one cluster, except where cells are larger than d / √2
  for ( uint32_t i = 0; i < n; ++i )
  {
    const DemandPoint &p = points[i];
    uint32_t &c = clusterOfRoot[sets.find( i )];
    if ( c == std::numeric_limits<uint32_t>::max() )
    {
      c = static_cast<uint32_t>( found.size() );
      DemandCluster k;
      k.firstPoint = i;
      k.minX = k.maxX = p.x;
      k.minY = k.maxY = p.y;
      found.push_back( k );
      firstAt.push_back( { p.x, p.y } );
      weightedSum.push_back( {} );
      plainSum.push_back( {} );
    }
    raw[i] = c;
    DemandCluster &k = found[c];
    ++k.points;
    k.weight += p.weight;
    k.minX = std::min( k.minX, p.x );
    k.maxX = std::max( k.maxX, p.x );
    k.minY = std::min( k.minY, p.y );
    k.maxY = std::max( k.maxY, p.y );
    const double dx = p.x - firstAt[c].x, dy = p.y - firstAt[c].y;
    // Weights scaled by 2^600 (exact): a subnormal weight times dx would lose its digits (a centroid outside
    // its cluster), and up to 1e15 · 2^600 · 2e10 nothing overflows. For normal weights nothing changes.
    weightedSum[c].x += std::ldexp( p.weight, WeightScale ) * dx;
    weightedSum[c].y += std::ldexp( p.weight, WeightScale ) * dy;
    plainSum[c].x += dx;
    plainSum[c].y += dy;
  }
  for ( size_t c = 0; c < found.size(); ++c )
  {
    DemandCluster &k = found[c];
    const bool weighted = k.weight > 0;
    const double divisor = weighted ? std::ldexp( k.weight, WeightScale ) : static_cast<double>( k.points );
    const XY &sum = weighted ? weightedSum[c] : plainSum[c];
    k.centroid = { firstAt[c].x + sum.x / divisor, firstAt[c].y + sum.y / divisor };
  }

  std::vector<uint32_t> rank( found.size() );
  std::iota( rank.begin(), rank.end(), 0u );
  std::sort( rank.begin(), rank.end(),
             [&]( uint32_t a, uint32_t b )
             { return found[a].weight != found[b].weight ? found[a].weight > found[b].weight : a < b; } );
  std::vector<int32_t> idOf( found.size(), 0 );
  for ( uint32_t c : rank )
  {
    DemandCluster &k = found[c];
    if ( k.weight < minClusterWeight )
    {
      ++r.noiseClusters;
      r.noisePoints += k.points;
      r.noiseWeight += k.weight;
      continue;
    }
    k.id = static_cast<int32_t>( r.clusters.size() + 1 );
    idOf[c] = k.id;
    r.clusters.push_back( k );
  }
  r.clusterOf.resize( n );
  for ( uint32_t i = 0; i < n; ++i )
    r.clusterOf[i] = idOf[raw[i]];
  return r;
}

} // namespace dfn
