# `cmake --install`: the libraries, their public headers, the CLI and the shipped data, with a CMake
# package (find_package(walkaway) -> walkaway::walkaway) and a pkg-config file (walkaway.pc), so a
# program can build against an installed walkaway (examples/library/, docs/library.md).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Lowest layer last: the order static libraries must be linked in.
set(WALKAWAY_LIBRARIES walkaway_api walkaway_judge walkaway_decide walkaway_io walkaway_market walkaway_scan
    walkaway_report walkaway_comp walkaway_tax walkaway_files walkaway_core)

# One target for users: every library of the engine.
add_library(walkaway_all INTERFACE)
add_library(walkaway::walkaway ALIAS walkaway_all)
set_target_properties(walkaway_all PROPERTIES EXPORT_NAME walkaway)
target_link_libraries(walkaway_all INTERFACE walkaway_api)
# A sanitizer build installs instrumented libraries: their users must link the sanitizer runtimes.
target_link_options(walkaway_all INTERFACE ${WALKAWAY_SANITIZE_LINK_FLAGS})

foreach(lib ${WALKAWAY_LIBRARIES})
  string(REPLACE "walkaway_" "" short ${lib})
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${short})
endforeach()

# Two components: `runtime` (the command, its data, man page, completions and examples: what the
# Debian package holds) and `dev` (libraries, headers, CMake and pkg-config files for programs
# built against walkaway). `cmake --install` installs both.
install(TARGETS ${WALKAWAY_LIBRARIES} walkaway_all EXPORT walkawayTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/walkaway DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev FILES_MATCHING PATTERN "*.h")
install(TARGETS walkaway RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
# The binary finds these as ../share/walkaway/data from its own folder, wherever the prefix is.
install(DIRECTORY data/market data/lexicon data/tax DESTINATION ${CMAKE_INSTALL_DATADIR}/walkaway/data
        COMPONENT runtime)
install(FILES examples/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime
        FILES_MATCHING PATTERN "*.toml" PATTERN "*.json" REGEX "/docs/[^/]+$" PATTERN "library" EXCLUDE
        PATTERN "dask" EXCLUDE)

# The man page and the completions: printed by the binary from its own help (src/cli/help_export.h),
# so they always match the options it takes.
set(WALKAWAY_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
set(WALKAWAY_GENERATED ${WALKAWAY_GENERATED_DIR}/walkaway.1 ${WALKAWAY_GENERATED_DIR}/walkaway.bash
    ${WALKAWAY_GENERATED_DIR}/_walkaway ${WALKAWAY_GENERATED_DIR}/walkaway.fish)
add_custom_command(
  OUTPUT ${WALKAWAY_GENERATED}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${WALKAWAY_GENERATED_DIR}
  COMMAND sh -c "\"$1\" --generate man > walkaway.1 && \"$1\" --generate bash > walkaway.bash && \"$1\" --generate zsh > _walkaway && \"$1\" --generate fish > walkaway.fish" sh $<TARGET_FILE:walkaway>
  WORKING_DIRECTORY ${WALKAWAY_GENERATED_DIR}
  DEPENDS walkaway
  COMMENT "Man page and shell completions from walkaway's help"
  VERBATIM)
add_custom_target(walkaway_help_files ALL DEPENDS ${WALKAWAY_GENERATED})
install(FILES ${WALKAWAY_GENERATED_DIR}/walkaway.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES ${WALKAWAY_GENERATED_DIR}/walkaway.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME walkaway COMPONENT runtime)
install(FILES ${WALKAWAY_GENERATED_DIR}/_walkaway DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
        COMPONENT runtime)
install(FILES ${WALKAWAY_GENERATED_DIR}/walkaway.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
        COMPONENT runtime)

install(EXPORT walkawayTargets NAMESPACE walkaway:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway COMPONENT dev)
configure_package_config_file(cmake/walkawayConfig.cmake.in ${PROJECT_BINARY_DIR}/walkawayConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway
                              PATH_VARS CMAKE_INSTALL_DATADIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/walkawayConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/walkawayConfig.cmake ${PROJECT_BINARY_DIR}/walkawayConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway COMPONENT dev)

set(WALKAWAY_PC_LIBS "")
foreach(lib ${WALKAWAY_LIBRARIES})
  string(APPEND WALKAWAY_PC_LIBS " -l${lib}")
endforeach()
string(JOIN " " WALKAWAY_PC_LINK_FLAGS ${WALKAWAY_SANITIZE_LINK_FLAGS})
configure_file(cmake/walkaway.pc.in ${PROJECT_BINARY_DIR}/walkaway.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/walkaway.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)

# `cpack` (make package): walkaway_<version>_amd64.deb with the runtime component under /usr, its
# library dependencies found by dpkg-shlibdeps. scripts/test-package installs and runs it in CI.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME walkaway)
set(CPACK_PACKAGE_VENDOR "walkaway")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "decide whether to accept, negotiate or walk away from a job offer")
set(CPACK_PACKAGE_DESCRIPTION "walkaway checks job offers against the person's non-negotiables, finds red flags in the
 offer and its documents, projects pay year by year with its uncertainty and take-home pay, and gives a verdict
 with reasons, asks and message drafts. Everything runs on the local machine.")
set(CPACK_PACKAGE_CONTACT "walkaway maintainers <maintainers@walkaway.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL runtime)
include(CPack)
