package org.agorahub.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Tags are free text, kept in one form everywhere (libraries, forums): lower case, single spaces, at most 60 characters. */
public final class Tags {

    public static final int MAX_LENGTH = 60;

    private Tags() {}

    public static Set<String> normalise(Collection<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw != null) {
            for (String tag : raw) {
                String clean = normalise(tag);
                if (!clean.isEmpty()) {
                    tags.add(clean);
                }
            }
        }
        return tags;
    }

    public static String normalise(String tag) {
        if (tag == null) {
            return "";
        }
        String clean = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH).strip() : clean;
    }

    /** "Procurement, FOI ,  freedom of information" → three tags. */
    public static Set<String> parse(String commaSeparated) {
        return commaSeparated == null ? Set.of() : normalise(Arrays.asList(commaSeparated.split(",")));
    }
}
