#pragma once
// Every output opens as a readable map: in the desktop through a layer post-processor, headless because the
// style is stored in the GeoPackage as its default style and beside it as a .qml file. The QML files in
// styles/ are compiled into the library; the class bounds are recomputed on the data so buurten and 100 m
// cells both read well.

#include <qgslayermetadata.h>
#include <qgsprocessingcontext.h>

#include <QString>
#include <QStringList>

#include <vector>

class QgsVectorLayer;
class QgsProcessingFeedback;

struct DfStyleSpec
{
  DfStyleSpec( const QString &qml, const QString &field, const QString &style, bool fit = true,
               const QString &noData = QString() )
      : qmlName( qml ), classField( field ), styleName( style ), fitClasses( fit ), noDataLabel( noData )
  {
  }

  QString qmlName;         //!< base name in styles/, e.g. "estimatedementia" (the geometry suffix is added)
  QString classField;      //!< the field the graduated classes are computed on
  QString styleName;       //!< name of the style stored in the GeoPackage
  bool fitClasses = true;  //!< false: keep the QML's class bounds (e.g. 5/10/15 minutes), which carry meaning
  QString noDataLabel;     //!< legend text of the class for empty values; empty: the estimate's wording
  QStringList classLabels; //!< without fitClasses: legend texts of the data classes in order (translated)
  //! More styles to switch to (Layers panel > Styles; in a GeoPackage, stored beside the default one; as
  //! files, <output>_<styleName>.qml). This spec stays the default.
  std::vector<DfStyleSpec> alternatives;
};

namespace DfOutputStyle
{
//! Applies the style to a layer and fits the classes to its values. False, with \a error, when it could not.
bool apply( QgsVectorLayer *layer, const DfStyleSpec &spec, QString *error );

//! After the sink is closed: stores style and metadata with a file-based output. Problems are reported as
//! warnings; the data itself is complete by then, so they never fail the run.
void persist( const QString &destination, const DfStyleSpec &spec, const QgsLayerMetadata &metadata,
              QgsProcessingFeedback *feedback );

//! Styles the layer and sets its metadata when the desktop loads the output.
void attachPostProcessor( QgsProcessingContext &context, const QString &destination, const DfStyleSpec &spec,
                          const QgsLayerMetadata &metadata );
} // namespace DfOutputStyle
