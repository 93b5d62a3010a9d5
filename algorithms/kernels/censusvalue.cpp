#include "censusvalue.h"

#include <charconv>
#include <cmath>

namespace dfn
{

const char *problemCode( ValueProblem p )
{
  switch ( p )
  {
  case ValueProblem::None:
    return "";
  case ValueProblem::Missing:
    return "missing";
  case ValueProblem::Secret:
    return "secret";
  case ValueProblem::NotPublished:
    return "not_published";
  case ValueProblem::Negative:
    return "negative";
  case ValueProblem::NotANumber:
    return "not_a_number";
  case ValueProblem::Impossible:
    return "impossible";
  }
  return "unknown";
}

namespace
{
std::string trimmed( const std::string &s )
{
  const size_t b = s.find_first_not_of( " \t\r\n" );
  if ( b == std::string::npos )
    return {};
  const size_t e = s.find_last_not_of( " \t\r\n" );
  return s.substr( b, e - b + 1 );
}

//! Parses the whole string as a number in the C locale; a lone decimal comma (Dutch spreadsheets) counts as a
//! point.
std::optional<double> parseNumber( std::string s )
{
  if ( s.find( '.' ) == std::string::npos && s.find( ',' ) != std::string::npos &&
       s.find( ',' ) == s.rfind( ',' ) )
    s[s.find( ',' )] = '.';
  double v = 0;
  const char *end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars( s.data(), end, v );
  if ( ec != std::errc() || ptr != end )
    return std::nullopt;
  return v;
}

ValueProblem classifyNumber( double v )
{
  if ( !std::isfinite( v ) )
    return ValueProblem::NotANumber;
  if ( v == -99997.0 || v == -99999999.0 )
    return ValueProblem::Secret;
  if ( v == -99995.0 || v == -99996.0 || v == -99998.0 )
    return ValueProblem::NotPublished;
  if ( v < 0 )
    return ValueProblem::Negative;
  if ( v > MaxCensusValue )
    return ValueProblem::Impossible;
  return ValueProblem::None;
}
} // namespace

CheckedValue checkCount( const RawValue &raw )
{
  double v = raw.number;
  switch ( raw.kind )
  {
  case RawValue::Kind::Null:
    return { std::nullopt, ValueProblem::Missing };
  case RawValue::Kind::Text:
  {
    const std::string t = trimmed( raw.text );
    if ( t.empty() )
      return { std::nullopt, ValueProblem::Missing };
    const std::optional<double> parsed = parseNumber( t );
    if ( !parsed )
      return { std::nullopt, ValueProblem::NotANumber };
    v = *parsed;
    break;
  }
  case RawValue::Kind::Number:
    break;
  }
  const ValueProblem p = classifyNumber( v );
  if ( p != ValueProblem::None )
    return { std::nullopt, p };
  return { v, ValueProblem::None };
}

CheckedValue checkPercentage( const RawValue &raw )
{
  CheckedValue c = checkCount( raw );
  if ( c.value && *c.value > 100.0 )
    return { std::nullopt, ValueProblem::Impossible };
  return c;
}

} // namespace dfn
