// Town skeleton: main road lines, the motorway corridor and the buurt cells between them.
//
// The plan is a set of slightly tilted column lines (north-south main roads) and, per column, tilted row
// lines (east-west roads). Cells are the quadrilaterals between them, so buurten tile the town exactly:
// shared boundaries use the very same corner points, and T-junction corners of a neighbouring column are
// inserted as extra vertices, so adjacent polygons share vertices as in the CBS kaart.
#include "rng.h"
#include "tile.h"

#include <algorithm>
#include <cstdio>

namespace gentown
{

namespace
{

// Global row line y = y0 + slope * x.
struct RowDef
{
  double y0, slope;
};

// Parameter t on column line `line` where it meets the row line.
double crossing( const MainLine &col, const RowDef &row )
{
  const double ax = col.a.x;
  const double dx = col.b.x - col.a.x;
  return ( row.y0 + row.slope * ax ) / ( kTownHeight - row.slope * dx );
}

} // namespace

void planLayout( Tile &tile, uint64_t seed )
{
  Rng rng( seed );
  auto &lines = tile.lines;

  // Column lines: 0 and 4 are the straight outer ring roads; 1-3 are tilted main roads.
  const double colBase[5] = { 0, 1050, 2170, 3080, kTownWidth };
  const char *colNames[5] = { "Westelijke Randweg", "Julianalaan", "Stationsweg", "Kerkweg",
                              "Oostelijke Randweg" };
  for ( int j = 0; j < 5; ++j )
  {
    MainLine l;
    double xb = colBase[j], xt = colBase[j];
    if ( j > 0 && j < 4 )
    {
      xb += rng.uniform( -50, 50 );
      xt += rng.uniform( -50, 50 );
    }
    l.a = { xb, 0 };
    l.b = { xt, kTownHeight };
    l.name = colNames[j];
    l.highway = ( j == 0 || j == 4 ) ? "tertiary" : "secondary";
    tile.colLine[j] = static_cast<int>( lines.size() );
    lines.push_back( l );
  }
  const RowDef bottomRow{ 0, 0 }, topRow{ kTownHeight, 0 };
  // The motorway corridor has fixed end points so that the motorways of neighbouring towns line up.
  const RowDef motorRow{ 940, 70.0 / kTownWidth };
  {
    MainLine b;
    b.a = { 0, 0 };
    b.b = { kTownWidth, 0 };
    b.name = "Zuidelijke Randweg";
    b.highway = "tertiary";
    tile.bottomLine = static_cast<int>( lines.size() );
    lines.push_back( b );
    MainLine t;
    t.a = { 0, kTownHeight };
    t.b = { kTownWidth, kTownHeight };
    t.name = "Noordelijke Randweg";
    t.highway = "tertiary";
    tile.topLine = static_cast<int>( lines.size() );
    lines.push_back( t );
    MainLine m;
    m.a = { 0, motorRow.y0 };
    m.b = { kTownWidth, motorRow.y0 + motorRow.slope * kTownWidth };
    m.name = "A99";
    tile.motorwayLine = static_cast<int>( lines.size() );
    lines.push_back( m );
  }

  // Interior row lines north of the motorway, per column.
  const std::vector<std::vector<double>> rowBase = { { 2000 }, { 1800, 2400 }, { 1900 }, { 1720 } };
  const std::vector<std::vector<const char *>> rowNames = {
      { "Molenweg" }, { "Nieuwstraat", "Oranjesingel" }, { "Parkweg" }, { "Waterkant" } };

  // Row boundaries per column as (line index, RowDef); corners are computed once and shared.
  struct Boundary
  {
    int line;
    RowDef def;
    bool perColumn;
  };
  std::vector<std::vector<Boundary>> columns( 4 );
  for ( int j = 0; j < 4; ++j )
  {
    columns[j].push_back( { tile.bottomLine, bottomRow, false } );
    columns[j].push_back( { tile.motorwayLine, motorRow, false } );
    for ( size_t k = 0; k < rowBase[j].size(); ++k )
    {
      const double xm = 0.5 * ( colBase[j] + colBase[j + 1] );
      const double slope = rng.uniform( -0.03, 0.03 );
      const double ym = rowBase[j][k] + rng.uniform( -60, 60 );
      columns[j].push_back( { -1, { ym - slope * xm, slope }, true } );
      (void)rowNames;
    }
    columns[j].push_back( { tile.topLine, topRow, false } );
  }

  // Corner points: (column line, row) -> t on the column line and the point.
  std::vector<std::vector<std::pair<double, Pt>>> colCorners( 5 );
  auto corner = [&]( int colIdx, const RowDef &row )
  {
    const MainLine &col = lines[static_cast<size_t>( tile.colLine[colIdx] )];
    double t = crossing( col, row );
    if ( row.y0 == 0 && row.slope == 0 )
      t = 0;
    if ( row.y0 == kTownHeight && row.slope == 0 )
      t = 1;
    return std::make_pair( t, col.at( t ) );
  };

  for ( int j = 0; j < 4; ++j )
  {
    for ( size_t k = 0; k < columns[j].size(); ++k )
    {
      Boundary &b = columns[j][k];
      const auto left = corner( j, b.def );
      const auto right = corner( j + 1, b.def );
      colCorners[j].push_back( left );
      colCorners[j + 1].push_back( right );
      if ( b.perColumn )
      {
        MainLine r;
        r.a = left.second;
        r.b = right.second;
        r.name = rowNames[j][k - 2];
        r.highway = "tertiary";
        b.line = static_cast<int>( lines.size() );
        lines.push_back( r );
      }
    }
  }
  for ( auto &cc : colCorners )
    std::sort( cc.begin(), cc.end(), []( const auto &x, const auto &y ) { return x.first < y.first; } );

  // Register corners as stations (vertices) on every line.
  for ( int j = 0; j < 5; ++j )
    for ( const auto &c : colCorners[j] )
      lines[static_cast<size_t>( tile.colLine[j] )].stations.push_back( { c.first, c.second } );

  // Cells.
  const auto &defs = buurtDefs();
  int wijkCount[5] = { 0, 0, 0, 0, 0 };
  for ( const BuurtDef &def : defs )
  {
    const int j = def.col;
    const Boundary &lo = columns[j][static_cast<size_t>( def.row )];
    const Boundary &hi = columns[j][static_cast<size_t>( def.row + 1 )];
    const auto bl = corner( j, lo.def ), br = corner( j + 1, lo.def );
    const auto tl = corner( j, hi.def ), tr = corner( j + 1, hi.def );
    Cell c;
    c.def = &def;
    c.quad = { bl.second, br.second, tr.second, tl.second };
    MainLine &lowLine = lines[static_cast<size_t>( lo.line )];
    MainLine &highLine = lines[static_cast<size_t>( hi.line )];
    c.bottom = { lo.line, lo.perColumn ? 0.0 : lowLine.project( bl.second ),
                 lo.perColumn ? 1.0 : lowLine.project( br.second ) };
    c.top = { hi.line, hi.perColumn ? 0.0 : highLine.project( tl.second ),
              hi.perColumn ? 1.0 : highLine.project( tr.second ) };
    c.left = { tile.colLine[j], bl.first, tl.first };
    c.right = { tile.colLine[j + 1], br.first, tr.first };
    if ( !lo.perColumn )
    {
      lowLine.stations.push_back( { c.bottom.t0, bl.second } );
      lowLine.stations.push_back( { c.bottom.t1, br.second } );
    }
    if ( !hi.perColumn )
    {
      highLine.stations.push_back( { c.top.t0, tl.second } );
      highLine.stations.push_back( { c.top.t1, tr.second } );
    }

    // Ring, counter-clockwise: bottom edge, right edge up (with T-corners), top edge, left edge down.
    c.ring.push_back( bl.second );
    c.ring.push_back( br.second );
    for ( const auto &cc : colCorners[j + 1] )
      if ( cc.first > br.first + 1e-12 && cc.first < tr.first - 1e-12 )
        c.ring.push_back( cc.second );
    c.ring.push_back( tr.second );
    c.ring.push_back( tl.second );
    for ( auto it = colCorners[j].rbegin(); it != colCorners[j].rend(); ++it )
      if ( it->first > bl.first + 1e-12 && it->first < tl.first - 1e-12 )
        c.ring.push_back( it->second );

    c.buurtNr = ++wijkCount[def.wijk];
    char buf[32];
    std::snprintf( buf, sizeof buf, "WK%04d%02d", tile.gemeente, def.wijk );
    c.wijkCode = buf;
    std::snprintf( buf, sizeof buf, "BU%04d%02d%02d", tile.gemeente, def.wijk, c.buurtNr );
    c.code = buf;
    tile.cells.push_back( c );
  }

  // The river: every side of the island buurt is water, so no road runs there and the hamlet stays isolated.
  for ( Cell &c : tile.cells )
    if ( c.def->type == BuurtType::Island )
      for ( EdgeRef *e : { &c.bottom, &c.right, &c.top, &c.left } )
        lines[static_cast<size_t>( e->line )].water.push_back(
            { std::min( e->t0, e->t1 ), std::max( e->t0, e->t1 ) } );

  for ( Cell &c : tile.cells )
    for ( EdgeRef *e : { &c.bottom, &c.right, &c.top, &c.left } )
    {
      const MainLine &l = lines[static_cast<size_t>( e->line )];
      e->road = !l.highway.empty() && !l.isWater( 0.5 * ( e->t0 + e->t1 ) );
      // Keep houses and streets well away from the motorway (noise zone; its ramps run there).
      e->margin = e->line == tile.motorwayLine ? 90 : 55;
    }

  // Column roads pass over the motorway on a bridge.
  const MainLine &m = lines[static_cast<size_t>( tile.motorwayLine )];
  for ( int j = 0; j < 5; ++j )
  {
    MainLine &col = lines[static_cast<size_t>( tile.colLine[j] )];
    col.motorwayCrossing = crossing( col, motorRow );
    (void)m;
  }
}

} // namespace gentown
