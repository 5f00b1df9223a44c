#!/usr/bin/env python3
"""The import graph of src/: one node per module file, an edge where a file names another module
(`use crate::…`, `super::…`, `crate::…::` paths in code). Prints circles between modules that are
not each other's ancestors (a module using what its parent declares, and a parent calling its
children, are the normal shape of a Rust module tree). Exit 1 when there is a circle.

    python3 scripts/import_graph.py [--edges] [--public]
"""
import re, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "src"


def module_of(path):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


files = {module_of(p): p for p in root.rglob("*.rs")}
mods = set(files)


def resolve(base, segs):
    """The longest module prefix of base + segs that is a module file."""
    full = list(base) + segs
    for n in range(len(full), -1, -1):
        if tuple(full[:n]) in mods:
            return tuple(full[:n])
    return ()


path_re = re.compile(r"\b(crate|super)((?:::(?:super|[A-Za-z_][A-Za-z0-9_]*))+)")
group_re = re.compile(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)*)::\{([^}]*)\}", re.S)
edges = {m: set() for m in mods}
for m, p in files.items():
    text = re.sub(r"//[^\n]*", "", p.read_text(encoding="utf-8"))
    def base_of(kind, segs):
        if kind == "crate":
            return (), segs
        # `super` of a/b.rs and of a/b/mod.rs is a
        b = list(m[:-1])
        while segs and segs[0] == "super":
            b = b[:-1]
            segs = segs[1:]
        return tuple(b), segs
    refs = []
    for g in group_re.finditer(text):
        segs = [s for s in g.group(2).split("::") if s]
        for item in g.group(3).split(","):
            item = item.strip().split(" as ")[0].strip()
            if item and item != "self":
                refs.append((g.group(1), segs + [s for s in item.split("::") if s]))
            elif item == "self":
                refs.append((g.group(1), segs))
    for g in path_re.finditer(text):
        refs.append((g.group(1), [s for s in g.group(2).split("::") if s]))
    for kind, segs in refs:
        b, rest = base_of(kind, segs)
        t = resolve(b, rest)
        if t and t != m:
            edges[m].add(t)


def ancestor(a, b):
    return len(a) < len(b) and b[: len(a)] == a


def sccs(nodes, succ):
    index, low, stack, on, out, i = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)
    def visit(v):
        index[v] = low[v] = i[0]; i[0] += 1; stack.append(v); on.add(v)
        for w in succ(v):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v:
                    break
            out.append(comp)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def succ(v):
    return sorted(w for w in edges[v] if not ancestor(v, w) and not ancestor(w, v))


name = lambda m: "::".join(m) or "crate"
circles = [c for c in sccs(mods, succ) if len(c) > 1]
n_edges = sum(len(succ(v)) for v in mods)
print(f"{len(mods)} modules, {n_edges} edges between non-ancestor modules, {len(circles)} circles")
for c in circles:
    print("circle:", " ↔ ".join(sorted(name(x) for x in c)))
if "--edges" in sys.argv:
    for v in sorted(mods):
        for w in succ(v):
            print(f"{name(v)} -> {name(w)}")
if "--public" in sys.argv:
    for v in sorted(mods):
        t = files[v].read_text(encoding="utf-8")
        n = len(re.findall(r"^\s*pub (?:fn|struct|enum|const|static|type|trait|mod|use)\b", t, re.M))
        print(f"{n:4} pub  {name(v)}")
sys.exit(1 if circles else 0)
