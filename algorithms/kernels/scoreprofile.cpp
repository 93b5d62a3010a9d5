#include "scoreprofile.h"

#include "profileformat.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace dfn
{

namespace
{

constexpr std::string_view kKnownDomains[] = { "access", "comfort", "housing", "social" };

bool isKnownDomain( std::string_view id )
{
  for ( std::string_view d : kKnownDomains )
    if ( d == id )
      return true;
  return false;
}

//! The one rule on an indicator's norms, shared by the parser and validateScoreProfile().
std::string checkIndicatorNorms( const ProfileIndicator &ind )
{
  if ( ind.bad == ind.good )
    return "bad and good are both " + formatProfileNumber( ind.bad ) +
           "; they must differ (bad larger than good means lower values are better)";
  return {};
}

constexpr const char *kNothingToScore =
    "no indicator has a weight above 0 in a domain of the friendly score (access, comfort or housing) whose "
    "weight is above 0: there is nothing to score";

bool hasSomethingToScore( const ScoreProfile &p )
{
  for ( const ProfileIndicator &ind : p.indicators )
  {
    const ProfileDomain *d = p.domain( ind.domain );
    if ( ind.weight > 0 && d && d->weight > 0 && isFriendlinessDomain( ind.domain ) )
      return true;
  }
  return false;
}

//! A section being read: what it is, where it started, and which keys it had on which line.
struct OpenSection
{
  enum class Kind
  {
    None,
    Domain,
    Indicator
  };
  Kind kind = Kind::None;
  std::string name; //!< "[indicator access.gp_500m]"
  int line = 0;
  bool hasKey = false;
  ProfileFirstLines keyLines;
};

} // namespace

const ProfileDomain *ScoreProfile::domain( std::string_view id ) const
{
  return findProfileSection( domains, id );
}

const ProfileIndicator *ScoreProfile::indicator( std::string_view id ) const
{
  return findProfileSection( indicators, id );
}

bool isFriendlinessDomain( std::string_view domain )
{
  return domain == "access" || domain == "comfort" || domain == "housing";
}

bool isNeedDomain( std::string_view domain )
{
  return domain == "social";
}

ProfileParse parseScoreProfile( std::string_view text )
{
  ProfileParse result;
  auto fail = [&result]( int line, const std::string &message )
  {
    result.profile = {};
    result.error = atProfileLine( line, message );
    return result;
  };

  ScoreProfile &p = result.profile;
  ProfileFirstLines sectionLines; // "[domain access]" -> line, for duplicates
  std::vector<int> indicatorLines;
  OpenSection open;

  // Checks that need the whole section: required keys and bad != good.
  auto closeSection = [&]() -> std::string
  {
    if ( open.kind != OpenSection::Kind::Indicator )
      return {};
    ProfileIndicator &ind = p.indicators.back();
    for ( const char *key : { "weight", "bad", "good" } )
      if ( !open.keyLines.has( key ) )
        return atProfileLine( open.line, open.name + " lacks \"" + key + " = …\"" );
    if ( ind.label.empty() )
      ind.label = ind.id;
    const std::string norms = checkIndicatorNorms( ind );
    if ( !norms.empty() )
      return atProfileLine( std::max( open.keyLines.lineOf( "bad" ), open.keyLines.lineOf( "good" ) ),
                            norms + " in " + open.name );
    return {};
  };

  ProfileLineReader reader( text );
  ProfileLine line;
  while ( reader.next( line ) )
  {
    const int lineNo = line.number;
    if ( line.isSection )
    {
      if ( const std::string problem = closeSection(); !problem.empty() )
        return fail( 0, problem );
      const std::string &kind = line.kind;
      const std::string &name = line.name;
      if ( kind != "domain" && kind != "indicator" )
        return fail( lineNo, "unknown section kind " + quotedForMessage( kind ) + " in " +
                                 quotedForMessage( line.text ) + " (expected [domain …] or [indicator …])" );
      if ( name.empty() )
        return fail( lineNo, "[" + kind + "] needs a name, e.g. " +
                                 ( kind == "domain" ? "[domain access]" : "[indicator access.gp_500m]" ) );
      const std::string section = profileSectionName( kind, name );
      if ( kind == "domain" )
      {
        if ( !isKnownDomain( name ) )
          return fail( lineNo, "unknown domain " + quotedForMessage( name ) + " in " +
                                   quotedForMessage( line.text ) +
                                   " (known: access, comfort, housing, social)" );
      }
      else
      {
        const size_t dot = name.find( '.' );
        if ( dot == std::string::npos || !isProfileIdPart( name.substr( 0, dot ) ) ||
             !isProfileIdPart( name.substr( dot + 1 ) ) )
          return fail( lineNo, "indicator id " + quotedForMessage( name ) +
                                   " must read domain.name, e.g. access.gp_500m (letters, digits and _, "
                                   "starting with a letter)" );
      }
      if ( const int earlier = sectionLines.record( section, lineNo ) )
        return fail( lineNo, duplicateSectionMessage( section, earlier ) );
      open = OpenSection();
      open.name = section;
      open.line = lineNo;
      if ( kind == "domain" )
      {
        open.kind = OpenSection::Kind::Domain;
        p.domains.push_back( { name, 1.0 } );
      }
      else
      {
        open.kind = OpenSection::Kind::Indicator;
        ProfileIndicator ind;
        ind.domain = name.substr( 0, name.find( '.' ) );
        ind.id = name;
        p.indicators.push_back( ind );
        indicatorLines.push_back( lineNo );
      }
      continue;
    }

    const std::string &key = line.key;
    const std::string_view value = line.value;
    if ( open.kind == OpenSection::Kind::None )
      return fail( lineNo, quotedForMessage( line.text ) +
                               " comes before the first [domain …] or [indicator …] section" );
    const bool isDomain = open.kind == OpenSection::Kind::Domain;
    const bool known =
        isDomain ? key == "weight"
                 : ( key == "weight" || key == "bad" || key == "good" || key == "label" || key == "unit" );
    if ( !known )
      return fail( lineNo, "unknown key " + quotedForMessage( key ) + " in " + open.name + " (known: " +
                               ( isDomain ? "weight" : "label, unit, weight, bad, good" ) + ")" );
    if ( !isDomain && !open.hasKey )
      p.indicators.back().note = line.commentAbove; // the comment between the header and its first key
    open.hasKey = true;
    if ( const int earlier = open.keyLines.record( key, lineNo ) )
      return fail( lineNo, duplicateKeyMessage( key, open.name, earlier ) );

    if ( key == "label" || key == "unit" )
    {
      ( key == "label" ? p.indicators.back().label : p.indicators.back().unit ) = std::string( value );
      continue;
    }
    const std::optional<double> number = parseProfileNumber( value );
    if ( !number )
      return fail( lineNo, key + " = " + quotedForMessage( value ) + " is not a number in " + open.name );
    if ( key == "weight" )
    {
      if ( const std::string range = checkProfileWeight( *number ); !range.empty() )
        return fail( lineNo, range + " in " + open.name );
      ( isDomain ? p.domains.back().weight : p.indicators.back().weight ) = *number;
    }
    else if ( const std::string range = checkProfileValue( key, *number ); !range.empty() )
      return fail( lineNo, range + " in " + open.name );
    else if ( key == "bad" )
      p.indicators.back().bad = *number;
    else
      p.indicators.back().good = *number;
  }
  if ( !reader.error().empty() )
    return fail( 0, reader.error() );
  if ( const std::string problem = closeSection(); !problem.empty() )
    return fail( 0, problem );

  for ( size_t i = 0; i < p.indicators.size(); ++i )
    if ( !p.domain( p.indicators[i].domain ) )
      return fail( indicatorLines[i], profileSectionName( "indicator", p.indicators[i].id ) +
                                          " belongs to domain \"" + p.indicators[i].domain +
                                          "\", which the profile does not declare" +
                                          ( isKnownDomain( p.indicators[i].domain )
                                                ? " (add [domain " + p.indicators[i].domain + "])"
                                                : " (known domains: access, comfort, housing, social)" ) );
  if ( !hasSomethingToScore( p ) )
    return fail( 0, kNothingToScore );
  return result;
}

std::string validateScoreProfile( const ScoreProfile &p )
{
  std::map<std::string, int> seen;
  for ( const ProfileDomain &d : p.domains )
  {
    if ( !isKnownDomain( d.id ) )
      return "unknown domain " + quotedForMessage( d.id ) + " (known: access, comfort, housing, social)";
    if ( seen[d.id]++ )
      return "duplicate section " + profileSectionName( "domain", d.id );
    if ( const std::string range = checkProfileWeight( d.weight ); !range.empty() )
      return range + " in " + profileSectionName( "domain", d.id );
  }
  for ( const ProfileIndicator &ind : p.indicators )
  {
    const std::string section = profileSectionName( "indicator", ind.id );
    const size_t dot = ind.id.find( '.' );
    if ( dot == std::string::npos || !isProfileIdPart( ind.id.substr( 0, dot ) ) ||
         !isProfileIdPart( ind.id.substr( dot + 1 ) ) )
      return "indicator id " + quotedForMessage( ind.id ) + " must read domain.name, e.g. access.gp_500m";
    if ( ind.id.substr( 0, dot ) != ind.domain )
      return section + " has domain " + quotedForMessage( ind.domain ) + ", not the prefix of its id";
    if ( seen[section]++ )
      return "duplicate section " + section;
    if ( !p.domain( ind.domain ) )
      return section + " belongs to domain \"" + ind.domain + "\", which the profile does not declare";
    if ( const std::string range = checkProfileWeight( ind.weight ); !range.empty() )
      return range + " in " + section;
    for ( const auto &[key, value] : { std::pair{ "bad", ind.bad }, std::pair{ "good", ind.good } } )
      if ( const std::string range = checkProfileValue( key, value ); !range.empty() )
        return range + " in " + section;
    if ( const std::string norms = checkIndicatorNorms( ind ); !norms.empty() )
      return norms + " in " + section;
    for ( const std::string *text : { &ind.label, &ind.unit } )
      if ( !isProfileValueText( *text ) )
        return "the label and unit of " + section +
               " must be UTF-8 on one line, without \"#\" and without spaces around them";
  }
  if ( !hasSomethingToScore( p ) )
    return kNothingToScore;
  return {};
}

std::string writeScoreProfile( const ScoreProfile &p, const std::string &comment )
{
  std::string out = profileCommentBlock( comment );
  for ( const ProfileDomain &d : p.domains )
    out += profileSectionName( "domain", d.id ) + "\nweight = " + formatProfileNumber( d.weight ) + "\n\n";
  for ( const ProfileIndicator &ind : p.indicators )
  {
    out += profileSectionName( "indicator", ind.id ) + "\n";
    // An empty label is left out; the parser then gives the indicator its id as label.
    if ( !ind.label.empty() )
      out += "label = " + ind.label + "\n";
    if ( !ind.unit.empty() )
      out += "unit = " + ind.unit + "\n";
    out += "weight = " + formatProfileNumber( ind.weight ) + "\nbad = " + formatProfileNumber( ind.bad ) +
           "\ngood = " + formatProfileNumber( ind.good ) + "\n\n";
  }
  if ( out.size() >= 2 && out.compare( out.size() - 2, 2, "\n\n" ) == 0 )
    out.pop_back();
  return out;
}

ScoreProfile defaultScoreProfile()
{
  return parseScoreProfile( defaultScoreProfileText() ).profile;
}

// The default profile. profiles/default.dfprofile must be byte for byte this text (a kernel test compares
// them and can rewrite the file: see test_scoreprofile.cpp).
const std::string &defaultScoreProfileText()
{
  static const std::string text = R"dfprofile(# Dementia-friendly neighbourhood score: the default profile.
#
# Copy this file, change what your municipality sees differently and choose the copy in the algorithm
# "Dementia-friendly neighbourhood score". Any text editor will do (Notepad is fine); save the file as UTF-8.
#
# How the score works
#   Each indicator gets a sub-score from 0 to 100: 0 at the value "bad", 100 at the value "good" and a
#   straight line in between; values beyond bad or good count as bad or good. When bad is larger than good,
#   lower values are better (walking minutes). When the algorithm ranks the buurten instead of applying
#   these norms, only the direction from bad to good counts.
#   A domain score is the weighted mean of its indicators. The friendly score is the weighted mean of the
#   domains access, comfort and housing. An indicator without a value in a buurt is left out there and its
#   weight goes to the other indicators.
#   The domain social is different: its score is NEED, not friendliness, so there "good" is the value of
#   high need. It adjusts the need score (people with dementia at home and older people living alone per
#   km²) and never enters the friendly score.
#
# How to write it
#   # starts a comment, anywhere on a line. Blank lines do not matter.
#   [domain NAME]            NAME is access, comfort, housing or social
#   weight = 1               weight among the domains (0 switches the domain off)
#   [indicator DOMAIN.NAME]  the algorithm fills in the indicators named below; keep their names
#   label = ...              text in the output (the plugin translates the labels of these indicators)
#   unit = ...
#   weight = ...             weight among the indicators of the domain (0 switches the indicator off)
#   bad = ...                value with sub-score 0
#   good = ...               value with sub-score 100
#   Numbers: 2.5 or 2,5; no thousands separators.
#
# "judgement" below means: a reasoned default, not a published norm. Set your own where you know better.

[domain access]
# Daily services within walking distance.
weight = 1

[domain comfort]
# A walk that a person with dementia can manage and enjoy (Neighbourhoods for Life, Mitchell & Burton).
weight = 1

[domain housing]
# Homes to grow old in, and partners to build them with.
weight = 1

[domain social]
# Need, not friendliness. The weight is that of the social score against the density of people with
# dementia at home and older people living alone (which weighs 1): 1 takes the mean of the two.
weight = 1

# Access, share of homes within 500 m walk. Weights: visits per year (Geroscoop). 500 m is the
# dementia-friendly core for daily services; 90 % good and 20 % bad are judgement.

[indicator access.supermarket_500m]
# Weight: Geroscoop (52 visits a year). Norm: 500 m core; 20 / 90 % judgement.
label = Homes within 500 m of a supermarket
unit = %
weight = 52
bad = 20
good = 90

[indicator access.gp_500m]
# Weight: Geroscoop (12). Norm: 500 m core; 20 / 90 % judgement.
label = Homes within 500 m of a GP
unit = %
weight = 12
bad = 20
good = 90

[indicator access.pharmacy_500m]
# Weight: Geroscoop (12). Norm: 500 m core; 20 / 90 % judgement.
label = Homes within 500 m of a pharmacy
unit = %
weight = 12
bad = 20
good = 90

[indicator access.meeting_place_500m]
# Weight: Geroscoop (12); with the supermarket the service that matters most for living at home with
# limitations (RIGO 2014). Norm: 500 m core; 20 / 90 % judgement.
label = Homes within 500 m of a meeting place
unit = %
weight = 12
bad = 20
good = 90

[indicator access.bus_stop_500m]
# Weight: judgement, as the least visited Geroscoop service (physiotherapist, 6). Norm: 500 m core;
# 20 / 90 % judgement.
label = Homes within 500 m of a bus stop
unit = %
weight = 6
bad = 20
good = 90

[indicator access.park_500m]
# Weight: judgement, as the least visited Geroscoop service (physiotherapist, 6). Norm: 500 m core;
# 20 / 90 % judgement.
label = Homes within 500 m of a park
unit = %
weight = 6
bad = 20
good = 90

# Access, median walking time from the homes, at 0.8 m/s (older adults). Weights: half of the 500 m
# shares. 5 minutes (240 m) good: services within 5-10 minutes' walk (Mitchell & Burton); 20 minutes
# (960 m, beyond the 800 m outer ring of a woonservicezone) bad: judgement.

[indicator access.supermarket_median_min]
# Weight: half of 52. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a supermarket
unit = min
weight = 26
bad = 20
good = 5

[indicator access.gp_median_min]
# Weight: half of 12. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a GP
unit = min
weight = 6
bad = 20
good = 5

[indicator access.pharmacy_median_min]
# Weight: half of 12. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a pharmacy
unit = min
weight = 6
bad = 20
good = 5

[indicator access.meeting_place_median_min]
# Weight: half of 12. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a meeting place
unit = min
weight = 6
bad = 20
good = 5

[indicator access.bus_stop_median_min]
# Weight: half of 6. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a bus stop
unit = min
weight = 3
bad = 20
good = 5

[indicator access.park_median_min]
# Weight: half of 6. Norm: 5 min (Mitchell & Burton) / 20 min judgement.
label = Median walk to a park
unit = min
weight = 3
bad = 20
good = 5

# Comfort: the four weigh the same (judgement).

[indicator comfort.benches_per_km]
# Seating on the way (Mitchell & Burton: comfortable). Norm: a bench every 250 m is good; judgement.
label = Benches per km of walkable street
unit = per km
weight = 1
bad = 0
good = 4

[indicator comfort.toilets_within_reach]
# Public toilets (Mitchell & Burton: comfortable). Norm: judgement; many buurten have none within reach.
label = Homes within 500 m of a public toilet
unit = %
weight = 1
bad = 0
good = 60

[indicator comfort.legible_junctions]
# T- and forked junctions rather than crossroads (Mitchell & Burton: legible), among junctions of three or
# more streets. Norm: 40 / 85 % judgement.
label = T- and forked junctions among street junctions
unit = %
weight = 1
bad = 40
good = 85

[indicator comfort.landmarks_per_km2]
# Landmarks at decision points (Mitchell & Burton: distinctive). Norm: 10 per km² judgement.
label = Landmarks per km²
unit = per km²
weight = 1
bad = 0
good = 10

# Housing.

[indicator housing.step_free]
# Step-free homes (nultredenwoningen, programme Wonen en Zorg voor Ouderen) decide whether someone can stay
# at home: weight 2, judgement. Norm: 20 / 80 % judgement.
label = Homes step-free or with a lift
unit = %
weight = 2
bad = 20
good = 80

[indicator housing.corporation]
# Housing corporations are the partners for caring communities (Thuisplusflat, Lang Leven Thuisflat):
# weight 1, judgement. Norm: 5 / 40 % judgement.
label = Homes owned by housing corporations
unit = %
weight = 1
bad = 5
good = 40

# Social: NEED. Here "good" is the value of high need (sub-score 100) and "bad" that of low need (0). The
# four weigh the same (judgement).

[indicator social.single_households]
# CBS share of single-person households. Norm: judgement around the Dutch share of about 39 % (check).
label = Single-person households
unit = %
weight = 1
bad = 20
good = 60

[indicator social.widowed]
# CBS share of widowed residents. Norm: judgement (check against your municipality's spread).
label = Widowed residents
unit = %
weight = 1
bad = 2
good = 15

[indicator social.lonely]
# Share of adults who feel severely or very severely lonely (GGD Gezondheidsmonitor). Norm: judgement
# (check against the monitor's spread).
label = Adults who feel severely lonely
unit = %
weight = 1
bad = 5
good = 20

[indicator social.wmo_clients]
# Wmo clients per 1,000 inhabitants (CBS Kerncijfers wijken en buurten). Norm: judgement (check against your
# municipality's spread).
label = Wmo clients per 1,000 inhabitants
unit = per 1,000
weight = 1
bad = 20
good = 100
)dfprofile";
  return text;
}

} // namespace dfn
