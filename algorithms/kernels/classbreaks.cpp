#include "classbreaks.h"

#include <algorithm>
#include <cmath>

namespace dfn
{

double roundNumber( double v, bool up )
{
  if ( v == 0 || !std::isfinite( v ) )
    return v;
  if ( v < 0 )
    return -roundNumber( -v, !up );
  const double magnitude = std::pow( 10.0, std::floor( std::log10( v ) ) );
  const double steps[] = { 1, 2, 2.5, 5, 10 };
  if ( up )
  {
    for ( double s : steps )
      if ( s * magnitude >= v * ( 1 - 1e-12 ) )
        return s * magnitude;
    return 10 * magnitude;
  }
  double best = magnitude;
  for ( double s : steps )
    if ( s * magnitude <= v * ( 1 + 1e-12 ) )
      best = s * magnitude;
  return best;
}

std::vector<double> roundedQuantileBreaks( std::vector<double> values, int classes )
{
  values.erase(
      std::remove_if( values.begin(), values.end(), []( double v ) { return !std::isfinite( v ); } ),
      values.end() );
  if ( values.empty() || classes < 1 )
    return {};
  std::sort( values.begin(), values.end() );
  const double lo = values.front() >= 0 ? 0.0 : roundNumber( values.front(), false );
  const double hi = roundNumber( values.back(), true );
  std::vector<double> breaks = { lo };
  for ( int k = 1; k < classes; ++k )
  {
    const double q =
        values[static_cast<size_t>( std::floor( ( values.size() - 1 ) * double( k ) / classes ) )];
    const double b = roundNumber( q, false );
    if ( b > breaks.back() && b < hi )
      breaks.push_back( b );
  }
  if ( hi > breaks.back() )
    breaks.push_back( hi );
  else
    breaks.push_back( breaks.back() + 1 ); // all values equal to the lower bound
  return breaks;
}

} // namespace dfn
