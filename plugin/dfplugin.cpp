#include "dfplugin.h"

#include "dfprovider.h"
#include "dfregistration.h"
#include "dftranslation.h"
#include "dfversion.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsmessagebar.h>
#include <qgsprocessingregistry.h>

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

#include <dlfcn.h>

namespace
{
QString menuName()
{
  return QObject::tr( "&Dementia-friendly neighbourhoods" );
}

//! The documentation: docs/ beside this library where the set-up installed one plugin folder (a profile), or
//! in the plugin folder among QGIS's system Python plugins where the Debian package put the library in QGIS's
//! C++ plugin folder.
QString docsDir()
{
  Dl_info info;
  if ( dladdr( reinterpret_cast<void *>( &menuName ), &info ) != 0 && info.dli_fname )
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
} // namespace

DfPlugin::DfPlugin( QgisInterface *iface )
    : QgisPlugin( QObject::tr( "Dementia-friendly neighbourhoods" ),
                  QObject::tr( "Processing algorithms for dementia-friendly neighbourhoods" ),
                  QObject::tr( "Plugins" ), QStringLiteral( DF_VERSION ), QgisPlugin::UI ),
      mIface( iface )
{
}

void DfPlugin::initGui()
{
  mRegistered = DfRegistration::acquire();
  if ( !mRegistered && mIface )
    mIface->messageBar()->pushCritical( tr( "Dementia-friendly neighbourhoods" ),
                                        tr( "The Processing provider could not be registered." ) );
  if ( !mIface )
    return;

  const QIcon icon( QStringLiteral( ":/dementiafriendly/icons/dementiafriendly.svg" ) );
  auto add = [&]( const QString &text, void ( DfPlugin::*slot )() )
  {
    QAction *a = new QAction( icon, text, this );
    connect( a, &QAction::triggered, this, slot );
    mIface->addPluginToMenu( menuName(), a );
    mActions << a;
  };
  add( tr( "Help" ), &DfPlugin::showHelp );
  add( tr( "About…" ), &DfPlugin::showAbout );
}

void DfPlugin::unload()
{
  for ( QAction *a : std::as_const( mActions ) )
  {
    if ( mIface )
      mIface->removePluginMenu( menuName(), a );
    delete a;
  }
  mActions.clear();
  if ( mRegistered )
    DfRegistration::release();
  mRegistered = false;
}

void DfPlugin::showHelp()
{
  const QString index = QDir( docsDir() ).filePath( QStringLiteral( "index.html" ) );
  if ( QFileInfo::exists( index ) )
    QDesktopServices::openUrl( QUrl::fromLocalFile( index ) );
  else
    showAbout();
}

void DfPlugin::showAbout()
{
  QStringList algorithms;
  if ( QgsProcessingProvider *p =
           QgsApplication::processingRegistry()->providerById( DfProvider::providerId() ) )
    for ( const QgsProcessingAlgorithm *a : p->algorithms() )
      algorithms << QStringLiteral( "<li><b>%1</b> (<code>%2</code>)</li>" ).arg( a->displayName(), a->id() );
  QMessageBox::about(
      mIface ? mIface->mainWindow() : nullptr, tr( "Dementia-friendly neighbourhoods" ),
      tr( "<p><b>Dementia-friendly neighbourhoods %1</b></p>"
          "<p>Processing algorithms that help municipalities decide, per neighbourhood, where senior "
          "housing and meeting places for people with dementia are most urgent.</p>"
          "<p>Algorithms (Processing Toolbox, batch mode, graphical modeler, qgis_process):</p><ul>%2</ul>"
          "<p>Documentation: %3</p>" )
          .arg( QStringLiteral( DF_VERSION ), algorithms.join( QString() ),
                QDir::toNativeSeparators( docsDir() ) ) );
}
