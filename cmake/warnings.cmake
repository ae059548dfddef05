# walkaway_set_warnings(target): our warning flags, on our own targets only (as fmt does).
function(walkaway_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wimplicit-fallthrough)
  if(WALKAWAY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
