#pragma once
// The profile of the dementia-friendly neighbourhood score: which indicators count, how much, and which
// values are bad (sub-score 0) and good (sub-score 100). A municipality keeps its own norms in a small text
// file it can edit in Notepad; the algorithm writes the profile it used into the output's metadata, so a map
// can always be traced back to the norms behind it. Plain C++ (no Qt, no QGIS).
//
// The file format (".dfprofile"), line by line:
//   - UTF-8 text; a UTF-8 byte order mark and Windows line ends (CR LF) are fine. UTF-16 ("Unicode" in older
//     Notepads) and other encodings are refused with a hint, because a mis-decoded label would end up in the
//     output.
//   - "#" starts a comment anywhere on a line (so labels and units cannot contain "#"); blank lines and
//     leading or trailing spaces and tabs are ignored. The comment lines right below an [indicator] header
//     are kept as its note (where its weight and norm come from), which the report shows.
//   - "[domain NAME]" opens a domain. NAME is one of access, comfort, housing (together: friendliness) or
//     social (need, see below). Its only key is "weight" (>= 0, default 1): the domain's weight among the
//     domains.
//   - "[indicator DOMAIN.NAME]" opens an indicator; DOMAIN must be declared by a [domain] section somewhere
//     in the file. Keys: "weight" (>= 0, required), "bad" (required), "good" (required, != bad), "label"
//     (default: the id), "unit" (default: empty). The sub-score is 0 at bad and 100 at good; bad > good
//     means lower values are better (walking minutes).
//   - "key = value" lines, one per line, belong to the section above them. Keys, section kinds and ids are
//     read without regard to case and kept in lower case; ids hold ASCII letters, digits and "_" and start
//     with a letter.
//   - Numbers are written with a decimal point or a lone decimal comma ("2,5", as Dutch spreadsheets do),
//     optionally with an exponent; no thousands separators, no units, finite only.
//   - Unknown keys, unknown section kinds or domains, an indicator in an undeclared domain, duplicate
//     sections or keys, text where a number belongs, negative weights, bad = good and missing required keys
//     are errors naming the line and the text: line 14: unknown key "wieght" in [indicator access.gp_500m].
//   - A profile needs at least one indicator with a weight above 0 in access, comfort or housing whose domain
//     weight is above 0: without one there is no friendly score and so no urgency.
//
// The social domain is NEED, not friendliness: its 0-100 sub-scores and domain score say how much need the
// values show (there "good" is the value of high need). It never enters the friendly score; it enters the
// need score with its domain weight against the need-density rank, which weighs 1 (see neighbourhoodscore.h).

#include <string>
#include <string_view>
#include <vector>

namespace dfn
{

struct ProfileDomain
{
  std::string id; //!< access, comfort, housing or social
  double weight = 1;

  bool operator==( const ProfileDomain &o ) const { return id == o.id && weight == o.weight; }
};

struct ProfileIndicator
{
  std::string domain; //!< "access"
  std::string id;     //!< the full id, an interface with the glue: "access.supermarket_500m"
  std::string label;  //!< English; the glue translates the labels of the ids it knows
  std::string unit;
  double weight = 0; //!< among the indicators of its domain
  double bad = 0;    //!< sub-score 0
  double good = 100; //!< sub-score 100
  //! The comment lines just below the section header, joined ("Weight: Geroscoop (12). Norm: …"): where the
  //! weight and the norm come from, for the report. Read by parseScoreProfile() only; not written by
  //! writeScoreProfile() and not part of ==.
  std::string note;

  bool higherIsBetter() const { return good > bad; }
  bool operator==( const ProfileIndicator &o ) const
  {
    return domain == o.domain && id == o.id && label == o.label && unit == o.unit && weight == o.weight &&
           bad == o.bad && good == o.good;
  }
};

struct ScoreProfile
{
  std::vector<ProfileDomain> domains;       //!< in file order
  std::vector<ProfileIndicator> indicators; //!< in file order

  const ProfileDomain *domain( std::string_view id ) const;       //!< nullptr when not declared
  const ProfileIndicator *indicator( std::string_view id ) const; //!< nullptr when not in the profile
  bool operator==( const ScoreProfile &o ) const
  {
    return domains == o.domains && indicators == o.indicators;
  }
};

//! True for access, comfort and housing: the domains of the friendly score.
bool isFriendlinessDomain( std::string_view domain );
//! True for social: the domain that measures need.
bool isNeedDomain( std::string_view domain );

struct ProfileParse
{
  ScoreProfile profile; //!< empty when error is set
  std::string error; //!< empty on success, else the first problem: "line 14: …" (no line for whole-file ones)
  bool ok() const { return error.empty(); }
};

//! Reads a profile file's text (see the top of this header).
ProfileParse parseScoreProfile( std::string_view text );

//! Empty when \a profile (e.g. built in code) is one the parser could have returned, else the first problem,
//! naming the section: the same rules as the file, plus labels and units without "#" or line breaks, so that
//! writeScoreProfile() writes it back faithfully.
std::string validateScoreProfile( const ScoreProfile &profile );

//! The profile as file text that parseScoreProfile() reads back to an equal profile (numbers are written in
//! their shortest exact form). \a comment, if not empty, is written first as "# " lines (e.g. where the
//! profile came from). The profile should pass validateScoreProfile().
std::string writeScoreProfile( const ScoreProfile &profile, const std::string &comment = {} );

//! The default profile with its comments: the bytes of profiles/default.dfprofile (what municipalities copy),
//! embedded at build time, so the file is the one source.
const std::string &defaultScoreProfileText();
//! defaultScoreProfileText(), parsed.
ScoreProfile defaultScoreProfile();

} // namespace dfn
