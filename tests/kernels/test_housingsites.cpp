// Housing opportunity sites: a seven-site fixture worked out by hand in the comments, the gates at their
// bounds, exclusions, missing values, ties and groups, the explanations, and the monotonicity the header
// promises on seeded random layers.
#include "housingsites.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <random>
#include <string>

using namespace dfn;

namespace
{
constexpr double kTol = 1e-9;

// Concepts 0 big, 1 small; criteria 0 walk_min, 1 need, 2 corporation.
// Weights: big walk 3, need 1, corporation 0; small walk 3, need 3, corporation 1.
const char *kFixtureProfile = R"(
[concept big]
label = Big complex
sites = existing
min_homes = 80
needs_corporation = yes
[concept small]
label = Small cluster
min_units = 5
needs_shared_space = yes
[criterion walk_min]
label = Walk
unit = min
pass = at most 10
bad = 20
good = 5
weight = 3
[criterion need]
label = Need
unit = people
pass = at least 10
bad = 0
good = 40
weight = 1
weight small = 3
[criterion corporation]
label = Corporation
pass = at least 0.5
bad = 0
good = 1
weight = 1
weight big = 0
)";

SiteProfile fixtureProfile()
{
  const SiteProfileParse parsed = parseSiteProfile( kFixtureProfile );
  EXPECT_TRUE( parsed.ok() ) << parsed.error;
  return parsed.profile;
}

SiteInput site( SiteType type, std::map<std::string, std::optional<double>> values,
                std::vector<std::string> exclusions = {}, std::string group = {} )
{
  SiteInput s;
  s.type = type;
  s.values = std::move( values );
  s.exclusions = std::move( exclusions );
  s.group = std::move( group );
  return s;
}

// Sub-scores: walk 100 (20 − v) / 15, need 100 v / 40, corporation 100 v.
std::vector<SiteInput> fixtureSites()
{
  const SiteType E = SiteType::Existing, P = SiteType::Plot;
  return {
      // A: walk 80, need 50. big (3·80 + 1·50) / 4 = 72.5. small: no shared space.
      site( E, { { "homes", 100 },
                 { "corporation", 1 },
                 { "walk_min", 8 },
                 { "need", 20 },
                 { "shared_space", 0 } } ),
      // B: 79 homes, not big. small: units from homes; 100 everywhere: 100.
      site( E, { { "homes", 79 },
                 { "corporation", 1 },
                 { "walk_min", 5 },
                 { "need", 40 },
                 { "shared_space", 1 } } ),
      // C: a plot, not big. small: walk 40, need missing, corporation 0: (3·40 + 1·0) / 4 = 30; need's 3 of 7
      // went to the others.
      site( P, { { "units", 6 },
                 { "shared_space", 1 },
                 { "walk_min", 14 },
                 { "need", std::nullopt },
                 { "corporation", 0 } } ),
      // D: as A for big, 72.5: a tie. small: shared space unknown.
      site( E, { { "homes", 80 }, { "corporation", 1 }, { "walk_min", 8 }, { "need", 20 } } ),
      // E: corporation 0.4 fails big's gate; small: shared space unknown.
      site( E, { { "homes", 120 }, { "corporation", 0.4 }, { "walk_min", 5 }, { "need", 40 } } ),
      // F: big 0 (walk 0, need 0).
      site( E, { { "homes", 90 }, { "corporation", 1 }, { "walk_min", 20 }, { "need", 0 } } ),
      // G: A in an exclusion layer.
      site( E,
            { { "homes", 100 },
              { "corporation", 1 },
              { "walk_min", 8 },
              { "need", 20 },
              { "shared_space", 1 } },
            { "Natura 2000", "Flood zone" } ),
  };
}

std::vector<std::string> criterionIds( const SiteProfile &p, const std::vector<SiteReason> &reasons )
{
  std::vector<std::string> ids;
  for ( const SiteReason &r : reasons )
    ids.push_back( p.criteria[r.criterion].id );
  return ids;
}
} // namespace

TEST( HousingSites, HandComputedScoresRanksAndExplanations )
{
  const SiteProfile p = fixtureProfile();
  const SiteAssessment a = assessHousingSites( p, fixtureSites() );
  ASSERT_EQ( a.error, "" );
  ASSERT_EQ( a.sites.size(), 7u );
  EXPECT_TRUE( a.absentCriteria.empty() );
  EXPECT_TRUE( a.unknownInputs.empty() ); // homes, units, shared_space are gate inputs

  const ConceptResult &aBig = a.sites[0].concepts[0];
  ASSERT_TRUE( aBig.eligible );
  EXPECT_NEAR( *aBig.score, 72.5, kTol );
  EXPECT_EQ( aBig.rank, 1 );
  EXPECT_EQ( aBig.rankedInGroup, 3 );
  EXPECT_EQ( aBig.criteriaPassed, 2 );
  EXPECT_EQ( aBig.criteriaCounted, 2 ); // corporation weighs 0 in big
  EXPECT_EQ( aBig.redistributedShare, 0 );
  EXPECT_EQ( aBig.explanation.status, SiteStatus::Ranked );
  // Points: walk 3/4 · 80 = 60, need 1/4 · 50 = 12.5.
  EXPECT_EQ( criterionIds( p, aBig.explanation.pros ), ( std::vector<std::string>{ "walk_min", "need" } ) );
  EXPECT_NEAR( aBig.explanation.pros[0].points, 60, kTol );
  EXPECT_NEAR( aBig.explanation.pros[1].points, 12.5, kTol );
  EXPECT_TRUE( aBig.explanation.cons.empty() );
  EXPECT_EQ(
      explainSiteInEnglish( p, 0, aBig ),
      "Big complex: rank 1 of 3, score 72.5, 2 of 2 criteria passed. For: Walk 8 min; Need 20 people." );
  // The criteria table is per site, the same for every concept, and filled in for sites that are not
  // eligible.
  EXPECT_EQ( a.sites[0].criteria[0].value, 8 );
  EXPECT_EQ( a.sites[0].criteria[0].passed, true );
  EXPECT_NEAR( *a.sites[0].criteria[0].subScore, 80, kTol );
  EXPECT_NEAR( *a.sites[0].criteria[1].subScore, 50, kTol );
  EXPECT_NEAR( *a.sites[0].criteria[2].subScore, 100, kTol );

  // D ties with A: both rank 1; F is third, not second.
  EXPECT_NEAR( *a.sites[3].concepts[0].score, 72.5, kTol );
  EXPECT_EQ( a.sites[3].concepts[0].rank, 1 );
  EXPECT_EQ( a.sites[5].concepts[0].score, 0 );
  EXPECT_EQ( a.sites[5].concepts[0].rank, 3 );
  // F: losses walk 3/4 · 100 = 75, need 1/4 · 100 = 25; nothing for it.
  EXPECT_EQ( criterionIds( p, a.sites[5].concepts[0].explanation.cons ),
             ( std::vector<std::string>{ "walk_min", "need" } ) );
  EXPECT_NEAR( a.sites[5].concepts[0].explanation.cons[0].points, 75, kTol );
  EXPECT_TRUE( a.sites[5].concepts[0].explanation.pros.empty() );
  EXPECT_EQ(
      explainSiteInEnglish( p, 0, a.sites[5].concepts[0] ),
      "Big complex: rank 3 of 3, score 0.0, 0 of 2 criteria passed. Against: Walk 20 min (needs at most "
      "10); Need 0 people (needs at least 10)." );

  // Not eligible for big: B (79 homes), C (a plot), E (corporation 0.4), G (excluded): no score, no rank.
  for ( size_t s : { 1u, 2u, 4u, 6u } )
  {
    const ConceptResult &r = a.sites[s].concepts[0];
    EXPECT_FALSE( r.eligible ) << s;
    EXPECT_FALSE( r.score || r.rank ) << s;
    EXPECT_EQ( r.explanation.status, SiteStatus::NotEligible ) << s;
    EXPECT_EQ( r.rankedInGroup, 0 ) << s;
  }
  const GateResult &homes = *a.sites[1].concepts[0].explanation.failedGate;
  EXPECT_EQ( homes.gate, SiteGate::MinHomes );
  EXPECT_EQ( homes.outcome, GateOutcome::Failed );
  EXPECT_EQ( homes.value, 79 );
  EXPECT_EQ( homes.threshold, 80 );
  EXPECT_EQ( explainSiteInEnglish( p, 0, a.sites[1].concepts[0] ),
             "Big complex: not eligible: 79 homes; needs at least 80." );
  EXPECT_EQ( explainSiteInEnglish( p, 0, a.sites[2].concepts[0] ),
             "Big complex: not eligible: a vacant plot; needs an existing building or complex." );
  EXPECT_EQ( a.sites[4].concepts[0].explanation.failedGate->gate, SiteGate::Corporation );
  EXPECT_EQ( explainSiteInEnglish( p, 0, a.sites[4].concepts[0] ),
             "Big complex: not eligible: not owned by a housing corporation." );
  // All of big's gates are listed, in order.
  std::vector<std::string> gates;
  for ( const GateResult &g : a.sites[1].concepts[0].gates )
    gates.push_back( siteGateId( g.gate ) );
  EXPECT_EQ( gates,
             ( std::vector<std::string>{ "exclusion", "site_type", "min_homes", "needs_corporation" } ) );

  // small: B 100 first, C 30 second.
  EXPECT_NEAR( *a.sites[1].concepts[1].score, 100, kTol );
  EXPECT_EQ( a.sites[1].concepts[1].rank, 1 );
  const ConceptResult &cSmall = a.sites[2].concepts[1];
  ASSERT_TRUE( cSmall.score );
  EXPECT_NEAR( *cSmall.score, 30, kTol );
  EXPECT_EQ( cSmall.rank, 2 );
  EXPECT_EQ( cSmall.rankedInGroup, 2 );
  EXPECT_EQ( cSmall.missing, ( std::vector<std::string>{ "need" } ) );
  EXPECT_NEAR( cSmall.redistributedShare, 3.0 / 7.0, kTol );
  EXPECT_EQ( cSmall.criteriaPassed, 0 );
  EXPECT_EQ( cSmall.criteriaCounted, 2 );
  EXPECT_FALSE( a.sites[2].criteria[1].value || a.sites[2].criteria[1].passed ||
                a.sites[2].criteria[1].subScore );
  EXPECT_EQ(
      explainSiteInEnglish( p, 1, cSmall ),
      "Small cluster: rank 2 of 2, score 30.0, 0 of 2 criteria passed. Against: Walk 14 min (needs at most "
      "10); Corporation 0 (needs at least 0.5). No value for 1 criterion." );
  // A has no shared space; D and E do not say: not eligible, Unknown.
  EXPECT_EQ( a.sites[0].concepts[1].explanation.failedGate->outcome, GateOutcome::Failed );
  EXPECT_EQ( explainSiteInEnglish( p, 1, a.sites[0].concepts[1] ),
             "Small cluster: not eligible: no shared meeting space or room for one." );
  for ( size_t s : { 3u, 4u } )
  {
    const GateResult &g = *a.sites[s].concepts[1].explanation.failedGate;
    EXPECT_EQ( g.gate, SiteGate::SharedSpace ) << s;
    EXPECT_EQ( g.outcome, GateOutcome::Unknown ) << s;
    EXPECT_FALSE( g.value ) << s;
  }
  EXPECT_EQ( explainSiteInEnglish( p, 1, a.sites[3].concepts[1] ),
             "Small cluster: not eligible: unknown whether there is room for a shared space; needs one." );
  // small can use any site: no site-type gate.
  gates.clear();
  for ( const GateResult &g : a.sites[0].concepts[1].gates )
    gates.push_back( siteGateId( g.gate ) );
  EXPECT_EQ( gates, ( std::vector<std::string>{ "exclusion", "min_units", "needs_shared_space" } ) );
}

// The explanations are English with decimal points whatever C locale the host application set: Qt sets the
// user's on Linux and leaves "C" on Windows. Skipped where no decimal-comma locale is installed (most Linux
// containers); scripts/test-windows-kernels.sh runs it under wine, which has them all.
TEST( HousingSites, ExplanationsIgnoreTheCLocale )
{
  const SiteProfile p = fixtureProfile();
  const SiteAssessment a = assessHousingSites( p, fixtureSites() );
  ASSERT_EQ( a.error, "" );
  auto all = [&]
  {
    std::string text;
    for ( const SiteResult &s : a.sites )
      for ( size_t c = 0; c < s.concepts.size(); ++c )
        text += explainSiteInEnglish( p, c, s.concepts[c] ) + "\n";
    return text;
  };
  const std::string inC = all();
  ASSERT_NE( inC.find( "score 72.5," ), std::string::npos );

  const std::string previous = std::setlocale( LC_ALL, nullptr );
  bool comma = false;
  for ( const char *name : { "nl_NL.UTF-8", "nl_NL.utf8", "de_DE.UTF-8", "Dutch_Netherlands.1252", "nl-NL" } )
    if ( std::setlocale( LC_ALL, name ) && std::localeconv()->decimal_point[0] == ',' )
    {
      comma = true;
      break;
    }
  const std::string inDutch = comma ? all() : inC;
  std::setlocale( LC_ALL, previous.c_str() );
  if ( !comma )
    GTEST_SKIP() << "no decimal-comma locale installed";
  EXPECT_EQ( inDutch, inC );
}

TEST( HousingSites, ExclusionExcludesFromEveryConcept )
{
  const SiteProfile p = fixtureProfile();
  const SiteAssessment a = assessHousingSites( p, fixtureSites() );
  ASSERT_EQ( a.error, "" );
  const SiteResult &g = a.sites[6];
  for ( size_t c = 0; c < p.concepts.size(); ++c )
  {
    const ConceptResult &r = g.concepts[c];
    EXPECT_FALSE( r.eligible );
    EXPECT_FALSE( r.score );
    ASSERT_TRUE( r.explanation.failedGate );
    EXPECT_EQ( r.explanation.failedGate->gate, SiteGate::Exclusion );
    EXPECT_EQ( r.explanation.failedGate->layer, "Natura 2000" ); // the first of its layers
  }
  EXPECT_EQ( explainSiteInEnglish( p, 1, g.concepts[1] ),
             "Small cluster: not eligible: in the exclusion layer \"Natura 2000\"." );
  // Excluded, it still shows how it does on the criteria.
  EXPECT_EQ( g.criteria[0].passed, true );
  // Without the exclusion, it is as eligible as A is for big, and B-like for small.
  std::vector<SiteInput> sites = fixtureSites();
  sites[6].exclusions.clear();
  const SiteAssessment b = assessHousingSites( p, sites );
  EXPECT_NEAR( *b.sites[6].concepts[0].score, 72.5, kTol );
  EXPECT_EQ( b.sites[6].concepts[0].rank, 1 );
  EXPECT_EQ( b.sites[6].concepts[0].rankedInGroup, 4 );
  EXPECT_TRUE( b.sites[6].concepts[1].eligible );
}

TEST( HousingSites, GatesAtTheirBounds )
{
  const SiteProfile p = defaultSiteProfile();
  const size_t tpf = 0, clustered = 1, plus = 2;
  ASSERT_EQ( p.concepts[tpf].id, "thuisplusflat" );
  auto assess = [&p]( SiteInput s )
  {
    s.values["supermarket_min"] = 6;
    const SiteAssessment a = assessHousingSites( p, { s } );
    EXPECT_EQ( a.error, "" );
    return a.sites.at( 0 );
  };
  const SiteType E = SiteType::Existing, P = SiteType::Plot;

  // Thuisplusflat: 79 homes are not enough, 80 are.
  const SiteResult h79 = assess( site( E, { { "homes", 79 }, { "corporation", 1 } } ) );
  EXPECT_FALSE( h79.concepts[tpf].eligible );
  EXPECT_EQ( h79.concepts[tpf].explanation.failedGate->gate, SiteGate::MinHomes );
  const SiteResult h80 = assess( site( E, { { "homes", 80 }, { "corporation", 1 } } ) );
  EXPECT_TRUE( h80.concepts[tpf].eligible );
  EXPECT_EQ( h80.concepts[tpf].rank, 1 );
  // Half a complex owned by a corporation is enough; a little less is not; unknown is not eligible.
  EXPECT_TRUE( assess( site( E, { { "homes", 80 }, { "corporation", 0.5 } } ) ).concepts[tpf].eligible );
  EXPECT_FALSE( assess( site( E, { { "homes", 80 }, { "corporation", 0.49 } } ) ).concepts[tpf].eligible );
  const SiteResult noOwner = assess( site( E, { { "homes", 80 }, { "corporation", NAN } } ) );
  EXPECT_EQ( noOwner.concepts[tpf].explanation.failedGate->outcome, GateOutcome::Unknown );
  EXPECT_EQ( explainSiteInEnglish( p, tpf, noOwner.concepts[tpf] ),
             "Thuisplusflat: not eligible: the owner is unknown; needs a housing corporation." );
  // Without homes: Unknown, and said so.
  const SiteResult noHomes = assess( site( E, { { "corporation", 1 } } ) );
  EXPECT_EQ( noHomes.concepts[tpf].explanation.failedGate->outcome, GateOutcome::Unknown );
  EXPECT_EQ( explainSiteInEnglish( p, tpf, noHomes.concepts[tpf] ),
             "Thuisplusflat: not eligible: the number of homes is unknown; needs at least 80." );
  // A plot is never a Thuisplusflat, however large; an unknown site type is not eligible either.
  EXPECT_EQ( assess( site( P, { { "homes", 200 }, { "corporation", 1 } } ) )
                 .concepts[tpf]
                 .explanation.failedGate->gate,
             SiteGate::SiteType );
  const SiteResult untyped = assess( site( SiteType::Unknown, { { "homes", 200 }, { "corporation", 1 } } ) );
  EXPECT_EQ( untyped.concepts[tpf].explanation.failedGate->outcome, GateOutcome::Unknown );
  EXPECT_EQ(
      explainSiteInEnglish( p, tpf, untyped.concepts[tpf] ),
      "Thuisplusflat: not eligible: the site type is unknown; needs an existing building or complex." );
  // ... while wonen met een plus takes any site, even of unknown type.
  EXPECT_TRUE( untyped.concepts[plus].eligible );

  // Clustered: 4 units are not enough, 5 are; an existing building's homes stand in for missing units, a
  // plot's do not.
  EXPECT_FALSE( assess( site( P, { { "units", 4 }, { "shared_space", 1 } } ) ).concepts[clustered].eligible );
  EXPECT_TRUE( assess( site( P, { { "units", 5 }, { "shared_space", 1 } } ) ).concepts[clustered].eligible );
  EXPECT_TRUE( assess( site( E, { { "homes", 5 }, { "shared_space", 1 } } ) ).concepts[clustered].eligible );
  const SiteResult plotHomes = assess( site( P, { { "homes", 5 }, { "shared_space", 1 } } ) );
  EXPECT_EQ( plotHomes.concepts[clustered].explanation.failedGate->gate, SiteGate::MinUnits );
  EXPECT_EQ( plotHomes.concepts[clustered].explanation.failedGate->outcome, GateOutcome::Unknown );
  // Units given win over homes.
  EXPECT_FALSE( assess( site( E, { { "homes", 50 }, { "units", 4 }, { "shared_space", 1 } } ) )
                    .concepts[clustered]
                    .eligible );
  EXPECT_EQ(
      explainSiteInEnglish( p, clustered,
                            assess( site( E, { { "homes", 50 }, { "units", 4 }, { "shared_space", 1 } } ) )
                                .concepts[clustered] ),
      "Clustered housing for older people: not eligible: 4 units; needs at least 5." );
  EXPECT_FALSE( assess( site( P, { { "units", 5 }, { "shared_space", 0 } } ) ).concepts[clustered].eligible );
}

TEST( HousingSites, MissingCriteriaAreRedistributedAbsentOnesLeftOut )
{
  const SiteProfile p = fixtureProfile();
  const SiteType E = SiteType::Existing;
  // No site has corporation as a value: only as a gate input, and here not at all; big's gate then fails as
  // Unknown, but small can still be scored, from walk and need alone.
  std::vector<SiteInput> sites = {
      site( E, { { "homes", 10 }, { "shared_space", 1 }, { "walk_min", 8 }, { "need", 20 } } ),
      site( E, { { "homes", 10 }, { "shared_space", 1 }, { "walk_min", 8 } } ),
      site( E,
            { { "homes", 10 }, { "shared_space", 1 }, { "need", std::nullopt }, { "walk_min", INFINITY } } ),
  };
  const SiteAssessment a = assessHousingSites( p, sites );
  ASSERT_EQ( a.error, "" );
  EXPECT_EQ( a.absentCriteria, ( std::vector<std::string>{ "corporation" } ) );
  // Site 0: (3·80 + 3·50) / 6 = 65; nothing missing: corporation is absent from the layer, not missing here.
  const ConceptResult &full = a.sites[0].concepts[1];
  EXPECT_NEAR( *full.score, 65, kTol );
  EXPECT_TRUE( full.missing.empty() );
  EXPECT_EQ( full.redistributedShare, 0 );
  // Site 1: need missing, its weight goes to walk: 80, half the score's weight redistributed.
  const ConceptResult &half = a.sites[1].concepts[1];
  EXPECT_NEAR( *half.score, 80, kTol );
  EXPECT_EQ( half.missing, ( std::vector<std::string>{ "need" } ) );
  EXPECT_NEAR( half.redistributedShare, 0.5, kTol );
  EXPECT_EQ( half.rank, 1 );
  // Site 2: nothing to score (an infinite value is missing too): eligible, no score, no rank.
  const ConceptResult &none = a.sites[2].concepts[1];
  EXPECT_TRUE( none.eligible );
  EXPECT_FALSE( none.score || none.rank );
  EXPECT_EQ( none.explanation.status, SiteStatus::Unscored );
  EXPECT_EQ( none.redistributedShare, 1 );
  EXPECT_EQ( none.missing, ( std::vector<std::string>{ "walk_min", "need" } ) );
  EXPECT_EQ( none.rankedInGroup, 0 );
  EXPECT_EQ( explainSiteInEnglish( p, 1, none ),
             "Small cluster: eligible, but none of its criteria has a value: no score." );
  EXPECT_EQ( a.sites[0].concepts[1].rankedInGroup, 2 );
  EXPECT_EQ( a.sites[0].concepts[1].rank, 2 );
}

TEST( HousingSites, TiesShareARankWithinTheirGroup )
{
  const SiteProfile p = fixtureProfile();
  const SiteType P = SiteType::Plot;
  auto plot = [&]( double walk, const std::string &group ) {
    return site( P, { { "units", 9 }, { "shared_space", 1 }, { "walk_min", walk } }, {}, group );
  };
  // Scores 100 (walk 5), 80 (8), 80, 40 (14) in GM0001; in GM0002 40 and 80, ranked on their own.
  // 0.1 + 0.2 differs from 0.3 in the last bit: the rounding to 1e-9 must still call them equal.
  const std::vector<SiteInput> sites = {
      plot( 8, "GM0001" ),
      plot( 14, "GM0001" ),
      plot( 5, "GM0001" ),
      plot( 14, "GM0002" ),
      plot( 8, "GM0001" ),
      plot( 8, "GM0002" ),
      plot( 20 - ( 0.1 + 0.2 ) * 10, "GM0003" ),
      plot( 20 - 0.3 * 10, "GM0003" ),
  };
  const SiteAssessment a = assessHousingSites( p, sites );
  ASSERT_EQ( a.error, "" );
  auto rankOf = [&a]( size_t s ) { return a.sites[s].concepts[1].rank.value_or( -1 ); };
  auto ofOf = [&a]( size_t s ) { return a.sites[s].concepts[1].rankedInGroup; };
  EXPECT_EQ( rankOf( 2 ), 1 );
  EXPECT_EQ( rankOf( 0 ), 2 );
  EXPECT_EQ( rankOf( 4 ), 2 );
  EXPECT_EQ( rankOf( 1 ), 4 );
  EXPECT_EQ( ofOf( 1 ), 4 );
  EXPECT_EQ( rankOf( 5 ), 1 );
  EXPECT_EQ( rankOf( 3 ), 2 );
  EXPECT_EQ( ofOf( 3 ), 2 );
  EXPECT_EQ( rankOf( 6 ), 1 );
  EXPECT_EQ( rankOf( 7 ), 1 );
}

TEST( HousingSites, UnknownInputIdsAreReportedAndIgnored )
{
  const SiteProfile p = fixtureProfile();
  std::vector<SiteInput> sites = fixtureSites();
  sites[0].values["bus_stop_min"] = 2;
  sites[1].values["shared_spaces"] = 1;
  sites[2].values["bus_stop_min"] = std::nullopt;
  const SiteAssessment a = assessHousingSites( p, sites );
  ASSERT_EQ( a.error, "" );
  EXPECT_EQ( a.unknownInputs, ( std::vector<std::string>{ "bus_stop_min", "shared_spaces" } ) );
  const SiteAssessment plain = assessHousingSites( p, fixtureSites() );
  for ( size_t s = 0; s < sites.size(); ++s )
    for ( size_t c = 0; c < p.concepts.size(); ++c )
    {
      EXPECT_EQ( a.sites[s].concepts[c].score, plain.sites[s].concepts[c].score );
      EXPECT_EQ( a.sites[s].concepts[c].rank, plain.sites[s].concepts[c].rank );
    }
}

TEST( HousingSites, ErrorsAndEmptyLayers )
{
  const SiteProfile p = fixtureProfile();
  // A layer with only corporation: big weighs nothing that the layer has (corporation weighs 0 in big).
  const SiteAssessment onlyOwner =
      assessHousingSites( p, { site( SiteType::Existing, { { "corporation", 1 }, { "homes", 100 } } ) } );
  EXPECT_EQ( onlyOwner.error,
             "none of the criteria with a weight above 0 for concept big is in the layer, so its "
             "weights sum to zero; give at least one of: walk_min, need" );
  EXPECT_TRUE( onlyOwner.sites.empty() );

  SiteProfile zero = p;
  for ( SiteCriterion &c : zero.criteria )
    c.conceptWeights["small"] = 0;
  EXPECT_EQ(
      assessHousingSites( zero, fixtureSites() ).error,
      "the housing sites profile cannot be used: no criterion has a weight above 0 for [concept small], so "
      "its sites cannot be ranked; give one \"weight = …\" or \"weight small = …\" above 0" );
  EXPECT_EQ(
      assessHousingSites( SiteProfile(), fixtureSites() ).error,
      "the housing sites profile cannot be used: the profile declares no [concept …]: there is nothing to "
      "assess the sites for (e.g. [concept thuisplusflat])" );

  const SiteAssessment empty = assessHousingSites( p, {} );
  EXPECT_EQ( empty.error, "" );
  EXPECT_TRUE( empty.sites.empty() );
}

TEST( HousingSites, DefaultProfileOnTypicalSites )
{
  const SiteProfile p = defaultSiteProfile();
  const SiteType E = SiteType::Existing, P = SiteType::Plot;
  const std::map<std::string, std::optional<double>> best = {
      { "need_dementia_500m", 30 }, { "need_alone_500m", 100 },
      { "supermarket_min", 5 },     { "gp_min", 5 },
      { "pharmacy_min", 5 },        { "meeting_place_min", 5 },
      { "step_free", 1 },           { "corporation", 1 },
      { "urgency_area", 60 } };
  auto with = [&best]( std::map<std::string, std::optional<double>> more )
  {
    std::map<std::string, std::optional<double>> v = best;
    for ( const auto &kv : more )
      v[kv.first] = kv.second;
    return v;
  };
  const std::vector<SiteInput> sites = {
      // An ideal senior complex: 100 in every concept that can use it.
      site( E, with( { { "homes", 96 }, { "shared_space", 1 } } ) ),
      // A vacant plot for 12 units near everything, but at 15 minutes from the GP: 15 minutes scores 100 (20
      // −
      // 15) / 15 = 33.3 and fails. Clustered: GP weighs 12 of 220, so 100 − 12 · 66.7 / 220 = 96.36.
      site(
          P,
          with(
              { { "units", 12 }, { "shared_space", 1 }, { "gp_min", 15 }, { "step_free", std::nullopt } } ) ),
  };
  const SiteAssessment a = assessHousingSites( p, sites );
  ASSERT_EQ( a.error, "" );
  for ( size_t c = 0; c < 3; ++c )
    EXPECT_NEAR( *a.sites[0].concepts[c].score, 100, kTol ) << c;
  EXPECT_FALSE( a.sites[1].concepts[0].eligible );
  // The plot has no step-free value: clustered redistributes its 22; wonen met een plus weighs it 0.
  const ConceptResult &clustered = a.sites[1].concepts[1];
  EXPECT_NEAR( *clustered.score, 100 - 12 * ( 200.0 / 3.0 ) / 198, kTol );
  EXPECT_NEAR( clustered.redistributedShare, 22.0 / 220, kTol );
  EXPECT_EQ( clustered.criteriaPassed, 7 );
  EXPECT_EQ( clustered.criteriaCounted, 8 );
  EXPECT_NEAR( *a.sites[1].concepts[2].score, 100 - 12 * ( 200.0 / 3.0 ) / 198, kTol );
  EXPECT_EQ( a.sites[1].concepts[2].redistributedShare, 0 );
  EXPECT_EQ( a.sites[1].concepts[1].rank, 2 );
  EXPECT_EQ(
      explainSiteInEnglish( p, 1, clustered ),
      "Clustered housing for older people: rank 2 of 2, score 96.0, 7 of 8 criteria passed. For: Walk to "
      "the nearest supermarket 5 min; People with dementia at home within 500 m walk 30 people. Against: "
      "Walk to the nearest GP 15 min (needs at most 10). No value for 1 criterion." );
}

// The header's promise: raising one input in its good direction never costs the site eligibility, score or
// rank in any concept, and leaves the other sites' scores alone.
TEST( HousingSites, ImprovingOneInputNeverHurtsTheSite )
{
  std::mt19937 rng( 20240611 );
  std::uniform_real_distribution<double> unit( 0.0, 1.0 );
  struct Range
  {
    std::string id;
    double hi;
  };
  const std::vector<std::pair<SiteProfile, std::vector<Range>>> setups = {
      { defaultSiteProfile(),
        { { "need_dementia_500m", 40 },
          { "need_alone_500m", 150 },
          { "supermarket_min", 30 },
          { "gp_min", 30 },
          { "pharmacy_min", 30 },
          { "meeting_place_min", 30 },
          { "step_free", 1 },
          { "corporation", 1 },
          { "urgency_area", 100 },
          { "homes", 200 },
          { "units", 20 },
          { "shared_space", 1 } } },
      { fixtureProfile(),
        { { "walk_min", 30 },
          { "need", 50 },
          { "corporation", 1 },
          { "homes", 200 },
          { "units", 20 },
          { "shared_space", 1 } } },
  };
  int checked = 0;
  for ( const auto &[profile, ranges] : setups )
    for ( int trial = 0; trial < 150; ++trial )
    {
      std::vector<SiteInput> sites( 25 );
      for ( SiteInput &s : sites )
      {
        s.type = static_cast<SiteType>( rng() % 3 );
        s.group = rng() % 2 ? "GM0001" : "GM0002";
        if ( unit( rng ) < 0.1 )
          s.exclusions = { "excluded" };
        for ( const Range &r : ranges )
          if ( unit( rng ) < 0.85 )
            // Whole numbers half of the time, so that ties and exact thresholds occur.
            s.values[r.id] = unit( rng ) < 0.5 ? std::round( unit( rng ) * r.hi ) : unit( rng ) * r.hi;
      }
      const size_t who = rng() % sites.size();
      const Range &r = ranges[rng() % ranges.size()];
      if ( !sites[who].values.count( r.id ) )
        continue;
      const SiteCriterion *crit = profile.findCriterion( r.id );
      const double direction = !crit || crit->higherIsBetter() ? 1.0 : -1.0;
      const SiteAssessment before = assessHousingSites( profile, sites );
      sites[who].values[r.id] = *sites[who].values[r.id] + direction * unit( rng ) * r.hi / 2;
      const SiteAssessment after = assessHousingSites( profile, sites );
      ASSERT_EQ( before.error, "" );
      ASSERT_EQ( after.error, "" );
      for ( size_t c = 0; c < profile.concepts.size(); ++c )
      {
        const ConceptResult &b = before.sites[who].concepts[c];
        const ConceptResult &a = after.sites[who].concepts[c];
        const std::string where =
            "trial " + std::to_string( trial ) + ", " + r.id + ", concept " + profile.concepts[c].id;
        EXPECT_TRUE( a.eligible || !b.eligible ) << where;
        if ( b.score )
        {
          ASSERT_TRUE( a.score ) << where;
          EXPECT_GE( *a.score, *b.score - kTol ) << where;
          EXPECT_LE( *a.rank, *b.rank ) << where;
        }
        for ( size_t s = 0; s < sites.size(); ++s )
        {
          if ( s == who )
            continue;
          EXPECT_EQ( after.sites[s].concepts[c].score, before.sites[s].concepts[c].score ) << where;
        }
        ++checked;
      }
    }
  EXPECT_GT( checked, 500 );
}
