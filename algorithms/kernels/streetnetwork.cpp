#include "streetnetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

namespace dfn
{

// Vertices are bucketed in square cells of the tolerance's size, so a vertex's possible partners lie in the
// 3 x 3 cells around it. Cells live in an open-addressing hash table; nodes in one cell form a linked list.
struct StreetNetworkBuilder::Grid
{
  struct Slot
  {
    int64_t kx = 0;
    int64_t ky = 0;
    int32_t head = -1; //!< -1: empty slot
  };
  double cell;
  std::vector<Slot> slots = std::vector<Slot>( 1024 );
  size_t used = 0;
  std::vector<int32_t> nextInCell;

  explicit Grid( double cellSize ) : cell( cellSize ) {}

  static uint64_t hash( int64_t kx, int64_t ky )
  {
    uint64_t h = static_cast<uint64_t>( kx ) * 0x9E3779B97F4A7C15ULL ^ static_cast<uint64_t>( ky );
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ ( h >> 29 );
  }

  Slot &slot( int64_t kx, int64_t ky )
  {
    const size_t mask = slots.size() - 1;
    for ( size_t i = hash( kx, ky ) & mask;; i = ( i + 1 ) & mask )
      if ( slots[i].head < 0 || ( slots[i].kx == kx && slots[i].ky == ky ) )
        return slots[i];
  }

  int32_t headOf( int64_t kx, int64_t ky ) { return slot( kx, ky ).head; }

  void insert( int64_t kx, int64_t ky, int32_t node )
  {
    if ( ( used + 1 ) * 2 > slots.size() )
      grow();
    Slot &s = slot( kx, ky );
    if ( s.head < 0 )
    {
      s.kx = kx;
      s.ky = ky;
      ++used;
    }
    if ( nextInCell.size() <= static_cast<size_t>( node ) )
      nextInCell.resize( static_cast<size_t>( node ) + 1, -1 );
    nextInCell[static_cast<size_t>( node )] = s.head;
    s.head = node;
  }

  void grow()
  {
    std::vector<Slot> old( slots.size() * 2 );
    old.swap( slots );
    for ( const Slot &s : old )
      if ( s.head >= 0 )
        slot( s.kx, s.ky ) = s;
  }
};

namespace
{
//! Eight tolerances, at least a metre: few vertices per cell, and few near a cell's side.
double cellSizeFor( double tolerance )
{
  return std::max( 8.0 * tolerance, 1.0 );
}
} // namespace

StreetNetworkBuilder::StreetNetworkBuilder( double tolerance )
    : mTolerance( tolerance > 0 ? std::min( tolerance, 4 * MaxCoordinate ) : 0.0 ),
      mGrid( new Grid( cellSizeFor( mTolerance ) ) )
{
}

StreetNetworkBuilder::~StreetNetworkBuilder()
{
  delete mGrid;
}

int32_t StreetNetworkBuilder::nodeFor( XY p )
{
  const double cell = mGrid->cell;
  const int64_t kx = static_cast<int64_t>( std::floor( p.x / cell ) );
  const int64_t ky = static_cast<int64_t>( std::floor( p.y / cell ) );
  // Cells are several times the tolerance, so a neighbouring cell can only hold a partner when the vertex
  // lies within the tolerance of that side: most vertices need one hash probe instead of nine.
  const double fx = p.x - static_cast<double>( kx ) * cell, fy = p.y - static_cast<double>( ky ) * cell;
  const int64_t x0 = fx <= mTolerance ? -1 : 0, x1 = cell - fx <= mTolerance ? 1 : 0;
  const int64_t y0 = fy <= mTolerance ? -1 : 0, y1 = cell - fy <= mTolerance ? 1 : 0;
  int32_t best = -1;
  double bestDistance = std::numeric_limits<double>::infinity();
  for ( int64_t dy = y0; dy <= y1; ++dy )
    for ( int64_t dx = x0; dx <= x1; ++dx )
      for ( int32_t n = mGrid->headOf( kx + dx, ky + dy ); n >= 0;
            n = mGrid->nextInCell[static_cast<size_t>( n )] )
      {
        const double d = distance( p, mNet.mNodes[static_cast<size_t>( n )] );
        if ( d <= mTolerance && ( d < bestDistance || ( d == bestDistance && n < best ) ) )
        {
          best = n;
          bestDistance = d;
        }
      }
  if ( best >= 0 )
  {
    if ( bestDistance > 0 )
      ++mStats.nearMissJoins;
    return best;
  }
  const int32_t node = static_cast<int32_t>( mNet.mNodes.size() );
  mNet.mNodes.push_back( p );
  mGrid->insert( kx, ky, node );
  return node;
}

void StreetNetworkBuilder::reserve( size_t vertices )
{
  mNet.mNodes.reserve( vertices );
  mNet.mEdges.reserve( vertices );
  mGrid->nextInCell.reserve( vertices );
  size_t slots = mGrid->slots.size();
  while ( slots < 2 * vertices + 2 )
    slots *= 2;
  if ( slots > mGrid->slots.size() && mGrid->used == 0 )
    mGrid->slots.assign( slots, Grid::Slot() );
}

void StreetNetworkBuilder::addLine( const XY *vertices, size_t count, int32_t line )
{
  ++mStats.lines;
  int32_t previousNode = -1;
  XY previous;
  for ( size_t i = 0; i < count; ++i )
  {
    const XY p = vertices[i];
    if ( !isUsableCoordinate( p ) )
    {
      ++mStats.unusableVertices;
      previousNode = -1;
      continue;
    }
    const int32_t node = nodeFor( p );
    if ( previousNode >= 0 )
    {
      if ( node == previousNode )
        ++mStats.zeroLengthSegments;
      else
        mNet.mEdges.push_back( { previousNode, node, previous, p, distance( previous, p ), line } );
    }
    previousNode = node;
    previous = p;
  }
}

StreetNetwork StreetNetworkBuilder::finish()
{
  StreetNetwork &net = mNet;
  // Two straight segments between the same two nodes are one street digitised twice (often in opposite
  // directions). Kept both, a home and a facility on that street could snap to different copies, by the last
  // bit of two distances, and walk round through an end node. Keep the first.
  {
    std::vector<uint32_t> order( net.mEdges.size() );
    std::iota( order.begin(), order.end(), 0u );
    auto key = [&]( uint32_t i )
    {
      const StreetEdge &e = net.mEdges[i];
      return std::make_tuple( std::min( e.from, e.to ), std::max( e.from, e.to ), i );
    };
    std::sort( order.begin(), order.end(), [&]( uint32_t a, uint32_t b ) { return key( a ) < key( b ); } );
    std::vector<char> duplicate( net.mEdges.size(), 0 );
    for ( size_t k = 1; k < order.size(); ++k )
    {
      const auto [a0, a1, ai] = key( order[k - 1] );
      const auto [b0, b1, bi] = key( order[k] );
      if ( a0 == b0 && a1 == b1 )
        duplicate[bi] = 1;
    }
    size_t kept = 0;
    for ( size_t i = 0; i < net.mEdges.size(); ++i )
      if ( !duplicate[i] )
        net.mEdges[kept++] = net.mEdges[i];
    mStats.duplicateSegments += net.mEdges.size() - kept;
    net.mEdges.resize( kept );
  }
  const size_t nodes = net.mNodes.size();
  net.mArcStart.assign( nodes + 1, 0 );
  for ( const StreetEdge &e : net.mEdges )
  {
    ++net.mArcStart[static_cast<size_t>( e.from ) + 1];
    ++net.mArcStart[static_cast<size_t>( e.to ) + 1];
  }
  std::partial_sum( net.mArcStart.begin(), net.mArcStart.end(), net.mArcStart.begin() );
  const size_t arcs = net.mEdges.size() * 2;
  net.mArcTarget.resize( arcs );
  net.mArcEdge.resize( arcs );
  net.mArcLength.resize( arcs );
  std::vector<uint32_t> fill( net.mArcStart.begin(), net.mArcStart.end() - 1 );
  for ( size_t i = 0; i < net.mEdges.size(); ++i )
  {
    const StreetEdge &e = net.mEdges[i];
    for ( const auto &[at, other] : { std::pair{ e.from, e.to }, std::pair{ e.to, e.from } } )
    {
      const uint32_t arc = fill[static_cast<size_t>( at )]++;
      net.mArcTarget[arc] = other;
      net.mArcEdge[arc] = static_cast<int32_t>( i );
      net.mArcLength[arc] = e.length;
    }
  }
  StreetNetwork result = std::move( mNet );
  mNet = StreetNetwork();
  delete mGrid;
  mGrid = new Grid( cellSizeFor( mTolerance ) );
  return result;
}

double StreetNetwork::totalLength() const
{
  double sum = 0;
  for ( const StreetEdge &e : mEdges )
    sum += e.length;
  return sum;
}

std::vector<int32_t> StreetNetwork::componentLabels( int32_t *componentCount ) const
{
  const size_t n = mNodes.size();
  std::vector<int32_t> label( n, -1 );
  std::vector<double> length;
  std::vector<int32_t> stack;
  for ( size_t start = 0; start < n; ++start )
  {
    if ( label[start] >= 0 ||
         arcBegin( static_cast<int32_t>( start ) ) == arcBegin( static_cast<int32_t>( start ) + 1 ) )
      continue;
    const int32_t id = static_cast<int32_t>( length.size() );
    length.push_back( 0 );
    label[start] = id;
    stack.push_back( static_cast<int32_t>( start ) );
    while ( !stack.empty() )
    {
      const int32_t u = stack.back();
      stack.pop_back();
      for ( uint32_t a = arcBegin( u ); a < arcBegin( u + 1 ); ++a )
      {
        length[static_cast<size_t>( id )] += arcLength( a ) / 2; // each edge is seen from both ends
        const int32_t v = arcTarget( a );
        if ( label[static_cast<size_t>( v )] < 0 )
        {
          label[static_cast<size_t>( v )] = id;
          stack.push_back( v );
        }
      }
    }
  }
  // Renumber so that 0 is the part with the most street length.
  std::vector<int32_t> order( length.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(),
                    [&]( int32_t a, int32_t b )
                    { return length[static_cast<size_t>( a )] > length[static_cast<size_t>( b )]; } );
  std::vector<int32_t> rank( order.size() );
  for ( size_t i = 0; i < order.size(); ++i )
    rank[static_cast<size_t>( order[i] )] = static_cast<int32_t>( i );
  for ( int32_t &l : label )
    if ( l >= 0 )
      l = rank[static_cast<size_t>( l )];
  if ( componentCount )
    *componentCount = static_cast<int32_t>( order.size() );
  return label;
}

} // namespace dfn
