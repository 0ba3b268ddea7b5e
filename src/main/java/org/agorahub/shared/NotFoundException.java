package org.agorahub.shared;

/**
 * Something asked for does not exist, or the asker may not know that it exists: shown as the 404 page. Modules
 * extend it for their own things.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
