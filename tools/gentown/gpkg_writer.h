// Writes the town layers to a GeoPackage through GDAL/OGR.
#pragma once

#include "options.h"

#include <string>
#include <vector>

namespace gentown
{

struct LayerCount
{
  std::string name;
  long long features = 0;
};

// Generates and writes all layers. Returns an empty string on success, otherwise an error message.
std::string writeTown( const Options &options, std::vector<LayerCount> &counts );

} // namespace gentown
