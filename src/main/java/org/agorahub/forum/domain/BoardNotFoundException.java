package org.agorahub.forum.domain;

import org.agorahub.shared.NotFoundException;

/** No such board, or none the person may see: the same answer either way. */
public class BoardNotFoundException extends NotFoundException {

    public BoardNotFoundException(long id) {
        super("No board " + id);
    }
}
