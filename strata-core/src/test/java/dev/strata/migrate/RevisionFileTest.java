package dev.strata.migrate;

import dev.strata.model.QualifiedName;
import dev.strata.plan.NotNullChange;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionFileTest {
    private static final Path FILE = Path.of("migrations/20261121120000_3f2a9c1b7d4e_add_products.sql");

    private static final String SAMPLE = """
            -- revision: 3f2a9c1b7d4e
            -- parents: 1a2b3c4d5e6f
            -- message: add products table
            -- created: 2026-11-21T12:00:00Z

            -- +upgrade
            CREATE TABLE products (id int);

            -- +upgrade postgresql
            CREATE TABLE products (id int GENERATED ALWAYS AS IDENTITY);

            -- +downgrade
            DROP TABLE products;
            """;

    @Test
    void parsesHeaderAndSections() {
        Revision r = RevisionFile.parse(FILE, SAMPLE);
        assertThat(r.id()).isEqualTo("3f2a9c1b7d4e");
        assertThat(r.parents()).containsExactly("1a2b3c4d5e6f");
        assertThat(r.message()).isEqualTo("add products table");
        assertThat(r.created()).isEqualTo("2026-11-21T12:00:00Z");
        assertThat(r.upgradeFor("postgresql").orElseThrow().sql()).contains("IDENTITY");
        assertThat(r.upgradeFor("sqlite").orElseThrow().sql()).isEqualTo("CREATE TABLE products (id int);");
        assertThat(r.upgradeFor("sqlite").orElseThrow().firstLine()).isEqualTo(7);
        assertThat(r.downgradeFor("mysql").orElseThrow().sql()).isEqualTo("DROP TABLE products;");
        assertThat(r.checksum()).hasSize(64);
    }

    @Test
    void writtenFileParsesBack() {
        String text = RevisionFile.write("abc123", List.of("p1", "p2"), "merge heads", "2026-01-01T00:00:00Z",
                "SELECT 1;", "");
        Revision r = RevisionFile.parse(FILE, text);
        assertThat(r.parents()).containsExactly("p1", "p2");
        assertThat(r.isMerge()).isTrue();
        assertThat(r.upgrade().get(0).sql().strip()).isEqualTo("SELECT 1;");
        assertThat(r.downgrade().get(0).isBlank()).isTrue();
    }

    /** Issue 9 item 11d: the columns an upgrade makes NOT NULL round-trip through "-- requires:" header lines. */
    @Test
    void requiresLinesParseBack() {
        List<NotNullChange> requires = List.of(new NotNullChange(QualifiedName.of(null, "customer"), "vip", null),
                new NotNullChange(QualifiedName.of("shop", "orders"), "status", "'new'"));
        String text = RevisionFile.write("abc123", List.of("p1"), "not null", "2026-01-01T00:00:00Z", requires,
                "ALTER TABLE customer ALTER COLUMN vip SET NOT NULL;", "");
        assertThat(text).contains("-- requires: no nulls in customer.vip\n")
                .contains("-- requires: no nulls in shop.orders.status default 'new'\n");
        assertThat(RevisionFile.parse(FILE, text).requiresNoNull()).isEqualTo(requires);
        assertThat(RevisionFile.parse(FILE, SAMPLE).requiresNoNull()).isEmpty();
        assertProblem("-- revision: a1\n-- parents:\n-- requires: nothing\n-- +upgrade\n", 3,
                "no nulls in TABLE.COLUMN");
    }

    @Test
    void firstRevisionHasEmptyParents() {
        Revision r = RevisionFile.parse(FILE, "-- revision: a1\n-- parents:\n\n-- +upgrade\nSELECT 1;\n");
        assertThat(r.parents()).isEmpty();
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        String crlf = SAMPLE.replace("\n", "\r\n");
        assertThat(RevisionFile.parse(FILE, crlf).checksum()).isEqualTo(RevisionFile.parse(FILE, SAMPLE).checksum());
        assertThat(RevisionFile.parse(FILE, SAMPLE.replace("id int)", "id bigint)")).checksum())
                .isNotEqualTo(RevisionFile.parse(FILE, SAMPLE).checksum());
    }

    @Test
    void errorsNameFileAndLine() {
        assertProblem("-- parents:\n-- +upgrade\nSELECT 1;\n", 1, "no '-- revision: ID'");
        assertProblem("-- revision: a1\n\n-- +upgrade\nSELECT 1;\n", 1, "no '-- parents:'");
        assertProblem("-- revision: a1\n-- parents:\nSELECT 1;\n", 3, "SQL before the first");
        assertProblem("-- revision: a1\n-- parents:\n-- +upgrade\nSELECT 1;\n-- +upgrade\n", 5, "a second");
        assertProblem("-- revision: a1\n-- parents:\n-- +sideways\n", 3, "unknown directive");
        assertProblem("-- revision: head\n-- parents:\n-- +upgrade\n", 1, "not a valid revision id");
        assertProblem("-- revision: a1\n-- parents: a1\n-- +upgrade\n", 2, "bad parent");
        assertProblem("-- revision: a1\n-- revision: a2\n-- parents:\n-- +upgrade\n", 2, "appears twice");
        assertProblem("-- revision: a1\n-- parents:\n", 1, "no '-- +upgrade' section");
    }

    private static void assertProblem(String text, int line, String message) {
        assertThatThrownBy(() -> RevisionFile.parse(FILE, text)).isInstanceOf(MalformedRevision.class)
                .hasMessageStartingWith(FILE + ":" + line + ": ").hasMessageContaining(message)
                .satisfies(e -> assertThat(((MalformedRevision) e).line()).isEqualTo(line));
    }
}
