# Writes a C++ source that holds a text file's bytes (cmake -P, at build time; DfEmbedText.cmake runs it):
#   cmake -DINPUT=<file> -DOUTPUT=<generated .cpp> -DSYMBOL=<name> -DHEADER=<header to include> -P embed_text.cmake
# The bytes become an unsigned char array of hex numbers, not a string literal: no escaping, no raw-string delimiter that the
# text could contain, and none of the compilers' string-literal length limits (MSVC: 16 KB a piece). The array
# ends with a 0 that <SYMBOL>Size does not count. Defined in namespace dfn::embedded, declared in HEADER.
foreach(var INPUT OUTPUT SYMBOL HEADER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "embed_text.cmake: -D${var}=... missing")
  endif()
endforeach()
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
# 16 bytes a line, then each byte as 0xNN.
string(REGEX REPLACE "([0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f])" "\\1\n  " hex "${hex}")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
get_filename_component(name "${INPUT}" NAME)
set(text "// Generated at build time from ${name} by cmake/embed_text.cmake: do not edit; edit the file itself.
#include \"${HEADER}\"

namespace dfn::embedded
{
const unsigned char ${SYMBOL}[] = {
  ${bytes}0};
const std::size_t ${SYMBOL}Size = ${size};
} // namespace dfn::embedded
")
file(WRITE "${OUTPUT}" "${text}")
