#include "profileformat.h"

#include <charconv>
#include <cmath>

namespace dfn
{

ProfileLineReader::ProfileLineReader( std::string_view text ) : mText( text )
{
  if ( text.size() > MaxProfileBytes )
    mError = "the file has " + std::to_string( text.size() ) + " bytes, more than a profile can have (" +
             std::to_string( MaxProfileBytes ) + "); is it the right file?";
  else if ( text.size() >= 2 && ( text.substr( 0, 2 ) == "\xFF\xFE" || text.substr( 0, 2 ) == "\xFE\xFF" ) )
    mError = atProfileLine( 1, "the file is UTF-16 (\"Unicode\" in Notepad); save it as UTF-8" );
  else if ( text.substr( 0, 3 ) == "\xEF\xBB\xBF" )
    mText.remove_prefix( 3 );
}

bool ProfileLineReader::next( ProfileLine &out )
{
  if ( !mError.empty() )
    return false;
  while ( mPos <= mText.size() )
  {
    const size_t eol = mText.find( '\n', mPos );
    std::string_view raw =
        mText.substr( mPos, eol == std::string_view::npos ? std::string_view::npos : eol - mPos );
    mPos = eol == std::string_view::npos ? mText.size() + 1 : eol + 1;
    ++mLineNo;
    if ( !raw.empty() && raw.back() == '\r' )
      raw.remove_suffix( 1 );
    if ( !isValidUtf8( raw ) )
    {
      mError = atProfileLine(
          mLineNo, "the text is not UTF-8; save the file as UTF-8 (in Notepad: Save as, Encoding)" );
      return false;
    }
    for ( const char c : raw )
      if ( ( static_cast<unsigned char>( c ) < 0x20 && c != '\t' ) || c == 0x7F )
      {
        static const char *const hex = "0123456789ABCDEF";
        const unsigned char u = static_cast<unsigned char>( c );
        mError = atProfileLine( mLineNo, std::string( "the line holds a control character (byte 0x" ) +
                                             hex[u >> 4] + hex[u & 15] +
                                             "); is it a text file? Save it as plain UTF-8 text" );
        return false;
      }
    const size_t hash = raw.find( '#' );
    const std::string_view line =
        trimProfileSpaces( hash == std::string_view::npos ? raw : raw.substr( 0, hash ) );
    if ( line.empty() )
    {
      if ( hash != std::string_view::npos )
      {
        const std::string_view comment = trimProfileSpaces( raw.substr( hash + 1 ) );
        if ( !comment.empty() )
          mComment.append( mComment.empty() ? "" : " " ).append( comment );
      }
      continue;
    }

    out = ProfileLine();
    out.number = mLineNo;
    out.text = line;
    out.commentAbove = std::move( mComment );
    mComment.clear();
    if ( line.front() == '[' )
    {
      if ( line.back() != ']' )
      {
        const size_t close = line.find( ']' );
        mError = atProfileLine(
            mLineNo, close == std::string_view::npos
                         ? "the section header " + quotedForMessage( line ) + " lacks its closing \"]\""
                         : "put " + quotedForMessage( trimProfileSpaces( line.substr( close + 1 ) ) ) +
                               " on a line of its own below " +
                               quotedForMessage( line.substr( 0, close + 1 ) ) );
        return false;
      }
      const std::string_view inner = trimProfileSpaces( line.substr( 1, line.size() - 2 ) );
      const size_t space = inner.find_first_of( " \t" );
      out.isSection = true;
      out.kind = lowerAscii( inner.substr( 0, space ) );
      out.name = lowerAscii( space == std::string_view::npos ? std::string_view()
                                                             : trimProfileSpaces( inner.substr( space ) ) );
      return true;
    }
    const size_t eq = line.find( '=' );
    if ( eq == std::string_view::npos )
    {
      mError = atProfileLine( mLineNo,
                              "expected \"key = value\" or a [section], got " + quotedForMessage( line ) );
      return false;
    }
    out.key = lowerAscii( trimProfileSpaces( line.substr( 0, eq ) ) );
    out.value = trimProfileSpaces( line.substr( eq + 1 ) );
    return true;
  }
  return false;
}

int ProfileFirstLines::record( const std::string &name, int line )
{
  const auto [it, inserted] = mLines.emplace( name, line );
  return inserted ? 0 : it->second;
}

int ProfileFirstLines::lineOf( const std::string &name ) const
{
  const auto it = mLines.find( name );
  return it == mLines.end() ? 0 : it->second;
}

std::string atProfileLine( int line, const std::string &message )
{
  return line > 0 ? "line " + std::to_string( line ) + ": " + message : message;
}

std::string profileSectionName( const std::string &kind, const std::string &id )
{
  return "[" + kind + " " + id + "]";
}

std::string duplicateSectionMessage( const std::string &section, int firstLine )
{
  return "duplicate section " + section + " (first at line " + std::to_string( firstLine ) + ")";
}

std::string duplicateKeyMessage( const std::string &key, const std::string &section, int firstLine )
{
  return "\"" + key + "\" given twice in " + section + " (first at line " + std::to_string( firstLine ) + ")";
}

std::string quotedForMessage( std::string_view s )
{
  constexpr size_t kMax = 60;
  if ( s.size() <= kMax )
    return "\"" + std::string( s ) + "\"";
  size_t cut = kMax;
  while ( cut > 0 && ( static_cast<unsigned char>( s[cut] ) & 0xC0 ) == 0x80 )
    --cut;
  return "\"" + std::string( s.substr( 0, cut ) ) + "…\"";
}

std::optional<double> parseProfileNumber( std::string_view text )
{
  std::string s( text );
  // from_chars takes no leading "+", and a spreadsheet may write one; but one sign only ("+-5" is no number).
  if ( !s.empty() && s[0] == '+' )
  {
    s.erase( 0, 1 );
    if ( !s.empty() && ( s[0] == '-' || s[0] == '+' ) )
      return std::nullopt;
  }
  // Only a lone comma without a point can be a decimal comma; "1.000,5" is a thousands separator and is
  // refused rather than guessed.
  if ( s.find( '.' ) == std::string::npos && s.find( ',' ) != std::string::npos &&
       s.find( ',' ) == s.rfind( ',' ) )
    s[s.find( ',' )] = '.';
  double v = 0;
  const char *end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars( s.data(), end, v, std::chars_format::general );
  if ( s.empty() || ec != std::errc() || ptr != end || !std::isfinite( v ) )
    return std::nullopt;
  return v;
}

std::string checkProfileWeight( double weight )
{
  if ( weight == 0 || ( weight >= MinProfileWeight && weight <= MaxProfileNumber ) )
    return {};
  if ( !( weight >= 0 ) )
    return "weight must be 0 or more, got " + formatProfileNumber( weight );
  return "weight must be 0 or from 1e-300 to 1e9, got " + formatProfileNumber( weight );
}

std::string checkProfileValue( const std::string &key, double value )
{
  if ( std::fabs( value ) <= MaxProfileNumber )
    return {};
  if ( !std::isfinite( value ) )
    return key + " must be a finite number, got " + formatProfileNumber( value );
  return key + " must be within ±1e9, got " + formatProfileNumber( value );
}

std::string formatProfileNumber( double v )
{
  char buf[32];
  const auto [ptr, ec] = std::to_chars( buf, buf + sizeof buf, v );
  return ec == std::errc() ? std::string( buf, ptr ) : std::string( "nan" );
}

std::string profileCommentBlock( const std::string &comment )
{
  if ( comment.empty() )
    return {};
  std::string out;
  size_t pos = 0;
  while ( pos <= comment.size() )
  {
    const size_t eol = comment.find( '\n', pos );
    const std::string line = comment.substr( pos, eol == std::string::npos ? std::string::npos : eol - pos );
    out += line.empty() ? "#\n" : "# " + line + "\n";
    pos = eol == std::string::npos ? comment.size() + 1 : eol + 1;
  }
  return out + "\n";
}

std::string_view trimProfileSpaces( std::string_view s )
{
  const size_t b = s.find_first_not_of( " \t" );
  if ( b == std::string_view::npos )
    return {};
  return s.substr( b, s.find_last_not_of( " \t" ) - b + 1 );
}

std::string lowerAscii( std::string_view s )
{
  std::string out( s );
  for ( char &c : out )
    if ( c >= 'A' && c <= 'Z' )
      c = static_cast<char>( c - 'A' + 'a' );
  return out;
}

bool isProfileIdPart( std::string_view s )
{
  if ( s.empty() || s[0] < 'a' || s[0] > 'z' )
    return false;
  for ( char c : s )
    if ( !( ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ) || c == '_' ) )
      return false;
  return true;
}

bool isValidUtf8( std::string_view s )
{
  size_t i = 0;
  while ( i < s.size() )
  {
    const unsigned char c = static_cast<unsigned char>( s[i] );
    size_t follow = 0;
    unsigned minimum = 0, cp = 0;
    if ( c < 0x80 )
    {
      ++i;
      continue;
    }
    if ( ( c & 0xE0 ) == 0xC0 )
      follow = 1, minimum = 0x80, cp = c & 0x1Fu;
    else if ( ( c & 0xF0 ) == 0xE0 )
      follow = 2, minimum = 0x800, cp = c & 0x0Fu;
    else if ( ( c & 0xF8 ) == 0xF0 )
      follow = 3, minimum = 0x10000, cp = c & 0x07u;
    else
      return false;
    for ( size_t k = 1; k <= follow; ++k )
    {
      if ( i + k >= s.size() )
        return false;
      const unsigned char t = static_cast<unsigned char>( s[i + k] );
      if ( ( t & 0xC0 ) != 0x80 )
        return false;
      cp = ( cp << 6 ) | ( t & 0x3Fu );
    }
    if ( cp < minimum || cp > 0x10FFFF || ( cp >= 0xD800 && cp <= 0xDFFF ) )
      return false;
    i += follow + 1;
  }
  return true;
}

bool isProfileValueText( std::string_view text )
{
  return text.find_first_of( "#\r\n" ) == std::string_view::npos && isValidUtf8( text ) &&
         trimProfileSpaces( text ) == text;
}

} // namespace dfn
