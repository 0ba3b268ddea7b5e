package org.agorahub.library.domain;

import org.agorahub.shared.NotFoundException;

/** No such library, or none the person may see: the same answer either way. */
public class LibraryNotFoundException extends NotFoundException {

    public LibraryNotFoundException(long id) {
        super("No library " + id);
    }
}
