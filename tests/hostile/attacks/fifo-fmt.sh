# `dla fmt --check` and `dla fmt` on a folder holding a named pipe called *.md: no hang,
# the pipe is named (not-a-regular-file) and left alone.
. "$(dirname "$0")/common.bash"
repo r
mkfifo r/notes/2024/2024-05-03-tube.md
LAST="dla fmt --check"; dla -C r fmt --check
expect 1 "notes/2024/2024-05-03-tube.md: error: lecture impossible : ce n'est pas un fichier ordinaire (un tube nommé)"
LAST="dla fmt"; dla -C r fmt
expect 1 "[not-a-regular-file]"
[ -p r/notes/2024/2024-05-03-tube.md ] || fail "the pipe is gone"
exit 0
