#include "dfrunlock.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <QMutex>

namespace
{
QMutex &runMutex()
{
  static QMutex mutex;
  return mutex;
}
} // namespace

DfRunLock::DfRunLock( QgsProcessingFeedback *feedback )
{
  bool told = false;
  while ( !runMutex().tryLock( 100 ) )
  {
    if ( feedback && feedback->isCanceled() )
      throw QgsProcessingException(
          tr( "Cancelled while waiting for another dementia-friendly algorithm." ) );
    if ( feedback && !told )
    {
      feedback->pushInfo( tr( "Waiting for another dementia-friendly algorithm to finish: they run one at a "
                              "time, so that QGIS never reads one GeoPackage from two threads at once." ) );
      told = true;
    }
  }
}

DfRunLock::~DfRunLock()
{
  runMutex().unlock();
}
