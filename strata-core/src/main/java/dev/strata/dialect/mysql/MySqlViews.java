package dev.strata.dialect.mysql;

import dev.strata.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * View definitions: VIEW_DEFINITION qualifies every table with the current database (`db`.`t`); the qualifier is
 * removed so that the definition loads into a database of another name, and the qualified names found in it are
 * the view's dependencies.
 */
final class MySqlViews {
    private static final Pattern QUALIFIED = Pattern.compile("`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)`");

    private MySqlViews() {
    }

    static String unqualify(String definition, String schema) {
        return definition == null ? null : definition.replace(MySqlDdl.quote(schema) + ".", "");
    }

    /**
     * The query of a SHOW CREATE VIEW statement: the text after "VIEW `name` AS " (the name qualified or not, as
     * the current database has it), without the trailing WITH ... CHECK OPTION; null if the text has another shape.
     */
    static String query(String createView, String schema, String name, String checkOption) {
        if (createView == null) {
            return null;
        }
        int start = -1;
        for (String head : List.of(" VIEW " + MySqlDdl.quote(schema) + "." + MySqlDdl.quote(name) + " AS ",
                " VIEW " + MySqlDdl.quote(name) + " AS ")) {
            int at = createView.indexOf(head);
            if (at >= 0 && (start < 0 || at < start)) {
                start = at + head.length();
            }
        }
        if (start < 0) {
            return null;
        }
        String query = createView.substring(start);
        String check = " WITH " + checkOption + " CHECK OPTION";
        if (checkOption != null && !checkOption.equals("NONE") && query.endsWith(check)) {
            query = query.substring(0, query.length() - check.length());
        }
        return query;
    }

    /** Tables and views of this schema the definition names, sorted, without the view itself. */
    static List<QualifiedName> dependencies(String definition, String schema, Set<String> relations, String self) {
        Set<String> found = new TreeSet<>();
        if (definition != null) {
            Matcher m = QUALIFIED.matcher(definition);
            while (m.find()) {
                String db = m.group(1).replace("``", "`");
                String name = m.group(2).replace("``", "`");
                if (db.equals(schema) && relations.contains(name) && !name.equals(self)) {
                    found.add(name);
                }
            }
        }
        List<QualifiedName> names = new ArrayList<>();
        for (String n : found) {
            names.add(QualifiedName.of(schema, n));
        }
        return names;
    }
}
