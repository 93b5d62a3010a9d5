#include "siteprofile.h"

#include "embeddedprofiles.h"
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

// The default profile: the bytes of profiles/housing.dfsites, embedded at build time (embeddedprofiles.h).
const std::string &defaultSiteProfileText()
{
  static const std::string text( reinterpret_cast<const char *>( embedded::defaultSiteProfile ),
                                 embedded::defaultSiteProfileSize );
  return text;
}

} // namespace dfn
