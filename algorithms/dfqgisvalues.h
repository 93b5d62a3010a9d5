#pragma once
// Conversions between QGIS types and the kernels' plain types, shared by all algorithms.

#include "censusvalue.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

class QgsFields;
class QgsProcessingFeedback;

namespace DfValues
{
//! A cell of an attribute table as the kernels see it.
dfn::RawValue toRaw( const QVariant &v );

inline std::string toStd( const QString &s )
{
  return s.toStdString();
}
inline QString fromStd( const std::string &s )
{
  return QString::fromStdString( s );
}
std::vector<std::string> fieldNames( const QgsFields &fields );

//! A yes/no attribute (lift, corporation ownership, shared space) as 1 or 0: a boolean, a number (as it is,
//! for the caller to judge), or text such as ja/nee, yes/no, true/false, j/n. Empty for anything else.
std::optional<double> flagValue( const QVariant &v );

//! A matrix parameter (a flat list, row by row) as rows of strings; rows that are entirely empty are dropped.
std::vector<std::vector<QString>> matrixRows( const QVariantList &flat, int columns );
} // namespace DfValues
