#pragma once
// Walking distances over the street network from many facilities at once. Plain C++ (no Qt, no QGIS).
//
// A distance is the straight connector from the origin to its nearest point on the network, the distance
// along the network, and the connector to the facility. One multi-source Dijkstra search labels every node
// with the distance to, and the index of, its nearest facility; an origin then only looks at the two ends of
// its edge (and at facilities snapped to that same edge).

#include "networksnap.h"
#include "streetnetwork.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace dfn
{

//! A facility as a search source.
struct WalkSeed
{
  NetworkSnap snap;
  int32_t label = 0; //!< reported back for origins whose nearest facility this is
};

struct WalkReach
{
  double distance = std::numeric_limits<double>::infinity(); //!< metres, connectors included
  int32_t label = -1;                                        //!< -1: no facility within the cut-off
  bool reached() const { return label >= 0; }
};

//! A stretch of one edge, in metres from the edge's end a.
struct EdgePiece
{
  int32_t edge = 0;
  double from = 0;
  double to = 0;
};

//! Returns true to stop a long search early; checked every few thousand steps.
using CancelCheck = std::function<bool()>;

class WalkSearch
{
public:
  explicit WalkSearch( const StreetNetwork &network );

  //! Searches from all \a seeds up to \a cutoff metres (connectors included; infinity: no limit). Seeds that
  //! did not snap are ignored. False when cancelled; the results are then incomplete. Can be called again
  //! for other seeds.
  //! Invalid input never crashes and never gives a distance that is not a number; it is named by error():
  //!   - a cut-off that is NaN or negative: nothing is searched, every origin is unreached;
  //!   - a seed whose snap names no edge of this network, or whose along is not within 0 .. the edge's
  //!     length, or whose connector is negative or not finite (EdgeSnapIndex never makes such a snap): that
  //!     seed is left out, the others are searched.
  //! run() still returns true then (it was not cancelled): check error() after it.
  bool run( const std::vector<WalkSeed> &seeds, double cutoff, const CancelCheck &cancelled = {} );

  //! Empty, or what the last run() refused (see run()), naming the first bad seed by its index.
  const std::string &error() const { return mError; }

  //! The nearest seed of the last run for an origin that joins the network at \a origin; not reached when
  //! the origin did not snap (or names no edge of this network, or has an along or connector that is not
  //! finite) or the nearest seed is farther than the cut-off. A reached distance is finite.
  WalkReach reach( const NetworkSnap &origin ) const;

  //! Network distance from the nearest seed to node n (its connector included); infinity beyond the cut-off.
  double nodeDistance( int32_t n ) const { return mDistance[static_cast<size_t>( n )]; }
  int32_t nodeLabel( int32_t n ) const { return mLabel[static_cast<size_t>( n )]; }

  //! The parts of the network within \a budget metres (at most the cut-off) of a seed of the last run, cut
  //! exactly where the budget runs out along each edge. At most one piece per edge and end, merged where they
  //! meet.
  std::vector<EdgePiece> reachablePieces( double budget ) const;

private:
  void reset();
  const StreetNetwork &mNet;
  std::vector<double> mDistance;
  std::vector<int32_t> mLabel;
  std::vector<int32_t> mTouched;      //!< nodes given a distance in the last run, to reset cheaply
  std::vector<WalkSeed> mSeedsByEdge; //!< the last run's snapped seeds, sorted by edge
  double mCutoff = 0;
  std::string mError;
};

} // namespace dfn
