#pragma once
// Which lines of a road layer a pedestrian can use, for the two road registers municipalities have.
// Plain C++ (no Qt, no QGIS).

#include <string>

namespace dfn
{

//! OpenStreetMap: everything tagged highway=* except motorways, trunk roads, their links (and other *_link
//! ramps), roads under construction or only proposed, race tracks, bus guideways and ways tagged foot=no.
//! Lines without a highway tag (railways, waterways, power lines in an OSM extract) are not walkable.
//! \a otherTags is GDAL's other_tags text ("foot"=>"no",...) and may be empty.
bool osmWalkable( const std::string &highway, const std::string &otherTags );

//! NWB Wegen: everything except the roads the state manages (WEGBEHSRT = R: motorways and expressways) and
//! slip roads (BST_CODE AF, OP).
bool nwbWalkable( const std::string &roadAuthorityType, const std::string &carriagewayCode );

} // namespace dfn
