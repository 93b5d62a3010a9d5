#include "housingsites.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace dfn
{

namespace
{

//! A yes/no input (corporation, shared space) counts as yes from here: a share of at least half.
constexpr double kYes = 0.5;

std::optional<double> valueOf( const SiteInput &site, const std::string &id )
{
  const auto it = site.values.find( id );
  if ( it == site.values.end() || !it->second || !std::isfinite( *it->second ) )
    return std::nullopt;
  return it->second;
}

bool isGateInput( const std::string &id )
{
  return id == kSiteHomes || id == kSiteUnits || id == kSiteCorporation || id == kSiteSharedSpace;
}

//! Equal scores must share a rank even when reached by different sums; rounding to 1e-9 of a 0..100 scale
//! only merges values that no map could tell apart.
double rankKey( double score )
{
  return std::round( score * 1e9 );
}

GateResult minimumGate( SiteGate gate, const std::optional<double> &value, double threshold )
{
  GateResult g;
  g.gate = gate;
  g.value = value;
  g.threshold = threshold;
  g.outcome = !value ? GateOutcome::Unknown : *value >= threshold ? GateOutcome::Passed : GateOutcome::Failed;
  return g;
}

std::vector<GateResult> gatesFor( const SiteConcept &c, const SiteInput &site )
{
  std::vector<GateResult> gates;
  GateResult exclusion;
  exclusion.gate = SiteGate::Exclusion;
  if ( !site.exclusions.empty() )
  {
    exclusion.outcome = GateOutcome::Failed;
    exclusion.layer = site.exclusions.front();
  }
  gates.push_back( exclusion );
  if ( !( c.onExisting && c.onPlot ) )
  {
    GateResult type;
    type.gate = SiteGate::SiteType;
    if ( site.type == SiteType::Unknown )
      type.outcome = GateOutcome::Unknown;
    else if ( ( site.type == SiteType::Existing && !c.onExisting ) ||
              ( site.type == SiteType::Plot && !c.onPlot ) )
      type.outcome = GateOutcome::Failed;
    gates.push_back( type );
  }
  const std::optional<double> homes = valueOf( site, kSiteHomes );
  if ( c.minHomes > 0 )
    gates.push_back( minimumGate( SiteGate::MinHomes, homes, c.minHomes ) );
  if ( c.minUnits > 0 )
  {
    std::optional<double> units = valueOf( site, kSiteUnits );
    if ( !units && site.type == SiteType::Existing )
      units = homes;
    gates.push_back( minimumGate( SiteGate::MinUnits, units, c.minUnits ) );
  }
  if ( c.needsCorporation )
    gates.push_back( minimumGate( SiteGate::Corporation, valueOf( site, kSiteCorporation ), kYes ) );
  if ( c.needsSharedSpace )
    gates.push_back( minimumGate( SiteGate::SharedSpace, valueOf( site, kSiteSharedSpace ), kYes ) );
  return gates;
}

//! Scores an eligible site for one concept: weighted mean, redistribution, reasons for and against.
void scoreConcept( const SiteProfile &profile, const std::vector<double> &weights, const SiteResult &site,
                   ConceptResult &out )
{
  double nominal = 0, present = 0, sum = 0, missingWeight = 0;
  for ( size_t k = 0; k < weights.size(); ++k )
  {
    if ( weights[k] <= 0 )
      continue;
    nominal += weights[k];
    const CriterionResult &r = site.criteria[k];
    if ( !r.subScore )
    {
      out.missing.push_back( profile.criteria[k].id );
      missingWeight += weights[k];
      continue;
    }
    present += weights[k];
    sum += weights[k] * *r.subScore;
    ++out.criteriaCounted;
    out.criteriaPassed += *r.passed ? 1 : 0;
  }
  if ( present <= 0 )
  {
    out.redistributedShare = 1;
    out.explanation.status = SiteStatus::Unscored;
    return;
  }
  // A weighted mean of 0..100 sub-scores; the clamp only removes rounding dust.
  out.score = std::clamp( sum / present, 0.0, 100.0 );
  out.redistributedShare = std::clamp( missingWeight / nominal, 0.0, 1.0 );
  out.explanation.status = SiteStatus::Ranked;

  std::vector<SiteReason> pros, cons;
  for ( size_t k = 0; k < weights.size(); ++k )
  {
    const CriterionResult &r = site.criteria[k];
    if ( weights[k] <= 0 || !r.subScore )
      continue;
    const double share = weights[k] / present;
    if ( *r.passed && *r.subScore > 0 )
      pros.push_back( { k, *r.value, *r.subScore, share * *r.subScore } );
    else if ( !*r.passed )
      cons.push_back( { k, *r.value, *r.subScore, share * ( 100.0 - *r.subScore ) } );
  }
  // stable_sort keeps profile order among equal points.
  auto byPoints = []( const SiteReason &a, const SiteReason &b ) { return a.points > b.points; };
  std::stable_sort( pros.begin(), pros.end(), byPoints );
  std::stable_sort( cons.begin(), cons.end(), byPoints );
  if ( pros.size() > 2 )
    pros.resize( 2 );
  if ( cons.size() > 2 )
    cons.resize( 2 );
  out.explanation.pros = std::move( pros );
  out.explanation.cons = std::move( cons );
}

//! \a v as printf would write it in the C locale. Not snprintf: that follows the C library's locale, which Qt
//! sets to the user's on Linux ("72,5" in a Dutch session) and leaves at "C" on Windows.
std::string cNumber( double v, std::chars_format format, int precision )
{
  char buf[400]; // the longest, -DBL_MAX in fixed notation with a decimal, has 312 characters
  const auto [ptr, ec] = std::to_chars( buf, buf + sizeof buf, v, format, precision );
  return ec == std::errc() ? std::string( buf, ptr ) : std::string();
}

//! Short numbers for a log line: whole numbers from 100 on, else three significant digits.
std::string shortNumber( double v )
{
  if ( std::fabs( v ) >= 100 )
    return cNumber( v, std::chars_format::fixed, 0 );
  return cNumber( v, std::chars_format::general, 3 );
}

std::string withUnit( double value, const std::string &unit )
{
  return shortNumber( value ) + ( unit.empty() ? "" : " " + unit );
}

std::string gateInEnglish( const SiteConcept &c, const GateResult &g )
{
  const bool unknown = g.outcome == GateOutcome::Unknown;
  switch ( g.gate )
  {
  case SiteGate::Exclusion:
    return "in the exclusion layer \"" + g.layer + "\"";
  case SiteGate::SiteType:
    if ( unknown )
      return std::string( "the site type is unknown; " ) +
             ( c.onExisting ? "needs an existing building or complex" : "needs a vacant plot" );
    return c.onExisting ? "a vacant plot; needs an existing building or complex"
                        : "an existing building or complex; needs a vacant plot";
  case SiteGate::MinHomes:
  case SiteGate::MinUnits:
  {
    const std::string what = g.gate == SiteGate::MinHomes ? "homes" : "units";
    return ( unknown ? "the number of " + what + " is unknown" : shortNumber( *g.value ) + " " + what ) +
           "; needs at least " + shortNumber( g.threshold );
  }
  case SiteGate::Corporation:
    return unknown ? "the owner is unknown; needs a housing corporation"
                   : "not owned by a housing corporation";
  case SiteGate::SharedSpace:
    return unknown ? "unknown whether there is room for a shared space; needs one"
                   : "no shared meeting space or room for one";
  }
  return {};
}

} // namespace

const char *siteGateId( SiteGate gate )
{
  switch ( gate )
  {
  case SiteGate::Exclusion:
    return "exclusion";
  case SiteGate::SiteType:
    return "site_type";
  case SiteGate::MinHomes:
    return "min_homes";
  case SiteGate::MinUnits:
    return "min_units";
  case SiteGate::Corporation:
    return "needs_corporation";
  case SiteGate::SharedSpace:
    return "needs_shared_space";
  }
  return "";
}

SiteAssessment assessHousingSites( const SiteProfile &profile, const std::vector<SiteInput> &sites )
{
  SiteAssessment out;
  if ( const std::string problem = validateSiteProfile( profile ); !problem.empty() )
  {
    out.error = "the housing sites profile cannot be used: " + problem;
    return out;
  }
  if ( sites.empty() )
    return out;

  const size_t nCrit = profile.criteria.size();
  const size_t nConc = profile.concepts.size();
  const size_t nSites = sites.size();

  std::set<std::string> layerIds;
  for ( const SiteInput &s : sites )
    for ( const auto &kv : s.values )
      layerIds.insert( kv.first );
  for ( const std::string &id : layerIds )
    if ( !profile.findCriterion( id ) && !isGateInput( id ) )
      out.unknownInputs.push_back( id );

  // weights[c][k]: criterion k's weight in concept c where it counts (in the layer), else 0.
  std::vector<std::vector<double>> weights( nConc, std::vector<double>( nCrit, 0.0 ) );
  for ( size_t k = 0; k < nCrit; ++k )
  {
    const SiteCriterion &crit = profile.criteria[k];
    const bool inLayer = layerIds.count( crit.id ) > 0;
    bool weighs = false;
    for ( size_t c = 0; c < nConc; ++c )
    {
      const double w = crit.weightFor( profile.concepts[c].id );
      weighs = weighs || w > 0;
      if ( inLayer )
        weights[c][k] = w;
    }
    if ( weighs && !inLayer )
      out.absentCriteria.push_back( crit.id );
  }
  for ( size_t c = 0; c < nConc; ++c )
    if ( std::none_of( weights[c].begin(), weights[c].end(), []( double w ) { return w > 0; } ) )
    {
      std::string candidates;
      for ( const SiteCriterion &crit : profile.criteria )
        if ( crit.weightFor( profile.concepts[c].id ) > 0 )
          candidates += ( candidates.empty() ? "" : ", " ) + crit.id;
      out = SiteAssessment();
      out.error = "none of the criteria with a weight above 0 for concept " + profile.concepts[c].id +
                  " is in the layer, so its weights sum to zero; give at least one of: " + candidates;
      return out;
    }

  out.sites.resize( nSites );
  for ( size_t s = 0; s < nSites; ++s )
  {
    SiteResult &r = out.sites[s];
    r.criteria.resize( nCrit );
    for ( size_t k = 0; k < nCrit; ++k )
    {
      const SiteCriterion &crit = profile.criteria[k];
      const std::optional<double> v = valueOf( sites[s], crit.id );
      if ( !v )
        continue;
      r.criteria[k].value = v;
      r.criteria[k].passed = crit.passes( *v );
      r.criteria[k].subScore = std::clamp( 100.0 * ( *v - crit.bad ) / ( crit.good - crit.bad ), 0.0, 100.0 );
    }
    r.concepts.resize( nConc );
    for ( size_t c = 0; c < nConc; ++c )
    {
      ConceptResult &cr = r.concepts[c];
      cr.gates = gatesFor( profile.concepts[c], sites[s] );
      for ( const GateResult &g : cr.gates )
        if ( g.outcome != GateOutcome::Passed )
        {
          cr.explanation.failedGate = g;
          break;
        }
      cr.eligible = !cr.explanation.failedGate;
      if ( cr.eligible )
        scoreConcept( profile, weights[c], r, cr );
      else
      {
        cr.explanation.status = SiteStatus::NotEligible;
        cr.redistributedShare = 1;
      }
    }
  }

  // Ranks per concept and group; groups keep the order in which they first appear.
  std::vector<std::string> groups;
  std::map<std::string, std::vector<size_t>> members;
  for ( size_t s = 0; s < nSites; ++s )
  {
    if ( !members.count( sites[s].group ) )
      groups.push_back( sites[s].group );
    members[sites[s].group].push_back( s );
  }
  for ( size_t c = 0; c < nConc; ++c )
    for ( const std::string &group : groups )
    {
      std::vector<size_t> order;
      for ( size_t s : members[group] )
        if ( out.sites[s].concepts[c].score )
          order.push_back( s );
      std::stable_sort( order.begin(), order.end(),
                        [&]( size_t x, size_t y ) {
                          return rankKey( *out.sites[x].concepts[c].score ) >
                                 rankKey( *out.sites[y].concepts[c].score );
                        } );
      for ( size_t i = 0; i < order.size(); ++i )
      {
        ConceptResult &cr = out.sites[order[i]].concepts[c];
        const bool tiedWithPrevious =
            i > 0 && rankKey( *cr.score ) == rankKey( *out.sites[order[i - 1]].concepts[c].score );
        cr.rank = tiedWithPrevious ? out.sites[order[i - 1]].concepts[c].rank : static_cast<int>( i + 1 );
        cr.rankedInGroup = static_cast<int>( order.size() );
      }
    }
  return out;
}

std::string explainSiteInEnglish( const SiteProfile &profile, size_t conceptIndex, const ConceptResult &r )
{
  if ( conceptIndex >= profile.concepts.size() )
    return {};
  const SiteConcept &c = profile.concepts[conceptIndex];
  const SiteExplanation &e = r.explanation;
  switch ( e.status )
  {
  case SiteStatus::NotEligible:
    return c.label + ": not eligible: " + ( e.failedGate ? gateInEnglish( c, *e.failedGate ) : "" ) + ".";
  case SiteStatus::Unscored:
    return c.label + ": eligible, but none of its criteria has a value: no score.";
  case SiteStatus::Ranked:
    break;
  }
  const std::string score = cNumber( r.score.value_or( 0.0 ), std::chars_format::fixed, 1 );
  std::string line = c.label + ": rank " + std::to_string( r.rank.value_or( 0 ) ) + " of " +
                     std::to_string( r.rankedInGroup ) + ", score " + score + ", " +
                     std::to_string( r.criteriaPassed ) + " of " + std::to_string( r.criteriaCounted ) +
                     " criteria passed.";
  auto reasons = [&profile]( const std::vector<SiteReason> &list, bool against )
  {
    std::string text;
    for ( const SiteReason &reason : list )
    {
      const SiteCriterion &crit = profile.criteria[reason.criterion];
      text += ( text.empty() ? "" : "; " ) + crit.label + " " + withUnit( reason.value, crit.unit );
      if ( against )
        text += std::string( " (needs " ) + ( crit.higherIsBetter() ? "at least " : "at most " ) +
                shortNumber( crit.pass ) + ")";
    }
    return text;
  };
  if ( !e.pros.empty() )
    line += " For: " + reasons( e.pros, false ) + ".";
  if ( !e.cons.empty() )
    line += " Against: " + reasons( e.cons, true ) + ".";
  if ( !r.missing.empty() )
    line += " No value for " + std::to_string( r.missing.size() ) +
            ( r.missing.size() == 1 ? " criterion." : " criteria." );
  return line;
}

} // namespace dfn
