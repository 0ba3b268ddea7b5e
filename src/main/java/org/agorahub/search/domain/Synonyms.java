package org.agorahub.search.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synonym groups as the query parser uses them: each group is a list of expressions that mean the same ("FOI",
 * "freedom of information"); a run of query words equal to one expression (after the same analysis as the query:
 * lower case, ASCII folding, stop words dropped) matches the whole group.
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(List.of());

    /** A match at some position: how many query words it covers and every expression of its group. */
    record Match(int length, List<String> alternatives) {}

    private record Expression(List<String> words, List<String> group) {}

    private final List<Expression> expressions;

    private Synonyms(List<Expression> expressions) {
        this.expressions = expressions.stream()
                .sorted(Comparator.comparingInt((Expression e) -> e.words().size())
                        .reversed())
                .toList();
    }

    /** Groups written as admins type them: expressions separated by commas. */
    static Synonyms of(List<String> groups) {
        List<Expression> expressions = new ArrayList<>();
        for (String line : groups) {
            List<String> group = split(line);
            if (group.size() < 2) {
                continue;
            }
            for (String expression : group) {
                List<String> words = ParsedQuery.words(expression);
                if (!words.isEmpty()) {
                    expressions.add(new Expression(words, group));
                }
            }
        }
        return new Synonyms(expressions);
    }

    /** The expressions of one group as typed: trimmed, blanks and repeats (ignoring case) dropped. */
    static List<String> split(String line) {
        Map<String, String> unique = new LinkedHashMap<>();
        Arrays.stream(line.split("[,;\\n]"))
                .map(s -> s.strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty() && !ParsedQuery.words(s).isEmpty())
                .forEach(s -> unique.putIfAbsent(String.join(" ", ParsedQuery.words(s)), s));
        return List.copyOf(unique.values());
    }

    /** The longest expression starting at {@code from} in the query words, or null. */
    Match longestMatch(List<String> words, int from) {
        for (Expression expression : expressions) {
            int size = expression.words().size();
            if (from + size <= words.size() && words.subList(from, from + size).equals(expression.words())) {
                return new Match(size, expression.group());
            }
        }
        return null;
    }

    boolean isEmpty() {
        return expressions.isEmpty();
    }
}
