package org.agorahub.library.domain;

import org.agorahub.shared.NotFoundException;

/** No such document (or version), or none the person may see: the same answer either way. */
public class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(long id) {
        super("No document " + id);
    }
}
