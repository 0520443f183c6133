package dev.strata.migrate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionGraphTest {
    /** a <- b <- c, b <- d (branch), (c, d) <- m (merge). */
    private static RevisionGraph branched() {
        return RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b2", "a1"), Revision.of("c3", "b2"),
                Revision.of("d4", "b2"), Revision.of("m5", "c3", "d4")));
    }

    @Test
    void linearChainHasOneHeadAndOneBase() {
        RevisionGraph g = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "b")));
        assertThat(g.heads()).containsExactly("c");
        assertThat(g.bases()).containsExactly("a");
        assertThat(g.singleHead()).isEqualTo("c");
        assertThat(g.branchPoints()).isEmpty();
    }

    @Test
    void topologicalOrderPutsParentsFirstWhateverTheInputOrder() {
        RevisionGraph g = RevisionGraph.of(List.of(Revision.of("c", "b"), Revision.of("b", "a"), Revision.of("a")));
        assertThat(g.revisions()).extracting(Revision::id).containsExactly("a", "b", "c");
    }

    @Test
    void branchesGiveTwoHeadsAndABranchPoint() {
        RevisionGraph g = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b2", "a1"), Revision.of("c3", "b2"),
                Revision.of("d4", "b2")));
        assertThat(g.heads()).containsExactly("c3", "d4");
        assertThat(g.branchPoints()).containsExactly("b2");
        assertThatThrownBy(g::singleHead).isInstanceOf(MultipleHeads.class)
                .satisfies(e -> assertThat(((MultipleHeads) e).heads()).containsExactly("c3", "d4"))
                .hasMessageContaining("strata merge");
    }

    @Test
    void mergeJoinsHeads() {
        RevisionGraph g = branched();
        assertThat(g.heads()).containsExactly("m5");
        assertThat(g.children("b2")).containsExactly("c3", "d4");
        assertThat(g.ancestorsOf(List.of("m5"))).containsExactlyInAnyOrder("a1", "b2", "c3", "d4", "m5");
        assertThat(g.descendantsOf(List.of("d4"))).containsExactlyInAnyOrder("d4", "m5");
    }

    @Test
    void toApplyRunsMissingAncestorsParentsFirst() {
        RevisionGraph g = branched();
        assertThat(g.toApply(Set.of("a1", "b2", "c3"), List.of("m5"))).extracting(Revision::id)
                .containsExactly("d4", "m5");
        assertThat(g.toApply(Set.of(), List.of("c3"))).extracting(Revision::id).containsExactly("a1", "b2", "c3");
    }

    @Test
    void toUnapplyRemovesDependentsChildrenFirst() {
        RevisionGraph g = branched();
        Set<String> all = g.ancestorsOf(List.of("m5"));
        assertThat(g.toUnapply(all, List.of("c3"))).extracting(Revision::id).containsExactly("m5", "c3");
    }

    @Test
    void headsOfAppliedSetIgnoreUnappliedChildren() {
        RevisionGraph g = branched();
        assertThat(g.headsOf(Set.of("a1", "b2", "c3", "d4"))).containsExactly("c3", "d4");
        assertThat(g.headsOf(Set.of())).isEmpty();
    }

    @Test
    void rangeIncludesBothEnds() {
        RevisionGraph g = branched();
        assertThat(g.range("b2", "c3")).extracting(Revision::id).containsExactly("b2", "c3");
        assertThat(g.range(null, "b2")).extracting(Revision::id).containsExactly("a1", "b2");
        assertThat(g.range("d4", null)).extracting(Revision::id).containsExactly("d4", "m5");
    }

    @Test
    void uniquePrefixResolves() {
        RevisionGraph g = RevisionGraph.of(List.of(Revision.of("abc1"), Revision.of("abd2", "abc1")));
        assertThat(g.resolve("abc")).isEqualTo("abc1");
        assertThat(g.resolve("abd2")).isEqualTo("abd2");
        assertThatThrownBy(() -> g.resolve("ab")).isInstanceOf(AmbiguousRevision.class)
                .satisfies(e -> assertThat(((AmbiguousRevision) e).candidates()).containsExactly("abc1", "abd2"));
        assertThatThrownBy(() -> g.resolve("zz")).isInstanceOf(UnknownRevision.class).hasMessageContaining("'zz'");
    }

    @Test
    void missingParentNamesBoth() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "nope"))))
                .isInstanceOf(MissingParent.class)
                .satisfies(e -> {
                    assertThat(((MissingParent) e).revision()).isEqualTo("b");
                    assertThat(((MissingParent) e).parent()).isEqualTo("nope");
                });
    }

    @Test
    void cycleIsDetectedWithItsPath() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a", "d"),
                Revision.of("c", "b"), Revision.of("d", "c"))))
                .isInstanceOf(CycleDetected.class)
                .satisfies(e -> assertThat(((CycleDetected) e).revisions()).contains("b", "c", "d"));
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a"), Revision.of("a"))))
                .isInstanceOf(DuplicateRevision.class);
    }

    @Test
    void emptyGraphHasNoHead() {
        RevisionGraph g = RevisionGraph.of(List.of());
        assertThat(g.heads()).isEmpty();
        assertThat(g.singleHead()).isNull();
    }
}
