// One QgsApplication per test binary, with the provider registered, as in QGIS's own tests.

#include "dfregistration.h"

#include <qgsapplication.h>

#include <QLocale>

#include <gtest/gtest.h>

int main( int argc, char **argv )
{
  ::testing::InitGoogleTest( &argc, argv );
  if ( ::testing::GTEST_FLAG( list_tests ) )
    return RUN_ALL_TESTS(); // test discovery: no QGIS needed
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  QgsApplication app( argc, argv, false );
  QgsApplication::init();
  QgsApplication::initQgis();
  // The tests read the English log: keep the plugin from loading a translation for the user's locale.
  QLocale::setDefault( QLocale( QLocale::English, QLocale::UnitedStates ) );
  if ( !DfRegistration::acquire() )
  {
    fprintf( stderr, "could not register the dementiafriendly provider\n" );
    return 1;
  }
  const int result = RUN_ALL_TESTS();
  DfRegistration::release();
  QgsApplication::exitQgis();
  return result;
}
