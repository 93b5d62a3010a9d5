#pragma once
// The one place where QGIS API spellings differ between 3.22 and later 3.x releases. Everything else in the
// plugin uses these names, so a port to a newer LTR touches this file only.

#include <qgsconfig.h>
#include <qgsfield.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#if _QGIS_VERSION_INT >= 33600
#include <qgis.h>
using DfAlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
namespace DfCompat
{
constexpr auto SourceVectorAny = Qgis::ProcessingSourceType::Vector;
constexpr auto SourceVectorPolygon = Qgis::ProcessingSourceType::VectorPolygon;
constexpr auto SourceVectorLine = Qgis::ProcessingSourceType::VectorLine;
constexpr auto SourceVectorPoint = Qgis::ProcessingSourceType::VectorPoint;
constexpr auto FieldAny = Qgis::ProcessingFieldParameterDataType::Any;
constexpr auto NumberDouble = Qgis::ProcessingNumberParameterType::Double;
constexpr auto FieldNumeric = Qgis::ProcessingFieldParameterDataType::Numeric;
constexpr auto SkipGeometryChecks = Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
constexpr auto FileBehaviorFile = Qgis::ProcessingFileParameterBehavior::File;
inline DfAlgorithmFlags defaultFlags()
{
  return Qgis::ProcessingAlgorithmFlag::SupportsBatch | Qgis::ProcessingAlgorithmFlag::CanCancel;
}
} // namespace DfCompat
#else
using DfAlgorithmFlags = QgsProcessingAlgorithm::Flags;
namespace DfCompat
{
constexpr auto SourceVectorAny = QgsProcessing::TypeVector;
constexpr auto SourceVectorPolygon = QgsProcessing::TypeVectorPolygon;
constexpr auto SourceVectorLine = QgsProcessing::TypeVectorLine;
constexpr auto SourceVectorPoint = QgsProcessing::TypeVectorPoint;
constexpr auto FieldAny = QgsProcessingParameterField::Any;
constexpr auto NumberDouble = QgsProcessingParameterNumber::Double;
constexpr auto FieldNumeric = QgsProcessingParameterField::Numeric;
constexpr auto SkipGeometryChecks = QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
constexpr auto FileBehaviorFile = QgsProcessingParameterFile::File;
inline DfAlgorithmFlags defaultFlags()
{
  return QgsProcessingAlgorithm::FlagSupportsBatch | QgsProcessingAlgorithm::FlagCanCancel;
}
} // namespace DfCompat
#endif

namespace DfCompat
{
//! QgsField took QVariant::Type until 3.38 and QMetaType::Type after.
inline QgsField doubleField( const QString &name )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsField( name, QMetaType::Type::Double,
                   QStringLiteral( "double" ) ); // no precision: QGIS would round on write
#else
  return QgsField( name, QVariant::Double,
                   QStringLiteral( "double" ) ); // no precision: QGIS would round on write
#endif
}
inline QgsField integerField( const QString &name )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsField( name, QMetaType::Type::Int, QStringLiteral( "integer" ) );
#else
  return QgsField( name, QVariant::Int, QStringLiteral( "integer" ) );
#endif
}
inline QgsField stringField( const QString &name, int length )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsField( name, QMetaType::Type::QString, QStringLiteral( "string" ), length );
#else
  return QgsField( name, QVariant::String, QStringLiteral( "string" ), length );
#endif
}
} // namespace DfCompat
