#include "dfoutputguard.h"

#include <qgsexception.h>
#include <qgsprocessingcontext.h>
#include <qgsproviderregistry.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>

namespace
{
QString pathOf( const QString &destination )
{
  return QgsProviderRegistry::instance()
      ->decodeUri( QStringLiteral( "ogr" ), destination )
      .value( QStringLiteral( "path" ) )
      .toString();
}
} // namespace

DfOutputGuard::DfOutputGuard( const QString &destinationBeforeSink )
{
  setRequested( destinationBeforeSink );
}

void DfOutputGuard::setRequested( const QString &destinationBeforeSink )
{
  mRequestedPath = pathOf( destinationBeforeSink );
  mFileExisted = !mRequestedPath.isEmpty() && QFileInfo::exists( mRequestedPath );
}

void DfOutputGuard::setStaging( const QString &stagingFolder, const QString &targetFolder )
{
  mStaging = stagingFolder;
  mTarget = targetFolder;
}

QString DfOutputGuard::publish( QgsProcessingContext &context )
{
  if ( mStaging.isEmpty() )
    return mDestination;
  const QDir staging( mStaging );
  for ( const QFileInfo &file : staging.entryInfoList( QDir::Files | QDir::Hidden ) )
  {
    const QString target = QDir( mTarget ).filePath( file.fileName() );
    // The previous output's SQLite journals belong to the file being replaced.
    for ( const QString &suffix :
          { QString(), QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
      QFile::remove( target + suffix );
    if ( !QFile::rename( file.filePath(), target ) )
      throw QgsProcessingException(
          QCoreApplication::translate( "DfOutputGuard",
                                       "Could not move the finished output from %1 to %2; it stays in %1." )
              .arg( file.filePath(), target ) );
  }
  QDir().rmdir( mStaging );
  const QString published = QString( mDestination ).replace( mStaging, mTarget );
  QMap<QString, QgsProcessingContext::LayerDetails> layers = context.layersToLoadOnCompletion();
  if ( layers.contains( mDestination ) )
  {
    layers.insert( published, layers.take( mDestination ) );
    context.setLayersToLoadOnCompletion( layers );
  }
  mStaging.clear();
  mDestination = published;
  return published;
}

DfOutputGuard::~DfOutputGuard()
{
  if ( !mCommitted )
    discard();
}

void DfOutputGuard::discard()
{
  mCommitted = true; // at most once
  if ( !mStaging.isEmpty() )
  {
    QDir( mStaging ).removeRecursively(); // the previous file at the target was never touched
    return;
  }
  if ( mDestination.isEmpty() )
    return;
  const QVariantMap parts =
      QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), mDestination );
  const QString path = parts.value( QStringLiteral( "path" ) ).toString();
  if ( path.isEmpty() || !QFileInfo::exists( path ) )
    return; // a memory layer: dropped with the context
  const bool existedBefore = mFileExisted && path == mRequestedPath;
  if ( !existedBefore )
  {
    QFile::remove( path );
    return;
  }
  const QString layerName = parts.value( QStringLiteral( "layerName" ) ).toString();
  if ( layerName.isEmpty() )
    return;
  GDALDatasetH ds =
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  if ( !ds )
    return;
  for ( int i = 0; i < GDALDatasetGetLayerCount( ds ); ++i )
  {
    if ( layerName == QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( ds, i ) ) ) )
    {
      GDALDatasetDeleteLayer( ds, i );
      break;
    }
  }
  GDALClose( ds );
}
