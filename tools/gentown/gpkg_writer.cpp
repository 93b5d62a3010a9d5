#include "gpkg_writer.h"

#include "tile.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

namespace gentown
{

namespace
{

constexpr int kSecretBuurt = -99999999; // CBS: buurt value withheld (fewer than 50 inhabitants)
constexpr int kSecretCell = -99997;     // CBS grid: value withheld (fewer than 5)

// CBS rounds half up to whole percent.
int percent( long long part, long long whole )
{
  return static_cast<int>(
      std::floor( 100.0 * static_cast<double>( part ) / static_cast<double>( whole ) + 0.5 ) );
}
int round5( long long v )
{
  return static_cast<int>( ( ( v + 2 ) / 5 ) * 5 );
}
int gridValue( long long v )
{
  return v < 5 ? kSecretCell : round5( v );
}

struct FieldSpec
{
  const char *name;
  OGRFieldType type;
};

// Provides tiles, caching them for small outputs and regenerating them per layer for large ones (memory
// bound).
class TileSource
{
public:
  explicit TileSource( const Options &o ) : mOptions( o ), mCacheAll( o.scale <= 6 ) {}

  const Tile &get( int tx, int ty, bool housing )
  {
    const size_t idx = static_cast<size_t>( ty * mOptions.scale + tx );
    if ( mCacheAll )
    {
      if ( mCache.size() <= idx )
        mCache.resize( static_cast<size_t>( mOptions.scale * mOptions.scale ) );
      // Housing is always built when caching so one tile serves every layer.
      if ( !mCache[idx] )
        mCache[idx] = std::make_unique<Tile>( buildTile( mOptions, tx, ty, true ) );
      return *mCache[idx];
    }
    if ( !mLast || mLast->tx != tx || mLast->ty != ty || ( housing && !mLastHousing ) )
    {
      mLast = std::make_unique<Tile>( buildTile( mOptions, tx, ty, housing ) );
      mLastHousing = housing;
    }
    return *mLast;
  }

private:
  const Options &mOptions;
  bool mCacheAll;
  std::vector<std::unique_ptr<Tile>> mCache;
  std::unique_ptr<Tile> mLast;
  bool mLastHousing = false;
};

class Writer
{
public:
  Writer( const Options &o, GDALDataset *ds ) : mOptions( o ), mDs( ds ), mTiles( o )
  {
    mSrs.importFromEPSG( 28992 );
    mSrs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  }

  std::string run( std::vector<LayerCount> &counts )
  {
    struct Job
    {
      const char *name;
      OGRwkbGeometryType type;
      std::vector<FieldSpec> fields;
      bool housing;
      std::function<void( const Tile &, OGRLayer *, OGRFeature * )> write;
    };
    const std::vector<FieldSpec> buurtFields = { { "buurtcode", OFTString },
                                                 { "buurtnaam", OFTString },
                                                 { "wijkcode", OFTString },
                                                 { "wijknaam", OFTString },
                                                 { "gemeentecode", OFTString },
                                                 { "gemeentenaam", OFTString },
                                                 { "water", OFTString },
                                                 { "aantal_inwoners", OFTInteger },
                                                 { "percentage_personen_0_tot_15_jaar", OFTInteger },
                                                 { "percentage_personen_15_tot_25_jaar", OFTInteger },
                                                 { "percentage_personen_25_tot_45_jaar", OFTInteger },
                                                 { "percentage_personen_45_tot_65_jaar", OFTInteger },
                                                 { "percentage_personen_65_jaar_en_ouder", OFTInteger },
                                                 { "aantal_huishoudens", OFTInteger },
                                                 { "percentage_eenpersoonshuishoudens", OFTInteger },
                                                 { "percentage_verweduwd", OFTInteger },
                                                 { "gemiddelde_huishoudsgrootte", OFTReal },
                                                 { "omgevingsadressendichtheid", OFTInteger } };
    const std::vector<FieldSpec> gridFields = {
        { "crs28992res100m", OFTString },
        { "aantal_inwoners", OFTInteger },
        { "aantal_inwoners_0_tot_15_jaar", OFTInteger },
        { "aantal_inwoners_15_tot_25_jaar", OFTInteger },
        { "aantal_inwoners_25_tot_45_jaar", OFTInteger },
        { "aantal_inwoners_45_tot_65_jaar", OFTInteger },
        { "aantal_inwoners_65_jaar_en_ouder", OFTInteger },
        { "aantal_eenpersoonshuishoudens", OFTInteger },
        { "aantal_woningen", OFTInteger },
        { "aantal_huurwoningen_in_bezit_woningcorporaties", OFTInteger } };
    std::vector<FieldSpec> registerFields = { { "buurtcode", OFTString } };
    static const char *bands[] = { "30_59", "60_64", "65_69", "70_74", "75_79", "80_84", "85_89", "90_plus" };
    static std::vector<std::string> registerNames;
    registerNames.clear();
    for ( const char *b : bands )
    {
      registerNames.push_back( std::string( "men_" ) + b );
      registerNames.push_back( std::string( "women_" ) + b );
    }
    for ( const std::string &n : registerNames )
      registerFields.push_back( { n.c_str(), OFTInteger } );
    const std::vector<FieldSpec> addressFields = {
        { "identificatie", OFTString }, { "pand_identificatie", OFTString },
        { "gebruiksdoel", OFTString },  { "oppervlakte", OFTInteger },
        { "bouwjaar", OFTInteger },     { "b3_bouwlagen", OFTInteger },
        { "lift", OFTInteger },         { "eigenaar_corporatie", OFTInteger },
        { "bewoners", OFTInteger },     { "bewoners_65plus", OFTInteger },
        { "buurtcode", OFTString } };
    const std::vector<FieldSpec> wayFields = { { "osm_id", OFTInteger64 }, { "highway", OFTString },
                                               { "name", OFTString },      { "bridge", OFTString },
                                               { "tunnel", OFTString },    { "layer", OFTInteger } };
    const std::vector<FieldSpec> poiFields = { { "poi_id", OFTInteger },
                                               { "category", OFTString },
                                               { "name", OFTString },
                                               { "subtype", OFTString } };
    const std::vector<FieldSpec> siteFields = { { "site_id", OFTInteger },
                                                { "site_type", OFTString },
                                                { "name", OFTString },
                                                { "corporation", OFTString },
                                                { "corporation_owned", OFTInteger },
                                                { "homes", OFTInteger },
                                                { "storeys", OFTInteger },
                                                { "lift", OFTInteger },
                                                { "bouwjaar", OFTInteger },
                                                { "plot_area_m2", OFTInteger },
                                                { "shared_space", OFTInteger } };

    const std::vector<Job> jobs = {
        { "buurten", wkbMultiPolygon, buurtFields, true,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeBuurten( t, l, f ); } },
        { "vierkant100m", wkbPolygon, gridFields, true,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeGrid( t, l, f ); } },
        { "bevolking_register", wkbMultiPolygon, registerFields, true,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeRegister( t, l, f ); } },
        { "adressen", wkbPoint, addressFields, true,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeAddresses( t, l, f ); } },
        { "wegen", wkbLineString, wayFields, false,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeWays( t, l, f ); } },
        { "voorzieningen", wkbPoint, poiFields, false,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writePois( t, l, f ); } },
        { "woningbouwlocaties", wkbPoint, siteFields, true,
          [this]( const Tile &t, OGRLayer *l, OGRFeature *f ) { writeSites( t, l, f ); } },
    };

    for ( const Job &job : jobs )
    {
      char **opts = nullptr;
      opts = CSLSetNameValue( opts, "GEOMETRY_NAME", "geom" );
      OGRLayer *layer = mDs->CreateLayer( job.name, &mSrs, job.type, opts );
      CSLDestroy( opts );
      if ( !layer )
        return std::string( "cannot create layer " ) + job.name + ": " + CPLGetLastErrorMsg();
      for ( const FieldSpec &fs : job.fields )
      {
        OGRFieldDefn def( fs.name, fs.type );
        if ( layer->CreateField( &def ) != OGRERR_NONE )
          return std::string( "cannot create field " ) + fs.name + ": " + CPLGetLastErrorMsg();
      }
      // One transaction per layer: per-feature commits would make national-size output take hours.
      if ( mDs->StartTransaction() != OGRERR_NONE )
        return std::string( "cannot start transaction: " ) + CPLGetLastErrorMsg();
      mFailed.clear();
      mCount = 0;
      OGRFeature *feature = OGRFeature::CreateFeature( layer->GetLayerDefn() );
      for ( int ty = 0; ty < mOptions.scale && mFailed.empty(); ++ty )
        for ( int tx = 0; tx < mOptions.scale && mFailed.empty(); ++tx )
          job.write( mTiles.get( tx, ty, job.housing ), layer, feature );
      OGRFeature::DestroyFeature( feature );
      if ( !mFailed.empty() )
      {
        mDs->RollbackTransaction();
        return mFailed;
      }
      if ( mDs->CommitTransaction() != OGRERR_NONE )
        return std::string( "cannot write layer " ) + job.name + ": " + CPLGetLastErrorMsg();
      counts.push_back( { job.name, mCount } );
    }
    return {};
  }

private:
  const Options &mOptions;
  GDALDataset *mDs;
  TileSource mTiles;
  OGRSpatialReference mSrs;
  std::string mFailed;
  long long mCount = 0;

  void emit( OGRLayer *layer, OGRFeature *f )
  {
    f->SetFID( OGRNullFID );
    if ( layer->CreateFeature( f ) != OGRERR_NONE && mFailed.empty() )
      mFailed = std::string( "cannot write feature to " ) + layer->GetName() + ": " + CPLGetLastErrorMsg();
    ++mCount;
  }

  static void setString( OGRFeature *f, int i, const std::string &s )
  {
    if ( s.empty() )
      f->SetFieldNull( i );
    else
      f->SetField( i, s.c_str() );
  }

  OGRMultiPolygon *buurtGeometry( const Tile &t, const Cell &c ) const
  {
    auto *ring = new OGRLinearRing();
    for ( const Pt &p : c.ring )
    {
      const Pt g = t.global( p );
      ring->addPoint( g.x, g.y );
    }
    ring->closeRings();
    auto *poly = new OGRPolygon();
    poly->addRingDirectly( ring );
    auto *mp = new OGRMultiPolygon();
    mp->addGeometryDirectly( poly );
    return mp;
  }

  void writeBuurten( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    for ( size_t ci = 0; ci < t.cells.size(); ++ci )
    {
      const Cell &c = t.cells[ci];
      const BuurtStats &s = t.stats[ci];
      f->SetField( 0, c.code.c_str() );
      f->SetField( 1, c.def->name );
      f->SetField( 2, c.wijkCode.c_str() );
      f->SetField( 3, wijkName( c.def->wijk ) );
      f->SetField( 4, t.gmCode.c_str() );
      f->SetField( 5, t.gmName.c_str() );
      f->SetField( 6, "NEE" );
      const bool secret = s.inhabitants < 50;
      f->SetField( 7, secret ? kSecretBuurt : static_cast<int>( s.inhabitants ) );
      for ( int g = 0; g < 5; ++g )
        f->SetField( 8 + g, secret ? kSecretBuurt : percent( s.age[g], s.inhabitants ) );
      f->SetField( 13, secret ? kSecretBuurt : static_cast<int>( s.households ) );
      f->SetField( 14, secret ? kSecretBuurt : percent( s.singleHouseholds, s.households ) );
      f->SetField( 15, secret ? kSecretBuurt : percent( s.widowed, s.inhabitants ) );
      f->SetField( 16,
                   secret ? static_cast<double>( kSecretBuurt )
                          : std::round( 10.0 * s.inhabitants / static_cast<double>( s.households ) ) / 10.0 );
      if ( s.addresses > 0 )
        f->SetField( 17,
                     static_cast<int>( std::lround( s.densitySum / static_cast<double>( s.addresses ) ) ) );
      else
        f->SetField( 17, 0 );
      f->SetGeometryDirectly( buurtGeometry( t, c ) );
      emit( layer, f );
    }
  }

  void writeRegister( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    for ( size_t ci = 0; ci < t.cells.size(); ++ci )
    {
      const BuurtStats &s = t.stats[ci];
      f->SetField( 0, t.cells[ci].code.c_str() );
      for ( int b = 0; b < kRegisterBands; ++b )
      {
        f->SetField( 1 + 2 * b, static_cast<int>( s.reg[0][b] ) );
        f->SetField( 2 + 2 * b, static_cast<int>( s.reg[1][b] ) );
      }
      f->SetGeometryDirectly( buurtGeometry( t, t.cells[ci] ) );
      emit( layer, f );
    }
  }

  void writeGrid( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    for ( const auto &kv : t.grid )
    {
      const GridStats &g = kv.second;
      if ( g.dwellings <= 0 )
        continue;
      const int x = kv.first.first, y = kv.first.second;
      char id[32];
      std::snprintf( id, sizeof id, "E%04dN%04d", x, y );
      f->SetField( 0, id );
      const bool small = g.inhabitants < 5;
      f->SetField( 1, g.inhabitants == 0 ? 0 : ( small ? kSecretCell : round5( g.inhabitants ) ) );
      for ( int a = 0; a < 5; ++a )
        f->SetField( 2 + a, small ? kSecretCell : gridValue( g.age[a] ) );
      f->SetField( 7, small ? kSecretCell : gridValue( g.singleHouseholds ) );
      f->SetField( 8, gridValue( g.dwellings ) );
      f->SetField( 9, gridValue( g.corporation ) );
      auto *ring = new OGRLinearRing();
      const double x0 = x * 100.0, y0 = y * 100.0;
      ring->addPoint( x0, y0 );
      ring->addPoint( x0 + 100, y0 );
      ring->addPoint( x0 + 100, y0 + 100 );
      ring->addPoint( x0, y0 + 100 );
      ring->closeRings();
      auto *poly = new OGRPolygon();
      poly->addRingDirectly( ring );
      f->SetGeometryDirectly( poly );
      emit( layer, f );
    }
  }

  void writeAddresses( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    char id[32], pand[32];
    long long seq = 0;
    OGRPoint pt;
    for ( const Address &a : t.addresses )
    {
      // BAG identifiers: gemeentecode + object type (01 verblijfsobject, 10 pand) + 10-digit number.
      std::snprintf( id, sizeof id, "%04d01%010lld", t.gemeente, ++seq );
      std::snprintf( pand, sizeof pand, "%04d10%010lld", t.gemeente, a.pand );
      f->SetField( 0, id );
      f->SetField( 1, pand );
      f->SetField( 2, a.use.c_str() );
      f->SetField( 3, a.area );
      f->SetField( 4, a.year );
      f->SetField( 5, a.storeys );
      f->SetField( 6, a.lift );
      f->SetField( 7, a.corporation );
      f->SetField( 8, a.residents );
      f->SetField( 9, a.residents65 );
      f->SetField( 10, t.cells[static_cast<size_t>( a.cell )].code.c_str() );
      const Pt g = t.global( a.p );
      pt.setX( g.x );
      pt.setY( g.y );
      f->SetGeometry( &pt );
      emit( layer, f );
    }
  }

  void writeWays( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    long long seq = 0;
    for ( const Way &w : t.ways )
    {
      auto *ls = new OGRLineString();
      Pt last{ 1e300, 1e300 };
      for ( const Pt &p : w.pts )
      {
        const Pt g = t.global( p );
        // Never emit zero-length segments: drop repeated vertices after rounding to mm.
        if ( g.x == last.x && g.y == last.y )
          continue;
        ls->addPoint( g.x, g.y );
        last = g;
      }
      if ( ls->getNumPoints() < 2 )
      {
        delete ls;
        continue;
      }
      f->SetField( 0, static_cast<GIntBig>( ( t.index + 1LL ) * 1000000LL + ( ++seq ) ) );
      f->SetField( 1, w.highway.c_str() );
      setString( f, 2, w.name );
      setString( f, 3, w.bridge ? "yes" : "" );
      setString( f, 4, w.tunnel ? "yes" : "" );
      f->SetField( 5, w.layer );
      f->SetGeometryDirectly( ls );
      emit( layer, f );
    }
  }

  void writePois( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    int seq = 0;
    OGRPoint pt;
    for ( const Poi &p : t.pois )
    {
      f->SetField( 0, t.index * 100000 + ( ++seq ) );
      f->SetField( 1, p.category.c_str() );
      setString( f, 2, p.name );
      setString( f, 3, p.subtype );
      const Pt g = t.global( p.p );
      pt.setX( g.x );
      pt.setY( g.y );
      f->SetGeometry( &pt );
      emit( layer, f );
    }
  }

  void writeSites( const Tile &t, OGRLayer *layer, OGRFeature *f )
  {
    int seq = 0;
    OGRPoint pt;
    for ( const Site &s : t.sites )
    {
      f->SetField( 0, t.index * 1000 + ( ++seq ) );
      f->SetField( 1, s.complex ? "complex" : "vacant_plot" );
      setString( f, 2, s.name );
      setString( f, 3, s.corporation );
      f->SetField( 4, s.corporationOwned );
      f->SetField( 5, s.homes );
      if ( s.complex )
      {
        f->SetField( 6, s.storeys );
        f->SetField( 8, s.year );
        f->SetFieldNull( 9 );
      }
      else
      {
        f->SetFieldNull( 6 );
        f->SetFieldNull( 8 );
        f->SetField( 9, s.plotArea );
      }
      f->SetField( 7, s.lift );
      f->SetField( 10, s.sharedSpace );
      const Pt g = t.global( s.p );
      pt.setX( g.x );
      pt.setY( g.y );
      f->SetGeometry( &pt );
      emit( layer, f );
    }
  }
};

} // namespace

std::string writeTown( const Options &options, std::vector<LayerCount> &counts )
{
  GDALAllRegister();
  CPLSetErrorHandler( CPLQuietErrorHandler );
  // The file is written once, start to end: durability syncs only slow it down.
  CPLSetConfigOption( "OGR_SQLITE_SYNCHRONOUS", "OFF" );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  if ( !driver )
    return "GDAL has no GPKG driver";

  VSIStatBufL st;
  if ( VSIStatL( options.out.c_str(), &st ) == 0 )
  {
    if ( VSI_ISDIR( st.st_mode ) )
      return "output path '" + options.out + "' is a directory";
    if ( VSIUnlink( options.out.c_str() ) != 0 )
      return "cannot overwrite '" + options.out + "'";
  }
  GDALDataset *ds = driver->Create( options.out.c_str(), 0, 0, 0, GDT_Unknown, nullptr );
  if ( !ds )
    return "cannot create '" + options.out + "': " + CPLGetLastErrorMsg();
  std::string err;
  {
    Writer writer( options, ds );
    err = writer.run( counts );
  }
  GDALClose( ds );
  if ( err.empty() && CPLGetLastErrorType() == CE_Failure )
    err = std::string( "GDAL error while writing '" ) + options.out + "': " + CPLGetLastErrorMsg();
  return err;
}

} // namespace gentown
