#include "dfhelp.h"

#include "dftranslation.h"

#include <qgsapplication.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <dlfcn.h>

namespace DfHelp
{
QString docsDir()
{
  Dl_info info;
  if ( dladdr( reinterpret_cast<void *>( &docsDir ), &info ) != 0 && info.dli_fname )
  {
    const QString beside = QFileInfo( QString::fromLocal8Bit( info.dli_fname ) )
                               .absoluteDir()
                               .filePath( QStringLiteral( "docs" ) );
    if ( QFileInfo( beside ).isDir() )
      return beside;
  }
  return QDir( QgsApplication::pkgDataPath() )
      .filePath( QStringLiteral( "python/plugins/dementiafriendly/docs" ) );
}

QString language()
{
  QString locale;
  if ( QgsApplication *app = QgsApplication::instance() )
    locale = app->translation();
  if ( locale.isEmpty() )
    locale = QgsApplication::locale();
  return locale.startsWith( QLatin1String( "nl" ), Qt::CaseInsensitive ) ? QStringLiteral( "nl" )
                                                                         : QStringLiteral( "en" );
}

QString pageFor( const QString &algorithmName )
{
  static const QHash<QString, QString> pages = {
      { QStringLiteral( "estimatedementia" ), QStringLiteral( "estimatedementia" ) },
      { QStringLiteral( "walkingaccess" ), QStringLiteral( "walkingaccess" ) },
      { QStringLiteral( "catchments" ), QStringLiteral( "walkingaccess" ) },
      { QStringLiteral( "coverage" ), QStringLiteral( "walkingaccess" ) },
      { QStringLiteral( "neighbourhoodscore" ), QStringLiteral( "neighbourhoodscore" ) },
      { QStringLiteral( "meetingplacegaps" ), QStringLiteral( "overlays" ) },
      { QStringLiteral( "sitemeetingplaces" ), QStringLiteral( "overlays" ) },
      { QStringLiteral( "housingopportunities" ), QStringLiteral( "overlays" ) },
  };
  return pages.value( algorithmName );
}

namespace
{
//! The installed page "<page>.html", the Dutch one (nl/<page>.html) when QGIS speaks Dutch and it exists.
QString installedPage( const QString &page )
{
  const QDir docs( docsDir() );
  if ( language() == QLatin1String( "nl" ) )
  {
    const QString dutch = docs.filePath( QStringLiteral( "nl/%1.html" ).arg( page ) );
    if ( QFileInfo::exists( dutch ) )
      return dutch;
  }
  const QString english = docs.filePath( QStringLiteral( "%1.html" ).arg( page ) );
  return QFileInfo::exists( english ) ? english : QString();
}
} // namespace

QString helpUrlFor( const QString &algorithmName )
{
  const QString page = pageFor( algorithmName );
  const QString path = page.isEmpty() ? QString() : installedPage( page );
  if ( path.isEmpty() )
    return QString();
  QUrl url = QUrl::fromLocalFile( path );
  url.setFragment( algorithmName );
  return url.toString();
}

QString indexUrl()
{
  const QString path = installedPage( QStringLiteral( "index" ) );
  return path.isEmpty() ? QString() : QUrl::fromLocalFile( path ).toString();
}

QString svgIconPathFor( const QString &algorithmName )
{
  return QStringLiteral( ":/dementiafriendly/icons/%1.svg" ).arg( algorithmName );
}

QIcon iconFor( const QString &algorithmName )
{
  DfTranslation::install(); // the icons are resources of this library: make sure they are registered
  return QIcon( svgIconPathFor( algorithmName ) );
}

QString pluginIconPath()
{
  return QStringLiteral( ":/dementiafriendly/icons/dementiafriendly.svg" );
}
} // namespace DfHelp
