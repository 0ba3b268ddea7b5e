package org.agorahub.library.domain;

import org.agorahub.shared.NotFoundException;

/** No such access request, or one in a library the person may not see: the same answer either way. */
public class AccessRequestNotFoundException extends NotFoundException {

    public AccessRequestNotFoundException(long id) {
        super("No access request " + id);
    }
}
