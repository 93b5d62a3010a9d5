#include "dfalgorithmhousingopportunities.h"
#include "dfcompat.h"
#include "dfrunlock.h"

#include "accesssummary.h"
#include "areaindicators.h"
#include "censusvalue.h"
#include "dfalgorithmsupport.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"
#include "dfqgisvalues.h"
#include "housingsites.h"
#include "pointgrid.h"
#include "siteprofile.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>
#include <map>
#include <memory>

namespace
{
// Output fields (docs/overlays.md): an interface that users' models and styles depend on. One feature per
// site and concept; per profile criterion c_<id> (the value) and p_<id> (1 passed, 0 failed).
const QString FieldConcept = QStringLiteral( "concept" );
const QString FieldConceptLabel = QStringLiteral( "concept_label" );
const QString FieldEligible = QStringLiteral( "eligible" );
const QString FieldScore = QStringLiteral( "score" );
const QString FieldRank = QStringLiteral( "rank" );
const QString FieldRankOf = QStringLiteral( "rank_of" );
const QString FieldPassed = QStringLiteral( "criteria_passed" );
const QString FieldExplanation = QStringLiteral( "explanation" );

using DfSupport::count;

std::optional<double> numberOf( const QVariant &v )
{
  return dfn::checkCount( DfValues::toRaw( v ) ).value;
}

//! A site-layer field chosen by the user, or the first of \a names the layer has.
int siteField( const QgsFields &fields, const QString &chosen, std::initializer_list<const char *> names )
{
  if ( !chosen.isEmpty() )
    return fields.lookupField( chosen );
  for ( const char *n : names )
    if ( fields.lookupField( QString::fromLatin1( n ) ) >= 0 )
      return fields.lookupField( QString::fromLatin1( n ) );
  return -1;
}

dfn::SiteType siteTypeOf( const QString &text )
{
  const QString t = text.trimmed().toLower();
  for ( const char *plot : { "plot", "vacant_plot", "kavel", "bouwkavel", "bouwlocatie", "braak", "vacant" } )
    if ( t == QLatin1String( plot ) )
      return dfn::SiteType::Plot;
  for ( const char *existing : { "existing", "complex", "building", "bestaand", "gebouw", "pand" } )
    if ( t == QLatin1String( existing ) )
      return dfn::SiteType::Existing;
  return dfn::SiteType::Unknown;
}

//! "need_dementia_500m" -> 500; 0 when the id does not end in _<digits>m.
double needRadius( const std::string &id )
{
  const size_t underscore = id.rfind( '_' );
  if ( underscore == std::string::npos || id.size() < underscore + 3 || id.back() != 'm' )
    return 0;
  const std::string digits = id.substr( underscore + 1, id.size() - underscore - 2 );
  if ( digits.empty() || digits.size() > 5 || digits.find_first_not_of( "0123456789" ) != std::string::npos )
    return 0;
  return std::stod( digits );
}
} // namespace

QStringList DfHousingOpportunitiesAlgorithm::tags() const
{
  return tr( "housing,site,Thuisplusflat,clustered,wonen met een plus,senior housing,ranking,woningbouw,"
             "geclusterde woonvorm,afwegingskader" )
      .split( ',' );
}

QString DfHousingOpportunitiesAlgorithm::shortDescription() const
{
  return tr(
      "Ranks candidate buildings and plots for Thuisplusflats, clustered senior housing and wonen met een "
      "plus, showing per criterion whether it is met and why." );
}

QString DfHousingOpportunitiesAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Assesses every <b>site</b> (an existing building or complex, or a vacant plot) for each housing "
      "<b>concept</b> of the profile (default: Thuisplusflat, clustered housing for older people, wonen met "
      "een "
      "plus), as a transparent assessment framework (afwegingskader).</p>"
      "<p><b>Gates</b> decide whether a concept can use a site at all: site type, at least 80 homes and "
      "corporation ownership for a Thuisplusflat, at least 5 units and a shared space for clustered housing, "
      "and the exclusion layers. <b>Criteria</b> rank the usable sites: people with dementia (and older "
      "people "
      "living alone) within 500 m on foot, walking minutes to supermarket, GP, pharmacy and meeting place, "
      "step-free access (lift or storeys), corporation ownership, and the urgency of the site's own or a "
      "neighbouring area (from <i>Dementia-friendly neighbourhood score</i>): people want to stay in their "
      "own "
      "neighbourhood.</p>"
      "<p><b>Output</b>: one feature per site and concept with the site's fields, <i>concept</i>, "
      "<i>eligible</i>, <i>score</i> (0-100), <i>rank</i> and <i>rank_of</i> among the sites of the layer "
      "(run it per municipality), "
      "<i>criteria_passed</i>, per criterion <i>c_&lt;id&gt;</i> (value) and <i>p_&lt;id&gt;</i> (1 passed, "
      "0 "
      "failed), and <i>explanation</i>: one line that says why. Thresholds and weights are in the profile "
      "(.dfsites; empty: the plugin's default, profiles/housing.dfsites).</p>" );
}

void DfHousingOpportunitiesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSource(
          QStringLiteral( "SITES" ), tr( "Candidate sites (buildings, complexes, plots)" ),
          DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ) ),
      tr( "Existing buildings or complexes and vacant plots, with their type, homes, storeys, lift, "
          "ownership and shared space." ) ) );
  for ( const auto &[id, label, help] :
        { std::tuple{
              "SITE_TYPE_FIELD", tr( "Site type (field)" ),
              tr( "Empty: site_type or type. Values: existing, complex, building, bestaand, gebouw, pand (an "
                  "existing building) or plot, vacant_plot, vacant, kavel, bouwkavel, bouwlocatie, braak (a "
                  "vacant "
                  "plot)." ) },
          std::tuple{ "HOMES_FIELD", tr( "Homes (field)" ), tr( "Empty: homes or woningen." ) },
          std::tuple{ "UNITS_FIELD", tr( "Units (field)" ),
                      tr( "Empty: units; an existing site without uses its homes." ) },
          std::tuple{ "STOREYS_FIELD", tr( "Storeys (field)" ),
                      tr( "Empty: storeys, b3_bouwlagen or bouwlagen." ) },
          std::tuple{ "LIFT_FIELD", tr( "Lift, 1 or 0 (field)" ), tr( "Empty: lift." ) },
          std::tuple{ "CORPORATION_FIELD", tr( "Owned by a housing corporation, 1 or 0 (field)" ),
                      tr( "Empty: corporation_owned, eigenaar_corporatie or corporatie." ) },
          std::tuple{ "SHARED_SPACE_FIELD", tr( "Shared space or room for one, 1 or 0 (field)" ),
                      tr( "Empty: shared_space or gemeenschappelijke_ruimte." ) } } )
  {
    auto p = std::make_unique<QgsProcessingParameterField>( QString::fromLatin1( id ), label, QVariant(),
                                                            QStringLiteral( "SITES" ), DfCompat::FieldAny,
                                                            false, true );
    p->setHelp( help );
    DfCompat::setAdvanced( p );
    addParameter( p.release() );
  }
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterField( QStringLiteral( "SITE_ID_FIELD" ), tr( "Site id field" ), QVariant(),
                                       QStringLiteral( "SITES" ), DfCompat::FieldAny, false, true ),
      tr( "Names the sites in the log and the best-site output. Empty: the feature id." ) ) );
  addNetworkParameters();
  addDemandParameters( QStringLiteral( "DEMAND" ), tr( "People with dementia at home" ),
                       QStringLiteral( "WEIGHT_FIELD" ), true );
  addDemandParameters( QStringLiteral( "ALONE" ), tr( "Older people living alone" ),
                       QStringLiteral( "ALONE_WEIGHT_FIELD" ), true, false,
                       tr( "Weight field (living alone)" ) );
  addFacilityParameters( true, true );
  auto areas = std::make_unique<QgsProcessingParameterFeatureSource>(
      QStringLiteral( "URGENCY_AREAS" ), tr( "Areas with an urgency" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorPolygon } ), QVariant(), true );
  areas->setHelp( tr( "The output of the neighbourhood score. A site's urgency criterion is the highest "
                      "urgency of the area it lies in and the areas that "
                      "touch it." ) );
  addParameter( areas.release() );
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterField( QStringLiteral( "URGENCY_FIELD" ), tr( "Urgency field" ),
                                       QStringLiteral( "urgency" ), QStringLiteral( "URGENCY_AREAS" ),
                                       DfCompat::FieldNumeric, false, true ),
      tr( "The urgency 0-100 of the areas: urgency from Dementia-friendly neighbourhood score." ) ) );
  auto exclusions = std::make_unique<QgsProcessingParameterMultipleLayers>(
      QStringLiteral( "EXCLUSIONS" ), tr( "Exclusion layers" ), DfCompat::SourceVectorPolygon, QVariant(),
      true );
  exclusions->setHelp( tr( "A site in one of these is not eligible. Polygon layers such as nature reserves, "
                           "flood zones or noise contours; the layer's "
                           "name appears in the explanation." ) );
  addParameter( exclusions.release() );
  auto profile = std::make_unique<QgsProcessingParameterFile>(
      QStringLiteral( "PROFILE" ), tr( "Housing-site profile (.dfsites)" ), DfCompat::FileBehaviorFile,
      QStringLiteral( "dfsites" ), QVariant(), true );
  profile->setHelp(
      tr( "Concepts, gates, criteria, thresholds and weights. Empty: the default, a copy of which is "
          "profiles/housing.dfsites in the plugin folder." ) );
  addParameter( profile.release() );
  addWalkingParameters();
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Housing opportunity sites" ) ),
      tr( "One feature per site and concept with the criteria, score, rank and explanation." ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SITES_ELIGIBLE" ),
                                            tr( "Site-concept pairs that are eligible" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "BEST_SITES" ), tr( "Best site per concept" ) ) );
}

QVariantMap DfHousingOpportunitiesAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                               QgsProcessingContext &context,
                                                               QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  QLocale locale;

  const QString profilePath = parameterAsFile( parameters, QStringLiteral( "PROFILE" ), context );
  const dfn::SiteProfile profile = profilePath.isEmpty()
                                       ? dfn::defaultSiteProfile()
                                       : DfSupport::readProfile( profilePath, dfn::parseSiteProfile );
  const QString profileName =
      profilePath.isEmpty() ? tr( "the default housing-site profile" ) : QFileInfo( profilePath ).fileName();

  loadNetwork( parameters, walkingSettings( parameters, context ), context, feedback, times );

  // --- Sites
  std::unique_ptr<QgsProcessingFeatureSource> siteSource(
      parameterAsSource( parameters, QStringLiteral( "SITES" ), context ) );
  if ( !siteSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "SITES" ) ) );
  const QString sitesName =
      DfSupport::layerName( this, parameters, QStringLiteral( "SITES" ), context, siteSource.get() );
  const QgsFields fields = siteSource->fields();
  auto chosen = [&]( const char *parameter )
  {
    const QString name = parameterAsString( parameters, QString::fromLatin1( parameter ), context );
    if ( !name.isEmpty() && fields.lookupField( name ) < 0 )
      throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( sitesName, name ) );
    return name;
  };
  const int typeIndex = siteField( fields, chosen( "SITE_TYPE_FIELD" ), { "site_type", "type" } );
  const int homesIndex = siteField( fields, chosen( "HOMES_FIELD" ), { "homes", "woningen" } );
  const int unitsIndex = siteField( fields, chosen( "UNITS_FIELD" ), { "units" } );
  const int storeysIndex =
      siteField( fields, chosen( "STOREYS_FIELD" ), { "storeys", "b3_bouwlagen", "bouwlagen" } );
  const int liftIndex = siteField( fields, chosen( "LIFT_FIELD" ), { "lift" } );
  const int corporationIndex = siteField( fields, chosen( "CORPORATION_FIELD" ),
                                          { "corporation_owned", "eigenaar_corporatie", "corporatie" } );
  const int sharedIndex =
      siteField( fields, chosen( "SHARED_SPACE_FIELD" ), { "shared_space", "gemeenschappelijke_ruimte" } );
  const int idIndex = siteField( fields, chosen( "SITE_ID_FIELD" ), {} );

  std::vector<QgsFeature> sites;
  std::vector<dfn::XY> sitePoints;
  std::vector<dfn::NetworkSnap> siteSnaps;
  std::vector<QgsGeometry> siteGeometries; // in the network CRS, for the exclusion and urgency layers
  {
    const QgsCoordinateTransform transform = transformFor( siteSource.get(), context );
    QgsFeatureIterator it = siteSource->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
    QgsFeature f;
    long long withoutGeometry = 0;
    while ( it.nextFeature( f ) )
    {
      if ( feedback->isCanceled() )
        throwCancelled();
      const QgsGeometry g = inNetworkCrs( f.geometry(), transform );
      dfn::XY at;
      if ( !standingPoint( g, at ) )
      {
        ++withoutGeometry;
        continue;
      }
      sites.push_back( f );
      sitePoints.push_back( at );
      siteSnaps.push_back( snapIndex().snap( at, walking().snapDistance ) );
      siteGeometries.push_back( g );
    }
    if ( sites.empty() )
      throw QgsProcessingException( tr( "Layer \"%1\" has no candidate sites (%2 without geometry)." )
                                        .arg( sitesName, count( withoutGeometry ) ) );
    if ( withoutGeometry > 0 )
      feedback->pushWarning( tr( "%1 site(s) in \"%2\" have no geometry and are left out." )
                                 .arg( count( withoutGeometry ), sitesName ) );
    if ( idIndex >= 0 )
    {
      QSet<QString> seen, twice;
      for ( const QgsFeature &site : sites )
      {
        const QString id = site.attribute( idIndex ).toString();
        if ( seen.contains( id ) )
          twice << id;
        seen << id;
      }
      if ( !twice.isEmpty() )
        feedback->pushWarning(
            tr( "Site id(s) occur more than once in \"%1\": %2." )
                .arg( sitesName, QStringList( twice.values() ).mid( 0, 10 ).join( QLatin1String( ", " ) ) ) );
    }
    const long long off = std::count_if( siteSnaps.begin(), siteSnaps.end(),
                                         []( const dfn::NetworkSnap &s ) { return !s.valid(); } );
    if ( off > 0 )
      feedback->pushWarning(
          tr( "%1 site(s) are more than %2 m from a walkable street: no walking criteria for them." )
              .arg( count( off ) )
              .arg( walking().snapDistance ) );
  }
  std::vector<dfn::SiteInput> inputs( sites.size() );
  for ( size_t s = 0; s < sites.size(); ++s )
  {
    const QgsFeature &f = sites[s];
    dfn::SiteInput &in = inputs[s];
    in.type = typeIndex >= 0 ? siteTypeOf( f.attribute( typeIndex ).toString() ) : dfn::SiteType::Unknown;
    if ( homesIndex >= 0 )
      in.values[dfn::kSiteHomes] = numberOf( f.attribute( homesIndex ) );
    if ( unitsIndex >= 0 )
      in.values[dfn::kSiteUnits] = numberOf( f.attribute( unitsIndex ) );
    if ( corporationIndex >= 0 )
      in.values[dfn::kSiteCorporation] = DfValues::flagValue( f.attribute( corporationIndex ) );
    if ( sharedIndex >= 0 )
      in.values[dfn::kSiteSharedSpace] = DfValues::flagValue( f.attribute( sharedIndex ) );
  }

  // --- Criteria the plugin measures; any other criterion id is read from the site field of that name.
  QStringList leftOut;
  auto setAll = [&]( const std::string &id, const std::vector<std::optional<double>> &values )
  {
    if ( std::none_of( values.begin(), values.end(),
                       []( const std::optional<double> &v ) { return v.has_value(); } ) )
    {
      leftOut
          << QStringLiteral( "\"%1\" (%2)" ).arg( QString::fromStdString( id ), tr( "no site has a value" ) );
      return;
    }
    for ( size_t s = 0; s < sites.size(); ++s )
      inputs[s].values[id] = values[s];
  };
  PhaseClock clock;
  QString kindsPresent;
  std::map<std::string, std::vector<dfn::WalkSeed>> seedsByKind;
  if ( hasFacilities( parameters, context ) )
  {
    std::vector<FacilityGroup> groups;
    const std::vector<Facility> facilities = loadFacilities( parameters, context, feedback, times, groups );
    for ( const FacilityGroup &g : groups )
    {
      const std::string kind =
          dfn::canonicalKind( g.fieldStem.isEmpty() ? std::string( "none" ) : g.fieldStem.toStdString() );
      for ( const dfn::WalkSeed &seed : seedsOf( facilities, g ) )
        seedsByKind[kind].push_back( seed );
    }
  }
  dfn::WalkSearch search( network() );
  for ( const dfn::SiteCriterion &criterion : profile.criteria )
  {
    const std::string &id = criterion.id;
    std::vector<std::optional<double>> values( sites.size() );
    const std::string minSuffix = "_min";
    if ( id.size() > minSuffix.size() &&
         id.compare( id.size() - minSuffix.size(), minSuffix.size(), minSuffix ) == 0 )
    {
      const std::string kind = id.substr( 0, id.size() - minSuffix.size() );
      const auto seeds = seedsByKind.find( kind );
      if ( seeds == seedsByKind.end() || seeds->second.empty() )
      {
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ),
                             tr( "no facilities of kind %1" ).arg( QString::fromStdString( kind ) ) );
        continue;
      }
      // Beyond 1.5 times the worst value the sub-score is 0 anyway; the walk is written as that bound.
      const double cutoff = walking().metresFor( 1.5 * std::max( criterion.bad, criterion.good ) );
      if ( !runSearch( search, seeds->second, cutoff, feedback ) )
        throwCancelled();
      for ( size_t s = 0; s < sites.size(); ++s )
        if ( siteSnaps[s].valid() )
        {
          const dfn::WalkReach r = search.reach( siteSnaps[s] );
          values[s] = walking().minutesFor( r.reached() ? r.distance : cutoff );
        }
      setAll( id, values );
    }
    else if ( id.rfind( "need_", 0 ) == 0 && needRadius( id ) > 0 )
    {
      const bool alone = id.find( "alone" ) != std::string::npos;
      const QString layerParameter = alone ? QStringLiteral( "ALONE" ) : QStringLiteral( "DEMAND" );
      if ( !std::unique_ptr<QgsProcessingFeatureSource>(
               parameterAsSource( parameters, layerParameter, context ) ) )
      {
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ), tr( "no %1 layer" ).arg( layerParameter ) );
        continue;
      }
      const DemandPoints demand =
          loadDemand( parameters, layerParameter, context, feedback, times,
                      alone ? QStringLiteral( "ALONE_WEIGHT_FIELD" ) : QStringLiteral( "WEIGHT_FIELD" ) );
      reportDemand( demand, feedback );
      const double radius = needRadius( id );
      const dfn::PointGrid grid( demand.points );
      for ( size_t s = 0; s < sites.size(); ++s )
      {
        if ( feedback->isCanceled() )
          throwCancelled();
        if ( !siteSnaps[s].valid() )
          continue;
        if ( !runSearch( search, { { siteSnaps[s], 0 } }, radius, nullptr ) )
          throwCancelled();
        double people = 0;
        const dfn::XY at = sitePoints[s];
        grid.forEachIn( at.x - radius, at.y - radius, at.x + radius, at.y + radius,
                        [&]( uint32_t i )
                        {
                          if ( search.reach( demand.snaps[i] ).reached() )
                            people += demand.weights[i];
                        } );
        values[s] = people;
      }
      setAll( id, values );
    }
    else if ( id == "step_free" )
    {
      if ( storeysIndex < 0 && liftIndex < 0 )
      {
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ), tr( "no storeys or lift field" ) );
        continue;
      }
      for ( size_t s = 0; s < sites.size(); ++s )
      {
        const signed char stepFree = dfn::stepFreeProxy(
            storeysIndex >= 0 ? numberOf( sites[s].attribute( storeysIndex ) ) : std::nullopt,
            liftIndex >= 0 ? DfValues::flagValue( sites[s].attribute( liftIndex ) ) : std::nullopt );
        if ( stepFree >= 0 )
          values[s] = stepFree;
      }
      setAll( id, values );
    }
    else if ( id == "corporation" )
    {
      if ( corporationIndex < 0 )
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ), tr( "no corporation field" ) );
      // Already in the inputs as the gate input of the same name.
    }
    else if ( id == "urgency_area" )
    {
      std::unique_ptr<QgsProcessingFeatureSource> areaSource(
          parameterAsSource( parameters, QStringLiteral( "URGENCY_AREAS" ), context ) );
      const QString urgencyField =
          parameterAsString( parameters, QStringLiteral( "URGENCY_FIELD" ), context );
      const int urgencyIndex = areaSource ? areaSource->fields().lookupField( urgencyField ) : -1;
      if ( !areaSource || urgencyIndex < 0 )
      {
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ), areaSource
                                                               ? tr( "no field %1" ).arg( urgencyField )
                                                               : tr( "no urgency areas" ) );
        continue;
      }
      // The site's own area and the areas that touch it: people want to stay in their own neighbourhood.
      const QgsCoordinateTransform transform = transformFor( areaSource.get(), context );
      std::vector<std::pair<QgsGeometry, std::optional<double>>> areas;
      QgsFeatureIterator it = areaSource->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
      QgsFeature f;
      while ( it.nextFeature( f ) )
        areas.emplace_back( inNetworkCrs( f.geometry(), transform ),
                            numberOf( f.attribute( urgencyIndex ) ) );
      for ( size_t s = 0; s < sites.size(); ++s )
      {
        const QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( sitePoints[s].x, sitePoints[s].y ) );
        for ( const auto &[home, urgency] : areas )
        {
          if ( home.isNull() || !home.intersects( point ) )
            continue;
          std::optional<double> most = urgency;
          for ( const auto &[other, otherUrgency] : areas )
            if ( otherUrgency && !other.isNull() && other.intersects( home ) )
              most = std::max( most.value_or( 0.0 ), *otherUrgency );
          values[s] = most;
          break;
        }
      }
      setAll( id, values );
    }
    else
    {
      const int index = fields.lookupField( QString::fromStdString( id ) );
      if ( index < 0 )
      {
        leftOut << QStringLiteral( "\"%1\" (%2)" )
                       .arg( QString::fromStdString( id ),
                             tr( "no field %1 in the sites" ).arg( QString::fromStdString( id ) ) );
        continue;
      }
      for ( size_t s = 0; s < sites.size(); ++s )
        values[s] = numberOf( sites[s].attribute( index ) );
      setAll( id, values );
    }
  }

  // Exclusion layers: a site that touches one is not eligible.
  for ( QgsMapLayer *layer : parameterAsLayerList( parameters, QStringLiteral( "EXCLUSIONS" ), context ) )
  {
    QgsVectorLayer *vl = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vl )
      continue;
    // "zones.gpkg|layername=geluidszone" is known as geluidszone, not as the file.
    QString exclusionName = QgsProviderRegistry::instance()
                                ->decodeUri( vl->providerType(), vl->source() )
                                .value( QStringLiteral( "layerName" ) )
                                .toString();
    if ( exclusionName.isEmpty() )
      exclusionName = vl->name();
    const QgsCoordinateTransform transform( vl->crs(), networkCrs(), context.transformContext() );
    QVector<QgsGeometry> parts;
    QgsFeatureIterator it = vl->getFeatures();
    QgsFeature f;
    while ( it.nextFeature( f ) )
      parts << inNetworkCrs( f.geometry(), transform );
    const QgsGeometry zone = QgsGeometry::unaryUnion( parts );
    if ( zone.isNull() )
      continue;
    std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( zone.constGet() ) );
    engine->prepareGeometry();
    for ( size_t s = 0; s < sites.size(); ++s )
      if ( !siteGeometries[s].isNull() && engine->intersects( siteGeometries[s].constGet() ) )
        inputs[s].exclusions.push_back( exclusionName.toStdString() );
  }
  clock.charge( times.search );

  const dfn::SiteAssessment assessed = dfn::assessHousingSites( profile, inputs );
  if ( !assessed.error.empty() )
    throw QgsProcessingException(
        tr( "The sites cannot be ranked: %1 Criteria left out: %2." )
            .arg( QString::fromStdString( assessed.error ),
                  leftOut.isEmpty() ? tr( "none" ) : leftOut.join( QLatin1String( "; " ) ) ) );

  // --- Output: one feature per site and concept
  QgsFields added;
  added.append( DfCompat::stringField( FieldConcept, 40 ) );
  added.append( DfCompat::stringField( FieldConceptLabel, 80 ) );
  added.append( DfCompat::integerField( FieldEligible ) );
  added.append( DfCompat::doubleField( FieldScore ) );
  added.append( DfCompat::integerField( FieldRank ) );
  added.append( DfCompat::integerField( FieldRankOf ) );
  added.append( DfCompat::stringField( FieldPassed, 20 ) );
  added.append( DfCompat::stringField( FieldExplanation, 500 ) );
  for ( const dfn::SiteCriterion &c : profile.criteria )
  {
    added.append( DfCompat::doubleField( QStringLiteral( "c_" ) + QString::fromStdString( c.id ) ) );
    added.append( DfCompat::integerField( QStringLiteral( "p_" ) + QString::fromStdString( c.id ) ) );
  }
  QList<int> kept;
  const QgsFields outFields = DfSupport::withAddedFields( fields, added, kept, feedback );
  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields, siteSource->wkbType(),
      siteSource->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );

  auto conceptLabel = [&]( const dfn::SiteConcept &c )
  {
    if ( c.id == "thuisplusflat" && c.label == "Thuisplusflat" )
      return tr( "Thuisplusflat" );
    if ( c.id == "clustered" && c.label == "Clustered housing for older people" )
      return tr( "Clustered housing for older people" );
    if ( c.id == "wonen_plus" && c.label == "Wonen met een plus" )
      return tr( "Wonen met een plus" );
    return QString::fromStdString( c.label );
  };
  // The default profile's labels in the user's language; a municipality's own labels stay as written.
  static const std::map<std::string, const char *> defaultLabels = {
      { "People with dementia at home within 500 m walk",
        QT_TR_NOOP( "People with dementia at home within 500 m walk" ) },
      { "Older people living alone within 500 m walk",
        QT_TR_NOOP( "Older people living alone within 500 m walk" ) },
      { "Walk to the nearest supermarket", QT_TR_NOOP( "Walk to the nearest supermarket" ) },
      { "Walk to the nearest GP", QT_TR_NOOP( "Walk to the nearest GP" ) },
      { "Walk to the nearest pharmacy", QT_TR_NOOP( "Walk to the nearest pharmacy" ) },
      { "Walk to the nearest meeting place", QT_TR_NOOP( "Walk to the nearest meeting place" ) },
      { "Step-free access (lift or ground floor)", QT_TR_NOOP( "Step-free access (lift or ground floor)" ) },
      { "Owned by a housing corporation", QT_TR_NOOP( "Owned by a housing corporation" ) },
      { "Urgency of its own or a neighbouring area",
        QT_TR_NOOP( "Urgency of its own or a neighbouring area" ) } };
  auto criterionLabel = [&]( const dfn::SiteCriterion &c )
  {
    const auto it = defaultLabels.find( c.label );
    return it == defaultLabels.end() ? QString::fromStdString( c.label ) : tr( it->second );
  };
  auto valueText = [&]( const dfn::SiteCriterion &c, double v )
  {
    const QString unit = QString::fromStdString( c.unit );
    if ( unit == QLatin1String( "share" ) )
      return v >= 0.5 ? tr( "yes" ) : tr( "no" );
    return QStringLiteral( "%1 %2" )
        .arg( locale.toString( v, 'f', std::fabs( v ) >= 10 ? 0 : 1 ), unit )
        .trimmed();
  };
  auto gateText = [&]( const dfn::GateResult &g, const dfn::SiteConcept &c )
  {
    if ( g.outcome == dfn::GateOutcome::Unknown )
      return tr( "%1 unknown" ).arg( QString::fromLatin1( dfn::siteGateId( g.gate ) ) );
    switch ( g.gate )
    {
    case dfn::SiteGate::Exclusion:
      return tr( "in exclusion layer %1" ).arg( QString::fromStdString( g.layer ) );
    case dfn::SiteGate::SiteType:
      return c.onExisting ? tr( "needs an existing building" ) : tr( "needs a vacant plot" );
    case dfn::SiteGate::MinHomes:
      return tr( "%1 homes, needs at least %2" ).arg( g.value.value_or( 0 ) ).arg( g.threshold );
    case dfn::SiteGate::MinUnits:
      return tr( "%1 units, needs at least %2" ).arg( g.value.value_or( 0 ) ).arg( g.threshold );
    case dfn::SiteGate::Corporation:
      return tr( "not owned by a housing corporation" );
    case dfn::SiteGate::SharedSpace:
      return tr( "no shared space" );
    }
    return QString();
  };

  long long eligible = 0;
  std::vector<QString> best( profile.concepts.size() );
  for ( size_t s = 0; s < sites.size(); ++s )
  {
    if ( feedback->isCanceled() )
      break;
    const dfn::SiteResult &result = assessed.sites[s];
    const QString siteName =
        idIndex >= 0 ? sites[s].attribute( idIndex ).toString() : QString::number( sites[s].id() );
    for ( size_t c = 0; c < profile.concepts.size(); ++c )
    {
      const dfn::SiteConcept &concept_ = profile.concepts[c];
      const dfn::ConceptResult &r = result.concepts[c];
      eligible += r.eligible;
      QString explanation;
      switch ( r.explanation.status )
      {
      case dfn::SiteStatus::NotEligible:
        explanation = tr( "Not eligible: %1." )
                          .arg( r.explanation.failedGate ? gateText( *r.explanation.failedGate, concept_ )
                                                         : QString() );
        break;
      case dfn::SiteStatus::Unscored:
        explanation = tr( "Eligible, but no criterion has a value here." );
        break;
      case dfn::SiteStatus::Ranked:
      {
        QStringList pros, cons;
        for ( const dfn::SiteReason &reason : r.explanation.pros )
        {
          const dfn::SiteCriterion &crit = profile.criteria[reason.criterion];
          pros << QStringLiteral( "%1 %2" ).arg( criterionLabel( crit ), valueText( crit, reason.value ) );
        }
        for ( const dfn::SiteReason &reason : r.explanation.cons )
        {
          const dfn::SiteCriterion &crit = profile.criteria[reason.criterion];
          if ( crit.unit == "share" )
            cons << tr( "%1: %2" ).arg( criterionLabel( crit ), valueText( crit, reason.value ) );
          else
            cons << tr( "%1 %2 (needs %3 %4)" )
                        .arg( criterionLabel( crit ), valueText( crit, reason.value ),
                              crit.higherIsBetter() ? tr( "at least" ) : tr( "at most" ),
                              valueText( crit, crit.pass ) );
        }
        explanation = tr( "Rank %1 of %2, score %3, %4 of %5 criteria met." )
                          .arg( r.rank.value_or( 0 ) )
                          .arg( r.rankedInGroup )
                          .arg( locale.toString( r.score.value_or( 0 ), 'f', 1 ) )
                          .arg( r.criteriaPassed )
                          .arg( r.criteriaCounted );
        if ( !pros.isEmpty() )
          explanation += ' ' + tr( "For: %1." ).arg( pros.join( QLatin1String( "; " ) ) );
        if ( !cons.isEmpty() )
          explanation += ' ' + tr( "Against: %1." ).arg( cons.join( QLatin1String( "; " ) ) );
        if ( r.rank && *r.rank == 1 )
          best[c] += ( best[c].isEmpty() ? QString() : QStringLiteral( ", " ) ) + siteName;
        break;
      }
      }
      QgsAttributes attributes;
      for ( int i : kept )
        attributes << sites[s].attribute( i );
      attributes << QString::fromStdString( concept_.id ) << conceptLabel( concept_ )
                 << ( r.eligible ? 1 : 0 ) << ( r.score ? QVariant( *r.score ) : QVariant() )
                 << ( r.rank ? QVariant( *r.rank ) : QVariant() )
                 << ( r.rank ? QVariant( r.rankedInGroup ) : QVariant() )
                 << ( r.criteriaCounted > 0
                          ? QVariant( tr( "%1 of %2" ).arg( r.criteriaPassed ).arg( r.criteriaCounted ) )
                          : QVariant() )
                 << explanation;
      for ( const dfn::CriterionResult &cr : result.criteria )
        attributes << ( cr.value ? QVariant( *cr.value ) : QVariant() )
                   << ( cr.passed ? QVariant( *cr.passed ? 1 : 0 ) : QVariant() );
      QgsFeature out( outFields );
      out.setGeometry( sites[s].geometry() );
      out.setAttributes( attributes );
      if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException(
            DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
    }
  }
  sink.reset();
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }

  QStringList bestText;
  for ( size_t c = 0; c < profile.concepts.size(); ++c )
    bestText << QStringLiteral( "%1: %2" )
                    .arg( conceptLabel( profile.concepts[c] ), best[c].isEmpty() ? tr( "none" ) : best[c] );
  feedback->pushInfo( tr( "%1 site(s), %2 concept(s), %3 eligible pair(s). Best: %4." )
                          .arg( count( static_cast<long long>( sites.size() ) ),
                                count( static_cast<long long>( profile.concepts.size() ) ), count( eligible ),
                                bestText.join( QLatin1String( "; " ) ) ) );
  for ( const std::string &id : assessed.absentCriteria )
    if ( std::none_of( leftOut.begin(), leftOut.end(),
                       [&]( const QString &l ) {
                         return l.startsWith( '"' + QString::fromStdString( id ) + QStringLiteral( "\" " ) );
                       } ) )
      leftOut
          << QStringLiteral( "\"%1\" (%2)" ).arg( QString::fromStdString( id ), tr( "no site has a value" ) );
  if ( !leftOut.isEmpty() )
    feedback->pushWarning( tr( "Criteria left out, their weight spread over the others: %1." )
                               .arg( leftOut.join( QLatin1String( "; " ) ) ) );

  QStringList description;
  description << tr( "Sites: %1; profile: %2; street network: %3; walking speed %4 m/s." )
                     .arg( sitesName, profileName, networkName() )
                     .arg( walking().speed );
  if ( !leftOut.isEmpty() )
    description << tr( "Left out: %1." ).arg( leftOut.join( QLatin1String( "; " ) ) );
  description << QString::fromStdString(
      dfn::writeSiteProfile( profile, tr( "Effective profile (%1)." ).arg( profileName ).toStdString() ) );
  DfSupport::finishOutput( dest,
                           DfStyleSpec( QStringLiteral( "housing" ), FieldScore,
                                        QStringLiteral( "dementiafriendly_housing" ), false,
                                        tr( "Not eligible" ) ),
                           DfSupport::metadata( tr( "Housing opportunity sites" ),
                                                QStringLiteral( "dementiafriendly:housingopportunities" ),
                                                description, { tr( "housing" ), tr( "sites" ) }, parameters ),
                           context, feedback, guard );
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "SITES_ELIGIBLE" ), eligible );
  outputs.insert( QStringLiteral( "BEST_SITES" ), bestText.join( QLatin1String( "; " ) ) );
  return outputs;
}
