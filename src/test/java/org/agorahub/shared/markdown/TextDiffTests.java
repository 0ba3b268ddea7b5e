package org.agorahub.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agorahub.shared.markdown.TextDiff.DiffLine;
import org.agorahub.shared.markdown.TextDiff.Kind;
import org.agorahub.shared.markdown.TextDiff.Summary;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void marksAddedRemovedAndUnchangedLinesWithTheirNumbersInEachVersion() {
        List<DiffLine> lines = TextDiff.lines(
                "# Guide\nStep one\nStep two\nEnd\n", "# Guide\nStep one\nStep 2\nStep three\nEnd\nAppendix\n");

        assertThat(lines)
                .containsExactly(
                        new DiffLine(Kind.UNCHANGED, 1, 1, "# Guide"),
                        new DiffLine(Kind.UNCHANGED, 2, 2, "Step one"),
                        new DiffLine(Kind.REMOVED, 3, null, "Step two"),
                        new DiffLine(Kind.ADDED, null, 3, "Step 2"),
                        new DiffLine(Kind.ADDED, null, 4, "Step three"),
                        new DiffLine(Kind.UNCHANGED, 4, 5, "End"),
                        new DiffLine(Kind.ADDED, null, 6, "Appendix"));
        assertThat(TextDiff.summary(lines)).isEqualTo(new Summary(3, 1));
    }

    @Test
    void removedLinesAtTheStartShiftTheNumbersOfTheRest() {
        List<DiffLine> lines = TextDiff.lines("Draft\nIntro\nBody", "Intro\nBody");

        assertThat(lines)
                .containsExactly(
                        new DiffLine(Kind.REMOVED, 1, null, "Draft"),
                        new DiffLine(Kind.UNCHANGED, 2, 1, "Intro"),
                        new DiffLine(Kind.UNCHANGED, 3, 2, "Body"));
        assertThat(TextDiff.summary(lines)).isEqualTo(new Summary(0, 1));
    }

    @Test
    void identicalTextsAreAllUnchanged() {
        List<DiffLine> lines = TextDiff.lines("a\n\nb\n", "a\n\nb\n");

        assertThat(lines)
                .containsExactly(
                        new DiffLine(Kind.UNCHANGED, 1, 1, "a"),
                        new DiffLine(Kind.UNCHANGED, 2, 2, ""),
                        new DiffLine(Kind.UNCHANGED, 3, 3, "b"));
        assertThat(TextDiff.summary(lines).hasChanges()).isFalse();
    }

    @Test
    void everyLineIsAddedWhenThereWasNothingBefore() {
        assertThat(TextDiff.lines("", "one\ntwo"))
                .containsExactly(new DiffLine(Kind.ADDED, null, 1, "one"), new DiffLine(Kind.ADDED, null, 2, "two"));
        assertThat(TextDiff.lines(null, "one")).containsExactly(new DiffLine(Kind.ADDED, null, 1, "one"));
    }

    @Test
    void everyLineIsRemovedWhenNothingIsLeft() {
        List<DiffLine> lines = TextDiff.lines("one\ntwo", "");

        assertThat(lines)
                .containsExactly(
                        new DiffLine(Kind.REMOVED, 1, null, "one"), new DiffLine(Kind.REMOVED, 2, null, "two"));
        assertThat(TextDiff.summary(lines)).isEqualTo(new Summary(0, 2));
    }

    @Test
    void windowsAndUnixLineEndingsCompareEqual() {
        List<DiffLine> lines = TextDiff.lines("one\r\ntwo\r\n", "one\ntwo");

        assertThat(lines)
                .extracting(DiffLine::kind)
                .containsOnly(Kind.UNCHANGED)
                .hasSize(2);
        assertThat(lines).extracting(DiffLine::text).containsExactly("one", "two");
    }

    @Test
    void theKindOfChangeIsReadableWithoutColour() {
        List<DiffLine> lines = TextDiff.lines("old\nsame", "new\nsame");

        assertThat(lines).extracting(DiffLine::marker).containsExactly("\u2212", "+", " ");
        assertThat(lines).extracting(DiffLine::label).containsExactly("removed", "added", "unchanged");
    }
}
