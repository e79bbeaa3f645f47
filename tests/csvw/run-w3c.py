#!/usr/bin/env python3
"""csvw/run-w3c.py: the W3C CSVW RDF tests (w3c/manifest-rdf.jsonld)
through the real jiceng binary and csv plugin: each test's action is
loaded with `.load` and exported with `.export --format ntriples` in one
`jiceng --memory` run, and the graph compared with the expected Turtle up
to blank node renaming (rdflib.compare.isomorphic).  A negative test
passes when the load fails.  Warnings are not compared.

Speaks TAP, one line per test in pass.list: a test listed there must
pass (the list may only grow).  The other tests run too and are reported
as "# TODO" lines with the reason from fail.list, so a test that starts
to pass shows up (add it to pass.list).  Tests that need the network
(HTTP Link headers, URL query components, a site-wide /.well-known/csvm)
are listed in fail.list as "network" and not run.

usage: run-w3c.py [--all] [--diff] [TEST...]
  --all: print every result; --diff: the triples that differ
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
W3C = os.path.join(HERE, 'w3c')
JICENG = os.environ.get('JICENG', 'jiceng')


def skip(reason):
    print('1..0 # SKIP ' + reason)
    sys.exit(0)


try:
    import rdflib
    from rdflib.compare import isomorphic
except ImportError:
    skip('rdflib not installed (Debian package python3-rdflib)')


def read_list(name):
    out = {}
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return out
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0].strip() if not line.startswith(
            'test') else line.strip()
        if not line:
            continue
        test, _, reason = line.partition(' ')
        out[test] = reason.strip()
    return out


def network(entry):
    return ('httpLink' in entry or '?' in entry['action'] or
            entry['id'].endswith(('test259', 'test260')))


def run(entry):
    """(ok, detail) for one manifest entry."""
    action = entry['action']
    path = os.path.join(W3C, action)
    opts = entry.get('option', {})
    load = ['.load', path, '--as', 'csv', '--option',
            'mode=' + ('minimal' if opts.get('minimal') else 'standard')]
    if opts.get('metadata'):
        load += ['--option', 'metadata=' + os.path.join(W3C,
                                                        opts['metadata'])]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'got.nt')
        cmd = [JICENG, '--memory', '--bail', '-c', ' '.join(
            "'%s'" % a if ' ' in a else a for a in load),
            '-c', '.export %s --format ntriples --graph %s' % (out, path)]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        negative = entry['type'] == 'csvt:NegativeRdfTest'
        loaded = p.returncode == 0 and os.path.exists(out)
        if negative:
            return (not loaded, 'loaded, but the test expects an error'
                    if loaded else '')
        if not loaded:
            return False, 'load failed: ' + (p.stderr.strip().splitlines()
                                             or ['?'])[-1]
        got = rdflib.Graph()
        got.parse(out, format='nt')
    want = rdflib.Graph()
    base = 'file://' + path
    # Some results name the tests by their W3C address: ours is a file.
    text = open(os.path.join(W3C, entry['result']), encoding='utf-8').read()
    text = text.replace('http://www.w3.org/2013/csvw/tests/', 'file://%s/'
                        % W3C)
    want.parse(data=text, format='turtle', publicID=base)
    if isomorphic(got, want):
        return True, ''
    if DIFF:
        from rdflib.compare import to_isomorphic, graph_diff
        both, only_got, only_want = graph_diff(to_isomorphic(got),
                                               to_isomorphic(want))
        for t in sorted(only_got.serialize(format='nt').splitlines()):
            print('#  got  ', t)
        for t in sorted(only_want.serialize(format='nt').splitlines()):
            print('#  want ', t)
    return False, 'graphs differ (%d triples, %d expected)' % (len(got),
                                                               len(want))


DIFF = '--diff' in sys.argv


def main(argv):
    show_all = '--all' in argv
    only = [a for a in argv if not a.startswith('--')]
    manifest = json.load(open(os.path.join(W3C, 'manifest-rdf.jsonld')))
    passing = read_list('pass.list')
    failing = read_list('fail.list')
    entries = [e for e in manifest['entries']
               if not only or e['id'].split('#')[1] in only]
    print('1..%d' % len(entries))
    npass = 0
    for i, e in enumerate(entries, 1):
        name = e['id'].split('#')[1]
        label = '%s %s' % (name, e['name'])
        if network(e):
            print('ok %d - %s # SKIP needs the network' % (i, label))
            continue
        try:
            ok, detail = run(e)
        except Exception as ex:  # a crash of the runner is a failure too
            ok, detail = False, 'runner: %s' % ex
        npass += ok
        if name in passing or show_all or only:
            print('%s %d - %s%s' % ('ok' if ok else 'not ok', i, label,
                                    '' if ok else ': ' + detail))
        elif ok:
            print('ok %d - %s (passes: add it to pass.list)' % (i, label))
        else:
            print('not ok %d - %s # TODO %s' % (
                i, label, failing.get(name, detail)))
    print('# %d of %d tests pass' % (npass, len(entries)))


if __name__ == '__main__':
    main(sys.argv[1:])
