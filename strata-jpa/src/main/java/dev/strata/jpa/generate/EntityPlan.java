package dev.strata.jpa.generate;

import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.List;

/**
 * Everything decided about one entity before it is written: names, types, which foreign keys become
 * relationships, and the inverse collections other entities point here with.
 */
record EntityPlan(Table table, String className, String tableName, String schemaName, String idClassName,
                  List<Member> members, List<Inverse> inverses, List<UniqueConstraint> uniques, List<Index> indexes) {

    /** A field of the entity, in column order. */
    interface Member {
        String field();

        String javaType();
    }

    /**
     * A column mapped as a basic field.
     *
     * @param columnName the name to write in {@code @Column(name)}, or null when the field name leads to it
     * @param sequence   for a key drawn from a sequence it does not own: its {@code @SequenceGenerator}; else null
     */
    record Basic(Column column, String field, String columnName, TypeChoice type, boolean id, boolean identity,
                 SequenceKey sequence) implements Member {
        @Override
        public String javaType() {
            return type.javaType();
        }
    }

    /**
     * A foreign key mapped as {@code @ManyToOne}. {@code readOnly}: its columns are also mapped as basic fields
     * (they belong to the primary key or to another foreign key), so the join columns are not insertable.
     *
     * @param joinColumns    the names to write, in key order (quoted where needed)
     * @param referenced     the referenced columns to write, or null when they are the target's primary key
     * @param columnDefinitions per join column: the database's type where it differs from the referenced column's
     */
    record Relation(ForeignKey foreignKey, String field, String targetClass, boolean readOnly, boolean nullable,
                    List<String> joinColumns, List<String> referenced, List<String> columnDefinitions)
            implements Member {
        @Override
        public String javaType() {
            return targetClass;
        }
    }

    /**
     * A {@code @SequenceGenerator}, names as they must be written.
     *
     * @param schema        the sequence's schema when it is not its table's, else null
     * @param allocationSize the sequence's increment: Hibernate checks that they agree
     */
    record SequenceKey(String generator, String sequenceName, String schema, long allocationSize, long initialValue) {
    }

    /** An inverse {@code @OneToMany(mappedBy)} collection of the entities whose relation points here. */
    record Inverse(String field, String sourceClass, String mappedBy) {
    }
}
