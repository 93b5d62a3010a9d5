// The score profile file: every error names its line, what is written reads back, and the default profile
// compiled into the plugin is the one shipped in profiles/default.dfprofile.
#include "scoreprofile.h"

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
  const ProfileParse parsed = parseScoreProfile( text );
  EXPECT_TRUE( parsed.profile.domains.empty() && parsed.profile.indicators.empty() )
      << "a failed parse must not hand out half a profile";
  return parsed.error;
}

// Lines 1-16; the test of unknown keys puts a typo on line 14, the example of the header.
const char *kTwoIndicators = R"(# A municipality's profile
[domain access]
weight = 1

[indicator access.supermarket_500m]
label = Homes within 500 m of a supermarket
unit = %
weight = 52
bad = 20
good = 90

[indicator access.gp_500m]
label = Homes within 500 m of a GP
weight = 12
bad = 20
good = 90
)";

//! kTwoIndicators with line \a line (1-based) replaced by \a text.
std::string withLine( int line, const std::string &text )
{
  std::istringstream in( kTwoIndicators );
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

TEST( ScoreProfile, ReadsSectionsKeysAndDefaults )
{
  const ProfileParse parsed = parseScoreProfile( kTwoIndicators );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  const ScoreProfile &p = parsed.profile;
  ASSERT_EQ( p.domains.size(), 1u );
  EXPECT_EQ( p.domains[0], ( ProfileDomain{ "access", 1 } ) );
  ASSERT_EQ( p.indicators.size(), 2u );
  EXPECT_EQ( p.indicators[0],
             ( ProfileIndicator{ "access", "access.supermarket_500m", "Homes within 500 m of a supermarket",
                                 "%", 52, 20, 90, "" } ) );
  EXPECT_EQ( p.indicators[1].id, "access.gp_500m" );
  EXPECT_EQ( p.indicators[1].unit, "" ); // no unit line
  EXPECT_TRUE( p.indicators[1].higherIsBetter() );
  EXPECT_EQ( p.indicator( "access.gp_500m" ), &p.indicators[1] );
  EXPECT_EQ( p.indicator( "access.pharmacy_500m" ), nullptr );
}

// The report shows where each weight and norm come from: the comment right below an indicator's header.
TEST( ScoreProfile, KeepsTheCommentBelowAnIndicatorHeaderAsItsNote )
{
  const ProfileParse parsed = parseScoreProfile( "# file comment\n"
                                                 "[domain access]\n"
                                                 "# domain comment\n"
                                                 "weight = 1\n"
                                                 "[indicator access.a]\n"
                                                 "#  Weight: Geroscoop (52).\r\n"
                                                 "\n"
                                                 "# Norm: judgement.  \n"
                                                 "weight = 1 # not a note\n"
                                                 "# a comment between keys\n"
                                                 "bad = 0\n"
                                                 "good = 1\n"
                                                 "# about the next group\n"
                                                 "[indicator access.b]\n"
                                                 "weight = 1\n"
                                                 "bad = 0\n"
                                                 "good = 1\n" );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  ASSERT_EQ( parsed.profile.indicators.size(), 2u );
  EXPECT_EQ( parsed.profile.indicators[0].note, "Weight: Geroscoop (52). Norm: judgement." );
  EXPECT_EQ( parsed.profile.indicators[1].note, "" );

  // Every indicator of the default file says where its numbers come from, and the note is the file's text.
  const ProfileParse def = parseScoreProfile( defaultScoreProfileText() );
  ASSERT_TRUE( def.ok() ) << def.error;
  for ( const ProfileIndicator &i : def.profile.indicators )
  {
    EXPECT_FALSE( i.note.empty() ) << i.id;
    EXPECT_EQ( i.note.find( '#' ), std::string::npos ) << i.id;
  }
  EXPECT_EQ( def.profile.indicator( "access.supermarket_500m" )->note,
             "Weight: Geroscoop (52 visits a year). Norm: 500 m core; 20 / 90 % judgement." );
}

TEST( ScoreProfile, ForgivesWhatNotepadAndPeopleDo )
{
  // A byte order mark, CR LF, tabs, comments after values, capitals, a decimal comma, a plus sign, an
  // exponent, a domain without a weight (1) and an indicator without a label (its id).
  const std::string text = "\xEF\xBB\xBF# made in Notepad\r\n"
                           "[Domain   Access]\r\n"
                           "\r\n"
                           "[INDICATOR Access.Supermarket_Median_Min]   # walking minutes\r\n"
                           "\tWeight\t=\t26,5   # half of 52, and a bit\r\n"
                           "Bad = +2e1\r\n"
                           "GOOD = 5\r\n"
                           "Unit = min\r\n"
                           "label = Mediane looptijd naar de supermarkt (≤ 5 min is goed)\r\n";
  const ProfileParse parsed = parseScoreProfile( text );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  EXPECT_EQ( parsed.profile.domains, ( std::vector<ProfileDomain>{ { "access", 1 } } ) );
  ASSERT_EQ( parsed.profile.indicators.size(), 1u );
  const ProfileIndicator &ind = parsed.profile.indicators[0];
  EXPECT_EQ( ind.id, "access.supermarket_median_min" );
  EXPECT_EQ( ind.domain, "access" );
  EXPECT_EQ( ind.weight, 26.5 );
  EXPECT_EQ( ind.bad, 20 );
  EXPECT_EQ( ind.good, 5 );
  EXPECT_FALSE( ind.higherIsBetter() );
  EXPECT_EQ( ind.unit, "min" );
  EXPECT_EQ( ind.label, "Mediane looptijd naar de supermarkt (≤ 5 min is goed)" );

  const ProfileParse noLabel =
      parseScoreProfile( "[domain access]\n[indicator access.x]\nweight=1\nbad=0\ngood=1" );
  ASSERT_TRUE( noLabel.ok() ) << noLabel.error;
  EXPECT_EQ( noLabel.profile.indicators[0].label, "access.x" );
}

TEST( ScoreProfile, EveryErrorNamesItsLineAndText )
{
  struct Case
  {
    std::string text;
    std::string error;
  };
  const std::vector<Case> cases = {
      // Keys.
      { withLine( 14, "wieght = 12" ), "line 14: unknown key \"wieght\" in [indicator access.gp_500m] "
                                       "(known: label, unit, weight, bad, good)" },
      { withLine( 3, "weigth = 1" ), "line 3: unknown key \"weigth\" in [domain access] (known: weight)" },
      { withLine( 3, "label = Access" ), "line 3: unknown key \"label\" in [domain access] (known: weight)" },
      { withLine( 11, "bad = 25" ),
        "line 11: \"bad\" given twice in [indicator access.supermarket_500m] (first at "
        "line 9)" },
      { "weight = 1\n[domain access]\n",
        "line 1: \"weight = 1\" comes before the first [domain …] or [indicator …] section" },
      { withLine( 15, "bad 20" ), "line 15: expected \"key = value\" or a [section], got \"bad 20\"" },
      // Sections.
      { withLine( 2, "[domian access]" ),
        "line 2: unknown section kind \"domian\" in \"[domian access]\" (expected "
        "[domain …] or [indicator …])" },
      { withLine( 2, "[domain safety]" ), "line 2: unknown domain \"safety\" in \"[domain safety]\" (known: "
                                          "access, comfort, housing, social)" },
      { withLine( 2, "[domain]" ), "line 2: [domain] needs a name, e.g. [domain access]" },
      { withLine( 12, "[indicator]" ), "line 12: [indicator] needs a name, e.g. [indicator access.gp_500m]" },
      { withLine( 12, "[indicator access.gp_500m" ),
        "line 12: the section header \"[indicator access.gp_500m\" lacks its closing \"]\"" },
      { withLine( 2, "[domain access]   weight = 1" ),
        "line 2: put \"weight = 1\" on a line of its own below \"[domain access]\"" },
      { withLine( 12, "[indicator gp_500m]" ), "line 12: indicator id \"gp_500m\" must read domain.name, "
                                               "e.g. access.gp_500m (letters, digits and _, "
                                               "starting with a letter)" },
      { withLine( 12, "[indicator access.gp 500m]" ), "line 12: indicator id \"access.gp 500m\" must read "
                                                      "domain.name, e.g. access.gp_500m (letters, digits "
                                                      "and _, starting with a letter)" },
      { withLine( 12, "[indicator access.5min]" ), "line 12: indicator id \"access.5min\" must read "
                                                   "domain.name, e.g. access.gp_500m (letters, digits and "
                                                   "_, starting with a letter)" },
      { withLine( 12, "[indicator Access.Supermarket_500m]" ),
        "line 12: duplicate section [indicator access.supermarket_500m] (first at line 5)" },
      { std::string( kTwoIndicators ) + "[domain access]\n",
        "line 17: duplicate section [domain access] (first at line 2)" },
      { withLine( 12, "[indicator comfort.benches_per_km]" ),
        "line 12: [indicator comfort.benches_per_km] belongs to domain \"comfort\", which the profile does "
        "not "
        "declare (add [domain comfort])" },
      { withLine( 12, "[indicator acces.gp_500m]" ),
        "line 12: [indicator acces.gp_500m] belongs to domain \"acces\", which the profile does not declare "
        "(known domains: access, comfort, housing, social)" },
      // Missing keys, reported at the section's header, whether another section or the end follows.
      { withLine( 10, "" ), "line 5: [indicator access.supermarket_500m] lacks \"good = …\"" },
      { withLine( 15, "# no bad" ), "line 12: [indicator access.gp_500m] lacks \"bad = …\"" },
      { withLine( 8, "" ), "line 5: [indicator access.supermarket_500m] lacks \"weight = …\"" },
      // Numbers.
      { withLine( 8, "weight = veel" ),
        "line 8: weight = \"veel\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 9, "bad = 20 %" ),
        "line 9: bad = \"20 %\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good =" ),
        "line 10: good = \"\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good = inf" ),
        "line 10: good = \"inf\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good = nan" ),
        "line 10: good = \"nan\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good = 1e999" ),
        "line 10: good = \"1e999\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good = 1.000,5" ),
        "line 10: good = \"1.000,5\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 10, "good = 0x10" ),
        "line 10: good = \"0x10\" is not a number in [indicator access.supermarket_500m]" },
      { withLine( 8, "weight = -52" ),
        "line 8: weight must be 0 or more, got -52 in [indicator access.supermarket_500m]" },
      { withLine( 3, "weight = -1" ), "line 3: weight must be 0 or more, got -1 in [domain access]" },
      { withLine( 10, "good = 20,0" ),
        "line 10: bad and good are both 20; they must differ (bad larger than good "
        "means lower values are better) in [indicator access.supermarket_500m]" },
      // Encoding.
      { withLine( 13, "label = Woningen binnen 500 m van de huisarts, caf\xE9" ),
        "line 13: the text is not UTF-8; save the file as UTF-8 (in Notepad: Save as, Encoding)" },
      { withLine( 7, "unit = \xC0\xA5" ), // an overlong "%"
        "line 7: the text is not UTF-8; save the file as UTF-8 (in Notepad: Save as, Encoding)" },
      { std::string( "\xFF\xFE[\0d\0", 6 ),
        "line 1: the file is UTF-16 (\"Unicode\" in Notepad); save it as UTF-8" },
  };
  for ( const Case &c : cases )
    EXPECT_EQ( errorOf( c.text ), c.error ) << c.text;
}

TEST( ScoreProfile, LongTextIsCutInMessages )
{
  const std::string junk( 500, 'x' );
  const std::string error = errorOf( "[domain access]\n" + junk + "\n" );
  EXPECT_EQ( error,
             "line 2: expected \"key = value\" or a [section], got \"" + std::string( 60, 'x' ) + "…\"" );
}

TEST( ScoreProfile, NothingToScoreIsAnError )
{
  const std::string nothing = "no indicator has a weight above 0 in a domain of the friendly score (access, "
                              "comfort or housing) whose weight is above 0: there is nothing to score";
  EXPECT_EQ( errorOf( "" ), nothing );
  EXPECT_EQ( errorOf( "# only comments\n\n[domain access]\n" ), nothing );
  // Every indicator weighs 0 (one weighing something is enough).
  EXPECT_TRUE( parseScoreProfile( withLine( 14, "weight = 0" ) ).ok() );
  std::string zero = withLine( 8, "weight = 0" );
  zero = zero.replace( zero.find( "weight = 12" ), 11, "weight = 0,0" );
  EXPECT_EQ( errorOf( zero ), nothing );
  // The indicators weigh, but their domain does not.
  EXPECT_EQ( errorOf( withLine( 3, "weight = 0" ) ), nothing );
  // Only need: social is not friendliness.
  EXPECT_EQ( errorOf( "[domain social]\n[indicator social.widowed]\nweight = 1\nbad = 2\ngood = 15\n" ),
             nothing );
}

TEST( ScoreProfile, WriteThenParseGivesTheSameProfile )
{
  ScoreProfile p;
  p.domains = { { "housing", 0.25 }, { "access", 1.0 / 3.0 }, { "social", 0 } };
  p.indicators = {
      { "access", "access.meeting_place_median_min", "Mediane looptijd naar een ontmoetingsplek ≤ 10 min",
        "min", 0.1, 20, 5, "" },
      { "housing", "housing.step_free", "housing.step_free", "", 1e-300, -5.5, 123456.789, "" },
      { "access", "access.gp_500m", "", "per km²", 12, 20, 90, "" }, // no label: reads back as the id
      { "social", "social.lonely", "Adults who feel lonely", "%", 7, 100, 0, "" },
  };
  ASSERT_EQ( validateScoreProfile( p ), "" );
  const std::string text =
      writeScoreProfile( p, "The profile used on 2 March\n\nfrom C:\\gemeente\\my.dfprofile" );
  EXPECT_EQ( text.substr( 0, 34 ), "# The profile used on 2 March\n#\n# " );
  const ProfileParse back = parseScoreProfile( text );
  ASSERT_TRUE( back.ok() ) << back.error << "\n" << text;
  ScoreProfile expected = p;
  expected.indicators[2].label = "access.gp_500m";
  EXPECT_EQ( back.profile, expected ) << text;
  EXPECT_EQ( writeScoreProfile( back.profile ), writeScoreProfile( expected ) );

  const ScoreProfile def = defaultScoreProfile();
  const ProfileParse defBack = parseScoreProfile( writeScoreProfile( def ) );
  ASSERT_TRUE( defBack.ok() ) << defBack.error;
  EXPECT_EQ( defBack.profile, def );
}

TEST( ScoreProfile, ValidatesProfilesBuiltInCode )
{
  const ScoreProfile good = defaultScoreProfile();
  ASSERT_EQ( validateScoreProfile( good ), "" );
  auto broken = [&good]( auto change )
  {
    ScoreProfile p = good;
    change( p );
    return validateScoreProfile( p );
  };
  EXPECT_EQ(
      broken( []( ScoreProfile &p ) { p.indicators[0].label = "Supermarkt #1"; } ),
      "the label and unit of [indicator access.supermarket_500m] must be UTF-8 on one line, without \"#\" "
      "and without spaces around them" );
  EXPECT_EQ(
      broken( []( ScoreProfile &p ) { p.indicators[0].unit = "%\n"; } ),
      "the label and unit of [indicator access.supermarket_500m] must be UTF-8 on one line, without \"#\" "
      "and without spaces around them" );
  EXPECT_EQ( broken( []( ScoreProfile &p ) { p.indicators[1].domain = "comfort"; } ),
             "[indicator access.gp_500m] has domain \"comfort\", not the prefix of its id" );
  EXPECT_EQ(
      broken( []( ScoreProfile &p ) { p.indicators[1].good = p.indicators[1].bad; } ),
      "bad and good are both 20; they must differ (bad larger than good means lower values are better) in "
      "[indicator access.gp_500m]" );
  EXPECT_EQ( broken( []( ScoreProfile &p ) { p.indicators[1].weight = NAN; } ),
             "weight must be 0 or more, got nan in [indicator access.gp_500m]" );
  EXPECT_EQ( broken(
                 []( ScoreProfile &p ) {
                   p.domains.push_back( { "access", 2 } );
                 } ),
             "duplicate section [domain access]" );
  EXPECT_EQ( broken( []( ScoreProfile &p ) { p.domains.erase( p.domains.begin() + 1 ); } ), // comfort
             "[indicator comfort.benches_per_km] belongs to domain \"comfort\", which the profile does not "
             "declare" );
  EXPECT_EQ(
      broken(
          []( ScoreProfile &p )
          {
            for ( ProfileDomain &d : p.domains )
              if ( d.id != "social" )
                d.weight = 0;
          } ),
      "no indicator has a weight above 0 in a domain of the friendly score (access, comfort or housing) "
      "whose weight is above 0: there is nothing to score" );
}

TEST( ScoreProfile, DefaultProfileHoldsTheAgreedIndicators )
{
  const ProfileParse parsed = parseScoreProfile( defaultScoreProfileText() );
  ASSERT_TRUE( parsed.ok() ) << parsed.error;
  const ScoreProfile &p = parsed.profile;
  EXPECT_EQ( p, defaultScoreProfile() );
  EXPECT_EQ( p.domains, ( std::vector<ProfileDomain>{
                            { "access", 1 }, { "comfort", 1 }, { "housing", 1 }, { "social", 1 } } ) );
  // The ids are the interface with the glue that fills them in.
  std::vector<std::string> ids;
  for ( const ProfileIndicator &i : p.indicators )
    ids.push_back( i.id );
  EXPECT_EQ( ids, ( std::vector<std::string>{ "access.supermarket_500m",
                                              "access.gp_500m",
                                              "access.pharmacy_500m",
                                              "access.meeting_place_500m",
                                              "access.bus_stop_500m",
                                              "access.park_500m",
                                              "access.supermarket_median_min",
                                              "access.gp_median_min",
                                              "access.pharmacy_median_min",
                                              "access.meeting_place_median_min",
                                              "access.bus_stop_median_min",
                                              "access.park_median_min",
                                              "comfort.benches_per_km",
                                              "comfort.toilets_within_reach",
                                              "comfort.legible_junctions",
                                              "comfort.landmarks_per_km2",
                                              "housing.step_free",
                                              "housing.corporation",
                                              "social.single_households",
                                              "social.widowed",
                                              "social.lonely",
                                              "social.wmo_clients" } ) );
  // Geroscoop visits a year (domain notes, section 4); bus stop and park as the physiotherapist.
  const std::vector<std::pair<std::string, double>> kinds = { { "supermarket", 52 }, { "gp", 12 },
                                                              { "pharmacy", 12 },    { "meeting_place", 12 },
                                                              { "bus_stop", 6 },     { "park", 6 } };
  for ( const auto &[kind, weight] : kinds )
  {
    const ProfileIndicator *near = p.indicator( "access." + kind + "_500m" );
    const ProfileIndicator *minutes = p.indicator( "access." + kind + "_median_min" );
    ASSERT_TRUE( near && minutes ) << kind;
    EXPECT_EQ( near->weight, weight ) << kind;
    EXPECT_EQ( near->bad, 20 ) << kind;
    EXPECT_EQ( near->good, 90 ) << kind;
    EXPECT_EQ( near->unit, "%" ) << kind;
    EXPECT_EQ( minutes->weight, weight / 2 ) << kind;
    EXPECT_EQ( minutes->bad, 20 ) << kind;
    EXPECT_EQ( minutes->good, 5 ) << kind;
    EXPECT_FALSE( minutes->higherIsBetter() ) << kind;
  }
  EXPECT_EQ( *p.indicator( "comfort.benches_per_km" ),
             ( ProfileIndicator{ "comfort", "comfort.benches_per_km", "Benches per km of walkable street",
                                 "per km", 1, 0, 4, "" } ) );
  EXPECT_EQ( p.indicator( "comfort.toilets_within_reach" )->good, 60 );
  EXPECT_EQ( p.indicator( "comfort.legible_junctions" )->bad, 40 );
  EXPECT_EQ( p.indicator( "comfort.legible_junctions" )->good, 85 );
  EXPECT_EQ( p.indicator( "comfort.landmarks_per_km2" )->good, 10 );
  EXPECT_EQ( p.indicator( "housing.step_free" )->bad, 20 );
  EXPECT_EQ( p.indicator( "housing.step_free" )->good, 80 );
  EXPECT_EQ( p.indicator( "housing.corporation" )->bad, 5 );
  EXPECT_EQ( p.indicator( "housing.corporation" )->good, 40 );
  for ( const ProfileIndicator &i : p.indicators )
  {
    EXPECT_FALSE( i.label.empty() || i.label == i.id ) << i.id << " needs an English label";
    EXPECT_GT( i.weight, 0 ) << i.id;
    if ( i.domain == "social" )
    {
      EXPECT_TRUE( i.higherIsBetter() ) << i.id << ": in social, good is high need, and more is more need";
    }
  }
}

// profiles/default.dfprofile is the one source of the default: the build embeds its bytes
// (cmake/embed_text.cmake). What runs is the file as it is now, every byte of it (no cut at a 0, no lost line
// end), and it reads without error.
TEST( ScoreProfile, DefaultIsTheShippedFileEmbedded )
{
  const std::string path = repoFile( "profiles/default.dfprofile" );
  std::ifstream in( path, std::ios::binary );
  ASSERT_TRUE( in ) << "cannot read " << path;
  std::ostringstream file;
  file << in.rdbuf();
  ASSERT_GT( file.str().size(), 1000u ) << path;
  EXPECT_EQ( defaultScoreProfileText().size(), file.str().size() );
  EXPECT_TRUE( defaultScoreProfileText() == file.str() )
      << path << " differs from defaultScoreProfileText(): rebuild";
  EXPECT_EQ( defaultScoreProfileText().back(), '\n' );
  EXPECT_TRUE( parseScoreProfile( defaultScoreProfileText() ).ok() )
      << parseScoreProfile( defaultScoreProfileText() ).error;
}
