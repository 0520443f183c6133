package dev.strata.dialect.mysql;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which columns a table's charset change converts, how, and what it refuses. The conversions a user runs are proven
 * by the MariaDB fidelity cases (strata-cli); these cover what a MariaDB 10.11 target cannot load: a key that would
 * exceed InnoDB's limit once converted.
 */
class MySqlCharsetConversionTest {
    private static final QualifiedName T = QualifiedName.of("shop", "login");

    private static Column column(String name, String type, String collation) {
        return new Column(name, type, MySqlTypes.normalize(type), false, null, null, null, collation, null,
                collation == null ? Map.of() : Map.of("charset", MySqlCharsetConversion.charset(collation)));
    }

    private static Table table(List<Column> columns, List<Index> indexes, String collation, String rowFormat) {
        Map<String, String> options = rowFormat == null
                ? Map.of("engine", "InnoDB", "charset", MySqlCharsetConversion.charset(collation), "collation", collation)
                : Map.of("engine", "InnoDB", "charset", MySqlCharsetConversion.charset(collation), "collation",
                        collation, "row_format", rowFormat);
        return new Table(T, columns, PrimaryKey.of("PRIMARY", List.of("id")), List.of(), List.of(), List.of(),
                indexes, List.of(), List.of(), null, null, List.of(), null, null, null, List.of(), options, null);
    }

    private static Index key(String name, IndexKey... keys) {
        return new Index(name, true, List.of(keys), List.of(), null, "BTREE", null, Map.of(), null);
    }

    @Test
    void aKeyOverTheCompactLimitOnceConvertedIsRefusedWithWhatToDo() {
        List<Column> columns = List.of(column("id", "int(11)", null), column("email", "varchar(255)", null));
        List<Index> keys = List.of(key("login_email", IndexKey.column("email")));
        MySqlCharsetConversion conversion = MySqlCharsetConversion.of(
                table(columns, keys, "utf8mb3_general_ci", "COMPACT"),
                table(columns, keys, "utf8mb4_general_ci", "COMPACT"));
        assertThatThrownBy(conversion::clauses).isInstanceOf(StrataException.class)
                .hasMessage("cannot convert table login to utf8mb4: key login_email would need 1020 bytes, more than "
                        + "InnoDB's limit of 767 (ROW_FORMAT=COMPACT). Index a prefix of the column (e.g. "
                        + "`email`(191)) or shorten it in the target schema, then diff again.")
                .satisfies(e -> assertThat(((StrataException) e).exitCode()).isEqualTo(ExitCode.VALIDATION));
    }

    @Test
    void aPrefixKeyCountsItsPrefixAndColumnsWithTheirOwnCharsetKeepIt() {
        List<Column> columns = List.of(column("id", "int(11)", null), column("title", "varchar(2000)", null),
                column("code", "varchar(700)", "latin1_bin"));
        List<Index> keys = List.of(key("title_code", new IndexKey("title", null, false, null, null, null, 500),
                IndexKey.column("code")));
        MySqlCharsetConversion conversion = MySqlCharsetConversion.of(table(columns, keys, "latin1_swedish_ci", null),
                table(columns, keys, "utf8mb4_unicode_ci", null));
        // 500 * 4 + 700 * 1 = 2700 bytes: under 3072.
        assertThat(conversion.clauses()).isEqualTo("MODIFY COLUMN `title` varchar(2000) CHARACTER SET utf8mb4 "
                + "COLLATE utf8mb4_unicode_ci NOT NULL,");
        assertThat(conversion.converted()).extracting(Column::name).containsExactly("title");
        assertThat(conversion.hazard()).isNull();
    }

    @Test
    void everyColumnFollowingTheDefaultWithoutTextIsConvertedWhole() {
        List<Column> columns = List.of(column("id", "int(11)", null), column("name", "varchar(40)", null),
                column("kind", "enum('a','b')", null));
        MySqlCharsetConversion conversion = MySqlCharsetConversion.of(
                table(columns, List.of(), "utf8mb4_general_ci", null),
                table(columns, List.of(), "latin1_swedish_ci", null));
        assertThat(conversion.clauses()).isEqualTo("CONVERT TO CHARACTER SET latin1 COLLATE latin1_swedish_ci,");
        assertThat(conversion.hazard()).isEqualTo("rewrites table shop.login to convert name, kind to "
                + "latin1_swedish_ci; converting name (utf8mb4), kind (utf8mb4) to latin1 loses the characters it "
                + "cannot hold (strict mode fails on such rows)");
    }

    @Test
    void aSameDefaultIsNoConversion() {
        Table t = table(List.of(column("id", "int(11)", null)), List.of(), "utf8mb4_general_ci", null);
        assertThat(MySqlCharsetConversion.of(t, t)).isNull();
    }
}
