package org.casebook.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.env.MockEnvironment;

/** The OpenAPI document signs in as the service does: HTTP Basic under demo, bearer tokens (JWT) otherwise. */
class ApiDescriptionTest {

    @Test
    void withoutTheDemoProfileSwaggerUiAsksForABearerToken() {
        OpenAPI api = describe(new MockEnvironment());

        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getComponents().getSecuritySchemes()).doesNotContainKey("basic");
        assertThat(api.getSecurity()).singleElement().satisfies(requirement ->
                assertThat(requirement).containsKey("bearer"));
    }

    @Test
    void underTheDemoProfileItAsksForAUsernameAndPassword() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        OpenAPI api = describe(demo);

        assertThat(api.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");
        assertThat(api.getComponents().getSecuritySchemes()).doesNotContainKey("bearer");
    }

    @Test
    void isTitledAndVersionedByTheBuild() {
        Properties build = new Properties();
        build.setProperty("version", "1.2.3");

        OpenAPI api = new ApiDescription().casebookOpenApi(provider(new BuildProperties(build)), new MockEnvironment());

        assertThat(api.getInfo().getTitle()).isEqualTo("Casebook API");
        assertThat(api.getInfo().getVersion()).isEqualTo("1.2.3");
        assertThat(api.getInfo().getDescription()).contains("docs/api.md");
    }

    private static OpenAPI describe(MockEnvironment environment) {
        return new ApiDescription().casebookOpenApi(new StaticListableBeanFactory().getBeanProvider(
                BuildProperties.class), environment);
    }

    private static org.springframework.beans.factory.ObjectProvider<BuildProperties> provider(BuildProperties build) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("buildProperties", build);
        return beans.getBeanProvider(BuildProperties.class);
    }
}
