#pragma once

#include <cstddef>

// The default profiles, the bytes of profiles/default.dfprofile and profiles/housing.dfsites as they were at
// build time: cmake/embed_text.cmake generates the definitions (algorithms/kernels/CMakeLists.txt). The files
// in profiles/ are the one source; defaultScoreProfileText() and defaultSiteProfileText() return these bytes.
namespace dfn::embedded
{
//! The bytes of profiles/default.dfprofile, followed by a 0 that defaultScoreProfileSize does not count.
extern const unsigned char defaultScoreProfile[];
extern const std::size_t defaultScoreProfileSize;
//! The bytes of profiles/housing.dfsites, followed by a 0 that defaultSiteProfileSize does not count.
extern const unsigned char defaultSiteProfile[];
extern const std::size_t defaultSiteProfileSize;
} // namespace dfn::embedded
