#include "dfoutputstyle.h"
#include "dfcompat.h"

#include "classbreaks.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsmaplayerstyle.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsprocessingfeedback.h>
#include <qgsproviderregistry.h>
#include <qgsreadwritecontext.h>
#include <qgsrendererrange.h>
#include <qgssqliteutils.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <memory>

#include <gdal.h>
#include <ogr_api.h>

namespace
{
QString qmlResourceFor( const QgsVectorLayer *layer, const DfStyleSpec &spec )
{
  QString suffix;
  switch ( layer->geometryType() )
  {
  case DfCompat::GeometryPoint:
    suffix = QStringLiteral( "point" );
    break;
  case DfCompat::GeometryLine:
    suffix = QStringLiteral( "line" );
    break;
  default:
    suffix = QStringLiteral( "polygon" );
    break;
  }
  return QStringLiteral( ":/dementiafriendly/styles/%1_%2.qml" ).arg( spec.qmlName, suffix );
}

QString formatBound( double v )
{
  // Whole numbers where the bounds are whole, else as few decimals as the bound needs.
  const int decimals = v == std::round( v ) ? 0 : ( v * 10 == std::round( v * 10 ) ? 1 : 2 );
  return QLocale().toString( v, 'f', decimals );
}

//! Replaces the data classes of the graduated renderer (all but the "no data" class below 0) by round
//! quantile classes of the layer's values, keeping the QML's colours in order.
void fitClasses( QgsVectorLayer *layer, QgsGraduatedSymbolRenderer *renderer, const QString &field,
                 const QString &noDataLabel )
{
  const int idx = layer->fields().lookupField( field );
  if ( idx < 0 )
    return;
  std::vector<double> values;
  QgsFeatureRequest request;
  request.setFlags( DfCompat::RequestNoGeometry ).setSubsetOfAttributes( QgsAttributeList() << idx );
  QgsFeatureIterator it = layer->getFeatures( request );
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    bool ok = false;
    const double v = f.attribute( idx ).toDouble( &ok );
    if ( ok && !f.attribute( idx ).isNull() )
      values.push_back( v );
  }
  const std::vector<double> bounds = dfn::roundedQuantileBreaks( values, 5 );
  if ( bounds.size() < 2 )
    return;

  QList<QgsRendererRange> noData, data;
  for ( QgsRendererRange r : renderer->ranges() )
  {
    if ( r.upperValue() < 0 )
    {
      r.setLabel( noDataLabel );
      noData.append( r );
    }
    else
      data.append( r );
  }
  if ( data.isEmpty() )
    return;

  const int classes = static_cast<int>( bounds.size() ) - 1;
  QgsRangeList ranges = noData;
  for ( int i = 0; i < classes; ++i )
  {
    // Spread the QML's colours over fewer classes, light to dark.
    const int source = classes == 1
                           ? data.size() - 1
                           : static_cast<int>( std::lround( i * ( data.size() - 1.0 ) / ( classes - 1.0 ) ) );
    const QString label =
        QStringLiteral( "%1 – %2" ).arg( formatBound( bounds[i] ), formatBound( bounds[i + 1] ) );
    ranges.append( QgsRendererRange( bounds[i], bounds[i + 1], data.at( source ).symbol()->clone(), label ) );
  }
  while ( !renderer->ranges().isEmpty() )
    renderer->deleteClass( 0 );
  for ( const QgsRendererRange &r : ranges )
    renderer->addClass( r );
}

//! "path.gpkg|layername=x" -> "path.gpkg"; empty for outputs that are not files.
QString outputFile( const QString &destination )
{
  const QVariantMap parts =
      QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), destination );
  const QString path = parts.value( QStringLiteral( "path" ) ).toString();
  return QFileInfo::exists( path ) ? path : QString();
}

//! The destination with its layer name spelled out, which saving metadata needs ("x.gpkg" ->
//! "x.gpkg|layername=x").
QString withLayerName( const QString &destination, const QString &path )
{
  QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), destination );
  if ( !parts.value( QStringLiteral( "layerName" ) ).toString().isEmpty() )
    return destination;
  GDALDatasetH ds = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr );
  if ( !ds )
    return destination;
  QStringList names;
  for ( int i = 0; i < GDALDatasetGetLayerCount( ds ); ++i )
  {
    const QString name = QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( ds, i ) ) );
    if ( name != QLatin1String( "layer_styles" ) ) // QGIS's own style table is not the output
      names << name;
  }
  if ( names.size() == 1 )
    parts.insert( QStringLiteral( "layerName" ), names.first() );
  GDALClose( ds );
  return QgsProviderRegistry::instance()->encodeUri( QStringLiteral( "ogr" ), parts );
}

class DfStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
public:
  DfStylePostProcessor( const DfStyleSpec &spec, const QgsLayerMetadata &metadata )
      : mSpec( spec ), mMetadata( metadata )
  {
  }

  void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &,
                         QgsProcessingFeedback *feedback ) override
  {
    QgsVectorLayer *vl = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vl )
      return;
    QString error;
    QgsMapLayerStyleManager *styles = vl->styleManager();
    const QString current = styles->currentStyle();
    for ( const DfStyleSpec &alternative : mSpec.alternatives )
    {
      if ( !DfOutputStyle::apply( vl, alternative, &error ) )
        continue;
      QgsMapLayerStyle style;
      style.readFromLayer( vl );
      styles->addStyle( alternative.styleName, style );
    }
    if ( !DfOutputStyle::apply( vl, mSpec, &error ) && feedback )
      feedback->reportError( error );
    if ( !mSpec.alternatives.empty() )
      styles->renameStyle( current, mSpec.styleName );
    vl->setMetadata( mMetadata );
    vl->triggerRepaint();
  }

private:
  DfStyleSpec mSpec;
  QgsLayerMetadata mMetadata;
};
} // namespace

bool DfOutputStyle::apply( QgsVectorLayer *layer, const DfStyleSpec &spec, QString *error )
{
  const QString resource = qmlResourceFor( layer, spec );
  QFile file( resource );
  QDomDocument doc;
  if ( !file.open( QIODevice::ReadOnly ) || !doc.setContent( &file ) )
  {
    *error = QObject::tr( "The style %1 is missing from the plugin." ).arg( resource );
    return false;
  }
  QString message;
  if ( !layer->importNamedStyle( doc, message ) )
  {
    *error = QObject::tr( "Could not apply the style %1: %2" ).arg( resource, message );
    return false;
  }
  if ( auto *graduated = dynamic_cast<QgsGraduatedSymbolRenderer *>( layer->renderer() ) )
  {
    // Fit a copy and set it: setRenderer() emits rendererChanged, so the legend in the Layers panel shows
    // the fitted classes (changing the classes in place signals nothing).
    std::unique_ptr<QgsGraduatedSymbolRenderer> fitted( graduated->clone() );
    // The field is set here, not in the QML: walking results name it after the facility kind.
    fitted->setClassAttribute(
        QStringLiteral( "coalesce(%1, -1)" ).arg( QgsExpression::quotedColumnRef( spec.classField ) ) );
    const QString noDataLabel =
        spec.noDataLabel.isEmpty() ? QObject::tr( "No estimate (secret or missing data)" ) : spec.noDataLabel;
    if ( spec.fitClasses )
      fitClasses( layer, fitted.get(), spec.classField, noDataLabel );
    else
    {
      QgsRangeList ranges = fitted->ranges();
      int dataClass = 0;
      for ( int i = 0; i < ranges.size(); ++i )
        if ( ranges.at( i ).upperValue() < 0 )
          fitted->updateRangeLabel( i, noDataLabel );
        else if ( dataClass < spec.classLabels.size() )
          fitted->updateRangeLabel( i, spec.classLabels.at( dataClass++ ) );
    }
    layer->setRenderer( fitted.release() );
  }
  return true;
}

namespace
{
//! Removes the style of that name stored for that table in the GeoPackage, if there is one.
void forgetStoredStyle( const QString &path, const QString &table, const QString &styleName )
{
  GDALDatasetH ds =
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  if ( !ds )
    return;
  if ( GDALDatasetGetLayerByName( ds, "layer_styles" ) )
  {
    const QString sql =
        QStringLiteral( "DELETE FROM layer_styles WHERE f_table_name = %1 AND styleName = %2" )
            .arg( QgsSqliteUtils::quotedString( table ), QgsSqliteUtils::quotedString( styleName ) );
    if ( OGRLayerH result = GDALDatasetExecuteSQL( ds, sql.toUtf8().constData(), nullptr, nullptr ) )
      GDALDatasetReleaseResultSet( ds, result );
  }
  GDALClose( ds );
}

//! Stores the layer's current style in its GeoPackage (table layer_styles), replacing a style of the same
//! name. An existing style is removed first: before 3.24, saving over it asked the user in a modal dialog
//! (from the OGR provider, whichever API is used), which hung qgis_process on a second run into the same
//! layer and popped a dialog from a background task in the desktop. QgsMapLayer::saveStyleToDatabase is
//! deprecated in 3.44, so the style goes through the provider registry.
bool storeInDatabase( const QgsVectorLayer &layer, const QString &path, const QString &table,
                      const QString &name, const QString &description, bool useAsDefault, QString &error )
{
  QDomDocument qml;
  QgsReadWriteContext context;
  layer.exportNamedStyle( qml, error, context );
  if ( !error.isEmpty() )
    return false;
  // The SLD copy is for other tools; what SLD cannot express (3.44 reports label expressions) leaves it out,
  // as QGIS's own saveStyleToDatabaseV2 does, and the QML QGIS reads is stored all the same.
  QString sldError;
  QString sld = DfCompat::sldStyle( layer, sldError );
  if ( !sldError.isEmpty() )
    sld.clear();
  forgetStoredStyle( path, table, name );
  return QgsProviderRegistry::instance()->saveStyle( layer.providerType(), layer.source(), qml.toString(),
                                                     sld, name, description, QString(), useAsDefault, error );
}
} // namespace

namespace
{
//! Leaves a GeoPackage in the journal mode QGIS's own algorithms leave it in (rollback journal, "delete"),
//! without -wal/-shm files. Opening a GeoPackage for update through QGIS's OGR provider switches it to WAL
//! mode, and the provider switches back only when it closes the last connection; the connections it pools for
//! reading were still open then, so the outputs stayed in WAL mode, and merely opening one later (even to
//! read) created a -wal/-shm pair and rewrote its header.
void closeJournal( const QString &path )
{
  GDALDatasetH ds =
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  if ( !ds )
    return;
  if ( OGRLayerH result = GDALDatasetExecuteSQL( ds, "PRAGMA journal_mode = delete", nullptr, nullptr ) )
    GDALDatasetReleaseResultSet( ds, result );
  GDALClose( ds );
}

void storeStyleAndMetadata( const QString &destination, const QString &path, const DfStyleSpec &spec,
                            const QgsLayerMetadata &metadata, QgsProcessingFeedback *feedback );
} // namespace

void DfOutputStyle::persist( const QString &destination, const DfStyleSpec &spec,
                             const QgsLayerMetadata &metadata, QgsProcessingFeedback *feedback )
{
  const QString path = outputFile( destination );
  if ( path.isEmpty() )
    return; // a memory layer: the post-processor styles it in the desktop
  storeStyleAndMetadata( destination, path, spec, metadata, feedback );
  if ( path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
    closeJournal( path );
}

namespace
{
void storeStyleAndMetadata( const QString &destination, const QString &path, const DfStyleSpec &spec,
                            const QgsLayerMetadata &metadata, QgsProcessingFeedback *feedback )
{
  using DfOutputStyle::apply;
  QgsVectorLayer layer( destination, spec.styleName, QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
  {
    feedback->pushWarning(
        QObject::tr( "Could not reopen the output %1 to store its style." ).arg( destination ) );
    return;
  }
  const bool geoPackage = path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive );
  const QString named = withLayerName( destination, path );
  const QString table = QgsProviderRegistry::instance()
                            ->decodeUri( QStringLiteral( "ogr" ), named )
                            .value( QStringLiteral( "layerName" ) )
                            .toString();
  const QString base = QFileInfo( path ).path() + '/' + QFileInfo( path ).completeBaseName();
  QString error;
  bool ok = false;
  for ( const DfStyleSpec &alternative : spec.alternatives )
  {
    if ( !apply( &layer, alternative, &error ) )
    {
      feedback->pushWarning( error );
      continue;
    }
    if ( geoPackage )
    {
      QString message;
      if ( !storeInDatabase(
               layer, path, table, alternative.styleName,
               QObject::tr( "Style of the dementia-friendly plugin: %1" ).arg( alternative.classField ),
               false, message ) )
        feedback->pushWarning( QObject::tr( "Could not store the style %1 in %2: %3" )
                                   .arg( alternative.styleName, path, message ) );
    }
    layer.saveNamedStyle( base + '_' + alternative.classField + QStringLiteral( ".qml" ), ok );
  }
  if ( !apply( &layer, spec, &error ) )
  {
    feedback->pushWarning( error );
    return;
  }
  if ( geoPackage )
  {
    QString message;
    if ( !storeInDatabase( layer, path, table, spec.styleName,
                           QObject::tr( "Default style of the dementia-friendly plugin" ), true, message ) )
      feedback->pushWarning( QObject::tr( "Could not store the style in %1: %2" ).arg( path, message ) );
    try
    {
      QString mdError;
      if ( !QgsProviderRegistry::instance()->saveLayerMetadata( QStringLiteral( "ogr" ), named, metadata,
                                                                mdError ) )
        feedback->pushWarning( QObject::tr( "Could not store the metadata in %1: %2" ).arg( path, mdError ) );
    }
    catch ( QgsNotSupportedException & )
    {
    }
  }
  // Sidecar files, which QGIS also reads for other formats (Shapefile, GeoJSON).
  layer.saveNamedStyle( base + QStringLiteral( ".qml" ), ok );
  layer.setMetadata( metadata );
  layer.saveNamedMetadata( base + QStringLiteral( ".qmd" ), ok );
  // The provider's pooled read connections would keep the file in WAL mode (closeJournal).
  if ( layer.dataProvider() )
    layer.dataProvider()->invalidateConnections( path );
}
} // namespace

void DfOutputStyle::attachPostProcessor( QgsProcessingContext &context, const QString &destination,
                                         const DfStyleSpec &spec, const QgsLayerMetadata &metadata )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination )
        .setPostProcessor( new DfStylePostProcessor( spec, metadata ) );
}
