#include "dftranslation.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QTranslator>

void DfTranslation::install()
{
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
