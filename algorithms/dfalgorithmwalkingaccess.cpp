#include "dfalgorithmwalkingaccess.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "accesssummary.h"
#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"
#include "facilitykinds.h"

#include <qgsfeaturesink.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>

#include <algorithm>
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
      "<p><b>Kinds</b>: with a facility kind field, only the kinds in <i>Facility kinds to measure</i> are "
      "measured; by default those of the neighbourhood score (meeting_place, gp, pharmacy, supermarket, "
      "bus_stop, park). Dutch and OpenStreetMap names count as the same kind, as in the score: "
      "ontmoetingsplek, buurthuis, odensehuis, dagbesteding, community_centre, social_centre -> "
      "meeting_place; huisarts, huisartsenpraktijk, gezondheidscentrum, doctors -> gp; apotheek -> "
      "pharmacy; supermarkt -> supermarket; bushalte, halte -> bus_stop; groen -> park. The log lists the "
      "values measured and not measured, with their numbers.</p>"
      "<p><b>Output fields</b>: without a facility kind field <i>dist_m</i> (metres), <i>walk_min</i> "
      "(minutes at the walking speed) and <i>nearest_id</i>; with one, per kind <i>&lt;kind&gt;_m</i>, "
      "<i>&lt;kind&gt;_min</i>, <i>&lt;kind&gt;_id</i>, named by the kind (\"Meeting place\" and "
      "\"ontmoetingsplek\" both give <i>meeting_place_m</i>). Empty when the nearest facility is beyond "
      "the maximum distance or cannot be reached.</p>"
      "<p><b>Counts</b>: <i>ORIGINS_REACHED</i>, the origins with a facility of every measured kind within "
      "the maximum distance; <i>ORIGINS_UNREACHED</i>, those without one of at least one kind (beyond the "
      "maximum distance, on a part of the network without that kind, or off the network); the log gives "
      "per kind how many origins lack it, so a rare kind (public toilets) explains a large number; "
      "<i>ORIGINS_OFF_NETWORK</i>, origins farther than the maximum distance to the street network from "
      "any walkable street (also counted as unreached).</p>"
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
  QStringList profileKinds;
  for ( const std::string &kind : dfn::profileKinds() )
    profileKinds << QString::fromStdString( kind );
  auto kinds = std::make_unique<QgsProcessingParameterString>(
      QStringLiteral( "KINDS" ), tr( "Facility kinds to measure" ),
      profileKinds.join( QLatin1String( ", " ) ), false, true );
  kinds->setHelp(
      tr( "Comma-separated. Default: the kinds of the neighbourhood score's profile. Dutch and OpenStreetMap "
          "names count as the same kind (ontmoetingsplek, community_centre -> meeting_place; huisarts, "
          "doctors -> gp; supermarkt -> supermarket; bushalte -> bus_stop). Other kinds in the layer are not "
          "measured and get no fields. Empty: every kind in the layer. Ignored without a kind field." ) );
  addParameter( kinds.release() );
  auto maxDistance = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "MAX_DISTANCE" ), tr( "Maximum walking distance (m)" ), DfCompat::NumberDouble, 2000.0,
      false, 0.0 );
  maxDistance->setHelp( tr( "Facilities farther than this count as not within reach (the fields stay empty). "
                            "A smaller value makes the search faster." ) );
  addParameter( maxDistance.release() );
  addWalkingParameters();
  addParameter(
      new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Walking distances" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_REACHED" ),
                                            tr( "Origins reaching every kind" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_UNREACHED" ),
                                            tr( "Origins missing some kind" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ORIGINS_OFF_NETWORK" ),
                                            tr( "Origins off the network" ) ) );
}

void DfWalkingAccessAlgorithm::chooseKinds( const QVariantMap &parameters, QgsProcessingContext &context,
                                            QgsProcessingFeedback *feedback,
                                            std::vector<FacilityGroup> &groups ) const
{
  if ( groups.empty() || groups.front().kind.isEmpty() ) // no kind field: one group of all facilities
    return;
  const std::vector<std::string> wanted =
      dfn::parseKindList( parameterAsString( parameters, QStringLiteral( "KINDS" ), context ).toStdString() );
  QStringList present;
  for ( const FacilityGroup &g : groups )
    present << g.describe();
  if ( wanted.empty() )
  {
    feedback->pushInfo( tr( "Facility kinds to measure: empty, so every kind in the layer: %1." )
                            .arg( present.join( QLatin1String( "; " ) ) ) );
    return;
  }
  std::vector<FacilityGroup> chosen;
  QStringList absent, notMeasured;
  for ( const std::string &kind : wanted )
  {
    const auto it = std::find_if( groups.begin(), groups.end(),
                                  [&]( const FacilityGroup &g ) { return g.kind.toStdString() == kind; } );
    if ( it == groups.end() )
      absent << QString::fromStdString( kind );
    else
      chosen.push_back( *it );
  }
  for ( const FacilityGroup &g : groups )
    if ( std::find( wanted.begin(), wanted.end(), g.kind.toStdString() ) == wanted.end() )
      notMeasured << g.describe();
  if ( chosen.empty() )
    throw QgsProcessingException(
        tr( "None of the facility kinds to measure (KINDS: %1) is in the layer; the kinds present are: %2. "
            "Choose the right kind field or list the kinds to measure." )
            .arg( absent.join( QLatin1String( ", " ) ), present.join( QLatin1String( "; " ) ) ) );
  QStringList measured;
  for ( const FacilityGroup &g : chosen )
    measured << g.describe();
  feedback->pushInfo(
      tr( "Measured: %1. Not measured (not in \"KINDS\"): %2." )
          .arg( measured.join( QLatin1String( "; " ) ),
                notMeasured.isEmpty() ? tr( "none" ) : notMeasured.join( QLatin1String( "; " ) ) ) );
  if ( !absent.isEmpty() )
    feedback->pushWarning( tr( "No facilities of kind %1 in the layer: those kinds get no fields." )
                               .arg( absent.join( QLatin1String( ", " ) ) ) );
  groups = std::move( chosen );
}

QVariantMap DfWalkingAccessAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                        QgsProcessingContext &context,
                                                        QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  loadNetwork( parameters, walkingSettings( parameters, context ), context, feedback, times );
  std::vector<FacilityGroup> groups;
  const std::vector<Facility> facilities = loadFacilities( parameters, context, feedback, times, groups );
  chooseKinds( parameters, context, feedback, groups );
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
          attributes << best.distance << walking().minutesFor( best.distance )
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
                           .arg( QStringLiteral( "\"%1\"" ).arg( groups[g].category ),
                                 QLocale().toString( reachedPerGroup[g] ), QLocale().toString( done ),
                                 QLocale().toString( maxDistance ) ) );
  feedback->pushInfo(
      tr( "Origins in \"%1\": %2." ).arg( originsName, perKind.join( QLatin1String( "; " ) ) ) );
  // ORIGINS_UNREACHED explained: per kind, how many origins have none of it within the maximum distance.
  QStringList missingPerKind;
  for ( size_t g = 0; g < groups.size(); ++g )
    if ( done - reachedPerGroup[g] > 0 )
      missingPerKind << QStringLiteral( "%1 %2" ).arg(
          groups[g].category.isEmpty() ? tr( "facility" ) : QStringLiteral( "\"%1\"" ).arg( groups[g].kind ),
          QLocale().toString( done - reachedPerGroup[g] ) );
  feedback->pushInfo(
      tr( "\"ORIGINS_REACHED\" %1: origins with a facility of every measured kind within %2 m. "
          "\"ORIGINS_UNREACHED\" %3: origins without one of some kind within %2 m (beyond it, on another "
          "part of the network, or off the network); per kind, origins without one: %4. "
          "\"ORIGINS_OFF_NETWORK\" %5: "
          "origins more than %6 m from a walkable street (counted as unreached too)." )
          .arg( QLocale().toString( reachedAll ), QLocale().toString( maxDistance ),
                QLocale().toString( unreachedSome ),
                missingPerKind.isEmpty() ? tr( "none" ) : missingPerKind.join( QLatin1String( ", " ) ),
                QLocale().toString( offNetwork ), QLocale().toString( walking().snapDistance ) ) );
  if ( offNetwork > 0 )
    feedback->pushWarning( tr( "%1 origin(s) are more than %2 m from a walkable street and get no distance." )
                               .arg( QLocale().toString( offNetwork ) )
                               .arg( walking().snapDistance ) );
  if ( withoutGeometry > 0 )
    feedback->pushWarning( tr( "%1 origin(s) have no geometry and get no distance." )
                               .arg( QLocale().toString( withoutGeometry ) ) );

  // The map shows the walk to a meeting place when there is such a kind: the plugin's first question.
  QString styleField = groupFields.front().minutes;
  for ( size_t g = 0; g < groups.size(); ++g )
    if ( groups[g].kind == QLatin1String( "meeting_place" ) )
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
            .arg( walking().speed )
            .arg( maxDistance )
            .arg( walking().snapDistance ) },
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
