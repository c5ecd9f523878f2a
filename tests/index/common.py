"""What the scripts of tests/index share: the fixture, running the real binary in a
cache folder of its own, reading the index back, and counting failures."""
import ctypes
import ctypes.util
import os
import resource
import sqlite3
import struct
import subprocess
import sys
import time

DLA = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "dla"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "e2e", "fixtures", "actions")
NOTE3 = "notes/2024/2024-03-14-interdla-3.md"
NOTE4 = "notes/2024/2024-04-04-interdla-4.md"

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def run(repo, cache, *args, env_extra=None, limits=None):
    """dla's exit status, stdout and stderr; `limits`: {resource.RLIMIT_…: value} for its run."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "TZ": "UTC",
           "HOME": cache, "XDG_CACHE_HOME": cache}
    env.update(env_extra or {})

    def limited():
        for what, value in (limits or {}).items():
            resource.setrlimit(what, (value, value))
    p = subprocess.run([DLA, "-C", repo, "--today", "2024-04-10", *args], capture_output=True, env=env, timeout=60,
                       preexec_fn=limited if limits else None)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def index_file(cache):
    folder = os.path.join(cache, "dla")
    files = [f for f in os.listdir(folder) if f.endswith(".sqlite")] if os.path.isdir(folder) else []
    return os.path.join(folder, files[0]) if len(files) == 1 else None


def rows(cache):
    with sqlite3.connect(index_file(cache)) as db:
        return {path: mtime for path, mtime in db.execute("SELECT path, mtime FROM blob_head")}


def part_rows(cache):
    """The paths of each table of blobs of the index: the stamps and head (blob_head), and every part."""
    with sqlite3.connect(index_file(cache)) as db:
        tables = [t for t, in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'blob_%'")]
        return {t: {p for p, in db.execute(f"SELECT path FROM {t}")} for t in tables}


def relational_rows(cache):
    """The paths of the notes table, and those each relational table and the text table
    (docs/schema.md) hold rows of, through their note_id."""
    with sqlite3.connect(index_file(cache)) as db:
        paths = dict(db.execute("SELECT id, path FROM notes"))
        out = {"notes": set(paths.values())}
        for t in ("attendance", "agenda_items", "news_items", "decisions", "actions", "action_owners", "events",
                  "sections", "diagnostics"):
            out[t] = {paths.get(i, f"orphan {i}") for i, in db.execute(f"SELECT DISTINCT note_id FROM {t}")}
        out["lines"] = {paths.get(i, f"orphan {i}") for i, in db.execute("SELECT DISTINCT rowid >> 24 FROM lines")}
        return out


XXHASH = ctypes.CDLL(ctypes.util.find_library("xxhash") or "libxxhash.so.0")
XXHASH.XXH3_64bits.restype = ctypes.c_uint64
XXHASH.XXH3_64bits.argtypes = [ctypes.c_char_p, ctypes.c_size_t]


def checksum(path, data, stamp=None):
    """The checksum dla keeps with a row (src/index/index.cpp): XXH3 of the path, the stamp of the
    head (five 64-bit integers), the blob; as SQLite's signed integer."""
    raw = path.encode() + (struct.pack("<5q", *stamp) if stamp else b"") + bytes(data)
    return struct.unpack("<q", struct.pack("<Q", XXHASH.XXH3_64bits(raw, len(raw))))[0]


def settle():
    # A file touched less than two seconds ago is not stored (docs/performance.md): wait.
    time.sleep(2.2)


