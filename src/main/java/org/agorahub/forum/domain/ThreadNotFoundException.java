package org.agorahub.forum.domain;

import org.agorahub.shared.NotFoundException;

/** No such thread, or none the person may see: the same answer either way. */
public class ThreadNotFoundException extends NotFoundException {

    public ThreadNotFoundException(long id) {
        super("No thread " + id);
    }
}
