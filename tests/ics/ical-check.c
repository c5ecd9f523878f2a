/* Reads .ics files with libical 3 (Debian's libical-dev, the library behind Evolution and
 * many calendar servers) and fails on anything it does not accept:
 *
 *   ical-check FILE...
 *
 * Each file must parse as one VCALENDAR, pass icalrestriction_check (RFC 5546's
 * restrictions: with METHOD:PUBLISH, an ORGANIZER is required, for instance), and carry
 * no X-LIC-ERROR property, which libical adds where it could not read a line or value.
 * Exit 0 when every file passes, 1 otherwise; every problem is printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t size = 0, capacity = 4096;
    char *data = malloc(capacity);
    size_t n;
    while (data && (n = fread(data + size, 1, capacity - size - 1, f)) > 0) {
        size += n;
        if (capacity - size < 2) data = realloc(data, capacity *= 2);
    }
    fclose(f);
    if (data) data[size] = '\0';
    return data;
}

/* Every X-LIC-ERROR of `c` and its subcomponents, printed; their count. */
static int errors_in(icalcomponent *c, const char *path) {
    int count = 0;
    /* Before the loop: icalcomponent_get_summary moves the component's property iterator. */
    const char *summary = icalcomponent_get_summary(c);
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        printf("ical-check: %s: %s: %s\n", path, summary ? summary : icalcomponent_kind_to_string(icalcomponent_isa(c)),
               icalproperty_get_xlicerror(p));
        ++count;
    }
    /* Subcomponents gathered first: the recursion must not move this component's iterator. */
    int n = icalcomponent_count_components(c, ICAL_ANY_COMPONENT);
    icalcomponent **subs = calloc((size_t)n + 1, sizeof *subs);
    int i = 0;
    for (icalcomponent *sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub && i < n;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        subs[i++] = sub;
    for (int j = 0; j < i; ++j) count += errors_in(subs[j], path);
    free(subs);
    return count;
}

static int check(const char *path) {
    char *data = read_all(path);
    if (!data) {
        printf("ical-check: %s: cannot read\n", path);
        return 1;
    }
    icalcomponent *cal = icalparser_parse_string(data);
    free(data);
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        printf("ical-check: %s: not one VCALENDAR (%s)\n", path, icalerror_strerror(icalerrno));
        if (cal) icalcomponent_free(cal);
        return 1;
    }
    /* The check adds an X-LIC-ERROR where a restriction fails: counted with the parser's. */
    const int passed = icalrestriction_check(cal);
    int problems = errors_in(cal, path);
    if (!passed && problems == 0) {
        printf("ical-check: %s: icalrestriction_check failed\n", path);
        problems = 1;
    }
    int events = icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT);
    printf("ical-check: %s: %d event(s), %d problem(s)\n", path, events, problems);
    icalcomponent_free(cal);
    return problems ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: ical-check FILE...\n");
        return 2;
    }
    int failed = 0;
    for (int i = 1; i < argc; ++i) failed |= check(argv[i]);
    return failed;
}
