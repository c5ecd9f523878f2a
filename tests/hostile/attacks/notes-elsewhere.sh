# `notes:` in dla.yaml must name a folder inside the repository that exists: `../x`,
# an absolute path elsewhere, a link leading out and a typo are errors (exit 2), and
# nothing is read or written there.
. "$(dirname "$0")/common.bash"
mkdir -p x/2024 elsewhere/2024
note 2024-05-02 5 >x/2024/2024-05-02-interdla-5.md
note 2024-05-02 5 >elsewhere/2024/2024-05-02-interdla-5.md
printf 'Compte rendu InterDLA N°6 du 3 mai 2024\nPrésents : Jeanne Martin\n' >legacy.txt
for notes in ../x "$WORK/elsewhere" lien; do
    rm -rf r && mkdir r && printf 'notes: %s\n%s' "$notes" "$CONFIG" >r/dla.yaml
    ln -s "$WORK/x" r/lien
    for cmd in check actions calendar summary; do
        LAST="dla $cmd (notes: $notes)"; dla -C r $cmd
        expect 2 "est hors du dépôt"
    done
    LAST="dla new-minutes (notes: $notes)"; dla -C r new-minutes --series interdla --date 2024-06-01
    expect 2 "est hors du dépôt"
    LAST="dla import --into-repo (notes: $notes)"; dla -C r import --into-repo --series interdla "$WORK/legacy.txt"
    expect 2 "est hors du dépôt"
    [ "$(find x elsewhere -type f | wc -l)" = 2 ] || fail "a note was written outside the repository: $(find x elsewhere -type f)"
done
# A year folder of notes/ that is a link leading out: no new note written through it.
rm -rf r && mkdir -p r/notes/2024 && printf 'notes: notes\n%s' "$CONFIG" >r/dla.yaml
note 2024-05-02 5 >r/notes/2024/2024-05-02-interdla-5.md
mkdir -p out2025 && ln -s "$WORK/out2025" r/notes/2025
LAST="dla new-minutes (notes/2025 a link out)"; dla -C r new-minutes --series interdla --date 2025-01-09
expect 2 "« notes/2025 » est hors du dépôt"
LAST="dla import --into-repo (notes/2025 a link out)"; dla -C r import --into-repo --series interdla --date 2025-01-09 "$WORK/legacy.txt"
expect 2 "est hors du dépôt"
[ -z "$(find out2025 -type f)" ] || fail "a note was written through notes/2025: $(find out2025 -type f)"
rm -rf r && mkdir -p r/notes && printf 'notes: notse\n%s' "$CONFIG" >r/dla.yaml
LAST="dla check (notes: notse)"; dla -C r check
expect 2 "le dossier des notes « notse » n'existe pas"
LAST="dla actions (notes: notse)"; dla -C r actions
expect 2 "le dossier des notes « notse » n'existe pas"
exit 0
