#pragma once
// Which area (buurt, grid cell) a point lies in, for the algorithms that tally homes, junctions or benches
// per area. GEOS prepared geometries behind a spatial index: exact, and fast enough for the point counts of a
// municipality (the heavy walking work stays in the kernels).

#include "planar.h"

#include <qgsgeometry.h>
#include <qgsspatialindex.h>

#include <deque>
#include <memory>
#include <vector>

class QgsGeometryEngine;

class DfAreaLocator
{
public:
  DfAreaLocator();
  ~DfAreaLocator();
  DfAreaLocator( const DfAreaLocator & ) = delete;
  DfAreaLocator &operator=( const DfAreaLocator & ) = delete;

  //! Adds the next area; \a geometry in the CRS of the points to locate. A null geometry takes an index but
  //! never holds a point.
  void add( const QgsGeometry &geometry );

  //! The area holding \a p; on a shared boundary the first of the areas in layer order; -1 outside all.
  int locate( dfn::XY p ) const;

  size_t size() const { return mGeometries.size(); }
  //! The area's geometry as added.
  const QgsGeometry &geometry( size_t i ) const { return mGeometries[i]; }
  //! Its surface in square metres (0 for a null geometry).
  double surface( size_t i ) const { return mSurface[i]; }

private:
  std::deque<QgsGeometry> mGeometries; // a deque: the engines keep pointers into these geometries
  std::vector<std::unique_ptr<QgsGeometryEngine>> mEngines;
  std::vector<double> mSurface;
  QgsSpatialIndex mIndex;
};
