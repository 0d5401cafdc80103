/**
 * Nightly operation: take the complete DOJ files of an inbox, run the pipeline into {@code
 * BASE/runs/<run-id>/} with a per-county change report against the run published before, then
 * switch the symbolic link {@code BASE/current} atomically; a lock keeps two nightlies apart,
 * old runs are removed. File-system work over {@code java.nio} (local or POSIX-mounted {@code
 * BASE}); the data work is the existing pipeline plus one Spark join ({@link ChangeReport}).
 */
package org.recordrelief.nightly;
