package org.litlod.convert;

/**
 * A document could not be converted. The message names the file, the place and what is wrong,
 * prefixed by a stable error id ("LITLOD-CONVERT-...") that users can search for.
 */
public class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String errorId;
    private final String file;
    private final int line;

    public ConversionException(String errorId, String file, int line, String what) {
        super(format(errorId, file, line, what));
        this.errorId = errorId;
        this.file = file;
        this.line = line;
    }

    private static String format(String errorId, String file, int line, String what) {
        String place = line > 0 ? file + ":" + line : file;
        return errorId + " " + place + ": " + what;
    }

    public String errorId() {
        return errorId;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
