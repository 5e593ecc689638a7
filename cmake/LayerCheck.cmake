# The layering is enforced by what each target links: configure fails when a layer
# links something above it, directly or through another target (see docs/architecture.md).

# Everything `target` links, following project targets transitively (PUBLIC, PRIVATE and
# INTERFACE links alike: a private link still puts the code in the binary).
function(_baton_collect_links target out)
  set(_seen ${${out}})
  get_target_property(_links ${target} LINK_LIBRARIES)
  get_target_property(_ilinks ${target} INTERFACE_LINK_LIBRARIES)
  foreach(_l IN LISTS _links _ilinks)
    if(NOT _l OR _l IN_LIST _seen)
      continue()
    endif()
    # $<LINK_ONLY:x> and similar wrappers name the same library.
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" _l "${_l}")
    list(APPEND _seen "${_l}")
    if(TARGET ${_l})
      get_target_property(_imported ${_l} IMPORTED)
      if(NOT _imported)
        _baton_collect_links(${_l} _seen)
      endif()
    endif()
  endforeach()
  set(${out} ${_seen} PARENT_SCOPE)
endfunction()

function(baton_assert_links_none target)
  set(_all "")
  _baton_collect_links(${target} _all)
  foreach(_forbidden IN LISTS ARGN)
    foreach(_l IN LISTS _all)
      string(FIND "${_l}" "${_forbidden}" _pos)
      if(NOT _pos EQUAL -1)
        message(FATAL_ERROR "Layering: ${target} must not link ${_l} (directly or through another target)")
      endif()
    endforeach()
  endforeach()
endfunction()
