package dev.strata.codegen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Java source parsed with JavaParser, with its exact text: node positions become character offsets, so that a
 * merge can copy any member's text byte for byte (comments, formatting and blank lines included) and splice it.
 */
final class ParsedJava {
    /** RAW: the newest grammar without the language-level validators, which cost more than the parse and find nothing javac would not. */
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)));

    final String text;
    final CompilationUnit unit;
    /** Offset of the first character of each line (line 1 at index 0); \n, \r\n and \r end a line, as in javac. */
    private final int[] lineStarts;

    private ParsedJava(String text, CompilationUnit unit) {
        this.text = text;
        this.unit = unit;
        this.lineStarts = lineStarts(text);
    }

    /** Thrown when a text is not Java that JavaParser reads; the message names the first problem and its line. */
    static final class NotJava extends Exception {
        NotJava(String message) {
            super(message);
        }
    }

    static ParsedJava parse(String text) throws NotJava {
        ParseResult<CompilationUnit> result = PARSER.get().parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            String problem = result.getProblems().isEmpty() ? "unreadable"
                    : result.getProblems().get(0).getMessage().lines().findFirst().orElse("unreadable");
            throw new NotJava(problem);
        }
        return new ParsedJava(text, result.getResult().get());
    }

    /** Offset of a node's first character (its comment not included). */
    int begin(Node node) {
        return offsetOf(node.getBegin().orElseThrow());
    }

    /** Offset just after a node's last character. */
    int end(Node node) {
        return offsetOf(node.getEnd().orElseThrow()) + 1;
    }

    /** Offset of a node's first character, or of its comment's when that comes first (a Javadoc above it). */
    int beginWithComment(Node node) {
        int begin = begin(node);
        Optional<Comment> comment = node.getComment();
        if (comment.isPresent() && comment.get().getBegin().isPresent()) {
            begin = Math.min(begin, begin(comment.get()));
        }
        return begin;
    }

    String text(Node node) {
        return text.substring(begin(node), end(node));
    }

    /**
     * The span a member occupies as lines: from the start of its first line (when only indentation precedes it)
     * to just after its last line break (when only blanks follow it), comment included.
     */
    Span lineSpan(Node node) {
        int begin = beginWithComment(node);
        int end = end(node);
        int lineBegin = lineStart(begin);
        if (text.substring(lineBegin, begin).isBlank()) {
            begin = lineBegin;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after == text.length()) {
            end = after;
        } else if (text.startsWith("\r\n", after)) {
            end = after + 2;
        } else if (text.charAt(after) == '\n' || text.charAt(after) == '\r') {
            end = after + 1;
        }
        return new Span(begin, end);
    }

    /** The text of {@link #lineSpan(Node)}. */
    String lineSpanText(Node node) {
        Span span = lineSpan(node);
        return text.substring(span.begin(), span.end());
    }

    /** The end of the blank lines directly below {@code offset} (a line start). */
    int blankLinesBelow(int offset) {
        int end = offset;
        while (end < text.length()) {
            int next = nextLineStart(end);
            if (!text.substring(end, next).isBlank()) {
                break;
            }
            end = next;
        }
        return end;
    }

    private int nextLineStart(int offset) {
        int line = lineIndex(offset);
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    /** The blank lines directly above {@code offset} (a line start), not reaching back past {@code floor}. */
    int blankLinesAbove(int offset, int floor) {
        int start = offset;
        while (start > floor) {
            int previous = lineStart(start - 1);
            if (previous < floor || !text.substring(previous, start).isBlank()) {
                break;
            }
            start = previous;
        }
        return start;
    }

    /** The offset where the line holding {@code offset} starts. */
    int lineStart(int offset) {
        int line = lineIndex(offset);
        return lineStarts[line];
    }

    /** 1-based line number of an offset. */
    int lineNumber(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The indentation of the line holding {@code offset}. */
    String indentation(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The line break this file uses. */
    String eol() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /**
     * What a node says, whitespace aside: its tokens (comments included) and its comment, so that re-indenting is no
     * change but an edited Javadoc is.
     */
    static String signature(Node node) {
        StringBuilder out = new StringBuilder();
        node.getComment().ifPresent(c -> out.append(c.getContent().strip().replaceAll("\\s+", " ")).append('\u0001'));
        node.getTokenRange().ifPresent(range -> {
            for (JavaToken token : range) {
                if (!isWhitespace(token)) {
                    out.append(token.getText()).append('\u0000');
                }
            }
        });
        return out.toString();
    }

    /** Whether a token is blanks or a line break; cheaper than its category, which the merge asks of every token. */
    static boolean isWhitespace(JavaToken token) {
        String text = token.getText();
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }

    int offsetOf(Position position) {
        return lineStarts[position.line - 1] + position.column - 1;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A range of characters [begin, end). */
    record Span(int begin, int end) {
    }
}
