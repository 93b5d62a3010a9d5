// Property tests of df_gentown, the sample-town generator. Every check recomputes its expectation from the
// generated GeoPackage itself (through OGR/GEOS), never from generator internals.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace
{

constexpr int kSecretBuurt = -99999999;
constexpr int kSecretCell = -99997;

fs::path gTmp;

std::string quote( const std::string &s )
{
  return "'" + s + "'";
}

int runGenerator( const std::string &args )
{
  const std::string cmd = quote( DF_GENTOWN_EXE ) + " " + args + " >/dev/null 2>&1";
  const int rc = std::system( cmd.c_str() );
  return WIFEXITED( rc ) ? WEXITSTATUS( rc ) : -1;
}

struct DatasetCloser
{
  void operator()( GDALDataset *ds ) const { GDALClose( ds ); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openTown( const fs::path &p )
{
  return DatasetPtr( static_cast<GDALDataset *>(
      GDALOpenEx( p.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
}

using FeaturePtr = std::unique_ptr<OGRFeature, decltype( &OGRFeature::DestroyFeature )>;

std::vector<FeaturePtr> readAll( GDALDataset *ds, const char *layerName )
{
  std::vector<FeaturePtr> out;
  OGRLayer *l = ds->GetLayerByName( layerName );
  if ( !l )
    return out;
  l->ResetReading();
  while ( OGRFeature *f = l->GetNextFeature() )
    out.emplace_back( f, &OGRFeature::DestroyFeature );
  return out;
}

// Text dump of a whole file (fields and geometry of every feature in order) for determinism checks.
std::string dump( const fs::path &p )
{
  DatasetPtr ds = openTown( p );
  std::ostringstream os;
  for ( int i = 0; ds && i < ds->GetLayerCount(); ++i )
  {
    OGRLayer *l = ds->GetLayer( i );
    os << "#" << l->GetName() << "\n";
    while ( OGRFeature *f = l->GetNextFeature() )
    {
      for ( int k = 0; k < f->GetFieldCount(); ++k )
        os << ( f->IsFieldSetAndNotNull( k ) ? f->GetFieldAsString( k ) : "<null>" ) << "|";
      char *wkt = nullptr;
      if ( f->GetGeometryRef() )
        f->GetGeometryRef()->exportToWkt( &wkt );
      os << ( wkt ? wkt : "" ) << "\n";
      CPLFree( wkt );
      OGRFeature::DestroyFeature( f );
    }
  }
  return os.str();
}

struct Seg
{
  double ax, ay, bx, by;
  int way;
};

double segDist( double px, double py, const Seg &s )
{
  const double dx = s.bx - s.ax, dy = s.by - s.ay;
  const double l2 = dx * dx + dy * dy;
  double t = l2 > 0 ? ( ( px - s.ax ) * dx + ( py - s.ay ) * dy ) / l2 : 0;
  t = std::max( 0.0, std::min( 1.0, t ) );
  const double qx = s.ax + t * dx - px, qy = s.ay + t * dy - py;
  return std::sqrt( qx * qx + qy * qy );
}

// Grid of street segments for nearest-distance queries.
class SegGrid
{
public:
  explicit SegGrid( const std::vector<Seg> &segs ) : mSegs( segs )
  {
    for ( size_t i = 0; i < segs.size(); ++i )
    {
      const Seg &s = segs[i];
      for ( long x = key( std::min( s.ax, s.bx ) ); x <= key( std::max( s.ax, s.bx ) ); ++x )
        for ( long y = key( std::min( s.ay, s.by ) ); y <= key( std::max( s.ay, s.by ) ); ++y )
          mCells[{ x, y }].push_back( i );
    }
  }
  // Minimum distance to segments of ways other than `skipWay` (within ~50 m; else 1e9).
  double nearest( double x, double y, int skipWay = -1 ) const
  {
    double best = 1e9;
    for ( long cx = key( x ) - 1; cx <= key( x ) + 1; ++cx )
      for ( long cy = key( y ) - 1; cy <= key( y ) + 1; ++cy )
      {
        auto it = mCells.find( { cx, cy } );
        if ( it == mCells.end() )
          continue;
        for ( size_t i : it->second )
          if ( mSegs[i].way != skipWay )
            best = std::min( best, segDist( x, y, mSegs[i] ) );
      }
    return best;
  }

private:
  static long key( double v ) { return static_cast<long>( std::floor( v / 50.0 ) ); }
  const std::vector<Seg> &mSegs;
  std::map<std::pair<long, long>, std::vector<size_t>> mCells;
};

class GentownTest : public ::testing::Test
{
protected:
  static void SetUpTestSuite()
  {
    GDALAllRegister();
    gTmp = fs::temp_directory_path() / ( "gentown_test_" + std::to_string( getpid() ) );
    fs::create_directories( gTmp );
    // GENTOWN_TEST_SEED lets the same properties be checked on other seeds (default: the sample town, seed
    // 1).
    const char *env = std::getenv( "GENTOWN_TEST_SEED" );
    const long seed = env ? std::atol( env ) : 1;
    const std::string seedArg = " --seed " + std::to_string( seed );
    ASSERT_EQ( runGenerator( "--out " + quote( ( gTmp / "a.gpkg" ).string() ) + ( env ? seedArg : "" ) ), 0 );
    ASSERT_EQ( runGenerator( "--out " + quote( ( gTmp / "b.gpkg" ).string() ) + seedArg ), 0 );
    ASSERT_EQ( runGenerator( "--out " + quote( ( gTmp / "c.gpkg" ).string() ) + " --seed " +
                             std::to_string( seed + 1 ) ),
               0 );
    sDs = openTown( gTmp / "a.gpkg" ).release();
    ASSERT_NE( sDs, nullptr );
    for ( auto &f : readAll( sDs, "buurten" ) )
    {
      Buurt b;
      b.code = f->GetFieldAsString( "buurtcode" );
      b.inhabitants = f->GetFieldAsInteger( "aantal_inwoners" );
      b.geom.reset( f->GetGeometryRef()->clone() );
      for ( const char *name : kPopulationFields )
        b.population.push_back( f->GetFieldAsDouble( name ) );
      sBuurten.push_back( std::move( b ) );
    }
    // Assign every address to the buurt polygon that contains it (GEOS), independent of its buurtcode field.
    for ( auto &f : readAll( sDs, "adressen" ) )
    {
      const OGRPoint *p = f->GetGeometryRef()->toPoint();
      Address a{ p->getX(),
                 p->getY(),
                 f->GetFieldAsInteger( "bewoners" ),
                 f->GetFieldAsInteger( "bewoners_65plus" ),
                 f->GetFieldAsString( "buurtcode" ),
                 f->GetFieldAsString( "gebruiksdoel" ),
                 -1 };
      for ( size_t i = 0; i < sBuurten.size(); ++i )
        if ( sBuurten[i].geom->Contains( p ) )
          a.buurt = static_cast<int>( i );
      sAddresses.push_back( a );
    }
    int wayIdx = 0;
    for ( auto &f : readAll( sDs, "wegen" ) )
    {
      Way w;
      w.highway = f->GetFieldAsString( "highway" );
      w.bridge = f->IsFieldSetAndNotNull( f->GetFieldIndex( "bridge" ) );
      w.tunnel = f->IsFieldSetAndNotNull( f->GetFieldIndex( "tunnel" ) );
      w.geom.reset( f->GetGeometryRef()->clone()->toLineString() );
      const OGRLineString *ls = w.geom.get();
      for ( int i = 1; i < ls->getNumPoints(); ++i )
        sSegs.push_back( { ls->getX( i - 1 ), ls->getY( i - 1 ), ls->getX( i ), ls->getY( i ), wayIdx } );
      sWays.push_back( std::move( w ) );
      ++wayIdx;
    }
  }

  static void TearDownTestSuite()
  {
    GDALClose( sDs );
    sDs = nullptr;
    sBuurten.clear();
    sWays.clear();
    std::error_code ec;
    fs::remove_all( gTmp, ec );
  }

  struct Buurt
  {
    std::string code;
    int inhabitants;
    std::unique_ptr<OGRGeometry> geom;
    std::vector<double> population;
  };
  struct Address
  {
    double x, y;
    int residents, residents65;
    std::string code, use;
    int buurt;
  };
  struct Way
  {
    std::string highway;
    bool bridge, tunnel;
    std::unique_ptr<OGRLineString> geom;
  };

  static constexpr const char *kPopulationFields[] = { "aantal_inwoners",
                                                       "percentage_personen_0_tot_15_jaar",
                                                       "percentage_personen_15_tot_25_jaar",
                                                       "percentage_personen_25_tot_45_jaar",
                                                       "percentage_personen_45_tot_65_jaar",
                                                       "percentage_personen_65_jaar_en_ouder",
                                                       "aantal_huishoudens",
                                                       "percentage_eenpersoonshuishoudens",
                                                       "percentage_verweduwd",
                                                       "gemiddelde_huishoudsgrootte" };

  static GDALDataset *sDs;
  static std::vector<Buurt> sBuurten;
  static std::vector<Address> sAddresses;
  static std::vector<Way> sWays;
  static std::vector<Seg> sSegs;
};

GDALDataset *GentownTest::sDs = nullptr;
std::vector<GentownTest::Buurt> GentownTest::sBuurten;
std::vector<GentownTest::Address> GentownTest::sAddresses;
std::vector<GentownTest::Way> GentownTest::sWays;
std::vector<Seg> GentownTest::sSegs;

TEST_F( GentownTest, LayersFieldsAndSizes )
{
  const std::map<std::string, std::vector<std::string>> required = {
      { "buurten",
        { "buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "water",
          "aantal_inwoners", "percentage_personen_65_jaar_en_ouder", "aantal_huishoudens",
          "percentage_eenpersoonshuishoudens", "percentage_verweduwd", "gemiddelde_huishoudsgrootte",
          "omgevingsadressendichtheid" } },
      { "vierkant100m",
        { "crs28992res100m", "aantal_inwoners", "aantal_inwoners_0_tot_15_jaar",
          "aantal_inwoners_65_jaar_en_ouder", "aantal_eenpersoonshuishoudens", "aantal_woningen",
          "aantal_huurwoningen_in_bezit_woningcorporaties" } },
      { "bevolking_register", { "buurtcode", "men_30_59", "women_30_59", "men_90_plus", "women_90_plus" } },
      { "adressen",
        { "identificatie", "pand_identificatie", "gebruiksdoel", "oppervlakte", "bouwjaar", "b3_bouwlagen",
          "lift", "eigenaar_corporatie", "bewoners", "bewoners_65plus", "buurtcode" } },
      { "wegen", { "osm_id", "highway", "name", "bridge", "tunnel", "layer" } },
      { "voorzieningen", { "poi_id", "category", "name", "subtype" } },
      { "woningbouwlocaties",
        { "site_id", "site_type", "name", "corporation", "corporation_owned", "homes", "storeys", "lift",
          "bouwjaar", "plot_area_m2", "shared_space" } } };
  for ( const auto &kv : required )
  {
    OGRLayer *l = sDs->GetLayerByName( kv.first.c_str() );
    ASSERT_NE( l, nullptr ) << kv.first;
    EXPECT_STREQ( l->GetGeometryColumn(), "geom" );
    ASSERT_NE( l->GetSpatialRef(), nullptr );
    EXPECT_STREQ( l->GetSpatialRef()->GetAuthorityCode( nullptr ), "28992" );
    for ( const std::string &field : kv.second )
      EXPECT_GE( l->GetLayerDefn()->GetFieldIndex( field.c_str() ), 0 ) << kv.first << "." << field;
  }
  EXPECT_GE( sBuurten.size(), 12u );
  EXPECT_LE( sBuurten.size(), 14u );
  EXPECT_GE( sAddresses.size(), 6000u );
  EXPECT_LE( sAddresses.size(), 8000u );
  EXPECT_GE( sWays.size(), 2000u );
  EXPECT_LE( sWays.size(), 4000u );
  const long long inhabitants =
      std::accumulate( sAddresses.begin(), sAddresses.end(), 0LL,
                       []( long long s, const Address &a ) { return s + a.residents; } );
  EXPECT_GT( inhabitants, 12000 );
  EXPECT_LT( inhabitants, 18000 );
}

TEST_F( GentownTest, DeterministicPerSeed )
{
  const std::string a = dump( gTmp / "a.gpkg" );
  EXPECT_GT( a.size(), 100000u );
  EXPECT_EQ( a, dump( gTmp / "b.gpkg" ) );
  EXPECT_NE( a, dump( gTmp / "c.gpkg" ) );
}

TEST_F( GentownTest, BuurtInhabitantsMatchAddresses )
{
  std::vector<long long> sum( sBuurten.size(), 0 );
  for ( const Address &a : sAddresses )
  {
    ASSERT_GE( a.buurt, 0 ) << "address outside every buurt at " << a.x << " " << a.y;
    EXPECT_EQ( a.code, sBuurten[static_cast<size_t>( a.buurt )].code );
    sum[static_cast<size_t>( a.buurt )] += a.residents;
    if ( a.use.find( "woonfunctie" ) == std::string::npos )
    {
      EXPECT_EQ( a.residents, 0 );
    }
  }
  int secret = 0;
  for ( size_t i = 0; i < sBuurten.size(); ++i )
  {
    const Buurt &b = sBuurten[i];
    if ( sum[i] < 50 )
    {
      ++secret;
      for ( double v : b.population )
        EXPECT_EQ( v, kSecretBuurt ) << b.code;
    }
    else
    {
      EXPECT_EQ( b.inhabitants, sum[i] ) << b.code;
      double pct = 0;
      for ( size_t k = 1; k <= 5; ++k )
        pct += b.population[k];
      EXPECT_NEAR( pct, 100, 3 ) << b.code; // rounded percentages add up to about 100
    }
  }
  EXPECT_GE( secret, 1 );
}

TEST_F( GentownTest, Register65PlusMatchesAddresses )
{
  std::map<std::string, long long> from65;
  for ( const Address &a : sAddresses )
    from65[sBuurten[static_cast<size_t>( a.buurt )].code] += a.residents65;
  const char *bands[] = { "65_69", "70_74", "75_79", "80_84", "85_89", "90_plus" };
  auto reg = readAll( sDs, "bevolking_register" );
  ASSERT_EQ( reg.size(), sBuurten.size() );
  for ( auto &f : reg )
  {
    long long total = 0;
    for ( const char *b : bands )
      total += f->GetFieldAsInteger( ( std::string( "men_" ) + b ).c_str() ) +
               f->GetFieldAsInteger( ( std::string( "women_" ) + b ).c_str() );
    EXPECT_EQ( total, from65[f->GetFieldAsString( "buurtcode" )] ) << f->GetFieldAsString( "buurtcode" );
  }
}

TEST_F( GentownTest, GridIsCbsRoundedAndConsistent )
{
  std::map<std::string, long long> dwellings;
  for ( const Address &a : sAddresses )
    if ( a.use.find( "woonfunctie" ) != std::string::npos )
    {
      char id[32];
      std::snprintf( id, sizeof id, "E%04dN%04d", static_cast<int>( std::floor( a.x / 100 ) ),
                     static_cast<int>( std::floor( a.y / 100 ) ) );
      dwellings[id]++;
    }
  auto cells = readAll( sDs, "vierkant100m" );
  ASSERT_FALSE( cells.empty() );
  EXPECT_EQ( cells.size(), dwellings.size() ); // only cells with dwellings
  for ( auto &f : cells )
  {
    for ( int k = 1; k < f->GetFieldCount(); ++k )
    {
      const int v = f->GetFieldAsInteger( k );
      EXPECT_TRUE( v == kSecretCell || ( v >= 0 && v % 5 == 0 ) )
          << f->GetFieldDefnRef( k )->GetNameRef() << "=" << v;
    }
    const std::string id = f->GetFieldAsString( "crs28992res100m" );
    OGREnvelope env;
    f->GetGeometryRef()->getEnvelope( &env );
    char expect[32];
    std::snprintf( expect, sizeof expect, "E%04dN%04d", static_cast<int>( env.MinX / 100 ),
                   static_cast<int>( env.MinY / 100 ) );
    EXPECT_EQ( id, expect );
    EXPECT_DOUBLE_EQ( env.MaxX - env.MinX, 100 );
    EXPECT_EQ( std::fmod( env.MinX, 100 ), 0 );
    const long long n = dwellings[id];
    EXPECT_EQ( f->GetFieldAsInteger( "aantal_woningen" ), n < 5 ? kSecretCell : ( ( n + 2 ) / 5 ) * 5 ) << id;
    const int inh = f->GetFieldAsInteger( "aantal_inwoners" );
    if ( inh == kSecretCell || inh == 0 )
    {
      EXPECT_EQ( f->GetFieldAsInteger( "aantal_inwoners_65_jaar_en_ouder" ), kSecretCell );
    }
  }
}

TEST_F( GentownTest, BuurtenTileWithoutOverlap )
{
  double sum = 0;
  OGRGeometry *unionGeom = nullptr;
  for ( const Buurt &b : sBuurten )
  {
    sum += b.geom->toMultiPolygon()->get_Area();
    OGRGeometry *u = unionGeom ? unionGeom->Union( b.geom.get() ) : b.geom->clone();
    delete unionGeom;
    unionGeom = u;
  }
  ASSERT_NE( unionGeom, nullptr );
  const double unionArea = OGR_G_Area( OGRGeometry::ToHandle( unionGeom ) );
  EXPECT_NEAR( sum, unionArea, 1.0 );
  // No gaps: the union is a single polygon without holes of about 4 km x 3 km.
  EXPECT_EQ( wkbFlatten( unionGeom->getGeometryType() ), wkbPolygon );
  if ( wkbFlatten( unionGeom->getGeometryType() ) == wkbPolygon )
  {
    EXPECT_EQ( unionGeom->toPolygon()->getNumInteriorRings(), 0 );
  }
  EXPECT_NEAR( unionArea, 12e6, 0.5e6 );
  delete unionGeom;
}

TEST_F( GentownTest, NetworkClassesAndQuirks )
{
  std::set<std::string> classes;
  for ( const Way &w : sWays )
    classes.insert( w.highway );
  for ( const char *hw :
        { "residential", "living_street", "tertiary", "secondary", "service", "unclassified", "footway",
          "path", "pedestrian", "cycleway", "steps", "motorway", "motorway_link", "trunk" } )
    EXPECT_TRUE( classes.count( hw ) ) << "missing highway=" << hw;

  // Positive-length segments, mm coordinates, unique osm_id.
  for ( const Seg &s : sSegs )
  {
    EXPECT_GT( std::hypot( s.bx - s.ax, s.by - s.ay ), 0.0 );
    EXPECT_NEAR( s.ax * 1000, std::round( s.ax * 1000 ), 1e-3 );
  }
  std::set<long long> ids;
  for ( auto &f : readAll( sDs, "wegen" ) )
    EXPECT_TRUE( ids.insert( f->GetFieldAsInteger64( "osm_id" ) ).second );

  // Crossings without a shared vertex: there must be bridges/tunnels, and only bridges/tunnels do it.
  auto isVertex = []( const OGRLineString *ls, double x, double y )
  {
    for ( int i = 0; i < ls->getNumPoints(); ++i )
      if ( ls->getX( i ) == x && ls->getY( i ) == y )
        return true;
    return false;
  };
  int bridgeCrossings = 0, badCrossings = 0;
  std::vector<OGREnvelope> envs( sWays.size() );
  for ( size_t i = 0; i < sWays.size(); ++i )
    sWays[i].geom->getEnvelope( &envs[i] );
  for ( size_t i = 0; i < sWays.size(); ++i )
    for ( size_t j = i + 1; j < sWays.size(); ++j )
    {
      if ( !envs[i].Intersects( envs[j] ) || !sWays[i].geom->Intersects( sWays[j].geom.get() ) )
        continue;
      std::unique_ptr<OGRGeometry> x( sWays[i].geom->Intersection( sWays[j].geom.get() ) );
      std::vector<OGRPoint> pts;
      if ( wkbFlatten( x->getGeometryType() ) == wkbPoint )
        pts.push_back( *x->toPoint() );
      else if ( wkbFlatten( x->getGeometryType() ) == wkbMultiPoint )
        for ( const OGRPoint *p : *x->toMultiPoint() )
          pts.push_back( *p );
      else
      {
        ADD_FAILURE() << "ways overlap along a line: " << i << " " << j;
        continue;
      }
      for ( const OGRPoint &p : pts )
        if ( !isVertex( sWays[i].geom.get(), p.getX(), p.getY() ) ||
             !isVertex( sWays[j].geom.get(), p.getX(), p.getY() ) )
        {
          const bool special = sWays[i].bridge || sWays[j].bridge || sWays[i].tunnel || sWays[j].tunnel;
          if ( sWays[i].bridge || sWays[j].bridge )
            ++bridgeCrossings;
          if ( !special )
            ++badCrossings;
        }
    }
  EXPECT_GE( bridgeCrossings, 1 );
  EXPECT_EQ( badCrossings, 0 );

  // Near misses: line ends 2-8 cm from another line without touching it.
  SegGrid grid( sSegs );
  int nearMisses = 0;
  for ( size_t i = 0; i < sWays.size(); ++i )
  {
    const OGRLineString *ls = sWays[i].geom.get();
    for ( int end : { 0, ls->getNumPoints() - 1 } )
    {
      const double d = grid.nearest( ls->getX( end ), ls->getY( end ), static_cast<int>( i ) );
      if ( d >= 0.02 && d <= 0.08 )
        ++nearMisses;
    }
  }
  EXPECT_GE( nearMisses, 5 );
}

TEST_F( GentownTest, IsolatedIslandWithAddresses )
{
  // Connected components of the network through shared vertices.
  std::map<std::pair<double, double>, int> vertexOwner;
  std::vector<int> parent( sWays.size() );
  std::iota( parent.begin(), parent.end(), 0 );
  std::function<int( int )> find = [&]( int x )
  { return parent[x] == x ? x : parent[x] = find( parent[x] ); };
  for ( size_t i = 0; i < sWays.size(); ++i )
  {
    const OGRLineString *ls = sWays[i].geom.get();
    for ( int k = 0; k < ls->getNumPoints(); ++k )
    {
      auto it =
          vertexOwner.emplace( std::make_pair( ls->getX( k ), ls->getY( k ) ), static_cast<int>( i ) ).first;
      parent[find( it->second )] = find( static_cast<int>( i ) );
    }
  }
  std::map<int, int> size;
  for ( size_t i = 0; i < sWays.size(); ++i )
    size[find( static_cast<int>( i ) )]++;
  int largest = 0;
  for ( const auto &kv : size )
    largest = std::max( largest, kv.second );
  int islands = 0;
  SegGrid grid( sSegs );
  for ( const auto &kv : size )
  {
    if ( kv.second == largest || kv.second < 5 )
      continue;
    // An island must have addresses nearby (within 30 m of one of its ways).
    std::vector<Seg> own;
    for ( const Seg &s : sSegs )
      if ( find( s.way ) == kv.first )
        own.push_back( s );
    SegGrid ownGrid( own );
    for ( const Address &a : sAddresses )
      if ( ownGrid.nearest( a.x, a.y ) < 30 )
      {
        ++islands;
        break;
      }
  }
  EXPECT_GE( islands, 1 );
}

TEST_F( GentownTest, AddressesAreOffTheStreets )
{
  SegGrid grid( sSegs );
  int onStreet = 0;
  for ( const Address &a : sAddresses )
    if ( grid.nearest( a.x, a.y ) <= 1.0 )
      ++onStreet;
  EXPECT_EQ( onStreet, 0 );
}

TEST_F( GentownTest, AmenityCategoriesAndSites )
{
  std::map<std::string, int> count;
  for ( auto &f : readAll( sDs, "voorzieningen" ) )
    count[f->GetFieldAsString( "category" )]++;
  for ( const char *c : { "meeting_place", "gp", "pharmacy", "supermarket", "bus_stop", "bench", "toilet",
                          "park", "landmark" } )
    EXPECT_GT( count[c], 0 ) << c;
  EXPECT_EQ( count.size(), 9u );
  EXPECT_GE( count["bench"], 100 );
  EXPECT_GE( count["bus_stop"], 20 );

  auto sites = readAll( sDs, "woningbouwlocaties" );
  EXPECT_GE( sites.size(), 15u );
  EXPECT_LE( sites.size(), 25u );
  int big = 0, plots = 0;
  for ( auto &f : sites )
  {
    if ( std::string( f->GetFieldAsString( "site_type" ) ) == "vacant_plot" )
    {
      ++plots;
      EXPECT_EQ( f->GetFieldAsInteger( "homes" ), 0 );
    }
    else if ( f->GetFieldAsInteger( "homes" ) >= 80 )
      ++big;
  }
  EXPECT_GE( big, 1 );
  EXPECT_GE( plots, 1 );
}

TEST( GentownCli, BadArgumentsExitWithTwo )
{
  const std::string dir = ( fs::temp_directory_path() / "gentown_cli_nonexistent_dir" / "x.gpkg" ).string();
  EXPECT_EQ( runGenerator( "" ), 2 );
  EXPECT_EQ( runGenerator( "--out" ), 2 );
  EXPECT_EQ( runGenerator( "--out /tmp/x.gpkg --scale 0" ), 2 );
  EXPECT_EQ( runGenerator( "--out /tmp/x.gpkg --seed abc" ), 2 );
  EXPECT_EQ( runGenerator( "--out /tmp/x.gpkg --homes-per-segment -1" ), 2 );
  EXPECT_EQ( runGenerator( "--bogus 1" ), 2 );
  EXPECT_EQ( runGenerator( "--out " + quote( dir ) ), 2 );
}

} // namespace
