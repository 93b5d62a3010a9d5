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
  // Degrees never run into the hundreds of thousands, and the Netherlands lies at x 370,000-800,000 and
  // y 6.5-7.1 million in Web Mercator: RD New numbers under either label cannot be what the label says.
  return ( labelIsGeographic || labelIsWebMercator ) && extentLooksLikeRdNew( e );
}

} // namespace dfn
