# ctest packaging/install_tree: cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DICON_SIZES=...
#   -P check_install_tree.cmake
# Installs the build into PREFIX, fails if a file the Linux packages need is missing, then lets
# appstreamcli check the installed metainfo against the installed .desktop file and icons.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  OUTPUT_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()

set(expected
  bin/helios
  bin/helios-cli
  share/applications/${APP_ID}.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/doc/helios/copyright
  share/doc/helios/changelog.Debian.gz
  share/man/man1/helios.1.gz
  share/man/man1/helios-cli.1.gz)
foreach(size IN LISTS ICON_SIZES)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

set(missing)
foreach(f IN LISTS expected)
  if(NOT EXISTS ${PREFIX}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "not installed:\n  ${missing}")
endif()

execute_process(COMMAND appstreamcli validate-tree --no-net ${PREFIX} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "install tree complete: ${PREFIX}")
