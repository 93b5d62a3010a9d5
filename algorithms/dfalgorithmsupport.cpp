#include "dfalgorithmsupport.h"

#include "dfversion.h"

#include <qgsfeaturesink.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <limits>

QString DfSupport::count( long long n )
{
  return QLocale().toString( n );
}

namespace
{
//! The range a numeric parameter allows, for a message: "from 0.1 to 3", "0 or more", "any finite number".
QString allowedRange( const QgsProcessingParameterNumber *numeric )
{
  const double lowest = std::numeric_limits<double>::lowest(), highest = std::numeric_limits<double>::max();
  const bool hasMin = numeric && numeric->minimum() > lowest;
  const bool hasMax = numeric && numeric->maximum() < highest;
  const QLocale c = QLocale::c();
  if ( hasMin && hasMax )
    return QCoreApplication::translate( "DfSupport", "a number from %1 to %2" )
        .arg( c.toString( numeric->minimum(), 'g', 15 ), c.toString( numeric->maximum(), 'g', 15 ) );
  if ( hasMin )
    return QCoreApplication::translate( "DfSupport", "a number of %1 or more" )
        .arg( c.toString( numeric->minimum(), 'g', 15 ) );
  if ( hasMax )
    return QCoreApplication::translate( "DfSupport", "a number of at most %1" )
        .arg( c.toString( numeric->maximum(), 'g', 15 ) );
  return QCoreApplication::translate( "DfSupport", "a finite number" );
}

const QgsProcessingParameterNumber *numberDefinition( const QgsProcessingParameterDefinition *definition )
{
  if ( definition && ( definition->type() == QgsProcessingParameterNumber::typeName() ||
                       definition->type() == QgsProcessingParameterDistance::typeName() ) )
    return static_cast<const QgsProcessingParameterNumber *>( definition );
  return nullptr;
}
} // namespace

double DfSupport::number( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                          const QString &name, QgsProcessingContext &context )
{
  const QgsProcessingParameterDefinition *definition = algorithm->parameterDefinition( name );
  const QgsProcessingParameterNumber *numeric = numberDefinition( definition );
  const double value = QgsProcessingParameters::parameterAsDouble( definition, parameters, context );
  const QVariant raw = parameters.value( name );
  QString given = raw.userType() == QMetaType::QString ? raw.toString() : QString();
  if ( given.isEmpty() )
    given = QLocale::c().toString( value, 'g', 17 );
  const QString label =
      definition ? QStringLiteral( "%1 (%2)" ).arg( name, definition->description() ) : name;
  if ( !std::isfinite( value ) )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport",
                                     "Parameter %1 is \"%2\", which is not a finite number: give "
                                     "%3." )
            .arg( label, given, allowedRange( numeric ) ) );
  if ( numeric && ( value < numeric->minimum() || value > numeric->maximum() ) )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport", "Parameter %1 is %2, outside its range: give %3." )
            .arg( label, given, allowedRange( numeric ) ) );
  return value;
}

long long DfSupport::integer( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                              const QString &name, QgsProcessingContext &context )
{
  const double value = number( algorithm, parameters, name, context );
  if ( value != std::floor( value ) || std::fabs( value ) > 1e15 )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport", "Parameter %1 is %2: give a whole number." )
            .arg( name, QLocale::c().toString( value, 'g', 17 ) ) );
  return static_cast<long long>( value );
}

QString DfSupport::layerName( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                              const QString &parameter, QgsProcessingContext &context,
                              const QgsFeatureSource *source )
{
  QString name = source ? source->sourceName() : parameter;
  const QgsProcessingParameterDefinition *definition = algorithm->parameterDefinition( parameter );
  if ( QgsVectorLayer *vl =
           QgsProcessingParameters::parameterAsVectorLayer( definition, parameters, context ) )
  {
    const QString sub = QgsProviderRegistry::instance()
                            ->decodeUri( vl->providerType(), vl->source() )
                            .value( QStringLiteral( "layerName" ) )
                            .toString();
    if ( !sub.isEmpty() )
      name = sub;
  }
  return name;
}

QString DfSupport::requestedDestination( const QVariantMap &parameters, const QString &parameter,
                                         QgsProcessingContext &context )
{
  QVariant requested = parameters.value( parameter );
  if ( requested.canConvert<QgsProcessingOutputLayerDefinition>() )
    requested = requested.value<QgsProcessingOutputLayerDefinition>().sink.valueAsString(
        context.expressionContext() );
  return requested.toString();
}

QString DfSupport::writeFeatureError( QgsFeatureSink *sink, const QVariantMap &parameters,
                                      const QString &parameter, QgsProcessingContext &context )
{
  const QString reason = sink ? sink->lastError().trimmed() : QString();
  return QCoreApplication::translate(
             "DfSupport",
             "Could not write a feature into %1 (\"%2\"): %3. Check that the folder is writable "
             "and the disk has room; a Shapefile holds no text longer than 254 characters, so write "
             "to a GeoPackage (.gpkg) instead." )
      .arg( parameter, requestedDestination( parameters, parameter, context ),
            reason.isEmpty() ? QCoreApplication::translate( "DfSupport", "the data provider gave no reason" )
                             : reason );
}

QgsLayerMetadata DfSupport::metadata( const QString &title, const QString &algorithmId,
                                      const QStringList &description, const QStringList &keywords,
                                      const QVariantMap &parameters )
{
  QgsLayerMetadata md;
  md.setTitle( title );
  md.setType( QStringLiteral( "dataset" ) );
  const QString made =
      QCoreApplication::translate( "DfSupport", "Made with the QGIS plugin Dementia-friendly "
                                                "neighbourhoods %1, algorithm %2, on %3." )
          .arg( QStringLiteral( DF_VERSION ), algorithmId,
                QDateTime::currentDateTime().toString( Qt::ISODate ) );
  md.setAbstract( ( QStringList() << made << description ).join( QLatin1Char( '\n' ) ) );
  md.setKeywords( { { keywords.value( 0 ), keywords } } );
  md.addHistoryItem( made );
  for ( auto it = parameters.constBegin(); it != parameters.constEnd(); ++it )
  {
    QVariant v = it.value();
    if ( v.canConvert<QgsProcessingOutputLayerDefinition>() )
      continue;
    if ( v.canConvert<QgsProcessingFeatureSourceDefinition>() )
      v = v.value<QgsProcessingFeatureSourceDefinition>().source.staticValue();
    const QString text =
        v.userType() == QMetaType::QVariantList ? v.toStringList().join( ',' ) : v.toString();
    md.addHistoryItem( QStringLiteral( "%1 = %2" ).arg( it.key(), text ) );
  }
  return md;
}

QgsFields DfSupport::withAddedFields( const QgsFields &input, const QgsFields &added, QList<int> &kept,
                                      QgsProcessingFeedback *feedback )
{
  QgsFields out;
  kept.clear();
  for ( int i = 0; i < input.count(); ++i )
  {
    if ( added.lookupField( input.at( i ).name() ) >= 0 )
    {
      feedback->pushWarning(
          QCoreApplication::translate( "DfSupport", "The input field \"%1\" is replaced by the new result." )
              .arg( input.at( i ).name() ) );
      continue;
    }
    out.append( input.at( i ) );
    kept << i;
  }
  for ( const QgsField &f : added )
    out.append( f );
  return out;
}

void DfSupport::finishOutput( QString &destination, const DfStyleSpec &style,
                              const QgsLayerMetadata &metadata, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback, DfOutputGuard &guard )
{
  if ( feedback && feedback->isCanceled() )
  {
    guard.discard();
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport", "Cancelled: the incomplete output was removed." ) );
  }
  destination = guard.publish( context );
  DfOutputStyle::persist( destination, style, metadata, feedback );
  DfOutputStyle::attachPostProcessor( context, destination, style, metadata );
  guard.commit();
}

QString DfSupport::problemText( const QString &code )
{
  static const std::pair<const char *, const char *> texts[] = {
      { "missing", QT_TRANSLATE_NOOP( "DfSupport", "missing (empty)" ) },
      { "secret", QT_TRANSLATE_NOOP( "DfSupport", "secret (CBS secrecy code)" ) },
      { "not_published", QT_TRANSLATE_NOOP( "DfSupport", "not published (CBS)" ) },
      { "negative", QT_TRANSLATE_NOOP( "DfSupport", "negative" ) },
      { "not_a_number", QT_TRANSLATE_NOOP( "DfSupport", "not a number" ) },
      { "impossible", QT_TRANSLATE_NOOP( "DfSupport", "impossible value" ) },
      { "zero", QT_TRANSLATE_NOOP( "DfSupport", "zero" ) },
  };
  for ( const auto &[id, text] : texts )
    if ( code == QLatin1String( id ) )
      return QCoreApplication::translate( "DfSupport", text );
  return QStringLiteral( "'%1'" ).arg( code );
}
