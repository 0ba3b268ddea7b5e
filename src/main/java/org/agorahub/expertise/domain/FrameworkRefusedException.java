package org.agorahub.expertise.domain;

import java.util.List;

/** A framework the rules refuse, with every reason: each names the form field and a message key with arguments. */
public class FrameworkRefusedException extends RuntimeException {

    private final List<Problem> problems;

    FrameworkRefusedException(List<Problem> problems) {
        super("Framework refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, String messageKey, Object... arguments) {}
}
