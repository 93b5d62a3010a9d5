#include "dfalgorithmmeetingplacegaps.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "demandclusters.h"
#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>

#include <cmath>
#include <memory>

namespace
{
// Output fields (docs/overlays.md): an interface that users' models and styles depend on.
const QString FieldWeight = QStringLiteral( "gap_weight" );
const QString FieldMinutes = QStringLiteral( "walk_min" );
const QString FieldGap = QStringLiteral( "gap_id" );
const QString FieldPoints = QStringLiteral( "gap_points" );
const QString FieldShare = QStringLiteral( "gap_share" );
const QString FieldArea = QStringLiteral( "area_m2" );

using DfSupport::count;
} // namespace

QStringList DfMeetingPlaceGapsAlgorithm::tags() const
{
  return tr( "gap,coverage,meeting place,walking,dementia,cluster,ontmoetingsplek,witte vlek,dekking" )
      .split( ',' );
}

QString DfMeetingPlaceGapsAlgorithm::shortDescription() const
{
  return tr(
      "Where the people who need a meeting place live farther than a walking time from one: as points and "
      "as gap areas." );
}

QString DfMeetingPlaceGapsAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Finds the <b>demand</b> (addresses, or grid cells or buurten weighted by e.g. people with dementia "
      "living at home, <i>dem_home</i>, or 75+ living alone) farther than the walking time from every "
      "meeting "
      "place, over the street network. An area's weight is spread over the addresses inside it when an "
      "address "
      "layer is given.</p>"
      "<p><b>Gap points</b> (OUTPUT): the demand points out of reach, with the demand layer's fields, "
      "<i>gap_weight</i> (the point's weight), <i>walk_min</i> (the walk to the nearest meeting place, empty "
      "when there is none within twice the walking time or it cannot be reached) and <i>gap_id</i>.</p>"
      "<p><b>Gap areas</b> (GAP_AREAS): points out of reach that lie within the linking distance of each "
      "other "
      "form one gap area (single linkage), drawn as the union of circles of half that distance around its "
      "points. Fields: <i>gap_id</i> (1 = the largest demand), <i>gap_weight</i>, <i>gap_points</i>, "
      "<i>gap_share</i> (% of all demand), <i>area_m2</i>. Gap areas below the minimum weight are left out "
      "(their points get gap_id 0).</p>"
      "<p>Without any meeting place, all demand is a gap.</p>" );
}

void DfMeetingPlaceGapsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addDemandParameters( QStringLiteral( "DEMAND" ), tr( "Demand (people to reach)" ) );
  addNetworkParameters();
  addFacilityParameters( true, true );
  addKindParameters( QStringLiteral( "meeting_place" ) );
  addWalkingTimeParameter();
  auto link = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "LINK_DISTANCE" ), tr( "Gap linking distance (m)" ), DfCompat::NumberDouble, 150.0,
      false, 1.0, 10000.0 );
  link->setHelp(
      tr( "Points out of reach this close to each other (straight line) belong to one gap area." ) );
  addParameter( link.release() );
  auto minimum = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "MIN_GAP_WEIGHT" ),
                                                                 tr( "Minimum demand of a gap area" ),
                                                                 DfCompat::NumberDouble, 0.0, false, 0.0 );
  minimum->setHelp( tr( "Smaller gap areas are not drawn; 0 draws them all." ) );
  addParameter( minimum.release() );
  addWalkingParameters();
  addParameter(
      DfSupport::withHelp( new QgsProcessingParameterFeatureSink(
                               QStringLiteral( "OUTPUT" ), tr( "Gap points" ), DfCompat::SourceVectorPoint ),
                           tr( "The demand points out of reach, with their weight, walk and gap area." ) ) );
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSink( QStringLiteral( "GAP_AREAS" ), tr( "Gap areas" ),
                                             DfCompat::SourceVectorPolygon ),
      tr( "One area per cluster of points out of reach, with its demand." ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "DEMAND_TOTAL" ), tr( "Total demand" ) ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "DEMAND_IN_GAPS" ), tr( "Demand out of reach" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GAP_SHARE" ), tr( "Share out of reach (%)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GAP_AREAS_COUNT" ), tr( "Gap areas" ) ) );
}

QVariantMap DfMeetingPlaceGapsAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                           QgsProcessingContext &context,
                                                           QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  const dfn::WalkingSettings walk = walkingSettings( parameters, context ); // MAX_TIME too
  const double minutes = walk.cutoffMinutes;
  const double link = DfSupport::number( this, parameters, QStringLiteral( "LINK_DISTANCE" ), context );
  const double minimumWeight =
      DfSupport::number( this, parameters, QStringLiteral( "MIN_GAP_WEIGHT" ), context );
  loadNetwork( parameters, walk, context, feedback, times );
  const double reach = walk.cutoffMetres();
  QString kindText;
  const std::vector<dfn::WalkSeed> seeds =
      seedsOfChosenKind( parameters, context, feedback, times, &kindText );
  const DemandPoints demand = loadDemand( parameters, QStringLiteral( "DEMAND" ), context, feedback, times );
  reportDemand( demand, feedback );
  if ( demand.points.empty() )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no demand to place: no feature with a geometry and a usable "
            "weight." )
            .arg( demand.layerName ) );

  // Walks up to twice the walking time, so a gap point can say how far the nearest meeting place is.
  PhaseClock clock;
  dfn::WalkSearch search( network() );
  if ( !seeds.empty() && !runSearch( search, seeds, 2 * reach, feedback ) )
    throwCancelled();
  std::vector<size_t> gapIndex;
  std::vector<double> gapMinutes;
  std::vector<dfn::DemandPoint> gapPoints;
  for ( size_t i = 0; i < demand.points.size(); ++i )
  {
    const dfn::WalkReach r = seeds.empty() ? dfn::WalkReach() : search.reach( demand.snaps[i] );
    if ( r.reached() && r.distance <= reach )
      continue;
    gapIndex.push_back( i );
    gapMinutes.push_back( r.reached() ? walking().minutesFor( r.distance ) : std::nan( "" ) );
    gapPoints.push_back( { demand.points[i].x, demand.points[i].y, demand.weights[i] } );
  }
  const dfn::DemandClusters clusters = dfn::clusterDemand( gapPoints, link, minimumWeight );
  if ( !clusters.error.empty() )
    throw QgsProcessingException(
        tr( "Gap areas of \"%1\" (LINK_DISTANCE %2 m, MIN_GAP_WEIGHT %3) cannot be formed: %4. Check the "
            "weights in field \"%5\" and these two parameters." )
            .arg( demand.layerName )
            .arg( link )
            .arg( minimumWeight )
            .arg( QString::fromStdString( clusters.error ), demand.weightField ) );
  clock.charge( times.search );

  const double total = demand.total();
  double inGaps = 0;
  for ( const dfn::DemandPoint &p : gapPoints )
    inGaps += p.weight;

  // Gap points: the demand layer's fields and the gap's.
  QgsFields added;
  added.append( DfCompat::doubleField( FieldWeight ) );
  added.append( DfCompat::doubleField( FieldMinutes ) );
  added.append( DfCompat::integerField( FieldGap ) );
  QList<int> kept;
  const QgsFields pointFields = DfSupport::withAddedFields( demand.fields, added, kept, feedback );
  DfOutputGuard pointGuard;
  QString pointDest;
  std::unique_ptr<QgsFeatureSink> points = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, pointGuard, pointDest, pointFields,
      DfCompat::WkbPoint, networkCrs(), QgsFeatureSink::RegeneratePrimaryKey );
  for ( size_t g = 0; g < gapIndex.size(); ++g )
  {
    if ( g % 4096 == 0 && feedback->isCanceled() )
    {
      points.reset();
      pointGuard.discard();
      throwCancelled();
    }
    const size_t i = gapIndex[g];
    const QgsAttributes &source = demand.sourceAttributes[static_cast<size_t>( demand.sourceOf[i] )];
    QgsAttributes attributes;
    for ( int k : kept )
      attributes << source.value( k );
    attributes << demand.weights[i]
               << ( std::isnan( gapMinutes[g] ) ? QVariant() : QVariant( gapMinutes[g] ) )
               << clusters.clusterOf[g];
    QgsFeature f( pointFields );
    f.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( demand.points[i].x, demand.points[i].y ) ) );
    f.setAttributes( attributes );
    if ( !points->addFeature( f, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( points.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
  }
  points.reset();

  // Gap areas: circles of half the linking distance around the points, dissolved per cluster, so that a gap
  // area is one piece exactly when its points are linked.
  QgsFields areaFields;
  areaFields.append( DfCompat::integerField( FieldGap ) );
  areaFields.append( DfCompat::doubleField( FieldWeight ) );
  areaFields.append( DfCompat::integerField( FieldPoints ) );
  areaFields.append( DfCompat::doubleField( FieldShare ) );
  areaFields.append( DfCompat::doubleField( FieldArea ) );
  DfOutputGuard areaGuard;
  QString areaDest;
  std::unique_ptr<QgsFeatureSink> gapAreas =
      DfDataSafety::createSink( this, parameters, QStringLiteral( "GAP_AREAS" ), context, areaGuard, areaDest,
                                areaFields, DfCompat::WkbMultiPolygon, networkCrs() );
  // The circle is drawn as a polygon of 32 sides inside it; enlarge it so that even that polygon reaches half
  // the linking distance and two linked points (at most that distance apart) always touch.
  const int quarterSegments = 8;
  const double radius = link / 2 / std::cos( M_PI / ( 4 * quarterSegments ) );
  std::vector<QVector<QgsGeometry>> circles( clusters.clusters.size() );
  for ( size_t g = 0; g < gapPoints.size(); ++g )
    if ( clusters.clusterOf[g] > 0 )
      circles[static_cast<size_t>( clusters.clusterOf[g] - 1 )]
          << QgsGeometry::fromPointXY( QgsPointXY( gapPoints[g].x, gapPoints[g].y ) )
                 .buffer( radius, quarterSegments );
  for ( const dfn::DemandCluster &c : clusters.clusters )
  {
    if ( feedback->isCanceled() )
    {
      gapAreas.reset();
      areaGuard.discard();
      pointGuard.discard();
      throwCancelled();
    }
    QgsGeometry shape = QgsGeometry::unaryUnion( circles[static_cast<size_t>( c.id - 1 )] );
    shape.convertToMultiType();
    QgsFeature f( areaFields );
    f.setGeometry( shape );
    QgsAttributes attributes;
    attributes << c.id << c.weight << static_cast<long long>( c.points )
               << ( total > 0 ? QVariant( 100.0 * c.weight / total ) : QVariant() ) << shape.area();
    f.setAttributes( attributes );
    if ( !gapAreas->addFeature( f, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( DfSupport::writeFeatureError( gapAreas.get(), parameters,
                                                                  QStringLiteral( "GAP_AREAS" ), context ) );
  }
  gapAreas.reset();
  clock.charge( times.write );

  QLocale locale;
  const double share = total > 0 ? 100.0 * inGaps / total : 0.0;
  feedback->pushInfo(
      tr( "Out of reach of %1 within %2 minutes (%3 m): %4 of %5 (%6 %), at %7 point(s), in %8 gap "
          "area(s)." )
          .arg( kindText, locale.toString( minutes ), locale.toString( reach, 'f', 0 ),
                locale.toString( inGaps, 'f', 1 ), locale.toString( total, 'f', 1 ),
                locale.toString( share, 'f', 1 ), count( static_cast<long long>( gapPoints.size() ) ),
                count( static_cast<long long>( clusters.clusters.size() ) ) ) );
  if ( clusters.noiseClusters > 0 )
    feedback->pushInfo( tr( "%1 smaller gap area(s) with %2 left out (below the minimum of %3)." )
                            .arg( count( static_cast<long long>( clusters.noiseClusters ) ),
                                  locale.toString( clusters.noiseWeight, 'f', 1 ),
                                  locale.toString( minimumWeight ) ) );

  const QString description =
      tr( "Demand: %1 weighted by %2; out of reach of %3 within %4 minutes at %5 m/s; "
          "street network: %6." )
          .arg( demand.layerName, demand.weightField.isEmpty() ? tr( "1 per feature" ) : demand.weightField,
                kindText )
          .arg( minutes )
          .arg( walking().speed )
          .arg( networkName() );
  DfSupport::finishOutput( pointDest,
                           DfStyleSpec( QStringLiteral( "gaps" ), FieldWeight,
                                        QStringLiteral( "dementiafriendly_gaps" ), true, tr( "No weight" ) ),
                           DfSupport::metadata( tr( "Meeting-place gaps (points)" ),
                                                QStringLiteral( "dementiafriendly:meetingplacegaps" ),
                                                { description }, { tr( "gaps" ) }, parameters ),
                           context, feedback, pointGuard );
  DfSupport::finishOutput(
      areaDest,
      DfStyleSpec( QStringLiteral( "gaps" ), FieldWeight, QStringLiteral( "dementiafriendly_gap_areas" ),
                   true, tr( "No weight" ) ),
      DfSupport::metadata(
          tr( "Meeting-place gap areas" ), QStringLiteral( "dementiafriendly:meetingplacegaps" ),
          { description, tr( "Linking distance %1 m." ).arg( link ) }, { tr( "gaps" ) }, parameters ),
      context, feedback, areaGuard );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), pointDest );
  outputs.insert( QStringLiteral( "GAP_AREAS" ), areaDest );
  outputs.insert( QStringLiteral( "DEMAND_TOTAL" ), total );
  outputs.insert( QStringLiteral( "DEMAND_IN_GAPS" ), inGaps );
  outputs.insert( QStringLiteral( "GAP_SHARE" ), share );
  outputs.insert( QStringLiteral( "GAP_AREAS_COUNT" ), static_cast<long long>( clusters.clusters.size() ) );
  return outputs;
}
