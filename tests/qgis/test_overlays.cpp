// dementiafriendly:meetingplacegaps, :sitemeetingplaces and :housingopportunities through the processing
// registry, on a fixture along one straight street where every walk is worked out by hand: a home or site at
// (x, 10) walks 10 m to the street, |x - x'| along it, and 10 m to the other point. The new-site choice is
// compared with the exact optimum found by enumerating every set of candidates in the test. The kernels have
// their own tests (tests/kernels/test_maxcover.cpp, test_demandclusters.cpp, test_housingsites.cpp).

#include "testsupport.h"

#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace
{
const QString Gaps = QStringLiteral( "dementiafriendly:meetingplacegaps" );
const QString Sites = QStringLiteral( "dementiafriendly:sitemeetingplaces" );
const QString Housing = QStringLiteral( "dementiafriendly:housingopportunities" );

// 200 m of walking: 10 m + at most 180 m along the street + 10 m.
const double Reach = 200;
const double Minutes = Reach / 0.8 / 60;

struct Point
{
  double x;
  double weight;
};
const std::vector<Point> Demand = { { 100, 1 }, { 300, 2 },  { 500, 1 }, { 700, 3 },
                                    { 900, 1 }, { 1500, 5 }, { 1900, 1 } };
const std::vector<double> Candidates = { 300, 600, 800, 1500, 1600 }; // and one far off the network

bool covers( double from, double to )
{
  return 10 + std::fabs( from - to ) + 10 <= Reach + 1e-9;
}

class Overlays_ : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( mDir.isValid() );
    QString street = QStringLiteral( "LINESTRING(" );
    for ( int x = 0; x <= 2000; x += 100 )
      street += QStringLiteral( "%1 0%2" ).arg( x ).arg( x < 2000 ? ", " : ")" );
    mStreets = memoryLayer( QStringLiteral( "LineString?crs=EPSG:28992" ), QStringLiteral( "streets" ),
                            { { street, {} } } );
    std::vector<std::pair<QString, QVariantList>> demand;
    for ( const Point &p : Demand )
      demand.push_back( { QStringLiteral( "POINT(%1 10)" ).arg( p.x ), { p.x, p.weight } } );
    mDemand = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=x:double&field=people:double" ),
                           QStringLiteral( "demand" ), demand );
    std::vector<std::pair<QString, QVariantList>> alone;
    for ( const Point &p : Demand )
      alone.push_back( { QStringLiteral( "POINT(%1 10)" ).arg( p.x ), { p.x / 100 } } );
    mAlone = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=hundreds:double" ),
                          QStringLiteral( "alone" ), alone );
    mFacilities =
        memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string&field=category:string" ),
                     QStringLiteral( "voorzieningen" ),
                     { { QStringLiteral( "POINT(100 10)" ), { "M1", "meeting_place" } },
                       { QStringLiteral( "POINT(700 10)" ), { "S1", "supermarket" } } } );
    std::vector<std::pair<QString, QVariantList>> candidates;
    for ( size_t c = 0; c < Candidates.size(); ++c )
      candidates.push_back(
          { QStringLiteral( "POINT(%1 10)" ).arg( Candidates[c] ), { QStringLiteral( "c%1" ).arg( c ) } } );
    candidates.push_back( { QStringLiteral( "POINT(5000 5000)" ), { QStringLiteral( "far" ) } } );
    mCandidates = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=cid:string" ),
                               QStringLiteral( "candidates" ), candidates );
  }

  QVariantMap common() const
  {
    return { { QStringLiteral( "NETWORK" ), QVariant::fromValue( mStreets.get() ) },
             { QStringLiteral( "DEMAND" ), QVariant::fromValue( mDemand.get() ) },
             { QStringLiteral( "WEIGHT_FIELD" ), QStringLiteral( "people" ) },
             { QStringLiteral( "FACILITIES" ), QVariant::fromValue( mFacilities.get() ) },
             { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) },
             { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
             { QStringLiteral( "MAX_TIME" ), Minutes } };
  }

  RunResult run( const QString &alg, QVariantMap p, const QString &output )
  {
    p.insert( QStringLiteral( "OUTPUT" ), mDir.filePath( output ) );
    return runAlgorithmById( alg, p, nullptr, [&]( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  }

  //! The most demand any \a k candidates reach together with the existing meeting place, by enumeration.
  static double bestCoverage( size_t k )
  {
    double best = 0;
    const size_t n = Candidates.size();
    for ( unsigned mask = 0; mask < ( 1u << n ); ++mask )
    {
      if ( static_cast<size_t>( __builtin_popcount( mask ) ) > k )
        continue;
      double covered = 0;
      for ( const Point &d : Demand )
      {
        bool in = covers( 100, d.x );
        for ( size_t c = 0; c < n; ++c )
          in = in || ( ( mask >> c ) & 1 && covers( Candidates[c], d.x ) );
        covered += in ? d.weight : 0;
      }
      best = std::max( best, covered );
    }
    return best;
  }

  QTemporaryDir mDir;
  std::unique_ptr<QgsVectorLayer> mStreets, mDemand, mAlone, mFacilities, mCandidates;
};

double total()
{
  double t = 0;
  for ( const Point &p : Demand )
    t += p.weight;
  return t;
}
} // namespace

// 1. Gaps by hand: only the home at x = 100 is within 200 m of the meeting place; the others form gap areas
// by single linkage within 250 m: {300, 500, 700, 900} (weight 7), {1500} (5), {1900} (1).
TEST_F( Overlays_, GapsByHand )
{
  QVariantMap p = common();
  p.insert( QStringLiteral( "LINK_DISTANCE" ), 250.0 );
  p.insert( QStringLiteral( "GAP_AREAS" ), mDir.filePath( QStringLiteral( "gap_areas.gpkg" ) ) );
  const RunResult r = run( Gaps, p, QStringLiteral( "gaps.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_DOUBLE_EQ( r.number( QStringLiteral( "DEMAND_TOTAL" ) ), total() );
  EXPECT_DOUBLE_EQ( r.number( QStringLiteral( "DEMAND_IN_GAPS" ) ), total() - 1 );
  EXPECT_NEAR( r.number( QStringLiteral( "GAP_SHARE" ) ), 100 * ( total() - 1 ) / total(), 1e-9 );
  EXPECT_EQ( r.number( QStringLiteral( "GAP_AREAS_COUNT" ) ), 3 );

  auto points = openLayer( r.output() );
  auto byX = byKey( points.get(), QStringLiteral( "x" ) );
  ASSERT_EQ( byX.size(), 6u );
  EXPECT_FALSE( byX.count( QStringLiteral( "100" ) ) );
  EXPECT_EQ( byX[QStringLiteral( "300" )].attribute( "gap_id" ).toInt(), 1 );
  EXPECT_EQ( byX[QStringLiteral( "900" )].attribute( "gap_id" ).toInt(), 1 );
  EXPECT_EQ( byX[QStringLiteral( "1500" )].attribute( "gap_id" ).toInt(), 2 );
  EXPECT_EQ( byX[QStringLiteral( "1900" )].attribute( "gap_id" ).toInt(), 3 );
  // The walk to the meeting place is given up to twice the walking time: 220 m from x = 300, none from 700.
  EXPECT_NEAR( *numberOf( byX[QStringLiteral( "300" )], QStringLiteral( "walk_min" ) ), 220 / 0.8 / 60,
               1e-9 );
  EXPECT_FALSE( numberOf( byX[QStringLiteral( "700" )], QStringLiteral( "walk_min" ) ) );

  auto areas = openLayer( mDir.filePath( QStringLiteral( "gap_areas.gpkg" ) ) );
  auto gaps = byKey( areas.get(), QStringLiteral( "gap_id" ) );
  ASSERT_EQ( gaps.size(), 3u );
  EXPECT_DOUBLE_EQ( *numberOf( gaps[QStringLiteral( "1" )], QStringLiteral( "gap_weight" ) ), 7 );
  EXPECT_EQ( gaps[QStringLiteral( "1" )].attribute( "gap_points" ).toInt(), 4 );
  EXPECT_EQ( gaps[QStringLiteral( "1" )].geometry().constGet()->partCount(), 1 )
      << "linked circles are one area";
  // A lone point's area is its circle of half the linking distance.
  EXPECT_NEAR( *numberOf( gaps[QStringLiteral( "3" )], QStringLiteral( "area_m2" ) ), M_PI * 125 * 125,
               0.02 * M_PI * 125 * 125 );

  // A minimum weight drops the smallest gap area; no meeting place at all makes all demand a gap.
  p.insert( QStringLiteral( "MIN_GAP_WEIGHT" ), 2.0 );
  p.remove( QStringLiteral( "FACILITIES" ) );
  p.insert( QStringLiteral( "GAP_AREAS" ), mDir.filePath( QStringLiteral( "gap_areas2.gpkg" ) ) );
  const RunResult none = run( Gaps, p, QStringLiteral( "gaps2.gpkg" ) );
  ASSERT_TRUE( none.ok ) << text( none.log );
  EXPECT_DOUBLE_EQ( none.number( QStringLiteral( "DEMAND_IN_GAPS" ) ), total() );
  EXPECT_TRUE( none.log.contains( QLatin1String( "No facilities given" ) ) ) << text( none.log );
  // Now {100 … 900} (8) and {1500} (5); {1900} (1) is below the minimum.
  EXPECT_EQ( none.number( QStringLiteral( "GAP_AREAS_COUNT" ) ), 2 );
}

// 2. New sites: the choice equals the optimum found by enumerating every set of K candidates.
TEST_F( Overlays_, NewSitesMatchTheEnumeratedOptimum )
{
  for ( int k : { 1, 2, 3 } )
  {
    QVariantMap p = common();
    p.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( mCandidates.get() ) );
    p.insert( QStringLiteral( "CANDIDATE_ID_FIELD" ), QStringLiteral( "cid" ) );
    p.insert( QStringLiteral( "K" ), k );
    const RunResult r = run( Sites, p, QStringLiteral( "sites%1.gpkg" ).arg( k ) );
    ASSERT_TRUE( r.ok ) << text( r.log );
    EXPECT_NEAR( r.number( QStringLiteral( "COVERED_BEFORE" ) ), 100 * bestCoverage( 0 ) / total(), 1e-9 );
    EXPECT_NEAR( r.number( QStringLiteral( "COVERED_AFTER" ) ), 100 * bestCoverage( k ) / total(), 1e-9 )
        << k;
    auto layer = openLayer( r.output() );
    const auto chosen = featuresOf( layer.get() );
    EXPECT_EQ( chosen.size(), static_cast<size_t>( k ) );
    double cumulative = bestCoverage( 0 );
    std::set<QString> ids;
    for ( const QgsFeature &f : chosen )
    {
      cumulative += *numberOf( f, QStringLiteral( "gain" ) );
      EXPECT_NEAR( *numberOf( f, QStringLiteral( "covered" ) ), cumulative, 1e-9 );
      ids.insert( f.attribute( QStringLiteral( "cid" ) ).toString() );
    }
    EXPECT_FALSE( ids.count( QStringLiteral( "far" ) ) ) << "off the network, covers no one";
    if ( k == 1 )
    {
      EXPECT_TRUE( ids.count( QStringLiteral( "c3" ) ) ) << "the tie between c3 and c4 goes to the first";
    }
  }
  // The target: the fewest sites whose best coverage reaches 80 %, by enumeration.
  size_t fewest = 0;
  while ( bestCoverage( fewest ) < 0.8 * total() - 1e-9 )
    ++fewest;
  QVariantMap p = common();
  p.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( mCandidates.get() ) );
  p.insert( QStringLiteral( "K" ), 10 ); // more than the candidates
  const RunResult r = run( Sites, p, QStringLiteral( "sites10.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_EQ( r.number( QStringLiteral( "SITES_FOR_TARGET" ) ), static_cast<double>( fewest ) );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "TARGET_STATUS" ) ).toString(), QStringLiteral( "reached" ) );
  EXPECT_NEAR( r.number( QStringLiteral( "BEST_REACHABLE" ) ),
               100 * bestCoverage( Candidates.size() ) / total(), 1e-9 );
  EXPECT_LT( r.number( QStringLiteral( "SITES_CHOSEN" ) ), 10 );
  EXPECT_TRUE( r.log.contains( QLatin1String( "asked for add anyone" ) ) ) << text( r.log );
}

TEST_F( Overlays_, NewSitesBadInput )
{
  QVariantMap p = common();
  p.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( mCandidates.get() ) );
  p.insert( QStringLiteral( "TARGET" ), 5.0 ); // the existing meeting place already reaches 1 of 14
  RunResult r = run( Sites, p, QStringLiteral( "met.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "TARGET_STATUS" ) ).toString(),
             QStringLiteral( "already_met" ) );
  EXPECT_EQ( r.number( QStringLiteral( "SITES_FOR_TARGET" ) ), 0 );

  p.insert( QStringLiteral( "TARGET" ), 100.0 ); // x = 1900 is beyond every candidate
  r = run( Sites, p, QStringLiteral( "unreachable.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "TARGET_STATUS" ) ).toString(),
             QStringLiteral( "unreachable" ) );
  EXPECT_EQ( r.number( QStringLiteral( "SITES_FOR_TARGET" ) ), -1 );

  auto empty = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=cid:string" ),
                            QStringLiteral( "nothing" ), {} );
  p.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( empty.get() ) );
  r = run( Sites, p, QStringLiteral( "none.gpkg" ) );
  EXPECT_FALSE( r.ok );
  EXPECT_TRUE( r.log.contains( QLatin1String( "\"nothing\" has no candidate sites" ) ) ) << text( r.log );
  EXPECT_FALSE( QFileInfo::exists( mDir.filePath( QStringLiteral( "none.gpkg" ) ) ) );
}

// 2b. The kind is matched by its Dutch and OpenStreetMap names too (issue 12, items 1 and 4): with an
// "ontmoetingsplek" at x = 100 and a "community_centre" at x = 1500, both are meeting places and the bench
// is not; the gap demand is what neither reaches, by hand. An empty kind with a kind field is an error in
// both overlays, naming the kinds of the layer.
TEST_F( Overlays_, KindsByTheirNamesAndNoEmptyKind )
{
  auto named =
      memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string&field=category:string" ),
                   QStringLiteral( "voorzieningen" ),
                   { { QStringLiteral( "POINT(100 10)" ), { "M1", "Ontmoetingsplek" } },
                     { QStringLiteral( "POINT(1500 10)" ), { "M2", "community_centre" } },
                     { QStringLiteral( "POINT(700 10)" ), { "B1", "bench" } } } );
  QVariantMap p = common();
  p.insert( QStringLiteral( "FACILITIES" ), QVariant::fromValue( named.get() ) );
  p.insert( QStringLiteral( "GAP_AREAS" ), mDir.filePath( QStringLiteral( "named_gap_areas.gpkg" ) ) );
  const RunResult r = run( Gaps, p, QStringLiteral( "named_gaps.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  double beyond = 0;
  for ( const Point &d : Demand )
    beyond += covers( 100, d.x ) || covers( 1500, d.x ) ? 0 : d.weight;
  EXPECT_DOUBLE_EQ( r.number( QStringLiteral( "DEMAND_IN_GAPS" ) ), beyond );
  EXPECT_TRUE( r.log.contains( QLatin1String(
      "Counted as \"meeting_place\": 1 'Ontmoetingsplek', 1 'community_centre'; not counted: 1 'bench'" ) ) )
      << text( r.log );

  for ( const QString &alg : { Gaps, Sites } )
  {
    QVariantMap e = common();
    e.insert( QStringLiteral( "CATEGORY" ), QString() );
    e.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( mCandidates.get() ) );
    e.insert( QStringLiteral( "GAP_AREAS" ), mDir.filePath( QStringLiteral( "emptykind_areas.gpkg" ) ) );
    const QString name = alg.section( ':', 1 ) + QStringLiteral( "_emptykind.gpkg" );
    const RunResult refused = run( alg, e, name );
    EXPECT_FALSE( refused.ok ) << alg.toStdString();
    EXPECT_TRUE( refused.log.contains( QLatin1String( "CATEGORY" ) ) &&
                 refused.log.contains( QLatin1String( "\"meeting_place\" 1; \"supermarket\" 1" ) ) )
        << text( refused.log );
    EXPECT_FALSE( QFileInfo::exists( mDir.filePath( name ) ) );
  }
}

// 3. Housing sites: gates, criteria and ranks by hand.
TEST_F( Overlays_, HousingSitesByHand )
{
  auto sites = memoryLayer(
      QStringLiteral(
          "Point?crs=EPSG:28992&field=name:string&field=site_type:string&field=homes:integer&field="
          "corporation_owned:integer&field=shared_space:integer&field=lift:integer&field=storeys:integer" ),
      QStringLiteral( "woningbouwlocaties" ),
      { { QStringLiteral( "POINT(650 10)" ), { "big", "complex", 90, 1, 1, 1, 6 } },
        { QStringLiteral( "POINT(660 10)" ), { "small", "complex", 79, 1, 1, 1, 6 } },
        { QStringLiteral( "POINT(1500 10)" ),
          { "plot", "vacant_plot", QVariant(), 0, 0, QVariant(), QVariant() } },
        { QStringLiteral( "POINT(1900 10)" ), { "protected", "complex", 100, 1, 1, 1, 6 } } } );
  auto nature = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:28992" ), QStringLiteral( "Natura 2000" ),
      { { QStringLiteral( "POLYGON((1800 -100, 2000 -100, 2000 100, 1800 100, 1800 -100))" ), {} } } );
  QVariantMap p = common();
  p.remove( QStringLiteral( "MAX_TIME" ) );
  p.insert( QStringLiteral( "SITES" ), QVariant::fromValue( sites.get() ) );
  p.insert( QStringLiteral( "SITE_ID_FIELD" ), QStringLiteral( "name" ) );
  p.insert( QStringLiteral( "EXCLUSIONS" ), QVariantList{ QVariant::fromValue( nature.get() ) } );
  p.insert( QStringLiteral( "ALONE" ), QVariant::fromValue( mAlone.get() ) );
  p.insert( QStringLiteral( "ALONE_WEIGHT_FIELD" ), QStringLiteral( "hundreds" ) );
  const RunResult r = runAlgorithmById(
      Housing,
      [&]
      {
        QVariantMap q = p;
        q.insert( QStringLiteral( "OUTPUT" ), mDir.filePath( QStringLiteral( "housing.gpkg" ) ) );
        return q;
      }(),
      nullptr, []( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  std::map<QString, QgsFeature> rows;
  for ( const QgsFeature &f : featuresOf( layer.get() ) )
    rows[f.attribute( "name" ).toString() + '/' + f.attribute( "concept" ).toString()] = f;
  ASSERT_EQ( rows.size(), 12u ) << "four sites, three concepts";

  const QgsFeature &big = rows[QStringLiteral( "big/thuisplusflat" )];
  EXPECT_EQ( big.attribute( "eligible" ).toInt(), 1 );
  EXPECT_EQ( big.attribute( "rank" ).toInt(), 1 );
  EXPECT_EQ( big.attribute( "rank_of" ).toInt(), 1 );
  // Supermarket at x = 700: 10 + 50 + 10 m. Meeting place at x = 100: 10 + 550 + 10 m.
  EXPECT_NEAR( *numberOf( big, QStringLiteral( "c_supermarket_min" ) ), 70 / 0.8 / 60, 1e-9 );
  EXPECT_EQ( big.attribute( "p_supermarket_min" ).toInt(), 1 );
  EXPECT_NEAR( *numberOf( big, QStringLiteral( "c_meeting_place_min" ) ), 570 / 0.8 / 60, 1e-9 );
  // People within 500 m on foot: 10 + |x - 650| + 10 <= 500 for x = 300, 500, 700, 900: 2 + 1 + 3 + 1.
  EXPECT_DOUBLE_EQ( *numberOf( big, QStringLiteral( "c_need_dementia_500m" ) ), 7 );
  // The same people as "older people living alone", weighted by their x / 100: 3 + 5 + 7 + 9.
  EXPECT_DOUBLE_EQ( *numberOf( big, QStringLiteral( "c_need_alone_500m" ) ), 24 );
  EXPECT_EQ( big.attribute( "p_need_dementia_500m" ).toInt(), 0 ) << "the default pass value is 10";
  EXPECT_EQ( *numberOf( big, QStringLiteral( "c_step_free" ) ), 1 );
  EXPECT_TRUE( big.attribute( "explanation" ).toString().startsWith( QLatin1String( "Rank 1 of 1" ) ) )
      << text( big.attribute( "explanation" ).toString() );

  const QgsFeature &small = rows[QStringLiteral( "small/thuisplusflat" )];
  EXPECT_EQ( small.attribute( "eligible" ).toInt(), 0 );
  EXPECT_TRUE( small.attribute( "rank" ).isNull() );
  EXPECT_TRUE(
      small.attribute( "explanation" ).toString().contains( QLatin1String( "79 homes, needs at least 80" ) ) )
      << text( small.attribute( "explanation" ).toString() );
  EXPECT_EQ( rows[QStringLiteral( "small/clustered" )].attribute( "eligible" ).toInt(), 1 );

  EXPECT_TRUE( rows[QStringLiteral( "plot/thuisplusflat" )]
                   .attribute( "explanation" )
                   .toString()
                   .contains( QLatin1String( "needs an existing building" ) ) );
  EXPECT_EQ( rows[QStringLiteral( "plot/wonen_plus" )].attribute( "eligible" ).toInt(), 1 );
  for ( const char *concept_ : { "thuisplusflat", "clustered", "wonen_plus" } )
  {
    const QgsFeature &excluded = rows[QStringLiteral( "protected/" ) + concept_];
    EXPECT_EQ( excluded.attribute( "eligible" ).toInt(), 0 ) << concept_;
    EXPECT_TRUE( excluded.attribute( "explanation" ).toString().contains( QLatin1String( "Natura 2000" ) ) )
        << concept_;
  }
  // Without urgency areas that criterion is left out, and the log says so.
  EXPECT_TRUE( r.log.contains( QLatin1String( "\"urgency_area\" (no urgency areas)" ) ) ) << text( r.log );

  // Yes/no as Dutch text (or booleans) counts as yes/no, not as missing.
  auto dutch = memoryLayer(
      QStringLiteral( "Point?crs=EPSG:28992&field=name:string&field=site_type:string&field=homes:"
                      "integer&field=corporation_owned:string&field=shared_space:boolean" ),
      QStringLiteral( "sites_nl" ),
      { { QStringLiteral( "POINT(650 10)" ), { "ja", "bestaand", 90, "ja", true } },
        { QStringLiteral( "POINT(660 10)" ), { "nee", "bestaand", 90, "nee", false } } } );
  QVariantMap q = p;
  q.insert( QStringLiteral( "SITES" ), QVariant::fromValue( dutch.get() ) );
  q.remove( QStringLiteral( "EXCLUSIONS" ) );
  q.insert( QStringLiteral( "OUTPUT" ), mDir.filePath( QStringLiteral( "dutch.gpkg" ) ) );
  const RunResult nl =
      runAlgorithmById( Housing, q, nullptr, []( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  ASSERT_TRUE( nl.ok ) << text( nl.log );
  auto nlLayer = openLayer( nl.output() );
  std::map<QString, int> eligibleThuisplus;
  for ( const QgsFeature &f : featuresOf( nlLayer.get() ) )
    if ( f.attribute( "concept" ).toString() == QLatin1String( "thuisplusflat" ) )
      eligibleThuisplus[f.attribute( "name" ).toString()] = f.attribute( "eligible" ).toInt();
  EXPECT_EQ( eligibleThuisplus[QStringLiteral( "ja" )], 1 );
  EXPECT_EQ( eligibleThuisplus[QStringLiteral( "nee" )], 0 );

  // A malformed profile names its line.
  const QString bad = mDir.filePath( QStringLiteral( "bad.dfsites" ) );
  QFile f( bad );
  ASSERT_TRUE( f.open( QIODevice::WriteOnly ) );
  f.write( "[concept x]\nlabel = X\n[criterion supermarket_min]\npass = at most 10\nbad = 20\ngood = "
           "5\nwieght = 1\n" );
  f.close();
  p.insert( QStringLiteral( "PROFILE" ), bad );
  p.insert( QStringLiteral( "OUTPUT" ), mDir.filePath( QStringLiteral( "bad.gpkg" ) ) );
  const RunResult broken =
      runAlgorithmById( Housing, p, nullptr, []( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  EXPECT_FALSE( broken.ok );
  EXPECT_TRUE( broken.log.contains( QLatin1String( "bad.dfsites" ) ) &&
               broken.log.contains( QLatin1String( "line 7" ) ) )
      << text( broken.log );
}

// 4. Cancelling stops and leaves no output that looks complete.
TEST_F( Overlays_, CancellingRemovesTheOutputs )
{
  auto sites = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=name:string" ),
                            QStringLiteral( "sites" ), { { QStringLiteral( "POINT(650 10)" ), { "a" } } } );
  QVariantMap gaps = common(), newSites = common(), housing = common();
  gaps.insert( QStringLiteral( "GAP_AREAS" ), mDir.filePath( QStringLiteral( "c_areas.gpkg" ) ) );
  newSites.insert( QStringLiteral( "CANDIDATES" ), QVariant::fromValue( mCandidates.get() ) );
  housing.insert( QStringLiteral( "SITES" ), QVariant::fromValue( sites.get() ) );
  for ( const auto &[alg, p] :
        { std::pair{ Gaps, gaps }, std::pair{ Sites, newSites }, std::pair{ Housing, housing } } )
  {
    RecordingFeedback feedback;
    feedback.cancel();
    QVariantMap q = p;
    const QString output = mDir.filePath( alg.section( ':', 1 ) + QStringLiteral( "_cancelled.gpkg" ) );
    q.insert( QStringLiteral( "OUTPUT" ), output );
    const RunResult r =
        runAlgorithmById( alg, q, &feedback, []( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
    EXPECT_FALSE( r.ok ) << text( alg );
    EXPECT_FALSE( QFileInfo::exists( output ) ) << text( alg );
  }
  EXPECT_FALSE( QFileInfo::exists( mDir.filePath( QStringLiteral( "c_areas.gpkg" ) ) ) );
}
