#include "dfalgorithmneighbourhoodscore.h"
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
#include "dfreportmap.h"
#include "dfscorereport.h"
#include "neighbourhoodscore.h"
#include "scoreprofile.h"

#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace
{
//! Ids for the log: each in quotes, so that a Dutch log shows them as ids, not as English words.
QString quoted( const QStringList &ids )
{
  QStringList q;
  for ( const QString &id : ids )
    q << QStringLiteral( "\"%1\"" ).arg( id );
  return q.join( QLatin1String( ", " ) );
}

// Output fields (docs/neighbourhoodscore.md): an interface that users' models and styles depend on. Per
// profile indicator "domain.name": v_<name> (the measured value) and s_<name> (its sub-score 0-100).
const QString FieldHomes = QStringLiteral( "homes" );
const QString FieldFriendly = QStringLiteral( "friendly" );
const QString FieldFriendlyClass = QStringLiteral( "friendly_class" );
const QString FieldFriendlyLabel = QStringLiteral( "friendly_label" );
const QString FieldNeedPeople = QStringLiteral( "need_people" );
const QString FieldNeedDensity = QStringLiteral( "need_km2" );
const QString FieldNeed = QStringLiteral( "need" );
const QString FieldUrgency = QStringLiteral( "urgency" );
const QString FieldUrgencyRank = QStringLiteral( "urgency_rank" );
const QString FieldReasons = QStringLiteral( "reasons" );
const QString FieldMissing = QStringLiteral( "missing" );
const QString FieldRedistributed = QStringLiteral( "redistributed" );
//! The value of "missing" for an area without homes, which is not scored: a fixed token, like the indicator
//! ids the field holds otherwise, so that a filter ("missing" = 'no homes') works in every language.
const QString MissingNoHomes = QStringLiteral( "no homes" );
QString domainField( const std::string &domain )
{
  return QStringLiteral( "dom_" ) + QString::fromStdString( domain );
}

enum Scoring
{
  ScoringNorms = 0,
  ScoringRank = 1
};

//! Green space as a polygon is reached at its edge: a point every this many metres along its boundary.
constexpr double GreenEntranceSpacing = 25;

using DfSupport::count;

QString number( double v, int decimals )
{
  return QLocale().toString( v, 'f', decimals );
}

//! Points of a layer: points as they are, the boundary of polygons and lines as points every \a spacing m.
std::vector<dfn::XY> pointsOf( const QgsGeometry &g, double spacing )
{
  std::vector<dfn::XY> points;
  if ( g.isNull() || g.isEmpty() )
    return points;
  if ( g.type() == DfCompat::GeometryPoint )
  {
    for ( const QgsPointXY &p : g.isMultipart() ? g.asMultiPoint() : QgsMultiPointXY{ g.asPoint() } )
      points.push_back( { p.x(), p.y() } );
    return points;
  }
  const QgsGeometry line =
      g.type() == DfCompat::GeometryPolygon ? QgsGeometry( g.constGet()->boundary() ) : g;
  const double length = line.length();
  for ( double d = 0; d <= length; d += spacing )
  {
    const QgsGeometry p = line.interpolate( d );
    if ( !p.isNull() )
      points.push_back( { p.asPoint().x(), p.asPoint().y() } );
  }
  return points;
}

//! The field of \a fields an AreaFieldSource names; -1 when there is none.
int sourceField( const QgsFields &fields, const std::string &name, bool prefix )
{
  const QString n = QString::fromStdString( name );
  if ( !prefix )
    return fields.lookupField( n );
  for ( int i = 0; i < fields.count(); ++i )
    if ( fields.at( i ).name().startsWith( n, Qt::CaseInsensitive ) )
      return i;
  return -1;
}

//! An address-layer field given by the user, or the first of \a names the layer has.
int addressField( const QgsFields &fields, const QString &chosen, std::initializer_list<const char *> names )
{
  if ( !chosen.isEmpty() )
    return fields.lookupField( chosen );
  for ( const char *n : names )
  {
    const int i = fields.lookupField( QString::fromLatin1( n ) );
    if ( i >= 0 )
      return i;
  }
  return -1;
}

std::optional<double> numberOf( const QVariant &v )
{
  const dfn::CheckedValue checked = dfn::checkCount( DfValues::toRaw( v ) );
  return checked.value;
}

//! friendly is the layer's default style; urgency, need and each domain score are styles to switch to.
DfStyleSpec scoreStyles( const dfn::ScoreProfile &profile )
{
  // Empty values (an area without homes, or without any value) draw hatched grey as "No data", never as a
  // class of low values.
  const QString noScore =
      QCoreApplication::translate( "DfNeighbourhoodScoreAlgorithm", "No data (no homes or no values)" );
  DfStyleSpec friendly{ QStringLiteral( "neighbourhoodscore" ), FieldFriendly,
                        QStringLiteral( "dementiafriendly_friendly" ), false, noScore };
  for ( int c = 1; c <= 5; ++c )
    friendly.classLabels << QStringLiteral( "%1 (%2–%3)" )
                                .arg( DfScoreReport::classLabel( c ) )
                                .arg( ( c - 1 ) * 20 )
                                .arg( c * 20 );
  for ( const dfn::ProfileDomain &d : profile.domains )
  {
    const bool need = dfn::isNeedDomain( d.id );
    DfStyleSpec domain{ need ? QStringLiteral( "urgency" ) : QStringLiteral( "neighbourhoodscore" ),
                        domainField( d.id ), QStringLiteral( "dementiafriendly_" ) + domainField( d.id ),
                        false, noScore };
    if ( !need )
      domain.classLabels = friendly.classLabels;
    friendly.alternatives.push_back( domain );
  }
  const QString noNeed =
      QCoreApplication::translate( "DfNeighbourhoodScoreAlgorithm", "No data (no homes, need or score)" );
  friendly.alternatives.insert(
      friendly.alternatives.begin(),
      { DfStyleSpec{ QStringLiteral( "urgency" ), FieldNeed, QStringLiteral( "dementiafriendly_need" ), false,
                     noNeed },
        DfStyleSpec{ QStringLiteral( "urgency" ), FieldUrgency, QStringLiteral( "dementiafriendly_urgency" ),
                     false, noNeed } } );
  return friendly;
}

//! What the homes of the ADDRESSES layer tell: where they are, where they join the network, their area and
//! their building.
struct Homes
{
  std::vector<dfn::NetworkSnap> snaps;
  std::vector<int32_t> area;
  std::vector<signed char> stepFree;
  std::vector<signed char> corporation;
  bool hasStepFree = false;
  bool hasCorporation = false;
  long long notHomes = 0, withoutPoint = 0, outside = 0, offNetwork = 0;
};
} // namespace

QStringList DfNeighbourhoodScoreAlgorithm::tags() const
{
  return tr( "dementia,friendly,score,urgency,need,neighbourhood,buurt,access,comfort,housing,profile,"
             "dementievriendelijk,urgentie,wijk" )
      .split( ',' );
}

QString DfNeighbourhoodScoreAlgorithm::shortDescription() const
{
  return tr( "Per buurt or grid cell: how dementia-friendly it is, how much need there is, and how urgent it "
             "is to act, indicator by indicator." );
}

QString DfNeighbourhoodScoreAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Measures, per area, the indicators of a <b>profile</b> (a text file; empty: the plugin's default, "
      "profiles/default.dfprofile) and turns them into scores from 0 to 100:</p>"
      "<ul><li><b>Access</b>: per facility kind the share of homes within 500 m on foot and their median "
      "walking time, over the street network (facility kinds meeting_place, gp, pharmacy, supermarket, "
      "bus_stop, park; Dutch names such as huisarts or apotheek are understood).</li>"
      "<li><b>Comfort</b>: benches per km of street, homes within 500 m of a public toilet, the share of T- "
      "and forked junctions, landmarks per km².</li>"
      "<li><b>Housing</b>: homes that are step-free or have a lift (storeys and lift of the address layer), "
      "homes owned by housing corporations.</li>"
      "<li><b>Social</b>: single-person households, widowed, loneliness, Wmo clients, read from the area "
      "layer (CBS and GGD field names are recognised). Social is need, not friendliness.</li></ul>"
      "<p>Benches, toilets, landmarks and parks can be kinds in the facility layer or layers of their own. "
      "An indicator whose input is missing is left out and its weight goes to the others; the log and the "
      "field <i>missing</i> say so.</p>"
      "<p><b>Output fields</b>: <i>friendly</i> (0-100) and <i>friendly_class</i> (1 very low … 5 very "
      "high), <i>dom_access</i>, <i>dom_comfort</i>, <i>dom_housing</i>, <i>dom_social</i>, per indicator "
      "<i>v_&lt;name&gt;</i> (the value) and <i>s_&lt;name&gt;</i> (its sub-score), <i>need</i> (0-100, "
      "from people with dementia at home and older people living alone per km², and social), "
      "<i>urgency</i> = need × (100 − friendly) / 100 and <i>urgency_rank</i> (1 = most urgent), and "
      "<i>reasons</i>: the indicators that cost the area most points.</p>"
      "<p><b>Scoring</b>: against the profile's norms (comparable between municipalities and years) or by "
      "rank within the layer. The profile used is stored in the output's metadata; the optional HTML "
      "report lists the areas by urgency with every number behind them.</p>" );
}

void DfNeighbourhoodScoreAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( DfSupport::withHelp( new QgsProcessingParameterFeatureSource(
                                         QStringLiteral( "AREAS" ), tr( "Areas (buurten or grid cells)" ),
                                         DfCompat::sourceTypes( { DfCompat::SourceVectorPolygon } ) ),
                                     tr( "Polygons, best the output of Estimate people with dementia (for "
                                         "dem_home); the score is added to a copy." ) ) );
  auto dementia = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "DEMENTIA_FIELD" ), tr( "People with dementia living at home (field)" ), QVariant(),
      QStringLiteral( "AREAS" ), DfCompat::FieldNumeric, false, true );
  dementia->setHelp(
      tr( "Empty: the field dem_home, written by Estimate people with dementia, when the layer "
          "has it." ) );
  addParameter( dementia.release() );
  auto alone = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "OLDER_ALONE_FIELD" ), tr( "Older people living alone (field)" ), QVariant(),
      QStringLiteral( "AREAS" ), DfCompat::FieldNumeric, false, true );
  alone->setHelp( tr( "A count per area, e.g. from the municipal population register (75+ in a one-person "
                      "household)." ) );
  addParameter( alone.release() );
  auto nameField = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "NAME_FIELD" ), tr( "Area name (field, for the report)" ), QVariant(),
      QStringLiteral( "AREAS" ), DfCompat::FieldAny, false, true );
  nameField->setHelp( tr( "Empty: buurtnaam, BU_NAAM, naam or name when the layer has one." ) );
  addParameter( nameField.release() );

  addNetworkParameters();
  auto addresses = std::make_unique<QgsProcessingParameterFeatureSource>(
      QStringLiteral( "ADDRESSES" ), tr( "Addresses (homes)" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorPoint } ), QVariant(), true );
  addresses->setHelp(
      tr( "BAG addresses: the homes whose walks are measured. With the field gebruiksdoel only "
          "homes (woonfunctie) count. Without addresses, access, toilets and housing are left "
          "out." ) );
  addParameter( addresses.release() );
  for ( const auto &[id, label, help] :
        { std::tuple{ "STOREYS_FIELD", tr( "Storeys (address field)" ),
                      tr( "Empty: b3_bouwlagen, bouwlagen or storeys when present (3D BAG)." ) },
          std::tuple{ "LIFT_FIELD", tr( "Lift, 1 or 0 (address field)" ), tr( "Empty: lift when present." ) },
          std::tuple{
              "CORPORATION_FIELD", tr( "Owned by a housing corporation, 1 or 0 (address field)" ),
              tr( "Empty: eigenaar_corporatie, corporatie or corporation_owned when present; else the "
                  "area layer's CBS corporation share." ) } } )
  {
    auto p = std::make_unique<QgsProcessingParameterField>( QString::fromLatin1( id ), label, QVariant(),
                                                            QStringLiteral( "ADDRESSES" ), DfCompat::FieldAny,
                                                            false, true );
    p->setHelp( help );
    DfCompat::setAdvanced( p );
    addParameter( p.release() );
  }
  addFacilityParameters( true, true );
  for ( const auto &[id, label] :
        { std::pair{ "BENCHES", tr( "Benches" ) }, std::pair{ "TOILETS", tr( "Public toilets" ) },
          std::pair{ "LANDMARKS", tr( "Landmarks" ) },
          std::pair{ "GREEN_SPACE", tr( "Parks and green space" ) } } )
  {
    auto p = std::make_unique<QgsProcessingParameterFeatureSource>(
        QString::fromLatin1( id ), label,
        DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ), QVariant(),
        true );
    p->setHelp( tr( "Optional, in addition to the facilities of this kind. Polygons are reached at their "
                    "edge." ) );
    addParameter( p.release() );
  }
  auto profile = std::make_unique<QgsProcessingParameterFile>(
      QStringLiteral( "PROFILE" ), tr( "Score profile (.dfprofile)" ), DfCompat::FileBehaviorFile,
      QStringLiteral( "dfprofile" ), QVariant(), true );
  profile->setHelp( tr( "Indicators, weights and norms. Empty: the default profile, a copy of which is "
                        "profiles/default.dfprofile in the plugin folder." ) );
  addParameter( profile.release() );
  auto scoring = std::make_unique<QgsProcessingParameterEnum>(
      QStringLiteral( "SCORING" ), tr( "Sub-scores" ),
      QStringList() << tr( "Against the profile's norms" ) << tr( "By rank within this layer" ), false,
      ScoringNorms );
  scoring->setHelp(
      tr( "Norms: the profile's bad and good values, comparable between municipalities and years. "
          "Rank: percentile ranks within this layer; bad and good only give the direction." ) );
  addParameter( scoring.release() );
  addWalkingParameters();
  addParameter( DfSupport::withHelp( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ),
                                                                            tr( "Neighbourhood score" ),
                                                                            DfCompat::SourceVectorPolygon ),
                                     tr( "The areas with the scores, styled on friendly; urgency, need and "
                                         "the domains are styles to switch to." ) ) );
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFileDestination( QStringLiteral( "REPORT" ), tr( "HTML report" ),
                                                 tr( "HTML files (*.html)" ), QVariant(), true, false ),
      tr( "Optional: one HTML file with the areas by urgency and every number behind them." ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "AREAS_SCORED" ),
                                            tr( "Areas with a friendly score" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "MEAN_FRIENDLY" ),
                                            tr( "Friendly score, mean over the homes" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "INDICATORS_USED" ), tr( "Indicators used" ) ) );
  addOutput(
      new QgsProcessingOutputString( QStringLiteral( "INDICATORS_LEFT_OUT" ), tr( "Indicators left out" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "MOST_URGENT" ), tr( "Most urgent area" ) ) );
}

QVariantMap DfNeighbourhoodScoreAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                             QgsProcessingContext &context,
                                                             QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  PhaseTimes times;
  times.total.start();
  QLocale locale;

  // The profile first: a mistake in it should not cost the user a network build.
  const QString profilePath = parameterAsFile( parameters, QStringLiteral( "PROFILE" ), context );
  QString profileText;
  const dfn::ScoreProfile profile =
      profilePath.isEmpty() ? dfn::defaultScoreProfile()
                            : DfSupport::readProfile( profilePath, dfn::parseScoreProfile, &profileText );
  const QString profileName =
      profilePath.isEmpty() ? tr( "the default profile" ) : QFileInfo( profilePath ).fileName();
  const dfn::ScoreMode mode =
      parameterAsEnum( parameters, QStringLiteral( "SCORING" ), context ) == ScoringRank
          ? dfn::ScoreMode::Rank
          : dfn::ScoreMode::Norms;

  loadNetwork( parameters, walkingSettings( parameters, context ), context, feedback, times );
  AreaLayer areas;
  loadAreas( parameters, context, feedback, areas );
  const size_t areaCount = static_cast<size_t>( areas.features.size() );
  const QgsFields areaFields = areas.source->fields();
  PhaseClock clock;

  // Which indicator is measured how; an id the plugin does not measure must be an area field.
  const dfn::ScoreProfile defaults = dfn::defaultScoreProfile();
  std::vector<dfn::IndicatorRecipe> recipes;
  for ( const dfn::ProfileIndicator &indicator : profile.indicators )
    recipes.push_back( dfn::recipeFor( indicator.id ) );

  // --- Homes
  Homes homes;
  std::unique_ptr<QgsProcessingFeatureSource> addressSource(
      parameterAsSource( parameters, QStringLiteral( "ADDRESSES" ), context ) );
  QString addressesName;
  if ( addressSource )
  {
    addressesName =
        DfSupport::layerName( this, parameters, QStringLiteral( "ADDRESSES" ), context, addressSource.get() );
    const QgsFields fields = addressSource->fields();
    auto chosen = [&]( const char *parameter )
    {
      const QString name = parameterAsString( parameters, QString::fromLatin1( parameter ), context );
      if ( !name.isEmpty() && fields.lookupField( name ) < 0 )
        throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( addressesName, name ) );
      return name;
    };
    const int storeys =
        addressField( fields, chosen( "STOREYS_FIELD" ), { "b3_bouwlagen", "bouwlagen", "storeys" } );
    const int lift = addressField( fields, chosen( "LIFT_FIELD" ), { "lift" } );
    const int corporation = addressField( fields, chosen( "CORPORATION_FIELD" ),
                                          { "eigenaar_corporatie", "corporatie", "corporation_owned" } );
    const int use = fields.lookupField( QStringLiteral( "gebruiksdoel" ) );
    homes.hasStepFree = storeys >= 0 || lift >= 0;
    homes.hasCorporation = corporation >= 0;
    QStringList used;
    for ( int i : { storeys, lift, corporation, use } )
      if ( i >= 0 )
        used << fields.at( i ).name();
    feedback->pushInfo(
        tr( "Addresses \"%1\": fields used: %2." )
            .arg( addressesName, used.isEmpty() ? tr( "none" ) : used.join( QLatin1String( ", " ) ) ) );

    QgsAttributeList attributes;
    for ( int i : { storeys, lift, corporation, use } )
      if ( i >= 0 )
        attributes << i;
    const QgsCoordinateTransform transform = transformFor( addressSource.get(), context );
    QgsFeatureIterator it = addressSource->getFeatures(
        QgsFeatureRequest().setSubsetOfAttributes( attributes ), DfCompat::SkipGeometryChecks );
    QgsFeature f;
    long long done = 0;
    const long long total = addressSource->featureCount();
    while ( it.nextFeature( f ) )
    {
      if ( ++done % 1024 == 0 )
      {
        if ( feedback->isCanceled() )
          throwCancelled();
        if ( total > 0 )
          feedback->setProgress( 30.0 * done / total );
      }
      if ( use >= 0 &&
           !f.attribute( use ).toString().contains( QLatin1String( "woonfunctie" ), Qt::CaseInsensitive ) )
      {
        ++homes.notHomes;
        continue;
      }
      const QgsGeometry g = inNetworkCrs( f.geometry(), transform );
      const std::vector<dfn::XY> at = pointsOf( g, 1 );
      if ( at.empty() )
      {
        ++homes.withoutPoint;
        continue;
      }
      const int area = areas.locator.locate( at.front() );
      if ( area < 0 )
      {
        ++homes.outside;
        continue;
      }
      homes.area.push_back( area );
      homes.snaps.push_back( snapIndex().snap( at.front(), walking().snapDistance ) );
      homes.offNetwork += !homes.snaps.back().valid();
      const std::optional<double> s = storeys >= 0 ? numberOf( f.attribute( storeys ) ) : std::nullopt;
      const std::optional<double> l = lift >= 0 ? DfValues::flagValue( f.attribute( lift ) ) : std::nullopt;
      homes.stepFree.push_back( dfn::stepFreeProxy( s, l ) );
      const std::optional<double> c =
          corporation >= 0 ? DfValues::flagValue( f.attribute( corporation ) ) : std::nullopt;
      homes.corporation.push_back( c && ( *c == 0 || *c == 1 ) ? static_cast<signed char>( *c ) : -1 );
    }
    feedback->pushInfo(
        tr( "%1 home(s) in the areas; left out: %2 address(es) that are not homes (gebruiksdoel), "
            "%3 outside every area, %4 without a point." )
            .arg( count( static_cast<long long>( homes.area.size() ) ), count( homes.notHomes ),
                  count( homes.outside ), count( homes.withoutPoint ) ) );
    if ( homes.offNetwork > 0 )
      feedback->pushWarning(
          tr( "%1 home(s) are more than %2 m from a walkable street: they count as not within "
              "reach." )
              .arg( count( homes.offNetwork ) )
              .arg( walking().snapDistance ) );
  }
  clock.charge( times.read );

  // --- Facilities and the point layers, by kind
  std::map<std::string, std::vector<dfn::WalkSeed>> seedsByKind;
  std::map<std::string, std::vector<dfn::XY>> pointsByKind;
  int32_t nextLabel = 0;
  auto addPoint = [&]( const std::string &kind, dfn::XY p )
  {
    pointsByKind[kind].push_back( p );
    const dfn::NetworkSnap snap = snapIndex().snap( p, walking().snapDistance );
    if ( snap.valid() )
      seedsByKind[kind].push_back( { snap, nextLabel++ } );
  };
  // An empty facility layer is like none: the access indicators are left out, not an error.
  if ( hasFacilities( parameters, context ) )
  {
    std::vector<FacilityGroup> groups;
    const std::vector<Facility> facilities = loadFacilities( parameters, context, feedback, times, groups );
    for ( const FacilityGroup &group : groups )
    {
      const std::string kind = dfn::canonicalKind(
          group.fieldStem.isEmpty() ? std::string( "none" ) : group.fieldStem.toStdString() );
      for ( int i : group.members )
        addPoint( kind, facilities[static_cast<size_t>( i )].at );
    }
  }
  for ( const auto &[parameter, kind, spacing] :
        { std::tuple{ "BENCHES", "bench", 0.0 }, std::tuple{ "TOILETS", "toilet", 0.0 },
          std::tuple{ "LANDMARKS", "landmark", 0.0 },
          std::tuple{ "GREEN_SPACE", "park", GreenEntranceSpacing } } )
  {
    std::unique_ptr<QgsProcessingFeatureSource> source(
        parameterAsSource( parameters, QString::fromLatin1( parameter ), context ) );
    if ( !source )
      continue;
    const QgsCoordinateTransform transform = transformFor( source.get(), context );
    QgsFeatureIterator it =
        source->getFeatures( QgsFeatureRequest().setNoAttributes(), DfCompat::SkipGeometryChecks );
    QgsFeature f;
    long long n = 0;
    while ( it.nextFeature( f ) )
    {
      if ( feedback->isCanceled() )
        throwCancelled();
      const QgsGeometry g = inNetworkCrs( f.geometry(), transform );
      // A bench or landmark is one point even when drawn as a polygon; a park is reached along its edge.
      std::vector<dfn::XY> points = pointsOf( g, spacing > 0 ? spacing : 1e12 );
      if ( spacing <= 0 && g.type() != DfCompat::GeometryPoint && !g.isNull() )
      {
        const QgsGeometry surface = g.pointOnSurface();
        points.clear();
        if ( !surface.isNull() )
          points.push_back( { surface.asPoint().x(), surface.asPoint().y() } );
      }
      for ( const dfn::XY &p : points )
        addPoint( kind, p );
      n += !points.empty();
    }
    feedback->pushInfo( tr( "Layer \"%1\": %2 %3." )
                            .arg( DfSupport::layerName( this, parameters, QString::fromLatin1( parameter ),
                                                        context, source.get() ),
                                  count( n ), QString::fromLatin1( kind ) ) );
  }
  clock.charge( times.snap );

  // --- Measure every indicator of the profile
  std::vector<std::vector<std::optional<double>>> values( profile.indicators.size() );
  QStringList leftOut; // "\"id\" (why)"
  auto leaveOut = [&]( size_t i, const QString &why )
  {
    leftOut << QStringLiteral( "\"%1\" (%2)" ).arg( QString::fromStdString( profile.indicators[i].id ), why );
  };

  // One search per facility kind, as far as its indicators need.
  std::map<std::string, double> cutoffByKind;
  for ( size_t i = 0; i < recipes.size(); ++i )
  {
    const dfn::ProfileIndicator &ind = profile.indicators[i];
    const dfn::IndicatorRecipe &r = recipes[i];
    if ( r.kind == dfn::IndicatorRecipe::ShareWithin )
      cutoffByKind[r.facilityKind] = std::max( cutoffByKind[r.facilityKind], r.metres );
    else if ( r.kind == dfn::IndicatorRecipe::MedianMinutes )
      // Beyond 1.5 times the norm's worst value the sub-score is 0 anyway; the median is written as that
      // bound.
      cutoffByKind[r.facilityKind] = std::max( cutoffByKind[r.facilityKind],
                                               walking().metresFor( 1.5 * std::max( ind.bad, ind.good ) ) );
    else if ( r.kind == dfn::IndicatorRecipe::ToiletsWithin )
      cutoffByKind["toilet"] = std::max( cutoffByKind["toilet"], dfn::ToiletReachMetres );
  }
  std::map<std::string, std::vector<double>> homeDistance;
  if ( !homes.area.empty() )
  {
    dfn::WalkSearch search( network() );
    for ( const auto &[kind, cutoff] : cutoffByKind )
    {
      const auto seeds = seedsByKind.find( kind );
      if ( seeds == seedsByKind.end() || seeds->second.empty() )
        continue;
      if ( !runSearch( search, seeds->second, cutoff, feedback ) )
        throwCancelled();
      std::vector<double> &d = homeDistance[kind];
      d.reserve( homes.snaps.size() );
      for ( const dfn::NetworkSnap &s : homes.snaps )
      {
        const dfn::WalkReach r = search.reach( s );
        d.push_back( r.reached() ? r.distance : std::numeric_limits<double>::infinity() );
      }
    }
  }
  clock.charge( times.search );

  // Where the streets, junctions, benches and landmarks lie.
  std::vector<int32_t> nodeArea, edgeArea;
  auto locateNetwork = [&]
  {
    if ( !nodeArea.empty() )
      return;
    nodeArea.reserve( network().nodeCount() );
    for ( size_t n = 0; n < network().nodeCount(); ++n )
    {
      if ( n % 4096 == 0 && feedback->isCanceled() )
        throwCancelled();
      nodeArea.push_back( areas.locator.locate( network().node( static_cast<int32_t>( n ) ) ) );
    }
    edgeArea.reserve( network().edgeCount() );
    for ( const dfn::StreetEdge &e : network().edges() )
    {
      if ( edgeArea.size() % 4096 == 0 && feedback->isCanceled() )
        throwCancelled();
      edgeArea.push_back( areas.locator.locate( dfn::pointAt( e.a, e.b, 0.5 ) ) );
    }
  };
  auto itemsPerArea = [&]( const std::string &kind )
  {
    std::vector<int32_t> where;
    for ( const dfn::XY &p : pointsByKind[kind] )
      where.push_back( areas.locator.locate( p ) );
    return dfn::countPerArea( where, areaCount );
  };

  std::map<std::pair<std::string, std::string>, long long> secretValues; // (indicator, code) -> areas
  std::map<std::string, QString> readFrom; // indicator id -> the area field(s) it is read from
  for ( size_t i = 0; i < recipes.size(); ++i )
  {
    const dfn::ProfileIndicator &ind = profile.indicators[i];
    const dfn::IndicatorRecipe &r = recipes[i];
    std::vector<std::optional<double>> &v = values[i];
    const QString kindName = QString::fromStdString( r.facilityKind );
    switch ( r.kind )
    {
    case dfn::IndicatorRecipe::ShareWithin:
    case dfn::IndicatorRecipe::MedianMinutes:
    case dfn::IndicatorRecipe::ToiletsWithin:
    {
      const std::string kind = r.kind == dfn::IndicatorRecipe::ToiletsWithin ? "toilet" : r.facilityKind;
      if ( homes.area.empty() )
      {
        leaveOut( i, tr( "no addresses" ) );
        break;
      }
      const auto d = homeDistance.find( kind );
      if ( d == homeDistance.end() )
      {
        leaveOut( i, tr( "no facilities of kind %1" ).arg( QString::fromStdString( kind ) ) );
        break;
      }
      if ( r.kind == dfn::IndicatorRecipe::MedianMinutes )
      {
        const double cutoff = cutoffByKind[kind];
        for ( const std::optional<double> &m : dfn::medianDistance( homes.area, d->second, areaCount ) )
          v.push_back( m ? std::optional<double>( walking().minutesFor( std::min( *m, cutoff ) ) )
                         : std::nullopt );
      }
      else
        v = dfn::shareWithin( homes.area, d->second, areaCount,
                              r.kind == dfn::IndicatorRecipe::ToiletsWithin ? dfn::ToiletReachMetres
                                                                            : r.metres );
      break;
    }
    case dfn::IndicatorRecipe::BenchesPerKm:
    {
      if ( pointsByKind["bench"].empty() )
      {
        leaveOut( i, tr( "no benches" ) );
        break;
      }
      locateNetwork();
      const std::vector<double> length = dfn::streetLengthPerArea( network(), edgeArea, areaCount );
      const std::vector<size_t> benches = itemsPerArea( "bench" );
      for ( size_t a = 0; a < areaCount; ++a )
        v.push_back( dfn::perKm( benches[a], length[a] ) );
      break;
    }
    case dfn::IndicatorRecipe::LegibleJunctions:
    {
      locateNetwork();
      for ( const dfn::JunctionCounts &j : dfn::junctionsPerArea( network(), nodeArea, areaCount ) )
        v.push_back( j.legibleShare() );
      break;
    }
    case dfn::IndicatorRecipe::LandmarksPerKm2:
    {
      if ( pointsByKind["landmark"].empty() )
      {
        leaveOut( i, tr( "no landmarks" ) );
        break;
      }
      const std::vector<size_t> landmarks = itemsPerArea( "landmark" );
      for ( size_t a = 0; a < areaCount; ++a )
        v.push_back( dfn::perKm2( landmarks[a], areas.locator.surface( a ) ) );
      break;
    }
    case dfn::IndicatorRecipe::StepFree:
      if ( homes.area.empty() || !homes.hasStepFree )
        leaveOut( i, homes.area.empty() ? tr( "no addresses" ) : tr( "no storeys or lift field" ) );
      else
        v = dfn::shareTrue( homes.area, homes.stepFree, areaCount );
      break;
    case dfn::IndicatorRecipe::Corporation:
      if ( !homes.area.empty() && homes.hasCorporation )
      {
        v = dfn::shareTrue( homes.area, homes.corporation, areaCount );
        break;
      }
      [[fallthrough]];
    case dfn::IndicatorRecipe::AreaField:
    {
      const dfn::IndicatorRecipe::Kind kind = r.kind;
      int numerator = -1, denominator = -1;
      double scale = 1;
      for ( const dfn::AreaFieldSource &s : dfn::areaFieldSources( ind.id ) )
      {
        numerator = sourceField( areaFields, s.numerator, s.numeratorIsPrefix );
        denominator =
            s.denominator.empty() ? -1 : sourceField( areaFields, s.denominator, s.denominatorIsPrefix );
        if ( numerator >= 0 && ( s.denominator.empty() || denominator >= 0 ) )
        {
          scale = s.scale;
          break;
        }
        numerator = -1;
      }
      if ( numerator < 0 )
      {
        if ( kind == dfn::IndicatorRecipe::AreaField && !defaults.indicator( ind.id ) && ind.weight > 0 )
        {
          // Not one the plugin measures and not in the layer: most likely a typing error in the profile.
          const std::string name = ind.id.substr( ind.id.find( '.' ) + 1 );
          int line = 0;
          const QStringList lines = profileText.split( '\n' );
          for ( int l = 0; l < lines.size() && !line; ++l )
            if ( lines[l].contains( QStringLiteral( "indicator" ), Qt::CaseInsensitive ) &&
                 lines[l].contains( QString::fromStdString( ind.id ), Qt::CaseInsensitive ) )
              line = l + 1;
          throw QgsProcessingException(
              tr( "Profile \"%1\", line %2: the plugin does not measure the indicator \"%3\", and layer "
                  "\"%4\" "
                  "has no field \"%5\" to read it from. Check the name, or set its weight to 0." )
                  .arg( profileName )
                  .arg( line )
                  .arg( QString::fromStdString( ind.id ), areas.name, QString::fromStdString( name ) ) );
        }
        leaveOut( i, kind == dfn::IndicatorRecipe::Corporation ? tr( "no corporation field or CBS share" )
                                                               : tr( "no field in the area layer" ) );
        break;
      }
      const QString fieldText =
          denominator >= 0
              ? QStringLiteral( "%1 × \"%2\" / \"%3\"" )
                    .arg( scale )
                    .arg( areaFields.at( numerator ).name(), areaFields.at( denominator ).name() )
              : QStringLiteral( "\"%1\"" ).arg( areaFields.at( numerator ).name() );
      feedback->pushInfo(
          tr( "Indicator \"%1\" read from %2." ).arg( QString::fromStdString( ind.id ), fieldText ) );
      readFrom[ind.id] = fieldText;
      for ( const QgsFeature &f : areas.features )
      {
        const dfn::CheckedValue n = dfn::checkCount( DfValues::toRaw( f.attribute( numerator ) ) );
        if ( !n.value )
        {
          ++secretValues[{ ind.id, dfn::problemCode( n.problem ) }];
          v.push_back( std::nullopt );
          continue;
        }
        if ( denominator < 0 )
        {
          v.push_back( *n.value * scale );
          continue;
        }
        const dfn::CheckedValue d = dfn::checkCount( DfValues::toRaw( f.attribute( denominator ) ) );
        if ( !d.value || *d.value <= 0 )
        {
          ++secretValues[{ ind.id, d.value ? std::string( "zero" ) : dfn::problemCode( d.problem ) }];
          v.push_back( std::nullopt );
          continue;
        }
        v.push_back( scale * *n.value / *d.value );
      }
      break;
    }
    }
  }
  for ( const auto &[what, n] : secretValues )
    feedback->pushWarning(
        tr( "%1 area(s) without a usable value for \"%2\" (%3): left out there, their weight goes to the "
            "other indicators." )
            .arg( count( n ), QString::fromStdString( what.first ),
                  DfSupport::problemText( QString::fromStdString( what.second ) ) ) );

  // --- Need
  auto needField = [&]( const char *parameter, const QString &fallback )
  {
    QString name = parameterAsString( parameters, QString::fromLatin1( parameter ), context );
    if ( !name.isEmpty() && areaFields.lookupField( name ) < 0 )
      throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( areas.name, name ) );
    if ( name.isEmpty() && !fallback.isEmpty() && areaFields.lookupField( fallback ) >= 0 )
      name = fallback;
    return name.isEmpty() ? -1 : areaFields.lookupField( name );
  };
  const int dementiaIndex = needField( "DEMENTIA_FIELD", QStringLiteral( "dem_home" ) );
  const int aloneIndex = needField( "OLDER_ALONE_FIELD", QString() );

  std::vector<dfn::AreaInput> inputs( areaCount );
  std::vector<long long> homesPerArea( areaCount, 0 );
  for ( int32_t a : homes.area )
    ++homesPerArea[static_cast<size_t>( a )];
  // Need values that are no number of people, counted per field and problem like the secrecy codes: a CBS
  // code, text such as "inf" or "1e308" (not_a_number, impossible), a negative.
  std::map<std::pair<QString, std::string>, long long> badNeed;
  const auto needValue = [&]( const QgsFeature &f, int index )
  {
    const dfn::CheckedValue checked = dfn::checkCount( DfValues::toRaw( f.attribute( index ) ) );
    if ( !checked.value )
      ++badNeed[{ f.fields().at( index ).name(), dfn::problemCode( checked.problem ) }];
    return checked.value;
  };
  for ( size_t a = 0; a < areaCount; ++a )
  {
    dfn::AreaInput &in = inputs[a];
    for ( size_t i = 0; i < profile.indicators.size(); ++i )
      if ( !values[i].empty() )
        in.indicators[profile.indicators[i].id] = values[i][a];
    const QgsFeature &f = areas.features.at( static_cast<int>( a ) );
    if ( dementiaIndex >= 0 )
      in.dementiaAtHome = needValue( f, dementiaIndex );
    if ( aloneIndex >= 0 )
      in.olderAlone = needValue( f, aloneIndex );
    in.areaKm2 = areas.locator.surface( a ) / 1e6;
    // Without an address layer the homes are not known: every area is scored, as before.
    if ( addressSource )
      in.homes = homesPerArea[a];
  }
  for ( const auto &[what, n] : badNeed )
    feedback->pushWarning( tr( "%1 need value(s) in \"%2\" left out: %3 (field \"%4\"); those areas count "
                               "only the need that is known." )
                               .arg( count( n ), areas.name,
                                     DfSupport::problemText( QString::fromStdString( what.second ) ),
                                     what.first ) );

  const dfn::LayerScore scored = dfn::scoreNeighbourhoods( profile, inputs, mode );
  if ( !scored.error.empty() )
    throw QgsProcessingException(
        tr( "No friendly score can be computed: %1 Indicators left out: %2." )
            .arg( QString::fromStdString( scored.error ),
                  leftOut.isEmpty() ? tr( "none" ) : leftOut.join( QLatin1String( "; " ) ) ) );
  clock.charge( times.search );

  // --- Where the need comes from: the people in need per km² (as a rank) and the social score, per area
  // whichever it has. The log says which, so that a need without people fields is never a surprise.
  std::optional<size_t> socialDomain;
  for ( size_t d = 0; d < profile.domains.size(); ++d )
    if ( dfn::isNeedDomain( profile.domains[d].id ) && profile.domains[d].weight > 0 )
      socialDomain = d;
  long long withNeed = 0, needByPeople = 0, needBySocial = 0, scoredForNeed = 0;
  for ( const dfn::AreaScore &s : scored.areas )
  {
    scoredForNeed += !s.noHomes;
    withNeed += s.need.has_value();
    needByPeople += s.needRank.has_value();
    needBySocial += socialDomain && s.domainScores[*socialDomain].has_value();
  }
  QStringList peopleFields, socialSources;
  if ( dementiaIndex >= 0 )
    peopleFields
        << tr( "people with dementia at home (field \"%1\")" ).arg( areaFields.at( dementiaIndex ).name() );
  if ( aloneIndex >= 0 )
    peopleFields
        << tr( "older people living alone (field \"%1\")" ).arg( areaFields.at( aloneIndex ).name() );
  for ( size_t i : scored.scoredIndicators )
    if ( dfn::isNeedDomain( profile.indicators[i].domain ) )
    {
      const auto from = readFrom.find( profile.indicators[i].id );
      socialSources
          << ( from == readFrom.end()
                   ? QStringLiteral( "\"%1\"" ).arg( QString::fromStdString( profile.indicators[i].id ) )
                   : tr( "\"%1\" from %2" )
                         .arg( QString::fromStdString( profile.indicators[i].id ), from->second ) );
    }
  QStringList needParts;
  if ( needByPeople > 0 )
    needParts << tr( "%1 per km², as a rank within the layer (weight 1; %2 area(s))" )
                     .arg( peopleFields.join( tr( " + " ) ), count( needByPeople ) );
  if ( needBySocial > 0 )
    needParts << tr( "the social score (weight %1; %2 area(s)): %3" )
                     .arg( number( profile.domains[*socialDomain].weight,
                                   profile.domains[*socialDomain].weight ==
                                           std::round( profile.domains[*socialDomain].weight )
                                       ? 0
                                       : 1 ),
                           count( needBySocial ), socialSources.join( QLatin1String( ", " ) ) );
  const QString needSource = needParts.isEmpty() ? QString()
                                                 : tr( "Need of %1 of %2 area(s) from: %3." )
                                                       .arg( count( withNeed ), count( scoredForNeed ),
                                                             needParts.join( QLatin1String( "; " ) ) );
  if ( withNeed == 0 )
    feedback->pushWarning(
        ( peopleFields.isEmpty()
              ? tr( "Layer \"%1\" has no field with people with dementia at home (dem_home), no field with "
                    "older people living alone was chosen, and no area has a value of the social "
                    "indicators: there is no need, so need and urgency are empty and no area is most urgent. "
                    "Run Estimate people with dementia on the areas first." )
              : tr( "Layer \"%1\": no area has a usable number of people in need with a surface, nor a "
                    "value of the social indicators: there is no need, so need and urgency are empty and no "
                    "area is most urgent." ) )
            .arg( areas.name ) );
  else if ( peopleFields.isEmpty() )
    feedback->pushWarning(
        tr( "Layer \"%1\" has no field with people with dementia at home (dem_home) and no field with "
            "older people living alone was chosen: need comes from the social score alone (%2), not from "
            "the number of people in need. Run Estimate people with dementia on the areas first to count "
            "them." )
            .arg( areas.name, socialSources.join( QLatin1String( ", " ) ) ) );
  if ( !needSource.isEmpty() )
    feedback->pushInfo( needSource );

  // --- Output
  std::vector<QString> nameOf( profile.indicators.size() );
  {
    std::map<std::string, int> uses;
    for ( const dfn::ProfileIndicator &ind : profile.indicators )
      ++uses[ind.id.substr( ind.id.find( '.' ) + 1 )];
    for ( size_t i = 0; i < profile.indicators.size(); ++i )
    {
      const std::string &id = profile.indicators[i].id;
      const std::string name = id.substr( id.find( '.' ) + 1 );
      std::string field = uses[name] > 1 ? id : name;
      std::replace( field.begin(), field.end(), '.', '_' );
      nameOf[i] = QString::fromStdString( field );
    }
  }
  QgsFields added;
  added.append( DfCompat::integerField( FieldHomes ) );
  for ( const dfn::ProfileDomain &d : profile.domains )
    added.append( DfCompat::doubleField( domainField( d.id ) ) );
  added.append( DfCompat::doubleField( FieldFriendly ) );
  added.append( DfCompat::integerField( FieldFriendlyClass ) );
  added.append( DfCompat::stringField( FieldFriendlyLabel, 40 ) );
  added.append( DfCompat::doubleField( FieldNeedPeople ) );
  added.append( DfCompat::doubleField( FieldNeedDensity ) );
  added.append( DfCompat::doubleField( FieldNeed ) );
  added.append( DfCompat::doubleField( FieldUrgency ) );
  added.append( DfCompat::integerField( FieldUrgencyRank ) );
  added.append( DfCompat::stringField( FieldReasons, 1000 ) );
  added.append( DfCompat::stringField( FieldMissing, 1000 ) );
  added.append( DfCompat::doubleField( FieldRedistributed ) );
  for ( size_t i = 0; i < profile.indicators.size(); ++i )
  {
    added.append( DfCompat::doubleField( QStringLiteral( "v_" ) + nameOf[i] ) );
    added.append( DfCompat::doubleField( QStringLiteral( "s_" ) + nameOf[i] ) );
  }
  QList<int> kept;
  const QgsFields outFields = DfSupport::withAddedFields( areaFields, added, kept, feedback );

  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields, areas.source->wkbType(),
      areas.source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );

  const int nameIndex = [&]
  {
    const QString chosen = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
    if ( !chosen.isEmpty() )
      return areaFields.lookupField( chosen );
    for ( const char *n :
          { "buurtnaam", "BU_NAAM", "wijknaam", "naam", "name", "buurtcode", "crs28992res100m" } )
      if ( areaFields.lookupField( QString::fromLatin1( n ) ) >= 0 )
        return areaFields.lookupField( QString::fromLatin1( n ) );
    return -1;
  }();

  DfScoreReport report;
  report.profileName = profileName;
  report.profileText =
      profileText.isEmpty() ? QString::fromStdString( dfn::defaultScoreProfileText() ) : profileText;
  report.rankMode = mode == dfn::ScoreMode::Rank;
  report.areasName = areas.name;
  for ( const dfn::ProfileDomain &d : profile.domains )
  {
    report.domains << DfScoreReport::domainLabel( d.id );
    report.domainIds.push_back( QString::fromStdString( d.id ) );
  }
  for ( const dfn::ProfileIndicator &ind : profile.indicators )
    report.indicators.push_back( { DfScoreReport::indicatorLabel( ind ), QString::fromStdString( ind.unit ),
                                   QString::fromStdString( ind.domain ), ind.weight, ind.bad, ind.good } );
  double friendlyHomes = 0, homesWithFriendly = 0;
  long long scoredAreas = 0;
  QStringList noHomeNames; // areas without homes, not scored (docs/neighbourhoodscore.md)
  for ( size_t a = 0; a < areaCount; ++a )
  {
    if ( feedback->isCanceled() )
      break;
    const dfn::AreaScore &s = scored.areas[a];
    const QgsFeature &in = areas.features.at( static_cast<int>( a ) );
    auto opt = []( const std::optional<double> &v ) { return v ? QVariant( *v ) : QVariant(); };
    QStringList reasons;
    for ( const dfn::ScoreReason &r : s.reasons )
    {
      const dfn::ProfileIndicator *ind = profile.indicator( r.id );
      const QString unit = QString::fromStdString( ind->unit );
      reasons << tr( "%1: %2 (norm %3), −%4 points" )
                     .arg( DfScoreReport::indicatorLabel( *ind ), DfScoreReport::withUnit( r.value, unit ),
                           DfScoreReport::withUnit( r.good, unit ), number( r.loss, 1 ) );
    }
    QStringList missing;
    for ( const std::string &id : s.missing )
      missing << QString::fromStdString( id );
    if ( s.noHomes )
      missing << MissingNoHomes;
    QgsAttributes attributes;
    for ( int i : kept )
      attributes << in.attribute( i );
    // Without an address layer the homes are not known: empty, not 0.
    attributes << ( addressSource ? QVariant( homesPerArea[a] ) : QVariant() );
    for ( size_t d = 0; d < profile.domains.size(); ++d )
      attributes << opt( s.domainScores[d] );
    attributes << opt( s.friendly ) << ( s.friendlyClass ? QVariant( *s.friendlyClass ) : QVariant() )
               << ( s.friendlyClass ? QVariant( DfScoreReport::classLabel( *s.friendlyClass ) ) : QVariant() )
               << opt( s.needPeople ) << opt( s.needDensity ) << opt( s.need ) << opt( s.urgency )
               << ( s.urgencyRank ? QVariant( *s.urgencyRank ) : QVariant() )
               << ( reasons.isEmpty() ? QVariant() : QVariant( reasons.join( QLatin1String( "; " ) ) ) )
               << ( missing.isEmpty() ? QVariant() : QVariant( missing.join( QLatin1String( ", " ) ) ) )
               << ( s.friendly ? QVariant( 100.0 * s.redistributedShare ) : QVariant() );
    for ( size_t i = 0; i < profile.indicators.size(); ++i )
      attributes << ( values[i].empty() ? QVariant() : opt( values[i][a] ) ) << opt( s.subScores[i] );
    QgsFeature out( outFields, in.id() );
    out.setGeometry( in.geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );

    if ( s.friendly )
    {
      ++scoredAreas;
      friendlyHomes += *s.friendly * homesPerArea[a];
      homesWithFriendly += homesPerArea[a];
    }
    DfScoreReport::Area area;
    area.name = nameIndex >= 0 ? in.attribute( nameIndex ).toString() : QString::number( in.id() );
    area.homes = homesPerArea[a];
    area.friendly = s.friendly;
    area.friendlyClass = s.friendlyClass.value_or( 0 );
    area.need = s.need;
    area.needPeople = s.needPeople;
    area.urgency = s.urgency;
    area.urgencyRank = s.urgencyRank.value_or( 0 );
    area.domainScores = s.domainScores;
    area.subScores = s.subScores;
    for ( size_t i = 0; i < profile.indicators.size(); ++i )
      area.values.push_back( values[i].empty() ? std::nullopt : values[i][a] );
    area.reasons = reasons;
    area.missing = missing;
    area.dementiaAtHome = inputs[a].dementiaAtHome;
    if ( s.noHomes )
    {
      report.withoutHomes.push_back( a );
      noHomeNames << area.name;
    }
    report.areas.push_back( area );
  }
  sink.reset();
  if ( feedback->isCanceled() )
  {
    guard.discard();
    throwCancelled();
  }
  for ( size_t i : scored.urgencyOrder )
    report.urgencyOrder.push_back( i );

  QStringList used;
  for ( size_t i : scored.scoredIndicators )
    used << QString::fromStdString( profile.indicators[i].id );
  QStringList notUsed = leftOut;
  for ( const std::string &id : scored.absentIndicators )
    if ( std::none_of( leftOut.begin(), leftOut.end(),
                       [&]( const QString &l ) {
                         return l.startsWith( '"' + QString::fromStdString( id ) + QStringLiteral( "\" " ) );
                       } ) )
      notUsed
          << QStringLiteral( "\"%1\" (%2)" ).arg( QString::fromStdString( id ), tr( "no area has a value" ) );
  feedback->pushInfo(
      tr( "Profile: %1, sub-scores %2. Indicators used (%3): %4." )
          .arg( profileName,
                mode == dfn::ScoreMode::Rank ? tr( "by rank within the layer" ) : tr( "against the norms" ),
                count( used.size() ), quoted( used ) ) );
  if ( !notUsed.isEmpty() )
    feedback->pushWarning( tr( "Indicators left out, their weight spread over the others: %1." )
                               .arg( notUsed.join( QLatin1String( "; " ) ) ) );
  if ( !noHomeNames.isEmpty() )
    feedback->pushWarning(
        tr( "%1 area(s) without homes (no home of the addresses lies in them): not scored, no need and no "
            "urgency, \"%2\" in the field \"missing\": %3." )
            .arg( count( static_cast<long long>( noHomeNames.size() ) ), MissingNoHomes,
                  noHomeNames.join( QLatin1String( ", " ) ) ) );
  const double meanFriendly = homesWithFriendly > 0 ? friendlyHomes / homesWithFriendly : std::nan( "" );
  QString mostUrgent;
  if ( !scored.urgencyOrder.empty() )
    mostUrgent = report.areas[scored.urgencyOrder.front()].name;
  feedback->pushInfo( tr( "%1 of %2 area(s) scored; friendly score over the homes: %3; most urgent: %4." )
                          .arg( count( scoredAreas ), count( static_cast<long long>( areaCount ) ),
                                std::isnan( meanFriendly ) ? tr( "none" ) : number( meanFriendly, 1 ),
                                !mostUrgent.isEmpty() ? mostUrgent
                                : withNeed == 0       ? tr( "none (no need)" )
                                                      : tr( "none" ) ) );

  // The report is written beside its place and moved there only once the layer is published, so a cancelled
  // or failed run leaves neither (and an earlier report as it was).
  const QString reportPath = parameterAsFileOutput( parameters, QStringLiteral( "REPORT" ), context );
  struct StagedReport
  {
    QString path;
    ~StagedReport()
    {
      if ( !path.isEmpty() )
        QFile::remove( path );
    }
  } stagedReport;
  if ( !reportPath.isEmpty() )
  {
    if ( feedback->isCanceled() )
      throwCancelled();
    report.meanFriendly = meanFriendly;
    report.leftOut = notUsed;
    report.profilePath = profilePath;
    DfReportMap::addTo( report, areas.features, areas.source->sourceCrs(), feedback );
    QString error;
    stagedReport.path = reportPath + QStringLiteral( ".incomplete" );
    if ( !report.write( stagedReport.path, &error ) )
      throw QgsProcessingException( error );
  }

  const QString profileComment =
      tr( "Effective profile (%1), scored %2." )
          .arg( profileName, mode == dfn::ScoreMode::Rank ? tr( "by rank" ) : tr( "against the norms" ) );
  QStringList description;
  description << tr( "Areas: %1; street network: %2; walking speed %3 m/s." )
                     .arg( areas.name, networkName() )
                     .arg( walking().speed )
              << tr( "Indicators used: %1." ).arg( used.join( QLatin1String( ", " ) ) );
  if ( !notUsed.isEmpty() )
    description << tr( "Left out: %1." ).arg( notUsed.join( QLatin1String( "; " ) ) );
  description << ( needSource.isEmpty() ? tr( "Need: none (no people in need and no social score)." )
                                        : needSource );
  if ( !noHomeNames.isEmpty() )
    description << tr( "Not scored, without homes: %1." ).arg( noHomeNames.join( QLatin1String( ", " ) ) );
  description << QString::fromStdString( dfn::writeScoreProfile( profile, profileComment.toStdString() ) );
  const QgsLayerMetadata metadata = DfSupport::metadata(
      tr( "Dementia-friendly neighbourhood score" ), QStringLiteral( "dementiafriendly:neighbourhoodscore" ),
      description, { tr( "dementia-friendly" ), tr( "urgency" ) }, parameters );
  const DfStyleSpec style = scoreStyles( profile );
  DfSupport::finishOutput( dest, style, metadata, context, feedback, guard );
  if ( !reportPath.isEmpty() )
  {
    QFile::remove( reportPath );
    if ( !QFile::rename( stagedReport.path, reportPath ) )
      throw QgsProcessingException(
          tr( "Could not move the report from %1 to %2." ).arg( stagedReport.path, reportPath ) );
    stagedReport.path.clear();
  }
  clock.charge( times.write );
  feedback->pushInfo( times.logLine() );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  if ( !reportPath.isEmpty() )
    outputs.insert( QStringLiteral( "REPORT" ), reportPath );
  outputs.insert( QStringLiteral( "AREAS_SCORED" ), scoredAreas );
  outputs.insert( QStringLiteral( "MEAN_FRIENDLY" ), std::isnan( meanFriendly ) ? QVariant() : meanFriendly );
  outputs.insert( QStringLiteral( "INDICATORS_USED" ), used.join( QLatin1String( ", " ) ) );
  outputs.insert( QStringLiteral( "INDICATORS_LEFT_OUT" ), notUsed.join( QLatin1String( "; " ) ) );
  outputs.insert( QStringLiteral( "MOST_URGENT" ), mostUrgent );
  return outputs;
}
