# Fails when a translatable string of the GUI (ui/, app/gui, core's sentences) is missing from a
# catalogue or left unfinished: refreshes copies of translations/*.ts with the same lupdate run
# as `cmake --build build --target update_translations` and counts what is still untranslated.
#   cmake -DLUPDATE=... -DGENERATOR=.../GenerateLUpdateProject.cmake -DPROJECT_IN=...
#         -DTS_DIR=<source>/translations -DWORK=<scratch folder> -P check_catalogue.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Could not write the lupdate project from ${PROJECT_IN}.")
endif()

set(failures "")
foreach(lang en zh_CN)
  set(copy "${WORK}/helios_${lang}.ts")
  configure_file("${TS_DIR}/helios_${lang}.ts" "${copy}" COPYONLY)
  execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -no-obsolete
                          -locations none -ts "${copy}"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${copy}: ${err}")
  endif()
  file(READ "${copy}" ts)
  # Each untranslated message: its source text, for the report.
  string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
         unfinished "${ts}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    string(REGEX REPLACE "<source>([^<]*)</source>[^;]*" "\\1" texts "${unfinished}")
    string(REPLACE ";" "\n  " texts "${texts}")
    string(APPEND failures
           "helios_${lang}.ts lacks ${count} translation(s):\n  ${texts}\n")
  endif()
  # One word for hours in Chinese, everywhere: 小时 (the main view once said 工时, the preview
  # 小时, for the same column).
  if(lang STREQUAL "zh_CN" AND ts MATCHES "工时")
    string(APPEND failures "helios_zh_CN.ts says 工时: Helios writes hours as 小时 everywhere.\n")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "${failures}Run `cmake --build build --target update_translations` and "
                      "translate them in translations/*.ts.")
endif()
message(STATUS "Every GUI string has an English and a Chinese translation.")
