# The link graph of the layers, checked when CMake configures (the sources are checked by the
# ctest architecture/layers): the window (helios_ui), the local API (helios_api), the services (helios_jobs), sync (helios_sync) and the LLM
# layer (helios_llm) reach storage only through the interfaces of core/domain, so none of them
# may link helios_store, directly or through another library; helios_domain links no module.
# Only app/ (the composition roots) and tests link the store.

# The helios_* libraries `target` links, directly or not, into the variable `out`.
function(helios_linked_modules target out)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(NOT TARGET ${current})
      continue()
    endif()
    get_target_property(direct ${current} LINK_LIBRARIES)
    get_target_property(interface ${current} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS direct interface)
      if(lib MATCHES "^helios_" AND NOT lib IN_LIST seen)
        list(APPEND seen ${lib})
        list(APPEND queue ${lib})
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(helios_check_layers)
  set(problems "")
  foreach(target helios_api helios_secrets helios_sync helios_ui helios_jobs helios_today helios_llm helios_agents
                 helios_planning helios_io
                 helios_metrics helios_log helios_domain)
    helios_linked_modules(${target} linked)
    if(helios_store IN_LIST linked)
      list(APPEND problems "${target} links helios_store (use the interfaces of core/domain)")
    endif()
    if(target STREQUAL helios_domain AND linked)
      list(APPEND problems "helios_domain links ${linked} (it must link no other module)")
    endif()
  endforeach()
  if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The link graph breaks the layers:\n  ${text}")
  endif()
endfunction()
