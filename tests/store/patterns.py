#!/usr/bin/env python3
"""tests/store/patterns.py JICENG DB: the differential test of the store's
scans.  For quads sampled from the store, every pattern shape (each of s, p,
o, g bound or not: 16 shapes, with and without a graph) is asked through
librdf's storage interface (rdfproc -s jiceng ... find), and the answer must
equal the same pattern applied by plain Python to the store's N-Quads
export, which itself must hold every quad of the input files.  TAP out."""
import os
import random
import re
import subprocess
import sys

jiceng, db = sys.argv[1], sys.argv[2]
inputs = sys.argv[3:]
TERM = r'(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
QUAD = re.compile(r'^' + TERM + r' ' + TERM + r' ' + TERM +
                  r'(?: ' + TERM + r')? \.$')
FOUND = re.compile(r'^Matched triple: ' + TERM + r' ' + TERM + r' ' + TERM +
                   r'(?: with context ' + TERM + r')?$')


def unescape(t):
    return re.sub(r'\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})',
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), t)


def quads(lines, rx, graph=None):
    out = []
    for line in lines:
        m = rx.match(line.strip())
        if m:
            q = [unescape(x) if x else graph for x in m.groups()]
            out.append(tuple(q))
    return out


def file_iri(path):
    return '<file://' + os.path.abspath(path) + '>'


export = subprocess.run([jiceng, '--db', db, 'export', '--format', 'nquads'],
                        capture_output=True, text=True, check=True).stdout
stored = quads(export.splitlines(), QUAD)
n = 0
print('1..%d' % (2 + 16 * 2 * 6))

# The export holds every input quad (default-graph lines: the source's own).
missing = 0
for f in inputs:
    with open(f, encoding='utf-8') as fh:
        want = quads(fh, QUAD, file_iri(f))
    have = set(stored)
    missing += sum(1 for q in want if q not in have)
n += 1
print('%sok %d - the export holds every input quad (%d missing)'
      % ('not ' if missing else '', n, missing))
n += 1
dups = len(stored) - len(set(stored))
print('%sok %d - no quad is stored twice (%d repeated)'
      % ('not ' if dups else '', n, dups))

env = dict(os.environ)


def find(s, p, o, g):
    def arg(t):
        if t is None:
            return '-'
        if t.startswith('<'):
            return t[1:-1]
        return t[1:-1]  # a plain literal, as rdfproc takes it
    cmd = ['rdfproc', '-s', 'jiceng', db, 'find', arg(s), arg(p), arg(o)]
    if g is not None:
        cmd.append(arg(g))
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    got = []
    for line in r.stdout.splitlines():
        m = FOUND.match(line)
        if m:
            q = [unescape(x) if x else None for x in m.groups()]
            if g is not None:
                q[3] = g
            got.append(tuple(q))
    return sorted(got)


rnd = random.Random(20261130)
# Objects rdfproc can name: IRIs and plain literals.
usable = [q for q in stored if q[2].startswith('<') or
          re.match(r'^"[^"\\]*"$', q[2])]
usable = [q for q in usable if not q[0].startswith('_:')]
for sample in rnd.sample(usable, 6):
    for with_graph in (0, 1):
        for mask in range(16):
            pat = [sample[i] if mask >> i & 1 else None for i in range(3)]
            g = sample[3] if with_graph else None
            want = sorted(q for q in stored
                          if all(pat[i] is None or q[i] == pat[i]
                                 for i in range(3))
                          and (g is None or q[3] == g))
            if g is None:  # librdf reports the graph of each quad
                pass
            got = find(pat[0], pat[1], pat[2], g)
            n += 1
            shape = ''.join('spo'[i] if pat[i] else '?' for i in range(3)) + \
                ('g' if g else '?')
            ok = got == want
            print('%sok %d - %s: %d quads%s' %
                  ('' if ok else 'not ', n, shape, len(want),
                   '' if ok else ' (store gave %d)' % len(got)))
            if not ok:
                for q in sorted(set(want) ^ set(got))[:3]:
                    print('# differs: %s' % ' '.join(x or '-' for x in q))
