package org.agorahub.bench.cranfield;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cranfield test collection ({@code ../shared/data/cranfield}, see its README): 1,400 aeronautics abstracts, 225
 * queries and graded relevance judgments.
 *
 * <p>The trap: queries are numbered {@code .I 001, 002, 004, 008, ...} in {@code cran.qry}, but {@code cranqrel}
 * refers to a query by its <em>ordinal position</em> in that file (1..225). {@link Query#ordinal()} is that position
 * and is the only key judgments are looked up by; {@link Query#label()} keeps the {@code .I} text for display only.
 *
 * <p>Document texts are kept as the file has them: the {@code .W} abstract repeats the title first, so "title +
 * abstract" contains the title twice for every system alike. Line breaks and runs of blanks become single spaces.
 */
public record CranfieldCollection(List<Doc> docs, List<Query> queries, Map<Integer, Map<String, Integer>> judgments) {

    /** Where the collection sits relative to the repository root: the shared folder beside the clone. */
    public static final Path DEFAULT_DIRECTORY = Path.of("..", "shared", "data", "cranfield");

    static final String DOCUMENTS = "cran.all.1400";
    static final String QUERIES = "cran.qry";
    static final String JUDGMENTS = "cranqrel";

    private static final Pattern RECORD_START = Pattern.compile("^\\.I\\s+(\\S+)\\s*$");
    private static final Pattern FIELD_START = Pattern.compile("^\\.([TABW])\\s*$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** A document: {@code .I} id (leading zeros dropped), title {@code .T}, authors {@code .A}, source {@code .B}, abstract {@code .W}. */
    public record Doc(String id, String title, String authors, String source, String abstractText) {}

    /** A query: its 1-based position in {@code cran.qry} (the judgment key), its {@code .I} text, and its text. */
    public record Query(int ordinal, String label, String text) {}

    public CranfieldCollection {
        docs = List.copyOf(docs);
        queries = List.copyOf(queries);
        Map<Integer, Map<String, Integer>> copy = new TreeMap<>();
        judgments.forEach((query, codes) -> copy.put(query, Collections.unmodifiableMap(new LinkedHashMap<>(codes))));
        judgments = Collections.unmodifiableMap(copy);
    }

    /** Whether the three files are there. */
    public static boolean isPresent(Path directory) {
        return Files.isRegularFile(directory.resolve(DOCUMENTS))
                && Files.isRegularFile(directory.resolve(QUERIES))
                && Files.isRegularFile(directory.resolve(JUDGMENTS));
    }

    /** Reads and cross-checks the three files: every judgment must name an existing query ordinal and document. */
    public static CranfieldCollection load(Path directory) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Record record : records(directory.resolve(DOCUMENTS))) {
            docs.add(new Doc(
                    normaliseId(record.id()),
                    record.field('T'),
                    record.field('A'),
                    record.field('B'),
                    record.field('W')));
        }
        List<Query> queries = new ArrayList<>();
        for (Record record : records(directory.resolve(QUERIES))) {
            queries.add(new Query(queries.size() + 1, record.id(), record.field('W')));
        }
        Set<String> docIds = new HashSet<>();
        for (Doc doc : docs) {
            if (!docIds.add(doc.id())) {
                throw new IllegalStateException("Document " + doc.id() + " appears twice in " + DOCUMENTS);
            }
        }
        Map<Integer, Map<String, Integer>> judgments = new TreeMap<>();
        List<String> lines = Files.readAllLines(directory.resolve(JUDGMENTS), StandardCharsets.US_ASCII);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = BLANKS.split(line);
            if (parts.length != 3) {
                throw new IllegalStateException(JUDGMENTS + " line " + (n + 1) + ": expected 3 columns: " + line);
            }
            int ordinal = Integer.parseInt(parts[0]);
            String doc = normaliseId(parts[1]);
            int code = Integer.parseInt(parts[2]);
            if (ordinal < 1 || ordinal > queries.size()) {
                throw new IllegalStateException(JUDGMENTS + " line " + (n + 1) + ": no query at position " + ordinal);
            }
            if (!docIds.contains(doc)) {
                throw new IllegalStateException(JUDGMENTS + " line " + (n + 1) + ": no document " + doc);
            }
            if (code != -1 && (code < 1 || code > 4)) {
                throw new IllegalStateException(JUDGMENTS + " line " + (n + 1) + ": unknown code " + code);
            }
            Integer previous = judgments
                    .computeIfAbsent(ordinal, q -> new LinkedHashMap<>())
                    .put(doc, code);
            if (previous != null) {
                throw new IllegalStateException(
                        JUDGMENTS + " line " + (n + 1) + ": query " + ordinal + " judges document " + doc + " twice");
            }
        }
        return new CranfieldCollection(docs, queries, judgments);
    }

    /** The query at 1-based position {@code ordinal} in {@code cran.qry}. */
    public Query query(int ordinal) {
        return queries.get(ordinal - 1);
    }

    /** Codes judged for the query at {@code ordinal} (document id → 1..4 or -1); empty when none. */
    public Map<String, Integer> judgmentsOf(int ordinal) {
        return judgments.getOrDefault(ordinal, Map.of());
    }

    /** Graded gains for nDCG: 5 − code for codes 1..4 (1 → 4 … 4 → 1); judged-not-relevant (−1) is left out (gain 0). */
    public Map<String, Integer> gainsOf(int ordinal) {
        Map<String, Integer> gains = new LinkedHashMap<>();
        judgmentsOf(ordinal).forEach((doc, code) -> {
            if (code >= 1 && code <= 4) {
                gains.put(doc, 5 - code);
            }
        });
        return gains;
    }

    /** Documents judged relevant (codes 1..4) for binary metrics. */
    public Set<String> relevantOf(int ordinal) {
        return gainsOf(ordinal).keySet();
    }

    /** All judgment lines, relevant or not. */
    public int judgmentCount() {
        return judgments.values().stream().mapToInt(Map::size).sum();
    }

    /** Judgments with codes 1..4. */
    public int relevantJudgmentCount() {
        return queries.stream().mapToInt(q -> relevantOf(q.ordinal()).size()).sum();
    }

    private static String normaliseId(String id) {
        return Integer.toString(Integer.parseInt(id.strip()));
    }

    private record Record(String id, Map<Character, String> fields) {

        String field(char name) {
            return fields.getOrDefault(name, "");
        }
    }

    /** Splits a file into {@code .I} records with their {@code .T/.A/.B/.W} fields; tolerates CRLF line ends. */
    private static List<Record> records(Path file) throws IOException {
        List<Record> records = new ArrayList<>();
        String id = null;
        Map<Character, StringBuilder> fields = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String line = raw.strip();
            Matcher start = RECORD_START.matcher(line);
            if (start.matches()) {
                if (id != null) {
                    records.add(record(id, fields));
                }
                id = start.group(1);
                fields = new LinkedHashMap<>();
                current = null;
                continue;
            }
            Matcher field = FIELD_START.matcher(line);
            if (field.matches() && id != null) {
                current = fields.computeIfAbsent(field.group(1).charAt(0), f -> new StringBuilder());
                continue;
            }
            if (current != null && !line.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(line);
            } else if (id == null && !line.isEmpty()) {
                throw new IllegalStateException(file + ": text before the first .I record");
            }
        }
        if (id != null) {
            records.add(record(id, fields));
        }
        return records;
    }

    private static Record record(String id, Map<Character, StringBuilder> fields) {
        Map<Character, String> texts = new LinkedHashMap<>();
        fields.forEach((name, text) ->
                texts.put(name, BLANKS.matcher(text).replaceAll(" ").strip()));
        return new Record(id, texts);
    }
}
