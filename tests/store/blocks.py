#!/usr/bin/env python3
"""tests/store/blocks.py JICENG WORKDIR: the store's compressed blocks under
changes.  Five sources of generated quads (sharing subjects, predicates and
objects, so that every index's blocks hold records of several sources and
split) are loaded, two dropped, one reloaded changed and one loaded again;
after each step the sorted export must equal the quads the sources hold,
and COUNT(*) of every pattern shape sampled from them (the store's exact
counts: whole blocks counted from their heads) must equal a count over
those quads.  TAP out."""
import os
import random
import subprocess
import sys

jiceng, work = sys.argv[1], sys.argv[2]
db = os.path.join(work, "db")
rnd = random.Random(20261201)
P = ["<http://e.org/p%d>" % i for i in range(6)]


def gen(i, n, salt=0):
    r = random.Random(i * 1000 + salt)
    out = set()
    while len(out) < n:
        s = "<http://e.org/s%d>" % r.randrange(3000)
        p = r.choice(P)
        o = r.choice(["<http://e.org/s%d>" % r.randrange(3000),
                      '"v%d"' % r.randrange(5000),
                      '"%d"^^<http://www.w3.org/2001/XMLSchema#integer>'
                      % r.randrange(-40, 400)])
        out.add((s, p, o))
    return out


def write(name, triples):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        for t in sorted(triples):
            f.write("%s %s %s .\n" % t)
    return path


def jc(*args):
    return subprocess.run([jiceng, "--db", db] + list(args),
                          capture_output=True, text=True)


sources = {}
for i in range(5):
    sources["s%d.nt" % i] = gen(i, 3000 + 700 * i)
paths = {k: write(k, v) for k, v in sources.items()}
n = 0
steps = []


def state():
    quads = set()
    for k, v in sources.items():
        g = "<file://%s>" % os.path.abspath(paths[k])
        quads.update((s, p, o, g) for s, p, o in v)
    return quads


def check(label):
    global n
    want = state()
    out = jc("export", "--format", "nquads").stdout.splitlines()
    have = set()
    for line in out:
        parts = line.rstrip(" .").split(" ", 3)
        if len(parts) == 4 and parts[3].startswith("<file://" + work):
            have.add(tuple(parts))
    n += 1
    ok = have == want
    print("%sok %d - %s: the export holds the %d quads of the sources%s"
          % ("" if ok else "not ", n, label, len(want),
             "" if ok else " (%d missing, %d extra)"
             % (len(want - have), len(have - want))))
    sample = rnd.sample(sorted(want), 4)
    bad = []
    for q in sample:
        for mask in range(1, 16):
            pat = [q[i] if mask >> i & 1 else None for i in range(4)]
            cnt = sum(1 for x in want
                      if all(pat[i] is None or x[i] == pat[i]
                             for i in range(4)))
            var = ["?s", "?p", "?o", "?g"]
            t = [pat[i] or var[i] for i in range(4)]
            if pat[3]:
                # one triple pattern on one graph: the store's own count
                body = "%s %s %s" % (t[0], t[1], t[2])
                args = ["--default-graph", pat[3][1:-1]]
            else:
                # only the sources' graphs: the store also holds provenance
                body = "GRAPH ?g { %s %s %s } FILTER(STRSTARTS(STR(?g), " \
                       "\"file://%s\"))" % (t[0], t[1], t[2], work)
                args = []
            r = jc("query", "--format", "csv", "--no-headers", *args,
                   "SELECT (COUNT(*) AS ?n) WHERE { %s }" % body)
            got = r.stdout.strip()
            if got != str(cnt):
                bad.append("%s: %s, want %d" % (body, got or r.stderr.strip(), cnt))
    n += 1
    print("%sok %d - %s: COUNT(*) of 60 patterns%s" %
          ("not " if bad else "", n, label, "" if not bad else ""))
    for b in bad[:4]:
        print("# " + b)


print("1..8")
r = jc("load", *[paths[k] for k in sorted(paths)])
check("five sources loaded")
for k in ("s1.nt", "s3.nt"):
    jc("drop", paths[k])
    del sources[k]
check("two dropped")
sources["s2.nt"] = set(list(sources["s2.nt"])[::2]) | gen(2, 1500, salt=7)
write("s2.nt", sources["s2.nt"])
jc("load", paths["s2.nt"])
check("one reloaded changed")
sources["s1.nt"] = gen(1, 3700)
jc("load", paths["s1.nt"])
check("one loaded again")
