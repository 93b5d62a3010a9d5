#include "dfcrscheck.h"

#include "crsplausibility.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingfeedback.h>

void DfCrsCheck::warnIfMislabelled( const QgsFeatureSource *source, const QString &layerName,
                                    QgsProcessingFeedback *feedback )
{
  const QgsCoordinateReferenceSystem crs = source->sourceCrs();
  const QgsRectangle r = source->sourceExtent();
  if ( !crs.isValid() || r.isNull() || r.isEmpty() )
    return;
  const bool mercator = crs.authid() == QLatin1String( "EPSG:3857" );
  if ( dfn::labelLooksWrongForRdNew( { r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum() },
                                     crs.isGeographic(), mercator ) )
    feedback->reportError(
        QObject::tr( "Layer \"%1\" says its CRS is %2, but its coordinates (x %3 to %4, y %5 to %6) are "
                     "those of RD New: the CRS label is probably wrong. Set the layer's CRS to "
                     "EPSG:28992 (Layer Properties > Source) before any distance analysis." )
            .arg( layerName, crs.authid() )
            .arg( r.xMinimum(), 0, 'f', 0 )
            .arg( r.xMaximum(), 0, 'f', 0 )
            .arg( r.yMinimum(), 0, 'f', 0 )
            .arg( r.yMaximum(), 0, 'f', 0 ),
        false );
}
