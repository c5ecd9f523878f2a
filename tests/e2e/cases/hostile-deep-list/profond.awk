# Writes a note whose news section is one list nested 2000 deep (4 MB: each
# level is indented two more spaces), the deepest item an open action without
# owner, so that `dla check` proves it read all the way down.
BEGIN {
  print "---"
  print "title: Liste profonde"
  print "date: 2024-05-02"
  print "---"
  print ""
  print "## Tour d'actualités"
  print ""
  indent = ""
  for (i = 1; i < 2000; i++) {
    print indent "- niveau " i
    indent = indent "  "
  }
  print indent "- [ ] action au niveau 2000"
}
