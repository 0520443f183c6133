package dev.strata.dialect.mysql;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.strata.dialect.mysql.MySqlDdl.quote;

/**
 * MariaDB sequences (https://mariadb.com/kb/en/create-sequence/): tables of type SEQUENCE whose one row holds
 * their options. MariaDB 10.11 has no information_schema.SEQUENCES, so all of a schema's sequences are read with
 * one UNION ALL over their rows. The current value is state, like AUTO_INCREMENT, and is not modeled.
 */
final class MySqlSequences {
    private MySqlSequences() {
    }

    /** The sequences named (name to comment), with one query. */
    static List<Sequence> read(Connection connection, String schema, Map<String, String> comments)
            throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        if (comments.isEmpty()) {
            return sequences;
        }
        List<String> selects = new ArrayList<>();
        for (String name : comments.keySet()) {
            selects.add("SELECT " + MySqlDdl.literal(name) + ", start_value, increment, minimum_value, "
                    + "maximum_value, cache_size, cycle_option FROM " + quote(schema) + "." + quote(name));
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(String.join(" UNION ALL ", selects) + " ORDER BY 1")) {
            while (rs.next()) {
                String name = rs.getString(1);
                SequenceOptions options = new SequenceOptions("bigint", rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getBoolean(7));
                String comment = comments.get(name);
                sequences.add(new Sequence(QualifiedName.of(schema, name), options, null, null,
                        comment == null || comment.isEmpty() ? null : comment, List.of()));
            }
        }
        return sequences;
    }

    /** CREATE SEQUENCE as SHOW CREATE SEQUENCE and mariadb-dump print it. */
    static String create(Sequence s) {
        return "CREATE SEQUENCE " + quote(s.name().name()) + " " + options(s.options())
                + (s.comment() == null ? "" : " COMMENT=" + MySqlDdl.literal(s.comment()));
    }

    /**
     * ALTER SEQUENCE with the target's options. START WITH sets what RESTART would restart at; the sequence's
     * current position is left alone, so values already drawn are never drawn again.
     */
    static List<String> alter(Sequence from, Sequence to) {
        List<String> out = new ArrayList<>();
        if (!from.options().equals(to.options())) {
            SequenceOptions o = to.options();
            out.add("ALTER SEQUENCE " + quote(to.name().name()) + " INCREMENT BY " + o.increment() + " MINVALUE "
                    + o.min() + " MAXVALUE " + o.max() + " START WITH " + o.start() + " CACHE " + o.cache()
                    + (o.cycle() ? " CYCLE" : " NOCYCLE"));
        }
        if (!java.util.Objects.equals(from.comment(), to.comment())) {
            out.add("ALTER TABLE " + quote(to.name().name()) + " COMMENT = "
                    + MySqlDdl.literal(to.comment() == null ? "" : to.comment()));
        }
        return out;
    }

    static String drop(Sequence s) {
        return "DROP SEQUENCE " + quote(s.name().name());
    }

    private static String options(SequenceOptions o) {
        return "start with " + o.start() + " minvalue " + o.min() + " maxvalue " + o.max() + " increment by "
                + o.increment() + " cache " + o.cache() + (o.cycle() ? " cycle" : " nocycle");
    }

    /**
     * MariaDB shows a default that draws from a sequence with the database's name ({@code nextval(`db`.`s`)});
     * without it the column compares equal across databases and a dump loads into a database of another name.
     */
    static Column unqualifiedDefault(Column c, String schema) {
        String qualifier = quote(schema) + ".";
        if (c.defaultValue() == null || !c.defaultValue().contains(qualifier)) {
            return c;
        }
        return new Column(c.name(), c.type(), c.normalizedType(), c.nullable(),
                c.defaultValue().replace(qualifier, ""), c.identity(), c.generated(), c.collation(), c.comment(),
                c.options());
    }
}
