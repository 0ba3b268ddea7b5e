package org.agorahub.library;

import org.agorahub.shared.RefusedException;

/** A document can only be handed to an active account: not to someone unknown or deactivated. Nothing changed. */
public class OwnerNotActiveException extends RefusedException {

    public OwnerNotActiveException() {
        super("newOwner", "document.owner.notActive");
    }
}
