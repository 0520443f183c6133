package dev.strata.jpa.read;

import java.util.Set;

/**
 * Blanks out the methods and constructors of Java source text before it is parsed (each whole: its comments,
 * annotations, signature and body, into one block comment), keeping every line break and every other character where
 * it was, so that line and column numbers stay those of the file. The mapping reads types, fields, enum constants
 * and annotations, never a method (property access is not read), and a rebuilt entity's accessors were half of its
 * text and two thirds of JavaParser's time: parsing 1,000 entities took 1.5 s of CPU as written, 0.8 s without their
 * accessors, 0.4 s with each method one comment.
 *
 * <p>Only what is certainly a method or constructor is blanked: a block directly in a type body after a header with
 * a parameter list that ends with {@code )} or a {@code throws} clause, and that is neither a field's initializer
 * (an {@code =} outside parentheses: a lambda or an anonymous class) nor a type (a header naming class, interface,
 * enum or record, whose body may declare fields and nested types). An enum constant with arguments and a body keeps
 * its name: only its body is blanked. Strings, text blocks, character literals and comments are stepped over, so a
 * brace in them counts for nothing. A text the scan cannot follow to its end comes back as it was.
 */
final class Callables {
    private static final Set<String> TYPE_WORDS = Set.of("class", "interface", "enum", "record", "new");

    private final char[] text;
    private int at;

    private Callables(String text) {
        this.text = text.toCharArray();
    }

    /** {@code source} with every method and constructor blank, or {@code source} itself if the scan cannot follow it. */
    static String blanked(String source) {
        Callables scan = new Callables(source);
        try {
            scan.members(false, false);
            return new String(scan.text);
        } catch (Unfollowable e) {
            return source;
        }
    }

    /**
     * Scans declarations up to the end of the enclosing body ({@code inBody}) or of the text. In an enum's body,
     * the constants come first (up to the first {@code ;}): a constant with arguments and a body keeps its name.
     */
    private void members(boolean inBody, boolean enumBody) {
        Header header = new Header(at);
        boolean constants = enumBody;
        while (at < text.length) {
            char c = text[at];
            if (skipLiteralOrComment()) {
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                header.word(word());
                continue;
            }
            at++;
            switch (c) {
                case '(' -> header.parens++;
                case ')' -> {
                    header.parens--;
                    header.closedParameters = header.parens == 0;
                    header.hadParameters |= header.parens == 0;
                }
                case '=' -> header.assigns |= header.parens == 0;
                case ';' -> {
                    if (header.parens == 0) {
                        constants = false;
                        header = new Header(at);
                    }
                }
                case '{' -> {
                    if (header.parens > 0) {
                        block();   // an array in an annotation's arguments
                        continue;
                    }
                    declaration(header, constants);
                    header = new Header(at);
                }
                case '}' -> {
                    if (!inBody) {
                        throw new Unfollowable();
                    }
                    return;
                }
                default -> header.closedParameters &= Character.isWhitespace(c);
            }
        }
        if (inBody) {
            throw new Unfollowable();
        }
    }

    /** Reads the body of the declaration {@code header} began, whose opening brace was just read. */
    private void declaration(Header header, boolean constants) {
        if (header.isType()) {
            members(true, header.enumWord);
        } else if (header.isCallable() && constants) {
            int body = at;
            block();
            blank(body, at - 1);   // the constant's body, between its braces
        } else if (header.isCallable()) {
            block();
            blank(header.start, at);
        } else {
            block();
        }
    }

    /** Steps over a block whose opening brace was just read, up to and including its closing one. */
    private void block() {
        int depth = 1;
        while (depth > 0) {
            if (at >= text.length) {
                throw new Unfollowable();
            }
            if (skipLiteralOrComment()) {
                continue;
            }
            char c = text[at++];
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
    }

    /**
     * Spaces for every character from {@code from} to {@code to} (exclusive) but line breaks, inside a block comment
     * where the region allows one: JavaParser makes a token of every single space (1.8 million for 1,000 blanked
     * entities, most of the parse), and of a comment only one.
     */
    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isLineBreak(text[i])) {
                text[i] = ' ';
            }
        }
        int open = from;
        while (open + 1 < to && (isLineBreak(text[open]) || isLineBreak(text[open + 1]))) {
            open++;
        }
        int close = to - 2;
        while (close > open + 1 && (isLineBreak(text[close]) || isLineBreak(text[close + 1]))) {
            close--;
        }
        if (close > open + 1) {
            text[open] = '/';
            text[open + 1] = '*';
            text[close] = '*';
            text[close + 1] = '/';
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private String word() {
        int start = at;
        while (at < text.length && Character.isJavaIdentifierPart(text[at])) {
            at++;
        }
        return new String(text, start, at - start);
    }

    /** Steps over a string, text block, character literal or comment starting here; false if none does. */
    private boolean skipLiteralOrComment() {
        char c = text[at];
        char next = at + 1 < text.length ? text[at + 1] : 0;
        if (c == '/' && next == '/') {
            while (at < text.length && text[at] != '\n' && text[at] != '\r') {
                at++;
            }
        } else if (c == '/' && next == '*') {
            int end = indexOf("*/", at + 2);
            at = end + 2;
        } else if (c == '"' && next == '"' && at + 2 < text.length && text[at + 2] == '"') {
            at = quotedEnd("\"\"\"", at + 3);
        } else if (c == '"' || c == '\'') {
            at = quotedEnd(String.valueOf(c), at + 1);
        } else {
            return false;
        }
        return true;
    }

    /** The index after the unescaped {@code close} from {@code from} on. */
    private int quotedEnd(String close, int from) {
        int i = from;
        while (i < text.length) {
            if (text[i] == '\\') {
                i += 2;
            } else if (startsWith(close, i)) {
                return i + close.length();
            } else if (close.length() == 1 && (text[i] == '\n' || text[i] == '\r')) {
                throw new Unfollowable();   // a string or character literal does not span lines
            } else {
                i++;
            }
        }
        throw new Unfollowable();
    }

    private int indexOf(String s, int from) {
        for (int i = from; i + s.length() <= text.length; i++) {
            if (startsWith(s, i)) {
                return i;
            }
        }
        throw new Unfollowable();
    }

    private boolean startsWith(String s, int i) {
        if (i + s.length() > text.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** What the declaration being read has shown so far, from the end of the previous one. */
    private static final class Header {
        /** Where the declaration starts: after the previous one's end, its annotations and comments included. */
        final int start;
        int parens;
        boolean hadParameters;
        boolean closedParameters;
        boolean throwsClause;
        boolean assigns;
        boolean typeWord;
        boolean enumWord;

        Header(int start) {
            this.start = start;
        }

        void word(String word) {
            if (parens > 0) {
                return;   // an annotation's argument or a parameter
            }
            typeWord |= TYPE_WORDS.contains(word);
            enumWord |= word.equals("enum");
            throwsClause |= word.equals("throws") && hadParameters;
            closedParameters = false;
        }

        boolean isType() {
            return typeWord && !assigns;
        }

        boolean isCallable() {
            return !typeWord && !assigns && (closedParameters || throwsClause);
        }
    }

    /** The text is not Java this scan can follow: it is parsed as written. */
    private static final class Unfollowable extends RuntimeException {
        Unfollowable() {
            super(null, null, false, false);
        }
    }
}
