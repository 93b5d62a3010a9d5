#pragma once
// Plumbing every algorithm of the provider shares: the name a user knows a layer by, the destination the user
// asked for, and the metadata written with each output.

#include "dfoutputguard.h"
#include "dfoutputstyle.h"

#include <qgsexception.h>
#include <qgsfields.h>
#include <qgslayermetadata.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <string_view>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsFeatureSource;
class QgsFeatureSink;

namespace DfSupport
{
//! The layer's name as the user knows it: for "town.gpkg|layername=buurten" that is "buurten", not "town".
QString layerName( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                   const QString &parameter, QgsProcessingContext &context, const QgsFeatureSource *source );

//! The raw destination of a sink parameter, for DfOutputGuard. Not parameterAsOutputLayer(): that also adds
//! the output to the layers to load on completion, under a second key that cannot be loaded.
QString requestedDestination( const QVariantMap &parameters, const QString &parameter,
                              QgsProcessingContext &context );

//! "Could not write a feature into OUTPUT" with where, the sink's own reason (QgsFeatureSink::lastError(),
//! which QGIS 3.22's writeFeatureError() leaves out) and what to do.
QString writeFeatureError( QgsFeatureSink *sink, const QVariantMap &parameters, const QString &parameter,
                           QgsProcessingContext &context );

//! Metadata for an output: title, the algorithm and date, the lines that describe the run, every parameter.
QgsLayerMetadata metadata( const QString &title, const QString &algorithmId, const QStringList &description,
                           const QStringList &keywords, const QVariantMap &parameters );

//! A count for a message, in the user's locale ("7.403" in Dutch).
QString count( long long n );

//! The numeric parameter \a name (a QgsProcessingParameterNumber or ...Distance), checked by the plugin
//! itself: finite, and within the definition's minimum and maximum. QGIS 3.22's own range check lets NaN
//! through (every comparison with NaN is false), so every algorithm reads its numbers here. Throws a
//! message naming the parameter, the value given and the range to give.
double number( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters, const QString &name,
               QgsProcessingContext &context );
//! As number(), and a whole number for an integer parameter.
long long integer( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                   const QString &name, QgsProcessingContext &context );

//! Reads a profile file (.dfprofile, .dfsites) with the kernel's \a parse, which returns {profile, error}.
//! Throws a message naming the file, and the line for a mistake in it. \a text receives the file's text.
template <class Parse>
auto readProfile( const QString &path, Parse parse, QString *text = nullptr )
    -> decltype( parse( "" ).profile )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport", "Cannot read the profile \"%1\": %2" )
            .arg( path, file.errorString() ) );
  const QByteArray bytes = file.readAll();
  auto parsed = parse( std::string_view( bytes.constData(), static_cast<size_t>( bytes.size() ) ) );
  if ( !parsed.error.empty() )
    throw QgsProcessingException(
        QCoreApplication::translate( "DfSupport", "Profile \"%1\": %2" )
            .arg( QFileInfo( path ).fileName(), QString::fromStdString( parsed.error ) ) );
  if ( text )
    *text = QString::fromUtf8( bytes );
  return std::move( parsed.profile );
}

//! \a parameter with its help text (shown as the tooltip in the dialog and by qgis_process help), for
//! addParameter( DfSupport::withHelp( new QgsProcessingParameter…( … ), tr( "…" ) ) ).
template <class Parameter> Parameter *withHelp( Parameter *parameter, const QString &help )
{
  parameter->setHelp( help );
  return parameter;
}

//! The output fields: the input's fields, except those the new ones replace (with a warning naming each),
//! then \a added. \a kept receives the indices of the input fields that stay, in order.
QgsFields withAddedFields( const QgsFields &input, const QgsFields &added, QList<int> &kept,
                           QgsProcessingFeedback *feedback );

//! Stores style and metadata with a closed output, styles it when the desktop loads it, and keeps it. A run
//! cancelled by then is not finished: the output is discarded and the "cancelled" error thrown. A staged
//! output is first moved into place (DfOutputGuard::publish), and \a destination becomes the final one.
void finishOutput( QString &destination, const DfStyleSpec &style, const QgsLayerMetadata &metadata,
                   QgsProcessingContext &context, QgsProcessingFeedback *feedback, DfOutputGuard &guard );

//! Why a value could not be used, for the log in the user's language, from the kernels' problem code
//! (dfn::problemCode: "secret", "missing", …); a code it does not know is returned in quotes.
QString problemText( const QString &code );
} // namespace DfSupport
