# The Debian package (`make package`, build/dla_<version>_<arch>.deb): CPack packs
# what cmake/install.cmake installs, under /usr. Depends is computed by
# dpkg-shlibdeps (dpkg-dev) from the libraries the binary really links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dla)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Réseau DLA Hauts-de-France")
# Who answers for the package (Debian policy 5.6.2: a name and an address). The
# default is a placeholder of example.org: whoever publishes the package sets
# theirs, -DDLA_MAINTAINER="Nom <adresse>" (docs/install.md).
set(DLA_MAINTAINER "Réseau DLA Hauts-de-France <dla@example.org>" CACHE STRING
  "Maintainer of the Debian package: Name <address>")
set(CPACK_PACKAGE_CONTACT "${DLA_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "comptes rendus de réunion du réseau DLA / DLA network meeting minutes")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DLA_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description, French then English (CPack puts the summary above it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "dla lit un dépôt git de comptes rendus de réunion écrits en Markdown (avec un
en-tête YAML) et en tire des réponses : qui était là, ce que chaque
département a raconté, qui doit faire quoi et pour quand, quand on se revoit.
Il vérifie les comptes rendus, suit les actions d'une réunion à l'autre,
exporte le calendrier en iCalendar et les synthèses en HTML, et importe les
anciens comptes rendus exportés de Word. Fait pour les InterDLA du réseau DLA
des Hauts-de-France ; en français par défaut.

dla reads a git repository of meeting minutes written in Markdown (with a
YAML header) and answers: who came, what each department reported, who owes
what by when, when the next meetings are. It checks the minutes, follows
actions across meetings, exports the calendar as iCalendar and digests as
HTML, and imports legacy minutes exported from Word. Made for the DLA network
of Hauts-de-France; French by default, English with --lang en.")
include(CPack)
