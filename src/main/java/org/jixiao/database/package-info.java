/**
 * Where the application's connections come from: by default the one database of {@code JIXIAO_DB_URL}; for a
 * province, a PostgreSQL primary for everything and a streaming replica ({@code JIXIAO_DB_REPLICA_URL}) for the
 * pages that only read and may be a moment behind: the dashboard and the public portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package org.jixiao.database;
