#include "scoreprofile.h"

#include "embeddedprofiles.h"
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

// The default profile: the bytes of profiles/default.dfprofile, embedded at build time (embeddedprofiles.h).
const std::string &defaultScoreProfileText()
{
  static const std::string text( reinterpret_cast<const char *>( embedded::defaultScoreProfile ),
                                 embedded::defaultScoreProfileSize );
  return text;
}

} // namespace dfn
