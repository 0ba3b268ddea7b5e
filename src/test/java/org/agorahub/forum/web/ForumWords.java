package org.agorahub.forum.web;

import java.util.Random;

/** Made-up words found nowhere else, for tests that search. */
final class ForumWords {

    private static final Random RANDOM = new Random();

    private ForumWords() {}

    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
