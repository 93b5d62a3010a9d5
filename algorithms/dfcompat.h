#pragma once
// The one place where QGIS (and Qt) API spellings differ between the QGIS releases the plugin supports:
// 3.22 (Debian 12), 3.40 LTR (Debian 13), 3.44 LTR (Debian sid) and, as far as it can be checked without a
// package, QGIS 4 on Qt 6. Everything else in the plugin uses the names below;
// tests/compat/check_spellings.sh fails the build's tests when a file outside this header names one of the
// old spellings.
//
// What moved, and when (docs/compatibility.md has the whole table):
//  - 3.30: geometry types, WKB types and distance units became scoped enums in Qgis:: (Qgis::GeometryType,
//          Qgis::WkbType, Qgis::DistanceUnit); QgsField takes QMetaType::Type from 3.38.
//  - 3.36: processing enums and flags became scoped enums in Qgis:: (source types, parameter flags, number
//  and
//          field parameter types, algorithm flags, feature-source flags, file behaviour) and feature-request
//          flags became Qgis::FeatureRequestFlag. The old names stay as deprecated aliases in 3.36-3.44 and
//          are gone in QGIS 4.

#include <qgsconfig.h>
#include <qgsfeaturerequest.h>
#include <qgsfield.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgswkbtypes.h>

#include <qgsmaplayer.h>

#include <QDomDocument>
#include <QList>

#include <initializer_list>

#if _QGIS_VERSION_INT >= 33000
#include <qgis.h>
#endif
#if _QGIS_VERSION_INT >= 34400
#include <qgssldexportcontext.h>
#endif

namespace DfCompat
{
// --- Geometry types, WKB types, distance units (moved in 3.30) -------------------------------------------
#if _QGIS_VERSION_INT >= 33000
using GeometryType = Qgis::GeometryType;
using WkbType = Qgis::WkbType;
using DistanceUnit = Qgis::DistanceUnit;
constexpr auto GeometryPoint = Qgis::GeometryType::Point;
constexpr auto GeometryLine = Qgis::GeometryType::Line;
constexpr auto GeometryPolygon = Qgis::GeometryType::Polygon;
constexpr auto WkbUnknown = Qgis::WkbType::Unknown;
constexpr auto WkbPoint = Qgis::WkbType::Point;
constexpr auto WkbMultiPolygon = Qgis::WkbType::MultiPolygon;
constexpr auto DistanceMeters = Qgis::DistanceUnit::Meters;
#else
using GeometryType = QgsWkbTypes::GeometryType;
using WkbType = QgsWkbTypes::Type;
using DistanceUnit = QgsUnitTypes::DistanceUnit;
constexpr auto GeometryPoint = QgsWkbTypes::PointGeometry;
constexpr auto GeometryLine = QgsWkbTypes::LineGeometry;
constexpr auto GeometryPolygon = QgsWkbTypes::PolygonGeometry;
constexpr auto WkbUnknown = QgsWkbTypes::Unknown;
constexpr auto WkbPoint = QgsWkbTypes::Point;
constexpr auto WkbMultiPolygon = QgsWkbTypes::MultiPolygon;
constexpr auto DistanceMeters = QgsUnitTypes::DistanceMeters;
#endif

// --- Processing (moved in 3.36) ----------------------------------------------------------------------------
#if _QGIS_VERSION_INT >= 33600
using AlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
using SourceType = Qgis::ProcessingSourceType;
constexpr auto SourceVectorAny = Qgis::ProcessingSourceType::Vector;
constexpr auto SourceVectorPolygon = Qgis::ProcessingSourceType::VectorPolygon;
constexpr auto SourceVectorLine = Qgis::ProcessingSourceType::VectorLine;
constexpr auto SourceVectorPoint = Qgis::ProcessingSourceType::VectorPoint;
constexpr auto FieldAny = Qgis::ProcessingFieldParameterDataType::Any;
constexpr auto FieldNumeric = Qgis::ProcessingFieldParameterDataType::Numeric;
constexpr auto NumberDouble = Qgis::ProcessingNumberParameterType::Double;
constexpr auto NumberInteger = Qgis::ProcessingNumberParameterType::Integer;
constexpr auto SkipGeometryChecks = Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
constexpr auto FileBehaviorFile = Qgis::ProcessingFileParameterBehavior::File;
constexpr auto ParameterAdvanced = Qgis::ProcessingParameterFlag::Advanced;
constexpr auto RequestNoGeometry = Qgis::FeatureRequestFlag::NoGeometry;
constexpr auto NoThreading = Qgis::ProcessingAlgorithmFlag::NoThreading;
constexpr auto CanCancel = Qgis::ProcessingAlgorithmFlag::CanCancel;
constexpr auto InvalidGeometryAbort = Qgis::InvalidGeometryCheck::AbortOnInvalid;
inline AlgorithmFlags defaultFlags()
{
  return Qgis::ProcessingAlgorithmFlag::SupportsBatch | Qgis::ProcessingAlgorithmFlag::CanCancel;
}
#else
using AlgorithmFlags = QgsProcessingAlgorithm::Flags;
using SourceType = QgsProcessing::SourceType;
constexpr auto SourceVectorAny = QgsProcessing::TypeVector;
constexpr auto SourceVectorPolygon = QgsProcessing::TypeVectorPolygon;
constexpr auto SourceVectorLine = QgsProcessing::TypeVectorLine;
constexpr auto SourceVectorPoint = QgsProcessing::TypeVectorPoint;
constexpr auto FieldAny = QgsProcessingParameterField::Any;
constexpr auto FieldNumeric = QgsProcessingParameterField::Numeric;
constexpr auto NumberDouble = QgsProcessingParameterNumber::Double;
constexpr auto NumberInteger = QgsProcessingParameterNumber::Integer;
constexpr auto SkipGeometryChecks = QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
constexpr auto FileBehaviorFile = QgsProcessingParameterFile::File;
constexpr auto ParameterAdvanced = QgsProcessingParameterDefinition::FlagAdvanced;
constexpr auto RequestNoGeometry = QgsFeatureRequest::NoGeometry;
constexpr auto NoThreading = QgsProcessingAlgorithm::FlagNoThreading;
constexpr auto CanCancel = QgsProcessingAlgorithm::FlagCanCancel;
constexpr auto InvalidGeometryAbort = QgsFeatureRequest::GeometryAbortOnInvalid;
inline AlgorithmFlags defaultFlags()
{
  return QgsProcessingAlgorithm::FlagSupportsBatch | QgsProcessingAlgorithm::FlagCanCancel;
}
#endif

//! The layer types a source parameter accepts: a QList<int> in every version, of scoped enums from 3.36.
inline QList<int> sourceTypes( std::initializer_list<SourceType> types )
{
  QList<int> list;
  for ( const SourceType t : types )
    list << static_cast<int>( t );
  return list;
}

//! Marks a parameter (a raw or smart pointer to it) as advanced: collapsed in the dialog.
template <typename ParameterPointer> void setAdvanced( const ParameterPointer &parameter )
{
  parameter->setFlags( parameter->flags() | ParameterAdvanced );
}

// --- Fields (QgsField took QVariant::Type until 3.36 and QMetaType::Type from 3.38)
// --------------------------
#if _QGIS_VERSION_INT >= 33800
constexpr auto TypeDouble = QMetaType::Type::Double;
constexpr auto TypeInt = QMetaType::Type::Int;
constexpr auto TypeString = QMetaType::Type::QString;
#else
constexpr auto TypeDouble = QVariant::Double;
constexpr auto TypeInt = QVariant::Int;
constexpr auto TypeString = QVariant::String;
#endif

//! A double field without precision: QGIS would round on write.
inline QgsField doubleField( const QString &name )
{
  return QgsField( name, TypeDouble, QStringLiteral( "double" ) );
}
inline QgsField integerField( const QString &name )
{
  return QgsField( name, TypeInt, QStringLiteral( "integer" ) );
}
inline QgsField stringField( const QString &name, int length )
{
  return QgsField( name, TypeString, QStringLiteral( "string" ), length );
}

// --- Styles (exportSldStyle deprecated in 3.44 for exportSldStyleV3 with an export context)
// -----------------
//! The layer's style as an SLD document (text); error is set when QGIS reports one.
inline QString sldStyle( const QgsMapLayer &layer, QString &error )
{
#if _QGIS_VERSION_INT >= 34400
  QgsSldExportContext context;
  const QDomDocument sld = layer.exportSldStyleV3( context );
  error = context.errors().join( QLatin1Char( '\n' ) );
#else
  QDomDocument sld;
  layer.exportSldStyle( sld, error );
#endif
  return sld.toString();
}
} // namespace DfCompat

// Kept for the algorithms' flags() declarations.
using DfAlgorithmFlags = DfCompat::AlgorithmFlags;
