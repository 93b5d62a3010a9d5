// Max-cover with any weights (NaN, infinities, negative, 1e308, huge) and any cover lists. Contract
// (maxcover.h): no crash; weights that are not finite, negative or add up to more than MaxCoverTotalWeight
// are an error; otherwise every number is finite, gains are > 0, coverage grows along the sites, at most k
// sites, and the coverage equals the weight the chosen sites and existing facilities cover, counted directly.
#include "fuzzcheck.h"
#include "maxcover.h"

#include <algorithm>
#include <vector>

namespace
{
double coverageOf( const dfn::CoverProblem &p, const std::vector<dfn::SiteChoice> &sites )
{
  std::vector<char> covered( p.weights.size(), 0 );
  for ( uint32_t d : p.existing )
    covered[d] = 1;
  for ( const dfn::SiteChoice &s : sites )
    for ( uint32_t d : p.covers[s.candidate] )
      covered[d] = 1;
  double sum = 0;
  for ( size_t d = 0; d < covered.size(); ++d )
    if ( covered[d] )
      sum += p.weights[d];
  return sum;
}

void checkCover( const dfn::CoverProblem &p, const dfn::MaxCoverResult &r, size_t k )
{
  const double slack = 1e-9 * r.totalWeight + 1e-300;
  for ( double v : { r.coveredWeight, r.existingWeight, r.totalWeight, r.greedyCoveredWeight } )
    FUZZ_CHECK( dffuzz::finite( v ) && v >= 0 );
  FUZZ_CHECK( r.sites.size() <= k );
  FUZZ_CHECK( r.coveredWeight <= r.totalWeight + slack );
  double previous = r.existingWeight;
  for ( const dfn::SiteChoice &s : r.sites )
  {
    FUZZ_CHECK( s.candidate < p.covers.size() );
    FUZZ_CHECK( dffuzz::finite( s.gain ) && s.gain > 0 && s.covered >= previous );
    previous = s.covered;
  }
  if ( !r.cancelled )
    FUZZ_CHECK( std::fabs( coverageOf( p, r.sites ) - r.coveredWeight ) <= slack );
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  dfn::CoverProblem p;
  const size_t n = in.ConsumeIntegralInRange<size_t>( 0, 24 );
  bool bad = false;
  double total = 0;
  for ( size_t d = 0; d < n; ++d )
  {
    const double w = in.ConsumeBool() ? in.ConsumeIntegralInRange<int>( 0, 9 ) : dffuzz::pickDouble( in );
    p.weights.push_back( w );
    bad = bad || !( w >= 0 ) || !dffuzz::finite( w );
    if ( !bad )
      total += w;
  }
  bad = bad || !( total <= dfn::MaxCoverTotalWeight );
  const size_t m = in.ConsumeIntegralInRange<size_t>( 0, 12 );
  for ( size_t c = 0; c < m; ++c )
  {
    std::vector<uint32_t> list( in.ConsumeIntegralInRange<size_t>( 0, 10 ) );
    for ( uint32_t &d : list )
      d = in.ConsumeIntegralInRange<uint32_t>( 0, n == 0 ? 0 : static_cast<uint32_t>( n - 1 ) );
    p.covers.push_back( list );
  }
  if ( n > 0 )
    for ( size_t e = in.ConsumeIntegralInRange<size_t>( 0, 4 ); e > 0; --e )
      p.existing.push_back( in.ConsumeIntegralInRange<uint32_t>( 0, static_cast<uint32_t>( n - 1 ) ) );
  const bool outOfRange =
      n == 0 && ( std::any_of( p.covers.begin(), p.covers.end(),
                               []( const std::vector<uint32_t> &l ) { return !l.empty(); } ) );
  dfn::MaxCoverOptions options;
  options.maxSwapPasses = in.ConsumeIntegralInRange<int>( -1, 10 );
  options.swapWorkFactor = dffuzz::pickDouble( in );
  const size_t k = in.ConsumeIntegralInRange<size_t>( 0, 14 );
  const double share = in.ConsumeBool() ? in.ConsumeProbability<double>() : dffuzz::pickDouble( in );

  const dfn::MaxCoverResult r = dfn::maximizeCoverage( p, k, options );
  FUZZ_CHECK( r.error.empty() == !( bad || outOfRange ) );
  if ( r.error.empty() )
    checkCover( p, r, k );
  const dfn::CoverTargetResult t = dfn::sitesForTarget( p, share, options );
  const bool shareOk = share >= 0 && share <= 1;
  FUZZ_CHECK( t.error.empty() == ( !( bad || outOfRange ) && shareOk ) );
  if ( t.error.empty() )
  {
    checkCover( p, t.cover, p.covers.size() );
    FUZZ_CHECK( dffuzz::finite( t.targetWeight ) );
    const double slack = 1e-9 * t.cover.totalWeight;
    if ( t.status == dfn::TargetStatus::AlreadyMet )
      FUZZ_CHECK( t.cover.sites.empty() && t.cover.existingWeight >= t.targetWeight - slack - 1e-300 );
    if ( t.status == dfn::TargetStatus::Reached )
      FUZZ_CHECK( t.cover.coveredWeight >= t.targetWeight - slack - 1e-300 );
  }
  return 0;
}
