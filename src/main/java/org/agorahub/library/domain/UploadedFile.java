package org.agorahub.library.domain;

/** A file as it arrived in a request. */
public record UploadedFile(String originalName, byte[] content) {}
