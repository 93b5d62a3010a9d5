#pragma once
// Small summaries of walking results: one distance for an area from the homes in it, and field names for
// facility kinds. Plain C++.

#include "walksearch.h"

#include <string>
#include <vector>

namespace dfn
{

struct AreaReach
{
  double medianDistance = std::numeric_limits<double>::infinity(); //!< infinity: half or more not reached
  int32_t commonLabel = -1; //!< the nearest facility of most homes (ties: lower label); -1 if none reached
  size_t points = 0;
  size_t reached = 0;
};

//! The median over the homes of an area, unreached homes counting as infinitely far: "half of the homes are
//! closer than this".
AreaReach summarizeArea( const std::vector<WalkReach> &homes );

//! Field-name stems for facility kinds: lower case ASCII letters, digits and underscores, at most 40
//! characters, not starting with a digit, unique (a clash gets _2, _3, …). "Meeting place" ->
//! "meeting_place", "Huisarts (GP)" -> "huisarts_gp", "" -> "none".
std::vector<std::string> categoryFieldStems( const std::vector<std::string> &categories );

} // namespace dfn
