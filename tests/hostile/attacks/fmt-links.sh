# `dla fmt` keeps a hard link (the note is left as it is, and said so), and never writes
# through a symbolic link to a file outside the repository.
. "$(dirname "$0")/common.bash"
repo r
unformatted 6 >r/notes/2024/2024-05-03-interdla-6.md
ln r/notes/2024/2024-05-03-interdla-6.md r/copie.md
mkdir dehors
unformatted 7 >dehors/cible.md
cp dehors/cible.md dehors/cible.orig
ln -s "$WORK/dehors/cible.md" r/notes/2024/2024-05-04-interdla-7.md
before=$(stat -c %i r/copie.md)
LAST="dla fmt"; dla -C r fmt notes/2024/2024-05-03-interdla-6.md notes/2024/2024-05-04-interdla-7.md
expect 1 "notes/2024/2024-05-03-interdla-6.md a 2 liens physiques : laissé tel quel"
grep -qF "mène hors du dépôt" "$WORK/err" || fail "no message for the link outside: $ERR"
[ "$(stat -c %h r/copie.md)" = 2 ] && [ "$(stat -c %i r/notes/2024/2024-05-03-interdla-6.md)" = "$before" ] ||
    fail "the hard link is broken"
cmp -s dehors/cible.md dehors/cible.orig || fail "dla fmt rewrote a file outside the repository through a link"
# The whole folder: the same.
LAST="dla fmt (folder)"; dla -C r fmt
cmp -s dehors/cible.md dehors/cible.orig || fail "dla fmt rewrote a file outside the repository"
[ "$(stat -c %h r/copie.md)" = 2 ] || fail "the hard link is broken"
exit 0
