#pragma once

#include <QString>

class QgsFeatureSource;
class QgsProcessingFeedback;

namespace DfCrsCheck
{
//! Warns when a layer's CRS label is clearly wrong (RD New coordinates labelled EPSG:3857 or a geographic
//! CRS).
void warnIfMislabelled( const QgsFeatureSource *source, const QString &layerName,
                        QgsProcessingFeedback *feedback );
} // namespace DfCrsCheck
