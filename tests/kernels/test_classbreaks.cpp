#include "classbreaks.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dfn;

TEST( ClassBreaks, RoundNumbers )
{
  EXPECT_DOUBLE_EQ( roundNumber( 37, true ), 50 );
  EXPECT_DOUBLE_EQ( roundNumber( 37, false ), 25 );
  EXPECT_DOUBLE_EQ( roundNumber( 0.013, false ), 0.01 );
  EXPECT_DOUBLE_EQ( roundNumber( 200, true ), 200 );
  EXPECT_DOUBLE_EQ( roundNumber( 200, false ), 200 );
  EXPECT_DOUBLE_EQ( roundNumber( 7.9, true ), 10 );
}

TEST( ClassBreaks, BoundsCoverTheDataAndIncrease )
{
  std::vector<double> v;
  for ( int i = 0; i < 200; ++i )
    v.push_back( std::pow( 1.03, i ) ); // skewed, like counts per buurt
  v.push_back( NAN );
  const std::vector<double> b = roundedQuantileBreaks( v, 5 );
  ASSERT_GE( b.size(), 3u );
  EXPECT_LE( b.size(), 6u );
  EXPECT_DOUBLE_EQ( b.front(), 0 );
  EXPECT_GE( b.back(), std::pow( 1.03, 199 ) );
  for ( size_t i = 1; i < b.size(); ++i )
  {
    EXPECT_GT( b[i], b[i - 1] );
    EXPECT_DOUBLE_EQ( b[i], roundNumber( b[i], false ) ) << "bound " << b[i] << " is not a round number";
  }
}

TEST( ClassBreaks, DegenerateInputs )
{
  EXPECT_TRUE( roundedQuantileBreaks( {}, 5 ).empty() );
  EXPECT_TRUE( roundedQuantileBreaks( { NAN, INFINITY }, 5 ).empty() );
  const std::vector<double> zeros = roundedQuantileBreaks( { 0, 0, 0 }, 5 );
  ASSERT_EQ( zeros.size(), 2u );
  EXPECT_LT( zeros[0], zeros[1] );
}

#include "crsplausibility.h"

TEST( CrsPlausibility, RdNewCoordinatesUnderAWrongLabel )
{
  const Extent ermelo = { 170000, 478000, 174000, 484000 }; // the real grid labelled EPSG:3857
  EXPECT_TRUE( extentLooksLikeRdNew( ermelo ) );
  EXPECT_TRUE( labelLooksWrongForRdNew( ermelo, false, true ) );
  EXPECT_TRUE( labelLooksWrongForRdNew( ermelo, true, false ) );
  EXPECT_FALSE( labelLooksWrongForRdNew( ermelo, false, false ) ); // labelled RD New: fine
  const Extent mercatorNl = { 570000, 6800000, 600000, 6850000 };
  EXPECT_FALSE( labelLooksWrongForRdNew( mercatorNl, false, true ) );
  const Extent degrees = { 5.1, 52.0, 5.3, 52.2 };
  EXPECT_FALSE( labelLooksWrongForRdNew( degrees, true, false ) );
}
