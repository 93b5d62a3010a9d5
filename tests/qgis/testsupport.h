#pragma once
// What the QGIS-level tests share: a feedback that records the log, running an algorithm through the
// processing registry the way QGIS does, and reading layers back. The tests' main() is in testmain.cpp.

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgspointxy.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

//! Keeps every message the algorithm sends, so tests can assert on the log.
class RecordingFeedback : public QgsProcessingFeedback
{
public:
  void pushInfo( const QString &info ) override;
  void pushWarning( const QString &warning ) override;
  void reportError( const QString &error, bool fatalError = false ) override;
  QString all() const { return ( infos + warnings + errors ).join( QLatin1Char( '\n' ) ); }

  QStringList infos, warnings, errors;
};

struct RunResult
{
  bool ok = false;
  QVariantMap outputs;
  QString log;
  QStringList warnings, errors;

  double number( const QString &key ) const { return outputs.value( key ).toDouble(); }
  QString output() const { return outputs.value( QStringLiteral( "OUTPUT" ) ).toString(); }
};

//! Runs \a algorithmId with a fresh context (which owns the layers it loads from paths).
RunResult runAlgorithmById( const QString &algorithmId, const QVariantMap &parameters,
                            RecordingFeedback *feedback = nullptr,
                            const std::function<void( QgsProcessingContext & )> &setup = {} );

std::unique_ptr<QgsVectorLayer> openLayer( const QString &uri );
std::vector<QgsFeature> featuresOf( QgsVectorLayer *layer );
//! A number from an attribute, or nullopt for NULL; fails the test for text that is not a number.
std::optional<double> numberOf( const QgsFeature &f, const QString &field );
std::string text( const QString &s );

//! A memory layer with features given as WKT in metres from \a origin (the fixtures are drawn near the
//! origin and moved into the Netherlands) and their attributes. An empty WKT gives a feature without
//! geometry.
std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QString &name,
                                             const std::vector<std::pair<QString, QVariantList>> &features,
                                             const QgsPointXY &origin = QgsPointXY( 150000, 450000 ) );
//! A WKT geometry moved by \a origin.
QgsGeometry at( const QString &wkt, const QgsPointXY &origin = QgsPointXY( 150000, 450000 ) );
//! The features of a layer by the text of a key field.
std::map<QString, QgsFeature> byKey( QgsVectorLayer *layer, const QString &key );

//! Parameters for one run of each of the eight algorithms on the sample town \a town (a GeoPackage), keyed by
//! the algorithm's name without the provider, without their destinations (see withDestinations). The inputs
//! the later algorithms read (people with dementia per buurt and cell, the score) are made in \a dir first;
//! empty (with a test failure) when they cannot be.
std::map<QString, QVariantMap> sampleTownCases( const QString &town, const QString &dir );
//! \a parameters with a fresh file in \a dir for every destination of algorithm \a name (OUTPUT, GAP_AREAS,
//! REPORT, ...), named out_<name>_<parameter>_<tag>.
QVariantMap withDestinations( const QString &name, QVariantMap parameters, const QString &dir,
                              const QString &tag );
