/**
 * litlod's conversion as an Apache Spark job. The driver ({@link org.litlod.spark.SparkConversion})
 * lists the input files and sends one task per file to the executors; each task runs the core's
 * {@link org.litlod.publish.BulkConversion} on its file, which writes the file's partition
 * ({@code SHA256.nq.gz}, gzipped N-Quads, and {@code SHA256.json}, its outcome) into the output
 * folder exactly as {@code litlod load --bulk --work DIR} does, and returns a
 * {@link org.litlod.spark.FileReport}. {@link org.litlod.spark.ConvertJob} is the command
 * {@code spark-submit} runs.
 *
 * <p>Error ids: {@value org.litlod.spark.SparkConversion#JOB_FAILED} the Spark job stopped,
 * {@value org.litlod.spark.SparkConversion#BAD_OUTPUT} the output folder cannot be used,
 * {@value org.litlod.spark.ConvertJob#USAGE} the command line cannot be run as given. Failed
 * documents and files keep the ids of the core ({@code LITLOD-BULK-001}, {@code LITLOD-SHACL-001}, ...).
 */
package org.litlod.spark;
