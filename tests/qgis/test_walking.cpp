// dementiafriendly:walkingaccess, :catchments and :coverage run through the processing registry. Expected
// values are computed by hand in this file on a small fixture town drawn below, or checked as properties
// that must hold on the generated sample town. The distance engine itself is checked against QGIS's graph
// analyser (tests/graphoracle) and GRASS (tests/grassoracle).

#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace
{
const QString Walking = QStringLiteral( "dementiafriendly:walkingaccess" );
const QString Catchments = QStringLiteral( "dementiafriendly:catchments" );
const QString Coverage = QStringLiteral( "dementiafriendly:coverage" );
const QString SampleTown = QStringLiteral( DF_SAMPLE_TOWN_GPKG );

/*
 * The fixture town (EPSG:28992, metres, origin at 150000 450000):
 *
 *            (200,200)
 *                |           F2 gp (200,190)+10 east
 *   bridge x=100 |
 *      :         |
 *  (0,0)-------(200,0)--------(400,0)   main street, vertex shared with the cross street at (200,0)
 *      :         |                   F1 meeting place at (390,10)
 *      :         |
 *            (200,-200)
 *
 * The "bridge" runs from (100,-100) to (100,100) over the main street without a shared vertex.
 */
std::unique_ptr<QgsVectorLayer> fixtureStreets( const QString &crs = QStringLiteral( "EPSG:28992" ) )
{
  return memoryLayer( QStringLiteral( "LineString?crs=%1&field=highway:string" ).arg( crs ),
                      QStringLiteral( "streets" ),
                      { { QStringLiteral( "LINESTRING(0 0, 200 0, 400 0)" ), { "residential" } },
                        { QStringLiteral( "LINESTRING(200 -200, 200 0, 200 200)" ), { "residential" } },
                        { QStringLiteral( "LINESTRING(100 -100, 100 100)" ), { "footway" } } } );
}

std::unique_ptr<QgsVectorLayer> fixtureFacilities()
{
  return memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string&field=category:string" ),
                      QStringLiteral( "facilities" ),
                      { { QStringLiteral( "POINT(390 10)" ), { "F1", "meeting_place" } },
                        { QStringLiteral( "POINT(210 190)" ), { "F2", "gp" } } } );
}

//! O1 next to the main street, O2 next to the bridge, O3 far from any street.
std::unique_ptr<QgsVectorLayer> fixtureHomes()
{
  return memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=home:string&field=people:double" ),
                      QStringLiteral( "homes" ),
                      { { QStringLiteral( "POINT(10 -5)" ), { "O1", 2.0 } },
                        { QStringLiteral( "POINT(110 50)" ), { "O2", 3.0 } },
                        { QStringLiteral( "POINT(5000 5000)" ), { "O3", 5.0 } } } );
}

class Walking_ : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( mDir.isValid() );
    mStreets = fixtureStreets();
    mFacilities = fixtureFacilities();
    mHomes = fixtureHomes();
  }
  QString out( const QString &name ) const { return mDir.filePath( name ); }
  QVariantMap base() const
  {
    return { { QStringLiteral( "NETWORK" ), QVariant::fromValue( mStreets.get() ) },
             { QStringLiteral( "ORIGINS" ), QVariant::fromValue( mHomes.get() ) },
             { QStringLiteral( "FACILITIES" ), QVariant::fromValue( mFacilities.get() ) },
             { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) } };
  }
  RunResult run( const QString &alg, QVariantMap p, const QString &output, RecordingFeedback *fb = nullptr )
  {
    p.insert( QStringLiteral( "OUTPUT" ), output );
    return runAlgorithmById( alg, p, fb, [&]( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  }

  QTemporaryDir mDir;
  std::unique_ptr<QgsVectorLayer> mStreets, mFacilities, mHomes;
};

// 1. Distances per kind, by hand: connector + along the streets + connector.
TEST_F( Walking_, HandComputedDistancesPerKind )
{
  QVariantMap p = base();
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "kinds.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  for ( const char *field :
        { "gp_m", "gp_min", "gp_id", "meeting_place_m", "meeting_place_min", "meeting_place_id" } )
    EXPECT_GE( layer->fields().lookupField( field ), 0 ) << field;
  auto homes = byKey( layer.get(), QStringLiteral( "home" ) );
  // O1 (10,-5) -> F1 (390,10): 5 + 380 + 10.  O1 -> F2 (210,190): 5 + 190 to (200,0) + 190 up + 10.
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "meeting_place_m" ) ), 395, 1e-6 );
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "meeting_place_min" ) ), 395 / 0.8 / 60, 1e-6 );
  EXPECT_EQ( homes["O1"].attribute( "meeting_place_id" ).toString(), QStringLiteral( "F1" ) );
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "gp_m" ) ), 395, 1e-6 );
  // O2 is nearest to the bridge, which crosses the main street without a shared vertex: no way out.
  EXPECT_FALSE( numberOf( homes["O2"], QStringLiteral( "meeting_place_m" ) ) );
  EXPECT_TRUE( homes["O2"].attribute( "meeting_place_id" ).isNull() );
  // O3 is 5 km from any street.
  EXPECT_FALSE( numberOf( homes["O3"], QStringLiteral( "gp_m" ) ) );
  EXPECT_EQ( r.number( QStringLiteral( "ORIGINS_REACHED" ) ), 1 );
  EXPECT_EQ( r.number( QStringLiteral( "ORIGINS_UNREACHED" ) ), 2 );
  EXPECT_EQ( r.number( QStringLiteral( "ORIGINS_OFF_NETWORK" ) ), 1 );
  EXPECT_TRUE( r.log.contains( QLatin1String( "unconnected parts" ) ) ) << text( r.log );
  EXPECT_TRUE( r.log.contains( QLatin1String( "Timing (s): read=" ) ) ) << text( r.log );
}

// 2. Without a kind field all facilities are one kind; a cut-off leaves farther homes empty.
TEST_F( Walking_, OneKindAndCutOff )
{
  QVariantMap p = base();
  const RunResult all = run( Walking, p, out( QStringLiteral( "one.gpkg" ) ) );
  ASSERT_TRUE( all.ok ) << text( all.log );
  auto layer = openLayer( all.output() );
  auto homes = byKey( layer.get(), QStringLiteral( "home" ) );
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "dist_m" ) ), 395, 1e-6 );
  EXPECT_EQ( homes["O1"].attribute( "nearest_id" ).toString(), QStringLiteral( "F1" ) )
      << "tie goes to the first";

  p.insert( QStringLiteral( "MAX_DISTANCE" ), 394.9 );
  const RunResult cut = run( Walking, p, out( QStringLiteral( "cut.gpkg" ) ) );
  ASSERT_TRUE( cut.ok ) << text( cut.log );
  auto cutLayer = openLayer( cut.output() );
  EXPECT_FALSE(
      numberOf( byKey( cutLayer.get(), QStringLiteral( "home" ) )["O1"], QStringLiteral( "dist_m" ) ) );

  p.insert( QStringLiteral( "MAX_DISTANCE" ), 1e12 ); // a huge cut-off is just "no cut-off"
  ASSERT_TRUE( run( Walking, p, out( QStringLiteral( "huge.gpkg" ) ) ).ok );
}

// 3. Areas use the median over the addresses inside them.
TEST_F( Walking_, AreasUseTheMedianOfTheirAddresses )
{
  auto areas = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:28992&field=name:string" ), QStringLiteral( "buurten" ),
      { { QStringLiteral( "POLYGON((0 -50, 300 -50, 300 -1, 0 -1, 0 -50))" ), { "south" } },
        { QStringLiteral( "POLYGON((300 50, 350 50, 350 100, 300 100, 300 50))" ), { "empty" } } } );
  // Three homes south of the main street at x = 50, 150, 250, each 10 m from it: 10 + (390 - x) + 10.
  auto addresses = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992" ), QStringLiteral( "adressen" ),
                                { { QStringLiteral( "POINT(50 -10)" ), {} },
                                  { QStringLiteral( "POINT(150 -10)" ), {} },
                                  { QStringLiteral( "POINT(250 -10)" ), {} },
                                  { QStringLiteral( "POINT(320 60)" ), {} } } );
  QVariantMap p = base();
  p.insert( QStringLiteral( "ORIGINS" ), QVariant::fromValue( areas.get() ) );
  p.insert( QStringLiteral( "ADDRESSES" ), QVariant::fromValue( addresses.get() ) );
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "areas.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto areasOut = byKey( layer.get(), QStringLiteral( "name" ) );
  EXPECT_NEAR( *numberOf( areasOut["south"], QStringLiteral( "meeting_place_m" ) ), 10 + 240 + 10, 1e-6 );
  EXPECT_EQ( areasOut["south"].attribute( "meeting_place_id" ).toString(), QStringLiteral( "F1" ) );
  // The other area holds one address at (320, 60): 60 + 70 + 10.
  EXPECT_NEAR( *numberOf( areasOut["empty"], QStringLiteral( "meeting_place_m" ) ), 60 + 70 + 10, 1e-6 );
}

// 4. Layers in other CRSs are transformed to the network's; a network in degrees or Web Mercator is refused.
TEST_F( Walking_, CoordinateReferenceSystems )
{
  // The facilities in WGS 84: the same answer to the millimetre.
  auto wgs84 = memoryLayer( QStringLiteral( "Point?crs=EPSG:4326&field=poi_id:string" ),
                            QStringLiteral( "wgs84" ), {} );
  {
    QgsFeatureList list;
    for ( QgsFeature f : featuresOf( mFacilities.get() ) )
    {
      QgsGeometry g = f.geometry();
      g.transform( QgsCoordinateTransform( mFacilities->crs(), wgs84->crs(), QgsProject::instance() ) );
      QgsFeature copy( wgs84->fields() );
      copy.setGeometry( g );
      copy.setAttributes( QgsAttributes() << f.attribute( "poi_id" ) );
      list << copy;
    }
    wgs84->dataProvider()->addFeatures( list );
  }
  QVariantMap p = base();
  p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( wgs84.get() ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "wgs84.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  EXPECT_NEAR( *numberOf( byKey( layer.get(), QStringLiteral( "home" ) )["O1"], QStringLiteral( "dist_m" ) ),
               395, 1e-3 );

  for ( const char *crs : { "EPSG:4326", "EPSG:3857" } )
  {
    auto streets = fixtureStreets( crs );
    QVariantMap q = base();
    q.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( streets.get() ) );
    const RunResult refused = run( Walking, q, out( QStringLiteral( "refused.gpkg" ) ) );
    EXPECT_FALSE( refused.ok ) << crs;
    EXPECT_TRUE( refused.log.contains( QLatin1String( "EPSG:28992" ) ) ) << text( refused.log );
    EXPECT_TRUE( refused.log.contains( QLatin1String( "streets" ) ) ) << text( refused.log );
  }
}

// 5. Awkward networks: null geometries, multi-part lines with Z and M, zero-length segments, all filtered
// out.
TEST_F( Walking_, AwkwardNetworks )
{
  auto messy = memoryLayer(
      QStringLiteral( "MultiLineStringZM?crs=EPSG:28992&field=highway:string" ), QStringLiteral( "messy" ),
      { { QStringLiteral( "MULTILINESTRING ZM((0 0 1 1, 200 0 2 2, 200 0 2 2, 400 0 3 3),(200 -200 0 0, 200 "
                          "0 0 0, 200 200 0 0))" ),
          { "residential" } },
        { QString(), { "residential" } },
        { QStringLiteral( "MULTILINESTRING ZM((100 -100 0 0, 100 100 0 0))" ), { "footway" } },
        { QStringLiteral( "MULTILINESTRING ZM((0 0 0 0, 0 -300 0 0))" ), { "motorway" } } } );
  QVariantMap p = base();
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( messy.get() ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "messy.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  EXPECT_NEAR( *numberOf( byKey( layer.get(), QStringLiteral( "home" ) )["O1"], QStringLiteral( "dist_m" ) ),
               395, 1e-6 );
  EXPECT_TRUE( r.log.contains( QLatin1String( "1 left out" ) ) ) << "the motorway: " << text( r.log );

  auto motorways = memoryLayer( QStringLiteral( "LineString?crs=EPSG:28992&field=highway:string" ),
                                QStringLiteral( "snelwegen" ),
                                { { QStringLiteral( "LINESTRING(0 0, 400 0)" ), { "motorway" } } } );
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( motorways.get() ) );
  const RunResult none = run( Walking, p, out( QStringLiteral( "none.gpkg" ) ) );
  EXPECT_FALSE( none.ok );
  EXPECT_TRUE( none.log.contains( QLatin1String( "\"snelwegen\" has no walkable streets" ) ) )
      << text( none.log );
  EXPECT_FALSE( QFileInfo::exists( out( QStringLiteral( "none.gpkg" ) ) ) );

  auto empty = memoryLayer( QStringLiteral( "LineString?crs=EPSG:28992" ), QStringLiteral( "leeg" ), {} );
  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( empty.get() ) );
  EXPECT_FALSE( run( Walking, p, out( QStringLiteral( "empty.gpkg" ) ) ).ok );

  p.insert( QStringLiteral( "NETWORK" ), QVariant::fromValue( mStreets.get() ) );
  p.insert( QStringLiteral( "NETWORK_EXPRESSION" ), QStringLiteral( "\"highway\" = " ) );
  const RunResult bad = run( Walking, p, out( QStringLiteral( "badexpr.gpkg" ) ) );
  EXPECT_FALSE( bad.ok );
  EXPECT_TRUE( bad.log.contains( QLatin1String( "cannot be read" ) ) ) << text( bad.log );
}

// 6. Facilities: duplicate ids are named, facilities off the network are named, none at all is an error.
TEST_F( Walking_, FacilityProblemsAreNamed )
{
  auto facilities =
      memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string" ), QStringLiteral( "pois" ),
                   { { QStringLiteral( "POINT(390 10)" ), { "A" } },
                     { QStringLiteral( "POINT(210 190)" ), { "A" } },
                     { QStringLiteral( "POINT(9000 9000)" ), { "FAR" } },
                     { QString(), { "NOGEOM" } } } );
  QVariantMap p = base();
  p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( facilities.get() ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "dups.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  const QString warnings = r.warnings.join( '\n' );
  EXPECT_TRUE( warnings.contains( QLatin1String( "more than once" ) ) &&
               warnings.contains( QLatin1String( "(A)" ) ) )
      << text( warnings );
  EXPECT_TRUE( warnings.contains( QLatin1String( "FAR" ) ) ) << text( warnings );
  EXPECT_TRUE( warnings.contains( QLatin1String( "no geometry" ) ) ) << text( warnings );

  auto none = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string" ),
                           QStringLiteral( "geen" ), {} );
  p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( none.get() ) );
  const RunResult empty = run( Walking, p, out( QStringLiteral( "nofacilities.gpkg" ) ) );
  EXPECT_FALSE( empty.ok );
  EXPECT_TRUE( empty.log.contains( QLatin1String( "\"geen\" has no facilities" ) ) ) << text( empty.log );

  p = base();
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "soort" ) );
  const RunResult missing = run( Walking, p, out( QStringLiteral( "nofield.gpkg" ) ) );
  EXPECT_FALSE( missing.ok );
  EXPECT_TRUE( missing.log.contains( QLatin1String( "no field \"soort\"" ) ) ) << text( missing.log );
}

// 7. Catchments: street length within reach by hand; a longer time never gives a smaller catchment.
TEST_F( Walking_, CatchmentsByHand )
{
  QVariantMap p = base();
  p.insert( QStringLiteral( "TIMES" ), QStringLiteral( "5; 10,15" ) );
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) );
  const RunResult r = run( Catchments, p, out( QStringLiteral( "catchments.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  std::map<std::pair<QString, double>, QgsFeature> c;
  for ( const QgsFeature &f : featuresOf( layer.get() ) )
    c[{ f.attribute( "facility_id" ).toString(), f.attribute( "minutes" ).toDouble() }] = f;
  ASSERT_EQ( c.size(), 6u );
  // F1 at (390,10), 5 minutes = 240 m, 10 m of it to the street: 230 m west to x = 160 and 10 m east to the
  // end; the cross street is reached after 10 + 190 = 200 m, leaving 40 m up and 40 m down.
  const QgsFeature &f1 = c[{ QStringLiteral( "F1" ), 5.0 }];
  EXPECT_NEAR( *numberOf( f1, QStringLiteral( "reach_m" ) ), 240, 1e-9 );
  EXPECT_NEAR( *numberOf( f1, QStringLiteral( "street_m" ) ), 230 + 10 + 40 + 40, 1e-6 );
  EXPECT_EQ( f1.attribute( "category" ).toString(), QStringLiteral( "meeting_place" ) );
  // The catchment is the reachable street widened by the frontage: it holds the facility, a point 30 m
  // beside the street at x = 170, and not one at x = 150.
  EXPECT_TRUE( f1.geometry().contains( at( QStringLiteral( "POINT(390 10)" ) ) ) );
  EXPECT_TRUE( f1.geometry().contains( at( QStringLiteral( "POINT(170 30)" ) ) ) );
  EXPECT_FALSE( f1.geometry().contains( at( QStringLiteral( "POINT(110 0)" ) ) ) );
  for ( const QString &id : { QStringLiteral( "F1" ), QStringLiteral( "F2" ) } )
  {
    const QgsGeometry g5 = c[{ id, 5.0 }].geometry(), g10 = c[{ id, 10.0 }].geometry(),
                      g15 = c[{ id, 15.0 }].geometry();
    EXPECT_LE( g5.area(), g10.area() + 1e-6 );
    EXPECT_LE( g10.area(), g15.area() + 1e-6 );
    EXPECT_NEAR( g10.difference( g15 ).area(), 0, 1.0 )
        << "the 10-minute catchment lies inside the 15-minute one";
    EXPECT_NEAR( *numberOf( c[{ id, 15.0 }], QStringLiteral( "area_m2" ) ), g15.area(), 1e-3 );
  }
  // Longest walk first, so that shorter walks draw on top.
  const std::vector<QgsFeature> ordered = featuresOf( layer.get() );
  EXPECT_DOUBLE_EQ( ordered.front().attribute( "minutes" ).toDouble(), 15 );

  p.insert( QStringLiteral( "TIMES" ), QStringLiteral( "5, tien" ) );
  const RunResult bad = run( Catchments, p, out( QStringLiteral( "badtimes.gpkg" ) ) );
  EXPECT_FALSE( bad.ok );
  EXPECT_TRUE( bad.log.contains( QLatin1String( "\"tien\"" ) ) ) << text( bad.log );
}

// 8. Coverage: weights by hand, secret weights left out and reported, and the target.
TEST_F( Walking_, CoverageByHand )
{
  auto areas = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:28992&field=name:string" ), QStringLiteral( "buurten" ),
      { { QStringLiteral( "POLYGON((-50 -50, 250 -50, 250 -1, -50 -1, -50 -50))" ), { "west" } },
        { QStringLiteral( "POLYGON((250 -50, 450 -50, 450 -1, 250 -1, 250 -50))" ), { "east" } },
        { QStringLiteral( "POLYGON((500 500, 600 500, 600 600, 500 600, 500 500))" ), { "empty" } } } );
  // Homes 10 m south of the main street. 10 minutes = 480 m from F1 at (390,10): 10 + (390 - x) + 10 <= 480
  // for x >= -70, so all are within 10 minutes; 5 minutes = 240 m: x >= 170.
  auto homes =
      memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=w:double" ), QStringLiteral( "homes" ),
                   { { QStringLiteral( "POINT(0 -10)" ), { 4.0 } },
                     { QStringLiteral( "POINT(200 -10)" ), { 1.0 } },
                     { QStringLiteral( "POINT(300 -10)" ), { 2.0 } },
                     { QStringLiteral( "POINT(350 -10)" ), { -99997.0 } },
                     { QStringLiteral( "POINT(1000 1000)" ), { 7.0 } } } );
  QVariantMap p = base();
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( areas.get() ) );
  p.insert( QStringLiteral( "ORIGINS" ), QVariant::fromValue( homes.get() ) );
  p.insert( QStringLiteral( "WEIGHT_FIELD" ), QStringLiteral( "w" ) );
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) );
  p.insert( QStringLiteral( "CATEGORY" ), QStringLiteral( "meeting_place" ) );
  p.insert( QStringLiteral( "MAX_TIME" ), 5.0 );
  const RunResult r = run( Coverage, p, out( QStringLiteral( "coverage.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto a = byKey( layer.get(), QStringLiteral( "name" ) );
  EXPECT_NEAR( *numberOf( a["west"], QStringLiteral( "cov_weight" ) ), 5, 1e-9 );
  EXPECT_NEAR( *numberOf( a["west"], QStringLiteral( "cov_within" ) ), 1, 1e-9 );
  EXPECT_NEAR( *numberOf( a["west"], QStringLiteral( "cov_share" ) ), 20, 1e-9 );
  EXPECT_NEAR( *numberOf( a["east"], QStringLiteral( "cov_share" ) ), 100, 1e-9 );
  EXPECT_EQ( a["east"].attribute( "cov_points" ).toInt(), 1 );
  EXPECT_FALSE( numberOf( a["empty"], QStringLiteral( "cov_share" ) ) );
  EXPECT_NEAR( r.number( QStringLiteral( "SHARE" ) ), 100.0 * 3 / 7, 1e-9 );
  EXPECT_FALSE( r.outputs.value( QStringLiteral( "TARGET_MET" ) ).toBool() );
  EXPECT_EQ( r.number( QStringLiteral( "AREAS_BELOW_TARGET" ) ), 1 );
  const QString warnings = r.warnings.join( '\n' );
  EXPECT_TRUE( warnings.contains( QLatin1String( "secret" ) ) ) << text( warnings );
  EXPECT_TRUE( warnings.contains( QLatin1String( "outside every area" ) ) ) << text( warnings );

  p.insert( QStringLiteral( "TARGET" ), 40.0 );
  const RunResult low = run( Coverage, p, out( QStringLiteral( "coverage40.gpkg" ) ) );
  EXPECT_TRUE( low.outputs.value( QStringLiteral( "TARGET_MET" ) ).toBool() );

  p.insert( QStringLiteral( "CATEGORY" ), QStringLiteral( "bakery" ) );
  const RunResult unknown = run( Coverage, p, out( QStringLiteral( "coverage_unknown.gpkg" ) ) );
  EXPECT_FALSE( unknown.ok );
  EXPECT_TRUE( unknown.log.contains( QLatin1String( "\"gp\" 1; \"meeting_place\" 1" ) ) )
      << text( unknown.log );
}

// 9. Cancelling stops promptly and leaves no output that looks complete.
TEST_F( Walking_, CancellingRemovesTheOutput )
{
  for ( const QString &alg : { Walking, Catchments } )
  {
    QVariantMap p;
    p.insert( QStringLiteral( "NETWORK" ), SampleTown + QStringLiteral( "|layername=wegen" ) );
    p.insert( QStringLiteral( "ORIGINS" ), SampleTown + QStringLiteral( "|layername=adressen" ) );
    p.insert( QStringLiteral( "FACILITIES" ), SampleTown + QStringLiteral( "|layername=voorzieningen" ) );
    const QString output = out( alg.section( ':', 1 ) + QStringLiteral( "_cancelled.gpkg" ) );
    RecordingFeedback feedback;
    int progressCalls = 0;
    QObject::connect( &feedback, &QgsFeedback::progressChanged,
                      [&]( double )
                      {
                        if ( ++progressCalls == 1 )
                          feedback.cancel();
                      } );
    const RunResult r = run( alg, p, output, &feedback );
    EXPECT_FALSE( r.ok ) << alg.toStdString();
    EXPECT_EQ( progressCalls, 1 ) << "stopped at the first check after cancelling";
    EXPECT_FALSE( QFileInfo::exists( output ) ) << alg.toStdString();
    EXPECT_TRUE( r.log.contains( QLatin1String( "Cancelled" ) ) ) << text( r.log );
  }
}

// 10. On the sample town: adding facilities never lengthens a walk, and the catchments of a kind nest.
TEST_F( Walking_, SampleTownProperties )
{
  const QString pois = SampleTown + QStringLiteral( "|layername=voorzieningen" );
  auto run_ = [&]( const QString &subset, const QString &name )
  {
    QVariantMap p;
    p.insert( QStringLiteral( "NETWORK" ), SampleTown + QStringLiteral( "|layername=wegen" ) );
    p.insert( QStringLiteral( "ORIGINS" ), SampleTown + QStringLiteral( "|layername=adressen" ) );
    p.insert( QStringLiteral( "FACILITIES" ), pois + QStringLiteral( "|subset=" ) + subset );
    p.insert( QStringLiteral( "MAX_DISTANCE" ), 3000.0 );
    const RunResult r = run( Walking, p, out( name ) );
    EXPECT_TRUE( r.ok ) << text( r.log );
    auto layer = openLayer( r.output() );
    std::map<QString, double> d;
    for ( const QgsFeature &f : featuresOf( layer.get() ) )
      d[f.attribute( "identificatie" ).toString()] =
          numberOf( f, QStringLiteral( "dist_m" ) ).value_or( INFINITY );
    return d;
  };
  const auto few = run_( QStringLiteral( "\"category\" = 'meeting_place'" ), QStringLiteral( "few.gpkg" ) );
  const auto more =
      run_( QStringLiteral( "\"category\" IN ('meeting_place', 'gp')" ), QStringLiteral( "more.gpkg" ) );
  ASSERT_GT( few.size(), 5000u );
  ASSERT_EQ( few.size(), more.size() );
  int shorter = 0;
  for ( const auto &[id, d] : few )
  {
    EXPECT_LE( more.at( id ), d + 1e-9 ) << id.toStdString();
    shorter += more.at( id ) < d - 1e-9;
  }
  EXPECT_GT( shorter, 100 ) << "the GPs should bring some homes closer";
}

// 11. Coverage on the sample town's grid cells (about 590) agrees with walkingaccess: an address counts as
// within when its walk to a meeting place is at most 10 minutes, and lies in the cell that contains it.
TEST_F( Walking_, CoverageAgreesWithWalkingDistancesOnTheSampleGrid )
{
  const QString wegen = SampleTown + QStringLiteral( "|layername=wegen" );
  const QString adressen = SampleTown + QStringLiteral( "|layername=adressen" );
  const QString pois = SampleTown + QStringLiteral( "|layername=voorzieningen" );
  const QString cells = SampleTown + QStringLiteral( "|layername=vierkant100m" );
  QVariantMap walk{ { QStringLiteral( "NETWORK" ), wegen },
                    { QStringLiteral( "ORIGINS" ), adressen },
                    { QStringLiteral( "FACILITIES" ), pois },
                    { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) } };
  const RunResult walked = run( Walking, walk, out( QStringLiteral( "walk.gpkg" ) ) );
  ASSERT_TRUE( walked.ok ) << text( walked.log );
  QVariantMap cover{ { QStringLiteral( "AREAS" ), cells },
                     { QStringLiteral( "NETWORK" ), wegen },
                     { QStringLiteral( "ORIGINS" ), adressen },
                     { QStringLiteral( "WEIGHT_FIELD" ), QStringLiteral( "bewoners_65plus" ) },
                     { QStringLiteral( "FACILITIES" ), pois },
                     { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
                     { QStringLiteral( "CATEGORY" ), QStringLiteral( "meeting_place" ) },
                     { QStringLiteral( "MAX_TIME" ), 10.0 } };
  const RunResult covered = run( Coverage, cover, out( QStringLiteral( "cover.gpkg" ) ) );
  ASSERT_TRUE( covered.ok ) << text( covered.log );

  auto grid = openLayer( covered.output() );
  auto homes = openLayer( walked.output() );
  const std::vector<QgsFeature> cellFeatures = featuresOf( grid.get() );
  ASSERT_EQ( static_cast<long long>( cellFeatures.size() ), openLayer( cells )->featureCount() )
      << "one row per cell";
  ASSERT_GT( cellFeatures.size(), 500u );
  std::vector<double> weight( cellFeatures.size(), 0 ), within( cellFeatures.size(), 0 );
  double total = 0, totalWithin = 0;
  for ( const QgsFeature &home : featuresOf( homes.get() ) )
  {
    const double w = home.attribute( "bewoners_65plus" ).toDouble();
    const std::optional<double> d = numberOf( home, QStringLiteral( "meeting_place_m" ) );
    const bool near = d && *d <= 10 * 60 * 0.8;
    for ( size_t c = 0; c < cellFeatures.size(); ++c )
      if ( cellFeatures[c].geometry().intersects( home.geometry() ) )
      {
        weight[c] += w;
        within[c] += near ? w : 0;
        total += w;
        totalWithin += near ? w : 0;
        break;
      }
  }
  for ( size_t c = 0; c < cellFeatures.size(); ++c )
  {
    EXPECT_NEAR( *numberOf( cellFeatures[c], QStringLiteral( "cov_weight" ) ), weight[c], 1e-9 ) << c;
    EXPECT_NEAR( *numberOf( cellFeatures[c], QStringLiteral( "cov_within" ) ), within[c], 1e-9 ) << c;
  }
  ASSERT_GT( total, 0 );
  EXPECT_NEAR( covered.number( QStringLiteral( "WEIGHT_TOTAL" ) ), total, 1e-6 );
  EXPECT_NEAR( covered.number( QStringLiteral( "SHARE" ) ), 100 * totalWithin / total, 1e-9 );
}

// 12. Coverage counts meeting places by default, as the gaps and the new sites do: with a kind field and no
// kind, benches no longer make a false "target met" (issue 12, item 1). The expected share is counted here
// from walkingaccess's walk to a meeting place per address; the subtype field, which holds the Dutch names
// (buurthuis, odensehuis, ontmoetingscentrum, alzheimer_cafe, dagbesteding), gives the same share.
TEST_F( Walking_, CoverageCountsMeetingPlacesByDefaultOnTheSampleTown )
{
  const QString wegen = SampleTown + QStringLiteral( "|layername=wegen" );
  const QString adressen = SampleTown + QStringLiteral( "|layername=adressen" );
  const QString pois = SampleTown + QStringLiteral( "|layername=voorzieningen" );
  QVariantMap walk{ { QStringLiteral( "NETWORK" ), wegen },
                    { QStringLiteral( "ORIGINS" ), adressen },
                    { QStringLiteral( "FACILITIES" ), pois },
                    { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
                    { QStringLiteral( "KINDS" ), QStringLiteral( "meeting_place" ) } };
  const RunResult walked = run( Walking, walk, out( QStringLiteral( "walk_mp.gpkg" ) ) );
  ASSERT_TRUE( walked.ok ) << text( walked.log );
  double homes = 0, near = 0;
  for ( const QgsFeature &home : featuresOf( openLayer( walked.output() ).get() ) )
  {
    const std::optional<double> d = numberOf( home, QStringLiteral( "meeting_place_m" ) );
    homes += 1;
    near += d && *d <= 10 * 60 * 0.8;
  }
  ASSERT_GT( homes, 1000 );

  QVariantMap cover{ { QStringLiteral( "AREAS" ), SampleTown + QStringLiteral( "|layername=buurten" ) },
                     { QStringLiteral( "NETWORK" ), wegen },
                     { QStringLiteral( "ORIGINS" ), adressen },
                     { QStringLiteral( "FACILITIES" ), pois },
                     { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) } };
  const RunResult byDefault = run( Coverage, cover, out( QStringLiteral( "cover_default.gpkg" ) ) );
  ASSERT_TRUE( byDefault.ok ) << text( byDefault.log );
  ASSERT_NEAR( byDefault.number( QStringLiteral( "WEIGHT_TOTAL" ) ), homes, 1e-9 ) << "every home in a buurt";
  EXPECT_NEAR( byDefault.number( QStringLiteral( "SHARE" ) ), 100 * near / homes, 1e-9 );
  EXPECT_LT( byDefault.number( QStringLiteral( "SHARE" ) ), 80 );
  EXPECT_FALSE( byDefault.outputs.value( QStringLiteral( "TARGET_MET" ) ).toBool() );
  // The log says what was counted and what not, with the numbers.
  EXPECT_TRUE( byDefault.log.contains( QLatin1String( "Counted as \"meeting_place\": 6 'meeting_place'" ) ) )
      << text( byDefault.log );
  EXPECT_TRUE( byDefault.log.contains( QLatin1String( "150 'bench'" ) ) ) << text( byDefault.log );

  // The Dutch names of the subtype field are the same meeting places.
  QVariantMap dutch = cover;
  dutch.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "subtype" ) );
  const RunResult byDutchNames = run( Coverage, dutch, out( QStringLiteral( "cover_dutch.gpkg" ) ) );
  ASSERT_TRUE( byDutchNames.ok ) << text( byDutchNames.log );
  EXPECT_NEAR( byDutchNames.number( QStringLiteral( "SHARE" ) ), 100 * near / homes, 1e-9 );
  EXPECT_TRUE( byDutchNames.log.contains( QLatin1String( "1 'odensehuis'" ) ) ) << text( byDutchNames.log );

  // An empty kind with a kind field is an error naming the kinds, not "everything counts".
  QVariantMap empty = cover;
  empty.insert( QStringLiteral( "CATEGORY" ), QString() );
  const RunResult refused = run( Coverage, empty, out( QStringLiteral( "cover_empty.gpkg" ) ) );
  EXPECT_FALSE( refused.ok );
  EXPECT_TRUE( refused.log.contains( QLatin1String( "CATEGORY" ) ) &&
               refused.log.contains( QLatin1String( "\"bench\" 150" ) ) &&
               refused.log.contains( QLatin1String( "\"meeting_place\" 6" ) ) )
      << text( refused.log );
  EXPECT_FALSE( QFileInfo::exists( out( QStringLiteral( "cover_empty.gpkg" ) ) ) );

  // Without a kind field every facility counts, as documented; that share is the one that was reported as
  // "met" before, and it is larger.
  QVariantMap all = cover;
  all.remove( QStringLiteral( "CATEGORY_FIELD" ) );
  const RunResult everything = run( Coverage, all, out( QStringLiteral( "cover_all.gpkg" ) ) );
  ASSERT_TRUE( everything.ok ) << text( everything.log );
  EXPECT_GT( everything.number( QStringLiteral( "SHARE" ) ),
             byDefault.number( QStringLiteral( "SHARE" ) ) + 20 );
  EXPECT_TRUE( everything.warnings.join( '\n' ).contains( QLatin1String( "choose its kind field" ) ) )
      << text( everything.log );
}

// 13. walkingaccess measures the kinds of the score's profile only, and the Dutch names of the subtype field
// give the same fields and the same walks as the English kinds of the category field (issue 12, item 4).
TEST_F( Walking_, WalkingAccessMeasuresTheProfileKindsWhateverTheyAreCalled )
{
  const QString wegen = SampleTown + QStringLiteral( "|layername=wegen" );
  const QString adressen = SampleTown + QStringLiteral( "|layername=adressen" );
  const QString pois = SampleTown + QStringLiteral( "|layername=voorzieningen" );
  auto walkWith = [&]( const QString &field, const QString &name )
  {
    QVariantMap p{ { QStringLiteral( "NETWORK" ), wegen },
                   { QStringLiteral( "ORIGINS" ), adressen },
                   { QStringLiteral( "FACILITIES" ), pois },
                   { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) },
                   { QStringLiteral( "CATEGORY_FIELD" ), field } };
    return run( Walking, p, out( name ) );
  };
  const RunResult english = walkWith( QStringLiteral( "category" ), QStringLiteral( "kinds_en.gpkg" ) );
  ASSERT_TRUE( english.ok ) << text( english.log );
  const RunResult dutch = walkWith( QStringLiteral( "subtype" ), QStringLiteral( "kinds_nl.gpkg" ) );
  ASSERT_TRUE( dutch.ok ) << text( dutch.log );

  const QStringList kinds = { "meeting_place", "gp", "pharmacy", "supermarket", "bus_stop", "park" };
  auto en = openLayer( english.output() );
  auto nl = openLayer( dutch.output() );
  const QgsFields source = openLayer( adressen )->fields();
  QStringList added;
  for ( const QgsField &f : en->fields() )
    if ( source.lookupField( f.name() ) < 0 && f.name() != QLatin1String( "fid" ) )
      added << f.name();
  QStringList expected;
  for ( const QString &k : kinds )
    expected << k + QStringLiteral( "_m" ) << k + QStringLiteral( "_min" ) << k + QStringLiteral( "_id" );
  EXPECT_EQ( added, expected ) << "only the profile's kinds, in its order";
  for ( const QgsField &f : nl->fields() )
    EXPECT_TRUE( source.lookupField( f.name() ) >= 0 || f.name() == QLatin1String( "fid" ) ||
                 expected.contains( f.name() ) )
        << f.name().toStdString();

  auto enHomes = byKey( en.get(), QStringLiteral( "identificatie" ) );
  auto nlHomes = byKey( nl.get(), QStringLiteral( "identificatie" ) );
  ASSERT_EQ( enHomes.size(), nlHomes.size() );
  long long missingSome = 0;
  std::map<QString, long long> missingPerKind;
  for ( const auto &[id, home] : enHomes )
  {
    bool missing = false;
    for ( const QString &field : expected )
      EXPECT_EQ( home.attribute( field ), nlHomes[id].attribute( field ) )
          << id.toStdString() << " " << field.toStdString();
    for ( const QString &k : kinds )
      if ( !numberOf( home, k + QStringLiteral( "_m" ) ) )
      {
        missing = true;
        ++missingPerKind[k];
      }
    missingSome += missing;
  }
  // ORIGINS_UNREACHED is the number of homes without some measured kind within reach, and the log says how
  // many miss each kind.
  EXPECT_EQ( english.number( QStringLiteral( "ORIGINS_UNREACHED" ) ), missingSome );
  EXPECT_EQ( english.number( QStringLiteral( "ORIGINS_REACHED" ) ),
             static_cast<double>( enHomes.size() ) - missingSome );
  for ( const auto &[kind, n] : missingPerKind )
    EXPECT_TRUE( english.log.contains( QStringLiteral( "\"%1\" %2" ).arg( kind, QLocale().toString( n ) ) ) )
        << kind.toStdString() << " " << n << "\n"
        << text( english.log );
  EXPECT_TRUE( english.log.contains( QLatin1String( "Not measured (not in \"KINDS\")" ) ) &&
               english.log.contains( QLatin1String( "\"toilet\" 4" ) ) )
      << text( english.log );
}

// 14. OpenStreetMap names on the fixture: community_centre is a meeting place and doctors a GP, with the
// hand-computed walks of test 1; a kind outside KINDS gets no fields unless KINDS is empty; a KINDS list
// that the layer does not have is an error naming the kinds it has.
TEST_F( Walking_, OpenStreetMapNamesAndTheKindsParameter )
{
  auto osm = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string&field=amenity:string" ),
                          QStringLiteral( "osm" ),
                          { { QStringLiteral( "POINT(390 10)" ), { "F1", "community_centre" } },
                            { QStringLiteral( "POINT(210 190)" ), { "F2", "doctors" } },
                            { QStringLiteral( "POINT(210 -190)" ), { "F3", "parking" } } } );
  QVariantMap p = base();
  p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( osm.get() ) );
  p.insert( QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "amenity" ) );
  const RunResult r = run( Walking, p, out( QStringLiteral( "osm.gpkg" ) ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  EXPECT_LT( layer->fields().lookupField( QStringLiteral( "parking_m" ) ), 0 );
  EXPECT_LT( layer->fields().lookupField( QStringLiteral( "community_centre_m" ) ), 0 );
  auto homes = byKey( layer.get(), QStringLiteral( "home" ) );
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "meeting_place_m" ) ), 395, 1e-6 );
  EXPECT_EQ( homes["O1"].attribute( "meeting_place_id" ).toString(), QStringLiteral( "F1" ) );
  EXPECT_NEAR( *numberOf( homes["O1"], QStringLiteral( "gp_m" ) ), 395, 1e-6 );
  EXPECT_TRUE( r.log.contains( QLatin1String( "\"meeting_place\" 1 (1 'community_centre')" ) ) )
      << text( r.log );
  EXPECT_TRUE( r.log.contains( QLatin1String( "\"parking\" 1" ) ) ) << text( r.log );
  EXPECT_TRUE(
      r.log.contains( QLatin1String( "No facilities of kind pharmacy, supermarket, bus_stop, park" ) ) )
      << text( r.log );
  // O2 (no way out over the bridge) and O3 (off the network) miss both kinds.
  EXPECT_EQ( r.number( QStringLiteral( "ORIGINS_UNREACHED" ) ), 2 );
  EXPECT_TRUE( r.log.contains( QLatin1String( "\"meeting_place\" 2, \"gp\" 2" ) ) ) << text( r.log );

  p.insert( QStringLiteral( "KINDS" ), QString() );
  const RunResult every = run( Walking, p, out( QStringLiteral( "osm_all.gpkg" ) ) );
  ASSERT_TRUE( every.ok ) << text( every.log );
  EXPECT_GE( openLayer( every.output() )->fields().lookupField( QStringLiteral( "parking_m" ) ), 0 );

  p.insert( QStringLiteral( "KINDS" ), QStringLiteral( "bakery, Apotheek" ) );
  const RunResult none = run( Walking, p, out( QStringLiteral( "osm_none.gpkg" ) ) );
  EXPECT_FALSE( none.ok );
  EXPECT_TRUE( none.log.contains( QLatin1String( "bakery, pharmacy" ) ) &&
               none.log.contains( QLatin1String( "\"meeting_place\" 1 (1 'community_centre')" ) ) )
      << text( none.log );
  EXPECT_FALSE( QFileInfo::exists( out( QStringLiteral( "osm_none.gpkg" ) ) ) );
}
} // namespace
