#include "facilitykinds.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace dfn
{

namespace
{
const std::map<std::string, std::string> &aliases()
{
  static const std::map<std::string, std::string> table = {
      // meeting_place: open places to meet, and the places for people with dementia and their carers
      { "ontmoetingsplek", "meeting_place" },
      { "ontmoetingsplaats", "meeting_place" },
      { "ontmoetingscentrum", "meeting_place" },
      { "ontmoetingsruimte", "meeting_place" },
      { "buurthuis", "meeting_place" },
      { "buurtcentrum", "meeting_place" },
      { "wijkcentrum", "meeting_place" },
      { "wijkgebouw", "meeting_place" },
      { "dorpshuis", "meeting_place" },
      { "odensehuis", "meeting_place" },
      { "alzheimer_cafe", "meeting_place" },
      { "alzheimercafe", "meeting_place" },
      { "dagbesteding", "meeting_place" },
      { "community_centre", "meeting_place" },
      { "community_center", "meeting_place" },
      { "social_centre", "meeting_place" },
      { "social_center", "meeting_place" },
      { "meeting_centre", "meeting_place" },
      { "meeting_center", "meeting_place" },
      // gp
      { "huisarts", "gp" },
      { "huisartsen", "gp" },
      { "huisartsenpraktijk", "gp" },
      { "gezondheidscentrum", "gp" },
      { "doctors", "gp" },
      { "doctor", "gp" },
      { "general_practitioner", "gp" },
      // pharmacy
      { "apotheek", "pharmacy" },
      // supermarket
      { "supermarkt", "supermarket" },
      // bus_stop
      { "bushalte", "bus_stop" },
      { "ov_halte", "bus_stop" },
      { "halte", "bus_stop" },
      { "bus_station", "bus_stop" },
      { "busstation", "bus_stop" },
      // park
      { "groen", "park" },
      { "stadspark", "park" },
      { "buurtpark", "park" },
      { "wijkpark", "park" },
      { "plantsoen", "park" },
      // bench
      { "bankje", "bench" },
      { "zitbank", "bench" },
      { "benches", "bench" },
      // toilet
      { "toilets", "toilet" },
      { "openbaar_toilet", "toilet" },
      { "toiletten", "toilet" },
      { "wc", "toilet" },
      // landmark
      { "herkenningspunt", "landmark" },
      { "orientatiepunt", "landmark" },
      { "ori_ntatiepunt", "landmark" }, // "oriëntatiepunt": the ë is not ASCII
  };
  return table;
}
} // namespace

std::string kindStem( const std::string &value )
{
  std::string s;
  for ( unsigned char ch : value )
  {
    if ( ch < 128 && std::isalnum( ch ) )
      s += static_cast<char>( std::tolower( ch ) );
    else if ( !s.empty() && s.back() != '_' )
      s += '_';
  }
  while ( !s.empty() && s.back() == '_' )
    s.pop_back();
  if ( s.empty() )
    return "none";
  if ( std::isdigit( static_cast<unsigned char>( s[0] ) ) )
    s = "c_" + s;
  return s;
}

std::string canonicalKind( const std::string &stem )
{
  const auto it = aliases().find( stem );
  return it == aliases().end() ? stem : it->second;
}

std::string facilityKind( const std::string &value )
{
  return canonicalKind( kindStem( value ) );
}

const std::vector<std::string> &profileKinds()
{
  static const std::vector<std::string> kinds = { "meeting_place", "gp",       "pharmacy",
                                                  "supermarket",   "bus_stop", "park" };
  return kinds;
}

const std::vector<std::string> &knownKinds()
{
  static const std::vector<std::string> kinds = {
      "meeting_place", "gp", "pharmacy", "supermarket", "bus_stop", "park", "bench", "toilet", "landmark" };
  return kinds;
}

std::vector<std::string> aliasesOf( const std::string &kind )
{
  std::vector<std::string> result;
  for ( const auto &[alias, target] : aliases() )
    if ( target == kind )
      result.push_back( alias );
  return result; // the map is sorted
}

std::vector<std::string> parseKindList( const std::string &text )
{
  std::vector<std::string> kinds;
  std::string part;
  auto flush = [&]
  {
    const bool blank =
        std::all_of( part.begin(), part.end(), []( unsigned char c ) { return std::isspace( c ) != 0; } );
    if ( !blank )
    {
      const std::string kind = facilityKind( part );
      if ( std::find( kinds.begin(), kinds.end(), kind ) == kinds.end() )
        kinds.push_back( kind );
    }
    part.clear();
  };
  for ( char c : text )
  {
    if ( c == ',' || c == ';' || c == '\n' || c == '\r' )
      flush();
    else
      part += c;
  }
  flush();
  return kinds;
}

} // namespace dfn
