# dla.yaml over 1 MiB is refused at once, with its size; a NUL byte in it is named,
# at its line and column.
. "$(dirname "$0")/common.bash"
repo r
{ printf '%s' "$CONFIG"; head -c 2000000 /dev/zero | tr '\0' '#'; echo; } >r/dla.yaml
LAST="dla check (2 MB dla.yaml)"; dla -C r check
expect 2 "dla: error: dla.yaml fait 2"
printf 'language: fr\npeople:\n  - na\0me: Jeanne Martin\n' >r/dla.yaml
LAST="dla check (NUL in dla.yaml)"; dla -C r check
expect 1 "dla.yaml:3:7: error: octet nul (NUL)"
exit 0
