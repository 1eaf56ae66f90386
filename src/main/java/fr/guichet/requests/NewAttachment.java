package fr.guichet.requests;

/** A file someone chose to attach: its name as their computer gave it, and its content. */
public record NewAttachment(String filename, byte[] content) {}
