import { useEffect, useMemo, useState } from 'react';
import type { Snapshot } from '../../model';
import {
  type BalanceResult,
  type FrustrationResult,
  type SignedGraph,
  EXACT_ACTOR_LIMIT,
  balanceOf,
  localSearchFrustration,
  signedGraphOf,
} from '../../model/analytics';
import { selectSnapshot, useEntente } from '../../store';
import { solveExact } from '../../workers/analytics-client';

export interface Structure {
  snapshot: Snapshot;
  graph: SignedGraph;
  balance: BalanceResult;
  /** Exact when it has arrived for this snapshot, else the local-search bound. */
  frustration: FrustrationResult;
  exactPending: boolean;
  exactError: string | null;
}

// Exact solves are remembered per snapshot object (the store memoises snapshots per time).
const exactCache = new WeakMap<Snapshot, Promise<FrustrationResult>>();
const localCache = new WeakMap<
  Snapshot,
  { graph: SignedGraph; balance: BalanceResult; local: FrustrationResult }
>();

function fastStructure(snapshot: Snapshot) {
  let hit = localCache.get(snapshot);
  if (!hit) {
    const graph = signedGraphOf(snapshot);
    hit = { graph, balance: balanceOf(graph), local: localSearchFrustration(graph) };
    localCache.set(snapshot, hit);
  }
  return hit;
}

/** Waits this long after the last time change before asking for an exact solve (scrubbing). */
const EXACT_DELAY_MS = 350;

/**
 * Balance and frustration of the signed graph at the current time: the local-search bound at once,
 * the exact value from the worker once time has stopped moving.
 */
export function useStructure(enabled = true): Structure {
  const snapshot = useEntente(selectSnapshot);
  const fast = useMemo(() => fastStructure(snapshot), [snapshot]);
  const [exact, setExact] = useState<{
    snapshot: Snapshot;
    result: FrustrationResult | null;
    error: string | null;
  }>();

  useEffect(() => {
    if (!enabled || fast.local.optimal || fast.graph.ids.length > EXACT_ACTOR_LIMIT) return;
    let live = true;
    const timer = setTimeout(() => {
      let job = exactCache.get(snapshot);
      if (!job) {
        job = solveExact(fast.graph);
        exactCache.set(snapshot, job);
        job.catch(() => exactCache.delete(snapshot));
      }
      job.then(
        (result) => live && setExact({ snapshot, result, error: null }),
        (err: unknown) => live && setExact({ snapshot, result: null, error: String(err) }),
      );
    }, EXACT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [snapshot, fast, enabled]);

  const current = exact?.snapshot === snapshot ? exact : undefined;
  const frustration = current?.result ?? fast.local;
  return {
    snapshot,
    graph: fast.graph,
    balance: fast.balance,
    frustration,
    exactPending: enabled && !frustration.optimal && !current && fast.graph.ids.length <= EXACT_ACTOR_LIMIT,
    exactError: current?.error ?? null,
  };
}
