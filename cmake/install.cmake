# What `cmake --install` puts where (docs/install.md): the binary, the man page
# written by help2man from the binary's own help (scripts/man-page), the default
# template, the documentation and, with DLA_COMPLETIONS, the shell completions.
include(GNUInstallDirs)

option(DLA_MAN "Write the man page dla.1 with help2man (scripts/install-deps installs it)" ON)
option(DLA_COMPLETIONS "Write and install the bash, zsh and fish completions (`dla completion SHELL`)" ON)

install(TARGETS dla RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# A copy of the template built into dla (a unit test keeps them equal), to copy into
# a repository's templates/ and adapt; dla itself only reads the repository's.
install(FILES templates/default.md DESTINATION ${CMAKE_INSTALL_DATADIR}/dla/templates)
# The README links to docs/…: the same layout keeps its links working.
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB DLA_DOC_FILES CONFIGURE_DEPENDS docs/*.md docs/*.png)
install(FILES ${DLA_DOC_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

if(DLA_MAN)
  find_program(HELP2MAN help2man REQUIRED)
  find_program(PERL perl REQUIRED)
  add_custom_command(
    OUTPUT ${CMAKE_BINARY_DIR}/dla.1 ${CMAKE_BINARY_DIR}/dla.1.gz ${CMAKE_BINARY_DIR}/dla.h2m
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/man-page $<TARGET_FILE:dla>
            ${PROJECT_SOURCE_DIR}/docs/man/dla.h2m ${CMAKE_BINARY_DIR}
    DEPENDS dla ${PROJECT_SOURCE_DIR}/scripts/man-page ${PROJECT_SOURCE_DIR}/docs/man/dla.h2m
    COMMENT "Writing the man page dla.1 (help2man)"
    VERBATIM)
  add_custom_target(dla_man ALL DEPENDS ${CMAKE_BINARY_DIR}/dla.1 ${CMAKE_BINARY_DIR}/dla.1.gz)
  install(FILES ${CMAKE_BINARY_DIR}/dla.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Each completion script is the output of `dla completion SHELL`, written at build time
# (French descriptions whatever the builder's language, as for the man page).
if(DLA_COMPLETIONS)
  set(DLA_COMPLETION_DIR ${CMAKE_BINARY_DIR}/completions)
  set(DLA_COMPLETION_FILES)
  foreach(shell_file IN ITEMS "bash|dla|bash-completion/completions"
                              "zsh|_dla|zsh/vendor-completions"
                              "fish|dla.fish|fish/vendor_completions.d")
    string(REPLACE "|" ";" parts "${shell_file}")
    list(GET parts 0 shell)
    list(GET parts 1 file)
    list(GET parts 2 dir)
    add_custom_command(
      OUTPUT ${DLA_COMPLETION_DIR}/${shell}/${file}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${DLA_COMPLETION_DIR}/${shell}
      COMMAND ${CMAKE_COMMAND} -E env --unset=LANG --unset=LANGUAGE LC_ALL=C.UTF-8 sh -c "\"$0\" completion ${shell} > \"$1.tmp\" && mv \"$1.tmp\" \"$1\""
              $<TARGET_FILE:dla> ${DLA_COMPLETION_DIR}/${shell}/${file}
      DEPENDS dla
      COMMENT "Writing the ${shell} completion (dla completion ${shell})"
      VERBATIM)
    list(APPEND DLA_COMPLETION_FILES ${DLA_COMPLETION_DIR}/${shell}/${file})
    install(FILES ${DLA_COMPLETION_DIR}/${shell}/${file} DESTINATION ${CMAKE_INSTALL_DATADIR}/${dir})
  endforeach()
  add_custom_target(dla_completions ALL DEPENDS ${DLA_COMPLETION_FILES})
endif()
