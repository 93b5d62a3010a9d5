#include "dfcrscheck.h"

#include "crsplausibility.h"
#include "dfalgorithmsupport.h"
#include "dfcompat.h"

#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsdistancearea.h>
#include <qgsexception.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <QObject>

#include <cmath>
#include <memory>

namespace
{
const QgsCoordinateReferenceSystem &wgs84()
{
  static const QgsCoordinateReferenceSystem crs( QStringLiteral( "EPSG:4326" ) );
  return crs;
}

//! Amersfoort, the origin of RD New: where the scale of a CRS's units is measured.
const QgsPointXY Amersfoort( 5.38763889, 52.15616056 );

//! \a r (in \a crs) in WGS 84 longitude/latitude; a null rectangle when it cannot be transformed.
QgsRectangle inWgs84( const QgsRectangle &r, const QgsCoordinateReferenceSystem &crs )
{
  if ( crs == wgs84() )
    return r;
  try
  {
    const QgsCoordinateTransform t( crs, wgs84(), QgsCoordinateTransformContext() );
    const QgsRectangle out = t.transformBoundingBox( r );
    if ( std::isfinite( out.xMinimum() ) && std::isfinite( out.yMinimum() ) &&
         std::isfinite( out.xMaximum() ) && std::isfinite( out.yMaximum() ) )
      return out;
  }
  catch ( QgsCsException & )
  {
  }
  return QgsRectangle();
}

bool finiteExtent( const QgsRectangle &r )
{
  return !r.isNull() && std::isfinite( r.xMinimum() ) && std::isfinite( r.yMinimum() ) &&
         std::isfinite( r.xMaximum() ) && std::isfinite( r.yMaximum() );
}

//! The Netherlands with its coast and border regions, in longitude/latitude.
const QgsRectangle NetherlandsLonLat( 2.0, 50.0, 8.0, 54.5 );
} // namespace

DfCrsCheck::CrsClass DfCrsCheck::classify( const QgsCoordinateReferenceSystem &crs )
{
  CrsClass c;
  c.scale = std::nan( "" );
  if ( !crs.isValid() )
    return c;
  const QString proj = crs.toProj();
  const QString wkt = crs.toWkt().trimmed();
  if ( crs.isGeographic() || proj.contains( QLatin1String( "+proj=longlat" ) ) ||
       proj.contains( QLatin1String( "+proj=latlong" ) ) ||
       proj.contains( QLatin1String( "+proj=lonlat" ) ) || wkt.startsWith( QLatin1String( "GEOGCS" ) ) ||
       wkt.startsWith( QLatin1String( "GEOGCRS" ) ) )
  {
    c.kind = CrsKind::Geographic;
    return c;
  }
  // The scale of the units in the Netherlands: map units per true metre along 1 km east and 1 km north.
  try
  {
    const QgsCoordinateTransform toCrs( wgs84(), crs, QgsCoordinateTransformContext() );
    const QgsPointXY origin = toCrs.transform( Amersfoort );
    QgsDistanceArea measure;
    measure.setSourceCrs( wgs84(), QgsCoordinateTransformContext() );
    measure.setEllipsoid( QStringLiteral( "EPSG:7030" ) );
    double worst = 1;
    for ( const QgsPointXY &step : { QgsPointXY( 1000, 0 ), QgsPointXY( 0, 1000 ) } )
    {
      const QgsPointXY there = toCrs.transform( QgsPointXY( origin.x() + step.x(), origin.y() + step.y() ),
                                                Qgis::TransformDirection::Reverse );
      const double trueMetres = measure.measureLine( Amersfoort, there );
      const double scale = 1000.0 / trueMetres;
      if ( !std::isfinite( scale ) )
        throw QgsCsException( QStringLiteral( "not finite" ) );
      if ( std::fabs( scale - 1 ) >= std::fabs( worst - 1 ) )
        worst = scale;
    }
    c.scale = worst;
  }
  catch ( QgsCsException & )
  {
    c.scale = std::nan( "" );
  }
  if ( proj.contains( QLatin1String( "+proj=merc" ) ) )
    c.kind = CrsKind::Mercator;
  else if ( crs.mapUnits() != DfCompat::DistanceMeters || !std::isfinite( c.scale ) ||
            std::fabs( c.scale - 1 ) > 0.02 )
    c.kind = CrsKind::NotMetres;
  else
    c.kind = CrsKind::Metres;
  return c;
}

QString DfCrsCheck::describe( const QgsCoordinateReferenceSystem &crs )
{
  if ( !crs.isValid() )
    return QObject::tr( "no CRS" );
  if ( !crs.authid().isEmpty() )
    return crs.description().isEmpty() ? crs.authid()
                                       : QStringLiteral( "%1 (%2)" ).arg( crs.authid(), crs.description() );
  const QString name = crs.description();
  const QString proj = crs.toProj();
  return name.isEmpty() || name == QLatin1String( "unnamed" ) || name == QLatin1String( "unknown" )
             ? QObject::tr( "a CRS without EPSG code (%1)" ).arg( proj )
             : QObject::tr( "\"%1\", a CRS without EPSG code (%2)" ).arg( name, proj );
}

bool DfCrsCheck::looksMislabelled( const QgsFeatureSource *source )
{
  const QgsCoordinateReferenceSystem crs = source->sourceCrs();
  const QgsRectangle r = source->sourceExtent();
  if ( !crs.isValid() || !finiteExtent( r ) )
    return false;
  if ( !dfn::extentLooksLikeRdNew( { r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum() } ) )
    return false;
  // RD New numbers: right when the label, read as it says, puts them in the Netherlands (RD New itself, or
  // RD New under another name or definition).
  const QgsRectangle lonLat = inWgs84( r, crs );
  return lonLat.isNull() || !NetherlandsLonLat.contains( lonLat );
}

void DfCrsCheck::warnIfMislabelled( const QgsFeatureSource *source, const QString &layerName,
                                    QgsProcessingFeedback *feedback )
{
  const QgsCoordinateReferenceSystem crs = source->sourceCrs();
  const QgsRectangle r = source->sourceExtent();
  if ( !crs.isValid() || !finiteExtent( r ) )
    return;
  if ( looksMislabelled( source ) )
  {
    feedback->reportError(
        QObject::tr( "Layer \"%1\" says its CRS is %2, but its coordinates (x %3 to %4, y %5 to %6) are "
                     "those of RD New: the CRS label is probably wrong. Set the layer's CRS to "
                     "EPSG:28992 (Layer Properties > Source) before any distance analysis." )
            .arg( layerName, describe( crs ) )
            .arg( r.xMinimum(), 0, 'f', 0 )
            .arg( r.xMaximum(), 0, 'f', 0 )
            .arg( r.yMinimum(), 0, 'f', 0 )
            .arg( r.yMaximum(), 0, 'f', 0 ),
        false );
    return;
  }
  // Coordinates outside the CRS's area of use (or that cannot be placed on the earth in it).
  const QgsRectangle bounds = crs.bounds();
  const QgsRectangle lonLat = inWgs84( r, crs );
  const bool outside = lonLat.isNull() || ( finiteExtent( bounds ) && !bounds.isEmpty() &&
                                            !bounds.buffered( 1.0 ).intersects( lonLat ) );
  if ( outside )
    feedback->reportError(
        QObject::tr( "Layer \"%1\" is in %2, but its coordinates (x %3 to %4, y %5 to %6) lie outside the "
                     "area that CRS is made for: the CRS label is probably wrong, and nothing in the layer "
                     "will meet the other layers. Set the layer's true CRS (for Dutch data usually "
                     "EPSG:28992, RD New) in Layer Properties > Source." )
            .arg( layerName, describe( crs ) )
            .arg( r.xMinimum(), 0, 'g', 10 )
            .arg( r.xMaximum(), 0, 'g', 10 )
            .arg( r.yMinimum(), 0, 'g', 10 )
            .arg( r.yMaximum(), 0, 'g', 10 ),
        false );
}

void DfCrsCheck::warnForInputs( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                                QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    if ( definition->type() == QgsProcessingParameterFeatureSource::typeName() )
    {
      const std::unique_ptr<QgsProcessingFeatureSource> source(
          QgsProcessingParameters::parameterAsSource( definition, parameters, context ) );
      if ( source )
        warnIfMislabelled(
            source.get(),
            DfSupport::layerName( algorithm, parameters, definition->name(), context, source.get() ),
            feedback );
    }
    else if ( definition->type() == QgsProcessingParameterMultipleLayers::typeName() )
    {
      for ( QgsMapLayer *layer :
            QgsProcessingParameters::parameterAsLayerList( definition, parameters, context ) )
        if ( QgsVectorLayer *vl = qobject_cast<QgsVectorLayer *>( layer ) )
          warnIfMislabelled( vl, vl->name(), feedback );
    }
  }
}
