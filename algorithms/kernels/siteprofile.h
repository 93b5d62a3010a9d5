#pragma once
// The profile of the housing opportunity sites (algorithm dementiafriendly:housingopportunities): which
// housing concepts a site is assessed for, which sites each concept can use at all (its gates), and by which
// criteria the usable sites are ranked, with the value that passes each criterion and the values that score
// 0 and 100. A municipality keeps its own norms in a small text file it can edit in Notepad, next to its
// neighbourhood score profile; the algorithm writes the profile it used into the output's metadata.
// Plain C++ (no Qt, no QGIS).
//
// The file format (".dfsites": the same lines as a ".dfprofile", see profileformat.h, with other sections; a
// different extension, so that a file dialog offers only profiles that fit the algorithm):
//   - "[concept ID]" opens a housing concept. Keys, all optional:
//       label = …                  text in the output (default: the id)
//       sites = existing, plot     the site types it can use: "existing" (a building or complex), "plot" (a
//                                  vacant plot) or both, separated by commas or spaces (default: both)
//       min_homes = 80             gate: the site has at least this many homes (input "homes"); 0 = no gate
//       min_units = 5              gate: the site holds at least this many units (input "units"); 0 = no gate
//       needs_corporation = yes    gate: owned by a housing corporation or social rent (input "corporation"
//                                  at least 0.5); yes or no (also ja/nee, true/false, 1/0), default no
//       needs_shared_space = yes   gate: a shared meeting room or room for one (input "shared_space" at least
//                                  0.5); default no
//   - "[criterion ID]" opens a criterion, shared by all concepts; ID is the input the glue fills in (e.g.
//     supermarket_min). Keys:
//       label = …, unit = …        text in the output (defaults: the id, empty)
//       pass = at least 10         required: the value that passes, for the passed/failed column; also
//       pass = at most 10          written ">= 10", "<= 10", "≥ 10", "≤ 10". Its direction must agree with
//                                  bad and good
//       bad = …, good = …          required, different: the sub-score is 0 at bad, 100 at good, a straight
//                                  line in between, clamped; bad > good means lower values are better
//       weight = 52                required, >= 0: the criterion's weight in every concept …
//       weight CONCEPT = 0         … unless this overrides it for one concept (which the file must declare)
//   - Ids are read without regard to case and kept in lower case: ASCII letters, digits and "_", starting
//     with a letter (no dots: a weight per concept is "weight CONCEPT = …", not a section of its own).
//   - Errors name the line and the text: line 14: unknown key "wieght" in [criterion gp_min]. A [domain] or
//     [indicator] section is recognised as a neighbourhood score profile chosen by mistake.
//   - A profile needs at least one concept, and every concept at least one criterion with a weight above 0
//     for it: a concept whose weights sum to zero has nothing to rank its sites by.
//
// Thresholds and bad/good are shared by the concepts on purpose: they describe the place (minutes to the
// supermarket, need nearby), not what is built there, and so the passed/failed table is one per site. What
// differs per concept is whether a site can be used at all (gates) and how much each criterion weighs.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dfn
{

//! The input ids that the gates read (besides the site type and the exclusions, see housingsites.h).
inline constexpr const char *kSiteHomes = "homes";
inline constexpr const char *kSiteUnits = "units";
inline constexpr const char *kSiteCorporation = "corporation";
inline constexpr const char *kSiteSharedSpace = "shared_space";

struct SiteConcept
{
  std::string id;         //!< "thuisplusflat"; an interface with the glue (field names, translated labels)
  std::string label;      //!< English; the glue translates the labels of the ids it knows
  bool onExisting = true; //!< can use an existing building or complex
  bool onPlot = true;     //!< can use a vacant plot
  double minHomes = 0;    //!< gate on "homes"; 0 = none
  double minUnits = 0;    //!< gate on "units"; 0 = none
  bool needsCorporation = false;
  bool needsSharedSpace = false;

  bool operator==( const SiteConcept &o ) const
  {
    return id == o.id && label == o.label && onExisting == o.onExisting && onPlot == o.onPlot &&
           minHomes == o.minHomes && minUnits == o.minUnits && needsCorporation == o.needsCorporation &&
           needsSharedSpace == o.needsSharedSpace;
  }
};

struct SiteCriterion
{
  std::string id;    //!< the input id: "supermarket_min"
  std::string label; //!< English; the glue translates the labels of the ids it knows
  std::string unit;
  double pass = 0;                              //!< passed at this value and on its good side
  double bad = 0;                               //!< sub-score 0
  double good = 100;                            //!< sub-score 100
  double weight = 0;                            //!< in every concept not in conceptWeights
  std::map<std::string, double> conceptWeights; //!< concept id -> weight, overriding weight

  bool higherIsBetter() const { return good > bad; }
  //! At least pass when higher is better, else at most pass.
  bool passes( double value ) const { return higherIsBetter() ? value >= pass : value <= pass; }
  double weightFor( const std::string &conceptId ) const;
  bool operator==( const SiteCriterion &o ) const
  {
    return id == o.id && label == o.label && unit == o.unit && pass == o.pass && bad == o.bad &&
           good == o.good && weight == o.weight && conceptWeights == o.conceptWeights;
  }
};

struct SiteProfile
{
  std::vector<SiteConcept> concepts;   //!< in file order
  std::vector<SiteCriterion> criteria; //!< in file order

  //! nullptr when not declared. (Not concept(): a keyword from C++20 on.)
  const SiteConcept *findConcept( std::string_view id ) const;
  const SiteCriterion *findCriterion( std::string_view id ) const; //!< nullptr when not in the profile
  bool operator==( const SiteProfile &o ) const { return concepts == o.concepts && criteria == o.criteria; }
};

struct SiteProfileParse
{
  SiteProfile profile; //!< empty when error is set
  std::string error; //!< empty on success, else the first problem: "line 14: …" (no line for whole-file ones)
  bool ok() const { return error.empty(); }
};

//! Reads a profile file's text (see the top of this header).
SiteProfileParse parseSiteProfile( std::string_view text );

//! Empty when \a profile (e.g. built in code) is one the parser could have returned, else the first problem,
//! naming the section: the same rules as the file, plus labels and units without "#" or line breaks, so that
//! writeSiteProfile() writes it back faithfully.
std::string validateSiteProfile( const SiteProfile &profile );

//! The profile as file text that parseSiteProfile() reads back to an equal profile (numbers in their
//! shortest exact form; every concept key written out). \a comment, if not empty, is written first as "# "
//! lines. The profile should pass validateSiteProfile().
std::string writeSiteProfile( const SiteProfile &profile, const std::string &comment = {} );

//! The default profile with its comments: the bytes of profiles/housing.dfsites (what municipalities copy),
//! embedded at build time, so the file is the one source.
const std::string &defaultSiteProfileText();
//! defaultSiteProfileText(), parsed.
SiteProfile defaultSiteProfile();

} // namespace dfn
