package dev.strata.dialect.postgres;

import dev.strata.model.Counts;
import dev.strata.model.SchemaModel;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's counts equal what the catalogs report, counted by independent queries, for every corpus schema. */
class PostgresCountsTest {
    @TestFactory
    Stream<DynamicTest> countsMatchTheCatalogs() {
        return Corpus.schemas("postgresql").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (PostgresDatabase db = PostgresServer.get().create("counts_" + c.name())) {
                db.load(c.files().toArray(java.nio.file.Path[]::new));
                SchemaModel model = PgRoundTrip.inspect(db);
                assertThat(model.counts()).isEqualTo(catalogCounts(db, model.counts()));
                assertThat(model.counts().tables()).isEqualTo(Integer.parseInt(c.baseTables()));
            }
        }));
    }

    private static Counts catalogCounts(PostgresDatabase db, Counts model) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            return new Counts(count(s, SCHEMAS), count(s, TABLES), count(s, COLUMNS), count(s, INDEXES),
                    count(s, FOREIGN_KEYS), count(s, CHECKS), count(s, VIEWS), count(s, ROUTINES),
                    count(s, TRIGGERS), count(s, SEQUENCES));
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static final String USER_SCHEMA = """
            n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp%'
            """;
    private static final String NOT_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = %s AND e.deptype = 'e')
            """;
    private static final String SCHEMAS = "SELECT count(*) FROM pg_namespace n WHERE " + USER_SCHEMA
            + " AND n.nspname NOT LIKE 'pg\\_toast\\_temp%'";
    private static final String USER_TABLES = "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
            + USER_SCHEMA + " AND c.relkind IN ('r', 'p') AND " + NOT_EXTENSION.formatted("c.oid");
    private static final String TABLES = "SELECT count(*) " + USER_TABLES;
    private static final String COLUMNS = "SELECT count(*) FROM pg_attribute a WHERE a.attnum > 0 AND NOT "
            + "a.attisdropped AND a.attrelid IN (SELECT c.oid " + USER_TABLES + ")";
    private static final String INDEXES = """
            SELECT (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'm') AND %s
                      AND i.indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x')))
                 + (SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
                    WHERE k.contype = 'x' AND %s)""".formatted(USER_SCHEMA, USER_SCHEMA);
    private static final String FOREIGN_KEYS = "SELECT count(*) FROM pg_constraint k WHERE k.contype = 'f' "
            + "AND k.conparentid = 0 AND k.conrelid IN (SELECT c.oid " + USER_TABLES + ")";
    private static final String CHECKS = "SELECT count(*) FROM pg_constraint k WHERE k.contype = 'c' "
            + "AND k.conislocal AND k.conrelid IN (SELECT c.oid " + USER_TABLES + ")";
    private static final String VIEWS = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            + "c.relnamespace WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMA;
    private static final String ROUTINES = "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
            + "p.pronamespace WHERE " + USER_SCHEMA + " AND " + NOT_EXTENSION.formatted("p.oid");
    private static final String TRIGGERS = "SELECT count(*) FROM pg_trigger t WHERE NOT t.tgisinternal "
            + "AND t.tgparentid = 0 AND t.tgrelid IN (SELECT c.oid " + USER_TABLES + ")";
    private static final String SEQUENCES = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            + "c.relnamespace WHERE c.relkind = 'S' AND " + USER_SCHEMA + " AND NOT EXISTS (SELECT 1 FROM "
            + "pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')";
}
