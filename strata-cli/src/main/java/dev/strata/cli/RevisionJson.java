package dev.strata.cli;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import dev.strata.migrate.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.strata.cli.JsonOutput.object;

/** Revisions ({@code heads}, {@code history}, {@code show}) as JSON trees, with what the text marks in parentheses. */
final class RevisionJson {
    private RevisionJson() {
    }

    static Map<String, Object> list(String key, RevisionGraph graph, List<Revision> revisions) {
        return object(key, revisions.stream().map(r -> of(graph, r)).toList());
    }

    static Map<String, Object> of(RevisionGraph graph, Revision r) {
        return object("id", r.id(), "parents", r.parents(), "children", graph.children(r.id()),
                "message", r.message(), "created", r.created(), "file", r.file() == null ? null : r.file().toString(),
                "head", graph.children(r.id()).isEmpty(), "branchPoint", graph.children(r.id()).size() > 1,
                "mergePoint", r.isMerge());
    }

    /** {@code show}: the revision with its SQL sections, in file order. */
    static Map<String, Object> withSql(RevisionGraph graph, Revision r) {
        Map<String, Object> tree = of(graph, r);
        tree.put("upgrade", sections(r.upgrade()));
        tree.put("downgrade", sections(r.downgrade()));
        return tree;
    }

    private static List<Map<String, Object>> sections(List<Section> sections) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(object("dialect", s.dialect(), "sql", s.sql().strip()));
        }
        return all;
    }
}
