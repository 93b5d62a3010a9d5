#include "dfalgorithmsupport.h"

#include "dfversion.h"

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

QString DfSupport::count( long long n )
{
  return QLocale().toString( n );
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

void DfSupport::finishOutput( const QString &destination, const DfStyleSpec &style,
                              const QgsLayerMetadata &metadata, QgsProcessingContext &context,
                              QgsProcessingFeedback *feedback, DfOutputGuard &guard )
{
  DfOutputStyle::persist( destination, style, metadata, feedback );
  DfOutputStyle::attachPostProcessor( context, destination, style, metadata );
  guard.commit();
}
