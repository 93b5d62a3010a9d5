#include "dfoutputguard.h"

#include <qgsproviderregistry.h>

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
    : mRequestedPath( pathOf( destinationBeforeSink ) ),
      mFileExisted( !mRequestedPath.isEmpty() && QFileInfo::exists( mRequestedPath ) )
{
}

DfOutputGuard::~DfOutputGuard()
{
  if ( !mCommitted )
    discard();
}

void DfOutputGuard::discard()
{
  mCommitted = true; // at most once
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
