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
