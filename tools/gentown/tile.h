// One generated town ("tile"). --scale K lays out K x K tiles; each tile is planned independently from its
// own seed so that it can be regenerated on demand, which keeps memory bounded for national-size output.
#pragma once

#include "geom.h"
#include "options.h"
#include "profiles.h"
#include "segment_index.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace gentown
{

constexpr double kTownWidth = 4000;  // metres
constexpr double kTownHeight = 3000; // metres
constexpr double kTilePitchX = 5000; // towns are 1 km apart, joined by connecting roads
constexpr double kTilePitchY = 4000;
constexpr double kOriginX = 150000; // RD New
constexpr double kOriginY = 460000;

// A junction or vertex on a main line; the point is stored so every user gets bit-identical coordinates.
struct Station
{
  double t;
  Pt p;
};

// A straight main road or buurt boundary line (column line, row line, outer ring, motorway corridor).
struct MainLine
{
  Pt a, b;
  std::string name;
  std::string highway; // empty: boundary only, no road (the motorway corridor is built separately)
  std::vector<Station> stations;
  std::vector<std::pair<double, double>> water; // t-intervals along a river: no road there
  double motorwayCrossing = -1;                 // t where the motorway passes under this road (bridge)
  Pt at( double t ) const
  {
    if ( t <= 0 )
      return a;
    if ( t >= 1 )
      return b;
    return lerp( a, b, t );
  }
  double length() const { return norm( b - a ); }
  double project( Pt p ) const { return dot( p - a, b - a ) / dot( b - a, b - a ); }
  bool isWater( double t ) const
  {
    for ( const auto &w : water )
      if ( t > w.first - 1e-9 && t < w.second + 1e-9 )
        return true;
    return false;
  }
};

// One side of a cell lies on part [t0, t1] of a main line; edge parameter w in [0,1] maps to t0 + w (t1 -
// t0).
struct EdgeRef
{
  int line = -1;
  double t0 = 0, t1 = 1;
  bool road = true;
  double margin = 55; // distance (m) kept free of internal streets
};

struct Cell
{
  const BuurtDef *def = nullptr;
  Quad quad;
  EdgeRef bottom, right, top, left;
  std::vector<Pt> ring; // closed polygon (first point not repeated), counter-clockwise
  std::string code, wijkCode;
  int buurtNr = 0;
};

struct Way
{
  std::vector<Pt> pts;
  std::string highway;
  std::string name;
  bool bridge = false;
  bool tunnel = false;
  int layer = 0;
};

// A street piece along which buildings can stand; exclusions are arc positions of side streets.
struct Frontage
{
  std::vector<Pt> pts;
  std::vector<double> exclusions;
  std::string name;
  std::string highway;
  int cell = -1;
};

struct Address
{
  Pt p;
  std::string use;
  int area = 0, year = 0, storeys = 0, lift = 0, corporation = 0, residents = 0, residents65 = 0;
  int cell = -1;
  long long pand = 0; // sequence number of the building within the tile
};

struct Poi
{
  Pt p;
  std::string category, name, subtype;
};

struct Site
{
  Pt p;
  bool complex = false;
  std::string name, corporation;
  int corporationOwned = 0, homes = 0, storeys = 0, lift = 0, year = 0, plotArea = 0, sharedSpace = 0;
};

// A multi-dwelling building remembered as a candidate housing site.
struct FlatBuilding
{
  Pt p;
  std::string street;
  int homes, storeys, lift, year, corporation, cell;
};

// Register bands: 30-59, 60-64, 65-69, 70-74, 75-79, 80-84, 85-89, 90+.
constexpr int kRegisterBands = 8;

struct BuurtStats
{
  long long inhabitants = 0;
  long long age[5] = { 0, 0, 0, 0, 0 }; // CBS groups 0-14, 15-24, 25-44, 45-64, 65+
  long long households = 0, singleHouseholds = 0, widowed = 0, dwellings = 0;
  long long reg[2][kRegisterBands] = {}; // [0] men, [1] women
  double densitySum = 0;
  long long addresses = 0;
};

struct GridStats
{
  long long inhabitants = 0;
  long long age[5] = { 0, 0, 0, 0, 0 };
  long long singleHouseholds = 0, dwellings = 0, corporation = 0;
};

struct Tile
{
  int tx = 0, ty = 0, index = 0, scale = 1;
  Pt origin;
  int gemeente = 9999;
  std::string gmCode, gmName;
  uint64_t seed = 0;

  std::vector<MainLine> lines;
  int colLine[5] = { 0, 0, 0, 0, 0 };
  int bottomLine = -1, topLine = -1, motorwayLine = -1;
  std::vector<Cell> cells;

  std::vector<Way> ways;
  std::vector<Frontage> frontages;
  std::vector<Poi> pois;

  std::vector<Address> addresses;
  std::vector<FlatBuilding> flats;
  std::vector<std::pair<int, int>>
      freeSides; // (frontage, side) left without buildings: vacant plot candidates
  std::vector<BuurtStats> stats;
  std::map<std::pair<int, int>, GridStats> grid; // key: RD x / 100, y / 100 of the lower-left corner
  std::vector<Site> sites;

  // Output coordinate: RD New, rounded to mm.
  Pt global( Pt local ) const { return { roundMm( origin.x + local.x ), roundMm( origin.y + local.y ) }; }
};

// Plans tile (tx, ty). withHousing=false skips buildings and population (enough for wegen and voorzieningen).
Tile buildTile( const Options &options, int tx, int ty, bool withHousing );

// Stages, in order (each in its own source file).
void planLayout( Tile &tile, uint64_t seed );
void planStreets( Tile &tile, uint64_t seed );
void placeAmenities( Tile &tile, uint64_t seed, const SegmentIndex &streets );
void planHousing( Tile &tile, uint64_t seed, double homesPerSegment, const SegmentIndex &streets );
void chooseSites( Tile &tile, uint64_t seed );

} // namespace gentown
