package org.casebook.peer.jdbc;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor for an HTTP service on this stack: Spring MVC, Jackson, Hikari, one INSERT per POST of an enquiry (the
 * same JSON body Casebook takes), no security, no events. Benchmark peer only (issue 12, .ci/benchmark).
 */
@SpringBootApplication
@RestController
public class PlainJdbcPeer {

    private final JdbcTemplate jdbc;

    public PlainJdbcPeer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) {
        SpringApplication.run(PlainJdbcPeer.class, args);
    }

    record Enquiry(String receivedOn, String channel, String enquirerRole, String about, java.util.List<String> topics) {
    }

    @PostMapping("/api/enquiries")
    ResponseEntity<Map<String, Object>> receive(@RequestBody Enquiry enquiry) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO peer_enquiry (case_id, received_on, channel, enquirer_role, about, topics)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", id, enquiry.receivedOn(), enquiry.channel(),
                enquiry.enquirerRole(), enquiry.about(), String.join(",", enquiry.topics()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseId", id, "version", 1));
    }

    @GetMapping("/api/enquiries/{id}")
    ResponseEntity<Map<String, Object>> one(@PathVariable String id) {
        var rows = jdbc.queryForList("SELECT case_id, channel FROM peer_enquiry WHERE case_id = ?", id);
        return rows.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(rows.get(0));
    }
}
