#include "dfqgisvalues.h"

#include <qgsfields.h>

#include <cmath>

dfn::RawValue DfValues::toRaw( const QVariant &v )
{
  if ( v.isNull() || !v.isValid() )
    return dfn::RawValue::null();
  // userType() and QMetaType ids: QVariant's own type() and Type enum are gone in Qt 6.
  switch ( v.userType() )
  {
  case QMetaType::Int:
  case QMetaType::UInt:
  case QMetaType::LongLong:
  case QMetaType::ULongLong:
  case QMetaType::Double:
  case QMetaType::Float:
    return dfn::RawValue::fromNumber( v.toDouble() );
  default:
    break;
  }
  return dfn::RawValue::fromText( v.toString().toStdString() );
}

std::optional<double> DfValues::flagValue( const QVariant &v )
{
  if ( v.isNull() || !v.isValid() )
    return std::nullopt;
  if ( v.userType() == QMetaType::Bool )
    return v.toBool() ? 1.0 : 0.0;
  const QString text = v.toString().trimmed().toLower();
  for ( const char *yes : { "ja", "yes", "true", "j", "y", "waar" } )
    if ( text == QLatin1String( yes ) )
      return 1.0;
  for ( const char *no : { "nee", "no", "false", "n", "onwaar" } )
    if ( text == QLatin1String( no ) )
      return 0.0;
  bool ok = false;
  const double number = text.toDouble( &ok );
  return ok && std::isfinite( number ) ? std::optional<double>( number ) : std::nullopt;
}

std::vector<std::string> DfValues::fieldNames( const QgsFields &fields )
{
  std::vector<std::string> names;
  for ( const QgsField &f : fields )
    names.push_back( f.name().toStdString() );
  return names;
}

std::vector<std::vector<QString>> DfValues::matrixRows( const QVariantList &flat, int columns )
{
  std::vector<std::vector<QString>> rows;
  for ( int i = 0; i + columns <= flat.size(); i += columns )
  {
    std::vector<QString> row;
    bool empty = true;
    for ( int c = 0; c < columns; ++c )
    {
      row.push_back( flat.at( i + c ).toString().trimmed() );
      empty = empty && row.back().isEmpty();
    }
    if ( !empty )
      rows.push_back( row );
  }
  return rows;
}
