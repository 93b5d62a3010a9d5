#include "areaindicators.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dfn
{

namespace
{
bool inRange( int32_t area, size_t areaCount )
{
  return area >= 0 && static_cast<size_t>( area ) < areaCount;
}
} // namespace

std::vector<std::optional<double>> shareWithin( const std::vector<int32_t> &homeArea,
                                                const std::vector<double> &homeDistance, size_t areaCount,
                                                double limit )
{
  std::vector<size_t> homes( areaCount, 0 ), within( areaCount, 0 );
  for ( size_t i = 0; i < homeArea.size() && i < homeDistance.size(); ++i )
  {
    if ( !inRange( homeArea[i], areaCount ) )
      continue;
    const size_t a = static_cast<size_t>( homeArea[i] );
    ++homes[a];
    within[a] += homeDistance[i] <= limit;
  }
  std::vector<std::optional<double>> share( areaCount );
  for ( size_t a = 0; a < areaCount; ++a )
    if ( homes[a] > 0 )
      share[a] = 100.0 * static_cast<double>( within[a] ) / static_cast<double>( homes[a] );
  return share;
}

std::vector<std::optional<double>> medianDistance( const std::vector<int32_t> &homeArea,
                                                   const std::vector<double> &homeDistance, size_t areaCount )
{
  std::vector<std::vector<double>> perArea( areaCount );
  for ( size_t i = 0; i < homeArea.size() && i < homeDistance.size(); ++i )
    if ( inRange( homeArea[i], areaCount ) )
      perArea[static_cast<size_t>( homeArea[i] )].push_back(
          std::isnan( homeDistance[i] ) ? std::numeric_limits<double>::infinity() : homeDistance[i] );
  std::vector<std::optional<double>> median( areaCount );
  for ( size_t a = 0; a < areaCount; ++a )
  {
    std::vector<double> &d = perArea[a];
    if ( d.empty() )
      continue;
    const size_t n = d.size();
    std::nth_element( d.begin(), d.begin() + static_cast<std::ptrdiff_t>( n / 2 ), d.end() );
    const double upper = d[n / 2];
    if ( n % 2 )
      median[a] = upper;
    else
    {
      const double lower = *std::max_element( d.begin(), d.begin() + static_cast<std::ptrdiff_t>( n / 2 ) );
      median[a] = ( lower + upper ) / 2; // infinity stays infinity
    }
  }
  return median;
}

std::vector<std::optional<double>> shareTrue( const std::vector<int32_t> &homeArea,
                                              const std::vector<signed char> &flag, size_t areaCount )
{
  std::vector<size_t> known( areaCount, 0 ), yes( areaCount, 0 );
  for ( size_t i = 0; i < homeArea.size() && i < flag.size(); ++i )
  {
    if ( !inRange( homeArea[i], areaCount ) || ( flag[i] != 0 && flag[i] != 1 ) )
      continue;
    const size_t a = static_cast<size_t>( homeArea[i] );
    ++known[a];
    yes[a] += flag[i] == 1;
  }
  std::vector<std::optional<double>> share( areaCount );
  for ( size_t a = 0; a < areaCount; ++a )
    if ( known[a] > 0 )
      share[a] = 100.0 * static_cast<double>( yes[a] ) / static_cast<double>( known[a] );
  return share;
}

signed char stepFreeProxy( std::optional<double> storeys, std::optional<double> lift )
{
  if ( lift && std::isfinite( *lift ) && ( *lift == 0 || *lift == 1 ) )
  {
    if ( *lift == 1 )
      return 1;
    // No lift: only a single-storey building is step-free.
    if ( storeys && std::isfinite( *storeys ) && *storeys >= 1 )
      return *storeys < 2 ? 1 : 0;
    return 0;
  }
  if ( storeys && std::isfinite( *storeys ) && *storeys >= 1 )
  {
    if ( *storeys < 2 )
      return 1;
    if ( *storeys >= 5 )
      return 1;
    return 0;
  }
  return -1;
}

std::optional<double> JunctionCounts::legibleShare() const
{
  const size_t all = threeWay + fourOrMore;
  if ( all == 0 )
    return std::nullopt;
  return 100.0 * static_cast<double>( threeWay ) / static_cast<double>( all );
}

std::vector<JunctionCounts> junctionsPerArea( const StreetNetwork &network,
                                              const std::vector<int32_t> &nodeArea, size_t areaCount )
{
  std::vector<JunctionCounts> counts( areaCount );
  const size_t nodes = std::min( network.nodeCount(), nodeArea.size() );
  for ( size_t n = 0; n < nodes; ++n )
  {
    if ( !inRange( nodeArea[n], areaCount ) )
      continue;
    const int32_t node = static_cast<int32_t>( n );
    const uint32_t degree = network.arcBegin( node + 1 ) - network.arcBegin( node );
    JunctionCounts &c = counts[static_cast<size_t>( nodeArea[n] )];
    if ( degree == 3 )
      ++c.threeWay;
    else if ( degree > 3 )
      ++c.fourOrMore;
  }
  return counts;
}

std::vector<double> streetLengthPerArea( const StreetNetwork &network, const std::vector<int32_t> &edgeArea,
                                         size_t areaCount )
{
  std::vector<double> length( areaCount, 0.0 );
  const size_t edges = std::min( network.edgeCount(), edgeArea.size() );
  for ( size_t e = 0; e < edges; ++e )
    if ( inRange( edgeArea[e], areaCount ) )
      length[static_cast<size_t>( edgeArea[e] )] += network.edge( static_cast<int32_t>( e ) ).length;
  return length;
}

std::vector<size_t> countPerArea( const std::vector<int32_t> &itemArea, size_t areaCount )
{
  std::vector<size_t> count( areaCount, 0 );
  for ( int32_t a : itemArea )
    if ( inRange( a, areaCount ) )
      ++count[static_cast<size_t>( a )];
  return count;
}

std::optional<double> perKm( size_t count, double metres )
{
  if ( !( metres > 0 ) || !std::isfinite( metres ) )
    return std::nullopt;
  return static_cast<double>( count ) / ( metres / 1000.0 );
}

std::optional<double> perKm2( size_t count, double squareMetres )
{
  if ( !( squareMetres > 0 ) || !std::isfinite( squareMetres ) )
    return std::nullopt;
  return static_cast<double>( count ) / ( squareMetres / 1e6 );
}

IndicatorRecipe recipeFor( const std::string &indicatorId )
{
  IndicatorRecipe r;
  const size_t dot = indicatorId.find( '.' );
  if ( dot == std::string::npos )
    return r;
  const std::string domain = indicatorId.substr( 0, dot );
  const std::string name = indicatorId.substr( dot + 1 );
  if ( domain == "access" )
  {
    const std::string medianSuffix = "_median_min";
    if ( name.size() > medianSuffix.size() &&
         name.compare( name.size() - medianSuffix.size(), medianSuffix.size(), medianSuffix ) == 0 )
    {
      r.kind = IndicatorRecipe::MedianMinutes;
      r.facilityKind = name.substr( 0, name.size() - medianSuffix.size() );
      return r;
    }
    // <kind>_<digits>m
    if ( name.size() > 3 && name.back() == 'm' )
    {
      const size_t underscore = name.rfind( '_' );
      const std::string digits = underscore == std::string::npos
                                     ? std::string()
                                     : name.substr( underscore + 1, name.size() - underscore - 2 );
      if ( underscore != std::string::npos && underscore > 0 && !digits.empty() && digits.size() <= 5 &&
           std::all_of( digits.begin(), digits.end(), []( char c ) { return c >= '0' && c <= '9'; } ) )
      {
        r.kind = IndicatorRecipe::ShareWithin;
        r.facilityKind = name.substr( 0, underscore );
        r.metres = std::stod( digits );
        if ( r.metres > 0 )
          return r;
        r = IndicatorRecipe();
      }
    }
    return r;
  }
  if ( indicatorId == "comfort.benches_per_km" )
    r.kind = IndicatorRecipe::BenchesPerKm;
  else if ( indicatorId == "comfort.toilets_within_reach" )
    r.kind = IndicatorRecipe::ToiletsWithin;
  else if ( indicatorId == "comfort.legible_junctions" )
    r.kind = IndicatorRecipe::LegibleJunctions;
  else if ( indicatorId == "comfort.landmarks_per_km2" )
    r.kind = IndicatorRecipe::LandmarksPerKm2;
  else if ( indicatorId == "housing.step_free" )
    r.kind = IndicatorRecipe::StepFree;
  else if ( indicatorId == "housing.corporation" )
    r.kind = IndicatorRecipe::Corporation;
  return r;
}

std::vector<AreaFieldSource> areaFieldSources( const std::string &indicatorId )
{
  std::vector<AreaFieldSource> sources;
  auto field = [&]( const std::string &name ) { sources.push_back( { name, false, {}, false, 1 } ); };
  auto prefix = [&]( const std::string &name ) { sources.push_back( { name, true, {}, false, 1 } ); };
  auto ratio = [&]( const std::string &num, bool numPrefix, const std::string &den, bool denPrefix,
                    double scale ) {
    sources.push_back( { num, numPrefix, den, denPrefix, scale } );
  };
  if ( indicatorId == "social.single_households" )
  {
    field( "percentage_eenpersoonshuishoudens" );
    field( "P_EENP_HH" );
    ratio( "Eenpersoonshuishoudens_", true, "HuishoudensTotaal_", true, 100 );
  }
  else if ( indicatorId == "social.widowed" )
  {
    field( "percentage_verweduwd" );
    field( "P_VERWEDUW" );
    ratio( "Verweduwd_", true, "AantalInwoners_", true, 100 );
  }
  else if ( indicatorId == "social.lonely" )
  {
    prefix( "ErnstigZeerErnstigEenzaam_" );
  }
  else if ( indicatorId == "social.wmo_clients" )
  {
    prefix( "WmoClientenRelatief_" );
    ratio( "WmoClienten_", true, "AantalInwoners_", true, 1000 );
  }
  else if ( indicatorId == "housing.corporation" )
  {
    prefix( "InBezitWoningcorporatie_" );
    ratio( "aantal_huurwoningen_in_bezit_woningcorporaties", false, "aantal_woningen", false, 100 );
    ratio( "WON_HCORP", false, "WONING", false, 100 );
  }
  const size_t dot = indicatorId.find( '.' );
  if ( dot != std::string::npos )
  {
    field( indicatorId.substr( dot + 1 ) );
    std::string whole = indicatorId;
    whole[dot] = '_';
    field( whole );
  }
  return sources;
}

} // namespace dfn
