#pragma once
// The text format that the plugin's profile files share: the neighbourhood score's ".dfprofile"
// (scoreprofile.h) and the housing sites' ".dfsites" (siteprofile.h). Each profile reader decides which
// section kinds and keys exist and what they mean; the rules below are common to all of them, so that a
// municipality meets the same forgiveness and the same error messages in every profile. Plain C++ (no Qt, no
// QGIS).
//
// Line by line:
//   - UTF-8 text; a UTF-8 byte order mark and Windows line ends (CR LF) are fine. UTF-16 ("Unicode" in older
//     Notepads) and any line that is not strict UTF-8 are refused with a hint, because a mis-decoded label
//     would end up in the output. So are control characters other than tab (a NUL, a lone CR, an escape:
//     a binary or mangled file; they would end up in a label and break the metadata it is written to), and
//     a text larger than MaxProfileBytes (1 MiB; the default profile has 10 kB).
//   - "#" starts a comment anywhere on a line; blank lines and leading or trailing spaces and tabs are
//     ignored.
//   - "[KIND NAME]" opens a section: KIND is the first word, NAME the rest (both kept in lower case; NAME may
//     be empty, which the profile reader refuses with its own example). Text after the closing "]" is an
//     error, since it is usually a key that belongs on the next line.
//   - Every other line is "key = value": the key is kept in lower case, the value as written; both trimmed.
//   - Numbers are written with a decimal point or a lone decimal comma ("2,5", as Dutch spreadsheets do),
//     optionally with a sign and an exponent; no thousands separators, no units, finite only. Every number
//     is also in range, so that no sum or difference of them overflows: a weight is 0 or from 1e-300 to 1e9
//     (checkProfileWeight), any other number (a norm, a threshold) within ±1e9 (checkProfileValue). Out of
//     range is an error naming the line, like text where a number belongs.
//   - Errors name the line: "line 14: …"; text quoted in a message is cut after 60 bytes.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dfn
{

//! The section of \a items (domains, indicators, concepts, criteria: anything with an id) with id \a id, or
//! nullptr.
template <class Items>
auto findProfileSection( const Items &items, std::string_view id ) -> decltype( &items[0] )
{
  for ( const auto &item : items )
    if ( item.id == id )
      return &item;
  return nullptr;
}

//! A line of a profile that carries content: a section header or a "key = value" entry.
struct ProfileLine
{
  int number = 0; //!< 1-based line number in the file
  bool isSection = false;
  std::string_view text;  //!< the line without its comment, trimmed: what messages quote
  std::string kind;       //!< section: the first word, lower case ("indicator")
  std::string name;       //!< section: the rest of the header, trimmed, lower case; may be empty
  std::string key;        //!< entry: the text before the first "=", trimmed, lower case; may be empty
  std::string_view value; //!< entry: the text after the first "=", trimmed, as written
  //! The comment-only lines between the previous content line and this one, without their "#", trimmed and
  //! joined by single spaces: what a profile says about a section just below its header ("Weight: …").
  std::string commentAbove;
};

//! Splits a profile's text into content lines, refusing what no profile can hold (see the top of this
//! header). The text must outlive the reader and the lines it hands out.
class ProfileLineReader
{
public:
  explicit ProfileLineReader( std::string_view text );

  //! The next line with content into \a line; false at the end of the text or at a problem, which error()
  //! then names.
  bool next( ProfileLine &line );
  //! Empty, or "line N: …".
  const std::string &error() const { return mError; }

private:
  std::string_view mText;
  size_t mPos = 0;
  int mLineNo = 0;
  std::string mError;
  std::string mComment; //!< comment-only lines since the last content line
};

//! Remembers where each name (a section, or a key of one section) came first, so that a second one can be
//! refused with the line of the first.
class ProfileFirstLines
{
public:
  //! 0 when \a name is new, and records it at \a line; else the line where it came first.
  int record( const std::string &name, int line );
  //! 0 when \a name was not recorded.
  int lineOf( const std::string &name ) const;
  bool has( const std::string &name ) const { return lineOf( name ) > 0; }

private:
  std::map<std::string, int> mLines;
};

//! "line N: message", or the message alone for N <= 0 (a problem of the whole file).
std::string atProfileLine( int line, const std::string &message );
//! "[kind id]"
std::string profileSectionName( const std::string &kind, const std::string &id );
//! "duplicate section [kind id] (first at line N)"
std::string duplicateSectionMessage( const std::string &section, int firstLine );
//! "\"key\" given twice in [kind id] (first at line N)"
std::string duplicateKeyMessage( const std::string &key, const std::string &section, int firstLine );

//! The largest profile text accepted, in bytes.
inline constexpr size_t MaxProfileBytes = 1 << 20;
//! The largest weight and the largest magnitude of any other number in a profile (see the top).
inline constexpr double MaxProfileNumber = 1e9;
//! The smallest weight above 0: below it products of weights and scores become subnormal and lose digits.
inline constexpr double MinProfileWeight = 1e-300;

//! Empty when \a weight is 0 or within MinProfileWeight .. MaxProfileNumber, else "weight must be 0 or more,
//! got -1" (negative, NaN) or "weight must be 0 or from 1e-300 to 1e9, got 1e+300".
std::string checkProfileWeight( double weight );
//! Empty when \a value is finite and within ±MaxProfileNumber, else "… must be within ±1e9, got …" with
//! \a key ("bad", "min_homes") leading the message.
std::string checkProfileValue( const std::string &key, double value );

//! The user's text in quotes for an error message, cut (on a UTF-8 boundary) after 60 bytes: a stray binary
//! file must not produce a message of kilobytes.
std::string quotedForMessage( std::string_view text );

//! The whole text as a number in the C locale, whatever locale QGIS runs in: a decimal point or a lone
//! decimal comma, an optional sign and exponent. Empty for anything else and for values that are not finite.
std::optional<double> parseProfileNumber( std::string_view text );
//! The shortest text that parseProfileNumber() reads back to exactly \a value.
std::string formatProfileNumber( double value );

//! \a comment as "# " lines ("#" for its empty lines) and a blank line, for the top of a written profile;
//! empty for an empty comment.
std::string profileCommentBlock( const std::string &comment );

//! \a text without leading and trailing spaces and tabs.
std::string_view trimProfileSpaces( std::string_view text );
//! ASCII letters in lower case; other bytes unchanged.
std::string lowerAscii( std::string_view text );
//! A part of an id: a lower-case ASCII letter, then letters, digits and "_", so that the glue can use it in
//! field names unchanged.
bool isProfileIdPart( std::string_view text );
//! Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8( std::string_view text );
//! True when \a text can stand as a value on one line and read back the same: UTF-8, no "#", no line
//! breaks, no spaces or tabs around it.
bool isProfileValueText( std::string_view text );

} // namespace dfn
