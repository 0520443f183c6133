package dev.strata.dialect.mysql;

import dev.strata.diff.AddEvent;
import dev.strata.diff.AddSequence;
import dev.strata.diff.Change;
import dev.strata.diff.DropEvent;
import dev.strata.diff.ModifyEvent;
import dev.strata.diff.ModifySequence;
import dev.strata.model.Event;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Event and sequence changes in, exact MariaDB statements out, upgrade and downgrade. */
class MySqlEventsAndSequencesTest {
    private static final QualifiedName E = QualifiedName.of("shop", "purge");
    private static final Map<String, String> SESSION = Map.of("definer", "root@localhost", "time_zone", "SYSTEM",
            "sql_mode", "STRICT_TRANS_TABLES", "character_set_client", "utf8mb4",
            "collation_connection", "utf8mb4_general_ci", "db_collation", "utf8mb4_general_ci");
    private static final List<String> BEFORE = List.of("SET SESSION sql_mode = 'STRICT_TRANS_TABLES'",
            "SET character_set_client = utf8mb4", "SET collation_connection = utf8mb4_general_ci",
            "SET @strata_saved_time_zone = @@time_zone", "SET time_zone = 'SYSTEM'");
    private static final List<String> AFTER = List.of("SET time_zone = @strata_saved_time_zone",
            "SET NAMES utf8mb4");

    private static Event every(String value, String field, String ends, String status, String comment) {
        return new Event(E, null, value, field, "2031-01-01 00:00:00", ends, true, status, comment,
                "BEGIN DELETE FROM log; END", SESSION);
    }

    private static List<String> statements(Change change) {
        SchemaModel empty = new SchemaModel("mysql", List.of(), List.of(), List.of());
        return change.accept(new MySqlStatements(empty, empty, Set.of(), Set.of()));
    }

    private static List<String> inSession(String statement) {
        List<String> all = new java.util.ArrayList<>(BEFORE);
        all.add(statement);
        all.addAll(AFTER);
        return all;
    }

    @Test
    void addingAnEventCreatesItUnderItsSessionAndTheDowngradeDropsIt() {
        AddEvent add = new AddEvent(every("'1:30'", "HOUR_MINUTE", "2032-01-01 00:00:00", "SLAVESIDE_DISABLED",
                "it's hourly"));
        assertThat(statements(add)).isEqualTo(inSession("CREATE DEFINER=`root`@`localhost` EVENT `purge` ON SCHEDULE "
                + "EVERY '1:30' HOUR_MINUTE STARTS '2031-01-01 00:00:00' ENDS '2032-01-01 00:00:00' ON COMPLETION "
                + "PRESERVE DISABLE ON SLAVE COMMENT 'it''s hourly' DO BEGIN DELETE FROM log; END"));
        assertThat(statements(add.reverse())).containsExactly("DROP EVENT `purge`");
        assertThat(add.reverse().reverse()).isEqualTo(add);
    }

    @Test
    void aOneTimeEventIsCreatedAtItsTime() {
        Event at = new Event(E, "2031-06-01 12:00:00", null, null, null, null, false, "ENABLED", null,
                "DELETE FROM log", SESSION);
        assertThat(statements(new AddEvent(at))).isEqualTo(inSession("CREATE DEFINER=`root`@`localhost` EVENT "
                + "`purge` ON SCHEDULE AT '2031-06-01 12:00:00' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM log"));
    }

    @Test
    void aChangedScheduleStatusOrCommentIsOneAlterEventBothWays() {
        Event from = every("1", "DAY", null, "ENABLED", "daily");
        Event to = every("6", "HOUR", null, "DISABLED", null);
        ModifyEvent modify = new ModifyEvent(from, to);
        assertThat(statements(modify)).isEqualTo(inSession("ALTER DEFINER=`root`@`localhost` EVENT `purge` ON "
                + "SCHEDULE EVERY 6 HOUR STARTS '2031-01-01 00:00:00' ON COMPLETION PRESERVE DISABLE COMMENT '' DO "
                + "BEGIN DELETE FROM log; END"));
        assertThat(statements(modify.reverse())).isEqualTo(inSession("ALTER DEFINER=`root`@`localhost` EVENT "
                + "`purge` ON SCHEDULE EVERY 1 DAY STARTS '2031-01-01 00:00:00' ON COMPLETION PRESERVE ENABLE "
                + "COMMENT 'daily' DO BEGIN DELETE FROM log; END"));
    }

    /** ALTER EVENT keeps an ENDS the new schedule does not name, so losing ENDS drops and creates the event. */
    @Test
    void anEventThatLosesItsEndsIsDroppedAndCreated() {
        Event withEnds = every("1", "DAY", "2032-01-01 00:00:00", "ENABLED", null);
        Event without = every("1", "DAY", null, "ENABLED", null);
        List<String> expected = new java.util.ArrayList<>(List.of("DROP EVENT `purge`"));
        expected.addAll(inSession("CREATE DEFINER=`root`@`localhost` EVENT `purge` ON SCHEDULE EVERY 1 DAY STARTS "
                + "'2031-01-01 00:00:00' ON COMPLETION PRESERVE ENABLE DO BEGIN DELETE FROM log; END"));
        assertThat(statements(new ModifyEvent(withEnds, without))).isEqualTo(expected);
        assertThat(statements(new ModifyEvent(without, withEnds)).get(BEFORE.size())).startsWith("ALTER ");
        assertThat(statements(new DropEvent(withEnds))).containsExactly("DROP EVENT `purge`");
    }

    @Test
    void sequencesAreCreatedAsMariadbDumpWritesThemAndAlteredInPlace() {
        Sequence from = new Sequence(QualifiedName.of("shop", "invoice_seq"),
                new SequenceOptions("bigint", 1000, 1, 1000, 999999, 1000, false), null, null, null, List.of());
        Sequence to = new Sequence(from.name(), new SequenceOptions("bigint", 1000, 5, 1000, 9999999, 20, true),
                null, null, "numbers", List.of());
        assertThat(statements(new AddSequence(from))).containsExactly("CREATE SEQUENCE `invoice_seq` start with "
                + "1000 minvalue 1000 maxvalue 999999 increment by 1 cache 1000 nocycle");
        assertThat(statements(new AddSequence(from).reverse())).containsExactly("DROP SEQUENCE `invoice_seq`");
        ModifySequence modify = new ModifySequence(from, to);
        assertThat(statements(modify)).containsExactly("ALTER SEQUENCE `invoice_seq` INCREMENT BY 5 MINVALUE 1000 "
                + "MAXVALUE 9999999 START WITH 1000 CACHE 20 CYCLE", "ALTER TABLE `invoice_seq` COMMENT = 'numbers'");
        assertThat(statements(modify.reverse())).containsExactly("ALTER SEQUENCE `invoice_seq` INCREMENT BY 1 "
                + "MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 1000 NOCYCLE",
                "ALTER TABLE `invoice_seq` COMMENT = ''");
    }
}
