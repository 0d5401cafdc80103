package org.recordrelief.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one nightly is asked to do.
 *
 * @param inbox the directory DOJ delivers into (read only)
 * @param base the publishing base directory (runs/, current, work/, .lock)
 * @param asOf the evaluation date of the run
 */
public record NightlyRequest(Path inbox, Path base, LocalDate asOf) {}
