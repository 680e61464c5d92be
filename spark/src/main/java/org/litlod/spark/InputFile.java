package org.litlod.spark;

import java.io.Serializable;

/**
 * One task's input, as the driver sends it to an executor.
 *
 * @param path      the file, as a path every executor can read
 * @param published the name it is published under, relative to the folder given (as
 *                  {@link org.litlod.publish.InputFiles#publishedName} makes it)
 */
public record InputFile(String path, String published) implements Serializable {
}
