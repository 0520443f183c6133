package dev.strata.dialect.mysql;

import dev.strata.diff.AddColumn;
import dev.strata.diff.AddForeignKey;
import dev.strata.diff.Change;
import dev.strata.diff.RenameColumn;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online plan follows the server's release: which changes are INSTANT, and the syntax of the copy-free foreign
 * key (MariaDB's SET STATEMENT; MySQL's SET, and its CHECK constraints only from 8.0.16). The MariaDB 10.11 plans
 * are run on the server by MariaDbOnlineUpgradeTest; there is no MySQL server here, so these are the MySQL proof.
 */
class MySqlReleasePlanTest {
    private static final QualifiedName T = QualifiedName.of("shop", "t");
    private static final QualifiedName P = QualifiedName.of("shop", "p");
    private static final Column ID = Column.of("id", "int", DataType.of(DataType.Kind.INTEGER), false);
    private static final Column P_ID = Column.of("p_id", "int", DataType.of(DataType.Kind.INTEGER), true);
    private static final Column NOTE = Column.of("note", "text", DataType.of(DataType.Kind.TEXT), true);
    private static final ForeignKey T_P = new ForeignKey("t_p_fk", List.of("p_id"), P, List.of("id"), "RESTRICT",
            "RESTRICT", false, false, "SIMPLE", true, null);
    private static final SchemaModel MODEL = MySqlPlanOrderTest.model(MySqlPlanOrderTest.table(T, ID, P_ID),
            MySqlPlanOrderTest.table(P, ID));

    private static final ServerVersion MARIADB_10_3 = new ServerVersion("MariaDB", 10, 3, 39);
    private static final ServerVersion MARIADB_10_11 = new ServerVersion("MariaDB", 10, 11, 6);
    private static final ServerVersion MYSQL_8_0_15 = new ServerVersion("MySQL", 8, 0, 15);
    private static final ServerVersion MYSQL_8_0_28 = new ServerVersion("MySQL", 8, 0, 28);
    private static final ServerVersion MYSQL_8_4 = new ServerVersion("MySQL", 8, 4, 3);

    @Test
    void columnsAreAddedInstantlyOnlyFromMariaDb104AndMySql8029() {
        Change add = new AddColumn(T, NOTE);
        assertThat(sql(add, MARIADB_10_11)).singleElement().asString().endsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(sql(add, MYSQL_8_4)).singleElement().asString().endsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(sql(add, MARIADB_10_3)).singleElement().asString().endsWith("ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(sql(add, MYSQL_8_0_28)).singleElement().asString().endsWith("ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(render(add, MYSQL_8_0_28).get(0).cost().comment())
                .isEqualTo("-- lock: ALGORITHM=INPLACE, LOCK=NONE; rewrites table; blocks nothing");
    }

    @Test
    void aRenameIsMetadataOnlyOnBoth() {
        Change rename = new RenameColumn(T, "p_id", "parent_id");
        assertThat(sql(rename, MARIADB_10_3)).singleElement().asString().endsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(sql(rename, MYSQL_8_0_28)).singleElement().asString().endsWith("ALGORITHM=INSTANT, LOCK=NONE");
    }

    @Test
    void theCopyFreeForeignKeyUsesSetStatementOnMariaDbAndSetOnMySql() {
        Change fk = new AddForeignKey(T, T_P);
        assertThat(sql(fk, MARIADB_10_11)).first().asString()
                .startsWith("SET STATEMENT foreign_key_checks = 0 FOR ALTER TABLE `t` ADD CONSTRAINT `t_p_fk`")
                .endsWith("ALGORITHM=INPLACE, LOCK=NONE");
        List<String> mysql = sql(fk, MYSQL_8_4);
        assertThat(mysql).noneMatch(s -> s.contains("SET STATEMENT") || s.contains("CREATE OR REPLACE"));
        assertThat(mysql.subList(0, 3)).containsExactly("SET foreign_key_checks = 0",
                "ALTER TABLE `t` ADD CONSTRAINT `t_p_fk` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`), "
                        + "ALGORITHM=INPLACE, LOCK=NONE",
                "SET foreign_key_checks = 1");
        assertThat(mysql.get(4)).startsWith("CREATE TEMPORARY TABLE `strata_validate_t_p_fk`")
                .contains("CONSTRAINT `t_p_fk_has_orphan_rows` CHECK (orphan_rows = 0)");
    }

    @Test
    void beforeMySql8016TheForeignKeyIsAddedByTheCopyThatChecksItsRows() {
        List<Step> steps = render(new AddForeignKey(T, T_P), MYSQL_8_0_15);
        assertThat(steps).singleElement().extracting(Step::sql).asString()
                .endsWith("ALGORITHM=COPY, LOCK=SHARED");
    }

    private static List<String> sql(Change change, ServerVersion server) {
        return render(change, server).stream().map(Step::sql).toList();
    }

    private static List<Step> render(Change change, ServerVersion server) {
        return new MySqlPlanRenderer().forServer(server).render(List.of(change), MODEL, MODEL);
    }
}
