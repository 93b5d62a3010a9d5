#include "dfplugin.h"

#include "dfhelp.h"
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
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
QString menuName()
{
  return QObject::tr( "&Dementia-friendly neighbourhoods" );
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

  const QIcon icon( DfHelp::pluginIconPath() );
  auto add = [&]( const QString &text, void ( DfPlugin::*slot )() )
  {
    QAction *a = new QAction( icon, text, this );
    connect( a, &QAction::triggered, this, slot );
    mIface->addPluginToMenu( menuName(), a );
    mActions << a;
  };
  add( tr( "Help" ), &DfPlugin::showHelp );
  add( tr( "About…" ), &DfPlugin::showAbout );
  // The submenu QGIS made for the actions carries the plugin's icon too.
  if ( QMenu *plugins = mIface->pluginMenu() )
    for ( QAction *entry : plugins->actions() )
      if ( entry->menu() && entry->menu()->actions().contains( mActions.value( 0 ) ) )
        entry->setIcon( icon );
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
  // The HTML generated from docs/*.md and installed with the plugin, in Dutch when QGIS speaks Dutch.
  const QString index = DfHelp::indexUrl();
  if ( !index.isEmpty() )
    QDesktopServices::openUrl( QUrl( index ) );
  else
    showAbout();
}

void DfPlugin::showAbout()
{
  const QString title = tr( "Dementia-friendly neighbourhoods" );
  QStringList algorithms;
  if ( QgsProcessingProvider *p =
           QgsApplication::processingRegistry()->providerById( DfProvider::providerId() ) )
  {
    QList<const QgsProcessingAlgorithm *> sorted = p->algorithms();
    std::sort( sorted.begin(), sorted.end(),
               []( const QgsProcessingAlgorithm *a, const QgsProcessingAlgorithm *b )
               { return QString::localeAwareCompare( a->displayName(), b->displayName() ) < 0; } );
    for ( const QgsProcessingAlgorithm *a : std::as_const( sorted ) )
    {
      const QString url = a->helpUrl();
      const QString name = a->displayName().toHtmlEscaped();
      algorithms << QStringLiteral( "<li>%1 <small>(<code>%2</code>)</small></li>" )
                        .arg( url.isEmpty() ? name
                                            : QStringLiteral( "<a href=\"%1\">%2</a>" ).arg( url, name ),
                              a->id() );
    }
  }
  const QString index = DfHelp::indexUrl();
  // The same text as before, so its translation holds; the documentation is now a link to the HTML index.
  const QString docs =
      index.isEmpty()
          ? tr( "not installed (%1)" ).arg( QDir::toNativeSeparators( DfHelp::docsDir() ) )
          : QStringLiteral( "<a href=\"%1\">%2</a>" )
                .arg( index, QDir::toNativeSeparators( QUrl( index ).toLocalFile() ).toHtmlEscaped() );
  const QString html =
      tr( "<p><b>Dementia-friendly neighbourhoods %1</b></p>"
          "<p>Processing algorithms that help municipalities decide, per neighbourhood, where senior "
          "housing and meeting places for people with dementia are most urgent.</p>"
          "<p>Algorithms (Processing Toolbox, batch mode, graphical modeler, qgis_process):</p><ul>%2</ul>"
          "<p>Documentation: %3</p>" )
          .arg( QStringLiteral( DF_VERSION ), algorithms.join( QString() ), docs );

  QDialog dialog( mIface ? mIface->mainWindow() : nullptr );
  dialog.setObjectName( QStringLiteral( "dfAboutDialog" ) );
  dialog.setWindowTitle( title );
  const QIcon icon( DfHelp::pluginIconPath() );
  dialog.setWindowIcon( icon );
  auto *iconLabel = new QLabel( &dialog );
  iconLabel->setObjectName( QStringLiteral( "dfAboutIcon" ) );
  iconLabel->setPixmap( icon.pixmap( 64, 64 ) );
  iconLabel->setAlignment( Qt::AlignTop );
  // Links open in the browser (file:// pages too, which QTextBrowser would otherwise show inside itself).
  auto *text = new QTextBrowser( &dialog );
  text->setObjectName( QStringLiteral( "dfAboutText" ) );
  text->setOpenLinks( false );
  text->setHtml( html );
  text->setMinimumSize( 560, 420 );
  QObject::connect( text, &QTextBrowser::anchorClicked, &dialog,
                    []( const QUrl &url ) { QDesktopServices::openUrl( url ); } );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, &dialog );
  QObject::connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  auto *row = new QHBoxLayout;
  row->addWidget( iconLabel );
  row->addWidget( text, 1 );
  auto *layout = new QVBoxLayout( &dialog );
  layout->addLayout( row );
  layout->addWidget( buttons );
  dialog.exec();
}
