#pragma once
// Spotting a CRS label that cannot be true: Dutch data labelled EPSG:3857 or EPSG:4326 whose coordinates are
// in fact RD New metres. Plain C++ (no Qt, no QGIS).

namespace dfn
{

struct Extent
{
  double xMin, yMin, xMax, yMax;
};

//! True when the whole extent lies in the range of RD New (EPSG:28992) coordinates of the Netherlands.
bool extentLooksLikeRdNew( const Extent &e );

//! True when the extent, read in the given geographic or Web Mercator CRS, cannot be the Netherlands and its
//! surroundings although its numbers fit RD New: the label is probably wrong.
bool labelLooksWrongForRdNew( const Extent &e, bool labelIsGeographic, bool labelIsWebMercator );

} // namespace dfn
