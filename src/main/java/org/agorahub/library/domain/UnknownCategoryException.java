package org.agorahub.library.domain;

/** A form named a category that does not exist (any more). */
public class UnknownCategoryException extends RuntimeException {

    public UnknownCategoryException() {
        super("No such category");
    }
}
