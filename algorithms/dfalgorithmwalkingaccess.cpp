#include "dfalgorithmwalkingaccess.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "accesssummary.h"
#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>

#include <memory>

namespace
{
// Output fields: an interface that users' models and styles depend on (docs/walkingaccess.md). Without a kind
// field: dist_m, walk_min, nearest_id; with one, per kind: <kind>_m, <kind>_min, <kind>_id.
const QString FieldDistance = QStringLiteral( "dist_m" );
const QString FieldMinutes = QStringLiteral( "walk_min" );
const QString FieldNearest = QStringLiteral( "nearest_id" );

struct GroupFields
{
  QString distance, minutes, nearest;
};

GroupFields fieldsFor( const QString &stem )
{
  if ( stem.isEmpty() )
    return { FieldDistance, FieldMinutes, FieldNearest };
  return { stem + QStringLiteral( "_m" ), stem + QStringLiteral( "_min" ), stem + QStringLiteral( "_id" ) };
}

//! Origins are read, snapped, searched and written in batches so each phase can be timed without a clock
//! call per feature.
constexpr int BatchSize = 4096;
} // namespace

QStringList DfWalkingAccessAlgorithm::tags() const
{
  return tr( "walking,distance,network,accessibility,nearest,meeting place,GP,supermarket,street,isochrone,"
             "ontmoetingsplek,loopafstand" )
      .split( ',' );
}

QString DfWalkingAccessAlgorithm::shortDescription() const
{
  return tr( "Walking distance and time over the street network from every home or area to the nearest "
             "facility of each kind." );
}

QString DfWalkingAccessAlgorithm::shortHelpString() const
{
  return tr(
      "<p>For every origin (address points, or areas such as buurten and grid cells) the walking "
      "distance over the street network to the nearest facility, per kind of facility, in one search per "
      "kind.</p>"
      "<p><b>Distance</b> = the straight line from the origin to the nearest point of the nearest walkable "
      "street + the distance along the streets + the straight line to the facility. Streets connect where "
      "they share a vertex (within the topology tolerance); bridges and tunnels that cross without one stay "
      "apart.</p>"
      "<p><b>Areas</b>: with an address layer, the area's value is the median over the addresses inside it "
      "(half of the homes are closer), and the nearest facility is the one nearest to most of them; "
      "without addresses, a point on the area's surface is used.</p>"
      "<p><b>Output fields</b>: without a facility kind field <i>dist_m</i> (metres), <i>walk_min</i> "
      "(minutes at the walking speed) and <i>nearest_id</i>; with one, per kind <i>&lt;kind&gt;_m</i>, "
      "<i>&lt;kind&gt;_min</i>, <i>&lt;kind&gt;_id</i>, the kind in lower case with other characters as "
      "_ (\"Meeting place\" gives <i>meeting_place_m</i>). Empty when the nearest facility is beyond the "
      "maximum distance or cannot be reached; the log counts those.</p>"
      "<p>The street network must be in a projected CRS in metres (EPSG:28992 in the Netherlands); other "
      "layers are reprojected to it.</p>" );
}

void DfWalkingAccessAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addParameter( new QgsProcessingParameterFeatureSource(
      QStringLiteral( "ORIGINS" ), tr( "Origins (addresses, buurten or grid cells)" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ) ) );
  auto addresses = std::make_unique<QgsProcessingParameterFeatureSource>(
      QStringLiteral( "ADDRESSES" ), tr( "Addresses inside area origins" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorPoint } ), QVariant(), true );
  addresses->setHelp(
      tr( "When the origins are areas: the homes inside each area are its origins (BAG "
          "verblijfsobjecten with a woonfunctie). Without them a point on the area's surface is used." ) );
  addParameter( addresses.release() );
  addFacilityParameters( true );
  auto maxDistance = std::make_unique<QgsProcessingParameterDistance>(
      QStringLiteral( "MAX_DISTANCE" ), tr( "Maximum walking distance" ), 2000.0, QStringLiteral( "NETWORK" ),
      false, 0.0 );
  maxDistance->setHelp( tr( "Facilities farther than this count as not within reach (the fields stay empty). "
                            "A smaller value makes the search faster." ) );
  addParameter( maxDistance.release() );
  addWalkingParameters();
  addParameter(
      new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Walking distances" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_REACHED" ),
                                            tr( "Origins with a facility of every kind within reach" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_UNREACHED" ),
                                            tr( "Origins without a facility of some kind within reach" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_OFF_NETWORK" ),
                                            tr( "Origins too far from a walkable street" ) ) );
}

QVariantMap DfWalkingAccessAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                        QgsProcessingContext &context,
                                                        QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  loadNetwork( parameters, context, feedback, times );
  std::vector<FacilityGroup> groups;
  const std::vector<Facility> facilities = loadFacilities( parameters, context, feedback, times, groups );
  const double maxDistance = DfSupport::number( this, parameters, QStringLiteral( "MAX_DISTANCE" ), context );

  // One multi-source search per kind; every origin then needs only its own edge's two nodes.
  PhaseClock clock;
  std::vector<std::unique_ptr<dfn::WalkSearch>> searches;
  for ( const FacilityGroup &group : groups )
  {
    searches.push_back( std::make_unique<dfn::WalkSearch>( network() ) );
    if ( !runSearch( *searches.back(), seedsOf( facilities, group ), maxDistance, feedback ) )
      throwCancelled();
  }
  clock.charge( times.search );

  std::unique_ptr<QgsProcessingFeatureSource> origins(
      parameterAsSource( parameters, QStringLiteral( "ORIGINS" ), context ) );
  if ( !origins )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "ORIGINS" ) ) );
  const QString originsName =
      DfSupport::layerName( this, parameters, QStringLiteral( "ORIGINS" ), context, origins.get() );
  const bool areas = origins->wkbType() != DfCompat::WkbUnknown &&
                     QgsWkbTypes::geometryType( origins->wkbType() ) == DfCompat::GeometryPolygon;
  clock.charge( times.read );
  const AddressPoints addresses =
      areas ? loadAddresses( parameters, context, feedback, times ) : AddressPoints();
  clock.charge( times.snap );

  // Fields of an earlier run are replaced, not suffixed, so that models keep finding them.
  QgsFields added;
  std::vector<GroupFields> groupFields;
  for ( const FacilityGroup &group : groups )
  {
    groupFields.push_back( fieldsFor( group.fieldStem ) );
    added.append( DfCompat::doubleField( groupFields.back().distance ) );
    added.append( DfCompat::doubleField( groupFields.back().minutes ) );
    added.append( DfCompat::stringField( groupFields.back().nearest, 254 ) );
  }
  QList<int> kept;
  const QgsFields outFields = DfSupport::withAddedFields( origins->fields(), added, kept, feedback );

  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields, origins->wkbType(),
      origins->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );
  clock.charge( times.write );

  const QgsCoordinateTransform transform = transformFor( origins.get(), context );
  const long long total = origins->featureCount();
  long long done = 0, reachedAll = 0, unreachedSome = 0, offNetwork = 0, withoutGeometry = 0;
  std::vector<long long> reachedPerGroup( groups.size(), 0 );
  QgsFeatureIterator it = origins->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
  QgsFeatureList batch;
  std::vector<std::vector<dfn::NetworkSnap>> batchSnaps;
  bool more = true;
  while ( more )
  {
    batch.clear();
    QgsFeature f;
    while ( batch.size() < BatchSize && ( more = it.nextFeature( f ) ) )
      batch << f;
    clock.charge( times.read );
    if ( feedback->isCanceled() )
      break;

    batchSnaps.assign( static_cast<size_t>( batch.size() ), {} );
    for ( int b = 0; b < batch.size(); ++b )
    {
      const QgsGeometry g = inNetworkCrs( batch.at( b ).geometry(), transform );
      batchSnaps[static_cast<size_t>( b )] = originSnaps( g, addresses );
    }
    clock.charge( times.snap );

    std::vector<QgsAttributes> results( static_cast<size_t>( batch.size() ) );
    std::vector<dfn::WalkReach> reaches;
    for ( int b = 0; b < batch.size(); ++b )
    {
      const std::vector<dfn::NetworkSnap> &snaps = batchSnaps[static_cast<size_t>( b )];
      QgsAttributes &attributes = results[static_cast<size_t>( b )];
      bool all = true;
      bool onNetwork = false;
      for ( const dfn::NetworkSnap &s : snaps )
        onNetwork = onNetwork || s.valid();
      for ( size_t g = 0; g < groups.size(); ++g )
      {
        dfn::WalkReach best;
        if ( snaps.size() == 1 )
          best = searches[g]->reach( snaps.front() );
        else if ( !snaps.empty() )
        {
          reaches.clear();
          for ( const dfn::NetworkSnap &s : snaps )
            reaches.push_back( searches[g]->reach( s ) );
          const dfn::AreaReach area = dfn::summarizeArea( reaches );
          best.distance = area.medianDistance;
          best.label = std::isfinite( area.medianDistance ) ? area.commonLabel : -1;
        }
        if ( best.reached() )
        {
          ++reachedPerGroup[g];
          attributes << best.distance << best.distance / walkSpeed() / 60.0
                     << facilities[static_cast<size_t>( best.label )].id;
        }
        else
        {
          all = false;
          attributes << QVariant() << QVariant() << QVariant();
        }
      }
      if ( snaps.empty() )
        ++withoutGeometry;
      else if ( !onNetwork )
        ++offNetwork;
      ( all ? reachedAll : unreachedSome )++;
    }
    clock.charge( times.search );

    // The batch's own features become the output: their geometry is not copied.
    for ( int b = 0; b < batch.size(); ++b )
    {
      QgsFeature &feature = batch[b];
      QgsAttributes attributes;
      attributes.reserve( outFields.count() );
      for ( int i : kept )
        attributes << feature.attribute( i );
      attributes << results[static_cast<size_t>( b )];
      feature.setFields( outFields, false );
      feature.setAttributes( attributes );
    }
    if ( !sink->addFeatures( batch, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
    done += batch.size();
    if ( total > 0 )
      feedback->setProgress( 20.0 + 80.0 * done / total );
    clock.charge( times.write );
  }
  sink.reset(); // flush and close before the style is stored in the file
  clock.charge( times.write );
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }

  QStringList perKind;
  for ( size_t g = 0; g < groups.size(); ++g )
    perKind << ( groups[g].category.isEmpty()
                     ? tr( "%1 of %2 within %3 m of a facility" )
                           .arg( QLocale().toString( reachedPerGroup[g] ), QLocale().toString( done ),
                                 QLocale().toString( maxDistance ) )
                     : tr( "%1: %2 of %3 within %4 m" )
                           .arg( groups[g].category, QLocale().toString( reachedPerGroup[g] ),
                                 QLocale().toString( done ), QLocale().toString( maxDistance ) ) );
  feedback->pushInfo(
      tr( "Origins in \"%1\": %2." ).arg( originsName, perKind.join( QLatin1String( "; " ) ) ) );
  if ( offNetwork > 0 )
    feedback->pushWarning( tr( "%1 origin(s) are more than %2 m from a walkable street and get no distance." )
                               .arg( QLocale().toString( offNetwork ) )
                               .arg( snapDistance() ) );
  if ( withoutGeometry > 0 )
    feedback->pushWarning( tr( "%1 origin(s) have no geometry and get no distance." )
                               .arg( QLocale().toString( withoutGeometry ) ) );

  // The map shows the walk to a meeting place when there is such a kind: the plugin's first question.
  QString styleField = groupFields.front().minutes;
  for ( size_t g = 0; g < groups.size(); ++g )
    if ( groups[g].fieldStem.startsWith( QLatin1String( "meeting" ) ) ||
         groups[g].fieldStem.startsWith( QLatin1String( "ontmoet" ) ) )
      styleField = groupFields[g].minutes;
  const DfStyleSpec style = { QStringLiteral( "walkingaccess" ), styleField,
                              QStringLiteral( "dementiafriendly_walking" ), false,
                              tr( "Not within %1 m" ).arg( maxDistance ) };
  QStringList kinds;
  for ( const FacilityGroup &g : groups )
    kinds << ( g.category.isEmpty() ? tr( "all facilities" ) : g.category );
  const QgsLayerMetadata metadata = DfSupport::metadata(
      tr( "Walking distance to the nearest facility" ), QStringLiteral( "dementiafriendly:walkingaccess" ),
      { tr( "Origins: %1; street network: %2; facility kinds: %3." )
            .arg( originsName, networkName(), kinds.join( QLatin1String( ", " ) ) ),
        tr( "Walking speed %1 m/s; maximum distance %2 m; maximum distance to the network %3 m." )
            .arg( walkSpeed() )
            .arg( maxDistance )
            .arg( snapDistance() ) },
      { tr( "walking accessibility" ), tr( "dementia-friendly" ) }, parameters );
  DfSupport::finishOutput( dest, style, metadata, context, feedback, guard );
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "ORIGINS_REACHED" ), reachedAll );
  outputs.insert( QStringLiteral( "ORIGINS_UNREACHED" ), unreachedSome );
  outputs.insert( QStringLiteral( "ORIGINS_OFF_NETWORK" ), offNetwork );
  return outputs;
}
