#include "walkability.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dfn
{

namespace
{
std::string lower( std::string s )
{
  std::transform( s.begin(), s.end(), s.begin(), []( unsigned char c ) { return std::tolower( c ); } );
  return s;
}
std::string trimmed( const std::string &s )
{
  const auto b = s.find_first_not_of( " \t" );
  if ( b == std::string::npos )
    return {};
  return s.substr( b, s.find_last_not_of( " \t" ) - b + 1 );
}
bool endsWith( const std::string &s, const std::string &suffix )
{
  return s.size() >= suffix.size() && s.compare( s.size() - suffix.size(), suffix.size(), suffix ) == 0;
}
} // namespace

bool osmWalkable( const std::string &highway, const std::string &otherTags )
{
  const std::string h = lower( trimmed( highway ) );
  if ( h.empty() )
    return false;
  static const std::array<const char *, 7> excluded = {
      "motorway", "trunk", "construction", "proposed", "raceway", "bus_guideway", "abandoned" };
  for ( const char *x : excluded )
    if ( h == x )
      return false;
  if ( endsWith( h, "_link" ) )
    return false;
  const std::string tags = lower( otherTags );
  auto tagged = [&]( const char *key, const char *value )
  { return tags.find( std::string( "\"" ) + key + "\"=>\"" + value + "\"" ) != std::string::npos; };
  if ( tagged( "foot", "no" ) || tagged( "foot", "private" ) )
    return false;
  const bool footAllowed =
      tagged( "foot", "yes" ) || tagged( "foot", "designated" ) || tagged( "foot", "permissive" );
  if ( ( tagged( "access", "no" ) || tagged( "access", "private" ) ) && !footAllowed )
    return false;
  return true;
}

bool nwbWalkable( const std::string &roadAuthorityType, const std::string &carriagewayCode )
{
  const std::string authority = lower( trimmed( roadAuthorityType ) );
  const std::string code = lower( trimmed( carriagewayCode ) );
  return authority != "r" && code != "af" && code != "op";
}

} // namespace dfn
