#!/usr/bin/python3
"""canon.py < JOBS

Each line of JOBS is FORMAT FILE OUT [--graph IRI] [--triples]
[--fold-lang]: parse FILE (an rdflib format: turtle nt nquads trig xml)
and write its quads to OUT one per line, sorted, in a canonical form that
compares exactly:
lexical forms as written (no literal normalisation), language tags in
their case, "x"^^xsd:string as "x", blank nodes named by what they touch.
--graph IRI names the default graph (a source's own graph); --triples
drops graph names (formats without graphs); --fold-lang lower-cases
language tags (for a parser known to lower-case them).  Used by
tests/cli/roundtrip.sh, which has many files to read: one process reads
them all.  A file that does not parse gets OUT holding the error."""
import hashlib
import json
import logging
import re
import sys

import rdflib
import rdflib.plugins.parsers.ntriples as rdflib_nt
from rdflib.term import BNode, URIRef

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
BASE = URIRef("file:///canon-base")  # rdflib's default graph gets this name


ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f",
           '"': '"', "'": "'", "\\": "\\"}
ESCAPE = re.compile(r"\\(?:([tnrbf\"'\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def decode_escapes(s):
    """rdflib 6.1's N-Triples parser decodes escapes with one str.replace
    after another, so an escaped backslash before n (the text \\n) comes
    out as a backslash and a newline.  Its tokenizer stays; this one-pass
    decoder replaces only that step."""
    return ESCAPE.sub(lambda m: ESCAPES[m.group(1)] if m.group(1)
                      else chr(int(m.group(2) or m.group(3), 16)), s)


def term(t, fold, bnames):
    if isinstance(t, BNode):
        return bnames.get(t, "_:?")
    if isinstance(t, URIRef):
        return "<%s>" % t
    s = json.dumps(str(t), ensure_ascii=True)
    if t.language:
        return s + "@" + (t.language.lower() if fold else t.language)
    if t.datatype and str(t.datatype) != XSD_STRING:
        return s + "^^<%s>" % t.datatype
    return s


def blank_names(quads, fold):
    """Name each blank node by a hash of the non-blank terms it touches,
    refined once by its neighbours' names."""
    names = {}
    for _ in range(2):
        sig = {}
        for q in quads:
            for i, t in enumerate(q[:3]):
                if isinstance(t, BNode):
                    other = [term(x, fold, names) for x in q[:3]]
                    other[i] = "_:self"
                    sig.setdefault(t, []).append(" ".join(other))
        names = {b: "_:" + hashlib.sha1("\n".join(sorted(v)).encode())
                 .hexdigest()[:12] for b, v in sig.items()}
    return names


def canon(fmt, path, graph, triples, fold):
    ds = rdflib.ConjunctiveGraph()
    with open(path, "rb") as f:
        ds.parse(f, format=fmt, publicID=BASE)
    quads = []
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        g = ctx.identifier if ctx is not None else None
        if g is None or g in (ds.default_context.identifier, BASE):
            g = URIRef(graph) if graph else None
        quads.append((s, p, o, g))
    names = blank_names(quads, fold)
    out = set()
    for s, p, o, g in quads:
        line = " ".join(term(x, fold, names) for x in (s, p, o))
        if not triples and g is not None:
            line += " " + term(g, fold, names)
        out.add(line)
    return "".join(x + "\n" for x in sorted(out))


def main():
    rdflib.NORMALIZE_LITERALS = False
    if hasattr(rdflib_nt, "decodeUnicodeEscape"):
        rdflib_nt.decodeUnicodeEscape = decode_escapes
    logging.disable(logging.CRITICAL)  # ill-typed literals are on purpose
    for job in sys.stdin:
        a = job.split()
        if len(a) < 3:
            continue
        graph = a[a.index("--graph") + 1] if "--graph" in a else None
        try:
            text = canon(a[0], a[1], graph, "--triples" in a,
                         "--fold-lang" in a)
        except Exception as e:  # the test shows it; the next job runs
            text = "rdflib cannot parse %s: %s\n" % (a[1], e)
        with open(a[2], "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
