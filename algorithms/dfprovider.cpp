#include "dfprovider.h"

#include "dfalgorithmcatchments.h"
#include "dfalgorithmcoverage.h"
#include "dfalgorithmestimatedementia.h"
#include "dfalgorithmhousingopportunities.h"
#include "dfalgorithmmeetingplacegaps.h"
#include "dfalgorithmneighbourhoodscore.h"
#include "dfalgorithmsitemeetingplaces.h"
#include "dfalgorithmwalkingaccess.h"
#include "dfversion.h"

#include <QIcon>

DfProvider::DfProvider( QObject *parent ) : QgsProcessingProvider( parent ) {}

QString DfProvider::name() const
{
  return tr( "Dementia-friendly neighbourhoods" );
}

QString DfProvider::longName() const
{
  return tr( "Dementia-friendly neighbourhoods %1" ).arg( QStringLiteral( DF_VERSION ) );
}

QIcon DfProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString DfProvider::svgIconPath() const
{
  return QStringLiteral( ":/dementiafriendly/icons/dementiafriendly.svg" );
}

QString DfProvider::versionInfo() const
{
  return QStringLiteral( DF_VERSION );
}

void DfProvider::loadAlgorithms()
{
  addAlgorithm( new DfEstimateDementiaAlgorithm() );
  addAlgorithm( new DfWalkingAccessAlgorithm() );
  addAlgorithm( new DfCatchmentsAlgorithm() );
  addAlgorithm( new DfCoverageAlgorithm() );
  addAlgorithm( new DfNeighbourhoodScoreAlgorithm() );
  addAlgorithm( new DfMeetingPlaceGapsAlgorithm() );
  addAlgorithm( new DfSiteMeetingPlacesAlgorithm() );
  addAlgorithm( new DfHousingOpportunitiesAlgorithm() );
}
