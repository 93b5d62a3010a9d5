#include "dfregistration.h"

#include "dfprovider.h"
#include "dftranslation.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QMutex>
#include <QMutexLocker>

namespace
{
QMutex sMutex;
int sHolders = 0;
bool sAddedByUs = false;
} // namespace

bool DfRegistration::acquire()
{
  QMutexLocker lock( &sMutex );
  try
  {
    QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
    if ( !registry )
      return false;
    if ( sHolders == 0 )
      DfTranslation::install();
    if ( !registry->providerById( DfProvider::providerId() ) )
    {
      // addProvider() takes ownership and deletes the provider itself when it refuses it.
      if ( !registry->addProvider( new DfProvider() ) )
        return false;
      sAddedByUs = true;
    }
    ++sHolders;
    return true;
  }
  catch ( ... )
  {
    return false;
  }
}

void DfRegistration::release()
{
  QMutexLocker lock( &sMutex );
  if ( sHolders == 0 )
    return;
  if ( --sHolders > 0 || !sAddedByUs )
    return;
  try
  {
    if ( QgsProcessingRegistry *registry = QgsApplication::processingRegistry() )
    {
      if ( QgsProcessingProvider *p = registry->providerById( DfProvider::providerId() ) )
        registry->removeProvider( p );
    }
  }
  catch ( ... )
  {
  }
  sAddedByUs = false;
}
