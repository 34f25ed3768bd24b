package ru.vprsvod.web;

import io.javalin.security.RouteRole;

/** Who may open a route. Every route names its roles; a route without any is refused (see {@link Guard}). */
enum Role implements RouteRole {
    /** Signed in or not: the sign-in page, health, styles. */
    ANYONE,
    /** The clerk of one school: only that school's files, receipts and forms. */
    SCHOOL,
    /** The department's coordinator: everything. */
    COORDINATOR
}
