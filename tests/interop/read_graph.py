"""Reads one Entente export with networkx or igraph and prints what the library understood, as JSON.

usage: read_graph.py networkx|igraph graphml|gexf PATH
The vitest interop test compares this with the snapshot the file was made from.
"""
import json
import math
import sys


def plain(value):
    """Tuples (networkx's dynamic values and spells) become lists; everything else stays."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, float) and math.isnan(value):
        return None  # igraph's "no value" for numeric attributes
    return value


def with_networkx(fmt, path):
    import networkx as nx

    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    edges = []
    for u, v, key, data in g.edges(keys=True, data=True):
        data = dict(data)
        # read_graphml keys parallel edges by the GraphML id; read_gexf keeps the id in the data.
        data.setdefault("id", key)
        edges.append({"ends": sorted([u, v]), "data": plain(data)})
    return {
        "library": "networkx " + nx.__version__,
        "directed": g.is_directed(),
        "graph": plain(dict(g.graph)),
        "nodes": {n: plain(dict(d)) for n, d in g.nodes(data=True)},
        "edges": edges,
    }


def with_igraph(fmt, path):
    import igraph

    if fmt != "graphml":
        raise SystemExit("igraph reads GraphML only")
    g = igraph.Graph.Read_GraphML(path)
    names = g.vs["id"]
    nodes = {v["id"]: plain({k: v[k] for k in g.vs.attributes() if k != "id"}) for v in g.vs}
    edges = [
        {"ends": sorted([names[e.source], names[e.target]]), "data": plain(e.attributes())}
        for e in g.es
    ]
    return {
        "library": "igraph " + igraph.__version__,
        "directed": g.is_directed(),
        "graph": {},
        "nodes": nodes,
        "edges": edges,
    }


if __name__ == "__main__":
    library, fmt, path = sys.argv[1:4]
    read = with_networkx if library == "networkx" else with_igraph
    json.dump(read(fmt, path), sys.stdout, default=str)
