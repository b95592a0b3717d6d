# Compiler settings shared by every tally target.

find_program(TALLY_CCACHE ccache)
if(TALLY_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${TALLY_CCACHE})
endif()

if(TALLY_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

function(tally_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wold-style-cast)
  if(TALLY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
