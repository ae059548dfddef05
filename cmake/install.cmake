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

install(TARGETS ${WALKAWAY_LIBRARIES} walkaway_all EXPORT walkawayTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/walkaway DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(TARGETS walkaway RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY data/market data/lexicon data/tax DESTINATION ${CMAKE_INSTALL_DATADIR}/walkaway/data)

install(EXPORT walkawayTargets NAMESPACE walkaway:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway)
configure_package_config_file(cmake/walkawayConfig.cmake.in ${PROJECT_BINARY_DIR}/walkawayConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway
                              PATH_VARS CMAKE_INSTALL_DATADIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/walkawayConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/walkawayConfig.cmake ${PROJECT_BINARY_DIR}/walkawayConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/walkaway)

set(WALKAWAY_PC_LIBS "")
foreach(lib ${WALKAWAY_LIBRARIES})
  string(APPEND WALKAWAY_PC_LIBS " -l${lib}")
endforeach()
string(JOIN " " WALKAWAY_PC_LINK_FLAGS ${WALKAWAY_SANITIZE_LINK_FLAGS})
configure_file(cmake/walkaway.pc.in ${PROJECT_BINARY_DIR}/walkaway.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/walkaway.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
