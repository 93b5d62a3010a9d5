// Layout detection on the field lists of real CBS products and register extracts.
#include "agelayout.h"

#include <gtest/gtest.h>

using namespace dfn;

TEST( AgeLayout, WijkBuurtkaart2019 )
{
  const FieldPlan p =
      detectLayout( { "fid", "buurtcode", "aantal_inwoners", "percentage_personen_0_tot_15_jaar",
                      "percentage_personen_65_jaar_en_ouder", "percentage_verweduwd" } );
  EXPECT_EQ( p.layout, InputLayout::CbsWijkBuurt2019 );
  EXPECT_EQ( p.percent65Field, "percentage_personen_65_jaar_en_ouder" );
  EXPECT_EQ( p.inhabitantsField, "aantal_inwoners" );
}

TEST( AgeLayout, WijkBuurtkaart2018KeepsTheOriginalSpelling )
{
  const FieldPlan p = detectLayout( { "BU_CODE", "AANT_INW", "P_45_64_JR", "P_65_EO_JR" } );
  EXPECT_EQ( p.layout, InputLayout::CbsWijkBuurt2018 );
  EXPECT_EQ( p.percent65Field, "P_65_EO_JR" );
  EXPECT_EQ( p.inhabitantsField, "AANT_INW" );
}

TEST( AgeLayout, KerncijfersMatchedByPrefixWhateverTheSuffix )
{
  for ( const char *suffix : { "12", "13", "9" } )
  {
    const std::string s = suffix;
    const FieldPlan p = detectLayout(
        { "WijkenEnBuurten", "AantalInwoners_" + s, "k_45Tot65Jaar_11", "k_65JaarOfOuder_" + s } );
    EXPECT_EQ( p.layout, InputLayout::CbsKerncijfers );
    EXPECT_EQ( p.count65Field, "k_65JaarOfOuder_" + s );
    EXPECT_EQ( p.inhabitantsField, "AantalInwoners_" + s );
  }
  // A prefix must be followed by the numeric suffix only.
  EXPECT_EQ( detectLayout( { "k_65JaarOfOuder_x" } ).layout, InputLayout::Unknown );
}

TEST( AgeLayout, Vierkantstatistieken )
{
  // Field list of the real 2020 grid (shortened): it also has aantal_inwoners, but no percentage.
  const FieldPlan p = detectLayout( { "c28992r100", "aantal_inwoners", "aantal_inwoners_45_tot_65_jaar",
                                      "aantal_inwoners_65_jaar_en_ouder" } );
  EXPECT_EQ( p.layout, InputLayout::CbsVierkant2017 );
  EXPECT_EQ( p.count65Field, "aantal_inwoners_65_jaar_en_ouder" );
  const FieldPlan q = detectLayout( { "C28992R100", "INWONER", "INW_4564", "INW_65PL" } );
  EXPECT_EQ( q.layout, InputLayout::CbsVierkant2015 );
  EXPECT_EQ( q.count65Field, "INW_65PL" );
}

TEST( AgeLayout, FineBandsBySexWinOverCbsFields )
{
  std::vector<std::string> f = { "buurtcode", "aantal_inwoners", "percentage_personen_65_jaar_en_ouder" };
  for ( const char *who : { "men", "women" } )
    for ( const char *band : { "30_59", "60_64", "65_69", "70_74", "75_79", "80_84", "85_89", "90_plus" } )
      f.push_back( std::string( who ) + "_" + band );
  const FieldPlan p = detectLayout( f );
  EXPECT_EQ( p.layout, InputLayout::FineBands );
  EXPECT_TRUE( p.bySex() );
  EXPECT_EQ( p.bands.size(), 16u );
}

TEST( AgeLayout, FineBandsWithAGapAreNotFineBands )
{
  const FieldPlan p = detectLayout( { "age_65_69", "age_70_74", "age_80_84", "age_85_89", "age_90_plus" } );
  EXPECT_EQ( p.layout, InputLayout::Unknown ); // 75-79 missing: the 65+ are not covered
}

TEST( AgeLayout, DutchBandNames )
{
  const FieldPlan p = detectLayout( { "leeftijd_65_tot_75", "LEEFTIJD_75_84", "leeftijd_85_eo" } );
  EXPECT_EQ( p.layout, InputLayout::FineBands );
  EXPECT_FALSE( p.bySex() );
  BandField b;
  ASSERT_TRUE( parseBandField( " Vrouwen_90_Plus ", &b ) );
  EXPECT_EQ( b.sex, Sex::Women );
  EXPECT_EQ( b.band.from, 90 );
  EXPECT_EQ( b.band.to, AgeBand::OpenEnded );
  EXPECT_FALSE( parseBandField( "percentage_personen_0_tot_15_jaar", &b ) );
  EXPECT_FALSE( parseBandField( "aantal_0_15", &b ) );
}

TEST( AgeLayout, NothingRecognised )
{
  const FieldPlan p = detectLayout( { "fid", "naam", "inwoners" } );
  EXPECT_EQ( p.layout, InputLayout::Unknown );
  EXPECT_NE( expectedLayoutsHelp().find( "percentage_personen_65_jaar_en_ouder" ), std::string::npos );
}
