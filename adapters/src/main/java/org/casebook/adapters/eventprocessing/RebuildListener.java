package org.casebook.adapters.eventprocessing;

/**
 * Told of each page a bulk rebuild has written, before it reads on. Optional (no bean, nothing is told): the
 * integration tests use it to hold a rebuild midway, or to stop it as a node dying would (an {@link Error} thrown
 * here ends the rebuild without any clean-up, leaving it recorded to be started again).
 */
@FunctionalInterface
public interface RebuildListener {

    void pageWritten(RebuildProgress progress);
}
