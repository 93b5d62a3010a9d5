#pragma once
// Where to put new meeting places: the maximal covering location problem behind the algorithms
// dementiafriendly:sitemeetingplaces and dementiafriendly:meetingplacegaps. The glue works out, from walking
// distances, which demand points (people with dementia living at home, per address or cell) each candidate
// site would cover and which the existing meeting places already cover; choosing the sites is here. Plain C++
// (no Qt, no QGIS).
//
// How k sites are chosen (maximizeCoverage):
//   1. Demand that an existing facility covers counts once, in existingWeight, and is never a gain of a new
//      site. A demand index listed twice in one cover list counts once.
//   2. Greedy: again and again the candidate that adds the most weight not yet covered; ties go to the lower
//      candidate index. A candidate's gain can only shrink as sites are added (coverage is submodular), so a
//      gain computed earlier is an upper bound and only the candidate on top of a priority queue of such
//      bounds is evaluated again (lazy greedy: the same picks as plain greedy, far fewer evaluations). Greedy
//      is guaranteed at least (1 − 1/e) ≈ 63 % of the best new coverage that k sites can reach.
//   3. Swaps (first improvement): a pass visits the unchosen candidates in index order; for each it finds the
//      chosen site whose replacement by it gains the most (ties: the lower candidate index) and makes that
//      swap at once when coverage grows by more than 1e-9 × the total weight. Passes repeat until one makes
//      no swap, at most maxSwapPasses passes and at most swapWorkFactor × (total cover-list length + number
//      of candidates) list entries visited, lengths counted without repeats and without the demand that
//      existing facilities cover: bounded by the input, never by the clock. swapLimitReached says a bound
//      stopped it while swaps were still being found. A pass costs one visit of every list; on spatial
//      instances swaps settle in about five passes (the defaults allow 10 passes and 20 visits of every
//      list).
//   4. After swaps the final set is put in greedy order among itself, so that each site's gain is what it
//      adds to the sites listed before it and cumulative coverage reads naturally. A site that adds nothing
//      there is dropped, and the free places are filled greedily from the other candidates.
//
// A site is only chosen when it adds weight (gain > 0): never padding with sites that add nothing. Fewer than
// k sites (fewerThanRequested) means no other candidate covers any demand that is not covered yet; then the
// coverage is the best any number of sites can reach. Of two candidates with the same cover list the lower
// index is chosen and the other then adds nothing.
//
// What holds (and is tested): coveredWeight <= totalWeight; covered is non-decreasing along sites and every
// gain is > 0; without swaps (maxSwapPasses = 0) the gains are non-increasing; with swaps coveredWeight >=
// greedyCoveredWeight, so the (1 − 1/e) bound still holds. The result is the same for the same input.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dfn
{

//! The largest total demand weight accepted (10^15: more than any count of people). Larger totals are junk
//! (1e308 typed in a field, three weights of 1e308 that add up to infinity) and are refused with an error,
//! so that no sum in the search can overflow: every gain, coverage and target is then a finite number.
inline constexpr double MaxCoverTotalWeight = 1e15;

//! Returns true to stop early; checked every million or so cover-list entries. (Same as in walksearch.h.)
using CancelCheck = std::function<bool()>;

struct CoverProblem
{
  //! Per demand point: finite, >= 0, and together at most MaxCoverTotalWeight. Anything else is an error
  //! (MaxCoverResult::error names the first offending point), never a weight silently left out.
  std::vector<double> weights;
  std::vector<std::vector<uint32_t>> covers; //!< per candidate site: the demand indices it covers
  std::vector<uint32_t> existing;            //!< demand indices the existing facilities cover
};

struct MaxCoverOptions
{
  int maxSwapPasses = 10;     //!< 0: plain (lazy) greedy, no swaps
  double swapWorkFactor = 20; //!< bound on the swap step's work, see the top of this header
};

struct SiteChoice
{
  uint32_t candidate = 0;
  double gain = 0;    //!< weight it adds to the existing facilities and the sites before it; > 0
  double covered = 0; //!< weight covered by the existing facilities, this site and the sites before it
};

struct MaxCoverResult
{
  //! Empty on success, and then every number below is finite. Errors (the rest is then empty): a weight that
  //! is negative, NaN or infinite ("the weight of demand point D is negative or not a number"), a weight or a
  //! total above MaxCoverTotalWeight ("… too large"), a demand index out of range. The glue reports it.
  std::string error;
  std::vector<SiteChoice> sites;  //!< in greedy order (see the top of this header)
  double coveredWeight = 0;       //!< existing + all gains
  double existingWeight = 0;      //!< covered by the existing facilities alone
  double totalWeight = 0;         //!< of all demand points
  double greedyCoveredWeight = 0; //!< coveredWeight before the swaps
  size_t swaps = 0;
  bool swapLimitReached = false;
  bool fewerThanRequested = false; //!< fewer than k sites add anything
  bool cancelled = false;          //!< the rest is then incomplete
};

//! Chooses at most \a k of the candidates (see the top of this header). k = 0 or no candidates: no sites, the
//! existing coverage. No demand points: nothing to cover, no sites.
MaxCoverResult maximizeCoverage( const CoverProblem &problem, size_t k, const MaxCoverOptions &options = {},
                                 const CancelCheck &cancelled = {} );

enum class TargetStatus
{
  AlreadyMet,  //!< the existing facilities reach the target: no new sites
  Reached,     //!< cover holds the fewest sites that reach it
  Unreachable, //!< even every useful candidate falls short: cover holds them all, the best reachable coverage
};

struct CoverTargetResult
{
  std::string error;      //!< as MaxCoverResult::error, or the share is not within 0..1
  bool cancelled = false; //!< the rest is then incomplete
  TargetStatus status = TargetStatus::Unreachable;
  double targetWeight = 0; //!< share × total weight
  MaxCoverResult cover;    //!< the sites: their number is cover.sites.size()
};

//! The fewest new sites whose coverage by maximizeCoverage() reaches \a share (0..1, e.g. 0.8) of the total
//! weight; coverage within 1e-9 × the total weight under the target counts as reaching it. The number is
//! first found along the greedy order, which reaches the target with some n sites; then n − 1, n − 2, …
//! sites are tried with swaps (which can do better than greedy alone) until one falls short. A try stops its
//! swaps as soon as the target is reached, which decides the same as running them to the end since swaps
//! only add coverage; cover is then maximizeCoverage() for the number found, in full. That is the smallest
//! number for which maximizeCoverage() reaches the target as long as its coverage grows with the number of
//! sites, which greedy plus swaps almost always does (the tests compare it with trying every number). No
//! demand weight at all: AlreadyMet.
CoverTargetResult sitesForTarget( const CoverProblem &problem, double share,
                                  const MaxCoverOptions &options = {}, const CancelCheck &cancelled = {} );

} // namespace dfn
