#pragma once
// Which lines of a road layer a pedestrian can use, for the two road registers municipalities have.
// Plain C++ (no Qt, no QGIS).

#include <string>

namespace dfn
{

//! OpenStreetMap: everything tagged highway=* except motorway, trunk, any *_link, construction, proposed,
//! abandoned, raceway and bus_guideway; ways tagged foot=no or foot=private, and access=no or access=private
//! without foot=yes, designated or permissive, are not walkable. Lines without a highway tag (railways,
//! waterways, power lines in an OSM extract) are not walkable either. \a otherTags is GDAL's other_tags text
//! ("foot"=>"no",...) and may be empty.
bool osmWalkable( const std::string &highway, const std::string &otherTags );

//! NWB Wegen: everything except the roads the state manages (WEGBEHSRT = R: motorways and expressways) and
//! slip roads (BST_CODE AF, OP).
bool nwbWalkable( const std::string &roadAuthorityType, const std::string &carriagewayCode );

} // namespace dfn
