#include "tile.h"

#include "rng.h"

#include <cstdio>

namespace gentown
{

Tile buildTile( const Options &options, int tx, int ty, bool withHousing )
{
  Tile tile;
  tile.tx = tx;
  tile.ty = ty;
  tile.scale = options.scale;
  tile.index = ty * options.scale + tx;
  tile.origin = { kOriginX + tx * kTilePitchX, kOriginY + ty * kTilePitchY };
  // Fictional gemeentecodes counting down from 9999 (real codes stay far below).
  tile.gemeente = 9999 - tile.index;
  char buf[32];
  std::snprintf( buf, sizeof buf, "GM%04d", tile.gemeente );
  tile.gmCode = buf;
  if ( tile.index == 0 )
    tile.gmName = "Voorbeeldstad";
  else
  {
    std::snprintf( buf, sizeof buf, "Voorbeeldstad-%d", tile.index + 1 );
    tile.gmName = buf;
  }
  tile.seed = mixSeed( options.seed, static_cast<uint64_t>( tile.index ) + 1 );

  // Each stage has its own random stream, so skipping the housing stage cannot change the streets.
  planLayout( tile, mixSeed( tile.seed, 1 ) );
  planStreets( tile, mixSeed( tile.seed, 2 ) );
  SegmentIndex streets( -1100, -1100, kTilePitchX + 100, kTilePitchY + 100, 40 );
  for ( const Way &w : tile.ways )
    streets.addPolyline( w.pts );
  placeAmenities( tile, mixSeed( tile.seed, 3 ), streets );
  if ( withHousing )
  {
    planHousing( tile, mixSeed( tile.seed, 4 ), options.homesPerSegment, streets );
    chooseSites( tile, mixSeed( tile.seed, 5 ) );
  }
  return tile;
}

} // namespace gentown
