package dev.strata.migrate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions as a directed acyclic graph, child to parents. Pure data: no files, no database. Every list it
 * returns is in one deterministic topological order (parents first; among independent revisions, the order they
 * were given in, which is the file name order, which is creation order).
 */
public final class RevisionGraph {
    private final Map<String, Revision> byId;
    private final Map<String, List<String>> children;
    private final Map<String, Integer> position;
    private final List<Revision> ordered;

    private RevisionGraph(Map<String, Revision> byId, Map<String, List<String>> children, List<Revision> ordered) {
        this.byId = byId;
        this.children = children;
        this.ordered = List.copyOf(ordered);
        this.position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
        }
    }

    /** Builds the graph; throws {@link DuplicateRevision}, {@link MissingParent} or {@link CycleDetected}. */
    public static RevisionGraph of(List<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision r : revisions) {
            Revision earlier = byId.putIfAbsent(r.id(), r);
            if (earlier != null) {
                throw new DuplicateRevision(r.id(), earlier.file(), r.file());
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (Revision r : revisions) {
            children.putIfAbsent(r.id(), new ArrayList<>());
            for (String p : r.parents()) {
                if (!byId.containsKey(p)) {
                    throw new MissingParent(r.id(), p, r.file());
                }
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(r.id());
            }
        }
        return new RevisionGraph(byId, children, topologicalOrder(revisions, byId, children));
    }

    private static List<Revision> topologicalOrder(List<Revision> revisions, Map<String, Revision> byId,
                                                   Map<String, List<String>> children) {
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> waiting = new HashMap<>();
        for (int i = 0; i < revisions.size(); i++) {
            given.put(revisions.get(i).id(), i);
            waiting.put(revisions.get(i).id(), revisions.get(i).parents().size());
        }
        TreeSet<String> ready = new TreeSet<>(Comparator.comparing(given::get));
        waiting.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<Revision> out = new ArrayList<>(revisions.size());
        while (!ready.isEmpty()) {
            String id = ready.pollFirst();
            out.add(byId.get(id));
            for (String child : children.get(id)) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (out.size() < revisions.size()) {
            throw new CycleDetected(findCycle(byId, waiting));
        }
        return out;
    }

    /** Walks parents from a revision left waiting until one repeats; that stretch is a cycle. */
    private static List<String> findCycle(Map<String, Revision> byId, Map<String, Integer> waiting) {
        String start = waiting.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        String at = start;
        while (!path.contains(at)) {
            path.add(at);
            at = byId.get(at).parents().stream().filter(p -> waiting.get(p) > 0).sorted().findFirst()
                    .orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        return cycle;
    }

    /** Every revision, parents before children. */
    public List<Revision> revisions() {
        return ordered;
    }

    public int size() {
        return ordered.size();
    }

    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    public Revision get(String id) {
        Revision r = byId.get(id);
        if (r == null) {
            throw new UnknownRevision(id);
        }
        return r;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The full id for an id or a unique prefix of one. */
    public String resolve(String reference) {
        if (byId.containsKey(reference)) {
            return reference;
        }
        List<String> matches = ordered.stream().map(Revision::id).filter(id -> id.startsWith(reference)).toList();
        if (matches.isEmpty() || reference.isEmpty()) {
            throw new UnknownRevision(reference);
        }
        if (matches.size() > 1) {
            throw new AmbiguousRevision(reference, matches);
        }
        return matches.get(0);
    }

    public List<String> children(String id) {
        return sortIds(children.get(get(id).id()));
    }

    /** Revisions without children. */
    public List<String> heads() {
        return ordered.stream().map(Revision::id).filter(id -> children.get(id).isEmpty()).toList();
    }

    /** The single head, or {@link MultipleHeads}; an empty graph has no head and gives null. */
    public String singleHead() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new MultipleHeads(heads);
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** Revisions without parents. */
    public List<String> bases() {
        return ordered.stream().filter(r -> r.parents().isEmpty()).map(Revision::id).toList();
    }

    /** Revisions with more than one child, where the graph branches. */
    public List<String> branchPoints() {
        return ordered.stream().map(Revision::id).filter(id -> children.get(id).size() > 1).toList();
    }

    /** The revisions and all their ancestors. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        return closure(ids, id -> get(id).parents());
    }

    /** The revisions and all their descendants. */
    public Set<String> descendantsOf(Collection<String> ids) {
        return closure(ids, id -> children.get(get(id).id()));
    }

    private Set<String> closure(Collection<String> start, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return sortIds(seen).stream().collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** The applied revisions that no applied revision has as parent: what the version table holds. */
    public List<String> headsOf(Set<String> applied) {
        return sortIds(applied).stream()
                .filter(id -> children.get(id).stream().noneMatch(applied::contains)).toList();
    }

    /** The revisions of {@code ids} in topological order. */
    public List<String> sortIds(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparing(id -> position.getOrDefault(id, Integer.MAX_VALUE)))
                .toList();
    }

    /** What applying up to {@code targets} runs, from a state where {@code applied} is applied: parents first. */
    public List<Revision> toApply(Set<String> applied, Collection<String> targets) {
        Set<String> wanted = ancestorsOf(targets);
        return ordered.stream().filter(r -> wanted.contains(r.id()) && !applied.contains(r.id())).toList();
    }

    /** What unapplying {@code ids} and everything applied that depends on them runs: children first. */
    public List<Revision> toUnapply(Set<String> applied, Collection<String> ids) {
        Set<String> gone = descendantsOf(ids);
        List<Revision> out = new ArrayList<>(ordered.stream()
                .filter(r -> gone.contains(r.id()) && applied.contains(r.id())).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * The revisions from {@code from} to {@code to}, both included: descendants of {@code from} that are ancestors
     * of {@code to}. A null end means base or heads.
     */
    public List<Revision> range(String from, String to) {
        Set<String> upper = to == null ? null : ancestorsOf(List.of(to));
        Set<String> lower = from == null ? null : descendantsOf(List.of(from));
        return ordered.stream().filter(r -> (upper == null || upper.contains(r.id()))
                && (lower == null || lower.contains(r.id()))).toList();
    }
}
