#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>

#include <gtest/gtest.h>

void RecordingFeedback::pushInfo( const QString &info )
{
  infos << info;
  QgsProcessingFeedback::pushInfo( info );
}

void RecordingFeedback::pushWarning( const QString &warning )
{
  warnings << warning;
  QgsProcessingFeedback::pushWarning( warning );
}

void RecordingFeedback::reportError( const QString &error, bool fatalError )
{
  errors << error;
  QgsProcessingFeedback::reportError( error, fatalError );
}

RunResult runAlgorithmById( const QString &algorithmId, const QVariantMap &parameters,
                            RecordingFeedback *feedback,
                            const std::function<void( QgsProcessingContext & )> &setup )
{
  RunResult result;
  const QgsProcessingAlgorithm *alg = QgsApplication::processingRegistry()->algorithmById( algorithmId );
  if ( !alg )
  {
    ADD_FAILURE() << algorithmId.toStdString() << " is not registered";
    return result;
  }
  RecordingFeedback local;
  RecordingFeedback *fb = feedback ? feedback : &local;
  {
    QgsProcessingContext context;
    if ( setup )
      setup( context );
    result.outputs = alg->run( parameters, context, fb, &result.ok );
  }
  result.log = fb->all();
  result.warnings = fb->warnings;
  result.errors = fb->errors;
  return result;
}

std::unique_ptr<QgsVectorLayer> openLayer( const QString &uri )
{
  auto layer = std::make_unique<QgsVectorLayer>( uri, QStringLiteral( "test" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer->isValid() ) << uri.toStdString();
  return layer;
}

std::vector<QgsFeature> featuresOf( QgsVectorLayer *layer )
{
  std::vector<QgsFeature> out;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature f;
  while ( it.nextFeature( f ) )
    out.push_back( f );
  return out;
}

//! A number from an attribute, or nullopt for NULL; fails the test for text that is not a number.
std::optional<double> numberOf( const QgsFeature &f, const QString &field )
{
  const QVariant v = f.attribute( field );
  if ( v.isNull() )
    return std::nullopt;
  bool ok = false;
  const double d = v.toDouble( &ok );
  EXPECT_TRUE( ok ) << field.toStdString() << " = " << v.toString().toStdString();
  return d;
}

std::string text( const QString &s )
{
  return s.toStdString();
}

QgsGeometry at( const QString &wkt, const QgsPointXY &origin )
{
  QgsGeometry g = QgsGeometry::fromWkt( wkt );
  g.translate( origin.x(), origin.y() );
  return g;
}

std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QString &name,
                                             const std::vector<std::pair<QString, QVariantList>> &features,
                                             const QgsPointXY &origin )
{
  auto layer = std::make_unique<QgsVectorLayer>( uri, name, QStringLiteral( "memory" ) );
  EXPECT_TRUE( layer->isValid() ) << uri.toStdString();
  QgsFeatureList list;
  for ( const auto &[wkt, attributes] : features )
  {
    QgsFeature f( layer->fields() );
    if ( !wkt.isEmpty() )
      f.setGeometry( at( wkt, origin ) );
    f.setAttributes( QgsAttributes( attributes.toVector() ) );
    list << f;
  }
  layer->dataProvider()->addFeatures( list );
  return layer;
}

std::map<QString, QgsFeature> byKey( QgsVectorLayer *layer, const QString &key )
{
  std::map<QString, QgsFeature> m;
  for ( const QgsFeature &f : featuresOf( layer ) )
    m[f.attribute( key ).toString()] = f;
  return m;
}

std::map<QString, QVariantMap> sampleTownCases( const QString &town, const QString &dir )
{
  const auto layer = [&town]( const char *name ) { return town + QStringLiteral( "|layername=" ) + name; };
  const auto with = []( QVariantMap base, const QVariantMap &more )
  {
    for ( auto it = more.constBegin(); it != more.constEnd(); ++it )
      base.insert( it.key(), it.value() );
    return base;
  };
  // The inputs that the algorithms after the estimate read: people with dementia per buurt and per cell,
  // and the score for the housing sites' urgency.
  const RunResult buurten =
      runAlgorithmById( QStringLiteral( "dementiafriendly:estimatedementia" ),
                        { { QStringLiteral( "INPUT" ), layer( "buurten" ) },
                          { QStringLiteral( "OUTPUT" ), dir + QStringLiteral( "/buurt.gpkg" ) } } );
  const RunResult cells =
      runAlgorithmById( QStringLiteral( "dementiafriendly:estimatedementia" ),
                        { { QStringLiteral( "INPUT" ), layer( "vierkant100m" ) },
                          { QStringLiteral( "OUTPUT" ), dir + QStringLiteral( "/cel.gpkg" ) } } );
  if ( !buurten.ok || !cells.ok )
  {
    ADD_FAILURE() << text( buurten.log + cells.log );
    return {};
  }
  const QVariantMap facilities{ { QStringLiteral( "NETWORK" ), layer( "wegen" ) },
                                { QStringLiteral( "FACILITIES" ), layer( "voorzieningen" ) },
                                { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
                                { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) } };
  const QVariantMap demand =
      with( facilities, { { QStringLiteral( "DEMAND" ), cells.output() },
                          { QStringLiteral( "WEIGHT_FIELD" ), QStringLiteral( "dem_home" ) },
                          { QStringLiteral( "ADDRESSES" ), layer( "adressen" ) } } );
  const QVariantMap score = with( facilities, { { QStringLiteral( "AREAS" ), buurten.output() },
                                                { QStringLiteral( "ADDRESSES" ), layer( "adressen" ) } } );
  const RunResult scored = runAlgorithmById(
      QStringLiteral( "dementiafriendly:neighbourhoodscore" ),
      with( score, { { QStringLiteral( "OUTPUT" ), dir + QStringLiteral( "/score.gpkg" ) } } ) );
  if ( !scored.ok )
  {
    ADD_FAILURE() << text( scored.log );
    return {};
  }
  return {
      { QStringLiteral( "estimatedementia" ), { { QStringLiteral( "INPUT" ), layer( "buurten" ) } } },
      { QStringLiteral( "walkingaccess" ),
        with( facilities, { { QStringLiteral( "ORIGINS" ), layer( "adressen" ) } } ) },
      // A short walk from the three pharmacies: a long walk from every meeting place costs 5 s a run.
      { QStringLiteral( "catchments" ),
        with( facilities, { { QStringLiteral( "TIMES" ), QStringLiteral( "2" ) },
                            { QStringLiteral( "CATEGORY" ), QStringLiteral( "pharmacy" ) } } ) },
      { QStringLiteral( "coverage" ),
        with( facilities, { { QStringLiteral( "AREAS" ), buurten.output() },
                            { QStringLiteral( "ORIGINS" ), buurten.output() },
                            { QStringLiteral( "WEIGHT_FIELD" ), QStringLiteral( "dem_home" ) },
                            { QStringLiteral( "ADDRESSES" ), layer( "adressen" ) },
                            { QStringLiteral( "CATEGORY" ), QStringLiteral( "meeting_place" ) } } ) },
      { QStringLiteral( "neighbourhoodscore" ), score },
      { QStringLiteral( "meetingplacegaps" ),
        with( demand, { { QStringLiteral( "LINK_DISTANCE" ), 250 } } ) },
      { QStringLiteral( "sitemeetingplaces" ),
        with( demand, { { QStringLiteral( "CANDIDATES" ), layer( "woningbouwlocaties" ) },
                        { QStringLiteral( "CANDIDATE_ID_FIELD" ), QStringLiteral( "name" ) },
                        { QStringLiteral( "K" ), 3 } } ) },
      { QStringLiteral( "housingopportunities" ),
        with( demand, { { QStringLiteral( "SITES" ), layer( "woningbouwlocaties" ) },
                        { QStringLiteral( "SITE_ID_FIELD" ), QStringLiteral( "name" ) },
                        { QStringLiteral( "URGENCY_AREAS" ), scored.output() } } ) },
  };
}

QVariantMap withDestinations( const QString &name, QVariantMap parameters, const QString &dir,
                              const QString &tag )
{
  const QgsProcessingAlgorithm *alg =
      QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "dementiafriendly:" ) + name );
  if ( !alg )
    return parameters;
  for ( const QgsProcessingParameterDefinition *d : alg->parameterDefinitions() )
    if ( d->isDestination() )
      parameters.insert( d->name(), dir + QStringLiteral( "/out_%1_%2_%3.%4" )
                                              .arg( name, d->name(), tag,
                                                    d->type() == QLatin1String( "fileDestination" )
                                                        ? QStringLiteral( "html" )
                                                        : QStringLiteral( "gpkg" ) ) );
  return parameters;
}
