#include "siteprofile.h"

#include "profileformat.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace dfn
{

namespace
{

constexpr const char *kConceptKeys =
    "label, sites, min_homes, min_units, needs_corporation, needs_shared_space";
constexpr const char *kCriterionKeys = "label, unit, pass, bad, good, weight, weight CONCEPT";

std::optional<bool> parseYesNo( std::string_view text )
{
  const std::string s = lowerAscii( text );
  if ( s == "yes" || s == "ja" || s == "true" || s == "1" )
    return true;
  if ( s == "no" || s == "nee" || s == "false" || s == "0" )
    return false;
  return std::nullopt;
}

//! "existing, plot" -> both; empty when a word is neither or there is none.
std::optional<std::pair<bool, bool>> parseSites( std::string_view text )
{
  bool existing = false, plot = false, any = false;
  size_t pos = 0;
  while ( pos < text.size() )
  {
    const size_t end = text.find_first_of( ", \t", pos );
    const std::string word =
        lowerAscii( text.substr( pos, end == std::string_view::npos ? end : end - pos ) );
    pos = end == std::string_view::npos ? text.size() : end + 1;
    if ( word.empty() )
      continue;
    if ( word == "existing" )
      existing = true;
    else if ( word == "plot" )
      plot = true;
    else
      return std::nullopt;
    any = true;
  }
  if ( !any )
    return std::nullopt;
  return std::make_pair( existing, plot );
}

std::string sitesText( const SiteConcept &c )
{
  return c.onExisting && c.onPlot ? "existing, plot" : c.onExisting ? "existing" : "plot";
}

//! "at least 10" -> (+1, 10); "<= 10" -> (−1, 10). Empty when it is not one of the accepted forms.
std::optional<std::pair<int, double>> parsePass( std::string_view text )
{
  struct Form
  {
    std::string_view prefix;
    int direction;
  };
  static constexpr Form kForms[] = { { "at least", 1 }, { "at most", -1 }, { ">=", 1 },
                                     { "<=", -1 },      { "≥", 1 },        { "≤", -1 } };
  const std::string lower = lowerAscii( text );
  for ( const Form &f : kForms )
    if ( lower.compare( 0, f.prefix.size(), f.prefix ) == 0 )
    {
      const std::optional<double> v =
          parseProfileNumber( trimProfileSpaces( text.substr( f.prefix.size() ) ) );
      if ( !v )
        return std::nullopt;
      return std::make_pair( f.direction, *v );
    }
  return std::nullopt;
}

std::string passText( const SiteCriterion &c )
{
  return ( c.higherIsBetter() ? "at least " : "at most " ) + formatProfileNumber( c.pass );
}

//! The one rule on a criterion's norms, shared by the parser and validateSiteProfile().
std::string checkCriterionNorms( const SiteCriterion &c )
{
  if ( c.bad == c.good )
    return "bad and good are both " + formatProfileNumber( c.bad ) +
           "; they must differ (bad larger than good means lower values are better)";
  return {};
}

//! The concepts none of whose criteria weigh anything: nothing to rank their sites by.
std::string checkSomethingToRank( const SiteProfile &p, size_t conceptIndex )
{
  const std::string &id = p.concepts[conceptIndex].id;
  for ( const SiteCriterion &c : p.criteria )
    if ( c.weightFor( id ) > 0 )
      return {};
  return "no criterion has a weight above 0 for " + profileSectionName( "concept", id ) +
         ", so its sites cannot be ranked; give one \"weight = …\" or \"weight " + id + " = …\" above 0";
}

constexpr const char *kNoConcept =
    "the profile declares no [concept …]: there is nothing to assess the sites for (e.g. [concept "
    "thuisplusflat])";

std::string declaredConcepts( const SiteProfile &p )
{
  std::string out;
  for ( const SiteConcept &c : p.concepts )
    out += ( out.empty() ? "" : ", " ) + c.id;
  return out.empty() ? "none" : out;
}

struct OpenSection
{
  enum class Kind
  {
    None,
    Concept,
    Criterion
  };
  Kind kind = Kind::None;
  std::string name; //!< "[criterion gp_min]"
  int line = 0;
  ProfileFirstLines keyLines;
  int passDirection = 0; //!< as written: +1 at least, −1 at most
};

//! A "weight CONCEPT" line, checked against the concepts once the whole file is read.
struct ConceptWeightLine
{
  int line;
  std::string criterion;
  std::string concept_;
};

} // namespace

double SiteCriterion::weightFor( const std::string &conceptId ) const
{
  const auto it = conceptWeights.find( conceptId );
  return it == conceptWeights.end() ? weight : it->second;
}

const SiteConcept *SiteProfile::findConcept( std::string_view id ) const
{
  return findProfileSection( concepts, id );
}

const SiteCriterion *SiteProfile::findCriterion( std::string_view id ) const
{
  return findProfileSection( criteria, id );
}

SiteProfileParse parseSiteProfile( std::string_view text )
{
  SiteProfileParse result;
  auto fail = [&result]( int line, const std::string &message )
  {
    result.profile = {};
    result.error = atProfileLine( line, message );
    return result;
  };

  SiteProfile &p = result.profile;
  ProfileFirstLines sectionLines;
  std::vector<int> conceptLines;
  std::vector<ConceptWeightLine> conceptWeightLines;
  OpenSection open;

  // Checks that need the whole section: required keys, bad != good, the direction of pass.
  auto closeSection = [&]() -> std::string
  {
    if ( open.kind == OpenSection::Kind::Concept )
    {
      if ( p.concepts.back().label.empty() )
        p.concepts.back().label = p.concepts.back().id;
      return {};
    }
    if ( open.kind != OpenSection::Kind::Criterion )
      return {};
    SiteCriterion &c = p.criteria.back();
    for ( const char *key : { "pass", "bad", "good", "weight" } )
      if ( !open.keyLines.has( key ) )
        return atProfileLine( open.line, open.name + " lacks \"" + key + " = …\"" );
    if ( c.label.empty() )
      c.label = c.id;
    const std::string norms = checkCriterionNorms( c );
    if ( !norms.empty() )
      return atProfileLine( std::max( open.keyLines.lineOf( "bad" ), open.keyLines.lineOf( "good" ) ),
                            norms + " in " + open.name );
    if ( ( open.passDirection > 0 ) != c.higherIsBetter() )
      return atProfileLine( open.keyLines.lineOf( "pass" ),
                            "pass = " + std::string( open.passDirection > 0 ? "at least " : "at most " ) +
                                formatProfileNumber( c.pass ) +
                                " contradicts bad = " + formatProfileNumber( c.bad ) +
                                " and good = " + formatProfileNumber( c.good ) + ", which say " +
                                ( c.higherIsBetter() ? "higher" : "lower" ) + " values are better, in " +
                                open.name + "; write \"pass = " + passText( c ) + "\" or swap bad and good" );
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
      if ( kind == "domain" || kind == "indicator" )
        return fail( lineNo, quotedForMessage( line.text ) +
                                 " belongs in a neighbourhood score profile (.dfprofile); a housing sites "
                                 "profile (.dfsites) has [concept …] and [criterion …] sections" );
      if ( kind != "concept" && kind != "criterion" )
        return fail( lineNo, "unknown section kind " + quotedForMessage( kind ) + " in " +
                                 quotedForMessage( line.text ) + " (expected [concept …] or [criterion …])" );
      if ( name.empty() )
        return fail( lineNo,
                     "[" + kind + "] needs a name, e.g. " +
                         ( kind == "concept" ? "[concept thuisplusflat]" : "[criterion supermarket_min]" ) );
      if ( !isProfileIdPart( name ) )
        return fail(
            lineNo, kind + " id " + quotedForMessage( name ) +
                        " must be letters, digits and _, starting with a letter" +
                        ( kind == "criterion" && name.find( '.' ) != std::string::npos
                              ? " (for a weight in one concept write \"weight CONCEPT = …\" in the criterion)"
                              : "" ) );
      const std::string section = profileSectionName( kind, name );
      if ( const int earlier = sectionLines.record( section, lineNo ) )
        return fail( lineNo, duplicateSectionMessage( section, earlier ) );
      open = OpenSection();
      open.name = section;
      open.line = lineNo;
      if ( kind == "concept" )
      {
        open.kind = OpenSection::Kind::Concept;
        SiteConcept c;
        c.id = name;
        p.concepts.push_back( c );
        conceptLines.push_back( lineNo );
      }
      else
      {
        open.kind = OpenSection::Kind::Criterion;
        SiteCriterion c;
        c.id = name;
        p.criteria.push_back( c );
      }
      continue;
    }

    std::string key = line.key;
    const std::string_view value = line.value;
    if ( open.kind == OpenSection::Kind::None )
      return fail( lineNo, quotedForMessage( line.text ) +
                               " comes before the first [concept …] or [criterion …] section" );
    const bool isConcept = open.kind == OpenSection::Kind::Concept;

    // "weight   Clustered" is the key "weight clustered": one space, so that duplicates are found.
    std::string weightConcept;
    if ( !isConcept && key.compare( 0, 6, "weight" ) == 0 && key.size() > 6 &&
         ( key[6] == ' ' || key[6] == '\t' ) )
    {
      weightConcept = std::string( trimProfileSpaces( std::string_view( key ).substr( 6 ) ) );
      if ( !isProfileIdPart( weightConcept ) )
        return fail( lineNo, "\"" + key + "\" in " + open.name +
                                 " must name a concept after \"weight\", e.g. \"weight clustered = 0\"" );
      key = "weight " + weightConcept;
    }
    const bool known = isConcept
                           ? ( key == "label" || key == "sites" || key == "min_homes" || key == "min_units" ||
                               key == "needs_corporation" || key == "needs_shared_space" )
                           : ( !weightConcept.empty() || key == "label" || key == "unit" || key == "pass" ||
                               key == "bad" || key == "good" || key == "weight" );
    if ( !known )
      return fail( lineNo, "unknown key " + quotedForMessage( key ) + " in " + open.name +
                               " (known: " + ( isConcept ? kConceptKeys : kCriterionKeys ) + ")" );
    if ( const int earlier = open.keyLines.record( key, lineNo ) )
      return fail( lineNo, duplicateKeyMessage( key, open.name, earlier ) );

    if ( isConcept )
    {
      SiteConcept &c = p.concepts.back();
      if ( key == "label" )
        c.label = std::string( value );
      else if ( key == "sites" )
      {
        const auto sites = parseSites( value );
        if ( !sites )
          return fail( lineNo, "sites = " + quotedForMessage( value ) + " in " + open.name +
                                   " must list existing, plot or both (\"existing, plot\")" );
        c.onExisting = sites->first;
        c.onPlot = sites->second;
      }
      else if ( key == "min_homes" || key == "min_units" )
      {
        const std::optional<double> number = parseProfileNumber( value );
        if ( !number )
          return fail( lineNo, key + " = " + quotedForMessage( value ) + " is not a number in " + open.name );
        if ( *number < 0 )
          return fail( lineNo, key + " must be 0 or more, got " + formatProfileNumber( *number ) + " in " +
                                   open.name );
        if ( const std::string range = checkProfileValue( key, *number ); !range.empty() )
          return fail( lineNo, range + " in " + open.name );
        ( key == "min_homes" ? c.minHomes : c.minUnits ) = *number;
      }
      else
      {
        const std::optional<bool> yes = parseYesNo( value );
        if ( !yes )
          return fail( lineNo,
                       key + " = " + quotedForMessage( value ) + " must be yes or no in " + open.name );
        ( key == "needs_corporation" ? c.needsCorporation : c.needsSharedSpace ) = *yes;
      }
      continue;
    }

    SiteCriterion &c = p.criteria.back();
    if ( key == "label" || key == "unit" )
    {
      ( key == "label" ? c.label : c.unit ) = std::string( value );
      continue;
    }
    if ( key == "pass" )
    {
      const auto pass = parsePass( value );
      if ( !pass )
        return fail( lineNo, "pass = " + quotedForMessage( value ) + " in " + open.name +
                                 " must read \"at least NUMBER\" or \"at most NUMBER\"" );
      if ( const std::string range = checkProfileValue( key, pass->second ); !range.empty() )
        return fail( lineNo, range + " in " + open.name );
      open.passDirection = pass->first;
      c.pass = pass->second;
      continue;
    }
    const std::optional<double> number = parseProfileNumber( value );
    if ( !number )
      return fail( lineNo, key + " = " + quotedForMessage( value ) + " is not a number in " + open.name );
    if ( key == "bad" || key == "good" )
    {
      if ( const std::string range = checkProfileValue( key, *number ); !range.empty() )
        return fail( lineNo, range + " in " + open.name );
      ( key == "bad" ? c.bad : c.good ) = *number;
    }
    else
    {
      if ( const std::string range = checkProfileWeight( *number ); !range.empty() )
        return fail( lineNo, range + " in " + open.name );
      if ( weightConcept.empty() )
        c.weight = *number;
      else
      {
        c.conceptWeights[weightConcept] = *number;
        conceptWeightLines.push_back( { lineNo, c.id, weightConcept } );
      }
    }
  }
  if ( !reader.error().empty() )
    return fail( 0, reader.error() );
  if ( const std::string problem = closeSection(); !problem.empty() )
    return fail( 0, problem );

  for ( const ConceptWeightLine &w : conceptWeightLines )
    if ( !p.findConcept( w.concept_ ) )
      return fail( w.line,
                   "\"weight " + w.concept_ + "\" in " + profileSectionName( "criterion", w.criterion ) +
                       " names concept \"" + w.concept_ +
                       "\", which the profile does not declare (declared: " + declaredConcepts( p ) + ")" );
  if ( p.concepts.empty() )
    return fail( 0, kNoConcept );
  for ( size_t i = 0; i < p.concepts.size(); ++i )
    if ( const std::string problem = checkSomethingToRank( p, i ); !problem.empty() )
      return fail( conceptLines[i], problem );
  return result;
}

std::string validateSiteProfile( const SiteProfile &p )
{
  std::set<std::string> seen;
  for ( const SiteConcept &c : p.concepts )
  {
    const std::string section = profileSectionName( "concept", c.id );
    if ( !isProfileIdPart( c.id ) )
      return "concept id " + quotedForMessage( c.id ) +
             " must be letters, digits and _, starting with a letter";
    if ( !seen.insert( section ).second )
      return "duplicate section " + section;
    if ( !c.onExisting && !c.onPlot )
      return section + " can use no site: give it existing, plot or both";
    for ( const double minimum : { c.minHomes, c.minUnits } )
    {
      if ( !std::isfinite( minimum ) || minimum < 0 )
        return "min_homes and min_units must be 0 or more in " + section;
      if ( minimum > MaxProfileNumber )
        return "min_homes and min_units must be at most 1e9 in " + section;
    }
    if ( !isProfileValueText( c.label ) )
      return "the label of " + section +
             " must be UTF-8 on one line, without \"#\" and without spaces around it";
  }
  for ( const SiteCriterion &c : p.criteria )
  {
    const std::string section = profileSectionName( "criterion", c.id );
    if ( !isProfileIdPart( c.id ) )
      return "criterion id " + quotedForMessage( c.id ) +
             " must be letters, digits and _, starting with a letter";
    if ( !seen.insert( section ).second )
      return "duplicate section " + section;
    if ( const std::string range = checkProfileWeight( c.weight ); !range.empty() )
      return range + " in " + section;
    for ( const auto &[conceptId, weight] : c.conceptWeights )
    {
      if ( !p.findConcept( conceptId ) )
        return "\"weight " + conceptId + "\" in " + section + " names concept \"" + conceptId +
               "\", which the profile does not declare";
      if ( const std::string range = checkProfileWeight( weight ); !range.empty() )
        return range + " in " + section + " for concept " + conceptId;
    }
    if ( !std::isfinite( c.bad ) || !std::isfinite( c.good ) || !std::isfinite( c.pass ) )
      return "pass, bad and good must be finite numbers in " + section;
    for ( const auto &[key, value] :
          { std::pair{ "pass", c.pass }, std::pair{ "bad", c.bad }, std::pair{ "good", c.good } } )
      if ( const std::string range = checkProfileValue( key, value ); !range.empty() )
        return range + " in " + section;
    if ( const std::string norms = checkCriterionNorms( c ); !norms.empty() )
      return norms + " in " + section;
    for ( const std::string *text : { &c.label, &c.unit } )
      if ( !isProfileValueText( *text ) )
        return "the label and unit of " + section +
               " must be UTF-8 on one line, without \"#\" and without spaces around them";
  }
  if ( p.concepts.empty() )
    return kNoConcept;
  for ( size_t i = 0; i < p.concepts.size(); ++i )
    if ( const std::string problem = checkSomethingToRank( p, i ); !problem.empty() )
      return problem;
  return {};
}

std::string writeSiteProfile( const SiteProfile &p, const std::string &comment )
{
  std::string out = profileCommentBlock( comment );
  for ( const SiteConcept &c : p.concepts )
  {
    out += profileSectionName( "concept", c.id ) + "\n";
    if ( !c.label.empty() )
      out += "label = " + c.label + "\n";
    out += "sites = " + sitesText( c ) + "\nmin_homes = " + formatProfileNumber( c.minHomes ) +
           "\nmin_units = " + formatProfileNumber( c.minUnits ) +
           "\nneeds_corporation = " + ( c.needsCorporation ? "yes" : "no" ) +
           "\nneeds_shared_space = " + ( c.needsSharedSpace ? "yes" : "no" ) + "\n\n";
  }
  for ( const SiteCriterion &c : p.criteria )
  {
    out += profileSectionName( "criterion", c.id ) + "\n";
    // An empty label is left out; the parser then gives the criterion its id as label.
    if ( !c.label.empty() )
      out += "label = " + c.label + "\n";
    if ( !c.unit.empty() )
      out += "unit = " + c.unit + "\n";
    out += "pass = " + passText( c ) + "\nbad = " + formatProfileNumber( c.bad ) +
           "\ngood = " + formatProfileNumber( c.good ) + "\nweight = " + formatProfileNumber( c.weight ) +
           "\n";
    // In the profile's concept order, which is how a reader scans them; the map's order is alphabetical.
    for ( const SiteConcept &concept_ : p.concepts )
      if ( const auto it = c.conceptWeights.find( concept_.id ); it != c.conceptWeights.end() )
        out += "weight " + concept_.id + " = " + formatProfileNumber( it->second ) + "\n";
    out += "\n";
  }
  if ( out.size() >= 2 && out.compare( out.size() - 2, 2, "\n\n" ) == 0 )
    out.pop_back();
  return out;
}

SiteProfile defaultSiteProfile()
{
  return parseSiteProfile( defaultSiteProfileText() ).profile;
}

// The default profile. profiles/housing.dfsites must be byte for byte this text (a kernel test compares them
// and can rewrite the file: see test_siteprofile.cpp).
const std::string &defaultSiteProfileText()
{
  static const std::string text = R"dfsites(# Housing opportunity sites: the default profile.
#
# Copy this file, change what your municipality sees differently and choose the copy in the algorithm
# "Housing opportunity sites". Any text editor will do (Notepad is fine); save the file as UTF-8.
#
# How the ranking works
#   Every site is assessed for every concept below. A concept first checks its gates: the kind of site,
#   the number of homes or units, a housing corporation, a shared space, and the exclusion layers chosen in
#   the algorithm. A site that fails a gate, or lacks the value to check it, is listed as not eligible with
#   that gate as the reason, and gets no score.
#   An eligible site gets a sub-score from 0 to 100 per criterion: 0 at the value "bad", 100 at the value
#   "good" and a straight line in between; values beyond bad or good count as bad or good. When bad is
#   larger than good, lower values are better (walking minutes). The score is the weighted mean of the
#   sub-scores; a criterion without a value at a site is left out there and its weight goes to the others.
#   The sites are ranked per concept: 1 is the best, equal scores share a rank.
#   Apart from the score, every criterion shows passed or failed: passed at the value "pass" and on its
#   good side.
#
# How to write it
#   # starts a comment, anywhere on a line. Blank lines do not matter.
#   [concept NAME]            a housing concept (the plugin translates the labels of the three below)
#   label = ...               text in the output
#   sites = existing, plot    the sites it can use: existing (a building or complex), plot (a vacant plot)
#   min_homes = 80            gate: at least this many homes in the building or complex (0: no gate)
#   min_units = 5             gate: room for at least this many units (0: no gate)
#   needs_corporation = yes   gate: owned by a housing corporation (social rent); yes or no
#   needs_shared_space = yes  gate: a shared meeting room, or room to make one; yes or no
#   [criterion NAME]          the algorithm fills in the criteria named below; keep their names
#   label = ...               text in the output (the plugin translates the labels of these criteria)
#   unit = ...
#   pass = at least ...       or "at most ...": the value that passes
#   bad = ...                 value with sub-score 0
#   good = ...                value with sub-score 100
#   weight = ...              weight in every concept (0 switches the criterion off)
#   weight NAME = ...         a different weight in concept NAME
#   Numbers: 2.5 or 2,5; no thousands separators.
#
# "judgement" below means: a reasoned default, not a published norm. Set your own where you know better.

[concept thuisplusflat]
# An existing social-rent senior complex of at least 80 homes, upgraded with communal living, welfare and
# care in-house (Thuisplusflat, Rotterdam). The upgrade makes the shared room, so that is no gate here
# (judgement).
label = Thuisplusflat
sites = existing
min_homes = 80
min_units = 0
needs_corporation = yes
needs_shared_space = no

[concept clustered]
# Geclusterde woonvorm, the official monitor definition: at least 5 units and a shared meeting room (here
# also: room to make one). Its other two conditions, at least half of the units meant for 55+ and not an
# institution, are choices of the plan, not properties of the site. A building can be converted or a plot
# built on.
label = Clustered housing for older people
sites = existing, plot
min_homes = 0
min_units = 5
needs_corporation = no
needs_shared_space = yes

[concept wonen_plus]
# New homes for older people with services and care close by. Built on a vacant plot or by transforming
# or replacing a building, so any site and no size gate (judgement; write "sites = plot" for vacant plots
# only).
label = Wonen met een plus
sites = existing, plot
min_homes = 0
min_units = 0
needs_corporation = no
needs_shared_space = no

# Weights. Walking access weighs 88 in all: visits a year (Geroscoop) to the supermarket 52, GP 12,
# pharmacy 12 and meeting place 12, as in the neighbourhood score. The rest is set against that
# (judgement): need nearby 66, three quarters of access; step-free access, corporation and urgency 22 each,
# a quarter of access. With all nine criteria that makes 220: access 40 %, need 30 %, the others 10 % each.

# Need within 500 m walk: the people that homes here would serve close to where they live now ("within
# 500 m" is the dementia-friendly core; people with dementia want to stay where they always lived). The
# norms assume about 1,600 residents within a 500 m walk: about 0.4 km² (a 500 m walk along the streets
# reaches about 350 m out in a straight line) at 4,000 residents per km² (a town's residential buurt).
# Judgement: check against your own sites.

[criterion need_dementia_500m]
# About 1.1 % of residents have dementia and live at home (about 290,000 people with dementia, Alzheimer
# Nederland 2021, in 17.9 million residents; 68 % at home, Vektis 2020): about 18 among 1,600. Pass at 10,
# bad 0, good 30: judgement. Weight 44, two thirds of need: the people the concepts are for (judgement).
label = People with dementia at home within 500 m walk
unit = people
pass = at least 10
bad = 0
good = 30
weight = 44

[criterion need_alone_500m]
# Older people living alone: about 4 % of residents (judgement; check against your municipality), about 64
# among 1,600. Pass at 40, bad 0, good 100: judgement. Weight 22, a third of need (judgement).
label = Older people living alone within 500 m walk
unit = people
pass = at least 40
bad = 0
good = 100
weight = 22

# Walking time at 0.8 m/s (older adults) to the nearest of each service. Good at 5 minutes (240 m) and pass
# at 10 (480 m, the 500 m core): services within 5-10 minutes' walk (Mitchell & Burton). Bad at 20 minutes
# (960 m, beyond the 800 m outer ring of a woonservicezone): judgement, as in the neighbourhood score.

[criterion supermarket_min]
# Weight: Geroscoop (52 visits a year); with the meeting place the service that matters most for living at
# home with limitations (RIGO 2014).
label = Walk to the nearest supermarket
unit = min
pass = at most 10
bad = 20
good = 5
weight = 52

[criterion gp_min]
# Weight: Geroscoop (12).
label = Walk to the nearest GP
unit = min
pass = at most 10
bad = 20
good = 5
weight = 12

[criterion pharmacy_min]
# Weight: Geroscoop (12).
label = Walk to the nearest pharmacy
unit = min
pass = at most 10
bad = 20
good = 5
weight = 12

[criterion meeting_place_min]
# Weight: Geroscoop (12); with the supermarket the service that matters most (RIGO 2014).
label = Walk to the nearest meeting place
unit = min
pass = at most 10
bad = 20
good = 5
weight = 12

[criterion step_free]
# Step-free homes (nultredenwoningen, programme Wonen en Zorg voor Ouderen) decide whether someone can stay
# at home. Value: 1 with a lift or all homes on the ground floor, 0 without, or the share of the homes
# reachable without steps. Pass at half: judgement. Weight 22; 0 in wonen_plus, whose new homes are made
# step-free anyway (judgement).
label = Step-free access (lift or ground floor)
unit = share
pass = at least 0.5
bad = 0
good = 1
weight = 22
weight wonen_plus = 0

[criterion corporation]
# Housing corporations are the partners of caring communities (Thuisplusflat, Lang Leven Thuisflat).
# Value: 1 owned by a corporation (social rent), 0 not, or the corporation's share of the homes. Pass at
# half: judgement. Weight 22; 0 in thuisplusflat, whose gate demands it already.
label = Owned by a housing corporation
unit = share
pass = at least 0.5
bad = 0
good = 1
weight = 22
weight thuisplusflat = 0

[criterion urgency_area]
# Favour sites inside or next to high-need buurten: people with dementia want to stay close to where they
# always lived. Value: the highest urgency (0-100, algorithm "Dementia-friendly neighbourhood score") of the
# area the site is in and the areas next to it. Urgency = need × (100 − friendly) / 100, so need 80 in a
# half-friendly area gives 40. Pass at 40, bad 10, good 60: judgement.
label = Urgency of its own or a neighbouring area
unit = points
pass = at least 40
bad = 10
good = 60
weight = 22
)dfsites";
  return text;
}

} // namespace dfn
