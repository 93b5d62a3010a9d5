#pragma once
// Class bounds for choropleth maps that a reader can take in at a glance: quantile classes whose bounds are
// rounded to round numbers. Plain C++ (no Qt, no QGIS).

#include <vector>

namespace dfn
{

//! Rounds to a round number (1, 2, 2.5 or 5 times a power of ten) near v: up when \a up, else down.
double roundNumber( double v, bool up );

//! Bounds b0 < b1 < … < bk of at most \a classes classes for the finite values: b0 <= min, bk >= max, inner
//! bounds near the quantiles and round. Fewer classes when the values have few distinct round quantiles;
//! empty when there are no finite values.
std::vector<double> roundedQuantileBreaks( std::vector<double> values, int classes );

} // namespace dfn
