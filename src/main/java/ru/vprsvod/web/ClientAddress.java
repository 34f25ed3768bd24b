package ru.vprsvod.web;

import io.javalin.http.Context;

/**
 * The client's address and scheme when the service sits behind a reverse proxy the coordinator named
 * ({@code --proxy}). Only then are X-Forwarded-For and X-Forwarded-Proto believed, and only from that proxy:
 * anyone else could write those headers to dodge the sign-in limit or fake HTTPS.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String ip(Context ctx, String proxy) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (!peer.equals(proxy) || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        // The proxy appends the address it saw; earlier entries came from the client and prove nothing.
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }

    static String scheme(Context ctx, String proxy) {
        String proto = ctx.header("X-Forwarded-Proto");
        if (ctx.req().getRemoteAddr().equals(proxy) && proto != null) {
            return proto.strip().equalsIgnoreCase("https") ? "https" : "http";
        }
        return ctx.req().getScheme();
    }
}
