#pragma once
// Gap areas as clusters of demand points, for dementiafriendly:meetingplacegaps: the uncovered people with
// dementia that lie together, so that one new meeting place could serve them. Plain C++ (no Qt, no QGIS).
//
// Single linkage: two points are in the same cluster when they lie within the linking distance d of each
// other, and transitively: a chain of points each within d of the next is one cluster, however long.
// "Within" includes d itself: withinLinkDistance() is the exact test, on the coordinates as given, so that
// points exactly d apart are linked. Coordinates are metres in a projected CRS (RD New: x 0..300000,
// y 300000..620000); the test subtracts before squaring, and the difference of two nearby coordinates is
// exact, so large coordinates cost no precision.
//
// Clusters are numbered 1, 2, … by descending total weight; equal weights by their lowest point index. With a
// minimum cluster weight, clusters below it are noise: their points get cluster 0 and they are not listed,
// and the others keep the same order. Found with a grid of cells of d / √2 (points in one cell are all within
// d of each other; cells are no smaller than a billionth of the extent, and pairs in a cell that ends up
// wider than d are tested one by one) and union-find; each cell is compared with the cells up to two away
// only. About 0.1 s for 100,000 points. The result is the same for the same input.

#include "planar.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace dfn
{

struct DemandPoint
{
  double x = 0;
  double y = 0;
  double weight = 0; //!< e.g. people with dementia at home at this address; finite, >= 0
};

struct DemandCluster
{
  int32_t id = 0;
  size_t points = 0;
  double weight = 0;     //!< total
  size_t firstPoint = 0; //!< the lowest index of its points
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  XY centroid; //!< weighted by weight (subnormal ones too); the plain mean when the total weight is 0
};

struct DemandClusters
{
  std::string error;                   //!< empty on success; errors leave the rest empty
  std::vector<int32_t> clusterOf;      //!< per input point: its cluster id, 0 for noise
  std::vector<DemandCluster> clusters; //!< clusters[i].id == i + 1
  size_t noiseClusters = 0;            //!< clusters below the minimum weight
  size_t noisePoints = 0;
  double noiseWeight = 0;
};

//! True when a and b are within \a d of each other: dx² + dy² <= d², d included. Squares of tiny numbers
//! underflow to 0 (two points 1e-300 apart would be within d = 0) and those of huge ones overflow; then all
//! three are first scaled by one power of two, which is exact and leaves every other comparison as it was.
inline bool withinLinkDistance( XY a, XY b, double d )
{
  double dx = std::abs( a.x - b.x ), dy = std::abs( a.y - b.y );
  const double m = std::max( { dx, dy, d } );
  if ( ( m > 0 && m < 1e-150 ) || ( m > 1e150 && m <= std::numeric_limits<double>::max() ) )
  {
    const int e = std::ilogb( m );
    dx = std::ldexp( dx, -e );
    dy = std::ldexp( dy, -e );
    d = std::ldexp( d, -e );
  }
  return dx * dx + dy * dy <= d * d;
}

//! The largest total weight of all points accepted (10^15, as in maxcover.h): within it every cluster's
//! weight, weighted sum and centroid is a finite number.
inline constexpr double MaxDemandTotalWeight = 1e15;

//! Clusters \a points by single linkage within \a linkDistance (see the top of this header). d = 0 links only
//! points at the same place; an infinite d links everything. Clusters whose total weight is below
//! \a minClusterWeight are noise (0: none are; infinity: all are). Errors, naming the first offending point
//! (and leaving the rest empty, so that no NaN centroid or wrong link comes out): d negative or not a
//! number, a minimum weight that is not a number, a coordinate that is not finite or beyond ±MaxCoordinate
//! (planar.h; beyond it squared distances would overflow and link points that are far apart), a weight that
//! is negative or not finite, weights that add up to more than MaxDemandTotalWeight. On success every
//! number in the result is finite.
DemandClusters clusterDemand( const std::vector<DemandPoint> &points, double linkDistance,
                              double minClusterWeight = 0 );

} // namespace dfn
