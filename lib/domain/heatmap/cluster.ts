/**
 * Hierarchical clustering with optimal leaf ordering, for the "clustered" heatmap order.
 * Average linkage on a distance matrix, then the leaf order that minimises the summed
 * distance between neighbours among all orders the tree allows (Bar-Joseph, Gifford &
 * Jaakkola 2001, O(n³)). Pure and deterministic: ties break by index.
 */

export interface ClusterNode {
  /** Leaf index, for leaves. */
  leaf?: number;
  left?: ClusterNode;
  right?: ClusterNode;
  leaves: number[];
}

/** Average-linkage agglomerative clustering; `dist` is n×n row-major and symmetric. */
export function averageLinkage(dist: ArrayLike<number>, n: number): ClusterNode {
  if (n === 0) throw new RangeError("nothing to cluster");
  let clusters: ClusterNode[] = Array.from({ length: n }, (_, i) => ({ leaf: i, leaves: [i] }));
  // Distances between current clusters, kept as a growing table keyed by cluster id.
  const d = new Map<ClusterNode, Map<ClusterNode, number>>();
  for (const a of clusters) d.set(a, new Map());
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      d.get(clusters[i])!.set(clusters[j], dist[i * n + j]);
      d.get(clusters[j])!.set(clusters[i], dist[i * n + j]);
    }
  while (clusters.length > 1) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const v = d.get(clusters[i])!.get(clusters[j])!;
        if (v < best - 1e-12) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    const a = clusters[bi];
    const b = clusters[bj];
    const merged: ClusterNode = { left: a, right: b, leaves: [...a.leaves, ...b.leaves] };
    const row = new Map<ClusterNode, number>();
    for (const c of clusters) {
      if (c === a || c === b) continue;
      const v =
        (d.get(a)!.get(c)! * a.leaves.length + d.get(b)!.get(c)! * b.leaves.length) /
        (a.leaves.length + b.leaves.length);
      row.set(c, v);
      d.get(c)!.set(merged, v);
      d.get(c)!.delete(a);
      d.get(c)!.delete(b);
    }
    d.set(merged, row);
    d.delete(a);
    d.delete(b);
    clusters = clusters.filter((c) => c !== a && c !== b);
    clusters.push(merged);
  }
  return clusters[0];
}

/** The leaf order of `tree` minimising the sum of distances between neighbours. */
export function optimalLeafOrder(tree: ClusterNode, dist: ArrayLike<number>, n: number): number[] {
  if (tree.leaf !== undefined) return [tree.leaf];
  // M[u*n+w]: best cost of an order of LCA(u, w)'s leaves starting at u and ending at w.
  const M = new Float64Array(n * n).fill(Infinity);
  const side = new Int32Array(n); // scratch
  void side;

  function solve(node: ClusterNode) {
    if (node.leaf !== undefined) {
      M[node.leaf * n + node.leaf] = 0;
      return;
    }
    const L = node.left!;
    const R = node.right!;
    solve(L);
    solve(R);
    // Leaves that may end an order of L starting at u: those in the other child of L.
    const ends = (sub: ClusterNode, u: number): number[] => {
      if (sub.leaf !== undefined) return [u];
      return sub.left!.leaves.includes(u) ? sub.right!.leaves : sub.left!.leaves;
    };
    for (const u of L.leaves) {
      const mCandidates = ends(L, u);
      // C[k] = min over m of M[u,m] + d(m,k), for every k in R.
      const C = new Map<number, number>();
      for (const k of R.leaves) {
        let best = Infinity;
        for (const m of mCandidates) {
          const v = M[u * n + m] + dist[m * n + k];
          if (v < best) best = v;
        }
        C.set(k, best);
      }
      for (const w of R.leaves) {
        let best = Infinity;
        for (const k of ends(R, w)) {
          const v = C.get(k)! + M[k * n + w];
          if (v < best) best = v;
        }
        M[u * n + w] = M[w * n + u] = best;
      }
    }
  }
  solve(tree);

  function order(node: ClusterNode, u: number, w: number): number[] {
    if (node.leaf !== undefined) return [node.leaf];
    const L = node.left!;
    const R = node.right!;
    if (!L.leaves.includes(u)) return order(node, w, u).reverse();
    const ends = (sub: ClusterNode, x: number) =>
      sub.leaf !== undefined ? [x] : sub.left!.leaves.includes(x) ? sub.right!.leaves : sub.left!.leaves;
    const target = M[u * n + w];
    for (const m of ends(L, u))
      for (const k of ends(R, w)) {
        if (Math.abs(M[u * n + m] + dist[m * n + k] + M[k * n + w] - target) < 1e-9)
          return [...order(L, u, m), ...order(R, k, w)];
      }
    throw new Error("optimal leaf order: no split matches (inconsistent distances)");
  }

  let best = Infinity;
  let bu = -1;
  let bw = -1;
  for (const u of tree.left!.leaves)
    for (const w of tree.right!.leaves) {
      if (M[u * n + w] < best - 1e-12) {
        best = M[u * n + w];
        bu = u;
        bw = w;
      }
    }
  return order(tree, bu, bw);
}

/** Sum of distances between neighbours in an order (what optimal leaf ordering minimises). */
export function pathLength(orderIdx: readonly number[], dist: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 1; i < orderIdx.length; i++) s += dist[orderIdx[i - 1] * n + orderIdx[i]];
  return s;
}
