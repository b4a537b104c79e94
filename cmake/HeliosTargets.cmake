# Project-wide compile settings, applied per target so third-party code is unaffected.
function(helios_configure_target target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    HELIOS_VERSION="${PROJECT_VERSION}")
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(HELIOS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(HELIOS_ASAN)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# helios_add_library(name SOURCES ... LIBS ...): one static library per core/ui module.
function(helios_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LIBS})
  helios_configure_target(${name})
  if(HELIOS_ASAN)
    target_link_options(${name} INTERFACE -fsanitize=address,undefined)
  endif()
endfunction()
