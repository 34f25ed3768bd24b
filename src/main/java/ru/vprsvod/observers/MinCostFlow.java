package ru.vprsvod.observers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman–Ford with a queue, so that the order of the edges
 * alone decides between equal paths and the result is reproducible). The flow is maximal first, then cheapest among
 * the maximal ones: that is what lets the plan fill every slot that can be filled and only then balance the load.
 */
final class MinCostFlow {

    private final List<List<Integer>> adjacency = new ArrayList<>();
    private final List<Long> costs = new ArrayList<>();
    private final List<Integer> targets = new ArrayList<>();
    private final List<Integer> capacities = new ArrayList<>();

    int node() {
        adjacency.add(new ArrayList<>());
        return adjacency.size() - 1;
    }

    /** Adds an edge and returns its index, to read its flow back with {@link #flow(int)}. */
    int edge(int from, int to, int capacity, long cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("negative cost " + cost);
        }
        int index = targets.size();
        targets.add(to);
        capacities.add(capacity);
        costs.add(cost);
        adjacency.get(from).add(index);
        targets.add(from);
        capacities.add(0);
        costs.add(-cost);
        adjacency.get(to).add(index + 1);
        return index;
    }

    /** The flow through an edge after {@link #run}. */
    int flow(int edge) {
        return capacities.get(edge ^ 1);
    }

    /** Pushes as much flow from source to sink as fits, cheapest first; returns the amount. */
    int run(int source, int sink) {
        int n = adjacency.size();
        int total = 0;
        long[] distance = new long[n];
        int[] via = new int[n];
        boolean[] queued = new boolean[n];
        while (true) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            queued[source] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                queued[u] = false;
                for (int e : adjacency.get(u)) {
                    if (capacities.get(e) <= 0) {
                        continue;
                    }
                    int v = targets.get(e);
                    long d = distance[u] + costs.get(e);
                    if (d < distance[v]) {
                        distance[v] = d;
                        via[v] = e;
                        if (!queued[v]) {
                            queued[v] = true;
                            queue.add(v);
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                return total;
            }
            for (int v = sink; v != source; v = targets.get(via[v] ^ 1)) {
                int e = via[v];
                capacities.set(e, capacities.get(e) - 1);
                capacities.set(e ^ 1, capacities.get(e ^ 1) + 1);
            }
            total++;
        }
    }
}
