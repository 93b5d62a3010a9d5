#include "dfarealocator.h"

#include <qgsgeometryengine.h>
#include <qgspoint.h>

DfAreaLocator::DfAreaLocator() = default;
DfAreaLocator::~DfAreaLocator() = default;

void DfAreaLocator::add( const QgsGeometry &geometry )
{
  const QgsFeatureId i = static_cast<QgsFeatureId>( mGeometries.size() );
  mGeometries.push_back( geometry );
  const QgsGeometry &g = mGeometries.back();
  std::unique_ptr<QgsGeometryEngine> engine(
      g.isNull() || g.isEmpty() ? nullptr : QgsGeometry::createGeometryEngine( g.constGet() ) );
  if ( engine )
  {
    engine->prepareGeometry();
    mIndex.addFeature( i, g.boundingBox() );
  }
  mEngines.push_back( std::move( engine ) );
  mSurface.push_back( g.isNull() ? 0.0 : g.area() );
}

int DfAreaLocator::locate( dfn::XY p ) const
{
  const QgsPoint point( p.x, p.y );
  int area = -1;
  for ( QgsFeatureId candidate : mIndex.intersects( QgsRectangle( p.x, p.y, p.x, p.y ) ) )
    if ( ( area < 0 || candidate < area ) &&
         mEngines[static_cast<size_t>( candidate )]->intersects( &point ) )
      area = static_cast<int>( candidate );
  return area;
}
