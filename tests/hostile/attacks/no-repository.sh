# Outside a repository (no dla.yaml above, no notes/ folder), a command that needs one
# says so and exits 2; init, completion, --help, --version and import to stdout work.
. "$(dirname "$0")/common.bash"
mkdir vide && cd vide || exit 1
for cmd in check actions calendar summary attendance news show fmt "new-minutes --series interdla"; do
    LAST="dla $cmd"; dla $cmd
    expect 2 "dla: error: aucun dépôt de comptes rendus ici : \`dla init\` ou \`-C DOSSIER\`"
done
LAST="dla --lang en check"; dla --lang en check
expect 2 "dla: error: no repository of minutes here: \`dla init\` or \`-C FOLDER\`"
LAST="dla -C . check"; dla -C "$WORK/vide" check
expect 2 "aucun dépôt de comptes rendus ici"
for cmd in --version --help "completion bash"; do
    LAST="dla $cmd"; dla $cmd
    expect 0
done
printf 'Compte rendu InterDLA N°6 du 3 mai 2024\nPrésents : Jeanne Martin\n' >legacy.txt
LAST="dla import"; dla import legacy.txt --series interdla
[ "$STATUS" -le 1 ] || fail "dla import outside a repository: exit $STATUS: $ERR"
LAST="dla init"; dla init depot
expect 0
LAST="dla check (after init)"; dla -C depot check
expect 0
exit 0
