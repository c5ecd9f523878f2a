# A line appended to a note while `dla fmt` runs is never lost: a note that changed since
# it was read is left as it is, and said so.
. "$(dirname "$0")/common.bash"
repo r
for i in $(seq 1000 1599); do unformatted "$i" >"r/notes/2024/2024-05-02-n$i.md"; done
last=r/notes/2024/2024-05-02-n1599.md   # the last one fmt writes
"$DLA" -C r fmt >"$WORK/fmt.out" 2>"$WORK/fmt.err" &
fmt=$!
n=0
while kill -0 "$fmt" 2>/dev/null; do
    n=$((n + 1))
    echo "- ajout concurrent $n" >>"$last"
    sleep 0.005
done
wait "$fmt"
STATUS=$?
[ "$n" -ge 3 ] || skip "dla fmt ended before the writer could append (n=$n)"
for i in $(seq 1 "$n"); do
    grep -qx -- "- ajout concurrent $i" "$last" || fail "line $i of $n appended during dla fmt is lost"
done
grep -qF "notes/2024/2024-05-02-n1599.md a changé depuis sa lecture" "$WORK/fmt.err" ||
    fail "no message for the note changed meanwhile: $(tail -5 "$WORK/fmt.err")"
[ "$STATUS" -eq 1 ] || fail "exit status $STATUS, expected 1 (a note left)"
exit 0
