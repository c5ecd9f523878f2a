# Shared by the attack scripts (sourced): DLA and WORK from the arguments, helpers.
set -u
DLA=$1
WORK=$2
T=${HOSTILE_TIMEOUT:-20}
cd "$WORK" || exit 1

fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "$*"; exit 77; }

# Runs dla bounded in time; sets STATUS, OUT (stdout file) and ERR (stderr text).
OUT=$WORK/out
dla() {
    timeout -k 2 "$T" "$DLA" --today 2024-05-01 "$@" >"$OUT" 2>"$WORK/err"
    STATUS=$?
    ERR=$(cat "$WORK/err")
    [ "$STATUS" -ne 124 ] && [ "$STATUS" -ne 137 ] || fail "dla $*: no answer within $T s"
}
expect() {  # expect STATUS TEXT-ON-STDERR (what was run is in $LAST)
    [ "$STATUS" -eq "$1" ] || fail "${LAST:-dla}: exit status $STATUS, expected $1; stderr: $ERR"
    [ -z "${2:-}" ] || grep -qF -- "$2" "$WORK/err" || fail "${LAST:-dla}: no '$2' on stderr: $ERR"
}

CONFIG='language: fr
people:
  - name: Jeanne Martin
    aliases: [Jeanne]
'
# A note in canonical form, and one that `dla fmt` rewrites (a date not written ISO).
note() {  # note DATE NUMBER
    printf -- '---\ntitle: InterDLA N°%s\nseries: interdla\nnumber: %s\ndate: %s\n---\n\n## Actions\n\n- [ ] Envoyer la trame @Jeanne 📅 2024-06-15\n' "$2" "$2" "$1"
}
unformatted() {  # unformatted NUMBER
    printf -- '---\ndate: 2 mai 2024\ntitle: InterDLA N°%s\nseries: interdla\nnumber: %s\n---\n\n## Actions\n\n- [ ] Envoyer la trame @Jeanne 📅 2024-06-15\n' "$1" "$1"
}
repo() {  # repo DIR: dla.yaml and one note
    mkdir -p "$1/notes/2024"
    printf '%s' "$CONFIG" >"$1/dla.yaml"
    note 2024-05-02 5 >"$1/notes/2024/2024-05-02-interdla-5.md"
}
