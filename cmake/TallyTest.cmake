# tally_add_test(NAME name SOURCES a_test.cpp ... [LIBS tally_x ...] [LABELS l ...])
# One GoogleTest executable linked with the named stage libraries (default: all of tally_lib);
# each TEST becomes a ctest entry carrying the labels.
function(tally_add_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT ARG_LIBS)
    set(ARG_LIBS tally_lib)
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main
                        GTest::gmock)
  target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(${ARG_NAME} PRIVATE
    TALLY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  tally_set_warnings(${ARG_NAME})
  gtest_discover_tests(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}"
                       DISCOVERY_TIMEOUT 60)
endfunction()
