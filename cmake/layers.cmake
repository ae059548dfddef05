# walkaway_private_include(target folder): the target sees its own private headers
# ("core/rules/rule_util.h" for src/core) and no other folder's. Each library gets an include
# root of its own holding a single link, <root>/<folder> -> src/<folder>, instead of the whole src/
# tree, so reaching into another layer's private header fails to compile (docs/architecture.md).
# Public headers are include/walkaway/<folder>/, the only interface between layers.
function(walkaway_private_include target folder)
  set(root ${PROJECT_BINARY_DIR}/private-include/${folder})
  file(MAKE_DIRECTORY ${root})
  if(NOT EXISTS ${root}/${folder})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${folder} ${root}/${folder} SYMBOLIC)
  endif()
  target_include_directories(${target} PRIVATE ${root})
endfunction()
