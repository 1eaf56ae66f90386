package fr.guichet.knowledge;

/** Where a person was writing when the help centre suggested articles. */
public enum DeflectionChannel {
    /** The public site's contact form. */
    CONTACT,
    /** The customer portal's new request form. */
    PORTAL
}
