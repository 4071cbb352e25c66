package org.casebook.adapters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CasebookApplication {

    public static void main(String[] args) {
        // Axon prints an advertisement for its console on every start unless told not to.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(CasebookApplication.class, args);
    }
}
