# Every data file compiled into tally. Each stage lists its own files in files.cmake beside
# them (paths relative to data/), appending to TALLY_DATA_FILES.
set(TALLY_DATA_FILES)
include(${CMAKE_CURRENT_LIST_DIR}/clean/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/analyse/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/claims/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/entities/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/pipeline/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/eval/files.cmake)
