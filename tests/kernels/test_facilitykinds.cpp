// The facility kind mapping (facilitykinds.h): Dutch and OpenStreetMap names meet in one kind, the mapping is
// stable, and the profile kinds are those the default profile file asks for.
#include "accesssummary.h"
#include "facilitykinds.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>

using namespace dfn;

TEST( FacilityKinds, StemsAreFieldNameSafe )
{
  EXPECT_EQ( kindStem( "Meeting place" ), "meeting_place" );
  EXPECT_EQ( kindStem( "  Huisarts (GP) " ), "huisarts_gp" );
  EXPECT_EQ( kindStem( "Alzheimer Café" ), "alzheimer_caf" );
  EXPECT_EQ( kindStem( "" ), "none" );
  EXPECT_EQ( kindStem( "--" ), "none" );
  EXPECT_EQ( kindStem( "3D" ), "c_3d" );
  // The field stems of accesssummary are the same stems, shortened and made unique.
  EXPECT_EQ( categoryFieldStems( { "Meeting place", "meeting place" } ),
             ( std::vector<std::string>{ "meeting_place", "meeting_place_2" } ) );
}

TEST( FacilityKinds, DutchAndOpenStreetMapNamesMeet )
{
  // Each group: names a municipality's register or OpenStreetMap uses for the same kind of facility.
  const std::vector<std::pair<std::string, std::vector<std::string>>> same = {
      { "meeting_place",
        { "Ontmoetingsplek", "ontmoetingscentrum", "community_centre", "social_centre", "Buurthuis",
          "Odensehuis", "Dagbesteding", "Alzheimer cafe", "meeting place" } },
      { "gp", { "Huisarts", "huisartsenpraktijk", "doctors", "Gezondheidscentrum", "GP" } },
      { "pharmacy", { "Apotheek", "pharmacy" } },
      { "supermarket", { "Supermarkt", "supermarket" } },
      { "bus_stop", { "Bushalte", "OV-halte", "bus_stop", "Bus stop" } },
      { "park", { "Park", "groen", "Stadspark" } },
      { "bench", { "Bankje", "zitbank", "bench" } },
      { "toilet", { "toilets", "Openbaar toilet", "WC" } },
      { "landmark", { "Herkenningspunt", "oriëntatiepunt", "landmark" } },
  };
  for ( const auto &[kind, names] : same )
    for ( const std::string &name : names )
      EXPECT_EQ( facilityKind( name ), kind ) << name;
}

TEST( FacilityKinds, AmbiguousNamesKeepTheirOwnKind )
{
  for ( const char *name : { "clinic", "chemist", "convenience", "bank", "garden", "huisartsenpost",
                             "toilet_2", "bakery", "parking" } )
    EXPECT_EQ( facilityKind( name ), kindStem( name ) ) << name;
}

TEST( FacilityKinds, MappingIsStableAndClosed )
{
  const std::vector<std::string> &known = knownKinds();
  for ( const std::string &kind : known )
  {
    EXPECT_EQ( canonicalKind( kind ), kind ) << kind;
    for ( const std::string &alias : aliasesOf( kind ) )
    {
      EXPECT_EQ( canonicalKind( alias ), kind ) << alias;
      EXPECT_EQ( kindStem( alias ), alias ) << "an alias must be a stem: " << alias;
      EXPECT_EQ( canonicalKind( canonicalKind( alias ) ), canonicalKind( alias ) ) << alias;
    }
  }
  // Every profile kind is a known kind.
  for ( const std::string &kind : profileKinds() )
    EXPECT_NE( std::find( known.begin(), known.end(), kind ), known.end() ) << kind;
}

TEST( FacilityKinds, ProfileKindsAreThoseOfTheDefaultProfile )
{
  std::ifstream in( DF_DEFAULT_PROFILE );
  ASSERT_TRUE( in.good() ) << DF_DEFAULT_PROFILE;
  const std::regex indicator( R"(^\[indicator access\.([a-z_]+?)_(\d+m|median_min)\])" );
  std::vector<std::string> fromFile;
  std::string line;
  std::smatch m;
  while ( std::getline( in, line ) )
    if ( std::regex_search( line, m, indicator ) &&
         std::find( fromFile.begin(), fromFile.end(), m[1].str() ) == fromFile.end() )
      fromFile.push_back( m[1].str() );
  // The same kinds; the order of profileKinds() puts the meeting place, the plugin's first question, first.
  EXPECT_EQ( std::set<std::string>( fromFile.begin(), fromFile.end() ),
             std::set<std::string>( profileKinds().begin(), profileKinds().end() ) );
  EXPECT_EQ( fromFile.size(), profileKinds().size() );
  EXPECT_EQ( profileKinds().front(), "meeting_place" );
}

TEST( FacilityKinds, KindListsAsTyped )
{
  EXPECT_EQ( parseKindList( "meeting_place, gp; Huisarts\nsupermarkt,, " ),
             ( std::vector<std::string>{ "meeting_place", "gp", "supermarket" } ) );
  EXPECT_TRUE( parseKindList( "" ).empty() );
  EXPECT_TRUE( parseKindList( " ; , " ).empty() );
}
