package dev.strata.convergence;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A fresh database of one dialect, loaded with the database's own client (psql, mariadb, sqlite3). */
interface CaseDatabase extends AutoCloseable {
    String url();

    /** Runs a script with the native client, stopping at the first error. */
    void run(String sql);

    @Override
    void close();

    static CaseDatabase fresh(String dialect, String tag) {
        return switch (dialect) {
            case "postgresql" -> postgres(PostgresServer.get().create(tag));
            case "mysql" -> mariadb(MariaDbServer.get().create(tag));
            case "sqlite" -> sqlite();
            case "h2" -> h2();
            default -> throw new IllegalArgumentException(dialect);
        };
    }

    private static CaseDatabase postgres(PostgresDatabase db) {
        return new CaseDatabase() {
            public String url() {
                return db.url();
            }

            public void run(String sql) {
                db.psql(sql);
            }

            public void close() {
                db.close();
            }
        };
    }

    private static CaseDatabase mariadb(MariaDbDatabase db) {
        return new CaseDatabase() {
            public String url() {
                return db.url();
            }

            public void run(String sql) {
                db.sql(sql);
            }

            public void close() {
                db.close();
            }
        };
    }

    /** An H2 file database; scripts run through H2's own RUNSCRIPT. */
    private static CaseDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("strata-conv-h2");
            String url = "jdbc:h2:" + dir.resolve("db");
            return new CaseDatabase() {
                public String url() {
                    return url;
                }

                public void run(String sql) {
                    try {
                        Path script = Files.createTempFile(dir, "script", ".sql");
                        Files.writeString(script, sql);
                        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                             java.sql.Statement s = c.createStatement()) {
                            s.execute("RUNSCRIPT FROM '" + script + "'");
                        }
                        Files.delete(script);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (java.sql.SQLException e) {
                        throw new AssertionError("H2 script failed: " + e.getMessage() + "\n" + sql, e);
                    }
                }

                public void close() {
                    deleteTree(dir);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("strata-conv");
            Path file = Files.createFile(dir.resolve("db.sqlite"));   // an empty file is an empty database
            return new CaseDatabase() {
                public String url() {
                    return "jdbc:sqlite:" + file;
                }

                public void run(String sql) {
                    try {
                        Path script = Files.createTempFile(dir, "script", ".sql");
                        Files.writeString(script, sql);
                        Processes.run(List.of("sqlite3", "-bail", file.toString()), script, Map.of());
                        Files.delete(script);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                public void close() {
                    try (var files = Files.list(dir)) {
                        for (Path p : files.toList()) {
                            Files.deleteIfExists(p);
                        }
                        Files.deleteIfExists(dir);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
