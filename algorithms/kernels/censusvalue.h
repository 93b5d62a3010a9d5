#pragma once
// Reading a population figure as it comes out of CBS files and registers: secrecy codes, nulls, text in
// number fields and negatives must never turn into a population. Plain C++ (no Qt, no QGIS).

#include <optional>
#include <string>

namespace dfn
{

//! A cell of an attribute table, already unwrapped from the GIS's variant type.
struct RawValue
{
  enum class Kind
  {
    Null,
    Number,
    Text
  };
  Kind kind = Kind::Null;
  double number = 0;
  std::string text;

  static RawValue null() { return {}; }
  static RawValue fromNumber( double v ) { return { Kind::Number, v, {} }; }
  static RawValue fromText( std::string t ) { return { Kind::Text, 0, std::move( t ) }; }
};

//! Why a value cannot be used. The codes are written to the output (dem_flag): keep them stable.
enum class ValueProblem
{
  None,
  Missing,      //!< null or empty
  Secret,       //!< CBS secrecy code -99997 or -99999999 (too few inhabitants to publish)
  NotPublished, //!< CBS -99995 (not yet published) or -99996/-99998 (not applicable)
  Negative,     //!< any other negative value
  NotANumber,   //!< text that is not a number, NaN, infinity
  Impossible    //!< a percentage above 100, or any value above MaxCensusValue
};

//! The largest value accepted (10^12: more people than the world has, more square metres than the
//! Netherlands). Above it a value is junk, typically 1e308 or "1e308" written by a broken export, and is
//! refused as Impossible, so that sums over many features stay finite and nothing divides infinities.
inline constexpr double MaxCensusValue = 1e12;

const char *problemCode( ValueProblem p ); //!< "secret", "missing", …

struct CheckedValue
{
  std::optional<double> value;
  ValueProblem problem = ValueProblem::None;
};

//! A count (persons): finite, not negative, not a CBS code, at most MaxCensusValue. Text holding a number
//! ("1234", "12,5", "1e3") is accepted; text for a number that is not finite ("inf", "-inf", "nan",
//! "infinity", "1e309") is NotANumber, text above MaxCensusValue ("1e308") Impossible, exactly as the same
//! values given as numbers. A value is never returned together with a problem.
CheckedValue checkCount( const RawValue &raw );
//! A percentage: as a count, and at most 100.
CheckedValue checkPercentage( const RawValue &raw );

} // namespace dfn
