# Every command writing to a full disk (/dev/full) fails: exit 2 and `dla: error:`, never
# a truncated answer with exit 0. A reader that goes away (`| head`) stays quiet.
. "$(dirname "$0")/common.bash"
[ -w /dev/full ] || skip "no writable /dev/full here"
repo r
printf 'Compte rendu InterDLA N°6 du 3 mai 2024\nPrésents : Jeanne Martin\n' >legacy.txt
run_full() {
    LAST="dla $* >/dev/full"
    timeout -k 2 "$T" "$DLA" --today 2024-05-01 -C r "$@" >/dev/full 2>"$WORK/err"
    STATUS=$?
    ERR=$(cat "$WORK/err")
    expect 2 "dla: error: écriture sur la sortie standard impossible (No space left on device)"
}
run_full show --all
run_full show --all --format json
run_full actions --status all
run_full calendar --all
run_full calendar --all --format ics
run_full summary
run_full attendance
run_full news
run_full new-minutes --dry-run --series interdla --date 2024-06-01
run_full import "$WORK/legacy.txt" --series interdla
run_full completion bash
# A big answer: the error comes while writing, not only at the final flush.
for i in $(seq 6 400); do note 2024-05-03 "$i" >"r/notes/2024/2024-05-03-interdla-$i.md"; done
run_full show --all
# SIGPIPE: a reader that stops early gets no message.
timeout -k 2 "$T" "$DLA" -C r show --all 2>"$WORK/err" | head -c 10 >/dev/null
[ -s "$WORK/err" ] && fail "show | head -c 10: $(cat "$WORK/err")"
exit 0
