#!/usr/bin/env python3
"""gen-domain.py N: about N N-Triples shaped like a jiceng graph (districts,
streets, communities, Party bodies, programs, people, articles with Chinese
labels and evidence sentences), deterministic, on stdout."""
import random
import sys

N = int(sys.argv[1])
rnd = random.Random(42)
ID = "https://w3id.org/jiceng/id/"
ORG = "http://www.w3.org/ns/org#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "http://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
JC = "https://w3id.org/jiceng/ns#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CHARS = "东西南北中华新民安康和平光明建设人民文化幸福花园红旗友谊长青金水"
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
PROG = ["制度", "工作法", "机制", "活动", "行动", "工程", "品牌", "平台"]
out = sys.stdout
count = 0


def name(k):
    return "".join(rnd.choice(CHARS) for _ in range(k))


def t(s, p, o):
    global count
    out.write(f"<{s}> <{p}> {o} .\n")
    count += 1


def lit(s):
    return '"' + s + '"'


while count < N:
    d = ID + "org/d" + str(count)
    t(d, TYPE, f"<{ORG}Organization>")
    t(d, RDFS + "label", lit(name(2) + "区"))
    for _ in range(6):
        s = ID + "org/s" + str(count)
        t(s, TYPE, f"<{ORG}Organization>")
        t(s, RDFS + "label", lit(name(3) + "街道"))
        t(s, SKOS + "altLabel", lit(name(3) + "街道办事处"))
        t(s, ORG + "subOrganizationOf", f"<{d}>")
        pb = ID + "org/p" + str(count)
        t(pb, TYPE, f"<{ORG}Organization>")
        t(pb, RDFS + "label", lit(name(3) + "街道党工委"))
        t(pb, JC + "leads", f"<{s}>")
        for _ in range(5):
            c = ID + "org/c" + str(count)
            t(c, TYPE, f"<{ORG}Organization>")
            t(c, RDFS + "label", lit(name(3) + "社区"))
            t(c, ORG + "subOrganizationOf", f"<{s}>")
            pr = ID + "program/" + str(rnd.randrange(500))
            t(pr, TYPE, f"<{JC}Program>")
            t(pr, RDFS + "label", lit(name(4) + rnd.choice(PROG)))
            t(c, JC + "runs", f"<{pr}>")
            per = ID + "person/" + str(count)
            t(per, TYPE, f"<{FOAF}Person>")
            t(per, FOAF + "name", lit(rnd.choice(SURN) + name(2)))
            a = "file:///bench/" + str(count) + ".txt#article"
            t(a, TYPE, f"<{SCHEMA}NewsArticle>")
            t(a, SCHEMA + "mentions", f"<{c}>")
            t(a, SCHEMA + "headline", lit(name(12)))
