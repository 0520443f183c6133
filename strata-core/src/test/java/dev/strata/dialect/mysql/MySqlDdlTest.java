package dev.strata.dialect.mysql;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import dev.strata.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Model parts in, exact MariaDB DDL out. */
class MySqlDdlTest {
    private static final QualifiedName T = QualifiedName.of("shop", "item");

    private static Column column(String name, String type, boolean nullable, String dflt, Map<String, String> o) {
        return new Column(name, type, MySqlTypes.normalize(type), nullable, dflt, null, null, null, null, o);
    }

    private static Table table(List<Column> columns, List<Index> indexes, List<ForeignKey> fks,
                               List<CheckConstraint> checks, Map<String, String> options, String partitionBy) {
        return new Table(T, columns, PrimaryKey.of("PRIMARY", List.of("id")), fks, List.of(), checks, indexes,
                List.of(), List.of(), partitionBy, null, List.of(), null, null, "it's", List.of(), options, null);
    }

    @Test
    void createTableWithEveryClause() {
        Column id = new Column("id", "int(11)", DataType.of(DataType.Kind.INTEGER), false, null,
                Identity.of(Identity.Kind.AUTO_INCREMENT), null, null, null, Map.of());
        Column name = new Column("name", "varchar(20)", DataType.sized(DataType.Kind.VARCHAR, 20), true, "'x'",
                null, null, "latin1_bin", "the name", Map.of("charset", "latin1"));
        Column total = new Column("total", "int(11)", DataType.of(DataType.Kind.INTEGER), true, null, null,
                new Generated("`id` * 2", true), null, null, Map.of());
        Column qty = column("qty", "int(11)", true, null, Map.of(MySqlDdl.COLUMN_CHECK, "true"));
        Index byName = new Index("k_name", false, List.of(new IndexKey("name", null, true, null, null, null, 5)),
                List.of(), null, "BTREE", "by name", Map.of(MySqlDdl.POSITION, "2", "ignored", "true"), null);
        Index unique = new Index("u_total", true, List.of(IndexKey.column("total")), List.of(), null, "BTREE", null,
                Map.of(MySqlDdl.POSITION, "1"), null);
        ForeignKey fk = new ForeignKey("fk_other", List.of("qty"), QualifiedName.of("other", "thing"),
                List.of("id"), "SET NULL", "RESTRICT", false, false, "NONE", true, null);
        Table t = table(List.of(id, name, total, qty), List.of(byName, unique), List.of(fk),
                List.of(CheckConstraint.of("qty", "`qty` > 0"), CheckConstraint.of("b", "1"),
                        CheckConstraint.of("a", "2")),
                Map.of("engine", "InnoDB", "charset", "utf8mb4", "collation", "utf8mb4_general_ci",
                        "row_format", "DYNAMIC", "create_options", "stats_persistent=0", "check_order", "b,a"),
                "PARTITION BY HASH (`id`)\nPARTITIONS 2");
        assertThat(MySqlDdl.createTable(t, true)).isEqualTo("""
                CREATE TABLE `item` (
                  `id` int(11) NOT NULL AUTO_INCREMENT,
                  `name` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin NULL DEFAULT 'x' COMMENT 'the name',
                  `total` int(11) GENERATED ALWAYS AS (`id` * 2) STORED,
                  `qty` int(11) NULL DEFAULT NULL CHECK (`qty` > 0),
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `u_total` (`total`),
                  KEY `k_name` (`name`(5) DESC) COMMENT 'by name' IGNORED,
                  CONSTRAINT `fk_other` FOREIGN KEY (`qty`) REFERENCES `other`.`thing` (`id`) ON DELETE SET NULL,
                  CONSTRAINT `b` CHECK (1),
                  CONSTRAINT `a` CHECK (2)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC \
                stats_persistent=0 COMMENT='it''s'
                PARTITION BY HASH (`id`)
                PARTITIONS 2""");
        assertThat(MySqlDdl.addForeignKey(t, fk)).isEqualTo("ALTER TABLE `item` ADD CONSTRAINT `fk_other` FOREIGN "
                + "KEY (`qty`) REFERENCES `other`.`thing` (`id`) ON DELETE SET NULL");
    }

    @Test
    void keyKinds() {
        Index fulltext = new Index("ft", false, List.of(IndexKey.column("a"), IndexKey.column("b")), List.of(), null,
                "FULLTEXT", null, Map.of(), null);
        Index hash = new Index("h", true, List.of(IndexKey.column("t")), List.of(), null, "HASH", null, Map.of(),
                null);
        assertThat(MySqlDdl.indexDefinition(fulltext)).isEqualTo("FULLTEXT KEY `ft` (`a`,`b`)");
        assertThat(MySqlDdl.indexDefinition(hash)).isEqualTo("UNIQUE KEY `h` (`t`) USING HASH");
    }

    @Test
    void viewWithAndWithoutDefiner() {
        View v = new View(QualifiedName.of("shop", "v"), "select 1 AS `one`", false, List.of(), List.of(),
                List.of(), null, null, List.of(), Map.of("algorithm", "MERGE", "definer", "app@%",
                "security", "INVOKER", "check_option", "LOCAL"));
        assertThat(MySqlDdl.createView(v, true)).isEqualTo("CREATE ALGORITHM=MERGE DEFINER=`app`@`%` SQL SECURITY "
                + "INVOKER VIEW `v` AS select 1 AS `one` WITH LOCAL CHECK OPTION");
        assertThat(MySqlDdl.createView(v, false)).isEqualTo("CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `v` "
                + "AS select 1 AS `one` WITH LOCAL CHECK OPTION");
    }

    @Test
    void routineAndTrigger() {
        RoutineSource f = new RoutineSource("f", "FUNCTION", false, "a INT", "int(11)", "READS SQL DATA", true,
                "INVOKER", "say 'hi'", "RETURN a", "root@localhost");
        String created = MySqlDdl.createRoutine(f);
        assertThat(created).isEqualTo("""
                CREATE DEFINER=`root`@`localhost` FUNCTION `f`(a INT) RETURNS int(11)
                    READS SQL DATA
                    DETERMINISTIC
                    SQL SECURITY INVOKER
                    COMMENT 'say ''hi'''
                RETURN a""");
        assertThat(MySqlDdl.withoutDefiner(created, "root@localhost")).startsWith("CREATE FUNCTION `f`(a INT)");
        RoutineSource p = new RoutineSource("p", "PROCEDURE", false, "", null, "CONTAINS SQL", false, "DEFINER",
                "", "BEGIN END", "u@h");
        assertThat(MySqlDdl.createRoutine(p)).isEqualTo("CREATE DEFINER=`u`@`h` PROCEDURE `p`()\nBEGIN END");
        assertThat(MySqlDdl.createTrigger("root@localhost", "t", "BEFORE", "INSERT", "item", "SET NEW.a = 1"))
                .isEqualTo("CREATE DEFINER=`root`@`localhost` TRIGGER `t` BEFORE INSERT ON `item` FOR EACH ROW "
                        + "SET NEW.a = 1");
    }

    @Test
    void quotingAndLiterals() {
        assertThat(MySqlDdl.quote("a`b")).isEqualTo("`a``b`");
        assertThat(MySqlDdl.literal("it's a \\ path")).isEqualTo("'it''s a \\\\ path'");
        assertThat(MySqlDdl.definer("user@with@host")).isEqualTo("`user@with`@`host`");
    }

    @Test
    void partitionClauses() {
        List<MySqlPartitions.Row> hash = List.of(
                new MySqlPartitions.Row("p0", null, "HASH", null, "`id`", null, null, ""),
                new MySqlPartitions.Row("p1", null, "HASH", null, "`id`", null, null, ""));
        assertThat(MySqlPartitions.clause(hash)).isEqualTo("PARTITION BY HASH (`id`)\nPARTITIONS 2");
        List<MySqlPartitions.Row> range = List.of(
                new MySqlPartitions.Row("a", null, "RANGE COLUMNS", null, "`d`", null, "'2000-01-01'", "old"),
                new MySqlPartitions.Row("b", null, "RANGE COLUMNS", null, "`d`", null, "MAXVALUE", ""));
        assertThat(MySqlPartitions.clause(range)).isEqualTo("PARTITION BY RANGE COLUMNS(`d`)\n"
                + "(PARTITION `a` VALUES LESS THAN ('2000-01-01') COMMENT = 'old',\n"
                + " PARTITION `b` VALUES LESS THAN (MAXVALUE))");
    }
}
