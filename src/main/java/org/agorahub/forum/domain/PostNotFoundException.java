package org.agorahub.forum.domain;

import org.agorahub.shared.NotFoundException;

/** No such post, or none the person may see: the same answer either way. */
public class PostNotFoundException extends NotFoundException {

    public PostNotFoundException(long id) {
        super("No post " + id);
    }
}
