#include "options.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace gentown
{

const char *usageText()
{
  return "usage: df_gentown --out FILE.gpkg [--seed N (default 1)] [--scale K (default 1, max 30)] "
         "[--homes-per-segment F]";
}

namespace
{

bool parseUnsigned( const std::string &text, uint64_t &value )
{
  if ( text.empty() || text[0] == '-' || text[0] == '+' )
    return false;
  errno = 0;
  char *end = nullptr;
  const unsigned long long v = std::strtoull( text.c_str(), &end, 10 );
  if ( errno != 0 || end == text.c_str() || *end != '\0' )
    return false;
  value = v;
  return true;
}

bool parseDouble( const std::string &text, double &value )
{
  errno = 0;
  char *end = nullptr;
  const double v = std::strtod( text.c_str(), &end );
  if ( errno != 0 || end == text.c_str() || *end != '\0' || !std::isfinite( v ) )
    return false;
  value = v;
  return true;
}

} // namespace

std::string parseOptions( int argc, char **argv, Options &options )
{
  for ( int i = 1; i < argc; ++i )
  {
    const std::string arg = argv[i];
    if ( arg == "--help" || arg == "-h" )
      return "help requested";
    if ( arg != "--out" && arg != "--seed" && arg != "--scale" && arg != "--homes-per-segment" )
      return "unknown argument '" + arg + "'";
    if ( i + 1 >= argc )
      return "missing value after " + arg;
    const std::string value = argv[++i];
    if ( arg == "--out" )
    {
      if ( value.empty() )
        return "--out needs a file name";
      options.out = value;
    }
    else if ( arg == "--seed" )
    {
      if ( !parseUnsigned( value, options.seed ) )
        return "--seed must be a non-negative integer, got '" + value + "'";
    }
    else if ( arg == "--scale" )
    {
      uint64_t k = 0;
      // 30 x 30 towns still fit inside the valid RD New extent from the chosen origin.
      if ( !parseUnsigned( value, k ) || k < 1 || k > 30 )
        return "--scale must be an integer from 1 to 30, got '" + value + "'";
      options.scale = static_cast<int>( k );
    }
    else
    {
      double f = 0;
      if ( !parseDouble( value, f ) || f <= 0 || f > 50 )
        return "--homes-per-segment must be a number > 0 and <= 50, got '" + value + "'";
      options.homesPerSegment = f;
    }
  }
  if ( options.out.empty() )
    return "--out FILE.gpkg is required";
  return {};
}

} // namespace gentown
