#pragma once
// What a layer's CRS really is, judged by its definition and not by its code, and whether its coordinates fit
// it. A Web Mercator written by R/sf or an old export carries no EPSG code ("Popular Visualisation Pseudo
// Mercator", a BOUNDCRS), and a geographic CRS read from a PROJ string has none either: comparing authid()
// let both through.

#include <QString>

#include <qgscoordinatereferencesystem.h>

class QgsFeatureSource;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;

#include <QVariantMap>

namespace DfCrsCheck
{
//! What a CRS's units are worth for walking distances.
enum class CrsKind
{
  Missing,    //!< no CRS at all (invalid): nothing can be judged
  Geographic, //!< degrees (isGeographic(), degree units, or +proj=longlat in the definition)
  Mercator,   //!< any Mercator (+proj=merc): Web Mercator with or without EPSG:3857; 1.6 "metres" per metre
  NotMetres,  //!< projected, but its units are not metres, or not true metres in the Netherlands
  Metres //!< projected in metres, true to within 2 % in the Netherlands (RD New, UTM 31N/32N, ETRS89-LAEA)
};

struct CrsClass
{
  CrsKind kind = CrsKind::Missing;
  //! Map units per true metre at Amersfoort (the centre of RD New), measured by transforming 1 km steps on
  //! the WGS 84 ellipsoid; NaN when it could not be measured (no CRS, degrees, the Netherlands not in it).
  double scale = 0;
};

//! Classifies \a crs by its definition (PROJ string, units) and the true scale of its units, never by its
//! code.
CrsClass classify( const QgsCoordinateReferenceSystem &crs );

//! True when walking distances can be measured in \a crs (CrsKind::Metres).
inline bool hasTrueMetres( const CrsClass &c )
{
  return c.kind == CrsKind::Metres;
}

//! The CRS for a message: "EPSG:3857 (WGS 84 / Pseudo-Mercator)", or for one without a code its name and
//! definition, "a CRS without EPSG code (+proj=merc +a=6378137 …)".
QString describe( const QgsCoordinateReferenceSystem &crs );

//! True when the layer's coordinates are RD New numbers but its CRS, read as labelled, puts them outside the
//! Netherlands: the label is wrong (RD New data labelled EPSG:3857, EPSG:4326, EPSG:32631, …).
bool looksMislabelled( const QgsFeatureSource *source );

//! Warns when a layer's CRS label is clearly wrong (RD New coordinates under another label), or when its
//! coordinates lie outside the area the CRS is made for. Names the layer, its CRS and EPSG:28992.
void warnIfMislabelled( const QgsFeatureSource *source, const QString &layerName,
                        QgsProcessingFeedback *feedback );

//! warnIfMislabelled() for every vector input of \a algorithm (feature sources and multiple-layer
//! parameters) that \a parameters name: one call at the start of each algorithm.
void warnForInputs( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                    QgsProcessingContext &context, QgsProcessingFeedback *feedback );
} // namespace DfCrsCheck
