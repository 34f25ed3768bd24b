/**
 * The benchmark harness (see {@code bench/README.md}): contestants raced side by side in one JVM ({@code Race}),
 * the ingest race ({@code IngestBench}: the product's full path against readers merely reading), the documents
 * race ({@code DocsBench}: our engine against docxtemplater), the incremental pass ({@code IncrementalBench}).
 * Test scope only: nothing here ships in the product's jar. {@code BenchSmokeIT} runs each at a tiny scale.
 */
package ru.vprsvod.bench;
