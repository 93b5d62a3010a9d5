#pragma once
// The whole per-feature estimate of people with dementia: reading the values the field plan names, choosing
// the route, the uncertainty band, the projection and the share living at home. The Processing algorithm only
// unwraps attribute values into RawValue and writes the result. Plain C++ (no Qt, no QGIS).

#include "agelayout.h"
#include "censusvalue.h"
#include "prevalence.h"

#include <optional>
#include <string>
#include <vector>

namespace dfn
{

enum class RateChoice
{
  Table, //!< age- and sex-specific rates (Alzheimer Europe 2019 or a custom table)
  Flat   //!< a flat percentage of the 65+ population
};

struct EstimatorSettings
{
  RateChoice choice = RateChoice::Table;
  RateTable rates = alzheimerEurope2019();
  AgeMix mix = netherlands2024AgeMix();
  double flatPercent = 8.0;
  Projection projection;
  double rateMargin = 0.15; //!< relative uncertainty of the rates (0.15 = 15 %)
  double homeShare = 0.68;  //!< share living at home when no nursing-home places are known (Vektis 2020)

  std::string validate() const; //!< empty when usable
};

//! Values of one feature, in the order of FieldPlan::usedFields(), plus the optional nursing-home places.
struct FeatureValues
{
  std::vector<RawValue> planValues;
  std::optional<RawValue> nursingHomePlaces;
};

//! The result for one feature. All numbers are empty together when the input cannot be used; flag then says
//! why.
struct FeatureEstimate
{
  std::optional<double> expected, low, high, atHome, pop65;
  std::string method; //!< register_bands_by_sex, register_bands, pop65_age_mix, pop65_flat
  std::string flag;   //!< empty, or "<problem code>: <field> = <value>"
};

FeatureEstimate estimateFeature( const FieldPlan &plan, const FeatureValues &values,
                                 const EstimatorSettings &settings,
                                 const std::string &nursingField = "nursing home places" );

} // namespace dfn
