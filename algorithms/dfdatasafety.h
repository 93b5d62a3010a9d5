#pragma once
// Never destroy a user's data (docs/robustness.md, "Data safety"). Every algorithm of the provider goes
// through these checks before it writes anything:
//  - checkDestinations(): each destination (sink or file) against every input and every other destination;
//    a whole file is never replaced when it holds layers this plugin did not write.
//  - createSink(): the format must hold the output's field names; a whole-file output is written inside a
//    folder "<name>.<PARAMETER>.incomplete" beside the target and moved into place only by
//    DfOutputGuard::publish(), so a killed run leaves a recognisable folder and a failed one leaves the
//    previous file as it was.

#include "dfcompat.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeaturesink.h>
#include <qgsfields.h>

#include <QString>
#include <QVariantMap>

#include <memory>

class DfOutputGuard;
class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace DfDataSafety
{
//! Throws a QgsProcessingException naming both parameters and their files/layers when a destination of
//! \a algorithm would write over one of its inputs or another of its destinations, or would replace a file
//! that holds layers this plugin did not write, or lies in a folder that is missing or not writable.
void checkDestinations( const QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                        QgsProcessingContext &context );

//! Throws when the format of \a destination (Shapefile, dBase) limits field names to 10 characters and a name
//! in \a fields is longer: the driver would rename it, and styles and models would miss it.
void checkFieldNames( const QString &parameter, const QString &destination, const QgsFields &fields );

//! parameterAsSink() with the checks above: refuses field names the format cannot hold, writes a whole-file
//! output under a temporary folder (published by \a guard), and sets up \a guard. Throws when the sink
//! cannot be created. \a destination receives the sink's destination (temporary until published).
std::unique_ptr<QgsFeatureSink> createSink( const QgsProcessingAlgorithm *algorithm,
                                            const QVariantMap &parameters, const QString &parameter,
                                            QgsProcessingContext &context, DfOutputGuard &guard,
                                            QString &destination, const QgsFields &fields,
                                            DfCompat::WkbType type, const QgsCoordinateReferenceSystem &crs,
                                            QgsFeatureSink::SinkFlags flags = QgsFeatureSink::SinkFlags() );

//! The folder a whole-file output \a path of \a parameter is written in until it is complete, beside it:
//! "<file name>.<parameter>.incomplete" (the name cut to 100 characters).
QString incompleteFolder( const QString &path, const QString &parameter );
} // namespace DfDataSafety
