package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
    private static final String BASE = "a\nb\nc\nd\ne\n";

    @Test
    void editsOfDifferentLinesMergeCleanly() {
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(BASE, "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n");
        assertThat(outcome.conflicts()).isFalse();
        assertThat(outcome.text()).isEqualTo("A\nb\nc\nd\nE\n");
    }

    /** As in git, edits of touching lines conflict: the generators put one field per line to make this rare. */
    @Test
    void editsOfAdjacentLinesConflictAsInGit() {
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(BASE, "a\nB\nc\nd\ne\n", "a\nb\nC\nd\ne\n");
        assertThat(outcome.conflicts()).isTrue();
    }

    @Test
    void theSameEditOnBothSidesIsNoConflict() {
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(BASE, "a\nB\nc\nd\ne\nf\n", "a\nB\nc\nd\ne\nf\n");
        assertThat(outcome.conflicts()).isFalse();
        assertThat(outcome.text()).isEqualTo("a\nB\nc\nd\ne\nf\n");
    }

    @Test
    void differentEditsOfTheSameLineConflictWithLabelledMarkers() {
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(BASE, "a\nmine\nc\nd\ne\n", "a\ntheirs\nc\nd\ne\n");
        assertThat(outcome.conflicts()).isTrue();
        assertThat(outcome.text()).isEqualTo("a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> strata\nc\nd\ne\n");
        assertThat(ThreeWayMerge.hasConflictMarkers(outcome.text())).isTrue();
        assertThat(ThreeWayMerge.hasConflictMarkers(BASE)).isFalse();
    }

    @Test
    void withoutABaseSharedLinesStayAndEveryDifferenceIsMarked() {
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.twoWay("a\nmine\nc\nadded\n", "a\ntheirs\nc\n");
        assertThat(outcome.conflicts()).isTrue();
        assertThat(outcome.text()).isEqualTo("a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> strata\nc\n"
                + "<<<<<<< yours\nadded\n=======\n>>>>>>> strata\n");
        ThreeWayMerge.Outcome same = ThreeWayMerge.twoWay("a\r\nb\r\n", "a\r\nb\r\n");
        assertThat(same.conflicts()).isFalse();
        assertThat(same.text()).isEqualTo("a\r\nb\r\n");
    }
}
