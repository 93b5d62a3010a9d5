// Profiles (.dfprofile, .dfsites) that no one writes by hand but a broken or wrong file holds: numbers
// that overflow or are not numbers, control characters, huge files and lines. Each is an error naming its
// line, or, when accepted, a profile that validates and writes back to the same profile (profileformat.h).
#include "profileformat.h"
#include "scoreprofile.h"
#include "siteprofile.h"

#include <gtest/gtest.h>

#include <string>

using namespace dfn;

namespace
{
const std::string kScore = "[domain access]\n[indicator access.gp_500m]\nweight = 1\nbad = 20\ngood = 90\n";
const std::string kSites = "[concept thuisplusflat]\nmin_homes = 10\n[criterion supermarket_min]\n"
                           "pass = at most 10\nbad = 20\ngood = 5\nweight = 1\n";

//! kScore with line \a n (1-based) replaced by \a line.
std::string withLine( const std::string &base, int n, const std::string &line )
{
  std::string out;
  size_t pos = 0;
  for ( int i = 1; pos < base.size(); ++i )
  {
    const size_t eol = base.find( '\n', pos );
    out += ( i == n ? line : base.substr( pos, eol - pos ) ) + "\n";
    pos = eol + 1;
  }
  return out;
}

std::string scoreError( const std::string &text )
{
  return parseScoreProfile( text ).error;
}
std::string sitesError( const std::string &text )
{
  return parseSiteProfile( text ).error;
}

//! An accepted profile must be valid and read back the same after writing.
void expectRoundTrip( const std::string &text )
{
  const ProfileParse p = parseScoreProfile( text );
  ASSERT_TRUE( p.ok() ) << p.error;
  EXPECT_EQ( validateScoreProfile( p.profile ), "" );
  const ProfileParse back = parseScoreProfile( writeScoreProfile( p.profile ) );
  ASSERT_TRUE( back.ok() ) << back.error;
  EXPECT_TRUE( back.profile == p.profile );
}
} // namespace

TEST( ProfileRobustness, BaseProfilesAreAccepted )
{
  EXPECT_EQ( scoreError( kScore ), "" );
  EXPECT_EQ( sitesError( kSites ), "" );
}

TEST( ProfileRobustness, NumbersThatOverflowAreLineNumberedErrors )
{
  // 1e308 parsed fine and was accepted: two such weights sum to infinity, and bad = -1e308, good = 1e308
  // make good - bad infinite, so that every sub-score was NaN.
  EXPECT_EQ( scoreError( withLine( kScore, 3, "weight = 1e308" ) ),
             "line 3: weight must be 0 or from 1e-300 to 1e9, got 1e+308 in [indicator access.gp_500m]" );
  EXPECT_EQ( scoreError( withLine( kScore, 4, "bad = -1e308" ) ),
             "line 4: bad must be within ±1e9, got -1e+308 in [indicator access.gp_500m]" );
  EXPECT_EQ( scoreError( withLine( kScore, 5, "good = 1,5e10" ) ),
             "line 5: good must be within ±1e9, got 1.5e+10 in [indicator access.gp_500m]" );
  EXPECT_EQ( scoreError( withLine( kScore, 1, "[domain access]\nweight = 2e9" ) ),
             "line 2: weight must be 0 or from 1e-300 to 1e9, got 2e+09 in [domain access]" );
  EXPECT_EQ( sitesError( withLine( kSites, 4, "pass = at most 1e308" ) ),
             "line 4: pass must be within ±1e9, got 1e+308 in [criterion supermarket_min]" );
  EXPECT_EQ( sitesError( withLine( kSites, 2, "min_homes = 1e300" ) ),
             "line 2: min_homes must be within ±1e9, got 1e+300 in [concept thuisplusflat]" );
  EXPECT_EQ( sitesError( withLine( kSites, 7, "weight = 1e10" ) ),
             "line 7: weight must be 0 or from 1e-300 to 1e9, got 1e+10 in [criterion supermarket_min]" );
  EXPECT_EQ( sitesError( withLine( kSites, 7, "weight = 1\nweight thuisplusflat = 1e300" ) ),
             "line 8: weight must be 0 or from 1e-300 to 1e9, got 1e+300 in [criterion supermarket_min]" );
  EXPECT_EQ( sitesError( withLine( kSites, 5, "bad = -1e300" ) ),
             "line 5: bad must be within ±1e9, got -1e+300 in [criterion supermarket_min]" );
  // The limits themselves are fine, and read back exactly.
  expectRoundTrip( withLine( withLine( kScore, 4, "bad = -1e9" ), 5, "good = 1e9" ) );
  expectRoundTrip( withLine( kScore, 3, "weight = 1e-300" ) );
}

TEST( ProfileRobustness, NonNumbersAndDoubleSignsAreNotNumbers )
{
  for ( const char *v : { "nan", "NaN", "inf", "-inf", "+inf", "infinity", "1e309", "-1e309", "+-5", "++5",
                          "+", "-", "5e", "0x10", "1.000,5", "٣" } )
    EXPECT_EQ( scoreError( withLine( kScore, 4, std::string( "bad = " ) + v ) ),
               std::string( "line 4: bad = \"" ) + v + "\" is not a number in [indicator access.gp_500m]" )
        << v;
  EXPECT_FALSE( parseProfileNumber( "+-5" ) ); // used to read as -5
  EXPECT_EQ( *parseProfileNumber( "+5" ), 5 );
  EXPECT_EQ( *parseProfileNumber( "-2,5" ), -2.5 );
}

TEST( ProfileRobustness, ControlCharactersAreRefusedWithTheirLine )
{
  // A lone CR in a label used to be accepted, and the profile then failed validateScoreProfile() and could
  // not be written back: the parser returned a profile its own contract refuses.
  EXPECT_EQ( scoreError( "[domain access]\n[indicator access.gp_500m]\nlabel = a\rb\nweight = 1\n" ),
             "line 3: the line holds a control character (byte 0x0D); is it a text file? Save it as plain "
             "UTF-8 text" );
  EXPECT_EQ( sitesError( std::string( "[concept a]\nlabel = x\0y\n", 25 ) ),
             "line 2: the line holds a control character (byte 0x00); is it a text file? Save it as plain "
             "UTF-8 text" );
  EXPECT_NE( scoreError( withLine( kScore, 1, "[domain access]\x1b[0m" ) ).find( "line 1: " ),
             std::string::npos );
  EXPECT_NE( scoreError( withLine( kScore, 5, "good = 90\x7f" ) ).find( "byte 0x7F" ), std::string::npos );
  // Tabs and CR LF line ends stay fine.
  expectRoundTrip( "[domain access]\r\n[indicator access.gp_500m]\r\nlabel =\tA\tB\r\nweight = 1\r\nbad = "
                   "20\r\ngood = 90\r\n" );
}

TEST( ProfileRobustness, HugeFilesAndLines )
{
  // A long label is fine and reads back; an error quotes at most 60 bytes of a long value.
  const std::string longLabel( 100000, 'x' );
  expectRoundTrip( withLine( kScore, 2, "[indicator access.gp_500m]\nlabel = " + longLabel ) );
  const std::string error = scoreError( withLine( kScore, 3, "weight = -1." + std::string( 100000, '0' ) ) );
  EXPECT_EQ( error.rfind( "line 3: weight must be 0 or more", 0 ), 0u ) << error.substr( 0, 200 );
  EXPECT_LT( error.size(), 200u );
  const std::string sitesErr =
      sitesError( withLine( kSites, 2, "min_homes = -1." + std::string( 100000, '0' ) ) );
  EXPECT_LT( sitesErr.size(), 200u ) << sitesErr.substr( 0, 200 );
  // More than 1 MiB is not a profile (a stray binary, a shapefile): refused before reading it line by line.
  const std::string huge = kScore + "# " + std::string( MaxProfileBytes, 'x' ) + "\n";
  EXPECT_EQ( scoreError( huge ).rfind( "the file has ", 0 ), 0u ) << scoreError( huge ).substr( 0, 100 );
  EXPECT_EQ( sitesError( kSites + "# " + std::string( MaxProfileBytes, 'x' ) ).rfind( "the file has ", 0 ),
             0u );
}

TEST( ProfileRobustness, UnicodeAndEmptyTexts )
{
  expectRoundTrip(
      withLine( kScore, 2, "[indicator access.gp_500m]\nlabel = Wijk ≤ 500 m 🚶 é\nunit = km²" ) );
  // Not UTF-8 (a lone continuation byte, an overlong "/", a surrogate): refused with the line.
  for ( const char *bad : { "label = \x80", "label = \xC0\xAF", "label = \xED\xA0\x80" } )
    EXPECT_EQ( scoreError( withLine( kScore, 2, std::string( "[indicator access.gp_500m]\n" ) + bad ) )
                   .rfind( "line 3: the text is not UTF-8", 0 ),
               0u )
        << bad;
  for ( const std::string &empty :
        { std::string(), std::string( "\xEF\xBB\xBF" ), std::string( "\n\n# only\n" ) } )
  {
    EXPECT_FALSE( parseScoreProfile( empty ).ok() );
    EXPECT_FALSE( parseSiteProfile( empty ).ok() );
  }
}
