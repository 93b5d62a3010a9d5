// Max-cover with demand weights that are not numbers, negative, or so large that they add up to infinity:
// an error that names the problem, never a crash and never a NaN target (see maxcover.h).
#include "maxcover.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace dfn;

namespace
{
//! Three demand points, two candidates: candidate 0 covers points 0 and 1, candidate 1 covers point 2.
CoverProblem threePoints( double w0, double w1, double w2 )
{
  CoverProblem p;
  p.weights = { w0, w1, w2 };
  p.covers = { { 0, 1 }, { 2 } };
  return p;
}

void expectRefused( const CoverProblem &p, const std::string &what )
{
  const MaxCoverResult cover = maximizeCoverage( p, 1 );
  EXPECT_NE( cover.error.find( what ), std::string::npos ) << cover.error;
  EXPECT_TRUE( cover.sites.empty() );
  for ( double share : { 0.0, 0.5, 0.8, 1.0 } )
  {
    const CoverTargetResult target = sitesForTarget( p, share );
    EXPECT_NE( target.error.find( what ), std::string::npos ) << target.error;
    EXPECT_TRUE( target.cover.sites.empty() );
  }
}
} // namespace

TEST( MaxCoverRobustness, ThreeFiniteWeightsThatAddUpToInfinityAreRefused )
{
  // 3 × 1e308 overflows: this used to give a NaN target, k = SIZE_MAX and a crash in sitesForTarget.
  ASSERT_FALSE( std::isfinite( 1e308 + 1e308 + 1e308 ) );
  expectRefused( threePoints( 1e308, 1e308, 1e308 ), "too large" );
}

TEST( MaxCoverRobustness, HugeWeightsAreRefused )
{
  // "1e308" read from a text field as a number: one such weight already makes every sum meaningless.
  expectRefused( threePoints( 1e308, 1, 1 ), "demand point 0 is too large" );
  expectRefused( threePoints( 1, 1, std::numeric_limits<double>::max() ), "demand point 2 is too large" );
  expectRefused( threePoints( 6e14, 6e14, 1 ), "too large" ); // each fine, together above 1e15
}

TEST( MaxCoverRobustness, InfiniteNanAndNegativeWeightsAreRefusedByIndex )
{
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  expectRefused( threePoints( inf, 1, 1 ), "demand point 0 is negative or not a number" );
  expectRefused( threePoints( 1, -inf, 1 ), "demand point 1 is negative or not a number" );
  expectRefused( threePoints( 1, 1, nan ), "demand point 2 is negative or not a number" );
  expectRefused( threePoints( 1, -0.5, 1 ), "demand point 1 is negative or not a number" );
}

TEST( MaxCoverRobustness, LargeButAcceptedWeightsGiveExactFiniteResults )
{
  // At the limit, by hand: candidate 0 covers 4e14 + 4e14, candidate 1 covers 2e14; 80 % of 1e15 needs both.
  const CoverProblem p = threePoints( 4e14, 4e14, 2e14 );
  const MaxCoverResult one = maximizeCoverage( p, 1 );
  ASSERT_TRUE( one.error.empty() ) << one.error;
  ASSERT_EQ( one.sites.size(), 1u );
  EXPECT_EQ( one.sites[0].candidate, 0u );
  EXPECT_EQ( one.coveredWeight, 8e14 );
  EXPECT_EQ( one.totalWeight, 1e15 );
  const CoverTargetResult all = sitesForTarget( p, 0.9 );
  ASSERT_TRUE( all.error.empty() ) << all.error;
  EXPECT_EQ( all.status, TargetStatus::Reached );
  EXPECT_EQ( all.cover.sites.size(), 2u );
  EXPECT_EQ( all.cover.coveredWeight, 1e15 );
  EXPECT_EQ( all.targetWeight, 9e14 );
}
