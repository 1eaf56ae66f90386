package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * A query's terms in one language: each word's stem; the last word, when it is being typed (suggestions), also as a
 * prefix of the words it may become ("impri" → "imprimante").
 */
public record SearchQuery(Language language, List<Term> terms) {

    /** A word of the query: its stem (none for a common word), and its folded letters as a prefix while typed. */
    public record Term(@Nullable String stem, @Nullable String prefix) {}

    /** The shortest last word taken as a prefix. */
    public static final int MIN_PREFIX = 3;

    /**
     * The terms of a text in a language; {@code lastIsPrefix}: its last word is also a prefix, when it is long enough
     * and the text does not end with a space or a punctuation mark.
     */
    public static SearchQuery of(String text, Language language, boolean lastIsPrefix) {
        List<String> words = new ArrayList<>();
        Matcher found = SearchTerms.WORD.matcher(SearchTerms.fold(text));
        int end = 0;
        while (found.find()) {
            words.add(found.group());
            end = found.end();
        }
        boolean typing = lastIsPrefix
                && !words.isEmpty()
                && end == SearchTerms.fold(text).length();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            String prefix = typing && last && word.length() >= MIN_PREFIX ? word : null;
            String stem = SearchTerms.stemOrNull(word, language);
            Term term = new Term(stem, prefix);
            if ((stem != null || prefix != null) && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return new SearchQuery(language, terms);
    }

    /** The prefix of the last term, if any (letters and digits only, folded). */
    public @Nullable String prefix() {
        return terms.isEmpty() ? null : terms.get(terms.size() - 1).prefix();
    }

    /** Whether a folded word of a text matches one of the terms (in this query's language). */
    public boolean matches(String foldedWord) {
        String stem = SearchTerms.stemOrNull(foldedWord, language);
        for (Term term : terms) {
            if (term.prefix() != null && foldedWord.startsWith(term.prefix())) {
                return true;
            }
            if (stem != null && stem.equals(term.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word of a text matches this term in this query's language. */
    public boolean matches(Term term, String foldedWord) {
        if (term.prefix() != null && foldedWord.startsWith(term.prefix())) {
            return true;
        }
        return term.stem() != null && term.stem().equals(SearchTerms.stemOrNull(foldedWord, language));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
