# What `cmake --install` puts where (docs/install.md): the binary, the man page
# written by help2man from the binary's own help (scripts/man-page), the default
# template, the documentation and, with DLA_COMPLETIONS, the shell completions.
include(GNUInstallDirs)

option(DLA_MAN "Write the man page dla.1 with help2man (scripts/install-deps installs it)" ON)
option(DLA_COMPLETIONS "Write and install the bash, zsh and fish completions (`dla completion SHELL`)" ON)

install(TARGETS dla RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# A stripped binary (the .deb: CPACK_STRIP_FILES) also loses the compiler's
# identification, as Debian's dh_strip does (lintian: binary-has-unneeded-section).
if(CMAKE_OBJCOPY)
  install(CODE "if(CMAKE_INSTALL_DO_STRIP)
    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment --remove-section=.note
      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/dla\" COMMAND_ERROR_IS_FATAL ANY)
  endif()")
endif()
# A copy of the template built into dla (a unit test keeps them equal), to copy into
# a repository's templates/ and adapt; dla itself only reads the repository's.
install(FILES templates/default.md DESTINATION ${CMAKE_INSTALL_DATADIR}/dla/templates)
# The README links to docs/…: the same layout keeps its links working.
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The licence and the history as Debian has them (lintian): share/doc/dla/copyright
# in the machine-readable format, share/doc/dla/changelog.gz in the format of
# debian/changelog, whose first entry is this version (checked here).
file(STRINGS packaging/changelog DLA_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT DLA_CHANGELOG_TOP MATCHES "^dla \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog begins with '${DLA_CHANGELOG_TOP}', not the version ${PROJECT_VERSION}: add its entry")
endif()
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
  COMMAND sh -c "gzip -9nc \"$0\" > \"$1.tmp\" && mv \"$1.tmp\" \"$1\""
          ${PROJECT_SOURCE_DIR}/packaging/changelog ${CMAKE_BINARY_DIR}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
  VERBATIM)
add_custom_target(dla_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES packaging/copyright ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME dla)
file(GLOB DLA_DOC_FILES CONFIGURE_DEPENDS docs/*.md docs/*.png)
install(FILES ${DLA_DOC_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# Two pages: French, the tool's language (share/man/fr/man1, `man dla` in a French
# session), and English (share/man/man1, for every other language).
if(DLA_MAN)
  find_program(HELP2MAN help2man REQUIRED)
  find_program(PERL perl REQUIRED)
  set(DLA_MAN_PAGES)
  foreach(lang_include_dir IN ITEMS "fr|dla.h2m|${CMAKE_INSTALL_MANDIR}/fr/man1"
                                    "en|dla.en.h2m|${CMAKE_INSTALL_MANDIR}/man1")
    string(REPLACE "|" ";" parts "${lang_include_dir}")
    list(GET parts 0 lang)
    list(GET parts 1 include)
    list(GET parts 2 dir)
    set(out ${CMAKE_BINARY_DIR}/man/${lang})
    add_custom_command(
      OUTPUT ${out}/dla.1 ${out}/dla.1.gz ${out}/dla.h2m
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
      COMMAND ${PROJECT_SOURCE_DIR}/scripts/man-page $<TARGET_FILE:dla>
              ${PROJECT_SOURCE_DIR}/docs/man/${include} ${out} ${lang}
      DEPENDS dla ${PROJECT_SOURCE_DIR}/scripts/man-page ${PROJECT_SOURCE_DIR}/docs/man/${include}
      COMMENT "Writing the man page man/${lang}/dla.1 (help2man)"
      VERBATIM)
    list(APPEND DLA_MAN_PAGES ${out}/dla.1 ${out}/dla.1.gz)
    install(FILES ${out}/dla.1.gz DESTINATION ${dir})
  endforeach()
  add_custom_target(dla_man ALL DEPENDS ${DLA_MAN_PAGES})
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
