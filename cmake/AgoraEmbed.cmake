# agora_embed(OUTPUT out.cpp FILES a.csv b.json ...)
# Generates a C++ source holding each file's bytes, so the built-in data tables
# (vehicle classes, barrier catalogue, profiles, OSM tag tables) ship inside the binary
# while staying plain files in data/ that a user can read, copy and replace.
# The source defines agora::gis::detail::embedded_files().
function(agora_embed)
  cmake_parse_arguments(EMB "" "OUTPUT" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${EMB_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${EMB_OUTPUT}" "-DFILES=${EMB_FILES}"
            "-DDATA_ROOT=${PROJECT_SOURCE_DIR}/data" -P "${PROJECT_SOURCE_DIR}/cmake/AgoraEmbedScript.cmake"
    DEPENDS ${EMB_FILES} "${PROJECT_SOURCE_DIR}/cmake/AgoraEmbedScript.cmake"
    COMMENT "Embedding built-in data tables"
    VERBATIM)
endfunction()
