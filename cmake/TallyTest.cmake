# tally_add_test(NAME name SOURCES a_test.cpp ... [LABELS l ...])
# One GoogleTest executable; each TEST becomes a ctest entry carrying the labels.
function(tally_add_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE tally_lib GTest::gtest GTest::gtest_main
                        GTest::gmock)
  target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(${ARG_NAME} PRIVATE
    TALLY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    TALLY_BINARY="$<TARGET_FILE:tally>")
  tally_set_warnings(${ARG_NAME})
  gtest_discover_tests(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}"
                       DISCOVERY_TIMEOUT 60)
endfunction()
