// dementiafriendly:neighbourhoodscore through the processing registry. A three-buurt fixture whose every
// value, sub-score, redistribution and score is worked out by hand below; the monotonicity the issue asks for
// on variations of the generated sample town; and the bad inputs. The scoring arithmetic itself is tested
// in tests/kernels/test_neighbourhoodscore.cpp, the measured indicators in test_areaindicators.cpp.

#include "dfcompat.h"
#include "dfscorereport.h"
#include "scoreprofile.h"
#include "testsupport.h"

#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslegendsymbolitem.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace
{
const QString Score = QStringLiteral( "dementiafriendly:neighbourhoodscore" );
const QString SampleTown = QStringLiteral( DF_SAMPLE_TOWN_GPKG );

/*
 * Three buurten of 1 km² side by side, A (x 0-1000), B (1000-2000) and C (2000-3000), y -500..500:
 *
 *   A                         | B                    | C
 *   side street x=600, 0..300 | cross street x=1500  |
 *   ---------------- main street y=0, a vertex every 100 m -------------------
 *   S supermarket (500,10)    |                      |
 *   benches (200,5) (400,5)   |                      | bench (2500,5)
 *   homes x = 10 300 700 900  | homes x = 1100 1300  | no homes (a park)
 *
 * Streets: the side street shares the vertex (600,0): a T-junction in A. The cross street
 * (1500,-300)-(1500,300) shares (1500,0): a crossroads in B. Every 100 m piece of the main street lies in the
 * buurt of its midpoint, so A has 1000 + 300 m of street, B 1000 + 600 m, C 1000 m.
 */
const QString FixtureProfile = QStringLiteral( R"(# test profile
[domain access]
weight = 2
[domain comfort]
weight = 1
[domain housing]
weight = 1
[domain social]
weight = 1
[indicator access.supermarket_500m]
weight = 3
bad = 0
good = 100
[indicator access.gp_500m]
weight = 1
bad = 0
good = 100
[indicator comfort.benches_per_km]
weight = 1
bad = 0
good = 4
[indicator comfort.legible_junctions]
weight = 1
bad = 0
good = 100
[indicator housing.step_free]
weight = 1
bad = 20
good = 80
[indicator social.widowed]
weight = 1
bad = 0
good = 20
)" );

class Score_ : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( mDir.isValid() );
    QString mainStreet = QStringLiteral( "LINESTRING(" );
    for ( int x = 0; x <= 3000; x += 100 )
      mainStreet += QStringLiteral( "%1 0%2" ).arg( x ).arg( x < 3000 ? ", " : ")" );
    mStreets = memoryLayer(
        QStringLiteral( "LineString?crs=EPSG:28992&field=highway:string" ), QStringLiteral( "streets" ),
        { { mainStreet, { "residential" } },
          { QStringLiteral( "LINESTRING(600 0, 600 300)" ), { "residential" } },
          { QStringLiteral( "LINESTRING(1500 -300, 1500 0, 1500 300)" ), { "residential" } } } );
    mAreas = memoryLayer(
        QStringLiteral( "Polygon?crs=EPSG:28992&field=buurtnaam:string&field=dem_home:double&field="
                        "percentage_verweduwd:integer" ),
        QStringLiteral( "buurten" ),
        { { QStringLiteral( "POLYGON((0 -500, 1000 -500, 1000 500, 0 500, 0 -500))" ), { "A", 4.0, 10 } },
          { QStringLiteral( "POLYGON((1000 -500, 2000 -500, 2000 500, 1000 500, 1000 -500))" ),
            { "B", 2.0, -99999999 } },
          { QStringLiteral( "POLYGON((2000 -500, 3000 -500, 3000 500, 2000 500, 2000 -500))" ),
            { "C", 0.0, 5 } } } );
    // Step-free: a lift; or no lift and one storey. A: yes, no, no, yes. B: yes, yes. The shop is not a home.
    mAddresses = memoryLayer(
        QStringLiteral(
            "Point?crs=EPSG:28992&field=gebruiksdoel:string&field=b3_bouwlagen:integer&field=lift:integer" ),
        QStringLiteral( "adressen" ),
        { { QStringLiteral( "POINT(10 10)" ), { "woonfunctie", 4, 1 } },
          { QStringLiteral( "POINT(300 10)" ), { "woonfunctie", 2, 0 } },
          { QStringLiteral( "POINT(700 10)" ), { "woonfunctie", 2, 0 } },
          { QStringLiteral( "POINT(900 10)" ), { "woonfunctie", 1, 0 } },
          { QStringLiteral( "POINT(600 -10)" ), { "winkelfunctie", 1, 0 } },
          { QStringLiteral( "POINT(1100 10)" ), { "woonfunctie", 6, 1 } },
          { QStringLiteral( "POINT(1300 10)" ), { "woonfunctie,gezondheidszorgfunctie", 3, 1 } } } );
    mFacilities =
        memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=poi_id:string&field=category:string" ),
                     QStringLiteral( "voorzieningen" ),
                     { { QStringLiteral( "POINT(500 10)" ), { "S", "supermarkt" } },
                       { QStringLiteral( "POINT(200 5)" ), { "b1", "bench" } },
                       { QStringLiteral( "POINT(400 5)" ), { "b2", "bench" } },
                       { QStringLiteral( "POINT(2500 5)" ), { "b3", "bench" } } } );
    mProfile = writeFile( QStringLiteral( "fixture.dfprofile" ), FixtureProfile );
  }

  QString writeFile( const QString &name, const QString &content ) const
  {
    const QString path = mDir.filePath( name );
    QFile f( path );
    EXPECT_TRUE( f.open( QIODevice::WriteOnly ) );
    f.write( content.toUtf8() );
    return path;
  }

  QVariantMap fixture() const
  {
    return { { QStringLiteral( "AREAS" ), QVariant::fromValue( mAreas.get() ) },
             { QStringLiteral( "NETWORK" ), QVariant::fromValue( mStreets.get() ) },
             { QStringLiteral( "ADDRESSES" ), QVariant::fromValue( mAddresses.get() ) },
             { QStringLiteral( "FACILITIES" ), QVariant::fromValue( mFacilities.get() ) },
             { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) },
             { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
             { QStringLiteral( "PROFILE" ), mProfile } };
  }

  RunResult run( QVariantMap p, const QString &output, RecordingFeedback *fb = nullptr )
  {
    p.insert( QStringLiteral( "OUTPUT" ), mDir.filePath( output ) );
    return runAlgorithmById( Score, p, fb, [&]( QgsProcessingContext &c ) { c.setProject( nullptr ); } );
  }

  QTemporaryDir mDir;
  std::unique_ptr<QgsVectorLayer> mStreets, mAreas, mAddresses, mFacilities;
  QString mProfile;
};

double value( const QgsFeature &f, const char *field )
{
  const std::optional<double> v = numberOf( f, QString::fromLatin1( field ) );
  EXPECT_TRUE( v.has_value() ) << field << " is empty";
  return v.value_or( std::nan( "" ) );
}
} // namespace

// 1. Every number of the fixture, worked out by hand.
TEST_F( Score_, ThreeBuurtenByHand )
{
  const QString report = mDir.filePath( QStringLiteral( "report.html" ) );
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "REPORT" ), report );
  const RunResult r = run( p, QStringLiteral( "fixture.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  ASSERT_EQ( b.size(), 3u );

  // Measured values. Supermarket S at (500,10); a home at (x,10) walks 10 + |x - 500| + 10 m.
  // A: 510, 220, 220, 420 -> 3 of 4 within 500 m. B: 620, 820 -> none. C: no homes.
  EXPECT_EQ( value( b["A"], "homes" ), 4 );
  EXPECT_EQ( value( b["B"], "homes" ), 2 );
  EXPECT_EQ( value( b["C"], "homes" ), 0 );
  EXPECT_DOUBLE_EQ( value( b["A"], "v_supermarket_500m" ), 75 );
  EXPECT_DOUBLE_EQ( value( b["B"], "v_supermarket_500m" ), 0 );
  EXPECT_FALSE( numberOf( b["C"], QStringLiteral( "v_supermarket_500m" ) ) );
  // No GP in the layer: left out everywhere, its weight to the supermarket.
  EXPECT_FALSE( numberOf( b["A"], QStringLiteral( "v_gp_500m" ) ) );
  EXPECT_TRUE(
      r.outputs.value( QStringLiteral( "INDICATORS_LEFT_OUT" ) ).toString().contains( "access.gp_500m" ) );
  const double benchesA = 2 / 1.3, benchesB = 0 / 1.6, benchesC = 1 / 1.0;
  EXPECT_NEAR( value( b["A"], "v_benches_per_km" ), benchesA, 1e-9 );
  EXPECT_NEAR( value( b["B"], "v_benches_per_km" ), benchesB, 1e-9 );
  EXPECT_NEAR( value( b["C"], "v_benches_per_km" ), benchesC, 1e-9 );
  EXPECT_DOUBLE_EQ( value( b["A"], "v_legible_junctions" ), 100 ); // one T-junction
  EXPECT_DOUBLE_EQ( value( b["B"], "v_legible_junctions" ), 0 );   // one crossroads
  EXPECT_FALSE( numberOf( b["C"], QStringLiteral( "v_legible_junctions" ) ) );
  EXPECT_DOUBLE_EQ( value( b["A"], "v_step_free" ), 50 );
  EXPECT_DOUBLE_EQ( value( b["B"], "v_step_free" ), 100 );
  EXPECT_DOUBLE_EQ( value( b["A"], "v_widowed" ), 10 );
  EXPECT_FALSE( numberOf( b["B"], QStringLiteral( "v_widowed" ) ) ) << "the CBS secrecy code is not a value";
  EXPECT_TRUE( r.log.contains( QLatin1String( "for \"social.widowed\" (secret" ) ) ) << text( r.log );

  // Sub-scores: 100 (value - bad) / (good - bad), clamped.
  const double benchScoreA = 100 * benchesA / 4;
  const double stepA = 100 * ( 50.0 - 20 ) / 60, stepB = 100;
  EXPECT_NEAR( value( b["A"], "s_benches_per_km" ), benchScoreA, 1e-9 );
  EXPECT_NEAR( value( b["A"], "s_step_free" ), stepA, 1e-9 );
  EXPECT_NEAR( value( b["B"], "s_step_free" ), stepB, 1e-9 );

  // Domains and friendly: access weighs 2, comfort 1, housing 1.
  const double accessA = 75, comfortA = ( benchScoreA + 100 ) / 2, housingA = stepA;
  const double friendlyA = ( 2 * accessA + comfortA + housingA ) / 4;
  const double friendlyB = ( 2 * 0 + 0 + stepB ) / 4;
  EXPECT_NEAR( value( b["A"], "dom_access" ), accessA, 1e-9 );
  EXPECT_NEAR( value( b["A"], "dom_comfort" ), comfortA, 1e-9 );
  EXPECT_NEAR( value( b["A"], "friendly" ), friendlyA, 1e-9 );
  EXPECT_NEAR( value( b["B"], "friendly" ), friendlyB, 1e-9 );
  EXPECT_EQ( value( b["A"], "friendly_class" ), 4 ); // 67.3: 60-80
  EXPECT_EQ( value( b["B"], "friendly_class" ), 2 ); // 25
  EXPECT_EQ( b["A"].attribute( "friendly_label" ).toString(), QStringLiteral( "High" ) );
  EXPECT_NEAR( value( b["A"], "redistributed" ), 0, 1e-9 )
      << "a layer-wide absence is not redistribution here";

  // C, the park, has no homes: no friendliness for residents. Nothing of it is scored (its benches per km
  // above are a fact and stay), "no homes" is its missing, and it is not ranked.
  for ( const char *field : { "friendly", "friendly_class", "friendly_label", "dom_access", "dom_comfort",
                              "dom_housing", "dom_social", "s_benches_per_km", "s_widowed", "need", "urgency",
                              "urgency_rank", "reasons", "redistributed" } )
    EXPECT_TRUE( b["C"].attribute( field ).isNull() ) << field;
  EXPECT_EQ( b["C"].attribute( "missing" ).toString(), QStringLiteral( "no homes" ) );
  EXPECT_NEAR( value( b["C"], "need_people" ), 0, 1e-9 ) << "the people are a fact and stay";
  EXPECT_TRUE( r.log.contains( QLatin1String( "1 area(s) without homes" ) ) &&
               r.log.contains( QLatin1String( "in the field \"missing\": C." ) ) )
      << text( r.log );
  EXPECT_EQ( r.number( QStringLiteral( "AREAS_SCORED" ) ), 2 );

  // Need: people with dementia at home per km² among the areas with homes (A 4, B 2) as a rank (100, 0),
  // averaged with the social score (widowed: A 50, B none).
  const double needA = ( 100 + 50 ) / 2.0, needB = 0;
  EXPECT_NEAR( value( b["A"], "need" ), needA, 1e-9 );
  EXPECT_NEAR( value( b["B"], "need" ), needB, 1e-9 );
  EXPECT_NEAR( value( b["A"], "need_km2" ), 4, 1e-9 );
  EXPECT_NEAR( value( b["A"], "need_people" ), 4, 1e-9 );
  const double urgencyA = needA * ( 100 - friendlyA ) / 100, urgencyB = needB * ( 100 - friendlyB ) / 100;
  EXPECT_NEAR( value( b["A"], "urgency" ), urgencyA, 1e-9 );
  EXPECT_NEAR( value( b["B"], "urgency" ), urgencyB, 1e-9 );
  ASSERT_GT( urgencyA, urgencyB );
  EXPECT_EQ( value( b["A"], "urgency_rank" ), 1 );
  EXPECT_EQ( value( b["B"], "urgency_rank" ), 2 );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "MOST_URGENT" ) ).toString(), QStringLiteral( "A" ) );
  // The log says where that need came from: both sources, with their fields.
  EXPECT_TRUE(
      r.log.contains( QStringLiteral( "Need of 2 of 2 area(s) from: people with dementia at home "
                                      "(field \"dem_home\") per km², as a rank within the layer "
                                      "(weight 1; 2 area(s)); the social score (weight 1; 1 area(s)): "
                                      "\"social.widowed\" from \"percentage_verweduwd\"." ) ) )
      << text( r.log );

  // Reasons in A: loss = effective share x (100 - sub-score): supermarket 0.5 x 25 = 12.5, step-free
  // 0.25 x 50 = 12.5, benches 0.125 x 61.5 = 7.7; the T-junction loses nothing. Ties keep profile order.
  const QString reasons = b["A"].attribute( "reasons" ).toString();
  const int supermarket = reasons.indexOf( QLatin1String( "access.supermarket_500m" ) );
  const int step = reasons.indexOf( QLatin1String( "housing.step_free" ) );
  const int benches = reasons.indexOf( QLatin1String( "comfort.benches_per_km" ) );
  EXPECT_TRUE( supermarket >= 0 && step > supermarket && benches > step ) << text( reasons );
  EXPECT_TRUE( reasons.contains( QStringLiteral( "75 (norm 100), −12.5 points" ) ) ) << text( reasons );
  EXPECT_FALSE( reasons.contains( QLatin1String( "junctions" ) ) ) << text( reasons );
  // The profile gives no labels here, so the reasons name the ids; the default profile's labels are
  // translated.

  // The report: readable HTML, areas by urgency, the profile behind the numbers.
  QFile f( report );
  ASSERT_TRUE( f.open( QIODevice::ReadOnly ) );
  const QString html = QString::fromUtf8( f.readAll() );
  EXPECT_TRUE( html.startsWith( QLatin1String( "<!DOCTYPE html>" ) ) );
  EXPECT_TRUE( html.contains( QLatin1String( "</html>" ) ) );
  const int rowB = html.indexOf( QLatin1String( ">B</a>" ) ),
            rowA = html.indexOf( QLatin1String( ">A</a>" ) );
  EXPECT_TRUE( rowA > 0 && rowB > rowA ) << "sorted by urgency";
  // C is not in the ranking but in a list of its own.
  EXPECT_FALSE( html.contains( QLatin1String( ">C</a>" ) ) );
  const int apart = html.indexOf( QLatin1String( "<h2 id=\"without-homes\">Areas without homes</h2>" ) );
  EXPECT_TRUE( apart > rowB && html.indexOf( QLatin1String( "<li>C</li>" ), apart ) > apart ) << text( html );
  // The profile as a table (one row per indicator, its id in the first cell), not the file's text.
  EXPECT_TRUE( html.contains(
      QLatin1String( "<tr class=\"indicator\"><td><code>comfort.legible_junctions</code>" ) ) );
  EXPECT_FALSE( html.contains( QLatin1String( "[indicator " ) ) );
  // The map, embedded.
  EXPECT_TRUE( html.contains( QLatin1String( "src=\"data:image/png;base64,iVBORw0KGgo" ) ) ) << "a PNG map";
}

// The report's title names the layer as a reader writes it, also when what the algorithm knows is a data
// source or a name with a line break.
TEST( ScoreReport, TitleNamesTheLayerNotItsDataSource )
{
  const std::vector<std::pair<QString, QString>> cases = {
      { QStringLiteral( "/data/town.gpkg|layername=buurten|subset=\"x\" = 1" ), QStringLiteral( "buurten" ) },
      { QStringLiteral( "C:/data/Buurten 2024.shp|layerid=0" ), QStringLiteral( "Buurten 2024" ) },
      { QStringLiteral( "Buurten\n2024" ), QStringLiteral( "Buurten 2024" ) },
      { QStringLiteral( "buurten" ), QStringLiteral( "buurten" ) } };
  for ( const auto &[name, expected] : cases )
  {
    DfScoreReport report;
    report.areasName = name;
    report.profileText = QString::fromStdString( dfn::defaultScoreProfileText() );
    const QString html = report.html();
    const QRegularExpressionMatch h1 = QRegularExpression( QStringLiteral( "<h1>(.*)</h1>" ) ).match( html );
    ASSERT_TRUE( h1.hasMatch() ) << text( name );
    EXPECT_TRUE( h1.captured( 1 ).endsWith( QStringLiteral( ": " ) + expected ) ) << text( h1.captured( 1 ) );
    EXPECT_FALSE( h1.captured( 1 ).contains( QLatin1Char( '|' ) ) ) << text( h1.captured( 1 ) );
  }
}

// Older people living alone add to the people in need: A 4 + 2, B 2 + 0, C 0 + 9 per km², so C ranks
// highest in density (9 > 6 > 2) and its need is (100 + 25) / 2. C gets one home here (a lodge in the park),
// so that it is scored.
TEST_F( Score_, OlderPeopleLivingAloneAddToTheNeed )
{
  auto addresses = std::unique_ptr<QgsVectorLayer>( mAddresses->materialize( QgsFeatureRequest() ) );
  QgsFeature lodge( addresses->fields() );
  lodge.setGeometry( at( QStringLiteral( "POINT(2500 10)" ) ) );
  lodge.setAttributes( QgsAttributes() << QStringLiteral( "woonfunctie" ) << 1 << 0 );
  addresses->dataProvider()->addFeatures( QgsFeatureList() << lodge );
  auto withAlone = std::unique_ptr<QgsVectorLayer>( mAreas->materialize( QgsFeatureRequest() ) );
  withAlone->dataProvider()->addAttributes( { DfCompat::doubleField( QStringLiteral( "alleen75" ) ) } );
  withAlone->updateFields();
  const int field = withAlone->fields().lookupField( QStringLiteral( "alleen75" ) );
  QgsChangedAttributesMap changes;
  for ( const QgsFeature &f : featuresOf( withAlone.get() ) )
  {
    const QString name = f.attribute( QStringLiteral( "buurtnaam" ) ).toString();
    changes[f.id()][field] = name == QLatin1String( "A" ) ? 2.0 : name == QLatin1String( "B" ) ? 0.0 : 9.0;
  }
  withAlone->dataProvider()->changeAttributeValues( changes );
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( withAlone.get() ) );
  p.insert( QStringLiteral( "OLDER_ALONE_FIELD" ), QStringLiteral( "alleen75" ) );
  p.insert( QStringLiteral( "ADDRESSES" ), QVariant::fromValue( addresses.get() ) );
  const RunResult r = run( p, QStringLiteral( "alone.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  EXPECT_EQ( value( b["C"], "homes" ), 1 );
  // C has no junction: comfort carries 1/4 of friendly and the junctions 1/2 of comfort, which went to the
  // benches.
  EXPECT_NEAR( value( b["C"], "redistributed" ), 100 * 0.25 * 0.5, 1e-9 );
  EXPECT_EQ( b["C"].attribute( "missing" ).toString(), QStringLiteral( "comfort.legible_junctions" ) );
  EXPECT_NEAR( value( b["A"], "need_people" ), 6, 1e-9 );
  EXPECT_NEAR( value( b["C"], "need_people" ), 9, 1e-9 );
  EXPECT_NEAR( value( b["C"], "need" ), ( 100 + 25 ) / 2.0, 1e-9 );
  EXPECT_NEAR( value( b["A"], "need" ), ( 50 + 50 ) / 2.0, 1e-9 );
  EXPECT_NEAR( value( b["B"], "need" ), 0, 1e-9 ) << "B: density rank 0, social secret";
}

// 2. Sub-scores by rank within the layer instead of the norms.
TEST_F( Score_, RankScoring )
{
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "SCORING" ), 1 );
  const RunResult r = run( p, QStringLiteral( "rank.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  // Supermarket shares: A 75, B 0 -> ranks 100, 0. Benches per km: B 0, A 1.54 -> 0, 100; C (1 per km) has
  // no homes, so it is not ranked and does not move the others.
  EXPECT_DOUBLE_EQ( value( b["A"], "s_supermarket_500m" ), 100 );
  EXPECT_DOUBLE_EQ( value( b["B"], "s_supermarket_500m" ), 0 );
  EXPECT_DOUBLE_EQ( value( b["B"], "s_benches_per_km" ), 0 );
  EXPECT_DOUBLE_EQ( value( b["A"], "s_benches_per_km" ), 100 );
  EXPECT_TRUE( b["C"].attribute( "s_benches_per_km" ).isNull() );
}

// 3. Styles and metadata: friendly is the default style, urgency, need and the domains can be switched to;
// the effective profile is in the metadata.
TEST_F( Score_, StylesAndProfileTravelWithTheOutput )
{
  const RunResult r = run( fixture(), QStringLiteral( "styled.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  ASSERT_TRUE( layer->renderer() );
  EXPECT_EQ( layer->renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
  EXPECT_TRUE(
      layer->metadata().abstract().contains( QLatin1String( "[indicator comfort.legible_junctions]" ) ) );
  EXPECT_TRUE( layer->metadata().abstract().contains( QLatin1String( "fixture.dfprofile" ) ) );

  // QGIS keeps a GeoPackage's styles in its layer_styles table.
  auto table = openLayer( r.output().section( '|', 0, 0 ) + QStringLiteral( "|layername=layer_styles" ) );
  ASSERT_TRUE( table && table->isValid() );
  std::map<std::string, int> styles;
  for ( const QgsFeature &f : featuresOf( table.get() ) )
    styles[text( f.attribute( QStringLiteral( "styleName" ) ).toString() )] =
        f.attribute( QStringLiteral( "useAsDefault" ) ).toInt();
  for ( const char *name : { "dementiafriendly_friendly", "dementiafriendly_urgency", "dementiafriendly_need",
                             "dementiafriendly_dom_access", "dementiafriendly_dom_comfort",
                             "dementiafriendly_dom_housing", "dementiafriendly_dom_social" } )
    EXPECT_TRUE( styles.count( name ) ) << name;
  EXPECT_EQ( styles["dementiafriendly_friendly"], 1 );
  EXPECT_EQ( styles["dementiafriendly_urgency"], 0 );
}

// 4. Bad input: a clear message that names the line, the layer or the field, never a crash.
TEST_F( Score_, BadProfilesNameTheLine )
{
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "PROFILE" ),
            writeFile( QStringLiteral( "typo.dfprofile" ),
                       QString( FixtureProfile )
                           .replace( QStringLiteral( "bad = 20" ), QStringLiteral( "baad = 20" ) ) ) );
  RunResult r = run( p, QStringLiteral( "typo.gpkg" ) );
  EXPECT_FALSE( r.ok );
  auto lineOf = []( const QString &content, const QString &what )
  { return QStringLiteral( "line %1" ).arg( content.left( content.indexOf( what ) ).count( '\n' ) + 1 ); };
  const QString typoLine = lineOf( FixtureProfile, QStringLiteral( "bad = 20" ) );
  EXPECT_TRUE( r.log.contains( QLatin1String( "typo.dfprofile" ) ) && r.log.contains( typoLine ) &&
               r.log.contains( QLatin1String( "baad" ) ) )
      << text( r.log );

  p.insert(
      QStringLiteral( "PROFILE" ),
      writeFile( QStringLiteral( "unknown.dfprofile" ),
                 FixtureProfile +
                     QStringLiteral( "\n[indicator comfort.shade]\nweight = 1\nbad = 0\ngood = 50\n" ) ) );
  r = run( p, QStringLiteral( "unknown.gpkg" ) );
  EXPECT_FALSE( r.ok );
  const QString shadeLine = lineOf( FixtureProfile + QStringLiteral( "\n[indicator comfort.shade]" ),
                                    QStringLiteral( "[indicator comfort.shade]" ) );
  EXPECT_TRUE( r.log.contains( shadeLine ) && r.log.contains( QLatin1String( "comfort.shade" ) ) &&
               r.log.contains( QLatin1String( "\"shade\"" ) ) )
      << text( r.log );
  EXPECT_FALSE( QFileInfo::exists( mDir.filePath( QStringLiteral( "unknown.gpkg" ) ) ) );

  // The same indicator read from an area field of its name works.
  auto withShade = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:28992&field=buurtnaam:string&field=shade:double" ),
      QStringLiteral( "shaded" ),
      { { QStringLiteral( "POLYGON((0 -500, 1000 -500, 1000 500, 0 500, 0 -500))" ), { "A", 25.0 } } } );
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( withShade.get() ) );
  r = run( p, QStringLiteral( "shade.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  EXPECT_DOUBLE_EQ( value( featuresOf( layer.get() ).front(), "s_shade" ), 50 );
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( mAreas.get() ) );

  QString zero = FixtureProfile;
  zero.replace( QRegularExpression( QStringLiteral( "weight = [0-9]+" ) ), QStringLiteral( "weight = 0" ) );
  p.insert( QStringLiteral( "PROFILE" ), writeFile( QStringLiteral( "zero.dfprofile" ), zero ) );
  r = run( p, QStringLiteral( "zero.gpkg" ) );
  EXPECT_FALSE( r.ok );
  EXPECT_TRUE( r.log.contains( QLatin1String( "zero.dfprofile" ) ) &&
               r.log.contains( QLatin1String( "weight" ) ) )
      << text( r.log );

  p.insert( QStringLiteral( "PROFILE" ), mDir.filePath( QStringLiteral( "does-not-exist.dfprofile" ) ) );
  r = run( p, QStringLiteral( "missing.gpkg" ) );
  EXPECT_FALSE( r.ok );
}

TEST_F( Score_, AllIndicatorsMissing )
{
  // Only access indicators, and no facility of their kinds: nothing to score.
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "PROFILE" ),
            writeFile( QStringLiteral( "access.dfprofile" ),
                       QStringLiteral( "[domain access]\n[indicator access.gp_500m]\n"
                                       "weight = 1\nbad = 0\ngood = 100\n" ) ) );
  const RunResult r = run( p, QStringLiteral( "none.gpkg" ) );
  EXPECT_FALSE( r.ok );
  EXPECT_TRUE( r.log.contains( QLatin1String( "No friendly score can be computed" ) ) &&
               r.log.contains( QLatin1String( "\"access.gp_500m\" (no facilities of kind gp)" ) ) )
      << text( r.log );
  EXPECT_FALSE( QFileInfo::exists( mDir.filePath( QStringLiteral( "none.gpkg" ) ) ) );

  // Without addresses and facilities the network still gives junctions: scored, and the log says what is out.
  QVariantMap bare = fixture();
  bare.remove( QStringLiteral( "ADDRESSES" ) );
  bare.remove( QStringLiteral( "FACILITIES" ) );
  const RunResult junctionsOnly = run( bare, QStringLiteral( "bare.gpkg" ) );
  ASSERT_TRUE( junctionsOnly.ok ) << text( junctionsOnly.log );
  EXPECT_TRUE( junctionsOnly.log.contains( QLatin1String( "\"access.supermarket_500m\" (no addresses)" ) ) )
      << text( junctionsOnly.log );
  // Without addresses the homes are not known: "homes" is empty (not 0) and no area counts as without homes.
  EXPECT_FALSE( junctionsOnly.log.contains( QLatin1String( "without homes" ) ) ) << text( junctionsOnly.log );
  auto layer = openLayer( junctionsOnly.output() );
  for ( const QgsFeature &f : featuresOf( layer.get() ) )
  {
    EXPECT_TRUE( f.attribute( QStringLiteral( "homes" ) ).isNull() );
    EXPECT_FALSE(
        f.attribute( QStringLiteral( "missing" ) ).toString().contains( QLatin1String( "no homes" ) ) );
  }
  EXPECT_TRUE(
      numberOf( byKey( layer.get(), QStringLiteral( "buurtnaam" ) )["A"], QStringLiteral( "friendly" ) ) );
}

TEST_F( Score_, CancellingRemovesTheOutput )
{
  RecordingFeedback feedback;
  feedback.cancel();
  const RunResult r = run( fixture(), QStringLiteral( "cancelled.gpkg" ), &feedback );
  EXPECT_FALSE( r.ok );
  EXPECT_FALSE( QFileInfo::exists( mDir.filePath( QStringLiteral( "cancelled.gpkg" ) ) ) );
}

// 5. Monotone on variations of the sample town (default profile, norms): more access, more benches or more
// step-free homes never lower any area's friendly score; more need never lowers that area's urgency.
TEST_F( Score_, MonotoneOnTheSampleTown )
{
  RunResult dem =
      runAlgorithmById( QStringLiteral( "dementiafriendly:estimatedementia" ),
                        { { QStringLiteral( "INPUT" ), SampleTown + QStringLiteral( "|layername=buurten" ) },
                          { QStringLiteral( "OUTPUT" ), mDir.filePath( QStringLiteral( "dem.gpkg" ) ) } } );
  ASSERT_TRUE( dem.ok ) << text( dem.log );
  auto buurten = openLayer( dem.output() );
  auto addresses = openLayer( SampleTown + QStringLiteral( "|layername=adressen" ) );
  auto pois = openLayer( SampleTown + QStringLiteral( "|layername=voorzieningen" ) );
  ASSERT_TRUE( buurten && addresses && pois );

  auto copy = []( QgsVectorLayer *layer )
  { return std::unique_ptr<QgsVectorLayer>( layer->materialize( QgsFeatureRequest() ) ); };
  auto score =
      [&]( QgsVectorLayer *areas, QgsVectorLayer *homes, QgsVectorLayer *facilities, const QString &name )
  {
    QVariantMap p{ { QStringLiteral( "AREAS" ), QVariant::fromValue( areas ) },
                   { QStringLiteral( "NETWORK" ), SampleTown + QStringLiteral( "|layername=wegen" ) },
                   { QStringLiteral( "ADDRESSES" ), QVariant::fromValue( homes ) },
                   { QStringLiteral( "FACILITIES" ), QVariant::fromValue( facilities ) },
                   { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) } };
    const RunResult r = run( p, name );
    EXPECT_TRUE( r.ok ) << text( r.log );
    std::map<QString, std::pair<std::optional<double>, std::optional<double>>> out;
    auto layer = openLayer( r.output() );
    for ( const QgsFeature &f : featuresOf( layer.get() ) )
      out[f.attribute( QStringLiteral( "buurtcode" ) ).toString()] = {
          numberOf( f, QStringLiteral( "friendly" ) ), numberOf( f, QStringLiteral( "urgency" ) ) };
    return out;
  };
  const auto before = score( buurten.get(), addresses.get(), pois.get(), QStringLiteral( "before.gpkg" ) );

  // More access and more benches: a supermarket, a meeting place and benches in every buurt's middle.
  auto morePois = copy( pois.get() );
  QgsFeatureList added;
  int id = 90000;
  for ( const QgsFeature &b : featuresOf( buurten.get() ) )
    for ( const char *kind : { "supermarket", "meeting_place", "bench", "bench" } )
    {
      QgsFeature f( morePois->fields() );
      f.setGeometry( b.geometry().pointOnSurface() );
      f.setAttribute( QStringLiteral( "poi_id" ), ++id );
      f.setAttribute( QStringLiteral( "category" ), QString::fromLatin1( kind ) );
      added << f;
    }
  morePois->dataProvider()->addFeatures( added );
  // More step-free homes: every third home gets a lift.
  auto moreLifts = copy( addresses.get() );
  const int lift = moreLifts->fields().lookupField( QStringLiteral( "lift" ) );
  QgsChangedAttributesMap changes;
  int n = 0;
  for ( const QgsFeature &f : featuresOf( moreLifts.get() ) )
    if ( n++ % 3 == 0 )
      changes[f.id()][lift] = 1;
  moreLifts->dataProvider()->changeAttributeValues( changes );

  const auto better =
      score( buurten.get(), moreLifts.get(), morePois.get(), QStringLiteral( "better.gpkg" ) );
  int raised = 0;
  for ( const auto &[code, values] : before )
  {
    ASSERT_TRUE( better.at( code ).first.has_value() == values.first.has_value() ) << text( code );
    if ( !values.first )
      continue;
    EXPECT_GE( *better.at( code ).first, *values.first - 1e-9 ) << text( code );
    raised += *better.at( code ).first > *values.first + 1e-6;
  }
  EXPECT_GE( raised, 8 ) << "the improvements should show in most buurten";

  // More need in one buurt: its urgency does not drop.
  auto needier = copy( buurten.get() );
  const int demHome = needier->fields().lookupField( QStringLiteral( "dem_home" ) );
  QString target;
  for ( const QgsFeature &f : featuresOf( needier.get() ) )
    if ( numberOf( f, QStringLiteral( "dem_home" ) ) &&
         before.at( f.attribute( "buurtcode" ).toString() ).second )
    {
      target = f.attribute( QStringLiteral( "buurtcode" ) ).toString();
      needier->dataProvider()->changeAttributeValues(
          { { f.id(), { { demHome, *numberOf( f, QStringLiteral( "dem_home" ) ) * 3 } } } } );
      break;
    }
  ASSERT_FALSE( target.isEmpty() );
  const auto needy = score( needier.get(), addresses.get(), pois.get(), QStringLiteral( "needy.gpkg" ) );
  EXPECT_GE( *needy.at( target ).second, *before.at( target ).second - 1e-9 );
}

// Issue 12, item 2: on the raw CBS buurten of the sample town (no dem_home) the need is the social score
// alone. The log must say so and where it was read, and need and urgency must be that score: worked out here
// from the layer's own percentages and the default profile's norms.
TEST_F( Score_, NeedOnRawBuurtenComesFromTheSocialScoreAndTheLogSaysSo )
{
  const QString buurten = SampleTown + QStringLiteral( "|layername=buurten" );
  QVariantMap p{
      { QStringLiteral( "AREAS" ), buurten },
      { QStringLiteral( "NETWORK" ), SampleTown + QStringLiteral( "|layername=wegen" ) },
      { QStringLiteral( "ADDRESSES" ), SampleTown + QStringLiteral( "|layername=adressen" ) },
      { QStringLiteral( "FACILITIES" ), SampleTown + QStringLiteral( "|layername=voorzieningen" ) },
      { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
      { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) } };
  const RunResult r = run( p, QStringLiteral( "raw.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_FALSE( r.log.contains( QLatin1String( "there is no need" ) ) ) << text( r.log );
  EXPECT_TRUE( r.log.contains(
      QLatin1String( "need comes from the social score alone (\"social.single_households\" from "
                     "\"percentage_eenpersoonshuishoudens\", \"social.widowed\" from "
                     "\"percentage_verweduwd\"), not from the number of "
                     "people in need" ) ) )
      << text( r.log );
  EXPECT_TRUE( r.log.contains( QLatin1String( "from: the social score (weight 1; " ) ) ) << text( r.log );

  // The default profile: single-person households 20 (bad) .. 60 (good), widowed 2 .. 15, weights 1 and 1;
  // a CBS secrecy code is no value.
  auto sub = []( const QVariant &v, double bad, double good ) -> std::optional<double>
  {
    if ( v.isNull() || v.toDouble() < 0 )
      return std::nullopt;
    return std::clamp( 100 * ( v.toDouble() - bad ) / ( good - bad ), 0.0, 100.0 );
  };
  auto input = openLayer( buurten );
  std::map<QString, std::optional<double>> socialOf;
  for ( const QgsFeature &f : featuresOf( input.get() ) )
  {
    const std::optional<double> single = sub( f.attribute( "percentage_eenpersoonshuishoudens" ), 20, 60 );
    const std::optional<double> widowed = sub( f.attribute( "percentage_verweduwd" ), 2, 15 );
    std::optional<double> social;
    if ( single || widowed )
      social =
          ( single.value_or( 0 ) + widowed.value_or( 0 ) ) / ( single.has_value() + widowed.has_value() );
    socialOf[f.attribute( "buurtnaam" ).toString()] = social;
  }
  // Lindenhof (57 %, 11 %): (92.5 + 69.2) / 2 = 80.9, the need the issue saw.
  ASSERT_TRUE( socialOf[QStringLiteral( "Lindenhof" )] );
  EXPECT_NEAR( *socialOf[QStringLiteral( "Lindenhof" )], ( 92.5 + 900.0 / 13 ) / 2, 1e-9 );

  auto layer = openLayer( r.output() );
  QString mostUrgent;
  double highest = -1;
  int withNeed = 0;
  for ( const QgsFeature &f : featuresOf( layer.get() ) )
  {
    const QString name = f.attribute( "buurtnaam" ).toString();
    EXPECT_TRUE( f.attribute( "need_people" ).isNull() ) << text( name );
    const std::optional<double> need = numberOf( f, QStringLiteral( "need" ) );
    const std::optional<double> expected =
        numberOf( f, QStringLiteral( "homes" ) ).value_or( 0 ) > 0 ? socialOf[name] : std::nullopt;
    ASSERT_EQ( need.has_value(), expected.has_value() ) << text( name );
    if ( !need )
    {
      EXPECT_TRUE( f.attribute( "urgency" ).isNull() && f.attribute( "urgency_rank" ).isNull() )
          << text( name );
      continue;
    }
    ++withNeed;
    EXPECT_NEAR( *need, *expected, 1e-9 ) << text( name );
    const double urgency = *need * ( 100 - value( f, "friendly" ) ) / 100;
    EXPECT_NEAR( value( f, "urgency" ), urgency, 1e-9 ) << text( name );
    if ( urgency > highest )
    {
      highest = urgency;
      mostUrgent = name;
    }
  }
  EXPECT_GE( withNeed, 10 );
  EXPECT_TRUE( r.log.contains( QStringLiteral( "Need of %1 of " ).arg( withNeed ) ) ) << text( r.log );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "MOST_URGENT" ) ).toString(), mostUrgent );
  EXPECT_TRUE( layer->metadata().abstract().contains(
      QLatin1String( "\"social.widowed\" from \"percentage_verweduwd\"" ) ) );
}

// Item 2, the other case: no people fields and no social values. Then there is no need: need, urgency and
// its rank are empty, no area is most urgent, and the warning says exactly that. With the social field back,
// the need is that score alone (widowed 10 % against 0 .. 20: 50 in A; B's value is secret; C has no homes).
TEST_F( Score_, WithoutAnyNeedSourceThereIsNoNeedAndNoUrgency )
{
  auto bare = memoryLayer(
      QStringLiteral( "Polygon?crs=EPSG:28992&field=buurtnaam:string&field=percentage_verweduwd:integer" ),
      QStringLiteral( "kaal" ),
      { { QStringLiteral( "POLYGON((0 -500, 1000 -500, 1000 500, 0 500, 0 -500))" ), { "A", QVariant() } },
        { QStringLiteral( "POLYGON((1000 -500, 2000 -500, 2000 500, 1000 500, 1000 -500))" ),
          { "B", QVariant() } },
        { QStringLiteral( "POLYGON((2000 -500, 3000 -500, 3000 500, 2000 500, 2000 -500))" ),
          { "C", QVariant() } } } );
  QVariantMap p = fixture();
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( bare.get() ) );
  RunResult r = run( p, QStringLiteral( "noneed.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_TRUE( r.warnings.join( '\n' ).contains(
      QLatin1String( "there is no need, so need and urgency are empty and no area is most urgent" ) ) )
      << text( r.log );
  EXPECT_TRUE( r.log.contains( QLatin1String( "most urgent: none (no need)" ) ) ) << text( r.log );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "MOST_URGENT" ) ).toString(), QString() );
  auto layer = openLayer( r.output() );
  auto b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  for ( const char *name : { "A", "B", "C" } )
    for ( const char *field : { "need", "need_people", "dom_social", "urgency", "urgency_rank" } )
      EXPECT_TRUE( b[name].attribute( field ).isNull() ) << name << " " << field;
  EXPECT_TRUE( numberOf( b["A"], QStringLiteral( "friendly" ) ) ) << "friendliness needs no need";

  // The social field back.
  auto social = std::unique_ptr<QgsVectorLayer>( bare->materialize( QgsFeatureRequest() ) );
  const int widowed = social->fields().lookupField( QStringLiteral( "percentage_verweduwd" ) );
  QgsChangedAttributesMap changes;
  for ( const QgsFeature &f : featuresOf( social.get() ) )
  {
    const QString name = f.attribute( QStringLiteral( "buurtnaam" ) ).toString();
    changes[f.id()][widowed] = name == QLatin1String( "A" )   ? 10
                               : name == QLatin1String( "B" ) ? -99999999
                                                              : 5;
  }
  social->dataProvider()->changeAttributeValues( changes );
  p.insert( QStringLiteral( "AREAS" ), QVariant::fromValue( social.get() ) );
  r = run( p, QStringLiteral( "social.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  EXPECT_FALSE( r.log.contains( QLatin1String( "there is no need" ) ) ) << text( r.log );
  EXPECT_TRUE( r.warnings.join( '\n' ).contains( QLatin1String(
      "need comes from the social score alone (\"social.widowed\" from \"percentage_verweduwd\")" ) ) )
      << text( r.log );
  EXPECT_TRUE( r.log.contains( QLatin1String(
      "Need of 1 of 2 area(s) from: the social score (weight 1; 1 area(s)): \"social.widowed\" from "
      "\"percentage_verweduwd\"." ) ) )
      << text( r.log );
  layer = openLayer( r.output() );
  b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  EXPECT_NEAR( value( b["A"], "need" ), 50, 1e-9 );
  EXPECT_NEAR( value( b["A"], "urgency" ), 50 * ( 100 - value( b["A"], "friendly" ) ) / 100, 1e-9 );
  EXPECT_EQ( value( b["A"], "urgency_rank" ), 1 );
  EXPECT_TRUE( b["B"].attribute( "need" ).isNull() && b["B"].attribute( "urgency" ).isNull() );
  EXPECT_TRUE( b["C"].attribute( "need" ).isNull() );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "MOST_URGENT" ) ).toString(), QStringLiteral( "A" ) );
}

namespace
{
//! The legend label of the class a feature is drawn with.
QString legendLabelOf( QgsVectorLayer *layer, const QgsFeature &f )
{
  QgsFeatureRenderer *renderer = layer->renderer();
  QgsRenderContext context;
  QgsExpressionContext expressions;
  expressions.appendScope( QgsExpressionContextUtils::layerScope( layer ) );
  context.setExpressionContext( expressions );
  renderer->startRender( context, layer->fields() );
  context.expressionContext().setFeature( f );
  const QSet<QString> keys = renderer->legendKeysForFeature( f, context );
  renderer->stopRender( context );
  for ( const QgsLegendSymbolItem &item : renderer->legendSymbolItems() )
    if ( keys.contains( item.ruleKey() ) )
      return item.label();
  return QString();
}
} // namespace

// Issue 12, item 3: Stadspark has no homes. It gets no friendliness, need or urgency, "no homes" in missing,
// is not ranked and not most urgent, is listed apart in the report, and the map draws it as "No data".
TEST_F( Score_, StadsparkWithoutHomesIsNotScoredAndShowsAsNoData )
{
  RunResult dem =
      runAlgorithmById( QStringLiteral( "dementiafriendly:estimatedementia" ),
                        { { QStringLiteral( "INPUT" ), SampleTown + QStringLiteral( "|layername=buurten" ) },
                          { QStringLiteral( "OUTPUT" ), mDir.filePath( QStringLiteral( "dem.gpkg" ) ) } } );
  ASSERT_TRUE( dem.ok ) << text( dem.log );
  const QString report = mDir.filePath( QStringLiteral( "town.html" ) );
  QVariantMap p{
      { QStringLiteral( "AREAS" ), dem.output() },
      { QStringLiteral( "NETWORK" ), SampleTown + QStringLiteral( "|layername=wegen" ) },
      { QStringLiteral( "ADDRESSES" ), SampleTown + QStringLiteral( "|layername=adressen" ) },
      { QStringLiteral( "FACILITIES" ), SampleTown + QStringLiteral( "|layername=voorzieningen" ) },
      { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
      { QStringLiteral( "FACILITY_ID_FIELD" ), QStringLiteral( "poi_id" ) },
      { QStringLiteral( "REPORT" ), report } };
  const RunResult r = run( p, QStringLiteral( "town.gpkg" ) );
  ASSERT_TRUE( r.ok ) << text( r.log );
  auto layer = openLayer( r.output() );
  auto b = byKey( layer.get(), QStringLiteral( "buurtnaam" ) );
  ASSERT_TRUE( b.count( QStringLiteral( "Stadspark" ) ) );

  // "Homes" are the addresses with woonfunctie that lie in the buurt: counted here from the layers.
  auto addresses = openLayer( SampleTown + QStringLiteral( "|layername=adressen" ) );
  std::vector<QgsFeature> homes;
  for ( const QgsFeature &a : featuresOf( addresses.get() ) )
    if ( a.attribute( QStringLiteral( "gebruiksdoel" ) )
             .toString()
             .contains( QLatin1String( "woonfunctie" ) ) )
      homes.push_back( a );
  std::set<QString> withoutHomes;
  long long scored = 0, withUrgency = 0;
  double friendlyHomes = 0, allHomes = 0;
  std::map<int, QString> byRank;
  for ( const auto &[name, f] : b )
  {
    long long n = 0;
    for ( const QgsFeature &h : homes )
      n += f.geometry().contains( h.geometry() );
    EXPECT_EQ( value( f, "homes" ), n ) << text( name );
    const QString missing = f.attribute( QStringLiteral( "missing" ) ).toString();
    if ( n == 0 )
    {
      withoutHomes.insert( name );
      EXPECT_EQ( missing, QStringLiteral( "no homes" ) ) << text( name );
      for ( const QgsField &field : layer->fields() )
      {
        if ( field.name() == QLatin1String( "friendly" ) ||
             field.name().startsWith( QLatin1String( "friendly_" ) ) ||
             field.name().startsWith( QLatin1String( "dom_" ) ) ||
             field.name().startsWith( QLatin1String( "s_" ) ) || field.name() == QLatin1String( "need" ) ||
             field.name().startsWith( QLatin1String( "urgency" ) ) )
        {
          EXPECT_TRUE( f.attribute( field.name() ).isNull() ) << text( name + ' ' + field.name() );
        }
      }
      continue;
    }
    EXPECT_FALSE( missing.contains( QLatin1String( "no homes" ) ) ) << text( name );
    ASSERT_TRUE( numberOf( f, QStringLiteral( "friendly" ) ) ) << text( name );
    ++scored;
    friendlyHomes += value( f, "friendly" ) * n;
    allHomes += n;
    if ( const std::optional<double> rank = numberOf( f, QStringLiteral( "urgency_rank" ) ) )
    {
      byRank[static_cast<int>( *rank )] = name;
      ++withUrgency;
    }
  }
  EXPECT_TRUE( withoutHomes.count( QStringLiteral( "Stadspark" ) ) );
  EXPECT_EQ( r.number( QStringLiteral( "AREAS_SCORED" ) ), scored );
  EXPECT_NEAR( r.number( QStringLiteral( "MEAN_FRIENDLY" ) ), friendlyHomes / allHomes, 1e-9 );
  // Ranks 1 .. n over the buurten with homes and a need only (no ties in the sample town; the industrial
  // estate has homes but a secret population and social values, so no need); rank 1 is the most urgent.
  EXPECT_GE( withUrgency, 10 );
  ASSERT_EQ( byRank.size(), static_cast<size_t>( withUrgency ) );
  EXPECT_EQ( byRank.begin()->first, 1 );
  EXPECT_EQ( byRank.rbegin()->first, withUrgency );
  EXPECT_EQ( r.outputs.value( QStringLiteral( "MOST_URGENT" ) ).toString(), byRank[1] );
  EXPECT_FALSE( withoutHomes.count( byRank[1] ) );
  for ( const QString &name : withoutHomes )
    EXPECT_TRUE( r.log.contains( name ) && r.log.contains( QLatin1String( "without homes" ) ) )
        << text( r.log );

  // The report: not in the table by urgency, but in the list of areas without homes.
  QFile f( report );
  ASSERT_TRUE( f.open( QIODevice::ReadOnly ) );
  const QString html = QString::fromUtf8( f.readAll() );
  const int apart = html.indexOf( QLatin1String( "<h2 id=\"without-homes\">" ) );
  ASSERT_GT( apart, 0 );
  EXPECT_GT( html.indexOf( QLatin1String( "<li>Stadspark</li>" ), apart ), apart );
  EXPECT_FALSE( html.contains( QLatin1String( ">Stadspark</a>" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( ">%1</a>" ).arg( byRank[1] ) ) );

  // The maps: the friendly style (the layer's default) and the urgency style draw Stadspark in a class of its
  // own that the legend calls "No data"; a scored buurt is drawn in a class of values.
  ASSERT_TRUE( layer->renderer() );
  const QString friendlyLabel = legendLabelOf( layer.get(), b[QStringLiteral( "Stadspark" )] );
  EXPECT_TRUE( friendlyLabel.startsWith( QLatin1String( "No data" ) ) ) << text( friendlyLabel );
  EXPECT_FALSE( legendLabelOf( layer.get(), b[byRank[1]] ).startsWith( QLatin1String( "No data" ) ) );
  QFile qml( mDir.filePath( QStringLiteral( "town_urgency.qml" ) ) );
  ASSERT_TRUE( qml.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  ASSERT_TRUE( document.setContent( &qml ) );
  QString message;
  ASSERT_TRUE( layer->importNamedStyle( document, message ) ) << text( message );
  const auto *urgencyStyle = dynamic_cast<QgsGraduatedSymbolRenderer *>( layer->renderer() );
  ASSERT_TRUE( urgencyStyle && urgencyStyle->classAttribute().contains( QLatin1String( "\"urgency\"" ) ) );
  const QString urgencyLabel = legendLabelOf( layer.get(), b[QStringLiteral( "Stadspark" )] );
  EXPECT_TRUE( urgencyLabel.startsWith( QLatin1String( "No data" ) ) ) << text( urgencyLabel );
  EXPECT_FALSE( legendLabelOf( layer.get(), b[byRank[1]] ).startsWith( QLatin1String( "No data" ) ) );
}
