# CPack: turns the install tree (packaging/CMakeLists.txt) into installers — .deb and .rpm on
# Linux, an NSIS installer on Windows, a drag-and-drop .dmg on macOS. Included at the end of the
# top-level CMakeLists.txt; `scripts/dev package` and .github/workflows/release.yml run cpack.
# docs/PACKAGING.md says how each is built and what was checked where.

# Placeholders until the project has a public home: set both before a release.
set(HELIOS_PACKAGE_MAINTAINER "The Helios developers <helios@example.org>" CACHE STRING
  "Maintainer of the installers, 'Name <email>' (must match packaging/debian/changelog)")
set(HELIOS_HOMEPAGE "https://github.com/helios/helios" CACHE STRING "Project home page")

set(CPACK_PACKAGE_NAME helios)
set(CPACK_PACKAGE_VENDOR "The Helios developers")
set(CPACK_PACKAGE_CONTACT "${HELIOS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${HELIOS_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "adaptive goal planner for the desktop")
# Debian shows these lines as the extended description: keep them under 80 columns, and
# leave out double quotes (CPack garbles them).
set(CPACK_PACKAGE_DESCRIPTION
"Helios turns a goal, such as learning Python or running a half marathon by
April, into a dated plan: concrete tasks with estimates, milestones and
dependencies, scheduled within the hours you have each week. When the work
does not fit before the deadline it says so, and by how many hours. The plan
adapts when tasks slip or finish early.

Helios runs offline, with its built-in planner or a local model server
(Ollama, llama.cpp, any OpenAI-compatible endpoint), and keeps everything in
a local SQLite database. It speaks English and Simplified Chinese, and comes
with helios-cli, a command-line tool that can do all the window can.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Helios)
set(CPACK_PACKAGE_EXECUTABLES helios Helios)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.user$")

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
  find_program(HELIOS_RPMBUILD rpmbuild)
  if(HELIOS_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  endif()
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  # Release builds keep debug info in the build tree only.
  set(CPACK_STRIP_FILES ON)

  # ---- .deb (Debian 12 and derivatives) ----
  set(CPACK_DEBIAN_PACKAGE_NAME helios)
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HELIOS_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${HELIOS_HOMEPAGE}")
  # Libraries come from dpkg-shlibdeps; these are what it cannot see: Qt's SQLite driver and
  # platform plugins (only Recommends of Qt's packages) and a font with Chinese glyphs.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk")
  # The SVG icon engine, for the scalable icon; Qt's own Chinese catalogue (standard buttons,
  # network errors such as "Connection refused" in the Chinese window).
  # An emoji font, for goals and tasks written with emoji (boxes without one).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n, fonts-noto-color-emoji")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

  # ---- .rpm (built here against Debian's libraries: see docs/PACKAGING.md) ----
  set(CPACK_RPM_PACKAGE_NAME helios)
  set(CPACK_RPM_PACKAGE_RELEASE 1)
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE MIT)
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
  set(CPACK_RPM_PACKAGE_URL "${HELIOS_HOMEPAGE}")
  set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
  # Directories that belong to the distribution's filesystem and icon-theme packages.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/man /usr/share/man/man1)
  foreach(size IN ITEMS 16 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
  endforeach()
  set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
elseif(WIN32)
  # ---- NSIS installer; windeployqt has already put Qt next to helios.exe ----
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME helios-${PROJECT_VERSION}-windows-x64)
  set(CPACK_NSIS_PACKAGE_NAME Helios)
  set(CPACK_NSIS_DISPLAY_NAME "Helios ${PROJECT_VERSION}")
  set(CPACK_NSIS_URL_INFO_ABOUT "${HELIOS_HOMEPAGE}")
  set(CPACK_NSIS_CONTACT "${HELIOS_PACKAGE_MAINTAINER}")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\helios.exe)
  file(TO_NATIVE_PATH ${PROJECT_SOURCE_DIR}/packaging/windows/helios.ico helios_ico)
  string(REPLACE "\\" "\\\\" helios_ico "${helios_ico}")
  set(CPACK_NSIS_MUI_ICON "${helios_ico}")
  set(CPACK_NSIS_MUI_UNIICON "${helios_ico}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN helios.exe)
  set(CPACK_CREATE_DESKTOP_LINKS helios)
elseif(APPLE)
  # ---- drag-and-drop .dmg; macdeployqt has already made helios.app self-contained ----
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME helios-${PROJECT_VERSION}-macos)
  set(CPACK_DMG_VOLUME_NAME Helios)
  # No licence prompt on opening the image (MIT needs no acceptance, and the prompt needs
  # hdiutil features newer macOS has dropped).
  set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
  set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/packaging/macos/helios.icns)
endif()

include(CPack)
