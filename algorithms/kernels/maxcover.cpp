#include "maxcover.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace dfn
{

namespace
{
constexpr uint32_t None = std::numeric_limits<uint32_t>::max();
constexpr uint64_t CancelInterval = 1u << 20; //!< cover-list entries between two cancellation checks
constexpr double RelativeEpsilon = 1e-9;      //!< of the total weight: smaller swap gains are noise

//! Counts the cover-list entries visited, which bounds the swap step and paces the cancellation checks.
class Work
{
public:
  explicit Work( const CancelCheck &cancel ) : mCancel( cancel ) {}
  //! False once cancelled.
  bool add( uint64_t entries )
  {
    mDone += entries;
    mSinceCheck += entries;
    if ( mSinceCheck >= CancelInterval )
    {
      mSinceCheck = 0;
      if ( mCancel && mCancel() )
        mCancelled = true;
    }
    return !mCancelled;
  }
  uint64_t done() const { return mDone; }
  bool cancelled() const { return mCancelled; }

private:
  const CancelCheck &mCancel;
  uint64_t mDone = 0;
  uint64_t mSinceCheck = 0;
  bool mCancelled = false;
};

//! The problem as the search needs it: cover lists without repeats and without demand of weight 0 (which
//! includes everything the existing facilities cover). A list that is already like that is used where it is,
//! not copied: copying ten million entries costs more than the greedy search.
struct Instance
{
  std::vector<double> weight; //!< 0 where an existing facility covers the point
  std::vector<const uint32_t *> first, last;
  std::vector<double> listWeight; //!< per candidate, the sum over its list: its gain when nothing is chosen
  std::vector<uint32_t> copies;   //!< the lists that had to be cleaned, one after the other
  size_t entries = 0;
  double total = 0;
  double existing = 0;

  size_t candidates() const { return listWeight.size(); }
  const uint32_t *begin( uint32_t c ) const { return first[c]; }
  const uint32_t *end( uint32_t c ) const { return last[c]; }
  size_t length( uint32_t c ) const { return static_cast<size_t>( last[c] - first[c] ); }
};

std::string buildInstance( const CoverProblem &p, Instance &in )
{
  const size_t n = p.weights.size();
  if ( n >= None )
    return "too many demand points";
  if ( p.covers.size() >= None )
    return "too many candidate sites";
  for ( size_t d = 0; d < n; ++d )
  {
    if ( !std::isfinite( p.weights[d] ) || p.weights[d] < 0 )
      return "the weight of demand point " + std::to_string( d ) + " is negative or not a number";
    if ( p.weights[d] > MaxCoverTotalWeight )
      return "the weight of demand point " + std::to_string( d ) + " is too large";
    in.total += p.weights[d];
  }
  // Each term is at most 1e15, so the sum stays finite until it is compared; every sum of a part of the
  // weights (gains, coverage, the target) is then finite too.
  if ( !( in.total <= MaxCoverTotalWeight ) )
    return "the weights are too large: they add up to more than 1e15";
  in.weight = p.weights;
  for ( uint32_t d : p.existing )
  {
    if ( d >= n )
      return "an existing facility covers demand point " + std::to_string( d ) + ", but there are only " +
             std::to_string( n );
    in.existing += in.weight[d];
    in.weight[d] = 0;
  }
  const size_t m = p.covers.size();
  size_t listed = 0;
  for ( const auto &list : p.covers )
    listed += list.size();
  in.copies.reserve( listed ); // address space only: pages are taken as copies fills them
  in.first.resize( m );
  in.last.resize( m );
  in.listWeight.resize( m );
  std::vector<size_t> copyStart( m, 0 ), copyEnd( m, 0 ); // where a cleaned list lies in copies
  std::vector<char> copied( m, 0 );
  // A stamp per demand point finds repeats within a list in linear time; the order of a list is kept.
  std::vector<uint32_t> seen( n, None );
  for ( uint32_t c = 0; c < m; ++c )
  {
    const std::vector<uint32_t> &list = p.covers[c];
    double sum = 0;
    bool copying = false;
    for ( size_t i = 0; i < list.size(); ++i )
    {
      const uint32_t d = list[i];
      if ( d >= n )
        return "candidate " + std::to_string( c ) + " covers demand point " + std::to_string( d ) +
               ", but there are only " + std::to_string( n );
      const bool keep = seen[d] != c && in.weight[d] > 0;
      if ( !keep && !copying )
      {
        copying = true;
        copied[c] = 1;
        copyStart[c] = in.copies.size();
        in.copies.insert( in.copies.end(), list.begin(), list.begin() + static_cast<std::ptrdiff_t>( i ) );
      }
      if ( !keep )
        continue;
      seen[d] = c;
      sum += in.weight[d];
      if ( copying )
        in.copies.push_back( d );
    }
    if ( copying )
      copyEnd[c] = in.copies.size();
    else
    {
      in.first[c] = list.data();
      in.last[c] = list.data() + list.size();
    }
    in.listWeight[c] = sum;
  }
  for ( uint32_t c = 0; c < m; ++c ) // only now, as copies no longer moves
    if ( copied[c] )
    {
      in.first[c] = in.copies.data() + copyStart[c];
      in.last[c] = in.copies.data() + copyEnd[c];
    }
  for ( uint32_t c = 0; c < m; ++c )
    in.entries += in.length( c );
  return {};
}

//! Which demand the chosen sites cover: per point how many sites, and the exclusive or of their candidate
//! indices, which names the one site when there is exactly one. Kept beside the weight: one cache line per
//! list entry is what the searches cost.
struct Coverage
{
  struct Point
  {
    double weight;
    uint32_t count;
    uint32_t sites; //!< exclusive or of the covering sites' candidate indices
  };

  explicit Coverage( const Instance &in ) : in( in ), points( in.weight.size() )
  {
    for ( size_t d = 0; d < points.size(); ++d )
      points[d] = { in.weight[d], 0, 0 };
  }
  //! Sums in list order, like Instance::listWeight; so a gain never exceeds an earlier one in floating point
  //! either, which the lazy greedy relies on for its ties.
  double gain( uint32_t c ) const
  {
    double g = 0;
    for ( const uint32_t *d = in.begin( c ); d != in.end( c ); ++d )
      if ( points[*d].count == 0 )
        g += points[*d].weight;
    return g;
  }
  void add( uint32_t c )
  {
    for ( const uint32_t *d = in.begin( c ); d != in.end( c ); ++d )
    {
      ++points[*d].count;
      points[*d].sites ^= c;
    }
    ++sites;
  }
  void remove( uint32_t c )
  {
    for ( const uint32_t *d = in.begin( c ); d != in.end( c ); ++d )
    {
      --points[*d].count;
      points[*d].sites ^= c;
    }
    --sites;
  }

  const Instance &in;
  std::vector<Point> points;
  size_t sites = 0;
};

//! Adds candidates from \a pool to \a cov in greedy order until \a picks holds \a limit sites or no candidate
//! adds anything. False when cancelled.
bool greedy( const Instance &in, Coverage &cov, const std::vector<uint32_t> &pool, size_t limit,
             std::vector<SiteChoice> &picks, Work &work )
{
  struct Bound
  {
    double gain;
    uint32_t candidate;
    size_t round; //!< picks.size() when the gain was computed; stale: only an upper bound
  };
  // Highest gain on top, then the lower index: the tie rule of plain greedy. A bound that is exact for the
  // current round on top beats every other candidate, whose true gain is at most its bound.
  const auto below = []( const Bound &a, const Bound &b )
  { return a.gain < b.gain || ( a.gain == b.gain && a.candidate > b.candidate ); };
  const size_t stale = std::numeric_limits<size_t>::max();
  const bool empty = cov.sites == 0;
  std::vector<Bound> heap;
  heap.reserve( pool.size() );
  for ( uint32_t c : pool )
    if ( in.listWeight[c] > 0 )
      heap.push_back( { in.listWeight[c], c, empty ? picks.size() : stale } );
  std::make_heap( heap.begin(), heap.end(), below );
  while ( picks.size() < limit && !heap.empty() )
  {
    std::pop_heap( heap.begin(), heap.end(), below );
    Bound top = heap.back();
    heap.pop_back();
    if ( top.round == picks.size() )
    {
      cov.add( top.candidate );
      picks.push_back( { top.candidate, top.gain, 0 } );
      if ( !work.add( in.length( top.candidate ) ) )
        return false;
      continue;
    }
    top.gain = cov.gain( top.candidate );
    top.round = picks.size();
    if ( !work.add( in.length( top.candidate ) + 1 ) )
      return false;
    if ( top.gain > 0 ) // else it never adds anything again: gains only shrink
    {
      heap.push_back( top );
      std::push_heap( heap.begin(), heap.end(), below );
    }
  }
  return true;
}

//! The swap step (see maxcover.h) on the chosen sites in \a cov, whose coverage is \a covered; stops early
//! once that reaches \a stopAt. False when cancelled.
bool swapImprove( const Instance &in, Coverage &cov, std::vector<uint32_t> &chosen, double &covered,
                  double stopAt, const MaxCoverOptions &options, Work &work, MaxCoverResult &r )
{
  if ( chosen.empty() || options.maxSwapPasses <= 0 || covered >= stopAt )
    return true;
  const size_t n = in.candidates();
  std::vector<uint32_t> slot( n, None ); // candidate -> its place in chosen
  for ( uint32_t s = 0; s < chosen.size(); ++s )
    slot[chosen[s]] = s;
  const double epsilon = RelativeEpsilon * in.total;
  const double allowed = std::max( 0.0, options.swapWorkFactor ) * static_cast<double>( in.entries + n );
  const uint64_t budget = work.done() + static_cast<uint64_t>( std::min( allowed, 1e18 ) );

  // loss[s]: what removing chosen[s] alone would uncover.
  std::vector<double> loss( chosen.size() ), extra( chosen.size(), 0 );
  std::vector<uint32_t> touched;
  uint32_t cheapest = 0;
  const auto computeLosses = [&]
  {
    for ( uint32_t s = 0; s < chosen.size(); ++s )
    {
      double l = 0;
      for ( const uint32_t *d = in.begin( chosen[s] ); d != in.end( chosen[s] ); ++d )
        if ( cov.points[*d].count == 1 )
          l += cov.points[*d].weight;
      loss[s] = l;
      if ( s == 0 || l < loss[cheapest] || ( l == loss[cheapest] && chosen[s] < chosen[cheapest] ) )
        cheapest = s;
      if ( !work.add( in.length( chosen[s] ) ) )
        return false;
    }
    return true;
  };
  if ( !computeLosses() )
    return false;

  for ( int pass = 0; pass < options.maxSwapPasses; ++pass )
  {
    bool swapped = false;
    for ( uint32_t c = 0; c < n; ++c )
    {
      // Swapping c in gains at most all it covers, less the smallest loss.
      if ( slot[c] != None || in.listWeight[c] - loss[cheapest] <= epsilon )
        continue;
      if ( work.done() >= budget )
      {
        r.swapLimitReached = true;
        return true;
      }
      if ( !work.add( in.length( c ) + 1 ) )
        return false;
      // base: what c adds to all chosen sites; extra[s]: what it adds once chosen[s] is gone, namely the
      // points that only chosen[s] covers. Weights in the lists are > 0, so extra[s] == 0 means untouched.
      double base = 0;
      for ( const uint32_t *d = in.begin( c ); d != in.end( c ); ++d )
      {
        const Coverage::Point &point = cov.points[*d];
        if ( point.count == 0 )
          base += point.weight;
        else if ( point.count == 1 )
        {
          const uint32_t s = slot[point.sites];
          if ( extra[s] == 0 )
            touched.push_back( s );
          extra[s] += point.weight;
        }
      }
      // Among the sites c shares no sole coverage with, the cheapest one is the best to replace.
      uint32_t best = cheapest;
      double bestGain = base + extra[cheapest] - loss[cheapest];
      for ( uint32_t s : touched )
      {
        const double g = base + extra[s] - loss[s];
        if ( g > bestGain || ( g == bestGain && chosen[s] < chosen[best] ) )
        {
          best = s;
          bestGain = g;
        }
        extra[s] = 0;
      }
      touched.clear();
      if ( bestGain <= epsilon )
        continue;
      cov.remove( chosen[best] );
      cov.add( c );
      if ( !work.add( in.length( chosen[best] ) + in.length( c ) ) )
        return false;
      slot[chosen[best]] = None;
      slot[c] = best;
      chosen[best] = c;
      covered += bestGain;
      ++r.swaps;
      swapped = true;
      if ( covered >= stopAt )
        return true;
      // Recomputed rather than updated, so that rounding errors cannot pile up over many swaps.
      if ( !computeLosses() )
        return false;
    }
    if ( !swapped )
      return true;
  }
  r.swapLimitReached = true;
  return true;
}

//! Swaps and puts in order: from the greedy choice of \a k sites, \a picks (with their gains), to the result.
MaxCoverResult finish( const Instance &in, std::vector<SiteChoice> picks, size_t k,
                       const MaxCoverOptions &options, Work &work )
{
  MaxCoverResult r;
  r.totalWeight = in.total;
  r.existingWeight = in.existing;
  r.greedyCoveredWeight = in.existing;
  Coverage cov( in );
  std::vector<uint32_t> chosen;
  for ( const SiteChoice &p : picks )
  {
    r.greedyCoveredWeight += p.gain;
    cov.add( p.candidate );
    chosen.push_back( p.candidate );
  }
  double covered = r.greedyCoveredWeight;
  bool done =
      swapImprove( in, cov, chosen, covered, std::numeric_limits<double>::infinity(), options, work, r );
  if ( done && r.swaps > 0 )
  {
    picks.clear();
    Coverage ordered( in );
    done = greedy( in, ordered, chosen, chosen.size(), picks, work );
    if ( done && picks.size() < k )
    {
      std::vector<char> taken( in.candidates(), 0 );
      for ( const SiteChoice &p : picks )
        taken[p.candidate] = 1;
      std::vector<uint32_t> others;
      for ( uint32_t c = 0; c < in.candidates(); ++c )
        if ( !taken[c] )
          others.push_back( c );
      done = greedy( in, ordered, others, k, picks, work );
    }
  }
  r.cancelled = !done;
  covered = in.existing;
  for ( SiteChoice &p : picks )
  {
    covered += p.gain;
    p.covered = covered;
  }
  r.sites = std::move( picks );
  r.coveredWeight = covered;
  r.fewerThanRequested = r.sites.size() < k;
  return r;
}

//! Whether greedy's first \a k sites, improved by swaps, reach \a target: the swaps of finish(), stopped as
//! soon as they get there. Empty when cancelled.
std::optional<bool> swapsReach( const Instance &in, const std::vector<SiteChoice> &order, size_t k,
                                double target, const MaxCoverOptions &options, Work &work )
{
  MaxCoverResult ignored;
  Coverage cov( in );
  std::vector<uint32_t> chosen;
  double covered = in.existing;
  for ( size_t i = 0; i < k; ++i )
  {
    covered += order[i].gain;
    cov.add( order[i].candidate );
    chosen.push_back( order[i].candidate );
  }
  if ( !swapImprove( in, cov, chosen, covered, target, options, work, ignored ) )
    return std::nullopt;
  return covered >= target;
}

std::vector<uint32_t> allCandidates( const Instance &in )
{
  std::vector<uint32_t> all( in.candidates() );
  for ( uint32_t c = 0; c < all.size(); ++c )
    all[c] = c;
  return all;
}

} // namespace

MaxCoverResult maximizeCoverage( const CoverProblem &problem, size_t k, const MaxCoverOptions &options,
                                 const CancelCheck &cancelled )
{
  Instance in;
  MaxCoverResult r;
  r.error = buildInstance( problem, in );
  if ( !r.error.empty() )
    return r;
  Work work( cancelled );
  Coverage cov( in );
  std::vector<SiteChoice> picks;
  if ( !greedy( in, cov, allCandidates( in ), k, picks, work ) )
  {
    r.cancelled = true;
    return r;
  }
  return finish( in, std::move( picks ), k, options, work );
}

CoverTargetResult sitesForTarget( const CoverProblem &problem, double share, const MaxCoverOptions &options,
                                  const CancelCheck &cancelled )
{
  CoverTargetResult r;
  if ( !( share >= 0 && share <= 1 ) )
  {
    r.error = "the target share must be between 0 and 1";
    return r;
  }
  Instance in;
  r.error = buildInstance( problem, in );
  if ( !r.error.empty() )
    return r;
  Work work( cancelled );
  r.targetWeight = share * in.total;
  const double reaches = r.targetWeight - RelativeEpsilon * in.total;
  if ( in.existing >= reaches )
  {
    r.status = TargetStatus::AlreadyMet;
    r.cover = finish( in, {}, 0, options, work );
    return r;
  }

  // Greedy with no limit on the number of sites: its prefixes are greedy's choice for every number of sites.
  Coverage cov( in );
  std::vector<SiteChoice> order;
  if ( !greedy( in, cov, allCandidates( in ), std::numeric_limits<size_t>::max(), order, work ) )
  {
    r.cancelled = true;
    return r;
  }
  double covered = in.existing;
  size_t n = 0;
  while ( n < order.size() && covered < reaches )
    covered += order[n++].gain;
  if ( covered < reaches )
  {
    // Every useful candidate is chosen: nothing can cover more, swaps could not help.
    r.status = TargetStatus::Unreachable;
    MaxCoverOptions noSwaps = options;
    noSwaps.maxSwapPasses = 0;
    const size_t all = order.size();
    r.cover = finish( in, std::move( order ), all, noSwaps, work );
    r.cancelled = r.cover.cancelled;
    return r;
  }
  // Fewer sites need swaps to get there. Swaps only ever add coverage, so stopping them at the target
  // decides the same as running them to the end; only the final number is solved in full.
  r.status = TargetStatus::Reached;
  size_t fewest = n;
  for ( size_t k = n == 0 ? 0 : n - 1; k > 0; --k )
  {
    const std::optional<bool> reached = swapsReach( in, order, k, reaches, options, work );
    if ( !reached )
    {
      r.cancelled = true;
      return r;
    }
    if ( !*reached )
      break;
    fewest = k;
  }
  r.cover = finish(
      in, std::vector<SiteChoice>( order.begin(), order.begin() + static_cast<std::ptrdiff_t>( fewest ) ),
      fewest, options, work );
  r.cancelled = r.cover.cancelled;
  return r;
}

} // namespace dfn
