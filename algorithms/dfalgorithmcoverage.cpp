#include "dfalgorithmcoverage.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "censusvalue.h"
#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"
#include "dfqgisvalues.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgspoint.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>

#include <map>
#include <memory>

namespace
{
// Output fields (docs/walkingaccess.md): an interface users' models and styles depend on.
const QString FieldWeight = QStringLiteral( "cov_weight" );
const QString FieldWithin = QStringLiteral( "cov_within" );
const QString FieldGap = QStringLiteral( "cov_gap" );
const QString FieldShare = QStringLiteral( "cov_share" );
const QString FieldPoints = QStringLiteral( "cov_points" );

QgsFields addedFields()
{
  QgsFields f;
  for ( const QString &name : { FieldWeight, FieldWithin, FieldGap, FieldShare } )
    f.append( DfCompat::doubleField( name ) );
  f.append( DfCompat::integerField( FieldPoints ) );
  return f;
}

struct AreaTally
{
  double weight = 0;
  double within = 0;
  int points = 0;
};
} // namespace

QStringList DfCoverageAlgorithm::tags() const
{
  return tr( "coverage,walking,meeting place,target,80 %,dementia,buurt,share,dekking,ontmoetingsplek" )
      .split( ',' );
}

QString DfCoverageAlgorithm::shortDescription() const
{
  return tr( "Per area, the number and share of people (or homes) within a walking time of a facility." );
}

QString DfCoverageAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Counts, per area (buurt, grid cell, gemeente), the weighted origins within the walking time of "
      "the nearest facility of one kind, and the share of the whole. The weight can be people with "
      "dementia living at home (<i>dem_home</i> from <i>Estimate people with dementia</i>), inhabitants "
      "aged 75+, or 1 per home when no weight field is chosen.</p>"
      "<p><b>Facility kind</b>: meeting_place unless you choose another; its Dutch and OpenStreetMap names "
      "(ontmoetingsplek, buurthuis, community_centre, …) count as the same kind, and the log lists the "
      "values counted and not counted with their numbers. With a kind field the kind must not be empty: "
      "counting every facility, benches included, would report the target met where it is not. Without a "
      "kind field every facility in the layer counts.</p>"
      "<p><b>Origins</b> may be address points or areas. An area's weight is spread evenly over the "
      "addresses inside it (when an address layer is given), so that each home counts with its own walk; "
      "otherwise it is placed on a point on the area's surface. Weights that are secret, missing or "
      "negative (CBS codes) are left out and counted in the log.</p>"
      "<p><b>Output fields</b>: <i>cov_weight</i> total weight in the area, <i>cov_within</i> the part "
      "within the walking time, <i>cov_gap</i> the part beyond it, <i>cov_share</i> the percentage within "
      "(empty for an area without weight), <i>cov_points</i> the origin points counted. The share for all "
      "areas together is an output of the algorithm, set against the target (by default 80 %: the "
      "National Dementia Strategy's aim for people with dementia living at home near a meeting "
      "centre).</p>" );
}

void DfCoverageAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter(
      new QgsProcessingParameterFeatureSource( QStringLiteral( "AREAS" ), tr( "Areas (buurten, grid cells)" ),
                                               DfCompat::sourceTypes( { DfCompat::SourceVectorPolygon } ) ) );
  addNetworkParameters();
  addDemandParameters( QStringLiteral( "ORIGINS" ), tr( "Origins (people to count)" ) );
  addFacilityParameters( true );
  addKindParameters( QStringLiteral( "meeting_place" ), tr( "Facility kind to count" ) );
  addWalkingTimeParameter();
  addTargetParameter();
  addWalkingParameters();
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Coverage per area" ),
                                                       DfCompat::SourceVectorPolygon ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "SHARE" ), tr( "Share within the walking time (%)" ) ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "WEIGHT_TOTAL" ), tr( "Total weight in the areas" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "WEIGHT_WITHIN" ),
                                            tr( "Weight within the walking time" ) ) );
  addOutput( new QgsProcessingOutputBoolean( QStringLiteral( "TARGET_MET" ), tr( "Target met" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "AREAS_BELOW_TARGET" ),
                                            tr( "Areas below the target" ) ) );
}

QVariantMap DfCoverageAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                   QgsProcessingContext &context,
                                                   QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  const dfn::WalkingSettings walk = walkingSettings( parameters, context ); // MAX_TIME too
  const double minutes = walk.cutoffMinutes;
  const double target = DfSupport::number( this, parameters, QStringLiteral( "TARGET" ), context );
  loadNetwork( parameters, walk, context, feedback, times );
  const double reach = walk.cutoffMetres();

  // The kind defaults to meeting_place, as in the gaps and the new sites: an empty kind with a kind field is
  // an error, so that benches never make a false "target met".
  QString kindText;
  const std::vector<dfn::WalkSeed> seeds =
      seedsOfChosenKind( parameters, context, feedback, times, &kindText );

  PhaseClock clock;
  dfn::WalkSearch search( network() );
  if ( !runSearch( search, seeds, reach, feedback ) )
    throwCancelled();
  clock.charge( times.search );

  AreaLayer areas;
  loadAreas( parameters, context, feedback, areas );
  const QString &areasName = areas.name;
  clock.charge( times.read );

  const DemandPoints demand = loadDemand( parameters, QStringLiteral( "ORIGINS" ), context, feedback, times );
  const QString &originsName = demand.layerName;
  const QString &weightField = demand.weightField;
  std::vector<AreaTally> tally( static_cast<size_t>( areas.features.size() ) );
  long long outside = 0;
  double weightOutside = 0;
  for ( size_t i = 0; i < demand.points.size(); ++i )
  {
    if ( i % 4096 == 0 && feedback->isCanceled() )
      throwCancelled();
    const int area = areas.locator.locate( demand.points[i] );
    if ( area < 0 )
    {
      ++outside;
      weightOutside += demand.weights[i];
      continue;
    }
    AreaTally &t = tally[static_cast<size_t>( area )];
    t.weight += demand.weights[i];
    t.points += 1;
    if ( demand.snaps[i].valid() && search.reach( demand.snaps[i] ).reached() )
      t.within += demand.weights[i];
  }
  clock.charge( times.search );

  QList<int> kept;
  const QgsFields outFields =
      DfSupport::withAddedFields( areas.source->fields(), addedFields(), kept, feedback );
  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields, areas.source->wkbType(),
      areas.source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );
  double weightTotal = 0, weightWithin = 0;
  long long belowTarget = 0, withWeight = 0;
  for ( int a = 0; a < areas.features.size(); ++a )
  {
    const AreaTally &t = tally[static_cast<size_t>( a )];
    weightTotal += t.weight;
    weightWithin += t.within;
    const QVariant share = t.weight > 0 ? QVariant( 100.0 * t.within / t.weight ) : QVariant();
    withWeight += t.weight > 0;
    if ( t.weight > 0 && 100.0 * t.within / t.weight < target )
      ++belowTarget;
    QgsAttributes attributes;
    for ( int i : kept )
      attributes << areas.features.at( a ).attribute( i );
    attributes << t.weight << t.within << t.weight - t.within << share << t.points;
    QgsFeature out( outFields, areas.features.at( a ).id() );
    out.setGeometry( areas.features.at( a ).geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
  }
  sink.reset();
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }

  const double shareAll = weightTotal > 0 ? 100.0 * weightWithin / weightTotal : 0.0;
  const bool met = weightTotal > 0 && shareAll >= target;
  QLocale locale;
  feedback->pushInfo( tr( "Within %1 minutes' walk (%2 m) of %3: %4 % (%5 of %6); target %7 %: %8. %9 of the "
                          "%10 area(s) with people to count are below the target." )
                          .arg( locale.toString( minutes ), locale.toString( reach, 'f', 0 ), kindText,
                                locale.toString( shareAll, 'f', 1 ), locale.toString( weightWithin, 'f', 1 ),
                                locale.toString( weightTotal, 'f', 1 ), locale.toString( target ),
                                met ? tr( "met" ) : tr( "not met" ) )
                          .arg( locale.toString( belowTarget ), locale.toString( withWeight ) ) );
  reportDemand( demand, feedback );
  if ( outside > 0 )
    feedback->pushWarning(
        tr( "%1 origin point(s) with a weight of %2 lie outside every area of \"%3\" and are not "
            "counted." )
            .arg( locale.toString( outside ), locale.toString( weightOutside, 'f', 1 ), areasName ) );

  const DfStyleSpec style = { QStringLiteral( "coverage" ), FieldShare,
                              QStringLiteral( "dementiafriendly_coverage" ), false,
                              tr( "No one to count in this area" ) };
  const QgsLayerMetadata metadata = DfSupport::metadata(
      tr( "Coverage per area" ), QStringLiteral( "dementiafriendly:coverage" ),
      { tr( "Areas: %1; origins: %2 weighted by %3; facilities: %4 within %5 minutes at %6 m/s; street "
            "network: %7." )
            .arg( areasName, originsName, weightField.isEmpty() ? tr( "1 per origin" ) : weightField,
                  kindText )
            .arg( minutes )
            .arg( walking().speed )
            .arg( networkName() ),
        tr( "All areas: %1 % within reach; target %2 %." ).arg( shareAll, 0, 'f', 1 ).arg( target ) },
      { tr( "walking accessibility" ), tr( "coverage" ) }, parameters );
  DfSupport::finishOutput( dest, style, metadata, context, feedback, guard );
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "SHARE" ), shareAll );
  outputs.insert( QStringLiteral( "WEIGHT_TOTAL" ), weightTotal );
  outputs.insert( QStringLiteral( "WEIGHT_WITHIN" ), weightWithin );
  outputs.insert( QStringLiteral( "TARGET_MET" ), met );
  outputs.insert( QStringLiteral( "AREAS_BELOW_TARGET" ), belowTarget );
  return outputs;
}
