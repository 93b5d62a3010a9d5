#include "dfalgorithmcatchments.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsmultilinestring.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>

namespace
{
// Output fields (docs/walkingaccess.md): an interface users' models and styles depend on.
const QString FieldFacility = QStringLiteral( "facility_id" );
const QString FieldCategory = QStringLiteral( "category" );
const QString FieldMinutes = QStringLiteral( "minutes" );
const QString FieldReach = QStringLiteral( "reach_m" );
const QString FieldStreet = QStringLiteral( "street_m" );
const QString FieldArea = QStringLiteral( "area_m2" );

//! At most this many walking times in TIMES (docs/walkingaccess.md).
constexpr size_t MaxTimes = 12;

const DfStyleSpec Style = { QStringLiteral( "catchments" ), FieldMinutes,
                            QStringLiteral( "dementiafriendly_catchments" ), false, QString() };

QgsFields outputFields()
{
  QgsFields f;
  f.append( DfCompat::stringField( FieldFacility, 254 ) );
  f.append( DfCompat::stringField( FieldCategory, 254 ) );
  for ( const QString &name : { FieldMinutes, FieldReach, FieldStreet, FieldArea } )
    f.append( DfCompat::doubleField( name ) );
  return f;
}
} // namespace

QStringList DfCatchmentsAlgorithm::tags() const
{
  return tr( "catchment,service area,isochrone,walking,minutes,meeting "
             "place,network,verzorgingsgebied,loopafstand" )
      .split( ',' );
}

QString DfCatchmentsAlgorithm::shortDescription() const
{
  return tr( "The area within 5, 10 and 15 minutes' walk of each facility, following the streets." );
}

QString DfCatchmentsAlgorithm::shortHelpString() const
{
  return tr(
      "<p>For each facility (or, dissolved, for all facilities of a kind together) the streets within "
      "each walking time, cut exactly where the time runs out along every street, and widened by the "
      "frontage distance into an area for the map: homes within that distance of a reachable stretch of "
      "street are inside.</p>"
      "<p><b>Output fields</b>: <i>facility_id</i> (empty when dissolved), <i>category</i>, "
      "<i>minutes</i>, <i>reach_m</i> (the walking distance the minutes stand for, connector to the "
      "facility included), <i>street_m</i> (metres of street within reach), <i>area_m2</i>. The longest "
      "walk comes first, so shorter walks draw on top.</p>"
      "<p>A longer walking time never gives a smaller catchment.</p>" );
}

std::vector<double> DfCatchmentsAlgorithm::parseMinutes( const QString &text )
{
  std::vector<double> minutes;
  // "7,5" is a Dutch 7.5 or the two times 7 and 5: refused rather than guessed. Lists keep working with a
  // comma and a space, a semicolon, or three or more times ("5,10,15").
  static const QRegularExpression decimalComma( QStringLiteral( "^\\s*(\\d+),(\\d+)\\s*$" ) );
  const QRegularExpressionMatch ambiguous = decimalComma.match( text );
  if ( ambiguous.hasMatch() )
    throw QgsProcessingException(
        tr( "Walking times (TIMES) \"%1\" is ambiguous: %2.%3 minutes, or the times %2 and %3? Write "
            "decimals with a point (%2.%3) and separate times with a comma and a space or a semicolon "
            "(%2, %3 or 5; 10; 15)." )
            .arg( text.trimmed(), ambiguous.captured( 1 ), ambiguous.captured( 2 ) ) );
  for ( const QString &part :
        text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
  {
    bool ok = false;
    const double v = part.toDouble( &ok );
    if ( !ok || !( v > 0 ) || !std::isfinite( v ) )
      throw QgsProcessingException(
          tr( "Walking times: \"%1\" is not a positive number of minutes (write e.g. 5, 10, 15)." )
              .arg( part ) );
    minutes.push_back( v );
  }
  if ( minutes.empty() )
    throw QgsProcessingException(
        tr( "Walking times: give at least one number of minutes, e.g. 5, 10, 15." ) );
  std::sort( minutes.begin(), minutes.end() );
  minutes.erase( std::unique( minutes.begin(), minutes.end() ), minutes.end() );
  // Each time is one buffered union per facility: 500 times ran for more than 10 minutes and wrote 38 MB.
  if ( minutes.size() > MaxTimes )
    throw QgsProcessingException(
        tr( "Walking times (TIMES): %1 different times given, at most %2 are allowed (one catchment per "
            "facility and time)." )
            .arg( minutes.size() )
            .arg( MaxTimes ) );
  return minutes;
}

void DfCatchmentsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addNetworkParameters();
  addFacilityParameters( true );
  auto times = std::make_unique<QgsProcessingParameterString>(
      QStringLiteral( "TIMES" ), tr( "Walking times (minutes)" ), QStringLiteral( "5, 10, 15" ) );
  times->setHelp( tr(
      "One catchment per time, separated by a comma and a space or by semicolons, e.g. 5, 10, 15; decimals "
      "with a point (7.5); two numbers joined by a bare comma (7,5) are refused as ambiguous; at most 12 "
      "times. At 0.8 m/s 5, 10 and 15 minutes are 240, 480 and 720 m." ) );
  addParameter( times.release() );
  auto dissolve = std::make_unique<QgsProcessingParameterBoolean>( QStringLiteral( "DISSOLVE" ),
                                                                   tr( "One catchment per kind" ), false );
  dissolve->setHelp(
      tr( "Instead of one per facility: the area within the time of any facility of the kind, from one "
          "search." ) );
  addParameter( dissolve.release() );
  auto frontage = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "FRONTAGE" ), tr( "Frontage distance (m)" ), DfCompat::NumberDouble, 40.0, false, 1.0,
      500.0 );
  frontage->setHelp(
      tr( "How far from a reachable street the catchment reaches: homes this close to the street "
          "are inside. About the depth of a front garden plus a house." ) );
  DfCompat::setAdvanced( frontage );
  addParameter( frontage.release() );
  addWalkingParameters();
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Walking catchments" ),
                                                       DfCompat::SourceVectorPolygon ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "CATCHMENTS" ), tr( "Number of catchments" ) ) );
}

QVariantMap DfCatchmentsAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                     QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  const std::vector<double> minutes =
      parseMinutes( parameterAsString( parameters, QStringLiteral( "TIMES" ), context ) );
  const bool dissolve = parameterAsBoolean( parameters, QStringLiteral( "DISSOLVE" ), context );
  const double frontage = DfSupport::number( this, parameters, QStringLiteral( "FRONTAGE" ), context );
  PhaseTimes times;
  times.total.start();
  loadNetwork( parameters, walkingSettings( parameters, context ), context, feedback, times );
  std::vector<FacilityGroup> groups;
  const std::vector<Facility> facilities = loadFacilities( parameters, context, feedback, times, groups );
  const double maxReach = walking().metresFor( minutes.back() );

  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink =
      DfDataSafety::createSink( this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest,
                                outputFields(), DfCompat::WkbMultiPolygon, networkCrs() );

  // The searches to run: one per facility, or one per kind when dissolved.
  struct Job
  {
    QString facilityId;
    QString category;
    std::vector<dfn::WalkSeed> seeds;
  };
  std::vector<Job> jobs;
  for ( const FacilityGroup &group : groups )
  {
    if ( dissolve )
      jobs.push_back( { QString(), group.category, seedsOf( facilities, group ) } );
    else
      for ( int i : group.members )
      {
        const Facility &f = facilities[static_cast<size_t>( i )];
        jobs.push_back(
            { f.id, f.category,
              f.snap.valid() ? std::vector<dfn::WalkSeed>{ { f.snap, i } } : std::vector<dfn::WalkSeed>{} } );
      }
  }

  dfn::WalkSearch search( network() );
  PhaseClock clock;
  long long written = 0, empty = 0;
  for ( size_t j = 0; j < jobs.size(); ++j )
  {
    if ( feedback->isCanceled() )
      break;
    const Job &job = jobs[j];
    if ( !runSearch( search, job.seeds, maxReach, feedback ) )
      break;
    clock.charge( times.search );
    // Longest walk first, so that the shorter ones draw on top.
    for ( auto m = minutes.rbegin(); m != minutes.rend(); ++m )
    {
      const double budget = walking().metresFor( *m );
      auto lines = std::make_unique<QgsMultiLineString>();
      double street = 0;
      for ( const dfn::EdgePiece &p : search.reachablePieces( budget ) )
      {
        const dfn::StreetEdge &e = network().edge( p.edge );
        const dfn::XY a = dfn::pointAt( e.a, e.b, p.from / e.length ),
                      b = dfn::pointAt( e.a, e.b, p.to / e.length );
        lines->addGeometry( new QgsLineString( QVector<double>{ a.x, b.x }, QVector<double>{ a.y, b.y } ) );
        street += p.to - p.from;
      }
      // The way from the facility to the street belongs to the catchment too.
      for ( const dfn::WalkSeed &s : job.seeds )
      {
        const dfn::XY at = facilities[static_cast<size_t>( s.label )].at;
        const dfn::StreetEdge &e = network().edge( s.snap.edge );
        const dfn::XY joint = dfn::pointAt( e.a, e.b, s.snap.along / e.length );
        const double part = s.snap.connector > 0 ? std::min( 1.0, budget / s.snap.connector ) : 0;
        if ( part > 0 )
        {
          const dfn::XY end = dfn::pointAt( at, joint, part );
          lines->addGeometry(
              new QgsLineString( QVector<double>{ at.x, end.x }, QVector<double>{ at.y, end.y } ) );
        }
      }
      clock.charge( times.search );
      if ( lines->isEmpty() )
      {
        ++empty;
        continue;
      }
      // Buffering each piece and merging them in one cascaded union is about ten times faster than buffering
      // the whole multi-line, which nodes every piece against every other first.
      QVector<QgsGeometry> parts;
      parts.reserve( lines->numGeometries() );
      for ( int i = 0; i < lines->numGeometries(); ++i )
        parts << QgsGeometry( lines->geometryN( i )->clone() ).buffer( frontage, 8 );
      QgsGeometry area = QgsGeometry::unaryUnion( parts );
      area.convertToMultiType();
      QgsFeature out( outputFields() );
      out.setGeometry( area );
      out.setAttributes( QgsAttributes()
                         << ( job.facilityId.isEmpty() ? QVariant() : QVariant( job.facilityId ) )
                         << ( job.category.isEmpty() ? QVariant() : QVariant( job.category ) ) << *m << budget
                         << street << area.area() );
      if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
      ++written;
      clock.charge( times.write );
    }
    feedback->setProgress( 100.0 * ( j + 1 ) / jobs.size() );
  }
  sink.reset();
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }
  if ( empty > 0 )
    feedback->pushWarning(
        tr( "%1 catchment(s) are empty: their facility is farther than the maximum distance from a "
            "walkable street." )
            .arg( QLocale().toString( empty ) ) );
  QStringList timesText;
  for ( double m : minutes )
    timesText << QLocale().toString( m );
  feedback->pushInfo( tr( "%1 catchment(s) for %2 minutes." )
                          .arg( QLocale().toString( written ), timesText.join( QLatin1String( ", " ) ) ) );

  const QgsLayerMetadata metadata = DfSupport::metadata(
      tr( "Walking catchments" ), QStringLiteral( "dementiafriendly:catchments" ),
      { tr( "Street network: %1; walking times %2 minutes at %3 m/s; frontage %4 m; %5." )
            .arg( networkName(), timesText.join( QLatin1String( ", " ) ) )
            .arg( walking().speed )
            .arg( frontage )
            .arg( dissolve ? tr( "dissolved per facility kind" ) : tr( "one per facility" ) ) },
      { tr( "walking accessibility" ), tr( "catchment" ) }, parameters );
  DfSupport::finishOutput( dest, Style, metadata, context, feedback, guard );
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "CATCHMENTS" ), written );
  return outputs;
}
