// Values from CBS files and registers: codes, nulls and text never become a population.
#include "censusvalue.h"

#include <gtest/gtest.h>

#include <limits>

using namespace dfn;

TEST( CensusValue, PlainCountsPass )
{
  EXPECT_DOUBLE_EQ( *checkCount( RawValue::fromNumber( 1825 ) ).value, 1825 );
  EXPECT_DOUBLE_EQ( *checkCount( RawValue::fromNumber( 0 ) ).value, 0 );
  EXPECT_DOUBLE_EQ( *checkCount( RawValue::fromText( " 1234 " ) ).value, 1234 );
  EXPECT_DOUBLE_EQ( *checkCount( RawValue::fromText( "12,5" ) ).value, 12.5 );
  EXPECT_DOUBLE_EQ( *checkCount( RawValue::fromText( "12.5" ) ).value, 12.5 );
}

TEST( CensusValue, CbsCodesAreNamed )
{
  EXPECT_EQ( checkCount( RawValue::fromNumber( -99999999 ) ).problem, ValueProblem::Secret );
  EXPECT_EQ( checkCount( RawValue::fromNumber( -99997 ) ).problem, ValueProblem::Secret );
  EXPECT_EQ( checkCount( RawValue::fromText( "-99997" ) ).problem, ValueProblem::Secret );
  EXPECT_EQ( checkCount( RawValue::fromNumber( -99995 ) ).problem, ValueProblem::NotPublished );
  EXPECT_FALSE( checkCount( RawValue::fromNumber( -99997 ) ).value );
  EXPECT_STREQ( problemCode( ValueProblem::Secret ), "secret" );
}

TEST( CensusValue, ImpossibleValuesAreRefused )
{
  EXPECT_EQ( checkCount( RawValue::fromNumber( -3 ) ).problem, ValueProblem::Negative );
  EXPECT_EQ( checkCount( RawValue::null() ).problem, ValueProblem::Missing );
  EXPECT_EQ( checkCount( RawValue::fromText( "  " ) ).problem, ValueProblem::Missing );
  EXPECT_EQ( checkCount( RawValue::fromText( "veel" ) ).problem, ValueProblem::NotANumber );
  EXPECT_EQ( checkCount( RawValue::fromText( "12abc" ) ).problem, ValueProblem::NotANumber );
  EXPECT_EQ( checkCount( RawValue::fromText( "1,234,5" ) ).problem, ValueProblem::NotANumber );
  EXPECT_EQ( checkCount( RawValue::fromNumber( std::numeric_limits<double>::quiet_NaN() ) ).problem,
             ValueProblem::NotANumber );
  EXPECT_EQ( checkCount( RawValue::fromNumber( std::numeric_limits<double>::infinity() ) ).problem,
             ValueProblem::NotANumber );
}

TEST( CensusValue, PercentagesAboveHundredAreImpossible )
{
  EXPECT_DOUBLE_EQ( *checkPercentage( RawValue::fromNumber( 100 ) ).value, 100 );
  EXPECT_EQ( checkPercentage( RawValue::fromNumber( 100.5 ) ).problem, ValueProblem::Impossible );
  EXPECT_EQ( checkPercentage( RawValue::fromNumber( -99999999 ) ).problem, ValueProblem::Secret );
}
