#include "accesssummary.h"
#include "facilitykinds.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace dfn
{

AreaReach summarizeArea( const std::vector<WalkReach> &homes )
{
  AreaReach a;
  a.points = homes.size();
  if ( homes.empty() )
    return a;
  std::vector<double> d;
  d.reserve( homes.size() );
  std::map<int32_t, size_t> votes;
  for ( const WalkReach &r : homes )
  {
    d.push_back( r.reached() ? r.distance : std::numeric_limits<double>::infinity() );
    if ( r.reached() )
    {
      ++a.reached;
      ++votes[r.label];
    }
  }
  std::sort( d.begin(), d.end() );
  const size_t n = d.size();
  a.medianDistance = n % 2 ? d[n / 2] : ( d[n / 2 - 1] + d[n / 2] ) / 2; // inf stays inf
  size_t most = 0;
  for ( const auto &[label, count] : votes )
    if ( count > most )
    {
      most = count;
      a.commonLabel = label;
    }
  return a;
}

std::vector<std::string> categoryFieldStems( const std::vector<std::string> &categories )
{
  std::vector<std::string> stems;
  std::set<std::string> taken;
  for ( const std::string &c : categories )
  {
    std::string s = kindStem( c );
    if ( s.size() > 40 )
      s.resize( 40 );
    std::string unique = s;
    for ( int i = 2; taken.count( unique ); ++i )
      unique = s + "_" + std::to_string( i );
    taken.insert( unique );
    stems.push_back( unique );
  }
  return stems;
}

} // namespace dfn
