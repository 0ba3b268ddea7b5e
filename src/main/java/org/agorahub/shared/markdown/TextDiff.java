package org.agorahub.shared.markdown;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Line-by-line comparison of two versions of a text, for a "what changed" table: every line of both versions in
 * reading order, each marked as added, removed or unchanged, with its line number in the old and the new version.
 *
 * <p>Line endings are normalised first, so a text saved from Windows and the same text saved elsewhere compare equal,
 * and a final line break does not count as an extra empty line.
 */
public final class TextDiff {

    private TextDiff() {}

    /** One line of the comparison; {@code oldNumber} is null for added lines, {@code newNumber} for removed ones. */
    public record DiffLine(Kind kind, Integer oldNumber, Integer newNumber, String text) {

        /** The sign shown before the line, so the change is readable without colour. */
        public String marker() {
            return kind.marker();
        }

        /** The change in words, for screen readers and as a message-key suffix. */
        public String label() {
            return kind.label();
        }
    }

    public enum Kind {
        ADDED("+", "added"),
        REMOVED("\u2212", "removed"),
        UNCHANGED(" ", "unchanged");

        private final String marker;
        private final String label;

        Kind(String marker, String label) {
            this.marker = marker;
            this.label = label;
        }

        /** {@code +}, {@code −} (minus sign) or a space. */
        public String marker() {
            return marker;
        }

        /** {@code added}, {@code removed} or {@code unchanged}. */
        public String label() {
            return label;
        }
    }

    /** How many lines were added and removed; a changed line counts once as removed and once as added. */
    public record Summary(int added, int removed) {

        public boolean hasChanges() {
            return added > 0 || removed > 0;
        }
    }

    /** Every line of both texts in reading order; null counts as empty text. */
    public static List<DiffLine> lines(String before, String after) {
        List<String> oldLines = split(before);
        List<String> newLines = split(after);
        List<AbstractDelta<String>> deltas =
                new ArrayList<>(DiffUtils.diff(oldLines, newLines).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));

        List<DiffLine> result = new ArrayList<>(Math.max(oldLines.size(), newLines.size()));
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : deltas) {
            int changeStart = delta.getSource().getPosition();
            while (oldIndex < changeStart) {
                result.add(unchanged(oldLines, oldIndex++, newIndex++));
            }
            for (String line : delta.getSource().getLines()) {
                result.add(new DiffLine(Kind.REMOVED, ++oldIndex, null, line));
            }
            for (String line : delta.getTarget().getLines()) {
                result.add(new DiffLine(Kind.ADDED, null, ++newIndex, line));
            }
        }
        while (oldIndex < oldLines.size()) {
            result.add(unchanged(oldLines, oldIndex++, newIndex++));
        }
        return List.copyOf(result);
    }

    public static Summary summary(List<DiffLine> lines) {
        int added = 0;
        int removed = 0;
        for (DiffLine line : lines) {
            switch (line.kind()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case UNCHANGED -> {}
            }
        }
        return new Summary(added, removed);
    }

    private static DiffLine unchanged(List<String> oldLines, int oldIndex, int newIndex) {
        return new DiffLine(Kind.UNCHANGED, oldIndex + 1, newIndex + 1, oldLines.get(oldIndex));
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.endsWith("\n")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return Arrays.asList(normalised.split("\n", -1));
    }
}
