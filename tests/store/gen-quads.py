#!/usr/bin/env python3
"""gen-quads.py N SEED: N deterministic N-Quads lines over a few subjects,
predicates and graphs, with IRIs, plain, typed, numeric and language-tagged
objects, and triples repeated across graphs (a merge must not repeat
them), for the store's differential test.  Language tags are lower case:
Raptor lower-cases them as it parses, which is the rdf loader's matter."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
XSD = "http://www.w3.org/2001/XMLSchema#"
for _ in range(n):
    s = "<http://e.org/s%d>" % rnd.randrange(n // 10 + 1)
    p = "<http://e.org/p%d>" % rnd.randrange(8)
    o = rnd.choice([
        "<http://e.org/s%d>" % rnd.randrange(n // 10 + 1),
        '"v%d"' % rnd.randrange(n // 6 + 1),
        '"%d"^^<%sinteger>' % (rnd.randrange(-50, 100), XSD),
        '"0%d"^^<%sinteger>' % (rnd.randrange(10), XSD),
        '"名%d"@zh-hans' % rnd.randrange(50),
    ])
    g = rnd.choice(["", " <http://e.org/g1>", " <http://e.org/g2>"])
    print("%s %s %s%s ." % (s, p, o, g))
