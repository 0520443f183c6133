package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Domain;
import dev.strata.model.Grant;
import dev.strata.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Collects a domain: its head from the types query and its checks from the constraints query. */
final class PgDomainBuilder {
    final List<CheckConstraint> checks = new ArrayList<>();
    QualifiedName name;
    private String baseType;
    private boolean notNull;
    private String defaultValue;
    private String collation;
    private String owner;
    private String comment;
    private List<Grant> grants = List.of();

    void head(QualifiedName name, ResultSet rs, String owner, String comment, List<Grant> grants)
            throws SQLException {
        this.name = name;
        this.baseType = rs.getString("base_type");
        this.notNull = rs.getBoolean("typnotnull");
        this.defaultValue = rs.getString("typdefault");
        this.collation = rs.getString("collation");
        this.owner = owner;
        this.comment = comment;
        this.grants = grants;
    }

    Domain domain() {
        return new Domain(name, baseType, notNull, defaultValue, collation, checks, owner, comment, grants);
    }
}
