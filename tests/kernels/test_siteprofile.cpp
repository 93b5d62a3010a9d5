// The housing sites profile file and the line format it shares with the score profile: every error names its
// line, what is written reads back, and the default profile compiled into the plugin is the one shipped in
// profiles/housing.dfsites.
#include "profileformat.h"
#include "scoreprofile.h"
#include "siteprofile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace dfn;

namespace
{
std::string errorOf( const std::string &text )
{
  const SiteProfileParse parsed = parseSiteProfile( text );
  EXPECT_TRUE( parsed.profile.concepts.empty() && parsed.profile.criteria.empty() )
      << "a failed parse must not hand out half a profile";
  return parsed.error;
}

// Lines 1-21; the tests below replace single lines by number.
const char *kSmall = R"(# A municipality's housing profile
[concept thuisplusflat]
label = Thuisplusflat
sites = existing
min_homes = 80
needs_corporation = yes

[concept clustered]
min_units = 5
needs_shared_space = yes

[criterion supermarket_min]
label = Walk to the nearest supermarket
unit = min
pass = at most 10
bad = 20
good = 5
weight = 52
weight clustered = 26

[criterion need_dementia_500m]
pass = at least 10
bad = 0
good = 30
weight = 44
)";

//! kSmall with line \a line (1-based) replaced by \a text.
std::string withLine( int line, const std::string &text )
{
  std::istringstream in( kSmall );
  std::string out, l;
  for ( int n = 1; std::getline( in, l ); ++n )
    out += ( n == line ? text : l ) + "\n";
  return out;
}

//! The repository's copy of a file, found from this source file's path (CMake compiles with absolute paths).
std::string repoFile( const std::string &relative )
{
  const std::string here = __FILE__;
  const size_t cut = here.rfind( "tests/kernels/" );
  return ( cut == std::string::npos ? std::string() : here.substr( 0, cut ) ) + relative;
}
} // namespace

TEST( ProfileFormat, SplitsLinesIntoSectionsAndEntries )
{
  const std::string text =
      "\xEF\xBB\xBF# top\r\n\r\n[Concept  Thuis Plus ]  # c\r\nKey  =  Value = 2 \r\n= x\n";
  ProfileLineReader reader( text );
  ProfileLine line;
  ASSERT_TRUE( reader.next( line ) );
  EXPECT_TRUE( line.isSection );
  EXPECT_EQ( line.number, 3 );
  EXPECT_EQ( line.kind, "concept" );
  EXPECT_EQ( line.name, "thuis plus" ); // the profile reader decides whether a name may hold a space
  EXPECT_EQ( line.text, "[Concept  Thuis Plus ]" );
  ASSERT_TRUE( reader.next( line ) );
  EXPECT_FALSE( line.isSection );
  EXPECT_EQ( line.number, 4 );
  EXPECT_EQ( line.key, "key" );
  EXPECT_EQ( line.value, "Value = 2" );
  ASSERT_TRUE( reader.next( line ) );
  EXPECT_EQ( line.key, "" );
  EXPECT_EQ( line.value, "x" );
  EXPECT_FALSE( reader.next( line ) );
  EXPECT_EQ( reader.error(), "" );

  ProfileLineReader unicode( std::string( "\xFE\xFF\0[", 4 ) );
  EXPECT_FALSE( unicode.next( line ) );
  EXPECT_EQ( unicode.error(), "line 1: the file is UTF-16 (\"Unicode\" in Notepad); save it as UTF-8" );
}

TEST( ProfileFormat, NumbersAndQuotes )
{
  EXPECT_EQ( parseProfileNumber( "2,5" ), 2.5 );
  EXPECT_EQ( parseProfileNumber( "+1e2" ), 100 );
  EXPECT_EQ( parseProfileNumber( "-0.25" ), -0.25 );
  for ( const char *bad : { "", "1.000,5", "1,000,000", "2 %", "0x10", "inf", "nan", "1e999", "++1", " 1" } )
    EXPECT_FALSE( parseProfileNumber( bad ) ) << bad;
  for ( const double v : { 0.1, 1.0 / 3.0, 1e-300, -123456.789, 52.0 } )
    EXPECT_EQ( parseProfileNumber( formatProfileNumber( v ) ), v );
  EXPECT_EQ( formatProfileNumber( 52 ), "52" );
  // Cut after 60 bytes, never inside a UTF-8 character ("é" is two bytes: byte 60 would split it).
  const std::string long_ = std::string( 59, 'x' ) + "é" + "yyy";
  EXPECT_EQ( quotedForMessage( long_ ), "\"" + std::string( 59, 'x' ) + "…\"" );
  EXPECT_EQ( profileCommentBlock( "a\n\nb" ), "# a\n#\n# b\n\n" );
  EXPECT_EQ( profileCommentBlock( "" ), "" );
  EXPECT_TRUE( isProfileValueText( "Homes ≥ 80" ) );
  EXPECT_FALSE( isProfileValueText( " padded" ) );
  EXPECT_FALSE( isProfileValueText( "two\nlines" ) );
}

TEST( SiteProfile, ReadsConceptsCriteriaAndDefaults )
{
  const SiteProfileParse parsed = parseSiteProfile( kSmall );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  const SiteProfile &p = parsed.profile;
  ASSERT_EQ( p.concepts.size(), 2u );
  SiteConcept tpf;
  tpf.id = "thuisplusflat";
  tpf.label = "Thuisplusflat";
  tpf.onPlot = false;
  tpf.minHomes = 80;
  tpf.needsCorporation = true;
  EXPECT_EQ( p.concepts[0], tpf );
  // Defaults: label the id, any site, no size or ownership gate.
  SiteConcept clustered;
  clustered.id = "clustered";
  clustered.label = "clustered";
  clustered.minUnits = 5;
  clustered.needsSharedSpace = true;
  EXPECT_EQ( p.concepts[1], clustered );

  ASSERT_EQ( p.criteria.size(), 2u );
  const SiteCriterion &walk = p.criteria[0];
  EXPECT_EQ( walk.id, "supermarket_min" );
  EXPECT_EQ( walk.unit, "min" );
  EXPECT_EQ( walk.pass, 10 );
  EXPECT_FALSE( walk.higherIsBetter() );
  EXPECT_TRUE( walk.passes( 10 ) );
  EXPECT_FALSE( walk.passes( 10.01 ) );
  EXPECT_EQ( walk.weightFor( "thuisplusflat" ), 52 );
  EXPECT_EQ( walk.weightFor( "clustered" ), 26 );
  EXPECT_EQ( walk.conceptWeights, ( std::map<std::string, double>{ { "clustered", 26 } } ) );
  const SiteCriterion &need = p.criteria[1];
  EXPECT_EQ( need.label, "need_dementia_500m" );
  EXPECT_EQ( need.unit, "" );
  EXPECT_TRUE( need.passes( 10 ) );
  EXPECT_FALSE( need.passes( 9.99 ) );
  EXPECT_EQ( p.findConcept( "clustered" ), &p.concepts[1] );
  EXPECT_EQ( p.findConcept( "wonen_plus" ), nullptr );
  EXPECT_EQ( p.findCriterion( "need_dementia_500m" ), &p.criteria[1] );
  EXPECT_EQ( p.findCriterion( "gp_min" ), nullptr );
}

TEST( SiteProfile, ForgivesWhatNotepadAndPeopleDo )
{
  // A byte order mark, CR LF, tabs, capitals, Dutch yes, sites in any order with spaces, a decimal comma,
  // the pass direction as a sign, a per-concept weight with extra spaces, a weight override given before
  // its concept is declared.
  const std::string text = "\xEF\xBB\xBF# made in Notepad\r\n"
                           "[Criterion Step_Free]\r\n"
                           "\tPass\t=\t≥ 0,5   # half the homes\r\n"
                           "BAD = 0\r\n"
                           "Good = 1\r\n"
                           "Weight = 22\r\n"
                           "WEIGHT    Wonen_Plus = 11\r\n"
                           "[CONCEPT Wonen_Plus]\r\n"
                           "Sites = plot   existing\r\n"
                           "Needs_Corporation = Ja\r\n"
                           "needs_shared_space = nee\r\n"
                           "[concept clustered]\r\n"
                           "min_units = 5,0\r\n";
  const SiteProfileParse parsed = parseSiteProfile( text );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  const SiteProfile &p = parsed.profile;
  ASSERT_EQ( p.concepts.size(), 2u );
  EXPECT_EQ( p.concepts[0].id, "wonen_plus" );
  EXPECT_TRUE( p.concepts[0].onExisting && p.concepts[0].onPlot );
  EXPECT_TRUE( p.concepts[0].needsCorporation );
  EXPECT_FALSE( p.concepts[0].needsSharedSpace );
  EXPECT_EQ( p.concepts[1].minUnits, 5 );
  ASSERT_EQ( p.criteria.size(), 1u );
  EXPECT_EQ( p.criteria[0].id, "step_free" );
  EXPECT_EQ( p.criteria[0].pass, 0.5 );
  EXPECT_TRUE( p.criteria[0].higherIsBetter() );
  EXPECT_EQ( p.criteria[0].weightFor( "wonen_plus" ), 11 );
  EXPECT_EQ( p.criteria[0].weightFor( "clustered" ), 22 );

  for ( const char *pass : { "at most 10", "AT MOST 10", "<= 10", "≤10", "at most 1e1" } )
  {
    const SiteProfileParse walk =
        parseSiteProfile( std::string( "[concept a]\n[criterion gp_min]\npass = " ) + pass +
                          "\nbad = 20\ngood = 5\nweight = 1\n" );
    ASSERT_TRUE( walk.ok() ) << pass << ": " << walk.error;
    EXPECT_EQ( walk.profile.criteria[0].pass, 10 ) << pass;
  }
}

TEST( SiteProfile, EveryErrorNamesItsLineAndText )
{
  struct Case
  {
    std::string text;
    std::string error;
  };
  const std::vector<Case> cases = {
      // Keys.
      { withLine( 18, "wieght = 52" ),
        "line 18: unknown key \"wieght\" in [criterion supermarket_min] (known: "
        "label, unit, pass, bad, good, weight, weight CONCEPT)" },
      { withLine( 5, "min_home = 80" ),
        "line 5: unknown key \"min_home\" in [concept thuisplusflat] (known: label, sites, min_homes, "
        "min_units, needs_corporation, needs_shared_space)" },
      { withLine( 9, "weight = 1" ),
        "line 9: unknown key \"weight\" in [concept clustered] (known: label, sites, min_homes, min_units, "
        "needs_corporation, needs_shared_space)" },
      { withLine( 18, "weight.clustered = 26" ),
        "line 18: unknown key \"weight.clustered\" in [criterion supermarket_min] (known: label, unit, pass, "
        "bad, good, weight, weight CONCEPT)" },
      { withLine( 17, "weight   Clustered = 1" ),
        "line 19: \"weight clustered\" given twice in [criterion supermarket_min] (first at line 17)" },
      { withLine( 17, "bad = 25" ),
        "line 17: \"bad\" given twice in [criterion supermarket_min] (first at line 16)" },
      { withLine( 19, "weight clus-tered = 26" ),
        "line 19: \"weight clus-tered\" in [criterion supermarket_min] must name a concept after \"weight\", "
        "e.g. "
        "\"weight clustered = 0\"" },
      { withLine( 19, "weight clusterd = 26" ),
        "line 19: \"weight clusterd\" in [criterion supermarket_min] names concept \"clusterd\", which the "
        "profile does not declare (declared: thuisplusflat, clustered)" },
      { "label = x\n[concept a]\n",
        "line 1: \"label = x\" comes before the first [concept …] or [criterion …] "
        "section" },
      { withLine( 15, "pass 10" ), "line 15: expected \"key = value\" or a [section], got \"pass 10\"" },
      // Sections.
      { withLine( 2, "[concpt thuisplusflat]" ),
        "line 2: unknown section kind \"concpt\" in \"[concpt thuisplusflat]\" (expected [concept …] or "
        "[criterion …])" },
      { withLine( 2, "[domain access]" ),
        "line 2: \"[domain access]\" belongs in a neighbourhood score profile (.dfprofile); a housing sites "
        "profile (.dfsites) has [concept …] and [criterion …] sections" },
      { withLine( 8, "[concept]" ), "line 8: [concept] needs a name, e.g. [concept thuisplusflat]" },
      { withLine( 12, "[criterion]" ),
        "line 12: [criterion] needs a name, e.g. [criterion supermarket_min]" },
      { withLine( 8, "[concept wonen plus]" ),
        "line 8: concept id \"wonen plus\" must be letters, digits and _, "
        "starting with a letter" },
      { withLine( 12, "[criterion clustered.supermarket_min]" ),
        "line 12: criterion id \"clustered.supermarket_min\" must be letters, digits and _, starting with a "
        "letter (for a weight in one concept write \"weight CONCEPT = …\" in the criterion)" },
      { withLine( 21, "[criterion Supermarket_Min]" ),
        "line 21: duplicate section [criterion supermarket_min] (first at line 12)" },
      { withLine( 12, "[criterion supermarket_min" ),
        "line 12: the section header \"[criterion supermarket_min\" lacks its closing \"]\"" },
      { withLine( 8, "[concept clustered] min_units = 5" ),
        "line 8: put \"min_units = 5\" on a line of its own below \"[concept clustered]\"" },
      // Missing keys, reported at the section's header, whether another section or the end follows.
      { withLine( 15, "" ), "line 12: [criterion supermarket_min] lacks \"pass = …\"" },
      { withLine( 25, "" ), "line 21: [criterion need_dementia_500m] lacks \"weight = …\"" },
      { withLine( 18, "" ), "line 12: [criterion supermarket_min] lacks \"weight = …\"" },
      // Values.
      { withLine( 15, "pass = 10" ),
        "line 15: pass = \"10\" in [criterion supermarket_min] must read \"at least NUMBER\" or \"at most "
        "NUMBER\"" },
      { withLine( 15, "pass = at most ten" ), "line 15: pass = \"at most ten\" in [criterion "
                                              "supermarket_min] must read \"at least NUMBER\" or \"at "
                                              "most NUMBER\"" },
      { withLine( 15, "pass = at least 10" ),
        "line 15: pass = at least 10 contradicts bad = 20 and good = 5, which say lower values are better, "
        "in "
        "[criterion supermarket_min]; write \"pass = at most 10\" or swap bad and good" },
      { withLine( 17, "good = 20" ),
        "line 17: bad and good are both 20; they must differ (bad larger than good means lower values are "
        "better) in [criterion supermarket_min]" },
      { withLine( 16, "bad = 20 min" ),
        "line 16: bad = \"20 min\" is not a number in [criterion supermarket_min]" },
      { withLine( 18, "weight = -52" ),
        "line 18: weight must be 0 or more, got -52 in [criterion supermarket_min]" },
      { withLine( 19, "weight clustered = -1" ),
        "line 19: weight must be 0 or more, got -1 in [criterion supermarket_min]" },
      { withLine( 5, "min_homes = tachtig" ), "line 5: min_homes = \"tachtig\" is not a number in [concept "
                                              "thuisplusflat]" },
      { withLine( 5, "min_homes = -80" ),
        "line 5: min_homes must be 0 or more, got -80 in [concept thuisplusflat]" },
      { withLine( 4, "sites = existing, kavel" ),
        "line 4: sites = \"existing, kavel\" in [concept thuisplusflat] must list existing, plot or both "
        "(\"existing, plot\")" },
      { withLine( 4, "sites = ," ),
        "line 4: sites = \",\" in [concept thuisplusflat] must list existing, plot or "
        "both (\"existing, plot\")" },
      { withLine( 6, "needs_corporation = maybe" ),
        "line 6: needs_corporation = \"maybe\" must be yes or no in [concept thuisplusflat]" },
      // Encoding.
      { withLine( 13, "label = Lopen naar de supermarkt, caf\xE9" ),
        "line 13: the text is not UTF-8; save the file as UTF-8 (in Notepad: Save as, Encoding)" },
      { std::string( "\xFF\xFE[\0c\0", 6 ),
        "line 1: the file is UTF-16 (\"Unicode\" in Notepad); save it as UTF-8" },
  };
  for ( const Case &c : cases )
    EXPECT_EQ( errorOf( c.text ), c.error ) << c.text;
}

TEST( SiteProfile, WeightsSummingToZeroAreAnError )
{
  // Every criterion weighs 0 for clustered: line 8 is its header.
  std::string zero = withLine( 19, "weight clustered = 0" );
  zero += "weight clustered = 0\n";
  EXPECT_EQ( errorOf( zero ),
             "line 8: no criterion has a weight above 0 for [concept clustered], so its sites "
             "cannot be ranked; give one \"weight = …\" or \"weight clustered = …\" above 0" );
  // All weights 0: the first concept is named.
  std::string none = withLine( 19, "weight clustered = 0" );
  none.replace( none.find( "weight = 52" ), 11, "weight = 0" );
  none.replace( none.find( "weight = 44" ), 11, "weight = 0,0" );
  EXPECT_EQ( errorOf( none ),
             "line 2: no criterion has a weight above 0 for [concept thuisplusflat], so its "
             "sites cannot be ranked; give one \"weight = …\" or \"weight thuisplusflat = …\" "
             "above 0" );
  // One weighing criterion per concept is enough, even if it is a different one.
  EXPECT_TRUE(
      parseSiteProfile( "[concept a]\n[concept b]\n[criterion x]\npass = at least 1\nbad = 0\ngood = "
                        "2\nweight = 0\nweight a = 1\n[criterion y]\npass = at least 1\nbad = 0\ngood = "
                        "2\nweight = 1\nweight a = 0\n" )
          .ok() );
  const std::string noConcept =
      "the profile declares no [concept …]: there is nothing to assess the sites for "
      "(e.g. [concept thuisplusflat])";
  EXPECT_EQ( errorOf( "" ), noConcept );
  EXPECT_EQ( errorOf( "[criterion x]\npass = at least 1\nbad = 0\ngood = 2\nweight = 1\n" ), noConcept );
  // A concept without criteria at all.
  EXPECT_EQ( errorOf( "[concept a]\n" ),
             "line 1: no criterion has a weight above 0 for [concept a], so its "
             "sites cannot be ranked; give one \"weight = …\" or \"weight a = …\" "
             "above 0" );
}

TEST( SiteProfile, ScoreProfileAndSiteProfileRefuseEachOther )
{
  EXPECT_EQ(
      errorOf( defaultScoreProfileText() ),
      "line 32: \"[domain access]\" belongs in a neighbourhood score profile (.dfprofile); a housing sites "
      "profile (.dfsites) has [concept …] and [criterion …] sections" );
  const ProfileParse asScore = parseScoreProfile( defaultSiteProfileText() );
  EXPECT_FALSE( asScore.ok() );
  EXPECT_NE( asScore.error.find( "unknown section kind \"concept\"" ), std::string::npos ) << asScore.error;
}

TEST( SiteProfile, WriteThenParseGivesTheSameProfile )
{
  SiteProfile p;
  SiteConcept a;
  a.id = "a";
  a.label = "Wonen met een plus ≥ 55";
  a.onExisting = false;
  a.minUnits = 0.5;
  SiteConcept b;
  b.id = "b2";
  b.label = ""; // reads back as the id
  b.onPlot = false;
  b.minHomes = 1e-300;
  b.needsCorporation = true;
  b.needsSharedSpace = true;
  p.concepts = { a, b };
  SiteCriterion walk;
  walk.id = "meeting_place_min";
  walk.label = "Lopen naar een ontmoetingsplek";
  walk.unit = "min";
  walk.pass = 1.0 / 3.0;
  walk.bad = 20;
  walk.good = -5.5;
  walk.weight = 0.1;
  walk.conceptWeights = { { "b2", 0 }, { "a", 7 } };
  SiteCriterion need;
  need.id = "need";
  need.pass = -1;
  need.bad = -2;
  need.good = 123456.789;
  need.weight = 1;
  p.criteria = { walk, need };
  ASSERT_EQ( validateSiteProfile( p ), "" );
  const std::string text =
      writeSiteProfile( p, "The profile used on 2 March\n\nfrom C:\\gemeente\\my.dfsites" );
  EXPECT_EQ( text.substr( 0, 34 ), "# The profile used on 2 March\n#\n# " );
  // Overrides in the profile's concept order, not the map's.
  EXPECT_NE( text.find( "weight = 0.1\nweight a = 7\nweight b2 = 0\n" ), std::string::npos ) << text;
  EXPECT_NE( text.find( "pass = at most 0.3333333333333333\n" ), std::string::npos ) << text;
  const SiteProfileParse back = parseSiteProfile( text );
  ASSERT_TRUE( back.ok() ) << back.error << "\n" << text;
  SiteProfile expected = p;
  expected.concepts[1].label = "b2";
  expected.criteria[1].label = "need";
  EXPECT_EQ( back.profile, expected ) << text;
  EXPECT_EQ( writeSiteProfile( back.profile ), writeSiteProfile( expected ) );

  const SiteProfile def = defaultSiteProfile();
  const SiteProfileParse defBack = parseSiteProfile( writeSiteProfile( def ) );
  ASSERT_TRUE( defBack.ok() ) << defBack.error;
  EXPECT_EQ( defBack.profile, def );
}

TEST( SiteProfile, ValidatesProfilesBuiltInCode )
{
  const SiteProfile good = defaultSiteProfile();
  ASSERT_EQ( validateSiteProfile( good ), "" );
  auto broken = [&good]( auto change )
  {
    SiteProfile p = good;
    change( p );
    return validateSiteProfile( p );
  };
  EXPECT_EQ(
      broken( []( SiteProfile &p ) { p.criteria[0].label = "Need #1"; } ),
      "the label and unit of [criterion need_dementia_500m] must be UTF-8 on one line, without \"#\" and "
      "without spaces around them" );
  EXPECT_EQ(
      broken( []( SiteProfile &p ) { p.concepts[0].label = "Thuisplusflat\n"; } ),
      "the label of [concept thuisplusflat] must be UTF-8 on one line, without \"#\" and without spaces "
      "around it" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.concepts[1].onExisting = p.concepts[1].onPlot = false; } ),
             "[concept clustered] can use no site: give it existing, plot or both" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.concepts[0].minHomes = NAN; } ),
             "min_homes and min_units must be 0 or more in [concept thuisplusflat]" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.concepts[2].id = "Wonen_Plus"; } ),
             "concept id \"Wonen_Plus\" must be letters, digits and _, starting with a letter" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.criteria.push_back( p.criteria[2] ); } ),
             "duplicate section [criterion supermarket_min]" );
  EXPECT_EQ(
      broken( []( SiteProfile &p ) { p.criteria[2].conceptWeights["clusterd"] = 1; } ),
      "\"weight clusterd\" in [criterion supermarket_min] names concept \"clusterd\", which the profile "
      "does not declare" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.criteria[2].conceptWeights["clustered"] = -1; } ),
             "weight must be 0 or more, got -1 in [criterion supermarket_min] for concept clustered" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.criteria[2].pass = INFINITY; } ),
             "pass, bad and good must be finite numbers in [criterion supermarket_min]" );
  EXPECT_EQ(
      broken( []( SiteProfile &p ) { p.criteria[2].good = p.criteria[2].bad; } ),
      "bad and good are both 20; they must differ (bad larger than good means lower values are better) in "
      "[criterion supermarket_min]" );
  EXPECT_EQ(
      broken(
          []( SiteProfile &p )
          {
            for ( SiteCriterion &c : p.criteria )
              c.conceptWeights["wonen_plus"] = 0;
          } ),
      "no criterion has a weight above 0 for [concept wonen_plus], so its sites cannot be ranked; give "
      "one \"weight = …\" or \"weight wonen_plus = …\" above 0" );
  EXPECT_EQ( broken( []( SiteProfile &p ) { p.concepts.clear(), p.criteria.clear(); } ),
             "the profile declares no [concept …]: there is nothing to assess the sites for (e.g. [concept "
             "thuisplusflat])" );
}

TEST( SiteProfile, DefaultProfileHoldsTheAgreedConceptsAndCriteria )
{
  const SiteProfileParse parsed = parseSiteProfile( defaultSiteProfileText() );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  const SiteProfile &p = parsed.profile;
  EXPECT_EQ( p, defaultSiteProfile() );

  // Domain notes, section 5: Thuisplusflat an existing social-rent complex of at least 80 homes; a
  // geclusterde woonvorm at least 5 units and a shared meeting room.
  ASSERT_EQ( p.concepts.size(), 3u );
  const SiteConcept &tpf = p.concepts[0];
  EXPECT_EQ( tpf.id, "thuisplusflat" );
  EXPECT_TRUE( tpf.onExisting );
  EXPECT_FALSE( tpf.onPlot );
  EXPECT_EQ( tpf.minHomes, 80 );
  EXPECT_TRUE( tpf.needsCorporation );
  const SiteConcept &clustered = p.concepts[1];
  EXPECT_EQ( clustered.id, "clustered" );
  EXPECT_TRUE( clustered.onExisting && clustered.onPlot );
  EXPECT_EQ( clustered.minUnits, 5 );
  EXPECT_TRUE( clustered.needsSharedSpace );
  EXPECT_FALSE( clustered.needsCorporation );
  const SiteConcept &plus = p.concepts[2];
  EXPECT_EQ( plus.id, "wonen_plus" );
  EXPECT_TRUE( plus.onExisting && plus.onPlot );
  EXPECT_EQ( plus.minHomes + plus.minUnits, 0 );
  EXPECT_FALSE( plus.needsCorporation || plus.needsSharedSpace );

  // The ids are the interface with the glue that fills them in.
  std::vector<std::string> ids;
  for ( const SiteCriterion &c : p.criteria )
    ids.push_back( c.id );
  EXPECT_EQ( ids, ( std::vector<std::string>{ "need_dementia_500m", "need_alone_500m", "supermarket_min",
                                              "gp_min", "pharmacy_min", "meeting_place_min", "step_free",
                                              "corporation", "urgency_area" } ) );
  // Geroscoop visits a year (domain notes, section 4), 5 / 10 / 20 minutes.
  for ( const auto &[kind, weight] : std::vector<std::pair<std::string, double>>{
            { "supermarket", 52 }, { "gp", 12 }, { "pharmacy", 12 }, { "meeting_place", 12 } } )
  {
    const SiteCriterion *c = p.findCriterion( kind + "_min" );
    ASSERT_TRUE( c ) << kind;
    EXPECT_EQ( c->weight, weight ) << kind;
    EXPECT_TRUE( c->conceptWeights.empty() ) << kind;
    EXPECT_EQ( c->bad, 20 ) << kind;
    EXPECT_EQ( c->good, 5 ) << kind;
    EXPECT_EQ( c->pass, 10 ) << kind;
    EXPECT_EQ( c->unit, "min" ) << kind;
  }
  // The gates make these criteria redundant in one concept each.
  EXPECT_EQ( p.findCriterion( "corporation" )->weightFor( "thuisplusflat" ), 0 );
  EXPECT_EQ( p.findCriterion( "corporation" )->weightFor( "clustered" ), 22 );
  EXPECT_EQ( p.findCriterion( "step_free" )->weightFor( "wonen_plus" ), 0 );
  EXPECT_EQ( p.findCriterion( "step_free" )->pass, 0.5 );
  EXPECT_EQ( p.findCriterion( "urgency_area" )->pass, 40 );
  // Access 40 %, need 30 %, the other three 10 % each of 220.
  double total = 0, need = 0;
  for ( const SiteCriterion &c : p.criteria )
  {
    total += c.weightFor( "clustered" );
    if ( c.id.compare( 0, 5, "need_" ) == 0 )
      need += c.weight;
    EXPECT_FALSE( c.label.empty() || c.label == c.id ) << c.id << " needs an English label";
    EXPECT_TRUE( c.passes( c.good ) && !c.passes( c.bad ) ) << c.id << ": good must pass and bad fail";
  }
  EXPECT_EQ( total, 220 );
  EXPECT_EQ( need, 66 );
  for ( const SiteConcept &c : p.concepts )
    EXPECT_FALSE( c.label.empty() || c.label == c.id ) << c.id << " needs an English label";
}

// profiles/housing.dfsites is the one source of the default: the build embeds its bytes
// (cmake/embed_text.cmake). What runs is the file as it is now, every byte of it (no cut at a 0, no lost line
// end), and it reads without error.
TEST( SiteProfile, DefaultIsTheShippedFileEmbedded )
{
  const std::string path = repoFile( "profiles/housing.dfsites" );
  std::ifstream in( path, std::ios::binary );
  ASSERT_TRUE( in ) << "cannot read " << path;
  std::ostringstream file;
  file << in.rdbuf();
  ASSERT_GT( file.str().size(), 1000u ) << path;
  EXPECT_EQ( defaultSiteProfileText().size(), file.str().size() );
  EXPECT_TRUE( defaultSiteProfileText() == file.str() )
      << path << " differs from defaultSiteProfileText(): rebuild";
  EXPECT_EQ( defaultSiteProfileText().back(), '\n' );
  EXPECT_TRUE( parseSiteProfile( defaultSiteProfileText() ).ok() )
      << parseSiteProfile( defaultSiteProfileText() ).error;
}
