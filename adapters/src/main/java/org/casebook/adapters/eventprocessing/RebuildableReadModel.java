package org.casebook.adapters.eventprocessing;

import java.util.List;
import java.util.function.Function;
import org.casebook.projections.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model the bulk rebuild can rebuild (ADR 0023): its processor's name, the tables it owns, and how to make a
 * second instance of its projection that writes the shadow copies of those tables, so that one projection logic
 * serves both the processor and the rebuild.
 */
public record RebuildableReadModel(String name, List<String> tables,
                                   Function<JdbcTemplate, Object> shadowProjection) {

    /** The projection instance for a rebuild, writing {@link ReadModelTables#SHADOW}. */
    Object projectionWriting(JdbcTemplate jdbc) {
        return shadowProjection.apply(jdbc);
    }
}
