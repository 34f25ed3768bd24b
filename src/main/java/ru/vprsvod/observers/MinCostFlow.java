package ru.vprsvod.observers;

import java.util.Arrays;

/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman–Ford with a queue, so that the order of the edges
 * alone decides between equal paths and the result is reproducible). The flow is maximal first, then cheapest among
 * the maximal ones: that is what lets the plan fill every slot that can be filled and only then balance the load.
 * Edges live in primitive arrays (edge e and its reverse e ^ 1): a district's plan has tens of thousands of them.
 */
final class MinCostFlow {

    private int nodes;
    private int edges;
    private int[] target = new int[64];
    private int[] capacity = new int[64];
    private long[] cost = new long[64];
    /** Per node, the first edge leaving it; per edge, the next edge leaving the same node (-1 ends the list). */
    private int[] first = new int[16];
    private int[] last = new int[16];
    private int[] next = new int[64];

    int node() {
        if (nodes == first.length) {
            first = Arrays.copyOf(first, nodes * 2);
            last = Arrays.copyOf(last, nodes * 2);
        }
        first[nodes] = -1;
        last[nodes] = -1;
        return nodes++;
    }

    /** Adds an edge and returns its index, to read its flow back with {@link #flow(int)}. */
    int edge(int from, int to, int capacity, long cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("negative cost " + cost);
        }
        int index = edges;
        add(from, to, capacity, cost);
        add(to, from, 0, -cost);
        return index;
    }

    private void add(int from, int to, int cap, long c) {
        if (edges == target.length) {
            int size = edges * 2;
            target = Arrays.copyOf(target, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
            next = Arrays.copyOf(next, size);
        }
        target[edges] = to;
        capacity[edges] = cap;
        cost[edges] = c;
        // Appended at the end of the node's list, so edges are tried in the order they were added.
        next[edges] = -1;
        if (first[from] == -1) {
            first[from] = edges;
        } else {
            next[last[from]] = edges;
        }
        last[from] = edges;
        edges++;
    }

    /** The flow through an edge after {@link #run}. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    /** Pushes as much flow from source to sink as fits, one unit a path, cheapest first; returns the amount. */
    int run(int source, int sink) {
        int total = 0;
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] queued = new boolean[nodes];
        int[] queue = new int[nodes + 1];
        while (true) {
            Arrays.fill(distance, Long.MAX_VALUE);
            distance[source] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            queued[source] = true;
            while (head != tail) {
                int u = queue[head];
                head = (head + 1) % queue.length;
                queued[u] = false;
                for (int e = first[u]; e != -1; e = next[e]) {
                    if (capacity[e] <= 0) {
                        continue;
                    }
                    int v = target[e];
                    long d = distance[u] + cost[e];
                    if (d < distance[v]) {
                        distance[v] = d;
                        via[v] = e;
                        if (!queued[v]) {
                            queued[v] = true;
                            queue[tail] = v;
                            tail = (tail + 1) % queue.length;
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                return total;
            }
            for (int v = sink; v != source; v = target[via[v] ^ 1]) {
                capacity[via[v]]--;
                capacity[via[v] ^ 1]++;
            }
            total++;
        }
    }
}
