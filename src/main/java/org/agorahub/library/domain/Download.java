package org.agorahub.library.domain;

/** What a download needs: where the bytes are and how to name and label them. */
public record Download(String sha256, String fileName, String mediaType, long size) {}
