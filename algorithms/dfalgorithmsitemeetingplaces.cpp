#include "dfalgorithmsitemeetingplaces.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"
#include "maxcover.h"
#include "pointgrid.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QLocale>
#include <QSet>

#include <memory>

namespace
{
// Output fields (docs/overlays.md): an interface that users' models and styles depend on.
const QString FieldOrder = QStringLiteral( "site_order" );
const QString FieldGain = QStringLiteral( "gain" );
const QString FieldGainShare = QStringLiteral( "gain_share" );
const QString FieldCovered = QStringLiteral( "covered" );
const QString FieldCoveredShare = QStringLiteral( "covered_share" );

using DfSupport::count;

QString percent( double part, double whole )
{
  return QLocale().toString( whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1 );
}
} // namespace

QStringList DfSiteMeetingPlacesAlgorithm::tags() const
{
  return tr( "location,allocation,maximal covering,site,meeting "
             "place,new,target,ontmoetingsplek,locatiekeuze,"
             "dekking" )
      .split( ',' );
}

QString DfSiteMeetingPlacesAlgorithm::shortDescription() const
{
  return tr(
      "Chooses new meeting-place sites from candidates so that as many people as possible live within a "
      "walking time of a meeting place." );
}

QString DfSiteMeetingPlacesAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Chooses <b>K</b> sites from the <b>candidates</b> (community buildings, ground-floor spaces, grid "
      "cells) so that the demand within the walking time of a meeting place, existing or new, is as large as "
      "possible: the maximal covering location problem over the street network. Greedy selection with lazy "
      "re-evaluation, then 1-for-1 swaps while they add coverage.</p>"
      "<p><b>Output</b>: the chosen sites in order, with the candidate's fields and <i>site_order</i> (1 = "
      "chosen first), <i>gain</i> (demand it adds to the existing meeting places and the sites before it), "
      "<i>gain_share</i> (% of all demand), <i>covered</i> and <i>covered_share</i> (cumulative, existing "
      "included). A site that adds nothing is never chosen, so fewer than K sites can come out.</p>"
      "<p>Also, as algorithm outputs: the coverage before and after, and the smallest number of new sites "
      "that reaches the target (default 80 %, the national target for people with dementia living at home), "
      "or the best coverage the candidates can reach.</p>" );
}

void DfSiteMeetingPlacesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addDemandParameters( QStringLiteral( "DEMAND" ), tr( "Demand (people to reach)" ) );
  addNetworkParameters();
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSource(
          QStringLiteral( "CANDIDATES" ), tr( "Candidate sites" ),
          DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ) ),
      tr( "Points or polygons where a meeting place could go: community buildings, "
          "ground-floor spaces, grid cells." ) ) );
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterField( QStringLiteral( "CANDIDATE_ID_FIELD" ), tr( "Candidate id field" ),
                                       QVariant(), QStringLiteral( "CANDIDATES" ), DfCompat::FieldAny, false,
                                       true ),
      tr( "Names the chosen sites in the output and the log. Empty: the feature id." ) ) );
  addFacilityParameters( true, true );
  addKindParameters( QStringLiteral( "meeting_place" ) );
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterNumber( QStringLiteral( "K" ), tr( "Number of new sites" ),
                                        DfCompat::NumberInteger, 3, false, 1, 1000 ),
      tr( "How many new sites to choose. Fewer come out when no other candidate adds anyone." ) ) );
  addWalkingTimeParameter();
  addTargetParameter();
  addWalkingParameters();
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "New meeting-place sites" ) ),
      tr( "The chosen sites in the order chosen, with the demand each adds." ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "COVERED_BEFORE" ),
                                            tr( "Share within reach now (%)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "COVERED_AFTER" ),
                                            tr( "Share within reach with the new sites (%)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SITES_CHOSEN" ), tr( "New sites chosen" ) ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "SITES_FOR_TARGET" ),
                                     tr( "Fewest new sites that reach the target (-1: not reachable)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "BEST_REACHABLE" ),
                                            tr( "Best share the candidates can reach (%)" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "TARGET_STATUS" ),
                                            tr( "Target: already_met, reached or unreachable" ) ) );
}

QVariantMap DfSiteMeetingPlacesAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                            QgsProcessingContext &context,
                                                            QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  const size_t k =
      static_cast<size_t>( DfSupport::integer( this, parameters, QStringLiteral( "K" ), context ) );
  const dfn::WalkingSettings walk = walkingSettings( parameters, context ); // MAX_TIME too
  const double minutes = walk.cutoffMinutes;
  const double target = DfSupport::number( this, parameters, QStringLiteral( "TARGET" ), context );
  loadNetwork( parameters, walk, context, feedback, times );
  const double reach = walk.cutoffMetres();

  // Candidates first: an empty layer should fail before the demand is read.
  std::unique_ptr<QgsProcessingFeatureSource> candidateSource(
      parameterAsSource( parameters, QStringLiteral( "CANDIDATES" ), context ) );
  if ( !candidateSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "CANDIDATES" ) ) );
  const QString candidatesName = DfSupport::layerName( this, parameters, QStringLiteral( "CANDIDATES" ),
                                                       context, candidateSource.get() );
  const QString idField = parameterAsString( parameters, QStringLiteral( "CANDIDATE_ID_FIELD" ), context );
  const int idIndex = idField.isEmpty() ? -1 : candidateSource->fields().lookupField( idField );
  if ( !idField.isEmpty() && idIndex < 0 )
    throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( candidatesName, idField ) );
  QgsFeatureList candidates;
  std::vector<dfn::NetworkSnap> candidateSnaps;
  std::vector<dfn::XY> candidatePoints;
  QStringList offNetwork;
  QSet<QString> ids, duplicates;
  {
    PhaseClock clock;
    const QgsCoordinateTransform transform = transformFor( candidateSource.get(), context );
    QgsFeatureIterator it = candidateSource->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
    QgsFeature f;
    long long withoutGeometry = 0;
    while ( it.nextFeature( f ) )
    {
      if ( feedback->isCanceled() )
        throwCancelled();
      dfn::XY at;
      if ( !standingPoint( inNetworkCrs( f.geometry(), transform ), at ) )
      {
        ++withoutGeometry;
        continue;
      }
      const QString id = idIndex >= 0 ? f.attribute( idIndex ).toString() : QString::number( f.id() );
      if ( ids.contains( id ) )
        duplicates << id;
      ids << id;
      candidates << f;
      candidateSnaps.push_back( snapIndex().snap( at, walking().snapDistance ) );
      candidatePoints.push_back( at );
      if ( !candidateSnaps.back().valid() )
        offNetwork << id;
    }
    clock.charge( times.read );
    if ( candidates.isEmpty() )
      throw QgsProcessingException( tr( "Layer \"%1\" has no candidate sites (%2 without geometry)." )
                                        .arg( candidatesName, count( withoutGeometry ) ) );
    if ( withoutGeometry > 0 )
      feedback->pushWarning( tr( "%1 candidate(s) in \"%2\" have no geometry and are left out." )
                                 .arg( count( withoutGeometry ), candidatesName ) );
    if ( !offNetwork.isEmpty() )
      feedback->pushWarning(
          tr( "%1 candidate(s) are more than %2 m from a walkable street and cover no one: %3" )
              .arg( count( offNetwork.size() ) )
              .arg( walking().snapDistance )
              .arg( offNetwork.mid( 0, 10 ).join( QLatin1String( ", " ) ) ) );
    if ( !duplicates.isEmpty() )
      feedback->pushWarning(
          tr( "Candidate id(s) occur more than once in \"%1\": %2." )
              .arg( candidatesName,
                    QStringList( duplicates.values() ).mid( 0, 10 ).join( QLatin1String( ", " ) ) ) );
  }

  QString kindText;
  const std::vector<dfn::WalkSeed> seeds =
      seedsOfChosenKind( parameters, context, feedback, times, &kindText );
  const DemandPoints demand = loadDemand( parameters, QStringLiteral( "DEMAND" ), context, feedback, times );
  reportDemand( demand, feedback );
  if ( demand.points.empty() )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no demand to cover: no feature with a geometry and a usable "
            "weight." )
            .arg( demand.layerName ) );

  // Who is covered: by the existing meeting places in one search, by each candidate in one short search
  // each. Only demand within the walking distance as the crow flies can be within it on foot.
  PhaseClock clock;
  dfn::CoverProblem problem;
  problem.weights = demand.weights;
  dfn::WalkSearch search( network() );
  if ( !seeds.empty() )
  {
    if ( !runSearch( search, seeds, reach, feedback ) )
      throwCancelled();
    for ( size_t i = 0; i < demand.points.size(); ++i )
      if ( search.reach( demand.snaps[i] ).reached() )
        problem.existing.push_back( static_cast<uint32_t>( i ) );
  }
  const dfn::PointGrid grid( demand.points );
  problem.covers.resize( static_cast<size_t>( candidates.size() ) );
  for ( size_t c = 0; c < candidateSnaps.size(); ++c )
  {
    if ( feedback->isCanceled() )
      throwCancelled();
    feedback->setProgress( 40.0 + 50.0 * c / candidateSnaps.size() );
    const dfn::NetworkSnap &snap = candidateSnaps[c];
    if ( !snap.valid() )
      continue;
    if ( !runSearch( search, { { snap, 0 } }, reach, nullptr ) )
      throwCancelled();
    // A demand point within reach is at most reach minus the candidate's connector from it, in a straight
    // line.
    const dfn::XY at = candidatePoints[c];
    grid.forEachIn( at.x - reach, at.y - reach, at.x + reach, at.y + reach,
                    [&]( uint32_t i )
                    {
                      if ( search.reach( demand.snaps[i] ).reached() )
                        problem.covers[c].push_back( i );
                    } );
  }
  clock.charge( times.search );

  const dfn::MaxCoverResult chosen = dfn::maximizeCoverage( problem, k, {}, cancelCheck( feedback ) );
  if ( chosen.cancelled )
    throwCancelled();
  if ( !chosen.error.empty() )
    throw QgsProcessingException(
        tr( "Layer \"%1\", weights from field \"%2\": %3. Check the weights (a total of %4)." )
            .arg( demand.layerName, demand.weightField.isEmpty() ? tr( "1 per feature" ) : demand.weightField,
                  QString::fromStdString( chosen.error ), QString::number( demand.total(), 'g', 6 ) ) );
  const dfn::CoverTargetResult forTarget =
      dfn::sitesForTarget( problem, target / 100.0, {}, cancelCheck( feedback ) );
  if ( forTarget.cancelled )
    throwCancelled();
  if ( !forTarget.error.empty() )
    throw QgsProcessingException( tr( "TARGET %1 %: %2. Give TARGET as a percentage from 0 to 100." )
                                      .arg( target )
                                      .arg( QString::fromStdString( forTarget.error ) ) );
  clock.charge( times.search );

  QgsFields added;
  added.append( DfCompat::integerField( FieldOrder ) );
  added.append( DfCompat::doubleField( FieldGain ) );
  added.append( DfCompat::doubleField( FieldGainShare ) );
  added.append( DfCompat::doubleField( FieldCovered ) );
  added.append( DfCompat::doubleField( FieldCoveredShare ) );
  QList<int> kept;
  const QgsFields outFields = DfSupport::withAddedFields( candidateSource->fields(), added, kept, feedback );
  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields,
      candidateSource->wkbType(), candidateSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );
  const double total = chosen.totalWeight;
  QLocale locale;
  int order = 0;
  for ( const dfn::SiteChoice &site : chosen.sites )
  {
    const QgsFeature &candidate = candidates.at( static_cast<int>( site.candidate ) );
    QgsAttributes attributes;
    for ( int i : kept )
      attributes << candidate.attribute( i );
    attributes << ++order << site.gain << ( total > 0 ? QVariant( 100.0 * site.gain / total ) : QVariant() )
               << site.covered << ( total > 0 ? QVariant( 100.0 * site.covered / total ) : QVariant() );
    QgsFeature out( outFields );
    out.setGeometry( candidate.geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
    feedback->pushInfo( tr( "%1. %2: +%3 (%4 %), %5 % within reach." )
                            .arg( order )
                            .arg( idIndex >= 0 ? candidate.attribute( idIndex ).toString()
                                               : QString::number( candidate.id() ),
                                  locale.toString( site.gain, 'f', 1 ), percent( site.gain, total ),
                                  percent( site.covered, total ) ) );
  }
  sink.reset();
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }

  feedback->pushInfo( tr( "Within %1 minutes (%2 m) of %3: now %4 % of %5, with %6 new site(s) %7 %." )
                          .arg( locale.toString( minutes ), locale.toString( reach, 'f', 0 ), kindText,
                                percent( chosen.existingWeight, total ), locale.toString( total, 'f', 1 ) )
                          .arg( count( static_cast<long long>( chosen.sites.size() ) ),
                                percent( chosen.coveredWeight, total ) ) );
  if ( chosen.fewerThanRequested )
    feedback->pushWarning(
        tr( "Only %1 of the %2 site(s) asked for add anyone: no other candidate reaches people who "
            "are not within reach yet." )
            .arg( count( static_cast<long long>( chosen.sites.size() ) ) )
            .arg( k ) );
  QString status;
  long long forTargetCount = -1;
  switch ( forTarget.status )
  {
  case dfn::TargetStatus::AlreadyMet:
    status = QStringLiteral( "already_met" );
    forTargetCount = 0;
    feedback->pushInfo(
        tr( "The target of %1 % is already met without new sites." ).arg( locale.toString( target ) ) );
    break;
  case dfn::TargetStatus::Reached:
    status = QStringLiteral( "reached" );
    forTargetCount = static_cast<long long>( forTarget.cover.sites.size() );
    feedback->pushInfo( tr( "The target of %1 % needs at least %2 new site(s) from these candidates." )
                            .arg( locale.toString( target ), count( forTargetCount ) ) );
    break;
  case dfn::TargetStatus::Unreachable:
    status = QStringLiteral( "unreachable" );
    feedback->pushWarning(
        tr( "The target of %1 % cannot be reached with these candidates: at best %2 % with %3 new "
            "site(s)." )
            .arg( locale.toString( target ), percent( forTarget.cover.coveredWeight, total ),
                  count( static_cast<long long>( forTarget.cover.sites.size() ) ) ) );
    break;
  }

  const QgsLayerMetadata metadata = DfSupport::metadata(
      tr( "New meeting-place sites" ), QStringLiteral( "dementiafriendly:sitemeetingplaces" ),
      { tr( "Demand: %1 weighted by %2; candidates: %3; existing: %4; within %5 minutes at %6 m/s; street "
            "network: %7." )
            .arg( demand.layerName, demand.weightField.isEmpty() ? tr( "1 per feature" ) : demand.weightField,
                  candidatesName, kindText )
            .arg( minutes )
            .arg( walking().speed )
            .arg( networkName() ),
        tr( "Within reach: %1 % now, %2 % with the new sites." )
            .arg( percent( chosen.existingWeight, total ), percent( chosen.coveredWeight, total ) ) },
      { tr( "meeting places" ), tr( "site selection" ) }, parameters );
  DfSupport::finishOutput( dest,
                           DfStyleSpec( QStringLiteral( "sites" ), FieldOrder,
                                        QStringLiteral( "dementiafriendly_sites" ), false, tr( "No order" ) ),
                           metadata, context, feedback, guard );
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  // Every useful candidate together: the most the candidates can reach.
  dfn::MaxCoverOptions noSwaps;
  noSwaps.maxSwapPasses = 0;
  const double best = dfn::maximizeCoverage( problem, problem.covers.size(), noSwaps ).coveredWeight;
  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "COVERED_BEFORE" ),
                  total > 0 ? 100.0 * chosen.existingWeight / total : 0.0 );
  outputs.insert( QStringLiteral( "COVERED_AFTER" ), total > 0 ? 100.0 * chosen.coveredWeight / total : 0.0 );
  outputs.insert( QStringLiteral( "SITES_CHOSEN" ), static_cast<long long>( chosen.sites.size() ) );
  outputs.insert( QStringLiteral( "SITES_FOR_TARGET" ), forTargetCount );
  outputs.insert( QStringLiteral( "BEST_REACHABLE" ), total > 0 ? 100.0 * best / total : 0.0 );
  outputs.insert( QStringLiteral( "TARGET_STATUS" ), status );
  return outputs;
}
