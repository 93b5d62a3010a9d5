// Buildings, addresses and residents.
//
// Buildings are placed along the street sides of each buurt until the buurt's dwelling target is reached;
// every dwelling gets simulated residents, and all statistics (buurt, 100 m grid, register) are summed from
// those same persons, so the layers are mutually consistent.
#include "population.h"
#include "rng.h"
#include "tile.h"

#include <algorithm>
#include <cmath>

namespace gentown
{

namespace
{

constexpr double kEndMargin = 12; // no building this close to a junction or side street (m along the street)
constexpr double kMinClearance = 4; // minimum distance of an address point from any street centre line

bool housingStreet( const std::string &hw )
{
  return hw == "residential" || hw == "living_street" || hw == "pedestrian" || hw == "service" ||
         hw == "unclassified";
}

bool multiDwelling( BuildingKind k )
{
  return k == BuildingKind::Portiek || k == BuildingKind::Galerij || k == BuildingKind::SeniorFlat ||
         k == BuildingKind::Apartment;
}

// Lift rule of thumb (building code and practice): above 4 storeys or built after 1995 a multi-dwelling
// building has a lift; older 3-4 storey walk-up flats mostly have none, a few got one later.
int liftFor( Rng &rng, int storeys, int year, bool multi )
{
  if ( !multi )
    return 0;
  if ( storeys > 4 || year > 1995 )
    return 1;
  return storeys >= 3 && rng.chance( 0.1 ) ? 1 : 0;
}

class HousingPlanner
{
public:
  HousingPlanner( Tile &tile, uint64_t seed, double homesPerSegment, const SegmentIndex &streets )
      : mTile( tile ), mRng( seed ), mHomesPerSegment( homesPerSegment ), mStreets( streets )
  {
  }

  void run()
  {
    mTile.stats.assign( mTile.cells.size(), BuurtStats() );
    std::vector<double> targets( mTile.cells.size() );
    double scalable = 0, fixed = 0;
    for ( size_t ci = 0; ci < mTile.cells.size(); ++ci )
    {
      const BuurtDef &def = *mTile.cells[ci].def;
      targets[ci] = def.dwellings * mRng.uniform( 0.93, 1.07 );
      if ( fixedSize( def ) )
      {
        targets[ci] = def.dwellings;
        fixed += targets[ci];
      }
      else
        scalable += targets[ci];
    }
    if ( mHomesPerSegment > 0 && scalable > 0 )
    {
      // Benchmark density: scale the ordinary buurten so the town has homesPerSegment homes per way.
      const double wanted = mHomesPerSegment * static_cast<double>( mTile.ways.size() ) - fixed;
      const double f = std::max( 0.01, wanted / scalable );
      for ( size_t ci = 0; ci < mTile.cells.size(); ++ci )
        if ( !fixedSize( *mTile.cells[ci].def ) )
          targets[ci] *= f;
    }
    for ( size_t ci = 0; ci < mTile.cells.size(); ++ci )
      fillCell( static_cast<int>( ci ), static_cast<long long>( std::lround( targets[ci] ) ) );
    computeDensity();
  }

private:
  Tile &mTile;
  Rng mRng;
  double mHomesPerSegment;
  const SegmentIndex &mStreets;
  long long mPandSeq = 0;
  std::vector<Person> mPersons;

  // The industrial estate (secret, < 50 inhabitants) and the hamlet keep their size at any density.
  static bool fixedSize( const BuurtDef &def )
  {
    return def.type == BuurtType::Industrial || def.type == BuurtType::Island || def.type == BuurtType::Park;
  }

  bool goodSpot( const Cell &cell, Pt p ) const
  {
    return mStreets.nearest( p, kMinClearance + 1 ) >= kMinClearance && pointInRing( cell.ring, p ) &&
           ringDistance( cell.ring, p ) > 2;
  }

  void fillCell( int ci, long long target )
  {
    const Cell &cell = mTile.cells[static_cast<size_t>( ci )];
    const Profile &prof = profileFor( cell.def->type );
    const long long nonResTarget = cell.def->nonResidential;
    std::vector<std::pair<int, int>> sides;
    double usable = 0;
    for ( size_t fi = 0; fi < mTile.frontages.size(); ++fi )
    {
      const Frontage &f = mTile.frontages[fi];
      if ( f.cell != ci || !housingStreet( f.highway ) )
        continue;
      sides.push_back( { static_cast<int>( fi ), 1 } );
      sides.push_back( { static_cast<int>( fi ), -1 } );
      const double l = polylineLength( f.pts ) - 2 * kEndMargin - 2 * kEndMargin * f.exclusions.size();
      usable += 2 * std::max( 0.0, l );
    }
    mRng.shuffle( sides );
    if ( prof.buildings.empty() || ( target <= 0 && nonResTarget <= 0 ) )
    {
      mTile.freeSides.insert( mTile.freeSides.end(), sides.begin(), sides.end() );
      return;
    }

    // Dwellings per metre of frontage for this buurt's mix; if the streets cannot hold the target (benchmark
    // densities), buildings get proportionally more dwellings (houses split into apartments, taller flats).
    double perMetre = 0, wsum = 0;
    for ( const BuildingSpec &b : prof.buildings )
    {
      perMetre += b.weight * 0.5 * ( b.dwMin + b.dwMax ) / b.frontage;
      wsum += b.weight;
    }
    perMetre /= wsum;
    const double capacity = 0.8 * perMetre * usable * ( 1 - prof.nonResidentialShare );
    const double multiplier = capacity > 0 ? std::max( 1.0, static_cast<double>( target ) / capacity ) : 1.0;

    long long dwellings = 0, nonRes = 0;
    bool first = true;
    size_t si = 0;
    for ( ; si < sides.size(); ++si )
    {
      if ( dwellings >= target && nonRes >= nonResTarget )
        break;
      const Frontage &f = mTile.frontages[static_cast<size_t>( sides[si].first )];
      const int side = sides[si].second;
      std::vector<double> weights;
      for ( const BuildingSpec &b : prof.buildings )
        weights.push_back( b.weight );
      // The first building of a greying or senior buurt is its landmark large flat (>= 80 homes).
      const size_t specIdx =
          first && prof.buildings[0].weight <= 0.05 ? 0 : mRng.weighted( weights.data(), weights.size() );
      const BuildingSpec &spec = prof.buildings[specIdx];
      const double len = polylineLength( f.pts );
      double s = kEndMargin;
      bool placedAny = false;
      while ( true )
      {
        if ( dwellings >= target && nonRes >= nonResTarget )
          break;
        const bool residential =
            dwellings < target && ( nonRes >= nonResTarget || !mRng.chance( prof.nonResidentialShare ) );
        const double width = residential ? spec.frontage * mRng.uniform( 0.9, 1.1 ) : mRng.uniform( 10, 30 );
        if ( s + width > len - kEndMargin )
          break;
        bool blocked = false;
        for ( double x : f.exclusions )
          if ( x > s - kEndMargin && x < s + width + kEndMargin )
          {
            s = x + kEndMargin + 0.01; // the small step avoids looping on (x + 12) - 12 < x round-off
            blocked = true;
          }
        if ( blocked )
          continue;
        Pt pos, dir;
        polylineAt( f.pts, s + 0.5 * width, pos, dir );
        const Pt normal = perp( dir ) * static_cast<double>( side );
        const bool multi = residential && multiDwelling( spec.kind );
        const double offset = mRng.uniform( 6, 13 ) + ( multi ? 6 : 0 );
        const Pt ref = pos + normal * offset;
        if ( goodSpot( cell, ref ) )
        {
          if ( residential )
            dwellings += building( ci, spec, ref, dir, normal, width, multiplier, f.name );
          else
            nonRes += business( ci, spec, ref, dir, normal, width, prof );
          placedAny = true;
          first = false;
        }
        s += width + ( spec.kind == BuildingKind::Terraced ? 0.0 : mRng.uniform( 2, 8 ) );
      }
      if ( !placedAny )
        mTile.freeSides.push_back( sides[si] );
    }
    for ( ; si < sides.size(); ++si )
      mTile.freeSides.push_back( sides[si] );
  }

  Pt spread( const Cell &cell, Pt ref, Pt dir, Pt normal, double width )
  {
    for ( int attempt = 0; attempt < 4; ++attempt )
    {
      const Pt p = ref + dir * ( mRng.uniform( -0.4, 0.4 ) * width ) + normal * mRng.uniform( -3, 4 );
      if ( goodSpot( cell, p ) )
        return p;
    }
    return ref;
  }

  Household pickHousehold( const Profile &prof, BuildingKind kind )
  {
    std::array<double, HouseholdKinds> w = prof.households;
    if ( kind == BuildingKind::SeniorFlat )
      w = { 0.03, 0.0, 0.0, 0.0, 0.12, 0.08, 0.30, 0.47, 0.0 };
    else if ( kind == BuildingKind::Terraced || kind == BuildingKind::Detached || kind == BuildingKind::Farm )
    {
      w[Family] *= 1.6;
      w[SingleParent] *= 1.2;
      w[YoungSingle] *= 0.5;
      w[SeniorSingle] *= 0.7;
      w[Students] *= 0.3;
    }
    else
    {
      w[Family] *= 0.4;
      w[YoungSingle] *= 1.5;
      w[SeniorSingle] *= 1.3;
    }
    return static_cast<Household>( mRng.weighted( w.data(), w.size() ) );
  }

  // One residential building; returns the number of dwellings.
  int building( int ci, const BuildingSpec &spec, Pt ref, Pt dir, Pt normal, double width, double multiplier,
                const std::string &street )
  {
    const Cell &cell = mTile.cells[static_cast<size_t>( ci )];
    const Profile &prof = profileFor( cell.def->type );
    const long long pand = ++mPandSeq;
    const int year = mRng.range( spec.yearMin, spec.yearMax );
    const int storeys = mRng.range( spec.storeysMin, spec.storeysMax );
    const bool multi = multiDwelling( spec.kind );
    const int dw =
        std::max( 1, static_cast<int>( std::lround( mRng.range( spec.dwMin, spec.dwMax ) * multiplier ) ) );
    const int lift = liftFor( mRng, storeys, year, multi || dw > 1 );
    const int corp = mRng.chance( spec.corporationShare ) ? 1 : 0;
    if ( spec.kind == BuildingKind::ShopHouse )
    {
      // Shop at street level: either a separate shop address or one combined shop-and-home address.
      if ( mRng.chance( 0.3 ) )
      {
        addDwelling( ci, prof, spec, ref, pand, year, storeys, lift, corp, "woonfunctie,winkelfunctie" );
        for ( int i = 1; i < dw; ++i )
          addDwelling( ci, prof, spec, spread( cell, ref, dir, normal, width ), pand, year, storeys, lift,
                       corp, "woonfunctie" );
        return dw;
      }
      addNonResidential( ci, ref, pand, year, storeys, lift, "winkelfunctie", mRng.range( 60, 250 ) );
    }
    for ( int i = 0; i < dw; ++i )
      addDwelling( ci, prof, spec, i == 0 ? ref : spread( cell, ref, dir, normal, width ), pand, year,
                   storeys, lift, corp, "woonfunctie" );
    if ( dw >= 12 )
      mTile.flats.push_back( { ref, street, dw, storeys, lift, year, corp, ci } );
    return dw;
  }

  int business( int ci, const BuildingSpec &spec, Pt ref, Pt dir, Pt normal, double width,
                const Profile &prof )
  {
    const Cell &cell = mTile.cells[static_cast<size_t>( ci )];
    const long long pand = ++mPandSeq;
    const int year = mRng.range( std::max( 1900, spec.yearMin ), std::max( 1960, spec.yearMax ) );
    const int storeys = mRng.range( 1, 3 );
    const int lift = storeys > 1 && year > 1995 ? 1 : 0;
    const int n = mRng.range( 1, 2 );
    std::vector<double> w;
    for ( const auto &u : prof.nonResidentialUses )
      w.push_back( u.second );
    for ( int i = 0; i < n; ++i )
    {
      const char *use =
          w.empty() ? "kantoorfunctie" : prof.nonResidentialUses[mRng.weighted( w.data(), w.size() )].first;
      addNonResidential( ci, i == 0 ? ref : spread( cell, ref, dir, normal, width ), pand, year, storeys,
                         lift, use, mRng.range( 80, 1500 ) );
    }
    return n;
  }

  void addNonResidential( int ci, Pt p, long long pand, int year, int storeys, int lift, const char *use,
                          int area )
  {
    Address a;
    a.p = p;
    a.use = use;
    a.area = area;
    a.year = year;
    a.storeys = storeys;
    a.lift = lift;
    a.cell = ci;
    a.pand = pand;
    mTile.addresses.push_back( a );
  }

  void addDwelling( int ci, const Profile &prof, const BuildingSpec &spec, Pt p, long long pand, int year,
                    int storeys, int lift, int corp, const char *use )
  {
    Address a;
    a.p = p;
    a.use = use;
    a.area = mRng.range( spec.areaMin, spec.areaMax );
    a.year = year;
    a.storeys = storeys;
    a.lift = lift;
    a.corporation = corp;
    a.cell = ci;
    a.pand = pand;

    mPersons.clear();
    // About 3 % of dwellings are vacant at any time.
    if ( !mRng.chance( 0.03 ) )
      drawHousehold( mRng, pickHousehold( prof, spec.kind ), spec.kind == BuildingKind::SeniorFlat,
                     mPersons );
    a.residents = static_cast<int>( mPersons.size() );

    BuurtStats &bs = mTile.stats[static_cast<size_t>( ci )];
    const Pt g = mTile.global( p );
    GridStats &gs = mTile.grid[{ static_cast<int>( std::floor( g.x / 100 ) ),
                                 static_cast<int>( std::floor( g.y / 100 ) ) }];
    bs.dwellings++;
    gs.dwellings++;
    gs.corporation += corp;
    if ( !mPersons.empty() )
    {
      bs.households++;
      if ( mPersons.size() == 1 )
      {
        bs.singleHouseholds++;
        gs.singleHouseholds++;
      }
    }
    for ( const Person &person : mPersons )
    {
      const int group = cbsAgeGroup( person.age );
      bs.inhabitants++;
      bs.age[group]++;
      gs.inhabitants++;
      gs.age[group]++;
      if ( person.widowed )
        bs.widowed++;
      if ( person.age >= 65 )
        a.residents65++;
      const int band = registerBand( person.age );
      if ( band >= 0 )
        bs.reg[person.female ? 1 : 0][band]++;
    }
    mTile.addresses.push_back( a );
  }

  // CBS omgevingsadressendichtheid: mean number of addresses per km2 within 1 km of each address of the
  // buurt.
  void computeDensity()
  {
    const int nx = static_cast<int>( kTownWidth / 100 ), ny = static_cast<int>( kTownHeight / 100 );
    std::vector<int> counts( static_cast<size_t>( nx * ny ), 0 );
    auto cellOf = [&]( Pt p )
    {
      const int x = std::clamp( static_cast<int>( std::floor( p.x / 100 ) ), 0, nx - 1 );
      const int y = std::clamp( static_cast<int>( std::floor( p.y / 100 ) ), 0, ny - 1 );
      return y * nx + x;
    };
    for ( const Address &a : mTile.addresses )
      counts[static_cast<size_t>( cellOf( a.p ) )]++;
    std::vector<double> density( counts.size(), -1 );
    const double kPi = 3.14159265358979323846;
    for ( const Address &a : mTile.addresses )
    {
      const int c = cellOf( a.p );
      double &d = density[static_cast<size_t>( c )];
      if ( d < 0 )
      {
        const int cx = c % nx, cy = c / nx;
        long long sum = 0;
        for ( int dy = -10; dy <= 10; ++dy )
          for ( int dx = -10; dx <= 10; ++dx )
          {
            const int x = cx + dx, y = cy + dy;
            if ( dx * dx + dy * dy <= 100 && x >= 0 && y >= 0 && x < nx && y < ny )
              sum += counts[static_cast<size_t>( y * nx + x )];
          }
        d = static_cast<double>( sum ) / kPi;
      }
      BuurtStats &bs = mTile.stats[static_cast<size_t>( a.cell )];
      bs.densitySum += d;
      bs.addresses++;
    }
  }
};

} // namespace

void planHousing( Tile &tile, uint64_t seed, double homesPerSegment, const SegmentIndex &streets )
{
  HousingPlanner planner( tile, seed, homesPerSegment, streets );
  planner.run();
}

} // namespace gentown
