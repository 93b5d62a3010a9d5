#include "crsplausibility.h"

namespace dfn
{

bool extentLooksLikeRdNew( const Extent &e )
{
  // The RD New grid of the Netherlands, with a margin for the sea and the border regions.
  return e.xMin >= -10000 && e.xMax <= 300000 && e.yMin >= 280000 && e.yMax <= 630000 && e.xMin <= e.xMax &&
         e.yMin <= e.yMax;
}

bool labelLooksWrongForRdNew( const Extent &e, bool labelIsGeographic, bool labelIsWebMercator )
{
  if ( !extentLooksLikeRdNew( e ) )
    return false;
  if ( labelIsGeographic )
    return true; // degrees never run into the hundreds of thousands
  if ( labelIsWebMercator )
    return true; // the Netherlands lies at x 370,000-800,000 and y 6.5-7.1 million in Web Mercator
  return false;
}

} // namespace dfn
