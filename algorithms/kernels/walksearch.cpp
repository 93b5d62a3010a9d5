#include "walksearch.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace dfn
{

namespace
{
constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr uint32_t CancelInterval = 1u << 14;
} // namespace

WalkSearch::WalkSearch( const StreetNetwork &network )
    : mNet( network ), mDistance( network.nodeCount(), Inf ), mLabel( network.nodeCount(), -1 )
{
}

void WalkSearch::reset()
{
  for ( int32_t n : mTouched )
  {
    mDistance[static_cast<size_t>( n )] = Inf;
    mLabel[static_cast<size_t>( n )] = -1;
  }
  mTouched.clear();
  mSeedsByEdge.clear();
  mError.clear();
}

namespace
{
//! A snap that lies on an edge of \a net, as EdgeSnapIndex makes them.
bool usableSnap( const StreetNetwork &net, const NetworkSnap &s )
{
  if ( s.edge < 0 || static_cast<size_t>( s.edge ) >= net.edgeCount() )
    return false;
  return s.along >= 0 && s.along <= net.edge( s.edge ).length && s.connector >= 0 &&
         std::isfinite( s.connector );
}
} // namespace

bool WalkSearch::run( const std::vector<WalkSeed> &seeds, double cutoff, const CancelCheck &cancelled )
{
  reset();
  if ( !( cutoff >= 0 ) )
  {
    mCutoff = -Inf; // reach() and reachablePieces() then find nothing
    mError = "the walking cut-off must be 0 or more metres";
    return true;
  }
  mCutoff = cutoff;
  using Entry = std::pair<double, int32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;

  auto improve = [&]( int32_t n, double d, int32_t label )
  {
    double &current = mDistance[static_cast<size_t>( n )];
    if ( d > mCutoff || d > current || ( d == current && label >= mLabel[static_cast<size_t>( n )] ) )
      return;
    if ( current == Inf )
      mTouched.push_back( n );
    current = d;
    mLabel[static_cast<size_t>( n )] = label;
    queue.emplace( d, n );
  };

  for ( size_t i = 0; i < seeds.size(); ++i )
  {
    const WalkSeed &s = seeds[i];
    if ( !s.snap.valid() )
      continue;
    if ( !usableSnap( mNet, s.snap ) )
    {
      if ( mError.empty() )
        mError = "seed " + std::to_string( i ) + " does not lie on an edge of the network; left out";
      continue;
    }
    mSeedsByEdge.push_back( s );
    const StreetEdge &e = mNet.edge( s.snap.edge );
    improve( e.from, s.snap.connector + s.snap.along, s.label );
    improve( e.to, s.snap.connector + ( e.length - s.snap.along ), s.label );
  }
  std::stable_sort( mSeedsByEdge.begin(), mSeedsByEdge.end(),
                    []( const WalkSeed &a, const WalkSeed &b ) { return a.snap.edge < b.snap.edge; } );

  uint32_t steps = 0;
  while ( !queue.empty() )
  {
    const auto [d, u] = queue.top();
    queue.pop();
    if ( d > mDistance[static_cast<size_t>( u )] )
      continue; // a stale entry: u was reached more cheaply since
    if ( ++steps % CancelInterval == 0 && cancelled && cancelled() )
      return false;
    const int32_t label = mLabel[static_cast<size_t>( u )];
    for ( uint32_t a = mNet.arcBegin( u ), end = mNet.arcBegin( u + 1 ); a < end; ++a )
      improve( mNet.arcTarget( a ), d + mNet.arcLength( a ), label );
  }
  return true;
}

WalkReach WalkSearch::reach( const NetworkSnap &origin ) const
{
  WalkReach best;
  if ( !origin.valid() || !usableSnap( mNet, origin ) )
    return best;
  auto consider = [&]( double d, int32_t label )
  {
    if ( label < 0 || d > mCutoff )
      return;
    if ( d < best.distance || ( d == best.distance && label < best.label ) )
    {
      best.distance = d;
      best.label = label;
    }
  };
  const StreetEdge &e = mNet.edge( origin.edge );
  consider( mDistance[static_cast<size_t>( e.from )] + origin.along + origin.connector,
            mLabel[static_cast<size_t>( e.from )] );
  consider( mDistance[static_cast<size_t>( e.to )] + ( e.length - origin.along ) + origin.connector,
            mLabel[static_cast<size_t>( e.to )] );
  // A facility on the same edge is reached without passing a node.
  auto it = std::lower_bound( mSeedsByEdge.begin(), mSeedsByEdge.end(), origin.edge,
                              []( const WalkSeed &s, int32_t edge ) { return s.snap.edge < edge; } );
  for ( ; it != mSeedsByEdge.end() && it->snap.edge == origin.edge; ++it )
    consider( it->snap.connector + std::abs( it->snap.along - origin.along ) + origin.connector, it->label );
  return best;
}

std::vector<EdgePiece> WalkSearch::reachablePieces( double budget ) const
{
  budget = std::min( budget, mCutoff );
  std::vector<EdgePiece> raw;
  auto add = [&]( int32_t edge, double from, double to )
  {
    const double length = mNet.edge( edge ).length;
    from = std::max( 0.0, from );
    to = std::min( length, to );
    if ( to > from )
      raw.push_back( { edge, from, to } );
  };
  for ( int32_t u : mTouched )
  {
    const double du = mDistance[static_cast<size_t>( u )];
    if ( du > budget )
      continue;
    for ( uint32_t a = mNet.arcBegin( u ), end = mNet.arcBegin( u + 1 ); a < end; ++a )
    {
      const int32_t v = mNet.arcTarget( a );
      const int32_t edge = mNet.arcEdge( a );
      const StreetEdge &e = mNet.edge( edge );
      const double dv = mDistance[static_cast<size_t>( v )];
      // An edge with both ends in reach is handled once, from its end a.
      if ( dv <= budget && u != e.from )
        continue;
      const double fromA = budget - mDistance[static_cast<size_t>( e.from )];
      const double fromB = budget - mDistance[static_cast<size_t>( e.to )];
      if ( fromA >= 0 && fromB >= 0 && fromA + fromB >= e.length )
        add( edge, 0, e.length );
      else
      {
        if ( fromA >= 0 )
          add( edge, 0, fromA );
        if ( fromB >= 0 )
          add( edge, e.length - fromB, e.length );
      }
    }
  }
  for ( const WalkSeed &s : mSeedsByEdge )
  {
    const double left = budget - s.snap.connector;
    if ( left >= 0 )
      add( s.snap.edge, s.snap.along - left, s.snap.along + left );
  }
  // Merge overlapping stretches of one edge.
  std::sort( raw.begin(), raw.end(),
             []( const EdgePiece &a, const EdgePiece &b )
             { return a.edge != b.edge ? a.edge < b.edge : a.from < b.from; } );
  std::vector<EdgePiece> merged;
  for ( const EdgePiece &p : raw )
  {
    if ( !merged.empty() && merged.back().edge == p.edge && p.from <= merged.back().to )
      merged.back().to = std::max( merged.back().to, p.to );
    else
      merged.push_back( p );
  }
  return merged;
}

} // namespace dfn
