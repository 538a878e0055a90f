"""Reads one Entente export with networkx or igraph and prints what the library understood, as JSON.

usage: read_graph.py networkx|igraph graphml|gexf PATH, or read_graph.py pandas csv PATH
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


def with_pandas(fmt, path):
    import pandas

    if fmt != "csv":
        raise SystemExit("pandas reads the CSV tables only")
    # keep_default_na=False would keep "" as text; the defaults are what an analyst gets.
    table = pandas.read_csv(path)
    rows = [
        {str(k): plain(v.item() if hasattr(v, "item") else v) for k, v in row.items()}
        for row in table.to_dict(orient="records")
    ]
    return {
        "library": "pandas " + pandas.__version__,
        "dtypes": {str(k): str(v) for k, v in table.dtypes.items()},
        "rows": rows,
    }


READERS = {"networkx": with_networkx, "igraph": with_igraph, "pandas": with_pandas}

if __name__ == "__main__":
    library, fmt, path = sys.argv[1:4]
    read = READERS[library]
    json.dump(read(fmt, path), sys.stdout, default=str)
