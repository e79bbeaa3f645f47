"""compare.py FORMAT A B: are two SPARQL answers the same multiset of rows?
JSON results (numbers compared by value, language tags without case) or
N-Triples (blank node labels aside).  Prints the first difference."""
import collections, json, re, sys
from decimal import Decimal

XSD = "http://www.w3.org/2001/XMLSchema#"
NUM = {XSD + t for t in ("integer", "decimal", "double", "float", "int",
                         "long", "nonNegativeInteger")}

def term(t):
    if t["type"] == "bnode":
        return ("bnode",)
    if t["type"] == "uri":
        return ("uri", t["value"])
    dt = t.get("datatype")
    if dt in NUM:
        return ("num", Decimal(t["value"]).normalize())
    if dt == XSD + "string":
        dt = None
    return ("lit", t["value"], dt, (t.get("xml:lang") or "").lower())

def srx(text):
    """SPARQL XML results as the JSON structure."""
    import xml.etree.ElementTree as ET
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = ET.fromstring(text)
    b = root.find(ns + "boolean")
    if b is not None:
        return {"boolean": b.text.strip() == "true"}
    out = []
    for r in root.iter(ns + "result"):
        row = {}
        for bd in r.findall(ns + "binding"):
            v = list(bd)[0]
            kind = v.tag[len(ns):]
            if kind == "unbound":
                continue
            t = {"type": {"uri": "uri", "bnode": "bnode"}.get(kind, "literal"),
                 "value": v.text or ""}
            if v.get("datatype"):
                t["datatype"] = v.get("datatype")
            lang = v.get("{http://www.w3.org/XML/1998/namespace}lang")
            if lang:
                t["xml:lang"] = lang
            row[bd.get("name")] = t
        out.append(row)
    return {"results": {"bindings": out}}

def rows(text):
    j = srx(text) if text.lstrip().startswith("<") else json.loads(text)
    if "boolean" in j:
        return collections.Counter([("ask", j["boolean"])])
    return collections.Counter(
        tuple(sorted((k, term(v)) for k, v in b.items()))
        for b in j["results"]["bindings"])

def unescape(line):
    """N-Triples \\uXXXX and \\UXXXXXXXX escapes as the characters (roqet
    escapes non-ASCII IRIs; jiceng writes them as they are)."""
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), line)

def triples(text):
    return collections.Counter(re.sub(r"_:\S+", "_:b", unescape(l.strip()))
                               for l in text.splitlines() if l.strip())

fmt, a, b = sys.argv[1:]
load = rows if fmt == "json" else triples
try:
    x, y = load(open(a).read()), load(open(b).read())
except Exception as e:  # noqa
    print("unreadable answer:", e)
    sys.exit(1)
if x == y:
    sys.exit(0)
print("jiceng only:", list((x - y).items())[:3])
print("roqet only:", list((y - x).items())[:3])
sys.exit(1)
