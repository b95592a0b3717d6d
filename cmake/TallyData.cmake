# tally_embed_data(TARGET tgt ROOT dir FILES rel/path ...)
# Compiles the data files (lexicons, patterns) into the library, so build/tally needs no
# install step; at run time $TALLY_DATA_DIR may hold edited copies that take precedence.
function(tally_embed_data)
  cmake_parse_arguments(ARG "" "TARGET;ROOT" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_data.cpp)
  set(abs_files)
  foreach(f IN LISTS ARG_FILES)
    list(APPEND abs_files ${ARG_ROOT}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${ARG_ROOT}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedData.cmake
    DEPENDS ${abs_files} ${PROJECT_SOURCE_DIR}/cmake/EmbedData.cmake
    COMMENT "Embedding tally data files"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${out})
endfunction()
