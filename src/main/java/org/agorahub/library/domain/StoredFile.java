package org.agorahub.library.domain;

/** An inspected upload whose bytes are in the file store; what a file version records about it. */
record StoredFile(
        String sha256,
        String fileName,
        String kind,
        long size,
        String text,
        String preview,
        String extractionStatus,
        String extractionProblem) {}
