#include "agelayout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace dfn
{

const char *layoutName( InputLayout l )
{
  switch ( l )
  {
  case InputLayout::Unknown:
    return "unknown";
  case InputLayout::FineBands:
    return "population register extract with 5-year age bands";
  case InputLayout::CbsKerncijfers:
    return "CBS Kerncijfers wijken en buurten (counts)";
  case InputLayout::CbsWijkBuurt2019:
    return "CBS wijk- en buurtkaart 2019 or later (percentages)";
  case InputLayout::CbsWijkBuurt2018:
    return "CBS wijk- en buurtkaart 2018 or earlier (percentages)";
  case InputLayout::CbsVierkant2017:
    return "CBS vierkantstatistieken 2017 or later";
  case InputLayout::CbsVierkant2015:
    return "CBS vierkantstatistieken 2015";
  case InputLayout::UserCount65:
    return "chosen field with the number of people aged 65 and over";
  case InputLayout::UserPercentage65:
    return "chosen fields with the percentage aged 65 and over and the number of inhabitants";
  }
  return "unknown";
}

bool FieldPlan::bySex() const
{
  return std::any_of( bands.begin(), bands.end(), []( const BandField &b ) { return b.sex != Sex::Both; } );
}

std::vector<std::string> FieldPlan::usedFields() const
{
  std::vector<std::string> out;
  for ( const std::string *f : { &count65Field, &percent65Field, &inhabitantsField } )
    if ( !f->empty() )
      out.push_back( *f );
  for ( const BandField &b : bands )
    out.push_back( b.field );
  return out;
}

namespace
{
std::string normalised( const std::string &s )
{
  std::string t;
  for ( char c : s )
    if ( !std::isspace( static_cast<unsigned char>( c ) ) )
      t += static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  return t;
}

//! The original spelling of the first field whose normalised name equals \a name.
std::optional<std::string> findExact( const std::vector<std::string> &fields, const std::string &name )
{
  for ( const std::string &f : fields )
    if ( normalised( f ) == name )
      return f;
  return std::nullopt;
}

//! Kerncijfers: "k_65JaarOfOuder_12" in 2022 is "k_65JaarOfOuder_13" in another year.
std::optional<std::string> findPrefix( const std::vector<std::string> &fields, const std::string &prefix )
{
  for ( const std::string &f : fields )
  {
    const std::string n = normalised( f );
    if ( n.rfind( prefix, 0 ) == 0 && n.size() > prefix.size() &&
         std::all_of( n.begin() + prefix.size(), n.end(),
                      []( char c ) { return std::isdigit( static_cast<unsigned char>( c ) ) != 0; } ) )
      return f;
  }
  return std::nullopt;
}

//! True when the bands of one sex cover 65..open end without gaps or overlaps.
bool covers65Plus( std::vector<AgeBand> bands )
{
  std::sort( bands.begin(), bands.end(),
             []( const AgeBand &a, const AgeBand &b ) { return a.from < b.from; } );
  int next = 65;
  for ( const AgeBand &b : bands )
  {
    if ( b.to < 65 )
      continue;
    if ( b.from != next )
      return false;
    if ( b.to == AgeBand::OpenEnded )
      return true;
    next = b.to + 1;
  }
  return false;
}
} // namespace

bool parseBandField( const std::string &name, BandField *out )
{
  // Split "women_65_tot_75" into tokens; a hand parser rather than std::regex (slow, and noisy under GCC 12).
  std::vector<std::string> tokens;
  std::string token;
  for ( char c : normalised( name ) + "_" )
  {
    if ( c == '_' )
    {
      tokens.push_back( token );
      token.clear();
    }
    else
      token += c;
  }
  BandField b;
  b.field = name;
  size_t i = 0;
  static const std::map<std::string, Sex> prefixes = {
      { "men", Sex::Men },     { "mannen", Sex::Men },    { "man", Sex::Men },       { "m", Sex::Men },
      { "women", Sex::Women }, { "vrouwen", Sex::Women }, { "vrouw", Sex::Women },   { "v", Sex::Women },
      { "w", Sex::Women },     { "age", Sex::Both },      { "leeftijd", Sex::Both }, { "totaal", Sex::Both },
      { "inw", Sex::Both } };
  if ( !tokens.empty() && prefixes.count( tokens[0] ) )
    b.sex = prefixes.at( tokens[i++] );
  auto isNumber = []( const std::string &t )
  {
    return !t.empty() && t.size() <= 2 &&
           std::all_of( t.begin(), t.end(),
                        []( char c ) { return std::isdigit( static_cast<unsigned char>( c ) ) != 0; } );
  };
  if ( i >= tokens.size() || !isNumber( tokens[i] ) )
    return false;
  b.band.from = std::stoi( tokens[i++] );
  // CBS writes "65_tot_75" for 65 up to but not including 75; "65_74" includes 74.
  const bool exclusive = i < tokens.size() && tokens[i] == "tot";
  if ( exclusive )
    ++i;
  if ( i + 1 != tokens.size() )
    return false;
  const std::string &to = tokens[i];
  if ( to == "plus" || to == "eo" || to == "ouder" )
    b.band.to = AgeBand::OpenEnded;
  else if ( isNumber( to ) )
    b.band.to = std::stoi( to ) - ( exclusive ? 1 : 0 );
  else
    return false;
  if ( b.band.to < b.band.from || b.band.from < 30 )
    return false; // "0_15" and the like are not fine bands of the older population
  if ( out )
    *out = b;
  return true;
}

FieldPlan detectLayout( const std::vector<std::string> &fields )
{
  FieldPlan plan;

  std::map<Sex, std::vector<BandField>> bySex;
  for ( const std::string &f : fields )
  {
    BandField b;
    if ( parseBandField( f, &b ) )
      bySex[b.sex].push_back( b );
  }
  auto bandsOf = []( const std::vector<BandField> &v )
  {
    std::vector<AgeBand> out;
    for ( const BandField &b : v )
      out.push_back( b.band );
    return out;
  };
  const bool sexes =
      covers65Plus( bandsOf( bySex[Sex::Men] ) ) && covers65Plus( bandsOf( bySex[Sex::Women] ) );
  const bool both = covers65Plus( bandsOf( bySex[Sex::Both] ) );
  if ( sexes || both )
  {
    plan.layout = InputLayout::FineBands;
    // Prefer the split by sex: the rates differ a lot between men and women above 80.
    const std::vector<Sex> use =
        sexes ? std::vector<Sex>{ Sex::Men, Sex::Women } : std::vector<Sex>{ Sex::Both };
    for ( Sex s : use )
      for ( const BandField &b : bySex[s] )
        plan.bands.push_back( b );
    return plan;
  }

  if ( auto c = findPrefix( fields, "k_65jaarofouder_" ) )
  {
    plan.layout = InputLayout::CbsKerncijfers;
    plan.count65Field = *c;
    if ( auto t = findPrefix( fields, "aantalinwoners_" ) )
      plan.inhabitantsField = *t;
    return plan;
  }
  auto pct2019 = findExact( fields, "percentage_personen_65_jaar_en_ouder" );
  auto inh2019 = findExact( fields, "aantal_inwoners" );
  if ( pct2019 && inh2019 )
  {
    plan.layout = InputLayout::CbsWijkBuurt2019;
    plan.percent65Field = *pct2019;
    plan.inhabitantsField = *inh2019;
    return plan;
  }
  auto pct2018 = findExact( fields, "p_65_eo_jr" );
  auto inh2018 = findExact( fields, "aant_inw" );
  if ( pct2018 && inh2018 )
  {
    plan.layout = InputLayout::CbsWijkBuurt2018;
    plan.percent65Field = *pct2018;
    plan.inhabitantsField = *inh2018;
    return plan;
  }
  if ( auto c = findExact( fields, "aantal_inwoners_65_jaar_en_ouder" ) )
  {
    plan.layout = InputLayout::CbsVierkant2017;
    plan.count65Field = *c;
    if ( inh2019 )
      plan.inhabitantsField = *inh2019;
    return plan;
  }
  if ( auto c = findExact( fields, "inw_65pl" ) )
  {
    plan.layout = InputLayout::CbsVierkant2015;
    plan.count65Field = *c;
    if ( auto t = findExact( fields, "inwoner" ) )
      plan.inhabitantsField = *t;
    return plan;
  }
  return plan;
}

std::string expectedLayoutsHelp()
{
  return "Expected one of: CBS wijk- en buurtkaart 2019+ (aantal_inwoners and "
         "percentage_personen_65_jaar_en_ouder), 2018 or earlier (AANT_INW and P_65_EO_JR), CBS Kerncijfers "
         "(k_65JaarOfOuder_<n>), CBS vierkantstatistieken 2017+ (aantal_inwoners_65_jaar_en_ouder) or 2015 "
         "(INW_65PL), or a register extract with 5-year bands from 65 to 90 and over (e.g. men_65_69 … "
         "men_90_plus and women_65_69 … women_90_plus, or age_65_69 … age_90_plus).";
}

} // namespace dfn
