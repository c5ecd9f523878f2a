# dla diff: a submodule under notes/ is no new note; a note over the size limit in git
# history is reported and skipped, never parsed.
. "$(dirname "$0")/common.bash"
command -v git >/dev/null || skip "no git here"
repo r
cd r || exit 1
git init -q . && git add -A && git commit -qm un || fail "git commit"
mkdir -p ../sous && (cd ../sous && git init -q . && note 2024-05-09 9 >2024-05-09-interdla-9.md &&
    git add -A && git commit -qm sous) || fail "the nested repository"
git -c protocol.file.allow=always submodule add -q "$WORK/sous" notes/sous >/dev/null 2>&1 ||
    skip "git submodule add failed"
git commit -qm "un sous-module" || fail "git commit of the submodule"
LAST="dla diff --exit-code (submodule)"; dla diff --exit-code
expect 0
# 65 MiB of ordinary text in a commit, then removed from the working tree.
{ note 2024-05-10 10; yes 'Une ligne de compte rendu, encore une.' | head -c 68157440; } >notes/2024/2024-05-10-enorme.md
git add -A && git commit -qm enorme || fail "git commit of the big note"
rm notes/2024/2024-05-10-enorme.md
LAST="dla diff HEAD~1 HEAD (big note)"; dla diff HEAD~1 HEAD
expect 0 "notes/2024/2024-05-10-enorme.md: error: lecture impossible : fichier de"
grep -qF "[note-too-large]" "$WORK/err" || fail "no note-too-large: $ERR"
exit 0
