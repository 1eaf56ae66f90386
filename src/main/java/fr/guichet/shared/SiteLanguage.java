package fr.guichet.shared;

/**
 * The language of the site for a visitor who has chosen none (no cookie, no {@code ?lang=}, not signed in): set by
 * the company (module company implements it); the zones' locale resolver asks it, so that they need not know the
 * company.
 */
public interface SiteLanguage {

    Language defaultLanguage();
}
