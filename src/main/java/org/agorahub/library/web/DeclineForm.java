package org.agorahub.library.web;

import jakarta.validation.constraints.Size;
import org.agorahub.library.domain.AccessRequestService;

/** Declining an access request, with an optional reason the requester sees. */
record DeclineForm(
        @Size(max = AccessRequestService.MESSAGE_LENGTH, message = "{library.access.message.tooLong}") String reason,

        String back) {}
