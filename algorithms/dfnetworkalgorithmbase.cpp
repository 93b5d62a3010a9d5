#include "dfnetworkalgorithmbase.h"

#include "accesssummary.h"
#include "censusvalue.h"
#include "dfalgorithmsupport.h"
#include "dfcrscheck.h"
#include "dfqgisvalues.h"
#include "facilitykinds.h"
#include "maxcover.h"
#include "walkability.h"

#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsgeometry.h>
#include <qgsgeometrycollection.h>
#include <qgsgeometryengine.h>
#include <qgslinestring.h>
#include <qgspoint.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsunittypes.h>

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace
{
using DfSupport::count;

//! Every linear part of a (multi)line geometry as vertex arrays; curves are segmentized.
template <class Visit> void forEachLinearPart( const QgsAbstractGeometry *g, Visit visit )
{
  if ( !g )
    return;
  if ( const auto *collection = qgsgeometry_cast<const QgsGeometryCollection *>( g ) )
  {
    for ( int i = 0; i < collection->numGeometries(); ++i )
      forEachLinearPart( collection->geometryN( i ), visit );
    return;
  }
  if ( const auto *line = qgsgeometry_cast<const QgsLineString *>( g ) )
  {
    visit( *line );
    return;
  }
  if ( const auto *curve = qgsgeometry_cast<const QgsCurve *>( g ) )
  {
    std::unique_ptr<QgsLineString> segmentized( curve->curveToLine() );
    visit( *segmentized );
  }
}

//! The point a facility or origin stands at: the point itself (the first of a multipoint), else a point on
//! the surface of a polygon.
bool representativePoint( const QgsGeometry &geometry, dfn::XY &at )
{
  if ( geometry.isNull() || geometry.isEmpty() )
    return false;
  QgsPointXY p;
  if ( geometry.type() == DfCompat::GeometryPoint )
    p = geometry.isMultipart() ? geometry.asMultiPoint().value( 0 ) : geometry.asPoint();
  else
  {
    const QgsGeometry surface = geometry.pointOnSurface();
    if ( surface.isNull() )
      return false;
    p = surface.asPoint();
  }
  at = { p.x(), p.y() };
  return std::isfinite( at.x ) && std::isfinite( at.y );
}
} // namespace

bool DfNetworkAlgorithmBase::standingPoint( const QgsGeometry &geometry, dfn::XY &at )
{
  return representativePoint( geometry, at );
}

QString DfNetworkAlgorithmBase::FacilityGroup::describe() const
{
  long long n = 0;
  QStringList spellings;
  for ( const auto &[value, number] : values )
  {
    n += number;
    spellings << QStringLiteral( "%1 '%2'" ).arg( DfSupport::count( number ), value );
  }
  if ( values.size() == 1 && values.front().first == kind )
    return QStringLiteral( "\"%1\" %2" ).arg( kind, DfSupport::count( n ) );
  return QStringLiteral( "\"%1\" %2 (%3)" )
      .arg( kind, DfSupport::count( n ), spellings.join( QLatin1String( ", " ) ) );
}

QString DfNetworkAlgorithmBase::PhaseTimes::logLine() const
{
  // bench/ reads the English line (its runs keep QGIS in English); the user reads it in QGIS's language.
  return DfNetworkAlgorithmBase::tr( "Timing (s): read=%1 graph=%2 snap=%3 search=%4 write=%5 total=%6" )
      .arg( read, 0, 'f', 3 )
      .arg( graph, 0, 'f', 3 )
      .arg( snap, 0, 'f', 3 )
      .arg( search, 0, 'f', 3 )
      .arg( write, 0, 'f', 3 )
      .arg( total.nsecsElapsed() * 1e-9, 0, 'f', 3 );
}

void DfNetworkAlgorithmBase::addNetworkParameters()
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street network" ),
                                               DfCompat::sourceTypes( { DfCompat::SourceVectorLine } ) ),
      tr( "Lines in a projected CRS in metres (EPSG:28992): OpenStreetMap, NWB Wegen or municipal centre "
          "lines." ) ) );
  auto filter = std::make_unique<QgsProcessingParameterEnum>(
      QStringLiteral( "NETWORK_FILTER" ), tr( "Walkable streets" ),
      QStringList() << tr( "Detect from the fields" ) << tr( "All lines" ) << tr( "OpenStreetMap" )
                    << tr( "NWB Wegen" ),
      false, FilterDetect );
  filter->setHelp(
      tr( "Detect from the fields: the OpenStreetMap rule when the layer has a field highway, else the NWB "
          "rule when it has WEGBEHSRT, else all lines. "
          "OpenStreetMap: every highway except motorway, trunk, any *_link, construction, "
          "proposed, abandoned, raceway and bus_guideway; ways tagged foot=no or foot=private, and "
          "access=no or access=private without foot=yes, designated or permissive, are left out, as "
          "are lines without a highway tag. NWB: every road except those managed by the state "
          "(WEGBEHSRT = R: motorways and expressways) and slip roads (BST_CODE AF, OP)." ) );
  addParameter( filter.release() );
  auto expression = std::make_unique<QgsProcessingParameterExpression>(
      QStringLiteral( "NETWORK_EXPRESSION" ), tr( "Street filter expression" ), QVariant(),
      QStringLiteral( "NETWORK" ), true );
  expression->setHelp(
      tr( "Only streets matching this expression are used, on top of the walkable-streets filter, e.g. "
          "\"tunnel\" IS NOT 'yes'." ) );
  DfCompat::setAdvanced( expression );
  addParameter( expression.release() );
}

void DfNetworkAlgorithmBase::addFacilityParameters( bool withCategoryField, bool optional )
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSource(
          QStringLiteral( "FACILITIES" ), tr( "Facilities" ),
          DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ), QVariant(),
          optional ),
      tr( "Meeting places, GPs, shops, …: points or polygons (a polygon is reached from a point on its "
          "surface), with a kind field when there are several kinds." ) ) );
  auto id = std::make_unique<QgsProcessingParameterField>(
      QStringLiteral( "FACILITY_ID_FIELD" ), tr( "Facility id field" ), QVariant(),
      QStringLiteral( "FACILITIES" ), DfCompat::FieldAny, false, true );
  id->setHelp( tr( "Written into the output to name the nearest facility. Empty: the feature id." ) );
  addParameter( id.release() );
  if ( withCategoryField )
  {
    auto category = std::make_unique<QgsProcessingParameterField>(
        QStringLiteral( "CATEGORY_FIELD" ), tr( "Facility kind field" ), QVariant(),
        QStringLiteral( "FACILITIES" ), DfCompat::FieldAny, false, true );
    category->setHelp( tr( "One result per value of this field (e.g. meeting_place, gp, supermarket). Empty: "
                           "all facilities are one kind." ) );
    addParameter( category.release() );
  }
}

void DfNetworkAlgorithmBase::addWalkingParameters()
{
  auto speed = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "WALK_SPEED" ),
                                                               tr( "Walking speed (m/s)" ),
                                                               DfCompat::NumberDouble, 0.8, false, 0.1, 3.0 );
  speed->setHelp(
      tr( "0.8 m/s is the pace of people aged 65 to 74; 0.75 for 75 to 84, 0.71 for 85+, 0.64 for "
          "frail older people. At 0.8 m/s, 5, 10 and 15 minutes are 240, 480 and 720 m." ) );
  addParameter( speed.release() );

  auto snap = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "SNAP_DISTANCE" ),
                                                              tr( "Maximum distance to a street (m)" ),
                                                              DfCompat::NumberDouble, 250.0, false, 0.0 );
  snap->setHelp( tr( "Homes and facilities farther than this from any walkable street cannot reach the "
                     "network; they are counted in the log and get no distance." ) );
  DfCompat::setAdvanced( snap );
  addParameter( snap.release() );

  auto tolerance = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "TOLERANCE" ), tr( "Topology tolerance (m)" ), DfCompat::NumberDouble, 0.1, false, 0.0,
      10.0 );
  tolerance->setHelp( tr( "Line ends and vertices closer than this are joined. Lines that cross without a "
                          "shared vertex (bridges, tunnels) stay apart. 0 joins identical vertices only." ) );
  DfCompat::setAdvanced( tolerance );
  addParameter( tolerance.release() );
}

dfn::CancelCheck DfNetworkAlgorithmBase::cancelCheck( QgsProcessingFeedback *feedback ) const
{
  return [feedback] { return feedback && feedback->isCanceled(); };
}

bool DfNetworkAlgorithmBase::runSearch( dfn::WalkSearch &search, const std::vector<dfn::WalkSeed> &seeds,
                                        double cutoff, QgsProcessingFeedback *feedback ) const
{
  if ( !search.run( seeds, cutoff, cancelCheck( feedback ) ) )
    return false;
  // The parameters are checked before any search, so a refused seed or cut-off is the plugin's own error:
  // say so rather than answer with distances that leave something out.
  if ( !search.error().empty() )
    throw QgsProcessingException( tr( "Internal error in the walking search: %1. Please report it with the "
                                      "input layers." )
                                      .arg( QString::fromStdString( search.error() ) ) );
  return true;
}

void DfNetworkAlgorithmBase::throwCancelled()
{
  throw QgsProcessingException( tr( "Cancelled: the incomplete output was removed." ) );
}

QgsGeometry DfNetworkAlgorithmBase::inNetworkCrs( QgsGeometry geometry,
                                                  const QgsCoordinateTransform &transform )
{
  try
  {
    if ( transform.isValid() && !geometry.isNull() )
      geometry.transform( transform );
  }
  catch ( QgsCsException & )
  {
    geometry = QgsGeometry();
  }
  return geometry;
}

QgsCoordinateTransform DfNetworkAlgorithmBase::transformFor( const QgsFeatureSource *source,
                                                             QgsProcessingContext &context ) const
{
  if ( !mCrs.isValid() || !source->sourceCrs().isValid() || source->sourceCrs() == mCrs )
    return QgsCoordinateTransform();
  return QgsCoordinateTransform( source->sourceCrs(), mCrs, context.transformContext() );
}

dfn::WalkingSettings DfNetworkAlgorithmBase::walkingSettings( const QVariantMap &parameters,
                                                              QgsProcessingContext &context ) const
{
  dfn::WalkingSettings walking;
  walking.snapDistance = DfSupport::number( this, parameters, QStringLiteral( "SNAP_DISTANCE" ), context );
  walking.speed = DfSupport::number( this, parameters, QStringLiteral( "WALK_SPEED" ), context );
  walking.tolerance = DfSupport::number( this, parameters, QStringLiteral( "TOLERANCE" ), context );
  if ( parameterDefinition( QStringLiteral( "MAX_TIME" ) ) )
    walking.cutoffMinutes = DfSupport::number( this, parameters, QStringLiteral( "MAX_TIME" ), context );
  return walking;
}

void DfNetworkAlgorithmBase::loadNetwork( const QVariantMap &parameters, const dfn::WalkingSettings &walking,
                                          QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                          PhaseTimes &times )
{
  PhaseClock clock;
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "NETWORK" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "NETWORK" ) ) );
  mNetworkName = DfSupport::layerName( this, parameters, QStringLiteral( "NETWORK" ), context, source.get() );
  // QGIS does not check the geometry type of a layer given as a path (qgis_process, processing.run).
  const DfCompat::GeometryType networkType = QgsWkbTypes::geometryType( source->wkbType() );
  if ( networkType == DfCompat::GeometryPoint || networkType == DfCompat::GeometryPolygon )
    throw QgsProcessingException(
        tr( "Layer \"%1\" (NETWORK) is a %2 layer; the street network must be a line layer (street centre "
            "lines from OpenStreetMap, NWB Wegen or the municipality). Choose the layer of streets." )
            .arg( mNetworkName, networkType == DfCompat::GeometryPoint ? tr( "point" ) : tr( "polygon" ) ) );
  mCrs = source->sourceCrs();
  mWalking = walking;
  const double tolerance = walking.tolerance;

  // Every input layer's coordinates against its CRS (a warning each), then the network's CRS by what it is,
  // not by its code: a Web Mercator without EPSG:3857 measures 1.6 "metres" per metre in the Netherlands.
  DfCrsCheck::warnForInputs( this, parameters, context, feedback );
  const DfCrsCheck::CrsClass crsClass = DfCrsCheck::classify( mCrs );
  if ( crsClass.kind == DfCrsCheck::CrsKind::Missing )
    feedback->pushWarning(
        tr( "Layer \"%1\" (NETWORK) has no CRS; its coordinates are taken to be metres, and the other layers "
            "are used as they are, without reprojection: they must be in the same CRS. Do not reproject it: "
            "assign its CRS (for Dutch data usually EPSG:28992, RD New) in Layer Properties > Source." )
            .arg( mNetworkName ) );
  else if ( !DfCrsCheck::hasTrueMetres( crsClass ) && DfCrsCheck::looksMislabelled( source.get() ) )
    throw QgsProcessingException(
        tr( "Layer \"%1\" (NETWORK) says its CRS is %2, but its coordinates are those of RD New: the CRS "
            "label "
            "is wrong. Do not reproject it: set the layer's CRS to EPSG:28992 (Layer Properties > Source, or "
            "Processing > Assign projection) and run again." )
            .arg( mNetworkName, DfCrsCheck::describe( mCrs ) ) );
  else if ( !DfCrsCheck::hasTrueMetres( crsClass ) )
  {
    QString why;
    switch ( crsClass.kind )
    {
    case DfCrsCheck::CrsKind::Geographic:
      why = tr( "a geographic CRS in degrees" );
      break;
    case DfCrsCheck::CrsKind::Mercator:
      why = tr( "a Mercator projection, whose \"metres\" are %1 true metres in the Netherlands" )
                .arg( QLocale().toString( std::isfinite( crsClass.scale ) ? 1.0 / crsClass.scale : 0.6, 'f',
                                          2 ) );
      break;
    default:
      why = std::isfinite( crsClass.scale ) && crsClass.kind == DfCrsCheck::CrsKind::NotMetres &&
                    mCrs.mapUnits() == DfCompat::DistanceMeters
                ? tr( "a projection whose units are %1 true metres in the Netherlands" )
                      .arg( QLocale().toString( 1.0 / crsClass.scale, 'f', 2 ) )
                : tr( "a CRS whose units are not metres" );
      break;
    }
    throw QgsProcessingException(
        tr( "Layer \"%1\" (NETWORK) is in %2: %3, so walking distances would be wrong. Reproject the street "
            "network to EPSG:28992 (Amersfoort / RD New), e.g. with Vector > Data Management Tools > "
            "Reproject "
            "Layer, and run again; the other layers are reprojected on the fly." )
            .arg( mNetworkName, DfCrsCheck::describe( mCrs ), why ) );
  }

  // Which walkability rule applies, and the fields it reads.
  const QgsFields fields = source->fields();
  const int highway = fields.lookupField( QStringLiteral( "highway" ) );
  const int otherTags = fields.lookupField( QStringLiteral( "other_tags" ) );
  const int authority = fields.lookupField( QStringLiteral( "WEGBEHSRT" ) );
  const int carriageway = fields.lookupField( QStringLiteral( "BST_CODE" ) );
  int filter = parameterAsEnum( parameters, QStringLiteral( "NETWORK_FILTER" ), context );
  if ( filter == FilterDetect )
    filter = highway >= 0 ? FilterOpenStreetMap : authority >= 0 ? FilterNwb : FilterAllLines;
  if ( filter == FilterOpenStreetMap && highway < 0 )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no field \"highway\", which the OpenStreetMap filter needs." )
            .arg( mNetworkName ) );
  if ( filter == FilterNwb && authority < 0 )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no field \"WEGBEHSRT\", which the NWB filter needs." ).arg( mNetworkName ) );
  const QStringList filterNames = { QString(), tr( "all lines" ), tr( "OpenStreetMap highway tags" ),
                                    tr( "NWB, without state roads and slip roads" ) };

  QgsAttributeList attributes;
  if ( filter == FilterOpenStreetMap )
    attributes << highway << ( otherTags >= 0 ? QgsAttributeList{ otherTags } : QgsAttributeList{} );
  if ( filter == FilterNwb )
    attributes << authority << ( carriageway >= 0 ? QgsAttributeList{ carriageway } : QgsAttributeList{} );
  QgsFeatureRequest request;
  QString expression = parameterAsExpression( parameters, QStringLiteral( "NETWORK_EXPRESSION" ), context );
  if ( expression.isEmpty() ) // 3.22 hands back an empty string for an expression that does not parse
    expression = parameters.value( QStringLiteral( "NETWORK_EXPRESSION" ) ).toString();
  if ( !expression.trimmed().isEmpty() )
  {
    QgsExpression parsed( expression );
    if ( parsed.hasParserError() )
      throw QgsProcessingException(
          tr( "The street expression %1 cannot be read: %2" ).arg( expression, parsed.parserErrorString() ) );
    for ( const QString &column : parsed.referencedColumns() )
      if ( fields.lookupField( column ) >= 0 )
        attributes << fields.lookupField( column );
    request.setFilterExpression( expression );
    request.setExpressionContext( createExpressionContext( parameters, context, source.get() ) );
  }
  request.setSubsetOfAttributes( attributes );

  // Read everything first so the graph is built in one go (and timed apart from reading).
  std::vector<dfn::XY> vertices;
  std::vector<size_t> partStart;
  std::vector<int32_t> partLine;
  long long lines = 0, filteredOut = 0, withoutGeometry = 0, done = 0;
  const long long total = source->featureCount();
  QgsFeatureIterator it = source->getFeatures( request, DfCompat::SkipGeometryChecks );
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    if ( ++done % 4096 == 0 )
    {
      if ( feedback->isCanceled() )
        throwCancelled();
      if ( total > 0 )
        feedback->setProgress( 20.0 * done / total );
    }
    if ( filter == FilterOpenStreetMap &&
         !dfn::osmWalkable( f.attribute( highway ).toString().toStdString(),
                            otherTags >= 0 ? f.attribute( otherTags ).toString().toStdString()
                                           : std::string() ) )
    {
      ++filteredOut;
      continue;
    }
    if ( filter == FilterNwb &&
         !dfn::nwbWalkable( f.attribute( authority ).toString().toStdString(),
                            carriageway >= 0 ? f.attribute( carriageway ).toString().toStdString()
                                             : std::string() ) )
    {
      ++filteredOut;
      continue;
    }
    if ( !f.hasGeometry() || f.geometry().isEmpty() )
    {
      ++withoutGeometry;
      continue;
    }
    const int32_t line = static_cast<int32_t>( lines++ );
    forEachLinearPart( f.geometry().constGet(),
                       [&]( const QgsLineString &part )
                       {
                         const double *x = part.xData();
                         const double *y = part.yData();
                         partStart.push_back( vertices.size() );
                         partLine.push_back( line );
                         for ( int i = 0; i < part.numPoints(); ++i )
                           vertices.push_back( { x[i], y[i] } );
                       } );
  }
  clock.charge( times.read );

  dfn::StreetNetworkBuilder builder( tolerance );
  builder.reserve( vertices.size() );
  partStart.push_back( vertices.size() );
  for ( size_t p = 0; p + 1 < partStart.size(); ++p )
    builder.addLine( vertices.data() + partStart[p], partStart[p + 1] - partStart[p], partLine[p] );
  mNetwork = builder.finish();
  const dfn::NetworkBuildStats stats = builder.stats();
  mSnapIndex = std::make_unique<dfn::EdgeSnapIndex>( mNetwork );
  clock.charge( times.graph );

  if ( mNetwork.edgeCount() == 0 )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no walkable streets: of %2 line(s), %3 left out by the expression, %4 by the "
            "filter (%5) and %6 without geometry. Check the layer, the filter and the expression." )
            .arg( mNetworkName, count( total >= 0 ? std::max( total, done ) : done ),
                  count( total >= 0 ? std::max( 0LL, total - done ) : 0 ), count( filteredOut ),
                  filterNames.value( filter ), count( withoutGeometry ) ) );

  int32_t parts = 0;
  const std::vector<int32_t> component = mNetwork.componentLabels( &parts );
  double mainLength = 0;
  for ( const dfn::StreetEdge &e : mNetwork.edges() )
    if ( component[static_cast<size_t>( e.from )] == 0 )
      mainLength += e.length;
  const double length = mNetwork.totalLength();
  feedback->pushInfo(
      tr( "Street network \"%1\" (%2): %3 walkable line(s), %4 left out, %5 edges, %6 nodes, %7 "
          "km of street." )
          .arg( mNetworkName, filterNames.value( filter ), count( lines ), count( filteredOut ),
                count( static_cast<long long>( mNetwork.edgeCount() ) ),
                count( static_cast<long long>( mNetwork.nodeCount() ) ),
                QLocale().toString( length / 1000.0, 'f', 1 ) ) );
  if ( parts > 1 )
    feedback->pushInfo(
        tr( "The network has %1 unconnected parts; the largest holds %2 % of the street length. "
            "Homes on another part only reach facilities on that part." )
            .arg( count( parts ) )
            .arg( QLocale().toString( length > 0 ? 100.0 * mainLength / length : 0.0, 'f', 1 ) ) );
  if ( stats.nearMissJoins > 0 || stats.zeroLengthSegments > 0 || stats.duplicateSegments > 0 ||
       withoutGeometry > 0 )
    feedback->pushInfo(
        tr( "%1 line end(s) or vertices that nearly met were joined (within %2 m); skipped: %3 "
            "zero-length segment(s), %4 segment(s) drawn twice, %5 line(s) without geometry." )
            .arg( count( static_cast<long long>( stats.nearMissJoins ) ) )
            .arg( tolerance )
            .arg( count( static_cast<long long>( stats.zeroLengthSegments ) ) )
            .arg( count( static_cast<long long>( stats.duplicateSegments ) ) )
            .arg( count( withoutGeometry ) ) );
  if ( stats.unusableVertices > 0 )
    feedback->pushWarning( tr( "%1 vertices of \"%2\" with coordinates that are not finite or beyond 10 "
                               "million km were left out; "
                               "their lines are split there. Check the layer's geometries." )
                               .arg( count( static_cast<long long>( stats.unusableVertices ) ) )
                               .arg( mNetworkName ) );
}

std::vector<DfNetworkAlgorithmBase::Facility>
DfNetworkAlgorithmBase::loadFacilities( const QVariantMap &parameters, QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback, PhaseTimes &times,
                                        std::vector<FacilityGroup> &groups, bool byCategory )
{
  PhaseClock clock;
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "FACILITIES" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "FACILITIES" ) ) );
  const QString name =
      DfSupport::layerName( this, parameters, QStringLiteral( "FACILITIES" ), context, source.get() );
  const QString idField = parameterAsString( parameters, QStringLiteral( "FACILITY_ID_FIELD" ), context );
  const QString categoryField =
      byCategory ? parameterAsString( parameters, QStringLiteral( "CATEGORY_FIELD" ), context ) : QString();
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );
  const int categoryIndex = categoryField.isEmpty() ? -1 : source->fields().lookupField( categoryField );
  if ( !idField.isEmpty() && idIndex < 0 )
    throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( name, idField ) );
  if ( !categoryField.isEmpty() && categoryIndex < 0 )
    throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( name, categoryField ) );

  const QgsCoordinateTransform transform = transformFor( source.get(), context );
  QgsFeatureRequest request;
  QgsAttributeList attributes;
  for ( int i : { idIndex, categoryIndex } )
    if ( i >= 0 )
      attributes << i;
  request.setSubsetOfAttributes( attributes );
  std::vector<Facility> facilities;
  long long withoutGeometry = 0, withoutCategory = 0;
  QSet<QString> ids, duplicates;
  QgsFeatureIterator it = source->getFeatures( request, DfCompat::SkipGeometryChecks );
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    if ( feedback->isCanceled() )
      throwCancelled();
    Facility facility;
    const QgsGeometry g = inNetworkCrs( f.geometry(), transform );
    if ( !representativePoint( g, facility.at ) )
    {
      ++withoutGeometry;
      continue;
    }
    facility.id = idIndex >= 0 ? f.attribute( idIndex ).toString() : QString::number( f.id() );
    if ( categoryIndex >= 0 )
    {
      const QVariant c = f.attribute( categoryIndex );
      facility.category = c.isNull() ? QString() : c.toString().trimmed();
      if ( facility.category.isEmpty() )
      {
        ++withoutCategory;
        continue;
      }
    }
    if ( ids.contains( facility.id ) )
      duplicates.insert( facility.id );
    ids.insert( facility.id );
    facilities.push_back( facility );
  }
  clock.charge( times.read );

  QStringList offNetwork;
  for ( Facility &facility : facilities )
  {
    facility.snap = mSnapIndex->snap( facility.at, mWalking.snapDistance );
    if ( !facility.snap.valid() )
      offNetwork << facility.id;
  }
  clock.charge( times.snap );

  if ( facilities.empty() )
    throw QgsProcessingException(
        categoryField.isEmpty()
            ? tr( "Layer \"%1\" has no facilities to walk to (%2 without geometry)." )
                  .arg( name, count( withoutGeometry ) )
            : tr( "Layer \"%1\" has no facilities to walk to (%2 without geometry, %3 without a value in "
                  "\"%4\")." )
                  .arg( name, count( withoutGeometry ), count( withoutCategory ), categoryField ) );
  if ( withoutGeometry > 0 )
    feedback->pushWarning( tr( "%1 facilities in \"%2\" have no geometry and are left out." )
                               .arg( count( withoutGeometry ), name ) );
  if ( withoutCategory > 0 )
    feedback->pushWarning( tr( "%1 facilities in \"%2\" have no value in \"%3\" and are left out." )
                               .arg( count( withoutCategory ), name, categoryField ) );
  if ( !duplicates.isEmpty() )
  {
    QStringList some = duplicates.values();
    some.sort();
    feedback->pushWarning(
        tr( "%1 facility id(s) occur more than once in \"%2\" (%3): the output cannot tell "
            "those facilities apart." )
            .arg( count( duplicates.size() ), name, some.mid( 0, 5 ).join( QLatin1String( ", " ) ) ) );
  }
  if ( !offNetwork.isEmpty() )
    feedback->pushWarning(
        tr( "%1 facilities are more than %2 m from a walkable street and cannot be reached: %3%4" )
            .arg( count( offNetwork.size() ) )
            .arg( mWalking.snapDistance )
            .arg( offNetwork.mid( 0, 10 ).join( QLatin1String( ", " ) ),
                  offNetwork.size() > 10 ? QStringLiteral( ", …" ) : QString() ) );

  // Grouped by the plugin's kind (facilitykinds.h): "ontmoetingsplek" and "community_centre" are both
  // meeting_place, in every algorithm. Without a kind field all facilities are one group.
  std::map<std::string, std::vector<int>> byKind;
  std::map<std::string, QMap<QString, int>> valuesOf;
  for ( size_t i = 0; i < facilities.size(); ++i )
  {
    const std::string kind =
        categoryIndex >= 0 ? dfn::facilityKind( facilities[i].category.toStdString() ) : std::string();
    byKind[kind].push_back( static_cast<int>( i ) );
    ++valuesOf[kind][facilities[i].category];
  }
  std::vector<std::string> kinds;
  for ( const auto &k : byKind )
    kinds.push_back( k.first );
  const std::vector<std::string> stems = dfn::categoryFieldStems( kinds );
  groups.clear();
  size_t i = 0;
  for ( const auto &[kind, members] : byKind )
  {
    FacilityGroup group;
    group.kind = QString::fromStdString( kind );
    // Without a kind field the one group keeps the plain field names (dist_m, …).
    group.fieldStem = categoryIndex >= 0 ? QString::fromStdString( stems[i] ) : QString();
    const QMap<QString, int> &values = valuesOf[kind];
    for ( auto v = values.constBegin(); v != values.constEnd(); ++v )
      group.values.push_back( { v.key(), v.value() } );
    // A kind with one spelling in the layer keeps it ("Meeting place"); several become the kind's name.
    group.category = values.size() == 1 ? values.firstKey() : group.kind;
    group.members = members;
    groups.push_back( group );
    ++i;
  }
  QStringList summary;
  for ( const FacilityGroup &g : groups )
    summary << ( g.category.isEmpty() ? count( static_cast<long long>( g.members.size() ) ) : g.describe() );
  feedback->pushInfo( tr( "Facilities in \"%1\": %2." ).arg( name, summary.join( QLatin1String( ", " ) ) ) );
  return facilities;
}

void DfNetworkAlgorithmBase::loadAreas( const QVariantMap &parameters, QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback, AreaLayer &areas )
{
  areas.source.reset( parameterAsSource( parameters, QStringLiteral( "AREAS" ), context ) );
  if ( !areas.source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "AREAS" ) ) );
  areas.name =
      DfSupport::layerName( this, parameters, QStringLiteral( "AREAS" ), context, areas.source.get() );
  const QgsCoordinateTransform transform = transformFor( areas.source.get(), context );
  QgsFeatureIterator it = areas.source->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
  QgsFeature f;
  long long withGeometry = 0;
  while ( it.nextFeature( f ) )
  {
    if ( feedback->isCanceled() )
      throwCancelled();
    withGeometry += f.hasGeometry() && !f.geometry().isEmpty();
    areas.locator.add( inNetworkCrs( f.geometry(), transform ) );
    areas.features << f;
  }
  if ( areas.features.isEmpty() )
    throw QgsProcessingException( tr( "Layer \"%1\" has no areas." ).arg( areas.name ) );
  // A table without geometry (QGIS does not check the type of a layer given as a path): nobody would lie in
  // any area, and every share would come out empty.
  if ( withGeometry == 0 )
    throw QgsProcessingException(
        tr( "Layer \"%1\" (AREAS) has %2 feature(s) but no geometry: give the polygon layer of the areas "
            "(buurten, grid cells)." )
            .arg( areas.name, count( areas.features.size() ) ) );
}

void DfNetworkAlgorithmBase::addDemandParameters( const QString &layerParameter, const QString &description,
                                                  const QString &weightParameter, bool optional,
                                                  bool withAddresses, const QString &weightLabel )
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterFeatureSource(
          layerParameter, description,
          DfCompat::sourceTypes( { DfCompat::SourceVectorPoint, DfCompat::SourceVectorPolygon } ), QVariant(),
          optional ),
      tr( "Points (addresses) or areas (grid cells, buurten); an area's weight is "
          "spread over the addresses inside it." ) ) );
  auto weight = std::make_unique<QgsProcessingParameterField>(
      weightParameter, weightLabel.isEmpty() ? tr( "Weight field" ) : weightLabel, QVariant(), layerParameter,
      DfCompat::FieldNumeric, false, true );
  weight->setHelp( tr( "The people to count, e.g. dem_home (people with dementia living at home) or "
                       "bewoners_65plus. Empty: every feature counts 1." ) );
  addParameter( weight.release() );
  if ( !withAddresses )
    return;
  auto addresses = std::make_unique<QgsProcessingParameterFeatureSource>(
      QStringLiteral( "ADDRESSES" ), tr( "Addresses in area origins" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorPoint } ), QVariant(), true );
  addresses->setHelp(
      tr( "When the origins are areas: their weight is spread over the homes inside them." ) );
  addParameter( addresses.release() );
}

double DfNetworkAlgorithmBase::DemandPoints::total() const
{
  double t = 0;
  for ( double w : weights )
    t += w;
  return t;
}

size_t DfNetworkAlgorithmBase::DemandPoints::offNetwork() const
{
  return static_cast<size_t>(
      std::count_if( snaps.begin(), snaps.end(), []( const dfn::NetworkSnap &s ) { return !s.valid(); } ) );
}

DfNetworkAlgorithmBase::DemandPoints
DfNetworkAlgorithmBase::loadDemand( const QVariantMap &parameters, const QString &layerParameter,
                                    QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                    PhaseTimes &times, const QString &weightParameter )
{
  DemandPoints demand;
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, layerParameter, context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, layerParameter ) );
  demand.layerName = DfSupport::layerName( this, parameters, layerParameter, context, source.get() );
  demand.fields = source->fields();
  demand.weightField = parameterAsString( parameters, weightParameter, context );
  const int weightIndex =
      demand.weightField.isEmpty() ? -1 : source->fields().lookupField( demand.weightField );
  if ( !demand.weightField.isEmpty() && weightIndex < 0 )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no field \"%2\"." ).arg( demand.layerName, demand.weightField ) );
  const bool areas = QgsWkbTypes::geometryType( source->wkbType() ) == DfCompat::GeometryPolygon;
  const AddressPoints addresses =
      areas ? loadAddresses( parameters, context, feedback, times ) : AddressPoints();
  PhaseClock clock;
  const QgsCoordinateTransform transform = transformFor( source.get(), context );
  const long long total = source->featureCount();
  long long done = 0;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
  QgsFeature f;
  std::vector<dfn::XY> points;
  double weightSum = 0;
  while ( it.nextFeature( f ) )
  {
    if ( ++done % 1024 == 0 )
    {
      if ( feedback->isCanceled() )
        throwCancelled();
      if ( total > 0 )
        feedback->setProgress( 40.0 * done / total );
    }
    double weight = 1;
    if ( weightIndex >= 0 )
    {
      const dfn::CheckedValue checked = dfn::checkCount( DfValues::toRaw( f.attribute( weightIndex ) ) );
      if ( !checked.value )
      {
        ++demand.badWeights[dfn::problemCode( checked.problem )];
        continue;
      }
      weight = *checked.value;
    }
    const std::vector<dfn::NetworkSnap> snaps =
        originSnaps( inNetworkCrs( f.geometry(), transform ), addresses, &points );
    if ( snaps.empty() )
    {
      ++demand.withoutGeometry;
      continue;
    }
    // Every weight is at most dfn::MaxCensusValue (checkCount), so the sum stays finite; a sum beyond what
    // the overlays accept (more than a thousand times the world's people) is junk data, named and refused.
    weightSum += weight;
    if ( weightSum > dfn::MaxCoverTotalWeight )
      throw QgsProcessingException(
          tr( "Layer \"%1\": the weights in field \"%2\" add up to more than %3 (feature %4 has %5): "
              "that is not a number of people. Check the field (a broken export writes 1e308 and the like) "
              "or choose another %6." )
              .arg( demand.layerName, demand.weightField,
                    QString::number( dfn::MaxCoverTotalWeight, 'g', 3 ) )
              .arg( f.id() )
              .arg( QString::number( weight, 'g', 6 ), weightParameter ) );
    const int32_t sourceIndex = static_cast<int32_t>( demand.sourceAttributes.size() );
    demand.sourceAttributes.push_back( f.attributes() );
    const double share = weight / static_cast<double>( snaps.size() );
    for ( size_t i = 0; i < snaps.size(); ++i )
    {
      demand.points.push_back( points[i] );
      demand.snaps.push_back( snaps[i] );
      demand.weights.push_back( share );
      demand.sourceOf.push_back( sourceIndex );
    }
  }
  clock.charge( times.read );
  return demand;
}

void DfNetworkAlgorithmBase::reportDemand( const DemandPoints &demand, QgsProcessingFeedback *feedback ) const
{
  for ( const auto &[code, n] : demand.badWeights )
    feedback->pushWarning( tr( "%1 origin(s) in \"%2\" left out: %3 (field \"%4\")." )
                               .arg( count( n ), demand.layerName,
                                     DfSupport::problemText( QString::fromStdString( code ) ),
                                     demand.weightField ) );
  if ( demand.withoutGeometry > 0 )
    feedback->pushWarning( tr( "%1 origin(s) in \"%2\" have no geometry and are left out." )
                               .arg( count( demand.withoutGeometry ), demand.layerName ) );
  const size_t off = demand.offNetwork();
  if ( off > 0 )
    feedback->pushWarning( tr( "%1 origin point(s) are more than %2 m from a walkable street: counted as not "
                               "within reach." )
                               .arg( count( static_cast<long long>( off ) ) )
                               .arg( mWalking.snapDistance ) );
}

std::vector<dfn::WalkSeed> DfNetworkAlgorithmBase::seedsOf( const std::vector<Facility> &facilities,
                                                            const FacilityGroup &group ) const
{
  std::vector<dfn::WalkSeed> seeds;
  for ( int i : group.members )
    if ( facilities[static_cast<size_t>( i )].snap.valid() )
      seeds.push_back( { facilities[static_cast<size_t>( i )].snap, i } );
  return seeds;
}

void DfNetworkAlgorithmBase::addWalkingTimeParameter()
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterNumber( QStringLiteral( "MAX_TIME" ), tr( "Walking time (minutes)" ),
                                        DfCompat::NumberDouble, 10.0, false, 0.1, 600.0 ),
      tr( "10 minutes at 0.8 m/s is 480 m, about the 500 m of the dementia-friendly core." ) ) );
}

void DfNetworkAlgorithmBase::addTargetParameter()
{
  addParameter( DfSupport::withHelp(
      new QgsProcessingParameterNumber( QStringLiteral( "TARGET" ), tr( "Target share (%)" ),
                                        DfCompat::NumberDouble, 80.0, false, 0.0, 100.0 ),
      tr( "National Dementia Strategy: by 2030, 80 % of people with dementia living at home have a "
          "meeting centre near their home." ) ) );
}

bool DfNetworkAlgorithmBase::hasFacilities( const QVariantMap &parameters,
                                            QgsProcessingContext &context ) const
{
  const std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "FACILITIES" ), context ) );
  return source && source->featureCount() != 0;
}

void DfNetworkAlgorithmBase::addKindParameters( const QString &defaultKind, const QString &description )
{
  auto category = std::make_unique<QgsProcessingParameterString>(
      QStringLiteral( "CATEGORY" ), description.isEmpty() ? tr( "Facility kind" ) : description, defaultKind,
      false, true );
  category->setHelp(
      tr( "Only facilities of this kind count, e.g. meeting_place. Dutch and OpenStreetMap names of the "
          "same kind count too: for meeting_place also ontmoetingsplek, buurthuis, odensehuis, dagbesteding, "
          "community_centre and social_centre; for gp also huisarts and doctors. With a kind field it must "
          "not be empty (every facility would count, benches included); the log says which values were "
          "counted. Without a kind field every facility counts." ) );
  addParameter( category.release() );
}

std::vector<dfn::WalkSeed> DfNetworkAlgorithmBase::seedsOfChosenKind( const QVariantMap &parameters,
                                                                      QgsProcessingContext &context,
                                                                      QgsProcessingFeedback *feedback,
                                                                      PhaseTimes &times, QString *kindText )
{
  const QString asked = parameterAsString( parameters, QStringLiteral( "CATEGORY" ), context ).trimmed();
  const QString kindField = parameterAsString( parameters, QStringLiteral( "CATEGORY_FIELD" ), context );
  const bool byKind = !kindField.isEmpty();
  const QString kind =
      asked.isEmpty() ? QString() : QString::fromStdString( dfn::facilityKind( asked.toStdString() ) );
  *kindText = byKind && !kind.isEmpty() ? QStringLiteral( "\"%1\"" ).arg( kind ) : tr( "a facility" );
  if ( !hasFacilities( parameters, context ) )
  {
    feedback->pushWarning( tr( "No facilities given: nobody is within reach of %1." ).arg( *kindText ) );
    return {};
  }
  std::vector<FacilityGroup> groups;
  const std::vector<Facility> facilities =
      loadFacilities( parameters, context, feedback, times, groups, byKind );
  QStringList present;
  for ( const FacilityGroup &g : groups )
    present << g.describe();
  if ( byKind && kind.isEmpty() )
    throw QgsProcessingException(
        tr( "Choose the facility kind to count (CATEGORY): with the kind field \"%1\" an empty kind would "
            "count every facility, benches and toilets too. The kinds in the layer are: %2." )
            .arg( kindField, present.join( QLatin1String( "; " ) ) ) );
  if ( !byKind )
  {
    if ( !asked.isEmpty() )
      feedback->pushWarning(
          tr( "No facility kind field: all %1 facilities in the layer count as \"%2\". If the layer holds "
              "other kinds too (benches, toilets), choose its kind field (CATEGORY_FIELD)." )
              .arg( count( static_cast<long long>( facilities.size() ) ), asked ) );
    std::vector<dfn::WalkSeed> seeds;
    for ( const FacilityGroup &g : groups )
      for ( const dfn::WalkSeed &seed : seedsOf( facilities, g ) )
        seeds.push_back( seed );
    return seeds;
  }
  std::vector<dfn::WalkSeed> seeds;
  QStringList counted, notCounted;
  for ( const FacilityGroup &g : groups )
  {
    QStringList &list = g.kind == kind ? counted : notCounted;
    for ( const auto &[value, number] : g.values )
      list << QStringLiteral( "%1 '%2'" ).arg( count( number ), value );
    if ( g.kind == kind )
      for ( const dfn::WalkSeed &seed : seedsOf( facilities, g ) )
        seeds.push_back( seed );
  }
  if ( counted.isEmpty() )
    throw QgsProcessingException( tr( "No facilities of kind \"%1\"; the kinds present are: %2." )
                                      .arg( asked, present.join( QLatin1String( "; " ) ) ) );
  feedback->pushInfo(
      tr( "Counted as %1: %2; not counted: %3." )
          .arg( QStringLiteral( "\"%1\"" ).arg( kind ), counted.join( QLatin1String( ", " ) ),
                notCounted.isEmpty() ? tr( "none" ) : notCounted.join( QLatin1String( ", " ) ) ) );
  return seeds;
}

DfNetworkAlgorithmBase::AddressPoints DfNetworkAlgorithmBase::loadAddresses( const QVariantMap &parameters,
                                                                             QgsProcessingContext &context,
                                                                             QgsProcessingFeedback *feedback,
                                                                             PhaseTimes &times )
{
  AddressPoints result;
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "ADDRESSES" ), context ) );
  if ( !source )
    return result;
  PhaseClock clock;
  const QgsCoordinateTransform transform = transformFor( source.get(), context );
  std::vector<dfn::XY> points;
  QgsFeatureIterator it =
      source->getFeatures( QgsFeatureRequest().setNoAttributes(), DfCompat::SkipGeometryChecks );
  QgsFeature f;
  long long skipped = 0;
  while ( it.nextFeature( f ) )
  {
    if ( points.size() % 4096 == 0 && feedback->isCanceled() )
      throwCancelled();
    const QgsGeometry g = inNetworkCrs( f.geometry(), transform );
    dfn::XY at;
    if ( !representativePoint( g, at ) )
    {
      ++skipped;
      continue;
    }
    points.push_back( at );
  }
  clock.charge( times.read );
  result.snaps.reserve( points.size() );
  for ( const dfn::XY &p : points )
    result.snaps.push_back( mSnapIndex->snap( p, mWalking.snapDistance ) );
  result.grid = std::make_unique<dfn::PointGrid>( std::move( points ) );
  clock.charge( times.snap );
  if ( skipped > 0 )
    feedback->pushWarning(
        tr( "%1 address(es) without a usable point are left out." ).arg( count( skipped ) ) );
  const long long offNetwork = std::count_if( result.snaps.begin(), result.snaps.end(),
                                              []( const dfn::NetworkSnap &s ) { return !s.valid(); } );
  if ( offNetwork > 0 )
    feedback->pushWarning(
        tr( "%1 address(es) are more than %2 m from a walkable street: they count as not within "
            "reach." )
            .arg( count( offNetwork ) )
            .arg( mWalking.snapDistance ) );
  return result;
}

std::vector<dfn::NetworkSnap> DfNetworkAlgorithmBase::originSnaps( const QgsGeometry &geometry,
                                                                   const AddressPoints &addresses,
                                                                   std::vector<dfn::XY> *points ) const
{
  std::vector<dfn::NetworkSnap> snaps;
  if ( points )
    points->clear();
  if ( geometry.isNull() || geometry.isEmpty() )
    return snaps;
  if ( geometry.type() == DfCompat::GeometryPoint )
  {
    for ( const QgsPointXY &p :
          geometry.isMultipart() ? geometry.asMultiPoint() : QgsMultiPointXY{ geometry.asPoint() } )
    {
      snaps.push_back( mSnapIndex->snap( { p.x(), p.y() }, mWalking.snapDistance ) );
      if ( points )
        points->push_back( { p.x(), p.y() } );
    }
    return snaps;
  }
  if ( addresses.present() )
  {
    const QgsRectangle box = geometry.boundingBox();
    std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( geometry.constGet() ) );
    engine->prepareGeometry();
    addresses.grid->forEachIn( box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(),
                               [&]( uint32_t i )
                               {
                                 const dfn::XY &p = addresses.grid->point( i );
                                 const QgsPoint point( p.x, p.y );
                                 if ( engine->intersects( &point ) )
                                 {
                                   snaps.push_back( addresses.snaps[i] );
                                   if ( points )
                                     points->push_back( p );
                                 }
                               } );
    if ( !snaps.empty() )
      return snaps;
  }
  dfn::XY at;
  if ( representativePoint( geometry, at ) )
  {
    snaps.push_back( mSnapIndex->snap( at, mWalking.snapDistance ) );
    if ( points )
      points->push_back( at );
  }
  return snaps;
}
