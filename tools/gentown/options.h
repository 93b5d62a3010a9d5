// Command-line options of df_gentown.
#pragma once

#include <cstdint>
#include <string>

namespace gentown
{

struct Options
{
  std::string out;
  uint64_t seed = 1;
  int scale = 1;
  // < 0: use the sample town's own housing density (about 2.5 homes per street segment).
  double homesPerSegment = -1;
};

// Parses argv; returns an empty string on success, otherwise a message naming the problem.
std::string parseOptions( int argc, char **argv, Options &options );

const char *usageText();

} // namespace gentown
