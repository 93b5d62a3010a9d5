#include "neighbourhoodscore.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace dfn
{

namespace
{

std::optional<double> finite( const std::optional<double> &v )
{
  return v && std::isfinite( *v ) ? v : std::nullopt;
}

//! A count of people: finite and not negative, else missing (the glue filters CBS codes already; this only
//! keeps them from turning into negative need).
std::optional<double> people( const std::optional<double> &v )
{
  return v && std::isfinite( *v ) && *v >= 0 ? v : std::nullopt;
}

//! Equal urgencies must share a rank even when they were reached by different sums; rounding to 1e-9 of a
//! 0..100 scale only merges values that no map could tell apart.
double rankKey( double urgency )
{
  return std::round( urgency * 1e9 );
}

} // namespace

double normScore( double value, double bad, double good )
{
  return std::clamp( 100.0 * ( value - bad ) / ( good - bad ), 0.0, 100.0 );
}

std::vector<std::optional<double>> percentileScores( const std::vector<std::optional<double>> &values,
                                                     bool higherIsBetter )
{
  std::vector<std::optional<double>> out( values.size() );
  std::vector<size_t> order;
  for ( size_t i = 0; i < values.size(); ++i )
    if ( finite( values[i] ) )
      order.push_back( i );
  if ( order.empty() )
    return out;
  std::sort( order.begin(), order.end(), [&]( size_t a, size_t b ) { return *values[a] < *values[b]; } );
  const size_t n = order.size();
  for ( size_t first = 0; first < n; )
  {
    size_t last = first;
    while ( last + 1 < n && *values[order[last + 1]] == *values[order[first]] )
      ++last;
    const double position = ( first + last ) / 2.0;
    double score = n == 1 ? 50.0 : 100.0 * position / double( n - 1 );
    if ( !higherIsBetter )
      score = 100.0 - score;
    for ( size_t k = first; k <= last; ++k )
      out[order[k]] = score;
    first = last + 1;
  }
  return out;
}

int friendlyClass( double friendly )
{
  if ( !std::isfinite( friendly ) )
    return 0;
  return std::clamp( static_cast<int>( std::floor( ( friendly + 1e-9 ) / 20.0 ) ) + 1, 1, 5 );
}

const char *friendlyClassId( int cls )
{
  switch ( cls )
  {
  case 1:
    return "very_low";
  case 2:
    return "low";
  case 3:
    return "moderate";
  case 4:
    return "high";
  case 5:
    return "very_high";
  default:
    return "";
  }
}

namespace
{
//! Steps 1-6 of the header for areas that all count (no area without homes among them).
LayerScore scoreAll( const ScoreProfile &profile, const std::vector<AreaInput> &areas, ScoreMode mode )
{
  LayerScore out;
  if ( const std::string problem = validateScoreProfile( profile ); !problem.empty() )
  {
    out.error = "the score profile cannot be used: " + problem;
    return out;
  }
  if ( areas.empty() )
    return out;

  const size_t nInd = profile.indicators.size();
  const size_t nDom = profile.domains.size();
  const size_t nAreas = areas.size();

  std::set<std::string> layerIds;
  for ( const AreaInput &a : areas )
    for ( const auto &kv : a.indicators )
      layerIds.insert( kv.first );
  for ( const std::string &id : layerIds )
    if ( !profile.indicator( id ) )
      out.unknownIndicators.push_back( id );

  // Which indicators count: positive weight, positive domain weight, and in the layer.
  std::vector<size_t> domainOf( nInd );
  std::vector<bool> counts( nInd, false );
  bool anyFriendly = false;
  std::string friendlyCandidates;
  for ( size_t k = 0; k < nInd; ++k )
  {
    const ProfileIndicator &ind = profile.indicators[k];
    domainOf[k] = static_cast<size_t>( profile.domain( ind.domain ) - profile.domains.data() );
    if ( ind.weight <= 0 || profile.domains[domainOf[k]].weight <= 0 )
      continue;
    if ( isFriendlinessDomain( ind.domain ) )
      friendlyCandidates += ( friendlyCandidates.empty() ? "" : ", " ) + ind.id;
    if ( !layerIds.count( ind.id ) )
    {
      out.absentIndicators.push_back( ind.id );
      continue;
    }
    counts[k] = true;
    out.scoredIndicators.push_back( k );
    anyFriendly = anyFriendly || isFriendlinessDomain( ind.domain );
  }
  if ( !anyFriendly )
  {
    out = LayerScore();
    out.error = "none of the indicators of the friendly score with a weight above 0 is in the layer, so all "
                "friendly weights resolve to zero; give at least one of: " +
                friendlyCandidates;
    return out;
  }

  // Values and sub-scores, indicator by indicator (Rank needs the whole layer at once).
  std::vector<std::vector<std::optional<double>>> values( nInd ), sub( nInd );
  for ( size_t k = 0; k < nInd; ++k )
  {
    values[k].resize( nAreas );
    sub[k].resize( nAreas );
    if ( !counts[k] )
      continue;
    const ProfileIndicator &ind = profile.indicators[k];
    for ( size_t a = 0; a < nAreas; ++a )
    {
      const auto it = areas[a].indicators.find( ind.id );
      if ( it != areas[a].indicators.end() )
        values[k][a] = finite( it->second );
    }
    if ( mode == ScoreMode::Rank )
      sub[k] = percentileScores( values[k], ind.higherIsBetter() );
    else
      for ( size_t a = 0; a < nAreas; ++a )
        if ( values[k][a] )
          sub[k][a] = normScore( *values[k][a], ind.bad, ind.good );
  }

  // The share each friendly indicator would carry if an area had all of the layer's indicators: what a
  // missing one leaves to the others.
  std::vector<double> layerWeightInDomain( nDom, 0.0 );
  for ( size_t k = 0; k < nInd; ++k )
    if ( counts[k] )
      layerWeightInDomain[domainOf[k]] += profile.indicators[k].weight;
  double layerFriendlyDomainWeight = 0;
  for ( size_t d = 0; d < nDom; ++d )
    if ( isFriendlinessDomain( profile.domains[d].id ) && layerWeightInDomain[d] > 0 )
      layerFriendlyDomainWeight += profile.domains[d].weight;
  std::vector<double> nominalShare( nInd, 0.0 );
  for ( size_t k = 0; k < nInd; ++k )
    if ( counts[k] && isFriendlinessDomain( profile.indicators[k].domain ) )
      nominalShare[k] = profile.domains[domainOf[k]].weight / layerFriendlyDomainWeight *
                        profile.indicators[k].weight / layerWeightInDomain[domainOf[k]];

  std::optional<size_t> socialDomain;
  for ( size_t d = 0; d < nDom; ++d )
    if ( isNeedDomain( profile.domains[d].id ) && profile.domains[d].weight > 0 )
      socialDomain = d;

  out.areas.resize( nAreas );
  bool layerHasDementia = false, layerHasAlone = false;
  for ( const AreaInput &a : areas )
  {
    layerHasDementia = layerHasDementia || people( a.dementiaAtHome );
    layerHasAlone = layerHasAlone || people( a.olderAlone );
  }
  std::vector<std::optional<double>> densities( nAreas );

  for ( size_t a = 0; a < nAreas; ++a )
  {
    AreaScore &s = out.areas[a];
    s.subScores.resize( nInd );
    s.domainScores.resize( nDom );

    std::vector<double> weightInDomain( nDom, 0.0 ), weightedSum( nDom, 0.0 );
    for ( size_t k = 0; k < nInd; ++k )
    {
      if ( !counts[k] )
        continue;
      s.subScores[k] = sub[k][a];
      if ( !sub[k][a] )
      {
        s.missing.push_back( profile.indicators[k].id );
        s.redistributedShare += nominalShare[k];
        continue;
      }
      weightInDomain[domainOf[k]] += profile.indicators[k].weight;
      weightedSum[domainOf[k]] += profile.indicators[k].weight * *sub[k][a];
    }
    double friendlyWeight = 0, friendlySum = 0;
    for ( size_t d = 0; d < nDom; ++d )
    {
      if ( weightInDomain[d] <= 0 )
        continue;
      s.domainScores[d] = std::clamp( weightedSum[d] / weightInDomain[d], 0.0, 100.0 );
      if ( isFriendlinessDomain( profile.domains[d].id ) )
      {
        friendlyWeight += profile.domains[d].weight;
        friendlySum += profile.domains[d].weight * *s.domainScores[d];
      }
    }
    if ( friendlyWeight > 0 )
    {
      // A weighted mean of 0..100 scores; the clamp only removes rounding dust (100.00000000000001).
      s.friendly = std::clamp( friendlySum / friendlyWeight, 0.0, 100.0 );
      s.friendlyClass = friendlyClass( *s.friendly );
      s.redistributedShare = std::clamp( s.redistributedShare, 0.0, 1.0 );

      std::vector<ScoreReason> losses;
      for ( size_t k = 0; k < nInd; ++k )
      {
        const ProfileIndicator &ind = profile.indicators[k];
        if ( !s.subScores[k] || !isFriendlinessDomain( ind.domain ) )
          continue;
        const double share =
            profile.domains[domainOf[k]].weight / friendlyWeight * ind.weight / weightInDomain[domainOf[k]];
        const double loss = share * ( 100.0 - *s.subScores[k] );
        if ( loss > 0 )
          losses.push_back( { ind.id, *values[k][a], *s.subScores[k], ind.good, loss } );
      }
      // stable_sort keeps profile order among equal losses.
      std::stable_sort( losses.begin(), losses.end(),
                        []( const ScoreReason &x, const ScoreReason &y ) { return x.loss > y.loss; } );
      if ( losses.size() > 3 )
        losses.resize( 3 );
      s.reasons = std::move( losses );
    }
    else
      s.redistributedShare = 1.0;

    const std::optional<double> dementia = people( areas[a].dementiaAtHome );
    const std::optional<double> alone = people( areas[a].olderAlone );
    if ( dementia || alone )
      s.needPeople = dementia.value_or( 0.0 ) + alone.value_or( 0.0 );
    s.needPartial = ( layerHasDementia && !dementia ) || ( layerHasAlone && !alone );
    if ( s.needPeople && std::isfinite( areas[a].areaKm2 ) && areas[a].areaKm2 > 0 )
      s.needDensity = *s.needPeople / areas[a].areaKm2;
    densities[a] = s.needDensity;
  }

  const std::vector<std::optional<double>> needRanks = percentileScores( densities, true );
  for ( size_t a = 0; a < nAreas; ++a )
  {
    AreaScore &s = out.areas[a];
    s.needRank = needRanks[a];
    double weight = 0, sum = 0;
    if ( s.needRank )
    {
      weight += 1.0;
      sum += *s.needRank;
    }
    if ( socialDomain && s.domainScores[*socialDomain] )
    {
      weight += profile.domains[*socialDomain].weight;
      sum += profile.domains[*socialDomain].weight * *s.domainScores[*socialDomain];
    }
    if ( weight > 0 )
      s.need = std::clamp( sum / weight, 0.0, 100.0 );
    if ( s.need && s.friendly )
    {
      s.urgency = std::clamp( *s.need * ( 100.0 - *s.friendly ) / 100.0, 0.0, 100.0 );
      out.urgencyOrder.push_back( a );
    }
  }

  std::stable_sort( out.urgencyOrder.begin(), out.urgencyOrder.end(),
                    [&]( size_t x, size_t y )
                    { return rankKey( *out.areas[x].urgency ) > rankKey( *out.areas[y].urgency ); } );
  for ( size_t i = 0; i < out.urgencyOrder.size(); ++i )
  {
    AreaScore &s = out.areas[out.urgencyOrder[i]];
    const bool tiedWithPrevious =
        i > 0 && rankKey( *s.urgency ) == rankKey( *out.areas[out.urgencyOrder[i - 1]].urgency );
    s.urgencyRank =
        tiedWithPrevious ? out.areas[out.urgencyOrder[i - 1]].urgencyRank : static_cast<int>( i + 1 );
  }
  return out;
}

bool hasNoHomes( const AreaInput &a )
{
  return a.homes && *a.homes == 0;
}
} // namespace

LayerScore scoreNeighbourhoods( const ScoreProfile &profile, const std::vector<AreaInput> &areas,
                                ScoreMode mode )
{
  if ( std::none_of( areas.begin(), areas.end(), hasNoHomes ) )
    return scoreAll( profile, areas, mode );

  // Score the areas with homes as a layer of their own, then put the others back in their places.
  std::vector<size_t> scoredArea;
  std::vector<AreaInput> withHomes;
  for ( size_t a = 0; a < areas.size(); ++a )
    if ( !hasNoHomes( areas[a] ) )
    {
      scoredArea.push_back( a );
      withHomes.push_back( areas[a] );
    }
  LayerScore part = scoreAll( profile, withHomes, mode );
  if ( !part.error.empty() )
    return part;

  LayerScore out;
  out.scoredIndicators = std::move( part.scoredIndicators );
  out.absentIndicators = std::move( part.absentIndicators );
  out.unknownIndicators = std::move( part.unknownIndicators );
  out.areas.resize( areas.size() );
  for ( size_t i = 0; i < scoredArea.size(); ++i )
    out.areas[scoredArea[i]] = std::move( part.areas[i] );
  // scoredArea is increasing, so the order among equal urgencies (lower index first) is kept.
  for ( size_t i : part.urgencyOrder )
    out.urgencyOrder.push_back( scoredArea[i] );

  bool layerHasDementia = false, layerHasAlone = false;
  for ( const AreaInput &a : areas )
  {
    layerHasDementia = layerHasDementia || people( a.dementiaAtHome );
    layerHasAlone = layerHasAlone || people( a.olderAlone );
  }
  for ( size_t a = 0; a < areas.size(); ++a )
  {
    if ( !hasNoHomes( areas[a] ) )
      continue;
    out.noHomeAreas.push_back( a );
    AreaScore &s = out.areas[a];
    s.noHomes = true;
    s.subScores.resize( profile.indicators.size() );
    s.domainScores.resize( profile.domains.size() );
    s.redistributedShare = 1.0;
    const std::optional<double> dementia = people( areas[a].dementiaAtHome );
    const std::optional<double> alone = people( areas[a].olderAlone );
    if ( dementia || alone )
      s.needPeople = dementia.value_or( 0.0 ) + alone.value_or( 0.0 );
    s.needPartial = ( layerHasDementia && !dementia ) || ( layerHasAlone && !alone );
    if ( s.needPeople && std::isfinite( areas[a].areaKm2 ) && areas[a].areaKm2 > 0 )
      s.needDensity = *s.needPeople / areas[a].areaKm2;
  }
  return out;
}

} // namespace dfn
