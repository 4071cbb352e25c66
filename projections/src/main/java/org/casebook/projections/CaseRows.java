package org.casebook.projections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one read-model table that a batch of events touches, one per case: read for all the batch's cases in
 * a few queries up front, then on demand for any other, and never twice. A case known to have no row is remembered
 * as such, so that its enquiry can add one.
 *
 * <p>In a bulk rebuild ({@link ShadowFill}) the rows live across batches in the fill's {@link ShadowFill.HeldRows}:
 * a case neither held nor written yet has no row, with no query to find that out, and only a row the fill has
 * already written out is read back.
 *
 * @param <R> the batch's working copy of a row
 */
public final class CaseRows<R> {

    /** Reads the rows of the given cases and hands each to {@code found}. */
    public interface Reader<R> {
        void read(List<String> caseIds, String placeholders, Found<R> found);
    }

    public interface Found<R> {
        void row(String caseId, R row);
    }

    private static final int READ_CHUNK = 500;

    private final Map<String, R> known = new HashMap<>();
    private final Reader<R> reader;
    private final ShadowFill.HeldRows<R> held;

    public CaseRows(Collection<String> preload, Reader<R> reader) {
        this(preload, reader, null);
    }

    /**
     * With {@code held} (a bulk rebuild's rows across pages), or null for a processor's batch. The rows of
     * {@code preload}, the batch's cases, are read up front.
     */
    public CaseRows(Collection<String> preload, Reader<R> reader, ShadowFill.HeldRows<R> held) {
        this.reader = reader;
        this.held = held;
        List<String> ids = new ArrayList<>(held == null ? preload
                : preload.stream().filter(held::inTable).toList());
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            read(ids.subList(from, Math.min(ids.size(), from + READ_CHUNK)));
        }
    }

    public Optional<R> find(String caseId) {
        if (held != null) {
            R row = held.get(caseId);
            if (row != null || !held.inTable(caseId)) {
                return Optional.ofNullable(row);
            }
            read(List.of(caseId));
            return Optional.ofNullable(held.get(caseId));
        }
        if (!known.containsKey(caseId)) {
            read(List.of(caseId));
        }
        return Optional.ofNullable(known.get(caseId));
    }

    public void add(String caseId, R row) {
        if (held != null) {
            held.hold(caseId, row);
        } else {
            known.put(caseId, row);
        }
    }

    private void read(List<String> ids) {
        if (held != null) {
            held.drain();
            reader.read(ids, ProjectionBatch.placeholders(ids.size()), held::hold);
            return;
        }
        ids.forEach(id -> known.putIfAbsent(id, null));
        reader.read(ids, ProjectionBatch.placeholders(ids.size()), known::put);
    }
}
