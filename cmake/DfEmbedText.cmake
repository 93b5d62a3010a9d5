# df_embed_text(TARGET INPUT SYMBOL HEADER): compiles the bytes of the text file INPUT into TARGET as
# dfn::embedded::SYMBOL (a char array) and SYMBOLSize, declared in HEADER. The file is read at build time
# (cmake/embed_text.cmake), so the file in the source tree is the one source and a change to it rebuilds TARGET.
set(DF_EMBED_TEXT_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_text.cmake)
function(df_embed_text target input symbol header)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol} -DHEADER=${header}
            -P ${DF_EMBED_TEXT_SCRIPT}
    DEPENDS ${input} ${DF_EMBED_TEXT_SCRIPT}
    COMMENT "Embedding ${input}"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
endfunction()
