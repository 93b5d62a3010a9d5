#pragma once
// Snapping points to the nearest point on the nearest street edge. Plain C++ (no Qt, no QGIS).

#include "streetnetwork.h"

#include <cstdint>
#include <vector>

namespace dfn
{

//! Where a point joins the network: a straight connector to the nearest point on an edge.
struct NetworkSnap
{
  int32_t edge = -1;    //!< -1: no edge within the maximum snap distance
  double along = 0;     //!< metres from the edge's end a to the snapped point
  double connector = 0; //!< metres from the point to the snapped point
  bool valid() const { return edge >= 0; }
};

//! A uniform grid over the edges. Queries look at rings of cells around the point, nearest first, and stop
//! once no unvisited cell can hold anything nearer. The grid has at most about four cells per edge, however
//! the edges are spread (two short edges 10^10 m apart make a grid of a few cells, not of 10^10).
class EdgeSnapIndex
{
public:
  explicit EdgeSnapIndex( const StreetNetwork &network );

  //! The nearest point on the nearest edge within \a maxDistance (inclusive; infinity: any distance). Ties go
  //! to the lower edge index. A point with a coordinate that is not finite or beyond ±MaxCoordinate
  //! (planar.h), and a maximum distance that is NaN or negative, snap to nothing. A snap that is valid has
  //! 0 <= along <= the edge's length and a finite connector.
  NetworkSnap snap( XY p, double maxDistance ) const;

private:
  const StreetNetwork &mNet;
  double mMinX = 0, mMinY = 0, mCell = 1;
  int64_t mNx = 0, mNy = 0;
  std::vector<uint32_t> mCellStart; //!< edges in cell c: mCellEdges[mCellStart[c] .. mCellStart[c + 1])
  std::vector<int32_t> mCellEdges;
};

} // namespace dfn
