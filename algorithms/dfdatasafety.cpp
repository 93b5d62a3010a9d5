#include "dfdatasafety.h"

#include "dfalgorithmsupport.h"
#include "dfoutputguard.h"

#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsproperty.h>
#include <qgsproviderregistry.h>
#include <qgssqliteutils.h>
#include <qgsvectorfilewriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <vector>

#include <gdal.h>
#include <ogr_api.h>

namespace
{
//! Where a parameter reads or writes: a file, and a layer in it when the file holds several.
struct Place
{
  QString parameter;
  QString file;          //!< absolute; canonical where it exists
  QString layer;         //!< empty: the file as a whole
  bool wholeFile = true; //!< an output that replaces the file, or an input file that is one layer
  bool destination = false;
  bool ogrUri = false; //!< written as ogr:dbname=… table=…

  QString shown() const
  {
    return layer.isEmpty()
               ? QStringLiteral( "\"%1\"" ).arg( file )
               : QCoreApplication::translate( "DfDataSafety", "\"%1\", layer \"%2\"" ).arg( file, layer );
  }
};

bool isContainer( const QString &file )
{
  const QString suffix = QFileInfo( file ).suffix().toLower();
  return suffix == QLatin1String( "gpkg" ) || suffix == QLatin1String( "sqlite" ) ||
         suffix == QLatin1String( "db" );
}

QString absolute( const QString &path )
{
  const QFileInfo info( path );
  if ( info.exists() )
    return info.canonicalFilePath();
  const QString folder = QFileInfo( info.absolutePath() ).canonicalFilePath();
  return folder.isEmpty() ? QDir::cleanPath( info.absoluteFilePath() )
                          : QDir( folder ).filePath( info.fileName() );
}

//! The data layers of a file (not QGIS's style table); \a opened is false when GDAL cannot read it.
QStringList layersIn( const QString &file, bool *opened, bool *pluginOutput = nullptr )
{
  QStringList names;
  GDALDatasetH ds =
      GDALOpenEx( file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  *opened = ds != nullptr;
  if ( !ds )
    return names;
  for ( int i = 0; i < GDALDatasetGetLayerCount( ds ); ++i )
  {
    const QString name = QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( ds, i ) ) );
    if ( name != QLatin1String( "layer_styles" ) )
      names << name;
  }
  if ( pluginOutput )
  {
    // A previous output of this plugin: one layer, whose style the plugin stored (DfOutputStyle::persist).
    *pluginOutput = false;
    if ( names.size() == 1 && GDALDatasetGetLayerByName( ds, "layer_styles" ) )
    {
      const QString sql = QStringLiteral( "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = %1 AND "
                                          "styleName LIKE 'dementiafriendly%'" )
                              .arg( QgsSqliteUtils::quotedString( names.first() ) );
      if ( OGRLayerH result = GDALDatasetExecuteSQL( ds, sql.toUtf8().constData(), nullptr, nullptr ) )
      {
        if ( OGRFeatureH f = OGR_L_GetNextFeature( result ) )
        {
          *pluginOutput = OGR_F_GetFieldAsInteger( f, 0 ) > 0;
          OGR_F_Destroy( f );
        }
        GDALDatasetReleaseResultSet( ds, result );
      }
    }
  }
  GDALClose( ds );
  return names;
}

//! A sink destination as the user wrote it; an empty file for memory and temporary outputs.
Place destinationPlace( const QString &parameter, const QString &value )
{
  Place place;
  place.parameter = parameter;
  place.destination = true;
  if ( value.isEmpty() || value == QLatin1String( "TEMPORARY_OUTPUT" ) ||
       value.startsWith( QLatin1String( "memory:" ) ) )
    return place;
  static const QRegularExpression providerRx( QStringLiteral( "^([A-Za-z_]{3,}):(.*)$" ) );
  const QRegularExpressionMatch match = providerRx.match( value );
  if ( match.hasMatch() )
  {
    if ( match.captured( 1 ) != QLatin1String( "ogr" ) &&
         match.captured( 1 ) != QLatin1String( "spatialite" ) )
      return place; // a database server: not a file
    const QgsDataSourceUri uri( match.captured( 2 ) );
    place.file = absolute( uri.database().isEmpty() ? match.captured( 2 ) : uri.database() );
    place.layer = uri.table();
    place.ogrUri = true;
  }
  else
  {
    const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), value );
    place.file = absolute( parts.value( QStringLiteral( "path" ) ).toString() );
    place.layer = parts.value( QStringLiteral( "layerName" ) ).toString();
  }
  place.wholeFile = place.layer.isEmpty() || !isContainer( place.file );
  if ( place.wholeFile )
    place.layer.clear();
  return place;
}

//! An input: the file and layer the parameter's layer reads, or the file a file parameter names.
Place inputPlace( const QgsProcessingParameterDefinition *definition, const QVariantMap &parameters,
                  QgsProcessingContext &context )
{
  Place place;
  place.parameter = definition->name();
  const QString type = definition->type();
  if ( type == QLatin1String( "file" ) )
  {
    place.file = QgsProcessingParameters::parameterAsFile( definition, parameters, context );
    if ( !place.file.isEmpty() )
      place.file = absolute( place.file );
    return place;
  }
  if ( type != QLatin1String( "source" ) && type != QLatin1String( "vector" ) &&
       type != QLatin1String( "layer" ) )
    return place;
  QVariantMap parts;
  if ( QgsMapLayer *layer = QgsProcessingParameters::parameterAsLayer( definition, parameters, context ) )
    parts = QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() );
  else
  {
    // Not readable (e.g. a damaged file): still never written over.
    QVariant value = parameters.value( definition->name() );
    if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
      value = value.value<QgsProcessingFeatureSourceDefinition>().source.staticValue();
    parts = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), value.toString() );
  }
  const QString path = parts.value( QStringLiteral( "path" ) ).toString();
  if ( path.isEmpty() || !QFileInfo::exists( path ) )
    return place; // a memory layer or a database
  place.file = absolute( path );
  place.wholeFile = !isContainer( place.file );
  if ( !place.wholeFile )
  {
    place.layer = parts.value( QStringLiteral( "layerName" ) ).toString();
    bool opened = false;
    if ( place.layer.isEmpty() ) // the provider reads the first layer
      place.layer = layersIn( place.file, &opened ).value( 0 );
    place.wholeFile = place.layer.isEmpty();
  }
  return place;
}

bool clash( const Place &a, const Place &b )
{
  return !a.file.isEmpty() && a.file == b.file &&
         ( a.wholeFile || b.wholeFile || a.layer.compare( b.layer, Qt::CaseInsensitive ) == 0 );
}

//! The folder must exist and be writable; an existing file is replaced only when it holds no layers but a
//! previous output of this plugin (a report: no layers at all).
void checkReplace( const Place &d, bool report )
{
  const QFileInfo info( d.file );
  const QFileInfo folder( info.absolutePath() );
  if ( !folder.isDir() )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfDataSafety",
                                     "%1 (%2): the folder \"%3\" does not exist. Create it first or choose "
                                     "another folder." )
            .arg( d.parameter, d.shown(), folder.filePath() ) );
  // The permission bits count too: the system administrator may write anything, but a file or folder the
  // user made read-only is not meant to be replaced.
  const auto writable = []( const QFileInfo &f )
  {
    return f.isWritable() &&
           ( f.permissions() & ( QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther ) );
  };
  if ( !writable( folder ) || ( info.exists() && !writable( info ) ) )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfDataSafety",
                                     "%1 (%2): the file or its folder \"%3\" cannot be written. Choose "
                                     "another folder." )
            .arg( d.parameter, d.shown(), folder.filePath() ) );
  if ( info.isDir() )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfDataSafety", "%1 (%2) is a folder, not a file. Choose a file name." )
            .arg( d.parameter, d.shown() ) );
  if ( !info.exists() || info.size() == 0 || ( !report && !isContainer( d.file ) ) )
    return;
  bool opened = false, pluginOutput = false;
  const QStringList layers = layersIn( d.file, &opened, report ? nullptr : &pluginOutput );
  if ( !opened && !report )
    throw QgsProcessingException(
        QCoreApplication::translate(
            "DfDataSafety",
            "%1 (%2): the file exists but cannot be read as a GeoPackage, so what it holds is unknown; it is "
            "not replaced. Choose another file, or remove it first." )
            .arg( d.parameter, d.shown() ) );
  if ( !d.wholeFile || layers.isEmpty() || pluginOutput )
    return;
  throw QgsProcessingException(
      QCoreApplication::translate(
          "DfDataSafety",
          "%1 (%2) would replace the whole file, which holds other data (layers %3). Name a new layer in it "
          "(Save to GeoPackage in the dialog; ogr:dbname='%4' table=\"name\" on the command line) or choose "
          "another file." )
          .arg( d.parameter, d.shown(), layers.join( QLatin1String( ", " ) ), d.file ) );
}
} // namespace

QString DfDataSafety::incompleteFolder( const QString &path, const QString &parameter )
{
  // Beside the target, named after it (cut, so that a long file name still leaves room for the suffix) and
  // the parameter (two outputs of one run never share it).
  const QFileInfo info( path );
  return QDir( info.absolutePath() )
      .filePath( QStringLiteral( "%1.%2.incomplete" ).arg( info.fileName().left( 100 ), parameter ) );
}

void DfDataSafety::checkDestinations( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                                      QgsProcessingContext &context )
{
  std::vector<Place> inputs, destinations;
  for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
  {
    const QString name = definition->name();
    if ( definition->type() == QLatin1String( "sink" ) )
      destinations.push_back(
          destinationPlace( name, DfSupport::requestedDestination( parameters, name, context ) ) );
    else if ( definition->isDestination() )
    {
      Place report;
      report.parameter = name;
      report.destination = true;
      const QString path = QgsProcessingParameters::parameterAsFileOutput( definition, parameters, context );
      if ( !path.isEmpty() )
        report.file = absolute( path );
      destinations.push_back( report );
    }
    else
      inputs.push_back( inputPlace( definition, parameters, context ) );
  }
  for ( size_t i = 0; i < destinations.size(); ++i )
  {
    const Place &d = destinations[i];
    if ( d.file.isEmpty() )
      continue;
    for ( const Place &input : inputs )
      if ( clash( d, input ) )
        throw QgsProcessingException(
            QCoreApplication::translate( "DfDataSafety",
                                         "%1 (%2) would write over the input %3 (%4). Choose another file, "
                                         "or another layer name in the GeoPackage, for %1." )
                .arg( d.parameter, d.shown(), input.parameter, input.shown() ) );
    for ( size_t j = 0; j < i; ++j )
      if ( clash( d, destinations[j] ) )
        throw QgsProcessingException(
            QCoreApplication::translate(
                "DfDataSafety",
                "%1 (%2) and %3 (%4) write to the same place: one would destroy the other. Choose a "
                "different file, or different layer names in one GeoPackage." )
                .arg( destinations[j].parameter, destinations[j].shown(), d.parameter, d.shown() ) );
    checkReplace( d, algorithm->parameterDefinition( d.parameter )->type() != QLatin1String( "sink" ) );
  }
}

void DfDataSafety::checkFieldNames( const QString &parameter, const QString &destination,
                                    const QgsFields &fields )
{
  const Place place = destinationPlace( parameter, destination );
  const QString suffix = QFileInfo( place.file ).suffix().toLower();
  if ( suffix != QLatin1String( "shp" ) && suffix != QLatin1String( "dbf" ) )
    return;
  QStringList tooLong;
  for ( const QgsField &field : fields )
    if ( field.name().toUtf8().size() > 10 )
      tooLong << field.name();
  if ( tooLong.isEmpty() )
    return;
  throw QgsProcessingException(
      QCoreApplication::translate(
          "DfDataSafety",
          "%1 (%2): the Shapefile/dBase format cuts field names to 10 characters, and %3 of the output's "
          "field names are longer (%4): they would be renamed, and the styles, the report and models would "
          "miss them. Write a GeoPackage (.gpkg) instead." )
          .arg( parameter, place.shown() )
          .arg( tooLong.size() )
          .arg( tooLong.mid( 0, 5 ).join( QLatin1String( ", " ) ) +
                ( tooLong.size() > 5 ? QStringLiteral( ", …" ) : QString() ) ) );
}

std::unique_ptr<QgsFeatureSink>
DfDataSafety::createSink( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                          const QString &parameter, QgsProcessingContext &context, DfOutputGuard &guard,
                          QString &destination, const QgsFields &fields, DfCompat::WkbType type,
                          const QgsCoordinateReferenceSystem &crs, QgsFeatureSink::SinkFlags flags )
{
  const QString requested = DfSupport::requestedDestination( parameters, parameter, context );
  checkFieldNames( parameter, requested, fields );
  guard.setRequested( requested );
  QVariantMap staged = parameters;
  const Place place = destinationPlace( parameter, requested );
  if ( !place.file.isEmpty() && place.wholeFile && !place.ogrUri )
  {
    // Written in "<file>.incomplete/" and moved into place when complete (DfOutputGuard::publish).
    const QString path = QgsProviderRegistry::instance()
                             ->decodeUri( QStringLiteral( "ogr" ), requested )
                             .value( "path" )
                             .toString();
    const QString folder = incompleteFolder( path, parameter );
    QDir( folder ).removeRecursively(); // left by a run that was killed
    if ( !QDir().mkdir( folder ) )
      throw QgsProcessingException(
          QCoreApplication::translate( "DfDataSafety",
                                       "%1: cannot create the folder \"%2\" for the output while it is "
                                       "written." )
              .arg( parameter, folder ) );
    const QString stagedPath = QDir( folder ).filePath( QFileInfo( path ).fileName() );
    QVariant value = parameters.value( parameter );
    if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    {
      QgsProcessingOutputLayerDefinition output = value.value<QgsProcessingOutputLayerDefinition>();
      output.sink = QgsProperty::fromValue( stagedPath );
      staged.insert( parameter, QVariant::fromValue( output ) );
    }
    else
      staged.insert( parameter, stagedPath );
    guard.setStaging( folder, QFileInfo( path ).absolutePath() );
  }
  std::unique_ptr<QgsFeatureSink> sink( QgsProcessingParameters::parameterAsSink(
      algorithm->parameterDefinition( parameter ), staged, fields, type, crs, context, destination, flags ) );
  if ( !sink )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfDataSafety", "%1: could not create the output %2." )
            .arg( parameter, place.file.isEmpty() ? requested : place.shown() ) );
  guard.setDestination( destination );
  return sink;
}
