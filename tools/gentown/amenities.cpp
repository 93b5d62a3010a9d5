// Points of interest (voorzieningen) and candidate housing sites (woningbouwlocaties).
//
// Amenities depend only on the street plan (not on the housing), so the layer is identical whatever the
// housing density. Some buurten deliberately have no meeting place nearby, and nothing but at most a bench
// lies on the isolated hamlet.
#include "rng.h"
#include "tile.h"

#include <cstdio>

namespace gentown
{

namespace
{

struct PoiDef
{
  const char *buurt;
  const char *category;
  const char *name; // "%s" is replaced by the street name
  const char *subtype;
};

const PoiDef kPois[] = {
    { "Binnenstad", "meeting_place", "Ontmoetingscentrum De Brug", "ontmoetingscentrum" },
    { "Lindenhof", "meeting_place", "Buurthuis De Kastanje", "buurthuis" },
    { "Zonnehof", "meeting_place", "Odensehuis De Linde", "odensehuis" },
    { "Kerkebuurt", "meeting_place", "Alzheimer Cafe %g", "alzheimer_cafe" },
    { "Molenwijk", "meeting_place", "Dagbesteding Het Anker", "dagbesteding" },
    { "Waterfront", "meeting_place", "Buurthuis De Kade", "buurthuis" },
    { "Binnenstad", "gp", "Huisartsenpraktijk Centrum", "huisartsenpraktijk" },
    { "Lindenhof", "gp", "Huisartsenpraktijk Lindenhof", "huisartsenpraktijk" },
    { "Zonnehof", "gp", "Gezondheidscentrum Zonnehof", "gezondheidscentrum" },
    { "Molenwijk", "gp", "Huisartsen Molenwijk", "huisartsenpraktijk" },
    { "Vinkenveld", "gp", "Huisartsenpraktijk Vinkenveld", "huisartsenpraktijk" },
    { "Binnenstad", "pharmacy", "Apotheek Centrum", "apotheek" },
    { "Zonnehof", "pharmacy", "Apotheek Zonnehof", "apotheek" },
    { "Molenwijk", "pharmacy", "Apotheek De Molen", "apotheek" },
    { "Binnenstad", "supermarket", "Albert Heijn %s", "supermarkt" },
    { "Lindenhof", "supermarket", "Jumbo %s", "supermarkt" },
    { "Bedrijventerrein De Vaart", "supermarket", "Lidl %s", "supermarkt" },
    { "Molenwijk", "supermarket", "Albert Heijn %s", "supermarkt" },
    { "Vinkenveld", "supermarket", "Plus %s", "supermarkt" },
    { "Binnenstad", "toilet", "Openbaar toilet Markt", "openbaar_toilet" },
    { "Binnenstad", "toilet", "Openbaar toilet %s", "openbaar_toilet" },
    { "Stadspark", "toilet", "Toiletgebouw Stadspark", "openbaar_toilet" },
    { "Waterfront", "toilet", "Openbaar toilet %s", "openbaar_toilet" },
    { "Stadspark", "park", "Stadspark", "stadspark" },
    { "De Akkers", "park", "Akkerpark", "buurtpark" },
    { "Molenwijk", "park", "Molenpark", "buurtpark" },
    { "Waterfront", "park", "Havenpark", "buurtpark" },
    { "Binnenstad", "landmark", "Grote Kerk", "church" },
    { "Binnenstad", "landmark", "Oude Raadhuis", "monument" },
    { "Binnenstad", "landmark", "Oorlogsmonument", "monument" },
    { "Kerkebuurt", "landmark", "Sint-Jozefkerk", "church" },
    { "Molenwijk", "landmark", "Molen De Hoop", "monument" },
    { "Oranjebuurt", "landmark", "Watertoren", "monument" },
    { "Schildersbuurt", "landmark", "Protestantse Kerk", "church" },
    { "Stadspark", "landmark", "Muziekkoepel", "monument" },
    { "Lindenhof", "landmark", "Sint-Martinuskerk", "church" },
    { "Waterfront", "landmark", "Havenkraan", "monument" },
};

const char *kCorporations[] = { "Woonstichting Het Baken", "Wooncorporatie Stadswonen",
                                "Stichting Huisvesting Voorbeeldstad" };

class AmenityPlanner
{
public:
  AmenityPlanner( Tile &tile, uint64_t seed, const SegmentIndex &streets )
      : mTile( tile ), mRng( seed ), mStreets( streets )
  {
  }

  void run()
  {
    for ( const PoiDef &d : kPois )
    {
      const int ci = cellByName( d.buurt );
      if ( ci < 0 )
        continue;
      std::string street;
      Pt p;
      const bool park = std::string( d.buurt ) == "Stadspark";
      if ( placeNear( ci, park ? "" : "street", 6, 15, p, street ) )
        add( p, d.category, formatName( d.name, street ), d.subtype );
    }
    busStops();
    benches();
  }

private:
  Tile &mTile;
  Rng mRng;
  const SegmentIndex &mStreets;

  int cellByName( const char *name ) const
  {
    for ( size_t i = 0; i < mTile.cells.size(); ++i )
      if ( std::string( mTile.cells[i].def->name ) == name )
        return static_cast<int>( i );
    return -1;
  }

  std::string formatName( const char *pattern, const std::string &street ) const
  {
    std::string s = pattern;
    size_t pos = s.find( "%s" );
    if ( pos != std::string::npos )
      s.replace( pos, 2, street.empty() ? std::string( "Centrum" ) : street );
    pos = s.find( "%g" );
    if ( pos != std::string::npos )
      s.replace( pos, 2, mTile.gmName );
    return s;
  }

  void add( Pt p, const std::string &category, const std::string &name, const std::string &subtype )
  {
    mTile.pois.push_back( { p, category, name, subtype } );
  }

  // A point `lo..hi` metres beside a street of the cell (kind "street": streets with buildings; "": any way).
  bool placeNear( int ci, const std::string &kind, double lo, double hi, Pt &out, std::string &street )
  {
    std::vector<int> candidates;
    for ( size_t fi = 0; fi < mTile.frontages.size(); ++fi )
    {
      const Frontage &f = mTile.frontages[fi];
      if ( f.cell != ci )
        continue;
      const bool isStreet = f.highway == "residential" || f.highway == "living_street" ||
                            f.highway == "pedestrian" || f.highway == "unclassified";
      if ( kind == "street" && !isStreet )
        continue;
      candidates.push_back( static_cast<int>( fi ) );
    }
    if ( candidates.empty() )
      return false;
    const Cell &cell = mTile.cells[static_cast<size_t>( ci )];
    for ( int attempt = 0; attempt < 40; ++attempt )
    {
      const Frontage &f = mTile.frontages[static_cast<size_t>( candidates[mRng.next() % candidates.size()] )];
      const double len = polylineLength( f.pts );
      if ( len < 20 )
        continue;
      Pt pos, dir;
      polylineAt( f.pts, mRng.uniform( 8, len - 8 ), pos, dir );
      const Pt p = pos + perp( dir ) * ( ( mRng.chance( 0.5 ) ? 1.0 : -1.0 ) * mRng.uniform( lo, hi ) );
      if ( mStreets.nearest( p, 2 ) < std::min( 2.0, lo * 0.8 ) || !pointInRing( cell.ring, p ) )
        continue;
      out = p;
      street = f.name;
      return true;
    }
    return false;
  }

  // Bus stops every ~380 m along the main roads, alternating sides.
  void busStops()
  {
    const int lineIds[] = { mTile.colLine[1], mTile.colLine[2], mTile.colLine[3], mTile.topLine,
                            mTile.bottomLine };
    for ( int li : lineIds )
    {
      const MainLine &l = mTile.lines[static_cast<size_t>( li )];
      const double len = l.length();
      int side = 1;
      for ( double s = 150; s < len - 100; s += 380 )
      {
        const double t = s / len;
        if ( l.isWater( t ) ||
             ( l.motorwayCrossing >= 0 && std::fabs( t - l.motorwayCrossing ) * len < 150 ) )
          continue;
        const Pt n = unit( perp( l.b - l.a ) ) * static_cast<double>( side );
        const Pt p = l.at( t ) + n * 7.0;
        side = -side;
        if ( mStreets.nearest( p, 3 ) < 3 )
          continue;
        add( p, "bus_stop", "Bushalte " + l.name, "bushalte" );
      }
    }
  }

  // Benches along streets and, more densely, along the park paths; none on the hamlet.
  void benches()
  {
    std::vector<int> cells;
    int parkCell = -1;
    for ( size_t i = 0; i < mTile.cells.size(); ++i )
    {
      const BuurtType t = mTile.cells[i].def->type;
      if ( t == BuurtType::Park )
        parkCell = static_cast<int>( i );
      else if ( t != BuurtType::Island && t != BuurtType::Industrial )
        cells.push_back( static_cast<int>( i ) );
    }
    Pt p;
    std::string street;
    for ( int i = 0; i < 50 && parkCell >= 0; ++i )
      if ( placeNear( parkCell, "", 2, 4, p, street ) )
        add( p, "bench", "Bank", "bank" );
    for ( int i = 0; i < 100; ++i )
    {
      const int ci = cells[static_cast<size_t>( i ) % cells.size()];
      if ( placeNear( ci, "street", 3, 6, p, street ) )
        add( p, "bench", "Bank " + street, "bank" );
    }
  }
};

} // namespace

void placeAmenities( Tile &tile, uint64_t seed, const SegmentIndex &streets )
{
  AmenityPlanner planner( tile, seed, streets );
  planner.run();
}

void chooseSites( Tile &tile, uint64_t seed )
{
  Rng rng( seed );
  // Complexes: every large flat (Thuisplusflat candidates, >= 80 homes) plus a sample of medium ones.
  std::vector<const FlatBuilding *> big, medium;
  for ( const FlatBuilding &f : tile.flats )
  {
    if ( tile.cells[static_cast<size_t>( f.cell )].def->type == BuurtType::Island )
      continue;
    ( f.homes >= 80 ? big : medium ).push_back( &f );
  }
  rng.shuffle( medium );
  std::vector<const FlatBuilding *> chosen( big.begin(), big.begin() + std::min<size_t>( big.size(), 5 ) );
  for ( size_t i = 0; i < medium.size() && chosen.size() < 13; ++i )
    if ( medium[i]->homes <= 60 )
      chosen.push_back( medium[i] );
  for ( const FlatBuilding *f : chosen )
  {
    Site s;
    s.p = f->p;
    s.complex = true;
    const bool senior = tile.cells[static_cast<size_t>( f->cell )].def->type == BuurtType::Senior;
    s.name = std::string( senior ? "Seniorencomplex " : "Complex " ) + f->street;
    s.corporationOwned = f->corporation;
    if ( f->corporation )
      s.corporation = kCorporations[rng.next() % 3];
    s.homes = f->homes;
    s.storeys = f->storeys;
    s.lift = f->lift;
    s.year = f->year;
    s.sharedSpace = f->homes >= 40 && rng.chance( 0.6 ) ? 1 : 0;
    tile.sites.push_back( s );
  }
  // Vacant plots along street sides that stayed empty.
  std::vector<std::pair<int, int>> free = tile.freeSides;
  rng.shuffle( free );
  int plots = 0;
  for ( const auto &fs : free )
  {
    if ( plots >= 7 )
      break;
    const Frontage &f = tile.frontages[static_cast<size_t>( fs.first )];
    const BuurtType type = tile.cells[static_cast<size_t>( f.cell )].def->type;
    if ( type == BuurtType::Island || type == BuurtType::Park || f.highway == "service" )
      continue;
    const double len = polylineLength( f.pts );
    if ( len < 60 )
      continue;
    Pt pos, dir;
    polylineAt( f.pts, 0.5 * len, pos, dir );
    const Pt p = pos + perp( dir ) * ( 20.0 * fs.second );
    if ( !pointInRing( tile.cells[static_cast<size_t>( f.cell )].ring, p ) )
      continue;
    Site s;
    s.p = p;
    s.complex = false;
    s.name = "Kavel " + f.name;
    const bool municipal = rng.chance( 0.6 );
    if ( !municipal )
    {
      s.corporation = kCorporations[rng.next() % 3];
      s.corporationOwned = 1;
    }
    s.plotArea = rng.range( 6, 50 ) * 100;
    s.sharedSpace = s.plotArea >= 1500 ? 1 : 0;
    tile.sites.push_back( s );
    ++plots;
  }
}

} // namespace gentown
