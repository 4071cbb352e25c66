package org.casebook.projections;

/**
 * Which tables a projection writes: the live read model, or its shadow copy that a bulk rebuild fills while the live
 * tables keep answering queries (ADR 0025). One projection logic writes both; only the table names differ, by a
 * suffix, so that a shadow table is always named after the table it will replace.
 */
public record ReadModelTables(String suffix) {

    /** The tables queries read. */
    public static final ReadModelTables LIVE = new ReadModelTables("");

    /** The copies a bulk rebuild fills, swapped in for the live ones when it is done. */
    public static final ReadModelTables SHADOW = new ReadModelTables("_rebuild");

    public ReadModelTables {
        if (!suffix.matches("[a-z_]*")) {
            throw new IllegalArgumentException("a table suffix is lower-case letters and underscores");
        }
    }

    /** The name of {@code table} (a live table's name) in this set. */
    public String of(String table) {
        return table + suffix;
    }
}
