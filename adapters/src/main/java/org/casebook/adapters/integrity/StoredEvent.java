package org.casebook.adapters.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of {@code domain_event_entry} exactly as stored, every column that gives the event its meaning. A class,
 * not a record, because it holds the payload and metadata bytes and a record would compare arrays by identity.
 */
public final class StoredEvent {

    private static final List<String> COLUMNS = List.of("global_index", "event_identifier", "aggregate_identifier",
            "sequence_number", "type", "time_stamp", "payload_type", "payload_revision", "payload", "meta_data");

    /** The columns of the table alias {@code alias}, in the order {@link #read(ResultSet, int)} expects them. */
    static String columns(String alias) {
        return COLUMNS.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    private final long globalIndex;
    private final String eventIdentifier;
    private final String aggregateIdentifier;
    private final long sequenceNumber;
    private final String type;
    private final String timeStamp;
    private final String payloadType;
    private final String payloadRevision;
    private final byte[] payload;
    private final byte[] metaData;

    public StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                       String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                       byte[] metaData) {
        this.globalIndex = globalIndex;
        this.eventIdentifier = eventIdentifier;
        this.aggregateIdentifier = aggregateIdentifier;
        this.sequenceNumber = sequenceNumber;
        this.type = type;
        this.timeStamp = timeStamp;
        this.payloadType = payloadType;
        this.payloadRevision = payloadRevision;
        this.payload = payload == null ? null : payload.clone();
        this.metaData = metaData == null ? null : metaData.clone();
    }

    /** Reads the columns selected by {@link #columns(String)}, the first of them at column number {@code first}. */
    static StoredEvent read(ResultSet row, int first) throws SQLException {
        return new StoredEvent(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                row.getLong(first + 3), row.getString(first + 4), row.getString(first + 5), row.getString(first + 6),
                row.getString(first + 7), row.getBytes(first + 8), row.getBytes(first + 9));
    }

    public long globalIndex() {
        return globalIndex;
    }

    public String eventIdentifier() {
        return eventIdentifier;
    }

    public String aggregateIdentifier() {
        return aggregateIdentifier;
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public String type() {
        return type;
    }

    public String timeStamp() {
        return timeStamp;
    }

    public String payloadType() {
        return payloadType;
    }

    public String payloadRevision() {
        return payloadRevision;
    }

    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }

    public byte[] metaData() {
        return metaData == null ? null : metaData.clone();
    }

    byte[] payloadUnshared() {
        return payload;
    }

    byte[] metaDataUnshared() {
        return metaData;
    }

    /** Never the payload: it may hold what a parent told us in confidence. */
    @Override
    public String toString() {
        return "StoredEvent[globalIndex=" + globalIndex + ", eventIdentifier=" + eventIdentifier + "]";
    }
}
