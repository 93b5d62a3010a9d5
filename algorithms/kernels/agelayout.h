#pragma once
// Recognises which population table an attribute table is, from its field names alone, and which fields
// hold the older population. Plain C++ (no Qt, no QGIS).

#include "prevalence.h"

#include <string>
#include <vector>

namespace dfn
{

enum class InputLayout
{
  Unknown,
  FineBands,        //!< register extract: 5-year bands from 60 (or 30), optionally by sex
  CbsKerncijfers,   //!< StatLine Kerncijfers wijken en buurten: counts, numbered suffixes
  CbsWijkBuurt2019, //!< wijk- en buurtkaart 2019+: percentage 65+ x inhabitants
  CbsWijkBuurt2018, //!< wijk- en buurtkaart up to 2018: P_65_EO_JR x AANT_INW
  CbsVierkant2017,  //!< vierkantstatistieken 2017+: count of 65+
  CbsVierkant2015,  //!< vierkantstatistieken 2015: INW_65PL
  UserCount65,      //!< the user chose a field with the 65+ count
  UserPercentage65  //!< the user chose a 65+ percentage field and an inhabitants field
};

const char *layoutName( InputLayout l ); //!< for the log: "CBS wijk- en buurtkaart 2019 or later", …

//! A field of a fine-band table and what it counts.
struct BandField
{
  std::string field;
  AgeBand band;
  Sex sex = Sex::Both;
};

//! Where the older population of each feature is found.
struct FieldPlan
{
  InputLayout layout = InputLayout::Unknown;
  std::string count65Field;     //!< count of 65+ (Kerncijfers, vierkant, user)
  std::string percent65Field;   //!< percentage of 65+ (wijk- en buurtkaart)
  std::string inhabitantsField; //!< total inhabitants, with the percentage
  std::vector<BandField> bands; //!< fine bands
  bool bySex() const;
  //! Every field the plan reads, in a stable order, for the log.
  std::vector<std::string> usedFields() const;
};

//! Parses a fine-band field name: [men_|mannen_|m_|women_|vrouwen_|v_|w_|age_|leeftijd_]FROM_TO or FROM_plus.
bool parseBandField( const std::string &name, BandField *out );

//! Detects the layout. Field names are matched without regard to case and surrounding spaces, and
//! Kerncijfers fields by prefix, because CBS renumbers their suffixes every year. Fine bands win when they
//! cover 65 and older completely (for both sexes, or for the sexes together); then the CBS layouts in the
//! order above. Returns a plan with layout Unknown when nothing fits.
FieldPlan detectLayout( const std::vector<std::string> &fieldNames );

//! Describes what detectLayout looked for, for an error message when nothing was found.
std::string expectedLayoutsHelp();

} // namespace dfn
