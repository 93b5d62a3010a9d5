#include "dftranslation.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QTranslator>

// The styles, icon and translations are Qt resources inside a static library; the linker keeps them only when
// they are named. Q_INIT_RESOURCE must be called outside any namespace.
static void initResources()
{
  static bool done = false;
  if ( done )
    return;
  Q_INIT_RESOURCE( styles );
  Q_INIT_RESOURCE( icons );
  Q_INIT_RESOURCE( i18n );
  done = true;
}

void DfTranslation::install()
{
  initResources();
  static QTranslator *translator = nullptr;
  if ( translator || !QCoreApplication::instance() )
    return;
  // QGIS's own locale setting ("locale/userLocale"), so the plugin speaks the language QGIS speaks.
  QgsApplication *app = QgsApplication::instance();
  const QString locale = app && !app->translation().isEmpty() ? app->translation() : QLocale().name();
  auto *t = new QTranslator( QCoreApplication::instance() );
  if ( t->load( QStringLiteral( "dementiafriendly_%1" ).arg( locale.left( 2 ) ),
                QStringLiteral( ":/dementiafriendly/i18n" ) ) )
  {
    QCoreApplication::installTranslator( t );
    translator = t;
  }
  else
    delete t;
}
